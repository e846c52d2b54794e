// TLS engines, against the REAL engine: the fixture's dockerd also listens on
// 127.0.0.1 with `--tlsverify` and the test CA's certificate (tests/data/certs), as a
// TLS-protected host does. Cais connects with the CLI's material (ca.pem, cert.pem,
// key.pem), directly and through a docker context made by the real CLI; each way it
// can go wrong has its own message: a CA this computer does not trust, a client
// certificate the engine refuses or lacks (the real dockerd says so), and an expired
// certificate or one for another host name (a TLS peer of this test's, as no dockerd
// can be made to show those while the others run).
#include "dockercontexts.h"
#include "engine.h"
#include "imagesapi.h"
#include "testengine.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString certs(const QString &name)
{
    return QStringLiteral(CAIS_TEST_DATA_DIR "/certs/") + name;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString tlsHost() const { return TestEngine::environment().value(u"CAIS_TEST_TLS_HOST"_s); }

    Endpoint endpoint(const QString &host, const QString &ca, const QString &cert, const QString &key) const
    {
        Endpoint ep = *Endpoint::parse(host, true, u"/nonexistent"_s);
        ep.caFile = ca;
        ep.certFile = cert;
        ep.keyFile = key;
        return ep;
    }

    /// Connects once (no reconnecting); the state it ends in and the error.
    std::pair<Engine::State, EngineError> connectOnce(const Endpoint &ep)
    {
        Engine e(ep);
        e.setReconnectInterval(0);
        e.connectToEngine();
        QDeadlineTimer deadline(30000);
        while (e.state() != Engine::State::Unreachable && e.state() != Engine::State::Connected && !deadline.hasExpired())
            QTest::qWait(10);
        return {e.state(), e.lastError()};
    }

    /// A TLS peer on 127.0.0.1 that shows `cert` (signed by the test CA unless said).
    std::unique_ptr<QSslServer> peer(const QString &cert, const QString &key)
    {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const auto chain = QSslCertificate::fromPath(cert);
        if (chain.size() != 1)
            return {};
        conf.setLocalCertificate(chain.first());
        QFile k(key);
        if (!k.open(QIODevice::ReadOnly))
            return {};
        conf.setPrivateKey(QSslKey(k.readAll(), QSsl::Rsa));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(conf);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        return server;
    }

    /// Connects, with the test CA and client certificate, to a TLS peer showing
    /// NAME-cert.pem; a peer that cannot be made ends as "Disconnected".
    std::pair<Engine::State, EngineError> connectToPeer(const QString &name)
    {
        auto server = peer(certs(name + u"-cert.pem"_s), certs(name + u"-key.pem"_s));
        if (!server)
            return {Engine::State::Disconnected, EngineError::make(EngineError::Kind::Other, u"no TLS peer"_s)};
        return connectOnce(endpoint(u"tcp://127.0.0.1:%1"_s.arg(server->serverPort()), certs(u"ca.pem"_s), certs(u"cert.pem"_s),
                                    certs(u"key.pem"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY2(tlsHost().startsWith(u"tcp://127.0.0.1:"_s), "the fixture's engine has no TLS listener");
    }

    void connectsWithTheCliMaterial()
    {
        // DOCKER_TLS_VERIFY=1 DOCKER_CERT_PATH=tests/data/certs DOCKER_HOST=tcp://127.0.0.1:PORT
        const Result<Endpoint> ep = Endpoint::parse(tlsHost(), true, QStringLiteral(CAIS_TEST_DATA_DIR "/certs"));
        QVERIFY(ep.has_value());
        QCOMPARE(ep->transport, Endpoint::Transport::Tls);
        Engine e(*ep);
        e.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 30000);
        const auto images = TestEngine::await(ImagesApi::list(e, true));
        QVERIFY(images.has_value());
        QSet<QString> ids;
        for (const ImageSummary &i : *images)
            ids.insert(i.id);
        const auto seeds = TestEngine::seeds();
        for (auto it = seeds.begin(); it != seeds.end(); ++it)
            QVERIFY2(ids.contains(it.key()), qPrintable(it.key()));
    }

    void connectsThroughACliContext()
    {
        // `docker context create` stores the material under contexts/tls/<id>/docker.
        const QString config = m_dir.filePath(u"docker"_s);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_CONFIG"_s, config);
        env.remove(u"DOCKER_HOST"_s);
        cli.setProcessEnvironment(env);
        cli.start(u"docker"_s, {u"context"_s, u"create"_s, u"tls-engine"_s, u"--docker"_s,
                                u"host=%1,ca=%2,cert=%3,key=%4"_s.arg(tlsHost(), certs(u"ca.pem"_s), certs(u"cert.pem"_s), certs(u"key.pem"_s))});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        DockerContexts::Options o;
        o.env = env;
        o.contextOption = u"tls-engine"_s;
        const EngineChoice choice = DockerContexts::resolve(o);
        QVERIFY2(choice.endpoint.has_value(), qPrintable(choice.endpoint ? QString() : choice.endpoint.error().userMessage));
        QCOMPARE(choice.endpoint->transport, Endpoint::Transport::Tls);
        QVERIFY(choice.endpoint->caFile.startsWith(config));
        const auto [state, error] = connectOnce(*choice.endpoint);
        QVERIFY2(state == Engine::State::Connected, qPrintable(error.fullText()));
    }

    void unknownCaIsNamed()
    {
        // The engine's certificate comes from the test CA; this client trusts another.
        const auto [state, error] = connectOnce(endpoint(tlsHost(), certs(u"other-ca.pem"_s), certs(u"cert.pem"_s), certs(u"key.pem"_s)));
        QCOMPARE(state, Engine::State::Unreachable);
        QCOMPARE(error.kind, EngineError::Kind::Tls);
        QVERIFY2(error.userMessage.contains(u"signed by a CA this computer does not trust"_s) && error.userMessage.contains(u"cais-test-ca"_s),
                 qPrintable(error.userMessage));
    }

    void refusedClientCertificateIsNamed()
    {
        // The real dockerd --tlsverify refuses a client certificate of another CA.
        const auto [state, error] = connectOnce(endpoint(tlsHost(), certs(u"ca.pem"_s), certs(u"othersigned-cert.pem"_s), certs(u"othersigned-key.pem"_s)));
        QCOMPARE(state, Engine::State::Unreachable);
        QCOMPARE(error.kind, EngineError::Kind::Tls);
        QVERIFY2(error.userMessage.contains(u"refused this computer's client certificate"_s), qPrintable(error.fullText()));
    }

    void missingClientCertificateIsNamed()
    {
        const auto [state, error] = connectOnce(endpoint(tlsHost(), certs(u"ca.pem"_s), QString(), QString()));
        QCOMPARE(state, Engine::State::Unreachable);
        QCOMPARE(error.kind, EngineError::Kind::Tls);
        QVERIFY2(error.userMessage.contains(u"wants a client certificate and Cais has none"_s), qPrintable(error.fullText()));
    }

    void expiredCertificateIsNamed()
    {
        const auto [state, error] = connectToPeer(u"expired"_s);
        QCOMPARE(state, Engine::State::Unreachable);
        QCOMPARE(error.kind, EngineError::Kind::Tls);
        QVERIFY2(error.userMessage.contains(u"expired on"_s) && error.userMessage.contains(u"2021"_s), qPrintable(error.userMessage));
    }

    void certificateForAnotherNameIsNamed()
    {
        const auto [state, error] = connectToPeer(u"wrongname"_s);
        QCOMPARE(state, Engine::State::Unreachable);
        QCOMPARE(error.kind, EngineError::Kind::Tls);
        QVERIFY2(error.userMessage.contains(u"is for build.example.org, not for \"127.0.0.1\""_s), qPrintable(error.userMessage));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
