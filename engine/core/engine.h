#pragma once

#include "endpoint.h"
#include "engineerror.h"
#include "logging.h"
#include "reply.h"
#include "types.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

class HttpConnection;

/// A client of one engine (Docker or Podman) at one endpoint. Negotiates the API
/// version from /_ping, keeps connections alive and reuses them, follows the
/// engine's event stream while connected, notices when the engine goes away and
/// reconnects when it comes back. Everything is asynchronous on the event loop.
///
/// Raw calls (get/post/...) return a Reply that ends in finished() or failed() and
/// then deletes itself. Typed calls return QFuture<Result<T>>; use
/// `future.then(context, ...)` to receive the value on the context's thread.
class Engine : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Unreachable };
    Q_ENUM(State)

    static constexpr int kMinApiMinor = 41; ///< Docker 20.10, Podman 3
    static constexpr int kMaxApiMinor = 51; ///< the newest API whose changes Cais knows

    explicit Engine(const Endpoint &endpoint, QObject *parent = nullptr);
    ~Engine() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    /// Moves this engine to another address (its connection was edited): idle
    /// connections to the old one close, requests under way end there, and it connects
    /// again at the new one. Whoever holds this Engine (a window, its pages and models)
    /// follows: they list again when it is connected.
    void setEndpoint(const Endpoint &endpoint);
    /// The docker context this engine was found through ("default" or empty: none).
    const QString &contextName() const { return m_contextName; }
    void setContextName(const QString &name) { m_contextName = name; }
    /// The endpoint as shown to users: "unix:///… (context build)".
    QString displayAddress() const;
    State state() const { return m_state; }
    const EngineInfo &info() const { return m_info; }
    /// Why the engine is unreachable (valid in State::Unreachable).
    const EngineError &lastError() const { return m_lastError; }

    /// Connects (or reconnects): ping, version negotiation, version and info, then
    /// the event stream. Emits stateChanged().
    void connectToEngine();
    /// While unreachable, retry every `ms` milliseconds (0: never). Default 2000.
    void setReconnectInterval(int ms);
    /// Follow GET /events while connected (default true).
    void setWatchEvents(bool watch) { m_watchEvents = watch; }
    /// Caps every request's timeouts (HttpRequest::connectTimeoutMs and
    /// firstByteTimeoutMs) at `ms` (0, the default: each request's own). Streams
    /// without a timeout stay without. Tests make the product's timeouts short with it.
    void setTimeoutCap(int ms) { m_timeoutCapMs = ms; }

    /// Picks the API version: min(engine, kMaxApiMinor); an error below kMinApiMinor.
    static Result<QString> negotiateVersion(const QString &engineApiVersion);

    // --- raw requests; `path` is unversioned ("/images/json") ---------------
    Reply *send(HttpRequest request, bool versioned = true);
    Reply *get(const QString &path, const QUrlQuery &query = {});
    /// Like get(), for a whole answer read once it has come (a list, /info), shared
    /// with the same GET already under way when nothing that could change its answer
    /// has happened since that one was sent: no request of Cais's that changes
    /// something (any method but GET and HEAD) and no engine event. Several models
    /// asking for the same list at once (the containers list: the Containers, Images,
    /// Volumes and Networks pages, on connecting and after each event) then cost the
    /// engine one. Each caller gets a Reply of its own, with the same status, headers
    /// and body; aborting one leaves the others be (a follower whose leader was
    /// aborted sends its own request).
    Reply *getShared(const QString &path, const QUrlQuery &query = {});
    /// What Cais remembers of this engine from the last time it connected: the API
    /// version it spoke (and whether it was Podman). With it, connectToEngine() asks
    /// /version and /info at that version beside the ping rather than after it, and
    /// prefetch() asks lists before connecting has finished; their answers are used
    /// only when the ping agrees on the version. Not over ssh, where each request
    /// may be a login.
    void setExpected(const EngineInfo &info) { m_expected = info; }
    const EngineInfo &expected() const { return m_expected; }
    /// GET `path` now, at the expected API version (nothing without one): the first
    /// getShared() of the same target, connected at that version and while nothing
    /// changed since it was sent (see getShared), takes its answer, and the other
    /// getShared() calls of that turn of the event loop too. A start's lists go out
    /// with the ping, and the engine answers them while the window is built. An
    /// answer nobody took within 10 s is dropped.
    void prefetch(const QString &path, const QUrlQuery &query = {});
    /// Requests sent to the engine since it was made (shared ones count once).
    quint64 requestsSent() const { return m_requestsSent; }
    Reply *post(const QString &path, const QUrlQuery &query = {}, const QByteArray &jsonBody = {});
    Reply *put(const QString &path, const QUrlQuery &query, const QByteArray &body, const QByteArray &contentType);
    Reply *del(const QString &path, const QUrlQuery &query = {});
    Reply *head(const QString &path, const QUrlQuery &query = {});
    /// "/v1.45/images/json?all=1" for ("/images/json", all=1).
    QByteArray target(const QString &path, const QUrlQuery &query = {}, bool versioned = true) const;
    /// A value for QUrlQuery::addQueryItem() that reaches the engine as written: QUrlQuery
    /// takes "%41" in a value for an escape and leaves '#' alone. For text a user typed.
    static QString queryValue(QString value);

    // --- typed calls ----------------------------------------------------------
    QFuture<Result<QList<ImageSummary>>> listImages(bool all = false);
    QFuture<Result<QJsonObject>> version();
    QFuture<Result<QJsonObject>> systemInfo();

    /// Resolves a future from a reply: `decode` turns a finished reply into T.
    template<class T>
    QFuture<Result<T>> call(Reply *reply, std::function<Result<T>(const Reply &)> decode);
    /// Decodes a reply body as JSON (object or array).
    static Result<QJsonDocument> parseJson(const QByteArray &body);

Q_SIGNALS:
    void stateChanged(Engine::State state);
    void eventReceived(const EngineEvent &event);

private:
    void setState(State state, const EngineError &error = {});
    void startOn(HttpConnection *connection, Reply *reply);
    /// The Reply for `request` (versioned, timeouts capped), not started.
    Reply *prepare(HttpRequest request, bool versioned);
    void settleShared(const QByteArray &target, const Reply *leader, const EngineError *error);
    Reply *getSharedTarget(const QByteArray &target);
    /// A prefetched answer for `target`, handed to a new Reply on the next turn of the
    /// event loop; null when there is none to give.
    Reply *takePrefetched(const QByteArray &target);
    void fetchDetails(QFuture<Result<QJsonObject>> version, QFuture<Result<QJsonObject>> info);
    bool mayAskAhead() const;
    /// Something may have changed the engine's answers (a change sent, an event).
    void noteChange() { ++m_changeEpoch; }
    HttpConnection *acquireConnection();
    void onPingFinished(Reply *reply);
    void startEvents();
    void checkAlive();
    void noteTransportFailure(const EngineError &error);

    Endpoint m_endpoint;
    QString m_contextName;
    State m_state = State::Disconnected;
    EngineInfo m_info;
    EngineError m_lastError;
    QList<HttpConnection *> m_idle;
    QTimer m_reconnectTimer;
    int m_reconnectMs = 2000;
    bool m_watchEvents = true;
    int m_timeoutCapMs = 0;
    quint64 m_generation = 0; ///< bumps on each connect; late replies of older ones are ignored
    QPointer<Reply> m_events;
    QPointer<Reply> m_ping;
    bool m_checking = false;
    quint64 m_requestsSent = 0;
    quint64 m_changeEpoch = 0; ///< bumps on each change sent and each event (getShared)
    struct SharedGet
    {
        QPointer<Reply> leader;
        const Reply *leaderId = nullptr; ///< the leader, also once deleted
        quint64 epoch = 0;
        QList<QPointer<Reply>> followers;
    };
    QHash<QByteArray, SharedGet> m_shared; ///< by target
    EngineInfo m_expected;
    struct EarlyDetails
    {
        quint64 generation = 0;
        QString apiVersion;
        QFuture<Result<QJsonObject>> version, info;
    };
    std::optional<EarlyDetails> m_early;
    struct Prefetched
    {
        quint64 epoch = 0;
        bool answered = false;
        bool used = false;
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        HttpRequest request;
    };
    QHash<QByteArray, Prefetched> m_prefetched; ///< by target
};

template<class T>
QFuture<Result<T>> Engine::call(Reply *reply, std::function<Result<T>(const Reply &)> decode)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    connect(reply, &Reply::finished, this, [promise, reply, decode = std::move(decode)] {
        if (lcPerf().isDebugEnabled()) {
            QElapsedTimer t;
            t.start();
            promise->addResult(decode(*reply));
            qCDebug(lcPerf, "%s: decoded in %.1f ms", reply->request().target.constData(), double(t.nsecsElapsed()) / 1e6);
        } else {
            promise->addResult(decode(*reply));
        }
        promise->finish();
    });
    connect(reply, &Reply::failed, this, [this, promise](const EngineError &error) {
        noteTransportFailure(error);
        promise->addResult(Result<T>(std::unexpected(error)));
        promise->finish();
    });
    return future;
}
