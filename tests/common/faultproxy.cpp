#include "faultproxy.h"

#include <QLocalSocket>
#include <QTimer>

#include <llhttp.h>

namespace {

constexpr qint64 kMaxWaiting = 1024 * 1024; // what the proxy lets wait in a socket's buffer
constexpr qint64 kPiece = 64 * 1024;         // what it makes up at a time

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 404: return "Not Found";
    default: return "Status";
    }
}

} // namespace

/// One accepted connection and its connection to the engine.
class FaultProxyConnection : public QObject
{
public:
    FaultProxyConnection(FaultProxy *proxy, QLocalSocket *client);
    ~FaultProxyConnection() override;
    void drop();

private:
    using Fault = FaultProxy::Fault;
    void onClientData();
    void onEngineData();
    void decide(const QByteArray &requestLine);
    void toClient(const QByteArray &bytes);
    void tick();
    void makeUp();
    bool rewrites() const;
    /// Writes the engine's reply (its head in m_status/m_headers, its body) spoiled.
    void spoil();
    QByteArray head(const QByteArray &framing) const;

    static int onHeaderField(llhttp_t *p, const char *at, size_t len);
    static int onHeaderValue(llhttp_t *p, const char *at, size_t len);
    static int onHeaderValueComplete(llhttp_t *p);
    static int onHeadersComplete(llhttp_t *p);
    static int onBody(llhttp_t *p, const char *at, size_t len);
    static int onMessageComplete(llhttp_t *p);

    FaultProxy *m_proxy;
    QLocalSocket *m_client;
    QLocalSocket *m_engine = nullptr;
    bool m_decided = false;
    Fault m_fault = Fault::None;
    QByteArray m_request; // before the first request line is whole
    QByteArray m_trickle;
    QTimer m_timer;
    qint64 m_madeUp = 0;  // HugeHeader: header bytes made up so far
    bool m_ended = false; // HugeHeader: the end of the head is written

    llhttp_t m_parser;
    llhttp_settings_t m_settings;
    int m_status = 0;
    QByteArray m_field;
    QByteArray m_value;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    bool m_garbageSent = false;
};

FaultProxyConnection::FaultProxyConnection(FaultProxy *proxy, QLocalSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
{
    client->setParent(this);
    llhttp_settings_init(&m_settings);
    m_settings.on_header_field = &FaultProxyConnection::onHeaderField;
    m_settings.on_header_value = &FaultProxyConnection::onHeaderValue;
    m_settings.on_header_value_complete = &FaultProxyConnection::onHeaderValueComplete;
    m_settings.on_headers_complete = &FaultProxyConnection::onHeadersComplete;
    m_settings.on_body = &FaultProxyConnection::onBody;
    m_settings.on_message_complete = &FaultProxyConnection::onMessageComplete;
    llhttp_init(&m_parser, HTTP_RESPONSE, &m_settings);
    m_parser.data = this;
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FaultProxyConnection::tick);
    connect(client, &QLocalSocket::readyRead, this, &FaultProxyConnection::onClientData);
    connect(client, &QLocalSocket::disconnected, this, &FaultProxyConnection::drop);
    connect(client, &QLocalSocket::bytesWritten, this, &FaultProxyConnection::makeUp);
    onClientData();
}

FaultProxyConnection::~FaultProxyConnection() = default;

void FaultProxyConnection::drop()
{
    m_timer.stop();
    if (m_engine) {
        disconnect(m_engine, nullptr, this, nullptr);
        m_engine->abort();
    }
    disconnect(m_client, nullptr, this, nullptr);
    m_client->abort();
    deleteLater();
}

void FaultProxyConnection::onClientData()
{
    const QByteArray data = m_client->readAll();
    if (m_decided) {
        if (m_engine)
            m_engine->write(data);
        return;
    }
    m_request += data;
    const qsizetype eol = m_request.indexOf("\r\n");
    if (eol < 0)
        return;
    decide(m_request.left(eol));
    if (m_engine)
        m_engine->write(std::exchange(m_request, {}));
}

void FaultProxyConnection::decide(const QByteArray &requestLine)
{
    m_decided = true;
    const QList<QByteArray> parts = requestLine.split(' ');
    const QByteArray target = parts.value(1);
    if (m_proxy->m_filter.isEmpty() || target.contains(m_proxy->m_filter))
        m_fault = m_proxy->m_fault;
    if (m_fault != Fault::None)
        ++m_proxy->m_faulted;
    switch (m_fault) {
    case Fault::NeverAnswer:
        return; // what the client sends is read and dropped
    case Fault::HugeHeader:
        toClient("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Fault: ");
        makeUp();
        return;
    case Fault::EndlessBody:
        toClient("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
        makeUp();
        return;
    case Fault::EndlessLine:
        toClient("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n{\"read\":\"\r\n");
        makeUp();
        return;
    default:
        break;
    }
    m_engine = new QLocalSocket(this);
    connect(m_engine, &QLocalSocket::readyRead, this, &FaultProxyConnection::onEngineData);
    connect(m_engine, &QLocalSocket::disconnected, this, [this] {
        onEngineData();
        // A spoiled reply keeps the client waiting (a Content-Length not reached is the fault).
        if (m_fault == Fault::None || (m_fault == Fault::Trickle && m_trickle.isEmpty()))
            drop();
    });
    m_engine->connectToServer(m_proxy->m_engineSocket);
    if (!m_engine->waitForConnected(5000))
        drop();
}

void FaultProxyConnection::toClient(const QByteArray &bytes)
{
    if (m_fault != Fault::None)
        m_proxy->m_bytesToClient += bytes.size();
    m_client->write(bytes);
}

bool FaultProxyConnection::rewrites() const
{
    return m_fault != Fault::None && m_fault != Fault::Trickle && m_fault != Fault::NeverAnswer;
}

void FaultProxyConnection::onEngineData()
{
    if (!m_engine)
        return;
    const QByteArray data = m_engine->readAll();
    if (data.isEmpty())
        return;
    if (m_fault == Fault::None) {
        toClient(data);
        return;
    }
    if (m_fault == Fault::Trickle) {
        m_trickle += data;
        if (!m_timer.isActive())
            m_timer.start(m_proxy->m_trickleDelayMs);
        return;
    }
    if (rewrites())
        llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
}

void FaultProxyConnection::tick()
{
    if (m_trickle.isEmpty()) {
        m_timer.stop();
        if (!m_engine || m_engine->state() != QLocalSocket::ConnectedState)
            drop();
        return;
    }
    toClient(m_trickle.left(1));
    m_trickle.remove(0, 1);
    m_client->flush();
}

void FaultProxyConnection::makeUp()
{
    if (m_fault != Fault::HugeHeader && m_fault != Fault::EndlessBody && m_fault != Fault::EndlessLine)
        return;
    while (m_client->state() == QLocalSocket::ConnectedState && m_client->bytesToWrite() < kMaxWaiting) {
        if (m_fault == Fault::HugeHeader) {
            if (m_madeUp >= FaultProxy::kHugeHeaderBytes) {
                if (!m_ended) {
                    m_ended = true;
                    toClient("\r\n\r\n[]");
                }
                return;
            }
            const qint64 n = std::min(kPiece, FaultProxy::kHugeHeaderBytes - m_madeUp);
            toClient(QByteArray(n, 'a'));
            m_madeUp += n;
        } else if (m_fault == Fault::EndlessLine) {
            toClient(QByteArray::number(kPiece, 16) + "\r\n" + QByteArray(kPiece, 'a') + "\r\n");
        } else {
            static const QByteArray item =
                QByteArrayLiteral("{\"Id\":\"sha256:0000000000000000000000000000000000000000000000000000000000000000\","
                                  "\"RepoTags\":[\"fault/endless:1\"],\"Size\":1,\"Created\":1},");
            QByteArray data;
            while (data.size() + item.size() <= kPiece)
                data += item;
            toClient(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        }
        m_client->flush();
    }
}

QByteArray FaultProxyConnection::head(const QByteArray &framing) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reason(m_status) + "\r\n";
    for (const auto &[k, v] : m_headers) {
        const QByteArray name = k.toLower();
        if (name == "content-length" || name == "transfer-encoding" || name == "connection")
            continue;
        h += k + ": " + v + "\r\n";
    }
    return h + framing + "\r\n";
}

void FaultProxyConnection::spoil()
{
    const QByteArray &b = m_body;
    const qsizetype half = b.size() / 2;
    switch (m_fault) {
    case Fault::CloseMidChunk:
        toClient(head("Transfer-Encoding: chunked\r\n") + QByteArray::number(b.size(), 16) + "\r\n" + b.left(half));
        m_client->flush();
        m_client->disconnectFromServer();
        return;
    case Fault::ShortContentLength:
        toClient(head("Content-Length: " + QByteArray::number(half) + "\r\n") + b);
        return;
    case Fault::LongContentLength:
        toClient(head("Content-Length: " + QByteArray::number(b.size() + 1000) + "\r\n") + b);
        return;
    case Fault::InvalidChunkSize:
        toClient(head("Transfer-Encoding: chunked\r\n") + QByteArray::number(half, 16) + "\r\n" + b.left(half) + "\r\nzz\r\n"
                 + b.mid(half) + "\r\n0\r\n\r\n");
        return;
    case Fault::MalformedJson: {
        QByteArray broken = b;
        broken.insert(half, "\"}{,:broken");
        toClient(head("Content-Length: " + QByteArray::number(broken.size()) + "\r\n") + broken);
        return;
    }
    default:
        return;
    }
}

int FaultProxyConnection::onHeaderField(llhttp_t *p, const char *at, size_t len)
{
    static_cast<FaultProxyConnection *>(p->data)->m_field.append(at, qsizetype(len));
    return 0;
}

int FaultProxyConnection::onHeaderValue(llhttp_t *p, const char *at, size_t len)
{
    static_cast<FaultProxyConnection *>(p->data)->m_value.append(at, qsizetype(len));
    return 0;
}

int FaultProxyConnection::onHeaderValueComplete(llhttp_t *p)
{
    auto *c = static_cast<FaultProxyConnection *>(p->data);
    c->m_headers.append({std::exchange(c->m_field, {}), std::exchange(c->m_value, {})});
    return 0;
}

int FaultProxyConnection::onHeadersComplete(llhttp_t *p)
{
    auto *c = static_cast<FaultProxyConnection *>(p->data);
    c->m_status = int(p->status_code);
    if (c->m_fault == Fault::MalformedJsonLines)
        c->toClient(c->head("Transfer-Encoding: chunked\r\n"));
    return 0;
}

int FaultProxyConnection::onBody(llhttp_t *p, const char *at, size_t len)
{
    auto *c = static_cast<FaultProxyConnection *>(p->data);
    if (c->m_fault != Fault::MalformedJsonLines) {
        c->m_body.append(at, qsizetype(len));
        return 0;
    }
    // The engine's bytes as they come, and after its first piece a line that is no
    // JSON, a line of a JSON list, and a line cut short by a newline.
    QByteArray piece(at, qsizetype(len));
    if (!c->m_garbageSent && piece.endsWith('\n')) {
        c->m_garbageSent = true;
        piece += "this is not JSON\n[1,2,3]\n{\"read\":\"2024-01-01T00:00:00Z\",\n";
    }
    c->toClient(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    return 0;
}

int FaultProxyConnection::onMessageComplete(llhttp_t *p)
{
    auto *c = static_cast<FaultProxyConnection *>(p->data);
    if (c->m_fault == Fault::MalformedJsonLines)
        c->toClient("0\r\n\r\n");
    else
        c->spoil();
    // A client that takes the spoiled reply as whole may send its next request on
    // this connection: that reply is spoiled too.
    c->m_garbageSent = false;
    c->m_status = 0;
    c->m_headers.clear();
    c->m_body.clear();
    return 0;
}

// --- FaultProxy ----------------------------------------------------------------

FaultProxy::FaultProxy(const QString &engineSocket, QObject *parent)
    : QObject(parent)
    , m_engineSocket(engineSocket)
{
    if (!m_dir.isValid()) {
        m_problem = QStringLiteral("no temporary directory for the proxy's socket");
        return;
    }
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &FaultProxy::onNewConnection);
    if (!m_server.listen(m_dir.filePath(QStringLiteral("proxy.sock"))))
        m_problem = QStringLiteral("the fault proxy cannot listen: ") + m_server.errorString();
}

FaultProxy::~FaultProxy()
{
    dropConnections();
    m_server.close();
}

Endpoint FaultProxy::endpoint() const
{
    Endpoint e;
    e.transport = Endpoint::Transport::Unix;
    e.path = m_server.fullServerName();
    return e;
}

void FaultProxy::setFault(Fault fault, const QByteArray &targetContains)
{
    m_fault = fault;
    m_filter = targetContains;
}

void FaultProxy::dropConnections()
{
    const auto connections = std::exchange(m_connections, {});
    for (const auto &c : connections) {
        if (c)
            c->drop();
    }
}

int FaultProxy::openConnections() const
{
    int n = 0;
    for (const auto &c : m_connections)
        n += c ? 1 : 0;
    return n;
}

void FaultProxy::onNewConnection()
{
    while (QLocalSocket *client = m_server.nextPendingConnection()) {
        m_connections.removeAll(nullptr);
        m_connections.append(new FaultProxyConnection(this, client));
    }
}
