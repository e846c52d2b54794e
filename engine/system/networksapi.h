#pragma once

#include "engineerror.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Engine;

/// One address pool of a network (`IPAM.Config[]`).
struct NetworkIpam
{
    QString subnet;  ///< "10.1.0.0/24"
    QString gateway; ///< "10.1.0.1", or empty
    QString ipRange; ///< "10.1.0.128/25", or empty
    bool operator==(const NetworkIpam &) const = default;
};

/// A container attached to a network.
struct NetworkMember
{
    QString containerId;
    QString containerName; ///< without the leading "/"
    QString state;         ///< "running", "exited", ... (empty when only the network said)
    QString ipv4;          ///< "10.1.0.2", without the prefix length; empty while stopped
    QString ipv6;
    QStringList aliases;
    /// Running, paused or restarting: it has an endpoint on the network (what keeps
    /// the network from a prune, and from removal).
    bool isRunning() const
    {
        return state == QLatin1String("running") || state == QLatin1String("paused") || state == QLatin1String("restarting");
    }
    bool operator==(const NetworkMember &) const = default;
};

/// One entry of `GET /networks` (and the parts of `GET /networks/{id}` shown in lists).
struct NetworkSummary
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    QDateTime created;
    bool internal = false;
    bool attachable = false;
    bool ipv6 = false;
    QList<NetworkIpam> ipam;
    QMap<QString, QString> labels;
    QMap<QString, QString> options;

    /// bridge, host and none (and Podman's podman): the engine's own, never removed.
    bool isPredefined() const;
    static NetworkSummary fromJson(const QJsonObject &o);
    bool operator==(const NetworkSummary &) const = default;
};

/// `GET /networks/{id}`: the summary, the containers the engine lists as endpoints
/// (running ones), and the whole answer.
struct NetworkInspect
{
    NetworkSummary network;
    QList<NetworkMember> members;
    QJsonObject raw;
};

/// What `docker network create` takes.
struct NetworkCreateSpec
{
    QString name;
    QString driver; ///< empty: the engine's default (bridge)
    QString subnet;
    QString gateway;
    QString ipRange;
    bool internal = false;
    bool attachable = false;
    QMap<QString, QString> labels;
    QMap<QString, QString> options;

    /// What is wrong with it, in sentences (empty: fine). Checks the name, that the
    /// subnet is a CIDR, that the gateway and range lie in it, and that a gateway or
    /// range comes with a subnet (the engine says so less clearly).
    QStringList problems() const;
    QByteArray toJson() const;
};

/// How to connect a container to a network.
struct NetworkConnectSpec
{
    QString container;
    QStringList aliases;
    QString ipv4; ///< a fixed address, or empty for the next free one
    QByteArray toJson() const;
};

/// Typed network calls on an Engine; errors rewritten into sentences that name the
/// network and say what to do, keeping the engine's words.
namespace NetworksApi {

enum class Action { List, Inspect, Create, Remove, Connect, Disconnect, Prune, Members };

/// GET /networks; `labelFilter` narrows it as `--filter label=`.
QFuture<Result<QList<NetworkSummary>>> list(Engine &engine, const QString &labelFilter = {});
QFuture<Result<NetworkInspect>> inspect(Engine &engine, const QString &idOrName);
/// POST /networks/create -> the new network's ID.
QFuture<Result<QString>> create(Engine &engine, const NetworkCreateSpec &spec);
QFuture<Result<Done>> remove(Engine &engine, const QString &idOrName);
QFuture<Result<Done>> connectContainer(Engine &engine, const QString &network, const NetworkConnectSpec &spec);
QFuture<Result<Done>> disconnectContainer(Engine &engine, const QString &network, const QString &container, bool force = false);
/// POST /networks/prune: networks no running container uses (never the predefined
/// ones; stopped containers do not keep a network).
QFuture<Result<QStringList>> prune(Engine &engine, const QString &labelFilter = {});
/// Whether a prune keeps a network that only stopped containers are attached to
/// (Podman; dockerd prunes it, and the stopped containers lose it).
bool pruneKeepsStoppedMembers(const Engine &engine);
/// Which containers are attached to which network (by network name: a container
/// created but never started has no network ID yet), from `GET /containers/json?all=1`:
/// stopped containers too, without addresses.
QFuture<Result<QHash<QString, QList<NetworkMember>>>> members(Engine &engine);

EngineError explain(Action action, const QString &who, const EngineError &error);
QHash<QString, QList<NetworkMember>> membersFromJson(const QJsonArray &containers);
/// "10.1.0.2/24" -> "10.1.0.2".
QString withoutPrefix(const QString &cidrAddress);

} // namespace NetworksApi
