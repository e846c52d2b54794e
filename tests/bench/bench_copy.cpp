// Times Cais's copies of a large tree, against the engine in DOCKER_HOST
// (run-benchmarks makes the tree and the containers and times `docker cp` on the
// same engine in the same run):
//
//   copy.in       host -> container: the tree into a folder that does not exist yet
//   copy.out      container -> host: the container's copy of the tree out, through the
//                 safe extractor, into a folder that does not exist yet
//   copy.between  container -> container: one's archive streamed into the other's
//
// Each destination is removed before each run (not timed). Prints, per measure,
// `RESULT <name> <runs> <median ms> <p90 ms>`, then one
// `INFO peak_growth_mb_in=.. peak_growth_mb_out=.. peak_growth_mb_between=.. rss_mb=..
//  peak_mb_in=.. peak_mb_out=.. peak_mb_between=..` line: the process's peak resident
// memory during each measure (VmHWM, reset before it) and its growth over the
// resident memory before it.
//
// Usage: bench_copy --tree DIR --from CONTAINER --to CONTAINER --scratch DIR [--runs N] [--warmup N]
//                   [--only copy.in|copy.out|copy.between]  (one measure, to profile it)
#include "benchstats.h"
#include "containerfiles.h"
#include "engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_copy", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_copy: %s\n", qPrintable(text));
}

double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray k(key);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(k))
            return line.mid(k.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/// Runs the event loop until `done`, sleeping between events as the application's
/// own loop does. (processEvents(flags, ms) never waits: looping on it spun a core,
/// which on a machine of two took half the CPU the engine needed to unpack the copy.)
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop to look at `done` and the time
    tick.start(50);
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

/// Runs a job to its end; false (and says why) when it fails.
bool finish(CopyJob *job)
{
    std::unique_ptr<CopyJob> owner(job);
    if (!waitFor([job] { return job->isFinished(); }, 3600 * 1000)) {
        printErr(tr("A copy did not finish within an hour."));
        return false;
    }
    if (!job->result()) {
        printErr(job->result().error().fullText());
        return false;
    }
    return true;
}

bool removeIn(Engine &engine, const QString &container, const QString &path)
{
    QFutureWatcher<Result<QByteArray>> w;
    bool done = false;
    QObject::connect(&w, &QFutureWatcher<Result<QByteArray>>::finished, &w, [&] { done = true; });
    w.setFuture(ContainerFiles(&engine).run(container, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), path}));
    if (!waitFor([&] { return done; }, 600000) || !w.result()) {
        printErr(tr("Could not remove %1 in %2.").arg(path, container));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption treeOpt(QStringLiteral("tree"), tr("The host tree to copy."), QStringLiteral("dir"));
    QCommandLineOption fromOpt(QStringLiteral("from"), tr("A running container holding the tree at /data."), QStringLiteral("name"));
    QCommandLineOption toOpt(QStringLiteral("to"), tr("A running container to copy into."), QStringLiteral("name"));
    QCommandLineOption scratchOpt(QStringLiteral("scratch"), tr("A host folder for the copies out."), QStringLiteral("dir"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), tr("Timed runs per measure."), QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption warmupOpt(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("0"));
    QCommandLineOption onlyOpt(QStringLiteral("only"), tr("Only this measure (copy.in, copy.out or copy.between)."), QStringLiteral("name"));
    p.addOptions({treeOpt, fromOpt, toOpt, scratchOpt, runsOpt, warmupOpt, onlyOpt});
    p.process(app);
    const QString tree = p.value(treeOpt), from = p.value(fromOpt), to = p.value(toOpt), scratch = p.value(scratchOpt);
    const int runs = p.value(runsOpt).toInt();
    const int warmup = p.value(warmupOpt).toInt();
    if (tree.isEmpty() || from.isEmpty() || to.isEmpty() || scratch.isEmpty() || runs <= 0 || warmup < 0) {
        printErr(tr("Give --tree, --from, --to, --scratch and a positive --runs."));
        return 2;
    }
    const Result<Endpoint> endpoint = Endpoint::fromEnvironment();
    if (!endpoint) {
        printErr(endpoint.error().fullText());
        return 1;
    }
    Engine engine(*endpoint);
    engine.setWatchEvents(false);
    engine.connectToEngine();
    if (!waitFor([&] { return engine.state() == Engine::State::Connected || engine.state() == Engine::State::Unreachable; }, 20000)
        || engine.state() != Engine::State::Connected) {
        printErr(tr("No engine: %1").arg(engine.lastError().fullText()));
        return 1;
    }
    ContainerFiles files(&engine);
    const QString out = scratch + QStringLiteral("/out");
    struct Measure
    {
        QString name;
        std::function<bool()> prepare;
        std::function<CopyJob *()> start;
        QList<double> ms;
        double peak = 0, growth = 0;
    };
    QList<Measure> measures{
        {QStringLiteral("copy.in"), [&] { return removeIn(engine, to, QStringLiteral("/cin")); },
         [&] { return files.copyToContainer(tree, to, QStringLiteral("/cin")); }, {}, 0, 0},
        {QStringLiteral("copy.out"), [&] { return QDir(out).removeRecursively(); },
         [&] { return files.copyFromContainer(from, QStringLiteral("/data"), out); }, {}, 0, 0},
        {QStringLiteral("copy.between"), [&] { return removeIn(engine, to, QStringLiteral("/cbetween")); },
         [&] { return files.copyBetween(from, QStringLiteral("/data"), to, QStringLiteral("/cbetween")); }, {}, 0, 0},
    };
    const double rss = procStatusMb("VmRSS:");
    const QString only = p.value(onlyOpt);
    for (Measure &m : measures) {
        if (!only.isEmpty() && m.name != only)
            continue;
        for (int round = 0; round < warmup + runs; ++round) {
            if (!m.prepare())
                return 1;
            const double before = procStatusMb("VmRSS:");
            resetPeak();
            QElapsedTimer t;
            t.start();
            if (!finish(m.start()))
                return 1;
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double peak = procStatusMb("VmHWM:");
            if (round >= warmup) {
                m.ms.append(ms);
                m.peak = std::max(m.peak, peak);
                m.growth = std::max(m.growth, peak - before);
            }
        }
        std::printf("RESULT %s %d %.3f %.3f\n", qPrintable(m.name), runs, bench::median(m.ms), bench::p90(m.ms));
        std::fflush(stdout);
    }
    QDir(out).removeRecursively();
    removeIn(engine, to, QStringLiteral("/cin"));
    removeIn(engine, to, QStringLiteral("/cbetween"));
    std::printf("INFO peak_growth_mb_in=%.1f peak_growth_mb_out=%.1f peak_growth_mb_between=%.1f rss_mb=%.1f peak_mb_in=%.1f peak_mb_out=%.1f "
                "peak_mb_between=%.1f\n",
                measures[0].growth, measures[1].growth, measures[2].growth, rss, measures[0].peak, measures[1].peak, measures[2].peak);
    return 0;
}
