#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

class ImagesModel;

/// Sorts images on raw values (numbers for created, sizes and containers) and
/// filters them as the user types: every word must appear in a tag, the ID or a
/// label. The state toggles keep only dangling, in-use or unused images (any of
/// those switched on); with none switched on every image shows. Tag rows follow
/// their image and sort by name.
class ImagesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum StateFilter {
        NoStateFilter = 0,
        Dangling = 1, ///< no tag
        InUse = 2,    ///< at least one container uses it
        Unused = 4,   ///< no container uses it
    };
    Q_DECLARE_FLAGS(StateFilters, StateFilter)
    Q_FLAG(StateFilters)

    explicit ImagesProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setStateFilter(StateFilters states);
    StateFilters stateFilter() const { return m_states; }
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QPointer<ImagesModel> m_images; ///< the source, when it is an ImagesModel: numbers compared without QVariant
    QStringList m_words;
    StateFilters m_states = NoStateFilter;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ImagesProxyModel::StateFilters)
