// Registry credentials from the docker CLI's config.json and credential helpers,
// and their X-Registry-Auth encoding.
//
// The expected headers were recorded from the real docker CLI 26.1.5 (Go 1.24):
// `docker pull` / `docker push` with DOCKER_CONFIG pointing at each config below,
// against a fake engine on a unix socket that wrote down the X-Registry-Auth header
// it received; the credential helper was tests/data/docker-credential-cais-test,
// the same script this test puts on PATH. Cais must send the same bytes.
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "reference.h"
#include "registryauth.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QByteArray b64(const QByteArray &raw)
{
    return raw.toBase64();
}

// {"auths":{"<key>":{"auth":"<base64 of userPass>"<extra>}}}
QByteArray auths(const char *key, const QByteArray &userPass, const char *extra = "")
{
    return QByteArray("{\"auths\":{\"") + key + "\":{\"auth\":\"" + b64(userPass) + '"' + extra + "}}}";
}

// Everything logged while a test runs, to prove that no secret reaches a log.
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    g_log << QString::fromLatin1(ctx.category ? ctx.category : "") + QLatin1Char(' ') + msg;
    if (g_previous)
        g_previous(type, ctx, msg);
}

RegistryAuth::Lookup waitFor(QFuture<RegistryAuth::Lookup> f, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < ms)
        QTest::qWait(5);
    if (!f.isFinished()) {
        QTest::qFail("the credentials lookup did not finish", __FILE__, __LINE__);
        return {};
    }
    return f.result();
}

} // namespace

Q_DECLARE_METATYPE(RegistryCredentials)

class TestRegistryAuth : public QObject
{
    Q_OBJECT
    QTemporaryDir m_bin; // extra helpers made by the tests

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_bin.isValid());
        // The fake helper lives in tests/data; the CLI found it on PATH, so do we.
        const QByteArray path = QByteArrayLiteral(CAIS_TEST_DATA_DIR) + ':' + QFile::encodeName(m_bin.path()) + ':' + qgetenv("PATH");
        qputenv("PATH", path);
        QVERIFY(QFileInfo(QStringLiteral(CAIS_TEST_DATA_DIR "/docker-credential-cais-test")).isExecutable());
        QLoggingCategory::setFilterRules(QStringLiteral("cais.*=true"));
        g_previous = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previous);
    }

    // --- the encoding, byte for byte --------------------------------------------

    void encodingMatchesTheDockerCli_data()
    {
        QTest::addColumn<RegistryCredentials>("credentials");
        QTest::addColumn<QByteArray>("header");
        auto c = [](QString u, QString p, QString server, QString email = {}, QString idToken = {}, QString regToken = {}) {
            RegistryCredentials r;
            r.username = u;
            r.password = p;
            r.serverAddress = server;
            r.email = email;
            r.identityToken = idToken;
            r.registryToken = regToken;
            return r;
        };
        QTest::newRow("anonymous") << RegistryCredentials{} << QByteArray("e30=");
        QTest::newRow("user, password with a space")
            << c(QStringLiteral("alice"), QStringLiteral("wonder land"), QStringLiteral("127.0.0.1:5000"))
            << QByteArray("eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJ3b25kZXIgbGFuZCIsInNlcnZlcmFkZHJlc3MiOiIxMjcuMC4wLjE6NTAwMCJ9");
        QTest::newRow("docker hub")
            << c(QStringLiteral("bob"), QStringLiteral("hunter2"), QStringLiteral("https://index.docker.io/v1/"))
            << QByteArray("eyJ1c2VybmFtZSI6ImJvYiIsInBhc3N3b3JkIjoiaHVudGVyMiIsInNlcnZlcmFkZHJlc3MiOiJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8ifQ==");
        QTest::newRow("quotes, backslash, <>&, accents, control characters")
            << c(QStringLiteral("dave"), QString::fromUtf8("p\"a\\ss<>&\xc3\xa9\x01:colon\t\n"), QStringLiteral("reg.example:5000"))
            << QByteArray("eyJ1c2VybmFtZSI6ImRhdmUiLCJwYXNzd29yZCI6InBcImFcXHNzXHUwMDNjXHUwMDNlXHUwMDI2w6lcdTAwMDE6Y29sb25cdFxuIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlOjUwMDAifQ==");
        // \b and \f have short escapes since Go 1.22, DEL stays, U+2028/9 are escaped,
        // and the url-safe alphabet shows ("_" and "-").
        QTest::newRow("\\b \\f DEL U+2028 U+2029 emoji")
            << c(QStringLiteral("gina"), QString::fromUtf8("a\bb\fc\x7f" "d\xe2\x80\xa8" "e\xe2\x80\xa9" "f\xf0\x9f\x90\xb3g/h"), QStringLiteral("f.example"))
            << QByteArray("eyJ1c2VybmFtZSI6ImdpbmEiLCJwYXNzd29yZCI6ImFcYmJcZmN_ZFx1MjAyOGVcdTIwMjlm8J-Qs2cvaCIsInNlcnZlcmFkZHJlc3MiOiJmLmV4YW1wbGUifQ==");
        QTest::newRow("email between password and server")
            << c(QStringLiteral("erin"), QStringLiteral("pw"), QStringLiteral("reg.example"), QStringLiteral("erin@example.com"))
            << QByteArray("eyJ1c2VybmFtZSI6ImVyaW4iLCJwYXNzd29yZCI6InB3IiwiZW1haWwiOiJlcmluQGV4YW1wbGUuY29tIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlIn0=");
        QTest::newRow("identity token, <token> user")
            << c(QStringLiteral("<token>"), {}, QStringLiteral("reg.example"), {}, QStringLiteral("tok-123"))
            << QByteArray("eyJ1c2VybmFtZSI6Ilx1MDAzY3Rva2VuXHUwMDNlIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlIiwiaWRlbnRpdHl0b2tlbiI6InRvay0xMjMifQ==");
        QTest::newRow("identity token alone")
            << c({}, {}, QStringLiteral("token.example"), {}, QStringLiteral("identity-token-42"))
            << QByteArray("eyJzZXJ2ZXJhZGRyZXNzIjoidG9rZW4uZXhhbXBsZSIsImlkZW50aXR5dG9rZW4iOiJpZGVudGl0eS10b2tlbi00MiJ9");
        QTest::newRow("registry token")
            << c({}, {}, QStringLiteral("g.example"), QStringLiteral("x@y"), {}, QStringLiteral("reg-tok"))
            << QByteArray("eyJlbWFpbCI6InhAeSIsInNlcnZlcmFkZHJlc3MiOiJnLmV4YW1wbGUiLCJyZWdpc3RyeXRva2VuIjoicmVnLXRvayJ9");
        QTest::newRow("no padding needed")
            << c(QStringLiteral("ab"), QStringLiteral("c"), QStringLiteral("a.example"))
            << QByteArray("eyJ1c2VybmFtZSI6ImFiIiwicGFzc3dvcmQiOiJjIiwic2VydmVyYWRkcmVzcyI6ImEuZXhhbXBsZSJ9");
    }

    void encodingMatchesTheDockerCli()
    {
        QFETCH(RegistryCredentials, credentials);
        QFETCH(QByteArray, header);
        QCOMPARE(credentials.toHeader(), header);
        // And back: what the engine decodes is the JSON we built.
        QCOMPARE(QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding), credentials.toJson());
    }

    // --- config.json + helpers -> header, end to end --------------------------------

    void lookupMatchesTheDockerCli_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("warns");

        const QByteArray cfgSpecial = auths("reg.example:5000", "dave:p\"a\\ss<>&\xc3\xa9\x01:colon\t\n");
        QTest::newRow("no config.json") << QByteArray() << "127.0.0.1:5000/x:1" << QByteArray("e30=") << "" << false;
        QTest::newRow("empty config") << QByteArray("{}") << "busybox" << QByteArray("e30=") << "" << false;
        QTest::newRow("auths, host:port key")
            << auths("127.0.0.1:5000", "alice:wonder land") << "127.0.0.1:5000/team/app:2"
            << QByteArray("eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJ3b25kZXIgbGFuZCIsInNlcnZlcmFkZHJlc3MiOiIxMjcuMC4wLjE6NTAwMCJ9")
            << "config.json" << false;
        QTest::newRow("auths, docker hub key") << auths("https://index.docker.io/v1/", "bob:hunter2")
                                              << "busybox:1.36"
                                              << QByteArray("eyJ1c2VybmFtZSI6ImJvYiIsInBhc3N3b3JkIjoiaHVudGVyMiIsInNlcnZlcmFkZHJlc3MiOiJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8ifQ==")
                                              << "config.json" << false;
        // The CLI does not read "index.docker.io" as Docker Hub's key.
        QTest::newRow("auths, bare hub host is not the hub key")
            << auths("index.docker.io", "hal:pw") << "busybox" << QByteArray("e30=") << "" << false;
        QTest::newRow("auths, legacy URL key") << auths("http://127.0.0.1:5000/v2/", "carol:pw")
                                              << "127.0.0.1:5000/x:1"
                                              << QByteArray("eyJ1c2VybmFtZSI6ImNhcm9sIiwicGFzc3dvcmQiOiJwdyIsInNlcnZlcmFkZHJlc3MiOiJodHRwOi8vMTI3LjAuMC4xOjUwMDAvdjIvIn0=")
                                              << "config.json" << false;
        QTest::newRow("auths, special characters")
            << cfgSpecial << "reg.example:5000/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6ImRhdmUiLCJwYXNzd29yZCI6InBcImFcXHNzXHUwMDNjXHUwMDNlXHUwMDI2w6lcdTAwMDE6Y29sb25cdFxuIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlOjUwMDAifQ==")
            << "config.json" << false;
        QTest::newRow("auths, email kept")
            << auths("reg.example", "erin:pw", ",\"email\":\"erin@example.com\"") << "reg.example/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6ImVyaW4iLCJwYXNzd29yZCI6InB3IiwiZW1haWwiOiJlcmluQGV4YW1wbGUuY29tIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlIn0=")
            << "config.json" << false;
        QTest::newRow("auths, identitytoken")
            << auths("reg.example", "<token>:", ",\"identitytoken\":\"tok-123\"") << "reg.example/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6Ilx1MDAzY3Rva2VuXHUwMDNlIiwic2VydmVyYWRkcmVzcyI6InJlZy5leGFtcGxlIiwiaWRlbnRpdHl0b2tlbiI6InRvay0xMjMifQ==")
            << "config.json" << false;
        QTest::newRow("auths, username and password fields")
            << QByteArray("{\"auths\":{\"b.example\":{\"username\":\"frank\",\"password\":\"pw2\"}}}") << "b.example/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6ImZyYW5rIiwicGFzc3dvcmQiOiJwdzIiLCJzZXJ2ZXJhZGRyZXNzIjoiYi5leGFtcGxlIn0=") << "config.json" << false;
        QTest::newRow("auths, NULs trimmed from the password")
            << auths("e.example", QByteArray("u:pw\0\0", 6)) << "e.example/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6InUiLCJwYXNzd29yZCI6InB3Iiwic2VydmVyYWRkcmVzcyI6ImUuZXhhbXBsZSJ9") << "config.json" << false;
        QTest::newRow("auths, registrytoken")
            << QByteArray("{\"auths\":{\"g.example\":{\"registrytoken\":\"reg-tok\",\"email\":\"x@y\"}}}") << "g.example/x:1"
            << QByteArray("eyJlbWFpbCI6InhAeSIsInNlcnZlcmFkZHJlc3MiOiJnLmV4YW1wbGUiLCJyZWdpc3RyeXRva2VuIjoicmVnLXRvayJ9") << "config.json" << false;
        QTest::newRow("credsStore")
            << QByteArray("{\"credsStore\":\"cais-test\"}") << "127.0.0.1:5000/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6ImhlbHBlci11c2VyIiwicGFzc3dvcmQiOiJoZWxwZXItc2VjcmV0Iiwic2VydmVyYWRkcmVzcyI6IjEyNy4wLjAuMTo1MDAwIn0=")
            << "docker-credential-cais-test" << false;
        QTest::newRow("credsStore, docker hub")
            << QByteArray("{\"credsStore\":\"cais-test\"}") << "busybox"
            << QByteArray("eyJ1c2VybmFtZSI6Imh1Yi11c2VyIiwicGFzc3dvcmQiOiJodWItczNjcmV0XHUwMDI2XHUwMDNjXHUwMDNlIiwic2VydmVyYWRkcmVzcyI6Imh0dHBzOi8vaW5kZXguZG9ja2VyLmlvL3YxLyJ9")
            << "docker-credential-cais-test" << false;
        QTest::newRow("credsStore, not found") << QByteArray("{\"credsStore\":\"cais-test\"}") << "other.example/x:1" << QByteArray("e30=")
                                              << "" << false;
        QTest::newRow("credHelpers win over credsStore, <token> user")
            << QByteArray("{\"credsStore\":\"nonexistent\",\"credHelpers\":{\"token.example\":\"cais-test\"}}") << "token.example/x:1"
            << QByteArray("eyJzZXJ2ZXJhZGRyZXNzIjoidG9rZW4uZXhhbXBsZSIsImlkZW50aXR5dG9rZW4iOiJpZGVudGl0eS10b2tlbi00MiJ9")
            << "docker-credential-cais-test" << false;
        QTest::newRow("credHelpers for docker hub")
            << QByteArray("{\"credHelpers\":{\"https://index.docker.io/v1/\":\"cais-test\"}}") << "docker.io/library/busybox:1"
            << QByteArray("eyJ1c2VybmFtZSI6Imh1Yi11c2VyIiwicGFzc3dvcmQiOiJodWItczNjcmV0XHUwMDI2XHUwMDNjXHUwMDNlIiwic2VydmVyYWRkcmVzcyI6Imh0dHBzOi8vaW5kZXguZG9ja2VyLmlvL3YxLyJ9")
            << "docker-credential-cais-test" << false;
        QTest::newRow("credHelpers elsewhere, auths here")
            << QByteArray("{\"auths\":{\"helper.example\":{\"auth\":\"Zm9vOmJhcg==\"}},\"credHelpers\":{\"token.example\":\"cais-test\"}}")
            << "helper.example/x:1"
            << QByteArray("eyJ1c2VybmFtZSI6ImZvbyIsInBhc3N3b3JkIjoiYmFyIiwic2VydmVyYWRkcmVzcyI6ImhlbHBlci5leGFtcGxlIn0=") << "config.json" << false;
        // The CLI goes on anonymously when a helper is missing or fails; so does Cais,
        // and says why.
        QTest::newRow("helper not installed") << QByteArray("{\"credsStore\":\"nonexistent\"}") << "127.0.0.1:5000/x:1" << QByteArray("e30=")
                                             << "" << true;
        QTest::newRow("helper fails") << QByteArray("{\"credsStore\":\"cais-test\"}") << "broken.example/x:1" << QByteArray("e30=") << ""
                                     << true;
        // Here the CLI sends the undecodable "auth" as it is after a warning; Cais
        // sends nothing and says which entry is broken.
        QTest::newRow("auth not base64") << QByteArray("{\"auths\":{\"c.example\":{\"auth\":\"not base64!\"}}}") << "c.example/x:1"
                                        << QByteArray("e30=") << "" << true;
        QTest::newRow("auth without colon") << auths("d.example", "nocolon") << "d.example/x:1"
                                           << QByteArray("e30=") << "" << true;
        QTest::newRow("config not JSON") << QByteArray("{\"auths\": {") << "busybox" << QByteArray("e30=") << "" << true;
    }

    void lookupMatchesTheDockerCli()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, image);
        QFETCH(QByteArray, header);
        QFETCH(QString, source);
        QFETCH(bool, warns);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (!config.isNull()) {
            QFile f(dir.filePath(QStringLiteral("config.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(config);
        }
        const auto ref = Reference::parseNormalized(image);
        QVERIFY(ref.has_value());
        RegistryAuth auth;
        auth.setConfigDir(dir.path());
        const RegistryAuth::Lookup l = waitFor(auth.lookup(RegistryAuth::registryKey(*ref)));
        QCOMPARE(l.credentials.toHeader(), header);
        QCOMPARE(l.source, source);
        QVERIFY2(l.warning.isEmpty() != warns, qPrintable(l.warning));
    }

    // --- pieces ---------------------------------------------------------------------

    void registryKeys_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("key");
        QTest::newRow("official image") << "busybox" << "https://index.docker.io/v1/";
        QTest::newRow("user image") << "someone/app:1" << "https://index.docker.io/v1/";
        QTest::newRow("docker.io spelled out") << "docker.io/library/busybox" << "https://index.docker.io/v1/";
        QTest::newRow("index.docker.io") << "index.docker.io/library/busybox" << "https://index.docker.io/v1/";
        QTest::newRow("host:port") << "localhost:5000/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                                   << "localhost:5000";
        QTest::newRow("ip:port") << "127.0.0.1:5000/x" << "127.0.0.1:5000";
        QTest::newRow("host") << "ghcr.io/org/tool:v1" << "ghcr.io";
    }

    void registryKeys()
    {
        QFETCH(QString, image);
        QFETCH(QString, key);
        const auto ref = Reference::parseNormalized(image);
        QVERIFY(ref.has_value());
        QCOMPARE(RegistryAuth::registryKey(*ref), key);
    }

    void convertToHostname_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("plain") << "reg.example" << "reg.example";
        QTest::newRow("https with path") << "https://reg.example:5000/v2/" << "reg.example:5000";
        QTest::newRow("http") << "http://127.0.0.1:5000" << "127.0.0.1:5000";
        QTest::newRow("no scheme, path") << "reg.example/v1/" << "reg.example";
    }

    void convertToHostname()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QCOMPARE(RegistryAuth::convertToHostname(url), host);
    }

    void parseConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("auths");    // "key user"
        QTest::addColumn<QStringList>("badAuths"); // keys
        QTest::addColumn<QString>("credsStore");
        QTest::addColumn<QStringList>("credHelpers"); // "key=helper"
        QTest::newRow("empty file") << QByteArray() << true << QStringList() << QStringList() << "" << QStringList();
        QTest::newRow("not JSON") << QByteArray("auths") << false << QStringList() << QStringList() << "" << QStringList();
        QTest::newRow("a list") << QByteArray("[]") << false << QStringList() << QStringList() << "" << QStringList();
        QTest::newRow("the CLI's usual file")
            << QByteArray("{\"auths\":{\"https://index.docker.io/v1/\":{},\"ghcr.io\":{\"auth\":\"" + b64("me:tok") + "\"}},\"credsStore\":\"desktop\","
                          "\"credHelpers\":{\"gcr.io\":\"gcloud\"},\"currentContext\":\"default\"}")
            << true << QStringList{QStringLiteral("ghcr.io me"), QStringLiteral("https://index.docker.io/v1/ ")} << QStringList() << "desktop"
            << QStringList{QStringLiteral("gcr.io=gcloud")};
        QTest::newRow("bad entries are set aside")
            << QByteArray("{\"auths\":{\"a\":{\"auth\":\"%%%\"},\"b\":{\"auth\":\"" + b64(":nouser") + "\"},\"c\":{\"auth\":\"" + b64("u:p") + "\"}}}")
            << true << QStringList{QStringLiteral("c u")} << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "" << QStringList();
    }

    void parseConfig()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QStringList, auths);
        QFETCH(QStringList, badAuths);
        QFETCH(QString, credsStore);
        QFETCH(QStringList, credHelpers);
        const auto cfg = RegistryAuth::parseConfig(json);
        QCOMPARE(cfg.has_value(), ok);
        if (!ok) {
            QVERIFY(cfg.error().userMessage.contains(QLatin1String("not valid JSON")));
            return;
        }
        QStringList gotAuths;
        for (auto it = cfg->auths.begin(); it != cfg->auths.end(); ++it) {
            gotAuths << it.key() + QLatin1Char(' ') + it->username;
            QCOMPARE(it->serverAddress, it.key());
        }
        gotAuths.sort();
        QCOMPARE(gotAuths, auths);
        QStringList gotBad = cfg->badAuths.keys();
        gotBad.sort();
        QCOMPARE(gotBad, badAuths);
        QCOMPARE(cfg->credsStore, credsStore);
        QStringList gotHelpers;
        for (auto it = cfg->credHelpers.begin(); it != cfg->credHelpers.end(); ++it)
            gotHelpers << it.key() + QLatin1Char('=') + it.value();
        QCOMPARE(gotHelpers, credHelpers);
    }

    void helperOutput_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("user and secret") << 0 << QByteArray("{\"ServerURL\":\"r\",\"Username\":\"u\",\"Secret\":\"s\"}\n") << true
                                         << QByteArray("{\"username\":\"u\",\"password\":\"s\",\"serveraddress\":\"r.example\"}");
        QTest::newRow("token") << 0 << QByteArray("{\"ServerURL\":\"r\",\"Username\":\"<token>\",\"Secret\":\"t\"}") << true
                               << QByteArray("{\"serveraddress\":\"r.example\",\"identitytoken\":\"t\"}");
        QTest::newRow("not found") << 1 << QByteArray("credentials not found in native keychain\n") << true << QByteArray("{}");
        QTest::newRow("other failure") << 1 << QByteArray("error getting credentials: keyring locked") << false << QByteArray();
        QTest::newRow("garbage") << 0 << QByteArray("hello") << false << QByteArray();
    }

    void helperOutput()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, output);
        QFETCH(bool, ok);
        QFETCH(QByteArray, json);
        const auto r = RegistryAuth::fromHelperOutput(QStringLiteral("r.example"), exitCode, output);
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(r->toJson(), json);
        else
            QVERIFY(!r.error().userMessage.isEmpty());
    }

    // --- behaviour ------------------------------------------------------------------

    void helperRunsWithoutBlocking()
    {
        // A helper that takes its time (a keyring waiting to be unlocked): the event
        // loop keeps running meanwhile, and the lookup still ends.
        QFile slow(m_bin.filePath(QStringLiteral("docker-credential-cais-slow")));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.write("#!/bin/sh\ncat >/dev/null\nsleep 1\necho '{\"Username\":\"u\",\"Secret\":\"slow-secret\"}'\n");
        slow.close();
        slow.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QTemporaryDir dir;
        QFile cfg(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("{\"credsStore\":\"cais-slow\"}");
        cfg.close();

        RegistryAuth auth;
        auth.setConfigDir(dir.path());
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(20);
        QFuture<RegistryAuth::Lookup> f = auth.lookup(QStringLiteral("slow.example"));
        QVERIFY(!f.isFinished()); // lookup() returned before the helper answered
        const RegistryAuth::Lookup l = waitFor(f);
        QVERIFY2(ticks > 5, "the event loop did not run while the helper worked");
        QCOMPARE(l.credentials.password, QStringLiteral("slow-secret"));
        QCOMPARE(l.credentials.serverAddress, QStringLiteral("slow.example"));
    }

    void helperTimeout()
    {
        QFile hang(m_bin.filePath(QStringLiteral("docker-credential-cais-hang")));
        QVERIFY(hang.open(QIODevice::WriteOnly));
        hang.write("#!/bin/sh\nexec sleep 30\n");
        hang.close();
        hang.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QTemporaryDir dir;
        QFile cfg(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("{\"credHelpers\":{\"hang.example\":\"cais-hang\"}}");
        cfg.close();
        RegistryAuth auth;
        auth.setConfigDir(dir.path());
        auth.setHelperTimeout(300);
        const RegistryAuth::Lookup l = waitFor(auth.lookup(QStringLiteral("hang.example")), 10000);
        QVERIFY(l.credentials.isEmpty());
        QVERIFY2(l.warning.contains(QLatin1String("docker-credential-cais-hang")), qPrintable(l.warning));
    }

    void sessionCredentialsWin()
    {
        QTemporaryDir dir;
        QFile cfg(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("{\"credsStore\":\"cais-test\"}");
        cfg.close();
        RegistryAuth auth;
        auth.setConfigDir(dir.path());
        RegistryCredentials typed;
        typed.username = QStringLiteral("typed");
        typed.password = QStringLiteral("typed-secret");
        auth.remember(QStringLiteral("127.0.0.1:5000"), typed);
        RegistryAuth::Lookup l = waitFor(auth.lookup(QStringLiteral("127.0.0.1:5000")));
        QCOMPARE(l.credentials.username, QStringLiteral("typed"));
        QCOMPARE(l.credentials.serverAddress, QStringLiteral("127.0.0.1:5000"));
        QVERIFY(!l.source.isEmpty());
        // Nothing was written next to the user's config.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("config.json")});
        auth.forget(QStringLiteral("127.0.0.1:5000"));
        l = waitFor(auth.lookup(QStringLiteral("127.0.0.1:5000")));
        QCOMPARE(l.credentials.username, QStringLiteral("helper-user"));
    }

    void noSecretInAnyLog()
    {
        // Everything this test case logged so far (lookups through helpers that
        // succeeded, failed and hung) holds none of the secrets involved.
        const QStringList secrets{QStringLiteral("helper-secret"), QStringLiteral("hub-s3cret"), QStringLiteral("identity-token-42"),
                                  QStringLiteral("hunter2"),       QStringLiteral("wonder land"), QStringLiteral("slow-secret"),
                                  QStringLiteral("typed-secret"),  QStringLiteral("tok-123")};
        QVERIFY(!g_log.isEmpty()); // the failing helpers were logged
        for (const QString &line : std::as_const(g_log)) {
            for (const QString &s : secrets)
                QVERIFY2(!line.contains(s), qPrintable(line));
        }
    }
};

QTEST_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
