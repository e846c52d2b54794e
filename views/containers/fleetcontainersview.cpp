#include "containers/fleetcontainersview.h"

#include "containers/containerbatch.h"

#include "containersapi.h"
#include "containersmodel.h"
#include "engine.h"
#include "engineregistry.h"
#include "fleetcontainersmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>


namespace {

using State = ContainerSummary::State;

} // namespace

FleetContainersView::FleetContainersView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetContainersModel(this))
    , m_proxy(new FleetContainersProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_results(new QLabel(this))
{
    setObjectName(QStringLiteral("fleetContainers"));
    setAccessibleName(tr("Containers of all engines"));
    m_proxy->setSourceModel(m_model);

    m_toolBar->setObjectName(QStringLiteral("fleetContainersToolBar"));
    m_toolBar->setAccessibleName(tr("Actions on the containers of all engines"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    makeAction(Verb::Start, tr("Start"), tr("Start the selected containers, each on its engine"));
    makeAction(Verb::Stop, tr("Stop"), tr("Stop the selected containers, each on its engine"));
    makeAction(Verb::Restart, tr("Restart"), tr("Restart the selected containers, each on its engine"));
    makeAction(Verb::Pause, tr("Pause"), tr("Pause the selected running containers"));
    makeAction(Verb::Unpause, tr("Resume"), tr("Resume the selected paused containers"));
    makeAction(Verb::Kill, tr("Kill"), tr("Send SIGKILL to the selected running containers, as docker kill"));
    makeAction(Verb::Remove, tr("Remove…"), tr("Remove the selected stopped containers (asks first, naming them)"));
    m_toolBar->addSeparator();
    makeAction(Verb::Open, tr("Open in Its Window"), tr("Show the container in its engine's window: details, logs, terminal"));
    m_actions.value(Verb::Start)->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_actions.value(Verb::Stop)->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_actions.value(Verb::Restart)->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_actions.value(Verb::Pause)->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_actions.value(Verb::Remove)->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_actions.value(Verb::Open)->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    m_view->setObjectName(QStringLiteral("fleetContainersView"));
    m_view->setAccessibleName(tr("Containers of all engines"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setExpandsOnDoubleClick(false);
    m_view->sortByColumn(FleetContainersModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{{FleetContainersModel::NameColumn, 200}, {FleetContainersModel::EngineColumn, 120},
                                            {FleetContainersModel::StateColumn, 130}, {FleetContainersModel::ImageColumn, 150},
                                            {FleetContainersModel::ProjectColumn, 90}, {FleetContainersModel::StatusColumn, 170},
                                            {FleetContainersModel::PortsColumn, 130}, {FleetContainersModel::CreatedColumn, 110}};
    for (const auto &[col, w] : widths)
        header->resizeSection(col, w);
    header->setSectionHidden(FleetContainersModel::IdColumn, true);

    m_results->setObjectName(QStringLiteral("fleetContainersResults"));
    m_results->setAccessibleName(tr("Results of the last action"));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->hide();

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_toolBar);
    lay->addWidget(m_results);
    lay->addWidget(m_view, 1);

    // Engines' rows open as they come: their containers are what is looked for.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int r = first; r <= last; ++r)
            m_view->expand(m_proxy->index(r, 0));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FleetContainersView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetContainersView::updateActions);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (i.data(FleetContainersModel::IsEngineRole).toBool())
            m_view->setExpanded(i.siblingAtColumn(0), !m_view->isExpanded(i.siblingAtColumn(0)));
        else
            Q_EMIT openRequested(i.data(FleetContainersModel::EngineRole).toString(), i.data(ContainersModel::IdRole).toString());
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (selected().isEmpty())
            return;
        QMenu menu(this);
        for (Verb v : {Verb::Open, Verb::Start, Verb::Stop, Verb::Restart, Verb::Pause, Verb::Unpause, Verb::Kill, Verb::Remove}) {
            if (v == Verb::Start)
                menu.addSeparator();
            menu.addAction(m_actions.value(v));
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

FleetContainersView::~FleetContainersView() = default;

QAction *FleetContainersView::makeAction(Verb verb, const QString &text, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setToolTip(tip);
    a->setObjectName(QStringLiteral("fleetAction") + QString::number(int(verb)));
    m_toolBar->addAction(a);
    m_actions.insert(verb, a);
    connect(a, &QAction::triggered, this, [this, verb] {
        if (verb == Verb::Remove) {
            askRemove();
        } else if (verb == Verb::Open) {
            const auto chosen = selected();
            if (!chosen.isEmpty())
                Q_EMIT openRequested(chosen.first().first, chosen.first().second);
        } else {
            act(verb, selected());
        }
    });
    return a;
}

void FleetContainersView::setEngines(EngineRegistry *registry, const QString &name, ContainersModel *model)
{
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    m_registry = registry;
    m_name = name;
    m_own = model;
    if (registry) {
        connect(registry, &EngineRegistry::entriesChanged, this, &FleetContainersView::sync);
        connect(registry, &EngineRegistry::engineChanged, this, &FleetContainersView::sync);
    }
    sync();
}

void FleetContainersView::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    sync();
}

void FleetContainersView::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
}

void FleetContainersView::setRunningOnly(bool runningOnly)
{
    m_proxy->setRunningOnly(runningOnly);
}

void FleetContainersView::sync()
{
    // Every engine in use (connected or not: one that cannot be reached says so in its
    // row); the others' lists exist only while the view is active.
    QSet<QString> inUse;
    if (m_active && m_registry) {
        for (const EngineEntry &entry : m_registry->entries()) {
            Engine *e = m_registry->engine(entry.name);
            if (!e)
                continue;
            inUse.insert(entry.name);
            if (entry.name == m_name) {
                m_model->setEngine(entry.name, e, m_own);
                continue;
            }
            ContainersModel *feed = m_feeds.value(entry.name);
            if (feed && feed->engine() != e) {
                m_model->removeEngine(entry.name);
                delete m_feeds.take(entry.name);
                feed = nullptr;
            }
            if (!feed) {
                feed = new ContainersModel(this);
                feed->setEngine(e);
                m_feeds.insert(entry.name, feed);
            }
            m_model->setEngine(entry.name, e, feed);
        }
    }
    for (const auto range = m_model->engines(); const QString &name : range) {
        if (!inUse.contains(name)) {
            m_model->removeEngine(name);
            delete m_feeds.take(name);
        }
    }
    for (const auto range = m_feeds.keys(); const QString &name : range) { // a copy: the loop takes from m_feeds
        if (!inUse.contains(name))
            delete m_feeds.take(name);
    }
    updateActions();
}

QList<std::pair<QString, QString>> FleetContainersView::selected() const
{
    QList<std::pair<QString, QString>> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        if (i.data(FleetContainersModel::IsEngineRole).toBool())
            continue;
        out.append({i.data(FleetContainersModel::EngineRole).toString(), i.data(ContainersModel::IdRole).toString()});
    }
    return out;
}

void FleetContainersView::select(const QString &engine, const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(engine, id));
        if (!i.isValid())
            continue;
        if (!first.isValid())
            first = i;
        selection.select(i, i.siblingAtColumn(FleetContainersModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

QMessageBox *FleetContainersView::removeQuestion() const
{
    return m_removeQuestion.data();
}

QString FleetContainersView::who(const QString &engine, const QString &id) const
{
    const QString name = m_model->indexOf(engine, id).data(ContainersModel::NameRole).toString();
    return tr("%1 (on %2)").arg(name.isEmpty() ? id.left(12) : name, engine);
}

void FleetContainersView::updateActions()
{
    bool anyStopped = false, anyUp = false, anyRunning = false, anyPaused = false;
    const auto chosen = selected();
    int reachable = 0;
    for (const auto &[engine, id] : chosen) {
        const Engine *e = m_model->engine(engine);
        if (!e || e->state() != Engine::State::Connected)
            continue;
        ++reachable;
        const auto s = State(m_model->indexOf(engine, id).data(ContainersModel::StateRole).toInt());
        anyStopped |= s == State::Created || s == State::Exited || s == State::Dead;
        anyUp |= s == State::Running || s == State::Paused || s == State::Restarting;
        anyRunning |= s == State::Running || s == State::Restarting;
        anyPaused |= s == State::Paused;
    }
    const bool some = reachable > 0;
    m_actions.value(Verb::Start)->setEnabled(some && anyStopped);
    m_actions.value(Verb::Stop)->setEnabled(some && anyUp);
    m_actions.value(Verb::Restart)->setEnabled(some);
    m_actions.value(Verb::Pause)->setEnabled(some && anyRunning);
    m_actions.value(Verb::Unpause)->setEnabled(some && anyPaused);
    m_actions.value(Verb::Kill)->setEnabled(some && anyUp);
    m_actions.value(Verb::Remove)->setEnabled(some && anyStopped);
    m_actions.value(Verb::Open)->setEnabled(chosen.size() == 1);
}

void FleetContainersView::askRemove()
{
    // Only stopped containers go (the one-engine list has Force for running ones):
    // the question names each, with its engine, and says which stay.
    QStringList goes, stays;
    QList<std::pair<QString, QString>> chosen;
    for (const auto range = selected(); const auto &[engine, id] : range) {
        const auto s = State(m_model->indexOf(engine, id).data(ContainersModel::StateRole).toInt());
        if (s == State::Created || s == State::Exited || s == State::Dead) {
            goes << who(engine, id);
            chosen.append({engine, id});
        } else {
            stays << who(engine, id);
        }
    }
    if (chosen.isEmpty())
        return;
    delete m_removeQuestion;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Containers"),
                                tr("Remove these %n container(s)? Their volumes are kept.", nullptr, int(goes.size())), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("fleetRemoveQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString details = QStringLiteral("• ") + goes.join(QStringLiteral("\n• "));
    if (!stays.isEmpty())
        details += QStringLiteral("\n\n") + tr("Not removed, because they are running (stop them first): %1").arg(stays.join(QStringLiteral(", ")));
    box->setInformativeText(details);
    QPushButton *ok = box->addButton(tr("&Remove %n", nullptr, int(goes.size())), QMessageBox::DestructiveRole);
    ok->setObjectName(QStringLiteral("fleetRemoveConfirm"));
    ok->setAccessibleName(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(ok, &QPushButton::clicked, this, [this, chosen] { act(Verb::Remove, chosen); });
    m_removeQuestion = box;
    box->open();
}

void FleetContainersView::act(Verb verb, const QList<std::pair<QString, QString>> &containers)
{
    if (containers.isEmpty() || verb == Verb::Open)
        return;
    using Action = ContainersApi::Action;
    Action action = Action::Start;
    QString pending;
    ContainerBatch::Call call;
    switch (verb) {
    case Verb::Start:
        action = Action::Start;
        pending = tr("Starting…");
        call = [](const ContainersApi &api, const QString &id) { return api.start(id); };
        break;
    case Verb::Stop:
        action = Action::Stop;
        pending = tr("Stopping…");
        call = [](const ContainersApi &api, const QString &id) { return api.stop(id); };
        break;
    case Verb::Restart:
        action = Action::Restart;
        pending = tr("Restarting…");
        call = [](const ContainersApi &api, const QString &id) { return api.restart(id); };
        break;
    case Verb::Pause:
        action = Action::Pause;
        pending = tr("Pausing…");
        call = [](const ContainersApi &api, const QString &id) { return api.pause(id); };
        break;
    case Verb::Unpause:
        action = Action::Unpause;
        pending = tr("Unpausing…");
        call = [](const ContainersApi &api, const QString &id) { return api.unpause(id); };
        break;
    case Verb::Kill:
        action = Action::Kill;
        pending = tr("Sending %1…").arg(QStringLiteral("SIGKILL"));
        call = [](const ContainersApi &api, const QString &id) { return api.kill(id); };
        break;
    case Verb::Remove:
        action = Action::Remove;
        pending = tr("Removing…");
        call = [](const ContainersApi &api, const QString &id) { return api.remove(id); };
        break;
    case Verb::Open:
        return;
    }
    QList<ContainerBatch::Item> items;
    for (const auto &[engine, id] : containers)
        items.append({m_model->engine(engine), engine, m_model->modelOf(engine), id, who(engine, id)});
    ContainerBatch *batch = ContainerBatch::start(std::move(items), action, pending, std::move(call), {}, this);
    connect(batch, &ContainerBatch::finished, this, [this](const QString &summary, const QStringList &lines, const QStringList &errors) {
        ContainerBatch::show(m_results, summary, lines, !errors.isEmpty());
        m_results->show();
        Q_EMIT actionsFinished(summary, errors);
        updateActions();
    });
}
