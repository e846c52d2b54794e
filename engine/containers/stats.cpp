#include "stats.h"

#include "containersapi.h"
#include "engine.h"
#include "logsstream.h"

#include <QUrlQuery>

#include <cstdio>

namespace {

// JSON numbers of the stats are Go uint64s. Qt keeps integers as qint64, which
// holds every counter an engine sends (2^63 ns is 292 years of CPU time).
quint64 u64(const QJsonValue &v)
{
    const qint64 i = v.toInteger(-1);
    if (i >= 0)
        return quint64(i);
    // Past qint64 the number is a double: below 2^64 it is a uint64 counter; from there
    // on it is none (and converting it would be undefined), so it counts as absent.
    const double d = v.toDouble(0);
    return d > 0 && d < 18446744073709551616.0 ? quint64(d) : 0;
}

// Go's fmt "%.*g" and C's printf "%.*g" agree: shortest form with at most
// `precision` significant digits, exponent form below 1e-4 or from 10^precision,
// correctly rounded from the exact binary value.
QString formatG(double value, int precision, QChar decimalPoint)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    QString s = QString::fromLatin1(buf);
    if (decimalPoint != QLatin1Char('.'))
        s.replace(QLatin1Char('.'), decimalPoint);
    return s;
}

// go-units getSizeAndUnit.
QString sizeWithUnit(double size, double base, const char *const *units, int unitCount, int precision, QChar decimalPoint)
{
    int i = 0;
    while (size >= base && i < unitCount - 1) {
        size /= base;
        ++i;
    }
    return formatG(size, precision, decimalPoint) + QLatin1String(units[i]);
}

constexpr const char *kDecimalUnits[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
constexpr const char *kBinaryUnits[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

} // namespace

// --- CpuCounters / ContainerStats -------------------------------------------------

CpuCounters CpuCounters::fromJson(const QJsonObject &cpuStats)
{
    CpuCounters c;
    const QJsonObject usage = cpuStats.value(QLatin1String("cpu_usage")).toObject();
    c.totalUsage = u64(usage.value(QLatin1String("total_usage")));
    c.perCpuCount = int(usage.value(QLatin1String("percpu_usage")).toArray().size());
    c.systemUsage = u64(cpuStats.value(QLatin1String("system_cpu_usage")));
    c.onlineCpus = quint32(u64(cpuStats.value(QLatin1String("online_cpus"))));
    return c;
}

ContainerStats ContainerStats::fromJson(const QJsonObject &o)
{
    ContainerStats s;
    s.id = o.value(QLatin1String("id")).toString();
    s.name = o.value(QLatin1String("name")).toString();
    if (s.name.startsWith(QLatin1Char('/')))
        s.name.remove(0, 1);
    // A stopped container's sample reads "0001-01-01T00:00:00Z" (Go's zero time), or
    // has no time at all; nothing before 1970 is a real reading.
    const QString read = o.value(QLatin1String("read")).toString();
    if (read.size() >= 4 && read.left(4) >= QLatin1String("1970")) {
        if (const auto ns = LogsDecoder::parseTimestamp(read.toLatin1()))
            s.readNs = *ns;
    }
    s.cpu = CpuCounters::fromJson(o.value(QLatin1String("cpu_stats")).toObject());
    s.precpu = CpuCounters::fromJson(o.value(QLatin1String("precpu_stats")).toObject());
    s.cpuPercent = DockerStats::cpuPercent(s.precpu, s.cpu);

    const QJsonObject mem = o.value(QLatin1String("memory_stats")).toObject();
    const quint64 usage = u64(mem.value(QLatin1String("usage")));
    s.memoryLimit = double(u64(mem.value(QLatin1String("limit"))));
    s.memoryUsed = DockerStats::memoryUsedNoCache(usage, mem.value(QLatin1String("stats")).toObject());
    s.memoryPercent = DockerStats::memoryPercent(s.memoryLimit, s.memoryUsed);

    std::tie(s.networkRx, s.networkTx) = DockerStats::network(o.value(QLatin1String("networks")).toObject());
    std::tie(s.blockRead, s.blockWrite) = DockerStats::blockIo(
        o.value(QLatin1String("blkio_stats")).toObject().value(QLatin1String("io_service_bytes_recursive")).toArray());
    s.pids = u64(o.value(QLatin1String("pids_stats")).toObject().value(QLatin1String("current")));
    s.running = s.readNs > 0 || !s.cpu.isEmpty() || s.memoryLimit > 0;
    return s;
}

ContainerStats ContainerStats::withPrevious(const ContainerStats &previous) const
{
    ContainerStats s = *this;
    s.precpu = previous.cpu;
    s.cpuPercent = DockerStats::cpuPercent(s.precpu, s.cpu);
    return s;
}

// --- DockerStats --------------------------------------------------------------------

namespace DockerStats {

double cpuPercent(const CpuCounters &previous, const CpuCounters &current)
{
    // As docker/cli: each counter to float64 first, then the difference.
    const double cpuDelta = double(current.totalUsage) - double(previous.totalUsage);
    const double systemDelta = double(current.systemUsage) - double(previous.systemUsage);
    double onlineCpus = double(current.onlineCpus);
    if (onlineCpus == 0.0)
        onlineCpus = double(current.perCpuCount);
    if (systemDelta > 0.0 && cpuDelta > 0.0)
        return (cpuDelta / systemDelta) * onlineCpus * 100.0;
    return 0.0;
}

double memoryUsedNoCache(quint64 usage, const QJsonObject &stats)
{
    // cgroup v1
    if (const auto v1 = stats.constFind(QLatin1String("total_inactive_file")); v1 != stats.constEnd()) {
        const quint64 v = u64(*v1);
        if (v < usage)
            return double(usage - v);
    }
    // cgroup v2 (a missing key reads as 0, as a Go map does)
    const quint64 v = u64(stats.value(QLatin1String("inactive_file")));
    if (v < usage)
        return double(usage - v);
    return double(usage);
}

double memoryPercent(double limit, double used)
{
    if (limit != 0)
        return used / limit * 100.0;
    return 0;
}

std::pair<quint64, quint64> blockIo(const QJsonArray &entries)
{
    quint64 read = 0;
    quint64 write = 0;
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        const QString op = o.value(QLatin1String("op")).toString();
        if (op.isEmpty())
            continue;
        switch (op.at(0).unicode()) {
        case 'r':
        case 'R':
            read += u64(o.value(QLatin1String("value")));
            break;
        case 'w':
        case 'W':
            write += u64(o.value(QLatin1String("value")));
            break;
        default:
            break;
        }
    }
    return {read, write};
}

std::pair<double, double> network(const QJsonObject &networks)
{
    double rx = 0;
    double tx = 0;
    for (auto it = networks.constBegin(); it != networks.constEnd(); ++it) {
        const QJsonObject n = it->toObject();
        rx += double(u64(n.value(QLatin1String("rx_bytes"))));
        tx += double(u64(n.value(QLatin1String("tx_bytes"))));
    }
    return {rx, tx};
}

QString percentage(double value, QChar decimalPoint)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", value);
    QString s = QString::fromLatin1(buf);
    if (decimalPoint != QLatin1Char('.'))
        s.replace(QLatin1Char('.'), decimalPoint);
    return s + QLatin1Char('%');
}

QString bytesSize(double size, QChar decimalPoint)
{
    return sizeWithUnit(size, 1024.0, kBinaryUnits, int(std::size(kBinaryUnits)), 4, decimalPoint);
}

QString humanSize(double size, int precision, QChar decimalPoint)
{
    return sizeWithUnit(size, 1000.0, kDecimalUnits, int(std::size(kDecimalUnits)), precision, decimalPoint);
}

QString memoryText(const ContainerStats &s, QChar decimalPoint)
{
    return bytesSize(s.memoryUsed, decimalPoint) + QLatin1String(" / ") + bytesSize(s.memoryLimit, decimalPoint);
}

QString networkText(const ContainerStats &s, QChar decimalPoint)
{
    return humanSize(s.networkRx, 3, decimalPoint) + QLatin1String(" / ") + humanSize(s.networkTx, 3, decimalPoint);
}

QString blockIoText(const ContainerStats &s, QChar decimalPoint)
{
    return humanSize(double(s.blockRead), 3, decimalPoint) + QLatin1String(" / ") + humanSize(double(s.blockWrite), 3, decimalPoint);
}

} // namespace DockerStats

// --- StatsStream --------------------------------------------------------------------

StatsStream::StatsStream(Engine *engine, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_containerId(containerId)
{
}

StatsStream::~StatsStream()
{
    stop();
}

void StatsStream::stop()
{
    ++m_generation;
    if (Reply *r = m_reply) {
        m_reply = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
    }
}

void StatsStream::start(Mode mode)
{
    stop();
    m_mode = mode;
    m_decoder = JsonLinesDecoder();
    if (!m_engine) {
        Q_EMIT failed(EngineError::make(EngineError::Kind::Other, tr("Not connected to an engine.")));
        return;
    }
    QUrlQuery q;
    if (mode == Mode::Stream) {
        q.addQueryItem(QStringLiteral("stream"), QStringLiteral("true"));
    } else {
        // Podman answers stream=true&one-shot=true with a 400; this pair it takes.
        q.addQueryItem(QStringLiteral("stream"), QStringLiteral("false"));
        q.addQueryItem(QStringLiteral("one-shot"), QStringLiteral("true"));
    }
    HttpRequest r;
    r.method = "GET";
    r.target = m_engine->target(QStringLiteral("/containers/%1/stats").arg(m_containerId), q);
    r.stream = mode == Mode::Stream;
    Reply *reply = m_engine->send(r);
    reply->setKeepBody(false);
    m_reply = reply;
    const quint64 gen = m_generation;
    const QString who = m_containerId.left(12);
    connect(reply, &Reply::dataReceived, this, [this, gen](const QByteArray &chunk) {
        if (gen == m_generation)
            onData(chunk);
    });
    connect(reply, &Reply::finished, this, [this, gen] {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        ++m_generation;
        deliver(m_decoder.finish());
        Q_EMIT finished();
    });
    connect(reply, &Reply::failed, this, [this, gen, who](const EngineError &e) {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        ++m_generation;
        Q_EMIT failed(ContainersApi::explain(ContainersApi::Action::Inspect, who, e));
    });
}

void StatsStream::onData(const QByteArray &chunk)
{
    deliver(m_decoder.feed(chunk));
}

void StatsStream::deliver(const QList<JsonLinesDecoder::Item> &items)
{
    const quint64 gen = m_generation;
    for (const JsonLinesDecoder::Item &item : items) {
        if (!item.valid)
            continue;
        Q_EMIT sampleReceived(ContainerStats::fromJson(item.object));
        // A receiver may have stopped or restarted the stream.
        if (gen != m_generation)
            return;
    }
}
