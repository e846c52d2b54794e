#pragma once

#include "enginefollower.h"
#include "keyedlistmodel.h"
#include "volumesapi.h"

#include <QDateTime>
#include <QHash>

#include <functional>

class Engine;

/// A container's state as the Containers page words it, in lower case ("running",
/// "exited"; translated), for sentences that name containers.
QString containerStateWord(const QString &state);

/// One row of the Volumes page: the volume, its size and the containers that mount it.
struct VolumeRow
{
    VolumeSummary volume;
    VolumeUsage usage;        ///< size -1 until the disk-usage report came
    QList<VolumeUser> users;  ///< containers that mount it (running or not)
    bool operator==(const VolumeRow &) const = default;
};

/// The engine's volumes (`docker volume ls`), keyed by name and merged, never reset.
/// Three followers of the engine, each one request at a time: the list (after volume
/// create/destroy events), which containers mount what (after container and mount
/// events), and the sizes from `/system/df`, which the engine computes by walking
/// every volume's files: that runs on its own, so a slow size never holds up the list.
class VolumesModel : public KeyedListModel<VolumeRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DriverColumn, SizeColumn, UsedByColumn, CreatedColumn, MountpointColumn, LabelsColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        SizeRole,          ///< qint64 bytes, -1 while unknown
        InUseRole,         ///< bool: a container mounts it
        UserNamesRole,     ///< QStringList of container names
        UserIdsRole,       ///< QStringList of container IDs
        AnonymousRole,     ///< bool
        CreatedRole,       ///< QDateTime
        SortRole,          ///< raw value of the column
        FilterRole,        ///< name, driver, labels
    };

    explicit VolumesModel(QObject *parent = nullptr);

    void setEngine(Engine *engine);
    Engine *engine() const;
    /// Lists again (volumes, users and sizes), asynchronously.
    void refresh();
    void setEventDelay(int ms);
    /// How long events gather before sizes are computed again (default 2 s: every
    /// report walks all the volumes' files).
    void setSizeDelay(int ms);

    void setVolumes(const QList<VolumeSummary> &volumes);
    void setUsage(const QHash<QString, VolumeUsage> &usage);
    void setUsers(const QHash<QString, QList<VolumeUser>> &users);
    bool sizesKnown() const { return m_sizesKnown; }
    bool usersKnown() const { return m_usersKnown; }
    QString lastError() const { return m_list->lastError(); }
    /// How long the last list and the last size report took, in milliseconds (-1: none yet).
    qint64 lastListMs() const { return m_lastListMs; }
    qint64 lastSizesMs() const { return m_lastSizesMs; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A full list was merged, or failed with `error`.
    void refreshed(const QString &error);
    /// A size report was merged, or failed with `error`.
    void sizesRefreshed(const QString &error);
    void usersRefreshed(const QString &error);

protected:
    QString keyOf(const VolumeRow &row) const override { return row.volume.name; }

private:
    VolumeRow compose(const VolumeSummary &v) const;
    QString usersText(const VolumeRow &row) const;

    EngineFollower *m_list;
    EngineFollower *m_users;
    EngineFollower *m_sizes;
    QHash<QString, VolumeUsage> m_usage;
    QHash<QString, QList<VolumeUser>> m_usersOf;
    bool m_sizesKnown = false;
    bool m_usersKnown = false;
    qint64 m_lastListMs = -1;
    qint64 m_lastSizesMs = -1;
    QString m_sizesError;
    std::function<QDateTime()> m_clock;
};
