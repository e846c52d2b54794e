#pragma once

#include "logsstream.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>

class QIODevice;

/// A container's log lines for a virtualised view: a ring of at most capacity()
/// lines (and byteCapacity() bytes of text), the oldest dropped first. Lines are
/// kept compactly, in blocks that each hold the text of many lines in one byte
/// arena, not a QString per line. Arrivals are coalesced: append() queues, and the
/// rows appear in one insert per batch interval (or at flush()), never one insert
/// per line. A search term may be set: the model then keeps the rows that contain
/// it, searching the arenas' bytes, also in lines that arrive later.
class LogsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StreamRole = Qt::UserRole + 1, ///< int: LogStream (1 stdout, 2 stderr)
        TimestampRole,                 ///< qint64: nanoseconds since the epoch, 0 when unknown
        TimestampTextRole,             ///< QString: the time as `docker logs -t` prints it
        LineNumberRole,                ///< qint64: 1 for the first line since the last clear()
        RawTextRole,                   ///< QByteArray: the line's bytes as the container wrote them
    };

    static constexpr int kDefaultCapacity = 200'000;
    static constexpr qint64 kDefaultByteCapacity = 128LL * 1024 * 1024;
    static constexpr int kDefaultBatchMs = 40;

    explicit LogsModel(QObject *parent = nullptr);
    ~LogsModel() override;

    /// At most `lines` rows; older rows go at once when there are more.
    void setCapacity(int lines);
    int capacity() const { return m_capacity; }
    /// At most `bytes` of line text.
    void setByteCapacity(qint64 bytes);
    qint64 byteCapacity() const { return m_byteCapacity; }
    /// How long arrivals wait at least to be inserted together (0: at the next
    /// event loop turn). The wait grows with the rows held, 1 ms per 1,000 rows up
    /// to a second: a QListView lays out all its rows again on every insert, so a
    /// million rows must not be inserted into 25 times a second.
    void setBatchInterval(int ms) { m_batchMs = std::max(0, ms); }
    /// The wait for the next batch, given the rows held now.
    int batchInterval() const { return std::clamp(m_rows / 1000, m_batchMs, std::max(m_batchMs, 1000)); }

    /// Queues lines; they become rows at the next batch.
    void append(const LogLines &lines);
    /// Makes every queued line a row now.
    void flush();
    qsizetype pendingCount() const { return m_pending.size(); }
    /// Removes every row and queued line.
    void clear();
    /// Lines dropped from the front since the last clear() to respect the capacity.
    qint64 droppedCount() const { return m_firstSeq; }
    /// Bytes of line text held.
    qint64 textBytes() const { return m_bytes; }
    /// The longest line seen since the last clear(), in bytes (for a view's width).
    int maxLineBytes() const { return m_maxLineBytes; }

    QByteArrayView lineBytes(int row) const;
    QString lineText(int row) const { return QString::fromUtf8(lineBytes(row)); }
    LogStream lineStream(int row) const;
    qint64 lineTimestamp(int row) const;

    /// Rows (ascending) whose text contains `term`, between `from` and `to` inclusive
    /// (-1: the last row).
    QList<int> findRows(const QString &term, Qt::CaseSensitivity cs, int from = 0, int to = -1) const;

    /// The term whose matches the model keeps (empty: none).
    void setSearch(const QString &term, Qt::CaseSensitivity cs = Qt::CaseInsensitive);
    const QString &searchTerm() const { return m_term; }
    Qt::CaseSensitivity searchCaseSensitivity() const { return m_termCase; }
    int matchCount() const { return int(m_matches.size()); }
    /// The row of the i-th match.
    int matchRow(int i) const { return int(m_matches.at(i) - m_firstSeq); }
    /// The index of the first match after `row` (forward) or before it, wrapping
    /// around the ends; -1 when nothing matches. row -1 starts from the edge.
    int nextMatch(int row, bool forward) const;
    /// The index of the match at `row`, or -1 when the row has none.
    int matchIndexOfRow(int row) const;

    /// Writes every row (queued lines too) as text, one line each, with the time in
    /// front when `timestamps`. False and `error` set when the device fails.
    bool save(QIODevice *device, bool timestamps, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// The set of matching rows changed (a new term, new lines, dropped lines).
    void matchesChanged();

private:
    static constexpr int kBlockLines = 4096;
    static constexpr qsizetype kBlockBytes = 1024 * 1024;
    struct Block
    {
        qint64 firstSeq = 0;        ///< sequence number of the block's first line
        QByteArray text;            ///< every line followed by '\n', so no match spans two lines
        QList<quint32> starts;      ///< where each line starts in text
        QList<qint64> timestamps;
        QList<LogStream> streams;
        int count() const { return int(starts.size()); }
        qsizetype lineEnd(int i) const { return (i + 1 < starts.size() ? qsizetype(starts.at(i + 1)) : text.size()) - 1; }
    };

    std::pair<const Block *, int> locate(int row) const;
    void evictFront(int lines);
    void searchRows(const QString &term, Qt::CaseSensitivity cs, int from, int to, QList<qint64> &into) const;
    void enforceCapacity();
    int lineBytesAt(int row) const;

    std::deque<std::unique_ptr<Block>> m_blocks;
    int m_headSkip = 0;   ///< lines of the first block already dropped
    int m_rows = 0;
    qint64 m_bytes = 0;   ///< text bytes of the rows (with their newlines)
    qint64 m_firstSeq = 0; ///< sequence number of row 0
    int m_maxLineBytes = 0;
    int m_capacity = kDefaultCapacity;
    qint64 m_byteCapacity = kDefaultByteCapacity;
    LogLines m_pending;
    QTimer m_batch;
    int m_batchMs = kDefaultBatchMs;

    QString m_term;
    Qt::CaseSensitivity m_termCase = Qt::CaseInsensitive;
    QList<qint64> m_matches; ///< sequence numbers of matching rows, ascending
};
