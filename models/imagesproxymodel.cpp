#include "imagesproxymodel.h"

#include "imagesmodel.h"

ImagesProxyModel::ImagesProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ImagesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ImagesProxyModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool ImagesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString hay = sourceModel()->index(sourceRow, 0, sourceParent).data(ImagesModel::FilterRole).toString();
    for (const QString &w : m_words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ImagesProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ImagesModel::SortRole);
    const QVariant r = right.data(ImagesModel::SortRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong) {
        if (l.toLongLong() != r.toLongLong())
            return l.toLongLong() < r.toLongLong();
    } else {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    }
    // Equal keys: keep a stable order by id.
    return left.data(ImagesModel::IdRole).toString() < right.data(ImagesModel::IdRole).toString();
}
