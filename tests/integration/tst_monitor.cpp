// Live stats in the window, on the real engine: the Stats tab charts a running
// container and samples it only while it is visible (the requests are counted), the
// Containers page samples exactly the running containers whose rows are on screen
// and nothing once hidden, and its CPU and memory columns show the sampled figures
// (empty for a stopped container).
#include "containers/containerspage.h"
#include "containers/statsview.h"
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "engine.h"
#include "dashboardmodel.h"
#include "monitor/dashboardpage.h"
#include "monitor/statschart.h"
#include "stats.h"
#include "statssampler.h"
#include "testengine.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QString unique(const QString &base)
{
    return u"cais-it-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

QString idOf(const QString &name)
{
    QByteArray out;
    TestEngine::docker({u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, name}, &out);
    return QString::fromUtf8(out.trimmed());
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QString m_running;
    QString m_stopped;
    QString m_runningId;
    QString m_stoppedId;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        m_running = unique(u"mon-run"_s);
        m_stopped = unique(u"mon-stopped"_s);
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, m_running, u"--network"_s, u"none"_s, u"-m"_s, u"256m"_s, u"--cpus"_s,
                                    u"0.2"_s, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s, u"while :; do :; done"_s}));
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, m_stopped, u"cais-test/shell:1"_s, u"true"_s}));
        m_runningId = idOf(m_running);
        m_stoppedId = idOf(m_stopped);
        QCOMPARE(m_runningId.size(), 64);
    }

    void cleanupTestCase()
    {
        for (const QString &n : {m_running, m_stopped}) {
            if (!n.isEmpty())
                TestEngine::docker({u"rm"_s, u"-f"_s, n});
        }
    }

    void statsTab()
    {
        Engine &e = TestEngine::connected(m_engine);
        StatsSampler sampler;
        sampler.setEngine(&e);
        StatsView view(&sampler, &e, m_runningId);
        view.resize(900, 700);
        QCOMPARE(sampler.requestCount(), 0); // created, not shown: nothing asked
        view.show();
        QVERIFY(sampler.isSampling(m_runningId));
        QCOMPARE(sampler.requestCount(), 1);

        // A few samples: every chart has points, the figures are written beside them.
        QTRY_VERIFY_WITH_TIMEOUT(view.cpuChart()->pointCount(0) >= 2 && view.networkChart()->pointCount(0) >= 2, 20000);
        QVERIFY(view.memoryChart()->pointCount(0) >= 2);
        QCOMPARE(view.blockChart()->seriesCount(), 2);
        const StatsHistory *h = sampler.history(m_runningId);
        QVERIFY(h);
        QCOMPARE(h->capacity(), StatsHistory::kLongCapacity); // a chart keeps an hour
        const ContainerStats &s = h->latest();
        QVERIFY2(view.cpuText()->text().contains(u"%"_s), qPrintable(view.cpuText()->text()));
        QVERIFY2(view.memoryText()->text().contains(DockerStats::bytesSize(256.0 * 1024 * 1024)), qPrintable(view.memoryText()->text()));
        QCOMPARE(s.memoryLimit, 256.0 * 1024 * 1024);
        QCOMPARE(view.memoryChart()->seriesCount(), 1);
        QCOMPARE(view.memoryChart()->axisUnit(), u"MiB"_s); // the limit line (256 MiB) sets the scale
        QCOMPARE(view.networkChart()->axisUnit(), u"B/s"_s);
        view.setWindowSeconds(3600);
        QCOMPARE(view.windowSeconds(), 3600);

        // Hidden: the request is closed, the history stays.
        const int points = view.cpuChart()->pointCount(0);
        view.hide();
        QVERIFY(!sampler.isSampling(m_runningId));
        QVERIFY(sampler.sampledIds().isEmpty());
        QCOMPARE(sampler.requestCount(), 1);
        QVERIFY(sampler.history(m_runningId)->size(StatsHistory::Cpu) >= points);
        // Shown again: one more request, the old points are drawn at once.
        view.show();
        QCOMPARE(sampler.requestCount(), 2);
        QVERIFY(view.cpuChart()->pointCount(0) >= points);

        // The container stops: the view says so; it starts again: the sampling resumes.
        QVERIFY(TestEngine::docker({u"kill"_s, m_running}));
        QTRY_VERIFY_WITH_TIMEOUT(view.stateLabel()->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!sampler.isSampling(m_runningId), 20000); // the engine ends the stream
        const ContainerStats before = sampler.history(m_runningId)->latest();
        QVERIFY(TestEngine::docker({u"start"_s, m_running}));
        QTRY_VERIFY_WITH_TIMEOUT(sampler.history(m_runningId)->latest().readNs > before.readNs, 20000);
        QVERIFY(sampler.isSampling(m_runningId));
        QVERIFY(!view.stateLabel()->isVisible());
    }

    void listSamplesWhatIsOnScreen()
    {
        Engine &e = TestEngine::connected(m_engine);
        ContainersModel model;
        model.setEngine(&e);
        StatsSampler sampler;
        sampler.setPollInterval(300); // a list polls (one-shot requests); short, for the test
        sampler.setEngine(&e);
        ContainersPage page(&model);
        page.setEngine(&e);
        page.setStatsSampler(&sampler);
        page.resize(1100, 700);
        // Only this test's containers in view (other tests run beside it).
        page.filterEdit()->setText(u"cais-it-mon- "_s + QString::number(QCoreApplication::applicationPid()));
        QCOMPARE(sampler.requestCount(), 0);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.proxy()->rowCount() == 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(page.sampledIds(), QStringList{m_runningId}, 20000); // the running one only
        QTRY_COMPARE_WITH_TIMEOUT(sampler.sampledIds(), QStringList{m_runningId}, 20000);

        // The figures are on screen without scrolling, in a page of a 1280-pixel window.
        {
            const QHeaderView *header = page.view()->header();
            const int right = header->sectionViewportPosition(ContainersModel::MemoryColumn) + header->sectionSize(ContainersModel::MemoryColumn);
            QVERIFY2(right <= page.view()->viewport()->width(), qPrintable(u"%1 > %2"_s.arg(right).arg(page.view()->viewport()->width())));
        }
        const QModelIndex cpu = model.indexOfId(m_runningId, ContainersModel::CpuColumn);
        const QModelIndex mem = model.indexOfId(m_runningId, ContainersModel::MemoryColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!cpu.data().toString().isEmpty(), 20000);
        QVERIFY2(cpu.data().toString().endsWith(u'%'), qPrintable(cpu.data().toString()));
        const ContainerStats &latest = sampler.history(m_runningId)->latest();
        // Polled: the CPU % comes from two of our own one-shot samples.
        QVERIFY(!latest.precpu.isEmpty());
        QCOMPARE(latest.cpuPercent, DockerStats::cpuPercent(latest.precpu, latest.cpu));
        QCOMPARE(mem.data().toString(), DockerStats::bytesSize(latest.memoryUsed));
        QCOMPARE(mem.data(ContainersModel::SortRole).toLongLong(), qint64(latest.memoryUsed));
        QCOMPARE(model.indexOfId(m_stoppedId, ContainersModel::CpuColumn).data().toString(), QString());
        QCOMPARE(model.indexOfId(m_stoppedId, ContainersModel::MemoryColumn).data().toString(), QString());

        // Filtered out of view: no longer sampled, its figures cleared.
        const int requests = sampler.requestCount();
        page.filterEdit()->setText(m_stopped);
        QTRY_VERIFY_WITH_TIMEOUT(sampler.sampledIds().isEmpty(), 20000);
        QCOMPARE(cpu.data().toString(), QString());
        const int whileFiltered = sampler.requestCount();
        QTest::qWait(1000); // three poll intervals: not one request for what is not shown
        QCOMPARE(sampler.requestCount(), whileFiltered);
        QVERIFY(whileFiltered >= requests);
        page.filterEdit()->setText(m_running);
        QTRY_COMPARE_WITH_TIMEOUT(sampler.sampledIds(), QStringList{m_runningId}, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sampler.requestCount() > whileFiltered + 1, 20000); // polled again

        // The page hidden (another page, a minimised window): nothing is sampled.
        page.hide();
        QVERIFY(sampler.sampledIds().isEmpty());
        QVERIFY(page.sampledIds().isEmpty());
        const int hidden = sampler.requestCount();
        QTest::qWait(1000);
        QCOMPARE(sampler.requestCount(), hidden);
    }

    void dashboardFollowsStartAndStop()
    {
        Engine &e = TestEngine::connected(m_engine);
        ContainersModel containers;
        containers.setEngine(&e);
        StatsSampler sampler;
        sampler.setPollInterval(300);
        sampler.setEngine(&e);
        DashboardPage page(&containers, &sampler);
        page.setEngine(&e);
        page.resize(1100, 600);
        page.filterEdit()->setText(u"cais-it-mon-"_s);
        page.show();
        DashboardModel *model = page.model();
        // The running container of this test is there with its figures; the stopped one is not.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(m_runningId) >= 0, 20000);
        QCOMPARE(model->rowOfId(m_stoppedId), -1);
        QTRY_VERIFY_WITH_TIMEOUT(!model->index(model->rowOfId(m_runningId), DashboardModel::CpuColumn).data().toString().isEmpty(), 20000);
        QVERIFY(page.sampledIds().contains(m_runningId));
        QVERIFY2(page.totalsLabel()->text().contains(u"running"_s), qPrintable(page.totalsLabel()->text()));

        // Started: it appears (from the engine's events) and is sampled; stopped: it goes.
        const QString lived = unique(u"mon-live"_s);
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, lived, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"100000"_s}));
        const QString livedId = idOf(lived);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(livedId) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(sampler.isSampling(livedId), 20000);
        QVERIFY(TestEngine::docker({u"rm"_s, u"-f"_s, lived}));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOfId(livedId), -1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!sampler.isSampling(livedId), 20000);

        // Hidden: nothing sampled, no request.
        page.hide();
        QVERIFY(sampler.sampledIds().isEmpty());
        const int requests = sampler.requestCount();
        QTest::qWait(1000); // three poll intervals
        QCOMPARE(sampler.requestCount(), requests);
    }
};

QTEST_MAIN(TestMonitor)
#include "tst_monitor.moc"
