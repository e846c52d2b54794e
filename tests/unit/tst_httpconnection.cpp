// The HTTP/1.1 client under Engine/Reply, driven against a fake engine in the test
// (a QLocalServer, plus QTcpServer and QSslServer cases) that parses requests with
// llhttp and answers canned bytes, cut wherever the test wants.
// (No raw string literals in this file: moc 6.8 cannot read them and then skips the class.)
#include "engine.h"
#include "httpconnection.h"
#include "reply.h"
#include "fakeengine.h"

#include <QBuffer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <llhttp.h>

#include <functional>
#include <memory>

#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {


// --- observing a reply ------------------------------------------------------------

/// Everything a reply said, counted.
struct Outcome
{
    int heads = 0;
    int finished = 0;
    int failed = 0;
    int upgraded = 0;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;     ///< Reply::body() at finished()
    QByteArray streamed; ///< every dataReceived() chunk, joined
    int chunks = 0;
    EngineError error;
    std::shared_ptr<HijackedStream> stream;
    QPointer<Reply> reply;

    int ends() const { return finished + failed; }
    /// The reply ended and is gone: no signal can follow any more.
    bool over() const { return ends() > 0 && reply.isNull(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

std::shared_ptr<Outcome> watch(Reply *reply, QObject *context)
{
    auto o = std::make_shared<Outcome>();
    o->reply = reply;
    QObject::connect(reply, &Reply::headReceived, context, [o, reply] {
        ++o->heads;
        o->status = reply->status();
        o->headers = reply->headers();
    });
    QObject::connect(reply, &Reply::dataReceived, context, [o](const QByteArray &chunk) {
        o->streamed += chunk;
        ++o->chunks;
    });
    QObject::connect(reply, &Reply::upgraded, context, [o, reply] {
        ++o->upgraded;
        o->stream = reply->takeHijackedStream();
    });
    QObject::connect(reply, &Reply::finished, context, [o, reply] {
        ++o->finished;
        o->status = reply->status();
        o->body = reply->body();
    });
    QObject::connect(reply, &Reply::failed, context, [o, reply](const EngineError &e) {
        ++o->failed;
        o->error = e;
        o->status = reply->status();
    });
    return o;
}

#define WAIT_OVER(o) QTRY_VERIFY_WITH_TIMEOUT((o)->over(), 10000)

/// A whole answer with Content-Length.
QByteArray answer(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray ok(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return answer("HTTP/1.1 200 OK", "Content-Type: application/json\r\n" + extraHeaders, body);
}

/// A chunked body: each piece one chunk, then the last chunk.
QByteArray chunked(const QList<QByteArray> &pieces)
{
    QByteArray out;
    for (const QByteArray &p : pieces)
        out += QByteArray::number(p.size(), 16) + "\r\n" + p + "\r\n";
    return out + "0\r\n\r\n";
}

/// Go's url.ParseQuery, which is what the engine applies to a query string.
QList<QPair<QString, QString>> goParseQuery(const QByteArray &query)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k.replace('+', ' '))),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v.replace('+', ' ')))});
    }
    return out;
}

/// A sequential source that produces its bytes over time, like a QProcess writing a
/// tar: it pauses, and it ends with readChannelFinished().
class Pipe : public QIODevice
{
public:
    Pipe() { open(QIODevice::ReadOnly); }
    void push(const QByteArray &bytes)
    {
        m_data += bytes;
        Q_EMIT readyRead();
    }
    void end() { Q_EMIT readChannelFinished(); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    // Like QProcess, no atEnd() of its own: QIODevice's says "nothing buffered now".

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size());
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

/// A buffer that hands out at most `step` bytes per read, like a tar writer that
/// makes a header or a piece of a file at a time.
class SmallReads : public QBuffer
{
public:
    SmallReads(QByteArray *data, qint64 step) : QBuffer(data), m_step(step) { open(QIODevice::ReadOnly); }
    int reads = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        ++reads;
        return QBuffer::readData(data, std::min(max, m_step));
    }

private:
    qint64 m_step;
};

/// The payload bytes of a chunked body as far as it came (the last chunk may be cut),
/// and the size of each chunk. `raw` starts after the request head.
QByteArray dechunk(const QByteArray &raw, QList<qint64> *sizes = nullptr)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qint64 n = raw.mid(pos, eol - pos).toLongLong(&ok, 16);
        if (!ok || n == 0)
            break;
        if (sizes)
            sizes->append(n);
        out += raw.mid(eol + 2, n);
        pos = eol + 2 + n + 2;
    }
    return out;
}

// A CA that did not sign the test certificate.
const char kOtherCa[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIDFTCCAf2gAwIBAgIUBsZeS+x6020HJZStgiM7asTlPs0wDQYJKoZIhvcNAQEL\n"
    "BQAwGjEYMBYGA1UEAwwPc29tZW9uZS1lbHNlLWNhMB4XDTI2MTEyNzE2MjYyOFoX\n"
    "DTM2MTEyNDE2MjYyOFowGjEYMBYGA1UEAwwPc29tZW9uZS1lbHNlLWNhMIIBIjAN\n"
    "BgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzzHzDGvuVwWgyRmJze98uGPpiWWM\n"
    "KrNDrBO+xS5VHKAb9wl31ynkKdrWPJP9/AtE0RdIiTDkfnJVR3VnAbbl7vtQt6TT\n"
    "kHb8dYra0jRP9xR0eQ6oCCUumVoHBSMXndlRgtXyYcCuNe+Ig22FmfpUcwzjRjYL\n"
    "G5T18hYvtdppzKsYKWUAQGU65dQjQG4CamzOWd8QFoNN2A7kx53+Lse2hwZuDKYJ\n"
    "FaQnofBFo0r+fcSnmoaGM0+3ajEZdpU4R4kVU45FXJaXDs9rnTUUUaVrDh3OEHVt\n"
    "Umb5BlSPqWzNtxqV+Wj/nt8kstItSCUzIUHRG0E5h3qLlwXG/4sIDnuI8wIDAQAB\n"
    "o1MwUTAdBgNVHQ4EFgQUSur1Tyjra2U0EypJYUKrZT+epawwHwYDVR0jBBgwFoAU\n"
    "Sur1Tyjra2U0EypJYUKrZT+epawwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0B\n"
    "AQsFAAOCAQEANydk7YGxsXD+qbM9YcbUlYvelGce52yOTVJJ5lZ6myL456ibZlyO\n"
    "zayMjlwyzvQzdLVwTTtqWBHoGfgOPApNRBJkqgdxdTKdL50sNe9Z96TnoVhWEHA0\n"
    "hwzX5ccPZEwNkKxYj982seXOMhS5zOhRdcm5mKcdVWzY4gtMDAbObKR/XR33vzPN\n"
    "8D+IuiL27YRhmppVsjpw7V+HI0UsZhHSBs4liU8u0At4prX4A/q+RBeJYengP9qT\n"
    "tjerpwTmx85ZFAm6SLIMOgu5qr25Tn+Lk8cCC4Y2TcU3bBOFco2uVUl8x9Zdd68s\n"
    "vEe7e66l6qtnr0Trg8nT+1miFWivxI7aFQ==\n"
    "-----END CERTIFICATE-----\n";

} // namespace

class TestHttpConnection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    /// A fresh socket path per test (short: unix socket paths end at 108 bytes).
    QString socketPath() { return m_dir.filePath(QStringLiteral("s%1.sock").arg(++m_serial)); }
    static Endpoint unixEndpoint(const QString &path)
    {
        Endpoint ep;
        ep.transport = Endpoint::Transport::Unix;
        ep.path = path;
        return ep;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- plain answers ------------------------------------------------------------

    void statusOutcome_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("closeAfter"); ///< the server closes after answering
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("engineMessage");

        QTest::newRow("200, Content-Length") << ok("{\"Id\":\"sha256:abc\"}") << false << true << 200 << QByteArray("{\"Id\":\"sha256:abc\"}") << QString();
        QTest::newRow("201, chunked")
            << "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked({"{\"Id\":", "\"c0ffee\"}\n"}) << false << true << 201
            << QByteArray("{\"Id\":\"c0ffee\"}\n") << QString();
        QTest::newRow("204 no content") << QByteArray("HTTP/1.1 204 No Content\r\nApi-Version: 1.45\r\n\r\n") << false << true << 204 << QByteArray() << QString();
        QTest::newRow("304 not modified is success") << QByteArray("HTTP/1.1 304 Not Modified\r\nApi-Version: 1.45\r\n\r\n") << false << true << 304 << QByteArray() << QString();
        QTest::newRow("HTTP/1.0, body until close") << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nthe body runs until the end") << true << true
                                                    << 200 << QByteArray("the body runs until the end") << QString();
        QTest::newRow("404 no such image")
            << answer("HTTP/1.1 404 Not Found", "Content-Type: application/json\r\n", "{\"message\":\"No such image: x\"}\n") << false << false << 404
            << QByteArray() << QStringLiteral("No such image: x");
        QTest::newRow("409 conflict, chunked")
            << "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                   + chunked({"{\"message\":\"conf", "lict: unable to delete 5a2584eb0d16 (must be ", "forced)\"}\n"})
            << false << false << 409 << QByteArray() << QStringLiteral("conflict: unable to delete 5a2584eb0d16 (must be forced)");
        QTest::newRow("500 plain text") << answer("HTTP/1.1 500 Internal Server Error", "Content-Type: text/plain\r\n", "oops\n") << false << false << 500 << QByteArray()
                                        << QStringLiteral("oops");
        QTest::newRow("400 empty body") << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n") << false << false << 400 << QByteArray() << QString();
    }

    void statusOutcome()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, closeAfter);
        QFETCH(bool, ok);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, engineMessage);

        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            c->write(response);
            if (closeAfter)
                c->close();
        };
        Engine engine(unixEndpoint(path));
        auto o = watch(engine.get(QStringLiteral("/images/x/json")), this);
        WAIT_OVER(o);

        QCOMPARE(o->ends(), 1);
        QCOMPARE(o->heads, 1);
        QCOMPARE(o->finished, ok ? 1 : 0);
        QCOMPARE(o->status, status);
        if (ok) {
            QCOMPARE(o->body, body);
            QCOMPARE(o->streamed, body);
        } else {
            QCOMPARE(o->error.kind, EngineError::Kind::Http);
            QCOMPARE(o->error.httpStatus, status);
            QCOMPARE(o->error.engineMessage, engineMessage);
            QVERIFY(!o->error.userMessage.isEmpty());
            QVERIFY(o->error.fullText().contains(engineMessage));
            QVERIFY(o->streamed.isEmpty()); // error bodies are no data
        }

        QCOMPARE(fake.requests.size(), 1);
        const FakeRequest &r = fake.requests.first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.target, QByteArray("/v1.41/images/x/json"));
        QVERIFY(r.hasHeader("Host"));
        QVERIFY(r.header("User-Agent").startsWith("Cais/"));
        QVERIFY(fake.connections.first()->parseError.isEmpty());
    }

    void chunkedSplitEverywhere()
    {
        // A streamed answer, written in two pieces cut at every byte position: the
        // client must give the same body whatever the cut, and pass on each byte of
        // body as soon as it has it (a pull or build shows progress as it comes).
        const QList<QByteArray> pieces = {
            "{\"status\":\"Pulling fs layer\",\"id\":\"c61b3d15aeb4\"}\r\n",
            "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":36445,\"total\":1101957},\"id\":\"c61b3d15aeb4\"}\r\n",
            "{\"status\":\"Digest: sha256:80\"}\r\n",
        };
        QByteArray raw = "HTTP/1.1 200 OK\r\nApi-Version: 1.45\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        QByteArray body;
        QList<QPair<qsizetype, qsizetype>> dataSpans; // where the body bytes sit in `raw`
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            QByteArray size = QByteArray::number(pieces[i].size(), 16);
            if (i == 1)
                size = size.toUpper(); // both cases of hex digits
            raw += size + "\r\n";
            dataSpans.append({raw.size(), pieces[i].size()});
            raw += pieces[i] + "\r\n";
            body += pieces[i];
        }
        raw += "0\r\n\r\n";
        auto bodyBytesBefore = [&](qsizetype cut) {
            qsizetype n = 0;
            for (const auto &[start, len] : dataSpans)
                n += std::clamp<qsizetype>(cut - start, 0, len);
            return n;
        };

        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        Engine engine(unixEndpoint(path));

        for (qsizetype cut = 0; cut <= raw.size(); ++cut) {
            auto o = watch(engine.get(QStringLiteral("/images/create")), this);
            QVERIFY(QTest::qWaitFor([&] { return fake.requests.size() == cut + 1; }, 5000));
            FakeConnection *c = fake.connectionOf(fake.requests.last());
            if (cut > 0) {
                c->write(raw.left(cut));
                QVERIFY(QTest::qWaitFor([&] { return c->peerHasRead(); }, 5000));
                QCOMPARE(o->streamed, body.left(bodyBytesBefore(cut)));
                QCOMPARE(o->ends(), cut == raw.size() ? 1 : 0);
            }
            if (cut < raw.size())
                c->write(raw.mid(cut));
            QVERIFY(QTest::qWaitFor([&] { return o->over(); }, 5000));
            if (o->finished != 1 || o->failed != 0 || o->body != body || o->streamed != body)
                QFAIL(qPrintable(QStringLiteral("cut at byte %1 of %2: finished %3, failed %4 (%5), body %6")
                                     .arg(cut)
                                     .arg(raw.size())
                                     .arg(o->finished)
                                     .arg(o->failed)
                                     .arg(o->error.fullText(), QString::fromUtf8(o->body))));
        }
        // Every answer was complete, so one connection carried all requests.
        QCOMPARE(fake.connections.size(), 1);
    }

    void chunkedByteByByte()
    {
        QByteArray raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray line = "{\"read\":\"2026-11-27T16:17:26.98Z\",\"pids_stats\":{\"current\":1}}\n";
        raw += QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n" + "1\r\n\n\r\n" + "0\r\n\r\n";

        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        Engine engine(unixEndpoint(path));
        auto o = watch(engine.get(QStringLiteral("/containers/x/stats")), this);
        QTRY_COMPARE_WITH_TIMEOUT(fake.requests.size(), 1, 5000);
        FakeConnection *c = fake.connections.first();
        for (qsizetype i = 0; i < raw.size(); ++i) {
            c->write(raw.mid(i, 1));
            QVERIFY(QTest::qWaitFor([&] { return c->peerHasRead(); }, 5000));
        }
        WAIT_OVER(o);
        QCOMPARE(o->finished, 1);
        QCOMPARE(o->streamed, line + "\n");
        QCOMPARE(o->chunks, line.size() + 1); // each byte passed on as it came
    }

    // --- connection reuse ---------------------------------------------------------

    void keepAliveReuse()
    {
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [](FakeConnection *c, const FakeRequest &r) { c->write(ok("{\"path\":\"" + r.target + "\"}")); };
        Engine engine(unixEndpoint(path));

        auto first = watch(engine.get(QStringLiteral("/a")), this);
        WAIT_OVER(first);
        auto second = watch(engine.get(QStringLiteral("/b")), this);
        WAIT_OVER(second);
        QCOMPARE(first->finished, 1);
        QCOMPARE(second->finished, 1);
        QCOMPARE(second->body, QByteArray("{\"path\":\"/v1.41/b\"}"));
        QCOMPARE(fake.connections.size(), 1);
        QCOMPARE(fake.requests.size(), 2);
        QCOMPARE(fake.requests.at(0).connection, fake.requests.at(1).connection);

        // A request made from the previous one's finished() reuses the connection too
        // (a ping followed at once by version and info).
        std::shared_ptr<Outcome> chained;
        Reply *third = engine.get(QStringLiteral("/c"));
        auto o3 = watch(third, this);
        connect(third, &Reply::finished, this, [&] { chained = watch(engine.get(QStringLiteral("/d")), this); });
        WAIT_OVER(o3);
        QVERIFY(chained);
        WAIT_OVER(chained);
        QCOMPARE(chained->finished, 1);
        QCOMPARE(fake.connections.size(), 1);

        // Two at once need two connections; afterwards both are kept and reused.
        auto x = watch(engine.get(QStringLiteral("/x")), this);
        auto y = watch(engine.get(QStringLiteral("/y")), this);
        WAIT_OVER(x);
        WAIT_OVER(y);
        QCOMPARE(fake.connections.size(), 2);
        auto x2 = watch(engine.get(QStringLiteral("/x2")), this);
        auto y2 = watch(engine.get(QStringLiteral("/y2")), this);
        WAIT_OVER(x2);
        WAIT_OVER(y2);
        QCOMPARE(x2->finished + y2->finished, 2);
        QCOMPARE(fake.connections.size(), 2);
        for (const FakeConnection *c : std::as_const(fake.connections))
            QVERIFY(c->parseError.isEmpty());
    }

    void staleKeepAlive_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("sentAgain");
        QTest::newRow("GET is sent again") << QByteArray("GET") << true;
        QTest::newRow("HEAD is sent again") << QByteArray("HEAD") << true;
        QTest::newRow("POST is not: it may have been acted on") << QByteArray("POST") << false;
        QTest::newRow("DELETE is not") << QByteArray("DELETE") << false;
    }

    void staleKeepAlive()
    {
        // The engine closes a kept-alive connection just as the next request goes
        // out on it (Podman's service drops idle connections after a few seconds).
        QFETCH(QByteArray, method);
        QFETCH(bool, sentAgain);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.target.endsWith("/second") && c->index == 0)
                c->abort();
            else
                c->write(r.method == "HEAD" ? QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n") : ok("{}"));
        };
        Engine engine(unixEndpoint(path));
        auto first = watch(engine.get(QStringLiteral("/first")), this);
        WAIT_OVER(first);
        QCOMPARE(first->finished, 1);

        HttpRequest req;
        req.method = method;
        req.target = "/second";
        auto second = watch(engine.send(req), this);
        WAIT_OVER(second);
        QCOMPARE(second->ends(), 1);
        qsizetype sent = 0;
        for (const FakeRequest &r : std::as_const(fake.requests))
            sent += r.target == "/v1.41/second" ? 1 : 0;
        if (sentAgain) {
            QCOMPARE(second->finished, 1);
            QCOMPARE(sent, 2);
            QCOMPARE(fake.connections.size(), 2);
        } else {
            QCOMPARE(second->failed, 1);
            QCOMPARE(second->error.kind, EngineError::Kind::Closed);
            QCOMPARE(sent, 1);
        }
    }

    void engineGoneWithIdleConnections()
    {
        // Destroying the Engine closes every kept-alive connection, once.
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{}")); };
        auto engine = std::make_unique<Engine>(unixEndpoint(path));
        QList<std::shared_ptr<Outcome>> all;
        for (int i = 0; i < 4; ++i)
            all << watch(engine->get(QStringLiteral("/info")), this);
        for (const auto &o : std::as_const(all))
            WAIT_OVER(o);
        QCOMPARE(fake.connections.size(), 4);
        engine.reset();
        for (const FakeConnection *c : std::as_const(fake.connections))
            QTRY_VERIFY_WITH_TIMEOUT(c->eof, 5000);
    }

    void connectionCloseNotReused_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<bool>("serverCloses");
        QTest::newRow("Connection: close, server closes") << ok("{}", "Connection: close\r\n") << true;
        QTest::newRow("Connection: close, server keeps it open") << ok("{}", "Connection: close\r\n") << false;
        QTest::newRow("HTTP/1.0 without keep-alive") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}") << false;
    }

    void connectionCloseNotReused()
    {
        QFETCH(QByteArray, response);
        QFETCH(bool, serverCloses);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            c->write(response);
            if (serverCloses)
                c->close();
        };
        Engine engine(unixEndpoint(path));
        auto first = watch(engine.get(QStringLiteral("/a")), this);
        WAIT_OVER(first);
        QCOMPARE(first->finished, 1);
        // The client closes its side too: nothing lingers.
        QTRY_VERIFY_WITH_TIMEOUT(fake.connections.first()->eof, 5000);
        auto second = watch(engine.get(QStringLiteral("/b")), this);
        WAIT_OVER(second);
        QCOMPARE(second->finished, 1);
        QCOMPARE(second->failed, 0);
        QCOMPARE(fake.connections.size(), 2);
        QCOMPARE(fake.requests.at(1).connection, 1);
    }

    void headHasNoBody()
    {
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        const QByteArray stat = "eyJuYW1lIjoiZXRjIiwic2l6ZSI6NDA5NiwibW9kZSI6MjE0NzQ4NDE0MSwibXRpbWUiOiIyMDI2LTExLTI3VDE2OjE3OjIzWiIsImxpbmtUYXJnZXQiOiIifQ==";
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.method == "HEAD")
                c->write("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nContent-Type: application/x-tar\r\nX-Docker-Container-Path-Stat: " + stat + "\r\n\r\n");
            else
                c->write(ok("{\"after\":\"head\"}"));
        };
        Engine engine(unixEndpoint(path));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("path"), QStringLiteral("/etc"));
        auto head = watch(engine.head(QStringLiteral("/containers/x/archive"), q), this);
        WAIT_OVER(head);
        QCOMPARE(head->finished, 1);
        QCOMPARE(head->status, 200);
        QVERIFY(head->body.isEmpty());
        QCOMPARE(head->header("content-length"), QByteArray("1234"));
        QCOMPARE(head->header("x-docker-container-path-stat"), stat);
        QCOMPARE(fake.requests.first().method, QByteArray("HEAD"));
        QCOMPARE(fake.requests.first().target, QByteArray("/v1.41/containers/x/archive?path=/etc"));

        // The client waited for no body: the same connection answers the next request.
        auto next = watch(engine.get(QStringLiteral("/next")), this);
        WAIT_OVER(next);
        QCOMPARE(next->finished, 1);
        QCOMPARE(next->body, QByteArray("{\"after\":\"head\"}"));
        QCOMPARE(fake.connections.size(), 1);
    }

    // --- 101 hand-off ---------------------------------------------------------------

    void upgrade_data()
    {
        QTest::addColumn<QByteArray>("withHead"); ///< stream bytes in the same packet as the head
        QTest::newRow("bytes with the head") << QByteArray("/ # \x1b[6n");
        QTest::newRow("head alone") << QByteArray();
    }

    void upgrade()
    {
        QFETCH(QByteArray, withHead);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.target.endsWith("/start"))
                c->write("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n" + withHead);
            else
                c->write(ok("{}"));
        };
        Engine engine(unixEndpoint(path));
        HttpRequest req;
        req.method = "POST";
        req.target = engine.target(QStringLiteral("/exec/0123abcd/start"));
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        req.body = "{\"Detach\":false,\"Tty\":true,\"ConsoleSize\":[24,80]}";
        req.upgrade = true;
        auto o = watch(engine.send(req), this);
        WAIT_OVER(o);

        QCOMPARE(o->upgraded, 1);
        QCOMPARE(o->finished, 1);
        QCOMPARE(o->failed, 0);
        QCOMPARE(o->status, 101);
        QVERIFY(o->stream);
        const FakeRequest &r = fake.requests.first();
        QCOMPARE(r.target, QByteArray("/v1.41/exec/0123abcd/start"));
        QCOMPARE(r.header("Connection").toLower(), QByteArray("upgrade"));
        QCOMPARE(r.header("Upgrade"), QByteArray("tcp"));
        QCOMPARE(r.body, req.body);
        FakeConnection *c = fake.connections.first();
        QVERIFY(c->upgraded);

        HijackedStream *s = o->stream.get();
        QByteArray received;
        int closed = 0;
        connect(s, &HijackedStream::received, this, [&](const QByteArray &d) { received += d; });
        connect(s, &HijackedStream::closed, this, [&] { ++closed; });
        QCOMPARE(s->takeLeftover(), withHead);
        QVERIFY(s->takeLeftover().isEmpty());

        c->write("hello from the container\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("hello from the container\r\n"), 5000);

        s->write("ls /\n");
        QTRY_COMPARE_WITH_TIMEOUT(c->upgradedBytes, QByteArray("ls /\n"), 5000);
        QVERIFY(!c->eof);

        // Half-close: everything written before reaches the engine, then its EOF.
        s->write(QByteArray(300 * 1024, 'z'));
        s->write("exit\n");
        s->closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(c->eof, 10000);
        QCOMPARE(c->upgradedBytes, "ls /\n" + QByteArray(300 * 1024, 'z') + "exit\n");

        c->abort();
        QTRY_COMPARE_WITH_TIMEOUT(closed, 1, 5000);

        // The hijacked connection is not reused for later requests.
        auto later = watch(engine.get(QStringLiteral("/version")), this);
        WAIT_OVER(later);
        QCOMPARE(later->finished, 1);
        QCOMPARE(fake.connections.size(), 2);
    }

    // --- ends without an answer -------------------------------------------------------

    void abort_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("before it is sent") << "now";
        QTest::newRow("waiting for the head") << "sent";
        QTest::newRow("in headReceived") << "head";
        QTest::newRow("mid-body") << "body";
        QTest::newRow("in dataReceived") << "data";
        QTest::newRow("twice") << "twice";
    }

    void abort()
    {
        QFETCH(QString, when);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.target.endsWith("/after"))
                c->write(ok("{}"));
            else if (when != QLatin1String("sent"))
                c->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nfirst\n\r\n");
        };
        Engine engine(unixEndpoint(path));
        Reply *reply = engine.get(QStringLiteral("/containers/x/logs"));
        auto o = watch(reply, this);
        if (when == QLatin1String("head"))
            connect(reply, &Reply::headReceived, this, [reply] { reply->abort(); });
        if (when == QLatin1String("data"))
            connect(reply, &Reply::dataReceived, this, [reply] { reply->abort(); });

        if (when == QLatin1String("now")) {
            reply->abort();
        } else if (when == QLatin1String("sent")) {
            QTRY_COMPARE_WITH_TIMEOUT(fake.requests.size(), 1, 5000);
            reply->abort();
        } else if (when == QLatin1String("body") || when == QLatin1String("twice")) {
            QTRY_COMPARE_WITH_TIMEOUT(o->streamed, QByteArray("first\n"), 5000);
            reply->abort();
            if (when == QLatin1String("twice"))
                reply->abort();
        }
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->finished, 0);
        QCOMPARE(o->error.kind, EngineError::Kind::Canceled);
        if (when != QLatin1String("now")) {
            // The engine learns of it: the connection is closed, so it stops streaming.
            QTRY_VERIFY_WITH_TIMEOUT(fake.connections.first()->eof, 5000);
        }

        // The engine object still works.
        auto after = watch(engine.get(QStringLiteral("/after")), this);
        WAIT_OVER(after);
        QCOMPARE(after->finished, 1);
        QCOMPARE(fake.requests.size(), when == QLatin1String("now") ? 1 : 2);
    }

    void firstByteTimeout_data()
    {
        QTest::addColumn<QByteArray>("partial"); ///< what the server sends before going silent
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("half a head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Ty");
    }

    void firstByteTimeout()
    {
        QFETCH(QByteArray, partial);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            if (!partial.isEmpty())
                c->write(partial);
        };
        Engine engine(unixEndpoint(path));
        HttpRequest req;
        req.target = "/v1.45/info";
        req.firstByteTimeoutMs = 150;
        auto o = watch(engine.send(req), this);
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->error.kind, EngineError::Kind::Timeout);
        QVERIFY(o->error.userMessage.contains(path));
        QCOMPARE(fake.requests.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(fake.connections.first()->eof, 5000);
    }

    void streamHasNoFirstByteTimeout()
    {
        // A long stream (logs --follow of a silent container) may answer late.
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            QTimer::singleShot(400, c, [c] { c->write("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nyes"); });
        };
        Engine engine(unixEndpoint(path));
        HttpRequest req;
        req.target = "/v1.45/containers/x/logs?follow=1&stdout=1";
        req.stream = true;
        req.firstByteTimeoutMs = 50;
        auto o = watch(engine.send(req), this);
        WAIT_OVER(o);
        QCOMPARE(o->finished, 1);
        QCOMPARE(o->body, QByteArray("yes"));
    }

    void serverCloses_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::addColumn<QByteArray>("delivered"); ///< body bytes passed on before the end
        QTest::addColumn<QString>("says");
        QTest::newRow("before answering") << QByteArray() << QByteArray() << "without answering";
        QTest::newRow("inside the head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Len") << QByteArray() << "in the middle of its reply";
        QTest::newRow("mid-body, Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"Id\":") << QByteArray("[{\"Id\":")
                                                  << "in the middle of its reply";
        QTest::newRow("mid-body, chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nwo") << QByteArray("hellowo")
                                           << "in the middle of its reply";
    }

    void serverCloses()
    {
        QFETCH(QByteArray, partial);
        QFETCH(QByteArray, delivered);
        QFETCH(QString, says);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            c->write(partial);
            c->close();
        };
        Engine engine(unixEndpoint(path));
        auto o = watch(engine.get(QStringLiteral("/images/json")), this);
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->finished, 0);
        QCOMPARE(o->error.kind, EngineError::Kind::Closed);
        QCOMPARE(o->streamed, delivered);
        // Clear: names the engine and says the reply is incomplete or missing.
        QVERIFY(o->error.userMessage.contains(path));
        QVERIFY2(o->error.userMessage.contains(QLatin1String("closed the connection ") + says), qPrintable(o->error.userMessage));
    }

    void socketProblems_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing socket path") << "missing" << int(EngineError::Kind::SocketMissing);
        QTest::newRow("stale socket file, nobody listens") << "stale" << int(EngineError::Kind::ConnectionRefused);
    }

    void socketProblems()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        QString path;
        if (what == QLatin1String("missing")) {
            path = m_dir.filePath(QStringLiteral("no-such-dir/docker.sock"));
        } else {
            // A socket file left behind by an engine that died.
            path = socketPath();
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            const QByteArray p = QFile::encodeName(path);
            memcpy(addr.sun_path, p.constData(), size_t(p.size()));
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
            ::close(fd);
            QVERIFY(QFile::exists(path));
        }
        Engine engine(unixEndpoint(path));
        auto o = watch(engine.get(QStringLiteral("/_ping")), this);
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(int(o->error.kind), kind);
        QVERIFY2(o->error.userMessage.contains(path), qPrintable(o->error.userMessage));
    }

    // --- request bodies ----------------------------------------------------------------

    void bodyDevice_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("5 MB from a QBuffer") << "buffer" << qsizetype(5 * 1024 * 1024);
        QTest::newRow("empty QBuffer") << "buffer" << qsizetype(0);
        QTest::newRow("sequential source, bytes over time") << "pipe" << qsizetype(300 * 1024 + 11);
    }

    void bodyDevice()
    {
        QFETCH(QString, source);
        QFETCH(qsizetype, size);
        QByteArray data(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char((i * 7 + i / 4093) & 0xff);

        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            c->write(ok("{\"stream\":\"got " + QByteArray::number(r.body.size()) + "\"}\r\n"));
        };
        Engine engine(unixEndpoint(path));

        QBuffer buffer(&data);
        Pipe pipe;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        HttpRequest req;
        req.method = "POST";
        req.target = "/v1.45/build?t=cais-test%2Fbuilt%3A1&t=second&buildargs=%7B%22A%22%3A%221%2B1%22%7D&dockerfile=Dockerfile";
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-tar")));
        req.bodyDevice = source == QLatin1String("pipe") ? static_cast<QIODevice *>(&pipe) : &buffer;
        auto o = watch(engine.send(req, false), this);
        if (source == QLatin1String("pipe")) {
            // Bytes come in pieces with pauses; the body must not end at a pause.
            for (qsizetype pos = 0; pos < size; pos += 100 * 1024) {
                QVERIFY(QTest::qWaitFor([&] { return !fake.connections.isEmpty() && fake.connections.first()->received.size() >= pos; }, 5000));
                QTest::qWait(20);
                pipe.push(data.mid(pos, 100 * 1024));
            }
            QTest::qWait(20);
            QVERIFY(fake.requests.isEmpty());
            pipe.end();
        }
        WAIT_OVER(o);
        QCOMPARE(o->finished, 1);
        QCOMPARE(o->body, "{\"stream\":\"got " + QByteArray::number(size) + "\"}\r\n");

        QCOMPARE(fake.requests.size(), 1);
        const FakeRequest &r = fake.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, req.target);
        QCOMPARE(r.header("Transfer-Encoding"), QByteArray("chunked"));
        QVERIFY(!r.hasHeader("Content-Length"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-tar"));
        QCOMPARE(r.body.size(), size);
        QVERIFY(r.body == data);
        QVERIFY(fake.connections.first()->parseError.isEmpty());
        // Sent in pieces, never the whole body in one chunk.
        if (size > 1024 * 1024)
            QVERIFY(fake.connections.first()->received.count("\r\n") > 10);
    }

    void smallReadsGoOutInLargeChunks()
    {
        // A source that hands out 512 bytes per read (a tar of small files): the body
        // still goes out in chunks of 256 KiB, each written whole, sizes zero-padded.
        QByteArray data(3 * 1024 * 1024 + 777, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 13 + i / 511) & 0xff);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{}")); };
        Engine engine(unixEndpoint(path));
        SmallReads source(&data, 512);
        HttpRequest req;
        req.method = "PUT";
        req.target = "/v1.45/containers/x/archive?path=%2F";
        req.bodyDevice = &source;
        auto o = watch(engine.send(req, false), this);
        WAIT_OVER(o);
        QCOMPARE(o->finished, 1);
        QVERIFY(fake.requests.first().body == data);
        QVERIFY(fake.connections.first()->parseError.isEmpty());
        const QByteArray &raw = fake.connections.first()->received;
        QList<qint64> sizes;
        QVERIFY(dechunk(raw.mid(raw.indexOf("\r\n\r\n") + 4), &sizes) == data);
        QCOMPARE(sizes.size(), 13); // 12 whole chunks of 256 KiB and the rest
        for (qsizetype i = 0; i + 1 < sizes.size(); ++i)
            QCOMPARE(sizes.at(i), HttpConnection::kBodyChunk);
        QVERIFY(raw.contains("\r\n040000\r\n"));
        QVERIFY(source.reads > 6000);
    }

    void abortedBodyReachesTheEngineUpToBodyBytesSent()
    {
        // An engine that does not read: the system's buffers fill, then Cais's. What
        // bodyBytesSent() says has left Cais is exactly what the engine receives after
        // an abort (a copy into a container names its cut file from it); the rest,
        // read from the source but still in Cais, is dropped.
        QByteArray data(24 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 17 + i / 4099) & 0xff);
        FakeEngine fake;
        fake.pauseNewConnections = true;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        Engine engine(unixEndpoint(path));
        SmallReads source(&data, 100 * 1024);
        HttpRequest req;
        req.method = "PUT";
        req.target = "/v1.45/containers/x/archive?path=%2F";
        req.bodyDevice = &source;
        req.stream = true;
        Reply *reply = engine.send(req, false);
        auto o = watch(reply, this);
        // Stalled: the source is read ahead of what left, by at most the read-ahead bound.
        qint64 last = -1;
        QVERIFY(QTest::qWaitFor([&] {
            const qint64 now = reply->bodyBytesSent();
            const bool still = now == last && now > 0;
            last = now;
            return still && source.pos() > now;
        }, 10000));
        const qint64 sent = reply->bodyBytesSent();
        QVERIFY(source.pos() - sent <= HttpConnection::kMaxBodyReadAhead);
        QVERIFY(source.pos() < data.size());
        reply->abort();
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->error.kind, EngineError::Kind::Canceled);
        FakeConnection *c = fake.connections.first();
        c->resumeReading();
        QTRY_VERIFY_WITH_TIMEOUT(c->eof, 10000);
        const QByteArray &raw = c->received;
        const QByteArray got = dechunk(raw.mid(raw.indexOf("\r\n\r\n") + 4));
        QCOMPARE(got.size(), sent);
        QVERIFY(got == data.left(sent));
    }

    void targetEncoding_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("json filter") << "/images/json" << "filters" << "{\"dangling\":[\"true\"],\"label\":[\"a=b\"]}";
        QTest::newRow("plus sign") << "/build" << "buildargs" << "{\"VERSION\":\"1.0+build.5\"}";
        QTest::newRow("ampersand, hash, equals") << "/images/json" << "filters" << "{\"label\":[\"x=a&b#c\"]}";
        QTest::newRow("spaces and percent") << "/containers/json" << "filters" << "{\"name\":[\"100% sure\"]}";
        QTest::newRow("unicode") << "/containers/create" << "name" << "caf\u00e9";
        QTest::newRow("registry with port in the path") << "/images/127.0.0.1:5000/team/app:1.0/json" << "x" << "1";
    }

    void targetEncoding()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(QString, value);
        FakeEngine fake;
        const QString sock = socketPath();
        QVERIFY(fake.listenLocal(sock));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{}")); };
        Engine engine(unixEndpoint(sock));
        QUrlQuery q;
        q.addQueryItem(key, value);
        auto o = watch(engine.get(path, q), this);
        WAIT_OVER(o);
        QCOMPARE(o->finished, 1);
        // What the engine's Go code makes of the target must be what was meant.
        const QByteArray target = fake.requests.first().target;
        const qsizetype qm = target.indexOf('?');
        QVERIFY(qm > 0);
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(target.left(qm))), QStringLiteral("/v1.41") + path);
        const auto items = goParseQuery(target.mid(qm + 1));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().first, key);
        QCOMPARE(items.first().second, value);
    }

    void sendVersionsTargets_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("versioned");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("/info") << true << QByteArray("/v1.41/info");
        QTest::newRow("starts with /v but is no version") << QByteArray("/volumes/create") << true << QByteArray("/v1.41/volumes/create");
        QTest::newRow("already versioned") << QByteArray("/v1.45/info") << true << QByteArray("/v1.45/info");
        QTest::newRow("unversioned on request") << QByteArray("/_ping") << false << QByteArray("/_ping");
    }

    void sendVersionsTargets()
    {
        QFETCH(QByteArray, target);
        QFETCH(bool, versioned);
        QFETCH(QByteArray, expected);
        FakeEngine fake;
        const QString sock = socketPath();
        QVERIFY(fake.listenLocal(sock));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{}")); };
        Engine engine(unixEndpoint(sock));
        HttpRequest req;
        req.target = target;
        auto o = watch(engine.send(req, versioned), this);
        WAIT_OVER(o);
        QCOMPARE(fake.requests.first().target, expected);
    }

    // --- TCP and TLS ---------------------------------------------------------------------

    void tcp()
    {
        FakeEngine fake;
        QVERIFY(fake.listenTcp(new QTcpServer));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{\"Version\":\"26.1.5\"}")); };
        Endpoint ep;
        ep.transport = Endpoint::Transport::Tcp;
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = fake.port;
        Engine engine(ep);
        auto a = watch(engine.get(QStringLiteral("/version")), this);
        WAIT_OVER(a);
        QCOMPARE(a->finished, 1);
        QCOMPARE(a->body, QByteArray("{\"Version\":\"26.1.5\"}"));
        QCOMPARE(fake.requests.first().header("Host"), "127.0.0.1:" + QByteArray::number(fake.port));
        auto b = watch(engine.get(QStringLiteral("/info")), this);
        WAIT_OVER(b);
        QCOMPARE(b->finished, 1);
        QCOMPARE(fake.connections.size(), 1);
    }

    void tls_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<bool>("ok");
        const QString certs = QStringLiteral(CAIS_TEST_DATA_DIR "/certs/");
        QTest::newRow("the right CA") << certs + QStringLiteral("ca.pem") << true;
        QTest::newRow("another CA") << QStringLiteral("other") << false;
        QTest::newRow("no CA: the system's trust store") << QString() << false;
    }

    void tls()
    {
        QFETCH(QString, ca);
        QFETCH(bool, ok);
        const QString certs = QStringLiteral(CAIS_TEST_DATA_DIR "/certs/");
        if (ca == QLatin1String("other")) {
            ca = m_dir.filePath(QStringLiteral("other-ca.pem"));
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kOtherCa);
        }
        QFile keyFile(certs + QStringLiteral("key.pem"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const auto serverCerts = QSslCertificate::fromPath(certs + QStringLiteral("cert.pem"));
        QCOMPARE(serverCerts.size(), 1);
        conf.setLocalCertificate(serverCerts.first());
        conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(!conf.privateKey().isNull());
        // Like dockerd --tlsverify: the client must show a certificate of the CA.
        conf.setCaCertificates(QSslCertificate::fromPath(certs + QStringLiteral("ca.pem")));
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        auto *server = new QSslServer;
        server->setSslConfiguration(conf);

        FakeEngine fake;
        QVERIFY(fake.listenTcp(server));
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(::ok("{\"ApiVersion\":\"1.45\"}")); };

        Endpoint ep;
        ep.transport = Endpoint::Transport::Tls;
        ep.host = QStringLiteral("127.0.0.1");
        ep.port = fake.port;
        ep.caFile = ca;
        ep.certFile = certs + QStringLiteral("cert.pem");
        ep.keyFile = certs + QStringLiteral("key.pem");
        ep.verifyPeer = true;
        Engine engine(ep);
        auto o = watch(engine.get(QStringLiteral("/version")), this);
        WAIT_OVER(o);
        if (ok) {
            QVERIFY2(o->finished == 1, qPrintable(o->error.fullText()));
            QCOMPARE(o->body, QByteArray("{\"ApiVersion\":\"1.45\"}"));
            QCOMPARE(fake.requests.size(), 1);
        } else {
            QCOMPARE(o->failed, 1);
            QCOMPARE(o->error.kind, EngineError::Kind::Tls);
            QVERIFY(o->error.userMessage.contains(QLatin1String("127.0.0.1")));
            QVERIFY(fake.requests.isEmpty());
        }
    }

    // --- issue 17: transport defects ---------------------------------------------------

    void tlsUploadIsThrottled()
    {
        // On a QSslSocket bytesToWrite() counts only bytes not encrypted yet, and
        // bytesWritten() comes once they are encrypted, not sent: a streamed body must
        // also wait for the encrypted bytes, or a slow engine makes the client hold
        // most of a multi-GB build context in memory.
        FakeEngine fake;
        QVERIFY(fake.listenTls());
        fake.pauseNewConnections = true;
        fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            c->write(ok("{\"got\":" + QByteArray::number(r.body.size()) + "}"));
        };
        Engine engine(fake.tlsEndpoint());
        const qsizetype size = 48 * 1024 * 1024;
        QByteArray data(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char((i * 13 + i / 4099) & 0xff);
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        HttpRequest req;
        req.method = "POST";
        req.target = "/v1.45/build";
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-tar")));
        req.bodyDevice = &buffer;
        auto o = watch(engine.send(req, false), this);

        QPointer<QSslSocket> client;
        QVERIFY(QTest::qWaitFor([&] {
            const auto sockets = engine.findChildren<QSslSocket *>();
            client = sockets.isEmpty() ? nullptr : sockets.first();
            return client && client->isEncrypted();
        }, 10000));
        qint64 most = 0;
        auto sample = [&] {
            if (client)
                most = std::max(most, client->bytesToWrite() + client->encryptedBytesToWrite());
        };
        connect(client, &QIODevice::bytesWritten, this, sample);
        connect(client, &QSslSocket::encryptedBytesWritten, this, sample);
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, sample);
        sampler.start(5);
        // The engine reads nothing for a while. An unthrottled client reads the whole
        // source meanwhile; a throttled one stops once the kernel's buffers are full.
        (void)QTest::qWaitFor([&] { return buffer.pos() == size; }, 3000);
        sample();
        const qint64 readWhilePaused = buffer.pos();
        QTRY_VERIFY_WITH_TIMEOUT(!fake.connections.isEmpty(), 5000);
        fake.connections.first()->resumeReading();
        QTRY_VERIFY_WITH_TIMEOUT(o->over(), 60000);
        sampler.stop();
        QVERIFY2(o->finished == 1, qPrintable(o->error.fullText()));
        QCOMPARE(o->body, "{\"got\":" + QByteArray::number(size) + "}");
        QVERIFY(fake.requests.first().body == data);
        qInfo("TLS upload of %lld bytes: the client held at most %lld unsent bytes; it read %lld from the source while the engine did not read",
              qint64(size), most, readWhilePaused);
        // What the client holds: its 1 MiB limit and a 256 KiB chunk, as plaintext and
        // as TLS records, far from the whole body.
        QVERIFY2(most <= 2 * 1024 * 1024,
                 qPrintable(QStringLiteral("the client held up to %1 bytes (%2 of %3 read from the source while the engine did not read)")
                                .arg(most)
                                .arg(readWhilePaused)
                                .arg(size)));
    }

    void tlsHalfCloseKeepsLastInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("a line") << QByteArray("hello\n");
        QTest::newRow("300 KiB") << QByteArray(300 * 1024, 'q') + "end\n";
    }

    void tlsHalfCloseKeepsLastInput()
    {
        // exec's close-input and hang-up half-close a hijacked TLS connection: what
        // was written before must reach the engine, encrypted, before the end of input.
        QFETCH(QByteArray, input);
        FakeEngine fake;
        QVERIFY(fake.listenTls());
        fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            if (r.target.endsWith("/start"))
                c->write("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
        };
        // Like `cat` in the container: every byte of input comes back as output.
        fake.upgradedHandler = [](FakeConnection *c, const QByteArray &bytes) { c->write(bytes); };
        Engine engine(fake.tlsEndpoint());
        HttpRequest req;
        req.method = "POST";
        req.target = "/v1.45/exec/0123abcd/start";
        req.body = "{\"Detach\":false,\"Tty\":true}";
        req.upgrade = true;
        auto o = watch(engine.send(req, false), this);
        WAIT_OVER(o);
        QVERIFY2(o->upgraded == 1 && o->stream, qPrintable(o->error.fullText()));
        HijackedStream *s = o->stream.get();
        QByteArray received = s->takeLeftover();
        int closed = 0;
        connect(s, &HijackedStream::received, this, [&](const QByteArray &d) { received += d; });
        connect(s, &HijackedStream::closed, this, [&] { ++closed; });

        s->write(input);
        s->closeWrite();
        FakeConnection *c = fake.connections.first();
        QTRY_VERIFY_WITH_TIMEOUT(c->eof, 10000);
        QCOMPARE(c->upgradedBytes.size(), input.size());
        QVERIFY(c->upgradedBytes == input);
        // The output goes on after the end of input, to its end.
        QTRY_COMPARE_WITH_TIMEOUT(closed, 1, 10000);
        QCOMPARE(received.size(), input.size());
        QVERIFY(received == input);
    }

    void headSizeIsBounded_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("line"); ///< repeated without end
        QTest::newRow("endless header lines") << QByteArray("HTTP/1.1 200 OK\r\n") << QByteArray("X-Padding: 0123456789abcdef0123456789abcdef\r\n");
        QTest::newRow("one endless header value") << QByteArray("HTTP/1.1 200 OK\r\nX-Padding: ") << QByteArray("0123456789abcdef0123456789abcdef");
        QTest::newRow("endless status text") << QByteArray("HTTP/1.1 200 O") << QByteArray("KKKKKKKKKKKKKKKKKKKKKKKKKKKKKKKK");
        QTest::newRow("endless interim answers") << QByteArray() << QByteArray("HTTP/1.1 102 Processing\r\nX-Padding: 0123456789abcdef\r\n\r\n");
    }

    void headSizeIsBounded()
    {
        // A stream request has no head timer: a peer that sends a head without end
        // must fail the request, not grow the client's buffers without limit.
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, line);
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &) {
            QByteArray head = start;
            while (head.size() < 4 * 1024 * 1024)
                head += line;
            c->write(head);
        };
        Engine engine(unixEndpoint(path));
        HttpRequest req;
        req.target = "/v1.45/containers/x/logs?follow=1&stdout=1";
        req.stream = true;
        auto o = watch(engine.send(req, false), this);
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->heads, 0);
        QCOMPARE(o->error.kind, EngineError::Kind::Protocol);
        QVERIFY2(o->error.userMessage.contains(path) && o->error.userMessage.contains(QLatin1String("1 MiB")), qPrintable(o->error.userMessage));
        QTRY_VERIFY_WITH_TIMEOUT(fake.connections.first()->eof, 5000);
    }

    void interimAnswersAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("interim");
        QTest::newRow("100 Continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
        QTest::newRow("102 Processing, twice") << QByteArray("HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 102 Processing\r\n\r\n");
        QTest::newRow("103 Early Hints with headers") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n");
    }

    void interimAnswersAreSkipped()
    {
        // 1xx answers other than 101 are interim: the final answer follows.
        QFETCH(QByteArray, interim);
        const QByteArray body = "{\"Id\":\"sha256:abc\"}";
        const QByteArray final = ok(body, "X-Final: yes\r\n");
        const QByteArray raw = interim + final;
        const qsizetype finalHeadEnd = interim.size() + final.indexOf("\r\n\r\n") + 4;
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        Engine engine(unixEndpoint(path));
        for (qsizetype cut = 0; cut <= raw.size(); ++cut) {
            auto o = watch(engine.get(QStringLiteral("/images/x/json")), this);
            QVERIFY(QTest::qWaitFor([&] { return fake.requests.size() == cut + 1; }, 5000));
            FakeConnection *c = fake.connectionOf(fake.requests.last());
            if (cut > 0) {
                c->write(raw.left(cut));
                QVERIFY(QTest::qWaitFor([&] { return c->peerHasRead(); }, 5000));
                QCOMPARE(o->heads, cut >= finalHeadEnd ? 1 : 0); // the final head, and only it
                QCOMPARE(o->ends(), cut == raw.size() ? 1 : 0);
            }
            if (cut < raw.size())
                c->write(raw.mid(cut));
            QVERIFY(QTest::qWaitFor([&] { return o->over(); }, 5000));
            if (o->finished != 1 || o->heads != 1 || o->status != 200 || o->body != body || o->header("X-Final") != "yes"
                || !o->header("Link").isEmpty())
                QFAIL(qPrintable(QStringLiteral("cut at byte %1 of %2: finished %3, heads %4, status %5, body %6 (%7)")
                                     .arg(cut)
                                     .arg(raw.size())
                                     .arg(o->finished)
                                     .arg(o->heads)
                                     .arg(o->status)
                                     .arg(QString::fromUtf8(o->body), o->error.fullText())));
        }
        QCOMPARE(fake.connections.size(), 1);
    }

    void earlySuccessKeepsSendingBody()
    {
        // An engine may answer 200 and stream its progress while it still reads the
        // body (a load or a build): the rest of the body must still go out.
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.headHandler = [](FakeConnection *c, const FakeRequest &) {
            c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "16\r\n{\"stream\":\"reading\"}\r\n\r\n");
        };
        fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            const QByteArray line = "{\"got\":" + QByteArray::number(r.body.size()) + "}\r\n";
            c->write(QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n0\r\n\r\n");
        };
        Engine engine(unixEndpoint(path));
        QByteArray data(700 * 1024 + 3, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 11 + i / 997) & 0xff);
        Pipe pipe;
        HttpRequest req;
        req.method = "POST";
        req.target = "/v1.45/images/load";
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-tar")));
        req.bodyDevice = &pipe;
        req.firstByteTimeoutMs = 1; // the answer came before the body ended: no timer after the body
        auto o = watch(engine.send(req, false), this);
        pipe.push(data.left(100 * 1024));
        QTRY_COMPARE_WITH_TIMEOUT(o->heads, 1, 5000);
        QCOMPARE(o->status, 200);
        pipe.push(data.mid(100 * 1024));
        pipe.end();
        WAIT_OVER(o);
        QVERIFY2(o->finished == 1, qPrintable(o->error.fullText()));
        QCOMPARE(o->streamed, "{\"stream\":\"reading\"}\r\n{\"got\":" + QByteArray::number(data.size()) + "}\r\n");
        QCOMPARE(fake.requests.size(), 1);
        QVERIFY(fake.requests.first().body == data);
    }

    void earlyErrorStopsBody()
    {
        // An error answer is final: the engine will not read the rest, so it is not sent
        // and the connection is not reused.
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.headHandler = [](FakeConnection *c, const FakeRequest &r) {
            if (r.method == "POST")
                c->write(answer("HTTP/1.1 400 Bad Request", "Content-Type: application/json\r\n", "{\"message\":\"no\"}"));
        };
        fake.handler = [](FakeConnection *c, const FakeRequest &) { c->write(ok("{}")); };
        Engine engine(unixEndpoint(path));
        Pipe pipe;
        HttpRequest req;
        req.method = "POST";
        req.target = "/v1.45/images/load";
        req.bodyDevice = &pipe;
        auto o = watch(engine.send(req, false), this);
        pipe.push(QByteArray(10 * 1024, 'a'));
        WAIT_OVER(o);
        QCOMPARE(o->failed, 1);
        QCOMPARE(o->error.httpStatus, 400);
        pipe.push(QByteArray(10 * 1024, 'b'));
        QTRY_VERIFY_WITH_TIMEOUT(fake.connections.first()->eof, 5000);
        QVERIFY(!fake.connections.first()->received.contains(QByteArray(100, 'b')));
    }

    void abortedBeforeStartWithFullPool()
    {
        // A reply aborted before its queued start gives its idle connection back; when
        // the pool filled up meanwhile, that connection is closed, not leaked.
        FakeEngine fake;
        const QString path = socketPath();
        QVERIFY(fake.listenLocal(path));
        fake.handler = [](FakeConnection *c, const FakeRequest &r) {
            if (!r.target.endsWith("/slow"))
                c->write(ok("{}"));
        };
        Engine engine(unixEndpoint(path));
        QList<std::shared_ptr<Outcome>> quick;
        for (int i = 0; i < 4; ++i)
            quick << watch(engine.get(QStringLiteral("/quick")), this);
        Reply *slow = engine.get(QStringLiteral("/slow"));
        auto slowOutcome = watch(slow, this);
        for (const auto &o : std::as_const(quick))
            WAIT_OVER(o);
        QTRY_COMPARE_WITH_TIMEOUT(fake.requests.size(), 5, 5000);
        QCOMPARE(fake.connections.size(), 5); // four idle in the pool, one busy

        std::shared_ptr<Outcome> aborted;
        connect(slow, &Reply::headReceived, this, [&] {
            // Takes an idle connection (the pool now has three); the slow request's
            // connection becomes idle next, in the same read, and fills the pool again.
            Reply *r = engine.get(QStringLiteral("/never"));
            aborted = watch(r, this);
            r->abort();
        });
        FakeConnection *slowConnection = fake.connectionOf(fake.requests.last());
        slowConnection->write(ok("{\"slow\":true}"));
        WAIT_OVER(slowOutcome);
        QCOMPARE(slowOutcome->finished, 1);
        QVERIFY(aborted);
        WAIT_OVER(aborted);
        QCOMPARE(aborted->error.kind, EngineError::Kind::Canceled);
        auto closedCount = [&] {
            int n = 0;
            for (const FakeConnection *c : std::as_const(fake.connections))
                n += c->eof ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(closedCount(), 1, 5000);
        QVERIFY(!slowConnection->eof);
        // The four kept connections still carry requests, and no new one is opened.
        QList<std::shared_ptr<Outcome>> again;
        for (int i = 0; i < 4; ++i)
            again << watch(engine.get(QStringLiteral("/again")), this);
        for (const auto &o : std::as_const(again)) {
            WAIT_OVER(o);
            QCOMPARE(o->finished, 1);
        }
        QCOMPARE(fake.connections.size(), 5);
        QCOMPARE(closedCount(), 1);
        for (const FakeRequest &r : std::as_const(fake.requests))
            QVERIFY(!r.target.endsWith("/never"));
    }
};

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "tst_httpconnection.moc"
