#pragma once

#include "hubsearch.h"

#include <QAbstractTableModel>
#include <QHash>

/// Docker Hub search results, one row per repository name. A new result list
/// merges into the rows (removed, changed, appended; never reset).
class SearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, OfficialColumn, StarsColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< repository name, as the Hub gives it
        OfficialRole,                ///< bool
        StarsRole,                   ///< int
        SortRole,                    ///< raw value of the column
    };

    explicit SearchModel(QObject *parent = nullptr);

    /// The model then holds exactly `results`.
    void setResults(const QList<HubSearchResult> &results);
    const HubSearchResult &result(int row) const { return m_rows.at(row); }
    int rowOf(const QString &name) const { return m_rowOf.value(name, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildIndex();

    QList<HubSearchResult> m_rows;
    QHash<QString, int> m_rowOf;
};
