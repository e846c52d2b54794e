#include "logsmodel.h"

#include <QByteArrayMatcher>
#include <QIODevice>

#include <algorithm>

LogsModel::LogsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<LogLines>();
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &LogsModel::flush);
}

LogsModel::~LogsModel() = default;

void LogsModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    enforceCapacity();
}

void LogsModel::setByteCapacity(qint64 bytes)
{
    m_byteCapacity = std::max<qint64>(1024, bytes);
    enforceCapacity();
}

void LogsModel::enforceCapacity()
{
    int drop = 0;
    qint64 bytes = m_bytes;
    while (m_rows - drop > m_capacity || (bytes > m_byteCapacity && m_rows - drop > 0)) {
        bytes -= lineBytesAt(drop);
        ++drop;
    }
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    evictFront(drop);
    endRemoveRows();
    const auto firstKept = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_firstSeq);
    if (firstKept != m_matches.cbegin()) {
        m_matches.remove(0, firstKept - m_matches.cbegin());
        Q_EMIT matchesChanged();
    }
}

void LogsModel::append(const LogLines &lines)
{
    if (lines.isEmpty())
        return;
    m_pending.append(lines);
    if (!m_batch.isActive())
        m_batch.start(batchInterval());
}

std::pair<const LogsModel::Block *, int> LogsModel::locate(int row) const
{
    const qint64 seq = m_firstSeq + row;
    // Blocks hold a variable number of lines (a byte limit too): find by sequence.
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), seq,
                               [](qint64 s, const std::unique_ptr<Block> &b) { return s < b->firstSeq; });
    const Block *b = (it - 1)->get();
    return {b, int(seq - b->firstSeq)};
}

int LogsModel::lineBytesAt(int row) const
{
    const auto [b, i] = locate(row);
    return int(b->lineEnd(i) - b->starts.at(i) + 1);
}

void LogsModel::evictFront(int lines)
{
    while (lines > 0 && !m_blocks.empty()) {
        Block &b = *m_blocks.front();
        const int left = b.count() - m_headSkip;
        if (lines >= left) {
            m_bytes -= b.text.size() - b.starts.at(m_headSkip);
            m_rows -= left;
            m_firstSeq += left;
            lines -= left;
            m_blocks.pop_front();
            m_headSkip = 0;
            continue;
        }
        const qsizetype to = b.starts.at(m_headSkip + lines);
        m_bytes -= to - b.starts.at(m_headSkip);
        m_headSkip += lines;
        m_rows -= lines;
        m_firstSeq += lines;
        lines = 0;
    }
}

void LogsModel::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    const LogLines lines = std::exchange(m_pending, {});
    const qsizetype n = lines.size();

    // Of a batch larger than the ring only its newest lines can stay.
    qsizetype first = n;
    qint64 keepBytes = 0;
    while (first > 0 && n - first < m_capacity) {
        const qint64 b = lines.text(first - 1).size() + 1;
        if (keepBytes + b > m_byteCapacity && first < n)
            break;
        keepBytes += b;
        --first;
    }
    const int keep = int(n - first);

    // Make room: drop the oldest rows (all of them when lines of the batch itself
    // had to go: an older line never outlives a newer one).
    int drop = first > 0 ? m_rows : 0;
    qint64 bytes = m_bytes + keepBytes;
    while (drop < m_rows && (m_rows - drop + keep > m_capacity || bytes > m_byteCapacity)) {
        bytes -= lineBytesAt(drop);
        ++drop;
    }
    bool matchesMoved = false;
    if (drop > 0) {
        beginRemoveRows({}, 0, drop - 1);
        evictFront(drop);
        endRemoveRows();
    }
    if (m_rows == 0 && first > 0)
        m_firstSeq += first; // lines that never became rows still count as dropped
    const auto firstKept = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_firstSeq);
    if (firstKept != m_matches.cbegin()) {
        m_matches.remove(0, firstKept - m_matches.cbegin());
        matchesMoved = true;
    }

    const int oldRows = m_rows;
    beginInsertRows({}, oldRows, oldRows + keep - 1);
    for (qsizetype i = first; i < n; ++i) {
        if (m_blocks.empty() || m_blocks.back()->count() >= kBlockLines || m_blocks.back()->text.size() >= kBlockBytes) {
            auto b = std::make_unique<Block>();
            b->firstSeq = m_firstSeq + m_rows;
            b->starts.reserve(kBlockLines);
            b->timestamps.reserve(kBlockLines);
            b->streams.reserve(kBlockLines);
            m_blocks.push_back(std::move(b));
        }
        Block &b = *m_blocks.back();
        const QByteArrayView t = lines.text(i);
        b.starts.append(quint32(b.text.size()));
        b.text.append(t);
        b.text.append('\n');
        b.timestamps.append(lines.timestamp(i));
        b.streams.append(lines.stream(i));
        m_bytes += t.size() + 1;
        m_maxLineBytes = std::max(m_maxLineBytes, int(t.size()));
        ++m_rows;
    }
    endInsertRows();

    if (!m_term.isEmpty()) {
        const qsizetype before = m_matches.size();
        searchRows(m_term, m_termCase, oldRows, m_rows - 1, m_matches);
        matchesMoved = matchesMoved || m_matches.size() != before;
    }
    if (matchesMoved)
        Q_EMIT matchesChanged();
}

void LogsModel::clear()
{
    m_batch.stop();
    m_pending.clear();
    const bool hadMatches = !m_matches.isEmpty();
    if (m_rows > 0) {
        beginRemoveRows({}, 0, m_rows - 1);
        m_blocks.clear();
        m_headSkip = 0;
        m_rows = 0;
        m_bytes = 0;
        endRemoveRows();
    }
    m_blocks.clear();
    m_firstSeq = 0;
    m_maxLineBytes = 0;
    m_matches.clear();
    if (hadMatches)
        Q_EMIT matchesChanged();
}

QByteArrayView LogsModel::lineBytes(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    const auto [b, i] = locate(row);
    const qsizetype from = b->starts.at(i);
    return QByteArrayView(b->text.constData() + from, b->lineEnd(i) - from);
}

LogStream LogsModel::lineStream(int row) const
{
    const auto [b, i] = locate(row);
    return b->streams.at(i);
}

qint64 LogsModel::lineTimestamp(int row) const
{
    const auto [b, i] = locate(row);
    return b->timestamps.at(i);
}

// --- search -------------------------------------------------------------------------

void LogsModel::searchRows(const QString &term, Qt::CaseSensitivity cs, int from, int to, QList<qint64> &into) const
{
    // Lines hold no newline: a term with one matches nothing (and must not match
    // across the newlines that separate lines in the arena).
    if (term.isEmpty() || from > to || m_rows == 0 || term.contains(QLatin1Char('\n')))
        return;
    const bool ascii = std::all_of(term.cbegin(), term.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const qint64 seqFrom = m_firstSeq + from;
    const qint64 seqTo = m_firstSeq + to;
    auto [startBlock, startLine] = locate(from);
    Q_UNUSED(startLine);
    auto it = std::find_if(m_blocks.cbegin(), m_blocks.cend(), [startBlock](const auto &b) { return b.get() == startBlock; });

    if (!ascii && cs == Qt::CaseInsensitive) {
        // Case folding beyond ASCII needs the decoded text: line by line.
        for (int row = from; row <= to; ++row) {
            if (lineText(row).contains(term, Qt::CaseInsensitive))
                into.append(m_firstSeq + row);
        }
        return;
    }

    const QByteArray needle = cs == Qt::CaseInsensitive ? term.toUtf8().toLower() : term.toUtf8();
    const QByteArrayMatcher matcher(needle);
    for (; it != m_blocks.cend(); ++it) {
        const Block &b = **it;
        if (b.firstSeq > seqTo)
            break;
        const int lo = int(std::max<qint64>(seqFrom - b.firstSeq, 0));
        const int hi = int(std::min<qint64>(seqTo - b.firstSeq, b.count() - 1));
        if (lo > hi)
            continue;
        const qsizetype byteFrom = b.starts.at(lo);
        const qsizetype byteTo = b.lineEnd(hi) + 1;
        QByteArray lowered;
        QByteArrayView hay(b.text.constData() + byteFrom, byteTo - byteFrom);
        if (cs == Qt::CaseInsensitive) {
            lowered = hay.toByteArray().toLower();
            hay = lowered;
        }
        qsizetype pos = 0;
        while (pos < hay.size()) {
            const qsizetype hit = matcher.indexIn(hay, pos);
            if (hit < 0)
                break;
            const quint32 abs = quint32(byteFrom + hit);
            const auto sit = std::upper_bound(b.starts.cbegin() + lo, b.starts.cbegin() + hi + 1, abs);
            const int line = int(sit - b.starts.cbegin()) - 1;
            into.append(b.firstSeq + line);
            if (line >= hi)
                break;
            pos = qsizetype(b.starts.at(line + 1)) - byteFrom;
        }
    }
}

QList<int> LogsModel::findRows(const QString &term, Qt::CaseSensitivity cs, int from, int to) const
{
    if (to < 0 || to >= m_rows)
        to = m_rows - 1;
    from = std::max(from, 0);
    QList<qint64> seqs;
    searchRows(term, cs, from, to, seqs);
    QList<int> rows;
    rows.reserve(seqs.size());
    for (qint64 s : std::as_const(seqs))
        rows.append(int(s - m_firstSeq));
    return rows;
}

void LogsModel::setSearch(const QString &term, Qt::CaseSensitivity cs)
{
    if (term == m_term && cs == m_termCase)
        return;
    m_term = term;
    m_termCase = cs;
    m_matches.clear();
    searchRows(m_term, m_termCase, 0, m_rows - 1, m_matches);
    Q_EMIT matchesChanged();
}

int LogsModel::nextMatch(int row, bool forward) const
{
    if (m_matches.isEmpty())
        return -1;
    if (row < 0)
        return forward ? 0 : int(m_matches.size()) - 1;
    const qint64 seq = m_firstSeq + row;
    if (forward) {
        const auto it = std::upper_bound(m_matches.cbegin(), m_matches.cend(), seq);
        return it == m_matches.cend() ? 0 : int(it - m_matches.cbegin());
    }
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), seq);
    return it == m_matches.cbegin() ? int(m_matches.size()) - 1 : int(it - m_matches.cbegin()) - 1;
}

int LogsModel::matchIndexOfRow(int row) const
{
    const qint64 seq = m_firstSeq + row;
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), seq);
    return it != m_matches.cend() && *it == seq ? int(it - m_matches.cbegin()) : -1;
}

// --- saving -------------------------------------------------------------------------

bool LogsModel::save(QIODevice *device, bool timestamps, QString *error)
{
    flush();
    QByteArray buf;
    buf.reserve(1 << 20);
    auto write = [&]() {
        if (device->write(buf) != buf.size()) {
            if (error)
                *error = tr("The log could not be written: %1").arg(device->errorString());
            return false;
        }
        buf.clear();
        return true;
    };
    for (std::size_t k = 0; k < m_blocks.size(); ++k) {
        const Block &b = *m_blocks[k];
        for (int i = k == 0 ? m_headSkip : 0; i < b.count(); ++i) {
            if (timestamps && b.timestamps.at(i) != 0) {
                buf += LogsDecoder::formatTimestamp(b.timestamps.at(i)).toLatin1();
                buf += ' ';
            }
            buf.append(b.text.constData() + b.starts.at(i), b.lineEnd(i) - b.starts.at(i) + 1);
            if (buf.size() >= (1 << 20) && !write())
                return false;
        }
    }
    return write();
}

// --- model --------------------------------------------------------------------------

int LogsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant LogsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return lineText(row);
    case Qt::AccessibleTextRole:
        return lineStream(row) == LogStream::Stderr ? tr("stderr: %1").arg(lineText(row)) : lineText(row);
    case StreamRole:
        return int(lineStream(row));
    case TimestampRole:
        return lineTimestamp(row);
    case TimestampTextRole: {
        const qint64 ts = lineTimestamp(row);
        return ts ? LogsDecoder::formatTimestamp(ts) : QString();
    }
    case LineNumberRole:
        return m_firstSeq + row + 1;
    case RawTextRole:
        return lineBytes(row).toByteArray();
    default:
        return {};
    }
}

QHash<int, QByteArray> LogsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StreamRole, "stream");
    names.insert(TimestampRole, "timestamp");
    names.insert(TimestampTextRole, "timestampText");
    names.insert(LineNumberRole, "lineNumber");
    names.insert(RawTextRole, "rawText");
    return names;
}
