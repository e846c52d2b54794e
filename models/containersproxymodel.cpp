#include "containersproxymodel.h"

#include "containersmodel.h"

ContainersProxyModel::ContainersProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainersModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
    // A project row is shown when one of its containers is (see filterAcceptsRow).
    setRecursiveFilteringEnabled(true);
}

void ContainersProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void ContainersProxyModel::setRunningOnly(bool runningOnly)
{
    if (runningOnly == m_runningOnly)
        return;
    m_runningOnly = runningOnly;
    invalidateRowsFilter();
}

bool ContainersProxyModel::matches(const QString &hay) const
{
    for (const QString &w : m_words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ContainersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    // Project rows are never accepted for themselves: with recursive filtering they
    // show exactly when a container of theirs does, and never empty.
    if (idx.data(ContainersModel::IsProjectRole).toBool())
        return false;
    if (m_runningOnly && !idx.data(ContainersModel::RunningRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    // Words may match the container or its project ("shop web" finds shop's web-1).
    QString hay = idx.data(ContainersModel::FilterRole).toString();
    if (sourceParent.isValid())
        hay += QLatin1Char(' ') + sourceParent.data(ContainersModel::FilterRole).toString();
    return matches(hay);
}

bool ContainersProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ContainersModel::SortRole);
    const QVariant r = right.data(ContainersModel::SortRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong) {
        if (l.toLongLong() != r.toLongLong())
            return l.toLongLong() < r.toLongLong();
    } else {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    }
    // Equal keys: a stable order by name, then id.
    const int byName = QString::compare(left.data(ContainersModel::NameRole).toString(), right.data(ContainersModel::NameRole).toString(),
                                        Qt::CaseInsensitive);
    if (byName != 0)
        return byName < 0;
    return left.data(ContainersModel::IdRole).toString() < right.data(ContainersModel::IdRole).toString();
}
