#pragma once

#include "containeralerts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

/// Shows ContainerAlerts as desktop notifications: org.freedesktop.Notifications on the
/// session bus (with a "Show Logs" action), or, when no notification service answers,
/// a message of the tray icon. Clicking either asks for the container's logs.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    /// The tray icon for the fallback; may be null (no system tray).
    void setTrayIcon(QSystemTrayIcon *tray);
    /// Sends the alert; never blocks (the D-Bus call is asynchronous).
    void notify(const ContainerAlert &alert);

    static QString summaryFor(const ContainerAlert &alert);
    static QString bodyFor(const ContainerAlert &alert);
    /// What an exit code usually means, in words; empty when it says nothing special.
    static QString exitCodeMeaning(int code);

Q_SIGNALS:
    void logsRequested(const QString &containerId);
    /// After each alert was handed to the notification service (true) or the tray (false).
    void delivered(const QString &containerId, bool throughDBus);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void showInTray(const ContainerAlert &alert);

    QPointer<QSystemTrayIcon> m_tray;
    QHash<uint, QString> m_containerOf; ///< notification id -> container id
    QString m_trayContainer;            ///< the container of the tray's last message
    bool m_listening = false;
};
