#include "endpoint.h"
#include "sshtransport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("tlsVerify");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("pathOrHost");
        QTest::addColumn<int>("port");

        const int U = int(Endpoint::Transport::Unix), T = int(Endpoint::Transport::Tcp), S = int(Endpoint::Transport::Tls);
        QTest::newRow("empty = default socket") << "" << false << true << U << "/var/run/docker.sock" << 0;
        QTest::newRow("blank = default socket") << "  " << false << true << U << "/var/run/docker.sock" << 0;
        QTest::newRow("unix") << "unix:///run/user/1000/podman/podman.sock" << false << true << U << "/run/user/1000/podman/podman.sock" << 0;
        QTest::newRow("unix empty path") << "unix://" << false << false << 0 << "" << 0;
        QTest::newRow("tcp with port") << "tcp://10.0.0.5:2375" << false << true << T << "10.0.0.5" << 2375;
        QTest::newRow("tcp default port") << "tcp://engine.example" << false << true << T << "engine.example" << 2375;
        QTest::newRow("tcp + TLS_VERIFY default port") << "tcp://engine.example" << true << true << S << "engine.example" << 2376;
        QTest::newRow("tcp + TLS_VERIFY") << "tcp://engine.example:9999" << true << true << S << "engine.example" << 9999;
        QTest::newRow("https") << "https://engine.example:2376" << false << true << S << "engine.example" << 2376;
        QTest::newRow("http") << "http://localhost:2375" << false << true << T << "localhost" << 2375;
        QTest::newRow("trailing slash") << "tcp://h:1/" << false << true << T << "h" << 1;
        QTest::newRow("ipv6") << "tcp://[::1]:2375" << false << true << T << "::1" << 2375;
        QTest::newRow("ipv6 no port") << "tcp://[fe80::1]" << false << true << T << "fe80::1" << 2375;
        QTest::newRow("ipv6 unclosed") << "tcp://[::1:2375" << false << false << 0 << "" << 0;
        QTest::newRow("uppercase scheme") << "TCP://h:5" << false << true << T << "h" << 5;
        QTest::newRow("no scheme") << "/var/run/docker.sock" << false << false << 0 << "" << 0;
        QTest::newRow("port zero") << "tcp://h:0" << false << false << 0 << "" << 0;
        QTest::newRow("port too big") << "tcp://h:65536" << false << false << 0 << "" << 0;
        QTest::newRow("port not a number") << "tcp://h:abc" << false << false << 0 << "" << 0;
        QTest::newRow("empty host") << "tcp://:2375" << false << false << 0 << "" << 0;
        QTest::newRow("path after host") << "tcp://h:1/api" << false << false << 0 << "" << 0;
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine" << false << false << 0 << "" << 0;
        QTest::newRow("unknown scheme") << "ftp://h" << false << false << 0 << "" << 0;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, tlsVerify);
        QFETCH(bool, ok);
        QFETCH(int, transport);
        QFETCH(QString, pathOrHost);
        QFETCH(int, port);

        const Result<Endpoint> r = Endpoint::parse(input, tlsVerify, QStringLiteral("/nonexistent"));
        QCOMPARE(r.has_value(), ok);
        if (!ok) {
            // Every refusal names the address and says what to do.
            QVERIFY(r.error().userMessage.contains(input.trimmed()));
            QVERIFY(r.error().userMessage.size() > input.size() + 20);
            return;
        }
        QCOMPARE(int(r->transport), transport);
        if (r->transport == Endpoint::Transport::Unix) {
            QCOMPARE(r->path, pathOrHost);
        } else {
            QCOMPARE(r->host, pathOrHost);
            QCOMPARE(int(r->port), port);
        }
        // The display form parses back to the same endpoint.
        if (r->transport != Endpoint::Transport::Tls) {
            const Result<Endpoint> again = Endpoint::parse(r->toString());
            QVERIFY(again.has_value());
            QCOMPARE(*again, *r);
        }
    }

    void environment()
    {
        QProcessEnvironment env;
        QCOMPARE(Endpoint::fromEnvironment(env)->path, QStringLiteral("/var/run/docker.sock"));
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://h:2376"));
        QCOMPARE(Endpoint::fromEnvironment(env)->transport, Endpoint::Transport::Tcp);
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        QCOMPARE(Endpoint::fromEnvironment(env)->transport, Endpoint::Transport::Tls);
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("0"));
        QCOMPARE(Endpoint::fromEnvironment(env)->transport, Endpoint::Transport::Tcp);
    }

    void tlsMaterialFromCertPath()
    {
        const QString dir = QStringLiteral(CAIS_TEST_DATA_DIR "/certs");
        const Result<Endpoint> r = Endpoint::parse(QStringLiteral("tcp://h:2376"), true, dir);
        QVERIFY(r.has_value());
        QCOMPARE(r->caFile, dir + QStringLiteral("/ca.pem"));
        QCOMPARE(r->certFile, dir + QStringLiteral("/cert.pem"));
        QCOMPARE(r->keyFile, dir + QStringLiteral("/key.pem"));
        QVERIFY(r->verifyPeer);
    }

    // docker/cli's cli/connhelper/ssh ParseURL table, and what Cais adds to it.
    void sshAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("args");

        const QString dial = QStringLiteral("docker system dial-stdio");
        QTest::newRow("bare") << "ssh://example.com" << true << "" << "example.com" << 0 << ""
                              << QStringList{u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s, dial};
        QTest::newRow("trailing slash") << "ssh://example.com/" << true << "" << "example.com" << 0 << ""
                                        << QStringList{u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s, dial};
        QTest::newRow("trailing slashes") << "ssh://example.com//" << true << "" << "example.com" << 0 << ""
                                          << QStringList{u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s, dial};
        QTest::newRow("user and port") << "ssh://me@example.com:10022" << true << "me" << "example.com" << 10022 << ""
                                       << QStringList{u"-l"_s, u"me"_s, u"-p"_s, u"10022"_s, u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s, dial};
        QTest::newRow("user, port and socket")
            << "ssh://me@example.com:10022/var/run/docker.sock" << true << "me" << "example.com" << 10022 << "/var/run/docker.sock"
            << QStringList{u"-l"_s, u"me"_s, u"-p"_s, u"10022"_s, u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s,
                           u"docker --host=unix:///var/run/docker.sock system dial-stdio"_s};
        // The remote shell gets the socket path as one quoted word: nothing in it runs.
        QTest::newRow("hostile path is quoted")
            << "ssh://example.com/x%20'$(touch%20/tmp/p)'" << true << "" << "example.com" << 0 << "/x '$(touch /tmp/p)'"
            << QStringList{u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"example.com"_s,
                           uR"(docker '--host=unix:///x '\''$(touch /tmp/p)'\''' system dial-stdio)"_s};
        QTest::newRow("ipv6") << "ssh://[::1]:22" << true << "" << "::1" << 22 << ""
                              << QStringList{u"-p"_s, u"22"_s, u"-o"_s, u"ConnectTimeout=30"_s, u"-T"_s, u"--"_s, u"::1"_s, dial};
        QTest::newRow("password") << "ssh://me:secret@example.com" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("empty password") << "ssh://me:@example.com" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("query") << "ssh://example.com?foo=bar" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("fragment") << "ssh://example.com#bar" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("no host") << "ssh://" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("user, no host") << "ssh://me@" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("port zero") << "ssh://example.com:0" << false << "" << "" << 0 << "" << QStringList{};
        QTest::newRow("port too big") << "ssh://example.com:70000" << false << "" << "" << 0 << "" << QStringList{};
    }

    void sshAddresses()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QFETCH(QStringList, args);

        const Result<Endpoint> r = Endpoint::parse(input);
        QCOMPARE(r.has_value(), ok);
        if (!ok) {
            QVERIFY(r.error().userMessage.contains(input));
            return;
        }
        QCOMPARE(r->transport, Endpoint::Transport::Ssh);
        QCOMPARE(r->user, user);
        QCOMPARE(r->host, host);
        QCOMPARE(int(r->port), port);
        QCOMPARE(r->path, path);
        QCOMPARE(SshTransport::arguments(*r), args);
        // What the CLI gets for compose and buildx: the same address.
        QCOMPARE(r->cliEnvironment(QProcessEnvironment()).value(QStringLiteral("DOCKER_HOST")), r->toString());
        if (!path.contains(QLatin1Char(' '))) {
            const Result<Endpoint> again = Endpoint::parse(r->toString());
            QVERIFY(again.has_value());
            QCOMPARE(*again, *r);
        }
    }

    // What ssh and the remote docker CLI print (OpenSSH 9 and docker 26, as seen by
    // tst_ssh against a real sshd), and what Cais makes of it.
    void sshFailuresAreExplained_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderr");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = EngineError::Kind;
        QTest::newRow("host key refused") << 255 << QByteArray("Host key verification failed.\r\n") << int(K::SshHostKey) << "was not accepted";
        QTest::newRow("host key changed")
            << 255
            << QByteArray("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\r\n"
                          "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n"
                          "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\nHost key verification failed.\r\n")
            << int(K::SshHostKey) << "has changed";
        QTest::newRow("strict, unknown")
            << 255 << QByteArray("No ED25519 host key is known for [h]:22 and you have requested strict checking.\r\nHost key verification failed.\r\n")
            << int(K::SshHostKey) << "was not accepted";
        QTest::newRow("login refused") << 255 << QByteArray("me@h: Permission denied (publickey).\r\n") << int(K::SshAuth) << "refused the login";
        QTest::newRow("unknown host") << 255 << QByteArray("ssh: Could not resolve hostname nowhere: Name or service not known\r\n")
                                      << int(K::HostNotFound) << "is unknown";
        QTest::newRow("no sshd") << 255 << QByteArray("ssh: connect to host 127.0.0.1 port 1: Connection refused\r\n")
                                 << int(K::ConnectionRefused) << "Nothing accepts ssh connections";
        QTest::newRow("timeout") << 255 << QByteArray("ssh: connect to host 10.1.1.1 port 22: Connection timed out\r\n")
                                 << int(K::Timeout) << "did not answer in time";
        QTest::newRow("no docker (sh)") << 127 << QByteArray("sh: 1: exec: docker: not found\n") << int(K::Ssh) << "no docker command";
        QTest::newRow("no docker (bash)") << 127 << QByteArray("bash: line 1: docker: command not found\n") << int(K::Ssh) << "no docker command";
        QTest::newRow("old docker") << 1 << QByteArray("docker: 'system dial-stdio' is not a docker command.\n") << int(K::Ssh) << "cannot relay";
        QTest::newRow("no engine there")
            << 1 << QByteArray("failed to open the raw stream connection: dial unix /run/docker.sock: connect: no such file or directory\n")
            << int(K::ConnectionRefused) << "no engine runs there";
        QTest::newRow("engine refuses")
            << 1 << QByteArray("failed to open the raw stream connection: dial unix /run/docker.sock: connect: connection refused\n")
            << int(K::ConnectionRefused) << "no engine runs there";
        QTest::newRow("engine not allowed")
            << 1 << QByteArray("failed to open the raw stream connection: dial unix /var/run/docker.sock: connect: permission denied\n")
            << int(K::PermissionDenied) << "docker\" group";
        QTest::newRow("engine not allowed (older CLI words)")
            << 1 << QByteArray("permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock\n")
            << int(K::PermissionDenied) << "docker\" group";
        QTest::newRow("closed by peer") << 255 << QByteArray("Connection closed by 127.0.0.1 port 22\r\n") << int(K::Closed) << "closed the ssh connection";
        QTest::newRow("anything else") << 1 << QByteArray("something odd happened\n") << int(K::Ssh) << "something odd happened";
    }

    void sshFailuresAreExplained()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderr);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const Endpoint ep = *Endpoint::parse(QStringLiteral("ssh://me@h:22"));
        const EngineError e = SshTransport::explainFailure(ep, QProcess::UnknownError, exitCode, stderr);
        QVERIFY2(int(e.kind) == kind, qPrintable(e.kindName() + QStringLiteral(": ") + e.userMessage));
        QVERIFY2(e.userMessage.contains(says), qPrintable(e.userMessage));
        // A refused host key or login waits for the user; the rest reconnect by themselves.
        QCOMPARE(SshTransport::needsUser(e), kind == int(EngineError::Kind::SshHostKey) || kind == int(EngineError::Kind::SshAuth));
    }

    void sshWithoutSshProgram()
    {
        const Endpoint ep = *Endpoint::parse(QStringLiteral("ssh://h"));
        const EngineError e = SshTransport::explainFailure(ep, QProcess::FailedToStart, -1, {});
        QCOMPARE(e.kind, EngineError::Kind::Ssh);
        QVERIFY(e.userMessage.contains(QStringLiteral("openssh-client")));
    }

    void sshPromptKinds()
    {
        QCOMPARE(SshPrompt::kindOf(QStringLiteral("The authenticity of host '[127.0.0.1]:2222 ([127.0.0.1]:2222)' can't be established.\n"
                                                  "ED25519 key fingerprint is SHA256:abc.\nThis key is not known by any other names.\n"
                                                  "Are you sure you want to continue connecting (yes/no/[fingerprint])? ")),
                 SshPrompt::Kind::HostKey);
        QCOMPARE(SshPrompt::kindOf(QStringLiteral("Enter passphrase for key '/home/me/.ssh/id_ed25519': ")), SshPrompt::Kind::Secret);
        QCOMPARE(SshPrompt::kindOf(QStringLiteral("me@host's password: ")), SshPrompt::Kind::Secret);
        QCOMPARE(SshPrompt::kindOf(QStringLiteral("Enter PIN for ECDSA-SK key /home/me/.ssh/id_ecdsa_sk: ")), SshPrompt::Kind::Secret);
        QCOMPARE(SshPrompt::kindOf(QStringLiteral("Confirm user presence for key ED25519-SK SHA256:x")), SshPrompt::Kind::Other);
        SshPrompt p(QStringLiteral("The authenticity of host '[127.0.0.1]:2222 ([127.0.0.1]:2222)' can't be established.\n"
                                   "ED25519 key fingerprint is SHA256:q+h5JEgsz3aWuZy0ogsm6laFOGqFFe9n3DAAQZXSh5I.\n"),
                    nullptr);
        QCOMPARE(p.host(), QStringLiteral("[127.0.0.1]:2222"));
        QCOMPARE(p.fingerprint(), QStringLiteral("SHA256:q+h5JEgsz3aWuZy0ogsm6laFOGqFFe9n3DAAQZXSh5I"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
