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

void ImagesProxyModel::setStateFilter(StateFilters states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateRowsFilter();
}

bool ImagesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A tag row shows whenever its image does.
    if (sourceParent.isValid())
        return true;
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_states != NoStateFilter) {
        const bool dangling = idx.data(ImagesModel::DanglingRole).toBool();
        const int containers = idx.data(ImagesModel::ContainersRole).toInt();
        const bool match = (m_states.testFlag(Dangling) && dangling) || (m_states.testFlag(InUse) && containers > 0)
            || (m_states.testFlag(Unused) && containers == 0);
        if (!match)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString hay = idx.data(ImagesModel::FilterRole).toString();
    for (const QString &w : m_words) {
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void ImagesProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_images = qobject_cast<ImagesModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ImagesProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Image rows by a number (the default sort, newest first, is one): straight from the
    // rows, the same order as below. Sorting 5,000 images is about 60,000 comparisons,
    // each two data() calls and two QVariants the long way.
    if (m_images) {
        qint64 l = 0, r = 0;
        if (m_images->numericSortKey(left, &l) && m_images->numericSortKey(right, &r)) {
            if (l != r)
                return l < r;
            return m_images->image(left.row()).id < m_images->image(right.row()).id;
        }
    }
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
    // Equal keys: keep a stable order by ID (tag rows: by name).
    const int roleForTie = left.parent().isValid() ? int(ImagesModel::RepoTagRole) : int(ImagesModel::IdRole);
    return left.data(roleForTie).toString() < right.data(roleForTie).toString();
}
