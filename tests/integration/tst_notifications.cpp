// Desktop notifications against the real engine and a private D-Bus session bus with a
// fake org.freedesktop.Notifications: a container that exits on its own (code 3) is
// notified once, one stopped or killed by a user is not, and the notification's default
// action asks for that container's logs. A container whose healthcheck fails is
// notified as unhealthy. Through the main window, with the settings a user saves: the
// notification's action brings the Containers page with that container's logs in front,
// and in "all" mode the per-container choice is shown ticked and cannot be unticked.
#include "common/desktopnotifier.h"
#include "containers/containerspage.h"
#include "containers/logsview.h"
#include "containersmodel.h"
#include "images/imagespage.h"
#include "mainwindow.h"
#include "containeralerts.h"
#include "engine.h"
#include "testengine.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Note
{
    uint id;
    QString app;
    QString summary;
    QString body;
    QStringList actions;
};

} // namespace

class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Note> notes;
    uint nextId = 1;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces);
        Q_UNUSED(icon);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        notes.append({nextId, app, summary, body, actions});
        return nextId++;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    QString GetServerInformation() { return u"fake"_s; }
    void CloseNotification(uint id) { Q_UNUSED(id); }
};

class TestNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    FakeNotificationServer m_server;
    QStringList m_containers;

    QList<Note> notesAbout(const QString &name) const
    {
        QList<Note> out;
        for (const Note &n : m_server.notes) {
            if (n.summary.contains(name) || n.body.contains(name))
                out.append(n);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no private session bus");
        QDBusConnection server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notification-server"_s);
        QVERIFY(server.isConnected());
        QVERIFY(server.registerObject(u"/org/freedesktop/Notifications"_s, &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(u"org.freedesktop.Notifications"_s));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_containers))
            TestEngine::docker({u"rm"_s, u"-f"_s, name});
    }

    void unexpectedExitOnlyAndShowLogs()
    {
        Engine &e = TestEngine::connected(m_engine);
        ContainerAlerts alerts;
        alerts.setMode(ContainerAlerts::Mode::All);
        DesktopNotifier notifier;
        QSet<QString> died;
        connect(&e, &Engine::eventReceived, &notifier, [&](const EngineEvent &ev) {
            if (ev.type == u"container"_s && ev.action == u"die"_s)
                died.insert(ev.attributes.value(u"name"_s));
            if (const auto a = alerts.feed(ev))
                notifier.notify(*a);
        });
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        // The events stream is live once an event of ours comes through it (a die that
        // happened before it was open would never arrive).
        const QString probe = u"cais-notif-probe-"_s + suffix;
        m_containers << probe;
        QSet<QString> seen;
        connect(&e, &Engine::eventReceived, &notifier, [&](const EngineEvent &ev) { seen.insert(ev.attributes.value(u"name"_s)); });
        QByteArray ignored;
        for (int i = 0; i < 60 && !seen.contains(probe); ++i) {
            TestEngine::docker({u"rm"_s, u"-f"_s, probe}, nullptr, &ignored);
            TestEngine::docker({u"create"_s, u"--name"_s, probe, u"cais-test/shell:1"_s, u"true"_s}, nullptr, &ignored);
            if (QTest::qWaitFor([&] { return seen.contains(probe); }, 1000))
                break;
        }
        QVERIFY(seen.contains(probe));
        const QString exited = u"cais-notif-exit-"_s + suffix;
        const QString stopped = u"cais-notif-stop-"_s + suffix;
        const QString killed = u"cais-notif-kill-"_s + suffix;
        m_containers << exited << stopped << killed;
        const QString image = u"cais-test/shell:1"_s;
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, stopped, image, u"sleep"_s, u"300"_s}));
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, killed, image, u"sleep"_s, u"300"_s}));
        QByteArray idOut;
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, exited, image, u"sh"_s, u"-c"_s, u"exit 3"_s}, &idOut));
        const QString exitedId = QString::fromLatin1(idOut.trimmed());
        QVERIFY(TestEngine::docker({u"stop"_s, u"-t"_s, u"1"_s, stopped}));
        QVERIFY(TestEngine::docker({u"kill"_s, killed}));

        QTRY_VERIFY_WITH_TIMEOUT(died.contains(exited) && died.contains(stopped) && died.contains(killed), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(notesAbout(exited).size(), 1, 30000);
        // Whatever else would have come for the stop and the kill has had time to arrive.
        QTest::qWait(2000);
        QCOMPARE(notesAbout(exited).size(), 1);
        QVERIFY2(notesAbout(stopped).isEmpty(), qPrintable(notesAbout(stopped).value(0).body));
        QVERIFY2(notesAbout(killed).isEmpty(), qPrintable(notesAbout(killed).value(0).body));
        const Note note = notesAbout(exited).constFirst();
        QCOMPARE(note.app, u"Cais"_s);
        QVERIFY2(note.body.contains(u"code 3"_s), qPrintable(note.body));
        QCOMPARE(note.actions.value(0), u"default"_s);

        QSignalSpy logs(&notifier, &DesktopNotifier::logsRequested);
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s,
                                                         u"ActionInvoked"_s);
        signal << note.id << u"default"_s;
        QVERIFY(QDBusConnection(u"fake-notification-server"_s).send(signal));
        QTRY_COMPARE_WITH_TIMEOUT(logs.size(), 1, 30000);
        QCOMPARE(logs.first().first().toString(), exitedId);
    }

    void unhealthyIsNotified()
    {
        Engine &e = TestEngine::connected(m_engine);
        ContainerAlerts alerts;
        alerts.setMode(ContainerAlerts::Mode::All);
        DesktopNotifier notifier;
        connect(&e, &Engine::eventReceived, &notifier, [&](const EngineEvent &ev) {
            if (const auto a = alerts.feed(ev))
                notifier.notify(*a);
        });
        const QString name = u"cais-notif-sick-"_s + QString::number(QCoreApplication::applicationPid());
        m_containers << name;
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"--health-cmd"_s, u"exit 1"_s, u"--health-interval"_s, u"1s"_s,
                                    u"--health-retries"_s, u"1"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(notesAbout(name).size(), 1, 60000);
        const Note note = notesAbout(name).constFirst();
        QCOMPARE(note.summary, name + u" is unhealthy"_s);
        QVERIFY2(note.body.contains(u"healthcheck failed"_s), qPrintable(note.body));
        // Still unhealthy later: no second notification for the same state.
        QTest::qWait(3000);
        QCOMPARE(notesAbout(name).size(), 1);
    }

    void throughTheMainWindow()
    {
        QSettings().setValue(u"notifications/mode"_s, u"all"_s);
        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.notificationMode(), ContainerAlerts::Mode::All);
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() == Engine::State::Connected, 30000);

        const QString name = u"cais-notif-win-"_s + QString::number(QCoreApplication::applicationPid());
        m_containers << name;
        QByteArray idOut;
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s, u"echo bye; exit 4"_s}, &idOut));
        const QString id = QString::fromLatin1(idOut.trimmed());
        QTRY_COMPARE_WITH_TIMEOUT(notesAbout(name).size(), 1, 60000);
        const Note note = notesAbout(name).constFirst();
        QVERIFY2(note.body.contains(u"code 4"_s), qPrintable(note.body));

        // "all": the row's choice is ticked and left to the preferences.
        QTRY_VERIFY_WITH_TIMEOUT(w.containersModel()->indexOfId(id).isValid(), 20000);
        w.containersPage()->showContainer(id);
        QCOMPARE(w.containersPage()->currentContainerId(), id);
        QVERIFY(w.notifyAction()->isChecked());
        QVERIFY(!w.notifyAction()->isEnabled());

        // The notification's action: the Containers page, this container, its logs.
        w.showPage(w.imagesPage());
        w.containersPage()->selectContainers({});
        // Exited, and hidden by "Running only" and a filter: shown all the same.
        w.containersPage()->findChild<QLineEdit *>(u"containersFilter"_s)->setText(u"something else"_s);
        w.containersPage()->findChild<QCheckBox *>(u"containersRunningOnly"_s)->setChecked(true);
        QVERIFY(w.containersPage()->currentContainerId().isEmpty());
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s,
                                                         u"ActionInvoked"_s);
        signal << note.id << u"default"_s;
        QVERIFY(QDBusConnection(u"fake-notification-server"_s).send(signal));
        QVERIFY(!w.containersPage()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(w.containersPage()->isVisible(), 30000);
        QCOMPARE(w.containersPage()->currentContainerId(), id);
        QVERIFY(w.logsView());
        QCOMPARE(w.containersPage()->detailsTabs()->currentWidget(), static_cast<QWidget *>(w.logsView()));

        // Chosen mode: the row's box is live and says whether this one is chosen.
        QSettings().setValue(u"notifications/mode"_s, u"chosen"_s);
        QSettings().setValue(u"notifications/chosen"_s, QStringList{name});
        w.applyNotificationSettings();
        QVERIFY(w.notifyAction()->isEnabled());
        QVERIFY(w.notifyAction()->isChecked());
        w.notifyAction()->trigger(); // unticked: no longer chosen, and saved
        QCOMPARE(QSettings().value(u"notifications/chosen"_s).toStringList(), QStringList());
        QVERIFY(!w.notifyAction()->isChecked());
    }

    void onPodmanAStopIsNotAnUnexpectedExit()
    {
        // Podman sends no stop or kill event before the die of a stop (only die, then
        // cleanup): the window asks Podman whether a user stopped it.
        QVERIFY2(!TestEngine::podmanHost().isEmpty(), "the podman fixture did not run");
        QSettings().setValue(u"notifications/mode"_s, u"all"_s);
        Engine engine(Endpoint::parse(TestEngine::podmanHost()).value_or(Endpoint{}));
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(engine.state() == Engine::State::Connected, 30000);
        QVERIFY(engine.info().podman);
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString stopped = u"cais-notif-podstop-"_s + pid, exits = u"cais-notif-podexit-"_s + pid;
        auto cleanup = qScopeGuard([&] {
            TestEngine::podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, stopped}, nullptr, true);
            TestEngine::podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, exits}, nullptr, true);
        });
        QVERIFY(TestEngine::podman({u"run"_s, u"-d"_s, u"--name"_s, stopped, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}));
        QTest::qWait(1000);
        QVERIFY(TestEngine::podman({u"stop"_s, u"-t"_s, u"1"_s, stopped}));
        // And one that ends on its own, after it: notified, with its code.
        QVERIFY(TestEngine::podman({u"run"_s, u"-d"_s, u"--name"_s, exits, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s, u"exit 5"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(notesAbout(exits).size(), 1, 60000);
        QVERIFY2(notesAbout(exits).constFirst().body.contains(u"code 5"_s), qPrintable(notesAbout(exits).constFirst().body));
        QTest::qWait(1000);
        QCOMPARE(notesAbout(stopped).size(), 0);
    }
};

// The private session bus must exist before anything asks Qt for the session bus.
int main(int argc, char **argv)
{
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QByteArray address;
    if (bus.waitForStarted(10000)) {
        while (!address.contains('\n') && bus.waitForReadyRead(10000))
            address += bus.readAllStandardOutput();
    }
    if (!address.trimmed().isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.trimmed());
    // The settings the main window reads and writes stay in this run's own folder.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    int rc = 0;
    {
        QApplication app(argc, argv);
        QCoreApplication::setOrganizationName(u"cais-test"_s);
        QCoreApplication::setApplicationName(u"tst_notifications"_s);
        TestNotifications test;
        rc = QTest::qExec(&test, argc, argv);
    }
    bus.kill();
    bus.waitForFinished(5000);
    return rc;
}

#include "tst_notifications.moc"
