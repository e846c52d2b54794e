#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// Splits a byte stream into JSON objects, one per line (pull, push, build,
/// events and stats streams). Lines may end in "\n" or "\r\n" and may be cut at
/// any byte by the transport: partial lines wait for the rest.
class JsonLinesDecoder
{
public:
    struct Item
    {
        QJsonObject object;
        QByteArray raw;     ///< the line as received, for logs
        bool valid = true;  ///< false when the line is not a JSON object
    };

    /// Feeds bytes; returns the objects completed by them.
    QList<Item> feed(const QByteArray &bytes);
    /// The end of the stream: a last line without newline is decoded too.
    QList<Item> finish();
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    static bool decodeLine(QByteArray line, Item &out);
    QByteArray m_buffer;
};

/// The engine's multiplexed stream (logs, attach and exec without a TTY): frames
/// with an 8-byte header [stream, 0, 0, 0, size as big-endian uint32].
class MultiplexDecoder
{
public:
    enum class StreamType : quint8 { Stdin = 0, Stdout = 1, Stderr = 2, SystemError = 3 };

    struct Frame
    {
        StreamType stream = StreamType::Stdout;
        QByteArray payload;
    };

    QList<Frame> feed(const QByteArray &bytes);
    /// True when the stream held a byte that is not a frame header (it is then
    /// no multiplexed stream, or corrupt); later bytes are ignored.
    bool isCorrupt() const { return m_corrupt; }
    /// Bytes of an incomplete frame at the end of the stream.
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_corrupt = false;
};
