#pragma once

#include "containeralerts.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class BuildPage;
class ComposePage;
class DashboardPage;
class DesktopNotifier;
class QSystemTrayIcon;
class QTimer;
class ContainersModel;
class ContainersPage;
class Engine;
class EngineBanner;
class EngineRegistry;
class EnginesPanel;
class EventsPage;
class NetworksModel;
class NetworksPage;
class VolumesModel;
class VolumesPage;
class SystemPage;
class ImagesModel;
class ImagesPage;
class QLabel;
class QListWidget;
class QListWidgetItem;
class LogsView;
class ProcessesView;
class StatsSampler;
class StatsView;
class TerminalTabs;
class QStackedWidget;

/// The main window: navigation on the left, one page per area, the engine's
/// state in the status bar and a banner when it cannot be reached.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `engine` may be null when the engine address itself is invalid; then
    /// `addressError` says why.
    explicit MainWindow(Engine *engine, const QString &addressError = {}, QWidget *parent = nullptr);

    ImagesPage *imagesPage() const { return m_imagesPage; }
    ImagesModel *imagesModel() const { return m_imagesModel; }
    ContainersPage *containersPage() const { return m_containersPage; }
    ContainersModel *containersModel() const { return m_containersModel; }
    StatsSampler *statsSampler() const { return m_sampler; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    /// Shows the Stats tab of a container on the Containers page.
    void showStatsOf(const QString &containerId);
    /// Shows a container of this window's engine in its list (leaving "All engines").
    void showContainer(const QString &containerId);
    TerminalTabs *terminals() const { return m_terminals; }
    /// The pages below are built when first shown or asked for here.
    BuildPage *buildPage() { return built(m_buildPage, m_buildSlot); }
    ComposePage *composePage() { return built(m_composePage, m_composeSlot); }
    SystemPage *systemPage() { return built(m_systemPage, m_systemSlot); }
    EventsPage *eventsPage() const { return m_eventsPage; }
    VolumesPage *volumesPage() { return built(m_volumesPage, m_volumesSlot); }
    NetworksPage *networksPage() { return built(m_networksPage, m_networksSlot); }
    VolumesModel *volumesModel() { return volumesPage() ? m_volumesModel : nullptr; }
    NetworksModel *networksModel() { return networksPage() ? m_networksModel : nullptr; }
    EngineBanner *banner() const { return m_banner; }
    /// Lists every engine of `registry` in the sidebar, this window's (`name`) marked;
    /// the window's title names it.
    void setEngines(EngineRegistry *registry, const QString &name);
    EnginesPanel *enginesPanel() const { return m_enginesPanel; }
    Engine *engine() const { return m_engine; }

Q_SIGNALS:
    /// The list of all engines asked to open a container of another engine.
    void containerOfEngineRequested(const QString &engine, const QString &id);

public:
    QLabel *engineStatus() const { return m_engineStatus; }

    DesktopNotifier *notifier() const { return m_notifier; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The Containers page with this container selected and its Logs tab in front.
    void showContainerLogs(const QString &containerId);
    /// Reads the notifications/ settings again (mode and chosen names) and applies them.
    void applyNotificationSettings();
    ContainerAlerts::Mode notificationMode() const { return m_alerts.mode(); }
    /// "Notify When It Stops Unexpectedly" of the current container.
    QAction *notifyAction() const { return m_notifyAction; }
    LogsView *logsView() const;

    /// Shows `page` (one of the pages above).
    void showPage(QWidget *page);

    /// Puts back the window as it was when one last closed (WindowMemory): the size and
    /// place only when `geometry`, the page in front, tables, splitters, filters.
    void restoreLayout(bool geometry = true);
    /// Keeps the window's layout for next time (done when it closes).
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QListWidgetItem *addPage(const QString &name, const QIcon &icon, QWidget *page);
    /// A page built by `create` when first shown; until then an empty widget named
    /// `objectName` holds its place. Returns that place holder.
    QWidget *addLazyPage(const QString &name, const QIcon &icon, const QString &objectName, std::function<QWidget *()> create);
    /// Builds the page whose place `slot` holds, if it is one not built yet.
    void createPage(QWidget *slot);
    /// `page`, built first if it was not yet (its place held by `slot`).
    template <typename Page>
    Page *built(Page *&page, QWidget *slot)
    {
        if (!page)
            createPage(slot);
        return page;
    }
    void showTerminals();
    /// View's page actions follow the sidebar: shown or hidden, numbered Ctrl+1.. in order.
    void syncPageActions();
    /// The per-container tabs of the details (logs, stats, processes) follow the current container.
    void showLogsOf(const QString &containerId);
    void updateEngineStatus();
    void createMenus();
    void setUpNotifications();
    /// Adds or removes a container name from the chosen ones (notifications/chosen).
    void setNotifyFor(const QString &name, bool on);
    void updateNotifyAction();

    QPointer<Engine> m_engine;
    ImagesModel *m_imagesModel;
    ImagesPage *m_imagesPage;
    ContainersModel *m_containersModel = nullptr;
    ContainersPage *m_containersPage = nullptr;
    TerminalTabs *m_terminals = nullptr;
    QListWidgetItem *m_terminalsItem = nullptr;
    QPointer<LogsView> m_logs;
    QPointer<ProcessesView> m_processes;
    QPointer<StatsView> m_stats;
    StatsSampler *m_sampler = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QString m_currentContainer;
    ContainerAlerts m_alerts;
    DesktopNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_alertsDue = nullptr;
    QAction *m_notifyAction = nullptr;
    BuildPage *m_buildPage = nullptr;
    ComposePage *m_composePage = nullptr;
    SystemPage *m_systemPage = nullptr;
    EventsPage *m_eventsPage = nullptr;
    VolumesModel *m_volumesModel = nullptr;
    NetworksModel *m_networksModel = nullptr;
    VolumesPage *m_volumesPage = nullptr;
    NetworksPage *m_networksPage = nullptr;
    QHash<QWidget *, std::function<QWidget *()>> m_lazyPages; ///< place holder -> what builds its page
    QWidget *m_buildSlot = nullptr;
    QWidget *m_composeSlot = nullptr;
    QWidget *m_systemSlot = nullptr;
    QWidget *m_volumesSlot = nullptr;
    QWidget *m_networksSlot = nullptr;
    bool m_restoreBuildSession = false; ///< restoreLayout() asked for the last Dockerfile
    bool m_layoutRestored = false;      ///< a page built later takes its remembered layout
    EngineBanner *m_banner;
    QListWidget *m_nav;
    EnginesPanel *m_enginesPanel = nullptr;
    class QSplitter *m_sideSplit = nullptr;
    QStackedWidget *m_pages;
    QLabel *m_engineStatus;
    QList<QAction *> m_pageActions; ///< View > one per page, Ctrl+1..9, Ctrl+0
};
