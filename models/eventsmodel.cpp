#include "eventsmodel.h"

#include "engine.h"
#include "streamdecoders.h"

#include <QDateTime>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &EventsModel::flush);
}

EventsModel::~EventsModel()
{
    if (m_history)
        m_history->abort();
    if (m_catchUp)
        m_catchUp->abort();
}

void EventsModel::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_live);
    m_engine = engine;
    if (engine) {
        m_live = connect(engine, &Engine::eventReceived, this, &EventsModel::noteEvent);
        m_followingSince = QDateTime::currentMSecsSinceEpoch() * 1000000;
    }
}

void EventsModel::noteEvent(const EngineEvent &event)
{
    ++m_total;
    m_pending.push_back(event);
    // Never more waiting than the table could show.
    while (int(m_pending.size()) > m_capacity) {
        m_pending.pop_front();
        ++m_dropped;
    }
    if (!m_paused && !m_history && !m_flush.isActive())
        m_flush.start();
}

void EventsModel::flush()
{
    m_flush.stop();
    if (m_paused || m_history || m_pending.empty())
        return;
    // The engine stamps an event's time before it takes the lock that orders the stream
    // (moby daemon/events: Log() then PublishMessage()), so under load two events can
    // arrive in the other order than their times. The table is in time order: the batch
    // is sorted (stably: equal times keep the engine's order), and an event older than
    // the newest shown goes in at its place.
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const EngineEvent &a, const EngineEvent &b) { return a.timeNano < b.timeNano; });
    const int incoming = int(m_pending.size());
    // Make room first: one removal from the front, then the inserts.
    trimTo(m_capacity - incoming);
    auto byTime = [](qint64 t, const EngineEvent &e) { return t < e.timeNano; };
    auto it = m_pending.begin();
    // Late ones, one insert each (rare: a few per flood).
    while (it != m_pending.end() && !m_rows.empty() && it->timeNano < m_rows.back().timeNano) {
        const int at = int(std::upper_bound(m_rows.begin(), m_rows.end(), it->timeNano, byTime) - m_rows.begin());
        beginInsertRows({}, at, at);
        m_rows.insert(m_rows.begin() + at, std::move(*it));
        endInsertRows();
        ++it;
    }
    // The rest, one insert at the end.
    const int rest = int(m_pending.end() - it);
    if (rest > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + rest - 1);
        for (; it != m_pending.end(); ++it)
            m_rows.push_back(std::move(*it));
        endInsertRows();
    }
    m_pending.clear();
    Q_EMIT flushed();
}

void EventsModel::trimTo(int capacity)
{
    const int excess = int(m_rows.size()) - std::max(0, capacity);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    m_dropped += excess;
    endRemoveRows();
}

void EventsModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
    while (int(m_pending.size()) > m_capacity) {
        m_pending.pop_front();
        ++m_dropped;
    }
}

void EventsModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused) {
        flush();
        if (std::exchange(m_catchUpOnResume, false))
            catchUp();
    }
}

Reply *EventsModel::readEvents(qint64 sinceSeconds, qint64 untilMs, std::function<void(std::deque<EngineEvent>, const QString &)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(sinceSeconds));
    q.addQueryItem(QStringLiteral("until"), QStringLiteral("%1.%2").arg(untilMs / 1000).arg(untilMs % 1000 * 1000000, 9, 10, QLatin1Char('0')));
    Reply *reply = m_engine->get(QStringLiteral("/events"), q);
    reply->setKeepBody(false);
    auto decoder = std::make_shared<JsonLinesDecoder>();
    auto events = std::make_shared<std::deque<EngineEvent>>();
    auto take = [this, events](const QList<JsonLinesDecoder::Item> &items) {
        for (const auto &item : items) {
            if (!item.valid)
                continue;
            events->push_back(EngineEvent::fromJson(item.object));
            if (int(events->size()) > m_capacity)
                events->pop_front();
        }
    };
    connect(reply, &Reply::dataReceived, this, [decoder, take](const QByteArray &chunk) { take(decoder->feed(chunk)); });
    auto end = [decoder, events, take, done](const QString &error) {
        take(decoder->finish());
        done(std::move(*events), error);
    };
    connect(reply, &Reply::finished, this, [end] { end({}); });
    connect(reply, &Reply::failed, this, [end](const EngineError &e) {
        if (e.kind != EngineError::Kind::Canceled)
            end(e.fullText());
    });
    return reply;
}

void EventsModel::lookBack(qint64 sinceSeconds)
{
    if (!m_engine)
        return;
    if (m_history)
        m_history->abort();
    if (m_catchUp) {
        m_catchUp->abort(); // the history brings what it would have added
        m_catchUp = nullptr;
    }
    // Live events from now on wait in m_pending until the history has come.
    if (!m_rows.empty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_pending.clear();
    // Up to now, to the millisecond (whole seconds would lose the events of the current
    // one): what comes live after that follows the history; what came live before it
    // is in the history already.
    const qint64 untilMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 untilNanos = untilMs * 1000000;
    m_history = readEvents(sinceSeconds, untilMs, [this, untilNanos](std::deque<EngineEvent> history, const QString &error) {
        m_history = nullptr;
        // The history goes before whatever arrived live meanwhile.
        std::deque<EngineEvent> live = std::move(m_pending);
        m_pending = std::move(history);
        for (EngineEvent &e : live) {
            if (e.timeNano > untilNanos)
                m_pending.push_back(std::move(e));
        }
        while (int(m_pending.size()) > m_capacity)
            m_pending.pop_front();
        flush();
        Q_EMIT lookBackFinished(error);
    });
}

namespace {
/// What tells two events apart: the engine sends nothing like an ID for an event.
QString eventKey(const EngineEvent &e)
{
    return QString::number(e.timeNano) + QLatin1Char('|') + e.type + QLatin1Char('|') + e.action + QLatin1Char('|') + e.id;
}
} // namespace

void EventsModel::catchUp()
{
    if (!m_engine || m_history || m_catchUp)
        return;
    if (m_paused) {
        m_catchUpOnResume = true;
        return;
    }
    flush();
    // From the newest event shown (what came after it was either received, and is not
    // added twice, or missed); with nothing shown, from when the model began following.
    // Not the later of the two: a model that followed again after a pause in following
    // would then start after what it missed (seen in a cold CI run, when the missed
    // events fell in the second before it followed again).
    const qint64 sinceNanos = m_rows.empty() ? m_followingSince : m_rows.back().timeNano;
    const qint64 sinceSeconds = sinceNanos / 1000000000;
    m_catchUp = readEvents(sinceSeconds, QDateTime::currentMSecsSinceEpoch(), [this, sinceSeconds](std::deque<EngineEvent> events, const QString &error) {
        m_catchUp = nullptr;
        if (m_paused) { // paused meanwhile: the table stands still; again on resume
            m_catchUpOnResume = true;
            return;
        }
        flush(); // what came live meanwhile is in the table, so it is not added twice
        QSet<QString> shown;
        for (auto it = m_rows.rbegin(); it != m_rows.rend() && it->timeNano >= sinceSeconds * 1000000000; ++it)
            shown.insert(eventKey(*it));
        int added = 0;
        for (EngineEvent &e : events) {
            if (shown.contains(eventKey(e)))
                continue;
            // In time order among the rows (the stream delivers them in that order).
            const auto at = std::upper_bound(m_rows.begin(), m_rows.end(), e.timeNano,
                                             [](qint64 t, const EngineEvent &row) { return t < row.timeNano; });
            const int row = int(at - m_rows.begin());
            beginInsertRows({}, row, row);
            m_rows.insert(at, std::move(e));
            endInsertRows();
            ++added;
            ++m_total;
        }
        trimTo(m_capacity);
        if (added > 0)
            Q_EMIT flushed();
        Q_EMIT caughtUp(added, error);
    });
}

QJsonObject EventsModel::toJson(const EngineEvent &e)
{
    QJsonObject attrs;
    for (auto it = e.attributes.begin(); it != e.attributes.end(); ++it)
        attrs.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("Type"), e.type},
        {QStringLiteral("Action"), e.action},
        {QStringLiteral("Actor"), QJsonObject{{QStringLiteral("ID"), e.id}, {QStringLiteral("Attributes"), attrs}}},
        {QStringLiteral("time"), e.timeNano / 1000000000},
        {QStringLiteral("timeNano"), e.timeNano},
    };
}

QString EventsModel::objectName(const EngineEvent &e)
{
    QString name = e.attributes.value(QStringLiteral("name"));
    if (!name.isEmpty())
        return name;
    static const QLatin1String sha("sha256:");
    QString id = e.id.startsWith(sha) ? e.id.mid(sha.size()) : e.id;
    const bool hex = id.size() == 64 && std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); });
    return hex ? id.left(12) : e.id;
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const EngineEvent &e = m_rows.at(size_t(index.row()));
    switch (role) {
    case TypeRole:
        return e.type;
    case ActionRole:
        return e.action;
    case NameRole:
        return objectName(e);
    case TimeNanoRole:
        return e.timeNano;
    case IdRole:
        return e.id;
    case AttributesRole: {
        QVariantMap m;
        for (auto it = e.attributes.begin(); it != e.attributes.end(); ++it)
            m.insert(it.key(), it.value());
        return m;
    }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.timeNano / 1000000).toString(Qt::ISODateWithMs);
        if (index.column() == ObjectColumn)
            return e.id;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timeNano / 1000000).toString(QStringLiteral("HH:mm:ss.zzz"));
        case TypeColumn:
            return e.type;
        case ActionColumn:
            return e.action;
        case ObjectColumn:
            return objectName(e);
        case AttributesColumn: {
            QStringList parts;
            for (auto it = e.attributes.begin(); it != e.attributes.end(); ++it) {
                if (it.key() != QLatin1String("name"))
                    parts << it.key() + QLatin1Char('=') + it.value();
            }
            return parts.join(QLatin1String(", "));
        }
        }
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case AttributesColumn:
        return tr("Attributes");
    }
    return {};
}
