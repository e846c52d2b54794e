// The long mixed run of issue 15 (`tools/dev bench --soak MINUTES`, not in CI): what a
// user's Cais goes through in a working day, for as long as asked, while its memory and
// CPU are sampled.
//
//   - N containers (default 50) on the engine, started and stopped continuously: every
//     two seconds one of them is stopped or started by the docker CLI (other than the
//     ones below), so the lists, the dashboard and the events never rest;
//   - the Dashboard open over all of them, its figures sampled every second;
//   - Stats views (charts, one-hour window) open on four that keep running;
//   - a Logs view following one that prints a line a second;
//   - a build every minute, through the Build panel (a Dockerfile with a RUN that
//     prints, no cache), each image removed after the next one is built.
//
// Prints `INFO soak: T s: R MB resident, H MB heap in use, ...` every --step seconds,
// then the growth after the first five minutes (the goal: under 5 MB), Cais's CPU, and
// every error Cais showed (a list or the logs failing, a build failing). Exits non-zero
// when an error was shown or the goal was missed.
//
// Usage: bench_soak [--minutes M] [--containers N] [--step S]

#include "benchstats.h"
#include "build/buildpanel.h"
#include "containers/logsview.h"
#include "containers/statsview.h"
#include "containersmodel.h"
#include "engine.h"
#include "logsmodel.h"
#include "logsstream.h"
#include "monitor/dashboardpage.h"
#include "statssampler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using bench::heapInUseMb;
using bench::residentMb;

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_soak", text);
}

/// The docker CLI, waited for: only while setting up and cleaning up.
bool docker(const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("docker"), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_soak: docker %s: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption minutesOption(QStringLiteral("minutes"), tr("How long the run lasts."), QStringLiteral("m"), QStringLiteral("60"));
    QCommandLineOption containersOption(QStringLiteral("containers"), tr("Containers started and stopped."), QStringLiteral("n"),
                                        QStringLiteral("50"));
    QCommandLineOption stepOption(QStringLiteral("step"), tr("Seconds between memory readings."), QStringLiteral("s"), QStringLiteral("300"));
    parser.addOption(minutesOption);
    parser.addOption(containersOption);
    parser.addOption(stepOption);
    parser.process(app);
    const int minutes = parser.value(minutesOption).toInt();
    const int containers = parser.value(containersOption).toInt();
    const int step = parser.value(stepOption).toInt();
    constexpr int kSteady = 6; // 0: logs, 1-4: charted, 5: the build's base check; never toggled
    if (minutes < 6 || containers <= kSteady || step < 1) {
        std::fprintf(stderr, "bench_soak: --minutes at least 6 (growth counts after the first five), --containers more than %d, --step at least 1\n",
                     kSteady);
        return 2;
    }

    const Result<Endpoint> ep = Endpoint::fromEnvironment();
    if (!ep) {
        std::fprintf(stderr, "bench_soak: %s\n", qPrintable(ep.error().fullText()));
        return 2;
    }

    // --- The containers: each prints a line a second, so the logs never rest either.
    const QString prefix = QStringLiteral("cais-bench-soak-%1-").arg(QCoreApplication::applicationPid());
    QStringList ids;
    for (int i = 0; i < containers; ++i) {
        QByteArray out;
        if (!docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), prefix + QString::number(i), QStringLiteral("--network"),
                     QStringLiteral("none"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("trap 'exit 0' TERM; i=0; while :; do i=$((i+1)); echo line $i; sleep 1; done")},
                    &out))
            return 1;
        ids << QString::fromUtf8(out.trimmed());
    }
    const QString buildTag = prefix + QStringLiteral("build:latest");
    const QString buildLabel = QStringLiteral("cais.bench.soak=%1").arg(QCoreApplication::applicationPid());
    const auto cleanup = qScopeGuard([&] {
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
        docker({QStringLiteral("image"), QStringLiteral("prune"), QStringLiteral("-f"), QStringLiteral("--filter"), QStringLiteral("label=") + buildLabel});
        docker({QStringLiteral("rmi"), QStringLiteral("-f"), buildTag});
    });
    std::printf("INFO soak: %d containers running, toggled one every 2 s (all but %d)\n", containers, kSteady);
    std::fflush(stdout);

    Engine engine(*ep);
    engine.connectToEngine();
    if (!QTest::qWaitFor([&] { return engine.state() == Engine::State::Connected; }, 30000)) {
        std::fprintf(stderr, "bench_soak: the engine did not answer\n");
        return 1;
    }

    QStringList errors;
    auto noteError = [&](const QString &what) {
        if (errors.size() < 50)
            errors << what;
        std::printf("INFO soak error: %s\n", qPrintable(what));
        std::fflush(stdout);
    };

    // --- What the user has open.
    ContainersModel model;
    model.setEngine(&engine);
    QObject::connect(&model, &ContainersModel::refreshed, &app, [&](const QString &error) {
        if (!error.isEmpty())
            noteError(tr("the containers list failed: %1").arg(error));
    });
    StatsSampler sampler;
    sampler.setEngine(&engine);
    DashboardPage dashboard(&model, &sampler);
    dashboard.setEngine(&engine);
    dashboard.resize(1200, 900);
    dashboard.show();
    std::vector<std::unique_ptr<StatsView>> charts;
    for (int i = 1; i <= 4; ++i) {
        auto v = std::make_unique<StatsView>(&sampler, &engine, ids.at(i));
        v->setWindowSeconds(3600);
        v->resize(900, 700);
        v->show();
        charts.push_back(std::move(v));
    }
    LogsView logs(&engine, ids.at(0));
    logs.resize(900, 700);
    logs.setFollow(true);
    logs.show();
    QObject::connect(logs.stream(), &LogsStream::failed, &app, [&](const EngineError &e) { noteError(tr("the logs failed: %1").arg(e.fullText())); });

    // --- A build a minute.
    QTemporaryDir context;
    {
        QFile df(QDir(context.path()).filePath(QStringLiteral("Dockerfile")));
        if (!context.isValid() || !df.open(QIODevice::WriteOnly))
            return 1;
        df.write("FROM cais-test/shell:1\nARG N=0\nLABEL " + buildLabel.toUtf8()
                 + "\nRUN for i in $(seq 1 2000); do echo build $N line $i; done > /lines && wc -l /lines\n");
    }
    BuildPanel panel;
    panel.resize(1000, 700);
    panel.setEngine(&engine);
    panel.setContextDir(context.path());
    panel.setTags({buildTag});
    panel.setNoCache(true);
    panel.show();
    int builds = 0, buildsOk = 0;
    QString previousImage;
    QObject::connect(&panel, &BuildPanel::buildFinished, &app, [&](const BuildResult &r) {
        if (!r.succeeded()) {
            noteError(tr("build %1 failed: %2 %3").arg(builds).arg(r.message, r.engineMessage));
            return;
        }
        ++buildsOk;
        // The image before this one is now untagged: removed, as a user cleans up.
        if (!previousImage.isEmpty() && previousImage != r.imageId)
            QProcess::startDetached(QStringLiteral("docker"), {QStringLiteral("rmi"), previousImage});
        previousImage = r.imageId;
    });
    QTimer buildTimer;
    auto buildNow = [&] {
        if (panel.isBuilding())
            return;
        ++builds;
        panel.setBuildArgs({{QStringLiteral("N"), QString::number(builds)}});
        panel.startBuild();
        if (!panel.isBuilding())
            noteError(tr("build %1 did not start").arg(builds));
    };
    QObject::connect(&buildTimer, &QTimer::timeout, &app, buildNow);
    buildTimer.start(60000);
    QTimer::singleShot(5000, &app, buildNow);

    // --- Start and stop, continuously: the CLI, in the background.
    int toggles = 0;
    int next = kSteady;
    std::vector<bool> running(size_t(containers), true);
    QTimer toggler;
    QObject::connect(&toggler, &QTimer::timeout, &app, [&] {
        const int i = next;
        next = next + 1 < containers ? next + 1 : kSteady;
        const bool stop = running[size_t(i)];
        running[size_t(i)] = !stop;
        ++toggles;
        auto *p = new QProcess(&app);
        QObject::connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->start(QStringLiteral("docker"), stop ? QStringList{QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), ids.at(i)}
                                                : QStringList{QStringLiteral("start"), ids.at(i)});
    });
    toggler.start(2000);

    // --- Measure.
    int samples = 0;
    QObject::connect(&sampler, &StatsSampler::sampled, &app, [&samples] { ++samples; });
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(5 * 60 * 1000);
    const double startMb = residentMb();
    const double startHeap = heapInUseMb();
    const double cpu0 = bench::selfSeconds();
    std::printf("INFO soak: 300 s: %.1f MB resident, %.1f MB heap in use (the baseline)\n", startMb, startHeap);
    std::fflush(stdout);
    double peak = startMb;
    const qint64 total = qint64(minutes) * 60;
    for (qint64 t = 300; t < total;) {
        const qint64 wait = std::min<qint64>(step, total - t);
        QTest::qWait(int(wait * 1000));
        t += wait;
        const double rss = residentMb();
        peak = std::max(peak, rss);
        std::printf("INFO soak: %lld s: %.1f MB resident, %.1f MB heap in use; %d builds (%d ok), %d starts and stops, %d stats samples, "
                    "%d log lines held, %d containers listed\n",
                    static_cast<long long>(t), rss, heapInUseMb(), builds, buildsOk, toggles, samples, logs.model()->rowCount(), model.rowCount());
        std::fflush(stdout);
    }
    toggler.stop();
    buildTimer.stop();
    const double endMb = residentMb();
    const double cpu = bench::selfSeconds() - cpu0;
    const double growth = endMb - startMb;
    std::printf("INFO soak: %d min, %d containers: %.1f MB at 5 min, %.1f MB at the end (peak %.1f), heap in use %.1f -> %.1f MB; "
                "Cais %.1f CPU s after 5 min (%.2f%% of one core); %d builds (%d ok), %d starts and stops, %d stats samples, %lld errors\n",
                minutes, containers, startMb, endMb, peak, startHeap, heapInUseMb(), cpu, cpu / double(total - 300) * 100, builds, buildsOk,
                toggles, samples, static_cast<long long>(errors.size()));
    std::printf("GOAL soak memory growth after the first 5 minutes %.1f MB (goal: under 5 MB) %s\n", growth, growth < 5 ? "met" : "MISSED");
    std::printf("GOAL soak errors shown %lld (goal: none) %s\n", static_cast<long long>(errors.size()), errors.isEmpty() ? "met" : "MISSED");
    std::fflush(stdout);
    return growth < 5 && errors.isEmpty() && buildsOk > 0 ? 0 : 1;
}
