#include "containersmodel.h"

#include "containersapi.h"
#include "engine.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <unordered_map>

struct ContainersModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    bool project = false;
    QString key; ///< container id, or project name
    ContainerSummary c;
    qint64 fetchedAt = 0; ///< when the engine wrote c.status (unix seconds)
    QString pending;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using State = ContainerSummary::State;
using Health = ContainerSummary::Health;

// Events that change nothing the list shows; everything else about a container
// (create, start, die, pause, rename, health_status: ..., destroy...) is re-fetched.
bool changesListing(const QString &action)
{
    static const QStringList quiet{QStringLiteral("exec_"), QStringLiteral("attach"), QStringLiteral("detach"), QStringLiteral("resize"),
                                   QStringLiteral("top"), QStringLiteral("archive-path"), QStringLiteral("extract-to-dir"),
                                   QStringLiteral("export"), QStringLiteral("commit"), QStringLiteral("copy")};
    for (const QString &q : quiet) {
        if (action.startsWith(q))
            return false;
    }
    return true;
}

// Most alive first: the order of the state column and a project's summary state.
int stateRank(State s)
{
    switch (s) {
    case State::Running: return 0;
    case State::Restarting: return 1;
    case State::Paused: return 2;
    case State::Removing: return 3;
    case State::Created: return 4;
    case State::Exited: return 5;
    case State::Dead: return 6;
    case State::Unknown: return 7;
    }
    return 7;
}

QColor stateColor(const ContainerSummary &c)
{
    // Same hues in light and dark themes: a dot beside the state text, never the only cue.
    if (c.health() == Health::Unhealthy)
        return QColor(0xd3, 0x2f, 0x2f);
    switch (c.stateKind()) {
    case State::Running: return c.health() == Health::Starting ? QColor(0xf5, 0x9e, 0x0b) : QColor(0x2e, 0x9d, 0x4b);
    case State::Restarting: return QColor(0xf5, 0x7c, 0x00);
    case State::Paused: return QColor(0xf5, 0x9e, 0x0b);
    case State::Dead: return QColor(0xd3, 0x2f, 0x2f);
    case State::Exited: return c.exitCode().value_or(0) != 0 ? QColor(0xc6, 0x28, 0x28, 0x99) : QColor(0x90, 0x90, 0x90);
    case State::Created:
    case State::Removing:
    case State::Unknown: return QColor(0x90, 0x90, 0x90);
    }
    return {};
}

} // namespace

ContainersModel::ContainersModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_follower(new EngineFollower(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_follower->setEventFilter([this](const EngineEvent &e) { return interestIn(e); });
    m_follower->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        ContainersApi(engine).list(true).then(this, [this, done](const Result<QList<ContainerSummary>> &r) {
            if (r)
                setContainers(*r);
            done(r ? QString() : r.error().fullText());
        });
    });
    m_follower->setFetchSome([this](Engine *engine, const QSet<QString> &ids, const EngineFollower::Done &done) {
        ContainersApi(engine).list(true, ids.values()).then(this, [this, ids, done](const Result<QList<ContainerSummary>> &r) {
            if (r)
                updateContainers(ids, *r);
            done(r ? QString() : r.error().fullText());
        });
    });
    connect(m_follower, &EngineFollower::refreshed, this, &ContainersModel::refreshed);
    // A container listed between two states (Podman's "stopping") may send no event
    // once it settles: it is asked for again until it does.
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        for (auto it = m_settling.begin(); it != m_settling.end();) {
            const ContainerSummary *c = containerById(it.key());
            const auto expected = m_expected.constFind(it.key());
            const bool unsettled = c
                && (c->stateKind() == ContainerSummary::State::Unknown || (expected != m_expected.cend() && c->stateKind() != *expected));
            if (!unsettled || ++it.value() > kSettleTries) {
                m_expected.remove(it.key());
                it = m_settling.erase(it);
                continue;
            }
            m_follower->noteChanged(it.key());
            ++it;
        }
    });
    m_ageTick.setInterval(30'000);
    connect(&m_ageTick, &QTimer::timeout, this, [this] {
        auto touch = [this](Node *parent) {
            if (!parent->children.empty())
                Q_EMIT dataChanged(index(0, CreatedColumn, indexOfNode(parent)),
                                   index(int(parent->children.size()) - 1, StatusColumn, indexOfNode(parent)), {Qt::DisplayRole});
        };
        touch(m_root.get());
        for (Node *p : std::as_const(m_projects))
            touch(p);
    });
    m_ageTick.start();
}

ContainersModel::~ContainersModel() = default;

// --- engine ----------------------------------------------------------------------

void ContainersModel::setEngine(Engine *engine)
{
    m_follower->setEngine(engine);
}

Engine *ContainersModel::engine() const
{
    return m_follower->engine();
}

void ContainersModel::noteEvent(const EngineEvent &e)
{
    m_follower->noteEvent(e);
}

EngineFollower::Interest ContainersModel::interestIn(const EngineEvent &e)
{
    if (e.type != QLatin1String("container") || e.id.isEmpty() || !changesListing(e.action))
        return {};
    if (e.action == QLatin1String("rename")) {
        // The engine announces a rename before it forgets the old name: a list made
        // right after can give both. The event says which one is gone.
        QString old = e.attributes.value(QStringLiteral("oldName"));
        if (!old.isEmpty()) {
            if (!old.startsWith(QLatin1Char('/')))
                old.prepend(QLatin1Char('/'));
            m_renamedFrom.insert(e.id, old);
        }
    }
    // moby sends pause and unpause before the list it answers from has the new state
    // (daemon/pause.go, unpause.go: LogContainerEvent, then CheckpointTo): a list made
    // at once can still say the old one, and no other event follows.
    if (e.action == QLatin1String("pause"))
        m_expected.insert(e.id, State::Paused);
    else if (e.action == QLatin1String("unpause"))
        m_expected.insert(e.id, State::Running);
    else
        m_expected.remove(e.id);
    return {true, e.id};
}

void ContainersModel::refresh()
{
    m_follower->refresh();
}

// --- merging -----------------------------------------------------------------------

void ContainersModel::setContainers(const QList<ContainerSummary> &containers)
{
    apply(containers, nullptr);
}

void ContainersModel::updateContainers(const QSet<QString> &ids, const QList<ContainerSummary> &present)
{
    QList<ContainerSummary> inScope;
    inScope.reserve(present.size());
    for (const ContainerSummary &c : present) {
        if (ids.contains(c.id))
            inScope.append(c);
    }
    apply(inScope, &ids);
}

void ContainersModel::removeNodes(Node *parent, QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    const QModelIndex parentIndex = indexOfNode(parent);
    // Contiguous runs, from the end, so earlier row numbers stay valid.
    qsizetype i = rows.size() - 1;
    while (i >= 0) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1) {
            --i;
            --first;
        }
        --i;
        beginRemoveRows(parentIndex, first, last);
        for (int r = first; r <= last; ++r) {
            Node *n = parent->children.at(size_t(r)).get();
            if (n->project) {
                m_projects.remove(n->key);
                for (const auto &child : n->children) {
                    m_byId.remove(child->key);
                    m_stats.remove(child->key);
                }
            } else {
                m_byId.remove(n->key);
                m_stats.remove(n->key);
            }
        }
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
        for (size_t r = size_t(first); r < parent->children.size(); ++r)
            parent->children[r]->row = int(r);
        endRemoveRows();
    }
}

void ContainersModel::emitRowChanged(Node *node)
{
    Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void ContainersModel::apply(QList<ContainerSummary> present, const QSet<QString> *scope)
{
    // (Only then: a mutable loop would copy the whole shared list.)
    for (qsizetype i = 0; !m_renamedFrom.isEmpty() && i < present.size(); ++i) {
        const auto renamed = m_renamedFrom.constFind(present.at(i).id);
        if (renamed == m_renamedFrom.cend())
            continue;
        const QStringList &names = present.at(i).names;
        if (names.size() > 1 && names.contains(*renamed))
            present[i].names.removeAll(*renamed);
        else if (!names.contains(*renamed))
            m_renamedFrom.erase(renamed); // the engine has caught up
    }

    const qint64 now = m_clock().toSecsSinceEpoch();
    QHash<QString, const ContainerSummary *> incoming;
    incoming.reserve(present.size());
    for (const ContainerSummary &c : std::as_const(present))
        incoming.insert(c.id, &c);

    QSet<Node *> touchedProjects;

    // 1. Remove what is gone, and what moved to another project (labels cannot change
    //    on a container, but an id can come back from a different engine state).
    QHash<Node *, QList<int>> removals;
    auto consider = [&](Node *n) {
        const ContainerSummary *next = incoming.value(n->key);
        const QString project = n->parent == m_root.get() ? QString() : n->parent->key;
        if (!next || next->composeProject() != project)
            removals[n->parent].append(n->row);
    };
    if (scope) {
        for (const QString &id : *scope) {
            if (Node *n = m_byId.value(id))
                consider(n);
        }
    } else {
        for (Node *n : std::as_const(m_byId))
            consider(n);
    }
    // Ungrouped containers and projects that lose all theirs share the top level: one pass.
    QList<int> topRemovals = removals.take(m_root.get());
    for (auto it = removals.begin(); it != removals.end(); ++it) {
        Node *p = it.key();
        if (it.value().size() == qsizetype(p->children.size())) {
            topRemovals.append(p->row);
        } else {
            removeNodes(p, it.value());
            touchedProjects.insert(p);
        }
    }
    if (!topRemovals.isEmpty())
        removeNodes(m_root.get(), topRemovals);

    // 2. Update rows that changed, in contiguous runs per parent.
    QHash<Node *, QList<int>> changedRows;
    for (const ContainerSummary &c : std::as_const(present)) {
        Node *n = m_byId.value(c.id);
        if (!n || n->c == c)
            continue;
        n->c = c;
        n->fetchedAt = now;
        changedRows[n->parent].append(n->row);
        if (n->parent != m_root.get())
            touchedProjects.insert(n->parent);
    }
    for (auto it = changedRows.begin(); it != changedRows.end(); ++it) {
        QList<int> rows = it.value();
        std::sort(rows.begin(), rows.end());
        const QModelIndex parentIndex = indexOfNode(it.key());
        qsizetype i = 0;
        while (i < rows.size()) {
            const int first = rows.at(i);
            int last = first;
            while (i + 1 < rows.size() && rows.at(i + 1) == last + 1) {
                ++i;
                ++last;
            }
            ++i;
            Q_EMIT dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
        }
    }

    // 3. Insert the new ones, in the engine's order (newest first): into existing
    //    projects, and at the top level (new projects with their containers, and
    //    ungrouped containers) in one insertion each.
    std::unordered_map<Node *, std::vector<std::unique_ptr<Node>>> additions;
    std::vector<std::unique_ptr<Node>> top;
    QHash<QString, Node *> newProjects;
    for (const ContainerSummary &c : std::as_const(present)) {
        if (m_byId.contains(c.id))
            continue;
        auto n = std::make_unique<Node>();
        n->key = c.id;
        n->c = c;
        n->fetchedAt = now;
        const QString project = c.composeProject();
        if (project.isEmpty()) {
            top.push_back(std::move(n));
        } else if (Node *p = m_projects.value(project)) {
            additions[p].push_back(std::move(n));
        } else {
            Node *np = newProjects.value(project);
            if (!np) {
                auto pn = std::make_unique<Node>();
                pn->project = true;
                pn->key = project;
                np = pn.get();
                newProjects.insert(project, np);
                top.push_back(std::move(pn));
            }
            n->parent = np;
            n->row = int(np->children.size());
            m_byId.insert(c.id, n.get());
            np->children.push_back(std::move(n));
        }
    }
    for (auto &[p, list] : additions) {
        const int first = int(p->children.size());
        beginInsertRows(indexOfNode(p), first, first + int(list.size()) - 1);
        for (auto &n : list) {
            n->parent = p;
            n->row = int(p->children.size());
            m_byId.insert(n->key, n.get());
            p->children.push_back(std::move(n));
        }
        endInsertRows();
        touchedProjects.insert(p);
    }
    if (!top.empty()) {
        Node *root = m_root.get();
        const int first = int(root->children.size());
        beginInsertRows({}, first, first + int(top.size()) - 1);
        for (auto &n : top) {
            n->parent = root;
            n->row = int(root->children.size());
            if (n->project)
                m_projects.insert(n->key, n.get());
            else
                m_byId.insert(n->key, n.get());
            root->children.push_back(std::move(n));
        }
        endInsertRows();
    }

    // 4. Project rows summarise their containers.
    for (Node *p : std::as_const(touchedProjects)) {
        if (!newProjects.contains(p->key))
            emitRowChanged(p);
    }
    for (const ContainerSummary &c : std::as_const(present)) {
        const auto expected = m_expected.constFind(c.id);
        const bool stale = expected != m_expected.cend() && c.stateKind() != *expected;
        if (expected != m_expected.cend() && !stale)
            m_expected.erase(expected);
        if (((c.stateKind() == ContainerSummary::State::Unknown && !c.state.isEmpty()) || stale) && !m_settling.contains(c.id))
            m_settling.insert(c.id, 0);
    }
    if (!m_settling.isEmpty() && !m_settle.isActive())
        m_settle.start();
    Q_EMIT changed();
}

void ContainersModel::setPending(const QString &id, const QString &text)
{
    Node *n = m_byId.value(id);
    if (!n || n->pending == text)
        return;
    n->pending = text;
    const QModelIndex i = indexOfNode(n, StateColumn);
    Q_EMIT dataChanged(i, i);
}

// --- structure ---------------------------------------------------------------------

ContainersModel::Node *ContainersModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ContainersModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ContainersModel::indexOfId(const QString &id, int column) const
{
    return indexOfNode(m_byId.value(id), column);
}

QModelIndex ContainersModel::indexOfProject(const QString &project, int column) const
{
    return indexOfNode(m_projects.value(project), column);
}

const ContainerSummary *ContainersModel::container(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const Node *n = nodeOf(index);
    return n->project ? nullptr : &n->c;
}

const ContainerSummary *ContainersModel::containerById(const QString &id) const
{
    const Node *n = m_byId.value(id);
    return n ? &n->c : nullptr;
}

int ContainersModel::runningCount() const
{
    int n = 0;
    for (const Node *c : std::as_const(m_byId)) {
        if (c->c.isRunning())
            ++n;
    }
    return n;
}

QModelIndex ContainersModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex ContainersModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ContainersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ContainersModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ContainersModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

// --- display -----------------------------------------------------------------------

QString ContainersModel::humanDuration(qint64 seconds)
{
    // go-units HumanDuration, which the engine and the CLI use, translated.
    if (seconds < 1)
        return tr("Less than a second");
    if (seconds < 60)
        return tr("%n second(s)", nullptr, int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return tr("About a minute");
    if (minutes < 60)
        return tr("%n minute(s)", nullptr, int(minutes));
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours == 1)
        return tr("About an hour");
    if (hours < 48)
        return tr("%n hour(s)", nullptr, int(hours));
    if (hours < 24 * 7 * 2)
        return tr("%n day(s)", nullptr, int(hours / 24));
    if (hours < 24 * 30 * 2)
        return tr("%n week(s)", nullptr, int(hours / 24 / 7));
    if (hours < 24 * 365 * 2)
        return tr("%n month(s)", nullptr, int(hours / 24 / 30));
    return tr("%n year(s)", nullptr, int(seconds / 3600 / 24 / 365));
}

QString ContainersModel::stateText(const ContainerSummary &c)
{
    switch (c.stateKind()) {
    case State::Running:
        switch (c.health()) {
        case Health::Healthy: return tr("Running (healthy)");
        case Health::Unhealthy: return tr("Running (unhealthy)");
        case Health::Starting: return tr("Running (health starting)");
        case Health::None: return tr("Running");
        }
        break;
    case State::Paused: return tr("Paused");
    case State::Restarting: return tr("Restarting");
    case State::Removing: return tr("Removing");
    case State::Created: return tr("Created");
    case State::Dead: return tr("Dead");
    case State::Exited:
        if (const auto code = c.exitCode())
            return tr("Exited (%1)").arg(*code);
        return tr("Exited");
    case State::Unknown: break;
    }
    return c.state;
}

QString ContainersModel::healthText(ContainerSummary::Health health)
{
    switch (health) {
    case Health::Healthy: return tr("Healthy");
    case Health::Unhealthy: return tr("Unhealthy");
    case Health::Starting: return tr("Starting");
    case Health::None: break;
    }
    return {};
}

QString ContainersModel::statusText(const ContainerSummary &c, qint64 fetchedAt, qint64 now)
{
    const StatusAge age = parseStatusAge(c.status);
    const qint64 elapsed = std::max<qint64>(0, now - fetchedAt);
    switch (age.kind) {
    case StatusAge::Kind::Up: {
        const QString up = humanDuration(age.seconds + elapsed);
        if (c.stateKind() == State::Paused)
            return tr("Up %1 (paused)").arg(up);
        switch (c.health()) {
        case Health::Healthy: return tr("Up %1 (healthy)").arg(up);
        case Health::Unhealthy: return tr("Up %1 (unhealthy)").arg(up);
        case Health::Starting: return tr("Up %1 (health starting)").arg(up);
        case Health::None: break;
        }
        return tr("Up %1").arg(up);
    }
    case StatusAge::Kind::ExitedAgo:
        return tr("Exited (%1) %2 ago").arg(c.exitCode().value_or(0)).arg(humanDuration(age.seconds + elapsed));
    case StatusAge::Kind::RestartingAgo:
        return tr("Restarting (%1) %2 ago").arg(c.exitCode().value_or(0)).arg(humanDuration(age.seconds + elapsed));
    case StatusAge::Kind::None:
        break;
    }
    if (c.status == QLatin1String("Created"))
        return tr("Created");
    if (c.status == QLatin1String("Dead"))
        return tr("Dead");
    if (c.status == QLatin1String("Removal In Progress"))
        return tr("Removal in progress");
    return c.status;
}

QVariant ContainersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeOf(index);
    return n.project ? projectData(n, index.column(), role) : containerData(n, index.column(), role);
}

QVariant ContainersModel::containerData(const Node &n, int column, int role) const
{
    const ContainerSummary &c = n.c;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return c.name();
        case StateColumn: return n.pending.isEmpty() ? stateText(c) : n.pending;
        case ImageColumn: return c.image.startsWith(QLatin1String("sha256:")) ? c.image.mid(7, 12) : c.image;
        case CommandColumn: return c.command;
        case CreatedColumn: return tr("%1 ago").arg(humanDuration(m_clock().toSecsSinceEpoch() - c.created));
        case StatusColumn: return statusText(c, n.fetchedAt, m_clock().toSecsSinceEpoch());
        case PortsColumn: return c.portsText();
        case ServiceColumn: return c.composeService();
        case IdColumn: return c.shortId();
        case HealthColumn: return healthText(c.health());
        case CpuColumn:
        case MemoryColumn: {
            const auto st = m_stats.constFind(c.id);
            if (!c.isRunning() || st == m_stats.constEnd())
                return QString();
            const QChar point = QLocale().decimalPoint().at(0);
            if (column == CpuColumn)
                return st->precpu.isEmpty() ? QString() : DockerStats::percentage(st->cpuPercent, point);
            return DockerStats::bytesSize(st->memoryUsed, point);
        }
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == CpuColumn || column == MemoryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateColor(c);
        if (column == HealthColumn) {
            switch (c.health()) {
            case Health::Healthy: return QColor(0x2e, 0x9d, 0x4b);
            case Health::Unhealthy: return QColor(0xd3, 0x2f, 0x2f);
            case Health::Starting: return QColor(0xf5, 0x9e, 0x0b);
            case Health::None: break;
            }
        }
        break;
    case Qt::ToolTipRole: {
        if (column == CpuColumn || column == MemoryColumn) {
            const auto st = m_stats.constFind(c.id);
            if (!c.isRunning() || st == m_stats.constEnd())
                return {};
            const QChar point = QLocale().decimalPoint().at(0);
            return tr("CPU %1, memory %2 (%3)")
                .arg(DockerStats::percentage(st->cpuPercent, point), DockerStats::memoryText(*st, point),
                     DockerStats::percentage(st->memoryPercent, point));
        }
        QStringList lines{c.name(), c.id, tr("Image: %1").arg(c.image), tr("Command: %1").arg(c.command),
                          tr("Status: %1").arg(statusText(c, n.fetchedAt, m_clock().toSecsSinceEpoch()))};
        if (c.health() != Health::None)
            lines << tr("Health: %1").arg(healthText(c.health()));
        if (!c.ports.isEmpty())
            lines << tr("Ports: %1").arg(c.portsText());
        if (!c.composeProject().isEmpty())
            lines << tr("Compose: project %1, service %2").arg(c.composeProject(), c.composeService());
        lines << tr("Created %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(c.created), QLocale::LongFormat));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (column == CreatedColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(c.created), QLocale::LongFormat);
        break;
    case IdRole: return c.id;
    case IsProjectRole: return false;
    case ProjectRole: return c.composeProject();
    case NameRole: return c.name();
    case StateRole: return int(c.stateKind());
    case HealthRole: return int(c.health());
    case ExitCodeRole:
        if (const auto code = c.exitCode())
            return *code;
        return {};
    case RunningRole: return c.isRunning();
    case CreatedRole: return c.created;
    case PendingRole: return n.pending;
    case ContainerIdsRole: return QStringList{c.id};
    case SortRole:
        switch (column) {
        case NameColumn: return c.name();
        case StateColumn: return qint64(stateRank(c.stateKind()));
        case ImageColumn: return c.image;
        case CommandColumn: return c.command;
        case CreatedColumn: return c.created;
        case StatusColumn: return statusText(c, n.fetchedAt, m_clock().toSecsSinceEpoch());
        case PortsColumn: return c.portsText();
        case ServiceColumn: return c.composeService();
        case IdColumn: return c.id;
        case HealthColumn: {
            // Worst first when sorted ascending: unhealthy, starting, healthy, none.
            static constexpr int rank[] = {3, 1, 2, 0};
            return qint64(rank[int(c.health())]);
        }
        case CpuColumn:
        case MemoryColumn: {
            // Raw values (hundredths of a percent, bytes); no figures sort below zero.
            const auto st = m_stats.constFind(c.id);
            if (!c.isRunning() || st == m_stats.constEnd() || (column == CpuColumn && st->precpu.isEmpty()))
                return qint64(-1);
            return column == CpuColumn ? qRound64(st->cpuPercent * 100.0) : qint64(st->memoryUsed);
        }
        }
        break;
    case FilterRole: {
        QString text = c.name() + QLatin1Char(' ') + c.id + QLatin1Char(' ') + c.image + QLatin1Char(' ') + c.command + QLatin1Char(' ')
            + stateText(c) + QLatin1Char(' ') + c.status + QLatin1Char(' ') + c.portsText();
        for (auto it = c.labels.begin(); it != c.labels.end(); ++it)
            text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value();
        return text;
    }
    }
    return {};
}

QVariant ContainersModel::projectData(const Node &n, int column, int role) const
{
    int running = 0;
    int best = stateRank(State::Unknown);
    qint64 newest = 0;
    QStringList ids;
    for (const auto &child : n.children) {
        if (child->c.isRunning())
            ++running;
        best = std::min(best, stateRank(child->c.stateKind()));
        newest = std::max(newest, child->c.created);
        ids << child->key;
    }
    const int total = int(n.children.size());
    auto stateSummary = [&] {
        if (running == total)
            return tr("All %n running", nullptr, total);
        if (running == 0)
            return tr("None of %n running", nullptr, total);
        return tr("%1 of %n running", nullptr, total).arg(running);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return n.key;
        case StateColumn: return stateSummary();
        case CreatedColumn: return newest ? tr("%1 ago").arg(humanDuration(m_clock().toSecsSinceEpoch() - newest)) : QString();
        case StatusColumn: return tr("%n container(s)", nullptr, total);
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return running == total ? QColor(0x2e, 0x9d, 0x4b) : running > 0 ? QColor(0xf5, 0x9e, 0x0b) : QColor(0x90, 0x90, 0x90);
        break;
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Compose project %1: %2").arg(n.key, stateSummary());
    case Qt::AccessibleTextRole:
        if (column == NameColumn)
            return tr("Compose project %1").arg(n.key);
        break;
    case IdRole: return QString();
    case IsProjectRole: return true;
    case ProjectRole: return n.key;
    case NameRole: return n.key;
    case StateRole: return int([best] {
        for (State s : {State::Running, State::Restarting, State::Paused, State::Removing, State::Created, State::Exited, State::Dead}) {
            if (stateRank(s) == best)
                return s;
        }
        return State::Unknown;
    }());
    case RunningRole: return running > 0;
    case CreatedRole: return newest;
    case ContainerIdsRole: return ids;
    case SortRole:
        switch (column) {
        case NameColumn: return n.key;
        case StateColumn: return qint64(best);
        case CreatedColumn: return newest;
        case StatusColumn: return stateSummary();
        default: return QString();
        }
    case FilterRole: return n.key;
    }
    return {};
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case ImageColumn: return tr("Image");
    case CommandColumn: return tr("Command");
    case CreatedColumn: return tr("Created");
    case StatusColumn: return tr("Status");
    case PortsColumn: return tr("Ports");
    case ServiceColumn: return tr("Service");
    case IdColumn: return tr("Container ID");
    case CpuColumn: return tr("CPU %");
    case MemoryColumn: return tr("Memory");
    case HealthColumn: return tr("Health");
    }
    return {};
}

void ContainersModel::setStats(const QString &id, const ContainerStats &stats)
{
    Node *n = m_byId.value(id);
    if (!n)
        return;
    if (!stats.running) {
        clearStats(id);
        return;
    }
    m_stats.insert(id, stats);
    const QModelIndex first = indexOfNode(n, CpuColumn);
    Q_EMIT dataChanged(first, indexOfNode(n, MemoryColumn), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void ContainersModel::clearStats(const QString &id)
{
    if (!m_stats.remove(id))
        return;
    if (Node *n = m_byId.value(id))
        Q_EMIT dataChanged(indexOfNode(n, CpuColumn), indexOfNode(n, MemoryColumn), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}
