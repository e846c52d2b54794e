#pragma once

#include "engineerror.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Where an engine listens and how to reach it: a unix socket, plain TCP, TCP with
/// TLS (CA, client certificate and key, as the docker CLI uses them), or ssh (a child
/// `ssh` process running `docker system dial-stdio` on the remote host, as the CLI does).
struct Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
public:
    enum class Transport { Unix, Tcp, Tls, Ssh };

    Transport transport = Transport::Unix;
    QString path; ///< unix socket path; for ssh, the remote engine's socket (empty: the remote CLI's default)
    QString host; ///< tcp or ssh host name or address (IPv6 without brackets)
    quint16 port = 0; ///< for ssh, 0 leaves the port to ssh (its config, else 22)
    QString user; ///< ssh user; empty leaves it to ssh (its config, else the local user name)

    // TLS material (PEM files). Without a CA the system's trust store is used.
    QString caFile;
    QString certFile;
    QString keyFile;
    bool verifyPeer = true;

    static constexpr auto defaultSocket = "/var/run/docker.sock";

    /// Parses a DOCKER_HOST value (`unix:///path`, `tcp://host:port`, `http://`,
    /// `https://`, `ssh://[user@]host[:port][/remote/socket]`). An empty string means the default socket. TLS is chosen by
    /// `https://`, or by `tlsVerify`/a certificate directory for `tcp://`.
    static Result<Endpoint> parse(const QString &dockerHost, bool tlsVerify = false,
                                  const QString &certPath = {});

    /// The endpoint the docker CLI would use: DOCKER_HOST, DOCKER_TLS_VERIFY and
    /// DOCKER_CERT_PATH (default ~/.docker), else the default socket.
    static Result<Endpoint> fromEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    /// The DOCKER_HOST form of this endpoint, for display and logs.
    QString toString() const;

    /// The environment for a docker CLI child process (buildx, compose) that must talk
    /// to this endpoint whatever the user's docker context says: `base` with
    /// DOCKER_CONTEXT, DOCKER_TLS, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH replaced by
    /// this endpoint's, DOCKER_HOST set, and the CLI's hints off. `alsoRemove` names
    /// more variables to drop (BUILDX_BUILDER for a build).
    QProcessEnvironment cliEnvironment(const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                                       const QStringList &alsoRemove = {}) const;

    bool operator==(const Endpoint &) const = default;
};
