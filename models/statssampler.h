#pragma once

#include "stats.h"
#include "statshistory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>

class Engine;
class StatsStream;

/// Samples the stats of the containers someone is looking at, and only those.
/// Each viewer (the list's visible rows, an open chart, the dashboard) says which
/// containers it shows with setWatched(); a container is sampled while at least one
/// viewer watches it. When nobody watches it any more its request is closed; its
/// history stays (bounded by its ring buffers) until the container is forgotten.
///
/// Two rates, because stats cost the engine for every sample it reads:
/// - a container with an open chart (setLongHistory) gets one StatsStream
///   (stream=true: a sample per second, CPU % from the engine's own pair of samples,
///   exactly what `docker stats` shows);
/// - a container only shown in a list or the dashboard is polled with one-shot
///   requests every pollInterval() (2 s by default), its CPU % computed from two of
///   our own samples with the same formula (ContainerStats::withPrevious). Half the
///   samples of `docker stats`, hence about half its cost to the engine
///   (tools/dev bench stats measures it).
class StatsSampler : public QObject
{
    Q_OBJECT
public:
    explicit StatsSampler(QObject *parent = nullptr);
    ~StatsSampler() override;

    void setEngine(Engine *engine);
    Engine *engine() const;

    /// What `viewer` shows now; replaces what it showed before (empty: nothing).
    void setWatched(const QString &viewer, const QStringList &ids);
    /// Keeps an hour of history for `id` (a chart is open on it) instead of two minutes.
    void setLongHistory(const QString &id, bool longHistory);
    /// Drops a container's history (it was removed).
    void forget(const QString &id);

    /// How often containers without an open chart are sampled; 0: a stream for every
    /// container, as `docker stats` does. Until this is called, the sampler follows
    /// the user's choice (UserPreferences::samplingSeconds, 2 s unless changed).
    void setPollInterval(int ms);
    int pollInterval() const { return m_pollMs; }

    bool isSampling(const QString &id) const;
    QStringList sampledIds() const;
    /// The history of `id`; null when it was never sampled.
    const StatsHistory *history(const QString &id) const;
    /// Stats requests sent to the engine so far (for tests and benchmarks).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    /// A sample of a running container was added to its history.
    void sampled(const QString &id, const ContainerStats &stats);
    /// The container is not running (any more): it has no current figures.
    void notRunning(const QString &id);

private:
    struct Entry
    {
        QSet<QString> viewers;
        StatsStream *stream = nullptr; ///< the request under way (a stream, or one poll)
        std::shared_ptr<StatsHistory> history;
        bool longHistory = false;
        bool polling = false;  ///< sampled by one-shot polls, not a stream
        bool halted = false;   ///< not running: no polls until a viewer asks again
        ContainerStats previous; ///< the last polled sample, for the next one's CPU %
    };
    void applyPollInterval(int ms);
    void update(const QString &id);
    void startStream(const QString &id, Entry &e);
    void stopStream(Entry &e);
    void poll(const QString &id, Entry &e);
    void pollAll();
    bool sampling(const Entry &e) const { return e.stream || (e.polling && !e.halted); }

    QPointer<Engine> m_engine;
    QHash<QString, Entry> m_entries;
    QHash<QString, QSet<QString>> m_byViewer;
    int m_requests = 0;
    int m_pollMs = 2000;
    bool m_followsPreferences = true;
    QTimer m_pollTimer;
};
