#include "enginefollower.h"

#include "engine.h"

EngineFollower::EngineFollower(QObject *parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(50);
    connect(&m_delay, &QTimer::timeout, this, &EngineFollower::pump);
}

void EngineFollower::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    ++m_generation;
    m_busy = false;
    m_keysPending.clear();
    m_fullPending = false;
    if (!engine)
        return;
    connect(engine, &Engine::stateChanged, this, [this](Engine::State s) {
        if (s == Engine::State::Connected)
            refresh();
    });
    connect(engine, &Engine::eventReceived, this, &EngineFollower::noteEvent);
    if (engine->state() == Engine::State::Connected)
        refresh();
}

Engine *EngineFollower::engine() const
{
    return m_engine;
}

void EngineFollower::refresh()
{
    m_fullPending = true;
    pump();
}

void EngineFollower::noteEvent(const EngineEvent &event)
{
    if (!m_filter)
        return;
    const Interest interest = m_filter(event);
    if (!interest.relevant)
        return;
    if (interest.key.isEmpty() || !m_fetchSome)
        m_fullPending = true;
    else
        m_keysPending.insert(interest.key);
    if (!m_delay.isActive())
        m_delay.start();
}

void EngineFollower::noteChanged(const QString &key)
{
    if (key.isEmpty() || !m_fetchSome)
        m_fullPending = true;
    else
        m_keysPending.insert(key);
    if (!m_delay.isActive())
        m_delay.start();
}

void EngineFollower::pump()
{
    if (m_busy || !m_engine || m_engine->state() != Engine::State::Connected || !m_fetchAll)
        return;
    const quint64 generation = m_generation;
    // A burst of events (compose up, a script creating hundreds) is cheaper as one list.
    if (m_fullPending || m_keysPending.size() > m_maxKeys) {
        m_fullPending = false;
        m_keysPending.clear();
        m_busy = true;
        m_fetchAll(m_engine, [this, guard = QPointer(this), generation](const QString &error) {
            if (!guard || generation != m_generation)
                return;
            m_busy = false;
            m_lastError = error;
            Q_EMIT refreshed(error);
            pump();
        });
        return;
    }
    if (m_keysPending.isEmpty())
        return;
    const QSet<QString> keys = std::exchange(m_keysPending, {});
    m_busy = true;
    m_fetchSome(m_engine, keys, [this, guard = QPointer(this), generation](const QString &error) {
        if (!guard || generation != m_generation)
            return;
        m_busy = false;
        if (!error.isEmpty()) {
            // Try again with a full list in a moment; if the engine is gone, the
            // reconnect lists everything anyway.
            m_lastError = error;
            m_fullPending = true;
            QTimer::singleShot(1000, this, &EngineFollower::pump);
            return;
        }
        pump();
    });
}
