// DashboardModel: the running containers of a ContainersModel (Compose projects
// unfolded), merged by id as containers start, stop and are renamed, never reset;
// figures as docker stats prints them, sorted by raw value; under the model tester.
#include "containersmodel.h"
#include "dashboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ContainerSummary container(const QString &id, const QString &name, const QString &state, const QString &project = {})
{
    ContainerSummary c;
    c.id = id;
    c.names = {u"/"_s + name};
    c.image = u"cais-test/shell:1"_s;
    c.state = state;
    c.status = state == u"running"_s ? u"Up 5 minutes"_s : u"Exited (0) 2 minutes ago"_s;
    if (!project.isEmpty())
        c.labels.insert(u"com.docker.compose.project"_s, project);
    return c;
}

ContainerStats stats(const QString &id, double cpu, double mem)
{
    ContainerStats s;
    s.id = id;
    s.running = true;
    s.readNs = 1'800'000'000'000'000'000;
    s.cpu.totalUsage = 2;
    s.cpu.systemUsage = 2;
    s.precpu.totalUsage = 1;
    s.precpu.systemUsage = 1;
    s.cpuPercent = cpu;
    s.memoryUsed = mem;
    s.memoryLimit = 1024.0 * 1024 * 1024;
    s.memoryPercent = mem / s.memoryLimit * 100;
    s.networkRx = 2000000;
    s.networkTx = 251750;
    s.pids = 3;
    return s;
}

QStringList names(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, DashboardModel::NameColumn).data().toString();
    return out;
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheContainers()
    {
        ContainersModel containers;
        DashboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        containers.setContainers({container(u"a"_s, u"web"_s, u"running"_s, u"shop"_s), container(u"b"_s, u"db"_s, u"running"_s, u"shop"_s),
                                  container(u"c"_s, u"old"_s, u"exited"_s)});
        model.setContainersModel(&containers);
        QCOMPARE(names(model), (QStringList{u"db"_s, u"web"_s})); // a project's containers, the stopped one left out
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // "old" starts, "web" stops: one row in, one out, the other untouched.
        containers.setContainers({container(u"a"_s, u"web"_s, u"exited"_s, u"shop"_s), container(u"b"_s, u"db"_s, u"running"_s, u"shop"_s),
                                  container(u"c"_s, u"old"_s, u"running"_s)});
        QCOMPARE(names(model), (QStringList{u"db"_s, u"old"_s}));
        // Renamed.
        containers.setContainers({container(u"b"_s, u"db-1"_s, u"running"_s, u"shop"_s), container(u"c"_s, u"old"_s, u"running"_s)});
        QCOMPARE(names(model), (QStringList{u"db-1"_s, u"old"_s}));
        containers.setContainers({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void figuresAndSorting()
    {
        ContainersModel containers;
        containers.setContainers({container(u"a"_s, u"web"_s, u"running"_s), container(u"b"_s, u"db"_s, u"running"_s),
                                  container(u"c"_s, u"idle"_s, u"running"_s)});
        DashboardModel model;
        model.setContainersModel(&containers);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DashboardModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const int web = model.rowOfId(u"a"_s);
        QCOMPARE(model.index(web, DashboardModel::CpuColumn).data().toString(), QString()); // not sampled yet: empty
        model.setStats(u"a"_s, stats(u"a"_s, 150.5, 110.0 * 1024 * 1024));
        model.setStats(u"b"_s, stats(u"b"_s, 20, 300.0 * 1024 * 1024));
        QCOMPARE(model.index(web, DashboardModel::CpuColumn).data().toString(), u"150.50%"_s);
        QCOMPARE(model.index(web, DashboardModel::MemoryColumn).data().toString(), u"110MiB / 1GiB"_s);
        QCOMPARE(model.index(web, DashboardModel::MemoryPercentColumn).data().toString(), u"10.74%"_s);
        QCOMPARE(model.index(web, DashboardModel::NetColumn).data().toString(), u"2MB / 252kB"_s);
        QCOMPARE(model.index(web, DashboardModel::PidsColumn).data().toString(), u"3"_s);
        QCOMPARE(model.totalCpuPercent(), 170.5);
        QCOMPARE(model.totalMemory(), 410.0 * 1024 * 1024);

        proxy.sort(DashboardModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{u"web"_s, u"db"_s, u"idle"_s}));
        proxy.sort(DashboardModel::MemoryColumn, Qt::DescendingOrder);
        QCOMPARE(names(proxy), (QStringList{u"db"_s, u"web"_s, u"idle"_s}));

        model.clearStats(u"a"_s);
        QCOMPARE(model.index(web, DashboardModel::CpuColumn).data().toString(), QString());
        QCOMPARE(model.totalCpuPercent(), 20.0);
    }
};

QTEST_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
