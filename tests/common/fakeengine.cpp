#include "fakeengine.h"

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
        self(p)->m_current.method = llhttp_method_name(llhttp_method_t(p->method));
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
    connect(socket, &QIODevice::readChannelFinished, this, [this] { eof = true; });
    if (auto *l = qobject_cast<QLocalSocket *>(socket))
        connect(l, &QLocalSocket::disconnected, this, [this] { eof = true; });
    else if (auto *t = qobject_cast<QAbstractSocket *>(socket))
        connect(t, &QAbstractSocket::disconnected, this, [this] { eof = true; });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &FakeConnection::onReadyRead, Qt::QueuedConnection);
}

void FakeConnection::onReadyRead()
{
    const QByteArray data = socket->readAll();
    if (data.isEmpty())
        return;
    received += data;
    if (upgraded) {
        upgradedBytes += data;
        return;
    }
    const llhttp_errno_t err = llhttp_execute(&m_parser, data.constData(), size_t(data.size()));
    if (err == HPE_PAUSED_UPGRADE) {
        upgraded = true;
        upgradedBytes += data.mid(llhttp_get_error_pos(&m_parser) - data.constData());
    } else if (err != HPE_OK) {
        parseError = llhttp_errno_name(err);
    }
    const QList<FakeRequest> complete = std::exchange(m_complete, {});
    for (const FakeRequest &r : complete)
        m_engine->deliver(this, r);
}
