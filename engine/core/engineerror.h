#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

/// What went wrong talking to an engine: the HTTP status (0 when there was no
/// response), the engine's own message, and a sentence a user can act on.
struct EngineError
{
    Q_DECLARE_TR_FUNCTIONS(EngineError)
public:
    enum class Kind {
        None,
        SocketMissing,      ///< unix socket path does not exist
        PermissionDenied,   ///< not allowed to open the socket
        ConnectionRefused,  ///< nobody listens
        HostNotFound,
        Tls,                ///< TLS handshake or certificate failure
        Timeout,            ///< connect or first byte took too long
        Closed,             ///< the engine closed the connection mid-request
        Protocol,           ///< unparsable HTTP or JSON
        Http,               ///< the engine answered with an error status
        UnsupportedVersion, ///< API version below what Cais needs
        Canceled,
        Other,
        Ssh,                ///< ssh itself failed (no ssh, no docker on the remote host, ...)
        SshHostKey,         ///< the remote host key is unknown and was refused, or it changed
        SshAuth,            ///< the remote host refused the login
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString engineMessage; ///< the engine's "message", verbatim
    QString userMessage;   ///< what to tell the user, translated

    /// Short label of the error's kind, for logs.
    QString kindName() const;
    /// userMessage, followed by the engine's words when they add something.
    QString fullText() const;

    /// Builds the error for an HTTP error response body (`{"message": ...}`).
    static EngineError fromHttp(int status, const QByteArray &body);
    static EngineError make(Kind kind, const QString &userMessage, const QString &engineMessage = {});
    /// An answer the engine should not have given (Kind::Protocol).
    static EngineError protocol(const QString &userMessage);
};

template<class T>
using Result = std::expected<T, EngineError>;

/// For calls that give nothing back but success.
struct Done
{
};
