// bench_dashboard: the monitoring dashboard and the Stats charts on many containers,
// measured on the engine the fixture started (DOCKER_HOST).
//
//   bench_dashboard [--containers N] [--busy K] [--seconds T]      (defaults 100, 5, 60)
//       Starts N busybox containers, opens the Dashboard page (1200x900, filtered to
//       them) and reports the time to its first paint listing all N, the time until
//       every row on screen has its figures, then the CPU seconds Cais, dockerd and
//       containerd use in T seconds with the page open, against T seconds of
//       `docker stats` on the same containers.
//   bench_dashboard --soak [--containers N] [--seconds T]          (defaults 20, 3600)
//       Opens N Stats views (window: 1 hour) on N running containers for T seconds and
//       prints Cais's resident memory after the first minute, every 5 minutes, and at
//       the end: the growth is what an hour of charts costs.
// Removes its containers.
#include "containersmodel.h"
#include "dashboardmodel.h"
#include "monitor/dashboardpage.h"
#include "benchstats.h"
#include "endpoint.h"
#include "engine.h"
#include "statssampler.h"
#include "containers/statsview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <functional>
#include <memory>

namespace {

using bench::heapInUseMb;
using bench::residentMb;

using bench::findProcess;
using bench::processTicks;
using bench::selfSeconds;
using bench::ticksToSeconds;

QByteArray docker(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("docker"), args);
    p.waitForFinished(600000);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "bench_dashboard: docker %s: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

/// Records when the watched widget is first painted while `ready` holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(std::function<bool()> ready, QElapsedTimer *clock)
        : m_ready(std::move(ready))
        , m_clock(clock)
    {
    }
    qint64 firstMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstMs < 0 && m_ready())
            firstMs = m_clock->elapsed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    QElapsedTimer *m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bool soak = false;
    int containers = -1, busy = 5, seconds = -1;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--soak"))
            soak = true;
        else if (i + 1 < args.size() && args.at(i) == QLatin1String("--containers"))
            containers = args.at(++i).toInt();
        else if (i + 1 < args.size() && args.at(i) == QLatin1String("--busy"))
            busy = args.at(++i).toInt();
        else if (i + 1 < args.size() && args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(++i).toInt();
    }
    if (containers <= 0)
        containers = soak ? 20 : 100;
    if (seconds <= 0)
        seconds = soak ? 3600 : 60;
    if (soak)
        busy = std::min(busy, 2);

    const Result<Endpoint> ep = Endpoint::fromEnvironment();
    if (!ep || ep->path.isEmpty()) {
        std::fprintf(stderr, "bench_dashboard: DOCKER_HOST must be a unix socket\n");
        return 2;
    }
    const QByteArray engineDir = QFileInfo(ep->path).absolutePath().toLocal8Bit();
    const qint64 dockerd = findProcess({"dockerd", engineDir});
    const qint64 containerd = findProcess({"containerd", engineDir}, "dockerd");
    auto engineTicks = [&] { return processTicks(dockerd) + processTicks(containerd); };

    const QString tag = QStringLiteral("cais-bench-dash-%1-").arg(QCoreApplication::applicationPid());
    QStringList ids;
    for (int i = 0; i < containers; ++i) {
        const QString work = i < busy ? QStringLiteral("while :; do :; done") : QStringLiteral("exec sleep 100000");
        ids << QString::fromUtf8(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), tag + QString::number(i),
                                         QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--cpus"), QStringLiteral("0.1"),
                                         QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), work})
                                      .trimmed());
    }
    const auto cleanup = qScopeGuard([&] { docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids); });
    std::printf("INFO %d containers running (%d busy)\n", containers, busy);
    std::fflush(stdout);

    Engine engine(*ep);
    engine.connectToEngine();
    if (!QTest::qWaitFor([&] { return engine.state() == Engine::State::Connected; }, 30000)) {
        std::fprintf(stderr, "bench_dashboard: the engine did not answer\n");
        return 1;
    }
    StatsSampler sampler;
    sampler.setEngine(&engine);

    if (soak) {
        std::vector<std::unique_ptr<StatsView>> views;
        for (const QString &id : std::as_const(ids)) {
            auto v = std::make_unique<StatsView>(&sampler, &engine, id);
            v->setWindowSeconds(3600);
            v->resize(900, 700);
            v->show();
            views.push_back(std::move(v));
        }
        int samples = 0;
        QObject::connect(&sampler, &StatsSampler::sampled, &app, [&samples] { ++samples; });
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(60000);
        const double startMb = residentMb();
        const double cpu0 = selfSeconds();
        std::printf("INFO soak: %d Stats views, 1-hour window; after 1 min: %.1f MB resident, heap in use %.1f MB\n", containers, startMb,
                    heapInUseMb());
        std::fflush(stdout);
        double peak = startMb;
        for (qint64 t = 60; t < seconds;) {
            const qint64 step = std::min<qint64>(qEnvironmentVariableIntValue("CAIS_BENCH_SOAK_STEP") > 0
                                                      ? qEnvironmentVariableIntValue("CAIS_BENCH_SOAK_STEP")
                                                      : 300,
                                                  seconds - t);
            QTest::qWait(int(step * 1000));
            t += step;
            peak = std::max(peak, residentMb());
            std::printf("INFO soak: %lld s: %.1f MB resident, heap in use %.1f MB, %d samples\n", static_cast<long long>(t), residentMb(),
                        heapInUseMb(), samples);
            std::fflush(stdout);
        }
        const double endMb = residentMb();
        const double cpu = selfSeconds() - cpu0;
        std::printf("INFO soak: %d s with %d containers charted: %.1f MB after the first minute, %.1f MB at the end (peak %.1f): growth %.1f MB; "
                    "Cais %.1f CPU s (%.2f%% of one core), %d samples\n",
                    seconds, containers, startMb, endMb, peak, endMb - startMb, cpu, cpu / double(seconds - 60) * 100, samples);
        std::printf("GOAL soak memory growth %.1f MB (goal: under 5 MB) %s\n", endMb - startMb, endMb - startMb < 5 ? "met" : "MISSED");
        return 0;
    }

    // --- The dashboard: from opening to the first paint that lists them all.
    ContainersModel model;
    model.setEngine(&engine);
    QElapsedTimer clock;
    clock.start();
    DashboardPage page(&model, &sampler);
    page.setEngine(&engine);
    page.resize(1200, 900);
    page.filterEdit()->setText(tag);
    PaintWatch listed([&] { return page.proxy()->rowCount() >= containers; }, &clock);
    page.view()->viewport()->installEventFilter(&listed);
    page.show();
    const bool allListed = QTest::qWaitFor([&] { return listed.firstMs >= 0; }, 60000);
    // Then every row on screen with its figures.
    auto visibleRowsWithFigures = [&](int *visible) {
        int shown = 0, filled = 0;
        QTreeView *v = page.view();
        for (int r = 0; r < page.proxy()->rowCount(); ++r) {
            const QModelIndex i = page.proxy()->index(r, DashboardModel::CpuColumn);
            const QRect rect = v->visualRect(i);
            if (!rect.isValid() || !v->viewport()->rect().intersects(rect))
                continue;
            ++shown;
            filled += i.data().toString().isEmpty() ? 0 : 1;
        }
        if (visible)
            *visible = shown;
        return shown > 0 && filled == shown;
    };
    const bool allFigures = QTest::qWaitFor([&] { return visibleRowsWithFigures(nullptr); }, 60000);
    const qint64 figuresMs = clock.elapsed();
    int visible = 0;
    visibleRowsWithFigures(&visible);
    std::printf("INFO dashboard: first paint listing all %d: %s; figures in every row on screen (%d rows, %lld sampled): %s\n", containers,
                allListed ? qPrintable(QStringLiteral("%1 ms").arg(listed.firstMs)) : "not within 60 s", visible,
                static_cast<long long>(page.sampledIds().size()), allFigures ? qPrintable(QStringLiteral("%1 ms").arg(figuresMs)) : "not within 60 s");
    std::fflush(stdout);

    const double cais0 = selfSeconds();
    const qint64 engine0 = engineTicks();
    clock.restart();
    QTest::qWait(seconds * 1000);
    const double caisCpu = selfSeconds() - cais0;
    const double caisEngine = ticksToSeconds(engineTicks() - engine0);
    const double wall = double(clock.elapsed()) / 1000;
    page.hide();
    std::printf("INFO dashboard open %.0f s: Cais %.2f CPU s (%.2f CPU s per minute, %.2f%% of one core), engine %.2f CPU s\n", wall, caisCpu,
                caisCpu / wall * 60, caisCpu / wall * 100, caisEngine);
    std::fflush(stdout);
    QTest::qWait(2000);

    const bench::CliCost cost = bench::dockerStatsCost(ids, seconds, engineTicks);
    const double cliCpu = cost.cliCpu;
    const double cliEngine = cost.engineCpu;
    const double cliWall = cost.wall;
    std::printf("INFO docker stats %.0f s: CLI %.2f CPU s (%.2f%% of one core), engine %.2f CPU s\n", cliWall, cliCpu, cliCpu / cliWall * 100,
                cliEngine);
    std::printf("RATIO dashboard (Cais + engine) / (docker stats + engine) = %.2f; Cais / CLI = %.2f\n",
                (caisCpu + caisEngine) / (cliCpu + cliEngine), caisCpu / cliCpu);
    std::fflush(stdout);
    return allListed && allFigures ? 0 : 1;
}
