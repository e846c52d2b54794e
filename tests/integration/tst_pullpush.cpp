// Pull and push against the REAL engine and the REAL local registry the fixture
// started. Every image here is built by the test from random bytes, so its layers
// exist nowhere else: once removed locally, pulling it back moves real bytes and
// the engine reports real per-layer progress. Shared seed images are never tagged
// or removed (other tests run at the same time and count their tags).
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "engine.h"
#include "images/logindialog.h"
#include "images/progressview.h"
#include "pullprogressmodel.h"
#include "pullpush.h"
#include "registryauth.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

using S = Progress::LayerState;

QString pid()
{
    return QString::number(QCoreApplication::applicationPid());
}

/// Builds `tag` FROM scratch with one layer of random bytes per size.
bool buildRandomImage(const QString &tag, const QList<int> &layerSizes)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    QByteArray dockerfile = "FROM scratch\n";
    for (int i = 0; i < layerSizes.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("l%1.bin").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        QByteArray bytes(layerSizes.at(i), Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        f.write(bytes);
        dockerfile += "COPY l" + QByteArray::number(i) + ".bin /l" + QByteArray::number(i) + ".bin\n";
    }
    QFile df(dir.filePath(QStringLiteral("Dockerfile")));
    if (!df.open(QIODevice::WriteOnly))
        return false;
    df.write(dockerfile);
    df.close();
    return TestEngine::docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), tag, dir.path()}, nullptr, nullptr, 120000);
}

bool imageExists(const QString &ref)
{
    QByteArray out, err;
    return TestEngine::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), ref}, &out, &err);
}

QString repoDigest(const QString &ref)
{
    QByteArray out;
    TestEngine::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{join .RepoDigests \" \"}}"), ref}, &out);
    return QString::fromUtf8(out.trimmed());
}

/// What a test saw of an operation: every state each layer went through, the
/// biggest byte counts per phase, and the overall fractions.
struct Watch
{
    QHash<QString, QList<S>> states;
    QHash<QString, qint64> downloadTotal, downloadMax, extractTotal, extractMax, pushMax;
    QList<double> fractions;
    int updates = 0;

    void attach(RegistryOperation *op, QObject *context)
    {
        QObject::connect(op, &RegistryOperation::progressed, context, [this, op](const Progress::Update &) {
            ++updates;
            fractions << op->progress().fraction();
            for (const Progress::Layer &l : op->progress().layers()) {
                QList<S> &seen = states[l.id];
                if (seen.isEmpty() || seen.last() != l.state)
                    seen << l.state;
                if (l.state == S::Downloading) {
                    downloadMax[l.id] = std::max(downloadMax.value(l.id), l.current);
                    downloadTotal[l.id] = std::max(downloadTotal.value(l.id), l.total);
                }
                if (l.state == S::Extracting) {
                    extractMax[l.id] = std::max(extractMax.value(l.id), l.current);
                    extractTotal[l.id] = std::max(extractTotal.value(l.id), l.total);
                }
                if (l.state == S::Pushing)
                    pushMax[l.id] = std::max(pushMax.value(l.id), l.current);
            }
        });
    }
};

bool waitDone(RegistryOperation *op, int ms = 120000)
{
    QDeadlineTimer deadline(ms);
    while (!op->isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return op->isFinished();
}

QString describe(const RegistryOperation &op)
{
    return QStringLiteral("state %1, error: %2").arg(int(op.state())).arg(op.error().fullText());
}

/// "abc123: 0 2 3 4 6" (the layer's states in the order seen), for failure messages.
QString describeStates(const QHash<QString, QList<Progress::LayerState>> &states, const QString &id)
{
    QStringList seen;
    for (Progress::LayerState s : states.value(id))
        seen << QString::number(int(s));
    return id + QStringLiteral(": ") + seen.join(QLatin1Char(' '));
}

} // namespace

class TestPullPush : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QTemporaryDir m_config; // an empty docker config: the user's own is not used
    QString m_registry;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// Builds a unique image, pushes it with the CLI and removes it locally.
    QString seedInRegistry(const QString &name, const QList<int> &sizes)
    {
        const QString tag = m_registry + QStringLiteral("/cais-test/") + name + QLatin1Char('-') + pid() + QStringLiteral(":1");
        if (!buildRandomImage(tag, sizes))
            return {};
        if (!TestEngine::docker({QStringLiteral("push"), QStringLiteral("-q"), tag}, nullptr, nullptr, 120000))
            return {};
        if (!TestEngine::docker({QStringLiteral("rmi"), tag}))
            return {};
        return tag;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        m_registry = TestEngine::registry();
        QVERIFY2(!m_registry.isEmpty(), "the fixture started no registry");
        QVERIFY(m_config.isValid());
    }

    void pullGivesRealPerLayerProgress()
    {
        Engine &e = connected();
        const QString tag = seedInRegistry(QStringLiteral("pull"), {1500 * 1000, 600 * 1000, 300 * 1000});
        QVERIFY(!tag.isEmpty());
        QVERIFY(!imageExists(tag));

        RegistryAuth auth;
        auth.setConfigDir(m_config.path());
        const auto ref = Reference::parseNormalized(tag);
        QVERIFY(ref.has_value());
        PullOperation op(&e, *ref);
        op.setRegistryAuth(&auth);
        PullProgressModel model(Progress::Kind::Pull);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        connect(&op, &RegistryOperation::progressed, &model, [&](const Progress::Update &u) { model.apply(op.progress(), u); });
        Watch w;
        w.attach(&op, this);
        QSignalSpy succeeded(&op, &RegistryOperation::succeeded);
        QSignalSpy finished(&op, &RegistryOperation::finished);
        op.start();
        QVERIFY(waitDone(&op));
        QVERIFY2(op.state() == RegistryOperation::State::Succeeded, qPrintable(describe(op)));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(finished.size(), 1);

        const Progress &p = op.progress();
        QCOMPARE(p.outcome(), Progress::Outcome::Downloaded);
        QCOMPARE(p.finalStatus(), QStringLiteral("Downloaded newer image for ") + tag);
        QCOMPARE(p.layers().size(), 3);
        // dockerd sends a watcher only the latest progress of a layer when updates come
        // faster than it writes them (distribution/xfer), so on a busy machine a layer
        // can go from "Pulling fs layer" to "Download complete" with no "Downloading"
        // line. Each layer must pass through a download phase before it completes, and
        // the bytes must have been reported for some layer, downloading and extracting.
        const auto downloadPhase = [](S s) { return s == S::Downloading || s == S::Verifying || s == S::DownloadComplete; };
        bool sawDownloadBytes = false, sawExtractBytes = false;
        for (const Progress::Layer &l : p.layers()) {
            const QList<S> seen = w.states.value(l.id);
            const auto firstDownload = std::find_if(seen.cbegin(), seen.cend(), downloadPhase);
            QVERIFY2(firstDownload != seen.cend(), qPrintable(describeStates(w.states, l.id)));
            QCOMPARE(seen.last(), S::PullComplete);
            // In that order: bytes came in before they were unpacked.
            if (seen.contains(S::Extracting))
                QVERIFY2(firstDownload - seen.cbegin() < seen.indexOf(S::Extracting), qPrintable(describeStates(w.states, l.id)));
            sawDownloadBytes = sawDownloadBytes || (w.downloadTotal.value(l.id) > 0 && w.downloadMax.value(l.id) > 0);
            if (w.extractMax.value(l.id) > 0) {
                sawExtractBytes = true;
                QCOMPARE(w.extractTotal.value(l.id), l.size);
            }
            QCOMPARE(l.transferred, l.size);
        }
        QVERIFY(sawDownloadBytes);
        QVERIFY(sawExtractBytes);
        // Random bytes do not compress: the layers weigh what was written, at least.
        QVERIFY(p.bytesTotal() >= 2400 * 1000);
        QCOMPARE(p.bytesTransferred(), p.bytesTotal());
        QCOMPARE(p.fraction(), 1.0);
        QVERIFY(std::is_sorted(w.fractions.cbegin(), w.fractions.cend()));
        QVERIFY(std::any_of(w.fractions.cbegin(), w.fractions.cend(), [](double f) { return f > 0 && f < 1; }));

        QVERIFY(imageExists(tag));
        QVERIFY2(repoDigest(tag).contains(p.digest()), qPrintable(repoDigest(tag) + QStringLiteral(" vs ") + p.digest()));
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(PullProgressModel::DoneRole).toBool());
        QCOMPARE(resets.size(), 0);
        QVERIFY(!op.needsLogin());
        TestEngine::docker({QStringLiteral("rmi"), tag});
    }

    void pushWithProgressThenPullBack()
    {
        Engine &e = connected();
        const QString local = QStringLiteral("cais-test/push-src-") + pid() + QStringLiteral(":1");
        const QString tag = m_registry + QStringLiteral("/cais-test/pushed-") + pid() + QStringLiteral(":1");
        QVERIFY(buildRandomImage(local, {800 * 1000, 200 * 1000}));
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), local, tag}));

        RegistryAuth auth;
        auth.setConfigDir(m_config.path());
        PushOperation push(&e, *Reference::parseNormalized(tag));
        push.setRegistryAuth(&auth);
        Watch w;
        w.attach(&push, this);
        push.start();
        QVERIFY(waitDone(&push));
        QVERIFY2(push.state() == RegistryOperation::State::Succeeded, qPrintable(describe(push)));
        const Progress &p = push.progress();
        QCOMPARE(p.outcome(), Progress::Outcome::Pushed);
        QVERIFY(p.digest().startsWith(QLatin1String("sha256:")));
        QCOMPARE(p.layers().size(), 2);
        for (const Progress::Layer &l : p.layers()) {
            const QList<S> seen = w.states.value(l.id);
            QCOMPARE(seen.first(), S::Preparing);
            QVERIFY2(seen.contains(S::Pushing), qPrintable(l.id));
            QCOMPARE(seen.last(), S::Pushed);
            QVERIFY(w.pushMax.value(l.id) >= 200 * 1000);
        }
        QCOMPARE(p.fraction(), 1.0);

        // Same image under a second name: the registry mounts the layers instead.
        const QString again = m_registry + QStringLiteral("/cais-test/pushed-again-") + pid() + QStringLiteral(":1");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), local, again}));
        PushOperation mount(&e, *Reference::parseNormalized(again));
        mount.start();
        QVERIFY(waitDone(&mount));
        QVERIFY2(mount.state() == RegistryOperation::State::Succeeded, qPrintable(describe(mount)));
        for (const Progress::Layer &l : mount.progress().layers()) {
            QCOMPARE(l.state, S::Mounted);
            QCOMPARE(l.detail, QStringLiteral("cais-test/pushed-") + pid());
        }
        QCOMPARE(mount.progress().digest(), p.digest());

        // Gone locally, layers included; then back from the registry.
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), local, tag, again}));
        QVERIFY(!imageExists(tag));
        PullOperation pull(&e, *Reference::parseNormalized(tag));
        pull.setRegistryAuth(&auth);
        Watch pw;
        pw.attach(&pull, this);
        pull.start();
        QVERIFY(waitDone(&pull));
        QVERIFY2(pull.state() == RegistryOperation::State::Succeeded, qPrintable(describe(pull)));
        QCOMPARE(pull.progress().outcome(), Progress::Outcome::Downloaded);
        QCOMPARE(pull.progress().digest(), p.digest());
        QCOMPARE(pull.progress().layers().size(), 2);
        // Every layer came over the wire (see pullGivesRealPerLayerProgress on phases).
        for (const Progress::Layer &l : pull.progress().layers()) {
            const QList<S> seen = pw.states.value(l.id);
            QVERIFY2(seen.contains(S::Downloading) || seen.contains(S::Verifying) || seen.contains(S::DownloadComplete),
                     qPrintable(describeStates(pw.states, l.id)));
            QCOMPARE(seen.last(), S::PullComplete);
        }
        QVERIFY(imageExists(tag));
        TestEngine::docker({QStringLiteral("rmi"), tag});
    }

    void pushOfAMissingImageFailsInsideTheStream()
    {
        Engine &e = connected();
        const QString tag = m_registry + QStringLiteral("/cais-test/not-built-") + pid() + QStringLiteral(":1");
        PushOperation push(&e, *Reference::parseNormalized(tag));
        QSignalSpy failed(&push, &RegistryOperation::failed);
        push.start();
        QVERIFY(waitDone(&push));
        QCOMPARE(push.state(), RegistryOperation::State::Failed);
        QCOMPARE(failed.size(), 1);
        // The engine answered 200, then put the error in the stream.
        QVERIFY2(push.error().engineMessage.contains(QLatin1String("does not exist locally")), qPrintable(push.error().engineMessage));
        QVERIFY(push.error().userMessage.startsWith(QStringLiteral("Cannot push ")));
        QVERIFY(!push.needsLogin());
        QVERIFY(push.progress().isFailed());
    }

    void missingTagFailsWithTheRegistrysMessage()
    {
        Engine &e = connected();
        // The fixture pushed cais-test/shell:1; this tag was never pushed.
        const QString tag = m_registry + QStringLiteral("/cais-test/shell:no-such-tag-") + pid();
        PullOperation op(&e, *Reference::parseNormalized(tag));
        op.start();
        QVERIFY(waitDone(&op));
        QCOMPARE(op.state(), RegistryOperation::State::Failed);
        const QString m = op.error().engineMessage;
        QVERIFY2(m.contains(QLatin1String("manifest unknown")) || m.contains(QLatin1String("not found")), qPrintable(m));
        QVERIFY2(op.error().fullText().contains(m), qPrintable(op.error().fullText()));
        QVERIFY(op.error().userMessage.startsWith(QStringLiteral("Cannot pull ")));
        QVERIFY(!op.needsLogin());
        QVERIFY(!imageExists(tag));
    }

    void cancelMidway()
    {
        Engine &e = connected();
        const QString tag = seedInRegistry(QStringLiteral("cancel"), {8 * 1000 * 1000, 8 * 1000 * 1000});
        QVERIFY(!tag.isEmpty());
        PullOperation op(&e, *Reference::parseNormalized(tag));
        int progressAfterCancel = 0;
        bool canceled = false;
        // Cancel from inside the first progress signal, as a click during a redraw would.
        connect(&op, &RegistryOperation::progressed, this, [&] {
            if (canceled) {
                ++progressAfterCancel;
                return;
            }
            canceled = true;
            op.cancel();
        });
        QSignalSpy failed(&op, &RegistryOperation::failed);
        QSignalSpy finished(&op, &RegistryOperation::finished);
        op.start();
        QVERIFY(waitDone(&op));
        QVERIFY(canceled);
        QCOMPARE(op.state(), RegistryOperation::State::Canceled);
        QCOMPARE(op.error().kind, EngineError::Kind::Canceled);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        QTest::qWait(500);
        QCOMPARE(progressAfterCancel, 0);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!imageExists(tag));

        // The engine is fine, and so is the operation: it can start over.
        op.disconnect(this);
        op.retry();
        QVERIFY(waitDone(&op));
        QVERIFY2(op.state() == RegistryOperation::State::Succeeded, qPrintable(describe(op)));
        QVERIFY(imageExists(tag));
        TestEngine::docker({QStringLiteral("rmi"), tag});
    }

    void twoPullsAtOnce()
    {
        Engine &e = connected();
        const QString a = seedInRegistry(QStringLiteral("twin-a"), {2 * 1000 * 1000, 500 * 1000});
        const QString b = seedInRegistry(QStringLiteral("twin-b"), {1000 * 1000, 1000 * 1000});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // In the UI: two tabs of the same dialog.
        ProgressTabs tabs;
        auto *opA = new PullOperation(&e, *Reference::parseNormalized(a));
        auto *opB = new PullOperation(&e, *Reference::parseNormalized(b));
        ProgressView *va = tabs.addOperation(opA);
        ProgressView *vb = tabs.addOperation(opB);
        Watch wa, wb;
        wa.attach(opA, this);
        wb.attach(opB, this);
        opA->start();
        opB->start();
        QCOMPARE(tabs.runningCount(), 2);
        QVERIFY(waitDone(opA));
        QVERIFY(waitDone(opB));
        QVERIFY2(opA->state() == RegistryOperation::State::Succeeded, qPrintable(describe(*opA)));
        QVERIFY2(opB->state() == RegistryOperation::State::Succeeded, qPrintable(describe(*opB)));
        QCOMPARE(tabs.runningCount(), 0);
        QVERIFY(wa.updates > 0 && wb.updates > 0);
        QCOMPARE(va->model()->rowCount(), 2);
        QCOMPARE(vb->model()->rowCount(), 2);
        QCOMPARE(va->overallBar()->value(), 1000);
        QVERIFY(tabs.tabText(0).contains(QLatin1String("done")));
        QVERIFY(imageExists(a));
        QVERIFY(imageExists(b));
        TestEngine::docker({QStringLiteral("rmi"), a, b});
    }

    // --- a registry that wants credentials (docker-registry + htpasswd) ----------------

    void loginOnARegistryWithAuth()
    {
        Engine &e = connected();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString user = QStringLiteral("cais");
        const QString password = QStringLiteral("pw-") + pid() + QStringLiteral("-s3cret");
        // bcrypt through the C library's crypt(3) (libxcrypt), reached from perl:
        // neither htpasswd nor a bcrypt module is installed in the build root.
        QProcess perl;
        perl.start(QStringLiteral("perl"), {QStringLiteral("-e"), QStringLiteral("print crypt($ARGV[0], '$2b$05$' . $ARGV[1])"), password,
                                             QStringLiteral("caistestsaltcaistestsa")});
        QVERIFY(perl.waitForFinished(10000));
        const QByteArray hash = perl.readAllStandardOutput();
        QVERIFY2(hash.startsWith("$2b$05$") && hash.size() == 60, hash.constData());
        QFile htpasswd(dir.filePath(QStringLiteral("htpasswd")));
        QVERIFY(htpasswd.open(QIODevice::WriteOnly));
        htpasswd.write(user.toUtf8() + ':' + hash + '\n');
        htpasswd.close();

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QFile cfg(dir.filePath(QStringLiteral("registry.yml")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(QStringLiteral("version: 0.1\nlog: { level: warn }\nstorage: { filesystem: { rootdirectory: %1/data } }\n"
                                 "http: { addr: 127.0.0.1:%2 }\nauth: { htpasswd: { realm: cais-test, path: %1/htpasswd } }\n")
                      .arg(dir.path())
                      .arg(port)
                      .toUtf8());
        cfg.close();
        QProcess registry;
        registry.setProcessChannelMode(QProcess::MergedChannels);
        registry.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), cfg.fileName()});
        QVERIFY2(registry.waitForStarted(10000), qPrintable(registry.errorString()));
        auto stop = qScopeGuard([&registry] {
            registry.terminate();
            if (!registry.waitForFinished(10000))
                registry.kill();
            registry.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT([port] {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            return s.waitForConnected(200);
        }(), 10000);

        const QString host = QStringLiteral("127.0.0.1:%1").arg(port);
        const QString local = QStringLiteral("cais-test/secret-src-") + pid() + QStringLiteral(":1");
        const QString tag = host + QStringLiteral("/cais-test/secret-") + pid() + QStringLiteral(":1");
        QVERIFY(buildRandomImage(local, {300 * 1000}));
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), local, tag}));
        auto cleanupImages = qScopeGuard([&] {
            QByteArray ignored;
            TestEngine::docker({QStringLiteral("rmi"), local, tag}, nullptr, &ignored);
        });

        QStringList log;
        static QStringList *sink = nullptr;
        sink = &log;
        QLoggingCategory::setFilterRules(QStringLiteral("cais.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            if (sink)
                *sink << m;
        });
        auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            sink = nullptr;
        });

        // 1. No credentials: the registry refuses, the operation asks for a login.
        RegistryAuth auth;
        auth.setConfigDir(m_config.path());
        PushOperation push(&e, *Reference::parseNormalized(tag));
        push.setRegistryAuth(&auth);
        QSignalSpy loginRequired(&push, &RegistryOperation::loginRequired);
        push.start();
        QVERIFY(waitDone(&push));
        QVERIFY2(push.state() == RegistryOperation::State::Failed, qPrintable(describe(push)));
        QVERIFY2(push.needsLogin(), qPrintable(push.error().engineMessage));
        QCOMPARE(loginRequired.size(), 1);
        QCOMPARE(loginRequired.at(0).at(0).toString(), host);

        // 2. A wrong password: refused again, still a login matter.
        RegistryCredentials wrong;
        wrong.username = user;
        wrong.password = QStringLiteral("not-the-password");
        push.retryWithCredentials(wrong);
        QVERIFY(waitDone(&push));
        QCOMPARE(push.state(), RegistryOperation::State::Failed);
        QVERIFY2(push.needsLogin(), qPrintable(push.error().engineMessage));

        // 3. The right one, typed in the login dialog the progress view opens.
        ProgressView view(&push);
        QSignalSpy restarted(&push, &RegistryOperation::restarted);
        view.askForLogin();
        LoginDialog *dialog = view.findChild<LoginDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->registryKey(), host);
        QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(dialog->usernameEdit(), user);
        QTest::keyClicks(dialog->passwordEdit(), password);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, 5000);
        QVERIFY(waitDone(&push));
        QVERIFY2(push.state() == RegistryOperation::State::Succeeded, qPrintable(describe(push)));
        QCOMPARE(push.credentialsSource(), QStringLiteral("login dialog"));
        QVERIFY(!push.progress().digest().isEmpty());

        // 4. Pull it back: the session remembers what was typed.
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        PullOperation pull(&e, *Reference::parseNormalized(tag));
        pull.setRegistryAuth(&auth);
        pull.start();
        QVERIFY(waitDone(&pull));
        QVERIFY2(pull.state() == RegistryOperation::State::Succeeded, qPrintable(describe(pull)));
        QCOMPARE(pull.progress().digest(), push.progress().digest());

        // 5. Another session (no remembered credentials) is refused and asked to log in.
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        RegistryAuth fresh;
        fresh.setConfigDir(m_config.path());
        PullOperation anonymous(&e, *Reference::parseNormalized(tag));
        anonymous.setRegistryAuth(&fresh);
        anonymous.start();
        QVERIFY(waitDone(&anonymous));
        QCOMPARE(anonymous.state(), RegistryOperation::State::Failed);
        QVERIFY2(anonymous.needsLogin(), qPrintable(anonymous.error().engineMessage));
        QVERIFY(!imageExists(tag));

        for (const QString &line : std::as_const(log))
            QVERIFY2(!line.contains(password), qPrintable(line));
        QVERIFY(!log.isEmpty()); // the refusals were logged, without the password
    }
};

QTEST_MAIN(TestPullPush)
#include "tst_pullpush.moc"
