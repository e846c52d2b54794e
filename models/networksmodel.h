#pragma once

#include "enginefollower.h"
#include "keyedlistmodel.h"
#include "networksapi.h"

#include <QDateTime>
#include <QHash>

#include <functional>

class Engine;

/// One row of the Networks page: the network and the containers attached to it.
struct NetworkRow
{
    NetworkSummary network;
    QList<NetworkMember> members; ///< running and stopped containers configured on it
    bool operator==(const NetworkRow &) const = default;
};

/// The engine's networks (`docker network ls`), keyed by ID and merged, never reset.
/// Two followers of the engine: the list (after network create/destroy events) and
/// which containers are attached (after connect/disconnect and container events).
class NetworksModel : public KeyedListModel<NetworkRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DriverColumn, ScopeColumn, SubnetColumn, GatewayColumn, InternalColumn, ContainersColumn, CreatedColumn, LabelsColumn, IdColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PredefinedRole,   ///< bool: bridge, host, none
        MemberNamesRole,  ///< QStringList of container names
        MemberIdsRole,    ///< QStringList of container IDs
        CreatedRole,      ///< QDateTime
        SortRole,
        FilterRole,
    };

    explicit NetworksModel(QObject *parent = nullptr);

    void setEngine(Engine *engine);
    Engine *engine() const;
    void refresh();
    void setEventDelay(int ms);

    void setNetworks(const QList<NetworkSummary> &networks);
    /// By network name (see NetworksApi::members).
    void setMembers(const QHash<QString, QList<NetworkMember>> &members);
    bool membersKnown() const { return m_membersKnown; }
    QString lastError() const { return m_list->lastError(); }
    qint64 lastListMs() const { return m_lastListMs; }
    /// The names of every network, for completers (the run dialog).
    QStringList names() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed(const QString &error);
    void membersRefreshed(const QString &error);

protected:
    QString keyOf(const NetworkRow &row) const override { return row.network.id; }

private:
    QString membersText(const NetworkRow &row) const;

    EngineFollower *m_list;
    EngineFollower *m_members;
    QHash<QString, QList<NetworkMember>> m_membersOf;
    bool m_membersKnown = false;
    qint64 m_lastListMs = -1;
    std::function<QDateTime()> m_clock;
};
