#include "fakeengine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

FakeConnection::FakeConnection(QIODevice *s, int i, FakeEngine *engine)
    : QObject(engine)
    , socket(s)
    , index(i)
    , m_engine(engine)
{
    socket->setParent(this);
    llhttp_settings_init(&m_settings);
    m_settings.on_message_begin = [](llhttp_t *p) {
        self(p)->m_current = FakeRequest();
        self(p)->m_current.connection = self(p)->index;
        return 0;
    };
    m_settings.on_url = [](llhttp_t *p, const char *at, size_t n) {
        self(p)->m_current.target.append(at, qsizetype(n));
        return 0;
    };
    m_settings.on_header_field = [](llhttp_t *p, const char *at, size_t n) {
        self(p)->m_field.append(at, qsizetype(n));
        return 0;
    };
    m_settings.on_header_value = [](llhttp_t *p, const char *at, size_t n) {
        self(p)->m_value.append(at, qsizetype(n));
        return 0;
    };
    m_settings.on_header_value_complete = [](llhttp_t *p) {
        FakeConnection *c = self(p);
        c->m_current.headers.append({std::exchange(c->m_field, {}), std::exchange(c->m_value, {})});
        return 0;
    };
    m_settings.on_headers_complete = [](llhttp_t *p) {
        FakeConnection *c = self(p);
        c->m_current.method = llhttp_method_name(llhttp_method_t(p->method));
        if (c->m_engine->headHandler)
            c->m_engine->headHandler(c, c->m_current);
        return 0;
    };
    m_settings.on_body = [](llhttp_t *p, const char *at, size_t n) {
        self(p)->m_current.body.append(at, qsizetype(n));
        return 0;
    };
    m_settings.on_message_complete = [](llhttp_t *p) {
        self(p)->m_complete.append(self(p)->m_current);
        return 0;
    };
    llhttp_init(&m_parser, HTTP_REQUEST, &m_settings);
    m_parser.data = this;

    connect(socket, &QIODevice::readyRead, this, &FakeConnection::onReadyRead);
    connect(socket, &QIODevice::readChannelFinished, this, &FakeConnection::noteEof);
    if (auto *l = qobject_cast<QLocalSocket *>(socket))
        connect(l, &QLocalSocket::disconnected, this, &FakeConnection::noteEof);
    else if (auto *t = qobject_cast<QAbstractSocket *>(socket))
        connect(t, &QAbstractSocket::disconnected, this, &FakeConnection::noteEof);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FakeConnection::onReadyRead, Qt::QueuedConnection);
}

void FakeConnection::noteEof()
{
    if (eof)
        return;
    // Bytes still in the socket's buffer come first.
    if (!m_paused && socket->isOpen() && socket->bytesAvailable() > 0)
        onReadyRead();
    eof = true;
    if (m_engine->eofHandler)
        m_engine->eofHandler(this);
}

void FakeConnection::pauseReading()
{
    m_paused = true;
    if (auto *t = qobject_cast<QAbstractSocket *>(socket))
        t->setReadBufferSize(16 * 1024);
    else if (auto *l = qobject_cast<QLocalSocket *>(socket))
        l->setReadBufferSize(16 * 1024);
}

void FakeConnection::resumeReading()
{
    m_paused = false;
    if (auto *t = qobject_cast<QAbstractSocket *>(socket))
        t->setReadBufferSize(0);
    else if (auto *l = qobject_cast<QLocalSocket *>(socket))
        l->setReadBufferSize(0);
    QMetaObject::invokeMethod(this, &FakeConnection::onReadyRead, Qt::QueuedConnection);
}

void FakeConnection::onReadyRead()
{
    if (m_paused)
        return;
    const QByteArray data = socket->readAll();
    if (data.isEmpty())
        return;
    received += data;
    if (upgraded) {
        upgradedBytes += data;
        if (m_engine->upgradedHandler)
            m_engine->upgradedHandler(this, data);
        return;
    }
    const llhttp_errno_t err = llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
    QByteArray afterUpgrade;
    if (err == HPE_PAUSED_UPGRADE) {
        upgraded = true;
        afterUpgrade = data.mid(llhttp_get_error_pos(&m_parser) - data.constData());
        upgradedBytes += afterUpgrade;
    } else if (err != HPE_OK) {
        parseError = llhttp_errno_name(err);
    }
    const QList<FakeRequest> complete = std::exchange(m_complete, {});
    for (const FakeRequest &r : complete)
        m_engine->deliver(this, r);
    if (!afterUpgrade.isEmpty() && m_engine->upgradedHandler)
        m_engine->upgradedHandler(this, afterUpgrade);
}

bool FakeEngine::listenTls()
{
    const QString certs = QStringLiteral(CAIS_TEST_DATA_DIR "/certs/");
    QFile keyFile(certs + QStringLiteral("key.pem"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const auto serverCerts = QSslCertificate::fromPath(certs + QStringLiteral("cert.pem"));
    if (serverCerts.size() != 1)
        return false;
    conf.setLocalCertificate(serverCerts.first());
    conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    conf.setCaCertificates(QSslCertificate::fromPath(certs + QStringLiteral("ca.pem")));
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    auto *server = new QSslServer;
    server->setSslConfiguration(conf);
    return listenTcp(server);
}

Endpoint FakeEngine::tlsEndpoint() const
{
    const QString certs = QStringLiteral(CAIS_TEST_DATA_DIR "/certs/");
    Endpoint ep;
    ep.transport = Endpoint::Transport::Tls;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = port;
    ep.caFile = certs + QStringLiteral("ca.pem");
    ep.certFile = certs + QStringLiteral("cert.pem");
    ep.keyFile = certs + QStringLiteral("key.pem");
    ep.verifyPeer = true;
    return ep;
}

namespace {

QByteArray recordedStream(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/streams/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded answer %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray okJson(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

bool answerPodmanConnect(FakeConnection *c, const FakeRequest &r, QString *path)
{
    static const QByteArray ping = recordedStream(QStringLiteral("podman-ping.http"));
    static const QByteArray version = recordedStream(QStringLiteral("podman-version.json"));
    static const QByteArray info = recordedStream(QStringLiteral("podman-info.json"));
    static const QRegularExpression versioned(QStringLiteral("^(?:/v[0-9]+\\.[0-9]+)?(/[^?]*)"));
    *path = versioned.match(QString::fromLatin1(r.target)).captured(1);
    if (*path == QLatin1String("/_ping"))
        c->write(ping);
    else if (*path == QLatin1String("/version"))
        c->write(okJson(version));
    else if (*path == QLatin1String("/info"))
        c->write(okJson(info));
    else if (*path == QLatin1String("/events"))
        c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    else
        return false;
    return true;
}
