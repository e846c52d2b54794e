// StatsHistory: fixed-capacity rings (an hour of samples costs the same memory as
// the next hour), rates from cumulative counters, the window of a chart; and the CPU
// and memory columns of ContainersModel (empty for stopped containers, sorted by raw
// value), under the model tester.
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "monitor/statschart.h"
#include "statshistory.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'800'000'000'000'000'000; // ns since the epoch

ContainerStats sampleAt(int second, double cpu = 10, double mem = 1000, double rx = 0, quint64 written = 0)
{
    ContainerStats s;
    s.id = u"c1"_s;
    s.running = true;
    s.readNs = kT0 + qint64(second) * 1'000'000'000;
    s.cpu.totalUsage = 100;
    s.cpu.systemUsage = 100;
    s.precpu.totalUsage = second == 0 ? 0 : 50; // the first sample of a stream has none
    s.precpu.systemUsage = second == 0 ? 0 : 50;
    s.cpuPercent = cpu;
    s.memoryUsed = mem;
    s.memoryLimit = 4096;
    s.networkRx = rx;
    s.blockWrite = written;
    return s;
}

ContainerSummary container(const QString &id, const QString &name, const QString &state)
{
    ContainerSummary c;
    c.id = id;
    c.names = {u"/"_s + name};
    c.image = u"cais-test/shell:1"_s;
    c.state = state;
    c.status = state == u"running"_s ? u"Up 5 minutes"_s : u"Exited (0) 2 minutes ago"_s;
    return c;
}

} // namespace

class TestStatsHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringKeepsTheNewest()
    {
        StatsHistory h(5);
        for (int i = 0; i < 12; ++i)
            h.add(sampleAt(i, i));
        // The first sample had no precpu: no CPU point for it.
        QCOMPARE(h.size(StatsHistory::Cpu), 5);
        const QList<QPointF> cpu = h.points(StatsHistory::Cpu);
        QCOMPARE(cpu.size(), 5);
        QCOMPARE(cpu.first().y(), 7.0);
        QCOMPARE(cpu.last().y(), 11.0);
        QCOMPARE(cpu.last().x(), double((kT0 + 11'000'000'000) / 1'000'000));
        QCOMPARE(h.last(StatsHistory::Cpu), 11.0);
        QCOMPARE(h.latest().readNs, kT0 + 11'000'000'000);
    }

    void flatMemory()
    {
        // An hour, then another: the rings do not grow past their capacity.
        StatsHistory h(StatsHistory::kLongCapacity);
        for (int i = 0; i < 2 * StatsHistory::kLongCapacity; ++i)
            h.add(sampleAt(i));
        for (int m = 0; m < StatsHistory::MetricCount; ++m)
            QVERIFY(h.size(StatsHistory::Metric(m)) <= StatsHistory::kLongCapacity);
        QCOMPARE(h.size(StatsHistory::MemoryUsed), StatsHistory::kLongCapacity);
    }

    void rates()
    {
        StatsHistory h;
        h.add(sampleAt(0, 0, 0, 1000, 0));
        QCOMPARE(h.size(StatsHistory::NetRx), 0); // one sample gives no rate
        h.add(sampleAt(2, 0, 0, 5000, 4096));     // 2 s later
        QCOMPARE(h.last(StatsHistory::NetRx), 2000.0);
        QCOMPARE(h.last(StatsHistory::BlockWrite), 2048.0);
        // Counters back to zero (a restart): no negative rate.
        h.add(sampleAt(3, 0, 0, 10, 0));
        QCOMPARE(h.last(StatsHistory::NetRx), 0.0);
        // An old or repeated sample is ignored; a stopped container's too.
        h.add(sampleAt(1, 50));
        ContainerStats stopped;
        h.add(stopped);
        QCOMPARE(h.latest().readNs, kT0 + 3'000'000'000);
    }

    void window()
    {
        StatsHistory h(100);
        for (int i = 0; i < 100; ++i)
            h.add(sampleAt(i, i));
        const qint64 from = (kT0 + 90'000'000'000) / 1'000'000;
        const QList<QPointF> last10 = h.points(StatsHistory::Cpu, from);
        QCOMPARE(last10.size(), 10);
        QCOMPARE(last10.first().y(), 90.0);
        QVERIFY(h.points(StatsHistory::Cpu, (kT0 + 1'000'000'000'000) / 1'000'000).isEmpty());
    }

    void capacityChange()
    {
        StatsHistory h(10);
        for (int i = 1; i <= 10; ++i)
            h.add(sampleAt(i, i));
        h.setCapacity(4); // keeps the newest
        QCOMPARE(h.points(StatsHistory::Cpu).first().y(), 7.0);
        h.setCapacity(8); // grows from there
        for (int i = 11; i <= 14; ++i)
            h.add(sampleAt(i, i));
        const QList<QPointF> p = h.points(StatsHistory::Cpu);
        QCOMPARE(p.size(), 8);
        QCOMPARE(p.first().y(), 7.0);
        QCOMPARE(p.last().y(), 14.0);
    }

    void containerColumns()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers({container(u"a1"_s, u"web"_s, u"running"_s), container(u"b2"_s, u"db"_s, u"running"_s),
                             container(u"c3"_s, u"old"_s, u"exited"_s)});
        QCOMPARE(model.headerData(ContainersModel::CpuColumn, Qt::Horizontal).toString(), u"CPU %"_s);
        QCOMPARE(model.headerData(ContainersModel::MemoryColumn, Qt::Horizontal).toString(), u"Memory"_s);
        // Nothing sampled yet: empty, not zero.
        QCOMPARE(model.indexOfId(u"a1"_s, ContainersModel::CpuColumn).data().toString(), QString());

        ContainerStats web = sampleAt(1, 150.5, 2.5 * 1024 * 1024);
        web.id = u"a1"_s;
        ContainerStats db = sampleAt(1, 20, 300 * 1024 * 1024);
        db.id = u"b2"_s;
        model.setStats(u"a1"_s, web);
        model.setStats(u"b2"_s, db);
        // A stopped container's stats never show.
        ContainerStats old = sampleAt(1, 99, 99);
        old.id = u"c3"_s;
        model.setStats(u"c3"_s, old);

        QCOMPARE(model.indexOfId(u"a1"_s, ContainersModel::CpuColumn).data().toString(), u"150.50%"_s);
        QCOMPARE(model.indexOfId(u"a1"_s, ContainersModel::MemoryColumn).data().toString(), u"2.5MiB"_s);
        QCOMPARE(model.indexOfId(u"c3"_s, ContainersModel::CpuColumn).data().toString(), QString());
        QCOMPARE(model.indexOfId(u"c3"_s, ContainersModel::MemoryColumn).data().toString(), QString());

        auto order = [&](int column, Qt::SortOrder o) {
            proxy.sort(column, o);
            QStringList names;
            for (int r = 0; r < proxy.rowCount(); ++r)
                names << proxy.index(r, 0).data(ContainersModel::NameRole).toString();
            return names;
        };
        // By value: 150.5 % above 20 %, 300 MiB above 2.5 MiB (not as text); the stopped one last.
        QCOMPARE(order(ContainersModel::CpuColumn, Qt::DescendingOrder), (QStringList{u"web"_s, u"db"_s, u"old"_s}));
        QCOMPARE(order(ContainersModel::MemoryColumn, Qt::DescendingOrder), (QStringList{u"db"_s, u"web"_s, u"old"_s}));

        // The container stops: its figures go.
        model.clearStats(u"a1"_s);
        QCOMPARE(model.indexOfId(u"a1"_s, ContainersModel::CpuColumn).data().toString(), QString());
        ContainerStats gone;
        gone.id = u"b2"_s;
        model.setStats(u"b2"_s, gone); // a not-running sample
        QCOMPARE(model.indexOfId(u"b2"_s, ContainersModel::MemoryColumn).data().toString(), QString());
    }

    void chartDecimationKeepsPeaks()
    {
        // An hour at one point per second, flat at 1 with one spike at 90 and one dip
        // at 0, drawn on 300 columns: about 600 points, the spike and the dip kept.
        QList<QPointF> points;
        for (int t = 0; t < 3600; ++t)
            points << QPointF(t * 1000.0, t == 1234 ? 90.0 : (t == 2345 ? 0.0 : 1.0));
        const QList<QPointF> d = StatsChart::decimate(points, 0, 3599000, 300);
        QVERIFY2(d.size() <= 602 && d.size() >= 300, qPrintable(QString::number(d.size())));
        QCOMPARE(d.constFirst(), points.constFirst());
        QCOMPARE(d.constLast(), points.constLast());
        QVERIFY(d.contains(QPointF(1234000.0, 90.0)));
        QVERIFY(d.contains(QPointF(2345000.0, 0.0)));
        for (qsizetype i = 1; i < d.size(); ++i)
            QVERIFY(d.at(i - 1).x() < d.at(i).x());
        // Few points: unchanged.
        const QList<QPointF> few = points.mid(0, 100);
        QCOMPARE(StatsChart::decimate(few, 0, 99000, 300), few);
        // A chart keeps only what its plot can draw: an hour handed to a 700-pixel
        // chart becomes at most two points per four columns, however often it comes.
        StatsChart chart(u"CPU"_s, StatsChart::Unit::Percent);
        chart.resize(700, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.addSeries(u"CPU"_s);
        chart.setTimeRange(0, 3599000);
        for (int i = 0; i < 3; ++i)
            chart.setSeries(0, points);
        QVERIFY2(chart.pointCount(0) > 100 && chart.pointCount(0) <= 352, qPrintable(QString::number(chart.pointCount(0))));
    }
};

QTEST_MAIN(TestStatsHistory)
#include "tst_statshistory.moc"
