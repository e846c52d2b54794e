// Compose: the configuration the CLI prints, its progress lines, its errors mapped to
// the file's lines, merged logs, and the services model. The texts are recorded from
// docker compose 2.26.1 against dockerd 26.
#include "composecommand.h"
#include "composeproject.h"
#include "composeservicesmodel.h"
#include "endpoint.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestComposeParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void config()
    {
        const QByteArray json = R"({
  "name": "shop",
  "networks": {"default": {"name": "shop_default", "ipam": {}}},
  "services": {
    "web": {
      "command": ["sh", "-c", "echo web says hi; sleep 300"],
      "entrypoint": null,
      "image": "cais-test/shell:1",
      "ports": [{"mode": "ingress", "host_ip": "127.0.0.1", "target": 80, "published": "8080", "protocol": "tcp"}]
    },
    "worker": {
      "build": {"context": "/src/shop/worker", "dockerfile": "Dockerfile"},
      "command": null,
      "depends_on": {"web": {"condition": "service_started", "required": true}},
      "entrypoint": null
    }
  },
  "volumes": {"data": {"name": "shop_data"}, "shared": {"name": "shared", "external": true}, "cache": {}}
})";
        const Result<ComposeProject> p = ComposeProject::fromConfigJson(json);
        QVERIFY(p);
        QCOMPARE(p->name, u"shop"_s);
        QCOMPARE(p->serviceNames(), (QStringList{u"web"_s, u"worker"_s}));
        const ComposeService *web = p->service(u"web"_s);
        QVERIFY(web);
        QCOMPARE(web->image, u"cais-test/shell:1"_s);
        QCOMPARE(web->command, (QStringList{u"sh"_s, u"-c"_s, u"echo web says hi; sleep 300"_s}));
        QCOMPARE(web->ports.size(), 1);
        QCOMPARE(web->ports.constFirst(), (ComposePort{u"127.0.0.1"_s, 80, u"8080"_s, u"tcp"_s}));
        const ComposeService *worker = p->service(u"worker"_s);
        QVERIFY(worker);
        QVERIFY(worker->image.isEmpty());
        QCOMPARE(worker->buildContext, u"/src/shop/worker"_s);
        QCOMPARE(worker->dependsOn.value(u"web"_s), u"service_started"_s);
        QCOMPARE(p->networks, QStringList{u"shop_default"_s});
        QCOMPARE(p->volumes, (QStringList{u"shop_cache"_s, u"shop_data"_s})); // not the external one

        QVERIFY(!ComposeProject::fromConfigJson("validating: nope"));
    }

    void targetFromLabels()
    {
        const QMap<QString, QString> labels{
            {u"com.docker.compose.project"_s, u"shop"_s},
            {u"com.docker.compose.project.config_files"_s, u"/src/shop/compose.yaml,/src/shop/compose.override.yaml"_s},
            {u"com.docker.compose.project.working_dir"_s, u"/src/shop"_s},
            {u"com.docker.compose.service"_s, u"web"_s},
        };
        const ComposeTarget t = ComposeTarget::fromLabels(labels);
        QVERIFY(t.isValid());
        QCOMPARE(t.project, u"shop"_s);
        QCOMPARE(t.files, (QStringList{u"/src/shop/compose.yaml"_s, u"/src/shop/compose.override.yaml"_s}));
        QCOMPARE(t.workingDir, u"/src/shop"_s);
        QVERIFY(!ComposeTarget::fromLabels({{u"com.docker.compose.project"_s, u"x"_s}}).isValid());

        QCOMPARE(ComposeCommand::arguments(ComposeCommand::Verb::Up, t),
                 (QStringList{u"compose"_s, u"-f"_s, u"/src/shop/compose.yaml"_s, u"-f"_s, u"/src/shop/compose.override.yaml"_s, u"-p"_s,
                              u"shop"_s, u"--project-directory"_s, u"/src/shop"_s, u"--progress"_s, u"plain"_s, u"--ansi"_s, u"never"_s,
                              u"up"_s, u"-d"_s}));
        ComposeCommand::Options o;
        o.removeVolumes = true;
        QCOMPARE(ComposeCommand::arguments(ComposeCommand::Verb::Down, t, o).last(2), (QStringList{u"down"_s, u"-v"_s}));
        QCOMPARE(ComposeCommand::arguments(ComposeCommand::Verb::Logs, t).last(5),
                 (QStringList{u"logs"_s, u"-t"_s, u"--no-color"_s, u"--tail"_s, u"20000"_s}));
    }

    void cliEnvironment()
    {
        QProcessEnvironment base;
        base.insert(u"DOCKER_CONTEXT"_s, u"remote"_s);
        base.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
        base.insert(u"BUILDX_BUILDER"_s, u"b"_s);
        base.insert(u"PATH"_s, u"/usr/bin"_s);
        Endpoint unix;
        unix.path = u"/run/e.sock"_s;
        QProcessEnvironment env = unix.cliEnvironment(base);
        QCOMPARE(env.value(u"DOCKER_HOST"_s), u"unix:///run/e.sock"_s);
        QVERIFY(!env.contains(u"DOCKER_CONTEXT"_s));
        QVERIFY(!env.contains(u"DOCKER_TLS_VERIFY"_s));
        QCOMPARE(env.value(u"BUILDX_BUILDER"_s), u"b"_s);
        QCOMPARE(env.value(u"PATH"_s), u"/usr/bin"_s);
        QVERIFY(!unix.cliEnvironment(base, {u"BUILDX_BUILDER"_s}).contains(u"BUILDX_BUILDER"_s));
        Endpoint tls;
        tls.transport = Endpoint::Transport::Tls;
        tls.host = u"::1"_s;
        tls.port = 2376;
        tls.certFile = u"/certs/cert.pem"_s;
        env = tls.cliEnvironment(base);
        QCOMPARE(env.value(u"DOCKER_HOST"_s), u"tcp://[::1]:2376"_s);
        QCOMPARE(env.value(u"DOCKER_TLS_VERIFY"_s), u"1"_s);
        QCOMPARE(env.value(u"DOCKER_CERT_PATH"_s), u"/certs"_s);
    }

    void serviceLines()
    {
        const QString text = u"# a shop\n"
                             "name: shop\n"
                             "services:\n"
                             "  web:\n"
                             "    image: cais-test/shell:1\n"
                             "    ports:\n"
                             "      - \"8080:80\"\n"
                             "\n"
                             "  \"worker\":\n"
                             "    # the queue\n"
                             "    imagee: cais-test/shell:1\n"
                             "    depends_on: [db]\n"
                             "volumes:\n"
                             "  web:\n"_s;
        QCOMPARE(ComposeYaml::serviceLine(text, u"web"_s), 4);
        QCOMPARE(ComposeYaml::serviceLine(text, u"worker"_s), 9);
        QCOMPARE(ComposeYaml::serviceLine(text, u"db"_s), 0);
        QCOMPARE(ComposeYaml::serviceKeyLine(text, u"worker"_s, u"imagee"_s), 11);
        QCOMPARE(ComposeYaml::serviceKeyLine(text, u"worker"_s, u"depends_on"_s), 12);
        QCOMPARE(ComposeYaml::serviceKeyLine(text, u"web"_s, u"ports"_s), 6);
        // A key the service lacks: the service's own line.
        QCOMPARE(ComposeYaml::serviceKeyLine(text, u"web"_s, u"command"_s), 4);
        QCOMPARE(ComposeYaml::lineContaining(text, u"8080"_s), 7);
    }

    void progressLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("status");
        const auto K = [](ComposeLine::Kind k) { return int(k); };
        QTest::newRow("creating") << u" Container cx1-web-1  Creating"_s << K(ComposeLine::Kind::Container) << u"cx1-web-1"_s << u"web"_s << u"Creating"_s;
        QTest::newRow("started") << u" Container cx1-worker-1  Started"_s << K(ComposeLine::Kind::Container) << u"cx1-worker-1"_s << u"worker"_s
                                 << u"Started"_s;
        QTest::newRow("cleared") << u"\x1b[2K Container cx1-web-1  Stopped"_s << K(ComposeLine::Kind::Container) << u"cx1-web-1"_s << u"web"_s
                                 << u"Stopped"_s;
        QTest::newRow("dashed service") << u" Container cx1-my-api-2  Running"_s << K(ComposeLine::Kind::Container) << u"cx1-my-api-2"_s
                                        << u"my-api"_s << u"Running"_s;
        QTest::newRow("network") << u" Network cx2_default  Creating"_s << K(ComposeLine::Kind::Network) << u"cx2_default"_s << QString()
                                 << u"Creating"_s;
        QTest::newRow("pulling") << u" web Pulling "_s << K(ComposeLine::Kind::Service) << u"web"_s << u"web"_s << u"Pulling"_s;
        QTest::newRow("skipped") << u" local Skipped - No image to be pulled"_s << K(ComposeLine::Kind::Service) << u"local"_s << u"local"_s
                                 << u"Skipped - No image to be pulled"_s;
        QTest::newRow("other") << u"WARNING: Some service image(s) must be built from source"_s << K(ComposeLine::Kind::Other) << QString()
                               << QString() << QString();
        QTest::newRow("foreign container") << u" Container someone-else  Started"_s << K(ComposeLine::Kind::Container) << u"someone-else"_s
                                           << QString() << u"Started"_s;
    }

    void progressLines()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(QString, object);
        QFETCH(QString, service);
        QFETCH(QString, status);
        const QStringList services{u"web"_s, u"worker"_s, u"local"_s, u"my-api"_s};
        const ComposeLine l = ComposeOutput::parseLine(line, line.contains(u"cx2"_s) ? u"cx2"_s : u"cx1"_s, services);
        QCOMPARE(int(l.kind), kind);
        QCOMPARE(l.object, object);
        QCOMPARE(l.service, service);
        QCOMPARE(l.status, status);
        QVERIFY(!l.text.contains(QChar(0x1b)));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown key") << u"services:\n  web:\n    imagee: cais-test/shell:1\n"_s
                                     << u"validating /src/e1/compose.yaml: services.web Additional property imagee is not allowed\n"_s << 15 << 3
                                     << u"\"imagee\""_s;
        // The CLI names the line before the one at fault.
        QTest::newRow("yaml") << u"services:\n  web:\n    image: x\n    command: [a, b\n  other:\n    image: y\n"_s
                              << u"yaml: line 3: did not find expected ',' or ']'\n"_s << 15 << 4 << u"not valid YAML"_s;
        QTest::newRow("yaml tab") << u"services:\n  web:\n    image: x\n\tcommand: a\n"_s
                                  << u"yaml: line 3: found a tab character that violates indentation\n"_s << 15 << 4 << u"tab character"_s;
        QTest::newRow("duplicate key") << u"services:\n  web:\n    image: x\n  web:\n    image: y\n"_s
                                       << u"yaml: unmarshal errors:\n  line 4: mapping key \"web\" already defined at line 2\n"_s << 15 << 4
                                       << u"already defined"_s;
        QTest::newRow("undefined dependency") << u"services:\n  web:\n    image: cais-test/shell:1\n    depends_on:\n      - db\n"_s
                                              << u"service \"web\" depends on undefined service \"db\": invalid compose project\n"_s << 15 << 5
                                              << u"\"db\""_s;
        QTest::newRow("port") << u"services:\n  web:\n    image: cais-test/shell:1\n    ports: [\"abc:def\"]\n"_s
                              << u"Invalid containerPort: def\n"_s << 15 << 4 << u"\"def\""_s;
        QTest::newRow("build path") << u"services:\n  web:\n    build: ./nothere\n"_s
                                    << u"unable to prepare context: path \"/src/e5/nothere\" not found\n"_s << 17 << 3 << u"/src/e5/nothere"_s;
        QTest::newRow("no plugin") << u""_s << u"docker: 'compose' is not a docker command.\nSee 'docker --help'\n"_s << 1 << 0
                                   << u"not installed"_s;
        QTest::newRow("after progress") << u"services:\n  web:\n    image: nope\n"_s
                                        << u" web Pulling \n web Error \nError response from daemon: pull access denied for nope\n"_s << 18 << 0
                                        << u"pulled"_s;
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(int, line);
        QFETCH(QString, words);
        const ComposeError e = ComposeError::explain(output, exitCode, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        if (line > 0)
            QVERIFY2(e.message.startsWith(u"Line %1"_s.arg(line)), qPrintable(e.message));
    }

    void mergedLogs()
    {
        // Recorded: the CLI prints each container's lines in a block, not in time order,
        // and clears lines with ESC[2K even with --no-color.
        const QString output = u"\x1b[2Kworker-1  | 2026-12-03T07:27:11.750370512Z worker here\n"
                               "\x1b[2Kworker-1  | 2026-12-03T07:27:13.1Z worker again\n"
                               "\x1b[2Kweb-1     | 2026-12-03T07:27:11.007960971Z web says hi\n"
                               "web-1     | 2026-12-03T07:27:12.75Z web again\n"
                               "web-1     | 2026-12-03T07:27:13.100000001Z web last\n"
                               "not a log line\n"_s;
        const QList<ComposeLogLine> lines = ComposeLogs::parse(output);
        QStringList texts;
        for (const ComposeLogLine &l : lines)
            texts << l.text;
        QCOMPARE(texts, (QStringList{u"web says hi"_s, u"worker here"_s, u"web again"_s, u"worker again"_s, u"web last"_s}));
        QCOMPARE(lines.constFirst().service, u"web"_s);
        QCOMPARE(lines.constFirst().container, u"web-1"_s);
        QCOMPARE(lines.constFirst().time, QDateTime(QDate(2026, 12, 3), QTime(7, 27, 11, 7), QTimeZone::UTC));
    }

    void mergedLogsAtScale()
    {
        // 4 containers x 25,000 lines, each container's block in order as the CLI prints them.
        QString output;
        const QDateTime start(QDate(2026, 12, 3), QTime(7, 0), QTimeZone::UTC);
        for (int c = 0; c < 4; ++c) {
            for (int i = 0; i < 25000; ++i) {
                const QDateTime t = start.addMSecs(qint64(i) * 4 + c);
                output += u"svc%1-1  | %2 line %3\n"_s.arg(c).arg(t.toString(Qt::ISODateWithMs)).arg(i);
            }
        }
        QElapsedTimer timer;
        timer.start();
        const QList<ComposeLogLine> lines = ComposeLogs::parse(output);
        qInfo("merged 100,000 log lines of 4 containers in %lld ms", qint64(timer.elapsed()));
        QCOMPARE(lines.size(), 100000);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i - 1).time <= lines.at(i).time);
        QCOMPARE(lines.at(1).container, u"svc1-1"_s);
        QCOMPARE(lines.at(4).text, u"line 1"_s);
    }

    void servicesModel()
    {
        ComposeServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // All
        ComposeProject p;
        p.name = u"cx1"_s;
        p.services = {ComposeService{u"web"_s, u"cais-test/shell:1"_s, {}, {}, {}, {}},
                      ComposeService{u"worker"_s, {}, u"/src/w"_s, {}, {}, {}}};
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setProject(p);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.services(), (QStringList{u"web"_s, u"worker"_s}));
        QCOMPARE(model.index(2, ComposeServicesModel::ImageColumn).data().toString(), u"built from /src/w"_s);

        const QStringList services = model.services();
        for (const QString &raw : {u" Container cx1-web-1  Creating"_s, u" Container cx1-web-1  Created"_s, u" Container cx1-worker-1  Created"_s,
                                   u" Network cx1_default  Created"_s, u" Container cx1-web-1  Started"_s})
            model.addLine(ComposeOutput::parseLine(raw, u"cx1"_s, services));
        QCOMPARE(model.linesOf(QString()).size(), 5);
        QCOMPARE(model.linesOf(u"web"_s),
                 (QStringList{u"Container cx1-web-1  Creating"_s, u"Container cx1-web-1  Created"_s, u"Container cx1-web-1  Started"_s}));
        QCOMPARE(model.index(1, ComposeServicesModel::StatusColumn).data().toString(), u"Started"_s);
        QCOMPARE(model.index(2, ComposeServicesModel::StatusColumn).data().toString(), u"Created"_s);

        // A reloaded file keeps the rows it still has: a merge, not a reset.
        QPersistentModelIndex web(model.index(1, 0));
        p.services.removeLast();
        p.services << ComposeService{u"cache"_s, u"cais-test/shell:1"_s, {}, {}, {}, {}};
        model.setProject(p);
        QCOMPARE(model.services(), (QStringList{u"web"_s, u"cache"_s}));
        QVERIFY(web.isValid());
        QCOMPARE(web.data().toString(), u"web"_s);
        QCOMPARE(model.index(1, ComposeServicesModel::StatusColumn).data().toString(), u"Started"_s);
        QCOMPARE(reset.count(), 0);

        model.clearOutput();
        QVERIFY(model.linesOf(u"web"_s).isEmpty());
        QVERIFY(model.index(1, ComposeServicesModel::StatusColumn).data().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComposeParse)
#include "tst_composeparse.moc"
