#include "enginesmodel.h"

#include <QCoreApplication>

namespace {

QString transportOf(const QString &address)
{
    const QString scheme = address.section(QLatin1String("://"), 0, 0).toLower();
    if (address.isEmpty() || scheme == QLatin1String("unix"))
        return EnginesModel::tr("local");
    if (scheme == QLatin1String("ssh"))
        return QStringLiteral("ssh");
    return QString();
}

} // namespace

EnginesModel::EnginesModel(EngineRegistry *registry, QObject *parent)
    : KeyedListModel<EngineRow>(parent)
    , m_registry(registry)
{
    connect(registry, &EngineRegistry::entriesChanged, this, &EnginesModel::follow);
    connect(registry, &EngineRegistry::engineChanged, this, &EnginesModel::follow);
    follow();
}

EngineRow EnginesModel::rowFor(const EngineEntry &entry, const Engine *engine, bool isDefault)
{
    EngineRow r;
    r.name = entry.name;
    r.origin = entry.origin;
    r.address = entry.address;
    r.description = entry.description;
    r.isDefault = isDefault;
    const Result<Endpoint> ep = engine ? Result<Endpoint>(engine->endpoint()) : entry.endpoint();
    if (ep) {
        switch (ep->transport) {
        case Endpoint::Transport::Unix: r.transport = tr("local"); break;
        case Endpoint::Transport::Tcp: r.transport = QStringLiteral("TCP"); break;
        case Endpoint::Transport::Tls: r.transport = QStringLiteral("TLS"); break;
        case Endpoint::Transport::Ssh: r.transport = QStringLiteral("ssh"); break;
        }
        if (r.address.isEmpty() || engine) // in use: where it really is (--host may differ from the context)
            r.address = ep->toString();
    } else {
        r.transport = transportOf(entry.address);
    }
    r.product = entry.address.contains(QLatin1String("podman")) ? QStringLiteral("Podman") : QStringLiteral("Docker");
    if (!entry.error.isEmpty() || !ep) {
        r.state = EngineRow::State::Unusable;
        r.reason = !entry.error.isEmpty() ? entry.error : ep.error().userMessage;
        return r;
    }
    if (!engine)
        return r;
    switch (engine->state()) {
    case Engine::State::Disconnected:
    case Engine::State::Connecting:
        r.state = EngineRow::State::Connecting;
        break;
    case Engine::State::Connected:
        r.state = EngineRow::State::Connected;
        r.product = engine->info().productName();
        r.version = engine->info().version;
        break;
    case Engine::State::Unreachable:
        r.state = EngineRow::State::Unreachable;
        r.reason = engine->lastError().userMessage;
        break;
    }
    return r;
}

void EnginesModel::follow()
{
    if (!m_registry)
        return;
    const QString def = m_registry->defaultName();
    QList<EngineRow> rows;
    for (const EngineEntry &e : m_registry->entries())
        rows << rowFor(e, m_registry->engine(e.name), e.name == def);
    setRows(rows);
}

QString EnginesModel::stateText(EngineRow::State state)
{
    switch (state) {
    case EngineRow::State::NotInUse: return tr("not connected");
    case EngineRow::State::Connecting: return tr("connecting…");
    case EngineRow::State::Connected: return tr("connected");
    case EngineRow::State::Unreachable: return tr("unreachable");
    case EngineRow::State::Unusable: return tr("cannot be used");
    }
    return {};
}

QVariant EnginesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.isDefault ? tr("%1 (default)").arg(r.name) : r.name;
        case KindColumn: return r.transport.isEmpty() ? r.product : tr("%1, %2").arg(r.product, r.transport);
        case StateColumn: return stateText(r.state);
        case VersionColumn: return r.version;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text = r.address.isEmpty() ? r.name : tr("%1: %2").arg(r.name, r.address);
        if (!r.description.isEmpty())
            text += QLatin1Char('\n') + r.description;
        text += QLatin1Char('\n') + stateText(r.state);
        if (!r.reason.isEmpty())
            text += QStringLiteral(": ") + r.reason;
        return text;
    }
    case NameRole: return r.name;
    case StateRole: return int(r.state);
    case ReasonRole: return r.reason;
    case InUseRole: return r.state != EngineRow::State::NotInUse && r.state != EngineRow::State::Unusable;
    case OriginRole: return int(r.origin);
    case DefaultRole: return r.isDefault;
    case AddressRole: return r.address;
    default: return {};
    }
}

QVariant EnginesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Engine");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case VersionColumn: return tr("Version");
    }
    return {};
}
