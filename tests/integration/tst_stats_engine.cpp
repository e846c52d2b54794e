// Stats parity with `docker stats` on the real engine. Two containers: one burning
// CPU (`while :; do :; done`, held to half a CPU with --cpus 0.5 so that parallel
// tests keep their share), one holding a known amount of memory (64 MiB written to
// /dev/shm, a tmpfs charged to the container's memory cgroup, under a 512 MiB limit).
//
// Tolerance, and why it is zero for the CLI comparison: dockerd samples every
// container once per second in one collector and hands the same sample to every
// subscriber; `docker stats --no-stream` takes two consecutive samples of that
// collector and prints the second against the first. A StatsStream open at the same
// time receives those same two samples, one after the other. So one of Cais's
// samples taken while the CLI ran must print exactly what the CLI printed, every
// column (CPU % to the hundredth included). Where Cais computes CPU from its own
// samples (one-shot polling), the window is its own: there the check is that the
// burner shows a figure above 0 and well under a whole CPU, so at most 75 %. Its quota
// is 50 % of one CPU, but a window of about a second can hold one CFS period (100 ms)
// more than its share, and dockerd reads the container's cgroup and the host's
// /proc/stat one after the other: a loaded host that pauses dockerd between the two
// reads shortens one window against the other. CI measured 61.31 % once. What the
// bound still catches is a figure multiplied once too often by the CPU count (100 %
// and more here). The quota is a ceiling, not a promise: on a loaded machine
// (the whole suite on 2 cores) the burner gets less, which is why there is no lower
// bound but zero.
#include "containersapi.h"
#include "engine.h"
#include "stats.h"
#include "testengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString unique(const QString &base)
{
    return u"cais-it-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

struct Collected
{
    QList<ContainerStats> samples;
    QList<qint64> arrivals; ///< ms on the test's clock
    QString error;
};

} // namespace

class TestStatsEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QString m_burner;
    QString m_holder;
    QString m_stopped;
    QElapsedTimer m_clock;

    void follow(StatsStream &stream, Collected &c)
    {
        connect(&stream, &StatsStream::sampleReceived, this, [this, &c](const ContainerStats &s) {
            c.samples.append(s);
            c.arrivals.append(m_clock.elapsed());
        });
        connect(&stream, &StatsStream::failed, this, [&c](const EngineError &e) { c.error = e.fullText(); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        m_clock.start();
        m_burner = unique(u"stats-cpu"_s);
        m_holder = unique(u"stats-mem"_s);
        m_stopped = unique(u"stats-created"_s);
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, m_burner, u"--network"_s, u"none"_s, u"--cpus"_s, u"0.5"_s,
                                    u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s, u"while :; do :; done"_s}));
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, m_holder, u"--network"_s, u"none"_s, u"--shm-size"_s, u"128m"_s, u"-m"_s,
                                    u"512m"_s, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s,
                                    u"dd if=/dev/zero of=/dev/shm/held bs=1M count=64 2>/dev/null; echo ready; exec sleep 100000"_s}));
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, m_stopped, u"cais-test/shell:1"_s, u"true"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QByteArray out;
                return TestEngine::docker({u"logs"_s, m_holder}, &out) && out.contains("ready");
            }(),
            30000);
    }

    void cleanupTestCase()
    {
        for (const QString &n : {m_burner, m_holder, m_stopped}) {
            if (!n.isEmpty())
                TestEngine::docker({u"rm"_s, u"-f"_s, n});
        }
    }

    void sameFiguresAsTheCli()
    {
        Engine &e = TestEngine::connected(m_engine);
        StatsStream burner(&e, m_burner);
        StatsStream holder(&e, m_holder);
        Collected cpu, mem;
        follow(burner, cpu);
        follow(holder, mem);
        burner.start(StatsStream::Mode::Stream);
        holder.start(StatsStream::Mode::Stream);
        // A first sample (without precpu) and one with: the streams are flowing.
        QTRY_VERIFY_WITH_TIMEOUT(cpu.samples.size() >= 2 && mem.samples.size() >= 2, 20000);
        QVERIFY2(cpu.error.isEmpty(), qPrintable(cpu.error));

        // The CLI, run while the event loop keeps receiving our samples.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DOCKER_HOST"_s, TestEngine::dockerHost());
        cli.setProcessEnvironment(env);
        const qint64 cliStart = m_clock.elapsed();
        cli.start(u"docker"_s, {u"stats"_s, u"--no-stream"_s, u"--format"_s, u"{{json .}}"_s, m_burner, m_holder});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        const qint64 cliEnd = m_clock.elapsed();
        QCOMPARE(cli.exitCode(), 0);
        // The samples of the CLI's ticks reach us at about the time they reach the CLI.
        const qsizetype cpuCount = cpu.samples.size(), memCount = mem.samples.size();
        QTRY_VERIFY_WITH_TIMEOUT(cpu.samples.size() > cpuCount && mem.samples.size() > memCount, 20000);

        QHash<QString, QJsonObject> printed;
        for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                printed.insert(o.value(u"Name"_s).toString(), o);
        }
        QCOMPARE(printed.size(), 2);

        auto check = [&](const Collected &c, const QJsonObject &want) {
            QStringList seen;
            for (qsizetype i = 0; i < c.samples.size(); ++i) {
                const ContainerStats &s = c.samples.at(i);
                if (c.arrivals.at(i) < cliStart || s.precpu.isEmpty())
                    continue;
                const QJsonObject ours{{u"Name"_s, s.name},
                                       {u"ID"_s, s.id.left(12)},
                                       {u"CPUPerc"_s, DockerStats::percentage(s.cpuPercent)},
                                       {u"MemUsage"_s, DockerStats::memoryText(s)},
                                       {u"MemPerc"_s, DockerStats::percentage(s.memoryPercent)},
                                       {u"NetIO"_s, DockerStats::networkText(s)},
                                       {u"BlockIO"_s, DockerStats::blockIoText(s)},
                                       {u"PIDs"_s, QString::number(s.pids)}};
                bool same = true;
                for (auto it = ours.constBegin(); it != ours.constEnd(); ++it)
                    same = same && want.value(it.key()) == it.value();
                if (same)
                    return true;
                seen << QString::fromUtf8(QJsonDocument(ours).toJson(QJsonDocument::Compact));
            }
            qWarning().noquote() << "CLI printed" << QJsonDocument(want).toJson(QJsonDocument::Compact) << "\nCais had" << seen.join(u'\n')
                                 << "\nCLI ran from" << cliStart << "to" << cliEnd << "ms";
            return false;
        };
        QVERIFY(check(cpu, printed.value(m_burner)));
        QVERIFY(check(mem, printed.value(m_holder)));

        // And the figures are the ones expected of these two containers.
        const ContainerStats &busy = cpu.samples.constLast();
        QVERIFY2(busy.cpuPercent > 0 && busy.cpuPercent <= 75, qPrintable(DockerStats::percentage(busy.cpuPercent)));
        const ContainerStats &held = mem.samples.constLast();
        QCOMPARE(held.memoryLimit, 512.0 * 1024 * 1024);
        QVERIFY2(held.memoryUsed >= 64.0 * 1024 * 1024 && held.memoryUsed < 72.0 * 1024 * 1024, qPrintable(DockerStats::memoryText(held)));
        QCOMPARE(held.pids, quint64(1));
        QCOMPARE(DockerStats::networkText(held), u"0B / 0B"_s); // --network none
    }

    void oneShotPolling()
    {
        Engine &e = TestEngine::connected(m_engine);
        Collected c;
        StatsStream s(&e, m_burner);
        follow(s, c);
        bool ended = false;
        connect(&s, &StatsStream::finished, this, [&ended] { ended = true; });
        s.start(StatsStream::Mode::OneShot);
        QTRY_VERIFY_WITH_TIMEOUT(ended, 20000);
        QCOMPARE(c.samples.size(), 1);
        QVERIFY(c.samples.at(0).precpu.isEmpty()); // answered at once, without a previous sample
        // A second one-shot a second later; the CPU % comes from our two samples.
        QTest::qWait(1000);
        ended = false;
        s.start(StatsStream::Mode::OneShot);
        QTRY_VERIFY_WITH_TIMEOUT(ended, 20000);
        QCOMPARE(c.samples.size(), 2);
        const ContainerStats paired = c.samples.at(1).withPrevious(c.samples.at(0));
        QVERIFY2(paired.cpuPercent > 0 && paired.cpuPercent <= 75, qPrintable(DockerStats::percentage(paired.cpuPercent)));
    }

    void stoppedContainer()
    {
        Engine &e = TestEngine::connected(m_engine);
        Collected c;
        StatsStream s(&e, m_stopped);
        follow(s, c);
        bool ended = false;
        connect(&s, &StatsStream::finished, this, [&ended] { ended = true; });
        s.start(StatsStream::Mode::OneShot);
        QTRY_VERIFY_WITH_TIMEOUT(ended, 20000);
        QCOMPARE(c.samples.size(), 1);
        QVERIFY(!c.samples.at(0).running);
        QCOMPARE(c.samples.at(0).name, m_stopped);
    }
};

QTEST_MAIN(TestStatsEngine)
#include "tst_stats_engine.moc"
