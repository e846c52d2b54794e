#include "portlinks.h"

#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>

namespace {

bool isEveryAddress(const QString &ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::") || ip == QLatin1String("[::]");
}

QString bracketed(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

} // namespace

QString PortLink::engineHost(const Endpoint &endpoint)
{
    if (endpoint.transport == Endpoint::Transport::Unix || endpoint.host.isEmpty())
        return QStringLiteral("localhost");
    return endpoint.host;
}

PortLink PortLink::make(const Endpoint &endpoint, const QString &hostIpIn, int hostPort, int containerPort, const QString &protocolIn)
{
    PortLink l;
    l.hostIp = hostIpIn;
    if (l.hostIp.startsWith(QLatin1Char('[')) && l.hostIp.endsWith(QLatin1Char(']')))
        l.hostIp = l.hostIp.mid(1, l.hostIp.size() - 2);
    l.hostPort = hostPort;
    l.containerPort = containerPort;
    l.protocol = protocolIn.isEmpty() ? QStringLiteral("tcp") : protocolIn.toLower();
    if (hostPort <= 0 || hostPort > 65535) {
        l.unavailable = tr("This port is not published on the host.");
        return l;
    }
    if (l.protocol != QLatin1String("tcp")) {
        l.unavailable = tr("%1 port: a browser opens TCP ports only.").arg(l.protocol.toUpper());
        return l;
    }
    const bool local = endpoint.transport == Endpoint::Transport::Unix;
    QString host;
    if (isEveryAddress(l.hostIp)) {
        host = engineHost(endpoint);
    } else if (QHostAddress(l.hostIp).isLoopback() && !local) {
        l.unavailable = tr("Bound to %1 on the engine's host %2: only that computer can open it (or a tunnel to it).")
                            .arg(l.hostIp, engineHost(endpoint));
        return l;
    } else {
        host = l.hostIp;
    }
    // The usual TLS ports of web servers; everything else is plain HTTP.
    const bool tls = containerPort == 443 || containerPort == 8443;
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(hostPort);
    url.setPath(QStringLiteral("/"));
    l.url = url;
    return l;
}

QString PortLink::label() const
{
    const QString where = url.isEmpty() ? bracketed(hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : hostIp) : bracketed(url.host());
    return tr("%1:%2 → %3/%4").arg(where).arg(hostPort).arg(containerPort).arg(protocol);
}

QList<PortLink> PortLink::fromSummary(const QList<ContainerPort> &ports, const Endpoint &endpoint)
{
    QList<PortLink> out;
    for (const ContainerPort &p : ports) {
        if (p.publicPort == 0)
            continue;
        PortLink l = make(endpoint, p.ip, p.publicPort, p.privatePort, p.type);
        const bool duplicate = std::any_of(out.cbegin(), out.cend(), [&](const PortLink &o) {
            return o.hostPort == l.hostPort && o.protocol == l.protocol && o.containerPort == l.containerPort
                && (l.canOpen() ? o.url == l.url : (o.hostIp == l.hostIp || (isEveryAddress(o.hostIp) && isEveryAddress(l.hostIp))));
        });
        if (!duplicate)
            out.append(l);
    }
    std::sort(out.begin(), out.end(), [](const PortLink &a, const PortLink &b) {
        return std::tie(a.containerPort, a.protocol, a.hostPort, a.hostIp) < std::tie(b.containerPort, b.protocol, b.hostPort, b.hostIp);
    });
    return out;
}

QList<PortLink> PortLink::fromInspect(const QJsonObject &networkSettingsPorts, const Endpoint &endpoint)
{
    QList<ContainerPort> ports;
    for (auto it = networkSettingsPorts.begin(); it != networkSettingsPorts.end(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('/'));
        const int containerPort = key.value(0).toInt();
        const QString proto = key.value(1, QStringLiteral("tcp"));
        const QJsonArray bindings = it.value().toArray();
        for (const QJsonValue &b : bindings) {
            const QJsonObject o = b.toObject();
            ports.append({o.value(QLatin1String("HostIp")).toString(), containerPort, o.value(QLatin1String("HostPort")).toString().toInt(), proto});
        }
    }
    return fromSummary(ports, endpoint);
}

QList<PortLink> PortLink::openable(const QList<PortLink> &links)
{
    QList<PortLink> out;
    std::copy_if(links.cbegin(), links.cend(), std::back_inserter(out), [](const PortLink &l) { return l.canOpen(); });
    return out;
}
