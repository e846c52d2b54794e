#include "streamdecoders.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

bool JsonLinesDecoder::decodeLine(QByteArray line, Item &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return false;
    out.raw = line;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    out.valid = err.error == QJsonParseError::NoError && doc.isObject();
    out.object = out.valid ? doc.object() : QJsonObject();
    return true;
}

QList<JsonLinesDecoder::Item> JsonLinesDecoder::feed(const QByteArray &bytes)
{
    QList<Item> items;
    // Only the new bytes can hold a newline: a long line cut in many pieces is
    // scanned once, not once per piece.
    qsizetype from = m_buffer.size();
    m_buffer += bytes;
    // A line too long comes out as its first KiB, whether its end came with it or not.
    auto overlong = [&items](const QByteArray &start) {
        Item item;
        item.valid = false;
        item.raw = start.left(1024);
        items.append(std::move(item));
    };
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl < 0)
            break;
        if (std::exchange(m_overlong, false)) {
            // The end of a line too long: its start came out already.
        } else if (nl - start > kMaxLineBytes) {
            overlong(m_buffer.mid(start, 1024));
        } else if (Item item; decodeLine(m_buffer.mid(start, nl - start), item)) {
            items.append(std::move(item));
        }
        start = nl + 1;
        from = start;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes) {
        if (!m_overlong)
            overlong(m_buffer);
        m_overlong = true;
        m_buffer.clear();
    }
    return items;
}

QList<JsonLinesDecoder::Item> JsonLinesDecoder::finish()
{
    QList<Item> items = feed(QByteArray());
    if (std::exchange(m_overlong, false)) {
        m_buffer.clear();
        return items;
    }
    Item item;
    if (decodeLine(std::exchange(m_buffer, {}), item))
        items.append(std::move(item));
    return items;
}

QList<MultiplexDecoder::Frame> MultiplexDecoder::feed(const QByteArray &bytes)
{
    QList<Frame> frames;
    if (m_corrupt)
        return frames;
    m_buffer += bytes;
    for (;;) {
        const auto avail = quint64(m_buffer.size() - m_offset);
        const auto *h = reinterpret_cast<const uchar *>(m_buffer.constData() + m_offset);
        // Judge the header bytes that are here already: a raw (TTY) stream shows at
        // its first byte, even when it is shorter than a header ("ok\n").
        bool bad = avail > 0 && h[0] > 3;
        for (quint64 i = 1; i < std::min<quint64>(avail, 4); ++i)
            bad = bad || h[i] != 0;
        if (bad) {
            m_corrupt = true;
            break;
        }
        if (avail < 8)
            break;
        const quint32 size = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
        if (size > kMaxFrameBytes) {
            m_corrupt = true;
            m_frameTooLarge = true;
            m_announced = size;
            break;
        }
        if (avail - 8 < size)
            break;
        frames.append(Frame{StreamType(h[0]), m_buffer.mid(m_offset + 8, qsizetype(size))});
        m_offset += 8 + qsizetype(size);
    }
    if (m_corrupt) {
        // Kept for takeUndecoded(); nothing is added any more.
        m_buffer.remove(0, m_offset);
        m_offset = 0;
        return frames;
    }
    // Compact once the consumed prefix dominates, so long streams stay linear.
    if (m_offset > 0 && (m_offset == m_buffer.size() || m_offset > 64 * 1024)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    return frames;
}

QByteArray MultiplexDecoder::takeUndecoded()
{
    if (!m_corrupt)
        return {};
    m_offset = 0;
    return std::exchange(m_buffer, {});
}
