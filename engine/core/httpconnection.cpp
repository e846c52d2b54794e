#include "httpconnection.h"

#include "logging.h"
#include "reply.h"
#include "sshtransport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// A streamed body goes out in HTTP chunks of up to kBodyChunk bytes, each written to
// the socket as one block, and flushed at once. Large chunks and the flush keep the
// socket full without an event-loop round trip per block (measured: 64 KiB chunks
// written in three pieces made one write per loop iteration, half of them 9 bytes
// long, and the loop spun a core that the engine needed to unpack the archive).
constexpr qint64 kMaxPendingWrite = HttpConnection::kMaxPendingWrite;
constexpr qint64 kBodyChunk = HttpConnection::kBodyChunk;
// "0000ab\r\n": chunk sizes in six hex digits, zero-padded (RFC 9112 allows leading
// zeros), so that the size goes in front of data read in place.
constexpr qint64 kChunkHead = 8;
static_assert(kBodyChunk < (1 << 24));
constexpr qint64 kPausedReadBuffer = 256 * 1024;

HttpConnection *self(llhttp_t *p)
{
    return static_cast<HttpConnection *>(p->data);
}

} // namespace

HttpConnection::HttpConnection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    llhttp_settings_init(&m_settings);
    m_settings.on_status = &HttpConnection::onStatus;
    m_settings.on_header_field = &HttpConnection::onHeaderField;
    m_settings.on_header_value = &HttpConnection::onHeaderValue;
    m_settings.on_header_value_complete = &HttpConnection::onHeaderValueComplete;
    m_settings.on_headers_complete = &HttpConnection::onHeadersComplete;
    m_settings.on_body = &HttpConnection::onBody;
    m_settings.on_message_complete = &HttpConnection::onMessageComplete;
    resetParser();

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting) {
            fail(EngineError::make(EngineError::Kind::Timeout,
                                   tr("The engine at %1 did not accept the connection in time. Is it running and reachable?")
                                       .arg(m_endpoint.toString())));
        } else if (m_endpoint.transport == Endpoint::Transport::Ssh && m_served == 0 && !m_gotBytes) {
            QString login = m_endpoint.host;
            if (!m_endpoint.user.isEmpty())
                login = m_endpoint.user + u'@' + login;
            if (m_endpoint.port)
                login = QStringLiteral("-p %1 %2").arg(m_endpoint.port).arg(login);
            fail(EngineError::make(EngineError::Kind::Timeout,
                                   tr("No answer came through ssh from %1 in time: ssh may be stuck logging in, or the engine there "
                                      "does not answer. Check that \"ssh %2 docker version\" works in a terminal.")
                                       .arg(m_endpoint.toString(), login)));
        } else if (m_headDone) {
            fail(EngineError::make(EngineError::Kind::Timeout,
                                   tr("The engine at %1 stopped in the middle of its reply and sent nothing more in time. "
                                      "It may be overloaded or stuck.")
                                       .arg(m_endpoint.toString())));
        } else {
            fail(EngineError::make(EngineError::Kind::Timeout,
                                   tr("The engine at %1 did not answer in time. It may be overloaded or stuck.")
                                       .arg(m_endpoint.toString())));
        }
    });
}

HttpConnection::~HttpConnection()
{
    if (m_reply)
        m_reply->m_connection = nullptr;
    closeSocket();
}

void HttpConnection::resetParser()
{
    llhttp_init(&m_parser, HTTP_RESPONSE, &m_settings);
    m_parser.data = this;
    m_field.clear();
    m_value.clear();
    m_headers.clear();
    m_headDone = false;
    m_headBytes = 0;
    m_headTooLarge = false;
    m_stopBody = false;
    m_messageDone = false;
    m_keepAlive = false;
    m_gotBytes = false;
    m_bodyEnded = false;
    m_headAfterRequest = false;
    m_sourceFinished = false;
    m_queuedChunks.clear();
    m_bodyQueued = 0;
}

void HttpConnection::start(Reply *reply)
{
    Q_ASSERT(m_state == State::New || m_state == State::Idle);
    m_reply = reply;
    reply->m_connection = this;
    resetParser();
    if (m_receivePaused)
        setReceivePaused(false);
    if (m_state == State::New) {
        openSocket();
    } else {
        m_state = State::Busy;
        sendRequest();
    }
}

EngineError HttpConnection::transportError(int code, const QString &text) const
{
    using K = EngineError::Kind;
    const QString where = m_endpoint.toString();
    if (m_local) {
        switch (QLocalSocket::LocalSocketError(code)) {
        case QLocalSocket::ServerNotFoundError:
            if (!QFileInfo::exists(m_endpoint.path))
                return EngineError::make(K::SocketMissing,
                    tr("No engine socket at %1. Start the engine (for example \"sudo systemctl start docker\", or "
                       "\"systemctl --user start podman.socket\" for Podman) or point DOCKER_HOST at a running one.")
                        .arg(m_endpoint.path), text);
            return EngineError::make(K::ConnectionRefused,
                tr("%1 exists but no engine listens on it. Start the engine, or point DOCKER_HOST at a running one.")
                    .arg(m_endpoint.path), text);
        case QLocalSocket::ConnectionRefusedError:
            return EngineError::make(K::ConnectionRefused,
                tr("The engine socket %1 refused the connection: the engine is not running or is restarting. Start it and Cais will reconnect.")
                    .arg(m_endpoint.path), text);
        case QLocalSocket::SocketAccessError:
            return EngineError::make(K::PermissionDenied,
                tr("You are not allowed to use %1. Add your user to the \"docker\" group (\"sudo usermod -aG docker $USER\", then log in again), or use rootless Podman.")
                    .arg(m_endpoint.path), text);
        case QLocalSocket::SocketTimeoutError:
            return EngineError::make(K::Timeout, tr("The engine at %1 did not answer in time.").arg(where), text);
        case QLocalSocket::PeerClosedError:
            return EngineError::make(K::Closed, tr("The engine at %1 closed the connection.").arg(where), text);
        default:
            return EngineError::make(K::Other, tr("Cannot talk to the engine at %1: %2").arg(where, text), text);
        }
    }
    switch (QAbstractSocket::SocketError(code)) {
    case QAbstractSocket::HostNotFoundError:
        return EngineError::make(K::HostNotFound,
            tr("The host \"%1\" is unknown. Check the engine address (DOCKER_HOST).").arg(m_endpoint.host), text);
    case QAbstractSocket::ConnectionRefusedError:
        return EngineError::make(K::ConnectionRefused,
            tr("Nothing listens on %1. Start the engine, or check the address and port.").arg(where), text);
    case QAbstractSocket::SocketAccessError:
        return EngineError::make(K::PermissionDenied, tr("The system does not allow a connection to %1.").arg(where), text);
    case QAbstractSocket::SocketTimeoutError:
        return EngineError::make(K::Timeout, tr("The engine at %1 did not answer in time.").arg(where), text);
    case QAbstractSocket::RemoteHostClosedError:
        return EngineError::make(K::Closed, tr("The engine at %1 closed the connection.").arg(where), text);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        // The engine's alert, read after the handshake seemed done (TLS 1.3 asks for the
        // client's certificate then): OpenSSL names it in its text.
        if (text.contains(QLatin1String("certificate required"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("bad certificate"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("unknown ca"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("certificate unknown"), Qt::CaseInsensitive))
            return EngineError::make(K::Tls,
                m_endpoint.certFile.isEmpty()
                    ? tr("The engine at %1 wants a client certificate and Cais has none: put cert.pem and key.pem, signed by "
                         "the engine's CA, in DOCKER_CERT_PATH (or in the context's TLS material).").arg(where)
                    : tr("The engine at %1 refused this computer's client certificate (%2): it must be signed by the CA the "
                         "engine trusts (its --tlscacert).").arg(where, m_endpoint.certFile),
                text);
        return EngineError::make(K::Tls,
            tr("The secure (TLS) connection to %1 failed. Check the CA, certificate and key in DOCKER_CERT_PATH, and that the engine expects TLS.")
                .arg(where), text);
    default:
        return EngineError::make(K::Other, tr("Cannot talk to the engine at %1: %2").arg(where, text), text);
    }
}

void HttpConnection::openSocket()
{
    m_state = State::Connecting;
    if (m_reply && m_reply->request().connectTimeoutMs > 0)
        m_timer.start(m_reply->request().connectTimeoutMs);

    if (m_endpoint.transport == Endpoint::Transport::Ssh) {
        openSsh();
        return;
    }
    if (m_endpoint.transport == Endpoint::Transport::Unix) {
        m_local = new QLocalSocket(this);
        m_device = m_local;
        connect(m_local, &QLocalSocket::connected, this, &HttpConnection::onConnected);
        connect(m_local, &QLocalSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_local, &QLocalSocket::disconnected, this, &HttpConnection::onDisconnected);
        connect(m_local, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError e) {
            if (e == QLocalSocket::PeerClosedError && m_state != State::Connecting)
                return; // handled by disconnected()
            onSocketError(transportError(int(e), m_local ? m_local->errorString() : QString()));
        });
        connect(m_local, &QLocalSocket::bytesWritten, this, &HttpConnection::pumpBody);
        m_local->connectToServer(m_endpoint.path);
        return;
    }

    if (m_endpoint.transport == Endpoint::Transport::Tls) {
        auto *ssl = new QSslSocket(this);
        m_tcp = ssl;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_endpoint.caFile.isEmpty())
            conf.setCaCertificates(QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem));
        if (!m_endpoint.certFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(m_endpoint.certFile, QSsl::Pem);
            if (!certs.isEmpty())
                conf.setLocalCertificate(certs.first());
        }
        if (!m_endpoint.keyFile.isEmpty()) {
            QFile f(m_endpoint.keyFile);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray pem = f.readAll();
                QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
                if (key.isNull())
                    key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
                conf.setPrivateKey(key);
            }
        }
        conf.setPeerVerifyMode(m_endpoint.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::QueryPeer);
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) { onSocketError(certificateError(errors)); });
    } else {
        m_tcp = new QTcpSocket(this);
        connect(m_tcp, &QAbstractSocket::connected, this, &HttpConnection::onConnected);
    }
    m_device = m_tcp;
    connect(m_tcp, &QAbstractSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_tcp, &QAbstractSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_tcp, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError && m_state != State::Connecting)
            return; // handled by disconnected()
        onSocketError(transportError(int(e), m_tcp ? m_tcp->errorString() : QString()));
    });
    connect(m_tcp, &QAbstractSocket::bytesWritten, this, &HttpConnection::pumpBody);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_tcp)) {
        // bytesWritten() says the bytes were encrypted; this one that they were sent.
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::pumpBody);
        ssl->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    } else {
        m_tcp->connectToHost(m_endpoint.host, m_endpoint.port);
    }
}

void HttpConnection::openSsh()
{
    if (SshTransport::program().isEmpty()) {
        // Reported from the event loop, as a socket's failure to connect is.
        QMetaObject::invokeMethod(this, [this] {
            if (m_state == State::Connecting)
                onSocketError(SshTransport::explainFailure(m_endpoint, QProcess::FailedToStart, -1, {}));
        }, Qt::QueuedConnection);
        return;
    }
    int fds[2] = {-1, -1};
    if (!SshTransport::socketPair(fds)) {
        const EngineError error = transportError(int(QLocalSocket::UnknownSocketError),
                                                 tr("Cannot make a socket for ssh: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        QMetaObject::invokeMethod(this, [this, error] {
            if (m_state == State::Connecting)
                onSocketError(error);
        }, Qt::QueuedConnection);
        return;
    }
    // HTTP goes over a socket whose other end is ssh's stdin and stdout: read as the
    // reply is consumed, so that a paused stream holds ssh (and the engine) back.
    m_local = new QLocalSocket(this);
    m_local->setSocketDescriptor(fds[0], QLocalSocket::ConnectedState, QIODevice::ReadWrite);
    m_device = m_local;
    connect(m_local, &QLocalSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_local, &QLocalSocket::bytesWritten, this, &HttpConnection::pumpBody);
    // Its end is ssh's: what ends the connection, and why, comes from the process.
    m_proc = SshTransport::makeProcess(m_endpoint, this, fds[1]);
    m_sshStderr.clear();
    // While ssh asks the user something, a fresh connection's clock stands still.
    connect(SshPrompter::instance(), &SshPrompter::openPromptsChanged, this, [this](int open) {
        if (m_sshLoginBudgetMs <= 0 || m_state != State::Busy || m_gotBytes || m_served > 0)
            return;
        if (open > 0)
            m_timer.stop();
        else
            m_timer.start(m_sshLoginBudgetMs);
    });
    // The process runs once ssh started: the request waits in the socket while ssh
    // connects, checks the host key (perhaps asking the user) and logs in.
    connect(m_proc, &QProcess::started, this, &HttpConnection::onConnected);
    connect(m_proc, &QProcess::readyReadStandardError, this, [this] {
        if (!m_proc)
            return;
        m_sshStderr += m_proc->readAllStandardError();
        if (m_sshStderr.size() > 64 * 1024)
            m_sshStderr = m_sshStderr.right(64 * 1024);
    });
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onSocketError(SshTransport::explainFailure(m_endpoint, e, -1, {}));
    });
    connect(m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) { onSshFinished(code, int(status)); });
    m_proc->start();
    // The child has its copy (start() forked); ours would keep ssh's end open after ssh ends.
    ::close(fds[1]);
}

void HttpConnection::onSshFinished(int exitCode, int exitStatus)
{
    if (!m_proc)
        return;
    m_sshStderr += m_proc->readAllStandardError();
    // What ssh wrote before it ended is still in the socket: take it all now (a
    // paused reader included: the process that would have waited for it is gone).
    if (m_local && m_local->state() == QLocalSocket::ConnectedState) {
        m_local->setReadBufferSize(0);
        while (m_local->waitForReadyRead(0)) {
        }
    }
    if (m_local && m_local->bytesAvailable() > 0) {
        if (m_receivePaused && m_state == State::Busy && m_reply)
            m_receivePaused = false;
        onReadyRead();
    }
    if (m_state == State::Closed || !m_proc)
        return;
    const bool crashed = exitStatus == QProcess::CrashExit;
    if ((m_state == State::Busy && m_reply && !m_gotBytes) || m_state == State::Connecting) {
        // ssh ended before the engine said anything: ssh's own failure (host key,
        // login, no docker there), or a kept-alive relay that ended while idle.
        const EngineError error = SshTransport::explainFailure(m_endpoint, crashed ? QProcess::Crashed : QProcess::UnknownError,
                                                               exitCode, m_sshStderr);
        qCInfo(lcEngine) << "ssh to" << m_endpoint.toString() << "ended with" << exitCode << m_sshStderr.trimmed().right(400);
        if (m_reply)
            failOrRetry(error);
        else
            onSocketError(error);
        return;
    }
    onDisconnected();
}

EngineError HttpConnection::certificateError(const QList<QSslError> &errors) const
{
    // One message per cause, the one to act on first: a certificate from an unknown CA
    // may also be expired or for another name, and trusting the CA comes first.
    QStringList texts;
    bool unknownCa = false, expired = false, notYetValid = false, wrongName = false;
    QSslCertificate cert;
    for (const QSslError &e : errors) {
        texts << e.errorString();
        if (cert.isNull())
            cert = e.certificate();
        switch (e.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            unknownCa = true;
            break;
        case QSslError::CertificateExpired:
            expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            notYetValid = true;
            break;
        case QSslError::HostNameMismatch:
            wrongName = true;
            break;
        default:
            break;
        }
    }
    const QString said = texts.join(QLatin1String("; "));
    const QString where = m_endpoint.toString();
    using K = EngineError::Kind;
    if (unknownCa) {
        const QString issuer = cert.isNull() ? QString() : cert.issuerDisplayName();
        return EngineError::make(K::Tls,
            tr("The engine at %1 shows a certificate signed by a CA this computer does not trust%2. Put that CA's certificate "
               "as ca.pem in DOCKER_CERT_PATH (or in the context's TLS material), or check that this is the engine you mean.")
                .arg(where, issuer.isEmpty() ? QString() : tr(" (\"%1\")").arg(issuer)),
            said);
    }
    if (expired)
        return EngineError::make(K::Tls,
            tr("The engine's certificate at %1 expired on %2. Renew it on the engine's host (or check this computer's clock).")
                .arg(where, QLocale().toString(cert.expiryDate().toLocalTime(), QLocale::ShortFormat)),
            said);
    if (notYetValid)
        return EngineError::make(K::Tls,
            tr("The engine's certificate at %1 is valid only from %2: check this computer's clock, or the engine's certificate.")
                .arg(where, QLocale().toString(cert.effectiveDate().toLocalTime(), QLocale::ShortFormat)),
            said);
    if (wrongName) {
        QStringList names;
        const auto alt = cert.subjectAlternativeNames();
        for (auto it = alt.cbegin(); it != alt.cend(); ++it)
            names << it.value();
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        return EngineError::make(K::Tls,
            tr("The engine's certificate is for %1, not for \"%2\". Connect with a name the certificate lists, or make the "
               "engine a certificate for this name.")
                .arg(names.isEmpty() ? tr("another name") : names.join(QLatin1String(", ")), m_endpoint.host),
            said);
    }
    return EngineError::make(K::Tls,
        tr("The engine's TLS certificate at %1 is not trusted: %2. Check DOCKER_CERT_PATH (ca.pem) and the host name.").arg(where, said),
        said);
}

void HttpConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_timer.stop();
    // Requests and streamed bodies are written whole: waiting for more (Nagle) only
    // delays the last piece of each, as Go's clients (the docker CLI) also decide.
    if (m_tcp)
        m_tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_reply) { // aborted while connecting
        m_state = State::Idle;
        Q_EMIT becameIdle();
        return;
    }
    m_state = State::Busy;
    sendRequest();
}

void HttpConnection::sendRequest()
{
    const HttpRequest &req = m_reply->request();
    if (lcPerf().isDebugEnabled()) {
        m_sentAt.start();
        m_bodyBytes = 0;
    }
    QByteArray head;
    head.reserve(256 + req.body.size());
    head += req.method + ' ' + req.target + " HTTP/1.1\r\n";
    if (m_endpoint.transport == Endpoint::Transport::Unix || m_endpoint.transport == Endpoint::Transport::Ssh)
        head += "Host: api.moby.localhost\r\n";
    else
        head += "Host: " + (m_endpoint.host.contains(QLatin1Char(':')) ? '[' + m_endpoint.host.toUtf8() + ']' : m_endpoint.host.toUtf8()) + ':'
            + QByteArray::number(m_endpoint.port) + "\r\n";
    head += "User-Agent: Cais/" CAIS_VERSION_STRING "\r\n";
    for (const auto &[k, v] : req.headers)
        head += k + ": " + v + "\r\n";
    if (req.upgrade)
        head += "Connection: Upgrade\r\nUpgrade: tcp\r\n";
    if (req.bodyDevice) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        m_device->write(head);
        m_bodyEnded = false;
        connect(req.bodyDevice, &QIODevice::readyRead, this, &HttpConnection::pumpBody, Qt::UniqueConnection);
        // A sequential source (a process writing a tar) has no end of its own:
        // QIODevice::atEnd() only says that nothing is buffered right now.
        connect(req.bodyDevice, &QIODevice::readChannelFinished, this, [this] {
            m_sourceFinished = true;
            pumpBody();
        });
        pumpBody();
        return;
    }
    if (!req.body.isEmpty() || req.method == "POST" || req.method == "PUT")
        head += "Content-Length: " + QByteArray::number(req.body.size()) + "\r\n";
    head += "\r\n";
    head += req.body;
    m_device->write(head);
    m_bodyEnded = true; // (before the flush: its bytesWritten() calls pumpBody())
    // Out now rather than on the next turn of the event loop, which may be a while
    // (a window being built at start, a large reply being decoded).
    if (m_local)
        m_local->flush();
    else if (m_tcp)
        m_tcp->flush();
    // A fresh ssh connection logs in first, and may wait on the user (a host key, a
    // passphrase): it has longer, and its clock stops while the user is asked.
    const bool sshLogin = m_endpoint.transport == Endpoint::Transport::Ssh && m_served == 0;
    m_sshLoginBudgetMs = sshLogin && req.firstByteTimeoutMs > 0 && !req.stream ? req.firstByteTimeoutMs + SshTransport::loginAllowanceMs() : 0;
    if (m_sshLoginBudgetMs > 0) {
        if (SshPrompter::instance()->openPrompts() == 0)
            m_timer.start(m_sshLoginBudgetMs);
    } else if (req.firstByteTimeoutMs > 0 && !req.stream) {
        m_timer.start(req.firstByteTimeoutMs);
    }
}

qint64 HttpConnection::unsentBytes() const
{
    if (!m_device)
        return 0;
    qint64 n = m_device->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_tcp))
        n += ssl->encryptedBytesToWrite();
    return n;
}

void HttpConnection::pumpBody()
{
    if (m_state != State::Busy || !m_reply || m_bodyEnded || m_stopBody)
        return;
    if (m_pumping)
        return; // a flush below emitted bytesWritten: the loop below goes on by itself
    QIODevice *src = m_reply->request().bodyDevice;
    if (!src) {
        fail(EngineError::make(EngineError::Kind::Other, tr("The data to send went away before it was sent.")));
        return;
    }
    m_pumping = true;
    const auto unpump = qScopeGuard([this] { m_pumping = false; });
    // A fast engine takes all it gets: the event loop gets its turn after this much,
    // when the last chunk is left for Qt to write (its bytesWritten brings us back).
    qint64 budget = kMaxPendingWrite;
    while (m_device && unsentBytes() < kMaxPendingWrite) {
        // Read as much as the source has now (a tar writer hands out a header or a
        // piece of a file per read), in place behind room for the chunk's size.
        QByteArray chunk(kChunkHead + kBodyChunk + 2, Qt::Uninitialized);
        qint64 filled = 0;
        bool ended = false;
        while (filled < kBodyChunk) {
            const qint64 n = src->read(chunk.data() + kChunkHead + filled, kBodyChunk - filled);
            if (n > 0) {
                filled += n;
                continue;
            }
            if (n < 0 && !(src->isSequential() && m_sourceFinished)) {
                // Ending the body here would hand the engine a truncated tar as if whole.
                fail(EngineError::make(EngineError::Kind::Other,
                                       tr("Cais could not read the data to send: %1").arg(src->errorString()), src->errorString()));
                return;
            }
            ended = n < 0 || (src->isSequential() ? m_sourceFinished : src->atEnd());
            break;
        }
        if (filled > 0) {
            const QByteArray size = QByteArray::number(filled, 16).rightJustified(kChunkHead - 2, '0');
            std::memcpy(chunk.data(), size.constData(), size_t(size.size()));
            std::memcpy(chunk.data() + kChunkHead - 2, "\r\n", 2);
            chunk.truncate(kChunkHead + filled + 2);
            std::memcpy(chunk.data() + kChunkHead + filled, "\r\n", 2);
            // A TCP socket may keep the array itself until it is sent: a few bytes
            // must not hold a whole chunk's room (a source that trickles).
            if (chunk.capacity() > 2 * chunk.size())
                chunk.squeeze();
            budget -= chunk.size();
            queueBody(chunk, filled, budget > 0);
            if (m_state != State::Busy || !m_reply)
                return; // the write failed
        }
        if (ended) {
            endBody();
            return;
        }
        if (filled < kBodyChunk)
            return; // nothing more from a sequential source now: wait for readyRead or its end
        if (budget <= 0)
            return;
    }
}

void HttpConnection::queueBody(const QByteArray &bytes, qint64 payload, bool flush)
{
    m_device->write(bytes);
    m_queuedChunks.push_back({payload, qint64(bytes.size())});
    m_bodyQueued += payload;
    // Sent now, as far as the system takes it, rather than one block per event-loop
    // iteration; what it does not take goes when the socket can take more.
    if (flush && m_local)
        m_local->flush();

    else if (flush && m_tcp)
        m_tcp->flush();
    // Chunks wholly sent are forgotten: only those partly in Qt's buffer matter.
    qint64 unsent = unsentBytes();
    qint64 queued = 0;
    for (const QueuedChunk &c : m_queuedChunks)
        queued += c.bytes;
    while (!m_queuedChunks.empty() && queued - m_queuedChunks.front().bytes >= unsent) {
        queued -= m_queuedChunks.front().bytes;
        m_queuedChunks.pop_front();
    }
}

qint64 HttpConnection::bodyBytesSent() const
{
    // Walk back from the newest chunk over the bytes Qt still holds: each chunk is
    // its size line, its payload and a CRLF, in that order.
    qint64 unsent = unsentBytes();
    qint64 held = 0;
    for (auto it = m_queuedChunks.rbegin(); it != m_queuedChunks.rend() && unsent > 0; ++it) {
        if (unsent >= it->bytes) {
            held += it->payload;
            unsent -= it->bytes;
        } else {
            held += std::clamp<qint64>(unsent - 2, 0, it->payload);
            unsent = 0;
        }
    }
    return m_bodyQueued - held;
}

void HttpConnection::endBody()
{
    queueBody(QByteArrayLiteral("0\r\n\r\n"), 0, true);
    if (m_state != State::Busy || !m_reply)
        return; // the write failed
    m_bodyEnded = true;
    detachBody();
    // An engine that answered while reading the body (a load or a build streaming its
    // progress) has sent its head already: no timer for that.
    const HttpRequest &req = m_reply->request();
    if (req.firstByteTimeoutMs > 0 && !req.stream && !m_headDone)
        m_timer.start(req.firstByteTimeoutMs);
}

void HttpConnection::detachBody()
{
    if (m_reply && m_reply->request().bodyDevice)
        disconnect(m_reply->request().bodyDevice, nullptr, this, nullptr);
}

void HttpConnection::setReceivePaused(bool paused)
{
    if (m_receivePaused == paused)
        return;
    m_receivePaused = paused;
    // A paused reply waits on its reader, not on the engine: no clock meanwhile.
    if (paused && bodyIsDue())
        m_timer.stop();
    else if (!paused && bodyIsDue())
        m_timer.start(m_reply->request().firstByteTimeoutMs);
    // A limited read buffer makes Qt stop reading the socket once it is full.
    const qint64 limit = paused ? kPausedReadBuffer : 0;
    if (m_local)
        m_local->setReadBufferSize(limit);
    else if (m_tcp)
        m_tcp->setReadBufferSize(limit);
    if (!paused) // what arrived meanwhile raises no new readyRead
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (!m_device)
        return;
    if (m_receivePaused && m_state == State::Busy && m_reply && m_device->isOpen())
        return;
    const QByteArray data = m_device->readAll();
    if (data.isEmpty())
        return;
    if (m_state != State::Busy || !m_reply) {
        // Bytes nobody asked for (a stale keep-alive answer): this connection is unusable.
        closeSocket();
        return;
    }
    if (lcPerf().isDebugEnabled() && m_sentAt.isValid()) {
        if (m_bodyBytes == 0)
            qCDebug(lcPerf, "%s: first bytes %.1f ms after sending", m_reply->request().target.constData(), double(m_sentAt.nsecsElapsed()) / 1e6);
        m_bodyBytes += data.size();
    }
    m_gotBytes = true;
    const llhttp_errno_t err = llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
    if (err == HPE_PAUSED_UPGRADE) {
        const char *pos = llhttp_get_error_pos(&m_parser);
        const qsizetype used = pos ? qsizetype(pos - data.constData()) : data.size();
        const QByteArray leftover = data.mid(used);
        m_timer.stop();
        QIODevice *dev = m_device;
        disconnect(dev, nullptr, this, nullptr);
        dev->setParent(nullptr);
        if (m_proc && m_proc != dev) {
            // ssh goes with the stream: it ends when ssh ends (the socket's other end
            // closes), and ssh ends when the stream is done with.
            QProcess *p = std::exchange(m_proc, nullptr);
            disconnect(p, nullptr, this, nullptr);
            p->setParent(nullptr);
            connect(p, &QProcess::readyReadStandardError, p, [p] { p->readAllStandardError(); });
            connect(dev, &QObject::destroyed, p, [p] { SshTransport::dispose(p); });
        }
        m_device = nullptr;
        m_local = nullptr;
        m_tcp = nullptr;
        m_proc = nullptr;
        m_state = State::Closed;
        QPointer<Reply> reply = m_reply;
        m_reply = nullptr;
        if (reply) {
            reply->m_connection = nullptr;
            reply->deliverUpgrade(std::make_unique<HijackedStream>(dev, leftover));
        } else {
            dev->deleteLater();
        }
        Q_EMIT closed();
        return;
    }
    if (err == HPE_PAUSED && m_messageDone) {
        // Bytes after a complete response that nobody asked for: the connection is
        // out of step with the engine and must not carry another request.
        const char *pos = llhttp_get_error_pos(&m_parser);
        if (pos && pos < data.constData() + data.size())
            m_keepAlive = false;
        if (!flushBody())
            return;
        finishResponse();
        return;
    }
    if (!flushBody())
        return; // the reply was aborted while it read the body
    if (m_reply->m_keepBody && m_reply->m_body.size() > kMaxKeptBodyBytes) {
        fail(EngineError::make(EngineError::Kind::Protocol,
            tr("The engine at %1 sent a reply larger than %2 MiB where a short one was due; Cais stopped reading it. "
               "Is this an engine?")
                .arg(m_endpoint.toString())
                .arg(kMaxKeptBodyBytes / (1024 * 1024))));
        return;
    }
    if (m_headTooLarge) {
        if (m_state == State::Busy && m_reply)
            fail(EngineError::make(EngineError::Kind::Protocol,
                tr("The engine at %1 sent a reply head larger than %2 MiB; Cais stopped reading it. Is this an engine?")
                    .arg(m_endpoint.toString())
                    .arg(kMaxHeadBytes / (1024 * 1024))));
        return;
    }
    if (err != HPE_OK) {
        if (m_state == State::Busy && m_reply)
            fail(EngineError::make(EngineError::Kind::Protocol,
                tr("The engine at %1 sent a reply Cais cannot read (%2).")
                    .arg(m_endpoint.toString(), QString::fromUtf8(llhttp_errno_name(err))),
                QString::fromUtf8(llhttp_get_error_reason(&m_parser))));
        return;
    }
    if (m_messageDone) {
        finishResponse();
        return;
    }
    if (bodyIsDue() && !m_receivePaused)
        m_timer.start(m_reply->request().firstByteTimeoutMs); // the engine goes on: its clock starts again
}

bool HttpConnection::bodyIsDue() const
{
    // An answer that came while Cais still sent the request (a load or a build
    // streaming its progress as it reads) is not timed.
    if (m_state != State::Busy || !m_reply || !m_headAfterRequest || m_messageDone)
        return false;
    const HttpRequest &req = m_reply->request();
    // An error's body is kept whatever the reply keeps (it becomes the error).
    return !req.stream && req.firstByteTimeoutMs > 0 && (m_reply->m_keepBody || m_reply->status() >= 400);
}

bool HttpConnection::flushBody()
{
    if (m_body.isEmpty())
        return m_reply != nullptr;
    const QByteArray body = std::exchange(m_body, {});
    if (m_reply)
        m_reply->deliverData(body);
    return m_reply != nullptr;
}

void HttpConnection::onDisconnected()
{
    if (m_receivePaused && m_state == State::Busy && m_reply && m_device && m_device->bytesAvailable() > 0) {
        // The engine is gone; what it sent before still counts.
        m_receivePaused = false;
        onReadyRead();
        if (m_state != State::Busy || !m_reply)
            return;
    }
    if (m_state == State::Busy && m_reply) {
        if (m_headDone && !m_messageDone) {
            // A body delimited by the end of the connection ends here.
            const llhttp_errno_t err = llhttp_finish(&m_parser);
            if ((err == HPE_OK || err == HPE_PAUSED) && m_messageDone) {
                finishResponse();
                return;
            }
        }
        failOrRetry(EngineError::make(EngineError::Kind::Closed,
            m_gotBytes ? tr("The engine at %1 closed the connection in the middle of its reply (did it stop or restart?).")
                             .arg(m_endpoint.toString())
                       : tr("The engine at %1 closed the connection without answering (did it stop or restart?).")
                             .arg(m_endpoint.toString())));
        return;
    }
    if (m_state != State::Closed) {
        m_state = State::Closed;
        m_timer.stop();
        Q_EMIT closed();
    }
}

void HttpConnection::onSocketError(const EngineError &error)
{
    if (m_state == State::Closed)
        return;
    if (m_reply) {
        fail(error);
    } else {
        closeSocket();
    }
}

void HttpConnection::failOrRetry(const EngineError &error)
{
    // An engine may close a kept-alive connection just as a request goes out on it
    // (Podman's service drops idle connections after a few seconds). Nothing was
    // answered, so a request that is safe to repeat goes out again on a new
    // connection, as Go's http.Transport does: GET and HEAD, with no streamed body.
    const HttpRequest *req = m_reply ? &m_reply->request() : nullptr;
    if (req && m_served > 0 && !m_gotBytes && !req->bodyDevice && !req->upgrade
        && (req->method == "GET" || req->method == "HEAD")) {
        m_timer.stop();
        QPointer<Reply> reply = m_reply;
        m_reply = nullptr;
        reply->m_connection = nullptr;
        closeSocket();
        qCDebug(lcEngine) << "kept-alive connection closed by the engine; sending again:" << req->method << req->target;
        Q_EMIT retryRequested(reply);
        return;
    }
    fail(error);
}

void HttpConnection::fail(const EngineError &error)
{
    m_timer.stop();
    detachBody();
    QPointer<Reply> reply = m_reply;
    if (reply)
        reply->m_bodySent = bodyBytesSent();
    m_reply = nullptr;
    closeSocket();
    if (reply) {
        reply->m_connection = nullptr;
        reply->deliverFailed(error);
    }
}

void HttpConnection::finishResponse()
{
    m_timer.stop();
    detachBody();
    QPointer<Reply> reply = m_reply;
    if (reply)
        reply->m_bodySent = bodyBytesSent();
    m_reply = nullptr;
    ++m_served;
    if (lcPerf().isDebugEnabled() && m_sentAt.isValid() && reply)
        qCDebug(lcPerf, "%s: complete %.1f ms after sending, %lld bytes", reply->request().target.constData(),
                double(m_sentAt.nsecsElapsed()) / 1e6, static_cast<long long>(m_bodyBytes));
    // An answer before the whole body went out (an early 400) leaves the engine
    // in the middle of reading a chunked body: that connection cannot go on.
    if (m_keepAlive && reply && m_bodyEnded) {
        m_state = State::Idle;
        // Idle before the reply says finished: a request made from finished() (a
        // ping followed by version and info) then finds this connection free.
        Q_EMIT becameIdle();
    } else {
        closeSocket();
    }
    if (reply) {
        reply->m_connection = nullptr;
        reply->deliverFinished();
    }
}

void HttpConnection::abortCurrent()
{
    if (m_reply)
        m_reply->m_bodySent = bodyBytesSent();
    detachBody();
    m_reply = nullptr;
    closeSocket();
}

void HttpConnection::closeSocket()
{
    m_timer.stop();
    const bool wasOpen = m_state != State::Closed;
    m_state = State::Closed;
    if (m_proc && m_proc != m_device) {
        QProcess *p = std::exchange(m_proc, nullptr);
        disconnect(p, nullptr, this, nullptr);
        SshTransport::dispose(p);
    }
    if (m_device) {
        QIODevice *dev = m_device;
        m_device = nullptr;
        m_local = nullptr;
        m_tcp = nullptr;
        m_proc = nullptr;
        disconnect(dev, nullptr, this, nullptr);
        if (auto *l = qobject_cast<QLocalSocket *>(dev))
            l->abort();
        else if (auto *t = qobject_cast<QAbstractSocket *>(dev))
            t->abort();
        if (auto *p = qobject_cast<QProcess *>(dev))
            SshTransport::dispose(p);
        else
            dev->deleteLater();
    }
    if (wasOpen)
        Q_EMIT closed();
}

// --- llhttp callbacks -------------------------------------------------------

bool HttpConnection::countHead(size_t len)
{
    m_headBytes += len;
    if (m_headBytes <= kMaxHeadBytes)
        return true;
    m_headTooLarge = true;
    return false;
}

int HttpConnection::onStatus(llhttp_t *p, const char *, size_t len)
{
    return self(p)->countHead(len) ? 0 : -1;
}

int HttpConnection::onHeaderField(llhttp_t *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (!c->countHead(len))
        return -1;
    c->m_field.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onHeaderValue(llhttp_t *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (!c->countHead(len))
        return -1;
    c->m_value.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onHeaderValueComplete(llhttp_t *p)
{
    HttpConnection *c = self(p);
    c->m_headers.append({std::exchange(c->m_field, {}), std::exchange(c->m_value, {}).trimmed()});
    return 0;
}

int HttpConnection::onHeadersComplete(llhttp_t *p)
{
    HttpConnection *c = self(p);
    // The status line and the header lines' ends count too: a peer sending empty
    // interim answers without end is bounded as well.
    if (!c->countHead(16 + 4 * size_t(c->m_headers.size())))
        return -1;
    if (p->status_code >= 100 && p->status_code < 200 && p->status_code != 101) {
        // An interim answer (100 Continue, 102 Processing, 103 Early Hints): the
        // final one follows. It has no body (1: skip it); onMessageComplete() lets it pass.
        c->m_headers.clear();
        if (c->m_timer.isActive())
            c->m_timer.start(); // the engine is alive and working on it
        return 1;
    }
    c->m_headDone = true;
    c->m_headAfterRequest = c->m_bodyEnded;
    // An answer other than a success is the engine's final word: it will not read
    // the rest of a streamed body (Go's server stops reading at its answer), so it is
    // not sent. A success may come while the engine still reads the body (a load
    // or a build streaming its progress): the body goes on to its end.
    if (p->status_code >= 300)
        c->m_stopBody = true;
    c->m_timer.stop();
    if (!c->m_reply)
        return -1;
    const bool head = c->m_reply->request().method == "HEAD";
    c->m_reply->deliverHead(int(p->status_code), std::exchange(c->m_headers, {}));
    if (!c->m_reply)
        return -1;
    // Streams may be silent for hours: their bodies have no timeout. A reply read
    // whole is due: its body may pause no longer than its head could take to come
    // (an engine that announced more bytes than it sends, and stopped).
    if (c->bodyIsDue() && !c->m_receivePaused)
        c->m_timer.start(c->m_reply->request().firstByteTimeoutMs);
    return head ? 1 : 0;
}

int HttpConnection::onBody(llhttp_t *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (!c->m_reply)
        return -1;
    // Handed over once the socket read is parsed (flushBody()), not per HTTP chunk:
    // build and log streams send a chunk per line, and a signal per line costs more
    // than the line.
    c->m_body.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onMessageComplete(llhttp_t *p)
{
    HttpConnection *c = self(p);
    if (!c->m_headDone)
        return 0; // an interim answer ended: parse on, up to the final one
    c->m_messageDone = true;
    // Asked now: once this callback returns, llhttp forgets the message's flags
    // (Connection: close among them) and llhttp_should_keep_alive() says no.
    c->m_keepAlive = llhttp_should_keep_alive(p);
    // An upgrade pauses the parser by itself. Anything else pauses here, so that
    // bytes after the response are not parsed as an answer to this request.
    if (p->upgrade || p->status_code == 101)
        return 0;
    return HPE_PAUSED;
}
