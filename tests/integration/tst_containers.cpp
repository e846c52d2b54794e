// Containers on the real dockerd the fixture started: every lifecycle action, the
// run dialog's settings inspected back (and compared with what the docker CLI makes
// of the same command line), conflicts, and the live list following the engine.
#include "containers/containerspage.h"
#include "containers/inspectview.h"
#include "containers/rundialog.h"
#include "containersapi.h"
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "engine.h"
#include "runconfig.h"
#include "testengine.h"
#include "translations.h"
#include "userpreferences.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSpinBox>
#include <QTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QAbstractSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <functional>

Q_DECLARE_METATYPE(ContainersApi::Action)

namespace {

using TestEngine::await;
using Outcome = ContainersApi::Outcome;

const QString kImage = QStringLiteral("cais-test/shell:1");

QString unique(const QString &base)
{
    return QStringLiteral("cais-it-%1-%2").arg(base).arg(QCoreApplication::applicationPid());
}

/// A container that ends at once on SIGTERM, so stops never wait for the timeout.
QStringList politeCommand()
{
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap 'exit 0' TERM; echo cais-traps-set; while :; do sleep 1; done")};
}

/// Waits until the container's script has said `times` times that its traps are set
/// (once per start).
void waitForTraps(const QString &name, int times = 1)
{
    QDeadlineTimer deadline(30000);
    QByteArray logs;
    while (logs.count("cais-traps-set") < times && !deadline.hasExpired()) {
        QTest::qWait(20);
        TestEngine::docker({QStringLiteral("logs"), name}, &logs);
    }
    if (logs.count("cais-traps-set") < times)
        QTest::qFail(qPrintable(QStringLiteral("%1 did not set its traps within 30 s").arg(name)), __FILE__, __LINE__);
}

QJsonObject cliInspect(const QString &name)
{
    QByteArray out;
    if (!TestEngine::docker({QStringLiteral("inspect"), name}, &out))
        return {};
    return QJsonDocument::fromJson(out).array().at(0).toObject();
}

QString cliState(const QString &name)
{
    return cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("Status")).toString();
}

QSet<QString> cliIds(bool all)
{
    QByteArray out;
    QStringList args{QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--no-trunc")};
    if (all)
        args << QStringLiteral("-a");
    TestEngine::docker(args, &out);
    QSet<QString> ids;
    for (const QByteArray &l : out.split('\n')) {
        if (!l.trimmed().isEmpty())
            ids.insert(QString::fromUtf8(l.trimmed()));
    }
    return ids;
}

/// `docker run -d`. A `sh -c` script that sets traps says so on its output once they
/// are set, and this waits for that: a signal that arrives before finds PID 1 without
/// a handler, and PID 1 ignores it (seen under load: a TERM that did nothing).
QString cliRun(const QString &name, const QStringList &extra, const QStringList &command)
{
    QStringList cmd = command;
    const bool traps = cmd.size() == 3 && cmd.at(0) == QLatin1String("sh") && cmd.at(1) == QLatin1String("-c")
        && cmd.at(2).contains(QLatin1String("trap ")) && cmd.at(2).contains(QLatin1String("while :"));
    if (traps && !cmd.at(2).contains(QLatin1String("cais-traps-set")))
        cmd[2].replace(QLatin1String("while :"), QLatin1String("echo cais-traps-set; while :"));
    QByteArray out;
    TestEngine::docker(QStringList{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name} + extra + QStringList{kImage} + cmd,
                       &out);
    if (traps)
        waitForTraps(name);
    return QString::fromUtf8(out.trimmed());
}

/// Lists through the API until the listing agrees with `docker ps` run just before and
/// just after it: every container the CLI saw both times, none it saw neither time.
/// Other test programs (builds above all) create and remove containers meanwhile.
bool listAgreesWithCli(ContainersApi &api, bool all, QList<ContainerSummary> *out, QString *why)
{
    QElapsedTimer waited;
    waited.start();
    do {
        const QSet<QString> before = cliIds(all);
        const auto r = TestEngine::await(api.list(all));
        const QSet<QString> after = cliIds(all);
        if (!r) {
            *why = r.error().fullText();
            return false;
        }
        QSet<QString> ours;
        for (const ContainerSummary &c : *r)
            ours.insert(c.id);
        if (ours.contains(QSet<QString>(before).intersect(after)) && QSet<QString>(before).unite(after).contains(ours)) {
            *out = *r;
            return true;
        }
        *why = QStringLiteral("after %1 ms, ours %2, the CLI's before %3 and after %4")
                   .arg(waited.elapsed()).arg(ours.size()).arg(before.size()).arg(after.size());
        QTest::qWait(200);
    } while (waited.elapsed() < 60000);
    return false;
}

/// Waits until the model holds what `docker ps -a` run just before and just after a
/// look at it brackets: every container listed both times, and no more containers
/// than listed either time. Builds of other tests add and remove containers meanwhile.
bool modelAgreesWithCli(const ContainersModel &model, QString *why)
{
    QElapsedTimer waited;
    waited.start();
    do {
        const QSet<QString> before = cliIds(true);
        QTest::qWait(50); // the model takes in the engine's events
        const QSet<QString> after = cliIds(true);
        const QSet<QString> both = QSet<QString>(before).intersect(after);
        const qsizetype either = QSet<QString>(before).unite(after).size();
        if (model.containerCount() >= both.size() && model.containerCount() <= either
            && std::all_of(both.cbegin(), both.cend(), [&](const QString &id) { return model.indexOfId(id).isValid(); }))
            return true;
        *why = QStringLiteral("the model has %1 containers, the CLI %2 then %3").arg(model.containerCount()).arg(before.size()).arg(after.size());
        QTest::qWait(200);
    } while (waited.elapsed() < 60000);
    return false;
}

QString cliCreate(const QString &name, const QStringList &extra = {})
{
    QByteArray out;
    TestEngine::docker(QStringList{QStringLiteral("create"), QStringLiteral("--name"), name} + extra + QStringList{kImage} + politeCommand(), &out);
    return QString::fromUtf8(out.trimmed());
}

void cliRemove(const QStringList &names)
{
    QByteArray err;
    TestEngine::docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + names, nullptr, &err);
}

QSet<QString> toSet(const QStringList &l)
{
    return QSet<QString>(l.begin(), l.end());
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

QString describeError(const EngineError &e)
{
    return e.fullText() + QStringLiteral(" [") + QString::number(e.httpStatus) + QLatin1Char(']');
}

QStringList treeNames(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out << (parent.isValid() ? parent.data().toString() + QLatin1Char('/') : QString()) + i.data().toString();
        out << treeNames(m, i);
    }
    return out;
}

} // namespace

class TestContainersIntegration : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connected(m_engine); }

private Q_SLOTS:
    void initTestCase()
    {
        // The user's choices (which actions ask first) from a settings file of its own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cais-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_containers"));
        QSettings().clear();
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void listMatchesDockerPsA()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        const QString running = unique(QStringLiteral("ls-running")), exited = unique(QStringLiteral("ls-exited")),
                      created = unique(QStringLiteral("ls-created")), paused = unique(QStringLiteral("ls-paused")),
                      web = unique(QStringLiteral("ls-web"));
        auto cleanup = qScopeGuard([&] { cliRemove({running, exited, created, paused, web}); });
        cliRun(running, {}, politeCommand());
        QByteArray exitErr; // the CLI exits with the container's code, 3
        TestEngine::docker({QStringLiteral("run"), QStringLiteral("--name"), exited, kImage, QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")},
                           nullptr, &exitErr);
        QCOMPARE(cliState(exited), QStringLiteral("exited"));
        const QString createdId = cliCreate(created);
        cliRun(paused, {}, politeCommand());
        QVERIFY(TestEngine::docker({QStringLiteral("pause"), paused}));
        cliRun(web, {QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=shop"), QStringLiteral("--label"),
                     QStringLiteral("com.docker.compose.service=web")},
               politeCommand());

        QList<ContainerSummary> all;
        QString why;
        QVERIFY2(listAgreesWithCli(api, true, &all, &why), qPrintable(why));
        QSet<QString> ours;
        for (const ContainerSummary &c : std::as_const(all))
            ours.insert(c.id);
        QVERIFY(ours.contains(createdId));
        QHash<QString, ContainerSummary> byName;
        for (const ContainerSummary &c : std::as_const(all))
            byName.insert(c.name(), c);
        QCOMPARE(byName.value(running).stateKind(), ContainerSummary::State::Running);
        QCOMPARE(byName.value(exited).stateKind(), ContainerSummary::State::Exited);
        QCOMPARE(byName.value(exited).exitCode(), std::optional<int>(3));
        QCOMPARE(byName.value(created).stateKind(), ContainerSummary::State::Created);
        QCOMPARE(byName.value(paused).stateKind(), ContainerSummary::State::Paused);
        QCOMPARE(byName.value(web).composeProject(), QStringLiteral("shop"));
        QCOMPARE(byName.value(web).composeService(), QStringLiteral("web"));
        QCOMPARE(byName.value(running).image, kImage);

        QList<ContainerSummary> up;
        QVERIFY2(listAgreesWithCli(api, false, &up, &why), qPrintable(why));
        for (const ContainerSummary &c : std::as_const(up))
            QVERIFY2(c.stateKind() == ContainerSummary::State::Running || c.stateKind() == ContainerSummary::State::Paused
                         || c.stateKind() == ContainerSummary::State::Restarting,
                     qPrintable(c.name()));
        QSet<QString> upIds;
        for (const ContainerSummary &c : std::as_const(up))
            upIds.insert(c.id);
        QVERIFY(upIds.contains(byName.value(running).id));
        QVERIFY(upIds.contains(byName.value(paused).id));
        QVERIFY(!upIds.contains(createdId));
        QVERIFY(!upIds.contains(byName.value(exited).id));

        // A targeted list has exactly the ids asked for, and nothing for an unknown one.
        const QString unknown = QStringLiteral("f").repeated(64);
        const auto some = await(api.list(true, {createdId, byName.value(exited).id, unknown}));
        QVERIFY(some);
        QSet<QString> got;
        for (const ContainerSummary &c : *some)
            got.insert(c.id);
        QCOMPARE(got, (QSet<QString>{createdId, byName.value(exited).id}));
    }

    void lifecycle()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        const QString name = unique(QStringLiteral("life"));
        const QString id = cliCreate(name);
        auto cleanup = qScopeGuard([&] { cliRemove({name, name + QStringLiteral("-renamed")}); });
        auto ok = [](const Result<Outcome> &r) { return r ? QString() : describeError(r.error()); };

        auto r = await(api.start(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::Done);
        QCOMPARE(cliState(name), QStringLiteral("running"));
        // 304 already running: not an error.
        r = await(api.start(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::AlreadyInState);

        r = await(api.pause(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(cliState(name), QStringLiteral("paused"));
        r = await(api.pause(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::AlreadyInState);
        r = await(api.unpause(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::Done);
        QCOMPARE(cliState(name), QStringLiteral("running"));
        r = await(api.unpause(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::AlreadyInState);

        const QString startedBefore = cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("StartedAt")).toString();
        r = await(api.restart(id, 5));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(cliState(name), QStringLiteral("running"));
        QVERIFY(cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("StartedAt")).toString() != startedBefore);
        waitForTraps(name, 2); // the stop below must find the restarted script's trap

        r = await(api.stop(id, 5));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::Done);
        QCOMPARE(cliState(name), QStringLiteral("exited"));
        QCOMPARE(cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("ExitCode")).toInt(), 0); // ended by its TERM trap
        r = await(api.stop(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(*r, Outcome::AlreadyInState); // 304 already stopped

        const QString renamed = name + QStringLiteral("-renamed");
        r = await(api.rename(id, renamed));
        QVERIFY2(r, qPrintable(ok(r)));
        QCOMPARE(cliInspect(id).value(QLatin1String("Name")).toString(), QLatin1Char('/') + renamed);

        r = await(api.remove(id));
        QVERIFY2(r, qPrintable(ok(r)));
        QVERIFY(!cliIds(true).contains(id));
        // Gone: a clear 404.
        r = await(api.start(id));
        QVERIFY(!r);
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY2(r.error().userMessage.contains(QLatin1String("no longer exists")), qPrintable(r.error().userMessage));
    }

    void killSendsTheChosenSignal_data()
    {
        QTest::addColumn<QString>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("SIGTERM reaches the trap") << "SIGTERM" << 7;
        QTest::newRow("HUP, short name") << "HUP" << 8;
        QTest::newRow("default is SIGKILL") << "" << 137;
        QTest::newRow("by number") << "9" << 137;
    }
    void killSendsTheChosenSignal()
    {
        QFETCH(QString, signal);
        QFETCH(int, exitCode);
        Engine &e = connected();
        ContainersApi api(&e);
        const QString name = unique(QStringLiteral("kill"));
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        cliRun(name, {}, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap 'exit 7' TERM; trap 'exit 8' HUP; while :; do sleep 1; done")});
        const auto r = await(api.kill(name, signal));
        QVERIFY2(r, qPrintable(r ? QString() : describeError(r.error())));
        QTRY_COMPARE_WITH_TIMEOUT(cliState(name), QStringLiteral("exited"), 10000);
        QCOMPARE(cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("ExitCode")).toInt(), exitCode);
    }

    void stopKillsAfterTheTimeout()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        const QString name = unique(QStringLiteral("stubborn"));
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        // Ignores SIGTERM: only the SIGKILL after the timeout ends it.
        cliRun(name, {}, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; while :; do sleep 1; done")});
        const auto r = await(api.stop(name, 1));
        QVERIFY2(r, qPrintable(r ? QString() : describeError(r.error())));
        QCOMPARE(cliState(name), QStringLiteral("exited"));
        QCOMPARE(cliInspect(name).value(QLatin1String("State")).toObject().value(QLatin1String("ExitCode")).toInt(), 137);
    }

    void stopWaitsForTheContainersOwnTimeout()
    {
        // docker run --stop-timeout 75: a stop without t makes the engine wait up to
        // 75 s before its SIGKILL, so the client must wait longer than that (it gave
        // up after 70 s). The deadline of the pending request is checked, then the
        // container is killed rather than waited for.
        Engine &e = connected();
        ContainersApi api(&e);
        const QString name = unique(QStringLiteral("slowstop"));
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        cliRun(name, {QStringLiteral("--stop-timeout"), QStringLiteral("75")},
               {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; while :; do sleep 1; done")});
        QCOMPARE(cliInspect(name).value(QLatin1String("Config")).toObject().value(QLatin1String("StopTimeout")).toInt(), 75);
        auto stopped = api.stop(name);
        const QByteArray target = e.target(QStringLiteral("/containers/%1/stop").arg(name));
        QPointer<Reply> pending;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (Reply *r : e.findChildren<Reply *>()) {
                    if (!r->isDone() && r->request().target == target)
                        pending = r;
                }
                return !pending.isNull();
            }(),
            20000);
        QCOMPARE(pending->request().firstByteTimeoutMs, (75 + 60) * 1000);
        const auto killed = await(api.kill(name));
        QVERIFY2(killed, qPrintable(killed ? QString() : describeError(killed.error())));
        QTRY_VERIFY_WITH_TIMEOUT(stopped.isFinished(), 30000);
        const auto r = stopped.result();
        QVERIFY2(r, qPrintable(r ? QString() : describeError(r.error())));
        QCOMPARE(cliState(name), QStringLiteral("exited"));
    }

    void removeForceAndVolumes()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        const QString keep = unique(QStringLiteral("rm-keepvol")), drop = unique(QStringLiteral("rm-dropvol"));
        auto cleanup = qScopeGuard([&] { cliRemove({keep, drop}); });
        cliRun(keep, {QStringLiteral("-v"), QStringLiteral("/data")}, politeCommand());
        cliRun(drop, {QStringLiteral("-v"), QStringLiteral("/data")}, politeCommand());
        auto volumeOf = [](const QString &n) {
            return cliInspect(n).value(QLatin1String("Mounts")).toArray().at(0).toObject().value(QLatin1String("Name")).toString();
        };
        const QString keptVolume = volumeOf(keep), droppedVolume = volumeOf(drop);
        QVERIFY(!keptVolume.isEmpty());
        auto volumeExists = [](const QString &v) {
            QByteArray out;
            TestEngine::docker({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("-q")}, &out);
            return out.split('\n').contains(v.toUtf8());
        };
        auto cleanVolume = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({QStringLiteral("volume"), QStringLiteral("rm"), keptVolume}, nullptr, &err);
        });

        // Running, no force: a 409 explained, and the container stays.
        auto r = await(api.remove(keep));
        QVERIFY(!r);
        QCOMPARE(r.error().httpStatus, 409);
        QVERIFY2(r.error().userMessage.contains(QLatin1String("is running. Stop it first, or remove it with Force")), qPrintable(r.error().userMessage));
        QVERIFY2(r.error().engineMessage.contains(QLatin1String("container is running")), qPrintable(r.error().engineMessage));
        QCOMPARE(cliState(keep), QStringLiteral("running"));

        r = await(api.remove(keep, true, false));
        QVERIFY2(r, qPrintable(r ? QString() : describeError(r.error())));
        QVERIFY(volumeExists(keptVolume)); // anonymous volume kept without -v
        r = await(api.remove(drop, true, true));
        QVERIFY2(r, qPrintable(r ? QString() : describeError(r.error())));
        QVERIFY(!volumeExists(droppedVolume)); // and removed with it
        QVERIFY(!cliIds(true).contains(keep));
        QVERIFY(!cliIds(true).contains(drop));
    }

    void conflictsAreExplained_data()
    {
        QTest::addColumn<ContainersApi::Action>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("create: name in use") << ContainersApi::Action::Create << 409 << "is already used by another container";
        QTest::newRow("create: no such image") << ContainersApi::Action::Create << 404 << "is not on this engine. Pull it or build it first";
        QTest::newRow("rename: name in use") << ContainersApi::Action::Rename << 409 << "is already used by another container";
        QTest::newRow("pause: not running") << ContainersApi::Action::Pause << 409 << "is not running, so it cannot be paused";
        QTest::newRow("kill: not running") << ContainersApi::Action::Kill << 409 << "is not running, so there is nothing to kill";
        QTest::newRow("start: paused") << ContainersApi::Action::Start << 409 << "is paused: unpause it first";
    }
    void conflictsAreExplained()
    {
        QFETCH(ContainersApi::Action, action);
        QFETCH(int, status);
        QFETCH(QString, message);
        Engine &e = connected();
        ContainersApi api(&e);
        const QString a = unique(QStringLiteral("conflict-a")), b = unique(QStringLiteral("conflict-b"));
        auto cleanup = qScopeGuard([&] { cliRemove({a, b}); });
        cliCreate(a);
        cliCreate(b);
        EngineError err;
        switch (action) {
        case ContainersApi::Action::Create: {
            RunConfig c;
            c.image = status == 404 ? QStringLiteral("cais-test/no-such-image:1") : kImage;
            c.name = status == 404 ? QString() : a;
            const auto r = await(api.create(c));
            QVERIFY(!r);
            err = r.error();
            break;
        }
        case ContainersApi::Action::Rename: {
            const auto r = await(api.rename(b, a));
            QVERIFY(!r);
            err = r.error();
            break;
        }
        case ContainersApi::Action::Pause: {
            const auto r = await(api.pause(a));
            QVERIFY(!r);
            err = r.error();
            break;
        }
        case ContainersApi::Action::Kill: {
            const auto r = await(api.kill(a));
            QVERIFY(!r);
            err = r.error();
            break;
        }
        case ContainersApi::Action::Start: {
            QVERIFY(TestEngine::docker({QStringLiteral("start"), a}));
            QVERIFY(TestEngine::docker({QStringLiteral("pause"), a}));
            const auto r = await(api.start(a));
            QVERIFY(!r);
            err = r.error();
            QVERIFY(TestEngine::docker({QStringLiteral("unpause"), a}));
            break;
        }
        default:
            QFAIL("no such case");
        }
        QCOMPARE(err.httpStatus, status);
        QVERIFY2(err.userMessage.contains(message), qPrintable(err.userMessage));
        QVERIFY(!err.engineMessage.isEmpty());
    }

    void createsExactlyWhatWasAsked()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        QTemporaryDir hostDir(TestEngine::dir() + QStringLiteral("/bind-XXXXXX"));
        QVERIFY(hostDir.isValid());
        QFile marker(hostDir.filePath(QStringLiteral("marker")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("from the host\n");
        marker.close();
        // The container runs as uid 1000: it must be able to read what is shared with it.
        QVERIFY(QFile::setPermissions(hostDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                          | QFile::ReadOther | QFile::ExeOther));
        QVERIFY(marker.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        RunConfig c;
        c.image = kImage;
        c.name = unique(QStringLiteral("create-all"));
        c.entrypoint = QStringLiteral("/bin/sh");
        c.command = {QStringLiteral("-c"), QStringLiteral("id -u; pwd; cat /host/marker; touch /host/x 2>/dev/null && echo writable || echo read-only; "
                                                          "echo \"$GREETING\"; trap 'exit 0' TERM; while :; do sleep 1; done")};
        c.env = {QStringLiteral("A=1"), QStringLiteral("GREETING=hello world")};
        c.labels = {{QStringLiteral("tier"), QStringLiteral("gold")}, {QStringLiteral("com.example.flag"), QString()}};
        c.ports = {PortMapping::parse(QStringLiteral("127.0.0.1:18080:80")).value(), PortMapping::parse(QStringLiteral("19000-19001:9000-9001/udp")).value(),
                   PortMapping::parse(QStringLiteral("53/udp")).value(), PortMapping::parse(QStringLiteral("18100-18110:443")).value()};
        c.mounts = {MountSpec::parseVolume(hostDir.path() + QStringLiteral(":/host:ro")).value(),
                    MountSpec::parseVolume(unique(QStringLiteral("named")) + QStringLiteral(":/data")).value(),
                    MountSpec::parseVolume(QStringLiteral("/anon")).value(),
                    MountSpec::parseMount(QStringLiteral("type=bind,source=") + hostDir.path() + QStringLiteral(",target=/host2")).value(),
                    MountSpec::parseMount(QStringLiteral("type=tmpfs,target=/scratch")).value()};
        c.workingDir = QStringLiteral("/work");
        c.user = QStringLiteral("1000:1000");
        c.restartPolicy = QStringLiteral("on-failure");
        c.restartMaxRetries = 2;
        c.network = QStringLiteral("none");
        QVERIFY(c.problems(true).isEmpty());
        auto cleanup = qScopeGuard([&] {
            cliRemove({c.name});
            QByteArray err;
            TestEngine::docker({QStringLiteral("volume"), QStringLiteral("rm"), unique(QStringLiteral("named"))}, nullptr, &err);
        });

        const auto created = await(api.create(c));
        QVERIFY2(created, qPrintable(created ? QString() : describeError(created.error())));
        QCOMPARE(created->id.size(), 64);

        const QJsonObject i = cliInspect(c.name);
        const QJsonObject config = i.value(QLatin1String("Config")).toObject();
        const QJsonObject host = i.value(QLatin1String("HostConfig")).toObject();
        QCOMPARE(i.value(QLatin1String("Id")).toString(), created->id);
        QCOMPARE(config.value(QLatin1String("Image")).toString(), kImage);
        QCOMPARE(config.value(QLatin1String("Entrypoint")).toArray(), QJsonArray{QStringLiteral("/bin/sh")});
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray(), QJsonArray::fromStringList(c.command));
        const QStringList env = strings(config.value(QLatin1String("Env")));
        QVERIFY2(env.contains(QStringLiteral("A=1")) && env.contains(QStringLiteral("GREETING=hello world")), qPrintable(env.join(QLatin1Char('|'))));
        QCOMPARE(config.value(QLatin1String("Labels")).toObject().value(QLatin1String("tier")).toString(), QStringLiteral("gold"));
        QVERIFY(config.value(QLatin1String("Labels")).toObject().contains(QLatin1String("com.example.flag")));
        QCOMPARE(config.value(QLatin1String("WorkingDir")).toString(), QStringLiteral("/work"));
        QCOMPARE(config.value(QLatin1String("User")).toString(), QStringLiteral("1000:1000"));
        QCOMPARE(config.value(QLatin1String("Tty")).toBool(), false);
        QCOMPARE(config.value(QLatin1String("OpenStdin")).toBool(), false);
        QVERIFY(config.value(QLatin1String("Volumes")).toObject().contains(QLatin1String("/anon")));

        // Publishing cannot work without a bridge network here: the bindings asked for
        // are what the engine recorded.
        const QJsonObject pb = host.value(QLatin1String("PortBindings")).toObject();
        auto binding = [&](const char *key) { return pb.value(QLatin1String(key)).toArray().at(0).toObject(); };
        QCOMPARE(toSet(pb.keys()),
                 (QSet<QString>{QStringLiteral("80/tcp"), QStringLiteral("9000/udp"), QStringLiteral("9001/udp"), QStringLiteral("53/udp"), QStringLiteral("443/tcp")}));
        QCOMPARE(binding("80/tcp").value(QLatin1String("HostIp")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(binding("80/tcp").value(QLatin1String("HostPort")).toString(), QStringLiteral("18080"));
        QCOMPARE(binding("9000/udp").value(QLatin1String("HostPort")).toString(), QStringLiteral("19000"));
        QCOMPARE(binding("9001/udp").value(QLatin1String("HostPort")).toString(), QStringLiteral("19001"));
        QCOMPARE(binding("53/udp").value(QLatin1String("HostPort")).toString(), QString());
        QCOMPARE(binding("443/tcp").value(QLatin1String("HostPort")).toString(), QStringLiteral("18100-18110"));

        QCOMPARE(strings(host.value(QLatin1String("Binds"))),
                 (QStringList{hostDir.path() + QStringLiteral(":/host:ro"), unique(QStringLiteral("named")) + QStringLiteral(":/data")}));
        const QJsonArray mounts = host.value(QLatin1String("Mounts")).toArray();
        QCOMPARE(mounts.size(), 2);
        QCOMPARE(mounts.at(0).toObject().value(QLatin1String("Type")).toString(), QStringLiteral("bind"));
        QCOMPARE(mounts.at(0).toObject().value(QLatin1String("Source")).toString(), hostDir.path());
        QCOMPARE(mounts.at(1).toObject().value(QLatin1String("Type")).toString(), QStringLiteral("tmpfs"));
        QCOMPARE(host.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString(), QStringLiteral("on-failure"));
        QCOMPARE(host.value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("MaximumRetryCount")).toInt(), 2);
        QCOMPARE(host.value(QLatin1String("NetworkMode")).toString(), QStringLiteral("none"));
        QCOMPARE(host.value(QLatin1String("AutoRemove")).toBool(), false);

        // And it runs as asked: the bind is there and read-only, as user 1000 in /work.
        // (Its own output, not `docker exec`: an exec in the fixture's chroot does not
        // see the container's root.)
        const auto started = await(api.start(created->id));
        QVERIFY2(started, qPrintable(started ? QString() : describeError(started.error())));
        const QByteArray expected = "1000\n/work\nfrom the host\nread-only\nhello world\n";
        QByteArray logs;
        QTRY_VERIFY_WITH_TIMEOUT((TestEngine::docker({QStringLiteral("logs"), c.name}, &logs), logs == expected), 10000);
        const QJsonObject running = cliInspect(c.name);
        QSet<QString> destinations;
        for (const QJsonValue &m : running.value(QLatin1String("Mounts")).toArray())
            destinations.insert(m.toObject().value(QLatin1String("Destination")).toString());
        QVERIFY(destinations.contains(QStringLiteral("/host")) && destinations.contains(QStringLiteral("/data")) && destinations.contains(QStringLiteral("/anon")));
    }

    void interactiveHostNetworkAutoRemove()
    {
        Engine &e = connected();
        ContainersApi api(&e);
        RunConfig c;
        c.image = kImage;
        c.name = unique(QStringLiteral("it"));
        c.detach = false;
        c.interactive = c.tty = true;
        c.autoRemove = true;
        c.network = QStringLiteral("host");
        c.entrypoint = QString(); // cleared
        c.command = {QStringLiteral("sh")};
        auto cleanup = qScopeGuard([&] { cliRemove({c.name}); });
        const auto created = await(api.create(c));
        QVERIFY2(created, qPrintable(created ? QString() : describeError(created.error())));
        const QJsonObject i = cliInspect(c.name);
        const QJsonObject config = i.value(QLatin1String("Config")).toObject();
        QCOMPARE(config.value(QLatin1String("Tty")).toBool(), true);
        QCOMPARE(config.value(QLatin1String("OpenStdin")).toBool(), true);
        QCOMPARE(config.value(QLatin1String("AttachStdin")).toBool(), true);
        QCOMPARE(config.value(QLatin1String("StdinOnce")).toBool(), true);
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray(), QJsonArray{QStringLiteral("sh")});
        QVERIFY(config.value(QLatin1String("Entrypoint")).isNull() || config.value(QLatin1String("Entrypoint")).toArray().isEmpty()
                || config.value(QLatin1String("Entrypoint")).toArray() == QJsonArray{QString()});
        QCOMPARE(i.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("AutoRemove")).toBool(), true);
        QCOMPARE(i.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("NetworkMode")).toString(), QStringLiteral("host"));
    }

    void commandLineMeansWhatTheCliMeans_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("ports, env, labels, restart")
            << "docker run -d -e A=1 -e 'B=two words' -p 127.0.0.1:18081:80 -p 19100-19101:9100-9101/udp -p 443 -l tier=gold -l flag "
               "--restart unless-stopped cais-test/shell:1 sleep 300";
        QTest::newRow("volumes, mounts, workdir, user, network")
            << "docker run -d -v cais-it-vol-cli:/data -v /anon --mount type=tmpfs,target=/scratch --mount type=volume,source=cais-it-vol-cli,target=/ro,readonly "
               "-w /srv -u 1000 --network none cais-test/shell:1 sleep 300";
        QTest::newRow("-it --rm, entrypoint") << "docker run -it --rm --entrypoint /bin/sh --network host cais-test/shell:1 -c 'echo hi'";
        QTest::newRow("-dit, on-failure") << "docker run -dit --restart on-failure:4 cais-test/shell:1";
        QTest::newRow("empty entrypoint") << "docker run -d --entrypoint '' cais-test/shell:1 sleep 1";
    }
    void commandLineMeansWhatTheCliMeans()
    {
        // The same command line, parsed by Cais and created through the API, and given
        // to `docker create`: the engine must record the same container.
        QFETCH(QString, line);
        Engine &e = connected();
        ContainersApi api(&e);
        auto parsed = RunConfig::fromCommandLine(line);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().join(QLatin1Char('\n'))));
        RunConfig ours = *parsed;
        ours.name = unique(QStringLiteral("cmp-cais"));
        const QString theirs = unique(QStringLiteral("cmp-cli"));
        auto cleanup = qScopeGuard([&] {
            cliRemove({ours.name, theirs});
            QByteArray err;
            TestEngine::docker({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("cais-it-vol-cli")}, nullptr, &err);
        });
        const auto created = await(api.create(ours));
        QVERIFY2(created, qPrintable(created ? QString() : describeError(created.error())));
        // `docker create` takes the same options but -d.
        QStringList args = parsed->toArguments();
        args[0] = QStringLiteral("create");
        if (args.value(1) == QLatin1String("-d"))
            args.removeAt(1);
        args.insert(1, QStringLiteral("--name"));
        args.insert(2, theirs);
        QVERIFY(TestEngine::docker(args));
        const QJsonObject a = cliInspect(ours.name), b = cliInspect(theirs);
        // Attach* is how the client wants to talk to it, which differs between run -d and create.
        // The CLI may reorder -e options; the set is what counts.
        QCOMPARE(toSet(strings(a.value(QLatin1String("Config")).toObject().value(QLatin1String("Env")))),
                 toSet(strings(b.value(QLatin1String("Config")).toObject().value(QLatin1String("Env")))));
        for (const char *k : {"Cmd", "Entrypoint", "WorkingDir", "User", "Labels", "Tty", "OpenStdin", "ExposedPorts", "Volumes", "Image"}) {
            QVERIFY2(a.value(QLatin1String("Config")).toObject().value(QLatin1String(k)) == b.value(QLatin1String("Config")).toObject().value(QLatin1String(k)),
                     qPrintable(QStringLiteral("Config.%1: %2 != %3")
                                    .arg(QLatin1String(k),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), a.value(QLatin1String("Config")).toObject().value(QLatin1String(k))}}).toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), b.value(QLatin1String("Config")).toObject().value(QLatin1String(k))}}).toJson(QJsonDocument::Compact)))));
        }
        for (const char *k : {"PortBindings", "Binds", "Mounts", "RestartPolicy", "NetworkMode", "AutoRemove"}) {
            QVERIFY2(a.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(k)) == b.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(k)),
                     qPrintable(QStringLiteral("HostConfig.%1: %2 != %3")
                                    .arg(QLatin1String(k),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), a.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(k))}}).toJson(QJsonDocument::Compact)),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), b.value(QLatin1String("HostConfig")).toObject().value(QLatin1String(k))}}).toJson(QJsonDocument::Compact)))));
        }
    }

    void modelFollowsTheEngine()
    {
        Engine &e = connected();
        ContainersModel model;
        ContainersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &ContainersModel::refreshed);
        model.setEngine(&e);
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 10000);
        {
            QString why;
            QVERIFY2(modelAgreesWithCli(model, &why), qPrintable(why));
        }
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QString anchor = unique(QStringLiteral("ev-anchor"));
        const QString name = unique(QStringLiteral("ev"));
        const QString web = unique(QStringLiteral("ev-web"));
        const QString project = unique(QStringLiteral("evproj"));
        auto cleanup = qScopeGuard([&] { cliRemove({anchor, name, name + QStringLiteral("-2"), web}); });
        const QString anchorId = cliCreate(anchor);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(anchorId).isValid(), 5000);
        QPersistentModelIndex anchorIndex(model.indexOfId(anchorId));

        // Nobody calls refresh() from here on: events drive the model.
        const QString id = cliRun(name, {}, politeCommand());
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(id).isValid(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.containerById(id)->stateKind(), ContainerSummary::State::Running, 5000);
        QVERIFY(TestEngine::docker({QStringLiteral("pause"), name}));
        QTRY_COMPARE_WITH_TIMEOUT(model.containerById(id)->stateKind(), ContainerSummary::State::Paused, 5000);
        QVERIFY(TestEngine::docker({QStringLiteral("unpause"), name}));
        QVERIFY(TestEngine::docker({QStringLiteral("stop"), name}));
        QTRY_COMPARE_WITH_TIMEOUT(model.containerById(id)->stateKind(), ContainerSummary::State::Exited, 5000);
        QVERIFY(TestEngine::docker({QStringLiteral("rename"), name, name + QStringLiteral("-2")}));
        QTRY_COMPARE_WITH_TIMEOUT(model.containerById(id)->name(), name + QStringLiteral("-2"), 5000);

        // A Compose container brings its project row; removing it takes the row away.
        const QString webId = cliRun(web, {QStringLiteral("--label"), QStringLiteral("com.docker.compose.project=") + project}, politeCommand());
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(webId).isValid(), 5000);
        QCOMPARE(model.indexOfId(webId).parent(), model.indexOfProject(project));
        QVERIFY(treeNames(proxy).contains(project + QLatin1Char('/') + web));
        QVERIFY(TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), web}));
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(webId).isValid(), 5000);
        QVERIFY(!model.indexOfProject(project).isValid());

        QVERIFY(TestEngine::docker({QStringLiteral("rm"), name + QStringLiteral("-2")}));
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(id).isValid(), 5000);

        // Through all this: one list at the start, no reset, and the untouched row kept its index.
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QVERIFY(anchorIndex.isValid());
        QCOMPARE(anchorIndex.data(ContainersModel::IdRole).toString(), anchorId);
        {
            QString why;
            QVERIFY2(modelAgreesWithCli(model, &why), qPrintable(why));
        }
    }

    void modelRelistsAfterReconnect()
    {
        const QString dir = QStringLiteral("/tmp/cais-ctr-reconnect-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::startBareEngine(dir));
        auto cleanup = qScopeGuard([&] { TestEngine::stopEngine(dir); });
        Endpoint ep;
        ep.path = dir + QStringLiteral("/docker.sock");
        Engine e(ep);
        e.setReconnectInterval(300);
        e.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 20000);
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);

        // The bare engine has no images: a container needs one imported first.
        const QString host = QStringLiteral("unix://") + ep.path;
        auto bare = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOCKER_HOST"), host);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("docker"), args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode() == 0;
        };
        QVERIFY(TestEngine::docker({QStringLiteral("save"), kImage, QStringLiteral("-o"), dir + QStringLiteral("-image.tar")}));
        auto dropTar = qScopeGuard([&] { QFile::remove(dir + QStringLiteral("-image.tar")); });
        QVERIFY(bare({QStringLiteral("load"), QStringLiteral("-i"), dir + QStringLiteral("-image.tar")}));
        QByteArray idOut;
        QVERIFY(bare({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("before-the-crash"), kImage, QStringLiteral("true")}, &idOut));
        const QString before = QString::fromUtf8(idOut.trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(before).isValid(), 5000);

        // The engine dies and a fresh one takes its place: nothing tells the model that
        // the old container is gone but the list it makes when it reconnects.
        QFile pidFile(dir + QStringLiteral("/dockerd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Unreachable, 10000);
        QVERIFY(model.indexOfId(before).isValid()); // still shown while away
        QVERIFY(TestEngine::stopEngine(dir));
        QVERIFY(TestEngine::startBareEngine(dir));
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(before).isValid(), 10000);
        QCOMPARE(model.containerCount(), 0);
    }

    void pageActsOnSelectedContainers()
    {
        Engine &e = connected();
        ContainersModel model;
        model.setEngine(&e);
        ContainersPage page(&model);
        page.setEngine(&e);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString a = unique(QStringLiteral("page-a")), b = unique(QStringLiteral("page-b")), c = unique(QStringLiteral("page-c"));
        auto cleanup = qScopeGuard([&] { cliRemove({a, b, c, a + QStringLiteral("-x")}); });
        // No network: renaming a running container on the default bridge fails on an
        // engine started without one (--bridge=none), which is not what is tested here.
        const QStringList noNet{QStringLiteral("--network"), QStringLiteral("none")};
        const QString ida = cliCreate(a, noNet), idb = cliCreate(b, noNet), idc = cliCreate(c, noNet);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(ida).isValid() && model.indexOfId(idb).isValid() && model.indexOfId(idc).isValid(), 5000);

        // Start two of three, selected in the list, through the toolbar's action.
        page.selectContainers({ida, idb});
        QCOMPARE(toSet(page.selectedContainerIds()), (QSet<QString>{ida, idb}));
        QVERIFY(page.action(ContainersPage::Verb::Start)->isEnabled());
        QVERIFY(!page.action(ContainersPage::Verb::Rename)->isEnabled()); // one at a time
        QSignalSpy finished(&page, &ContainersPage::actionsFinished);
        page.action(ContainersPage::Verb::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.at(0).at(1).toStringList(), QStringList());
        QCOMPARE(cliState(a), QStringLiteral("running"));
        QCOMPARE(cliState(b), QStringLiteral("running"));
        QCOMPARE(cliState(c), QStringLiteral("created"));
        const QString results = page.resultsLabel()->text();
        QVERIFY2(results.contains(a + QStringLiteral(": Started")) && results.contains(b + QStringLiteral(": Started")), qPrintable(results));
        // The list follows, and the selection survives the updates.
        QTRY_VERIFY_WITH_TIMEOUT(model.containerById(ida)->isRunning() && model.containerById(idb)->isRunning(), 5000);
        QCOMPARE(toSet(page.selectedContainerIds()), (QSet<QString>{ida, idb}));
        QVERIFY(page.action(ContainersPage::Verb::Pause)->isEnabled());

        // The removal dialog lists exactly what goes: without Force, not the running ones.
        page.selectContainers({ida, idb, idc});
        const auto [goes, stays] = page.removalPlan(page.selectedContainerIds(), false);
        QCOMPARE(goes, QStringList{c});
        QCOMPARE(toSet(stays), (QSet<QString>{a, b}));
        const auto [goesForced, staysForced] = page.removalPlan(page.selectedContainerIds(), true);
        QCOMPARE(goesForced.size(), 3);
        QVERIFY(staysForced.isEmpty());

        // A mixed batch: one succeeds, one fails with its own reason, both reported.
        finished.clear();
        page.removeContainers({idc, ida}, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const QStringList errors = finished.at(0).at(1).toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(a + QStringLiteral(" is running")), qPrintable(errors.first()));
        QVERIFY2(finished.at(0).at(0).toString().contains(QLatin1String("1 of 2 containers done, 1 failed")), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(page.resultsLabel()->text().contains(c + QStringLiteral(": Removed")));
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(idc).isValid(), 5000);

        // Rename, then the inspect view shows the current container's details.
        finished.clear();
        page.renameContainer(ida, a + QStringLiteral("-x"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY2(finished.at(0).at(1).toStringList().isEmpty(), qPrintable(finished.at(0).at(1).toStringList().join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(model.containerById(ida)->name(), a + QStringLiteral("-x"), 5000);
        page.selectContainers({ida});
        QCOMPARE(page.currentContainerId(), ida);
        // The details follow the change (the rename) without being asked.
        QTRY_VERIFY_WITH_TIMEOUT(page.inspectView()->detailsText().contains(QStringLiteral("Name: ") + a + QStringLiteral("-x")), 10000);
        QCOMPARE(page.inspectView()->inspectData().value(QLatin1String("Id")).toString(), ida);
        const QString details = page.inspectView()->detailsText();
        QVERIFY(details.contains(QLatin1String("Running: Yes")));
        QVERIFY(details.contains(QLatin1String("Restart count: 0")));
        page.inspectView()->searchEdit()->setText(QStringLiteral("restart count"));
        QVERIFY(page.inspectView()->detailsText().contains(QLatin1String("Restart count: 0")));
        QVERIFY(!page.inspectView()->detailsText().contains(QLatin1String("Running: Yes")));
        page.inspectView()->setShowJson(true);
        QVERIFY(page.inspectView()->rawJson()->toPlainText().contains(ida));

        // Stop both (b still runs), through the model the page shows.
        finished.clear();
        page.stopContainers({ida, idb}, 5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(cliState(a + QStringLiteral("-x")), QStringLiteral("exited"));
        QCOMPARE(cliState(b), QStringLiteral("exited"));

        // Every control a user can reach has a name a screen reader can say.
        const auto widgets = page.findChildren<QWidget *>();
        for (QWidget *child : widgets) {
            if (!child->isVisible() || child->focusPolicy() == Qt::NoFocus)
                continue;
            if (!qobject_cast<QAbstractItemView *>(child) && !qobject_cast<QLineEdit *>(child) && !qobject_cast<QAbstractButton *>(child)
                && !qobject_cast<QComboBox *>(child) && !qobject_cast<QAbstractSpinBox *>(child) && !qobject_cast<QPlainTextEdit *>(child)
                && !qobject_cast<QTabBar *>(child))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(child);
            const bool named = !child->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(QStringLiteral("%1 (%2) has no accessible name").arg(child->objectName(), QLatin1String(child->metaObject()->className()))));
        }
    }

    void projectRowActsOnAllItsContainers()
    {
        // A Compose project's row (containers labelled with the project, as compose
        // makes them): its state at a glance, and the ordinary actions on all of them.
        Engine &e = connected();
        ContainersModel model;
        model.setEngine(&e);
        ContainersPage page(&model);
        page.setEngine(&e);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString project = unique(QStringLiteral("rowproj"));
        const QStringList names{project + QStringLiteral("-web-1"), project + QStringLiteral("-db-1"), project + QStringLiteral("-job-1")};
        auto cleanup = qScopeGuard([&] { cliRemove(names); });
        QStringList ids;
        const QStringList services{QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("job")};
        for (int i = 0; i < 3; ++i) {
            ids << cliCreate(names.at(i), {QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--label"),
                                           QStringLiteral("com.docker.compose.project=") + project, QStringLiteral("--label"),
                                           QStringLiteral("com.docker.compose.service=") + services.at(i)});
        }
        QVERIFY(TestEngine::docker({QStringLiteral("start"), names.at(0), names.at(1)}));
        auto projectState = [&] { return model.indexOfProject(project, ContainersModel::StateColumn).data().toString(); };
        QTRY_COMPARE_WITH_TIMEOUT(projectState(), QStringLiteral("2 of 3 running"), 10000);

        // The project row selected: the actions take its three containers.
        const QModelIndex row = page.proxy()->mapFromSource(model.indexOfProject(project));
        QVERIFY(row.isValid());
        page.view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(toSet(page.selectedContainerIds()), toSet(ids));
        QSignalSpy finished(&page, &ContainersPage::actionsFinished);
        QVERIFY(page.action(ContainersPage::Verb::Start)->isEnabled());
        page.action(ContainersPage::Verb::Start)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(projectState(), QStringLiteral("All 3 running"), 10000);
        for (const QString &n : names)
            QCOMPARE(cliState(n), QStringLiteral("running"));

        finished.clear();
        page.action(ContainersPage::Verb::Stop)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.at(0).at(1).toStringList().isEmpty(), qPrintable(finished.at(0).at(1).toStringList().join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(projectState(), QStringLiteral("None of 3 running"), 10000);
        const QString results = page.resultsLabel()->text();
        for (const QString &n : names) {
            QCOMPARE(cliState(n), QStringLiteral("exited"));
            QVERIFY2(results.contains(n + QStringLiteral(": Stopped")), qPrintable(results));
        }

        // Removal takes every one, and the row with them.
        const auto [goes, stays] = page.removalPlan(page.selectedContainerIds(), false);
        QCOMPARE(goes.size(), 3);
        QVERIFY(stays.isEmpty());
        finished.clear();
        page.removeContainers(page.selectedContainerIds(), false, false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfProject(project).isValid(), 10000);
    }

    void stopRestartAndPauseAskOnlyWhenTheUserChoseSo()
    {
        Engine &e = connected();
        ContainersModel model;
        model.setEngine(&e);
        ContainersPage page(&model);
        page.setEngine(&e);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString a = unique(QStringLiteral("ask-a")), b = unique(QStringLiteral("ask-b"));
        auto cleanup = qScopeGuard([&] {
            UserPreferences::instance()->setConfirmLifecycle(false);
            cliRemove({a, b});
        });
        const QStringList noNet{QStringLiteral("--network"), QStringLiteral("none")};
        const QString ida = cliCreate(a, noNet), idb = cliCreate(b, noNet);
        QVERIFY(TestEngine::docker({QStringLiteral("start"), a, b}));
        auto bothAre = [&](bool running) {
            const ContainerSummary *ca = model.containerById(ida), *cb = model.containerById(idb);
            return ca && cb && ca->isRunning() == running && cb->isRunning() == running;
        };
        QTRY_VERIFY_WITH_TIMEOUT(bothAre(true), 10000);
        page.selectContainers({ida, idb});
        QSignalSpy finished(&page, &ContainersPage::actionsFinished);

        // Asked for: Pause names both containers first; Cancel sends nothing.
        UserPreferences::instance()->setConfirmLifecycle(true);
        page.action(ContainersPage::Verb::Pause)->trigger();
        QPointer<QMessageBox> question = page.lifecycleQuestion();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().contains(QLatin1String("Pause these 2 containers?")), qPrintable(question->text()));
        QVERIFY2(question->informativeText().split(QLatin1Char('\n')).contains(a), qPrintable(question->informativeText()));
        QVERIFY(question->informativeText().split(QLatin1Char('\n')).contains(b));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!question);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cliState(a), QStringLiteral("running"));

        // Confirmed: both are paused.
        page.action(ContainersPage::Verb::Pause)->trigger();
        question = page.lifecycleQuestion();
        QVERIFY(question);
        auto *confirm = question->findChild<QPushButton *>(QStringLiteral("lifecycleConfirm"));
        QVERIFY(confirm);
        QCOMPARE(confirm->accessibleName(), QStringLiteral("Pause"));
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY2(finished.at(0).at(1).toStringList().isEmpty(), qPrintable(finished.at(0).at(1).toStringList().join(QLatin1Char('\n'))));
        QCOMPARE(cliState(a), QStringLiteral("paused"));
        QCOMPARE(cliState(b), QStringLiteral("paused"));

        // Not asked for (the default): Stop acts at once.
        UserPreferences::instance()->setConfirmLifecycle(false);
        finished.clear();
        page.unpauseContainers({ida, idb});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QVERIFY2(finished.at(0).at(1).toStringList().isEmpty(), qPrintable(finished.at(0).at(1).toStringList().join(QLatin1Char('\n'))));
        auto states = [&] {
            const ContainerSummary *ca = model.containerById(ida), *cb = model.containerById(idb);
            return QStringLiteral("model: %1 %2; CLI: %3 %4")
                .arg(ca ? ca->state : QStringLiteral("-"), cb ? cb->state : QStringLiteral("-"), cliState(a), cliState(b));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(model.containerById(ida)->stateKind() == ContainerSummary::State::Running
                                      && model.containerById(idb)->stateKind() == ContainerSummary::State::Running,
                                  qPrintable(states()), 10000);
        finished.clear();
        page.selectContainers({ida, idb});
        QVERIFY(page.action(ContainersPage::Verb::Stop)->isEnabled());
        page.action(ContainersPage::Verb::Stop)->trigger();
        QVERIFY(!page.lifecycleQuestion());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(cliState(a), QStringLiteral("exited"));
        QCOMPARE(cliState(b), QStringLiteral("exited"));
    }

    void dialogsNameWhatTheyActOn()
    {
        Engine &e = connected();
        ContainersModel model;
        model.setEngine(&e);
        ContainersPage page(&model);
        page.setEngine(&e);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString up = unique(QStringLiteral("dlg-up")), down = unique(QStringLiteral("dlg-down")), other = unique(QStringLiteral("dlg-other"));
        auto cleanup = qScopeGuard([&] { cliRemove({up, down, other, down + QStringLiteral("-new")}); });
        const QStringList noNet{QStringLiteral("--network"), QStringLiteral("none")};
        const QString idUp = cliRun(up, noNet, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap 'exit 7' TERM; while :; do sleep 1; done")});
        const QString idDown = cliCreate(down, noNet);
        const QString idOther = cliCreate(other, noNet);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(idUp).isValid() && model.indexOfId(idDown).isValid() && model.indexOfId(idOther).isValid(), 5000);
        QSignalSpy finished(&page, &ContainersPage::actionsFinished);

        // Acts on the modal dialog an action opens, once it is up.
        auto withDialog = [](const std::function<void(QWidget *)> &act) {
            QTimer::singleShot(0, qApp, [act] {
                QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, 5000);
                QPointer<QWidget> d = QApplication::activeModalWidget();
                // Should a check fail before the dialog is closed, it must not block the run.
                QTimer::singleShot(15000, qApp, [d] {
                    if (d)
                        QMetaObject::invokeMethod(d, "reject");
                });
                act(d);
            });
        };
        auto listed = [](QWidget *d) {
            QStringList names;
            auto *list = d->findChild<QListWidget *>(QStringLiteral("removeList"));
            for (int i = 0; list && list->isVisibleTo(d) && i < list->count(); ++i)
                names << list->item(i)->text();
            names.sort();
            return names;
        };

        // Remove: without Force the running one is named as staying, not as going.
        page.selectContainers({idUp, idDown});
        QStringList goesPlain, goesForced;
        QString staysText;
        withDialog([&](QWidget *d) {
            goesPlain = listed(d);
            staysText = d->findChild<QLabel *>(QStringLiteral("removeStays"))->text();
            d->findChild<QCheckBox *>(QStringLiteral("removeForce"))->setChecked(true);
            goesForced = listed(d);
            d->findChild<QCheckBox *>(QStringLiteral("removeForce"))->setChecked(false);
            auto *ok = d->findChild<QDialogButtonBox *>()->buttons().constFirst();
            for (QAbstractButton *b : d->findChild<QDialogButtonBox *>()->buttons()) {
                if (d->findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::DestructiveRole)
                    ok = b;
            }
            QCOMPARE(ok->text().remove(QLatin1Char('&')), QStringLiteral("Remove 1"));
            ok->click();
        });
        page.action(ContainersPage::Verb::Remove)->trigger();
        QCOMPARE(goesPlain, QStringList{down});
        QVERIFY2(staysText.contains(up), qPrintable(staysText));
        QStringList both{down, up};
        both.sort();
        QCOMPARE(goesForced, both);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!cliIds(true).contains(idDown));
        QCOMPARE(cliState(up), QStringLiteral("running")); // not even tried

        // Kill with the signal chosen in the dialog: the TERM trap answers with 7.
        finished.clear();
        page.selectContainers({idUp});
        withDialog([](QWidget *d) {
            auto *signal = d->findChild<QComboBox *>(QStringLiteral("killSignal"));
            signal->setCurrentText(QStringLiteral("SIGTERM"));
            QMetaObject::invokeMethod(d, "accept");
        });
        page.action(ContainersPage::Verb::Kill)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cliState(up), QStringLiteral("exited"), 10000);
        QCOMPARE(cliInspect(up).value(QLatin1String("State")).toObject().value(QLatin1String("ExitCode")).toInt(), 7);
        QVERIFY2(page.resultsLabel()->text().contains(QLatin1String("Sent SIGTERM")), qPrintable(page.resultsLabel()->text()));

        // Rename: a name the engine would refuse cannot be confirmed.
        finished.clear();
        page.selectContainers({idOther});
        bool refusedBadName = false;
        withDialog([&](QWidget *d) {
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("renameName"));
            QPushButton *ok = nullptr;
            for (QAbstractButton *b : d->findChild<QDialogButtonBox *>()->buttons()) {
                if (d->findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    ok = qobject_cast<QPushButton *>(b);
            }
            name->setText(QStringLiteral("-bad"));
            refusedBadName = !ok->isEnabled();
            name->setText(down + QStringLiteral("-new"));
            ok->click();
        });
        page.action(ContainersPage::Verb::Rename)->trigger();
        QVERIFY(refusedBadName);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(cliInspect(idOther).value(QLatin1String("Name")).toString(), QLatin1Char('/') + down + QStringLiteral("-new"));

        // Stop with a timeout, from its dialog, on a container that ignores SIGTERM.
        finished.clear();
        QVERIFY(TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), up}));
        const QString idStubborn = cliRun(up, noNet, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; while :; do sleep 1; done")});
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(idStubborn).isValid(), 5000);
        page.selectContainers({idStubborn});
        withDialog([](QWidget *d) {
            d->findChild<QSpinBox *>(QStringLiteral("stopTimeout"))->setValue(1);
            QMetaObject::invokeMethod(d, "accept");
        });
        page.action(ContainersPage::Verb::StopWithTimeout)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(cliState(up), QStringLiteral("exited"));
        QCOMPARE(cliInspect(up).value(QLatin1String("State")).toObject().value(QLatin1String("ExitCode")).toInt(), 137);
    }

    void runDialogRunsWhatItShows()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("dialog"));
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        RunDialog dialog(&e);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing chosen yet: Run is off and says why.
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QLatin1String("Choose an image")));

        const QString line = QStringLiteral("docker run -d --name %1 -e GREETING=hi -l tier=gold -p 127.0.0.1:18082:80 --restart unless-stopped "
                                            "cais-test/shell:1 sh -c 'trap \"exit 0\" TERM; while :; do sleep 1; done'")
                                 .arg(name);
        QStringList errors;
        QVERIFY2(dialog.fillFromCommandLine(line, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(dialog.nameEdit()->text(), name);
        QVERIFY(dialog.runButton()->isEnabled());
        // What it shows is what it was given, and parses back to the same settings.
        QCOMPARE(RunConfig::fromCommandLine(dialog.commandLine()).value(), RunConfig::fromCommandLine(line).value());
        QCOMPARE(dialog.config(), RunConfig::fromCommandLine(line).value());

        // A name the engine refuses is caught while typing.
        dialog.nameEdit()->setText(QStringLiteral("x"));
        QVERIFY(!dialog.runButton()->isEnabled());
        QVERIFY(dialog.problemsLabel()->text().contains(QLatin1String("not a valid container name")));
        dialog.nameEdit()->setText(name);

        QSignalSpy started(&dialog, &RunDialog::containerStarted);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
        QCOMPARE(cliState(name), QStringLiteral("running"));
        const QJsonObject i = cliInspect(name);
        QCOMPARE(i.value(QLatin1String("Id")).toString(), started.at(0).at(0).toString());
        QVERIFY(i.value(QLatin1String("Config")).toObject().value(QLatin1String("Env")).toArray().contains(QStringLiteral("GREETING=hi")));
        QCOMPARE(i.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("RestartPolicy")).toObject().value(QLatin1String("Name")).toString(),
                 QStringLiteral("unless-stopped"));
        QVERIFY(!dialog.isVisible());

        // The same name again: the engine's 409, explained in the dialog, which stays open.
        RunDialog again(&e);
        again.show();
        QVERIFY(again.fillFromCommandLine(line));
        QTest::mouseClick(again.runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(again.findChild<QLabel *>(QStringLiteral("runStatus"))->text().contains(QLatin1String("already used by another container")), 10000);
        QVERIFY(again.isVisible());
    }

    void interactiveRunWaitsForTheTerminal()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("dialog-it"));
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        RunDialog dialog(&e);
        QVERIFY(dialog.fillFromCommandLine(QStringLiteral("docker run -it --name %1 cais-test/shell:1 sh").arg(name)));
        QString requested;
        connect(&dialog, &RunDialog::interactiveRunRequested, this, [&](const QString &id) { requested = id; });
        dialog.run();
        QTRY_VERIFY_WITH_TIMEOUT(!requested.isEmpty(), 10000);
        // Created, not started: the terminal attaches first, then starts it.
        QCOMPARE(cliState(name), QStringLiteral("created"));
        QCOMPARE(cliInspect(name).value(QLatin1String("Id")).toString(), requested);

        // Without anyone to show a terminal, the dialog starts it itself.
        const QString name2 = name + QStringLiteral("-2");
        auto cleanup2 = qScopeGuard([&] { cliRemove({name2}); });
        RunDialog alone(&e);
        QVERIFY(alone.fillFromCommandLine(QStringLiteral("docker run -it --name %1 cais-test/shell:1 sh").arg(name2)));
        QSignalSpy started(&alone, &RunDialog::containerStarted);
        alone.run();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
        QCOMPARE(cliState(name2), QStringLiteral("running"));
    }
};

QTEST_MAIN(TestContainersIntegration)
#include "tst_containers.moc"
