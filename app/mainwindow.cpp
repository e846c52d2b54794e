#include "mainwindow.h"

#include "containersapi.h"
#include "connections/enginespanel.h"
#include "connections/sshpromptdialog.h"
#include "enginesmodel.h"
#include "engineregistry.h"
#include "preferencesdialog.h"
#include "windowmemory.h"

#include "engine.h"
#include "build/buildpage.h"
#include "common/accessiblenames.h"
#include "common/desktopnotifier.h"
#include "common/enginebanner.h"
#include "compose/composepage.h"
#include "containers/containerspage.h"
#include "containers/logsview.h"
#include "containers/processesview.h"
#include "containers/statsview.h"
#include "statssampler.h"
#include "terminal/terminaltabs.h"
#include "containersmodel.h"
#include "containertypes.h"
#include "imagesmodel.h"
#include "images/imagespage.h"
#include "monitor/dashboardpage.h"
#include "networksmodel.h"
#include "system/networkspage.h"
#include "system/volumespage.h"
#include "volumesmodel.h"
#include "system/eventspage.h"
#include "system/systempage.h"
#include "systemapi.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QDateTime>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

MainWindow::MainWindow(Engine *engine, const QString &addressError, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_imagesModel(new ImagesModel(this))
    , m_banner(new EngineBanner(this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_engineStatus(new QLabel(this))
{
    installAccessibleNames();
    SshPromptDialog::install(this);
    setWindowTitle(tr("Cais"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cais.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Sections"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMaximumWidth(200);
    m_pages->setObjectName(QStringLiteral("pages"));

    m_imagesPage = new ImagesPage(m_imagesModel, this);
    addPage(tr("Images"), style()->standardIcon(QStyle::SP_DriveHDIcon), m_imagesPage);
    m_containersModel = new ContainersModel(this);
    m_sampler = new StatsSampler(this);
    m_containersPage = new ContainersPage(m_containersModel, this);
    m_containersPage->setStatsSampler(m_sampler);
    addPage(tr("Containers"), style()->standardIcon(QStyle::SP_ComputerIcon), m_containersPage);
    m_dashboard = new DashboardPage(m_containersModel, m_sampler, this);
    addPage(tr("Dashboard"), QIcon::fromTheme(QStringLiteral("utilities-system-monitor"), style()->standardIcon(QStyle::SP_FileDialogInfoView)),
            m_dashboard);
    connect(m_dashboard, &DashboardPage::statsRequested, this, &MainWindow::showStatsOf);
    // Terminals get a section of their own while at least one is open.
    m_terminals = new TerminalTabs(this);
    m_terminals->setObjectName(QStringLiteral("terminalsPage"));
    m_terminals->setAccessibleName(tr("Terminals"));
    m_terminalsItem = addPage(tr("Terminals"), style()->standardIcon(QStyle::SP_DesktopIcon), m_terminals);
    m_terminalsItem->setHidden(true);
    connect(m_terminals, &TerminalTabs::empty, this, [this] {
        m_terminalsItem->setHidden(true);
        syncPageActions();
        m_nav->setCurrentRow(m_pages->indexOf(m_containersPage));
    });
    auto *openTerminal = new QAction(tr("Open &Terminal…"), this);
    openTerminal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    openTerminal->setToolTip(tr("Run a command (a shell by default) in the selected container, like docker exec -it"));
    connect(openTerminal, &QAction::triggered, this, [this] {
        if (m_engine && !m_currentContainer.isEmpty() && m_terminals->openExecAsking(m_engine, m_currentContainer))
            showTerminals();
    });
    m_containersPage->addContainerAction(openTerminal);
    connect(m_containersPage, &ContainersPage::interactiveRunRequested, this, [this](const QString &id) {
        if (m_engine && m_terminals->startAttached(m_engine, id))
            showTerminals();
    });
    connect(m_containersPage, &ContainersPage::currentContainerChanged, this, &MainWindow::showLogsOf);
    setUpNotifications();
    // Compose files through the real `docker compose`; a project's row leads here too.
    connect(m_containersPage, &ContainersPage::composeRequested, this,
            [this](const ComposeTarget &target, ContainersPage::ComposeVerb verb) {
                showPage(composePage());
                std::optional<ComposePage::Action> then;
                switch (verb) {
                case ContainersPage::ComposeVerb::Up: then = ComposePage::Action::Up; break;
                case ContainersPage::ComposeVerb::Down: then = ComposePage::Action::Down; break;
                case ContainersPage::ComposeVerb::Restart: then = ComposePage::Action::Restart; break;
                case ContainersPage::ComposeVerb::Pull: then = ComposePage::Action::Pull; break;
                case ContainersPage::ComposeVerb::Logs: then = ComposePage::Action::Logs; break;
                case ContainersPage::ComposeVerb::OpenFile: break;
                }
                m_composePage->openTarget(target, then);
            });
    // The pages behind the first are built when first shown (or asked for): the window
    // comes up sooner, and their lists are not asked for while the engine lists images.
    m_buildSlot = addLazyPage(tr("Build"), QIcon::fromTheme(QStringLiteral("run-build"), style()->standardIcon(QStyle::SP_FileIcon)),
                              QStringLiteral("buildPage"), [this] {
                                  m_buildPage = new BuildPage(m_engine, this);
                                  // A built image is selected in the image browser; "Run…" opens the run dialog on it.
                                  connect(m_buildPage, &BuildPage::imageBuilt, this, [this](const QString &id, const QStringList &tags) {
                                      m_imagesPage->revealImage(id);
                                      statusBar()->showMessage(
                                          tr("Built %1: it is selected on the Images page.")
                                              .arg(tags.isEmpty() ? id.mid(id.indexOf(QLatin1Char(':')) + 1, 12) : tags.join(QStringLiteral(", "))),
                                          10000);
                                  });
                                  connect(m_buildPage, &BuildPage::runRequested, this, [this](const QString &id, const QStringList &tags) {
                                      showPage(m_containersPage);
                                      m_containersPage->openRunDialog(tags.isEmpty() ? id : tags.constFirst());
                                  });
                                  if (m_restoreBuildSession)
                                      m_buildPage->restoreSession();
                                  return m_buildPage;
                              });
    m_composeSlot = addLazyPage(tr("Compose"),
                                QIcon::fromTheme(QStringLiteral("application-x-yaml"), style()->standardIcon(QStyle::SP_FileDialogListView)),
                                QStringLiteral("composePage"), [this] {
                                    m_composePage = new ComposePage(this);
                                    m_composePage->setEngine(m_engine);
                                    return m_composePage;
                                });
    m_systemSlot = addLazyPage(tr("System"), QIcon::fromTheme(QStringLiteral("drive-harddisk"), style()->standardIcon(QStyle::SP_DriveHDIcon)),
                               QStringLiteral("systemPage"), [this] {
                                   m_systemPage = new SystemPage(m_engine, this);
                                   return m_systemPage;
                               });
    m_eventsPage = new EventsPage(engine, this);
    addPage(tr("Events"), QIcon::fromTheme(QStringLiteral("view-list-details"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)), m_eventsPage);
    // `docker container prune` on the Containers page: the System page's prune of that
    // one kind, with its preview of each stopped container and the space it frees.
    auto *pruneContainers = new QAction(QIcon::fromTheme(QStringLiteral("edit-clear-all"), style()->standardIcon(QStyle::SP_DialogResetButton)),
                                        tr("Prune…"), this);
    pruneContainers->setObjectName(QStringLiteral("pruneContainersAction"));
    pruneContainers->setToolTip(tr("Remove the stopped containers (docker container prune), after a preview of each one and the space it frees"));
    pruneContainers->setEnabled(engine != nullptr);
    connect(pruneContainers, &QAction::triggered, this, [this] { systemPage()->openKindPruneDialog(int(DiskUsageLine::Kind::Containers)); });
    m_containersPage->toolBar()->addSeparator();
    m_containersPage->toolBar()->addAction(pruneContainers);
    if (QWidget *w = m_containersPage->toolBar()->widgetForAction(pruneContainers))
        w->setAccessibleName(tr("Prune stopped containers"));
    connect(m_imagesPage, &ImagesPage::runRequested, this, [this](const QString &reference) {
        showPage(m_containersPage);
        m_containersPage->openRunDialog(reference);
    });
    // A layer of an image built here leads back to its Dockerfile line.
    connect(m_imagesPage, &ImagesPage::dockerfileLineRequested, this, [this](const QString &path, int line) {
        QString error;
        if (buildPage()->showDockerfileLine(path, line, &error))
            showPage(m_buildPage);
        else if (!error.isEmpty())
            statusBar()->showMessage(error, 10000);
    });
    // Volumes and networks: each page follows the engine through its own model; a
    // container named there leads to it on the Containers page.
    const auto leadToContainers = [this](ObjectListPage *page) {
        connect(page, &ObjectListPage::containerRequested, this, [this](const QString &id) {
            showPage(m_containersPage);
            m_containersPage->selectContainers({id});
        });
    };
    m_volumesSlot = addLazyPage(tr("Volumes"), QIcon::fromTheme(QStringLiteral("drive-harddisk"), style()->standardIcon(QStyle::SP_DriveFDIcon)),
                                QStringLiteral("volumesPage"), [this, leadToContainers] {
                                    m_volumesModel = new VolumesModel(this);
                                    m_volumesPage = new VolumesPage(m_volumesModel, this);
                                    leadToContainers(m_volumesPage);
                                    m_volumesModel->setEngine(m_engine);
                                    return m_volumesPage;
                                });
    m_networksSlot = addLazyPage(tr("Networks"), QIcon::fromTheme(QStringLiteral("network-wired"), style()->standardIcon(QStyle::SP_DriveNetIcon)),
                                 QStringLiteral("networksPage"), [this, leadToContainers] {
                                     m_networksModel = new NetworksModel(this);
                                     m_networksPage = new NetworksPage(m_networksModel, this);
                                     leadToContainers(m_networksPage);
                                     m_networksModel->setEngine(m_engine);
                                     return m_networksPage;
                                 });
    // A page is built before the stack shows it (this connection comes first).
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) { createPage(m_pages->widget(row)); });
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The page follows the selection, whatever changed it: a screen reader or an
    // automation tool selects through the accessibility interface, which leaves the
    // current item where it was. The current item then moves to the selected one.
    connect(m_nav->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList selected = m_nav->selectionModel()->selectedIndexes();
        if (selected.isEmpty() || selected.constFirst().row() == m_nav->currentRow())
            return;
        m_nav->selectionModel()->setCurrentIndex(selected.constFirst(), QItemSelectionModel::NoUpdate);
    });
    m_nav->setCurrentRow(0);

    auto *right = new QWidget(this);
    auto *rightLay = new QVBoxLayout(right);
    rightLay->setContentsMargins(6, 6, 6, 0);
    rightLay->addWidget(m_banner);
    rightLay->addWidget(m_pages, 1);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplit"));
    m_sideSplit = new QSplitter(Qt::Vertical, this);
    m_sideSplit->setObjectName(QStringLiteral("sidebar"));
    m_sideSplit->setChildrenCollapsible(false);
    m_sideSplit->addWidget(m_nav);
    split->addWidget(m_sideSplit);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({160, 840});
    setCentralWidget(split);

    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    m_engineStatus->setAccessibleName(tr("Engine"));
    m_engineStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_engineStatus);

    createMenus();
    // Room for the image columns and the build panel side by side, within the screen.
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1280, avail.width() * 9 / 10), std::min(800, avail.height() * 9 / 10));

    if (engine) {
        m_imagesModel->setEngine(engine);
        m_containersModel->setEngine(engine);
        m_containersPage->setEngine(engine);
        m_sampler->setEngine(engine);
        m_dashboard->setEngine(engine);
        // A removed container's history goes with it.
        connect(engine, &Engine::eventReceived, this, [this](const EngineEvent &e) {
            if (e.type == QLatin1String("container") && (e.action == QLatin1String("destroy") || e.action == QLatin1String("remove")))
                m_sampler->forget(e.id);
        });
        // Desktop notifications when a container stops on its own or turns unhealthy.
        connect(engine, &Engine::eventReceived, this, [this, engine](const EngineEvent &e) {
            const auto alert = m_alerts.feed(e);
            if (!alert)
                return;
            if (alert->kind == ContainerAlert::Kind::UnexpectedExit && engine->info().podman) {
                // Podman sends no stop or kill event before the die of a stop: its state
                // says whether a user stopped it.
                ContainersApi(engine).stoppedByUser(alert->id).then(this, [this, a = *alert](const Result<bool> &byUser) {
                    if (!byUser || !*byUser)
                        m_notifier->notify(a);
                });
                return;
            }
            m_notifier->notify(*alert);
        });
        m_banner->setEngine(engine);
        connect(engine, &Engine::stateChanged, this, &MainWindow::updateEngineStatus);
        connect(m_imagesModel, &ImagesModel::refreshed, this, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Could not list images: %1").arg(error), 10000);
        });
    } else {
        m_banner->showPermanentError(addressError);
    }
    updateEngineStatus();
}

void MainWindow::setEngines(EngineRegistry *registry, const QString &name)
{
    if (m_enginesPanel)
        return;
    m_enginesPanel = new EnginesPanel(registry, name, this);
    m_dashboard->setEngines(registry, name);
    m_containersPage->setEngines(registry, name);
    connect(m_containersPage, &ContainersPage::fleetOpenRequested, this, [this, registry](const QString &engine, const QString &id) {
        // By the engine, not the name it had when the window opened (names can change).
        if (registry->engine(engine) == m_engine)
            showContainer(id);
        else
            Q_EMIT containerOfEngineRequested(engine, id);
    });
    // The sidebar is narrow: the kind and version are in each row's tooltip.
    m_enginesPanel->view()->setColumnHidden(EnginesModel::KindColumn, true);
    m_enginesPanel->view()->setColumnHidden(EnginesModel::VersionColumn, true);
    m_nav->setMaximumWidth(QWIDGETSIZE_MAX);
    m_sideSplit->addWidget(m_enginesPanel);
    m_sideSplit->setStretchFactor(0, 3);
    m_sideSplit->setStretchFactor(1, 2);
    if (auto *split = qobject_cast<QSplitter *>(centralWidget()))
        split->setSizes({230, std::max(600, width() - 230)});
    setWindowTitle(tr("Cais — %1").arg(name));
}

QListWidgetItem *MainWindow::addPage(const QString &name, const QIcon &icon, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_nav);
    item->setData(Qt::AccessibleTextRole, name);
    m_pages->addWidget(page);
    return item;
}

QWidget *MainWindow::addLazyPage(const QString &name, const QIcon &icon, const QString &objectName, std::function<QWidget *()> create)
{
    // Holds the page's place (and name: the page remembered in front is found by it).
    auto *slot = new QWidget(this);
    slot->setObjectName(objectName);
    slot->setAccessibleName(name);
    m_lazyPages.emplace(slot, std::move(create));
    addPage(name, icon, slot);
    return slot;
}

void MainWindow::createPage(QWidget *slot)
{
    const auto it = m_lazyPages.find(slot);
    if (it == m_lazyPages.end())
        return;
    const std::function<QWidget *()> create = std::move(it.value());
    m_lazyPages.erase(it);
    QWidget *page = create();
    const bool current = m_pages->currentWidget() == slot;
    m_pages->insertWidget(m_pages->indexOf(slot), page);
    if (current)
        m_pages->setCurrentWidget(page);
    m_pages->removeWidget(slot);
    delete slot;
    // Its tables, splitters and filters as they were when the window last closed.
    if (m_layoutRestored) {
        QSettings settings;
        WindowMemory::restoreWithin(this, page, settings);
    }
}

void MainWindow::showPage(QWidget *page)
{
    const int row = m_pages->indexOf(page);
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

void MainWindow::restoreLayout(bool geometry)
{
    QSettings settings;
    // The main window also reopens the Dockerfile last open, with its context; a
    // second window (another engine) starts with the template.
    if (geometry) {
        m_restoreBuildSession = true; // now, or when the Build page is built
        if (m_buildPage)
            m_buildPage->restoreSession();
    }
    const QString page = WindowMemory::restore(this, settings, geometry);
    m_layoutRestored = true;
    if (page.isEmpty())
        return;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == page && !m_nav->item(i)->isHidden()) {
            m_nav->setCurrentRow(i);
            break;
        }
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    const QWidget *page = m_pages->currentWidget();
    WindowMemory::save(this, page ? page->objectName() : QString(), settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved Dockerfile edits are asked about before anything closes.
    if (m_buildPage && !m_buildPage->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::syncPageActions()
{
    // Numbered as the sidebar shows them: a hidden page (Terminals while none is open)
    // has neither a menu entry nor a number.
    int shown = 0;
    for (int i = 0; i < m_pageActions.size() && i < m_nav->count(); ++i) {
        QAction *go = m_pageActions.at(i);
        const bool visible = !m_nav->item(i)->isHidden();
        go->setVisible(visible);
        go->setShortcut(visible && shown < 10 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (shown + 1) % 10)) : QKeySequence());
        if (visible)
            ++shown;
    }
}

void MainWindow::showTerminals()
{
    m_terminalsItem->setHidden(false);
    syncPageActions();
    m_nav->setCurrentItem(m_terminalsItem);
}

void MainWindow::showLogsOf(const QString &containerId)
{
    // One logs view, for the container shown in the details.
    m_currentContainer = containerId;
    QTabWidget *tabs = m_containersPage->detailsTabs();
    // The tab in front stays in front for the next container.
    const int current = tabs->currentIndex();
    for (QWidget *w : std::initializer_list<QWidget *>{m_logs, m_stats, m_processes}) {
        if (w) {
            tabs->removeTab(tabs->indexOf(w));
            w->deleteLater();
        }
    }
    m_logs = nullptr;
    m_stats = nullptr;
    m_processes = nullptr;
    if (containerId.isEmpty() || !m_engine)
        return;
    m_logs = new LogsView(m_engine, containerId, tabs);
    tabs->addTab(m_logs, tr("Logs"));
    m_stats = new StatsView(m_sampler, m_engine, containerId, tabs);
    tabs->addTab(m_stats, tr("Stats"));
    m_processes = new ProcessesView(m_engine, containerId, tabs);
    tabs->addTab(m_processes, tr("Processes"));
    if (current > 0 && current < tabs->count())
        tabs->setCurrentIndex(current);
}

void MainWindow::setUpNotifications()
{
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::logsRequested, this, &MainWindow::showContainerLogs);
    // Alerts held back while a container restarts in a loop, once their minute is over.
    m_alertsDue = new QTimer(this);
    m_alertsDue->setInterval(10000);
    connect(m_alertsDue, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        for (const auto range = m_alerts.due(now); const ContainerAlert &a : range)
            m_notifier->notify(a);
    });
    m_alertsDue->start();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QIcon(QStringLiteral(":/icons/cais.svg")) : windowIcon(), this);
        m_tray->setToolTip(tr("Cais"));
        auto *menu = new QMenu(this);
        QAction *show = menu->addAction(tr("Show Cais"));
        connect(show, &QAction::triggered, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        QAction *quit = menu->addAction(tr("Quit"));
        connect(quit, &QAction::triggered, this, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason != QSystemTrayIcon::Trigger)
                return;
            if (isVisible() && !isMinimized()) {
                hide();
            } else {
                showNormal();
                raise();
                activateWindow();
            }
        });
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
    }
    // On a container row: notify for this one (by name, which survives a recreate).
    m_notifyAction = new QAction(tr("Notify When It Stops Unexpectedly"), this);
    m_notifyAction->setObjectName(QStringLiteral("notifyAction"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setProperty(ContainersPage::ownEnabledProperty, true);
    m_notifyAction->setToolTip(tr("Show a desktop notification when this container exits without being stopped or turns unhealthy"));
    connect(m_notifyAction, &QAction::triggered, this, [this](bool on) {
        const ContainerSummary *c = m_containersModel->containerById(m_containersPage->currentContainerId());
        if (c && !c->names.isEmpty())
            setNotifyFor(c->names.constFirst().mid(c->names.constFirst().startsWith(QLatin1Char('/')) ? 1 : 0), on);
    });
    m_containersPage->addContainerAction(m_notifyAction, false);
    connect(m_containersPage, &ContainersPage::currentContainerChanged, this, &MainWindow::updateNotifyAction);
    applyNotificationSettings();
}

LogsView *MainWindow::logsView() const
{
    return m_logs;
}

void MainWindow::updateNotifyAction()
{
    if (!m_notifyAction)
        return;
    const ContainerSummary *c = m_containersModel->containerById(m_containersPage->currentContainerId());
    QString name = c && !c->names.isEmpty() ? c->names.constFirst() : QString();
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    // With every container watched there is nothing to choose here: the box shows it,
    // and says where to change it, rather than being unticked to no effect.
    const bool all = m_alerts.mode() == ContainerAlerts::Mode::All;
    m_notifyAction->setChecked(all || (m_alerts.mode() == ContainerAlerts::Mode::Chosen && m_alerts.chosenNames().contains(name)));
    m_notifyAction->setEnabled(!all && !name.isEmpty());
    m_notifyAction->setToolTip(all ? tr("Every container is watched; choose containers one by one in Settings > Preferences")
                                   : tr("Show a desktop notification when this container exits without being stopped or turns unhealthy"));
}

void MainWindow::applyNotificationSettings()
{
    QSettings settings;
    m_alerts.setMode(ContainerAlerts::modeFromString(settings.value(QStringLiteral("notifications/mode")).toString()));
    const QStringList chosen = settings.value(QStringLiteral("notifications/chosen")).toStringList();
    m_alerts.setChosenNames(QSet<QString>(chosen.begin(), chosen.end()));
    updateNotifyAction();
}

void MainWindow::setNotifyFor(const QString &name, bool on)
{
    if (name.isEmpty())
        return;
    QSettings settings;
    QStringList chosen = settings.value(QStringLiteral("notifications/chosen")).toStringList();
    chosen.removeAll(name);
    if (on)
        chosen.append(name);
    settings.setValue(QStringLiteral("notifications/chosen"), chosen);
    // Choosing one container while notifications are off switches them on for the chosen.
    if (on && m_alerts.mode() == ContainerAlerts::Mode::Off)
        settings.setValue(QStringLiteral("notifications/mode"), ContainerAlerts::modeToString(ContainerAlerts::Mode::Chosen));
    applyNotificationSettings();
}

void MainWindow::showContainerLogs(const QString &containerId)
{
    showNormal();
    raise();
    activateWindow();
    showPage(m_containersPage);
    m_containersPage->showContainer(containerId);
    if (m_logs)
        m_containersPage->detailsTabs()->setCurrentWidget(m_logs);
}

void MainWindow::showContainer(const QString &containerId)
{
    m_containersPage->allEnginesBox()->setChecked(false);
    showPage(m_containersPage);
    m_containersPage->showContainer(containerId);
    m_containersPage->view()->setFocus();
}

void MainWindow::showStatsOf(const QString &containerId)
{
    showPage(m_containersPage);
    m_containersPage->showContainer(containerId);
    if (m_stats && m_stats->containerId() == containerId)
        m_containersPage->detailsTabs()->setCurrentWidget(m_stats);
}

void MainWindow::createMenus()
{
    if (auto *more = menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    // The image archives of the Images page, from any page.
    for (QAction *a : {m_imagesPage->saveAction(), m_imagesPage->loadAction(), m_imagesPage->importAction()}) {
        file->addAction(a);
        connect(a, &QAction::triggered, this, [this] { showPage(m_imagesPage); });
    }
    file->addSeparator();
    QAction *openCompose = file->addAction(tr("Open &Compose File…"));
    openCompose->setObjectName(QStringLiteral("openComposeAction"));
    openCompose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openCompose->setToolTip(tr("Open a compose.yaml or docker-compose.yml, see its services and bring it up or down"));
    connect(openCompose, &QAction::triggered, this, [this] {
        showPage(composePage());
        m_composePage->askOpen();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    // Through close(), so that unsaved edits are asked about.
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_containersModel, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::notificationSettingsChanged, this, &MainWindow::applyNotificationSettings);
        dialog->open();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (!m_engine)
            return;
        if (m_engine->state() == Engine::State::Connected) {
            m_imagesModel->refresh();
            m_containersModel->refresh();
            // A page not built yet lists afresh when it is.
            if (m_volumesModel)
                m_volumesModel->refresh();
            if (m_networksModel)
                m_networksModel->refresh();
            if (m_systemPage)
                m_systemPage->refresh();
            m_eventsPage->refresh();
        } else {
            m_engine->connectToEngine();
        }
    });

    // Every page from the keyboard: Ctrl+1 to Ctrl+9 in the order of the sidebar, Ctrl+0
    // for the tenth; the menu shows them.
    view->addSeparator();
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        QAction *go = view->addAction(item->icon(), item->text());
        go->setObjectName(QStringLiteral("goToPage_%1").arg(m_pages->widget(i)->objectName()));
        go->setToolTip(tr("Show the %1 page").arg(item->text()));
        connect(go, &QAction::triggered, this, [this, i] {
            if (!m_nav->item(i)->isHidden())
                m_nav->setCurrentRow(i);
        });
        m_pageActions << go;
    }
    syncPageActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Cais"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Cais"),
            tr("<h3>Cais %1</h3><p>A native desktop for Docker and Podman images and containers.</p>"
               "<p><i>Cais</i> is Portuguese for quay: where containers are loaded and unloaded.</p>")
                .arg(QStringLiteral(CAIS_VERSION_STRING)));
    });
}

void MainWindow::updateEngineStatus()
{
    if (!m_engine) {
        m_engineStatus->setText(tr("No engine"));
        return;
    }
    const EngineInfo &i = m_engine->info();
    switch (m_engine->state()) {
    case Engine::State::Disconnected:
    case Engine::State::Connecting:
        m_engineStatus->setText(tr("Connecting to %1…").arg(m_engine->displayAddress()));
        break;
    case Engine::State::Unreachable:
        m_engineStatus->setText(tr("Not connected: %1").arg(m_engine->displayAddress()));
        break;
    case Engine::State::Connected:
        m_engineStatus->setText(tr("%1 %2 · API %3 · %4 · %5")
                                    .arg(i.productName(), i.version, i.apiVersion, i.name, m_engine->displayAddress()));
        m_engineStatus->setToolTip(tr("%1 %2 on %3 (%4/%5), engine API up to %6, Cais uses %7")
                                       .arg(i.productName(), i.version, i.operatingSystem, i.os, i.arch, i.engineApiVersion, i.apiVersion));
        break;
    }
}
