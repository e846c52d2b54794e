#pragma once

#include "enginefollower.h"

#include "containertypes.h"
#include "stats.h"
#include "types.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class Engine;

/// The engine's containers (`docker ps -a`) as a tree: one row per Compose project
/// (`com.docker.compose.project`) holding its containers, and the containers of no
/// project beside them at the top level.
///
/// Rows are keyed by container id and merged, never reset: a full refresh or a
/// targeted re-fetch inserts, removes or changes only what differs, so selection,
/// expansion and scroll survive. Driven by an Engine (a full list on connect and
/// reconnect; after container events, a re-fetch of just those containers, within
/// a fraction of a second) or fed directly with setContainers()/updateContainers().
class ContainersModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ImageColumn, CommandColumn, CreatedColumn, StatusColumn, PortsColumn, ServiceColumn, IdColumn, CpuColumn, MemoryColumn, HealthColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< full container id; empty for a project row
        IsProjectRole,             ///< bool: a Compose project row
        ProjectRole,               ///< the Compose project (of the row, or of its container)
        NameRole,                  ///< the container's name ("web-1")
        StateRole,                 ///< int ContainerSummary::State (project rows: the "most alive" of theirs)
        HealthRole,                ///< int ContainerSummary::Health
        ExitCodeRole,              ///< int, or invalid when there is none
        RunningRole,               ///< bool (project rows: any running)
        CreatedRole,               ///< qint64 unix seconds
        SortRole,                  ///< raw value of the column
        FilterRole,                ///< the text searched by the filter
        PendingRole,               ///< what is being done to it now ("Stopping…"), or empty
        ContainerIdsRole,          ///< QStringList: the container, or every container of a project row
    };

    explicit ContainersModel(QObject *parent = nullptr);
    ~ContainersModel() override;

    /// Follows `engine`: lists on connect and reconnect, re-fetches containers named by events.
    void setEngine(Engine *engine);
    Engine *engine() const;
    /// Re-lists everything now (asynchronously).
    void refresh();
    /// How long events gather before a re-fetch (default 50 ms).
    void setEventDelay(int ms) { m_follower->setEventDelay(ms); }

    /// Merges a full list: the model then holds exactly these containers.
    void setContainers(const QList<ContainerSummary> &containers);
    /// Merges a partial list: of the containers named in `ids`, those in `present`
    /// are inserted or updated, the others removed. Containers not named are untouched.
    void updateContainers(const QSet<QString> &ids, const QList<ContainerSummary> &present);
    /// What the engine's event stream brings (connected by setEngine(); tests feed it):
    /// container events schedule a re-fetch of that container.
    void noteEvent(const EngineEvent &event);
    /// The latest stats of a running container (its CPU % and memory columns);
    /// setStats(id, {}) or a stopped container leaves them empty, not zero.
    void setStats(const QString &id, const ContainerStats &stats);
    void clearStats(const QString &id);
    /// Marks a container as being acted upon ("Stopping…"); empty text clears it.
    void setPending(const QString &id, const QString &text);

    /// For relative times in tests; defaults to the current time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    QModelIndex indexOfId(const QString &id, int column = 0) const;
    QModelIndex indexOfProject(const QString &project, int column = 0) const;
    /// The container of a row, or null for a project row or an invalid index.
    const ContainerSummary *container(const QModelIndex &index) const;
    const ContainerSummary *containerById(const QString &id) const;
    int containerCount() const { return int(m_byId.size()); }
    int runningCount() const;
    QString lastError() const { return m_follower->lastError(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The CLI's human durations, translated: "5 minutes", "About an hour".
    static QString humanDuration(qint64 seconds);
    /// "Up 5 minutes (healthy)", aged from when the engine said it.
    static QString statusText(const ContainerSummary &c, qint64 fetchedAt, qint64 now);
    static QString stateText(const ContainerSummary &c);
    /// "Healthy", "Unhealthy", "Starting" (translated); empty without a healthcheck.
    static QString healthText(ContainerSummary::Health health);

Q_SIGNALS:
    /// A full refresh completed (after the merge), or failed with `error`.
    void refreshed(const QString &error);
    /// A merge (full or partial) has been applied.
    void changed();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void apply(QList<ContainerSummary> present, const QSet<QString> *scope);
    void removeNodes(Node *parent, QList<int> rows);
    void emitRowChanged(Node *node);
    EngineFollower::Interest interestIn(const EngineEvent &event);
    QVariant containerData(const Node &n, int column, int role) const;
    QVariant projectData(const Node &n, int column, int role) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
    QHash<QString, Node *> m_projects;
    EngineFollower *m_follower;
    QTimer m_ageTick; ///< "Up 3 minutes" and "2 hours ago" keep ageing while shown
    QHash<QString, ContainerStats> m_stats; ///< running containers someone looks at
    QHash<QString, QString> m_renamedFrom; ///< id -> "/old-name", until the engine's lists forget it
    static constexpr int kSettleTries = 40; ///< 20 s: past a stop timeout of 10 s
    QTimer m_settle;                       ///< asks again for containers in a state between two
    QHash<QString, int> m_settling;        ///< id -> times asked again
    QHash<QString, ContainerSummary::State> m_expected; ///< id -> the state a pause or unpause event announced
    std::function<QDateTime()> m_clock;
};
