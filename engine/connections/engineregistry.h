#pragma once

#include "dockercontexts.h"
#include "engine.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

/// One engine Cais knows: a docker context found on disk, a connection added in Cais,
/// or a local Podman socket.
struct EngineEntry
{
    enum class Origin {
        Context, ///< a docker CLI context (the "default" one included)
        Cais,    ///< added in Cais, kept in its settings
        Socket,  ///< a local socket found (Podman's, or Docker's)
    };
    QString name; ///< unique among the entries
    Origin origin = Origin::Cais;
    QString address; ///< as DOCKER_HOST; empty for the default socket
    QString description;
    QString caFile;
    QString certFile;
    QString keyFile;
    bool skipTlsVerify = false;
    bool tls = false; ///< TLS asked for without material (the default context's DOCKER_TLS_VERIFY)
    QString error; ///< why it cannot be used (an unreadable context)

    /// The endpoint it names, with its TLS material.
    Result<Endpoint> endpoint() const;
    bool operator==(const EngineEntry &) const = default;
};

/// Every engine Cais knows, and an Engine for each one in use: several stay connected
/// at once, each with its own connections, reconnecting by itself. Contexts are read
/// from the docker CLI's folders (they appear by themselves on reload()); connections
/// added in Cais are kept in its settings and can be written back as docker contexts,
/// so that the CLI sees them too.
class EngineRegistry : public QObject
{
    Q_OBJECT
public:
    /// `settingsFile`: where Cais's own connections are kept (an INI file); empty for
    /// Cais's usual settings.
    explicit EngineRegistry(const DockerContexts::Options &where, const QString &settingsFile = {}, QObject *parent = nullptr);
    ~EngineRegistry() override;

    /// Reads the contexts, the sockets and Cais's connections again.
    void reload();
    const QList<EngineEntry> &entries() const { return m_entries; }
    const EngineEntry *entry(const QString &name) const;

    /// The engine in use under `name`, or nullptr.
    Engine *engine(const QString &name) const;
    /// The engine of `name`, made and connecting if it was not in use yet; nullptr
    /// (and `error` set) when its address cannot be used.
    Engine *use(const QString &name, QString *error = nullptr);
    /// Takes `engine` (the one chosen at start) as the one in use under `name`, adding
    /// an entry for it if none has that name.
    void adopt(const QString &name, Engine *engine);
    /// The names of the engines in use.
    QStringList inUse() const;

    /// Adds or changes (`previousName` non-empty) a connection of Cais's own.
    Result<Done> saveConnection(const EngineEntry &entry, const QString &previousName = {});
    /// Removes a connection of Cais's own (a context is removed with the CLI).
    Result<Done> removeConnection(const QString &name);
    /// Writes a connection as a docker context (meta.json, and its TLS material copied
    /// where the CLI keeps it), so that `docker --context NAME` reaches it too.
    Result<Done> writeDockerContext(const QString &name);

    /// The engine Cais opens when nothing (option, variable, `docker context use`)
    /// chooses one; empty for the CLI's default.
    QString defaultName() const { return m_defaultName; }
    void setDefaultName(const QString &name);

    const DockerContexts::Options &options() const { return m_where; }

Q_SIGNALS:
    /// Entries were added, removed or changed.
    void entriesChanged();
    /// An engine in use changed state (connected, unreachable, ...), or began to be used.
    void engineChanged(const QString &name);

private:
    QList<EngineEntry> cais() const;
    Result<Done> writeCais(const QList<EngineEntry> &list);
    void watch(const QString &name, Engine *engine);

    DockerContexts::Options m_where;
    QString m_settingsFile;
    QString m_defaultName; ///< read once; written through setDefaultName()
    QList<EngineEntry> m_entries;
    QHash<QString, QPointer<Engine>> m_engines;
    QList<QPointer<Engine>> m_owned;
};
