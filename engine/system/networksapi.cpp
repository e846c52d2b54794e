#include "networksapi.h"

#include "engine.h"
#include "pruneretry.h"
#include "types.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace {

// A network id (64 hex digits) is shown by its first 12, as the CLI shows it; a name
// stays as it is. (The unity build had lent this file imagesapi.cpp's shortName.)
QString networkShortName(const QString &network)
{
    static const QRegularExpression fullId(QStringLiteral("^[0-9a-f]{64}$"));
    return fullId.match(network).hasMatch() ? network.left(12) : network;
}

struct NetworksApiText
{
    Q_DECLARE_TR_FUNCTIONS(NetworksApi)
};

using Json::stringMap;

using Json::jsonMap;

QString labelFilterJson(const QString &label)
{
    const QJsonObject o{{QStringLiteral("label"), QJsonArray{label}}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template<class T>
QFuture<Result<T>> explained(QFuture<Result<T>> f, NetworksApi::Action action, const QString &who)
{
    return f.then(QtFuture::Launch::Sync, [action, who](Result<T> r) {
        if (!r)
            return Result<T>(std::unexpected(NetworksApi::explain(action, who, r.error())));
        return r;
    });
}

/// The network address of `address/prefix` (host bits cleared), IPv4 or IPv6.
QHostAddress networkOf(const QHostAddress &address, int prefix)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix <= 0 ? 0 : ~quint32(0) << (32 - std::min(prefix, 32));
        return QHostAddress(address.toIPv4Address() & mask);
    }
    Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = std::clamp(prefix - i * 8, 0, 8);
        a[i] &= quint8(0xff << (8 - bits));
    }
    return QHostAddress(a);
}

QString shortId(const QString &idOrName)
{
    static const QRegularExpression id(QStringLiteral("^[0-9a-f]{64}$"));
    return id.match(idOrName).hasMatch() ? idOrName.left(12) : idOrName;
}

} // namespace

bool NetworkSummary::isPredefined() const
{
    return name == QLatin1String("bridge") || name == QLatin1String("host") || name == QLatin1String("none")
        || (name == QLatin1String("podman") && driver == QLatin1String("bridge"));
}

NetworkSummary NetworkSummary::fromJson(const QJsonObject &o)
{
    NetworkSummary n;
    n.id = o.value(QLatin1String("Id")).toString();
    n.name = o.value(QLatin1String("Name")).toString();
    n.driver = o.value(QLatin1String("Driver")).toString();
    n.scope = o.value(QLatin1String("Scope")).toString();
    const QString created = o.value(QLatin1String("Created")).toString();
    if (!created.isEmpty())
        n.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    n.internal = o.value(QLatin1String("Internal")).toBool();
    n.attachable = o.value(QLatin1String("Attachable")).toBool();
    n.ipv6 = o.value(QLatin1String("EnableIPv6")).toBool();
    const QJsonArray cfg = o.value(QLatin1String("IPAM")).toObject().value(QLatin1String("Config")).toArray();
    for (const QJsonValue &v : cfg) {
        const QJsonObject c = v.toObject();
        n.ipam.append({c.value(QLatin1String("Subnet")).toString(), c.value(QLatin1String("Gateway")).toString(),
                       c.value(QLatin1String("IPRange")).toString()});
    }
    n.labels = stringMap(o.value(QLatin1String("Labels")));
    n.options = stringMap(o.value(QLatin1String("Options")));
    return n;
}

QStringList NetworkCreateSpec::problems() const
{
    QStringList out;
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (name.trimmed().isEmpty())
        out << NetworksApiText::tr("The network needs a name.");
    else if (!nameRe.match(name).hasMatch())
        out << NetworksApiText::tr("“%1” is not a valid network name: use letters, digits, “_”, “.” and “-”, starting with a letter or digit.").arg(name);
    std::pair<QHostAddress, int> net{QHostAddress(), -1};
    if (!subnet.isEmpty()) {
        net = QHostAddress::parseSubnet(subnet);
        if (net.first.isNull() || !subnet.contains(QLatin1Char('/')))
            out << NetworksApiText::tr("The subnet “%1” is not an address range in CIDR form, such as 10.10.0.0/24.").arg(subnet);
        else if (const QHostAddress given(subnet.section(QLatin1Char('/'), 0, 0)); networkOf(given, net.second) != given)
            out << NetworksApiText::tr("The subnet “%1” has host bits set: did you mean %2/%3?").arg(subnet, networkOf(given, net.second).toString()).arg(net.second);
    }
    const bool netOk = !net.first.isNull() && subnet.contains(QLatin1Char('/'));
    if (!gateway.isEmpty()) {
        const QHostAddress gw(gateway);
        if (gw.isNull())
            out << NetworksApiText::tr("The gateway “%1” is not an IP address.").arg(gateway);
        else if (subnet.isEmpty())
            out << NetworksApiText::tr("A gateway needs a subnet to lie in: give the subnet too.");
        else if (netOk && !gw.isInSubnet(net))
            out << NetworksApiText::tr("The gateway %1 is not in the subnet %2.").arg(gateway, subnet);
    }
    if (!ipRange.isEmpty()) {
        const auto range = QHostAddress::parseSubnet(ipRange);
        if (range.first.isNull() || !ipRange.contains(QLatin1Char('/')))
            out << NetworksApiText::tr("The IP range “%1” is not an address range in CIDR form, such as 10.10.0.128/25.").arg(ipRange);
        else if (subnet.isEmpty())
            out << NetworksApiText::tr("An IP range needs a subnet to lie in: give the subnet too.");
        else if (netOk && (!range.first.isInSubnet(net) || range.second < net.second))
            out << NetworksApiText::tr("The IP range %1 is not inside the subnet %2.").arg(ipRange, subnet);
    }
    return out;
}

QByteArray NetworkCreateSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("Name"), name);
    if (!driver.isEmpty())
        o.insert(QStringLiteral("Driver"), driver);
    o.insert(QStringLiteral("Internal"), internal);
    o.insert(QStringLiteral("Attachable"), attachable);
    if (!subnet.isEmpty()) {
        QJsonObject pool{{QStringLiteral("Subnet"), subnet}};
        if (!gateway.isEmpty())
            pool.insert(QStringLiteral("Gateway"), gateway);
        if (!ipRange.isEmpty())
            pool.insert(QStringLiteral("IPRange"), ipRange);
        o.insert(QStringLiteral("IPAM"), QJsonObject{{QStringLiteral("Driver"), QStringLiteral("default")}, {QStringLiteral("Config"), QJsonArray{pool}}});
    }
    o.insert(QStringLiteral("Labels"), jsonMap(labels));
    o.insert(QStringLiteral("Options"), jsonMap(options));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray NetworkConnectSpec::toJson() const
{
    QJsonObject endpoint;
    if (!aliases.isEmpty())
        endpoint.insert(QStringLiteral("Aliases"), QJsonArray::fromStringList(aliases));
    if (!ipv4.isEmpty())
        endpoint.insert(QStringLiteral("IPAMConfig"), QJsonObject{{QStringLiteral("IPv4Address"), ipv4}});
    const QJsonObject o{{QStringLiteral("Container"), container}, {QStringLiteral("EndpointConfig"), endpoint}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace NetworksApi {

QString withoutPrefix(const QString &cidrAddress)
{
    return cidrAddress.section(QLatin1Char('/'), 0, 0);
}

QHash<QString, QList<NetworkMember>> membersFromJson(const QJsonArray &containers)
{
    QHash<QString, QList<NetworkMember>> out;
    for (const QJsonValue &cv : containers) {
        const QJsonObject c = cv.toObject();
        const QJsonArray names = c.value(QLatin1String("Names")).toArray();
        QString name = names.isEmpty() ? QString() : names.at(0).toString();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        const QString state = c.value(QLatin1String("State")).toString();
        const QJsonObject nets = c.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject();
        for (auto it = nets.begin(); it != nets.end(); ++it) {
            const QJsonObject n = it.value().toObject();
            NetworkMember m;
            m.containerId = c.value(QLatin1String("Id")).toString();
            m.containerName = name;
            m.state = state;
            m.ipv4 = n.value(QLatin1String("IPAddress")).toString();
            m.ipv6 = n.value(QLatin1String("GlobalIPv6Address")).toString();
            m.aliases = Json::stringList(n.value(QLatin1String("Aliases")));
            out[it.key()].append(m);
        }
    }
    return out;
}

QFuture<Result<QList<NetworkSummary>>> list(Engine &engine, const QString &labelFilter)
{
    QUrlQuery q;
    if (!labelFilter.isEmpty())
        q.addQueryItem(QStringLiteral("filters"), Engine::queryValue(labelFilterJson(labelFilter)));
    return explained(engine.call<QList<NetworkSummary>>(engine.get(QStringLiteral("/networks"), q),
                                                        [](const Reply &r) -> Result<QList<NetworkSummary>> {
                                                            auto doc = Engine::parseJson(r.body());
                                                            if (!doc)
                                                                return std::unexpected(doc.error());
                                                            if (!doc->isArray())
                                                                return std::unexpected(EngineError::protocol(NetworksApiText::tr("The engine's network list is not a list.")));
                                                            QList<NetworkSummary> out;
                                                            const QJsonArray a = doc->array();
                                                            for (const QJsonValue &v : a)
                                                                out.append(NetworkSummary::fromJson(v.toObject()));
                                                            return out;
                                                        }),
                     Action::List, {});
}

QFuture<Result<NetworkInspect>> inspect(Engine &engine, const QString &idOrName)
{
    return explained(engine.call<NetworkInspect>(engine.get(QStringLiteral("/networks/%1").arg(idOrName)), [](const Reply &r) -> Result<NetworkInspect> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        if (!doc->isObject())
            return std::unexpected(EngineError::protocol(NetworksApiText::tr("The engine's description of the network is not an object.")));
        const QJsonObject o = doc->object();
        NetworkInspect i{NetworkSummary::fromJson(o), {}, o};
        const QJsonObject cs = o.value(QLatin1String("Containers")).toObject();
        for (auto it = cs.begin(); it != cs.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            NetworkMember m;
            m.containerId = it.key();
            m.containerName = c.value(QLatin1String("Name")).toString();
            m.ipv4 = withoutPrefix(c.value(QLatin1String("IPv4Address")).toString());
            m.ipv6 = withoutPrefix(c.value(QLatin1String("IPv6Address")).toString());
            i.members.append(m);
        }
        return i;
    }),
                     Action::Inspect, shortId(idOrName));
}

QFuture<Result<QString>> create(Engine &engine, const NetworkCreateSpec &spec)
{
    return explained(engine.call<QString>(engine.post(QStringLiteral("/networks/create"), {}, spec.toJson()), [](const Reply &r) -> Result<QString> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        return doc->object().value(QLatin1String("Id")).toString();
    }),
                     Action::Create, spec.name);
}

QFuture<Result<Done>> remove(Engine &engine, const QString &idOrName)
{
    return explained(engine.call<Done>(engine.del(QStringLiteral("/networks/%1").arg(idOrName)), [](const Reply &) -> Result<Done> { return Done{}; }),
                     Action::Remove, shortId(idOrName));
}

QFuture<Result<Done>> connectContainer(Engine &engine, const QString &network, const NetworkConnectSpec &spec)
{
    return explained(engine.call<Done>(engine.post(QStringLiteral("/networks/%1/connect").arg(network), {}, spec.toJson()),
                                       [](const Reply &) -> Result<Done> { return Done{}; }),
                     Action::Connect, networkShortName(network));
}

QFuture<Result<Done>> disconnectContainer(Engine &engine, const QString &network, const QString &container, bool force)
{
    const QJsonObject o{{QStringLiteral("Container"), container}, {QStringLiteral("Force"), force}};
    return explained(engine.call<Done>(engine.post(QStringLiteral("/networks/%1/disconnect").arg(network), {},
                                                   QJsonDocument(o).toJson(QJsonDocument::Compact)),
                                       [](const Reply &) -> Result<Done> { return Done{}; }),
                     Action::Disconnect, networkShortName(network));
}

QFuture<Result<QStringList>> prune(Engine &engine, const QString &labelFilter)
{
    QUrlQuery q;
    if (!labelFilter.isEmpty())
        q.addQueryItem(QStringLiteral("filters"), Engine::queryValue(labelFilterJson(labelFilter)));
    QPointer<Engine> e(&engine);
    return explained(PruneRetry::whenNoOtherPrune<QStringList>(engine, [e, q]() -> QFuture<Result<QStringList>> {
        return e->call<QStringList>(e->post(QStringLiteral("/networks/prune"), q), [](const Reply &r) -> Result<QStringList> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            return Json::stringList(doc->object().value(QLatin1String("NetworksDeleted")));
        });
    }),
                     Action::Prune, {});
}

QFuture<Result<QHash<QString, QList<NetworkMember>>>> members(Engine &engine)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    return explained(engine.call<QHash<QString, QList<NetworkMember>>>(engine.getShared(QStringLiteral("/containers/json"), q),
                                                                        [](const Reply &r) -> Result<QHash<QString, QList<NetworkMember>>> {
                                                                            auto doc = Engine::parseJson(r.body());
                                                                            if (!doc)
                                                                                return std::unexpected(doc.error());
                                                                            if (!doc->isArray())
                                                                                return std::unexpected(EngineError::protocol(NetworksApiText::tr("The engine's container list is not a list.")));
                                                                            return membersFromJson(doc->array());
                                                                        }),
                     Action::Members, {});
}

bool pruneKeepsStoppedMembers(const Engine &engine)
{
    return engine.info().podman;
}

EngineError explain(Action action, const QString &who, const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    const QString &m = error.engineMessage;
    auto has = [&m](const char *t) { return m.contains(QLatin1String(t), Qt::CaseInsensitive); };
    // dockerd answers these with 403, 409, 400 or 500 depending on the version and the
    // driver: the words tell more than the status.
    if (error.httpStatus == 404) {
        if ((action == Action::Connect || action == Action::Disconnect) && has("container"))
            e.userMessage = NetworksApiText::tr("The container no longer exists: it was removed meanwhile.");
        else if (action != Action::List && action != Action::Prune && action != Action::Members)
            e.userMessage = NetworksApiText::tr("The network %1 no longer exists: it was removed meanwhile.").arg(who);
    } else if (action == Action::Prune && error.httpStatus == 409) {
        e.userMessage = NetworksApiText::tr("The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.");
    } else if (action == Action::Remove && has("active endpoints")) {
        e.userMessage = NetworksApiText::tr("Running containers are still attached to %1. Disconnect or stop them first.").arg(who);
    } else if (action == Action::Remove && has("associated containers")) {
        // Podman counts stopped containers too, and offers to remove them (-f): not here.
        e.userMessage = NetworksApiText::tr("Containers, running or stopped, are still attached to %1. Disconnect or remove them first.").arg(who);
    } else if (action == Action::Remove && has("pre-defined")) {
        e.userMessage = NetworksApiText::tr("%1 is one of the engine's own networks: it cannot be removed.").arg(who);
    } else if (action == Action::Create && has("already exists")) {
        e.userMessage = NetworksApiText::tr("A network named %1 exists already: choose another name.").arg(who);
    } else if (action == Action::Create && has("overlaps")) {
        e.userMessage = NetworksApiText::tr("The subnet of %1 overlaps a network that exists: choose another subnet.").arg(who);
    } else if (action == Action::Create && has("swarm")) {
        e.userMessage = NetworksApiText::tr("This driver needs the engine to be part of a swarm (docker swarm init): %1 was not created.").arg(who);
    } else if (action == Action::Create && has("operation not supported")) {
        e.userMessage = NetworksApiText::tr("The engine's host does not support this driver (macvlan and ipvlan need a parent interface the "
                                 "engine may use): %1 was not created.")
                            .arg(who);
    } else if (action == Action::Create) {
        e.userMessage = NetworksApiText::tr("The engine could not create the network %1: %2").arg(who, m);
    } else if (action == Action::Connect && has("private (none) mode")) {
        e.userMessage = NetworksApiText::tr("The container uses the “none” network, which excludes every other: it cannot join %1.").arg(who);
    } else if (action == Action::Connect && has("invalid network mode")) {
        // Podman, for a container made without a network (or with the host's, or another's).
        e.userMessage = NetworksApiText::tr("The container was made without a network of its own (“none”, or the host's or another "
                                 "container's), which excludes every other: it cannot join %1.")
                            .arg(who);
    } else if (action == Action::Connect && (has("already exists") || has("already connected"))) {
        e.userMessage = NetworksApiText::tr("The container is already connected to %1.").arg(who);
    } else if (action == Action::Connect) {
        e.userMessage = NetworksApiText::tr("The engine could not connect the container to %1: %2").arg(who, m);
    } else if (action == Action::Disconnect) {
        e.userMessage = NetworksApiText::tr("The engine could not disconnect the container from %1: %2").arg(who, m);
    }
    return e;
}

} // namespace NetworksApi
