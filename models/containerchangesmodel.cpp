#include "containerchangesmodel.h"

#include "containersapi.h"
#include "engine.h"

#include <QColor>

ContainerChangesModel::ContainerChangesModel(QObject *parent)
    : KeyedListModel<ContainerChange>(parent)
{
}

void ContainerChangesModel::load(Engine *engine, const QString &containerId)
{
    if (containerId != m_id || engine != m_engine)
        clear();
    m_engine = engine;
    m_id = containerId;
    reload();
}

void ContainerChangesModel::clear()
{
    ++m_request;
    m_loading = false;
    m_error.clear();
    m_id.clear();
    setRows({});
}

void ContainerChangesModel::reload()
{
    if (!m_engine || m_id.isEmpty())
        return;
    const quint64 request = ++m_request;
    m_loading = true;
    ContainersApi(m_engine).changes(m_id).then(this, [this, request](const Result<QList<ContainerChange>> &r) {
        if (request != m_request)
            return;
        m_loading = false;
        m_error = r ? QString() : r.error().fullText();
        if (r)
            setChanges(*r);
        Q_EMIT loaded(m_error);
    });
}

void ContainerChangesModel::setChanges(const QList<ContainerChange> &changes)
{
    setRows(changes);
}

int ContainerChangesModel::count(ContainerChange::Kind kind) const
{
    return int(std::count_if(rows().cbegin(), rows().cend(), [kind](const ContainerChange &c) { return c.kind == kind; }));
}

QString ContainerChangesModel::kindText(ContainerChange::Kind kind)
{
    switch (kind) {
    case ContainerChange::Kind::Added: return tr("Added");
    case ContainerChange::Kind::Deleted: return tr("Deleted");
    case ContainerChange::Kind::Changed: break;
    }
    return tr("Changed");
}

QVariant ContainerChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ContainerChange &c = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KindColumn ? kindText(c.kind) : c.path;
    case Qt::DecorationRole:
        if (index.column() == KindColumn) {
            // The same hues as the container states: added green, changed amber, deleted red.
            switch (c.kind) {
            case ContainerChange::Kind::Added: return QColor(0x2e, 0x9d, 0x4b);
            case ContainerChange::Kind::Deleted: return QColor(0xd3, 0x2f, 0x2f);
            case ContainerChange::Kind::Changed: return QColor(0xf5, 0x9e, 0x0b);
            }
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1: %2 (docker diff: %3 %2)").arg(kindText(c.kind), c.path, QString(c.letter()));
    case KindRole: return int(c.kind);
    case PathRole: return c.path;
    case SortRole: return index.column() == KindColumn ? QVariant(int(c.kind)) : QVariant(c.path);
    }
    return {};
}

QVariant ContainerChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<ContainerChange>::headerData(section, orientation, role);
    return section == KindColumn ? tr("Change") : tr("Path");
}

// --- proxy -----------------------------------------------------------------------

ContainerChangesProxyModel::ContainerChangesProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContainerChangesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseSensitive);
}

void ContainerChangesProxyModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ContainerChangesProxyModel::setKindShown(ContainerChange::Kind kind, bool shown)
{
    const int k = int(kind);
    if (k < 0 || k > 2 || m_shown[k] == shown)
        return;
    m_shown[k] = shown;
    invalidateRowsFilter();
}

bool ContainerChangesProxyModel::isKindShown(ContainerChange::Kind kind) const
{
    const int k = int(kind);
    return k >= 0 && k <= 2 && m_shown[k];
}

bool ContainerChangesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const int kind = i.data(ContainerChangesModel::KindRole).toInt();
    if (kind < 0 || kind > 2 || !m_shown[kind])
        return false;
    return m_text.isEmpty() || i.data(ContainerChangesModel::PathRole).toString().contains(m_text, Qt::CaseInsensitive);
}
