#include "reply.h"
#include "sshtransport.h"

#include "httpconnection.h"

#include <QAbstractSocket>
#include <QLocalSocket>
#include <QProcess>
#include <QSslSocket>

#include <sys/socket.h>

Reply::Reply(const HttpRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

Reply::~Reply()
{
    if (m_connection)
        m_connection->abortCurrent();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : m_headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void Reply::setReceivePaused(bool paused)
{
    if (!m_done && m_connection)
        m_connection->setReceivePaused(paused);
}

qint64 Reply::bodyBytesSent() const
{
    return m_connection ? m_connection->bodyBytesSent() : m_bodySent;
}

void Reply::abort()
{
    if (m_done)
        return;
    if (m_connection) {
        HttpConnection *c = m_connection;
        m_connection = nullptr;
        c->abortCurrent();
    }
    deliverFailed(EngineError::make(EngineError::Kind::Canceled, tr("Canceled.")));
}

std::unique_ptr<HijackedStream> Reply::takeHijackedStream()
{
    return std::move(m_hijacked);
}

void Reply::deliverHead(int status, QList<QPair<QByteArray, QByteArray>> headers)
{
    m_status = status;
    m_headers = std::move(headers);
    Q_EMIT headReceived();
}

void Reply::deliverData(const QByteArray &chunk)
{
    if (m_status >= 400) {
        if (m_errorBody.size() < 64 * 1024)
            m_errorBody += chunk;
        return;
    }
    if (m_keepBody)
        m_body += chunk;
    Q_EMIT dataReceived(chunk);
}

void Reply::deliverFinished()
{
    if (m_done)
        return;
    m_done = true;
    if (m_status >= 400) {
        m_error = EngineError::fromHttp(m_status, m_errorBody);
        Q_EMIT failed(m_error);
    } else {
        Q_EMIT finished();
    }
    deleteLater();
}

void Reply::deliverFailed(const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    Q_EMIT failed(error);
    deleteLater();
}

void Reply::deliverUpgrade(std::unique_ptr<HijackedStream> stream)
{
    if (m_done)
        return;
    m_hijacked = std::move(stream);
    Q_EMIT upgraded();
    deliverFinished();
}

// --- HijackedStream ----------------------------------------------------------

HijackedStream::HijackedStream(QIODevice *device, QByteArray leftover, QObject *parent)
    : QObject(parent)
    , m_device(device)
    , m_leftover(std::move(leftover))
{
    m_device->setParent(this);
    connect(m_device, &QIODevice::readyRead, this, &HijackedStream::onReadyRead);
    auto onClosed = [this] {
        onReadyRead();
        if (!m_closedEmitted) {
            m_closedEmitted = true;
            Q_EMIT closed();
        }
    };
    if (auto *l = qobject_cast<QLocalSocket *>(m_device))
        connect(l, &QLocalSocket::disconnected, this, onClosed);
    else if (auto *t = qobject_cast<QAbstractSocket *>(m_device))
        connect(t, &QAbstractSocket::disconnected, this, onClosed);
    else if (auto *p = qobject_cast<QProcess *>(m_device)) {
        // ssh: the stream ends with the process; what ssh says on stderr is not the stream's.
        connect(p, &QProcess::finished, this, onClosed);
        connect(p, &QProcess::readyReadStandardError, this, [p] { p->readAllStandardError(); });
    }
}

HijackedStream::~HijackedStream()
{
    if (auto *p = qobject_cast<QProcess *>(m_device))
        SshTransport::dispose(p);
}

void HijackedStream::onReadyRead()
{
    // After the peer closed, what was buffered has been delivered by readyRead
    // already; reading a closed device would only print Qt's warning.
    if (!m_device->isOpen())
        return;
    const QByteArray data = m_device->readAll();
    if (!data.isEmpty())
        Q_EMIT received(data);
}

void HijackedStream::write(const QByteArray &data)
{
    if (m_device->isOpen())
        m_device->write(data);
}

qint64 HijackedStream::unsentBytes() const
{
    qint64 n = m_device->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_device))
        n += ssl->encryptedBytesToWrite();
    return n;
}

void HijackedStream::closeWrite()
{
    // Everything written so far must reach the engine before the write side closes.
    // On TLS, bytesWritten() comes once bytes are encrypted, before they are even
    // handed to the TCP socket; they are sent when encryptedBytesWritten() says so.
    // Each is judged on the next turn of the event loop, when the socket is done.
    if (m_shutdownPending)
        return;
    m_shutdownPending = true;
    auto later = [this] { QMetaObject::invokeMethod(this, &HijackedStream::shutdownWhenSent, Qt::QueuedConnection); };
    connect(m_device, &QIODevice::bytesWritten, this, later);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_device))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, later);
    shutdownWhenSent();
}

void HijackedStream::shutdownWhenSent()
{
    if (!m_shutdownPending || unsentBytes() > 0)
        return;
    m_shutdownPending = false;
    disconnect(m_device, &QIODevice::bytesWritten, this, nullptr);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_device))
        disconnect(ssl, &QSslSocket::encryptedBytesWritten, this, nullptr);
    if (auto *p = qobject_cast<QProcess *>(m_device)) {
        p->closeWriteChannel(); // ssh passes the end of input on, as shutdown(SHUT_WR) does
        return;
    }
    qintptr fd = -1;
    if (auto *l = qobject_cast<QLocalSocket *>(m_device))
        fd = l->socketDescriptor();
    else if (auto *t = qobject_cast<QAbstractSocket *>(m_device))
        fd = t->socketDescriptor();
    if (fd >= 0)
        ::shutdown(int(fd), SHUT_WR);
}

void HijackedStream::close()
{
    if (auto *l = qobject_cast<QLocalSocket *>(m_device))
        l->abort();
    else if (auto *t = qobject_cast<QAbstractSocket *>(m_device))
        t->abort();
    else if (auto *p = qobject_cast<QProcess *>(m_device))
        p->kill();
}

bool HijackedStream::isOpen() const
{
    return m_device->isOpen();
}
