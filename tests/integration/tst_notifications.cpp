// Desktop notifications against the real engine and a private D-Bus session bus with a
// fake org.freedesktop.Notifications: a container that exits on its own (code 3) is
// notified once, one stopped or killed by a user is not, and the notification's default
// action asks for that container's logs.
#include "common/desktopnotifier.h"
#include "containeralerts.h"
#include "engine.h"
#include "testengine.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
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
    int rc = 0;
    {
        QApplication app(argc, argv);
        TestNotifications test;
        rc = QTest::qExec(&test, argc, argv);
    }
    bus.kill();
    bus.waitForFinished(5000);
    return rc;
}

#include "tst_notifications.moc"
