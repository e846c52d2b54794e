#pragma once

#include "endpoint.h"
#include "engineerror.h"
#include "logging.h"
#include "reply.h"
#include "types.h"

#include <QElapsedTimer>
#include <QFuture>
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
    HttpConnection *acquireConnection();
    void onPingFinished(Reply *reply);
    void fetchDetails();
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
