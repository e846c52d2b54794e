#pragma once

#include "dashboardmodel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

/// The dashboards of several engines as one table: every running container of every
/// engine in use, with its engine in a column of its own (the last, so that the
/// dashboard's own columns keep their numbers). Rows follow each engine's DashboardModel,
/// merged by engine and container id: a container that starts on any engine appears, one
/// that stops goes, an engine that is taken away takes its rows; never a reset.
class FleetDashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EngineColumn = DashboardModel::ColumnCount, ColumnCount };
    enum Role { EngineRole = DashboardModel::TrendRole + 1 };

    explicit FleetDashboardModel(QObject *parent = nullptr);

    /// Adds (or replaces) the dashboard of engine `name`.
    void setEngine(const QString &name, DashboardModel *model);
    void removeEngine(const QString &name);
    QStringList engines() const;
    DashboardModel *modelOf(const QString &name) const;

    int rowOf(const QString &engine, const QString &id) const;
    QString engineAt(int row) const { return m_rows.value(row).engine; }
    QString idAt(int row) const { return m_rows.value(row).id; }
    double totalCpuPercent() const;
    double totalMemory() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Source
    {
        QString name;
        QPointer<DashboardModel> model;
    };
    struct Row
    {
        QString engine;
        QString id;
    };
    static QString keyOf(const QString &engine, const QString &id) { return engine + u'\n' + id; }
    void sync();
    void forwardChange(const DashboardModel *model, const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    const Source *sourceNamed(const QString &name) const;

    QList<Source> m_sources;
    QList<Row> m_rows;
    QHash<QString, int> m_index; ///< keyOf -> row
    DashboardModel *m_headers;   ///< the dashboard's own column titles
};
