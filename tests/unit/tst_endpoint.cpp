#include "endpoint.h"

#include <QTest>

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
        QTest::newRow("ssh is explained") << "ssh://me@host" << false << false << 0 << "" << 0;
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
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
