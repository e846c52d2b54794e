// Compose files through the real `docker compose` on the real dockerd the fixture
// started: a project comes up and down with the CLI seeing the same containers Cais
// lists in its group, the output is filed per service, a bad file points at its line,
// the merged logs are in time order across services, and a pull from the fixture's
// registry. Only the fixture's images: nothing leaves the machine.
#include "compose/composepage.h"
#include "composeservicesmodel.h"
#include "containers/containerspage.h"
#include "containersmodel.h"
#include "engine.h"
#include "mainwindow.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSet>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QString composeUnique(const QString &base)
{
    static int n = 0;
    return u"%1-%2-%3"_s.arg(base).arg(QCoreApplication::applicationPid()).arg(++n);
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

/// The container names `docker compose -p NAME ps -a` lists (the CLI's own view).
QSet<QString> cliContainers(const QString &project)
{
    // A poll: while `down` runs, `compose ps` may list a container and find it gone when
    // it asks for its details ("No such container"): that answer is only retried.
    QByteArray out, err;
    if (!TestEngine::docker({u"compose"_s, u"-p"_s, project, u"ps"_s, u"-a"_s, u"--format"_s, u"json"_s}, &out, &err))
        return {u"<docker compose ps failed: "_s + QString::fromUtf8(err.trimmed()) + u">"_s};
    QSet<QString> names;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            names.insert(o.value("Name"_L1).toString());
    }
    return names;
}

/// The container names in the project's group of the container list.
QSet<QString> listedContainers(const ContainersModel &model, const QString &project)
{
    QSet<QString> names;
    const QModelIndex group = model.indexOfProject(project);
    for (int r = 0; group.isValid() && r < model.rowCount(group); ++r)
        names.insert(model.index(r, 0, group).data(ContainersModel::NameRole).toString());
    return names;
}

bool waitFinished(QSignalSpy &spy, int ms = 120000)
{
    return spy.count() > 0 || spy.wait(ms);
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QTemporaryDir m_dir;
    QTemporaryDir m_config; // an empty docker config: the user's own is not used
    QStringList m_projects;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// Writes `text` as DIR/name/compose.yaml and returns its path.
    QString composeFile(const QString &name, const QString &text)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + u"/compose.yaml"_s);
        return writeText(path, text) ? path : QString();
    }

    /// Runs `verb` on the page and waits for its end; the page's message on failure.
    bool runOn(ComposePage &page, ComposePage::Action action, QString *message = nullptr)
    {
        QSignalSpy done(&page, &ComposePage::commandFinished);
        page.trigger(action);
        if (!waitFinished(done)) {
            if (message)
                *message = u"docker compose did not finish in time"_s;
            return false;
        }
        if (message)
            *message = done.constLast().at(2).toString();
        return done.constLast().at(1).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_config.isValid());
        qputenv("DOCKER_CONFIG", QFile::encodeName(m_config.path()));
        connected();
    }

    void cleanupTestCase()
    {
        // Also after a failure: nothing of ours stays on the shared engine.
        for (const QString &p : std::as_const(m_projects))
            TestEngine::docker({u"compose"_s, u"-p"_s, p, u"down"_s, u"-v"_s, u"--timeout"_s, u"1"_s});
    }

    void upListLogsDown()
    {
        Engine &e = connected();
        const QString project = composeUnique(u"cais-compose"_s);
        m_projects << project;
        // Two services that print at known moments, 2 s apart, interleaved.
        const QString path = composeFile(project, uR"(name: %1
services:
  web:
    image: cais-test/shell:1
    network_mode: none
    stop_grace_period: 1s
    command: ["sh", "-c", "echo web-a; sleep 4; echo web-b; sleep 300"]
  worker:
    image: cais-test/shell:1
    network_mode: none
    stop_grace_period: 1s
    depends_on:
      web:
        condition: service_started
    command: ["sh", "-c", "sleep 2; echo worker-a; sleep 4; echo worker-b; sleep 300"]
)"_s.arg(project));
        QVERIFY(!path.isEmpty());

        ContainersModel model;
        model.setEventDelay(10);
        model.setEngine(&e);
        ContainersPage containers(&model);
        containers.setEngine(&e);

        ComposePage page;
        page.setEngine(&e);
        QAbstractItemModelTester tester(page.servicesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.project().name, project);
        QCOMPARE(page.servicesModel()->services(), (QStringList{u"web"_s, u"worker"_s}));
        QVERIFY(page.action(ComposePage::Action::Up)->isEnabled());

        QElapsedTimer upTime;
        upTime.start();
        QString message;
        QVERIFY2(runOn(page, ComposePage::Action::Up, &message), qPrintable(message));
        qInfo("docker compose up -d of two services: %lld ms", qint64(upTime.elapsed()));
        // The output, per service: each one's container was created and started.
        for (const QString &svc : {u"web"_s, u"worker"_s}) {
            const QString lines = page.servicesModel()->linesOf(svc).join(u'\n');
            const QString container = project + u'-' + svc + u"-1"_s;
            QVERIFY2(lines.contains(u"Container %1  Created"_s.arg(container)), qPrintable(lines));
            QVERIFY2(lines.contains(u"Container %1  Started"_s.arg(container)), qPrintable(lines));
            QVERIFY2(!lines.contains(svc == u"web"_s ? u"worker"_s : u"-web-"_s), qPrintable(lines));
        }
        QVERIFY(page.servicesModel()->linesOf(QString()).size() >= 8);

        // The CLI and Cais's list see the same containers.
        const QSet<QString> expected{project + u"-web-1"_s, project + u"-worker-1"_s};
        QCOMPARE(cliContainers(project), expected);
        QTRY_COMPARE_WITH_TIMEOUT(listedContainers(model, project), expected, 15000);

        // The group row offers the project's actions, from its containers' labels.
        const QModelIndex group = containers.view()->model()->match(containers.view()->model()->index(0, 0), ContainersModel::ProjectRole,
                                                                    project, 1, Qt::MatchExactly).value(0);
        QVERIFY(group.isValid());
        QVERIFY(group.data(ContainersModel::IsProjectRole).toBool());
        containers.view()->setCurrentIndex(group);
        const ComposeTarget target = containers.currentComposeTarget();
        QCOMPARE(target.project, project);
        QCOMPARE(target.files, QStringList{QFileInfo(path).canonicalFilePath()});
        QVERIFY(containers.composeAction(ContainersPage::ComposeVerb::Down)->isEnabled());
        QSignalSpy requested(&containers, &ContainersPage::composeRequested);
        containers.composeAction(ContainersPage::ComposeVerb::Logs)->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().at(1).value<ContainersPage::ComposeVerb>(), ContainersPage::ComposeVerb::Logs);

        // The same project opened from the labels, as the row does; then its merged logs,
        // once every line is written (worker-b at about 6 s).
        loaded.clear();
        page.openTarget(target);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QList<ComposeLogLine> logs;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            QVERIFY2(runOn(page, ComposePage::Action::Logs, &message), qPrintable(message));
            logs = page.logLines();
            if (logs.size() >= 4)
                break;
            QTest::qWait(500);
        }
        QStringList texts;
        for (const ComposeLogLine &l : std::as_const(logs))
            texts << l.text;
        QCOMPARE(texts, (QStringList{u"web-a"_s, u"worker-a"_s, u"web-b"_s, u"worker-b"_s}));
        for (qsizetype i = 1; i < logs.size(); ++i)
            QVERIFY(logs.at(i - 1).time <= logs.at(i).time);
        QCOMPARE(logs.at(0).service, u"web"_s);
        QCOMPARE(logs.at(1).service, u"worker"_s);
        const qint64 gap = logs.at(0).time.msecsTo(logs.at(2).time);
        QVERIFY2(gap >= 3500 && gap <= 6000, qPrintable(QString::number(gap)));
        QVERIFY(page.logsView()->toPlainText().contains(u"worker-1 | worker-a"_s));

        // Restart: each service's container restarted and started again.
        QVERIFY2(runOn(page, ComposePage::Action::Restart, &message), qPrintable(message));
        for (const QString &svc : {u"web"_s, u"worker"_s})
            QVERIFY2(page.servicesModel()->linesOf(svc).join(u'\n').contains(u"Started"_s),
                     qPrintable(page.servicesModel()->linesOf(QString()).join(u'\n')));

        // Down: the confirmation names what goes; then nothing is left, for the CLI and the list.
        const QString plan = page.downDescription(false);
        QVERIFY2(plan.contains(project) && plan.contains(u"web, worker"_s) && plan.contains(u"Volumes are kept"_s), qPrintable(plan));
        QVERIFY(page.downDescription(true).contains(u"volumes"_s));
        QSignalSpy done(&page, &ComposePage::commandFinished);
        page.down(false);
        QVERIFY(waitFinished(done));
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QVERIFY2(page.servicesModel()->linesOf(u"web"_s).join(u'\n').contains(u"Removed"_s),
                 qPrintable(page.servicesModel()->linesOf(QString()).join(u'\n')));
        QCOMPARE(cliContainers(project), QSet<QString>{});
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfProject(project).isValid(), 15000);
    }

    void upAndDownOnPodman()
    {
        // The real `docker compose` against Podman's service (its Docker-compatible
        // API), as Cais runs it for a Podman engine: up, the containers Podman lists and
        // Cais's list groups, then down.
        QVERIFY2(!TestEngine::podmanHost().isEmpty(), "the podman fixture did not run");
        std::unique_ptr<Engine> podmanEngine;
        Engine &e = TestEngine::connectedPodman(podmanEngine);
        const QString project = composeUnique(u"cais-podcompose"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray out;
            TestEngine::podman({u"ps"_s, u"-aq"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project}, &out, true);
            for (const QByteArray &id : out.split('\n')) {
                if (!id.trimmed().isEmpty())
                    TestEngine::podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, QString::fromLatin1(id.trimmed())}, nullptr, true);
            }
        });
        const QString path = composeFile(project, uR"(name: %1
services:
  web:
    image: localhost/cais-test/shell:1
    network_mode: none
    stop_grace_period: 1s
    command: ["sh", "-c", "echo podman-web; sleep 300"]
)"_s.arg(project));
        QVERIFY(!path.isEmpty());
        ContainersModel model;
        model.setEventDelay(10);
        model.setEngine(&e);
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QString message;
        QVERIFY2(runOn(page, ComposePage::Action::Up, &message), qPrintable(message));
        const QString container = project + u"-web-1"_s;
        QVERIFY2(page.servicesModel()->linesOf(u"web"_s).join(u'\n').contains(u"Started"_s),
                 qPrintable(page.servicesModel()->linesOf(QString()).join(u'\n')));
        // Podman runs it, with the project's label; Cais's list groups it under the project.
        QByteArray names;
        QVERIFY(TestEngine::podman({u"ps"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project, u"--format"_s, u"{{.Names}}"_s},
                                   &names));
        QCOMPARE(QString::fromUtf8(names.trimmed()), container);
        QTRY_COMPARE_WITH_TIMEOUT(listedContainers(model, project), QSet<QString>{container}, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfProject(project).isValid(), 15000);
        // Down: gone for Podman and for the list.
        QSignalSpy done(&page, &ComposePage::commandFinished);
        page.down(false);
        QVERIFY(waitFinished(done));
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QVERIFY(TestEngine::podman({u"ps"_s, u"-a"_s, u"--filter"_s, u"label=com.docker.compose.project="_s + project, u"--format"_s, u"{{.Names}}"_s},
                                   &names));
        QCOMPARE(names.trimmed(), QByteArray());
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfProject(project).isValid(), 15000);
    }

    void projectRowActionsInTheWindow()
    {
        // A project the CLI brought up is a group in the window's container list; the
        // actions on its row run on the Compose page, from the containers' labels.
        Engine e(TestEngine::endpoint());
        e.connectToEngine();
        const QString project = composeUnique(u"cais-compose-row"_s);
        m_projects << project;
        const QString path = composeFile(project, uR"(name: %1
services:
  job:
    image: cais-test/shell:1
    network_mode: none
    stop_grace_period: 1s
    command: ["sh", "-c", "echo job ran; sleep 300"]
)"_s.arg(project));
        QVERIFY(TestEngine::docker({u"compose"_s, u"-f"_s, path, u"up"_s, u"-d"_s}, nullptr, nullptr, 120000));

        MainWindow w(&e);
        w.show();
        ContainersPage *containers = w.containersPage();
        QTreeView *view = containers->view();
        QModelIndex group;
        QTRY_VERIFY_WITH_TIMEOUT((group = view->model()->match(view->model()->index(0, 0), ContainersModel::ProjectRole, project, 1,
                                                               Qt::MatchExactly).value(0)).isValid(),
                                 20000);
        QCOMPARE(listedContainers(*w.containersModel(), project), cliContainers(project));
        view->setCurrentIndex(group);
        QAction *logs = containers->composeAction(ContainersPage::ComposeVerb::Logs);
        QVERIFY(logs->isEnabled());
        ComposePage *page = w.composePage();
        QSignalSpy done(page, &ComposePage::commandFinished);
        logs->trigger();
        // First the file's services, then the logs.
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.constLast().at(0).value<ComposeCommand::Verb>() == ComposeCommand::Verb::Logs, 60000);
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QCOMPARE(page->target().project, project);
        QCOMPARE(page->target().workingDir, QFileInfo(path).absolutePath());
        QVERIFY(page->isVisible());
        for (int i = 0; i < 20 && page->logLines().isEmpty(); ++i) {
            // The job's echo may come a moment after `up -d` returned.
            QTest::qWait(500);
            done.clear();
            page->trigger(ComposePage::Action::Logs);
            QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        }
        QCOMPARE(page->logLines().constFirst().text, u"job ran"_s);

        done.clear();
        w.showPage(containers);
        // Found again: rows came and went while the logs were read, and an index kept
        // from before may point at another row now (then Restart is disabled and the
        // trigger does nothing: seen once on a loaded machine, a 60 s wait for nothing).
        group = view->model()->match(view->model()->index(0, 0), ContainersModel::ProjectRole, project, 1, Qt::MatchExactly).value(0);
        QVERIFY(group.isValid());
        view->setCurrentIndex(group);
        QAction *restart = containers->composeAction(ContainersPage::ComposeVerb::Restart);
        QTRY_VERIFY_WITH_TIMEOUT(restart->isEnabled(), 10000);
        restart->trigger();
        // The row reads the file again (config), then restarts.
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.constLast().at(0).value<ComposeCommand::Verb>() == ComposeCommand::Verb::Restart, 60000);
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QVERIFY(page->servicesModel()->linesOf(u"job"_s).join(u'\n').contains(u"Started"_s));

        page->down(false);
        QTRY_COMPARE_WITH_TIMEOUT(cliContainers(project), QSet<QString>{}, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.containersModel()->indexOfProject(project).isValid(), 15000);
    }

    void projectNetworkUpAndDown()
    {
        // Compose's default network (a bridge) is made and removed with the project. Its
        // subnet is a never-routed 198.18.x.0/24 (other tests use 198.19), so that it
        // cannot shadow a network of the machine's.
        Engine &e = connected();
        const QString project = composeUnique(u"cais-compose-net"_s);
        m_projects << project;
        const QString path = composeFile(project, uR"(name: %1
services:
  app:
    image: cais-test/shell:1
    stop_grace_period: 1s
    command: ["sleep", "300"]
networks:
  default:
    ipam:
      config:
        - subnet: 198.18.%2.0/24
)"_s.arg(project).arg(10 + QCoreApplication::applicationPid() % 200));
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QVERIFY(page.downDescription(false).contains(project + u"_default"_s));
        QString message;
        QVERIFY2(runOn(page, ComposePage::Action::Up, &message), qPrintable(message));
        const QString all = page.servicesModel()->linesOf(QString()).join(u'\n');
        QVERIFY2(all.contains(u"Network %1_default  Created"_s.arg(project)), qPrintable(all));
        QCOMPARE(cliContainers(project), QSet<QString>{project + u"-app-1"_s});
        // Down asks first (trigger(Down) opens the question); down() is what it then runs.
        QSignalSpy done(&page, &ComposePage::commandFinished);
        page.down(false);
        QVERIFY(waitFinished(done));
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QVERIFY(page.servicesModel()->linesOf(QString()).join(u'\n').contains(u"Network %1_default  Removed"_s.arg(project)));
        QCOMPARE(cliContainers(project), QSet<QString>{});
    }

    void downAsksFirstAndRemovesVolumesOnlyWhenTicked()
    {
        Engine &e = connected();
        const QString project = composeUnique(u"cais-compose-vol"_s);
        m_projects << project;
        const QString path = composeFile(project, uR"(name: %1
services:
  db:
    image: cais-test/shell:1
    network_mode: none
    stop_grace_period: 1s
    command: ["sleep", "300"]
    volumes:
      - data:/data
volumes:
  data:
)"_s.arg(project));
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QString message;
        QVERIFY2(runOn(page, ComposePage::Action::Up, &message), qPrintable(message));
        const auto volumes = [&project] {
            QByteArray out;
            TestEngine::docker({u"volume"_s, u"ls"_s, u"-q"_s, u"--filter"_s, u"label=com.docker.compose.project=%1"_s.arg(project)}, &out);
            return QString::fromUtf8(out).trimmed();
        };
        QCOMPARE(volumes(), project + u"_data"_s);

        // The question names what goes; Cancel leaves everything.
        QString asked;
        const auto answer = [&asked, &page](bool tickVolumes, bool accept) {
            QTimer::singleShot(200, &page, [&asked, tickVolumes, accept] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                if (tickVolumes)
                    dialog->findChild<QCheckBox *>()->setChecked(true);
                for (QLabel *l : dialog->findChildren<QLabel *>())
                    asked += l->text();
                if (!accept) {
                    dialog->reject();
                    return;
                }
                for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
                    if (b->accessibleName() == u"Down"_s)
                        b->click();
                }
            });
        };
        QSignalSpy done(&page, &ComposePage::commandFinished);
        answer(false, false);
        page.trigger(ComposePage::Action::Down);
        QVERIFY2(asked.contains(project) && asked.contains(u"Volumes are kept"_s), qPrintable(asked));
        QTest::qWait(300);
        QCOMPARE(done.count(), 0);
        QCOMPARE(cliContainers(project), QSet<QString>{project + u"-db-1"_s});

        // Ticked: the volume goes too.
        asked.clear();
        answer(true, true);
        page.trigger(ComposePage::Action::Down);
        QVERIFY2(asked.contains(project + u"_data"_s), qPrintable(asked));
        QVERIFY(waitFinished(done));
        QVERIFY2(done.constLast().at(1).toBool(), qPrintable(done.constLast().at(2).toString()));
        QCOMPARE(cliContainers(project), QSet<QString>{});
        QCOMPARE(volumes(), QString());
    }

    void badFilePointsAtItsLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown key") << u"services:\n  web:\n    image: cais-test/shell:1\n    network_mode: none\n    imagee: x\n"_s << 5
                                     << u"imagee"_s;
        QTest::newRow("undefined dependency") << u"services:\n  web:\n    image: cais-test/shell:1\n    depends_on:\n      - db\n"_s << 5
                                              << u"\"db\""_s;
        QTest::newRow("tab") << u"services:\n  web:\n    image: cais-test/shell:1\n\tcommand: a\n"_s << 4 << u"tab character"_s;
        QTest::newRow("unclosed list") << u"services:\n  web:\n    image: cais-test/shell:1\n    command: [a, b\n  other:\n    image: y\n"_s << 4
                                       << u"not valid YAML"_s;
        QTest::newRow("duplicate service") << u"services:\n  web:\n    image: x\n  web:\n    image: y\n"_s << 4 << u"already defined"_s;
        QTest::newRow("bad port") << u"services:\n  web:\n    image: cais-test/shell:1\n    ports:\n      - \"abc:def\"\n"_s << 5 << u"def"_s;
    }

    void badFilePointsAtItsLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        Engine &e = connected();
        const QString path = composeFile(composeUnique(u"cais-compose-bad"_s), text);
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QCOMPARE(loaded.constLast().at(0).toBool(), false);
        QCOMPARE(page.errorLine(), line);
        QVERIFY2(page.statusLabel()->text().contains(words), qPrintable(page.statusLabel()->text()));
        QVERIFY2(page.statusLabel()->text().startsWith(u"Line %1"_s.arg(line)), qPrintable(page.statusLabel()->text()));
        QVERIFY(!page.action(ComposePage::Action::Up)->isEnabled());
    }

    void missingBuildFolderAtUp()
    {
        Engine &e = connected();
        const QString project = composeUnique(u"cais-compose-build"_s);
        m_projects << project;
        const QString path = composeFile(project, u"name: %1\nservices:\n  web:\n    network_mode: none\n    build: ./nothere\n"_s.arg(project));
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY(loaded.constLast().at(0).toBool());
        QString message;
        QVERIFY(!runOn(page, ComposePage::Action::Up, &message));
        QCOMPARE(page.errorLine(), 5);
        QVERIFY2(message.contains(u"nothere"_s) && message.contains(u"does not exist"_s), qPrintable(message));
    }

    void missingPluginIsNamed()
    {
        // A docker CLI without the Compose plugin answers as docker 26 does.
        Engine &e = connected();
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        const QString fake = bin.filePath(u"docker"_s);
        QVERIFY(writeText(fake, u"#!/bin/sh\necho \"docker: 'compose' is not a docker command.\" >&2\necho \"See 'docker --help'\" >&2\nexit 1\n"_s));
        QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()));
        const QString file = composeFile(composeUnique(u"cais-compose-noplugin"_s), u"services:\n  web:\n    image: cais-test/shell:1\n"_s);
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(file);
        const bool finished = waitFinished(loaded, 30000);
        qputenv("PATH", path);
        QVERIFY(finished);
        QCOMPARE(loaded.constLast().at(0).toBool(), false);
        QVERIFY2(page.statusLabel()->text().startsWith(u"docker compose is not installed"_s), qPrintable(page.statusLabel()->text()));
        QCOMPARE(page.errorLine(), 0);
    }

    void pullFromTheLocalRegistry()
    {
        Engine &e = connected();
        const QString registry = TestEngine::registry();
        QVERIFY2(!registry.isEmpty(), "the fixture started no registry");
        // An image of this test's own in the fixture's registry, absent locally.
        const QString project = composeUnique(u"cais-compose-pull"_s);
        const QString image = registry + u"/cais-test/"_s + project + u":1"_s;
        QVERIFY(!TestEngine::ownImage({image}).isEmpty());
        QVERIFY(TestEngine::docker({u"push"_s, u"-q"_s, image}, nullptr, nullptr, 120000));
        QVERIFY(TestEngine::docker({u"rmi"_s, image}));
        const QString path = composeFile(project, u"name: %1\nservices:\n  fetched:\n    image: %2\n    network_mode: none\n"
                                                  "  local:\n    image: cais-test/shell:1\n    network_mode: none\n    pull_policy: never\n"_s
                                                      .arg(project, image));
        ComposePage page;
        page.setEngine(&e);
        QSignalSpy loaded(&page, &ComposePage::projectLoaded);
        page.openFile(path);
        QVERIFY(waitFinished(loaded, 60000));
        QVERIFY2(loaded.constLast().at(0).toBool(), qPrintable(page.statusLabel()->text()));
        QString message;
        const bool ok = runOn(page, ComposePage::Action::Pull, &message);
        const QString fetched = page.servicesModel()->linesOf(u"fetched"_s).join(u'\n');
        const QString local = page.servicesModel()->linesOf(u"local"_s).join(u'\n');
        TestEngine::docker({u"rmi"_s, image});
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(fetched.contains(u"Pulling"_s) && fetched.contains(u"Pulled"_s), qPrintable(fetched));
        QVERIFY2(local.contains(u"Skipped"_s), qPrintable(local));
    }
};

QTEST_MAIN(TestCompose)
#include "tst_compose.moc"
