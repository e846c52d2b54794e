#include "fleetcontainersmodel.h"

#include "engine.h"

#include <QFont>
#include <QSet>

FleetContainersModel::FleetContainersModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_headers(new ContainersModel(this))
{
}

FleetContainersModel::~FleetContainersModel() = default;

int FleetContainersModel::sourceColumn(int column)
{
    switch (column) {
    case NameColumn: return ContainersModel::NameColumn;
    case StateColumn: return ContainersModel::StateColumn;
    case ImageColumn: return ContainersModel::ImageColumn;
    case StatusColumn: return ContainersModel::StatusColumn;
    case PortsColumn: return ContainersModel::PortsColumn;
    case CreatedColumn: return ContainersModel::CreatedColumn;
    case IdColumn: return ContainersModel::IdColumn;
    default: return -1;
    }
}

QStringList FleetContainersModel::containerIds(const ContainersModel *model)
{
    // Flat: the containers of a project follow one another, where the project stands.
    QStringList ids;
    if (!model)
        return ids;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex i = model->index(r, 0);
        if (i.data(ContainersModel::IsProjectRole).toBool()) {
            for (int c = 0; c < model->rowCount(i); ++c)
                ids << model->index(c, 0, i).data(ContainersModel::IdRole).toString();
        } else {
            ids << i.data(ContainersModel::IdRole).toString();
        }
    }
    return ids;
}

void FleetContainersModel::setEngine(const QString &name, Engine *engine, ContainersModel *model)
{
    Group *g = group(name);
    if (g && g->engine == engine && g->model == model)
        return;
    if (g)
        removeEngine(name);
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    auto added = std::make_unique<Group>();
    added->name = name;
    added->engine = engine;
    added->model = model;
    g = added.get();
    m_groups.push_back(std::move(added));
    endInsertRows();
    if (model) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, [this, g] { sync(g); }); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
        connect(model, &QAbstractItemModel::rowsMoved, this, [this, g] { sync(g); });
        connect(model, &QAbstractItemModel::modelReset, this, [this, g] { sync(g); });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this, g] { sync(g); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this, g](const QModelIndex &tl, const QModelIndex &br) { forward(g, tl, br); });
        connect(model, &QObject::destroyed, this, [this, name] { removeEngine(name); });
    }
    if (engine)
        connect(engine, &Engine::stateChanged, this, [this, g] { groupChanged(g); });
    sync(g);
}

void FleetContainersModel::removeEngine(const QString &name)
{
    Group *g = group(name);
    if (!g)
        return;
    if (g->model)
        disconnect(g->model, nullptr, this, nullptr);
    if (g->engine)
        disconnect(g->engine, nullptr, this, nullptr);
    const int row = groupRow(g);
    beginRemoveRows({}, row, row);
    m_groups.erase(m_groups.begin() + row);
    endRemoveRows();
}

QStringList FleetContainersModel::engines() const
{
    QStringList out;
    for (const auto &g : m_groups)
        out << g->name;
    return out;
}

FleetContainersModel::Group *FleetContainersModel::group(const QString &name) const
{
    for (const auto &g : m_groups) {
        if (g->name == name)
            return g.get();
    }
    return nullptr;
}

int FleetContainersModel::groupRow(const Group *group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].get() == group)
            return int(i);
    }
    return -1;
}

Engine *FleetContainersModel::engine(const QString &name) const
{
    const Group *g = group(name);
    return g ? g->engine.data() : nullptr;
}

ContainersModel *FleetContainersModel::modelOf(const QString &name) const
{
    const Group *g = group(name);
    return g ? g->model.data() : nullptr;
}

QModelIndex FleetContainersModel::indexOfEngine(const QString &name, int column) const
{
    const int row = groupRow(group(name));
    return row < 0 ? QModelIndex() : createIndex(row, column, nullptr);
}

QModelIndex FleetContainersModel::indexOf(const QString &engine, const QString &id, int column) const
{
    Group *g = group(engine);
    if (!g || !g->rows.contains(id))
        return {};
    return createIndex(g->rows.value(id), column, g);
}

int FleetContainersModel::runningCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += g->model ? g->model->runningCount() : 0;
    return n;
}

int FleetContainersModel::containerCount() const
{
    int n = 0;
    for (const auto &g : m_groups)
        n += int(g->ids.size());
    return n;
}

void FleetContainersModel::sync(Group *g)
{
    const int gRow = groupRow(g);
    if (gRow < 0)
        return;
    const QModelIndex parent = createIndex(gRow, 0, nullptr);
    const QStringList present = containerIds(g->model);
    const QSet<QString> keep(present.cbegin(), present.cend());
    // Gone, from the end, in contiguous runs.
    for (int r = int(g->ids.size()) - 1; r >= 0;) {
        if (keep.contains(g->ids.at(r))) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !keep.contains(g->ids.at(first - 1)))
            --first;
        beginRemoveRows(parent, first, r);
        g->ids.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }
    g->rows.clear();
    for (int r = 0; r < g->ids.size(); ++r)
        g->rows.insert(g->ids.at(r), r);
    // New, at the end (the view's sort puts them in place).
    QStringList added;
    for (const QString &id : present) {
        if (!g->rows.contains(id))
            added << id;
    }
    if (!added.isEmpty()) {
        const int first = int(g->ids.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        for (const QString &id : std::as_const(added)) {
            g->rows.insert(id, int(g->ids.size()));
            g->ids.append(id);
        }
        endInsertRows();
    }
    groupChanged(g);
}

void FleetContainersModel::forward(Group *g, const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!g->model || groupRow(g) < 0)
        return;
    int low = -1;
    int high = -1;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex source = g->model->index(r, 0, topLeft.parent());
        if (source.data(ContainersModel::IsProjectRole).toBool())
            continue; // a project's own row: its containers say their own changes
        const int row = g->rows.value(source.data(ContainersModel::IdRole).toString(), -1);
        if (row < 0)
            continue;
        low = low < 0 ? row : std::min(low, row);
        high = std::max(high, row);
    }
    if (low >= 0)
        Q_EMIT dataChanged(createIndex(low, 0, g), createIndex(high, ColumnCount - 1, g));
    groupChanged(g);
}

void FleetContainersModel::groupChanged(Group *g)
{
    const int row = groupRow(g);
    if (row >= 0)
        Q_EMIT dataChanged(createIndex(row, 0, nullptr), createIndex(row, ColumnCount - 1, nullptr));
}

QModelIndex FleetContainersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_groups.size()))
        return {};
    Group *g = m_groups[size_t(parent.row())].get();
    return row < g->ids.size() ? createIndex(row, column, g) : QModelIndex();
}

QModelIndex FleetContainersModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = groupRow(static_cast<const Group *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int FleetContainersModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return 0;
    return int(m_groups[size_t(parent.row())]->ids.size());
}

int FleetContainersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FleetContainersModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags FleetContainersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // An engine's row groups; only containers are chosen (an action never falls on a
    // whole engine by a stray click).
    if (!index.internalPointer())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FleetContainersModel::engineData(const Group &g, int column, int role) const
{
    const ContainersModel *m = g.model;
    const int total = int(g.ids.size());
    const int running = m ? m->runningCount() : 0;
    const Engine::State state = g.engine ? g.engine->state() : Engine::State::Disconnected;
    QString stateText;
    QString reason;
    switch (state) {
    case Engine::State::Connected: stateText = tr("%1 of %n running", nullptr, total).arg(running); break;
    case Engine::State::Connecting: stateText = tr("Connecting…"); break;
    case Engine::State::Disconnected: stateText = tr("Not connected"); break;
    case Engine::State::Unreachable:
        stateText = tr("Unreachable");
        reason = g.engine->lastError().userMessage;
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return g.name;
        case StateColumn: return stateText;
        case StatusColumn: return reason;
        default: return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return reason.isEmpty() ? tr("Engine %1: %2").arg(g.name, stateText) : tr("Engine %1: %2. %3").arg(g.name, stateText, reason);
    case Qt::AccessibleTextRole:
        return column == NameColumn ? tr("Engine %1").arg(g.name) : engineData(g, column, Qt::DisplayRole);
    case ContainersModel::IsProjectRole:
    case IsEngineRole:
        return true;
    case ContainersModel::SortRole:
    case ContainersModel::FilterRole:
    case ContainersModel::NameRole:
    case EngineRole:
        return g.name;
    case ContainersModel::RunningRole:
        return running > 0;
    case ContainersModel::ContainerIdsRole:
        return g.ids;
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant FleetContainersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!index.internalPointer())
        return engineData(*m_groups[size_t(index.row())], index.column(), role);
    const auto *g = static_cast<const Group *>(index.internalPointer());
    const QString id = g->ids.value(index.row());
    if (role == EngineRole)
        return g->name;
    if (role == IsEngineRole)
        return false;
    if (!g->model)
        return role == ContainersModel::IdRole ? QVariant(id) : QVariant();
    const int column = index.column();
    if (column == EngineColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
        case ContainersModel::SortRole:
            return g->name;
        default:
            break;
        }
    } else if (column == ProjectColumn) {
        const QVariant project = g->model->indexOfId(id).data(ContainersModel::ProjectRole);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
        case ContainersModel::SortRole:
            return project;
        default:
            break;
        }
    }
    const int source = sourceColumn(column);
    // Roles that are the row's, not a column's, are read from the name column.
    const QModelIndex si = g->model->indexOfId(id, source >= 0 ? source : int(ContainersModel::NameColumn));
    if (!si.isValid())
        return role == ContainersModel::IdRole ? QVariant(id) : QVariant();
    if (source < 0 && role < Qt::UserRole)
        return {};
    return si.data(role);
}

QVariant FleetContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EngineColumn: return tr("Engine");
    case ProjectColumn: return tr("Project");
    default: return m_headers->headerData(sourceColumn(section), orientation, role);
    }
}

FleetContainersProxyModel::FleetContainersProxyModel(QObject *parent)
    : ContainersProxyModel(parent)
{
}

bool FleetContainersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // An engine's row shows even with no container to show (it says why: none, or
    // unreachable), unless the words typed are not in its name.
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(FleetContainersModel::IsEngineRole).toBool())
        return matches(idx.data(FleetContainersModel::EngineRole).toString());
    return ContainersProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
