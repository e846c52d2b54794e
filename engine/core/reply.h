#pragma once

#include "engineerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

#include <memory>

class HttpConnection;
class HijackedStream;
class QIODevice;

/// What to send: method, the path with its query (already versioned by Engine),
/// headers, and a body held in memory or streamed from a sequential device
/// (sent with chunked transfer encoding, never read whole into memory).
struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray target; ///< "/v1.45/images/json?all=1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// When set, wins over body. A sequential device (a QProcess writing a tar) ends
    /// with readChannelFinished(); a file or buffer at atEnd(). A read error fails
    /// the request rather than send a truncated body. An answer of 300 or more that
    /// comes before the end stops the body (the engine's final word: it reads no
    /// more); a 2xx does not (an engine may stream progress while it reads).
    QPointer<QIODevice> bodyDevice;
    bool upgrade = false;           ///< ask for a hijacked raw stream (exec/attach)
    bool stream = false;            ///< a long stream: no first-byte timeout
    int connectTimeoutMs = 5000;
    int firstByteTimeoutMs = 60000; ///< from the end of the request to the response head
};

/// One request's life: started, head received, body chunks, then exactly one of
/// finished() or failed(). Cancel with abort(): that ends in failed(Canceled).
/// For statuses >= 400 the body is collected and turned into the error; for
/// 101 the raw connection is handed over (takeHijackedStream()).
class Reply : public QObject
{
    Q_OBJECT
public:
    explicit Reply(const HttpRequest &request, QObject *parent = nullptr);
    ~Reply() override;

    const HttpRequest &request() const { return m_request; }
    int status() const { return m_status; }
    /// Header value by case-insensitive name; empty if absent.
    QByteArray header(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    /// The body, when the reply keeps it (setKeepBody, default true).
    const QByteArray &body() const { return m_body; }
    void setKeepBody(bool keep) { m_keepBody = keep; }
    bool isDone() const { return m_done; }
    const EngineError &error() const { return m_error; }

    /// Stops or resumes reading the response body (back-pressure for a slow consumer).
    void setReceivePaused(bool paused);
    /// Stops the request; the reply ends with failed(Canceled) unless already done.
    void abort();
    /// Bytes of the streamed body (HttpRequest::bodyDevice) that left Cais: they
    /// reach the engine even when the request is aborted now. After the end, what
    /// had left by then. (The body device may have been read further: the rest
    /// waited in Cais's buffers and is dropped by an abort.)
    qint64 bodyBytesSent() const;

    /// After upgraded(): the raw connection, owned by the caller.
    std::unique_ptr<HijackedStream> takeHijackedStream();

Q_SIGNALS:
    void headReceived();
    void dataReceived(const QByteArray &chunk);
    void upgraded();
    void finished();
    void failed(const EngineError &error);

private:
    friend class HttpConnection;
    friend class Engine;
    void deliverHead(int status, QList<QPair<QByteArray, QByteArray>> headers);
    void deliverData(const QByteArray &chunk);
    void deliverFinished();
    void deliverFailed(const EngineError &error);
    void deliverUpgrade(std::unique_ptr<HijackedStream> stream);

    HttpRequest m_request;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QByteArray m_errorBody;
    bool m_keepBody = true;
    bool m_done = false;
    EngineError m_error;
    QPointer<HttpConnection> m_connection;
    qint64 m_bodySent = 0; ///< bodyBytesSent() once the connection let go
    std::unique_ptr<HijackedStream> m_hijacked;
};

/// A connection after `101 UPGRADED`: raw bytes both ways (exec, attach).
class HijackedStream : public QObject
{
    Q_OBJECT
public:
    HijackedStream(QIODevice *device, QByteArray leftover, QObject *parent = nullptr);
    ~HijackedStream() override;

    void write(const QByteArray &data);
    /// Half-close: the engine sees end of input, output keeps flowing.
    void closeWrite();
    void close();
    bool isOpen() const;
    /// Bytes that arrived with the response head; read them once after taking the stream.
    QByteArray takeLeftover() { return std::exchange(m_leftover, {}); }

Q_SIGNALS:
    void received(const QByteArray &data);
    void closed();

private:
    void onReadyRead();
    /// Written and not sent yet, on TLS the encrypted bytes included.
    qint64 unsentBytes() const;
    void shutdownWhenSent();
    QIODevice *m_device;
    QByteArray m_leftover;
    bool m_closedEmitted = false;
    bool m_shutdownPending = false;
};
