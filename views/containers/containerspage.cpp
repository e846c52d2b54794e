#include "containers/containerspage.h"

#include "containers/changesview.h"
#include "containers/containerbatch.h"
#include "containers/fleetcontainersview.h"
#include "containers/healthview.h"
#include "containers/inspectview.h"
#include "containers/portlinkdelegate.h"
#include "containers/rundialog.h"
#include "containers/updatedialog.h"
#include "containerspec.h"
#include "files/filesview.h"
#include "images/archivedialogs.h"
#include "images/commitdialog.h"
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "fleetcontainersmodel.h"
#include "engine.h"
#include "runconfig.h"
#include "monitor/sparklinedelegate.h"
#include "statssampler.h"
#include "userpreferences.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace {

using State = ContainerSummary::State;

} // namespace

ContainersPage::ContainersPage(ContainersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ContainersProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_runningOnly(new QCheckBox(tr("Running only"), this))
    , m_count(new QLabel(this))
    , m_results(new QFrame(this))
    , m_resultsText(new QLabel(m_results))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(m_split))
    , m_details(new QTabWidget(m_split))
    , m_inspect(new InspectView(m_details))
    , m_files(new FilesView(m_details))
    , m_health(new HealthView(m_details))
    , m_changes(new ChangesView(m_details))
{
    setObjectName(QStringLiteral("containersPage"));
    setAccessibleName(tr("Containers"));
    m_proxy->setSourceModel(model);

    m_toolBar->setObjectName(QStringLiteral("containersToolBar"));
    m_toolBar->setAccessibleName(tr("Container actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_filter->setObjectName(QStringLiteral("containersFilter"));
    m_filter->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_filter->setPlaceholderText(tr("Filter by name, image, state, port, label or project"));
    m_filter->setAccessibleName(tr("Filter containers"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ContainersProxyModel::setFilterText);
    m_runningOnly->setObjectName(QStringLiteral("containersRunningOnly"));
    m_runningOnly->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_runningOnly->setAccessibleName(tr("Show running containers only"));
    m_runningOnly->setToolTip(tr("Unchecked: all containers, as docker ps -a"));
    connect(m_runningOnly, &QCheckBox::toggled, m_proxy, &ContainersProxyModel::setRunningOnly);
    m_count->setObjectName(QStringLiteral("containersCount"));
    m_count->setAccessibleName(tr("Number of containers"));

    m_results->setObjectName(QStringLiteral("containersResults"));
    m_results->setFrameShape(QFrame::StyledPanel);
    m_results->setAccessibleName(tr("Results of the last action"));
    m_resultsText->setObjectName(QStringLiteral("containersResultsText"));
    m_resultsText->setAccessibleName(tr("Results of the last action"));
    m_resultsText->setWordWrap(true);
    m_resultsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeResults = new QToolButton(m_results);
    closeResults->setObjectName(QStringLiteral("containersResultsClose"));
    closeResults->setAutoRaise(true);
    closeResults->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeResults->setAccessibleName(tr("Dismiss the results"));
    closeResults->setToolTip(tr("Dismiss"));
    connect(closeResults, &QToolButton::clicked, m_results, &QWidget::hide);
    auto *resLay = new QHBoxLayout(m_results);
    resLay->setContentsMargins(8, 4, 4, 4);
    resLay->addWidget(m_resultsText, 1);
    resLay->addWidget(closeResults, 0, Qt::AlignTop);
    m_results->hide();

    m_view->setObjectName(QStringLiteral("containersView"));
    m_view->setAccessibleName(tr("Container list"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(true);
    m_view->sortByColumn(ContainersModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Fixed widths: measuring the contents of a thousand rows would cost every refresh.
    const QList<std::pair<int, int>> widths{{ContainersModel::NameColumn, 180}, {ContainersModel::StateColumn, 140},
                                            {ContainersModel::ImageColumn, 140}, {ContainersModel::CommandColumn, 140},
                                            {ContainersModel::CreatedColumn, 110}, {ContainersModel::StatusColumn, 180},
                                            {ContainersModel::PortsColumn, 130}, {ContainersModel::ServiceColumn, 70},
                                            {ContainersModel::IdColumn, 110}, {ContainersModel::CpuColumn, 130},
                                            {ContainersModel::MemoryColumn, 90}, {ContainersModel::HealthColumn, 100}};
    for (const auto &[col, w] : widths)
        header->resizeSection(col, w);
    // CPU and memory beside the state, where a window of 1280 pixels still shows them.
    header->moveSection(header->visualIndex(ContainersModel::CpuColumn), header->visualIndex(ContainersModel::StateColumn) + 1);
    header->moveSection(header->visualIndex(ContainersModel::MemoryColumn), header->visualIndex(ContainersModel::CpuColumn) + 1);
    header->moveSection(header->visualIndex(ContainersModel::HealthColumn), header->visualIndex(ContainersModel::MemoryColumn) + 1);
    header->setSectionHidden(ContainersModel::IdColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < ContainersModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != ContainersModel::NameColumn);
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ContainersPage::contextMenu);

    m_details->setObjectName(QStringLiteral("containerDetails"));
    m_details->setAccessibleName(tr("Container details"));
    m_details->setDocumentMode(true);
    m_details->addTab(m_inspect, tr("&Inspect"));
    m_details->addTab(m_files, tr("Fi&les"));
    m_details->addTab(m_health, tr("&Health"));
    m_details->addTab(m_changes, tr("Chan&ges"));
    m_details->tabBar()->setAccessibleName(tr("Container detail views"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(true);
    m_split->setObjectName(QStringLiteral("containersSplit"));

    createActions();
    createFlowActions();
    createComposeActions();
    // Ports to open look like links and open on a click.
    m_view->setItemDelegateForColumn(ContainersModel::PortsColumn, new PortLinkDelegate(
        [this](const QModelIndex &i) { return !PortLink::openable(portLinks(i.data(ContainersModel::IdRole).toString())).isEmpty(); },
        [this](const QModelIndex &i, const QPoint &pos) { openPorts(i.data(ContainersModel::IdRole).toString(), pos); }, m_view));

    // Every engine in use in one list, instead of this engine's list and details.
    m_allEngines = new QCheckBox(tr("All &engines"), this);
    m_allEngines->setObjectName(QStringLiteral("containersAllEngines"));
    m_allEngines->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_allEngines->setAccessibleName(tr("Show the containers of all engines"));
    m_allEngines->setToolTip(tr("The containers of every engine in use, grouped by engine"));
    m_allEngines->hide();
    m_fleet = new FleetContainersView(this);
    m_fleet->hide();
    connect(m_filter, &QLineEdit::textChanged, m_fleet, &FleetContainersView::setFilterText);
    connect(m_runningOnly, &QCheckBox::toggled, m_fleet, &FleetContainersView::setRunningOnly);
    connect(m_allEngines, &QCheckBox::toggled, this, &ContainersPage::setAllEngines);
    connect(m_fleet, &FleetContainersView::openRequested, this, &ContainersPage::fleetOpenRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_fleet->proxy(), signal, this, &ContainersPage::updateCount); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(m_fleet->model(), &QAbstractItemModel::dataChanged, this, &ContainersPage::updateCount);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_runningOnly);
    filterRow->addWidget(m_allEngines);
    filterRow->addWidget(m_count);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_toolBar);
    lay->addLayout(filterRow);
    lay->addWidget(m_results);
    lay->addWidget(m_split, 1);
    lay->addWidget(m_fleet, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ContainersPage::onCurrentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ContainersPage::updateCount); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ContainersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ContainersPage::updateCount);
    // Projects open as they appear: their containers are what the user looks for.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int r = first; r <= last; ++r) {
            const QModelIndex i = m_proxy->index(r, 0);
            if (i.data(ContainersModel::IsProjectRole).toBool())
                m_view->expand(i);
        }
    });
    auto *reinspect = new QTimer(this);
    reinspect->setSingleShot(true);
    reinspect->setInterval(300);
    connect(reinspect, &QTimer::timeout, m_inspect, &InspectView::reload);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this, reinspect](const QModelIndex &tl, const QModelIndex &br) {
        updateActions();
        // The inspected container changed: its details did too. (Whole rows change
        // on merges; the ageing of times and pending marks touch single columns.)
        const QModelIndex cur = m_model->indexOfId(m_current);
        if (cur.isValid() && cur.parent() == tl.parent() && cur.row() >= tl.row() && cur.row() <= br.row()
            && tl.column() == ContainersModel::NameColumn)
            reinspect->start();
    });
    connect(m_model, &ContainersModel::changed, this, [this] {
        updateCount();
        if (!m_selectWhenListed.isEmpty() && m_model->indexOfId(m_selectWhenListed).isValid())
            selectContainers({std::exchange(m_selectWhenListed, {})});
    });
    connect(m_model, &ContainersModel::refreshed, this, [this](const QString &error) {
        if (!error.isEmpty())
            showResults(tr("Could not list the containers: %1").arg(error), {}, true);
    });
    updateCount();
    updateActions();

    // What is on screen changes with scrolling, resizing, folding, filtering and
    // containers starting or stopping: the sampled set follows, a moment later.
    m_samplingDelay = new QTimer(this);
    m_samplingDelay->setSingleShot(true);
    m_samplingDelay->setInterval(150);
    connect(m_samplingDelay, &QTimer::timeout, this, &ContainersPage::updateSampling);
    auto later = [this] { m_samplingDelay->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_view, &QTreeView::expanded, this, later);
    connect(m_view, &QTreeView::collapsed, this, later);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, later); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, later);
    connect(m_model, &ContainersModel::changed, this, later);
    m_view->viewport()->installEventFilter(this);
}

void ContainersPage::setStatsSampler(StatsSampler *sampler)
{
    if (m_sampler)
        disconnect(m_sampler, nullptr, this, nullptr);
    m_sampler = sampler;
    // The last minute of CPU beside the figure, for the rows that have figures.
    auto lastMinute = [this](const QModelIndex &i) -> QList<QPointF> {
        if (!m_sampler || i.data().toString().isEmpty())
            return {};
        const StatsHistory *h = m_sampler->history(i.data(ContainersModel::IdRole).toString());
        if (!h || !h->hasLatest())
            return {};
        return h->points(StatsHistory::Cpu, h->latest().readNs / 1'000'000 - 60'000);
    };
    m_view->setItemDelegateForColumn(ContainersModel::CpuColumn, new SparklineDelegate(lastMinute, 1.0, m_view));
    if (sampler) {
        connect(sampler, &StatsSampler::sampled, this, [this](const QString &id, const ContainerStats &s) { m_model->setStats(id, s); });
        connect(sampler, &StatsSampler::notRunning, this, [this](const QString &id) { m_model->clearStats(id); });
    }
    m_samplingDelay->start();
}

void ContainersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_samplingDelay->start();
}

void ContainersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Another page, or a minimised window: the list asks the engine nothing.
    updateSampling();
}

bool ContainersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_samplingDelay->start();
    return QWidget::eventFilter(watched, event);
}

void ContainersPage::updateSampling()
{
    if (!m_sampler)
        return;
    QStringList ids;
    // (With "All engines", this engine's list is not on screen: nothing is sampled for it.)
    const bool shown = isVisible() && m_view->isVisible() && !(window()->windowState() & Qt::WindowMinimized);
    if (shown) {
        const int bottom = m_view->viewport()->height();
        for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid(); i = m_view->indexBelow(i)) {
            if (m_view->visualRect(i).top() > bottom)
                break;
            if (!i.data(ContainersModel::IsProjectRole).toBool() && i.data(ContainersModel::RunningRole).toBool())
                ids << i.data(ContainersModel::IdRole).toString();
        }
    }
    // Figures of rows no longer sampled would go stale: they go.
    for (const QString &id : std::as_const(m_listSampled)) {
        if (!ids.contains(id))
            m_model->clearStats(id);
    }
    m_listSampled = ids;
    m_sampler->setWatched(QStringLiteral("list"), ids);
}

void ContainersPage::setEngine(Engine *engine)
{
    m_engine = engine;
    m_inspect->setEngine(engine);
    m_files->setEngine(engine);
    m_health->setEngine(engine);
    m_changes->setEngine(engine);
    updateActions();
}

void ContainersPage::createActions()
{
    auto make = [this](Verb verb, const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut, const QString &tip) {
        return makeAction(verb, text, icon, shortcut, tip);
    };
    QAction *run = make(Verb::Run, tr("&Run…"), QStyle::SP_FileDialogNewFolder, QKeySequence::New, tr("Run a new container from an image"));
    QAction *start = make(Verb::Start, tr("&Start"), QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), tr("Start the selected containers"));
    QAction *stop = make(Verb::Stop, tr("S&top"), QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                         tr("Stop the selected containers (SIGTERM, then SIGKILL after their timeout)"));
    make(Verb::StopWithTimeout, tr("Stop with &Timeout…"), QStyle::SP_MediaStop, QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_X),
         tr("Stop, choosing how long to wait before killing"));
    QAction *restart = make(Verb::Restart, tr("R&estart"), QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Restart the selected containers"));
    QAction *pause = make(Verb::Pause, tr("&Pause"), QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Pause the selected containers"));
    QAction *unpause = make(Verb::Unpause, tr("&Unpause"), QStyle::SP_MediaSeekForward, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                            tr("Unpause the selected containers"));
    QAction *kill = make(Verb::Kill, tr("&Kill…"), QStyle::SP_BrowserStop, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                         tr("Send a signal to the selected containers"));
    QAction *remove = make(Verb::Remove, tr("Re&move…"), QStyle::SP_TrashIcon, QKeySequence::Delete, tr("Remove the selected containers"));
    QAction *rename = make(Verb::Rename, tr("Re&name…"), QStyle::SP_FileDialogContentsView, QKeySequence(Qt::Key_F2), tr("Rename the selected container"));
    QAction *inspect = make(Verb::Inspect, tr("&Inspect"), QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_I),
                            tr("Show the details of the current container"));
    QAction *refresh = make(Verb::Refresh, tr("Re&fresh"), QStyle::SP_BrowserReload, {}, tr("List the containers again"));

    connect(run, &QAction::triggered, this, [this] { openRunDialog(); });
    connect(start, &QAction::triggered, this, [this] { startContainers(selectedContainerIds()); });
    connect(stop, &QAction::triggered, this, [this] { stopAsked(selectedContainerIds()); });
    connect(m_actions.value(Verb::StopWithTimeout), &QAction::triggered, this, &ContainersPage::askStopTimeout);
    connect(restart, &QAction::triggered, this, [this] { restartAsked(selectedContainerIds()); });
    connect(pause, &QAction::triggered, this, [this] { pauseAsked(selectedContainerIds()); });
    connect(unpause, &QAction::triggered, this, [this] { unpauseContainers(selectedContainerIds()); });
    connect(kill, &QAction::triggered, this, &ContainersPage::askKill);
    connect(remove, &QAction::triggered, this, &ContainersPage::askRemove);
    connect(rename, &QAction::triggered, this, &ContainersPage::askRename);
    connect(inspect, &QAction::triggered, this, [this] {
        m_details->setCurrentWidget(m_inspect);
        const QList<int> sizes = m_split->sizes();
        if (sizes.value(1) == 0)
            m_split->setSizes({sizes.value(0) * 3 / 5, sizes.value(0) * 2 / 5});
        m_inspect->setFocus(Qt::ShortcutFocusReason);
    });
    connect(refresh, &QAction::triggered, m_model, &ContainersModel::refresh);

    auto *focusFilter = new QAction(tr("Filter containers"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_toolBar->addAction(run);
    m_toolBar->addSeparator();
    m_toolBar->addAction(start);
    m_toolBar->addAction(stop);
    auto *stopMenu = new QMenu(this);
    stopMenu->addAction(m_actions.value(Verb::StopWithTimeout));
    if (auto *stopButton = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(stop))) {
        stopButton->setMenu(stopMenu);
        stopButton->setPopupMode(QToolButton::MenuButtonPopup);
    }
    m_toolBar->addAction(restart);
    m_toolBar->addAction(pause);
    m_toolBar->addAction(unpause);
    m_toolBar->addAction(kill);
    m_toolBar->addAction(remove);
    m_toolBar->addAction(rename);
    for (const auto range = m_toolBar->actions(); QAction *a : range) {
        if (QWidget *w = m_toolBar->widgetForAction(a))
            w->setAccessibleName(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    // The ">>" button a narrow window shows for the actions that do not fit.
    if (auto *more = m_toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More container actions"));

    // An image of the current container (docker commit), or its files as a tar (docker export).
    auto *commit = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as"), style()->standardIcon(QStyle::SP_DialogSaveButton)),
                               tr("Co&mmit…"), this);
    commit->setObjectName(QStringLiteral("commitContainerAction"));
    commit->setToolTip(tr("Make an image of the selected container (docker commit)"));
    connect(commit, &QAction::triggered, this, [this] { openCommitDialog(currentContainerId()); });
    addContainerAction(commit);
    auto *exportFiles = new QAction(tr("E&xport Files…"), this);
    exportFiles->setObjectName(QStringLiteral("exportContainerAction"));
    exportFiles->setToolTip(tr("Write the selected container's files to a tar (docker export)"));
    connect(exportFiles, &QAction::triggered, this, [this] { openExportDialog(currentContainerId()); });
    addContainerAction(exportFiles, false);
}

void ContainersPage::createComposeActions()
{
    const auto make = [this](ComposeVerb verb, const QString &text, QStyle::StandardPixmap icon, const QString &tip, const QString &name) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setToolTip(tip);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, [this, verb] {
            const ComposeTarget t = currentComposeTarget();
            if (t.isValid())
                Q_EMIT composeRequested(t, verb);
        });
        m_composeActions.insert(verb, a);
    };
    make(ComposeVerb::Up, tr("Compose &Up"), QStyle::SP_MediaPlay, tr("Create and start the project's containers (docker compose up -d)"),
         QStringLiteral("composeProjectUpAction"));
    make(ComposeVerb::Down, tr("Compose &Down…"), QStyle::SP_MediaStop,
         tr("Stop and remove the project's containers and networks (docker compose down), after saying what goes"),
         QStringLiteral("composeProjectDownAction"));
    make(ComposeVerb::Restart, tr("Compose &Restart"), QStyle::SP_BrowserReload, tr("Restart the project's containers (docker compose restart)"),
         QStringLiteral("composeProjectRestartAction"));
    make(ComposeVerb::Pull, tr("Compose P&ull"), QStyle::SP_ArrowDown, tr("Pull the images of the project's services (docker compose pull)"),
         QStringLiteral("composeProjectPullAction"));
    make(ComposeVerb::Logs, tr("Compose &Logs"), QStyle::SP_FileDialogDetailedView,
         tr("The logs of every container of the project, merged in time order"), QStringLiteral("composeProjectLogsAction"));
    make(ComposeVerb::OpenFile, tr("Open Compose &File"), QStyle::SP_DialogOpenButton, tr("Open the project's Compose file and its services"),
         QStringLiteral("composeProjectOpenAction"));
}

ComposeTarget ContainersPage::currentComposeTarget() const
{
    const QModelIndex cur = m_view->currentIndex();
    if (!cur.isValid() || cur.data(ContainersModel::ProjectRole).toString().isEmpty())
        return {};
    const QStringList ids = cur.data(ContainersModel::ContainerIdsRole).toStringList();
    for (const QString &id : ids) {
        if (const ContainerSummary *c = m_model->containerById(id)) {
            const ComposeTarget t = ComposeTarget::fromLabels(c->labels);
            if (t.isValid())
                return t;
        }
    }
    return {};
}

CommitDialog *ContainersPage::openCommitDialog(const QString &id)
{
    if (!m_engine || id.isEmpty())
        return nullptr;
    auto *d = new CommitDialog(m_engine, id, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

ExportContainerDialog *ContainersPage::openExportDialog(const QString &id)
{
    if (!m_engine || id.isEmpty())
        return nullptr;
    auto *d = new ExportContainerDialog(m_engine, id, who(id), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

QAction *ContainersPage::makeAction(Verb verb, const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut, const QString &tip)
{
    auto *a = new QAction(style()->standardIcon(icon), text, this);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    // Only while this page has the focus: other pages may use the same keys.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(shortcut.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    a->setObjectName(QStringLiteral("containersAction%1").arg(int(verb)));
    addAction(a);
    m_actions.insert(verb, a);
    return a;
}

void ContainersPage::addContainerAction(QAction *action, bool onToolBar)
{
    m_containerActions.append(action);
    if (!action->shortcut().isEmpty()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    if (onToolBar) {
        m_toolBar->addAction(action);
        if (QWidget *w = m_toolBar->widgetForAction(action))
            w->setAccessibleName(action->text().remove(QLatin1Char('&')));
    }
    updateActions();
}

void ContainersPage::contextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    // A Compose project's row: the project's own verbs first.
    if (m_view->currentIndex().data(ContainersModel::IsProjectRole).toBool()) {
        for (ComposeVerb v : {ComposeVerb::Up, ComposeVerb::Down, ComposeVerb::Restart, ComposeVerb::Pull, ComposeVerb::Logs, ComposeVerb::OpenFile})
            menu.addAction(m_composeActions.value(v));
        menu.addSeparator();
    }
    for (Verb v : {Verb::Start, Verb::Stop, Verb::StopWithTimeout, Verb::Restart, Verb::Pause, Verb::Unpause, Verb::Kill})
        menu.addAction(m_actions.value(v));
    menu.addSeparator();
    menu.addAction(m_actions.value(Verb::Rename));
    menu.addAction(m_actions.value(Verb::Remove));
    menu.addSeparator();
    menu.addAction(m_actions.value(Verb::Inspect));
    // One container's workflows, and its ports by name.
    menu.addSeparator();
    const QList<PortLink> links = PortLink::openable(portLinks(currentContainerId()));
    if (links.size() > 1) {
        QMenu *ports = menu.addMenu(tr("Open &Port"));
        for (const PortLink &l : links)
            ports->addAction(l.label(), this, [url = l.url] { QDesktopServices::openUrl(url); });
    } else {
        menu.addAction(m_actions.value(Verb::OpenPorts));
    }
    for (Verb v : {Verb::Duplicate, Verb::Recreate, Verb::UpdateLimits, Verb::CopyRunCommand})
        menu.addAction(m_actions.value(v));
    if (!m_containerActions.isEmpty()) {
        menu.addSeparator();
        for (QAction *a : std::as_const(m_containerActions))
            menu.addAction(a);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// --- selection -------------------------------------------------------------------

QString ContainersPage::currentContainerId() const
{
    return m_view->currentIndex().data(ContainersModel::IdRole).toString();
}

QStringList ContainersPage::selectedContainerIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const QStringList of = i.data(ContainersModel::ContainerIdsRole).toStringList();
        for (const QString &id : of) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

void ContainersPage::showContainer(const QString &id)
{
    if (id.isEmpty())
        return;
    const QModelIndex source = m_model->indexOfId(id);
    if (!source.isValid()) {
        // Not listed yet (just created): selected when the list has it.
        m_selectWhenListed = id;
        return;
    }
    if (!m_proxy->mapFromSource(source).isValid()) {
        // Hidden by the filter or by "Running only" (an exited container): shown.
        m_filter->clear();
        m_runningOnly->setChecked(false);
    }
    selectContainers({id});
}

void ContainersPage::selectContainers(const QStringList &ids)
{
    QItemSelection sel;
    QModelIndex first;
    for (const QString &id : ids) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->indexOfId(id));
        if (!i.isValid())
            continue;
        if (!first.isValid())
            first = i;
        sel.select(i, i.siblingAtColumn(ContainersModel::ColumnCount - 1));
    }
    if (first.isValid())
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        m_view->scrollTo(first);
}

void ContainersPage::onCurrentChanged()
{
    const QString id = currentContainerId();
    if (id == m_current)
        return;
    m_current = id;
    m_inspect->setContainer(id);
    m_files->setContainer(id);
    m_health->setContainer(id);
    m_changes->setContainer(id);
    Q_EMIT currentContainerChanged(id);
    updateActions();
}

QString ContainersPage::who(const QString &id) const
{
    const ContainerSummary *c = m_model->containerById(id);
    return c && !c->name().isEmpty() ? c->name() : id.left(12);
}

void ContainersPage::updateActions()
{
    const QStringList ids = selectedContainerIds();
    bool anyStopped = false, anyUp = false, anyRunning = false, anyPaused = false;
    for (const QString &id : ids) {
        const ContainerSummary *c = m_model->containerById(id);
        if (!c)
            continue;
        const State s = c->stateKind();
        anyStopped |= s == State::Created || s == State::Exited || s == State::Dead;
        anyUp |= s == State::Running || s == State::Paused || s == State::Restarting;
        anyRunning |= s == State::Running || s == State::Restarting;
        anyPaused |= s == State::Paused;
    }
    // Actions are made in steps while the page is built; those not made yet wait.
    const auto enable = [this](Verb v, bool on) {
        if (QAction *a = m_actions.value(v))
            a->setEnabled(on);
    };
    const bool engine = !m_engine.isNull();
    const bool some = engine && !ids.isEmpty();
    enable(Verb::Run, engine);
    enable(Verb::Start, some && anyStopped);
    enable(Verb::Stop, some && anyUp);
    enable(Verb::StopWithTimeout, some && anyUp);
    enable(Verb::Restart, some);
    enable(Verb::Pause, some && anyRunning);
    enable(Verb::Unpause, some && anyPaused);
    enable(Verb::Kill, some && anyUp);
    enable(Verb::Remove, some);
    enable(Verb::Rename, engine && ids.size() == 1);
    enable(Verb::Inspect, !currentContainerId().isEmpty());
    enable(Verb::Refresh, engine);
    for (QAction *a : std::as_const(m_containerActions)) {
        // An action whose owner decides when it applies (see addContainerAction).
        if (!a->property(ownEnabledProperty).toBool())
            a->setEnabled(engine && !currentContainerId().isEmpty());
    }
    const bool one = engine && !currentContainerId().isEmpty();
    for (Verb v : {Verb::Duplicate, Verb::Recreate, Verb::UpdateLimits, Verb::CopyRunCommand})
        enable(v, one);
    enable(Verb::OpenPorts, one && !PortLink::openable(portLinks(currentContainerId())).isEmpty());
    const bool project = engine && currentComposeTarget().isValid();
    for (QAction *a : std::as_const(m_composeActions))
        a->setEnabled(project);
}

void ContainersPage::setEngines(EngineRegistry *registry, const QString &name)
{
    m_fleet->setEngines(registry, name, m_model);
    m_allEngines->setVisible(registry != nullptr);
    setAllEngines(m_allEngines->isChecked());
}

void ContainersPage::setAllEngines(bool on)
{
    on = on && !m_allEngines->isHidden();
    m_fleet->setActive(on);
    m_fleet->setFilterText(m_filter->text());
    m_fleet->setRunningOnly(m_runningOnly->isChecked());
    m_fleet->setVisible(on);
    m_split->setVisible(!on);
    m_toolBar->setVisible(!on);
    if (on)
        m_results->hide();
    updateCount();
    m_samplingDelay->start();
}

bool ContainersPage::showsAllEngines() const
{
    return m_fleet->isActive();
}

void ContainersPage::updateCount()
{
    if (m_fleet && m_fleet->isActive()) {
        const FleetContainersModel *fleet = m_fleet->model();
        m_count->setText(tr("%1 of %n container(s) running", nullptr, fleet->containerCount()).arg(fleet->runningCount()) + QStringLiteral(" · ")
                         + tr("%n engine(s)", nullptr, int(fleet->engines().size())));
        return;
    }
    int shown = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        shown += i.data(ContainersModel::IsProjectRole).toBool() ? m_proxy->rowCount(i) : 1;
    }
    const int total = m_model->containerCount();
    const int running = m_model->runningCount();
    if (shown == total)
        m_count->setText(tr("%n container(s), %1 running", nullptr, total).arg(running));
    else
        m_count->setText(tr("%1 of %n container(s) shown", nullptr, total).arg(shown));
}

// --- verbs -------------------------------------------------------------------------

void ContainersPage::runBatch(ContainersApi::Action action, const QStringList &ids, const QString &pending, Call call, const QString &doneText)
{
    if (ids.isEmpty() || !m_engine)
        return;
    QList<ContainerBatch::Item> items;
    for (const QString &id : ids)
        items.append({m_engine, {}, m_model, id, who(id)});
    ContainerBatch *batch = ContainerBatch::start(std::move(items), action, pending, std::move(call), doneText, this);
    connect(batch, &ContainerBatch::finished, this, [this](const QString &summary, const QStringList &lines, const QStringList &errors) {
        showResults(summary, lines, !errors.isEmpty());
        Q_EMIT actionsFinished(summary, errors);
        updateActions();
    });
}

void ContainersPage::showResults(const QString &summary, const QStringList &lines, bool failed)
{
    ContainerBatch::show(m_resultsText, summary, lines, failed);
    m_results->show();
}

void ContainersPage::startContainers(const QStringList &ids)
{
    runBatch(ContainersApi::Action::Start, ids, tr("Starting…"), [](const ContainersApi &api, const QString &id) { return api.start(id); });
}

void ContainersPage::stopContainers(const QStringList &ids, std::optional<int> timeoutSeconds)
{
    runBatch(ContainersApi::Action::Stop, ids, tr("Stopping…"),
             [timeoutSeconds](const ContainersApi &api, const QString &id) { return api.stop(id, timeoutSeconds); });
}

void ContainersPage::restartContainers(const QStringList &ids)
{
    runBatch(ContainersApi::Action::Restart, ids, tr("Restarting…"), [](const ContainersApi &api, const QString &id) { return api.restart(id); });
}

void ContainersPage::pauseContainers(const QStringList &ids)
{
    runBatch(ContainersApi::Action::Pause, ids, tr("Pausing…"), [](const ContainersApi &api, const QString &id) { return api.pause(id); });
}

void ContainersPage::unpauseContainers(const QStringList &ids)
{
    runBatch(ContainersApi::Action::Unpause, ids, tr("Unpausing…"), [](const ContainersApi &api, const QString &id) { return api.unpause(id); });
}

void ContainersPage::killContainers(const QStringList &ids, const QString &signal)
{
    runBatch(ContainersApi::Action::Kill, ids, tr("Sending %1…").arg(signal),
             [signal](const ContainersApi &api, const QString &id) { return api.kill(id, signal); }, tr("Sent %1").arg(signal));
}

void ContainersPage::removeContainers(const QStringList &ids, bool force, bool removeVolumes)
{
    runBatch(ContainersApi::Action::Remove, ids, tr("Removing…"),
             [force, removeVolumes](const ContainersApi &api, const QString &id) { return api.remove(id, force, removeVolumes); });
}

void ContainersPage::renameContainer(const QString &id, const QString &newName)
{
    runBatch(ContainersApi::Action::Rename, {id}, tr("Renaming…"),
             [newName](const ContainersApi &api, const QString &cid) { return api.rename(cid, newName); }, tr("Renamed to %1").arg(newName));
}

std::pair<QStringList, QStringList> ContainersPage::removalPlan(const QStringList &ids, bool force) const
{
    QStringList goes, stays;
    for (const QString &id : ids) {
        const ContainerSummary *c = m_model->containerById(id);
        const State s = c ? c->stateKind() : State::Unknown;
        const bool up = s == State::Running || s == State::Paused || s == State::Restarting;
        (up && !force ? stays : goes) << who(id);
    }
    return {goes, stays};
}

// --- dialogs -----------------------------------------------------------------------

void ContainersPage::stopAsked(const QStringList &ids)
{
    confirmLifecycle(tr("Stop Containers"), tr("Stop these %n container(s)? Each gets SIGTERM (or its stop signal), then SIGKILL after its timeout.", nullptr, int(ids.size())),
                     tr("S&top"), ids, [this](const QStringList &chosen) { stopContainers(chosen); });
}

void ContainersPage::restartAsked(const QStringList &ids)
{
    confirmLifecycle(tr("Restart Containers"), tr("Restart these %n container(s)? Their processes are stopped and started again.", nullptr, int(ids.size())),
                     tr("R&estart"), ids, [this](const QStringList &chosen) { restartContainers(chosen); });
}

void ContainersPage::pauseAsked(const QStringList &ids)
{
    confirmLifecycle(tr("Pause Containers"), tr("Pause these %n container(s)? Their processes are frozen until unpaused.", nullptr, int(ids.size())),
                     tr("&Pause"), ids, [this](const QStringList &chosen) { pauseContainers(chosen); });
}

void ContainersPage::confirmLifecycle(const QString &title, const QString &question, const QString &button, const QStringList &ids,
                                      std::function<void(const QStringList &)> act)
{
    if (ids.isEmpty())
        return;
    if (!UserPreferences::instance()->confirmLifecycle()) {
        act(ids);
        return;
    }
    if (m_lifecycleQuestion)
        m_lifecycleQuestion->close();
    QStringList names;
    for (const QString &id : ids)
        names << who(id);
    constexpr qsizetype kShown = 15;
    QString list = QStringList(names.mid(0, kShown)).join(QLatin1Char('\n'));
    if (names.size() > kShown)
        list += QLatin1Char('\n') + tr("and %n more", nullptr, int(names.size() - kShown));
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("lifecycleQuestion"));
    box->setAccessibleName(title);
    box->setInformativeText(list);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *yes = box->addButton(button, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("lifecycleConfirm"));
    yes->setAccessibleName(QString(button).remove(QLatin1Char('&')));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [yes, ids, act](QAbstractButton *clicked) {
        if (clicked == yes)
            act(ids);
    });
    m_lifecycleQuestion = box;
    box->open();
}

void ContainersPage::askStopTimeout()
{
    const QStringList ids = selectedContainerIds();
    if (ids.isEmpty())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Stop Containers"));
    d.setAccessibleName(tr("Stop containers"));
    auto *seconds = new QSpinBox(&d);
    seconds->setObjectName(QStringLiteral("stopTimeout"));
    seconds->setAccessibleName(tr("Seconds to wait before killing"));
    seconds->setRange(0, 3600);
    seconds->setValue(10);
    seconds->setSuffix(tr(" s"));
    auto *text = new QLabel(tr("Stop %1: each gets SIGTERM (or its stop signal), and is killed if it has not stopped after:")
                                .arg(ids.size() == 1 ? who(ids.first()) : tr("%n container(s)", nullptr, int(ids.size()))),
                            &d);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    QPushButton *ok = buttons->addButton(tr("S&top"), QDialogButtonBox::AcceptRole);
    ok->setAccessibleName(tr("Stop"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *lay = new QVBoxLayout(&d);
    lay->addWidget(text);
    lay->addWidget(seconds);
    lay->addWidget(buttons);
    if (d.exec() == QDialog::Accepted)
        stopContainers(ids, seconds->value());
}

void ContainersPage::askKill()
{
    const QStringList ids = selectedContainerIds();
    if (ids.isEmpty())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Kill Containers"));
    d.setAccessibleName(tr("Kill containers"));
    auto *signal = new QComboBox(&d);
    signal->setObjectName(QStringLiteral("killSignal"));
    signal->setAccessibleName(tr("Signal to send"));
    signal->setEditable(true);
    signal->addItems({QStringLiteral("SIGKILL"), QStringLiteral("SIGTERM"), QStringLiteral("SIGINT"), QStringLiteral("SIGHUP"),
                      QStringLiteral("SIGQUIT"), QStringLiteral("SIGUSR1"), QStringLiteral("SIGUSR2"), QStringLiteral("SIGWINCH")});
    auto *text = new QLabel(tr("Send a signal to %1. SIGKILL ends the processes at once; the others are theirs to handle.")
                                .arg(ids.size() == 1 ? who(ids.first()) : tr("%n container(s)", nullptr, int(ids.size()))),
                            &d);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    QPushButton *ok = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    ok->setAccessibleName(tr("Send the signal"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    static const QRegularExpression valid(QStringLiteral("^((SIG)?[A-Z][A-Z0-9+-]*|[0-9]{1,2})$"));
    connect(signal, &QComboBox::currentTextChanged, ok, [ok](const QString &s) { ok->setEnabled(valid.match(s.trimmed()).hasMatch()); });
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *lay = new QVBoxLayout(&d);
    lay->addWidget(text);
    lay->addWidget(signal);
    lay->addWidget(buttons);
    if (d.exec() == QDialog::Accepted)
        killContainers(ids, signal->currentText().trimmed());
}

void ContainersPage::askRemove()
{
    const QStringList ids = selectedContainerIds();
    if (ids.isEmpty())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Remove Containers"));
    d.setAccessibleName(tr("Remove containers"));
    auto *intro = new QLabel(&d);
    intro->setWordWrap(true);
    auto *list = new QListWidget(&d);
    list->setObjectName(QStringLiteral("removeList"));
    list->setAccessibleName(tr("Containers that will be removed"));
    auto *stays = new QLabel(&d);
    stays->setObjectName(QStringLiteral("removeStays"));
    stays->setAccessibleName(tr("Containers that will not be removed"));
    stays->setWordWrap(true);
    auto *force = new QCheckBox(tr("&Force: stop and remove running containers too (-f)"), &d);
    force->setObjectName(QStringLiteral("removeForce"));
    force->setAccessibleName(force->text().remove(QLatin1Char('&')));
    auto *volumes = new QCheckBox(tr("Also remove their &anonymous volumes (-v)"), &d);
    volumes->setObjectName(QStringLiteral("removeVolumes"));
    volumes->setAccessibleName(volumes->text().remove(QLatin1Char('&')));
    volumes->setToolTip(tr("Named volumes stay: only volumes created for these containers without a name go."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    QPushButton *ok = buttons->addButton(tr("&Remove"), QDialogButtonBox::DestructiveRole);
    ok->setAccessibleName(tr("Remove"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto refresh = [&] {
        const auto [goes, keep] = removalPlan(ids, force->isChecked());
        intro->setText(goes.isEmpty() ? tr("Nothing will be removed.") : tr("These %n container(s) will be removed:", nullptr, int(goes.size())));
        list->clear();
        list->addItems(goes);
        list->setVisible(!goes.isEmpty());
        stays->setText(keep.isEmpty() ? QString()
                                      : tr("Not removed, because they are running (check Force to remove them too): %1").arg(keep.join(QLatin1String(", "))));
        stays->setVisible(!keep.isEmpty());
        ok->setEnabled(!goes.isEmpty());
        ok->setText(goes.isEmpty() ? tr("&Remove") : tr("&Remove %n", nullptr, int(goes.size())));
    };
    connect(force, &QCheckBox::toggled, &d, refresh);
    connect(ok, &QPushButton::clicked, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *lay = new QVBoxLayout(&d);
    lay->addWidget(intro);
    lay->addWidget(list, 1);
    lay->addWidget(stays);
    lay->addWidget(force);
    lay->addWidget(volumes);
    lay->addWidget(buttons);
    refresh();
    if (d.exec() != QDialog::Accepted)
        return;
    // Exactly what the dialog listed: without Force, running ones are not even tried.
    QStringList chosen;
    for (const QString &id : ids) {
        const auto [goes, keep] = removalPlan({id}, force->isChecked());
        if (!goes.isEmpty())
            chosen << id;
    }
    removeContainers(chosen, force->isChecked(), volumes->isChecked());
}

void ContainersPage::askRename()
{
    const QStringList ids = selectedContainerIds();
    if (ids.size() != 1)
        return;
    const QString &id = ids.first();
    const QString old = who(id);
    QDialog d(this);
    d.setWindowTitle(tr("Rename Container"));
    d.setAccessibleName(tr("Rename container"));
    auto *name = new QLineEdit(old, &d);
    name->setObjectName(QStringLiteral("renameName"));
    name->setAccessibleName(tr("New name"));
    name->selectAll();
    auto *problem = new QLabel(&d);
    problem->setWordWrap(true);
    problem->setAccessibleName(tr("Why this name cannot be used"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    QPushButton *ok = buttons->addButton(tr("Re&name"), QDialogButtonBox::AcceptRole);
    ok->setAccessibleName(tr("Rename"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto check = [&] {
        const QString n = name->text().trimmed();
        const QString e = n.isEmpty() ? tr("Type a name.") : RunConfig::validateName(n);
        problem->setText(e);
        problem->setVisible(!e.isEmpty());
        ok->setEnabled(e.isEmpty() && n != old);
    };
    connect(name, &QLineEdit::textChanged, &d, check);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name of %1:").arg(old), name);
    auto *lay = new QVBoxLayout(&d);
    lay->addLayout(form);
    lay->addWidget(problem);
    lay->addWidget(buttons);
    check();
    if (d.exec() == QDialog::Accepted)
        renameContainer(id, name->text().trimmed());
}

RunDialog *ContainersPage::openRunDialog(const QString &image)
{
    if (!m_engine)
        return nullptr;
    auto *dialog = new RunDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!image.isEmpty())
        dialog->setImage(image);
    connectRunDialog(dialog);
    dialog->open();
    Q_EMIT runDialogOpened(dialog);
    return dialog;
}

void ContainersPage::connectRunDialog(RunDialog *dialog)
{
    connect(dialog, &RunDialog::containerCreated, this, [this](const QString &id, const QStringList &warnings) {
        m_selectWhenListed = id;
        if (!warnings.isEmpty())
            showResults(tr("The engine warns about the new container:"), warnings, false);
    });
    connect(dialog, &RunDialog::containerStarted, this, [this](const QString &id) {
        Q_EMIT containerStarted(id);
    });
    // Only when someone shows terminals: otherwise the dialog starts the container itself.
    if (isSignalConnected(QMetaMethod::fromSignal(&ContainersPage::interactiveRunRequested)))
        connect(dialog, &RunDialog::interactiveRunRequested, this, &ContainersPage::interactiveRunRequested);
    connect(dialog, &RunDialog::containerRecreated, this, [this](const QString &newId, const QString &, const QString &message) {
        m_selectWhenListed = newId;
        showResults(message, {}, false);
    });
}

// --- one container's workflows: duplicate, recreate, limits, docker run, ports ---------

void ContainersPage::createFlowActions()
{
    auto make = [this](Verb verb, const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut, const QString &tip) {
        return makeAction(verb, text, icon, shortcut, tip);
    };
    QAction *duplicate = make(Verb::Duplicate, tr("&Duplicate…"), QStyle::SP_FileDialogNewFolder, QKeySequence(Qt::CTRL | Qt::Key_D),
                              tr("Create another container with the settings of this one"));
    QAction *recreate = make(Verb::Recreate, tr("&Edit and Recreate…"), QStyle::SP_BrowserReload, QKeySequence(Qt::CTRL | Qt::Key_E),
                             tr("Change any setting and replace the container with a new one"));
    QAction *limits = make(Verb::UpdateLimits, tr("Change &Limits…"), QStyle::SP_FileDialogListView, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                           tr("Change the restart policy, CPU and memory limits without restarting"));
    QAction *copyRun = make(Verb::CopyRunCommand, tr("Copy as docker &run"), QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                            tr("Copy the command line that makes this container again"));
    QAction *open = make(Verb::OpenPorts, tr("&Open Port in Browser"), QStyle::SP_DirLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_O),
                         tr("Open a published port of the container in the web browser"));
    connect(duplicate, &QAction::triggered, this, [this] { openOriginDialog(currentContainerId(), RunDialog::Purpose::Duplicate); });
    connect(recreate, &QAction::triggered, this, [this] { openOriginDialog(currentContainerId(), RunDialog::Purpose::Recreate); });
    connect(limits, &QAction::triggered, this, [this] { openUpdateDialog(currentContainerId()); });
    connect(copyRun, &QAction::triggered, this, [this] { copyRunCommand(currentContainerId()); });
    connect(open, &QAction::triggered, this, [this] {
        const QModelIndex cell = m_view->currentIndex().siblingAtColumn(ContainersModel::PortsColumn);
        const QRect r = m_view->visualRect(cell);
        openPorts(currentContainerId(), m_view->viewport()->mapToGlobal(r.isValid() ? r.bottomLeft() : QPoint()));
    });
    auto *more = new QMenu(this);
    for (QAction *a : {duplicate, recreate, limits, copyRun, open})
        more->addAction(a);
    auto *button = new QToolButton(m_toolBar);
    button->setObjectName(QStringLiteral("containersMoreButton"));
    button->setText(tr("More"));
    button->setAccessibleName(tr("More actions on the container"));
    button->setToolTip(tr("Duplicate, edit and recreate, change limits, copy as docker run, open a port"));
    button->setIcon(style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(more);
    m_toolBar->addSeparator();
    m_toolBar->addAction(open);
    if (QWidget *w = m_toolBar->widgetForAction(open))
        w->setAccessibleName(tr("Open Port in Browser"));
    m_toolBar->addWidget(button);
}

QList<PortLink> ContainersPage::portLinks(const QString &id) const
{
    const ContainerSummary *c = m_model->containerById(id);
    if (!c || !m_engine)
        return {};
    return PortLink::fromSummary(c->ports, m_engine->endpoint());
}

bool ContainersPage::openPorts(const QString &id, const QPoint &globalPos)
{
    const QList<PortLink> all = portLinks(id);
    const QList<PortLink> links = PortLink::openable(all);
    if (links.isEmpty()) {
        QStringList why;
        for (const PortLink &l : all)
            why << l.label() + QLatin1String(": ") + l.unavailable;
        showResults(all.isEmpty() ? tr("%1 publishes no port.").arg(who(id)) : tr("%1 has no port a browser can open here.").arg(who(id)), why, false);
        return false;
    }
    if (links.size() == 1) {
        QDesktopServices::openUrl(links.first().url);
        return true;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("containersPortsMenu"));
    menu->setAccessibleName(tr("Ports of %1 to open").arg(who(id)));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const PortLink &l : links)
        menu->addAction(l.label(), this, [url = l.url] { QDesktopServices::openUrl(url); });
    menu->popup(globalPos);
    return true;
}

void ContainersPage::readOrigin(const QString &id, std::function<void(const QJsonObject &, const QJsonObject &)> then)
{
    if (id.isEmpty() || !m_engine)
        return;
    ContainerSpec::readOrigin(*m_engine, id).then(this, [this, then](const Result<ContainerSpec::Origin> &r) {
        if (!r) {
            showResults(r.error().fullText(), {}, true);
            return;
        }
        then(r->inspect, r->imageConfig);
    });
}

void ContainersPage::openOriginDialog(const QString &id, RunDialog::Purpose purpose)
{
    readOrigin(id, [this, purpose](const QJsonObject &inspect, const QJsonObject &imageConfig) {
        if (!m_engine)
            return;
        auto *dialog = new RunDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOrigin(inspect, imageConfig, purpose);
        connectRunDialog(dialog);
        dialog->open();
        Q_EMIT runDialogOpened(dialog);
    });
}

UpdateDialog *ContainersPage::openUpdateDialog(const QString &id)
{
    if (id.isEmpty() || !m_engine)
        return nullptr;
    auto *dialog = new UpdateDialog(m_engine, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = who(id);
    connect(dialog, &UpdateDialog::updated, this, [this, name](const QString &, const QStringList &warnings) {
        showResults(tr("%1: restart policy and limits changed.").arg(name), warnings, false);
        m_inspect->reload();
    });
    dialog->open();
    return dialog;
}

void ContainersPage::copyRunCommand(const QString &id)
{
    const QString name = who(id);
    readOrigin(id, [this, name](const QJsonObject &inspect, const QJsonObject &imageConfig) {
        QStringList unexpressed;
        const QStringList extra = ContainerSpec::otherOptions(inspect, imageConfig, &unexpressed);
        const QString program = m_engine && m_engine->info().podman ? QStringLiteral("podman") : QStringLiteral("docker");
        const QString line = ContainerSpec::commandLine(ContainerSpec::runConfig(inspect, imageConfig), extra, program);
        QGuiApplication::clipboard()->setText(line);
        QStringList lines{line};
        if (!unexpressed.isEmpty())
            lines << tr("Settings without a docker run option, not in the line: %1").arg(unexpressed.join(QLatin1String(", ")));
        showResults(tr("Copied the command line of %1:").arg(name), lines, false);
        Q_EMIT runCommandCopied(line);
    });
}

QMessageBox *ContainersPage::lifecycleQuestion() const
{
    return m_lifecycleQuestion;
}
