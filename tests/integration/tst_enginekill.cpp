// dockerd killed with SIGKILL in the middle of each long operation (issue 15, "Engine
// faults"): a list refresh, a pull, a push, a build, a log follow, a stats stream, a
// terminal session, a copy in each direction and a prune. Each time the operation must
// end (no hang) with words that say the engine went away, leave nothing half-written
// looking complete, and once dockerd is started again on the same socket and data root
// Cais must reconnect by itself, its lists equal to what the CLI says.
//
// The engine killed is a private one of this test (engine-fixture start DIR: its own
// data root, exec root, socket, registry, no bridge, no iptables), never the shared one
// the other tests use. It is killed and started again once per case.
#include "buildapi.h"
#include "containerfiles.h"
#include "containersmodel.h"
#include "engine.h"
#include "execsession.h"
#include "imagesmodel.h"
#include "logsmodel.h"
#include "logsstream.h"
#include "containers/logsview.h"
#include "pullpush.h"
#include "reference.h"
#include "stats.h"
#include "systemapi.h"
#include "terminal/terminalview.h"
#include "testengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

namespace {

constexpr int kBigMiB = 48; ///< the size of the big layers and files: long enough to be cut

/// Whether a message tells the user that the engine went away (and so what to do:
/// start it again, wait for it), rather than blaming the operation or saying nothing.
bool saysEngineWentAway(const QString &text)
{
    const QString t = text.toLower();
    if (!t.contains(QLatin1String("engine")))
        return false;
    static const char *const words[] = {"closed the connection", "not running", "restart", "stopped", "went away", "lost", "refused"};
    for (const char *w : words) {
        if (t.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

bool hasLayerIn(const Progress &progress, Progress::LayerState state)
{
    for (const Progress::Layer &l : progress.layers()) {
        if (l.state == state && l.current > 0)
            return true;
    }
    return false;
}

/// Watches a unix socket from another thread: the moment (on `clock`) an engine first
/// answers /_ping on it again. A thread of its own, so that it neither waits for nor
/// delays the event loop that Cais's reconnect runs on.
class SocketWatch
{
public:
    SocketWatch(const QByteArray &path, const QElapsedTimer &clock)
        : m_path(path)
        , m_clock(clock)
    {
        m_thread = std::thread([this] { run(); });
    }
    ~SocketWatch()
    {
        m_stop = true;
        m_thread.join();
    }
    qint64 backAt() const { return m_backAt; }

private:
    bool pingOnce() const
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return false;
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        memcpy(addr.sun_path, m_path.constData(), size_t(std::min<qsizetype>(m_path.size(), sizeof addr.sun_path - 1)));
        if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
            return false;
        timeval tv{0, 200000};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        const QByteArray req = "GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n";
        if (::send(fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL) != req.size())
            return false;
        char buf[256];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        return n > 12 && QByteArray(buf, int(n)).startsWith("HTTP/1.1 200");
    }
    void run()
    {
        while (!m_stop) {
            if (pingOnce()) {
                m_backAt = m_clock.elapsed();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    QByteArray m_path;
    const QElapsedTimer &m_clock;
    std::atomic_bool m_stop = false;
    std::atomic<qint64> m_backAt = -1;
    std::thread m_thread;
};

} // namespace

class TestEngineKill : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_socket;
    QString m_registry;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ContainersModel> m_containers;
    std::unique_ptr<ImagesModel> m_images;
    QElapsedTimer m_clock;
    qint64 m_connectedAt = -1;
    pid_t m_killedPid = 0; ///< the dockerd the case killed
    QStringList m_summary;     ///< one line per case, printed at the end
    QList<qint64> m_reconnects; ///< ms from the socket answering again to Cais connected

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
        env.remove(QStringLiteral("DOCKER_CONTEXT"));
        return env;
    }

    /// The docker CLI against the private engine; false on a non-zero exit.
    bool cli(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 120000, bool quiet = false)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral("docker"), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            if (!quiet)
                qWarning("docker %s: timed out", qPrintable(args.join(QLatin1Char(' '))));
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (!quiet)
                qWarning("docker %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    static bool fixture(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral(CAIS_ENGINE_FIXTURE), args);
        return p.waitForFinished(240000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    pid_t dockerdPid() const
    {
        QFile f(m_dir + QStringLiteral("/dockerd.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return pid_t(f.readAll().trimmed().toInt());
    }

    /// Gone, or a zombie nobody reaped yet (it is not this test's child).
    static bool processGone(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        return close > 0 && s.mid(close + 2, 1) == "Z";
    }

    /// SIGKILL to the private dockerd, now. Only the signal: this runs inside Cais's own
    /// signals (a progress, a line), where the test must not spin the event loop.
    void killEngine()
    {
        const pid_t pid = dockerdPid();
        if (pid > 0 && ::kill(pid, SIGKILL) == 0)
            m_killedPid = pid;
    }

    /// dockerd again on the same socket, data root and exec root, as the fixture
    /// started it (without its TLS listener, which nothing here uses).
    bool startDockerd()
    {
        // The killed dockerd's pid file stays; its process may linger as a zombie that
        // nobody reaped yet, and dockerd refuses to start while that pid exists.
        QFile::remove(m_dir + QStringLiteral("/dockerd.pid"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // As the fixture: nothing may leave the machine, not even a DNS question.
        for (const char *v : {"HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"})
            env.insert(QString::fromLatin1(v), QStringLiteral("http://127.0.0.1:9"));
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost"));
        env.insert(QStringLiteral("no_proxy"), QStringLiteral("127.0.0.1,localhost"));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral("dockerd"));
        p.setArguments({QStringLiteral("--data-root"), m_dir + QStringLiteral("/data"), QStringLiteral("--exec-root"),
                        m_dir + QStringLiteral("/exec"), QStringLiteral("--host"), QStringLiteral("unix://") + m_socket,
                        QStringLiteral("--pidfile"), m_dir + QStringLiteral("/dockerd.pid"), QStringLiteral("--bridge=none"),
                        QStringLiteral("--iptables=false"), QStringLiteral("--ip6tables=false"), QStringLiteral("--storage-driver"),
                        qEnvironmentVariable("CAIS_STORAGE_DRIVER", QStringLiteral("overlay2")), QStringLiteral("--log-level"),
                        QStringLiteral("warn"), QStringLiteral("--userland-proxy=false")});
        p.setStandardOutputFile(m_dir + QStringLiteral("/dockerd.log"), QIODevice::Append);
        p.setStandardErrorFile(m_dir + QStringLiteral("/dockerd.log"), QIODevice::Append);
        p.setStandardInputFile(QProcess::nullDevice());
        return p.startDetached();
    }

    /// The engine goes away under Cais: the window says so by itself.
    void expectUnreachable()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Unreachable, 30000);
        const QString why = m_engine->lastError().userMessage;
        QVERIFY2(saysEngineWentAway(why), qPrintable(why));
    }

    /// dockerd back, then Cais by itself: how long after the socket answered.
    void restartAndCompare(const QString &caseName)
    {
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_killedPid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(m_killedPid), 20000);
        expectUnreachable();
        if (QTest::currentTestFailed())
            return;
        m_connectedAt = -1;
        SocketWatch watch(QFile::encodeName(m_socket), m_clock);
        const qint64 startedAt = m_clock.elapsed();
        QVERIFY(startDockerd());
        m_killedPid = 0;
        QTRY_VERIFY_WITH_TIMEOUT(watch.backAt() >= 0, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(m_connectedAt >= 0 && m_engine->state() == Engine::State::Connected, 60000);
        const qint64 reconnect = std::max<qint64>(0, m_connectedAt - watch.backAt());
        m_reconnects << reconnect;
        qInfo("%s: dockerd answered %lld ms after its start; Cais connected %lld ms after that, by itself", qPrintable(caseName),
              static_cast<long long>(watch.backAt() - startedAt), static_cast<long long>(reconnect));
        m_summary << QStringLiteral("%1: reconnected %2 ms after the socket answered").arg(caseName).arg(reconnect);
        compareLists();
    }

    QMap<QString, QString> cliContainers()
    {
        QByteArray out;
        if (!cli({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                  QStringLiteral("{{.ID}} {{.State}}")},
                 &out, 60000, true))
            return {{QStringLiteral("cli failed"), {}}};
        QMap<QString, QString> m;
        for (const QByteArray &l : out.split('\n')) {
            const QList<QByteArray> w = l.trimmed().split(' ');
            if (w.size() == 2)
                m.insert(QString::fromUtf8(w.at(0)), QString::fromUtf8(w.at(1)));
        }
        return m;
    }
    QMap<QString, QString> modelContainers() const
    {
        QMap<QString, QString> m;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_containers->rowCount(parent); ++r) {
                const QModelIndex i = m_containers->index(r, 0, parent);
                const QString id = i.data(ContainersModel::IdRole).toString();
                if (!id.isEmpty()) {
                    const ContainerSummary *c = m_containers->containerById(id);
                    m.insert(id, c ? c->state : QString());
                }
                if (m_containers->hasChildren(i))
                    walk(i);
            }
        };
        walk({});
        return m;
    }
    QSet<QString> cliImages()
    {
        QByteArray out;
        if (!cli({QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}, &out, 60000, true))
            return {QStringLiteral("cli failed")};
        QSet<QString> s;
        for (const QByteArray &l : out.split('\n')) {
            if (!l.trimmed().isEmpty())
                s.insert(QString::fromUtf8(l.trimmed()));
        }
        return s;
    }
    QSet<QString> modelImages() const
    {
        QSet<QString> s;
        for (int r = 0; r < m_images->rowCount(); ++r)
            s.insert(m_images->index(r, 0).data(ImagesModel::IdRole).toString());
        return s;
    }

    /// The lists Cais shows equal the engine's, as the CLI sees it (the engine may
    /// still be settling the containers it found running: wait for both to agree).
    void compareLists()
    {
        QMap<QString, QString> cliC, ourC;
        QSet<QString> cliI, ourI;
        QDeadlineTimer deadline(60000);
        do {
            QTest::qWait(200);
            cliC = cliContainers();
            ourC = modelContainers();
            cliI = cliImages();
            ourI = modelImages();
        } while ((cliC != ourC || cliI != ourI) && !deadline.hasExpired());
        if (cliC != ourC)
            qWarning() << "containers: the CLI says" << cliC << "Cais shows" << ourC;
        if (cliI != ourI)
            qWarning() << "images: the CLI says" << cliI << "Cais shows" << ourI;
        QCOMPARE(ourC, cliC);
        QCOMPARE(ourI, cliI);
        QVERIFY(!cliI.isEmpty());
    }

    /// A running container of the test's own that does `script`.
    QString runContainer(const QString &name, const QString &script)
    {
        cli({QStringLiteral("rm"), QStringLiteral("-f"), name}, nullptr, 60000, true);
        QByteArray id;
        if (!cli({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                  name, QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), script},
                 &id))
            return {};
        return QString::fromUtf8(id.trimmed());
    }

    void note(const QString &caseName, const QString &what)
    {
        qInfo("%s: %s", qPrintable(caseName), qPrintable(what));
        m_summary << caseName + QStringLiteral(": ") + what;
    }

    /// Builds an image FROM the seeded shell with a big layer of random bytes.
    bool buildBig(const QString &tag)
    {
        QTemporaryDir ctx;
        QFile f(ctx.filePath(QStringLiteral("Dockerfile")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("FROM cais-test/shell:1\nLABEL cais.test.unique=\"%1\"\nRUN dd if=/dev/urandom of=/big.bin bs=1M count=%2 2>/dev/null\n")
                    .arg(QRandomGenerator::global()->generate())
                    .arg(kBigMiB)
                    .toUtf8());
        f.close();
        return cli({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), tag, ctx.path()}, nullptr, 300000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        m_dir = QStringLiteral("/tmp/cais-ek-%1").arg(QCoreApplication::applicationPid());
        m_socket = m_dir + QStringLiteral("/docker.sock");
        QVERIFY2(fixture({QStringLiteral("start"), m_dir}), "the private engine did not start");
        QFile env(m_dir + QStringLiteral("/env"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        for (const QByteArray &line : env.readAll().split('\n')) {
            if (line.startsWith("export CAIS_TEST_REGISTRY="))
                m_registry = QString::fromUtf8(line.mid(int(qstrlen("export CAIS_TEST_REGISTRY="))).trimmed());
        }
        QVERIFY(!m_registry.isEmpty());

        Endpoint ep;
        ep.path = m_socket;
        m_engine = std::make_unique<Engine>(ep);
        // The product's own reconnect interval: what a user gets.
        connect(m_engine.get(), &Engine::stateChanged, this, [this](Engine::State s) {
            if (s == Engine::State::Connected)
                m_connectedAt = m_clock.elapsed();
        });
        m_engine->connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 30000);
        m_containers = std::make_unique<ContainersModel>();
        m_containers->setEngine(m_engine.get());
        m_images = std::make_unique<ImagesModel>();
        m_images->setEngine(m_engine.get());
        compareLists();
    }

    void cleanupTestCase()
    {
        m_images.reset();
        m_containers.reset();
        m_engine.reset();
        if (!m_dir.isEmpty())
            fixture({QStringLiteral("stop"), m_dir});
        for (const QString &l : std::as_const(m_summary))
            qInfo("summary: %s", qPrintable(l));
        if (!m_reconnects.isEmpty()) {
            QList<qint64> sorted = m_reconnects;
            std::sort(sorted.begin(), sorted.end());
            qInfo("reconnect after the socket answered: min %lld ms, median %lld ms, max %lld ms over %lld restarts",
                  static_cast<long long>(sorted.first()), static_cast<long long>(sorted.at(sorted.size() / 2)),
                  static_cast<long long>(sorted.last()), static_cast<long long>(sorted.size()));
        }
    }

    void init()
    {
        // Every case starts connected, its lists equal to the engine's.
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 60000);
    }

    void cleanup()
    {
        // A case that failed before starting the engine again: the next one needs it.
        if (m_killedPid > 0) {
            QTRY_VERIFY_WITH_TIMEOUT(processGone(m_killedPid), 20000);
            m_killedPid = 0;
            startDockerd();
        }
    }

    void listRefresh()
    {
        // Enough containers that listing them is not instantaneous.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(cli({QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                         QStringLiteral("ek-list-%1").arg(i), QStringLiteral("cais-test/shell:1"), QStringLiteral("true")}));
        }
        QTRY_COMPARE_WITH_TIMEOUT(modelContainers(), cliContainers(), 30000);
        QSignalSpy containersDone(m_containers.get(), &ContainersModel::refreshed);
        QSignalSpy imagesDone(m_images.get(), &ImagesModel::refreshed);
        // F5: both lists asked again, and the engine killed while the requests are out.
        m_containers->refresh();
        m_images->refresh();
        killEngine();
        QTRY_VERIFY_WITH_TIMEOUT(!containersDone.isEmpty() && !imagesDone.isEmpty(), 30000);
        const QString cErr = containersDone.first().first().toString();
        const QString iErr = imagesDone.first().first().toString();
        // Either the list came back before the kill (nothing to say) or its failure says why.
        for (const QString &e : {cErr, iErr}) {
            if (!e.isEmpty())
                QVERIFY2(saysEngineWentAway(e), qPrintable(e));
        }
        note(QStringLiteral("list refresh"), QStringLiteral("containers: \"%1\"; images: \"%2\"; the rows stay (%3 containers)")
                                                  .arg(cErr, iErr)
                                                  .arg(m_containers->containerCount()));
        QVERIFY(m_containers->containerCount() >= 20);
        restartAndCompare(QStringLiteral("list refresh"));
    }

    void pull()
    {
        const QString ref = m_registry + QStringLiteral("/ek/pulled:1");
        QVERIFY(buildBig(ref));
        QVERIFY(cli({QStringLiteral("push"), QStringLiteral("-q"), ref}, nullptr, 300000));
        QVERIFY(cli({QStringLiteral("rmi"), ref}));
        QTRY_VERIFY_WITH_TIMEOUT(modelImages() == cliImages(), 30000);

        auto parsed = Reference::parseNormalized(ref);
        QVERIFY(parsed.has_value());
        PullOperation op(m_engine.get(), *parsed);
        bool killed = false;
        connect(&op, &RegistryOperation::progressed, this, [&](const Progress::Update &) {
            // Once a layer is coming: the big one takes a while.
            if (!killed && hasLayerIn(op.progress(), Progress::LayerState::Downloading)) {
                killed = true;
                killEngine();
            }
        });
        QSignalSpy finished(&op, &RegistryOperation::finished);
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(killed, "the pull ended before any layer was downloading");
        QCOMPARE(op.state(), RegistryOperation::State::Failed);
        QVERIFY2(saysEngineWentAway(op.error().fullText()), qPrintable(op.error().fullText()));
        note(QStringLiteral("pull"), QStringLiteral("\"%1\"").arg(op.error().fullText()));
        restartAndCompare(QStringLiteral("pull"));
        // Nothing of the cut pull looks like an image.
        QVERIFY(!cli({QStringLiteral("image"), QStringLiteral("inspect"), ref}, nullptr, 60000, true));
    }

    void push()
    {
        const QString ref = m_registry + QStringLiteral("/ek/pushed:1");
        QVERIFY(buildBig(ref));
        QTRY_VERIFY_WITH_TIMEOUT(modelImages() == cliImages(), 30000);
        auto parsed = Reference::parseNormalized(ref);
        QVERIFY(parsed.has_value());
        PushOperation op(m_engine.get(), *parsed);
        bool killed = false;
        connect(&op, &RegistryOperation::progressed, this, [&](const Progress::Update &) {
            if (!killed && hasLayerIn(op.progress(), Progress::LayerState::Pushing)) {
                killed = true;
                killEngine();
            }
        });
        QSignalSpy finished(&op, &RegistryOperation::finished);
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(killed, "the push ended before any layer was pushing");
        QCOMPARE(op.state(), RegistryOperation::State::Failed);
        QVERIFY2(saysEngineWentAway(op.error().fullText()), qPrintable(op.error().fullText()));
        note(QStringLiteral("push"), QStringLiteral("\"%1\"").arg(op.error().fullText()));
        restartAndCompare(QStringLiteral("push"));
        // The registry has no manifest for the tag: nothing half-pushed is pullable.
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                            QStringLiteral("%{http_code}"), QStringLiteral("-H"),
                                            QStringLiteral("Accept: application/vnd.docker.distribution.manifest.v2+json"),
                                            QStringLiteral("http://%1/v2/ek/pushed/manifests/1").arg(m_registry)});
        QVERIFY(curl.waitForFinished(30000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("404"));
    }

    void build()
    {
        QTemporaryDir ctx;
        QFile f(ctx.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FROM cais-test/shell:1\nRUN echo ek-started; sleep 120\nRUN echo never\n");
        f.close();
        BuildOptions o;
        o.contextDir = ctx.path();
        o.tags = {QStringLiteral("ek/built:1")};
        BuildOperation op(m_engine.get(), o);
        bool killed = false;
        connect(&op, &BuildOperation::events, this, [&](const QList<BuildEvent> &events) {
            for (const BuildEvent &e : events) {
                if (!killed && e.text.contains(QLatin1String("ek-started"))) {
                    killed = true;
                    killEngine();
                }
            }
        });
        QSignalSpy finished(&op, &BuildOperation::finished);
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(killed, "the build ended before its RUN step printed");
        const auto result = finished.first().first().value<BuildResult>();
        QCOMPARE(result.outcome, BuildResult::Outcome::Failed);
        QVERIFY2(saysEngineWentAway(result.message), qPrintable(result.message));
        note(QStringLiteral("build"), QStringLiteral("\"%1\"").arg(result.message));
        restartAndCompare(QStringLiteral("build"));
        QVERIFY(!cli({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("ek/built:1")}, nullptr, 60000, true));
    }

    void logsFollow()
    {
        // The Logs tab itself, following.
        const QString id = runContainer(QStringLiteral("ek-logs"), QStringLiteral("i=0; while :; do i=$((i+1)); echo line $i; sleep 0.05; done"));
        QVERIFY(!id.isEmpty());
        LogsView view(m_engine.get(), id);
        view.resize(800, 400);
        view.show();
        QVERIFY(view.follow());
        QSignalSpy failed(view.stream(), &LogsStream::failed);
        QSignalSpy finished(view.stream(), &LogsStream::finished);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() >= 5, 30000);
        killEngine();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 60000);
        // The follow did not "end" as when the container stops: it failed, and says why.
        QCOMPARE(finished.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(saysEngineWentAway(view.statusText()), 10000);
        QVERIFY(!view.statusText().contains(QLatin1String("container stopped")));
        note(QStringLiteral("logs follow"), QStringLiteral("the Logs tab says \"%1\", %2 lines kept").arg(view.statusText()).arg(view.model()->rowCount()));
        restartAndCompare(QStringLiteral("logs follow"));
    }

    void statsStream()
    {
        const QString id = runContainer(QStringLiteral("ek-stats"), QStringLiteral("while :; do :; done"));
        QVERIFY(!id.isEmpty());
        StatsStream stats(m_engine.get(), id);
        bool killed = false;
        int samples = 0;
        connect(&stats, &StatsStream::sampleReceived, this, [&](const ContainerStats &) {
            if (!killed && ++samples >= 2) {
                killed = true;
                killEngine();
            }
        });
        QSignalSpy failed(&stats, &StatsStream::failed);
        QSignalSpy finished(&stats, &StatsStream::finished);
        stats.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !finished.isEmpty(), 60000);
        QVERIFY(killed);
        QCOMPARE(finished.size(), 0);
        const auto err = failed.first().first().value<EngineError>();
        QVERIFY2(saysEngineWentAway(err.fullText()), qPrintable(err.fullText()));
        note(QStringLiteral("stats stream"), QStringLiteral("\"%1\"").arg(err.fullText()));
        restartAndCompare(QStringLiteral("stats stream"));
    }

    void terminalSession()
    {
        // The terminal tab itself: docker exec -it sh.
        const QString id = runContainer(QStringLiteral("ek-term"), QStringLiteral("sleep 600"));
        QVERIFY(!id.isEmpty());
        TerminalView view;
        view.resize(800, 400);
        view.show();
        QSignalSpy finished(&view, &TerminalView::finished);
        view.openExec(m_engine.get(), id, {QStringLiteral("sh")}, QStringLiteral("ek-term"));
        QTRY_VERIFY2_WITH_TIMEOUT(view.screenText().contains(QLatin1String("# ")), qPrintable(view.screenText()), 30000);
        killEngine();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        // Not "the session ended" as when the shell exits: the engine went away.
        const QString status = view.statusText();
        QVERIFY2(saysEngineWentAway(status), qPrintable(status));
        QVERIFY2(!status.contains(QLatin1String("session ended")), qPrintable(status));
        QCOMPARE(finished.first().first().toInt(), -1);
        note(QStringLiteral("terminal"), QStringLiteral("the terminal tab says \"%1\"").arg(status));
        restartAndCompare(QStringLiteral("terminal"));
    }

    void copyIntoContainer()
    {
        // The seeded image has no /tmp: a folder of the container's own to copy into.
        const QString id = runContainer(QStringLiteral("ek-copyin"), QStringLiteral("mkdir /data; sleep 600"));
        QVERIFY(!id.isEmpty());
        QTemporaryDir src;
        const QString file = src.filePath(QStringLiteral("upload.bin"));
        // Big and sparse: nothing on this side's disk, and the engine is cut long before the end.
        const qint64 full = qint64(256) << 20;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(full));
        }
        // The engine writes the file into the container's upper directory as it reads the
        // archive: it is killed once a MiB of it is there, from a thread that watches it
        // (a copy on loopback can be over before the event loop would look).
        QByteArray upper;
        QVERIFY(cli({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.GraphDriver.Data.UpperDir}}"), id}, &upper));
        const QByteArray written = upper.trimmed() + "/data/upload.bin";
        const pid_t pid = dockerdPid();
        QVERIFY(pid > 0);
        std::atomic_bool killed = false, stopWatching = false;
        std::thread watcher([&] {
            while (!stopWatching) {
                struct stat st;
                if (::stat(written.constData(), &st) == 0 && st.st_size >= (1 << 20)) {
                    ::kill(pid, SIGKILL);
                    killed = true;
                    return;
                }
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        });
        auto joinWatcher = qScopeGuard([&] {
            stopWatching = true;
            watcher.join();
        });
        ContainerFiles files(m_engine.get());
        std::unique_ptr<CopyJob> job(files.copyToContainer(file, id, QStringLiteral("/data")));
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QVERIFY(killed);
        m_killedPid = pid;
        QVERIFY(!job->result().has_value());
        const QString text = job->result().error().fullText();
        QVERIFY2(saysEngineWentAway(text), qPrintable(text));
        note(QStringLiteral("copy into a container"), QStringLiteral("\"%1\"").arg(text));
        restartAndCompare(QStringLiteral("copy into a container"));
        // What the engine kept of it, in the container (stopped by the restart).
        const auto st = TestEngine::await(files.stat(id, QStringLiteral("/data/upload.bin")), 30000);
        if (!st)
            qInfo("stat through Cais after the restart: %s", qPrintable(st.error().fullText()));
        {
            QProcess p;
            p.setProcessEnvironment(cliEnvironment());
            p.start(QStringLiteral("docker"), {QStringLiteral("cp"), id + QStringLiteral(":/data/upload.bin"), QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            qInfo("docker cp out after the restart: exit %d, %lld bytes, %s", p.exitCode(), static_cast<long long>(p.readAllStandardOutput().size()),
                  p.readAllStandardError().constData());
        }
        QVERIFY(cli({QStringLiteral("start"), id}));
        QByteArray size;
        const bool present = cli({QStringLiteral("exec"), id, QStringLiteral("stat"), QStringLiteral("-c"), QStringLiteral("%s"),
                                  QStringLiteral("/data/upload.bin")},
                                 &size, 60000, true);
        if (present && size.trimmed().toLongLong() != full) {
            // A truncated file under its final name: the error must have named it.
            note(QStringLiteral("copy into a container"),
                 QStringLiteral("the container keeps /data/upload.bin, %1 of %2 bytes").arg(QString::fromUtf8(size.trimmed())).arg(full));
            QVERIFY2(text.contains(QLatin1String("/data/upload.bin")), qPrintable(text));
        } else {
            note(QStringLiteral("copy into a container"),
                 present ? QStringLiteral("the container has the whole file") : QStringLiteral("the container has no upload.bin"));
        }
    }

    void copyOutOfContainer()
    {
        const QString id = runContainer(QStringLiteral("ek-copyout"),
                                        QStringLiteral("dd if=/dev/urandom of=/big.bin bs=1M count=%1 2>/dev/null; echo ready; sleep 600").arg(kBigMiB));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QByteArray out;
            cli({QStringLiteral("logs"), id}, &out, 30000, true);
            return out.contains("ready");
        }(), 60000);
        QTemporaryDir dest;
        ContainerFiles files(m_engine.get());
        std::unique_ptr<CopyJob> job(files.copyFromContainer(id, QStringLiteral("/big.bin"), dest.path()));
        bool killed = false;
        connect(job.get(), &CopyJob::progress, this, [&](qint64 bytes, qint64) {
            if (!killed && bytes >= 2 << 20) {
                killed = true;
                killEngine();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), 60000);
        QVERIFY(killed);
        QVERIFY(!job->result().has_value());
        const QString text = job->result().error().fullText();
        QVERIFY2(saysEngineWentAway(text), qPrintable(text));
        // Nothing under the final name; anything else left is named as partial.
        const QStringList left = QDir(dest.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(!left.contains(QStringLiteral("big.bin")), qPrintable(left.join(QLatin1Char(' '))));
        for (const QString &name : left)
            QVERIFY2(name.contains(QLatin1String("partial")), qPrintable(name));
        note(QStringLiteral("copy out of a container"),
             QStringLiteral("\"%1\"; left at the destination: %2").arg(text, left.isEmpty() ? QStringLiteral("nothing") : left.join(QLatin1String(", "))));
        restartAndCompare(QStringLiteral("copy out of a container"));
    }

    void prune()
    {
        // Stopped containers enough that removing them takes a while.
        for (int i = 0; i < 40; ++i) {
            QVERIFY(cli({QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                         QStringLiteral("ek-prune-%1").arg(i), QStringLiteral("cais-test/shell:1"), QStringLiteral("true")}));
        }
        QTRY_COMPARE_WITH_TIMEOUT(modelContainers(), cliContainers(), 30000);
        SystemPruneOptions o;
        o.networks = false;
        o.buildCache = false;
        // Killed once the engine has removed the first of them (its event says so).
        bool killed = false;
        QMetaObject::Connection watch = connect(m_engine.get(), &Engine::eventReceived, this, [&](const EngineEvent &e) {
            if (!killed && e.type == QLatin1String("container") && e.action == QLatin1String("destroy")) {
                killed = true;
                killEngine();
            }
        });
        auto future = SystemApi::prune(*m_engine, o);
        QTRY_VERIFY_WITH_TIMEOUT(killed || future.isFinished(), 60000);
        disconnect(watch);
        QVERIFY2(killed, "the prune ended before the engine removed a container");
        const auto r = TestEngine::await(future, 60000);
        // Each step that failed is named in the report, with why; the others' results stay.
        QStringList errors;
        if (!r)
            errors << r.error().fullText();
        else
            errors = r->errors;
        QVERIFY(!errors.isEmpty());
        for (const QString &e : std::as_const(errors))
            QVERIFY2(saysEngineWentAway(e), qPrintable(e));
        const QString text = errors.join(QLatin1String(" | "));
        if (r)
            note(QStringLiteral("prune"), QStringLiteral("%1 containers reported removed before the kill").arg(r->containersDeleted.size()));
        note(QStringLiteral("prune"), QStringLiteral("\"%1\"").arg(text));
        restartAndCompare(QStringLiteral("prune"));
    }
};

QTEST_MAIN(TestEngineKill)
#include "tst_enginekill.moc"
