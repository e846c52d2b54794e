#pragma once

#include <QPointer>
#include <QWidget>

class ContainersModel;
class DashboardModel;
class Engine;
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
    /// The containers sampled for the dashboard now.
    QStringList sampledIds() const { return m_sampled; }

Q_SIGNALS:
    void statsRequested(const QString &containerId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSampling();
    void updateTotals();

    QPointer<Engine> m_engine;
    QPointer<StatsSampler> m_sampler;
    DashboardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_totals;
    QTreeView *m_view;
    QTimer *m_samplingDelay;
    QStringList m_sampled;
};
