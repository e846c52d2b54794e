#pragma once

#include "types.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class Engine;
#include "reply.h"

/// The engine's `/events` stream as a table (time, type, action, object, attributes),
/// a bounded history: the newest `capacity()` events (10,000 by default), the oldest
/// dropped as new ones come. Never reset: rows are appended and removed from the front
/// in batches (at most one insert and one removal per 100 ms), so a view stays fluid
/// under a flood of events. Paused, the table stands still and events wait (within the
/// same bound) until it resumes.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, ActionColumn, ObjectColumn, AttributesColumn, ColumnCount };
    enum Role {
        TypeRole = Qt::UserRole + 1, ///< "container", "image", ...
        ActionRole,                  ///< "create", "exec_start: sh"
        NameRole,                    ///< the object's name (or its ID)
        TimeNanoRole,                ///< qint64
        IdRole,
        AttributesRole,              ///< QVariantMap
    };
    static constexpr int kDefaultCapacity = 10000;

    explicit EventsModel(QObject *parent = nullptr);
    ~EventsModel() override;

    /// Follows the engine's event stream (the one Engine already reads).
    void setEngine(Engine *engine);
    /// Appends an event (batched: it shows at the next flush).
    void noteEvent(const EngineEvent &event);
    /// Shows what has been gathered now instead of at the next tick (tests).
    void flush();

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Events waiting while paused.
    int pendingCount() const { return int(m_pending.size()); }
    /// Events dropped from the front since the start (the bound at work).
    qint64 droppedCount() const { return m_dropped; }
    /// Events seen in all.
    qint64 totalCount() const { return m_total; }

    /// Replaces the history with the engine's events since `sinceSeconds` (unix),
    /// then continues live. Rows are removed and inserted, never reset.
    void lookBack(qint64 sinceSeconds);
    bool isLookingBack() const { return m_history != nullptr; }
    /// Reads the events the engine remembers from the newest one shown (or from when
    /// the model began following) up to now, and adds in time order those the table
    /// lacks: the live stream misses what happens while it is down (an engine
    /// restart). Nothing shown is removed. Paused, it runs when the table resumes.
    void catchUp();
    bool isCatchingUp() const { return m_catchUp != nullptr; }

    const EngineEvent &eventAt(int row) const { return m_rows.at(size_t(row)); }
    /// One event as the engine's JSON (`docker events --format '{{json .}}'`).
    static QJsonObject toJson(const EngineEvent &event);
    /// The object's name: the `name` attribute, else the ID (short for hex IDs).
    static QString objectName(const EngineEvent &event);

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After each flush (for a "following" view to scroll to the newest).
    void flushed();
    void lookBackFinished(const QString &error);
    /// A catchUp() ended: `added` events were missing and are now shown.
    void caughtUp(int added, const QString &error);

private:
    void trimTo(int capacity);
    /// GET /events from `sinceSeconds` to `untilMs`; `done` gets the newest capacity() of them.
    Reply *readEvents(qint64 sinceSeconds, qint64 untilMs, std::function<void(std::deque<EngineEvent>, const QString &)> done);

    QPointer<Engine> m_engine;
    std::deque<EngineEvent> m_rows;
    std::deque<EngineEvent> m_pending;
    QTimer m_flush;
    int m_capacity = kDefaultCapacity;
    bool m_paused = false;
    qint64 m_dropped = 0;
    qint64 m_total = 0;
    QPointer<Reply> m_history;
    QPointer<Reply> m_catchUp;
    bool m_catchUpOnResume = false;
    qint64 m_followingSince = 0; ///< nanoseconds: when setEngine() began following
    QMetaObject::Connection m_live;
};
