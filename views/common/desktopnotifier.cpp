#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {
const auto kNotifyService = u"org.freedesktop.Notifications"_s;
const auto kNotifyPath = u"/org/freedesktop/Notifications"_s;
const auto kNotifyInterface = u"org.freedesktop.Notifications"_s;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (tray) {
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayContainer.isEmpty())
                Q_EMIT logsRequested(m_trayContainer);
        });
    }
}

QString DesktopNotifier::exitCodeMeaning(int code)
{
    switch (code) {
    case 0:
        return tr("Its main process finished without an error.");
    case 1:
        return tr("Its main process reported an error; its logs usually say which.");
    case 125:
        return tr("The engine could not run it.");
    case 126:
        return tr("Its command could not be run (not executable or no permission).");
    case 127:
        return tr("Its command was not found.");
    case 130:
        return tr("It was interrupted (SIGINT).");
    case 134:
        return tr("It aborted (SIGABRT), often a failed assertion.");
    case 137:
        return tr("It was killed (SIGKILL), often for running out of memory.");
    case 139:
        return tr("It crashed with a segmentation fault (SIGSEGV).");
    case 143:
        return tr("It was terminated (SIGTERM).");
    default:
        break;
    }
    if (code > 128 && code < 160)
        return tr("It was ended by signal %1.").arg(code - 128);
    return {};
}

QString DesktopNotifier::summaryFor(const ContainerAlert &alert)
{
    if (alert.kind == ContainerAlert::Kind::Unhealthy)
        return tr("%1 is unhealthy").arg(alert.name);
    if (alert.outOfMemory)
        return tr("%1 ran out of memory").arg(alert.name);
    return tr("%1 stopped unexpectedly").arg(alert.name);
}

QString DesktopNotifier::bodyFor(const ContainerAlert &alert)
{
    QStringList lines;
    if (alert.kind == ContainerAlert::Kind::Unhealthy) {
        lines << tr("The container %1 (image %2) turned unhealthy: its healthcheck failed several times in a row.")
                     .arg(alert.name, alert.image);
    } else {
        if (alert.exitCode >= 0)
            lines << tr("The container %1 (image %2) exited with code %3.").arg(alert.name, alert.image).arg(alert.exitCode);
        else
            lines << tr("The container %1 (image %2) exited.").arg(alert.name, alert.image);
        if (alert.outOfMemory)
            lines << tr("The kernel killed it for using more memory than it may.");
        else if (const QString meaning = exitCodeMeaning(alert.exitCode); !meaning.isEmpty())
            lines << meaning;
    }
    if (alert.count > 1)
        lines << tr("It happened %n time(s) in the last minutes.", nullptr, alert.count);
    lines << tr("Show its logs to see why.");
    return lines.join(u'\n');
}

void DesktopNotifier::notify(const ContainerAlert &alert)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        showInTray(alert);
        return;
    }
    if (!m_listening) {
        // Any sender: the service's owner may change (a notification daemon restarted).
        // Our own notification ids filter the signals.
        bus.connect(QString(), kNotifyPath, kNotifyInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
        bus.connect(QString(), kNotifyPath, kNotifyInterface, u"NotificationClosed"_s, this, SLOT(onNotificationClosed(uint, uint)));
        m_listening = true;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kNotifyService, kNotifyPath, kNotifyInterface, u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"cais"_s},
                            {u"category"_s, u"device.error"_s},
                            {u"urgency"_s, QVariant::fromValue<uchar>(alert.kind == ContainerAlert::Kind::Unhealthy ? 1 : 2)}};
    call << u"Cais"_s << uint(0) << u"cais"_s << summaryFor(alert) << bodyFor(alert)
         << QStringList{u"default"_s, tr("Show Logs")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, alert] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            // No notification service on the bus: the tray, when there is one.
            showInTray(alert);
            return;
        }
        m_containerOf.insert(reply.value(), alert.id);
        Q_EMIT delivered(alert.id, true);
    });
}

void DesktopNotifier::showInTray(const ContainerAlert &alert)
{
    if (!m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_trayContainer = alert.id;
    m_tray->showMessage(summaryFor(alert), bodyFor(alert),
                        alert.kind == ContainerAlert::Kind::Unhealthy ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical);
    Q_EMIT delivered(alert.id, false);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString container = m_containerOf.value(id);
    if (container.isEmpty())
        return;
    if (actionKey == u"default"_s)
        Q_EMIT logsRequested(container);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    m_containerOf.remove(id);
}
