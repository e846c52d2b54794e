#pragma once

#include "engineerror.h"
#include "networksapi.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class Engine;

/// Replaces a container with a new one made from a create body (see ContainerSpec),
/// without losing the old one on the way:
///
///  1. inspect the old container (its name, and whether it runs);
///  2. stop it if it runs (unpausing it first if paused);
///  3. rename it aside ("web" becomes "web-cais-old-1733150000");
///  4. create the new one, under the name asked for;
///  5. connect it to the old one's other networks;
///  6. start it, if the old one was running, and watch it for a moment (settleTime()):
///     it must still run then, or have ended with exit code 0;
///  7. remove the old one (its anonymous volumes stay: keepAnonymousVolumes() hands
///     them to the new container).
///
/// When step 4, 5 or 6 fails, it is undone: the new container is removed, the old one
/// gets its name back and is started (and paused) again if it was. The old container
/// is never removed before the new one runs. Every step is reported; finished() says
/// what happened, also what could not be put back and what the user can do then.
class ContainerRecreation : public QObject
{
    Q_OBJECT
public:
    enum class Step { Inspect, Stop, Rename, Create, Connect, Start, Check, Remove, RollBack, Done };
    Q_ENUM(Step)

    struct Plan
    {
        QJsonObject body;  ///< POST /containers/create
        QString name;      ///< the new container's name; empty: the old one's
        QList<std::pair<QString, NetworkConnectSpec>> networks; ///< connected after create
    };

    ContainerRecreation(Engine *engine, const QString &containerId, Plan plan, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    Step step() const { return m_step; }
    /// The new container, once created (and still there).
    QString newId() const { return m_newId; }
    /// The name the old container had while it was set aside.
    QString asideName() const { return m_aside; }
    /// Warnings the engine gave about the new container.
    QStringList warnings() const { return m_warnings; }

    /// How long the new container must keep running before the old one goes (default
    /// 1500 ms): a container that dies at once counts as a failure.
    void setSettleTime(int ms) { m_settleMs = ms; }
    int settleTime() const { return m_settleMs; }

    /// "web-cais-old-1733150000": a valid, unlikely name for the container set aside.
    static QString asideNameFor(const QString &name, qint64 now);

Q_SIGNALS:
    /// A step begins; `text` says it in words.
    void progressed(ContainerRecreation::Step step, const QString &text);
    /// `ok`: the new container is in place (and runs, when the old one ran). `message`
    /// says what happened; on failure, what went wrong and what was put back.
    void finished(bool ok, const QString &message);

private:
    void setStep(Step step, const QString &text);
    void stopOld();
    void renameOld();
    void createNew();
    void connectNetworks(int index);
    void startNew();
    void checkNew(qint64 startedMs);
    void removeOld();
    void fail(const QString &what);
    void rollBackRename(QStringList notes);
    void rollBackStart(QStringList notes);
    void done(bool ok, const QString &message);

    QPointer<Engine> m_engine;
    QString m_oldId;
    Plan m_plan;
    Step m_step = Step::Inspect;
    bool m_running = false;
    QString m_oldName;
    bool m_wasRunning = false;
    bool m_wasPaused = false;
    bool m_renamed = false;
    QString m_aside;
    QString m_newId;
    QString m_failure;
    QStringList m_warnings;
    int m_settleMs = 1500;
};
