#pragma once

#include "containersmodel.h"
#include "containersproxymodel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

class Engine;

/// The containers of several engines as one tree: a row per engine (its name, how
/// many of its containers run, or why it cannot be reached) holding every container
/// of that engine, and the engine again as a column of each container's row, so that
/// a sort by it or a filter on its name works like any other.
///
/// Each engine's rows follow its own ContainersModel (which follows that engine's
/// events), merged by container id: a container created, removed or changed on any
/// engine shows here at once; an engine taken away takes its group. Never a reset.
/// A Compose project is a column here, not a level: the engines are the grouping.
///
/// Container rows answer the roles of ContainersModel (ids, state, running, filter
/// and sort keys, pending), so ContainersProxyModel filters and sorts this model as it
/// does one engine's; an engine's row answers IsProjectRole as a group row does.
class FleetContainersModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EngineColumn, StateColumn, ImageColumn, ProjectColumn, StatusColumn, PortsColumn, CreatedColumn, IdColumn, ColumnCount };
    enum Role {
        EngineRole = ContainersModel::ContainerIdsRole + 16, ///< the engine's name (both kinds of row)
        IsEngineRole,                                      ///< bool: an engine's row
    };

    explicit FleetContainersModel(QObject *parent = nullptr);
    ~FleetContainersModel() override;

    /// Adds (or replaces) the containers of engine `name`, listed by `model`.
    void setEngine(const QString &name, Engine *engine, ContainersModel *model);
    void removeEngine(const QString &name);
    QStringList engines() const;
    Engine *engine(const QString &name) const;
    ContainersModel *modelOf(const QString &name) const;

    QModelIndex indexOfEngine(const QString &name, int column = 0) const;
    QModelIndex indexOf(const QString &engine, const QString &id, int column = 0) const;
    /// The running containers of all engines, and all of them.
    int runningCount() const;
    int containerCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The column of ContainersModel a column of this model reads (-1: none).
    static int sourceColumn(int column);

private:
    struct Group
    {
        QString name;
        QPointer<Engine> engine;
        QPointer<ContainersModel> model;
        QStringList ids;          ///< the containers, in this model's order
        QHash<QString, int> rows; ///< id -> row
    };
    int groupRow(const Group *group) const;
    Group *group(const QString &name) const;
    void sync(Group *group);
    void forward(Group *group, const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void groupChanged(Group *group);
    QVariant engineData(const Group &group, int column, int role) const;
    static QStringList containerIds(const ContainersModel *model);

    std::vector<std::unique_ptr<Group>> m_groups;
    ContainersModel *m_headers; ///< the one-engine list's column titles
};

/// Filters and sorts the containers of every engine as ContainersProxyModel does one
/// engine's (words match a container, its project or its engine; "running only"); an
/// engine's row stays, to say what it has or why it cannot say, unless the words are
/// not in its name.
class FleetContainersProxyModel : public ContainersProxyModel
{
    Q_OBJECT
public:
    explicit FleetContainersProxyModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
