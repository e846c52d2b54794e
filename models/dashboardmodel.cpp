#include "dashboardmodel.h"

#include "containersmodel.h"
#include "statssampler.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DashboardModel::setContainersModel(ContainersModel *model)
{
    if (m_containers)
        disconnect(m_containers, nullptr, this, nullptr);
    m_containers = model;
    if (model) {
        connect(model, &ContainersModel::changed, this, &DashboardModel::sync);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DashboardModel::sync);
    }
    sync();
}

void DashboardModel::setSampler(StatsSampler *sampler)
{
    m_sampler = sampler;
}

QStringList DashboardModel::ids() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out << r.id;
    return out;
}

int DashboardModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void DashboardModel::sync()
{
    // The running containers, projects unfolded.
    QHash<QString, QString> running; // id -> name
    if (m_containers) {
        const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_containers->rowCount(parent); ++r) {
                const QModelIndex i = m_containers->index(r, 0, parent);
                if (i.data(ContainersModel::IsProjectRole).toBool())
                    walk(i);
                else if (i.data(ContainersModel::RunningRole).toBool())
                    running.insert(i.data(ContainersModel::IdRole).toString(), i.data(ContainersModel::NameRole).toString());
            }
        };
        walk({});
    }
    // Gone: removed in runs from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (running.contains(m_rows.at(i).id))
            continue;
        int first = i;
        while (first > 0 && !running.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    // Renamed.
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const QString name = running.take(r.id);
        if (name != r.name) {
            r.name = name;
            Q_EMIT dataChanged(index(i, NameColumn), index(i, NameColumn));
        }
    }
    if (running.isEmpty())
        return;
    // New, in name order.
    QList<Row> added;
    for (auto it = running.cbegin(); it != running.cend(); ++it)
        added.append(Row{it.key(), it.value(), false, {}});
    std::sort(added.begin(), added.end(), [](const Row &a, const Row &b) { return a.name < b.name; });
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void DashboardModel::setStats(const QString &id, const ContainerStats &stats)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    if (!stats.running) {
        clearStats(id);
        return;
    }
    m_rows[row].stats = stats;
    m_rows[row].hasStats = true;
    Q_EMIT dataChanged(index(row, CpuColumn), index(row, ColumnCount - 1));
}

void DashboardModel::clearStats(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0 || !m_rows.at(row).hasStats)
        return;
    m_rows[row].hasStats = false;
    Q_EMIT dataChanged(index(row, CpuColumn), index(row, ColumnCount - 1));
}

double DashboardModel::totalCpuPercent() const
{
    double sum = 0;
    for (const Row &r : m_rows) {
        if (r.hasStats && !r.stats.precpu.isEmpty())
            sum += r.stats.cpuPercent;
    }
    return sum;
}

double DashboardModel::totalMemory() const
{
    double sum = 0;
    for (const Row &r : m_rows) {
        if (r.hasStats)
            sum += r.stats.memoryUsed;
    }
    return sum;
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ContainerStats &s = r.stats;
    const bool cpuKnown = r.hasStats && !s.precpu.isEmpty();
    switch (role) {
    case Qt::DisplayRole: {
        if (index.column() == NameColumn)
            return r.name;
        if (!r.hasStats)
            return QString();
        const QChar p = QLocale().decimalPoint().at(0);
        switch (index.column()) {
        case CpuColumn: return cpuKnown ? DockerStats::percentage(s.cpuPercent, p) : QString();
        case CpuTrendColumn: return QString();
        case MemoryColumn: return DockerStats::memoryText(s, p);
        case MemoryPercentColumn: return DockerStats::percentage(s.memoryPercent, p);
        case NetColumn: return DockerStats::networkText(s, p);
        case BlockColumn: return DockerStats::blockIoText(s, p);
        case PidsColumn: return QString::number(s.pids);
        }
        break;
    }
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn && index.column() != CpuTrendColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole: return r.id;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case CpuColumn:
        case CpuTrendColumn: return cpuKnown ? qRound64(s.cpuPercent * 100.0) : qint64(-1);
        case MemoryColumn: return r.hasStats ? qint64(s.memoryUsed) : qint64(-1);
        case MemoryPercentColumn: return r.hasStats ? qRound64(s.memoryPercent * 100.0) : qint64(-1);
        case NetColumn: return r.hasStats ? qint64(s.networkRx + s.networkTx) : qint64(-1);
        case BlockColumn: return r.hasStats ? qint64(s.blockRead + s.blockWrite) : qint64(-1);
        case PidsColumn: return r.hasStats ? qint64(s.pids) : qint64(-1);
        }
        break;
    case TrendRole: {
        const StatsHistory *h = m_sampler ? m_sampler->history(r.id) : nullptr;
        if (!h || !h->hasLatest())
            return QVariant::fromValue(QList<QPointF>());
        return QVariant::fromValue(h->points(StatsHistory::Cpu, h->latest().readNs / 1'000'000 - 60'000));
    }
    default:
        break;
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case CpuColumn: return tr("CPU %");
    case CpuTrendColumn: return tr("CPU, last minute");
    case MemoryColumn: return tr("Memory usage / limit");
    case MemoryPercentColumn: return tr("Memory %");
    case NetColumn: return tr("Net I/O");
    case BlockColumn: return tr("Block I/O");
    case PidsColumn: return tr("PIDs");
    }
    return {};
}
