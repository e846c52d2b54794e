#include "containersapi.h"

#include "engine.h"
#include "runconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace {

template<class T>
QFuture<Result<T>> failedNow(const EngineError &e)
{
    QPromise<Result<T>> p;
    p.start();
    p.addResult(Result<T>(std::unexpected(e)));
    p.finish();
    return p.future();
}

EngineError noEngine()
{
    return EngineError::make(EngineError::Kind::Other, ContainersApi::tr("Not connected to an engine."));
}

/// `future` with its error rewritten for the user (ContainersApi::explain()).
template<class T>
QFuture<Result<T>> explained(QFuture<Result<T>> future, ContainersApi::Action action, const QString &who)
{
    return future.then(QtFuture::Launch::Sync, [action, who](Result<T> r) {
        if (!r)
            return Result<T>(std::unexpected(ContainersApi::explain(action, who, r.error())));
        return r;
    });
}

bool mentions(const QString &message, const char *text)
{
    return message.contains(QLatin1String(text), Qt::CaseInsensitive);
}

} // namespace

ContainersApi::ContainersApi(Engine *engine)
    : m_engine(engine)
{
}

QFuture<Result<QList<ContainerSummary>>> ContainersApi::list(bool all, const QStringList &ids) const
{
    if (!m_engine)
        return failedNow<QList<ContainerSummary>>(noEngine());
    QUrlQuery q;
    if (all)
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (!ids.isEmpty()) {
        // Full ids: the engine's filter takes them as exact matches first (and as
        // patterns, but a 64-digit id cannot be found inside another one).
        QJsonObject idFilter;
        for (const QString &id : ids)
            idFilter.insert(id, true);
        const QJsonObject filters{{QStringLiteral("id"), idFilter}};
        q.addQueryItem(QStringLiteral("filters"), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    }
    return m_engine->call<QList<ContainerSummary>>(m_engine->getShared(QStringLiteral("/containers/json"), q),
        [](const Reply &r) -> Result<QList<ContainerSummary>> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            if (!doc->isArray())
                return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The engine's container list is not a list.")));
            const QJsonArray a = doc->array();
            QList<ContainerSummary> out;
            out.reserve(a.size());
            for (const QJsonValue &v : a)
                out.append(ContainerSummary::fromJson(v.toObject()));
            return out;
        });
}

QFuture<Result<QJsonObject>> ContainersApi::inspect(const QString &id, bool withSize) const
{
    if (!m_engine)
        return failedNow<QJsonObject>(noEngine());
    QUrlQuery q;
    if (withSize)
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
    const QString who = id.left(12);
    auto decode = [](const Reply &r) -> Result<QJsonObject> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        if (!doc->isObject())
            return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The engine's description of the container is not an object.")));
        return doc->object();
    };
    HttpRequest req;
    req.target = m_engine->target(QStringLiteral("/containers/%1/json").arg(id), q);
    // Computing sizes walks the container's whole file system.
    if (withSize)
        req.firstByteTimeoutMs = 10 * 60 * 1000;
    return explained(m_engine->call<QJsonObject>(m_engine->send(req), decode), Action::Inspect, who);
}

QFuture<Result<bool>> ContainersApi::stoppedByUser(const QString &id) const
{
    if (!m_engine)
        return failedNow<bool>(noEngine());
    // Podman's own inspect (libpod) keeps State.StoppedByUser; its compatible one does not.
    auto decode = [](const Reply &r) -> Result<bool> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        return doc->object().value(QLatin1String("State")).toObject().value(QLatin1String("StoppedByUser")).toBool();
    };
    HttpRequest req;
    req.target = m_engine->target(QStringLiteral("/libpod/containers/%1/json").arg(id));
    return explained(m_engine->call<bool>(m_engine->send(req), decode), Action::Inspect, id.left(12));
}

QFuture<Result<ContainersApi::Processes>> ContainersApi::top(const QString &id, const QString &psArgs) const
{
    if (!m_engine)
        return failedNow<Processes>(noEngine());
    QUrlQuery q;
    // Podman reads an empty ps_args as its own descriptors (psgo), which list the
    // host's processes where it cannot enter the container's namespace; "-ef" makes
    // it run ps in the container, with the columns Docker's default gives.
    const QString args = psArgs.isEmpty() && m_engine->info().podman ? QStringLiteral("-ef") : psArgs;
    if (!args.isEmpty())
        q.addQueryItem(QStringLiteral("ps_args"), Engine::queryValue(args));
    const QString who = id.size() == 64 ? id.left(12) : id;
    return m_engine->call<Processes>(m_engine->get(QStringLiteral("/containers/%1/top").arg(id), q),
        [](const Reply &r) -> Result<Processes> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            const QJsonObject o = doc->object();
            Processes p;
            for (const auto range = o.value(QLatin1String("Titles")).toArray(); const QJsonValue &t : range)
                p.titles << t.toString();
            if (p.titles.isEmpty())
                return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The engine's process list has no columns.")));
            const QJsonArray rows = o.value(QLatin1String("Processes")).toArray();
            p.rows.reserve(rows.size());
            for (const QJsonValue &row : rows) {
                QStringList cells;
                for (const auto range = row.toArray(); const QJsonValue &c : range)
                    cells << c.toString();
                p.rows.append(cells);
            }
            return p;
        })
        .then(QtFuture::Launch::Sync, [who, psArgs](Result<Processes> r) {
            if (r)
                return r;
            EngineError e = explain(Action::Top, who, r.error());
            // ps itself refused the arguments, or its output had no PID column.
            if (e.kind == EngineError::Kind::Http && e.httpStatus != 404 && e.httpStatus != 409 && !psArgs.isEmpty())
                e.userMessage = tr("The engine could not list the processes of %1 with the ps arguments “%2”: %3")
                                    .arg(who, psArgs, e.engineMessage);
            return Result<Processes>(std::unexpected(e));
        });
}

QFuture<Result<ContainersApi::Created>> ContainersApi::create(const RunConfig &config) const
{
    return create(config.toCreateBody(), config.name);
}

QFuture<Result<ContainersApi::Created>> ContainersApi::create(const QJsonObject &body, const QString &name) const
{
    if (!m_engine)
        return failedNow<Created>(noEngine());
    QUrlQuery q;
    if (!name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), name);
    const QString who = name.isEmpty() ? body.value(QLatin1String("Image")).toString() : name;
    return explained(m_engine->call<Created>(m_engine->post(QStringLiteral("/containers/create"), q, QJsonDocument(body).toJson(QJsonDocument::Compact)),
        [](const Reply &r) -> Result<Created> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            const QJsonObject o = doc->object();
            Created c;
            c.id = o.value(QLatin1String("Id")).toString();
            const QJsonArray w = o.value(QLatin1String("Warnings")).toArray();
            for (const QJsonValue &v : w) {
                if (!v.toString().isEmpty())
                    c.warnings << v.toString();
            }
            if (c.id.isEmpty())
                return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The engine created a container but did not say its ID.")));
            return c;
        }), Action::Create, who);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::action(Action a, const QString &id, const QString &path, const QUrlQuery &query,
                                                                std::optional<int> timeoutMs, bool del) const
{
    if (!m_engine)
        return failedNow<Outcome>(noEngine());
    HttpRequest req;
    req.method = del ? "DELETE" : "POST";
    req.target = m_engine->target(path, query);
    if (timeoutMs)
        req.firstByteTimeoutMs = std::max(0, *timeoutMs);
    const QString who = id.size() == 64 ? id.left(12) : id;
    return m_engine->call<Outcome>(m_engine->send(req), [](const Reply &r) -> Result<Outcome> {
               return r.status() == 304 ? Outcome::AlreadyInState : Outcome::Done;
           })
        .then(QtFuture::Launch::Sync, [a, who](Result<Outcome> r) -> Result<Outcome> {
            if (r)
                return r;
            const EngineError &e = r.error();
            // Nothing to do is not a failure: pausing a paused container, unpausing one
            // that is not paused (the engine answers 409 and 500 there, not 304).
            if (e.kind == EngineError::Kind::Http) {
                if (a == Action::Pause && e.httpStatus == 409 && mentions(e.engineMessage, "already paused"))
                    return Outcome::AlreadyInState;
                if (a == Action::Unpause && mentions(e.engineMessage, "is not paused"))
                    return Outcome::AlreadyInState;
            }
            return std::unexpected(explain(a, who, e));
        });
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::start(const QString &id) const
{
    return action(Action::Start, id, QStringLiteral("/containers/%1/start").arg(id), {});
}

int ContainersApi::stopDeadlineMs(std::optional<int> timeoutSeconds, std::optional<qint64> configuredStopTimeout)
{
    constexpr qint64 kEngineDefault = 10; // Docker's and Podman's, when a container sets none
    constexpr qint64 kMarginMs = 60 * 1000;
    const qint64 seconds = timeoutSeconds ? qint64(*timeoutSeconds) : configuredStopTimeout.value_or(kEngineDefault);
    if (seconds < 0)
        return 0; // the engine waits for ever
    // Beyond what an int of milliseconds (a QTimer) holds, about 24 days: no deadline.
    if (seconds > (std::numeric_limits<int>::max() - kMarginMs) / 1000)
        return 0;
    return int(seconds * 1000 + kMarginMs);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::stopAction(Action a, const QString &id, const QString &path,
                                                                    std::optional<int> timeoutSeconds) const
{
    if (timeoutSeconds) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("t"), QString::number(*timeoutSeconds));
        return action(a, id, path, q, stopDeadlineMs(timeoutSeconds, std::nullopt));
    }
    if (!m_engine)
        return failedNow<Outcome>(noEngine());
    // Without t the engine waits for the container's own StopTimeout (docker run
    // --stop-timeout, Compose's stop_grace_period), which only its inspect tells.
    const ContainersApi api = *this; // `this` may be a temporary
    return inspect(id)
        .then(QtFuture::Launch::Sync,
              [api, a, id, path](const Result<QJsonObject> &r) -> QFuture<Result<Outcome>> {
                  if (!r)
                      return failedNow<Outcome>(r.error());
                  const QJsonValue v = r->value(QLatin1String("Config")).toObject().value(QLatin1String("StopTimeout"));
                  // (Clamped: a double beyond qint64 does not convert.)
                  const std::optional<qint64> configured =
                      v.isDouble() ? std::optional<qint64>(qint64(std::clamp(v.toDouble(), -1.0, 1e12))) : std::nullopt;
                  return api.action(a, id, path, {}, stopDeadlineMs(std::nullopt, configured));
              })
        .unwrap();
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::stop(const QString &id, std::optional<int> timeoutSeconds) const
{
    return stopAction(Action::Stop, id, QStringLiteral("/containers/%1/stop").arg(id), timeoutSeconds);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::restart(const QString &id, std::optional<int> timeoutSeconds) const
{
    return stopAction(Action::Restart, id, QStringLiteral("/containers/%1/restart").arg(id), timeoutSeconds);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::pause(const QString &id) const
{
    return action(Action::Pause, id, QStringLiteral("/containers/%1/pause").arg(id), {});
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::unpause(const QString &id) const
{
    return action(Action::Unpause, id, QStringLiteral("/containers/%1/unpause").arg(id), {});
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::kill(const QString &id, const QString &signal) const
{
    QUrlQuery q;
    if (!signal.isEmpty())
        q.addQueryItem(QStringLiteral("signal"), signal);
    return action(Action::Kill, id, QStringLiteral("/containers/%1/kill").arg(id), q);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::remove(const QString &id, bool force, bool removeVolumes) const
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    if (removeVolumes)
        q.addQueryItem(QStringLiteral("v"), QStringLiteral("1"));
    return action(Action::Remove, id, QStringLiteral("/containers/%1").arg(id), q, std::nullopt, true);
}

QFuture<Result<ContainersApi::Outcome>> ContainersApi::rename(const QString &id, const QString &newName) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("name"), newName);
    return action(Action::Rename, id, QStringLiteral("/containers/%1/rename").arg(id), q);
}

QFuture<Result<QStringList>> ContainersApi::update(const QString &id, const QJsonObject &body) const
{
    if (!m_engine)
        return failedNow<QStringList>(noEngine());
    const QString who = id.size() == 64 ? id.left(12) : id;
    return explained(m_engine->call<QStringList>(m_engine->post(QStringLiteral("/containers/%1/update").arg(id), {}, QJsonDocument(body).toJson(QJsonDocument::Compact)),
        [](const Reply &r) -> Result<QStringList> {
            auto doc = Engine::parseJson(r.body());
            QStringList warnings;
            if (doc) {
                for (const auto range = doc->object().value(QLatin1String("Warnings")).toArray(); const QJsonValue &w : range) {
                    if (!w.toString().isEmpty())
                        warnings << w.toString();
                }
            }
            return warnings;
        }), Action::Update, who);
}

QFuture<Result<QList<ContainerChange>>> ContainersApi::changes(const QString &id) const
{
    if (!m_engine)
        return failedNow<QList<ContainerChange>>(noEngine());
    const QString who = id.size() == 64 ? id.left(12) : id;
    HttpRequest req;
    req.target = m_engine->target(QStringLiteral("/containers/%1/changes").arg(id));
    // The engine compares the container's whole writable layer with its image.
    req.firstByteTimeoutMs = 5 * 60 * 1000;
    return explained(m_engine->call<QList<ContainerChange>>(m_engine->send(req),
        [](const Reply &r) -> Result<QList<ContainerChange>> {
            // Docker says `null` when nothing changed.
            if (r.body().trimmed() == "null" || r.body().trimmed().isEmpty())
                return QList<ContainerChange>();
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            if (!doc->isArray())
                return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The engine's list of changes is not a list.")));
            return ContainerChange::listFromJson(doc->array());
        }), Action::Changes, who);
}

EngineError ContainersApi::explain(Action a, const QString &who, const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    const QString &m = error.engineMessage;
    switch (error.httpStatus) {
    case 404:
        if (a == Action::Create) {
            if (mentions(m, "No such image")) {
                const QString image = m.section(QLatin1String(": "), 1);
                e.userMessage = tr("The image %1 is not on this engine. Pull it or build it first.").arg(image.isEmpty() ? who : image);
            } else if (mentions(m, "network")) {
                e.userMessage = tr("The network of %1 does not exist: %2").arg(who, m);
            }
        } else if (m.isEmpty() || mentions(m, "No such container")) {
            e.userMessage = tr("The container %1 no longer exists: it may have been removed meanwhile.").arg(who);
        } else {
            // Something else is missing, such as the network it is attached to.
            e.userMessage = tr("%1: the engine could not find what this needs: %2").arg(who, m);
        }
        break;
    case 409: {
        static const QRegularExpression nameInUse(QStringLiteral("container name \"/?([^\"]+)\" is already in use"));
        if (const auto match = nameInUse.match(m); match.hasMatch()) {
            e.userMessage = tr("The name %1 is already used by another container. Choose another name, or rename or remove that container first.")
                                .arg(match.captured(1));
        } else if (a == Action::Remove && mentions(m, "is running")) {
            e.userMessage = tr("%1 is running. Stop it first, or remove it with Force.").arg(who);
        } else if (mentions(m, "is paused") || mentions(m, "paused container")) {
            e.userMessage = tr("%1 is paused: unpause it first.").arg(who);
        } else if (mentions(m, "is not running")) {
            e.userMessage = a == Action::Kill ? tr("%1 is not running, so there is nothing to kill.").arg(who)
                : a == Action::Pause          ? tr("%1 is not running, so it cannot be paused.").arg(who)
                                              : tr("%1 is not running.").arg(who);
        } else if (mentions(m, "is restarting")) {
            e.userMessage = tr("%1 is restarting. Wait until it is running or stopped, then try again.").arg(who);
        } else if (mentions(m, "removal") && mentions(m, "in progress")) {
            e.userMessage = tr("%1 is already being removed.").arg(who);
        } else {
            e.userMessage = tr("%1 is in a state that does not allow this: %2").arg(who, m);
        }
        break;
    }
    default:
        if (a == Action::Start || a == Action::Restart) {
            // Typically a command that cannot run ("executable file not found").
            e.userMessage = tr("%1 did not start: %2").arg(who, m);
        } else if ((a == Action::Rename || a == Action::Create) && mentions(m, "Invalid container name")) {
            e.userMessage = tr("The engine refused the name: %1").arg(m);
        } else if (a == Action::Update) {
            if (mentions(m, "memoryswap"))
                e.userMessage = tr("%1: the new memory limit is above the memory and swap limit already set; change both together.").arg(who);
            else if (mentions(m, "AutoRemove"))
                e.userMessage = tr("%1 is removed when it exits (--rm), so it cannot have a restart policy.").arg(who);
            else if (mentions(m, "Conflicting options"))
                e.userMessage = tr("%1: the engine refuses this combination of limits: %2").arg(who, m);
            else
                e.userMessage = tr("The engine could not change %1: %2").arg(who, m);
        }
        break;
    }
    return e;
}

QString ContainersApi::describe(Action a, Outcome o)
{
    const bool done = o == Outcome::Done;
    switch (a) {
    case Action::Start: return done ? tr("Started") : tr("Already running");
    case Action::Stop: return done ? tr("Stopped") : tr("Already stopped");
    case Action::Restart: return tr("Restarted");
    case Action::Pause: return done ? tr("Paused") : tr("Already paused");
    case Action::Unpause: return done ? tr("Unpaused") : tr("Was not paused");
    case Action::Kill: return tr("Signal sent");
    case Action::Remove: return tr("Removed");
    case Action::Rename: return tr("Renamed");
    case Action::Create: return tr("Created");
    case Action::Update: return tr("Updated");
    case Action::Inspect:
    case Action::List:
    case Action::Top:
    case Action::Changes: break;
    }
    return {};
}
