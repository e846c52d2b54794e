#pragma once

#include "endpoint.h"
#include "engineerror.h"

#include <QByteArray>
#include <QList>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <llhttp.h>

#include <deque>

class QIODevice;
class QLocalSocket;
class QAbstractSocket;
class QProcess;
class QSslError;
class Reply;

/// One HTTP/1.1 connection to an engine, over a unix socket, TCP, TLS or ssh, with
/// responses parsed by llhttp. Carries one request at a time; kept alive and
/// reused by Engine when the engine allows it.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Sends the request of `reply` (connecting first if needed).
    void start(Reply *reply);
    /// Drops the current request: closes the connection.
    void abortCurrent();
    /// Stops (true) or resumes reading the response: while paused the socket's
    /// buffer fills to a small limit and then the engine waits (TCP/unix flow
    /// control), so a consumer slower than the engine keeps memory bounded.
    void setReceivePaused(bool paused);

    /// Bytes of the current request's streamed body that have left Cais (handed to
    /// the system: the engine receives them even if the request is aborted now). On
    /// TLS the encrypted bytes waiting are counted as plain ones, so it is close, not exact.
    qint64 bodyBytesSent() const;

    bool isIdle() const { return m_state == State::Idle; }
    bool isClosed() const { return m_state == State::Closed; }

    /// A streamed body is sent in HTTP chunks of up to kBodyChunk bytes, with at most
    /// kMaxPendingWrite bytes waiting in Qt's write buffer: the body device is read
    /// at most kMaxBodyReadAhead bytes ahead of what has left Cais (bodyBytesSent()).
    static constexpr qint64 kBodyChunk = 256 * 1024;
    static constexpr qint64 kMaxPendingWrite = 1024 * 1024;
    static constexpr qint64 kMaxBodyReadAhead = kMaxPendingWrite + kBodyChunk;

    /// The most bytes of response heads (status lines and headers, interim answers
    /// included) one request may receive: more fails the request.
    static constexpr quint64 kMaxHeadBytes = 1024 * 1024;
    /// The most bytes of body a reply kept whole (Reply::setKeepBody, not a stream
    /// consumed as it comes) may hold: more fails the request, rather than grow
    /// without end. Lists take about 500 bytes per image or container.
    static constexpr qsizetype kMaxKeptBodyBytes = 64 * 1024 * 1024;

Q_SIGNALS:
    /// The request ended and the connection can carry another one.
    void becameIdle();
    /// The connection is gone (closed by either side, or handed over).
    void closed();
    /// A kept-alive connection turned out to be closed by the engine before it
    /// answered anything: the request may be sent again on a fresh connection.
    void retryRequested(Reply *reply);

private:
    enum class State { New, Connecting, Idle, Busy, Closed };
    void openSocket();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(const EngineError &error);
    void openSsh();
    void onSshFinished(int exitCode, int exitStatus);
    void sendRequest();
    void pumpBody();
    /// Writes body bytes (one HTTP chunk, `payload` of them the body's); with
    /// `flush`, hands them to the system at once, as far as it takes them.
    void queueBody(const QByteArray &bytes, qint64 payload, bool flush);
    /// Bytes written to the socket and not sent yet: on TLS, also those encrypted
    /// already (QSslSocket::bytesToWrite() counts only the plaintext not encrypted yet).
    qint64 unsentBytes() const;
    /// Counts bytes of a response head; false (and the request fails) past kMaxHeadBytes.
    bool countHead(size_t len);
    /// A reply read whole (not a stream) whose head came after the whole request
    /// and whose body has not ended: it is due, and its body is timed as its head was.
    bool bodyIsDue() const;
    void endBody();
    void detachBody();
    void failOrRetry(const EngineError &error);
    void fail(const EngineError &error);
    void finishResponse();
    /// Hands the body bytes of this socket read to the reply; false when the reply is gone.
    bool flushBody();
    void resetParser();
    void closeSocket();
    EngineError transportError(int code, const QString &text) const;
    /// What the engine's certificate is wrong with, in words to act on (unknown CA,
    /// expired or not yet valid, for another host name).
    EngineError certificateError(const QList<QSslError> &errors) const;

    static int onStatus(llhttp_t *p, const char *at, size_t len);
    static int onHeaderField(llhttp_t *p, const char *at, size_t len);
    static int onHeaderValue(llhttp_t *p, const char *at, size_t len);
    static int onHeaderValueComplete(llhttp_t *p);
    static int onHeadersComplete(llhttp_t *p);
    static int onBody(llhttp_t *p, const char *at, size_t len);
    static int onMessageComplete(llhttp_t *p);

    Endpoint m_endpoint;
    QIODevice *m_device = nullptr;
    QLocalSocket *m_local = nullptr;
    QAbstractSocket *m_tcp = nullptr;
    QProcess *m_proc = nullptr;   ///< ssh: the `ssh ... docker system dial-stdio` child
    QByteArray m_sshStderr;       ///< what that child wrote on stderr (its last 64 KiB)
    State m_state = State::New;
    QPointer<Reply> m_reply;
    QTimer m_timer;

    llhttp_t m_parser;
    llhttp_settings_t m_settings;
    QByteArray m_field;
    QByteArray m_value;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_headDone = false;
    quint64 m_headBytes = 0;     ///< head bytes of this request's answers so far
    bool m_headTooLarge = false;
    bool m_stopBody = false;     ///< the engine gave its final word: send no more body
    bool m_messageDone = false;
    QByteArray m_body; ///< body bytes parsed from the current socket read, not yet delivered
    bool m_keepAlive = false;     ///< the finished response allows another request
    bool m_gotBytes = false;
    bool m_bodyEnded = false;
    bool m_headAfterRequest = false; ///< the head came once the whole request had gone out
    bool m_sourceFinished = false; ///< a sequential body source said readChannelFinished
    int m_served = 0;             ///< responses completed on this connection
    int m_sshLoginBudgetMs = 0;   ///< a fresh ssh connection's first-byte timeout (0: not one)
    QElapsedTimer m_sentAt;       ///< when the current request went out (cais.perf spans)
    qint64 m_bodyBytes = 0;       ///< bytes received for the current request (cais.perf spans)
    bool m_pumping = false;       ///< pumpBody() is running (a flush re-enters it)
    /// The body's chunks that may still be partly in Qt's write buffer.
    struct QueuedChunk
    {
        qint64 payload; ///< body bytes in it
        qint64 bytes;   ///< with its size line and CRLF
    };
    std::deque<QueuedChunk> m_queuedChunks;
    qint64 m_bodyQueued = 0; ///< body bytes written to the socket device
    bool m_receivePaused = false;
};
