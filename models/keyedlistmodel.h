#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

/// A flat table of rows keyed by a stable id (a volume's name, a network's id), updated
/// by merging: rows that are gone are removed, rows that changed emit dataChanged,
/// new rows are inserted at the end; never a reset, so selection, scroll and sorting
/// proxies survive every refresh. Removals and changes are grouped in contiguous runs.
///
/// `Row` needs `operator==`. The subclass says how to key a row (`keyOf`) and how many
/// columns it shows, and implements `data()` and `headerData()` from `rowAt()`.
template<typename Row>
class KeyedListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    /// The row of the object with this key, or -1.
    int rowOfKey(const QString &key) const { return m_rowOfKey.value(key, -1); }
    const Row *find(const QString &key) const
    {
        const int r = rowOfKey(key);
        return r < 0 ? nullptr : &m_rows.at(r);
    }

    /// Merges a full list: what it lacks is gone.
    void setRows(const QList<Row> &present) { merge(present, nullptr); }
    /// Merges a partial list: of the objects with these keys, those not in `present` are gone.
    void updateRows(const QSet<QString> &keys, const QList<Row> &present)
    {
        QList<Row> inScope;
        for (const Row &r : present) {
            if (keys.contains(keyOf(r)))
                inScope.append(r);
        }
        merge(inScope, &keys);
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;
    /// A row changed: which columns to announce (default: all).
    virtual void rowChanged(int row, const Row &before, const Row &after)
    {
        Q_UNUSED(before)
        Q_UNUSED(after)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    /// Changes one row in place (a size computed later, a state known from an event).
    void replaceRow(int row, const Row &value)
    {
        if (row < 0 || row >= m_rows.size() || m_rows.at(row) == value)
            return;
        const Row before = std::exchange(m_rows[row], value);
        rowChanged(row, before, m_rows.at(row));
    }

private:
    void merge(const QList<Row> &present, const QSet<QString> *scope)
    {
        QHash<QString, qsizetype> incoming;
        incoming.reserve(present.size());
        for (qsizetype i = 0; i < present.size(); ++i)
            incoming.insert(keyOf(present.at(i)), i);

        // 1. What is gone, from the end, in contiguous runs.
        QList<int> gone;
        if (scope) {
            for (const QString &k : *scope) {
                const int r = rowOfKey(k);
                if (r >= 0 && !incoming.contains(k))
                    gone.append(r);
            }
            std::sort(gone.begin(), gone.end());
        } else {
            for (int r = 0; r < m_rows.size(); ++r) {
                if (!incoming.contains(keyOf(m_rows.at(r))))
                    gone.append(r);
            }
        }
        qsizetype i = gone.size() - 1;
        while (i >= 0) {
            const int last = gone.at(i);
            int first = last;
            while (i > 0 && gone.at(i - 1) == first - 1) {
                --i;
                --first;
            }
            --i;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        if (!gone.isEmpty())
            reindex();

        // 2. What changed, in place.
        QList<Row> added;
        for (const Row &r : present) {
            const int row = rowOfKey(keyOf(r));
            if (row < 0)
                added.append(r);
            else if (!(m_rows.at(row) == r))
                replaceRow(row, r);
        }

        // 3. What is new, at the end.
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Row &r : std::as_const(added)) {
                m_rowOfKey.insert(keyOf(r), int(m_rows.size()));
                m_rows.append(r);
            }
            endInsertRows();
        }
    }

    void reindex()
    {
        m_rowOfKey.clear();
        m_rowOfKey.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_rowOfKey.insert(keyOf(m_rows.at(r)), r);
    }

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
};
