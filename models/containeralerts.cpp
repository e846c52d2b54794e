#include "containeralerts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString alertKey(const ContainerAlert &a)
{
    return a.id + (a.kind == ContainerAlert::Kind::Unhealthy ? u":unhealthy"_s : u":exit"_s);
}

QString alertContainerName(const EngineEvent &e)
{
    QString name = e.attributes.value(u"name"_s);
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

} // namespace

bool ContainerAlerts::wanted(const QString &name) const
{
    switch (m_mode) {
    case Mode::Off:
        return false;
    case Mode::All:
        return true;
    case Mode::Chosen:
        return m_chosen.contains(name);
    }
    return false;
}

std::optional<ContainerAlert> ContainerAlerts::feed(const EngineEvent &e)
{
    if (e.type != u"container"_s || e.id.isEmpty())
        return std::nullopt;
    const QString &action = e.action;
    // Bookkeeping happens whatever the mode, so that switching notifications on in the
    // middle of a `docker stop` does not report its die.
    if (action == u"kill"_s || action == u"stop"_s) {
        m_lastKill.insert(e.id, e.timeNano);
        return std::nullopt;
    }
    if (action == u"start"_s) {
        // A new run: a kill or stop of the previous one says nothing about this one.
        m_lastKill.remove(e.id);
        m_lastOom.remove(e.id);
        return std::nullopt;
    }
    if (action == u"oom"_s) {
        m_lastOom.insert(e.id, e.timeNano);
        return std::nullopt;
    }
    if (action == u"destroy"_s) {
        // A --rm container is gone after its die; forget it (its die was already judged).
        m_lastKill.remove(e.id);
        m_lastOom.remove(e.id);
        m_held.remove(e.id + u":unhealthy"_s);
        return std::nullopt;
    }

    ContainerAlert alert;
    alert.id = e.id;
    alert.name = alertContainerName(e);
    alert.image = e.attributes.value(u"image"_s);
    alert.timeNano = e.timeNano;

    if (action == u"die"_s) {
        const auto kill = m_lastKill.constFind(e.id);
        const bool userStopped = kill != m_lastKill.constEnd() && e.timeNano - *kill <= m_killWindowNano
                                 && e.timeNano >= *kill;
        m_lastKill.remove(e.id);
        const auto oom = m_lastOom.constFind(e.id);
        alert.outOfMemory = oom != m_lastOom.constEnd() && e.timeNano - *oom <= m_killWindowNano;
        m_lastOom.remove(e.id);
        if (userStopped || !wanted(alert.name))
            return std::nullopt;
        bool ok = false;
        const int code = e.attributes.value(u"exitCode"_s).toInt(&ok);
        alert.exitCode = ok ? code : -1;
        alert.kind = ContainerAlert::Kind::UnexpectedExit;
        return coalesce(alert);
    }
    // dockerd sends "health_status: unhealthy" (older ones "health_status:unhealthy").
    if (action.startsWith(u"health_status"_s) && action.trimmed().endsWith(u"unhealthy"_s)) {
        if (!wanted(alert.name))
            return std::nullopt;
        alert.kind = ContainerAlert::Kind::Unhealthy;
        return coalesce(alert);
    }
    return std::nullopt;
}

std::optional<ContainerAlert> ContainerAlerts::coalesce(ContainerAlert alert)
{
    Held &held = m_held[alertKey(alert)];
    if (held.lastShownNano != 0 && alert.timeNano - held.lastShownNano < m_coalesceNano) {
        const int count = held.holding ? held.alert.count + 1 : 1;
        held.alert = alert;
        held.alert.count = count;
        held.holding = true;
        return std::nullopt;
    }
    if (held.holding)
        alert.count = held.alert.count + 1;
    held.holding = false;
    held.lastShownNano = alert.timeNano;
    return alert;
}

QList<ContainerAlert> ContainerAlerts::due(qint64 nowNano)
{
    QList<ContainerAlert> out;
    for (auto it = m_held.begin(); it != m_held.end(); ++it) {
        Held &held = it.value();
        if (held.holding && nowNano - held.lastShownNano >= m_coalesceNano) {
            out.append(held.alert);
            held.holding = false;
            held.lastShownNano = nowNano;
        }
    }
    std::ranges::sort(out, {}, &ContainerAlert::timeNano);
    return out;
}

qint64 ContainerAlerts::nextDueNano() const
{
    qint64 next = 0;
    for (const Held &held : m_held) {
        if (!held.holding)
            continue;
        const qint64 at = held.lastShownNano + m_coalesceNano;
        if (next == 0 || at < next)
            next = at;
    }
    return next;
}

ContainerAlerts::Mode ContainerAlerts::modeFromString(const QString &s)
{
    if (s == u"all"_s)
        return Mode::All;
    if (s == u"chosen"_s)
        return Mode::Chosen;
    return Mode::Off;
}

QString ContainerAlerts::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::All:
        return u"all"_s;
    case Mode::Chosen:
        return u"chosen"_s;
    case Mode::Off:
        break;
    }
    return u"off"_s;
}
