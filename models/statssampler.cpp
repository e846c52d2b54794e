#include "statssampler.h"

#include "engine.h"
#include "stats.h"
#include "userpreferences.h"

StatsSampler::StatsSampler(QObject *parent)
    : QObject(parent)
{
    // The user's choice (Preferences), followed until someone sets an interval.
    UserPreferences *prefs = UserPreferences::instance();
    m_pollMs = prefs->samplingSeconds() * 1000;
    m_pollTimer.setInterval(m_pollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &StatsSampler::pollAll);
    connect(prefs, &UserPreferences::changed, this, [this, prefs] {
        if (m_followsPreferences && prefs->samplingSeconds() * 1000 != m_pollMs)
            applyPollInterval(prefs->samplingSeconds() * 1000);
    });
}

void StatsSampler::setPollInterval(int ms)
{
    m_followsPreferences = false;
    applyPollInterval(ms);
}

void StatsSampler::applyPollInterval(int ms)
{
    m_pollMs = std::max(0, ms);
    if (m_pollMs > 0)
        m_pollTimer.setInterval(m_pollMs);
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        update(id);
}

StatsSampler::~StatsSampler()
{
    for (Entry &e : m_entries)
        stopStream(e);
}

void StatsSampler::setEngine(Engine *engine)
{
    if (m_engine == engine)
        return;
    for (Entry &e : m_entries) {
        stopStream(e);
        e.polling = false;
        e.previous = {};
        if (e.history)
            e.history->clear();
    }
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    // Back from an outage: the watched containers are asked again.
    connect(engine, &Engine::stateChanged, this, [this](Engine::State s) {
        if (s != Engine::State::Connected)
            return;
        const QStringList ids = m_entries.keys();
        for (const QString &id : ids)
            update(id);
    });
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        update(id);
}

Engine *StatsSampler::engine() const
{
    return m_engine;
}

void StatsSampler::setWatched(const QString &viewer, const QStringList &ids)
{
    const QSet<QString> now(ids.cbegin(), ids.cend());
    const QSet<QString> before = m_byViewer.value(viewer);
    if (now.isEmpty())
        m_byViewer.remove(viewer);
    else
        m_byViewer.insert(viewer, now);
    for (const QString &id : before) {
        if (!now.contains(id)) {
            m_entries[id].viewers.remove(viewer);
            update(id);
        }
    }
    for (const QString &id : now) {
        Entry &e = m_entries[id];
        e.viewers.insert(viewer);
        update(id);
    }
}

void StatsSampler::setLongHistory(const QString &id, bool longHistory)
{
    Entry &e = m_entries[id];
    e.longHistory = longHistory;
    if (e.history)
        e.history->setCapacity(longHistory ? StatsHistory::kLongCapacity : StatsHistory::kShortCapacity);
    update(id); // a chart streams; a list polls
}

void StatsSampler::forget(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    stopStream(*it);
    for (const QString &viewer : std::as_const(it->viewers))
        m_byViewer[viewer].remove(id);
    m_entries.erase(it);
}

bool StatsSampler::isSampling(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.constEnd() && sampling(*it);
}

QStringList StatsSampler::sampledIds() const
{
    QStringList out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (sampling(*it))
            out << it.key();
    }
    return out;
}

const StatsHistory *StatsSampler::history(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : it->history.get();
}

void StatsSampler::update(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry &e = *it;
    const bool want = !e.viewers.isEmpty() && m_engine && m_engine->state() == Engine::State::Connected;
    const bool byPolls = m_pollMs > 0 && !e.longHistory;
    if (!want) {
        stopStream(e);
        e.polling = false;
        e.halted = false;
        e.previous = {};
    } else if (byPolls) {
        if (e.stream && !e.polling)
            stopStream(e); // a chart was closed: from a stream to polls
        if (!e.polling || e.halted) {
            // Asked again (a viewer shows it): poll at once, then with the others.
            e.polling = true;
            e.halted = false;
            poll(id, e);
        }
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
    } else {
        if (e.polling) {
            stopStream(e); // a chart was opened: from polls to a stream
            e.polling = false;
            e.halted = false;
            e.previous = {};
        }
        if (!e.stream)
            startStream(id, e);
    }
}

void StatsSampler::pollAll()
{
    if (!m_engine || m_engine->state() != Engine::State::Connected)
        return; // back online, setEngine's handler asks again
    bool any = false;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->polling && !it->halted) {
            any = true;
            if (!it->stream) // the previous answer is still on its way: no pile-up
                poll(it.key(), *it);
        }
    }
    if (!any)
        m_pollTimer.stop();
}

void StatsSampler::poll(const QString &id, Entry &e)
{
    if (e.stream || !m_engine)
        return;
    if (!e.history)
        e.history = std::make_shared<StatsHistory>(e.longHistory ? StatsHistory::kLongCapacity : StatsHistory::kShortCapacity);
    auto *request = new StatsStream(m_engine, id, this);
    e.stream = request;
    ++m_requests;
    connect(request, &StatsStream::sampleReceived, this, [this, id, request](const ContainerStats &s) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end() || it->stream != request)
            return;
        if (!s.running) {
            it->halted = true;
            it->previous = {};
            Q_EMIT notRunning(id);
            return;
        }
        // A one-shot answer has no precpu: CPU % comes from our previous sample. The
        // first one is only that baseline (a 0 % would be a figure we do not have);
        // the second follows a second later.
        if (!it->previous.running) {
            it->previous = s;
            QTimer::singleShot(1000, this, [this, id] {
                const auto again = m_entries.find(id);
                if (again != m_entries.end() && again->polling && !again->halted && !again->stream
                    && m_engine && m_engine->state() == Engine::State::Connected)
                    poll(id, *again);
            });
            return;
        }
        const ContainerStats sample = s.withPrevious(it->previous);
        it->previous = s;
        it->history->add(sample);
        Q_EMIT sampled(id, sample);
    });
    connect(request, &StatsStream::finished, this, [this, id, request] {
        const auto it = m_entries.find(id);
        if (it != m_entries.end() && it->stream == request)
            it->stream = nullptr;
        request->deleteLater();
    });
    connect(request, &StatsStream::failed, this, [this, id, request] {
        // Gone, or not running: no figures; a viewer that still shows it asks again later.
        const auto it = m_entries.find(id);
        if (it != m_entries.end() && it->stream == request) {
            it->stream = nullptr;
            it->halted = true;
            it->previous = {};
        }
        request->deleteLater();
        Q_EMIT notRunning(id);
    });
    request->start(StatsStream::Mode::OneShot);
}

void StatsSampler::startStream(const QString &id, Entry &e)
{
    if (!e.history)
        e.history = std::make_shared<StatsHistory>(e.longHistory ? StatsHistory::kLongCapacity : StatsHistory::kShortCapacity);
    auto *stream = new StatsStream(m_engine, id, this);
    e.stream = stream;
    ++m_requests;
    connect(stream, &StatsStream::sampleReceived, this, [this, id](const ContainerStats &s) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end())
            return;
        if (!s.running) {
            // Docker keeps sending empty samples of a stopped container: the request is
            // closed; a viewer that shows it asks again once it runs (setWatched).
            stopStream(*it);
            Q_EMIT notRunning(id);
            return;
        }
        it->history->add(s);
        Q_EMIT sampled(id, s);
    });
    // The engine refuses the stream of a container that is gone, or ends it: no
    // figures then; a viewer that still shows it asks again later (setWatched).
    auto ended = [this, id, stream] {
        const auto it = m_entries.find(id);
        if (it != m_entries.end() && it->stream == stream)
            it->stream = nullptr;
        stream->deleteLater();
        Q_EMIT notRunning(id);
    };
    connect(stream, &StatsStream::finished, this, ended);
    connect(stream, &StatsStream::failed, this, ended);
    stream->start(StatsStream::Mode::Stream);
}

void StatsSampler::stopStream(Entry &e)
{
    if (!e.stream)
        return;
    StatsStream *s = std::exchange(e.stream, nullptr);
    s->stop();
    s->deleteLater();
}
