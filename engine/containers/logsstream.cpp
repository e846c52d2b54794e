#include "logsstream.h"

#include "engine.h"
#include "streamdecoders.h"

#include <QJsonObject>
#include <QtNumeric>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cstdio>
#include <cstring>

// --- LogLines ------------------------------------------------------------------

void LogLines::append(LogStream stream, qint64 timestampNs, QByteArrayView text)
{
    m_text.append(text);
    m_ends.append(m_text.size());
    m_timestamps.append(timestampNs);
    m_streams.append(stream);
}

void LogLines::append(const LogLines &other)
{
    const qsizetype base = m_text.size();
    m_text.append(other.m_text);
    // No reserve() of the exact size here: QList then grows to that size and no more,
    // so a batch gathered from many reads was copied whole at every read (a fifth of
    // the time of a million-line log went to that memmove). Appending grows geometrically.
    for (qsizetype e : other.m_ends)
        m_ends.append(base + e);
    m_timestamps.append(other.m_timestamps);
    m_streams.append(other.m_streams);
}

void LogLines::clear()
{
    m_text.clear();
    m_ends.clear();
    m_timestamps.clear();
    m_streams.clear();
}

// --- time stamps ------------------------------------------------------------------

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm):
// QDateTime::fromString costs microseconds, a million lines need it in nanoseconds.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool digits(QByteArrayView t, qsizetype at, int count, int &value)
{
    if (at + count > t.size())
        return false;
    value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<qint64> LogsDecoder::parseTimestamp(QByteArrayView t)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
    int year, month, day, hour, minute, second;
    if (!digits(t, 0, 4, year) || t.size() < 20 || t[4] != '-' || !digits(t, 5, 2, month) || t[7] != '-'
        || !digits(t, 8, 2, day) || (t[10] != 'T' && t[10] != 't') || !digits(t, 11, 2, hour) || t[13] != ':'
        || !digits(t, 14, 2, minute) || t[16] != ':' || !digits(t, 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype i = 19;
    qint64 fraction = 0;
    if (i < t.size() && t[i] == '.') {
        ++i;
        int n = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            if (n < 9) {
                fraction = fraction * 10 + (t[i] - '0');
                ++n;
            }
            ++i;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            fraction *= 10;
    }
    if (i >= t.size())
        return std::nullopt;
    qint64 offsetSeconds = 0;
    if (t[i] == 'Z' || t[i] == 'z') {
        ++i;
    } else if (t[i] == '+' || t[i] == '-') {
        int oh, om;
        if (!digits(t, i + 1, 2, oh) || i + 3 >= t.size() || t[i + 3] != ':' || !digits(t, i + 4, 2, om))
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (t[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return std::nullopt;
    }
    if (i != t.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    // Nanoseconds since 1970 fit a qint64 from 1677 to 2262: other years are no time Cais can hold.
    qint64 ns = 0;
    if (qMulOverflow(seconds, qint64(1'000'000'000), &ns) || qAddOverflow(ns, fraction, &ns))
        return std::nullopt;
    return ns;
}

QString LogsDecoder::formatTimestamp(qint64 ns)
{
    qint64 seconds = ns / 1'000'000'000;
    qint64 fraction = ns % 1'000'000'000;
    if (fraction < 0) {
        fraction += 1'000'000'000;
        --seconds;
    }
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%09lldZ", static_cast<long long>(y), m, d,
                  static_cast<long long>(rest / 3600), static_cast<long long>(rest / 60 % 60), static_cast<long long>(rest % 60),
                  static_cast<long long>(fraction));
    return QString::fromLatin1(buf);
}

// --- LogsDecoder ------------------------------------------------------------------

LogsDecoder::LogsDecoder(Format format, bool timestamps)
    : m_format(format)
    , m_timestamps(timestamps)
{
}

qint64 LogsDecoder::stripTimestamp(QByteArrayView &payload)
{
    // The time is at most 35 bytes ("...T..:..:...123456789+00:00"); look no further.
    const qsizetype space = payload.first(std::min<qsizetype>(payload.size(), 40)).indexOf(' ');
    if (space < 0)
        return 0;
    const auto ts = parseTimestamp(payload.first(space));
    if (!ts)
        return 0;
    payload = payload.sliced(space + 1);
    return *ts;
}

void LogsDecoder::emitLine(LogStream stream, Pending &p, QByteArrayView tail, LogLines &out)
{
    QByteArrayView line = tail;
    if (!p.bytes.isEmpty()) {
        p.bytes.append(tail);
        line = p.bytes;
    }
    qint64 ts = p.timestamp;
    // Raw (TTY) bodies have no frames: the time stands at the start of each line.
    if (m_format == Format::Raw && m_timestamps)
        ts = stripTimestamp(line);
    // A terminal ends its lines in "\r\n".
    if (line.endsWith('\r'))
        line.chop(1);
    out.append(stream, ts, line);
    p.bytes.clear();
}

void LogsDecoder::take(LogStream stream, QByteArrayView payload, bool messageStart, LogLines &out)
{
    Pending &p = m_pending[stream == LogStream::Stderr ? 1 : 0];
    if (messageStart && m_timestamps) {
        // Every message (frame) carries its own time, also the pieces of a line
        // longer than the engine's 16 KiB message size; a line keeps its first.
        const qint64 ts = stripTimestamp(payload);
        if (p.bytes.isEmpty())
            p.timestamp = ts;
    }
    while (!payload.isEmpty()) {
        const auto *nl = static_cast<const char *>(std::memchr(payload.data(), '\n', size_t(payload.size())));
        if (!nl) {
            p.bytes.append(payload);
            if (p.bytes.size() >= kMaxLineBytes)
                emitLine(stream, p, {}, out);
            return;
        }
        const qsizetype n = nl - payload.data();
        emitLine(stream, p, payload.first(n), out);
        payload = payload.sliced(n + 1);
    }
}

void LogsDecoder::feed(QByteArrayView bytes, LogLines &out)
{
    if (m_format == Format::Raw) {
        take(LogStream::Stdout, bytes, false, out);
        return;
    }
    if (m_corrupt || !m_error.isEmpty())
        return;
    // Frames are read in place, without a copy per frame.
    QByteArrayView data = bytes;
    const bool buffered = m_frameOffset < m_frame.size();
    if (buffered) {
        m_frame.append(bytes);
        data = QByteArrayView(m_frame).sliced(m_frameOffset);
    }
    quint64 used = 0;
    while (quint64(data.size()) - used >= 8) {
        const auto *h = reinterpret_cast<const uchar *>(data.data() + used);
        if (h[0] > 3 || h[1] || h[2] || h[3]) {
            m_corrupt = true;
            m_error = QCoreApplication::translate("LogsStream",
                                                  "The engine's log stream could not be read: it is not in the expected format.");
            m_frame.clear();
            m_frameOffset = 0;
            return;
        }
        const quint32 size = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        if (size > MultiplexDecoder::kMaxFrameBytes) {
            // A bogus length: waiting for that frame would buffer up to 4 GiB.
            m_corrupt = true;
            m_error = QCoreApplication::translate("LogsStream",
                                                  "The engine's log stream could not be read: it announced a message of %1 MiB, "
                                                  "more than the %2 MiB any engine sends.")
                          .arg(size / (1024 * 1024))
                          .arg(MultiplexDecoder::kMaxFrameBytes / (1024 * 1024));
            m_frame.clear();
            m_frameOffset = 0;
            return;
        }
        if (quint64(data.size()) - used - 8 < size)
            break;
        const QByteArrayView payload = data.sliced(qsizetype(used + 8), qsizetype(size));
        used += 8 + quint64(size);
        switch (h[0]) {
        case 1:
            take(LogStream::Stdout, payload, true, out);
            break;
        case 2:
            take(LogStream::Stderr, payload, true, out);
            break;
        case 3:
            m_error = QString::fromUtf8(payload).trimmed();
            m_frame.clear();
            m_frameOffset = 0;
            return;
        default:
            break; // stdin never comes back in logs
        }
    }
    if (buffered) {
        m_frameOffset += qsizetype(used);
        if (m_frameOffset == m_frame.size()) {
            m_frame.clear();
            m_frameOffset = 0;
        } else if (m_frameOffset > 64 * 1024) {
            m_frame.remove(0, m_frameOffset);
            m_frameOffset = 0;
        }
    } else {
        m_frame = data.sliced(qsizetype(used)).toByteArray();
        m_frameOffset = 0;
    }
}

void LogsDecoder::finish(LogLines &out)
{
    for (int i = 0; i < 2; ++i) {
        if (!m_pending[i].bytes.isEmpty())
            emitLine(i == 0 ? LogStream::Stdout : LogStream::Stderr, m_pending[i], {}, out);
    }
    if (m_format == Format::Multiplexed && m_error.isEmpty() && m_frame.size() > m_frameOffset) {
        m_error = QCoreApplication::translate("LogsStream", "The engine's log stream ended in the middle of a message.");
    }
    m_frame.clear();
    m_frameOffset = 0;
}

// --- LogsOptions ------------------------------------------------------------------

std::optional<QString> LogsOptions::timeArgument(const QString &input, const QDateTime &now, QString *error)
{
    QString text = input.trimmed();
    auto fail = [&]() -> std::optional<QString> {
        if (error) {
            *error = QCoreApplication::translate("LogsStream",
                                                 "\"%1\" is not a time. Write a duration such as 10m or 1h30m, a date such as "
                                                 "2024-05-01, a time such as 2024-05-01T10:00:00Z, or unix seconds.")
                         .arg(text);
        }
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail();

    // A Go duration: "1h30m", "90s", "1.5h", "250ms".
    static const QRegularExpression durationRe(QStringLiteral("^(?:(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h))+$"));
    static const QRegularExpression durationPart(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    if (text != QLatin1String("0") && durationRe.match(text).hasMatch()) {
        double seconds = 0;
        auto it = durationPart.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const double v = m.captured(1).toDouble();
            const QString unit = m.captured(2);
            if (unit == QLatin1String("h"))
                seconds += v * 3600;
            else if (unit == QLatin1String("m"))
                seconds += v * 60;
            else if (unit == QLatin1String("s"))
                seconds += v;
            else if (unit == QLatin1String("ms"))
                seconds += v / 1e3;
            else if (unit == QLatin1String("ns"))
                seconds += v / 1e9;
            else
                seconds += v / 1e6;
        }
        // The CLI sends whole seconds for a duration.
        return QString::number(now.toSecsSinceEpoch() - qint64(seconds));
    }

    // Unix seconds, as the engine takes them.
    static const QRegularExpression unixRe(QStringLiteral("^\\d+(?:\\.\\d{1,9})?$"));
    if (unixRe.match(text).hasMatch())
        return text;

    // A full RFC 3339 time keeps its nanoseconds (Qt reads milliseconds only).
    if (const auto ns = LogsDecoder::parseTimestamp(text.toLatin1())) {
        qint64 secs = *ns / 1'000'000'000, frac = *ns % 1'000'000'000;
        if (frac < 0) {
            frac += 1'000'000'000;
            --secs;
        }
        return QStringLiteral("%1.%2").arg(secs).arg(frac, 9, 10, QLatin1Char('0'));
    }
    // Its shorter forms; without a zone, local time (as the CLI does).
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        return fail();
    const qint64 ms = when.toMSecsSinceEpoch();
    qint64 secs = ms / 1000;
    qint64 msPart = ms % 1000;
    if (msPart < 0) {
        msPart += 1000;
        --secs;
    }
    return QStringLiteral("%1.%2").arg(secs).arg(msPart * 1'000'000, 9, 10, QLatin1Char('0'));
}

// --- LogsStream ------------------------------------------------------------------

LogsStream::LogsStream(Engine *engine, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_containerId(containerId)
{
    qRegisterMetaType<LogLines>();
}

LogsStream::~LogsStream()
{
    stop();
}

void LogsStream::stop()
{
    ++m_generation;
    m_inspecting = false;
    if (Reply *r = m_reply) {
        m_reply = nullptr;
        disconnect(r, nullptr, this, nullptr);
        r->abort();
    }
}

void LogsStream::start(const LogsOptions &options)
{
    stop();
    m_options = options;
    m_decoder.reset();
    m_tty.reset();
    m_held.clear();
    m_decodeScheduled = false;
    m_bodyEnded = false;
    if (!m_engine) {
        Q_EMIT failed(EngineError::make(EngineError::Kind::Other, tr("Not connected to an engine.")));
        return;
    }
    QUrlQuery q;
    // The engine wants at least one of the two.
    const bool out = options.stdoutLines || !options.stderrLines;
    if (out)
        q.addQueryItem(QStringLiteral("stdout"), QStringLiteral("1"));
    if (options.stderrLines)
        q.addQueryItem(QStringLiteral("stderr"), QStringLiteral("1"));
    if (options.follow)
        q.addQueryItem(QStringLiteral("follow"), QStringLiteral("1"));
    if (options.timestamps)
        q.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("tail"), options.tail < 0 ? QStringLiteral("all") : QString::number(options.tail));
    if (!options.since.isEmpty())
        q.addQueryItem(QStringLiteral("since"), options.since);
    if (!options.until.isEmpty())
        q.addQueryItem(QStringLiteral("until"), options.until);

    HttpRequest r;
    r.method = "GET";
    r.target = m_engine->target(QStringLiteral("/containers/%1/logs").arg(m_containerId), q);
    r.stream = true; // a followed log may stay silent for hours
    Reply *reply = m_engine->send(r);
    reply->setKeepBody(false);
    m_reply = reply;
    const quint64 gen = m_generation;
    connect(reply, &Reply::headReceived, this, [this, gen] {
        if (gen == m_generation)
            onHead();
    });
    connect(reply, &Reply::dataReceived, this, [this, gen](const QByteArray &chunk) {
        if (gen == m_generation)
            onData(chunk);
    });
    connect(reply, &Reply::finished, this, [this, gen] {
        if (gen == m_generation)
            onEnded(nullptr);
    });
    connect(reply, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation)
            onEnded(&e);
    });
}

void LogsStream::onHead()
{
    if (!m_reply || m_reply->status() >= 300)
        return; // the reply turns the error body into failed()
    const QByteArray type = m_reply->header("Content-Type");
    // Before API 1.42 Docker calls every logs body "raw-stream", multiplexed or not;
    // only a "multiplexed-stream" is certain there.
    const QStringList v = m_engine ? m_engine->info().apiVersion.split(QLatin1Char('.')) : QStringList();
    const bool typed = v.size() == 2 && (v.at(0).toInt() > 1 || v.at(1).toInt() >= 42) && m_engine && !m_engine->info().podman;
    if (type.contains("multiplexed-stream"))
        decide(LogsDecoder::Format::Multiplexed);
    else if (typed && type.contains("raw-stream"))
        decide(LogsDecoder::Format::Raw);
    else
        inspectForTty();
}

void LogsStream::inspectForTty()
{
    if (m_inspecting || m_decoder || !m_engine)
        return;
    m_inspecting = true;
    const quint64 gen = m_generation;
    Reply *r = m_engine->get(QStringLiteral("/containers/%1/json").arg(m_containerId));
    connect(r, &Reply::finished, this, [this, gen, r] {
        if (gen != m_generation)
            return;
        m_inspecting = false;
        auto doc = Engine::parseJson(r->body());
        if (!doc || !doc->isObject()) {
            stop();
            Q_EMIT failed(doc ? EngineError::make(EngineError::Kind::Protocol, tr("The engine's description of the container could not be read."))
                              : doc.error());
            return;
        }
        const bool tty = doc->object().value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();
        decide(tty ? LogsDecoder::Format::Raw : LogsDecoder::Format::Multiplexed);
    });
    connect(r, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen != m_generation)
            return;
        m_inspecting = false;
        stop();
        Q_EMIT failed(e);
    });
}

void LogsStream::decide(LogsDecoder::Format format)
{
    m_tty = format == LogsDecoder::Format::Raw;
    m_decoder.emplace(format, m_options.timestamps);
    decodeHeld();
    if (m_bodyEnded)
        onEnded(nullptr);
}

void LogsStream::deliver(LogLines &lines)
{
    if (!lines.isEmpty())
        Q_EMIT linesReceived(lines);
}

void LogsStream::onData(const QByteArray &chunk)
{
    // The engine flushes every log message: a million lines come as a million
    // tiny HTTP chunks. They are gathered and decoded once per turn of the event
    // loop, not one by one.
    m_held += chunk;
    if (!m_decoder || m_decodeScheduled)
        return;
    m_decodeScheduled = true;
    const quint64 gen = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, gen] {
            if (gen != m_generation)
                return;
            m_decodeScheduled = false;
            decodeHeld();
        },
        Qt::QueuedConnection);
}

bool LogsStream::decodeHeld()
{
    if (!m_decoder || m_held.isEmpty())
        return true;
    LogLines lines;
    m_decoder->feed(std::exchange(m_held, {}), lines);
    deliver(lines);
    if (!m_decoder->error().isEmpty()) {
        const QString message = m_decoder->error();
        stop();
        Q_EMIT failed(EngineError::make(EngineError::Kind::Other, tr("The engine stopped sending the logs: %1").arg(message), message));
        return false;
    }
    return true;
}

void LogsStream::onEnded(const EngineError *error)
{
    if (error) {
        m_reply = nullptr;
        const EngineError e = *error;
        stop();
        Q_EMIT failed(e);
        return;
    }
    m_reply = nullptr;
    if (!m_decoder) {
        // The body ended before its format was known (an empty log, or bytes to
        // decode once the inspect answers).
        m_bodyEnded = true;
        if (m_held.isEmpty() && !m_inspecting) {
            Q_EMIT finished();
            return;
        }
        inspectForTty();
        return;
    }
    if (!decodeHeld())
        return;
    LogLines lines;
    m_decoder->finish(lines);
    deliver(lines);
    const QString message = m_decoder->error();
    ++m_generation;
    m_decodeScheduled = false;
    if (!message.isEmpty())
        Q_EMIT failed(EngineError::make(EngineError::Kind::Other, tr("The engine stopped sending the logs: %1").arg(message), message));
    else
        Q_EMIT finished();
}
