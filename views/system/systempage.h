#pragma once

#include <QPointer>
#include <QWidget>

class DiskUsageChart;
class DiskUsageModel;
class Engine;
class EngineInfoView;
class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QToolButton;
class QTableView;
class SystemPruneDialog;

/// The System section: disk usage as `docker system df` prints it (a table and bars),
/// every object with what holds it (`-v`), `docker system prune`, and the engine's
/// information.
class SystemPage : public QWidget
{
    Q_OBJECT
public:
    explicit SystemPage(Engine *engine, QWidget *parent = nullptr);

    DiskUsageModel *model() const { return m_model; }
    QTableView *summaryView() const { return m_summary; }
    QTableView *itemsView() const { return m_items; }
    DiskUsageChart *chart() const { return m_chart; }
    QCheckBox *verboseBox() const { return m_verbose; }
    QPushButton *pruneButton() const { return m_prune; }
    EngineInfoView *engineInfo() const { return m_info; }
    QTabWidget *tabs() const { return m_tabs; }

    /// View > Refresh: measures the disk usage again (while the page is shown; hidden,
    /// it is measured when shown) and asks the engine for its information.
    void refresh();

    /// Opens `docker system prune` (not modal: the page stays usable).
    SystemPruneDialog *openPruneDialog();
    /// Opens the prune of one kind only (`docker container prune`, `volume prune`...).
    SystemPruneDialog *openKindPruneDialog(int kind);

protected:
    // Disk usage is measured only while the page is shown: a df makes the engine
    // measure every container and volume.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateStatus(const QString &error = {});

    QPointer<Engine> m_engine;
    DiskUsageModel *m_model;
    QSortFilterProxyModel *m_itemsProxy;
    QTabWidget *m_tabs;
    QTableView *m_summary;
    DiskUsageChart *m_chart;
    QCheckBox *m_verbose;
    QTableView *m_items;
    QLabel *m_status;
    QPushButton *m_refresh;
    QPushButton *m_prune;
    QToolButton *m_pruneKind;
    EngineInfoView *m_info;
};
