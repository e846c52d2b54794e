#pragma once

// A fake engine for unit tests: a unix or TCP server that parses what the client
// sends with llhttp and lets the test answer with any bytes, split as it likes.

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPair>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include "endpoint.h"

#include <llhttp.h>

#include <functional>

#include <linux/sockios.h>
#include <sys/ioctl.h>

struct FakeRequest
{
    int connection = -1;
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

class FakeEngine;

/// One accepted connection: parses what the client sends, keeps every byte.
class FakeConnection : public QObject
{
public:
    FakeConnection(QIODevice *socket, int index, FakeEngine *engine);

    void write(const QByteArray &bytes)
    {
        socket->write(bytes);
        if (auto *l = qobject_cast<QLocalSocket *>(socket))
            l->flush();
        else if (auto *t = qobject_cast<QAbstractSocket *>(socket))
            t->flush();
    }
    /// Closes after what was written has gone out.
    void close()
    {
        if (auto *l = qobject_cast<QLocalSocket *>(socket))
            l->disconnectFromServer();
        else if (auto *t = qobject_cast<QAbstractSocket *>(socket))
            t->disconnectFromHost();
    }
    void abort()
    {
        if (auto *l = qobject_cast<QLocalSocket *>(socket))
            l->abort();
        else if (auto *t = qobject_cast<QAbstractSocket *>(socket))
            t->abort();
    }
    /// True once the client has read everything written to it (unix sockets: the
    /// kernel's queue towards the peer is empty, so the client has parsed it).
    bool peerHasRead() const
    {
        auto *l = qobject_cast<QLocalSocket *>(socket);
        if (!l || l->bytesToWrite() > 0)
            return false;
        int queued = -1;
        return ::ioctl(int(l->socketDescriptor()), SIOCOUTQ, &queued) == 0 && queued == 0;
    }

    /// Stops reading what the client sends (a slow peer): the socket's buffers
    /// fill, then the kernel's, then the client has to wait.
    void pauseReading();
    void resumeReading();
    bool isReadingPaused() const { return m_paused; }

    QIODevice *socket;
    int index;
    QByteArray received;      ///< every byte, raw
    QByteArray upgradedBytes; ///< bytes after an upgrade request's head
    bool upgraded = false;
    bool eof = false;         ///< the client closed or half-closed
    QByteArray parseError;

private:
    void onReadyRead();
    void noteEof();
    static FakeConnection *self(llhttp_t *p) { return static_cast<FakeConnection *>(p->data); }

    FakeEngine *m_engine;
    llhttp_t m_parser;
    llhttp_settings_t m_settings;
    FakeRequest m_current;
    QByteArray m_field;
    QByteArray m_value;
    QList<FakeRequest> m_complete;
    bool m_paused = false;
};

/// Accepts connections and hands each parsed request to `handler`.
class FakeEngine : public QObject
{
public:
    using Handler = std::function<void(FakeConnection *, const FakeRequest &)>;
    Handler handler;
    /// Called once a request's head is in, before its body (method, target, headers set).
    Handler headHandler;
    /// Called with the bytes a client sends after an upgrade's head, as they come.
    std::function<void(FakeConnection *, const QByteArray &)> upgradedHandler;
    /// Called when a client closes or half-closes its connection.
    std::function<void(FakeConnection *)> eofHandler;
    /// New connections start with reading paused (FakeConnection::pauseReading()).
    bool pauseNewConnections = false;
    QList<FakeRequest> requests;
    QList<FakeConnection *> connections;
    quint16 port = 0;

    bool listenLocal(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_local = new QLocalServer(this);
        connect(m_local, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_local->nextPendingConnection())
                accept(s);
        });
        return m_local->listen(path);
    }
    bool listenTcp(QTcpServer *server)
    {
        m_tcp = server;
        server->setParent(this);
        connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_tcp->nextPendingConnection())
                accept(s);
        });
        if (!server->listen(QHostAddress::LocalHost, 0))
            return false;
        port = server->serverPort();
        return true;
    }
    /// A TLS server with the test certificates (tests/data/certs), which wants a
    /// client certificate of the test CA, like dockerd --tlsverify.
    bool listenTls();
    /// The endpoint of listenTls(): verifies the server with the test CA.
    Endpoint tlsEndpoint() const;

    /// The engine goes away: no more listening (the socket file goes), every
    /// connection dropped.
    void stop()
    {
        delete std::exchange(m_local, nullptr);
        delete std::exchange(m_tcp, nullptr);
        for (FakeConnection *c : std::as_const(connections))
            c->abort();
    }
    void deliver(FakeConnection *c, const FakeRequest &r)
    {
        requests.append(r);
        if (handler)
            handler(c, r);
    }
    FakeConnection *connectionOf(const FakeRequest &r) const { return connections.value(r.connection); }

private:
    void accept(QIODevice *socket)
    {
        auto *c = new FakeConnection(socket, int(connections.size()), this);
        connections.append(c);
        if (pauseNewConnections)
            c->pauseReading();
    }
    QLocalServer *m_local = nullptr;
    QTcpServer *m_tcp = nullptr;
};

/// What a Podman service answers a client that connects (the recorded ping, version
/// and info of tests/data/streams, and an events stream that stays quiet). True when
/// `r` was one of those and is answered; `path` gets the request's path without its
/// API version, for the test's own answers.
bool answerPodmanConnect(FakeConnection *c, const FakeRequest &r, QString *path);
