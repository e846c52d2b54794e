// Engine discovery as the docker CLI does it, on context stores laid out as the CLI
// lays them out (docker/cli cli/context/store: meta/<sha256>/meta.json and
// tls/<sha256>/docker/{ca,cert,key}.pem). tst_contexts compares the same code with the
// real CLI's own `docker context` commands.
#include "dockercontexts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(data);
}

} // namespace

class TestDockerContexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString config() const { return m_dir.filePath(u"config"_s); }

    DockerContexts::Options options(const QMap<QString, QString> &vars = {}) const
    {
        DockerContexts::Options o;
        o.env = QProcessEnvironment();
        o.env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        o.env.insert(u"DOCKER_CONFIG"_s, config());
        for (auto it = vars.begin(); it != vars.end(); ++it)
            o.env.insert(it.key(), it.value());
        o.root = m_dir.filePath(u"root"_s);
        return o;
    }

    void storeContext(const QString &name, const QJsonObject &dockerEndpoint, const QString &description = {},
                      const QStringList &tlsFiles = {})
    {
        const QString id = DockerContexts::storageId(name);
        QJsonObject meta{{u"Name"_s, name}, {u"Metadata"_s, description.isEmpty() ? QJsonObject{} : QJsonObject{{u"Description"_s, description}}},
                         {u"Endpoints"_s, QJsonObject{{u"docker"_s, dockerEndpoint}}}};
        writeFile(config() + u"/contexts/meta/"_s + id + u"/meta.json"_s, QJsonDocument(meta).toJson(QJsonDocument::Compact));
        for (const QString &f : tlsFiles)
            writeFile(config() + u"/contexts/tls/"_s + id + u"/docker/"_s + f, "PEM");
    }

    void setCurrent(const QString &name)
    {
        writeFile(config() + u"/config.json"_s, QJsonDocument(QJsonObject{{u"auths"_s, QJsonObject{}}, {u"currentContext"_s, name}}).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storeContext(u"zeta"_s, {{u"Host"_s, u"tcp://127.0.0.1:9"_s}, {u"SkipTLSVerify"_s, false}}, u"A z"_s,
                     {u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s});
        storeContext(u"alpha"_s, {{u"Host"_s, u"unix:///nowhere.sock"_s}, {u"SkipTLSVerify"_s, true}});
        storeContext(u"Beta2"_s, {{u"Host"_s, u"tcp://h"_s}, {u"SkipTLSVerify"_s, false}});
        storeContext(u"Beta10"_s, {{u"Host"_s, u"tcp://h:1"_s}});
        storeContext(u"insecure"_s, {{u"Host"_s, u"tcp://h"_s}, {u"SkipTLSVerify"_s, true}});
        storeContext(u"remote"_s, {{u"Host"_s, u"ssh://me@build"_s}});
        // A context of another tool's only (no docker endpoint), and a broken file.
        const QString kube = DockerContexts::storageId(u"kube"_s);
        writeFile(config() + u"/contexts/meta/"_s + kube + u"/meta.json"_s, R"({"Name":"kube","Metadata":{},"Endpoints":{}})");
        writeFile(config() + u"/contexts/meta/"_s + DockerContexts::storageId(u"broken"_s) + u"/meta.json"_s, "{not json");
        // A folder without meta.json is not a context.
        QDir().mkpath(config() + u"/contexts/meta/0000"_s);
    }

    void storageIdIsTheSha256OfTheName()
    {
        // As `docker context create zeta` named its folders (read off the real CLI).
        QCOMPARE(DockerContexts::storageId(u"zeta"_s), u"5cc10d9143b2cff082cf5fb373073b13d02d12c9a4d24a97d822d701404fb421"_s);
    }

    void configDir()
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, u"/home/ana"_s);
        QCOMPARE(DockerContexts::configDir(env), u"/home/ana/.docker"_s);
        env.insert(u"DOCKER_CONFIG"_s, u"/etc/dockercfg"_s);
        QCOMPARE(DockerContexts::configDir(env), u"/etc/dockercfg"_s);
    }

    void listsInTheCliOrder()
    {
        const QList<DockerContext> all = DockerContexts::list(options());
        QStringList names;
        for (const DockerContext &c : all)
            names << c.name;
        // A meta.json that cannot be read is listed under its folder's name.
        QVERIFY(names.removeOne(DockerContexts::storageId(u"broken"_s)));
        // docker context ls: natural order, bytewise (upper case first), numbers by value.
        QCOMPARE(names, (QStringList{u"Beta2"_s, u"Beta10"_s, u"alpha"_s, u"default"_s, u"insecure"_s, u"kube"_s, u"remote"_s, u"zeta"_s}));
    }

    void readsEachContext()
    {
        QMap<QString, DockerContext> byName;
        for (const DockerContext &c : DockerContexts::list(options()))
            byName.insert(c.name, c);
        const DockerContext zeta = byName.value(u"zeta"_s);
        QCOMPARE(zeta.description, u"A z"_s);
        QCOMPARE(zeta.host, u"tcp://127.0.0.1:9"_s);
        QVERIFY(zeta.error.isEmpty());
        QVERIFY(zeta.caFile.endsWith(u"/contexts/tls/"_s + DockerContexts::storageId(u"zeta"_s) + u"/docker/ca.pem"_s));
        QVERIFY(zeta.certFile.endsWith(u"/docker/cert.pem"_s));
        QVERIFY(zeta.keyFile.endsWith(u"/docker/key.pem"_s));
        QVERIFY(!zeta.current);
        QVERIFY(byName.value(u"default"_s).current);
        QVERIFY(byName.value(u"default"_s).isDefault);
        QVERIFY(byName.value(u"alpha"_s).skipTlsVerify);
        QCOMPARE(byName.value(u"kube"_s).error, u"The context has no docker endpoint."_s);
        const DockerContext broken = byName.value(DockerContexts::storageId(u"broken"_s));
        QVERIFY2(broken.error.contains(u"is not valid JSON"_s), qPrintable(broken.error));
        QVERIFY(!broken.endpoint());
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("verify");
        QTest::newRow("TLS material: TLS, verified") << u"zeta"_s << true << u"tcp+tls://127.0.0.1:9"_s << true;
        QTest::newRow("socket: never TLS") << u"alpha"_s << true << u"unix:///nowhere.sock"_s << false;
        QTest::newRow("tcp without material: plain") << u"Beta2"_s << true << u"tcp://h:2375"_s << false;
        QTest::newRow("skip verification: TLS on 2376") << u"insecure"_s << true << u"tcp+tls://h:2376"_s << false;
        QTest::newRow("ssh: reached through ssh") << u"remote"_s << true << u"ssh://me@build"_s << false;
        QTest::newRow("no docker endpoint") << u"kube"_s << false << QString() << false;
    }

    void endpoints()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        QFETCH(bool, verify);
        const Result<DockerContext> ctx = DockerContexts::find(options(), name);
        QVERIFY(ctx);
        const Result<Endpoint> ep = ctx->endpoint();
        QCOMPARE(bool(ep), ok);
        if (!ok) {
            QVERIFY(ep.error().userMessage.contains(name));
            return;
        }
        QCOMPARE(ep->toString(), address);
        if (ep->transport == Endpoint::Transport::Tls) {
            QCOMPARE(ep->verifyPeer, verify);
            QCOMPARE(ep->caFile, ctx->caFile);
            QCOMPARE(ep->certFile, ctx->certFile);
        }
    }

    void precedence_data()
    {
        QTest::addColumn<QString>("contextOption");
        QTest::addColumn<QString>("hostOption");
        QTest::addColumn<QString>("dockerHost");
        QTest::addColumn<QString>("dockerContext");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("source");
        using S = EngineChoice::Source;
        QTest::newRow("nothing: default") << "" << "" << "" << "" << "" << "default" << int(S::Default);
        QTest::newRow("config.json") << "" << "" << "" << "" << "zeta" << "zeta" << int(S::ConfigFile);
        QTest::newRow("DOCKER_CONTEXT over config.json") << "" << "" << "" << "alpha" << "zeta" << "alpha" << int(S::DockerContext);
        QTest::newRow("DOCKER_HOST over DOCKER_CONTEXT") << "" << "" << "tcp://x:1" << "alpha" << "zeta" << "default" << int(S::DockerHost);
        QTest::newRow("--host over DOCKER_HOST") << "" << "unix:///h.sock" << "tcp://x:1" << "alpha" << "zeta" << "default"
                                                 << int(S::HostOption);
        QTest::newRow("--context over everything") << "Beta2" << "" << "tcp://x:1" << "alpha" << "zeta" << "Beta2"
                                                   << int(S::ContextOption);
    }

    void precedence()
    {
        QFETCH(QString, contextOption);
        QFETCH(QString, hostOption);
        QFETCH(QString, dockerHost);
        QFETCH(QString, dockerContext);
        QFETCH(QString, current);
        QFETCH(QString, name);
        QFETCH(int, source);
        setCurrent(current);
        QMap<QString, QString> vars;
        if (!dockerHost.isEmpty())
            vars.insert(u"DOCKER_HOST"_s, dockerHost);
        if (!dockerContext.isEmpty())
            vars.insert(u"DOCKER_CONTEXT"_s, dockerContext);
        DockerContexts::Options o = options(vars);
        o.contextOption = contextOption;
        o.hostOption = hostOption;
        const EngineChoice choice = DockerContexts::resolve(o);
        QCOMPARE(choice.contextName, name);
        QCOMPARE(int(choice.source), source);
        QVERIFY(choice.endpoint);
        if (source == int(EngineChoice::Source::HostOption))
            QCOMPARE(choice.endpoint->toString(), hostOption);
        if (source == int(EngineChoice::Source::DockerHost))
            QCOMPARE(choice.endpoint->toString(), u"tcp://x:1"_s);
        QVERIFY(!choice.reason().isEmpty());
        QFile::remove(config() + u"/config.json"_s);
    }

    void hostAndContextOptionsConflict()
    {
        DockerContexts::Options o = options();
        o.hostOption = u"unix:///h.sock"_s;
        o.contextOption = u"zeta"_s;
        const EngineChoice choice = DockerContexts::resolve(o);
        QVERIFY(!choice.endpoint);
        QVERIFY(choice.endpoint.error().userMessage.contains(u"cannot be used together"_s));
    }

    void aMissingContextIsNamedWithWhatChoseIt()
    {
        const EngineChoice choice = DockerContexts::resolve(options({{u"DOCKER_CONTEXT"_s, u"nope"_s}}));
        QVERIFY(!choice.endpoint);
        const QString message = choice.endpoint.error().userMessage;
        QVERIFY2(message.contains(u"\"nope\""_s) && message.contains(u"DOCKER_CONTEXT"_s) && message.contains(u"docker context ls"_s),
                 qPrintable(message));
        // And `docker context ls` shows it, current, with its error.
        bool listed = false;
        for (const DockerContext &c : DockerContexts::list(options({{u"DOCKER_CONTEXT"_s, u"nope"_s}}))) {
            if (c.name == u"nope"_s) {
                listed = true;
                QVERIFY(c.current);
                QVERIFY(!c.error.isEmpty());
            }
        }
        QVERIFY(listed);
    }

    void anUnreadableConfigIsIgnoredWithAWarning()
    {
        writeFile(config() + u"/config.json"_s, "{\"currentContext\": ");
        const EngineChoice choice = DockerContexts::resolve(options());
        QCOMPARE(choice.contextName, u"default"_s);
        QCOMPARE(choice.warnings.size(), 1);
        QVERIFY2(choice.warnings.first().contains(u"config.json"_s), qPrintable(choice.warnings.first()));
        QFile::remove(config() + u"/config.json"_s);
    }

    void defaultContextTlsFromTheEnvironment()
    {
        // DOCKER_TLS_VERIFY with DOCKER_CERT_PATH: TLS with that folder's material.
        const QString certs = m_dir.filePath(u"certs"_s);
        writeFile(certs + u"/ca.pem"_s, "PEM");
        writeFile(certs + u"/cert.pem"_s, "PEM");
        writeFile(certs + u"/key.pem"_s, "PEM");
        EngineChoice c = DockerContexts::resolve(
            options({{u"DOCKER_HOST"_s, u"tcp://e:2376"_s}, {u"DOCKER_TLS_VERIFY"_s, u"1"_s}, {u"DOCKER_CERT_PATH"_s, certs}}));
        QVERIFY(c.endpoint);
        QCOMPARE(c.endpoint->transport, Endpoint::Transport::Tls);
        QVERIFY(c.endpoint->verifyPeer);
        QCOMPARE(c.endpoint->caFile, certs + u"/ca.pem"_s);
        // Without a cert path, the config folder's material (the CLI's default).
        writeFile(config() + u"/ca.pem"_s, "PEM");
        c = DockerContexts::resolve(options({{u"DOCKER_HOST"_s, u"tcp://e:2376"_s}, {u"DOCKER_TLS_VERIFY"_s, u"1"_s}}));
        QCOMPARE(c.endpoint->caFile, config() + u"/ca.pem"_s);
        QFile::remove(config() + u"/ca.pem"_s);
        // DOCKER_TLS alone: TLS without verifying the engine.
        c = DockerContexts::resolve(options({{u"DOCKER_HOST"_s, u"tcp://e"_s}, {u"DOCKER_TLS"_s, u"1"_s}}));
        QCOMPARE(c.endpoint->transport, Endpoint::Transport::Tls);
        QVERIFY(!c.endpoint->verifyPeer);
        QCOMPARE(c.endpoint->port, quint16(2376));
        // Asked for TLS without any material: still TLS, the system's CAs.
        c = DockerContexts::resolve(options({{u"DOCKER_HOST"_s, u"tcp://e"_s}, {u"DOCKER_TLS_VERIFY"_s, u"1"_s}}));
        QCOMPARE(c.endpoint->transport, Endpoint::Transport::Tls);
        QVERIFY(c.endpoint->caFile.isEmpty());
    }

    void podmanWhenThereIsNoDockerSocket()
    {
        const QString root = m_dir.filePath(u"root"_s);
        const QString runtime = m_dir.filePath(u"runtime"_s);
        QMap<QString, QString> vars{{u"XDG_RUNTIME_DIR"_s, runtime}};
        // Nothing at all: the default socket, whose absence the engine reports.
        EngineChoice c = DockerContexts::resolve(options(vars));
        QCOMPARE(c.source, EngineChoice::Source::Default);
        QCOMPARE(c.endpoint->path, QString::fromLatin1(Endpoint::defaultSocket));
        QVERIFY(DockerContexts::localSockets(options(vars)).isEmpty());

        writeFile(runtime + u"/podman/podman.sock"_s, {});
        c = DockerContexts::resolve(options(vars));
        QCOMPARE(c.source, EngineChoice::Source::PodmanSocket);
        QCOMPARE(c.endpoint->path, runtime + u"/podman/podman.sock"_s);

        writeFile(root + u"/run/podman/podman.sock"_s, {});
        c = DockerContexts::resolve(options(vars));
        QCOMPARE(c.endpoint->path, root + u"/run/podman/podman.sock"_s); // rootful before rootless
        QCOMPARE(DockerContexts::localSockets(options(vars)).size(), 2);

        // Docker's socket there: the default, as the CLI.
        writeFile(root + u"/var/run/docker.sock"_s, {});
        c = DockerContexts::resolve(options(vars));
        QCOMPARE(c.source, EngineChoice::Source::Default);
        QCOMPARE(DockerContexts::localSockets(options(vars)).first().kind, LocalSocket::Kind::Docker);
        // A choice, even of the default context by DOCKER_HOST, is never overridden.
        QFile::remove(root + u"/var/run/docker.sock"_s);
        c = DockerContexts::resolve(options({{u"XDG_RUNTIME_DIR"_s, runtime}, {u"DOCKER_HOST"_s, u"unix:///var/run/docker.sock"_s}}));
        QCOMPARE(c.source, EngineChoice::Source::DockerHost);
        QCOMPARE(c.endpoint->path, u"/var/run/docker.sock"_s);
    }
};

QTEST_GUILESS_MAIN(TestDockerContexts)
#include "tst_dockercontexts.moc"
