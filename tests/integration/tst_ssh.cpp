// ssh:// engines against a REAL sshd: this test starts OpenSSH's sshd on 127.0.0.1
// with host and user keys of its own, in front of the test engine, and Cais reaches
// the engine through `ssh ... docker --host=unix://SOCKET system dial-stdio` as the
// docker CLI does. The client side is the real ssh with a config file of the test's
// (through an `ssh` wrapper first in PATH: the user's ~/.ssh is never touched), and the
// questions ssh asks come back to this very program started as SSH_ASKPASS.
//
// The host key is first refused, then trusted, through the real dialog; once
// connected, listing, a pull with per-layer progress from the local registry, logs
// followed as they come and an interactive shell all run over ssh. Then every failure
// the user can meet has its own message: a changed host key, a refused login, no docker
// on the remote host, no engine there, no ssh at all.
#include "containersapi.h"
#include "connections/sshpromptdialog.h"
#include "engine.h"
#include "reply.h"
#include "execsession.h"
#include "imagesapi.h"
#include "logsstream.h"
#include "pullpush.h"
#include "registryauth.h"
#include "sshtransport.h"
#include "testengine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QUrlQuery>
#include <QElapsedTimer>
#include <QTimer>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString pid()
{
    return QString::number(QCoreApplication::applicationPid());
}

bool runTool(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args.join(u' ') << "failed:" << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(content);
    f.close();
    return perms ? f.setPermissions(perms) : true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSsh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_user;
    QByteArray m_path;
    QString m_fingerprint; ///< the sshd host key's, as ssh-keygen -lf prints it
    QByteArray m_hostKeyLine; ///< its public key, "ssh-ed25519 AAAA..."
    std::unique_ptr<Engine> m_engine; ///< connected through ssh by acceptingTheHostKeyConnects()
    RegistryAuth m_auth;
    QTemporaryDir m_dockerConfig;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    /// A folder with an `ssh` that runs the real one with a config of this test's:
    /// `identity` as the only key, `knownHosts` as the only known hosts file.
    QString clientBin(const QString &name, const QString &identity, const QString &knownHosts)
    {
        const QString dir = file(u"bin-"_s + name);
        QDir().mkpath(dir);
        const QString config = dir + u"/ssh_config"_s;
        writeFile(config, "IdentityFile " + identity.toUtf8() + "\nIdentitiesOnly yes\nUserKnownHostsFile "
                              + knownHosts.toUtf8()
                              + "\nGlobalKnownHostsFile /dev/null\nStrictHostKeyChecking ask\nPasswordAuthentication no\n"
                                "KbdInteractiveAuthentication no\nLogLevel ERROR\n");
        writeFile(dir + u"/ssh"_s, "#!/bin/sh\nexec /usr/bin/ssh -F " + config.toUtf8() + " \"$@\"\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return dir;
    }

    void usePath(const QString &dir, bool alsoSystem = true)
    {
        qputenv("PATH", alsoSystem ? dir.toUtf8() + ':' + m_path : dir.toUtf8());
    }

    QString address(const QString &socket = {}) const
    {
        return u"ssh://%1@127.0.0.1:%2%3"_s.arg(m_user).arg(m_port).arg(socket.isEmpty() ? TestEngine::endpoint().path : socket);
    }

    std::unique_ptr<Engine> makeEngine(const QString &addr)
    {
        const Result<Endpoint> ep = Endpoint::parse(addr);
        if (!ep) {
            qWarning().noquote() << ep.error().userMessage;
            return {};
        }
        auto e = std::make_unique<Engine>(*ep);
        e->setReconnectInterval(300);
        return e;
    }

    /// Connects to `addr` with no one to ask: the engine's error once it gives up.
    EngineError failureOf(const QString &addr)
    {
        std::unique_ptr<Engine> e = makeEngine(addr);
        if (!e)
            return EngineError::make(EngineError::Kind::Other, u"bad address"_s);
        e->setReconnectInterval(0);
        e->connectToEngine();
        QDeadlineTimer deadline(60000);
        while (e->state() != Engine::State::Unreachable && e->state() != Engine::State::Connected && !deadline.hasExpired())
            QTest::qWait(20);
        if (e->state() != Engine::State::Unreachable)
            return EngineError::make(EngineError::Kind::None, u"did not fail"_s);
        return e->lastError();
    }

    static double residentMb()
    {
        QFile f(u"/proc/self/status"_s);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return 0;
    }

    QString ownContainer(const QString &name, const QStringList &command)
    {
        QByteArray out;
        QStringList args{u"run"_s, u"-d"_s, u"--name"_s, name, u"--label"_s, u"cais-test=ssh"_s, u"cais-test/shell:1"_s};
        args << command;
        if (!TestEngine::docker(args, &out))
            return {};
        return QString::fromUtf8(out.trimmed());
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_dockerConfig.isValid());
        m_auth.setConfigDir(m_dockerConfig.path());
        m_path = qgetenv("PATH");
        m_user = QString::fromLocal8Bit(getpwuid(getuid())->pw_name);

        for (const char *key : {"host_key", "intruder_key", "id", "id_nodocker", "id_stranger"})
            QVERIFY(runTool(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s, QString::fromLatin1(key), u"-f"_s,
                                              file(QString::fromLatin1(key))}));
        QByteArray fp;
        QVERIFY(runTool(u"ssh-keygen"_s, {u"-lf"_s, file(u"host_key.pub"_s)}, &fp));
        m_fingerprint = QString::fromUtf8(fp).section(u' ', 1, 1);
        QVERIFY(m_fingerprint.startsWith(u"SHA256:"_s));
        m_hostKeyLine = readFile(file(u"host_key.pub"_s)).split(' ').mid(0, 2).join(' ');
        // The second key may only run a command that is not there: a host without docker.
        QVERIFY(writeFile(file(u"authorized_keys"_s),
                          readFile(file(u"id.pub"_s)) + "command=\"exec docker-is-not-installed-here system dial-stdio\" "
                              + readFile(file(u"id_nodocker.pub"_s))));

        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        QVERIFY(QDir().mkpath(u"/run/sshd"_s)); // sshd's privilege separation folder
        const QString config = file(u"sshd_config"_s);
        QVERIFY(writeFile(config, "Port " + QByteArray::number(m_port) + "\nListenAddress 127.0.0.1\nHostKey "
                                      + file(u"host_key"_s).toUtf8() + "\nAuthorizedKeysFile " + file(u"authorized_keys"_s).toUtf8()
                                      + "\nStrictModes no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\n"
                                        "PidFile " + file(u"sshd.pid"_s).toUtf8() + "\nLogLevel VERBOSE\n"));
        QVERIFY(runTool(u"/usr/sbin/sshd"_s, {u"-t"_s, u"-f"_s, config}));
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, config});
        QVERIFY2(m_sshd.waitForStarted(), qPrintable(m_sshd.errorString()));
        QDeadlineTimer up(20000);
        bool listening = false;
        while (!listening && !up.hasExpired() && m_sshd.state() == QProcess::Running) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            listening = s.waitForConnected(500);
            if (!listening)
                QTest::qWait(100);
        }
        QVERIFY2(listening, m_sshd.readAll().constData());
        QVERIFY(!SshPrompter::instance()->serverPath().isEmpty());
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        qputenv("PATH", m_path);
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000))
                m_sshd.kill();
        }
    }

    void sshArgumentsAreTheCliOnes()
    {
        // docker/cli's connhelper: -l user, -p port, then its flags, `--`, the host and
        // the remote command; the socket of the address goes to the remote docker.
        const auto ep = Endpoint::parse(u"ssh://me@example.org:2222/run/user/1000/docker.sock"_s);
        QVERIFY(ep.has_value());
        QCOMPARE(SshTransport::arguments(*ep),
                 (QStringList{u"-l"_s, u"me"_s, u"-p"_s, u"2222"_s, u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s,
                              u"example.org"_s, u"docker --host=unix:///run/user/1000/docker.sock system dial-stdio"_s}));
    }

    void refusingTheHostKeyDoesNotConnect()
    {
        usePath(clientBin(u"main"_s, file(u"id"_s), file(u"known_hosts"_s)));
        QWidget window;
        SshPromptDialog::install(&window);
        const int askedBefore = SshPrompter::instance()->promptsAsked();
        std::unique_ptr<Engine> e = makeEngine(address());
        QVERIFY(e);
        e->connectToEngine();
        SshPromptDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<SshPromptDialog *>()) && dialog->isVisible(), 30000);
        // ssh's own question, with the key's fingerprint, as on a terminal.
        const QString said = dialog->findChild<QPlainTextEdit *>(u"sshPromptText"_s)->toPlainText();
        QVERIFY2(said.contains(m_fingerprint), qPrintable(said));
        QVERIFY2(said.contains(u"continue connecting"_s), qPrintable(said));
        QVERIFY(dialog->findChild<QLabel *>(u"sshPromptIntro"_s)->text().contains(m_fingerprint));
        QPushButton *refuse = dialog->findChild<QPushButton *>(u"sshRefuseButton"_s);
        QVERIFY(refuse && refuse->isDefault());
        refuse->click();

        QTRY_COMPARE_WITH_TIMEOUT(e->state(), Engine::State::Unreachable, 30000);
        QCOMPARE(e->lastError().kind, EngineError::Kind::SshHostKey);
        QVERIFY2(e->lastError().userMessage.contains(u"was not accepted"_s), qPrintable(e->lastError().userMessage));
        QVERIFY(!readFile(file(u"known_hosts"_s)).contains(m_hostKeyLine.split(' ').value(1)));
        // Refused is refused: no new question every reconnect interval (300 ms here).
        QCOMPARE(SshPrompter::instance()->promptsAsked(), askedBefore + 1);
        QTest::qWait(1500);
        QCOMPARE(SshPrompter::instance()->promptsAsked(), askedBefore + 1);
        QCOMPARE(e->state(), Engine::State::Unreachable);
    }

    void acceptingTheHostKeyConnects()
    {
        usePath(clientBin(u"main"_s, file(u"id"_s), file(u"known_hosts"_s)));
        QWidget window;
        SshPromptDialog::install(&window);
        m_engine = makeEngine(address());
        QVERIFY(m_engine);
        m_engine->connectToEngine();
        SshPromptDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<SshPromptDialog *>()) && dialog->isVisible(), 30000);
        dialog->findChild<QPushButton *>(u"sshTrustButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 30000);
        QVERIFY(m_engine->info().engineApiVersion.startsWith(u"1."_s));
        // ssh remembered the key the user trusted, as `ssh` on a terminal would.
        QVERIFY(readFile(file(u"known_hosts"_s)).contains(m_hostKeyLine.split(' ').value(1)));
        QCOMPARE(m_engine->endpoint().toString(), address());
    }

    void listsOverSsh()
    {
        QVERIFY(m_engine && m_engine->state() == Engine::State::Connected);
        const auto images = TestEngine::await(ImagesApi::list(*m_engine, true));
        QVERIFY2(images.has_value(), qPrintable(images ? QString() : images.error().fullText()));
        QSet<QString> ids;
        for (const ImageSummary &i : *images)
            ids.insert(i.id);
        const auto seeds = TestEngine::seeds();
        QVERIFY(!seeds.isEmpty());
        for (auto it = seeds.begin(); it != seeds.end(); ++it)
            QVERIFY2(ids.contains(it.key()), qPrintable(it.key()));

        const QString name = u"cais-test-ssh-list-"_s + pid();
        const QString id = ownContainer(name, {u"true"_s});
        QVERIFY(!id.isEmpty());
        const auto containers = TestEngine::await(ContainersApi(m_engine.get()).list(true, {id}));
        QVERIFY(containers.has_value());
        QCOMPARE(containers->size(), 1);
        QCOMPARE(containers->first().id, id);
        TestEngine::docker({u"rm"_s, u"-f"_s, id});
    }

    void pullsWithProgressOverSsh()
    {
        QVERIFY(m_engine && m_engine->state() == Engine::State::Connected);
        // An image only the registry has: pulling it moves real layers through ssh.
        QTemporaryDir ctx;
        QVERIFY(ctx.isValid());
        QByteArray dockerfile = "FROM scratch\n";
        for (int i = 0; i < 2; ++i) {
            QByteArray bytes(700 * 1000, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QVERIFY(writeFile(ctx.filePath(u"l%1.bin"_s.arg(i)), bytes));
            dockerfile += "COPY l" + QByteArray::number(i) + ".bin /\n";
        }
        QVERIFY(writeFile(ctx.filePath(u"Dockerfile"_s), dockerfile));
        const QString tag = TestEngine::registry() + u"/cais-test/ssh-pull-"_s + pid() + u":1"_s;
        QVERIFY(TestEngine::docker({u"build"_s, u"-q"_s, u"-t"_s, tag, ctx.path()}, nullptr, nullptr, 120000));
        QVERIFY(TestEngine::docker({u"push"_s, u"-q"_s, tag}, nullptr, nullptr, 120000));
        QVERIFY(TestEngine::docker({u"rmi"_s, tag}));

        PullOperation op(m_engine.get(), *Reference::parseNormalized(tag));
        op.setRegistryAuth(&m_auth);
        int updates = 0;
        connect(&op, &RegistryOperation::progressed, this, [&] { ++updates; });
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(op.isFinished(), 120000);
        QVERIFY2(op.state() == RegistryOperation::State::Succeeded, qPrintable(op.error().fullText()));
        QCOMPARE(op.progress().outcome(), Progress::Outcome::Downloaded);
        QCOMPARE(op.progress().layers().size(), 2);
        for (const Progress::Layer &l : op.progress().layers())
            QCOMPARE(l.state, Progress::LayerState::PullComplete);
        QCOMPARE(op.progress().bytesTransferred(), op.progress().bytesTotal());
        QVERIFY(op.progress().bytesTotal() >= 1400 * 1000);
        QVERIFY2(updates >= 6, qPrintable(QString::number(updates))); // the stream came line by line
        QVERIFY(TestEngine::docker({u"image"_s, u"inspect"_s, tag}));
        TestEngine::docker({u"rmi"_s, tag});
    }

    void followsLogsOverSsh()
    {
        QVERIFY(m_engine && m_engine->state() == Engine::State::Connected);
        const QString name = u"cais-test-ssh-logs-"_s + pid();
        const QString id = ownContainer(name, {u"sh"_s, u"-c"_s, u"i=0; while [ $i -lt 600 ]; do i=$((i+1)); echo tick-$i; sleep 0.05; done"_s});
        QVERIFY(!id.isEmpty());
        LogsStream stream(m_engine.get(), id);
        QStringList lines;
        int batches = 0;
        connect(&stream, &LogsStream::linesReceived, this, [&](const LogLines &l) {
            ++batches;
            for (qsizetype i = 0; i < l.size(); ++i)
                lines << QString::fromUtf8(l.text(i));
        });
        LogsOptions o;
        o.follow = true;
        stream.start(o);
        // Lines keep coming while the container runs: followed, not read once.
        QTRY_VERIFY_WITH_TIMEOUT(lines.size() >= 40, 30000);
        const int batchesThen = batches;
        const qsizetype linesThen = lines.size();
        QTRY_VERIFY_WITH_TIMEOUT(lines.size() >= linesThen + 20 && batches > batchesThen, 30000);
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), u"tick-%1"_s.arg(i + 1));
        stream.stop();
        TestEngine::docker({u"rm"_s, u"-f"_s, id});
    }

    void pausedReplyHoldsSshBack()
    {
        // A reader that stops reading (a paused logs view) stops ssh, and through ssh
        // the engine: what ssh would send meanwhile is not gathered in Cais's memory.
        // About 60 MB of log, read over ssh with the reply paused at its first bytes.
        QVERIFY(m_engine && m_engine->state() == Engine::State::Connected);
        const QString name = u"cais-test-ssh-flood-"_s + pid();
        const QString id = ownContainer(name, {u"sh"_s, u"-c"_s, u"yes 0123456789012345678901234567890123456789012345678901234567890123456789 | head -n 800000"_s});
        QVERIFY(!id.isEmpty());
        auto remove = qScopeGuard([&] { TestEngine::docker({u"rm"_s, u"-f"_s, id}); });
        QByteArray state;
        QTRY_VERIFY_WITH_TIMEOUT((TestEngine::docker({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, id}, &state), state.trimmed() == "exited"), 60000);
        HttpRequest req;
        req.target = m_engine->target(u"/containers/%1/logs"_s.arg(id), QUrlQuery(u"stdout=1&stderr=1"_s));
        req.stream = true;
        // The reply deletes itself once done: keep what is needed from it.
        QPointer<Reply> reply = m_engine->send(req, false);
        reply->setKeepBody(false);
        qint64 received = 0;
        bool done = false;
        EngineError error;
        connect(reply, &Reply::dataReceived, this, [&](const QByteArray &chunk) {
            if (received == 0)
                reply->setReceivePaused(true);
            received += chunk.size();
        });
        connect(reply, &Reply::finished, this, [&] { done = true; });
        connect(reply, &Reply::failed, this, [&](const EngineError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(received > 0, 30000);
        const double before = residentMb();
        // Paused for three seconds: ssh could have sent the whole log by then.
        QTest::qWait(3000);
        const qint64 whilePaused = received;
        const double grown = residentMb() - before;
        QVERIFY2(whilePaused < 8 * 1024 * 1024, qPrintable(u"%1 bytes delivered while paused"_s.arg(whilePaused)));
        QVERIFY2(grown < 16, qPrintable(u"resident memory grew %1 MB while paused"_s.arg(grown)));
        QVERIFY(!done);
        // Resumed: the rest comes, all of it (8-byte frame heads around 800,000 lines of 71 bytes).
        QVERIFY(reply);
        reply->setReceivePaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
        QVERIFY2(error.kind == EngineError::Kind::None, qPrintable(error.fullText()));
        QVERIFY2(received >= 800000LL * 71, qPrintable(QString::number(received)));
    }

    void interactiveShellOverSsh()
    {
        QVERIFY(m_engine && m_engine->state() == Engine::State::Connected);
        const QString id = ownContainer(u"cais-test-ssh-shell-"_s + pid(), {u"sleep"_s, u"300"_s});
        QVERIFY(!id.isEmpty());
        ExecSession session(m_engine.get(), id);
        QByteArray screen;
        int exitCode = -100;
        connect(&session, &ExecSession::output, this, [&](const QByteArray &b) { screen += b; });
        connect(&session, &ExecSession::ended, this, [&](int code) { exitCode = code; });
        session.setInitialSize(100, 30);
        session.startExec({u"/bin/sh"_s}, true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ExecSession::State::Running, 30000);
        session.write("echo $((6*7))-over-ssh; stty size\n");
        QTRY_VERIFY2_WITH_TIMEOUT(screen.contains("42-over-ssh"), screen.constData(), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(screen.contains("30 100"), screen.constData(), 15000);
        session.write("exit 3\n");
        QTRY_COMPARE_WITH_TIMEOUT(exitCode, 3, 30000);
        TestEngine::docker({u"rm"_s, u"-f"_s, id});
    }

    void changedHostKeyIsRefusedWithoutAsking()
    {
        const QString known = file(u"known_hosts_changed"_s);
        QVERIFY(writeFile(known, u"[127.0.0.1]:%1 "_s.arg(m_port).toUtf8()
                                     + readFile(file(u"intruder_key.pub"_s)).split(' ').mid(0, 2).join(' ') + '\n'));
        usePath(clientBin(u"changed"_s, file(u"id"_s), known));
        QWidget window;
        SshPromptDialog::install(&window);
        const int asked = SshPrompter::instance()->promptsAsked();
        const EngineError error = failureOf(address());
        QVERIFY2(error.kind == EngineError::Kind::SshHostKey, qPrintable(error.kindName() + u": "_s + error.fullText()));
        QVERIFY2(error.userMessage.contains(u"has changed"_s) && error.userMessage.contains(u"ssh-keygen -R 127.0.0.1"_s),
                 qPrintable(error.userMessage));
        QCOMPARE(SshPrompter::instance()->promptsAsked(), asked); // never offered to trust the new key
    }

    void refusedLoginSaysSo()
    {
        usePath(clientBin(u"stranger"_s, file(u"id_stranger"_s), file(u"known_hosts"_s)));
        const EngineError error = failureOf(address());
        QVERIFY2(error.kind == EngineError::Kind::SshAuth, qPrintable(error.kindName() + u": "_s + error.fullText()));
        QVERIFY2(error.userMessage.contains(u"refused the login"_s), qPrintable(error.userMessage));
        QVERIFY2(error.engineMessage.contains(u"Permission denied"_s), qPrintable(error.engineMessage));
    }

    void noDockerOnTheRemoteHostSaysSo()
    {
        usePath(clientBin(u"nodocker"_s, file(u"id_nodocker"_s), file(u"known_hosts"_s)));
        const EngineError error = failureOf(address());
        QVERIFY2(error.kind == EngineError::Kind::Ssh, qPrintable(error.kindName() + u": "_s + error.fullText()));
        QVERIFY2(error.userMessage.contains(u"no docker command on 127.0.0.1"_s), qPrintable(error.userMessage));
    }

    void noEngineBehindTheRemoteSocketSaysSo()
    {
        usePath(clientBin(u"main"_s, file(u"id"_s), file(u"known_hosts"_s)));
        const EngineError error = failureOf(address(file(u"no-engine-here.sock"_s)));
        QVERIFY2(error.kind == EngineError::Kind::ConnectionRefused, qPrintable(error.kindName() + u": "_s + error.fullText()));
        QVERIFY2(error.userMessage.contains(u"no engine runs there"_s), qPrintable(error.userMessage + u" / "_s + error.engineMessage));
    }

    void aStuckLoginTimesOutButNotWhileTheUserIsAsked()
    {
        // An ssh that asks a passphrase, then never gets anywhere. Its first request
        // (the ping: 10 s) has 0.5 s more for the login here (30 s normally); the clock
        // stands still while the user is asked, for longer than that whole budget.
        const QString dir = file(u"bin-stuck"_s);
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + u"/ssh"_s, "#!/bin/sh\n\"$SSH_ASKPASS\" 'Enter passphrase for key /k: ' >/dev/null\nexec sleep 600\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        usePath(dir);
        SshTransport::setLoginAllowanceMs(500);
        auto restore = qScopeGuard([&] {
            usePath(file(u"bin-main"_s));
            SshTransport::setLoginAllowanceMs(30000);
        });
        QObject asker;
        QElapsedTimer clock;
        qint64 answeredAt = -1;
        connect(SshPrompter::instance(), &SshPrompter::promptRequested, &asker, [&](SshPrompt *prompt) {
            QTimer::singleShot(12000, Qt::PreciseTimer, prompt, [&, prompt] {
                answeredAt = clock.elapsed();
                prompt->answer(u"not the passphrase"_s);
            });
        });
        std::unique_ptr<Engine> e = makeEngine(address());
        QVERIFY(e);
        e->setReconnectInterval(0);
        clock.start();
        e->connectToEngine();
        QTRY_VERIFY_WITH_TIMEOUT(e->state() == Engine::State::Unreachable, 60000);
        const qint64 failedAt = clock.elapsed();
        QVERIFY2(answeredAt >= 11900, qPrintable(QString::number(answeredAt)));
        // Not while the question was open; 10.5 s once it was answered.
        QVERIFY2(failedAt - answeredAt >= 10000, qPrintable(u"failed %1 ms after the answer"_s.arg(failedAt - answeredAt)));
        QCOMPARE(e->lastError().kind, EngineError::Kind::Timeout);
        QVERIFY2(e->lastError().userMessage.contains(u"through ssh"_s) && e->lastError().userMessage.contains(u"docker version"_s),
                 qPrintable(e->lastError().userMessage));
    }

    void noSshProgramSaysSo()
    {
        const QString empty = file(u"bin-empty"_s);
        QVERIFY(QDir().mkpath(empty));
        usePath(empty, false);
        const EngineError error = failureOf(address());
        usePath(file(u"bin-main"_s));
        QVERIFY2(error.kind == EngineError::Kind::Ssh, qPrintable(error.kindName() + u": "_s + error.fullText()));
        QVERIFY2(error.userMessage.contains(u"ssh program was not found"_s), qPrintable(error.userMessage));
    }
};

int main(int argc, char **argv)
{
    // ssh starts this program again as its SSH_ASKPASS.
    if (const int askpass = SshPrompter::runAskpassIfAsked(argc, argv); askpass >= 0)
        return askpass;
    QApplication app(argc, argv);
    TestSsh test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ssh.moc"
