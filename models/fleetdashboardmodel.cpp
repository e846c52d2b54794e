#include "fleetdashboardmodel.h"

#include <QSet>

FleetDashboardModel::FleetDashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(new DashboardModel(this))
{
}

void FleetDashboardModel::setEngine(const QString &name, DashboardModel *model)
{
    for (Source &s : m_sources) {
        if (s.name == name) {
            if (s.model == model)
                return;
            if (s.model)
                disconnect(s.model, nullptr, this, nullptr);
            s.model = model;
            model = nullptr;
            break;
        }
    }
    if (model)
        m_sources.append({name, model});
    DashboardModel *m = sourceNamed(name)->model;
    if (m) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m, signal, this, &FleetDashboardModel::sync); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
        connect(m, &QAbstractItemModel::modelReset, this, &FleetDashboardModel::sync);
        connect(m, &QAbstractItemModel::layoutChanged, this, &FleetDashboardModel::sync);
        connect(m, &QAbstractItemModel::dataChanged, this,
                [this, m](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) { forwardChange(m, tl, br, roles); });
        connect(m, &QObject::destroyed, this, [this, name] { removeEngine(name); });
    }
    sync();
}

void FleetDashboardModel::removeEngine(const QString &name)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name == name) {
            if (m_sources.at(i).model)
                disconnect(m_sources.at(i).model, nullptr, this, nullptr);
            m_sources.removeAt(i);
            break;
        }
    }
    sync();
}

QStringList FleetDashboardModel::engines() const
{
    QStringList out;
    for (const Source &s : m_sources)
        out << s.name;
    return out;
}

const FleetDashboardModel::Source *FleetDashboardModel::sourceNamed(const QString &name) const
{
    for (const Source &s : m_sources) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

DashboardModel *FleetDashboardModel::modelOf(const QString &name) const
{
    const Source *s = sourceNamed(name);
    return s ? s->model.data() : nullptr;
}

int FleetDashboardModel::rowOf(const QString &engine, const QString &id) const
{
    return m_index.value(keyOf(engine, id), -1);
}

void FleetDashboardModel::sync()
{
    // What the engines show now, in their order.
    QList<Row> present;
    QSet<QString> keys;
    for (const Source &s : std::as_const(m_sources)) {
        if (!s.model)
            continue;
        for (const auto range = s.model->ids(); const QString &id : range) {
            present.append({s.name, id});
            keys.insert(keyOf(s.name, id));
        }
    }
    // Gone, from the end, in contiguous runs.
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (keys.contains(keyOf(m_rows.at(r).engine, m_rows.at(r).id))) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !keys.contains(keyOf(m_rows.at(first - 1).engine, m_rows.at(first - 1).id)))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first - 1;
    }
    m_index.clear();
    for (int r = 0; r < m_rows.size(); ++r)
        m_index.insert(keyOf(m_rows.at(r).engine, m_rows.at(r).id), r);
    // New, at the end.
    QList<Row> added;
    for (const Row &row : std::as_const(present)) {
        if (!m_index.contains(keyOf(row.engine, row.id)))
            added << row;
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &row : std::as_const(added)) {
            m_index.insert(keyOf(row.engine, row.id), int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
}

void FleetDashboardModel::forwardChange(const DashboardModel *model, const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    QString name;
    for (const Source &s : std::as_const(m_sources)) {
        if (s.model == model)
            name = s.name;
    }
    if (name.isEmpty())
        return;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int row = rowOf(name, model->index(r, 0).data(DashboardModel::IdRole).toString());
        if (row >= 0)
            Q_EMIT dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

double FleetDashboardModel::totalCpuPercent() const
{
    double total = 0;
    for (const Source &s : m_sources) {
        if (s.model)
            total += s.model->totalCpuPercent();
    }
    return total;
}

double FleetDashboardModel::totalMemory() const
{
    double total = 0;
    for (const Source &s : m_sources) {
        if (s.model)
            total += s.model->totalMemory();
    }
    return total;
}

int FleetDashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetDashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetDashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == EngineRole)
        return row.engine;
    if (index.column() == EngineColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case DashboardModel::SortRole:
        case Qt::ToolTipRole:
            return row.engine;
        case DashboardModel::IdRole:
            return row.id;
        default:
            return {};
        }
    }
    const Source *s = sourceNamed(row.engine);
    if (!s || !s->model)
        return {};
    // Read through the engine's own model: a row it just dropped reads empty until the
    // merge that follows takes it away.
    const int r = s->model->rowOfId(row.id);
    if (r < 0)
        return role == DashboardModel::IdRole ? QVariant(row.id) : QVariant();
    return s->model->index(r, index.column()).data(role);
}

QVariant FleetDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == EngineColumn)
        return tr("Engine");
    return m_headers->headerData(section, orientation, role);
}
