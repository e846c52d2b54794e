#include "eventsmodel.h"

#include "engine.h"
#include "streamdecoders.h"

#include <QDateTime>
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
}

void EventsModel::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_live);
    m_engine = engine;
    if (engine)
        m_live = connect(engine, &Engine::eventReceived, this, &EventsModel::noteEvent);
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
    if (!paused)
        flush();
}

void EventsModel::lookBack(qint64 sinceSeconds)
{
    if (!m_engine)
        return;
    if (m_history)
        m_history->abort();
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
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(sinceSeconds));
    q.addQueryItem(QStringLiteral("until"), QStringLiteral("%1.%2").arg(untilMs / 1000).arg(untilMs % 1000 * 1000000, 9, 10, QLatin1Char('0')));
    Reply *reply = m_engine->get(QStringLiteral("/events"), q);
    reply->setKeepBody(false);
    m_history = reply;
    auto decoder = std::make_shared<JsonLinesDecoder>();
    auto history = std::make_shared<std::deque<EngineEvent>>();
    auto take = [this, history](const QList<JsonLinesDecoder::Item> &items) {
        for (const auto &item : items) {
            if (!item.valid)
                continue;
            history->push_back(EngineEvent::fromJson(item.object));
            if (int(history->size()) > m_capacity)
                history->pop_front();
        }
    };
    connect(reply, &Reply::dataReceived, this, [decoder, take](const QByteArray &chunk) { take(decoder->feed(chunk)); });
    auto done = [this, reply, decoder, history, take, untilNanos](const QString &error) {
        if (m_history != reply)
            return;
        take(decoder->finish());
        m_history = nullptr;
        // The history goes before whatever arrived live meanwhile.
        std::deque<EngineEvent> live = std::move(m_pending);
        m_pending = std::move(*history);
        for (EngineEvent &e : live) {
            if (e.timeNano > untilNanos)
                m_pending.push_back(std::move(e));
        }
        while (int(m_pending.size()) > m_capacity)
            m_pending.pop_front();
        flush();
        Q_EMIT lookBackFinished(error);
    };
    connect(reply, &Reply::finished, this, [done] { done({}); });
    connect(reply, &Reply::failed, this, [done](const EngineError &e) {
        if (e.kind != EngineError::Kind::Canceled)
            done(e.fullText());
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
    const QString name = e.attributes.value(QStringLiteral("name"));
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
