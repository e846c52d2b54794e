#pragma once

#include "engineerror.h"
#include "reply.h"
#include "streamdecoders.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

class Engine;

/// The CPU counters of one stats sample (`cpu_stats` or `precpu_stats`).
struct CpuCounters
{
    quint64 totalUsage = 0;  ///< cpu_usage.total_usage, ns of CPU time used by the container
    quint64 systemUsage = 0; ///< system_cpu_usage, ns of CPU time of the whole host
    quint32 onlineCpus = 0;  ///< online_cpus; 0 when the engine did not say
    int perCpuCount = 0;     ///< the length of cpu_usage.percpu_usage (cgroup v1 only)

    static CpuCounters fromJson(const QJsonObject &cpuStats);
    bool isEmpty() const { return totalUsage == 0 && systemUsage == 0; }
    bool operator==(const CpuCounters &) const = default;
};

/// One sample of GET /containers/{id}/stats, reduced to what `docker stats` shows
/// and computed exactly as docker/cli's stats_helpers.go computes it.
struct ContainerStats
{
    QString id;
    QString name;            ///< without the leading '/'
    /// False when the engine sent only `id` and `name` (or zero counters): the
    /// container is not running and has no figures. Views show nothing, not zero.
    bool running = false;
    qint64 readNs = 0;       ///< when the engine read the sample (ns since the epoch); 0 if unknown

    CpuCounters cpu;
    CpuCounters precpu;      ///< empty in the first sample of a stream and in one-shot samples
    double cpuPercent = 0;   ///< from cpu and precpu, like docker stats
    double memoryUsed = 0;   ///< usage without inactive file pages (page cache)
    double memoryLimit = 0;
    double memoryPercent = 0;
    double networkRx = 0;    ///< bytes received, summed over every interface
    double networkTx = 0;
    quint64 blockRead = 0;   ///< bytes, from blkio io_service_bytes_recursive
    quint64 blockWrite = 0;
    quint64 pids = 0;

    static ContainerStats fromJson(const QJsonObject &o);
    /// This sample with its CPU % computed against an earlier sample of the same
    /// container: for one-shot polling, whose answers carry no precpu.
    ContainerStats withPrevious(const ContainerStats &previous) const;
};

Q_DECLARE_METATYPE(ContainerStats)

/// The formulas and the units of `docker stats` (docker/cli cli/command/container
/// stats_helpers.go and formatter_stats.go, docker/go-units size.go). Pure functions.
namespace DockerStats {

/// calculateCPUPercentUnix: (cpuDelta / systemDelta) * onlineCPUs * 100 when both
/// deltas are positive; onlineCPUs falls back to the number of per-CPU counters.
double cpuPercent(const CpuCounters &previous, const CpuCounters &current);
/// calculateMemUsageUnixNoCache: usage minus total_inactive_file (cgroup v1) or
/// inactive_file (cgroup v2) when that is below usage. `stats` is memory_stats.stats.
double memoryUsedNoCache(quint64 usage, const QJsonObject &stats);
/// calculateMemPercentUnixNoCache: used / limit * 100, 0 without a limit.
double memoryPercent(double limit, double used);
/// calculateBlockIO: bytes read and written, from the ops that start with r/R and w/W.
std::pair<quint64, quint64> blockIo(const QJsonArray &ioServiceBytesRecursive);
/// calculateNetwork: rx and tx bytes summed over every interface.
std::pair<double, double> network(const QJsonObject &networks);

/// "12.34%" (formatPercentage).
QString percentage(double value, QChar decimalPoint = QLatin1Char('.'));
/// go-units BytesSize: binary units, 4 significant digits: "1.5MiB", "7.667GiB", "0B".
QString bytesSize(double size, QChar decimalPoint = QLatin1Char('.'));
/// go-units HumanSizeWithPrecision: decimal units: "1.23kB", "656MB" (precision 3).
QString humanSize(double size, int precision = 3, QChar decimalPoint = QLatin1Char('.'));
/// The MEM USAGE / LIMIT, NET I/O and BLOCK I/O columns of docker stats.
QString memoryText(const ContainerStats &s, QChar decimalPoint = QLatin1Char('.'));
QString networkText(const ContainerStats &s, QChar decimalPoint = QLatin1Char('.'));
QString blockIoText(const ContainerStats &s, QChar decimalPoint = QLatin1Char('.'));

} // namespace DockerStats

/// One container's stats from the engine, decoded sample by sample.
/// Stream: one long request, a sample per second (Podman: every 5 s), CPU % from
/// the engine's own previous sample. OneShot: `stream=false&one-shot=true`, a single
/// sample at once without precpu (CPU % then comes from two of the caller's samples,
/// ContainerStats::withPrevious).
class StatsStream : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Stream, OneShot };

    StatsStream(Engine *engine, const QString &containerId, QObject *parent = nullptr);
    ~StatsStream() override;

    const QString &containerId() const { return m_containerId; }
    /// Starts (or restarts) the request.
    void start(Mode mode = Mode::Stream);
    /// Stops the request; no signal follows.
    void stop();
    bool isRunning() const { return m_reply != nullptr; }
    Mode mode() const { return m_mode; }

Q_SIGNALS:
    void sampleReceived(const ContainerStats &stats);
    /// The engine ended the stream (one-shot: after its sample; stream: the container stopped).
    void finished();
    void failed(const EngineError &error);

private:
    void onData(const QByteArray &chunk);
    void deliver(const QList<JsonLinesDecoder::Item> &items);

    QPointer<Engine> m_engine;
    QString m_containerId;
    Mode m_mode = Mode::Stream;
    QPointer<Reply> m_reply;
    JsonLinesDecoder m_decoder;
    quint64 m_generation = 0;
};
