// bench_stats: what live stats cost, Cais against `docker stats`, on the same
// containers of the same engine for the same time.
//
//   bench_stats [--containers N] [--busy K] [--seconds T]     (defaults 100, 5, 60)
//
// Starts N busybox containers (K of them burning a little CPU, held to 0.1 CPU each),
// then for T seconds samples all of them with Cais's StatsSampler (one stream per
// container, as when every row is on screen), then for T seconds runs `docker stats`
// on them. For each phase: the CPU seconds used by the client (Cais's own process;
// the CLI process) and by dockerd and containerd (from /proc, the engine the fixture
// started for DOCKER_HOST). Prints INFO lines and the ratios. Removes its containers.
#include "benchstats.h"
#include "endpoint.h"
#include "engine.h"
#include "statssampler.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>

namespace {

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
        std::fprintf(stderr, "bench_stats: docker %s: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int containers = 100, busy = 5, seconds = 60;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--containers"))
            containers = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--busy"))
            busy = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seconds"))
            seconds = args.at(i + 1).toInt();
    }
    const Result<Endpoint> ep = Endpoint::fromEnvironment();
    if (!ep || ep->path.isEmpty()) {
        std::fprintf(stderr, "bench_stats: DOCKER_HOST must be a unix socket\n");
        return 2;
    }
    const QByteArray engineDir = QFileInfo(ep->path).absolutePath().toLocal8Bit();
    const qint64 dockerd = findProcess({"dockerd", engineDir});
    const qint64 containerd = findProcess({"containerd", engineDir}, "dockerd");
    std::printf("INFO engine: dockerd %lld, containerd %lld\n", static_cast<long long>(dockerd), static_cast<long long>(containerd));

    const QString tag = QStringLiteral("cais-bench-stats-%1").arg(QCoreApplication::applicationPid());
    QStringList ids;
    for (int i = 0; i < containers; ++i) {
        const QString work = i < busy ? QStringLiteral("while :; do :; done") : QStringLiteral("exec sleep 100000");
        ids << QString::fromUtf8(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), tag + QStringLiteral("-%1").arg(i),
                                         QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--cpus"), QStringLiteral("0.1"),
                                         QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), work})
                                      .trimmed());
    }
    std::printf("INFO %d containers running (%d busy), %d s per phase\n", containers, busy, seconds);
    std::fflush(stdout);

    auto engineTicks = [&] { return processTicks(dockerd) + processTicks(containerd); };

    // --- Cais
    Engine engine(*ep);
    engine.connectToEngine();
    if (!QTest::qWaitFor([&] { return engine.state() == Engine::State::Connected; }, 30000)) {
        std::fprintf(stderr, "bench_stats: the engine did not answer\n");
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
        return 1;
    }
    StatsSampler sampler;
    sampler.setEngine(&engine);
    int samples = 0;
    QObject::connect(&sampler, &StatsSampler::sampled, &app, [&samples] { ++samples; });
    const double cais0 = selfSeconds();
    const qint64 engine0 = engineTicks();
    QElapsedTimer clock;
    clock.start();
    sampler.setWatched(QStringLiteral("bench"), ids);
    QTest::qWait(seconds * 1000);
    sampler.setWatched(QStringLiteral("bench"), {});
    const double caisCpu = selfSeconds() - cais0;
    const double caisEngine = ticksToSeconds(engineTicks() - engine0);
    const double caisWall = double(clock.elapsed()) / 1000;
    std::printf("INFO cais: %d samples; Cais %.2f CPU s (%.2f%% of one core), engine %.2f CPU s\n", samples, caisCpu, caisCpu / caisWall * 100,
                caisEngine);
    std::fflush(stdout);
    QTest::qWait(2000);

    // --- docker stats
    const bench::CliCost cost = bench::dockerStatsCost(ids, seconds, engineTicks);
    const double cliCpu = cost.cliCpu;
    const double cliEngine = cost.engineCpu;
    const double cliWall = cost.wall;
    std::printf("INFO docker stats: CLI %.2f CPU s (%.2f%% of one core), engine %.2f CPU s\n", cliCpu, cliCpu / cliWall * 100, cliEngine);

    std::printf("RATIO (Cais + engine) / (CLI + engine) = %.2f; Cais / CLI = %.2f; engine with Cais / engine with the CLI = %.2f\n",
                (caisCpu + caisEngine) / (cliCpu + cliEngine), caisCpu / cliCpu, caisEngine / cliEngine);
    std::fflush(stdout);

    QStringList rm{QStringLiteral("rm"), QStringLiteral("-f")};
    docker(rm + ids);
    return 0;
}
