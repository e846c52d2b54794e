// Times a build whose RUN prints a flood of lines, through what a user has on screen:
// BuildOperation (POST /build, the context streamed as a tar, the JSON stream decoded)
// + BuildStepsModel + the BuildPanel with its steps tree and raw log (offscreen),
// against the engine in DOCKER_HOST. The context folder (a Dockerfile whose RUN
// prints the lines) is made by tests/bench/run-benchmarks, which times
// `DOCKER_BUILDKIT=0 docker build --no-cache` on the same folder.
//
//   build.total  wall time from Build to the finished result (image history included)
//   build.stall  the longest event-loop stall while the output streams: a 5 ms timer
//                measures how late it fires; per run the worst lateness, in ms
//   build.busy   the most CPU time the GUI thread spent between two of those ticks: the
//                longest stretch of Cais's own work. On a machine whose cores are busy
//                with other processes, build.stall also counts the time the thread waited
//                for a core; build.busy does not.
//
// Prints `RESULT <name> <runs> <median ms> <p90 ms>` per measure and
// `INFO lines=<lines received> api=<version> cpu_ms=<process CPU time per build, median>`.
// Exits non-zero when a build fails.
//
// Usage: bench_build --context DIR [--lines N] [--runs N] [--warmup N] [--view steps|raw]
// (--view: which output tab is shown while building; default the steps tree)

#include "benchstats.h"
#include "build/buildpanel.h"
#include "buildstepsmodel.h"
#include "engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_build", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_build: %s\n", qPrintable(text));
}

using bench::median;
using bench::p90;

struct Run
{
    bool ok = false;
    double totalMs = 0;
    double stallMs = 0;
    double busyMs = 0;
    double cpuMs = 0; ///< CPU time of the whole process during the build
    qint64 lines = 0;
    QString error;
};

Run buildOnce(BuildPanel &panel, int expectedLines)
{
    Run run;
    QEventLoop loop;
    BuildResult result;
    QObject::connect(&panel, &BuildPanel::buildFinished, &loop, [&](const BuildResult &r) {
        result = r;
        loop.quit();
    });

    // The event loop's heartbeat: how late does a 5 ms timer fire while lines pour in?
    QElapsedTimer clock;
    QTimer beat;
    beat.setTimerType(Qt::PreciseTimer);
    beat.setInterval(5);
    qint64 last = 0;
    qint64 streamingSince = -1;
    double worst = 0;
    double busiest = 0;
    qint64 lastCpu = 0;
    QObject::connect(&beat, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        const qint64 cpu = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
        if (streamingSince < 0 && panel.stepsModel()->rawLog()->rowCount() > 0)
            streamingSince = now;
        if (streamingSince >= 0 && last > 0) {
            worst = std::max(worst, double(now - last) / 1e6 - 5.0);
            busiest = std::max(busiest, double(cpu - lastCpu) / 1e6);
        }
        last = now;
        lastCpu = cpu;
    });

    timespec cpu0{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu0);
    clock.start();
    beat.start();
    panel.startBuild();
    if (!panel.isBuilding()) {
        run.error = panel.errorLabel()->text();
        return run;
    }
    loop.exec();
    run.totalMs = double(clock.nsecsElapsed()) / 1e6;
    timespec cpu1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    run.cpuMs = double(cpu1.tv_sec - cpu0.tv_sec) * 1e3 + double(cpu1.tv_nsec - cpu0.tv_nsec) / 1e6;
    beat.stop();
    run.stallMs = std::max(0.0, worst);
    run.busyMs = busiest;
    BuildStepsModel *model = panel.stepsModel();
    for (int i = 0; i < model->stepCount(); ++i)
        run.lines = std::max(run.lines, model->linesOfStep(i));
    if (!result.succeeded()) {
        run.error = result.message + QLatin1Char(' ') + result.engineMessage;
        return run;
    }
    if (run.lines < expectedLines) {
        run.error = tr("only %1 of %2 lines arrived").arg(run.lines).arg(expectedLines);
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption contextOption(QStringLiteral("context"), tr("The build context folder (with its Dockerfile)."), QStringLiteral("dir"));
    QCommandLineOption linesOption(QStringLiteral("lines"), tr("Lines the RUN prints (checked)."), QStringLiteral("n"), QStringLiteral("200000"));
    QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs."), QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption warmupOption(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("1"));
    parser.addOption(contextOption);
    parser.addOption(linesOption);
    parser.addOption(runsOption);
    parser.addOption(warmupOption);
    QCommandLineOption viewOption(QStringLiteral("view"), tr("The output tab shown: steps or raw."), QStringLiteral("tab"), QStringLiteral("steps"));
    parser.addOption(viewOption);
    parser.process(app);
    bool ok1 = false, ok2 = false, ok3 = false;
    const int runs = parser.value(runsOption).toInt(&ok1);
    const int warmup = parser.value(warmupOption).toInt(&ok2);
    const int lines = parser.value(linesOption).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || runs < 1 || warmup < 0 || parser.value(contextOption).isEmpty()) {
        printErr(tr("--context is needed; --runs at least 1, --warmup and --lines whole numbers."));
        return 2;
    }

    const Result<Endpoint> endpoint = Endpoint::fromEnvironment();
    if (!endpoint) {
        printErr(endpoint.error().fullText());
        return 1;
    }
    Engine engine(*endpoint);
    engine.setReconnectInterval(0);
    engine.setWatchEvents(false);
    engine.connectToEngine();
    {
        QEventLoop wait;
        QObject::connect(&engine, &Engine::stateChanged, &wait, [&](Engine::State s) {
            if (s != Engine::State::Connecting)
                wait.quit();
        });
        QTimer::singleShot(30000, &wait, &QEventLoop::quit);
        if (engine.state() != Engine::State::Connected)
            wait.exec();
    }
    if (engine.state() != Engine::State::Connected) {
        printErr(tr("The engine at %1 is unreachable: %2").arg(endpoint->toString(), engine.lastError().fullText()));
        return 1;
    }

    BuildPanel panel;
    panel.resize(1000, 700);
    panel.setEngine(&engine);
    panel.setContextDir(parser.value(contextOption));
    panel.setNoCache(true);
    panel.show();
    if (parser.value(viewOption) == QLatin1String("raw")) {
        if (auto *tabs = panel.findChild<QTabWidget *>(QStringLiteral("buildOutputTabs")))
            tabs->setCurrentIndex(1);
    }

    QList<double> totals, stalls, busy, cpu;
    qint64 received = 0;
    for (int i = 0; i < warmup + runs; ++i) {
        const Run r = buildOnce(panel, lines);
        if (!r.ok) {
            printErr(tr("The build failed: %1").arg(r.error));
            return 1;
        }
        received = r.lines;
        if (i >= warmup) {
            totals << r.totalMs;
            stalls << r.stallMs;
            busy << r.busyMs;
            cpu << r.cpuMs;
        }
    }
    std::printf("RESULT build.total %lld %.3f %.3f\n", static_cast<long long>(totals.size()), median(totals), p90(totals));
    std::printf("RESULT build.stall %lld %.3f %.3f\n", static_cast<long long>(stalls.size()), median(stalls), p90(stalls));
    std::printf("RESULT build.busy %lld %.3f %.3f\n", static_cast<long long>(busy.size()), median(busy), p90(busy));
    std::printf("INFO lines=%lld api=%s cpu_ms=%.0f\n", static_cast<long long>(received), qPrintable(engine.info().apiVersion), median(cpu));
    std::fflush(stdout);
    return 0;
}
