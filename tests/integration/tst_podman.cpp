// The engine client against the real Podman service the podman fixture started
// (tests/engine/podman-fixture): Podman's Docker-compatible API, where it differs.
#include "containersapi.h"
#include "engine.h"
#include "stats.h"
#include "imagesmodel.h"
#include "streamdecoders.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

using TestEngine::await;

QString podmanDir()
{
    return qEnvironmentVariable("CAIS_TEST_PODMAN_DIR");
}

using TestEngine::podmanHost;

QString podmanProblem()
{
    if (podmanDir().isEmpty())
        return QStringLiteral("CAIS_TEST_PODMAN_DIR is not set: run the tests with ctest (or tools/dev test), which starts the podman fixture.");
    if (podmanHost().isEmpty())
        return QStringLiteral("The Podman service did not start (no CAIS_TEST_PODMAN_HOST in %1/env): see the podman.start test's output.").arg(podmanDir());
    return {};
}

QString unique(const QString &base)
{
    return base + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
}

QJsonDocument json(const TestEngine::Outcome &o)
{
    return QJsonDocument::fromJson(o.body);
}

/// The podman CLI as a remote client of the fixture's service (it then uses the
/// libpod API, not the compatible one).
bool podmanRemote(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("podman"), QStringList{QStringLiteral("--remote"), QStringLiteral("--url"), podmanHost()} + args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        QTest::qFail("podman timed out", __FILE__, __LINE__);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("podman %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()))),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

struct ExecResult
{
    bool ok = false;
    QByteArray out, err;
    int exitCode = -1;
};

} // namespace

class TestPodman : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QString m_container;

    Engine &connected()
    {
        if (!m_engine) {
            m_engine = std::make_unique<Engine>(Endpoint::parse(podmanHost()).value_or(Endpoint{}));
            m_engine->connectToEngine();
        }
        [&] { QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 30000); }();
        return *m_engine;
    }

    QString shellId()
    {
        const auto o = TestEngine::wait(connected().get(QStringLiteral("/images/cais-test/shell:1/json")));
        return json(o).object().value(QLatin1String("Id")).toString();
    }

    /// A running container of the seed image, made through the compatible API.
    QString container()
    {
        if (!m_container.isEmpty())
            return m_container;
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-podman-exec"));
        const QJsonObject create{{QStringLiteral("Image"), QStringLiteral("cais-test/shell:1")},
                                 {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("300")}}};
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), name);
        const auto created = TestEngine::wait(e.post(QStringLiteral("/containers/create"), q, QJsonDocument(create).toJson(QJsonDocument::Compact)));
        if (!created.ok) {
            QTest::qFail(qPrintable(created.error.fullText()), __FILE__, __LINE__);
            return {};
        }
        const auto started = TestEngine::wait(e.post(QStringLiteral("/containers/%1/start").arg(name)));
        if (!started.ok) {
            QTest::qFail(qPrintable(started.error.fullText()), __FILE__, __LINE__);
            return {};
        }
        m_container = name;
        return name;
    }

    /// Runs `cmd` in the container over the hijacked connection of exec start,
    /// feeding `input` to its stdin and then closing it.
    ExecResult exec(const QString &containerName, const QStringList &cmd, const QByteArray &input)
    {
        ExecResult r;
        Engine &e = connected();
        const QJsonObject create{{QStringLiteral("AttachStdin"), true}, {QStringLiteral("AttachStdout"), true},
                                 {QStringLiteral("AttachStderr"), true}, {QStringLiteral("Tty"), false},
                                 {QStringLiteral("Cmd"), QJsonArray::fromStringList(cmd)}};
        const auto created = TestEngine::wait(e.post(QStringLiteral("/containers/%1/exec").arg(containerName), {},
                                                     QJsonDocument(create).toJson(QJsonDocument::Compact)));
        if (!created.ok || created.status != 201) {
            QTest::qFail(qPrintable(QStringLiteral("exec create: %1 (HTTP %2)").arg(created.error.fullText()).arg(created.status)), __FILE__, __LINE__);
            return r;
        }
        const QString execId = json(created).object().value(QLatin1String("Id")).toString();

        HttpRequest start;
        start.method = "POST";
        start.target = e.target(QStringLiteral("/exec/%1/start").arg(execId));
        start.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        start.body = R"({"Detach":false,"Tty":false})";
        start.upgrade = true;
        Reply *sr = e.send(start);
        std::unique_ptr<HijackedStream> stream;
        int status = 0;
        connect(sr, &Reply::upgraded, this, [&] {
            status = sr->status();
            stream = sr->takeHijackedStream();
        });
        if (!QTest::qWaitFor([&] { return stream != nullptr; }, 15000)) {
            QTest::qFail("exec start was not upgraded", __FILE__, __LINE__);
            return r;
        }
        // Podman answers "101 UPGRADED" and, below API 1.42, calls the stream raw
        // even without a TTY, as Docker does; the frames are multiplexed all the same.
        if (status != 101) {
            QTest::qFail(qPrintable(QStringLiteral("exec start answered %1, not 101").arg(status)), __FILE__, __LINE__);
            return r;
        }

        MultiplexDecoder mux;
        bool closed = false;
        auto take = [&](const QByteArray &bytes) {
            for (const auto &f : mux.feed(bytes)) {
                if (f.stream == MultiplexDecoder::StreamType::Stdout)
                    r.out += f.payload;
                else if (f.stream == MultiplexDecoder::StreamType::Stderr)
                    r.err += f.payload;
            }
        };
        connect(stream.get(), &HijackedStream::received, this, take);
        connect(stream.get(), &HijackedStream::closed, this, [&] { closed = true; });
        take(stream->takeLeftover());
        if (!input.isEmpty())
            stream->write(input);
        stream->closeWrite();
        if (!QTest::qWaitFor([&] { return closed; }, 20000)) {
            QTest::qFail("the exec stream did not end", __FILE__, __LINE__);
            return r;
        }
        if (mux.isCorrupt()) {
            QTest::qFail("the exec stream is not multiplexed", __FILE__, __LINE__);
            return r;
        }
        // The exit code, from the exec's inspect, once Podman has recorded it.
        const bool recorded = QTest::qWaitFor([&] {
            const auto inspected = TestEngine::wait(e.get(QStringLiteral("/exec/%1/json").arg(execId)));
            if (!inspected.ok)
                return false;
            const QJsonObject o = json(inspected).object();
            if (o.value(QLatin1String("Running")).toBool())
                return false;
            r.exitCode = o.value(QLatin1String("ExitCode")).toInt(-1);
            return true;
        }, 15000);
        if (!recorded) {
            QTest::qFail("the exec's exit code was never recorded", __FILE__, __LINE__);
            return r;
        }
        r.ok = true;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString p = podmanProblem();
        if (!p.isEmpty())
            QFAIL(qPrintable(p));
    }

    void cleanupTestCase()
    {
        if (m_container.isEmpty() || !m_engine)
            return;
        // sleep ignores SIGTERM as pid 1: kill first, so removal does not wait 10 s.
        TestEngine::wait(m_engine->post(QStringLiteral("/containers/%1/kill").arg(m_container)));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
        const auto removed = TestEngine::wait(m_engine->del(QStringLiteral("/containers/%1").arg(m_container), q));
        QVERIFY2(removed.ok, qPrintable(removed.error.fullText()));
    }

    void negotiatesWithPodman()
    {
        Engine &e = connected();
        const EngineInfo &i = e.info();
        QVERIFY(i.podman);
        QCOMPARE(i.productName(), QStringLiteral("Podman"));
        QVERIFY(!i.libpodApiVersion.isEmpty());

        // What Cais negotiated is what the engine itself says it speaks, capped.
        const auto v = TestEngine::wait(e.get(QStringLiteral("/version")));
        QVERIFY2(v.ok, qPrintable(v.error.fullText()));
        const QJsonObject version = json(v).object();
        QCOMPARE(i.engineApiVersion, version.value(QLatin1String("ApiVersion")).toString());
        QCOMPARE(i.apiVersion, Engine::negotiateVersion(i.engineApiVersion).value_or(QString()));
        QCOMPARE(i.version, version.value(QLatin1String("Version")).toString());
        QCOMPARE(i.libpodApiVersion, i.version);
        // Podman's compatible API is 1.41 up to 5.7 (engine-api.md §1): below
        // Cais's ceiling, so it is used as is.
        const QStringList parts = i.version.split(QLatin1Char('.'));
        QVERIFY2(parts.size() >= 2, qPrintable(i.version));
        if (parts.at(0).toInt() == 5 && parts.at(1).toInt() < 8)
            QCOMPARE(i.apiVersion, QStringLiteral("1.41"));
        QVERIFY(e.target(QStringLiteral("/images/json")).startsWith(QByteArray("/v" + i.apiVersion.toLatin1() + "/images/json")));
        QCOMPARE(i.osType, QStringLiteral("linux"));
        QVERIFY(!i.name.isEmpty());
        QVERIFY(i.images >= 1);
    }

    void listImagesHasTheSeed()
    {
        Engine &e = connected();
        const auto r = await(e.listImages(true));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));

        // The same images as Podman's own (libpod) API lists, whose IDs lack "sha256:".
        HttpRequest own;
        own.target = "/v" + e.info().libpodApiVersion.toLatin1() + "/libpod/images/json?all=true";
        const auto libpod = TestEngine::wait(e.send(own, false));
        QVERIFY2(libpod.ok, qPrintable(libpod.error.fullText()));
        QSet<QString> theirs, ours;
        const QJsonArray list = json(libpod).array();
        for (const QJsonValue &v : list)
            theirs.insert(QStringLiteral("sha256:") + v.toObject().value(QLatin1String("Id")).toString());
        for (const ImageSummary &s : *r)
            ours.insert(s.id);
        QCOMPARE(ours, theirs);

        // Podman keeps names without a registry under localhost/, and says so.
        const QString shell = shellId();
        QVERIFY(shell.startsWith(QLatin1String("sha256:")));
        bool saw = false;
        for (const ImageSummary &s : *r) {
            if (s.id != shell)
                continue;
            saw = true;
            QCOMPARE(QSet<QString>(s.repoTags.begin(), s.repoTags.end()),
                     (QSet<QString>{QStringLiteral("localhost/cais-test/shell:1"), QStringLiteral("localhost/cais-test/shell:latest")}));
            QCOMPARE(s.labels.value(QStringLiteral("org.opencontainers.image.title")), QStringLiteral("cais test shell"));
            QVERIFY(s.size > 1'000'000); // busybox-static
            QVERIFY(s.created > 1'600'000'000);
        }
        QVERIFY(saw);
    }

    void modelFollowsPodmanEvents_data()
    {
        QTest::addColumn<bool>("viaCli");
        QTest::newRow("compatible API") << false;
        QTest::newRow("podman CLI (libpod API)") << true;
    }
    void modelFollowsPodmanEvents()
    {
        QFETCH(bool, viaCli);
        Engine &e = connected();
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        const QString shell = shellId();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(shell) >= 0, 15000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy events(&e, &Engine::eventReceived);
        QPersistentModelIndex idx(model.index(model.rowOfId(shell), 0));

        // Nobody calls refresh(): Podman's image events drive the model.
        const QString repo = unique(QStringLiteral("cais-test/podman-evented")) + (viaCli ? QStringLiteral("-cli") : QString());
        const QString stored = QStringLiteral("localhost/") + repo + QStringLiteral(":1");
        if (viaCli) {
            QVERIFY(podmanRemote({QStringLiteral("tag"), QStringLiteral("cais-test/shell:1"), repo + QStringLiteral(":1")}));
        } else {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("repo"), repo);
            q.addQueryItem(QStringLiteral("tag"), QStringLiteral("1"));
            const auto tagged = TestEngine::wait(e.post(QStringLiteral("/images/cais-test/shell:1/tag"), q));
            QVERIFY2(tagged.ok, qPrintable(tagged.error.fullText()));
            QCOMPARE(tagged.status, 201);
        }
        QTRY_VERIFY_WITH_TIMEOUT(idx.data(ImagesModel::RepoTagsRole).toStringList().contains(stored), 15000);

        // What Podman sent: an image "tag" event whose actor ID is the image ID
        // without its "sha256:" prefix, and the name as the client wrote it.
        auto find = [&](const QString &action) -> std::optional<EngineEvent> {
            for (const QList<QVariant> &args : std::as_const(events)) {
                const auto ev = args.at(0).value<EngineEvent>();
                if (ev.type == QLatin1String("image") && ev.action == action)
                    return ev;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("tag")).has_value(), 10000);
        const EngineEvent tagEvent = *find(QStringLiteral("tag"));
        QCOMPARE(QStringLiteral("sha256:") + tagEvent.id, shell);
        const QString tagName = tagEvent.attributes.value(QStringLiteral("name"));
        QVERIFY2(tagName.startsWith(repo) || tagName == stored, qPrintable(tagName));
        QVERIFY2(stored.endsWith(tagName), qPrintable(tagName));

        if (viaCli) {
            QVERIFY(podmanRemote({QStringLiteral("untag"), shell, stored}));
        } else {
            const auto removed = TestEngine::wait(e.del(QStringLiteral("/images/%1").arg(stored)));
            QVERIFY2(removed.ok, qPrintable(removed.error.fullText()));
            const QJsonArray items = json(removed).array();
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.at(0).toObject().value(QLatin1String("Untagged")).toString(), stored);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!idx.data(ImagesModel::RepoTagsRole).toStringList().contains(stored), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("untag")).has_value(), 10000);
        QCOMPARE(find(QStringLiteral("untag"))->attributes.value(QStringLiteral("name")), stored);
        QVERIFY(idx.isValid());
        QVERIFY(idx.data(ImagesModel::RepoTagsRole).toStringList().contains(QStringLiteral("localhost/cais-test/shell:1")));
        QCOMPARE(resets.size(), 0);
    }

    void errorsAreCleanValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mention");
        QTest::newRow("image") << "/images/cais-no-such-image:1/json" << "No such image";
        QTest::newRow("container") << "/containers/cais-no-such-container/json" << "no such container";
        QTest::newRow("exec") << "/exec/cais-no-such-exec/json" << "no such exec";
    }
    void errorsAreCleanValues()
    {
        QFETCH(QString, path);
        QFETCH(QString, mention);
        Engine &e = connected();
        Reply *r = e.get(path);
        QSignalSpy failed(r, &Reply::failed);
        QSignalSpy finished(r, &Reply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(finished.size(), 0);
        const auto err = failed.at(0).at(0).value<EngineError>();
        QCOMPARE(err.httpStatus, 404);
        QCOMPARE(err.kind, EngineError::Kind::Http);
        // Podman's body also has "cause" and "response": only the message counts.
        QVERIFY2(err.engineMessage.contains(mention, Qt::CaseInsensitive), qPrintable(err.engineMessage));
        QVERIFY2(!err.engineMessage.contains(QLatin1Char('{')) && !err.engineMessage.contains(QLatin1String("cause")), qPrintable(err.engineMessage));
        QCOMPARE(err.userMessage, QStringLiteral("Not found: %1").arg(err.engineMessage));
        // The engine is still fine after an error.
        QCOMPARE(e.state(), Engine::State::Connected);
    }

    void execRoundTripOverHijackedConnection()
    {
        const QString name = container();
        QVERIFY(!name.isEmpty());
        const ExecResult r = exec(name, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("read x; echo got:$x; echo oops >&2; exit 3")}, "hello\n");
        QVERIFY(r.ok);
        QCOMPARE(r.out, QByteArray("got:hello\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
        QCOMPARE(r.exitCode, 3);
    }

    void containersHaveLoopbackOnlyAndTheFixtureLimits()
    {
        // The fixture's promises: no network but loopback, and the nofile/nproc
        // limits it could grant (not Podman's 1048576, which runc cannot set here).
        const QString name = container();
        QVERIFY(!name.isEmpty());
        const ExecResult r = exec(name, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sed -n '3,$p' /proc/net/dev | cut -d: -f1 | tr -d ' '; ulimit -n")}, {});
        QVERIFY(r.ok);
        QCOMPARE(r.exitCode, 0);
        // The network namespace's interfaces (/sys/class/net may show the host's).
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY2(lines.size() == 2, r.out.constData());
        QCOMPARE(lines.at(0), QByteArray("lo"));
        QFile conf(podmanDir() + QStringLiteral("/containers.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY2(conf.readAll().contains(QByteArray("\"nofile=" + lines.at(1) + ':' + lines.at(1) + '"')), lines.at(1).constData());
    }

    void topRunsPsInTheContainer_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QStringList>("titles");
        // Cais sends "-ef" for the default: Podman's own default would list the host's processes here.
        QTest::newRow("default") << QString()
                                 << QStringList{QStringLiteral("UID"), QStringLiteral("PID"), QStringLiteral("PPID"), QStringLiteral("C"),
                                                QStringLiteral("STIME"), QStringLiteral("TTY"), QStringLiteral("TIME"), QStringLiteral("CMD")};
        QTest::newRow("aux") << QStringLiteral("aux")
                             << QStringList{QStringLiteral("USER"), QStringLiteral("PID"), QStringLiteral("%CPU"), QStringLiteral("%MEM"),
                                            QStringLiteral("VSZ"), QStringLiteral("RSS"), QStringLiteral("TTY"), QStringLiteral("STAT"),
                                            QStringLiteral("START"), QStringLiteral("TIME"), QStringLiteral("COMMAND")};
        QTest::newRow("-eo") << QStringLiteral("-eo pid,ppid,user,%cpu,%mem,etime,args")
                             << QStringList{QStringLiteral("PID"), QStringLiteral("PPID"), QStringLiteral("USER"), QStringLiteral("%CPU"),
                                            QStringLiteral("%MEM"), QStringLiteral("ELAPSED"), QStringLiteral("COMMAND")};
    }
    void topRunsPsInTheContainer()
    {
        QFETCH(QString, args);
        QFETCH(QStringList, titles);
        const QString name = container();
        QVERIFY(!name.isEmpty());
        const auto r = await(ContainersApi(&connected()).top(name, args));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));
        QCOMPARE(r->titles, titles);
        // Only the container's process ("sleep 300"), with its own PID 1: not the host's.
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows.at(0).at(titles.indexOf(QStringLiteral("PID"))), QStringLiteral("1"));
        QCOMPARE(r->rows.at(0).constLast(), QStringLiteral("sleep 300"));
    }

    void topRefusedArguments()
    {
        const QString name = container();
        QVERIFY(!name.isEmpty());
        const auto r = await(ContainersApi(&connected()).top(name, QStringLiteral("--bogus")));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().httpStatus, 500);
        QVERIFY2(r.error().engineMessage.contains(QStringLiteral("unknown gnu long option")), qPrintable(r.error().engineMessage));
        QVERIFY2(r.error().userMessage.contains(QStringLiteral("“--bogus”")), qPrintable(r.error().userMessage));
    }

    void statsFromPodman()
    {
        const QString name = container();
        QVERIFY(!name.isEmpty());
        StatsStream s(&connected(), name);
        QList<ContainerStats> samples;
        bool ended = false;
        QObject ctx;
        QObject::connect(&s, &StatsStream::sampleReceived, &ctx, [&](const ContainerStats &st) { samples.append(st); });
        QObject::connect(&s, &StatsStream::finished, &ctx, [&] { ended = true; });
        s.start(StatsStream::Mode::OneShot); // stream=false&one-shot=true: Podman takes this pair
        QTRY_VERIFY_WITH_TIMEOUT(ended, 30000);
        QCOMPARE(samples.size(), 1);
        const ContainerStats &one = samples.at(0);
        QVERIFY(one.running);
        QVERIFY(one.precpu.isEmpty());
        // No memory_stats.stats: used memory is the usage, page cache included.
        QVERIFY(one.memoryUsed > 0);
        QVERIFY(one.memoryLimit > 0);
        QCOMPARE(one.pids, quint64(1));

        // The stream: Podman pairs each sample with the one before, 5 s apart.
        samples.clear();
        s.start(StatsStream::Mode::Stream);
        QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 30000);
        s.stop();
        QCOMPARE(samples.at(1).precpu, samples.at(0).cpu);
        const qint64 gapMs = (samples.at(1).readNs - samples.at(0).readNs) / 1'000'000;
        QVERIFY2(gapMs >= 4000 && gapMs <= 6000, qPrintable(QString::number(gapMs)));
    }
};

QTEST_GUILESS_MAIN(TestPodman)
#include "tst_podman.moc"
