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

    /// No engine sends longer lines (a stats sample is a few KiB): a line past this
    /// comes out as an invalid item holding its first KiB, and the rest of it, up to
    /// its newline, is dropped as it comes, so that a line without end takes no more.
    static constexpr qsizetype kMaxLineBytes = 16 * 1024 * 1024;

    /// Feeds bytes; returns the objects completed by them.
    QList<Item> feed(const QByteArray &bytes);
    /// The end of the stream: a last line without newline is decoded too.
    QList<Item> finish();
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    static bool decodeLine(QByteArray line, Item &out);
    QByteArray m_buffer;
    bool m_overlong = false; ///< in a line past kMaxLineBytes: its bytes are dropped up to its newline
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

    /// No engine sends bigger frames (Docker's are at most 32 KiB, a log message
    /// 16 KiB or, with the local driver, 1 MB): a header announcing more is no frame.
    static constexpr quint32 kMaxFrameBytes = 16 * 1024 * 1024;

    QList<Frame> feed(const QByteArray &bytes);
    /// True when the stream held a byte that is not a frame header (it is then
    /// no multiplexed stream, or corrupt), or a header announcing a frame larger
    /// than kMaxFrameBytes; later bytes are ignored.
    bool isCorrupt() const { return m_corrupt; }
    /// True when the stream is corrupt because of a frame larger than kMaxFrameBytes.
    bool isFrameTooLarge() const { return m_frameTooLarge; }
    /// The size that frame announced.
    quint32 announcedFrameBytes() const { return m_announced; }
    /// Once corrupt: the bytes fed that did not come out as frames, from the first
    /// that is no frame header (bytes held since earlier feeds included). Once.
    QByteArray takeUndecoded();
    /// Bytes of an incomplete frame at the end of the stream.
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_corrupt = false;
    bool m_frameTooLarge = false;
    quint32 m_announced = 0;
};
