#include "engineerror.h"

#include <QJsonDocument>
#include <QJsonObject>

QString EngineError::kindName() const
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::SocketMissing: return QStringLiteral("socket-missing");
    case Kind::PermissionDenied: return QStringLiteral("permission-denied");
    case Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Kind::HostNotFound: return QStringLiteral("host-not-found");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Closed: return QStringLiteral("closed");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Http: return QStringLiteral("http");
    case Kind::UnsupportedVersion: return QStringLiteral("unsupported-version");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::Ssh: return QStringLiteral("ssh");
    case Kind::SshHostKey: return QStringLiteral("ssh-host-key");
    case Kind::SshAuth: return QStringLiteral("ssh-auth");
    case Kind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

QString EngineError::fullText() const
{
    if (engineMessage.isEmpty() || userMessage.contains(engineMessage))
        return userMessage;
    // A socket that could not connect, or that broke, carries the system's words
    // ("QLocalSocket::connectToServer: Connection refused"): the engine said nothing.
    if (kind == Kind::SocketMissing || kind == Kind::PermissionDenied || kind == Kind::ConnectionRefused
        || kind == Kind::HostNotFound || kind == Kind::Timeout || kind == Kind::Closed)
        return tr("%1 (%2)").arg(userMessage, engineMessage);
    return tr("%1 The engine said: %2").arg(userMessage, engineMessage);
}

EngineError EngineError::protocol(const QString &userMessage)
{
    return make(Kind::Protocol, userMessage);
}

EngineError EngineError::make(Kind kind, const QString &userMessage, const QString &engineMessage)
{
    EngineError e;
    e.kind = kind;
    e.userMessage = userMessage;
    e.engineMessage = engineMessage;
    return e;
}

EngineError EngineError::fromHttp(int status, const QByteArray &body)
{
    EngineError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // The Engine API's {"message": "..."}; Podman's "cause" when its message is empty;
    // anything else (a proxy's page, other JSON) as its text. A body that is only an
    // empty message is no message.
    const QJsonObject o = doc.object();
    if (doc.isObject()) {
        e.engineMessage = o.value(QLatin1String("message")).toString().trimmed();
        if (e.engineMessage.isEmpty())
            e.engineMessage = o.value(QLatin1String("cause")).toString().trimmed();
    }
    if (e.engineMessage.isEmpty() && !(doc.isObject() && o.keys() == QStringList{QStringLiteral("message")}))
        e.engineMessage = QString::fromUtf8(body.trimmed().left(500));

    switch (status) {
    case 400:
        e.userMessage = e.engineMessage.isEmpty()
            ? tr("The engine rejected the request as invalid.")
            : tr("The engine rejected the request: %1").arg(e.engineMessage);
        break;
    case 401:
        e.userMessage = tr("The registry or engine asks for credentials. Log in and try again.");
        break;
    case 403:
        e.userMessage = e.engineMessage.isEmpty() ? tr("The engine refused this action.")
                                                  : tr("The engine refused this action: %1").arg(e.engineMessage);
        break;
    case 404:
        e.userMessage = e.engineMessage.isEmpty()
            ? tr("Not found: this engine does not know the object or the route (it may be too old for this action).")
            : tr("Not found: %1").arg(e.engineMessage);
        break;
    case 409:
        e.userMessage = e.engineMessage.isEmpty() ? tr("The engine reports a conflict with the object's current state.")
                                                  : tr("Conflict: %1").arg(e.engineMessage);
        break;
    case 500:
        // A reply without a body (a HEAD, or an engine that says nothing) still gets a
        // sentence that ends, and where to look.
        e.userMessage = e.engineMessage.isEmpty()
            ? tr("The engine failed without saying why (HTTP 500). The engine's own log may tell more.")
            : tr("The engine failed: %1").arg(e.engineMessage);
        break;
    case 501:
        e.userMessage = e.engineMessage.isEmpty() ? tr("This engine does not support that action.")
                                                  : tr("This engine does not support that action: %1").arg(e.engineMessage);
        break;
    case 503:
        e.userMessage = e.engineMessage.isEmpty() ? tr("The engine is not ready. Try again in a moment.")
                                                  : tr("The engine is not ready: %1").arg(e.engineMessage);
        break;
    default:
        e.userMessage = e.engineMessage.isEmpty() ? tr("The engine answered with HTTP %1.").arg(status)
                                                  : tr("The engine answered with HTTP %1: %2").arg(status).arg(e.engineMessage);
        break;
    }
    return e;
}
