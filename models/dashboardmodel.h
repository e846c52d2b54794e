#pragma once

#include "stats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>

class ContainersModel;
class StatsSampler;

/// Every running container of the engine with its current stats, as `docker stats`
/// shows them, one row per container. The rows follow a ContainersModel (which
/// follows the engine's events): a container that starts appears, one that stops
/// goes; rows are merged by id, never reset. Figures come from setStats() (the
/// dashboard page feeds it from a StatsSampler); a row not sampled yet is empty.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CpuColumn, CpuTrendColumn, MemoryColumn, MemoryPercentColumn, NetColumn, BlockColumn, PidsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,  ///< raw values: hundredths of a percent, bytes, counts
        TrendRole, ///< QList<QPointF>: the CPU % of the last minute (x: ms since the epoch)
    };

    explicit DashboardModel(QObject *parent = nullptr);

    /// The containers to follow; its running containers become the rows.
    void setContainersModel(ContainersModel *model);
    /// Where the trend column reads its history (optional).
    void setSampler(StatsSampler *sampler);
    void setStats(const QString &id, const ContainerStats &stats);
    void clearStats(const QString &id);

    QStringList ids() const;
    int rowOfId(const QString &id) const;
    /// Totals over the rows with figures.
    double totalCpuPercent() const;
    double totalMemory() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString name;
        bool hasStats = false;
        ContainerStats stats;
    };
    void sync();

    QPointer<ContainersModel> m_containers;
    QPointer<StatsSampler> m_sampler;
    QList<Row> m_rows;
};
