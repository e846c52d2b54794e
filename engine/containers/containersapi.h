#pragma once

#include "containertypes.h"
#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class Engine;
struct RunConfig;

/// Typed container calls on one Engine. Every call is asynchronous and ends in a
/// Result; engine errors are rewritten into sentences that name the container and
/// say what to do (404 gone, 409 conflicts), keeping the engine's own words.
class ContainersApi
{
    Q_DECLARE_TR_FUNCTIONS(ContainersApi)
public:
    enum class Action { Start, Stop, Restart, Pause, Unpause, Kill, Remove, Rename, Create, Inspect, List, Top, Update, Changes };

    /// How an action ended without failing.
    enum class Outcome {
        Done,
        AlreadyInState, ///< nothing to do: already running (start 304), already stopped (stop 304), already paused...
    };

    struct Created
    {
        QString id;
        QStringList warnings;
    };

    /// What `docker top` prints: the columns ps printed and one row per process.
    struct Processes
    {
        QStringList titles;
        QList<QStringList> rows;
    };

    explicit ContainersApi(Engine *engine);

    /// GET /containers/json, never with sizes. `ids` limits the list to those containers
    /// (for targeted re-fetches after events); absent ids simply are not in the result.
    QFuture<Result<QList<ContainerSummary>>> list(bool all = true, const QStringList &ids = {}) const;
    /// GET /containers/{id}/json; `withSize` asks for SizeRw/SizeRootFs (slow: on demand only).
    QFuture<Result<QJsonObject>> inspect(const QString &id, bool withSize = false) const;
    /// GET /containers/{id}/top: the engine runs ps with `psArgs` ("-ef" when empty).
    /// Docker runs it on the host and filters the container's processes: host PIDs, and
    /// the output needs a PID column. Podman runs it in the container's PID namespace:
    /// the container's own PIDs, any columns. A refusal of the arguments becomes a
    /// sentence that names them.
    QFuture<Result<Processes>> top(const QString &id, const QString &psArgs = {}) const;
    /// Podman only: whether the container's last end was a user's stop (libpod's
    /// State.StoppedByUser). Podman sends no stop or kill event before its die.
    QFuture<Result<bool>> stoppedByUser(const QString &id) const;
    QFuture<Result<Created>> create(const RunConfig &config) const;
    QFuture<Result<Created>> create(const QJsonObject &body, const QString &name = {}) const;

    QFuture<Result<Outcome>> start(const QString &id) const;
    /// `timeoutSeconds`: how long the engine waits after SIGTERM before SIGKILL; -1 for
    /// ever. Without it the engine waits for the container's own StopTimeout (10 s
    /// unless set): the container is inspected first, to know how long the answer may take.
    QFuture<Result<Outcome>> stop(const QString &id, std::optional<int> timeoutSeconds = std::nullopt) const;
    QFuture<Result<Outcome>> restart(const QString &id, std::optional<int> timeoutSeconds = std::nullopt) const;

    /// How long to wait for the answer to a stop or restart, in milliseconds: the
    /// engine answers once the container stopped, after at most its stop timeout (the
    /// `t` given, else the container's Config.StopTimeout, else 10 s) and a SIGKILL;
    /// a minute more covers the kill and the engine's own work. 0 means no deadline:
    /// for a negative timeout (wait for ever) and for one longer than a timer holds.
    static int stopDeadlineMs(std::optional<int> timeoutSeconds, std::optional<qint64> configuredStopTimeout);

    QFuture<Result<Outcome>> pause(const QString &id) const;
    QFuture<Result<Outcome>> unpause(const QString &id) const;
    /// `signal`: "SIGKILL" (the default when empty), "SIGTERM", "HUP", "9"...
    QFuture<Result<Outcome>> kill(const QString &id, const QString &signal = {}) const;
    /// `removeVolumes`: also the container's anonymous volumes (docker rm -v).
    QFuture<Result<Outcome>> remove(const QString &id, bool force = false, bool removeVolumes = false) const;
    QFuture<Result<Outcome>> rename(const QString &id, const QString &newName) const;
    /// POST /containers/{id}/update with `body` (see ContainerLimits::updateBody());
    /// the engine's warnings on success.
    QFuture<Result<QStringList>> update(const QString &id, const QJsonObject &body) const;
    /// GET /containers/{id}/changes: `docker diff`.
    QFuture<Result<QList<ContainerChange>>> changes(const QString &id) const;

    /// The user's sentence for an engine error of `action` on the container `who`
    /// (a name or short id); the engine's message stays in engineMessage.
    static EngineError explain(Action action, const QString &who, const EngineError &error);
    /// What a successful action did, for the results shown to the user ("Stopped", "Already running").
    static QString describe(Action action, Outcome outcome);

private:
    /// `timeoutMs`: the request's first-byte deadline; nullopt for the default, 0 for none.
    QFuture<Result<Outcome>> action(Action a, const QString &id, const QString &path, const QUrlQuery &query,
                                    std::optional<int> timeoutMs = std::nullopt, bool del = false) const;
    /// stop and restart: with `t`, at once; without, after inspecting the container.
    QFuture<Result<Outcome>> stopAction(Action a, const QString &id, const QString &path, std::optional<int> timeoutSeconds) const;

    QPointer<Engine> m_engine;
};
