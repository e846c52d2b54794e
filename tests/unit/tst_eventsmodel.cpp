// EventsModel: a bounded, batched history of engine events; EventsProxyModel's filters;
// DiskUsageModel's merge of df answers. Every model under QAbstractItemModelTester.
#include "diskusagemodel.h"
#include "eventsmodel.h"
#include "eventsproxymodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EngineEvent makeEvent(int n, const QString &type = u"container"_s, const QString &action = u"create"_s)
{
    EngineEvent e;
    e.type = type;
    e.action = action;
    e.id = QString::number(n).rightJustified(64, QLatin1Char('0'));
    e.attributes = {{u"name"_s, u"c%1"_s.arg(n)}, {u"image"_s, u"busybox"_s}};
    e.timeNano = 1764000000'000000000LL + qint64(n) * 1000;
    return e;
}

DiskUsage recorded()
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/system/df-docker26.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return DiskUsage::fromJson(QJsonDocument::fromJson(f.readAll()).object());
}

} // namespace

class TestEventsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsInBatches()
    {
        EventsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            m.noteEvent(makeEvent(i));
        QCOMPARE(m.rowCount(), 0); // not yet: batched
        m.flush();
        QCOMPARE(m.rowCount(), 50);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m.index(0, EventsModel::ObjectColumn).data().toString(), u"c0"_s);
        QCOMPARE(m.index(49, EventsModel::ActionColumn).data().toString(), u"create"_s);
        QCOMPARE(m.index(0, EventsModel::AttributesColumn).data().toString(), u"image=busybox"_s);
        // The timer flushes too.
        m.noteEvent(makeEvent(50));
        QTRY_COMPARE(m.rowCount(), 51);
    }

    void keepsTimeOrderWhenTheEngineDoesNot()
    {
        // dockerd stamps the time before it orders the stream: under load a later
        // stamp can arrive first, in the same batch or in the next one.
        EventsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n : {1, 3, 2, 5, 4})
            m.noteEvent(makeEvent(n));
        m.flush();
        for (int n : {7, 6, 0, 8})
            m.noteEvent(makeEvent(n));
        m.flush();
        QCOMPARE(m.rowCount(), 9);
        for (int r = 0; r < m.rowCount(); ++r)
            QCOMPARE(m.index(r, EventsModel::ObjectColumn).data().toString(), u"c%1"_s.arg(r));
        // Equal times keep the order they came in.
        EngineEvent a = makeEvent(20), b = makeEvent(20);
        a.attributes[u"name"_s] = u"first"_s;
        b.attributes[u"name"_s] = u"second"_s;
        m.noteEvent(a);
        m.noteEvent(b);
        m.flush();
        QCOMPARE(m.index(9, EventsModel::ObjectColumn).data().toString(), u"first"_s);
        QCOMPARE(m.index(10, EventsModel::ObjectColumn).data().toString(), u"second"_s);
    }

    void boundedHistoryDropsTheOldest()
    {
        EventsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCapacity(1000);
        for (int i = 0; i < 900; ++i)
            m.noteEvent(makeEvent(i));
        m.flush();
        QPersistentModelIndex kept = m.index(899, 0);
        for (int i = 900; i < 1500; ++i)
            m.noteEvent(makeEvent(i));
        m.flush();
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(m.eventAt(0).attributes.value(u"name"_s), u"c500"_s);
        QCOMPARE(m.eventAt(999).attributes.value(u"name"_s), u"c1499"_s);
        QCOMPARE(m.droppedCount(), 500);
        QVERIFY(kept.isValid()); // rows that stay keep their identity
        QCOMPARE(kept.row(), 399);
        // A burst larger than the whole history: only its newest survive.
        for (int i = 0; i < 2500; ++i)
            m.noteEvent(makeEvent(10000 + i));
        m.flush();
        QCOMPARE(m.rowCount(), 1000);
        QCOMPARE(m.eventAt(999).attributes.value(u"name"_s), u"c12499"_s);
        QCOMPARE(m.totalCount(), 4000);
    }

    void pauseHoldsEventsBack()
    {
        EventsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.noteEvent(makeEvent(1));
        m.flush();
        m.setPaused(true);
        m.noteEvent(makeEvent(2));
        m.noteEvent(makeEvent(3));
        m.flush();
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.pendingCount(), 2);
        m.setPaused(false);
        QCOMPARE(m.rowCount(), 3);
    }

    void proxyFilters()
    {
        EventsModel m;
        EventsProxyModel p;
        p.setSourceModel(&m);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ptester(&p, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.noteEvent(makeEvent(1, u"container"_s, u"start"_s));
        m.noteEvent(makeEvent(2, u"image"_s, u"pull"_s));
        m.noteEvent(makeEvent(3, u"container"_s, u"die"_s));
        m.noteEvent(makeEvent(13, u"container"_s, u"exec_start: sh -c ls"_s));
        m.flush();
        p.setTypeFilter(u"container"_s);
        QCOMPARE(p.rowCount(), 3);
        p.setActionFilter(u"EXEC"_s);
        QCOMPARE(p.rowCount(), 1);
        p.setActionFilter({});
        p.setNameFilter(u"c1"_s);
        QCOMPARE(p.rowCount(), 2); // c1 and c13
        p.setTypeFilter({});
        p.setNameFilter({});
        QCOMPARE(p.rowCount(), 4);
        // New rows pass through the filter as they come.
        p.setTypeFilter(u"image"_s);
        m.noteEvent(makeEvent(4, u"image"_s, u"tag"_s));
        m.noteEvent(makeEvent(5));
        m.flush();
        QCOMPARE(p.rowCount(), 2);
    }

    void jsonAsTheEngineSendsIt()
    {
        const EngineEvent e = makeEvent(7);
        const QJsonObject o = EventsModel::toJson(e);
        const EngineEvent back = EngineEvent::fromJson(o);
        QCOMPARE(back.type, e.type);
        QCOMPARE(back.action, e.action);
        QCOMPARE(back.id, e.id);
        QCOMPARE(back.attributes, e.attributes);
        QCOMPARE(back.timeNano, e.timeNano);
        QCOMPARE(o.value(u"time"_s).toInteger(), 1764000000);
    }

    // How many events a second the model (and a filter over it) takes in: measured and
    // printed, never asserted (machines differ). Without the model tester, which checks
    // the whole model at every change and would measure itself (the other tests have it).
    void throughput()
    {
        EventsModel m;
        EventsProxyModel p;
        p.setSourceModel(&m);
        p.setTypeFilter(u"container"_s);
        const int n = 200000;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            m.noteEvent(makeEvent(i));
            if (i % 500 == 499)
                m.flush(); // as the 100 ms timer would, under a flood of 5,000 events/s
        }
        m.flush();
        const qint64 ms = std::max<qint64>(1, t.elapsed());
        QCOMPARE(m.rowCount(), EventsModel::kDefaultCapacity);
        QCOMPARE(p.rowCount(), EventsModel::kDefaultCapacity);
        qInfo("EventsModel took in %d events in %lld ms (%lld events/s) through a type filter, holding the newest %d",
              n, ms, qint64(n) * 1000 / ms, EventsModel::kDefaultCapacity);
    }

    void diskUsageMerges()
    {
        DiskUsageModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itester(m.items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DiskUsage df = recorded();
        m.setDiskUsage(df);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.index(0, DiskUsageModel::ReclaimableColumn).data().toString(), u"7.246MB (42%)"_s);
        QCOMPARE(m.items()->rowCount(), 3 + 3 + 4 + 4);
        // What holds each object.
        const int data = m.items()->rowOfKey(u"v:data"_s);
        QVERIFY(data >= 0);
        QCOMPARE(m.items()->index(data, DiskUsageItemsModel::HeldByColumn).data().toString(), u"web"_s);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy removed(m.items(), &QAbstractItemModel::rowsRemoved);
        QPersistentModelIndex web(m.items()->index(m.items()->rowOfKey(u"c:"_s + df.containers[0].id), 0));
        df.containers.removeLast();
        df.volumes.removeLast();
        m.setDiskUsage(df);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m.index(1, DiskUsageModel::TotalColumn).data().toString(), u"2"_s);
        QVERIFY(web.isValid());
        QVERIFY(removed.size() >= 1);
        QCOMPARE(m.items()->rowCount(), 3 + 2 + 3 + 4);
    }

    void diskUsageEvents()
    {
        EngineEvent e = makeEvent(1, u"container"_s, u"destroy"_s);
        QVERIFY(DiskUsageModel::concernsDiskUsage(e));
        e.action = u"exec_start: sh"_s;
        QVERIFY(!DiskUsageModel::concernsDiskUsage(e));
        e.type = u"volume"_s;
        e.action = u"create"_s;
        QVERIFY(DiskUsageModel::concernsDiskUsage(e));
        e.type = u"network"_s;
        QVERIFY(!DiskUsageModel::concernsDiskUsage(e));
    }
};

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
