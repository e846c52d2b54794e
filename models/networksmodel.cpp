#include "networksmodel.h"

#include "modeltext.h"

#include "engine.h"
#include "imagesmodel.h"
#include "volumesmodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

QString joined(const QList<NetworkIpam> &ipam, QString NetworkIpam::*field)
{
    QStringList out;
    for (const NetworkIpam &p : ipam) {
        if (!(p.*field).isEmpty())
            out << p.*field;
    }
    return out.join(QLatin1String(", "));
}

} // namespace

NetworksModel::NetworksModel(QObject *parent)
    : KeyedListModel<NetworkRow>(parent)
    , m_list(new EngineFollower(this))
    , m_members(new EngineFollower(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_list->setEventFilter([](const EngineEvent &e) {
        return EngineFollower::Interest{e.type == QLatin1String("network")
                                            && (e.action == QLatin1String("create") || e.action == QLatin1String("destroy")
                                                || e.action == QLatin1String("remove") || e.action == QLatin1String("prune")),
                                        {}};
    });
    m_list->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        NetworksApi::list(*engine).then(this, [this, done, timer](const Result<QList<NetworkSummary>> &r) {
            if (r) {
                m_lastListMs = timer->elapsed();
                setNetworks(*r);
            }
            done(r ? QString() : r.error().fullText());
        });
    });
    connect(m_list, &EngineFollower::refreshed, this, &NetworksModel::refreshed);

    m_members->setEventFilter([](const EngineEvent &e) {
        const bool container = e.type == QLatin1String("container")
            && (e.action == QLatin1String("create") || e.action == QLatin1String("destroy") || e.action == QLatin1String("remove")
                || e.action == QLatin1String("start") || e.action == QLatin1String("die") || e.action == QLatin1String("rename"));
        return EngineFollower::Interest{container || e.type == QLatin1String("network"), {}};
    });
    m_members->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        NetworksApi::members(*engine).then(this, [this, done](const Result<QHash<QString, QList<NetworkMember>>> &r) {
            if (r)
                setMembers(*r);
            done(r ? QString() : r.error().fullText());
            Q_EMIT membersRefreshed(r ? QString() : r.error().fullText());
        });
    });
}

void NetworksModel::setEngine(Engine *engine)
{
    m_list->setEngine(engine);
    m_members->setEngine(engine);
}

Engine *NetworksModel::engine() const
{
    return m_list->engine();
}

void NetworksModel::refresh()
{
    m_list->refresh();
    m_members->refresh();
}

void NetworksModel::setEventDelay(int ms)
{
    m_list->setEventDelay(ms);
    m_members->setEventDelay(ms);
}

void NetworksModel::setNetworks(const QList<NetworkSummary> &networks)
{
    QList<NetworkRow> rows;
    rows.reserve(networks.size());
    for (const NetworkSummary &n : networks)
        rows.append(NetworkRow{n, m_membersOf.value(n.name)});
    setRows(rows);
}

void NetworksModel::setMembers(const QHash<QString, QList<NetworkMember>> &members)
{
    m_membersOf = members;
    m_membersKnown = true;
    for (int r = 0; r < rowCount(); ++r) {
        NetworkRow row = rowAt(r);
        row.members = m_membersOf.value(row.network.name);
        replaceRow(r, row);
    }
}

QStringList NetworksModel::names() const
{
    QStringList out;
    for (const NetworkRow &r : rows())
        out << r.network.name;
    out.sort();
    return out;
}

QString NetworksModel::membersText(const NetworkRow &row) const
{
    QStringList names;
    for (const NetworkMember &m : row.members)
        names << m.containerName;
    return names.join(QLatin1String(", "));
}

QVariant NetworksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NetworkRow &row = rowAt(index.row());
    const NetworkSummary &n = row.network;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return n.name;
        case DriverColumn: return n.driver;
        case ScopeColumn: return n.scope;
        case SubnetColumn: return joined(n.ipam, &NetworkIpam::subnet);
        case GatewayColumn: return joined(n.ipam, &NetworkIpam::gateway);
        case InternalColumn: return n.internal ? tr("Internal") : QString();
        case ContainersColumn:
            if (!m_membersKnown)
                return QString();
            return row.members.isEmpty() ? tr("None") : membersText(row);
        case CreatedColumn: return n.created.isValid() ? ImagesModel::relativeTime(n.created, m_clock()) : QString();
        case LabelsColumn: return ModelText::labels(n.labels);
        case IdColumn: return n.id.left(12);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            return n.isPredefined() ? tr("%1\nOne of the engine's own networks: it cannot be removed.").arg(n.name) : n.name;
        case InternalColumn:
            return n.internal ? tr("Internal: containers on it reach each other, but not the outside world.")
                              : tr("Not internal: containers on it can reach other networks through its gateway.");
        case ContainersColumn: {
            if (row.members.isEmpty())
                return tr("No container is attached to this network.");
            QStringList lines;
            for (const NetworkMember &m : row.members)
                lines << (m.ipv4.isEmpty() ? tr("%1 (%2)").arg(m.containerName, containerStateWord(m.state))
                                           : tr("%1 (%2), %3").arg(m.containerName, containerStateWord(m.state), m.ipv4));
            return lines.join(QLatin1Char('\n'));
        }
        case CreatedColumn: return n.created.isValid() ? QLocale().toString(n.created.toLocalTime(), QLocale::LongFormat) : QVariant();
        case IdColumn: return n.id;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if ((column == ContainersColumn && row.members.isEmpty()) || column == LabelsColumn || column == IdColumn)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::AccessibleTextRole:
        if (column == CreatedColumn && n.created.isValid())
            return QLocale().toString(n.created.toLocalTime(), QLocale::LongFormat);
        if (column == InternalColumn && !n.internal)
            return tr("Not internal");
        break;
    case IdRole: return n.id;
    case NameRole: return n.name;
    case PredefinedRole: return n.isPredefined();
    case MemberNamesRole: {
        QStringList names;
        for (const NetworkMember &m : row.members)
            names << m.containerName;
        return names;
    }
    case MemberIdsRole: {
        QStringList ids;
        for (const NetworkMember &m : row.members)
            ids << m.containerId;
        return ids;
    }
    case CreatedRole: return n.created;
    case SortRole:
        switch (column) {
        case CreatedColumn: return n.created;
        case ContainersColumn: return qint64(row.members.size());
        default: return data(index, Qt::DisplayRole);
        }
    case FilterRole:
        return QString(n.name + QLatin1Char(' ') + n.driver + QLatin1Char(' ') + joined(n.ipam, &NetworkIpam::subnet) + QLatin1Char(' ')
                       + ModelText::labels(n.labels) + QLatin1Char(' ') + membersText(row) + QLatin1Char(' ') + n.id);
    }
    return {};
}

QVariant NetworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<NetworkRow>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case ScopeColumn: return tr("Scope");
    case SubnetColumn: return tr("Subnet");
    case GatewayColumn: return tr("Gateway");
    case InternalColumn: return tr("Internal");
    case ContainersColumn: return tr("Containers");
    case CreatedColumn: return tr("Created");
    case LabelsColumn: return tr("Labels");
    case IdColumn: return tr("Network ID");
    }
    return {};
}
