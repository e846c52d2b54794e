#include "recreate.h"

#include "containersapi.h"
#include "engine.h"

#include <QDateTime>
#include <QTimer>

namespace {

QString shortOf(const QString &id)
{
    return id.left(12);
}

} // namespace

ContainerRecreation::ContainerRecreation(Engine *engine, const QString &containerId, Plan plan, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_oldId(containerId)
    , m_plan(std::move(plan))
{
}

QString ContainerRecreation::asideNameFor(const QString &name, qint64 now)
{
    // Names may be up to 255 characters on Docker; stay well below with a long one.
    return name.left(200) + QStringLiteral("-cais-old-") + QString::number(now);
}

void ContainerRecreation::setStep(Step step, const QString &text)
{
    m_step = step;
    Q_EMIT progressed(step, text);
}

void ContainerRecreation::done(bool ok, const QString &message)
{
    m_running = false;
    m_step = Step::Done;
    Q_EMIT finished(ok, message);
}

void ContainerRecreation::start()
{
    if (m_running)
        return;
    if (!m_engine) {
        done(false, tr("Not connected to an engine."));
        return;
    }
    m_running = true;
    setStep(Step::Inspect, tr("Reading %1…").arg(shortOf(m_oldId)));
    ContainersApi(m_engine).inspect(m_oldId).then(this, [this](const Result<QJsonObject> &r) {
        if (!r) {
            done(false, tr("Nothing was changed: %1").arg(r.error().fullText()));
            return;
        }
        m_oldId = r->value(QLatin1String("Id")).toString();
        m_oldName = r->value(QLatin1String("Name")).toString();
        if (m_oldName.startsWith(QLatin1Char('/')))
            m_oldName = m_oldName.mid(1);
        if (m_plan.name.isEmpty())
            m_plan.name = m_oldName;
        const QJsonObject state = r->value(QLatin1String("State")).toObject();
        m_wasRunning = state.value(QLatin1String("Running")).toBool() || state.value(QLatin1String("Restarting")).toBool();
        m_wasPaused = state.value(QLatin1String("Paused")).toBool();
        if (m_wasRunning || m_wasPaused)
            stopOld();
        else
            renameOld();
    });
}

void ContainerRecreation::stopOld()
{
    setStep(Step::Stop, tr("Stopping %1…").arg(m_oldName));
    auto stop = [this] {
        ContainersApi(m_engine).stop(m_oldId).then(this, [this](const Result<ContainersApi::Outcome> &r) {
            if (!r) {
                // Still as it was (a paused one is paused again below).
                fail(tr("Could not stop %1: %2").arg(m_oldName, r.error().fullText()));
                return;
            }
            renameOld();
        });
    };
    if (!m_wasPaused) {
        stop();
        return;
    }
    ContainersApi(m_engine).unpause(m_oldId).then(this, [this, stop](const Result<ContainersApi::Outcome> &r) {
        if (!r) {
            done(false, tr("Nothing was changed: %1 is paused and could not be unpaused to stop it: %2").arg(m_oldName, r.error().fullText()));
            return;
        }
        stop();
    });
}

void ContainerRecreation::renameOld()
{
    if (!m_engine) {
        fail(tr("The connection to the engine was lost."));
        return;
    }
    // Only when the new container takes the old one's name.
    if (m_plan.name != m_oldName) {
        createNew();
        return;
    }
    m_aside = asideNameFor(m_oldName, QDateTime::currentSecsSinceEpoch());
    setStep(Step::Rename, tr("Renaming %1 to %2…").arg(m_oldName, m_aside));
    ContainersApi(m_engine).rename(m_oldId, m_aside).then(this, [this](const Result<ContainersApi::Outcome> &r) {
        if (!r) {
            fail(tr("Could not set %1 aside: %2").arg(m_oldName, r.error().fullText()));
            return;
        }
        m_renamed = true;
        createNew();
    });
}

void ContainerRecreation::createNew()
{
    setStep(Step::Create, tr("Creating the new %1…").arg(m_plan.name));
    ContainersApi(m_engine).create(m_plan.body, m_plan.name).then(this, [this](const Result<ContainersApi::Created> &r) {
        if (!r) {
            fail(tr("Could not create the new container: %1").arg(r.error().fullText()));
            return;
        }
        m_newId = r->id;
        m_warnings = r->warnings;
        connectNetworks(0);
    });
}

void ContainerRecreation::connectNetworks(int index)
{
    if (index >= m_plan.networks.size()) {
        startNew();
        return;
    }
    if (!m_engine) {
        fail(tr("The connection to the engine was lost."));
        return;
    }
    const QString network = m_plan.networks.at(index).first;
    NetworkConnectSpec spec = m_plan.networks.at(index).second;
    spec.container = m_newId;
    setStep(Step::Connect, tr("Connecting the new %1 to %2…").arg(m_plan.name, network));
    NetworksApi::connectContainer(*m_engine, network, spec).then(this, [this, index, network](const Result<Done> &r) {
        if (!r) {
            fail(tr("Could not connect the new container to the network %1: %2").arg(network, r.error().fullText()));
            return;
        }
        connectNetworks(index + 1);
    });
}

void ContainerRecreation::startNew()
{
    if (!m_wasRunning && !m_wasPaused) {
        // The old one was not running: neither is the new one.
        removeOld();
        return;
    }
    setStep(Step::Start, tr("Starting the new %1…").arg(m_plan.name));
    ContainersApi(m_engine).start(m_newId).then(this, [this](const Result<ContainersApi::Outcome> &r) {
        if (!r) {
            fail(tr("The new container did not start: %1").arg(r.error().fullText()));
            return;
        }
        setStep(Step::Check, tr("Checking that the new %1 keeps running…").arg(m_plan.name));
        checkNew(QDateTime::currentMSecsSinceEpoch());
    });
}

void ContainerRecreation::checkNew(qint64 startedMs)
{
    if (!m_engine) {
        fail(tr("The connection to the engine was lost."));
        return;
    }
    ContainersApi(m_engine).inspect(m_newId).then(this, [this, startedMs](const Result<QJsonObject> &r) {
        if (!r) {
            fail(tr("Could not read the new container: %1").arg(r.error().fullText()));
            return;
        }
        const QJsonObject state = r->value(QLatin1String("State")).toObject();
        const bool running = state.value(QLatin1String("Running")).toBool() && !state.value(QLatin1String("Restarting")).toBool();
        const int code = state.value(QLatin1String("ExitCode")).toInt();
        // A container whose job is done and ended well counts as running.
        const bool finishedWell = state.value(QLatin1String("Status")).toString() == QLatin1String("exited") && code == 0;
        if (!running && !finishedWell) {
            const QString error = state.value(QLatin1String("Error")).toString();
            fail(error.isEmpty() ? tr("The new container stopped at once, with exit code %1.").arg(code)
                                 : tr("The new container stopped at once, with exit code %1: %2").arg(code).arg(error));
            return;
        }
        // Still running: look again until it has run for a moment.
        if (running && QDateTime::currentMSecsSinceEpoch() - startedMs < m_settleMs) {
            QTimer::singleShot(250, this, [this, startedMs] { checkNew(startedMs); });
            return;
        }
        removeOld();
    });
}

void ContainerRecreation::removeOld()
{
    setStep(Step::Remove, tr("Removing the old container…"));
    // Without -v: its anonymous volumes went to the new container, or stay for the user.
    ContainersApi(m_engine).remove(m_oldId).then(this, [this](const Result<ContainersApi::Outcome> &r) {
        if (!r) {
            const QString old = m_aside.isEmpty() ? m_oldName : m_aside;
            done(true, tr("%1 was recreated. The old container (%2, now stopped) could not be removed: %3 Remove it when you no longer need it.")
                           .arg(m_plan.name, old, r.error().fullText()));
            return;
        }
        done(true, m_wasRunning || m_wasPaused ? tr("%1 was recreated and runs; the old container was removed.").arg(m_plan.name)
                                               : tr("%1 was recreated (not started, as the old one was not running); the old container was removed.")
                                                     .arg(m_plan.name));
    });
}

void ContainerRecreation::fail(const QString &what)
{
    m_failure = what;
    setStep(Step::RollBack, tr("Putting %1 back…").arg(m_oldName));
    if (!m_engine) {
        done(false, tr("%1 The connection to the engine was lost, so nothing could be put back: look for %2 in the list.")
                        .arg(what, m_renamed ? m_aside : m_oldName));
        return;
    }
    if (m_newId.isEmpty()) {
        rollBackRename({});
        return;
    }
    ContainersApi(m_engine).remove(m_newId, true).then(this, [this](const Result<ContainersApi::Outcome> &r) {
        QStringList notes;
        if (!r)
            notes << tr("The new container %1 could not be removed: %2").arg(shortOf(m_newId), r.error().fullText());
        else
            m_newId.clear();
        rollBackRename(notes);
    });
}

void ContainerRecreation::rollBackRename(QStringList notes)
{
    if (!m_renamed || !m_engine) {
        rollBackStart(notes);
        return;
    }
    ContainersApi(m_engine).rename(m_oldId, m_oldName).then(this, [this, notes](const Result<ContainersApi::Outcome> &r) mutable {
        if (!r)
            notes << tr("%1 could not get its name back: it is called %2 now. %3").arg(m_oldName, m_aside, r.error().fullText());
        else
            m_renamed = false;
        rollBackStart(notes);
    });
}

void ContainerRecreation::rollBackStart(QStringList notes)
{
    auto finish = [this](const QStringList &n) {
        done(false, n.isEmpty() ? tr("%1 %2 is back as it was.").arg(m_failure, m_oldName) : m_failure + QLatin1Char(' ') + n.join(QLatin1Char(' ')));
    };
    if ((!m_wasRunning && !m_wasPaused) || !m_engine) {
        finish(notes);
        return;
    }
    ContainersApi(m_engine).start(m_oldId).then(this, [this, notes, finish](const Result<ContainersApi::Outcome> &r) mutable {
        if (!r) {
            notes << tr("%1 could not be started again: %2").arg(m_oldName, r.error().fullText());
            finish(notes);
            return;
        }
        if (!m_wasPaused || !m_engine) {
            finish(notes);
            return;
        }
        ContainersApi(m_engine).pause(m_oldId).then(this, [this, notes, finish](const Result<ContainersApi::Outcome> &p) mutable {
            if (!p)
                notes << tr("%1 runs again but could not be paused again: %2").arg(m_oldName, p.error().fullText());
            finish(notes);
        });
    });
}
