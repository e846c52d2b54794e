#include "eventsproxymodel.h"

#include "eventsmodel.h"

void EventsProxyModel::setTypeFilter(const QString &type)
{
    if (m_type == type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

void EventsProxyModel::setActionFilter(const QString &text)
{
    if (m_action == text)
        return;
    m_action = text;
    invalidateRowsFilter();
}

void EventsProxyModel::setNameFilter(const QString &text)
{
    if (m_name == text)
        return;
    m_name = text;
    invalidateRowsFilter();
}

bool EventsProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_type.isEmpty() && i.data(EventsModel::TypeRole).toString() != m_type)
        return false;
    if (!m_action.isEmpty() && !i.data(EventsModel::ActionRole).toString().contains(m_action, Qt::CaseInsensitive))
        return false;
    if (!m_name.isEmpty() && !i.data(EventsModel::NameRole).toString().contains(m_name, Qt::CaseInsensitive)
        && !i.data(EventsModel::IdRole).toString().startsWith(m_name, Qt::CaseInsensitive))
        return false;
    return true;
}
