#pragma once

#include "engineerror.h"
#include "reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class Engine;

/// Which output of the container a log line came from.
enum class LogStream : quint8 { Stdout = 1, Stderr = 2 };

/// Decoded log lines, stored the way LogsModel keeps them: one byte arena for the
/// text of all lines, no allocation per line (a million lines arrive in seconds).
class LogLines
{
public:
    qsizetype size() const { return m_streams.size(); }
    bool isEmpty() const { return m_streams.isEmpty(); }
    /// The line's text, without its newline and without the engine's timestamp.
    QByteArrayView text(qsizetype i) const
    {
        const qsizetype from = i == 0 ? 0 : m_ends.at(i - 1);
        return QByteArrayView(m_text.constData() + from, m_ends.at(i) - from);
    }
    LogStream stream(qsizetype i) const { return m_streams.at(i); }
    /// Nanoseconds since the epoch (UTC), 0 when the engine sent none.
    qint64 timestamp(qsizetype i) const { return m_timestamps.at(i); }

    void append(LogStream stream, qint64 timestampNs, QByteArrayView text);
    void append(const LogLines &other);
    void clear();
    /// All text bytes of all lines, back to back.
    const QByteArray &arena() const { return m_text; }

private:
    QByteArray m_text;
    QList<qsizetype> m_ends;
    QList<qint64> m_timestamps;
    QList<LogStream> m_streams;
};

Q_DECLARE_METATYPE(LogLines)

/// Turns the body of GET /containers/{id}/logs into lines. Without a TTY the body
/// is multiplexed (8-byte frame headers, stdout and stderr apart); with a TTY it is
/// the raw terminal output. The transport may cut the body at any byte: partial
/// frames and partial lines wait for the rest. With timestamps each log message
/// starts with an RFC 3339 time and a space, which is taken off the text.
class LogsDecoder
{
public:
    enum class Format { Multiplexed, Raw };

    LogsDecoder(Format format, bool timestamps);

    /// Appends the lines completed by `bytes` to `out`.
    void feed(QByteArrayView bytes, LogLines &out);
    /// The end of the body: a last line without a newline is a line too.
    void finish(LogLines &out);
    /// Non-empty when the body held an error from the engine (a system-error frame)
    /// or was not a multiplexed stream at all.
    QString error() const { return m_error; }

    /// "2024-05-01T10:00:00.123456789Z" (or with an offset "+02:00") to nanoseconds
    /// since the epoch; nullopt when the text is no such time.
    static std::optional<qint64> parseTimestamp(QByteArrayView text);
    /// The way `docker logs -t` prints a time: UTC, nine fraction digits.
    static QString formatTimestamp(qint64 ns);

    /// A line longer than this is cut: a program that never writes a newline (a
    /// progress bar) must not grow one line without end.
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

private:
    struct Pending
    {
        QByteArray bytes;
        qint64 timestamp = 0;
        bool atLineStart = true;
    };
    void take(LogStream stream, QByteArrayView payload, bool messageStart, LogLines &out);
    void emitLine(LogStream stream, Pending &p, QByteArrayView tail, LogLines &out);
    qint64 stripTimestamp(QByteArrayView &payload);

    Format m_format;
    bool m_timestamps;
    Pending m_pending[2]; // stdout, stderr
    QByteArray m_frame;   // multiplexed: a frame not complete yet
    qsizetype m_frameOffset = 0;
    bool m_corrupt = false;
    QString m_error;
};

/// What to ask GET /containers/{id}/logs for.
struct LogsOptions
{
    bool follow = true;
    bool stdoutLines = true;
    bool stderrLines = true;
    int tail = -1;      ///< the last N lines; -1 for all
    QString since;      ///< engine form (unix seconds, "1714557600.000000000"); empty for all
    QString until;      ///< the same form; empty for no end
    bool timestamps = true;

    /// The user's "since" (or "until") as the engine wants it, the way the docker CLI
    /// reads it: a duration before `now` ("10m", "1h30m", "90s"), an RFC 3339 time
    /// ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00" in local time), a date
    /// ("2024-05-01"), or unix seconds ("1714557600.5"). nullopt and `error` set when
    /// it is none of these.
    static std::optional<QString> timeArgument(const QString &text, const QDateTime &now, QString *error = nullptr);
};

/// One container's logs as a stream of lines: starts the request, decides whether
/// the body is multiplexed (from the 1.42+ Content-Type, otherwise from the
/// container's Config.Tty), decodes it and emits lines in batches, as they come.
class LogsStream : public QObject
{
    Q_OBJECT
public:
    LogsStream(Engine *engine, const QString &containerId, QObject *parent = nullptr);
    ~LogsStream() override;

    const QString &containerId() const { return m_containerId; }
    /// Starts (or restarts) the stream with `options`.
    void start(const LogsOptions &options);
    /// Stops the request; no signal follows.
    void stop();
    bool isRunning() const { return m_reply != nullptr || m_inspecting; }
    /// Known once the stream has begun: whether the container has a TTY.
    std::optional<bool> isTty() const { return m_tty; }
    const LogsOptions &options() const { return m_options; }

Q_SIGNALS:
    void linesReceived(const LogLines &lines);
    /// The engine ended the stream (all lines sent; with follow, the container stopped).
    void finished();
    void failed(const EngineError &error);

private:
    void onHead();
    void onData(const QByteArray &chunk);
    /// Decodes the body bytes gathered so far; false when the stream failed.
    bool decodeHeld();
    void onEnded(const EngineError *error);
    void decide(LogsDecoder::Format format);
    void inspectForTty();
    void deliver(LogLines &lines);

    QPointer<Engine> m_engine;
    QString m_containerId;
    LogsOptions m_options;
    QPointer<Reply> m_reply;
    std::optional<LogsDecoder> m_decoder;
    std::optional<bool> m_tty;
    QByteArray m_held; ///< body bytes that came before the format was known
    bool m_bodyEnded = false;
    bool m_decodeScheduled = false;
    bool m_inspecting = false;
    quint64 m_generation = 0;
};
