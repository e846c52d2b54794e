#include "containers/fleetcontainersview.h"

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

#include <memory>

namespace {

// As the one-engine list: enough calls to keep engines busy, few enough not to flood one.
constexpr int kFleetParallelCalls = 4;

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
    for (const QString &name : m_model->engines()) {
        if (!inUse.contains(name)) {
            m_model->removeEngine(name);
            delete m_feeds.take(name);
        }
    }
    for (const QString &name : m_feeds.keys()) {
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
    for (const auto &[engine, id] : selected()) {
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
    struct Step
    {
        Action action;
        QString pending;
    };
    const auto stepOf = [](Verb v) -> Step {
        switch (v) {
        case Verb::Start: return {Action::Start, tr("Starting…")};
        case Verb::Stop: return {Action::Stop, tr("Stopping…")};
        case Verb::Restart: return {Action::Restart, tr("Restarting…")};
        case Verb::Pause: return {Action::Pause, tr("Pausing…")};
        case Verb::Unpause: return {Action::Unpause, tr("Unpausing…")};
        case Verb::Kill: return {Action::Kill, tr("Sending %1…").arg(QStringLiteral("SIGKILL"))};
        case Verb::Remove: return {Action::Remove, tr("Removing…")};
        case Verb::Open: break;
        }
        return {Action::Start, {}};
    };
    const Step step = stepOf(verb);
    struct Batch
    {
        QList<std::pair<QString, QString>> queue;
        int running = 0;
        int ok = 0;
        int total = 0;
        QStringList lines;
        QStringList errors;
    };
    auto batch = std::make_shared<Batch>();
    batch->queue = containers;
    batch->total = int(containers.size());
    ++m_batches;
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, batch, verb, step, next] {
        while (batch->running < kFleetParallelCalls && !batch->queue.isEmpty()) {
            const auto [engineName, id] = batch->queue.takeFirst();
            const QString name = who(engineName, id);
            Engine *engine = m_model->engine(engineName);
            QPointer<ContainersModel> model = m_model->modelOf(engineName);
            auto finish = [this, batch, step, id, name, model, next](const Result<ContainersApi::Outcome> &r) {
                if (model)
                    model->setPending(id, {});
                --batch->running;
                if (r) {
                    ++batch->ok;
                    batch->lines << tr("%1: %2").arg(name, ContainersApi::describe(step.action, *r));
                } else {
                    const QString why = ContainersApi::explain(step.action, name, r.error()).fullText();
                    batch->errors << why;
                    batch->lines << tr("%1: %2").arg(name, why);
                }
                if (!batch->queue.isEmpty()) {
                    (*next)();
                    return;
                }
                if (batch->running > 0)
                    return;
                --m_batches;
                const int failed = int(batch->errors.size());
                QString summary;
                if (failed == 0)
                    summary = batch->total == 1 ? batch->lines.value(0) : tr("%n container(s): done.", nullptr, batch->total);
                else if (failed == batch->total)
                    summary = batch->total == 1 ? batch->lines.value(0) : tr("%n container(s): all failed.", nullptr, batch->total);
                else
                    summary = tr("%1 of %n container(s) done, %2 failed.", nullptr, batch->total).arg(batch->ok).arg(failed);
                showResults(summary, batch->total == 1 ? QStringList() : batch->lines, failed > 0);
                Q_EMIT actionsFinished(summary, batch->errors);
                updateActions();
            };
            ++batch->running;
            if (!engine) {
                EngineError gone;
                gone.userMessage = tr("The engine %1 is no longer in use.").arg(engineName);
                QMetaObject::invokeMethod(this, [finish, gone] { finish(Result<ContainersApi::Outcome>(std::unexpected(gone))); }, Qt::QueuedConnection);
                continue;
            }
            if (model)
                model->setPending(id, step.pending);
            const ContainersApi api(engine);
            QFuture<Result<ContainersApi::Outcome>> call;
            switch (verb) {
            case Verb::Start: call = api.start(id); break;
            case Verb::Stop: call = api.stop(id); break;
            case Verb::Restart: call = api.restart(id); break;
            case Verb::Pause: call = api.pause(id); break;
            case Verb::Unpause: call = api.unpause(id); break;
            case Verb::Kill: call = api.kill(id); break;
            case Verb::Remove: call = api.remove(id); break;
            case Verb::Open: break;
            }
            call.then(this, finish);
        }
    };
    (*next)();
}

void FleetContainersView::showResults(const QString &summary, const QStringList &lines, bool failed)
{
    QString text = summary;
    for (const QString &l : lines)
        text += QStringLiteral("\n• ") + l;
    m_results->setText(text);
    QPalette pal = m_results->palette();
    pal.setColor(QPalette::WindowText, failed ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_results->setPalette(pal);
    m_results->show();
}
