#include "processesmodel.h"

#include <QFont>
#include <QHash>
#include <QRegularExpression>

ProcessesModel::ProcessesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProcessesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_titles.size());
}

QVariant ProcessesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r.cells.value(index.column());
    case SortRole:
        return sortValue(r.cells.value(index.column()));
    case StateRole:
        return int(r.state);
    case PidRole:
        return r.key;
    case Qt::FontRole:
        // Marked for one refresh: a new process in bold, an ended one struck out.
        if (r.state != RowState::Normal) {
            QFont f;
            f.setBold(r.state == RowState::New);
            f.setStrikeOut(r.state == RowState::Ended);
            f.setItalic(r.state == RowState::Ended);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole: {
        const QVariant v = sortValue(r.cells.value(index.column()));
        if (v.typeId() == QMetaType::Double)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant ProcessesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_titles.size())
        return m_titles.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ProcessesModel::sortValue(const QString &text)
{
    bool ok = false;
    const double n = text.toDouble(&ok);
    if (ok)
        return n;
    // ps durations and clock times: [[DD-]HH:]MM:SS, also MM:SS (aux TIME "0:03").
    static const QRegularExpression duration(QStringLiteral("^(?:(\\d+)-)?(?:(\\d+):)?(\\d+):(\\d+)$"));
    const auto m = duration.match(text);
    if (m.hasMatch()) {
        const double days = m.captured(1).toDouble();
        const double hours = m.captured(2).toDouble();
        return ((days * 24 + hours) * 60 + m.captured(3).toDouble()) * 60 + m.captured(4).toDouble();
    }
    return text;
}

QString ProcessesModel::keyOf(const QStringList &cells) const
{
    if (m_pidColumn >= 0)
        return cells.value(m_pidColumn);
    return cells.join(QChar(0x1f));
}

int ProcessesModel::rowOfPid(const QString &pid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == pid)
            return i;
    }
    return -1;
}

void ProcessesModel::removeRowsWhere(const std::function<bool(const Row &)> &pred)
{
    // From the end, in contiguous runs, so that the indexes of the rest hold.
    int i = int(m_rows.size()) - 1;
    while (i >= 0) {
        if (!pred(m_rows.at(i))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && pred(m_rows.at(first - 1)))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
}

void ProcessesModel::replaceColumns(const QStringList &titles)
{
    removeRowsWhere([](const Row &) { return true; });
    const int before = int(m_titles.size());
    const int after = int(titles.size());
    if (after < before) {
        beginRemoveColumns({}, after, before - 1);
        m_titles = titles;
        endRemoveColumns();
    } else if (after > before) {
        beginInsertColumns({}, before, after - 1);
        m_titles = titles;
        endInsertColumns();
    } else {
        m_titles = titles;
    }
    if (after > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, after - 1);
    m_pidColumn = -1;
    for (int i = 0; i < m_titles.size(); ++i) {
        if (m_titles.at(i).compare(QLatin1String("PID"), Qt::CaseInsensitive) == 0) {
            m_pidColumn = i;
            break;
        }
    }
}

void ProcessesModel::setProcesses(const QStringList &titles, const QList<QStringList> &rows)
{
    bool fresh = !m_loaded;
    if (titles != m_titles) {
        replaceColumns(titles);
        fresh = true; // other columns: the same processes, not new ones
    }
    m_loaded = true;

    // Rows that ended at the previous refresh have been shown long enough.
    removeRowsWhere([](const Row &r) { return r.state == RowState::Ended; });

    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(keyOf(rows.at(i)), i);

    const int columns = int(m_titles.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const auto it = incoming.constFind(r.key);
        if (it == incoming.constEnd()) {
            r.state = RowState::Ended;
            Q_EMIT dataChanged(index(i, 0), index(i, columns - 1));
            continue;
        }
        QStringList cells = rows.at(*it);
        incoming.erase(it);
        cells.resize(columns);
        if (cells != r.cells || r.state != RowState::Normal) {
            r.cells = cells;
            r.state = RowState::Normal;
            Q_EMIT dataChanged(index(i, 0), index(i, columns - 1));
        }
    }

    // New processes, in the engine's order.
    QList<qsizetype> added;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto it = incoming.constFind(keyOf(rows.at(i)));
        if (it != incoming.constEnd() && *it == i)
            added.append(i);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (qsizetype i : std::as_const(added)) {
        Row r;
        r.cells = rows.at(i);
        r.cells.resize(columns);
        r.key = keyOf(r.cells);
        r.state = fresh ? RowState::Normal : RowState::New;
        m_rows.append(r);
    }
    endInsertRows();
}

void ProcessesModel::clear()
{
    replaceColumns({});
    m_loaded = false;
}
