#pragma once

#include <QSortFilterProxyModel>

/// Filters the events table by type (exact), action and object name (substrings,
/// case-insensitive). Keeps the order of the source: events stay chronological.
class EventsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Empty: every type.
    void setTypeFilter(const QString &type);
    void setActionFilter(const QString &text);
    void setNameFilter(const QString &text);
    QString typeFilter() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
    QString m_action;
    QString m_name;
};
