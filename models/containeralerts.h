#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

/// Something about a container worth telling the user about, decided by ContainerAlerts.
struct ContainerAlert
{
    enum class Kind { UnexpectedExit, Unhealthy };
    Kind kind = Kind::UnexpectedExit;
    QString id;
    QString name;        ///< without the leading slash
    QString image;
    int exitCode = -1;   ///< UnexpectedExit only; -1 when the engine did not say
    bool outOfMemory = false; ///< an `oom` event came just before the `die`
    int count = 1;       ///< how many times it happened since the last alert for this container
    qint64 timeNano = 0; ///< the engine's time of the (last) event
};

/// Decides, from the engine's event stream alone, when a container stopped on its own
/// (crash, exit, out of memory) or turned unhealthy, as opposed to a user's stop or kill.
///
/// dockerd's order is: `docker stop` -> kill, [kill,] die, stop; `docker kill` -> kill,
/// die; a container's own exit -> die only; the OOM killer -> oom, die. So a `die` with
/// no `kill` for the same container within killWindow before it is unexpected. Time is
/// the events' own (timeNano), which keeps the decisions deterministic and testable.
///
/// A container that a restart policy restarts over and over would flood the desktop:
/// at most one alert per container and kind per coalesceWindow; the ones held back are
/// counted into the next alert, or handed out by due() once the window has passed.
///
/// Pure: no timers, no engine, no strings for the user (the notifier words them).
class ContainerAlerts
{
public:
    enum class Mode { Off, All, Chosen };

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    /// Chosen by name, since a recreated container keeps its name but not its id.
    void setChosenNames(const QSet<QString> &names) { m_chosen = names; }
    QSet<QString> chosenNames() const { return m_chosen; }

    void setKillWindowSeconds(int s) { m_killWindowNano = qint64(s) * 1'000'000'000; }
    void setCoalesceSeconds(int s) { m_coalesceNano = qint64(s) * 1'000'000'000; }

    /// Feeds one event; returns the alert to show now, if any.
    std::optional<ContainerAlert> feed(const EngineEvent &event);
    /// Alerts held back by coalescing whose window has passed at nowNano.
    QList<ContainerAlert> due(qint64 nowNano);
    /// The earliest time at which due() will have something, or 0 when nothing is held.
    qint64 nextDueNano() const;

    static Mode modeFromString(const QString &s);
    static QString modeToString(Mode mode);

private:
    struct Held
    {
        ContainerAlert alert; ///< the latest held-back occurrence, count = how many
        bool holding = false;
        qint64 lastShownNano = 0;
    };

    bool wanted(const QString &name) const;
    std::optional<ContainerAlert> coalesce(ContainerAlert alert);

    Mode m_mode = Mode::Off;
    QSet<QString> m_chosen;
    qint64 m_killWindowNano = 120LL * 1'000'000'000;
    qint64 m_coalesceNano = 60LL * 1'000'000'000;
    QHash<QString, qint64> m_lastKill; ///< container id -> time of its last kill/stop
    QHash<QString, qint64> m_lastOom;  ///< container id -> time of its last oom
    QHash<QString, Held> m_held;       ///< id + kind -> coalescing state
};
