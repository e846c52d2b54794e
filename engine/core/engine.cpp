#include "engine.h"
#include "jsonlists.h"
#include "sshtransport.h"

#include "httpconnection.h"
#include "logging.h"
#include "streamdecoders.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace {

constexpr int kMaxIdleConnections = 4;

std::pair<int, int> splitVersion(const QString &v, bool *ok)
{
    const QStringList parts = v.trimmed().split(QLatin1Char('.'));
    bool a = false, b = false;
    const int major = parts.value(0).toInt(&a);
    const int minor = parts.value(1).toInt(&b);
    *ok = parts.size() == 2 && a && b;
    return {major, minor};
}

Result<QJsonObject> decodeObject(const Reply &r);

bool isTransportKind(EngineError::Kind k)
{
    using K = EngineError::Kind;
    return k == K::SocketMissing || k == K::PermissionDenied || k == K::ConnectionRefused || k == K::HostNotFound
        || k == K::Tls || k == K::Closed || k == K::Timeout;
}

} // namespace

Engine::Engine(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    qRegisterMetaType<EngineEvent>();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Engine::connectToEngine);
}

QString Engine::displayAddress() const
{
    if (m_contextName.isEmpty() || m_contextName == QLatin1String("default"))
        return m_endpoint.toString();
    return tr("%1 (context %2)").arg(m_endpoint.toString(), m_contextName);
}

Engine::~Engine()
{
    m_generation++;
    if (m_events)
        m_events->abort();
    // A connection's destructor emits closed(), whose handler edits m_idle: delete
    // from a copy.
    qDeleteAll(std::exchange(m_idle, {}));
}

void Engine::setReconnectInterval(int ms)
{
    m_reconnectMs = ms;
    if (ms <= 0)
        m_reconnectTimer.stop();
}

Result<QString> Engine::negotiateVersion(const QString &engineApiVersion)
{
    bool ok = false;
    const auto [major, minor] = splitVersion(engineApiVersion, &ok);
    if (!ok) {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            EngineError::tr("The engine did not say which API version it speaks (Api-Version header: \"%1\"). Is this a Docker or Podman engine?")
                .arg(engineApiVersion)));
    }
    if (major < 1 || (major == 1 && minor < kMinApiMinor)) {
        return std::unexpected(EngineError::make(EngineError::Kind::UnsupportedVersion,
            EngineError::tr("This engine speaks Docker API %1, but Cais needs API 1.%2 or newer (Docker 20.10 or Podman 3 and later). Update the engine.")
                .arg(engineApiVersion)
                .arg(kMinApiMinor)));
    }
    if (major > 1 || minor > kMaxApiMinor)
        return QStringLiteral("1.%1").arg(kMaxApiMinor);
    return QStringLiteral("1.%1").arg(minor);
}

QByteArray Engine::target(const QString &path, const QUrlQuery &query, bool versioned) const
{
    QByteArray t;
    if (versioned) {
        const QString v = m_info.apiVersion.isEmpty() ? QStringLiteral("1.%1").arg(kMinApiMinor) : m_info.apiVersion;
        t = "/v" + v.toLatin1();
    }
    t += QUrl::toPercentEncoding(path, "/");
    // QUrlQuery leaves '+' alone, and Go reads '+' in a query as a space
    // ("1.0+build" would reach the engine as "1.0 build"). Spaces are already %20.
    if (!query.isEmpty())
        t += '?' + query.query(QUrl::FullyEncoded).toLatin1().replace('+', "%2B");
    return t;
}

QString Engine::queryValue(QString value)
{
    return value.replace(QLatin1Char('%'), QLatin1String("%25")).replace(QLatin1Char('#'), QLatin1String("%23"));
}

HttpConnection *Engine::acquireConnection()
{
    while (!m_idle.isEmpty()) {
        HttpConnection *c = m_idle.takeLast();
        if (c->isIdle())
            return c;
        c->deleteLater();
    }
    auto *c = new HttpConnection(m_endpoint, this);
    connect(c, &HttpConnection::becameIdle, this, [this, c] {
        if (m_idle.contains(c))
            return;
        if (m_idle.size() < kMaxIdleConnections)
            m_idle.append(c);
        else
            c->deleteLater();
    });
    connect(c, &HttpConnection::closed, this, [this, c] {
        m_idle.removeAll(c);
        c->deleteLater();
    });
    connect(c, &HttpConnection::retryRequested, this, [this](Reply *reply) { startOn(acquireConnection(), reply); });
    return c;
}

void Engine::startOn(HttpConnection *connection, Reply *reply)
{
    // Start on the next turn of the event loop, so that a caller always has the
    // chance to connect to the reply's signals, even when it fails at once.
    QPointer<Reply> guard(reply);
    QPointer<HttpConnection> conn(connection);
    QMetaObject::invokeMethod(this, [this, guard, conn] {
        // An idle connection may have been closed by the engine meanwhile.
        if (!conn || conn->isClosed()) {
            if (guard && !guard->isDone())
                startOn(acquireConnection(), guard);
            return;
        }
        if (!guard || guard->isDone()) {
            // Aborted before its start: its connection goes back to the pool, or is
            // closed when the pool filled up meanwhile (or it was never opened).
            if (conn->isIdle() && m_idle.contains(conn))
                return;
            if (conn->isIdle() && m_idle.size() < kMaxIdleConnections)
                m_idle.append(conn);
            else
                conn->deleteLater();
            return;
        }
        conn->start(guard);
    }, Qt::QueuedConnection);
}

Reply *Engine::prepare(HttpRequest request, bool versioned)
{
    static const QRegularExpression versionPrefix(QStringLiteral("^/v[0-9]+\\.[0-9]+/"));
    // "/volumes/..." starts with "/v" too.
    if (versioned && !versionPrefix.match(QString::fromLatin1(request.target)).hasMatch())
        request.target = "/v" + (m_info.apiVersion.isEmpty() ? QStringLiteral("1.%1").arg(kMinApiMinor) : m_info.apiVersion).toLatin1() + request.target;
    if (m_timeoutCapMs > 0) {
        if (request.connectTimeoutMs > 0)
            request.connectTimeoutMs = std::min(request.connectTimeoutMs, m_timeoutCapMs);
        if (request.firstByteTimeoutMs > 0)
            request.firstByteTimeoutMs = std::min(request.firstByteTimeoutMs, m_timeoutCapMs);
    }
    if (request.method != "GET" && request.method != "HEAD")
        noteChange();
    ++m_requestsSent;
    return new Reply(request, this);
}

Reply *Engine::send(HttpRequest request, bool versioned)
{
    Reply *reply = prepare(std::move(request), versioned);
    startOn(acquireConnection(), reply);
    return reply;
}

Reply *Engine::getShared(const QString &path, const QUrlQuery &query)
{
    return getSharedTarget(target(path, query));
}

Reply *Engine::getSharedTarget(const QByteArray &t)
{
    if (Reply *early = takePrefetched(t))
        return early;
    auto it = m_shared.find(t);
    if (it != m_shared.end() && it->leader && !it->leader->isDone() && it->epoch == m_changeEpoch) {
        if (auto p = m_prefetched.find(t); p != m_prefetched.end())
            p->used = true;
        auto *follower = new Reply(it->leader->request(), this);
        it->followers.append(follower);
        return follower;
    }
    HttpRequest r;
    r.method = "GET";
    r.target = t;
    Reply *leader = send(r, false);
    m_shared.insert(t, SharedGet{leader, leader, m_changeEpoch, {}});
    // Connected before the caller's own slots: the followers are answered first, from
    // the leader's answer as it stands, whatever its caller then does with it.
    connect(leader, &Reply::finished, this, [this, t, leader] { settleShared(t, leader, nullptr); });
    connect(leader, &Reply::failed, this, [this, t, leader](const EngineError &e) { settleShared(t, leader, &e); });
    // Deleted by its caller before it ended: the followers ask on their own.
    connect(leader, &QObject::destroyed, this, [this, t, leader] {
        const EngineError gone = EngineError::make(EngineError::Kind::Canceled, QString());
        settleShared(t, leader, &gone);
    });
    return leader;
}

bool Engine::mayAskAhead() const
{
    return !m_expected.apiVersion.isEmpty() && m_endpoint.transport != Endpoint::Transport::Ssh;
}

void Engine::prefetch(const QString &path, const QUrlQuery &query)
{
    if (!mayAskAhead())
        return;
    const QByteArray t = "/v" + m_expected.apiVersion.toLatin1() + target(path, query, false);
    if (m_prefetched.contains(t))
        return;
    Prefetched p;
    p.epoch = m_changeEpoch;
    m_prefetched.insert(t, p);
    Reply *reply = getSharedTarget(t);
    connect(reply, &Reply::finished, this, [this, t, reply] {
        auto it = m_prefetched.find(t);
        if (it == m_prefetched.end() || it->answered)
            return;
        if (it->used) {
            m_prefetched.erase(it); // those who asked meanwhile shared it; later asks go to the engine
            return;
        }
        it->answered = true;
        it->status = reply->status();
        it->headers = reply->headers();
        it->body = reply->body();
        it->request = reply->request();
    });
    connect(reply, &Reply::failed, this, [this, t] {
        auto it = m_prefetched.find(t);
        if (it != m_prefetched.end() && !it->answered)
            m_prefetched.erase(it); // whoever asks next asks the engine
    });
    QTimer::singleShot(10000, this, [this, t] { m_prefetched.remove(t); });
}

Reply *Engine::takePrefetched(const QByteArray &t)
{
    auto it = m_prefetched.find(t);
    if (it == m_prefetched.end() || !it->answered)
        return nullptr; // none, or still under way: getShared() joins it
    if (it->epoch != m_changeEpoch || m_state != State::Connected || m_info.apiVersion != m_expected.apiVersion) {
        m_prefetched.erase(it);
        return nullptr;
    }
    if (!it->used) {
        // Whoever else asks in this turn (the pages reacting to the same signal)
        // shares it; a later ask goes to the engine.
        it->used = true;
        QTimer::singleShot(0, this, [this, t] { m_prefetched.remove(t); });
    }
    auto *reply = new Reply(it->request, this);
    QPointer<Reply> guard(reply);
    QMetaObject::invokeMethod(this, [guard, status = it->status, headers = it->headers, body = it->body] {
        if (!guard || guard->isDone())
            return;
        guard->m_status = status;
        guard->m_headers = headers;
        Q_EMIT guard->headReceived();
        if (!guard || guard->isDone())
            return;
        guard->m_body = body;
        if (!body.isEmpty())
            Q_EMIT guard->dataReceived(body);
        if (guard)
            guard->deliverFinished();
    }, Qt::QueuedConnection);
    return reply;
}

void Engine::settleShared(const QByteArray &target, const Reply *leaderId, const EngineError *error)
{
    auto it = m_shared.find(target);
    if (it == m_shared.end() || it->leaderId != leaderId)
        return;
    const QPointer<Reply> leader = it->leader;
    const QList<QPointer<Reply>> followers = std::move(it->followers);
    m_shared.erase(it);
    for (const QPointer<Reply> &f : followers) {
        if (!f || f->isDone())
            continue;
        if (error && error->kind == EngineError::Kind::Canceled) {
            // The leader's caller gave up; this one still wants the answer.
            ++m_requestsSent;
            startOn(acquireConnection(), f);
            continue;
        }
        if (!leader)
            continue; // (only a Canceled error comes without a leader)
        f->m_status = leader->status();
        f->m_headers = leader->headers();
        if (error) {
            f->deliverFailed(*error);
            continue;
        }
        Q_EMIT f->headReceived();
        if (!f || f->isDone())
            continue;
        f->m_body = leader->body();
        if (!f->m_body.isEmpty())
            Q_EMIT f->dataReceived(f->m_body);
        if (f)
            f->deliverFinished();
    }
}

Reply *Engine::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = "GET";
    r.target = target(path, query);
    return send(r);
}

Reply *Engine::post(const QString &path, const QUrlQuery &query, const QByteArray &jsonBody)
{
    HttpRequest r;
    r.method = "POST";
    r.target = target(path, query);
    if (!jsonBody.isEmpty()) {
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = jsonBody;
    }
    return send(r);
}

Reply *Engine::put(const QString &path, const QUrlQuery &query, const QByteArray &body, const QByteArray &contentType)
{
    HttpRequest r;
    r.method = "PUT";
    r.target = target(path, query);
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.body = body;
    return send(r);
}

Reply *Engine::del(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = "DELETE";
    r.target = target(path, query);
    return send(r);
}

Reply *Engine::head(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.method = "HEAD";
    r.target = target(path, query);
    return send(r);
}

Result<QJsonDocument> Engine::parseJson(const QByteArray &body)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            EngineError::tr("The engine sent data Cais cannot read (%1 at byte %2).").arg(err.errorString()).arg(err.offset)));
    }
    return doc;
}

// --- connection life ------------------------------------------------------------

void Engine::setState(State state, const EngineError &error)
{
    m_lastError = error;
    // A refused host key or login would only be asked or refused again: the user
    // reconnects when ready, rather than answering the same question every 2 seconds.
    if (state == Engine::State::Unreachable && m_reconnectMs > 0 && !SshTransport::needsUser(error))
        m_reconnectTimer.start(m_reconnectMs);
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Unreachable)
        qCInfo(lcEngine) << "engine" << m_endpoint.toString() << "unreachable:" << error.kindName() << error.userMessage;
    Q_EMIT stateChanged(state);
}

void Engine::setEndpoint(const Endpoint &endpoint)
{
    if (endpoint == m_endpoint)
        return;
    qCInfo(lcEngine) << "engine" << m_endpoint.toString() << "moves to" << endpoint.toString();
    m_endpoint = endpoint;
    // A connection's destructor emits closed(), whose handler edits m_idle: taken first.
    qDeleteAll(std::exchange(m_idle, {}));
    connectToEngine();
}

void Engine::connectToEngine()
{
    m_reconnectTimer.stop();
    const quint64 gen = ++m_generation;
    if (m_events)
        m_events->abort();
    if (m_ping)
        m_ping->abort();
    if (m_state != State::Unreachable)
        setState(State::Connecting);
    HttpRequest r;
    r.method = "GET";
    r.target = "/_ping";
    r.firstByteTimeoutMs = 10000;
    Reply *ping = send(r, false);
    m_ping = ping;
    connect(ping, &Reply::finished, this, [this, ping, gen] {
        if (gen == m_generation)
            onPingFinished(ping);
    });
    connect(ping, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation && e.kind != EngineError::Kind::Canceled)
            setState(State::Unreachable, e);
    });
    m_early.reset();
    if (mayAskAhead()) {
        // Beside the ping, at the version the engine spoke last time: connecting then
        // takes one round trip, not two. Used only if the ping agrees.
        const QByteArray v = "/v" + m_expected.apiVersion.toLatin1();
        HttpRequest rv;
        rv.method = "GET";
        rv.target = v + "/version";
        rv.firstByteTimeoutMs = 10000;
        HttpRequest ri = rv;
        ri.target = v + "/info";
        m_early = EarlyDetails{gen, m_expected.apiVersion, call<QJsonObject>(send(rv, false), &decodeObject),
                               call<QJsonObject>(send(ri, false), &decodeObject)};
    }
}

void Engine::onPingFinished(Reply *ping)
{
    EngineInfo info;
    info.engineApiVersion = QString::fromLatin1(ping->header("Api-Version"));
    info.libpodApiVersion = QString::fromLatin1(ping->header("Libpod-Api-Version"));
    info.podman = !info.libpodApiVersion.isEmpty();
    info.builderVersion = QString::fromLatin1(ping->header("Builder-Version"));
    info.osType = QString::fromLatin1(ping->header("Ostype"));
    auto negotiated = negotiateVersion(info.engineApiVersion);
    if (!negotiated) {
        setState(State::Unreachable, negotiated.error());
        return;
    }
    info.apiVersion = *negotiated;
    m_info = info;
    std::optional<EarlyDetails> early = std::exchange(m_early, std::nullopt);
    if (early && early->generation == m_generation && early->apiVersion == info.apiVersion)
        fetchDetails(early->version, early->info);
    else
        fetchDetails(version(), systemInfo());
}

void Engine::fetchDetails(QFuture<Result<QJsonObject>> versionFuture, QFuture<Result<QJsonObject>> infoFuture)
{
    const quint64 gen = m_generation;
    struct Pending
    {
        std::optional<Result<QJsonObject>> version, info;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [this, gen, pending] {
        if (gen != m_generation || !pending->version || !pending->info)
            return;
        const Result<QJsonObject> &v = *pending->version;
        const Result<QJsonObject> &i = *pending->info;
        if (!v || !i) {
            setState(State::Unreachable, !v ? v.error() : i.error());
            return;
        }
        m_info.version = v->value(QLatin1String("Version")).toString();
        m_info.minApiVersion = v->value(QLatin1String("MinAPIVersion")).toString();
        m_info.os = v->value(QLatin1String("Os")).toString();
        m_info.arch = v->value(QLatin1String("Arch")).toString();
        m_info.kernelVersion = v->value(QLatin1String("KernelVersion")).toString();
        const QJsonArray components = v->value(QLatin1String("Components")).toArray();
        for (const QJsonValue &c : components) {
            if (c.toObject().value(QLatin1String("Name")).toString().contains(QLatin1String("Podman"), Qt::CaseInsensitive))
                m_info.podman = true;
        }
        m_info.name = i->value(QLatin1String("Name")).toString();
        m_info.operatingSystem = i->value(QLatin1String("OperatingSystem")).toString();
        m_info.images = i->value(QLatin1String("Images")).toInt();
        m_info.containers = i->value(QLatin1String("Containers")).toInt();
        m_info.containersRunning = i->value(QLatin1String("ContainersRunning")).toInt();
        m_info.cpus = i->value(QLatin1String("NCPU")).toInt();
        m_info.memTotal = i->value(QLatin1String("MemTotal")).toInteger();
        if (m_watchEvents)
            startEvents();
        setState(State::Connected);
    };
    versionFuture.then(this, [pending, done](const Result<QJsonObject> &r) {
        pending->version = r;
        done();
    });
    infoFuture.then(this, [pending, done](const Result<QJsonObject> &r) {
        pending->info = r;
        done();
    });
}

void Engine::startEvents()
{
    const quint64 gen = m_generation;
    HttpRequest r;
    r.method = "GET";
    // Only what the client may act on; "since" keeps a reconnect from missing nothing
    // older than the connect itself (the models re-list on connect anyway).
    r.target = target(QStringLiteral("/events"));
    // The engine sends the head at once, then may stay silent for hours (bodies
    // have no timeout); the head is timed to notice a stuck engine.
    r.firstByteTimeoutMs = 15000;
    Reply *events = send(r);
    events->setKeepBody(false);
    m_events = events;
    auto decoder = std::make_shared<JsonLinesDecoder>();
    connect(events, &Reply::dataReceived, this, [this, decoder, gen](const QByteArray &chunk) {
        if (gen != m_generation)
            return;
        const auto items = decoder->feed(chunk);
        for (const auto &item : items) {
            if (!item.valid)
                continue;
            noteChange(); // a list asked from now on may differ from one asked before
            Q_EMIT eventReceived(EngineEvent::fromJson(item.object));
        }
    });
    auto ended = [this, gen] {
        if (gen == m_generation && m_state == State::Connected)
            checkAlive();
    };
    connect(events, &Reply::finished, this, ended);
    connect(events, &Reply::failed, this, [ended](const EngineError &e) {
        if (e.kind != EngineError::Kind::Canceled)
            ended();
    });
}

void Engine::noteTransportFailure(const EngineError &error)
{
    if (m_state == State::Connected && isTransportKind(error.kind))
        checkAlive();
}

void Engine::checkAlive()
{
    if (m_checking)
        return;
    m_checking = true;
    const quint64 gen = m_generation;
    HttpRequest r;
    r.method = "GET";
    r.target = "/_ping";
    r.connectTimeoutMs = 3000;
    r.firstByteTimeoutMs = 5000;
    Reply *ping = send(r, false);
    connect(ping, &Reply::finished, this, [this, gen] {
        m_checking = false;
        if (gen != m_generation)
            return;
        if (m_watchEvents && !m_events)
            startEvents();
    });
    connect(ping, &Reply::failed, this, [this, gen](const EngineError &e) {
        m_checking = false;
        if (gen != m_generation)
            return;
        ++m_generation;
        if (m_events)
            m_events->abort();
        setState(State::Unreachable, e);
    });
}

// --- typed calls ------------------------------------------------------------------

QFuture<Result<QList<ImageSummary>>> Engine::listImages(bool all)
{
    QUrlQuery q;
    if (all)
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    return call<QList<ImageSummary>>(getShared(QStringLiteral("/images/json"), q), [](const Reply &r) {
        return JsonLists::images(r.body(), EngineError::tr("The engine's image list is not a list."));
    });
}

namespace {
Result<QJsonObject> decodeObject(const Reply &r)
{
    auto doc = Engine::parseJson(r.body());
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol, EngineError::tr("The engine sent a list where an object was expected.")));
    return doc->object();
}
} // namespace

QFuture<Result<QJsonObject>> Engine::version()
{
    return call<QJsonObject>(get(QStringLiteral("/version")), &decodeObject);
}

QFuture<Result<QJsonObject>> Engine::systemInfo()
{
    return call<QJsonObject>(getShared(QStringLiteral("/info")), &decodeObject);
}
