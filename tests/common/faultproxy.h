#pragma once

// A fault proxy for integration tests: a unix socket between Cais and a real engine's
// socket that passes the engine's replies on, or spoils them in one chosen way.

#include "endpoint.h"

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

class FaultProxyConnection;

/// Listens on a socket of its own (endpoint()) and opens a connection to the engine's
/// socket for each connection it accepts. Each connection takes the fault set when
/// its first request line arrives, if that request's target contains the filter given
/// with the fault (every request, without a filter); the others pass through untouched.
/// Everything it makes up is written as the socket takes it (at most 1 MiB waiting):
/// the proxy itself stays small whatever it sends, so the process's memory is Cais's.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,               ///< passes everything through
        NeverAnswer,        ///< accepts, reads the request, never answers, never closes
        Trickle,            ///< the engine's reply one byte at a time, trickleDelayMs apart
        CloseMidChunk,      ///< the reply re-sent chunked; the connection closes in its first chunk
        ShortContentLength, ///< the reply's whole body with a Content-Length of half of it
        LongContentLength,  ///< the reply's body with a Content-Length larger than it; then silence
        InvalidChunkSize,   ///< the reply chunked: half the body, then a chunk whose size is not hex
        MalformedJson,      ///< the reply's body broken in its middle (a valid Content-Length)
        MalformedJsonLines, ///< a stream (stats, events) re-chunked with lines of garbage among the engine's
        HugeHeader,         ///< a 200 MB header, written as fast as it is read
        EndlessBody,        ///< a 200 head and a JSON list that never ends
        EndlessLine,        ///< a 200 head and a JSON-lines stream whose first line never ends
    };
    Q_ENUM(Fault)

    static constexpr qint64 kHugeHeaderBytes = 200LL * 1000 * 1000;

    explicit FaultProxy(const QString &engineSocket, QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Empty when listening; else why not.
    QString problem() const { return m_problem; }
    /// unix://<the proxy's socket>
    Endpoint endpoint() const;

    /// The fault for connections whose first request comes from now on.
    void setFault(Fault fault, const QByteArray &targetContains = {});
    Fault fault() const { return m_fault; }
    void setTrickleDelay(int ms) { m_trickleDelayMs = ms; }
    /// Closes every connection (a client's pooled ones included): the next request
    /// opens a new one, and gets the fault set now.
    void dropConnections();

    /// Connections that got the fault so far.
    int faulted() const { return m_faulted; }
    /// Bytes written to Cais on faulted connections.
    qint64 bytesToClient() const { return m_bytesToClient; }
    /// Connections open now.
    int openConnections() const;

private:
    friend class FaultProxyConnection;
    void onNewConnection();

    QString m_engineSocket;
    QTemporaryDir m_dir;
    QLocalServer m_server;
    QString m_problem;
    Fault m_fault = Fault::None;
    QByteArray m_filter;
    int m_trickleDelayMs = 1;
    int m_faulted = 0;
    qint64 m_bytesToClient = 0;
    QList<QPointer<FaultProxyConnection>> m_connections;
};
