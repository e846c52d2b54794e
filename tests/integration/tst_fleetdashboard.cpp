// "All engines" on the dashboard, with two real engines in use at once (the dockerd and
// the Podman fixtures): the running containers of both in one table, each with its
// engine, sampled with figures; a container that stops on one engine leaves; an engine
// taken out of use takes its rows. The table runs under QAbstractItemModelTester and is
// never reset.
#include "containersmodel.h"
#include "dashboardmodel.h"
#include "dockercontexts.h"
#include "engine.h"
#include "engineregistry.h"
#include "fleetdashboardmodel.h"
#include "monitor/dashboardpage.h"
#include "statssampler.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestFleetDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    DockerContexts::Options options() const { return TestEngine::isolatedOptions(m_dir.path()); }

    /// The row of `name` on `engine` in the fleet table, or -1.
    static int rowNamed(const FleetDashboardModel &m, const QString &engine, const QString &name)
    {
        for (int r = 0; r < m.rowCount(); ++r) {
            if (m.engineAt(r) == engine && m.index(r, DashboardModel::NameColumn).data().toString() == name)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestEngine::podmanHost().isEmpty(), "the podman fixture did not run");
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void bothEnginesInOneTable()
    {
        // Named so that their names sort the other way round from their engines.
        const QString tag = u"fleet%1"_s.arg(QCoreApplication::applicationPid());
        const QString name = u"zz-"_s + tag, podName = u"aa-"_s + tag;
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}));
        QVERIFY(TestEngine::podman({u"run"_s, u"-d"_s, u"--name"_s, podName, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}));
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name}, nullptr, &err);
            TestEngine::podman({u"rm"_s, u"-f"_s, podName}, nullptr, true);
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
        StatsSampler sampler;
        sampler.setEngine(docker);
        DashboardPage page(&containers, &sampler);
        page.setEngine(docker);
        page.resize(1200, 700);
        QVERIFY(page.allEnginesBox()->isHidden());
        page.setEngines(&registry, u"default"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.allEnginesBox()->isHidden());
        QCOMPARE(page.proxy()->sourceModel(), page.model());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfId(QString::fromUtf8([&] {
                                     QByteArray out;
                                     TestEngine::docker({u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, name}, &out);
                                     return out.trimmed();
                                 }())) >= 0,
                                 30000);

        page.filterEdit()->setText(tag);
        page.allEnginesBox()->setChecked(true);
        FleetDashboardModel *fleet = page.fleet();
        QVERIFY(fleet);
        QAbstractItemModelTester tester(fleet, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(fleet, &QAbstractItemModel::modelReset);
        QCOMPARE(page.proxy()->sourceModel(), fleet);
        QCOMPARE(fleet->headerData(FleetDashboardModel::EngineColumn, Qt::Horizontal).toString(), u"Engine"_s);
        QCOMPARE(fleet->headerData(DashboardModel::NameColumn, Qt::Horizontal).toString(),
                 page.model()->headerData(DashboardModel::NameColumn, Qt::Horizontal).toString());

        // Both containers, each with its engine, then with figures from its own engine.
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*fleet, u"default"_s, name) >= 0 && rowNamed(*fleet, u"podman-test"_s, podName) >= 0, 30000);
        QCOMPARE(page.proxy()->rowCount(), 2);
        const int onPodman = rowNamed(*fleet, u"podman-test"_s, podName);
        QCOMPARE(fleet->index(onPodman, FleetDashboardModel::EngineColumn).data().toString(), u"podman-test"_s);
        for (const auto &[engine, who] : {std::pair{u"default"_s, name}, std::pair{u"podman-test"_s, podName}}) {
            QTRY_VERIFY2_WITH_TIMEOUT(!fleet->index(rowNamed(*fleet, engine, who), DashboardModel::MemoryColumn).data().toString().isEmpty(),
                                      qPrintable(engine + u": no memory figure"_s), 60000);
            QTRY_VERIFY_WITH_TIMEOUT(fleet->index(rowNamed(*fleet, engine, who), DashboardModel::PidsColumn).data(DashboardModel::SortRole).toLongLong() >= 1,
                                     60000);
        }
        QVERIFY2(page.totalsLabel()->text().contains(u"on 2 engines"_s), qPrintable(page.totalsLabel()->text()));

        // Sorted by engine, the rows group by engine.
        page.view()->sortByColumn(FleetDashboardModel::EngineColumn, Qt::AscendingOrder);
        QCOMPARE(page.proxy()->index(0, FleetDashboardModel::EngineColumn).data().toString(), u"default"_s);
        QCOMPARE(page.proxy()->index(1, FleetDashboardModel::EngineColumn).data().toString(), u"podman-test"_s);
        page.view()->sortByColumn(FleetDashboardModel::EngineColumn, Qt::DescendingOrder);
        QCOMPARE(page.proxy()->index(0, DashboardModel::NameColumn).data().toString(), podName);

        // Stopped on Podman: its row goes, the docker one stays.
        QVERIFY(TestEngine::podman({u"rm"_s, u"-f"_s, podName}));
        QTRY_COMPARE_WITH_TIMEOUT(rowNamed(*fleet, u"podman-test"_s, podName), -1, 30000);
        QVERIFY(rowNamed(*fleet, u"default"_s, name) >= 0);

        // Back to this engine alone: the page's own model again, the other engine's feed gone.
        page.allEnginesBox()->setChecked(false);
        QCOMPARE(page.proxy()->sourceModel(), page.model());
        QCOMPARE(fleet->engines(), QStringList{u"default"_s});
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestFleetDashboard)
#include "tst_fleetdashboard.moc"
