#include "endpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace {

EngineError badHost(const QString &value, const QString &why)
{
    return EngineError::make(EngineError::Kind::Other,
                             Endpoint::tr("The engine address \"%1\" is not valid: %2").arg(value, why));
}

// `ssh://[user@]host[:port][/path]` with docker/cli's rules (cli/connhelper/ssh):
// no password, no query, no fragment, a host; the path names the remote socket.
Result<Endpoint> parseSsh(const QString &dockerHost)
{
    const QUrl url(dockerHost, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(badHost(dockerHost, Endpoint::tr("it is not a valid ssh:// address (%1).").arg(url.errorString())));
    if (url.userInfo().contains(QLatin1Char(':')))
        return std::unexpected(badHost(dockerHost,
            Endpoint::tr("a password in the address is not supported: use an ssh key or the ssh agent (ssh asks for a password by itself when the host allows one).")));
    if (url.hasQuery())
        return std::unexpected(badHost(dockerHost, Endpoint::tr("query parameters are not allowed.")));
    if (url.hasFragment())
        return std::unexpected(badHost(dockerHost, Endpoint::tr("fragments are not allowed.")));
    Endpoint ep;
    ep.transport = Endpoint::Transport::Ssh;
    ep.host = url.host();
    if (ep.host.isEmpty())
        return std::unexpected(badHost(dockerHost, Endpoint::tr("the host is empty.")));
    ep.user = url.userName();
    if (url.port() > 0)
        ep.port = quint16(url.port());
    else if (url.port() == 0)
        return std::unexpected(badHost(dockerHost, Endpoint::tr("the port \"0\" is not a number from 1 to 65535.")));
    // As the CLI: a path of only slashes means the remote CLI's default socket.
    const QString path = url.path();
    if (!QString(path).remove(QLatin1Char('/')).isEmpty())
        ep.path = path;
    return ep;
}

} // namespace

Result<Endpoint> Endpoint::parse(const QString &dockerHostIn, bool tlsVerify, const QString &certPath)
{
    const QString dockerHost = dockerHostIn.trimmed();
    Endpoint ep;
    if (dockerHost.isEmpty()) {
        ep.path = QLatin1String(defaultSocket);
        return ep;
    }

    const qsizetype sep = dockerHost.indexOf(QLatin1String("://"));
    if (sep <= 0)
        return std::unexpected(badHost(dockerHost, tr("it needs a scheme, like unix:///var/run/docker.sock or tcp://host:2376.")));
    const QString scheme = dockerHost.left(sep).toLower();
    const QString rest = dockerHost.mid(sep + 3);

    if (scheme == QLatin1String("unix")) {
        if (rest.isEmpty())
            return std::unexpected(badHost(dockerHost, tr("the socket path is empty.")));
        ep.path = rest;
        return ep;
    }
    if (scheme == QLatin1String("ssh"))
        return parseSsh(dockerHost);
    if (scheme == QLatin1String("npipe"))
        return std::unexpected(badHost(dockerHost, tr("named pipes exist only on Windows.")));
    if (scheme != QLatin1String("tcp") && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::unexpected(badHost(dockerHost, tr("the scheme \"%1\" is unknown; use unix://, tcp://, http:// or https://.").arg(scheme)));

    const bool tls = scheme == QLatin1String("https") || (scheme == QLatin1String("tcp") && tlsVerify);
    QString hostPort = rest;
    const qsizetype slash = hostPort.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString tail = hostPort.mid(slash);
        if (tail != QLatin1String("/"))
            return std::unexpected(badHost(dockerHost, tr("a path after the host is not supported.")));
        hostPort.truncate(slash);
    }
    if (hostPort.isEmpty())
        return std::unexpected(badHost(dockerHost, tr("the host is empty.")));

    QString host;
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::unexpected(badHost(dockerHost, tr("an IPv6 address lacks its closing bracket.")));
        host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return std::unexpected(badHost(dockerHost, tr("unexpected text after the IPv6 address.")));
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = hostPort.left(colon);
            portText = hostPort.mid(colon + 1);
        } else {
            host = hostPort;
        }
    }
    if (host.isEmpty())
        return std::unexpected(badHost(dockerHost, tr("the host is empty.")));
    if (portText.isEmpty()) {
        ep.port = tls ? 2376 : 2375;
    } else {
        bool ok = false;
        const uint p = portText.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::unexpected(badHost(dockerHost, tr("the port \"%1\" is not a number from 1 to 65535.").arg(portText)));
        ep.port = quint16(p);
    }
    ep.host = host;
    ep.transport = tls ? Transport::Tls : Transport::Tcp;
    if (tls) {
        const QString dir = certPath.isEmpty() ? QDir::home().filePath(QStringLiteral(".docker")) : certPath;
        const QDir d(dir);
        if (QFileInfo::exists(d.filePath(QStringLiteral("ca.pem"))))
            ep.caFile = d.filePath(QStringLiteral("ca.pem"));
        if (QFileInfo::exists(d.filePath(QStringLiteral("cert.pem"))))
            ep.certFile = d.filePath(QStringLiteral("cert.pem"));
        if (QFileInfo::exists(d.filePath(QStringLiteral("key.pem"))))
            ep.keyFile = d.filePath(QStringLiteral("key.pem"));
        ep.verifyPeer = tlsVerify || scheme == QLatin1String("https");
    }
    return ep;
}

Result<Endpoint> Endpoint::fromEnvironment(const QProcessEnvironment &env)
{
    const QString verify = env.value(QStringLiteral("DOCKER_TLS_VERIFY"));
    const bool tlsVerify = !verify.isEmpty() && verify != QLatin1String("0") && verify.toLower() != QLatin1String("false");
    return parse(env.value(QStringLiteral("DOCKER_HOST")), tlsVerify, env.value(QStringLiteral("DOCKER_CERT_PATH")));
}

QString Endpoint::toString() const
{
    switch (transport) {
    case Transport::Unix:
        return QStringLiteral("unix://") + path;
    case Transport::Tcp:
    case Transport::Tls: {
        const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        return QLatin1String(transport == Transport::Tls ? "tcp+tls://" : "tcp://") + h + QLatin1Char(':') + QString::number(port);
    }
    case Transport::Ssh: {
        QString s = QStringLiteral("ssh://");
        if (!user.isEmpty())
            s += user + QLatin1Char('@');
        s += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
        if (port)
            s += QLatin1Char(':') + QString::number(port);
        return s + path;
    }
    }
    return {};
}

QProcessEnvironment Endpoint::cliEnvironment(const QProcessEnvironment &base, const QStringList &alsoRemove) const
{
    QProcessEnvironment env = base;
    for (const char *name : {"DOCKER_CONTEXT", "DOCKER_TLS", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"})
        env.remove(QLatin1String(name));
    for (const QString &name : alsoRemove)
        env.remove(name);
    env.insert(QStringLiteral("DOCKER_CLI_HINTS"), QStringLiteral("false"));
    if (transport == Transport::Unix || transport == Transport::Ssh) {
        env.insert(QStringLiteral("DOCKER_HOST"), toString());
        return env;
    }
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://") + h + QLatin1Char(':') + QString::number(port));
    if (transport == Transport::Tls) {
        env.insert(QStringLiteral("DOCKER_TLS"), QStringLiteral("1"));
        if (verifyPeer)
            env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        // The CLI reads ca.pem, cert.pem and key.pem from one folder.
        const QString material = !certFile.isEmpty() ? certFile : caFile;
        if (!material.isEmpty())
            env.insert(QStringLiteral("DOCKER_CERT_PATH"), QFileInfo(material).absolutePath());
    }
    return env;
}
