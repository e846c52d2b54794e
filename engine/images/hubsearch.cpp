#include "hubsearch.h"

#include "engine.h"
#include "logging.h"
#include "reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

HubSearch::HubSearch(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
}

HubSearch::~HubSearch()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

bool HubSearch::isRunning() const
{
    return !m_reply.isNull();
}

void HubSearch::cancel()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void HubSearch::search(const QString &term, int limit, bool officialOnly)
{
    cancel();
    const quint64 gen = m_generation;
    m_term = term.trimmed();
    Q_EMIT started(m_term);
    if (m_term.isEmpty()) {
        Q_EMIT failed(m_term, EngineError::make(EngineError::Kind::Other, tr("Type a name or a word to search Docker Hub for.")));
        return;
    }
    if (!m_engine) {
        Q_EMIT failed(m_term, EngineError::make(EngineError::Kind::Other, tr("There is no engine to search with.")));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("term"), Engine::queryValue(m_term));
    q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, kMaxLimit)));
    if (officialOnly)
        q.addQueryItem(QStringLiteral("filters"), QStringLiteral("{\"is-official\":[\"true\"]}"));
    HttpRequest r;
    r.method = "GET";
    r.target = m_engine->target(QStringLiteral("/images/search"), q);
    // The engine answers only once the Hub did, or its own dial timeout fired (30 s
    // and more), or never when a proxy swallows the connection.
    r.firstByteTimeoutMs = m_timeoutMs;
    Reply *reply = m_engine->send(r);
    m_reply = reply;
    const QString t = m_term;
    const int timeoutMs = m_timeoutMs;
    connect(reply, &Reply::finished, this, [this, reply, gen, t] {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        auto results = parse(reply->body());
        if (results)
            Q_EMIT finished(t, *results);
        else
            Q_EMIT failed(t, results.error());
    });
    connect(reply, &Reply::failed, this, [this, gen, t, timeoutMs](const EngineError &e) {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        const EngineError explained = explain(e, timeoutMs);
        qCInfo(lcEngine) << "hub search failed:" << e.kindName() << e.httpStatus << e.engineMessage;
        Q_EMIT failed(t, explained);
    });
}

Result<QList<HubSearchResult>> HubSearch::parse(const QByteArray &body)
{
    auto doc = Engine::parseJson(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isArray()) {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            tr("The engine's search answer is not a list of images.")));
    }
    QList<HubSearchResult> out;
    const QJsonArray a = doc->array();
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        HubSearchResult r;
        r.name = o.value(QLatin1String("name")).toString();
        if (r.name.isEmpty())
            continue;
        r.description = o.value(QLatin1String("description")).toString();
        r.official = o.value(QLatin1String("is_official")).toBool();
        r.automated = o.value(QLatin1String("is_automated")).toBool();
        r.stars = o.value(QLatin1String("star_count")).toInt();
        out.append(r);
    }
    return out;
}

EngineError HubSearch::explain(const EngineError &error, int timeoutMs)
{
    using K = EngineError::Kind;
    EngineError e = error;
    if (error.kind == K::Timeout) {
        e.userMessage = tr("Docker Hub cannot be reached from the engine (no answer within %n second(s)). The engine "
                           "searches on Cais's behalf; check the network, DNS and proxy settings of the engine's host.",
                           nullptr, std::max(1, timeoutMs / 1000));
        return e;
    }
    if (error.kind != K::Http)
        return e;
    const QString m = error.engineMessage;
    static const QLatin1String network[] = {
        QLatin1String("dial tcp"),          QLatin1String("no such host"),       QLatin1String("i/o timeout"),
        QLatin1String("connection refused"), QLatin1String("network is unreachable"), QLatin1String("TLS handshake timeout"),
        QLatin1String("Client.Timeout"),    QLatin1String("context deadline exceeded"), QLatin1String("proxyconnect"),
        QLatin1String("connection reset"),  QLatin1String("no route to host"),
    };
    bool unreachable = false;
    for (const QLatin1String &n : network)
        unreachable = unreachable || m.contains(n, Qt::CaseInsensitive);
    if (unreachable) {
        // The Go error chain ends in the cause: "lookup index.docker.io on ...: no such host".
        QString reason = m;
        if (const qsizetype at = m.lastIndexOf(QLatin1String("dial tcp: ")); at >= 0)
            reason = m.mid(at + 10);
        else if (const qsizetype colon = m.indexOf(QLatin1String("\": ")); colon >= 0)
            reason = m.mid(colon + 3);
        e.userMessage = tr("Docker Hub cannot be reached from the engine (%1). The engine searches on Cais's behalf; "
                           "check the network, DNS and proxy settings of the engine's host.")
                            .arg(reason);
        return e;
    }
    if (error.httpStatus == 429 || m.contains(QLatin1String("toomanyrequests"), Qt::CaseInsensitive)) {
        e.userMessage = tr("Docker Hub refused the search for now: too many requests. Wait a minute and search again.");
        return e;
    }
    e.userMessage = tr("The search failed: %1").arg(m.isEmpty() ? error.userMessage : m);
    return e;
}
