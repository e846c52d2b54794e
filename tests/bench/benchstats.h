#pragma once

// The statistics every benchmark program prints, defined once and exactly as
// tests/bench/run-benchmarks defines them for the CLI and curl side: the median
// (mean of the middle pair for an even count) and p90 by nearest rank.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTest>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace bench {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

inline double p90(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(0.9 * double(v.size())));
    return v.at(std::max<qsizetype>(rank, 1) - 1);
}

// --- CPU time of processes, for the benchmarks that compare CPU seconds ----------

inline double ticksToSeconds(qint64 ticks)
{
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

/// utime + stime of a process, in clock ticks (0 when it is gone).
inline qint64 processTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

/// The pid of the first process whose command line contains every one of `words`
/// (and not `without`).
inline qint64 findProcess(const QList<QByteArray> &words, const QByteArray &without = {})
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray cmd = f.readAll().replace('\0', ' ');
        bool all = !cmd.isEmpty() && (without.isEmpty() || !cmd.contains(without));
        for (const QByteArray &w : words)
            all = all && cmd.contains(w);
        if (all)
            return pid;
    }
    return 0;
}

/// CPU seconds this process has used (user + system).
/// VmRSS of /proc/self/status, in MiB.
inline double residentMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// What the heap holds in use (small blocks and mmapped ones), as against what is
/// resident: growth here is memory kept, growth only in RSS is the heap's layout.
inline double heapInUseMb()
{
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

inline double selfSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/// What `docker stats` on `ids` costs for `seconds`: the CLI's CPU seconds, the
/// engine's (from `engineTicks`, dockerd + containerd) and the wall time.
struct CliCost
{
    double cliCpu = 0;
    double engineCpu = 0;
    double wall = 0;
};

template<typename EngineTicks>
CliCost dockerStatsCost(const QStringList &ids, int seconds, EngineTicks engineTicks)
{
    const qint64 engine1 = engineTicks();
    QProcess cli;
    cli.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral("docker"), QStringList{QStringLiteral("stats")} + ids);
    QTest::qWait(seconds * 1000);
    CliCost c;
    const qint64 cliTicks = processTicks(cli.processId());
    c.engineCpu = ticksToSeconds(engineTicks() - engine1);
    c.wall = double(clock.elapsed()) / 1000;
    cli.kill();
    cli.waitForFinished();
    c.cliCpu = ticksToSeconds(cliTicks);
    return c;
}

} // namespace bench
