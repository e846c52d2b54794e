#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

#include <cstdio>

Q_LOGGING_CATEGORY(lcInstance, "cais.app.instance", QtInfoMsg)

namespace {

constexpr int instanceTimeoutMs = 5000;
constexpr char instanceAck = 'k';

// The display a window would appear on: two sessions of one user (a local one and
// an X forwarding, two Wayland compositors) each get their own Cais.
QString instanceDisplayKey()
{
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty()) {
        display = qEnvironmentVariable("DISPLAY");
        // ":0" and ":0.0" are the same server.
        static const QRegularExpression screen(QStringLiteral("\\.\\d+$"));
        display.remove(screen);
    }
    return QGuiApplication::platformName() + u'|' + display;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverPath()
{
    const QByteArray hash = QCryptographicHash::hash(instanceDisplayKey().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u"/app.cais.Cais-"
        + QString::fromLatin1(hash);
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    const QString path = serverPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = tr("Cannot make the folder %1.").arg(QFileInfo(path).absolutePath());
        return Role::Alone;
    }
    // Two starts at the same moment: the lock lets one decide at a time, so a start
    // never removes the socket another has just made.
    QLockFile lock(path + u".lock");
    lock.setStaleLockTime(0);
    if (!lock.tryLock(instanceTimeoutMs)) {
        m_error = tr("Cannot take the lock %1.").arg(lock.fileName());
        return Role::Alone;
    }

    QLocalSocket running;
    running.connectToServer(path);
    if (running.waitForConnected(instanceTimeoutMs)) {
        lock.unlock();
        return handOver(running, arguments) ? Role::Secondary : Role::Unanswered;
    }

    // Nobody answers: whatever is left at the path belongs to a Cais that ended.
    QLocalServer::removeServer(path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path)) {
        m_error = tr("Cannot listen on %1: %2").arg(path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return Role::Alone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    qCDebug(lcInstance) << "listening on" << path;
    return Role::Primary;
}

bool SingleInstance::handOver(QLocalSocket &socket, const QStringList &arguments)
{
    // Before any window exists and with nothing else to do: waiting here blocks no one.
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    // On Wayland the compositor raises a window only with the token that the launcher
    // gave the start that was asked for: the running Cais activates with this one.
    out << arguments << qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    socket.write(message);
    if (!socket.waitForBytesWritten(instanceTimeoutMs)) {
        m_error = socket.errorString();
        return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(instanceTimeoutMs)) {
            m_error = socket.errorString();
            return false;
        }
    }
    char ack = 0;
    return socket.getChar(&ack) && ack == instanceAck;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A start that only checked whether Cais runs connects and leaves at once.
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_5);
            in.startTransaction();
            QStringList arguments;
            QString activationToken;
            in >> arguments >> activationToken;
            if (!in.commitTransaction())
                return; // the rest of the message is still on its way
            socket->putChar(instanceAck);
            socket->flush();
            // Qt's Wayland plugin takes it from there at the next activateWindow().
            if (!activationToken.isEmpty())
                qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
            qCDebug(lcInstance) << "started again with" << arguments << "activation token" << activationToken;
            Q_EMIT activated(arguments);
        });
    }
}

bool SingleInstance::claim(const QStringList &arguments)
{
    switch (start(arguments)) {
    case Role::Primary:
        return true;
    case Role::Secondary:
        m_exitCode = 0;
        return false;
    case Role::Unanswered:
        std::fprintf(stderr, "%s\n", qPrintable(tr("Cais is already running on this display but did not answer (%1). "
                                                     "Close it, or end its process, and start Cais again.").arg(m_error)));
        m_exitCode = 1;
        return false;
    case Role::Alone:
        qCWarning(lcInstance).noquote() << "starting without the single-instance rule:" << m_error;
        return true;
    }
    return true;
}

void SingleInstance::follow(QWidget *window)
{
    connect(this, &SingleInstance::activated, window, [window] { raise(window); });
}

void SingleInstance::raise(QWidget *window)
{
    window->show();
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->raise();
    window->activateWindow();
    qCDebug(lcInstance) << "raised the window: visible" << window->isVisible() << "minimized" << window->isMinimized();
}
