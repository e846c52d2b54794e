// "All engines" on the Containers page, with two real engines in use at once (the
// dockerd and the Podman fixtures): the containers of both in one tree grouped by
// engine, the engine also a column; filter and sort as on one engine; lifecycle actions
// on a selection that spans both engines, each call going to its container's engine;
// removal asks first, naming each container and its engine; opening a row names its
// engine; an engine taken out of use takes its group. The model runs under
// QAbstractItemModelTester and is never reset.
#include "containers/containerspage.h"
#include "containers/fleetcontainersview.h"
#include "containersmodel.h"
#include "dockercontexts.h"
#include "engine.h"
#include "engineregistry.h"
#include "fleetcontainersmodel.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Verb = FleetContainersView::Verb;

class TestFleetContainers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    DockerContexts::Options options() const { return TestEngine::isolatedOptions(m_dir.path()); }

    static QString dockerState(const QString &name)
    {
        QByteArray out, err;
        if (!TestEngine::docker({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, name}, &out, &err))
            return u"gone"_s;
        return QString::fromUtf8(out.trimmed());
    }
    static QString podmanState(const QString &name)
    {
        QByteArray out;
        if (!TestEngine::podman({u"inspect"_s, u"-f"_s, u"{{.State.Status}}"_s, name}, &out, true))
            return u"gone"_s;
        return QString::fromUtf8(out.trimmed());
    }
    static QString idOf(const QByteArray &out) { return QString::fromUtf8(out.trimmed()); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestEngine::podmanHost().isEmpty(), "the podman fixture did not run");
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void bothEnginesInOneListWithTheirActions()
    {
        const QString tag = u"fleetc%1"_s.arg(QCoreApplication::applicationPid());
        const QString dockerName = tag + u"-docker"_s, podName = tag + u"-podman"_s;
        QByteArray out;
        // Created, not started, on dockerd; running on Podman.
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, dockerName, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}, &out));
        const QString dockerId = idOf(out);
        QVERIFY(TestEngine::podman({u"run"_s, u"-d"_s, u"--name"_s, podName, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}, &out));
        const QString podId = idOf(out);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, dockerName}, nullptr, &err);
            TestEngine::podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, podName}, nullptr, true);
        });

        EngineRegistry registry(options(), m_dir.filePath(u"fleet.ini"_s));
        EngineEntry podman;
        podman.name = u"podman-test"_s;
        podman.address = TestEngine::podmanHost();
        QVERIFY(registry.saveConnection(podman).has_value());
        Engine *docker = registry.use(u"default"_s);
        Engine *pod = registry.use(u"podman-test"_s);
        QVERIFY(docker && pod);
        QTRY_COMPARE_WITH_TIMEOUT(docker->state(), Engine::State::Connected, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(pod->state(), Engine::State::Connected, 30000);

        // The page of the docker engine's window, as MainWindow makes it.
        ContainersModel containers;
        containers.setEngine(docker);
        ContainersPage page(&containers);
        page.setEngine(docker);
        page.resize(1300, 700);
        QVERIFY(page.allEnginesBox()->isHidden());
        page.setEngines(&registry, u"default"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.allEnginesBox()->isHidden());
        QVERIFY(!page.fleetView()->isVisible());
        // Nothing listed for other engines while the box is off.
        QCOMPARE(page.fleetView()->model()->rowCount(), 0);

        page.filterEdit()->setText(tag);
        page.allEnginesBox()->setChecked(true);
        FleetContainersView *fleetView = page.fleetView();
        FleetContainersModel *fleet = fleetView->model();
        QAbstractItemModelTester tester(fleet, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(fleetView->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(fleet, &QAbstractItemModel::modelReset);
        QVERIFY(fleetView->isVisible());
        QVERIFY(!page.view()->isVisible());
        QVERIFY(!page.toolBar()->isVisible());
        QCOMPARE(fleet->engines(), (QStringList{u"default"_s, u"podman-test"_s}));
        QCOMPARE(fleet->headerData(FleetContainersModel::EngineColumn, Qt::Horizontal).toString(), u"Engine"_s);
        QCOMPARE(fleet->headerData(FleetContainersModel::NameColumn, Qt::Horizontal).toString(),
                 containers.headerData(ContainersModel::NameColumn, Qt::Horizontal).toString());

        // Each container under its engine's row, with its engine as a column.
        QTRY_VERIFY_WITH_TIMEOUT(fleet->indexOf(u"default"_s, dockerId).isValid() && fleet->indexOf(u"podman-test"_s, podId).isValid(), 30000);
        for (const auto &[engine, id, name] : {std::tuple{u"default"_s, dockerId, dockerName}, std::tuple{u"podman-test"_s, podId, podName}}) {
            const QModelIndex row = fleet->indexOf(engine, id);
            QCOMPARE(row.parent(), fleet->indexOfEngine(engine));
            QCOMPARE(row.siblingAtColumn(FleetContainersModel::NameColumn).data().toString(), name);
            QCOMPARE(row.siblingAtColumn(FleetContainersModel::EngineColumn).data().toString(), engine);
            QCOMPARE(row.siblingAtColumn(FleetContainersModel::ImageColumn).data().toString().contains(u"cais-test/shell:1"_s), true);
        }
        QVERIFY(!(fleet->flags(fleet->indexOfEngine(u"default"_s)) & Qt::ItemIsSelectable));
        QVERIFY2(fleet->indexOfEngine(u"podman-test"_s).siblingAtColumn(FleetContainersModel::StateColumn).data().toString().contains(u"running"_s),
                 qPrintable(fleet->indexOfEngine(u"podman-test"_s).siblingAtColumn(FleetContainersModel::StateColumn).data().toString()));
        // The filter keeps the two engines' rows and exactly the two containers.
        QCOMPARE(fleetView->proxy()->rowCount(), 2);
        int shown = 0;
        for (int r = 0; r < fleetView->proxy()->rowCount(); ++r)
            shown += fleetView->proxy()->rowCount(fleetView->proxy()->index(r, 0));
        QCOMPARE(shown, 2);
        // Words match the engine too: "podman-test <tag>" leaves only the Podman one.
        page.filterEdit()->setText(u"podman-test "_s + tag);
        QCOMPARE(fleetView->proxy()->rowCount(), 1);
        QCOMPARE(fleetView->proxy()->rowCount(fleetView->proxy()->index(0, 0)), 1);
        page.filterEdit()->setText(tag);
        QVERIFY2(page.findChild<QLabel *>(u"containersCount"_s)->text().contains(u"2 engines"_s),
                 qPrintable(page.findChild<QLabel *>(u"containersCount"_s)->text()));

        // One selection over both engines: Start applies to the created one, Stop to the running one.
        fleetView->select(u"default"_s, {dockerId});
        QCOMPARE(fleetView->selected().size(), 1);
        QVERIFY(fleetView->action(Verb::Start)->isEnabled());
        QVERIFY(!fleetView->action(Verb::Stop)->isEnabled());
        QItemSelection both;
        for (const QModelIndex &i : {fleet->indexOf(u"default"_s, dockerId), fleet->indexOf(u"podman-test"_s, podId)}) {
            const QModelIndex p = fleetView->proxy()->mapFromSource(i);
            both.select(p, p.siblingAtColumn(FleetContainersModel::ColumnCount - 1));
        }
        fleetView->view()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(fleetView->selected().size(), 2);
        QVERIFY(fleetView->action(Verb::Start)->isEnabled());
        QVERIFY(fleetView->action(Verb::Stop)->isEnabled());

        // Start both: the created one starts on dockerd, the running one was already running.
        QSignalSpy finished(fleetView, &FleetContainersView::actionsFinished);
        fleetView->action(Verb::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.at(0).at(1).toStringList().isEmpty(), qPrintable(finished.at(0).at(1).toStringList().join(u"\n"_s)));
        QCOMPARE(dockerState(dockerName), u"running"_s);
        QCOMPARE(podmanState(podName), u"running"_s);
        QTRY_VERIFY_WITH_TIMEOUT(fleet->indexOf(u"default"_s, dockerId).data(ContainersModel::RunningRole).toBool(), 30000);

        // Stop both, each on its engine.
        fleetView->action(Verb::Stop)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 90000);
        QVERIFY2(finished.at(1).at(1).toStringList().isEmpty(), qPrintable(finished.at(1).at(1).toStringList().join(u"\n"_s)));
        QCOMPARE(dockerState(dockerName), u"exited"_s);
        QCOMPARE(podmanState(podName), u"exited"_s);
        // Exited in the list too (Podman lists "stopping" for a while, and may send no
        // event once it has stopped: the list asks again until the state settles).
        const auto exited = int(ContainerSummary::State::Exited);
        QTRY_VERIFY_WITH_TIMEOUT(fleet->indexOf(u"default"_s, dockerId).data(ContainersModel::StateRole).toInt() == exited
                                     && fleet->indexOf(u"podman-test"_s, podId).data(ContainersModel::StateRole).toInt() == exited,
                                 30000);

        // Opening a row names its engine and container.
        QSignalSpy open(&page, &ContainersPage::fleetOpenRequested);
        fleetView->select(u"podman-test"_s, {podId});
        fleetView->action(Verb::Open)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"podman-test"_s);
        QCOMPARE(open.at(0).at(1).toString(), podId);

        // Remove asks first, naming each container with its engine; both go.
        fleetView->view()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(fleetView->action(Verb::Remove)->isEnabled());
        fleetView->action(Verb::Remove)->trigger();
        QMessageBox *question = fleetView->removeQuestion();
        QVERIFY(question);
        const QString said = question->text() + u"\n"_s + question->informativeText();
        QVERIFY2(said.contains(dockerName + u" (on default)"_s) && said.contains(podName + u" (on podman-test)"_s), qPrintable(said));
        QVERIFY2(said.contains(u"2 containers"_s), qPrintable(said));
        QCOMPARE(dockerState(dockerName), u"exited"_s); // nothing before the answer
        question->findChild<QPushButton *>(u"fleetRemoveConfirm"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QVERIFY2(finished.at(2).at(1).toStringList().isEmpty(), qPrintable(finished.at(2).at(1).toStringList().join(u"\n"_s)));
        QCOMPARE(dockerState(dockerName), u"gone"_s);
        QCOMPARE(podmanState(podName), u"gone"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!fleet->indexOf(u"default"_s, dockerId).isValid() && !fleet->indexOf(u"podman-test"_s, podId).isValid(), 30000);

        // Podman taken out of use: its group goes.
        QVERIFY(registry.removeConnection(u"podman-test"_s).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(fleet->engines(), QStringList{u"default"_s}, 10000);

        // Back to this engine alone: its list, details and toolbar again; no list of others.
        page.allEnginesBox()->setChecked(false);
        QVERIFY(!fleetView->isVisible());
        QVERIFY(page.view()->isVisible());
        QVERIFY(page.toolBar()->isVisible());
        QCOMPARE(fleet->rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestFleetContainers)
#include "tst_fleetcontainers.moc"
