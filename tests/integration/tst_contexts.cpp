// Engine discovery against the real docker CLI: contexts made by `docker context
// create` in a config folder of the test's own (DOCKER_CONFIG), then what Cais reads
// compared with what `docker context ls`, `show` and `inspect` print, for every way
// of choosing (--context, -H, DOCKER_HOST, DOCKER_CONTEXT, `docker context use`).
// Last, a context that points at the test engine: Cais connects through it.
#include "dockercontexts.h"
#include "engine.h"
#include "testengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString config() const { return m_dir.filePath(u"docker"_s); }

    QProcessEnvironment env(const QMap<QString, QString> &vars = {}) const
    {
        QProcessEnvironment e;
        const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
        for (const char *keep : {"PATH", "LANG", "TMPDIR"})
            if (sys.contains(QLatin1String(keep)))
                e.insert(QLatin1String(keep), sys.value(QLatin1String(keep)));
        e.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        e.insert(u"DOCKER_CONFIG"_s, config());
        e.insert(u"DOCKER_CLI_HINTS"_s, u"false"_s);
        for (auto it = vars.begin(); it != vars.end(); ++it)
            e.insert(it.key(), it.value());
        return e;
    }

    // The CLI with this test's config folder; stdout, or a failed test.
    QByteArray cli(const QStringList &args, const QMap<QString, QString> &vars = {}, bool *ok = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env(vars));
        p.start(u"docker"_s, args);
        const bool finished = p.waitForFinished(60000);
        const bool good = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (ok)
            *ok = good;
        else if (!good)
            qWarning().noquote() << "docker" << args.join(u' ') << "failed:" << p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    DockerContexts::Options options(const QMap<QString, QString> &vars = {}) const
    {
        DockerContexts::Options o;
        o.env = env(vars);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        const QString certs = QStringLiteral(CAIS_TEST_DATA_DIR "/certs/");
        bool ok = false;
        cli({u"context"_s, u"create"_s, u"zeta"_s, u"--description"_s, u"TLS, verified"_s, u"--docker"_s,
             u"host=tcp://127.0.0.1:9,ca=%1ca.pem,cert=%1cert.pem,key=%1key.pem"_s.arg(certs)},
            {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"alpha"_s, u"--docker"_s, u"host=unix:///nowhere.sock,skip-tls-verify=true"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"Beta10"_s, u"--docker"_s, u"host=tcp://h:1"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"build-server"_s, u"--docker"_s, u"host=ssh://builder@build.example:2222"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"Beta2"_s, u"--docker"_s, u"host=tcp://h"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"insecure"_s, u"--docker"_s, u"host=tcp://h,skip-tls-verify=true"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"remote"_s, u"--docker"_s, u"host=ssh://me@127.0.0.1"_s}, {}, &ok);
        QVERIFY(ok);
        cli({u"context"_s, u"create"_s, u"engine"_s, u"--description"_s, u"the test engine"_s, u"--docker"_s,
             u"host="_s + TestEngine::dockerHost()},
            {}, &ok);
        QVERIFY(ok);
    }

    void listIsTheCliList_data()
    {
        QTest::addColumn<QString>("dockerContext");
        QTest::addColumn<QString>("dockerHost");
        QTest::addColumn<QString>("use");
        QTest::newRow("nothing chosen") << "" << "" << "";
        QTest::newRow("docker context use") << "" << "" << "zeta";
        QTest::newRow("DOCKER_CONTEXT") << "alpha" << "" << "zeta";
        QTest::newRow("DOCKER_CONTEXT of no context") << "nope" << "" << "";
        QTest::newRow("DOCKER_HOST") << "alpha" << "tcp://10.1.2.3:5" << "zeta";
    }

    void listIsTheCliList()
    {
        QFETCH(QString, dockerContext);
        QFETCH(QString, dockerHost);
        QFETCH(QString, use);
        cli({u"context"_s, u"use"_s, use.isEmpty() ? u"default"_s : use});
        QMap<QString, QString> vars;
        if (!dockerContext.isEmpty())
            vars.insert(u"DOCKER_CONTEXT"_s, dockerContext);
        if (!dockerHost.isEmpty())
            vars.insert(u"DOCKER_HOST"_s, dockerHost);

        const QList<QByteArray> lines = cli({u"context"_s, u"ls"_s, u"--format"_s, u"{{json .}}"_s}, vars).trimmed().split('\n');
        const QList<DockerContext> ours = DockerContexts::list(options(vars));
        QCOMPARE(ours.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject want = QJsonDocument::fromJson(lines.at(i)).object();
            const DockerContext &got = ours.at(i);
            const QString where = u"row %1 (%2)"_s.arg(i).arg(QString::fromUtf8(lines.at(i)));
            QVERIFY2(got.name == want.value(u"Name"_s).toString(), qPrintable(where + u": "_s + got.name));
            QVERIFY2(got.current == want.value(u"Current"_s).toBool(), qPrintable(where));
            QVERIFY2(got.error.isEmpty() == want.value(u"Error"_s).toString().isEmpty(), qPrintable(where + u": "_s + got.error));
            if (!got.isDefault) {
                QVERIFY2(got.host == want.value(u"DockerEndpoint"_s).toString(), qPrintable(where + u": "_s + got.host));
                QVERIFY2(got.description == want.value(u"Description"_s).toString(), qPrintable(where));
            } else {
                // The CLI shows DOCKER_HOST, else the default socket.
                const QString shown = got.host.isEmpty() ? u"unix:///var/run/docker.sock"_s : got.host;
                QVERIFY2(shown == want.value(u"DockerEndpoint"_s).toString(), qPrintable(where + u": "_s + shown));
            }
        }
        cli({u"context"_s, u"use"_s, u"default"_s});
    }

    void currentIsTheCliCurrent_data()
    {
        QTest::addColumn<QString>("contextOption");
        QTest::addColumn<QString>("hostOption");
        QTest::addColumn<QString>("dockerHost");
        QTest::addColumn<QString>("dockerContext");
        QTest::addColumn<QString>("use");
        QTest::newRow("nothing") << "" << "" << "" << "" << "";
        QTest::newRow("use") << "" << "" << "" << "" << "zeta";
        QTest::newRow("DOCKER_CONTEXT over use") << "" << "" << "" << "alpha" << "zeta";
        QTest::newRow("DOCKER_HOST over DOCKER_CONTEXT") << "" << "" << "tcp://10.1.2.3:5" << "alpha" << "zeta";
        QTest::newRow("-H over all") << "" << "unix:///x.sock" << "tcp://10.1.2.3:5" << "alpha" << "zeta";
        QTest::newRow("--context over all") << "Beta2" << "" << "tcp://10.1.2.3:5" << "alpha" << "zeta";
    }

    void currentIsTheCliCurrent()
    {
        QFETCH(QString, contextOption);
        QFETCH(QString, hostOption);
        QFETCH(QString, dockerHost);
        QFETCH(QString, dockerContext);
        QFETCH(QString, use);
        cli({u"context"_s, u"use"_s, use.isEmpty() ? u"default"_s : use});
        QMap<QString, QString> vars;
        if (!dockerContext.isEmpty())
            vars.insert(u"DOCKER_CONTEXT"_s, dockerContext);
        if (!dockerHost.isEmpty())
            vars.insert(u"DOCKER_HOST"_s, dockerHost);
        QStringList args;
        if (!contextOption.isEmpty())
            args << u"--context"_s << contextOption;
        if (!hostOption.isEmpty())
            args << u"-H"_s << hostOption;
        args << u"context"_s << u"show"_s;
        const QString shown = QString::fromUtf8(cli(args, vars).trimmed());
        DockerContexts::Options o = options(vars);
        o.contextOption = contextOption;
        o.hostOption = hostOption;
        const EngineChoice choice = DockerContexts::resolve(o);
        QCOMPARE(choice.contextName, shown);
        QVERIFY(choice.endpoint);
        cli({u"context"_s, u"use"_s, u"default"_s});
    }

    void inspectMatches_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"zeta", "alpha", "Beta2", "insecure", "engine"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void inspectMatches()
    {
        QFETCH(QString, name);
        const QJsonObject want = QJsonDocument::fromJson(cli({u"context"_s, u"inspect"_s, name})).array().first().toObject();
        const Result<DockerContext> got = DockerContexts::find(options(), name);
        QVERIFY(got);
        const QJsonObject docker = want.value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject();
        QCOMPARE(got->host, docker.value(u"Host"_s).toString());
        QCOMPARE(got->skipTlsVerify, docker.value(u"SkipTLSVerify"_s).toBool());
        QCOMPARE(QFileInfo(got->metaFile).absolutePath(), want.value(u"Storage"_s).toObject().value(u"MetadataPath"_s).toString());
        // The TLS material the CLI stored, file by file, and Cais reads the same files.
        QStringList material;
        for (const QJsonValue &v : want.value(u"TLSMaterial"_s).toObject().value(u"docker"_s).toArray())
            material << v.toString();
        QStringList ours;
        if (!got->caFile.isEmpty())
            ours << u"ca.pem"_s;
        if (!got->certFile.isEmpty())
            ours << u"cert.pem"_s;
        if (!got->keyFile.isEmpty())
            ours << u"key.pem"_s;
        material.sort();
        ours.sort();
        QCOMPARE(ours, material);
        if (!got->caFile.isEmpty()) {
            QFile stored(got->caFile), original(QStringLiteral(CAIS_TEST_DATA_DIR "/certs/ca.pem"));
            QVERIFY(stored.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
            QCOMPARE(stored.readAll(), original.readAll());
            const Result<Endpoint> ep = got->endpoint();
            QVERIFY(ep);
            QCOMPARE(ep->transport, Endpoint::Transport::Tls);
            QCOMPARE(ep->caFile, got->caFile);
        }
    }

    void connectsThroughAContext()
    {
        const EngineChoice choice = DockerContexts::resolve(options({{u"DOCKER_CONTEXT"_s, u"engine"_s}}));
        QCOMPARE(choice.source, EngineChoice::Source::DockerContext);
        QVERIFY(choice.endpoint);
        QCOMPARE(choice.endpoint->toString(), TestEngine::dockerHost());
        Engine engine(*choice.endpoint);
        engine.setContextName(choice.contextName);
        engine.setWatchEvents(false);
        engine.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 30000);
        // The same engine the CLI reaches through the same context.
        const QString cliName = QString::fromUtf8(cli({u"--context"_s, u"engine"_s, u"info"_s, u"--format"_s, u"{{.Name}}"_s}).trimmed());
        QVERIFY(!cliName.isEmpty());
        QCOMPARE(engine.info().name, cliName);
        QVERIFY(engine.displayAddress().contains(u"engine"_s));
    }
};

QTEST_GUILESS_MAIN(TestContexts)
#include "tst_contexts.moc"
