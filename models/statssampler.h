#pragma once

#include "statshistory.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class Engine;
class StatsStream;

/// Samples the stats of the containers someone is looking at, and only those.
/// Each viewer (the list's visible rows, an open chart, the dashboard) says which
/// containers it shows with setWatched(); a container is sampled while at least one
/// viewer watches it, through one StatsStream (stream=true: one sample per second,
/// CPU % from the engine's own pair of samples, the numbers of `docker stats`).
/// When nobody watches it any more its request is closed; its history stays
/// (bounded by its ring buffers) until the container is forgotten.
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
        StatsStream *stream = nullptr;
        std::shared_ptr<StatsHistory> history;
        bool longHistory = false;
    };
    void update(const QString &id);
    void startStream(const QString &id, Entry &e);
    void stopStream(Entry &e);

    QPointer<Engine> m_engine;
    QHash<QString, Entry> m_entries;
    QHash<QString, QSet<QString>> m_byViewer;
    int m_requests = 0;
};
