#pragma once

#include "types.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class Engine;

/// The part every list that follows an engine shares: list everything when the engine
/// connects (and after a reconnect, which may follow any number of missed events);
/// gather the events that concern the list for a moment, then re-fetch just the objects
/// they name, or everything when there are many; one request at a time, so an older
/// answer never overwrites a newer one.
///
/// The model says how to fetch and which events matter; it keeps its own rows and
/// merges what each fetch brings (see KeyedListModel for flat lists).
class EngineFollower : public QObject
{
    Q_OBJECT
public:
    /// Called by a fetch when its answer has been merged (or failed with `error`).
    using Done = std::function<void(const QString &error)>;
    /// Lists every object.
    using FetchAll = std::function<void(Engine *engine, Done done)>;
    /// Lists just the objects with these keys (an object no longer listed is gone).
    using FetchSome = std::function<void(Engine *engine, const QSet<QString> &keys, Done done)>;
    /// What an event means for the list.
    struct Interest
    {
        bool relevant = false; ///< the list may have changed
        QString key;           ///< the one object that changed, or empty: list everything
    };
    using EventFilter = std::function<Interest(const EngineEvent &event)>;

    explicit EngineFollower(QObject *parent = nullptr);

    void setFetchAll(FetchAll fetch) { m_fetchAll = std::move(fetch); }
    /// Without it, every relevant event leads to a full list.
    void setFetchSome(FetchSome fetch) { m_fetchSome = std::move(fetch); }
    void setEventFilter(EventFilter filter) { m_filter = std::move(filter); }
    /// More keys than this pending at once: one full list is cheaper (default 100).
    void setMaxKeys(int n) { m_maxKeys = n; }
    /// How long events gather before a fetch (default 50 ms). Not restarted by later
    /// events: a steady stream of them must not postpone the update.
    void setEventDelay(int ms) { m_delay.setInterval(ms); }

    /// Follows `engine` (none: stops following).
    void setEngine(Engine *engine);
    Engine *engine() const;

    /// Lists everything now (or as soon as the request under way has answered).
    void refresh();
    /// What the engine's event stream brings (connected by setEngine(); tests feed it).
    void noteEvent(const EngineEvent &event);
    /// A fetch of these keys is due (for changes the model knows of without an event).
    void noteChanged(const QString &key);

    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// A full list has been merged, or failed with `error`.
    void refreshed(const QString &error);

private:
    void pump();

    QPointer<Engine> m_engine;
    FetchAll m_fetchAll;
    FetchSome m_fetchSome;
    EventFilter m_filter;
    QTimer m_delay;
    int m_maxKeys = 100;
    bool m_busy = false;
    bool m_fullPending = false;
    QSet<QString> m_keysPending;
    QString m_lastError;
    quint64 m_generation = 0; ///< a new engine makes answers for the old one stale
};
