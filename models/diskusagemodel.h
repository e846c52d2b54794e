#pragma once

#include "enginefollower.h"
#include "keyedlistmodel.h"
#include "systemapi.h"

class Engine;

/// One object of the verbose disk usage (`docker system df -v`): an image, a container,
/// a volume or a build cache record, with what holds it.
struct DiskUsageItem
{
    DiskUsageLine::Kind kind = DiskUsageLine::Kind::Images;
    QString key;     ///< kind + id: unique across kinds
    QString id;
    QString name;    ///< tags, container name, volume name, cache description
    qint64 size = -1;
    qint64 created = 0;
    QStringList heldBy; ///< containers using it (images, volumes); "in use"/"shared" for cache
    bool active = false;
    QString detail;  ///< container status, cache type, volume driver

    bool operator==(const DiskUsageItem &) const = default;
};

/// Every object `GET /system/df` lists, merged by kind and id.
class DiskUsageItemsModel : public KeyedListModel<DiskUsageItem>
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, IdColumn, SizeColumn, HeldByColumn, DetailColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, KindRole, ActiveRole };

    using KeyedListModel::KeyedListModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The objects of one df answer, and what holds each.
    static QList<DiskUsageItem> itemsOf(const DiskUsage &df);
    /// Localised name of a kind ("Images", "Local volumes").
    static QString kindName(DiskUsageLine::Kind kind);

protected:
    QString keyOf(const DiskUsageItem &row) const override { return row.key; }
};

/// `docker system df`: the four lines (images, containers, local volumes, build cache)
/// with count, active, size and reclaimable, computed as the docker CLI does from one
/// `GET /system/df`. Follows the engine: a df on connect, and again after events that
/// change disk usage (gathered for a second: a df makes the engine measure everything).
class DiskUsageModel : public KeyedListModel<DiskUsageLine>
{
    Q_OBJECT
public:
    enum Column { TypeColumn, TotalColumn, ActiveColumn, SizeColumn, ReclaimableColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BytesRole, ReclaimableBytesRole, KindRole };

    explicit DiskUsageModel(QObject *parent = nullptr);

    void setEngine(Engine *engine);
    Engine *engine() const { return m_follower->engine(); }
    void refresh() { m_follower->refresh(); }
    void noteEvent(const EngineEvent &event) { m_follower->noteEvent(event); }
    /// How long events gather before a new df (default 1000 ms).
    void setEventDelay(int ms) { m_follower->setEventDelay(ms); }
    bool isBusy() const { return m_follower->isBusy(); }

    /// Merges one df answer (also the verbose items).
    void setDiskUsage(const DiskUsage &df);
    const DiskUsage &diskUsage() const { return m_df; }
    DiskUsageItemsModel *items() const { return m_items; }
    /// When the last df answered (invalid before the first).
    QDateTime updated() const { return m_updated; }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Localised type name of a line.
    static QString typeText(DiskUsageLine::Kind kind);
    /// Whether an event can change disk usage.
    static bool concernsDiskUsage(const EngineEvent &event);

Q_SIGNALS:
    void refreshed(const QString &error);

protected:
    QString keyOf(const DiskUsageLine &row) const override { return QString::number(int(row.kind)); }

private:
    EngineFollower *m_follower;
    DiskUsageItemsModel *m_items;
    DiskUsage m_df;
    QDateTime m_updated;
};
