#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class ContainersModel;
class DashboardModel;
class Engine;
class EngineRegistry;
class FleetDashboardModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;
class StatsSampler;

/// Every running container of the engine at a glance: CPU (with the last minute
/// drawn in the row), memory, network and block I/O and PIDs as `docker stats`
/// prints them, totals against the host's CPUs and memory, sortable, filtered as
/// you type. Only the rows on screen are sampled, and nothing while the page is
/// hidden. Activating a row asks for that container's Stats tab.
///
/// With several engines in use, "All engines" shows the running containers of every
/// connected engine together, the engine in a column of its own (sort by it to group).
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(ContainersModel *containers, StatsSampler *sampler, QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    DashboardModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *totalsLabel() const { return m_totals; }
    /// The containers sampled for the dashboard now (this page's engine).
    QStringList sampledIds() const { return m_sampled; }

    /// The engines of `registry` that are in use, for "All engines"; `name` is this
    /// page's own engine.
    void setEngines(EngineRegistry *registry, const QString &name);
    QCheckBox *allEnginesBox() const { return m_allEngines; }
    /// The table of every engine, while "All engines" is on (null otherwise).
    FleetDashboardModel *fleet() const { return m_fleet; }

Q_SIGNALS:
    void statsRequested(const QString &containerId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSampling();
    void updateTotals();
    void setAllEngines(bool on);
    /// A feed (containers, sampler, dashboard) for every other engine in use and
    /// connected; feeds of engines no longer in use go.
    void syncFleet();

    struct Feed
    {
        QPointer<Engine> engine;
        ContainersModel *containers = nullptr;
        StatsSampler *sampler = nullptr;
        DashboardModel *model = nullptr;
    };
    void dropFeed(const QString &name);

    QPointer<Engine> m_engine;
    QPointer<StatsSampler> m_sampler;
    DashboardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_totals;
    QTreeView *m_view;
    QTimer *m_samplingDelay;
    QStringList m_sampled;
    QPointer<EngineRegistry> m_registry;
    QString m_name;
    QCheckBox *m_allEngines;
    FleetDashboardModel *m_fleet = nullptr;
    QHash<QString, Feed> m_feeds;
    QHash<QString, QStringList> m_sampledElsewhere; ///< engine -> ids sampled there
};
