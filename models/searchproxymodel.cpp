#include "searchproxymodel.h"

#include "searchmodel.h"

SearchProxyModel::SearchProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SearchModel::SortRole);
    setDynamicSortFilter(true);
    sort(SearchModel::StarsColumn, Qt::DescendingOrder);
}

void SearchProxyModel::setOfficialOnly(bool only)
{
    if (m_officialOnly == only)
        return;
    m_officialOnly = only;
    invalidateRowsFilter();
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_officialOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(SearchModel::OfficialRole).toBool();
}

bool SearchProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SearchModel::SortRole);
    const QVariant r = right.data(SearchModel::SortRole);
    if (l != r) {
        if (l.typeId() == QMetaType::Int)
            return l.toInt() < r.toInt();
        if (l.typeId() == QMetaType::Bool)
            return int(l.toBool()) < int(r.toBool());
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    }
    // Ties: by name, so the order is stable and predictable.
    const QString ln = left.data(SearchModel::NameRole).toString();
    const QString rn = right.data(SearchModel::NameRole).toString();
    return sortOrder() == Qt::AscendingOrder ? ln < rn : ln > rn;
}
