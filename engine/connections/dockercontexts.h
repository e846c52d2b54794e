#pragma once

#include "endpoint.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

/// One docker CLI context, as `docker context ls` lists it: the "default" context
/// (DOCKER_HOST and its TLS variables) or one stored under
/// `$DOCKER_CONFIG/contexts/meta/<sha256 of its name>/meta.json`, with its TLS
/// material in `$DOCKER_CONFIG/contexts/tls/<same>/docker/`.
struct DockerContext
{
    QString name;
    QString description;
    QString host;            ///< the docker endpoint's Host as written; empty: the default socket
    bool skipTlsVerify = false;
    bool tls = false;        ///< TLS asked for even without material (DOCKER_TLS_VERIFY)
    QString caFile;          ///< TLS material found for the context (empty when absent)
    QString certFile;
    QString keyFile;
    QString metaFile;        ///< where it was read from; empty for "default"
    QString error;           ///< why it cannot be used (missing, unreadable meta.json, no docker endpoint)
    bool isDefault = false;
    bool current = false;    ///< the one the CLI would use now

    /// The endpoint this context names, or why it cannot be reached.
    Result<Endpoint> endpoint() const;
};

/// Which engine to talk to, chosen as the docker CLI chooses it, and why.
struct EngineChoice
{
    Q_DECLARE_TR_FUNCTIONS(EngineChoice)
public:
    enum class Source {
        HostOption,    ///< --host given to Cais
        ContextOption, ///< --context given to Cais
        DockerHost,    ///< the DOCKER_HOST variable
        DockerContext, ///< the DOCKER_CONTEXT variable
        ConfigFile,    ///< currentContext in config.json (`docker context use`)
        Default,       ///< nothing chosen: the default socket
        PodmanSocket,  ///< nothing chosen, no default socket, but Podman's socket is there
    };

    QString contextName; ///< "default" unless a stored context was chosen
    Source source = Source::Default;
    Result<Endpoint> endpoint;
    QStringList warnings; ///< what the CLI would warn about (an unreadable config.json)

    /// Why this engine, in words: "the context \"build\" (DOCKER_CONTEXT)".
    QString reason() const;
};

/// A local engine socket that exists: Docker's default, Podman's rootful and rootless.
struct LocalSocket
{
    enum class Kind { Docker, PodmanRootful, PodmanRootless };
    Kind kind = Kind::Docker;
    QString path;
};

/// Finds engines the way the docker CLI does. Pure file reading, no I/O to engines.
class DockerContexts
{
    Q_DECLARE_TR_FUNCTIONS(DockerContexts)
public:
    struct Options
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QString hostOption;    ///< Cais's --host (as the CLI's -H)
        QString contextOption; ///< Cais's --context (as the CLI's --context)
        /// Prefix for the fixed socket paths (/var/run/docker.sock,
        /// /run/podman/podman.sock), so tests can lay out a fake root.
        QString root;
    };

    /// DOCKER_CONFIG, else ~/.docker.
    static QString configDir(const QProcessEnvironment &env);
    /// The folder name a context is stored under: the hex SHA-256 of its name.
    static QString storageId(const QString &name);
    /// The default context and every stored one, in `docker context ls`'s order (by
    /// name, natural order), the current one marked; a current context that does not
    /// exist is listed with its error, as the CLI lists it.
    static QList<DockerContext> list(const Options &options);
    /// One context by name ("default" included), or why it cannot be found.
    static Result<DockerContext> find(const Options &options, const QString &name);
    /// The context name the CLI would use, and what chose it (resolveContextName of
    /// docker/cli: --context, --host, DOCKER_HOST, DOCKER_CONTEXT, currentContext).
    static std::pair<QString, EngineChoice::Source> currentName(const Options &options, QStringList *warnings = nullptr);
    /// The engine to connect to at start.
    static EngineChoice resolve(const Options &options);
    /// The local sockets that exist, Docker's first.
    static QList<LocalSocket> localSockets(const Options &options);
};
