#pragma once

#include "engineerror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class Engine;
class Reply;

/// One result of GET /images/search.
struct HubSearchResult
{
    QString name;        ///< "busybox", "someone/app"
    QString description;
    bool official = false;
    bool automated = false; ///< deprecated by Docker Hub; false on new engines
    int stars = 0;

    bool operator==(const HubSearchResult &) const = default;
};

/// Docker Hub search through the engine (GET /images/search): the engine, not
/// Cais, talks to the Hub. When the engine's host cannot reach the Hub, the engine
/// answers with an error only after its own network timeouts, or never: a
/// first-byte timeout turns that into a clear message instead of a hang.
/// A new search replaces one in progress.
class HubSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultLimit = 25;
    static constexpr int kMaxLimit = 100; ///< the engine refuses more

    explicit HubSearch(Engine *engine, QObject *parent = nullptr);
    ~HubSearch() override;

    /// How long the engine may take to answer. Default 20 s.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// Starts a search for `term` (the engine wants a non-empty term).
    void search(const QString &term, int limit = kDefaultLimit, bool officialOnly = false);
    void cancel();
    bool isRunning() const;
    QString term() const { return m_term; }

    /// Decodes the engine's answer.
    static Result<QList<HubSearchResult>> parse(const QByteArray &body);
    /// Rewrites an engine error into words a user can act on (Hub unreachable,
    /// timeout, rate limit); other errors pass through.
    static EngineError explain(const EngineError &error, int timeoutMs);

Q_SIGNALS:
    void started(const QString &term);
    void finished(const QString &term, const QList<HubSearchResult> &results);
    void failed(const QString &term, const EngineError &error);

private:
    QPointer<Engine> m_engine;
    QPointer<Reply> m_reply;
    QString m_term;
    int m_timeoutMs = 20000;
    quint64 m_generation = 0;
};
