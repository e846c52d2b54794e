#pragma once

#include "containertypes.h"
#include "endpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

/// A published port as something a user can open: `http://host:port`.
///
/// The host is the one the engine's port listens on, seen from this computer: the
/// engine's own host for a remote (tcp/TLS) engine and `localhost` for a local
/// socket; an "every address" binding (0.0.0.0, ::) means that host. A port bound
/// to the loopback of a remote engine's host, and a UDP or SCTP port, cannot be
/// opened from here: those carry the reason instead of a URL.
struct PortLink
{
    Q_DECLARE_TR_FUNCTIONS(PortLink)
public:
    QString hostIp;        ///< the engine's binding: "0.0.0.0", "::", "127.0.0.1"
    int hostPort = 0;
    int containerPort = 0;
    QString protocol;      ///< tcp, udp, sctp
    QUrl url;              ///< empty when it cannot be opened from here
    QString unavailable;   ///< why not, when url is empty

    bool canOpen() const { return url.isValid() && !url.isEmpty(); }
    /// "localhost:8080 → 80/tcp", what a menu or a link shows.
    QString label() const;

    /// The host that reaches the engine's published ports from this computer.
    static QString engineHost(const Endpoint &endpoint);
    /// One binding; `protocol` defaults to tcp.
    static PortLink make(const Endpoint &endpoint, const QString &hostIp, int hostPort, int containerPort,
                         const QString &protocol = QStringLiteral("tcp"));
    /// The published ports of a container list entry (unpublished ones are left out);
    /// one link per distinct address (Docker lists 0.0.0.0 and :: for one binding).
    static QList<PortLink> fromSummary(const QList<ContainerPort> &ports, const Endpoint &endpoint);
    /// The same from inspect's `NetworkSettings.Ports` ({"80/tcp": [{HostIp, HostPort}]}).
    static QList<PortLink> fromInspect(const QJsonObject &networkSettingsPorts, const Endpoint &endpoint);
    /// Only those that can be opened.
    static QList<PortLink> openable(const QList<PortLink> &links);

    bool operator==(const PortLink &) const = default;
};
