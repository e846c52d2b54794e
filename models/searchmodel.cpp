#include "searchmodel.h"

#include <QLocale>
#include <QSet>

SearchModel::SearchModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchModel::rebuildIndex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).name, i);
}

void SearchModel::setResults(const QList<HubSearchResult> &results)
{
    QHash<QString, const HubSearchResult *> incoming;
    for (const HubSearchResult &r : results)
        incoming.insert(r.name, &r); // a name twice: the last one wins

    // Removed names, in contiguous runs from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).name)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incoming.contains(m_rows.at(row).name))
            --row;
        beginRemoveRows({}, row + 1, last);
        m_rows.remove(row + 1, last - row);
        endRemoveRows();
    }
    rebuildIndex();

    for (int i = 0; i < m_rows.size(); ++i) {
        const HubSearchResult &next = *incoming.value(m_rows.at(i).name);
        if (!(next == m_rows.at(i))) {
            m_rows[i] = next;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }

    QList<const HubSearchResult *> added;
    QSet<QString> seen;
    for (const HubSearchResult &r : results) {
        if (!m_rowOf.contains(r.name) && !seen.contains(r.name)) {
            seen.insert(r.name);
            added.append(incoming.value(r.name));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const HubSearchResult *r : std::as_const(added)) {
            m_rows.append(*r);
            m_rowOf.insert(r->name, int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HubSearchResult &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case DescriptionColumn: return r.description;
        case OfficialColumn: return r.official ? tr("Official") : QString();
        case StarsColumn: return QLocale().toString(r.stars);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn && !r.description.isEmpty())
            return r.description;
        if (index.column() == OfficialColumn && r.official)
            return tr("An official image, maintained by Docker and the software's authors.");
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == OfficialColumn)
            return r.official ? tr("Official image") : tr("Not an official image");
        if (index.column() == StarsColumn)
            return tr("%n star(s)", nullptr, r.stars);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == StarsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole: return r.name;
    case OfficialRole: return r.official;
    case StarsRole: return r.stars;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case DescriptionColumn: return r.description;
        case OfficialColumn: return r.official;
        case StarsColumn: return r.stars;
        }
        break;
    }
    return {};
}

QVariant SearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DescriptionColumn: return tr("Description");
    case OfficialColumn: return tr("Official");
    case StarsColumn: return tr("Stars");
    }
    return {};
}
