// The HTTP response path: HttpConnection (the llhttp glue, chunked and sized bodies,
// interim answers, upgrades, keep-alive) reading whatever an "engine" answers. The
// engine is a QLocalServer in this process; the input is its answer, written in
// pieces with the event loop run between them, so the connection really reads it cut
// at those places. Every request must end exactly once (finished, failed or
// upgraded), nothing may arrive after its end, and a kept body must be what was
// streamed.
// Input: a flags byte (1: POST with a body; 2: a stream request; 4: ask for an
// upgrade; 8: do not keep the body; 16: a second request on the connection once the
// first ended and it is idle), a byte choosing the cuts, then the answer.
#include "endpoint.h"
#include "fuzzcommon.h"
#include "httpconnection.h"
#include "reply.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace {

QCoreApplication *app = nullptr;
QLocalServer *server = nullptr;
QTemporaryDir *dir = nullptr;

struct Watch
{
    QPointer<Reply> reply;
    int heads = 0;
    int ends = 0;
    int upgrades = 0;
    bool keepBody = true;
    QByteArray streamed;
    std::unique_ptr<HijackedStream> stream;
};

std::shared_ptr<Watch> send(HttpConnection *conn, uint8_t flags)
{
    HttpRequest req;
    req.target = "/v1.45/fuzz";
    if (flags & 1) {
        req.method = "POST";
        req.body = "{\"a\":1}";
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }
    req.stream = flags & 2;
    req.upgrade = flags & 4;
    req.connectTimeoutMs = 2000;
    req.firstByteTimeoutMs = 2000;
    auto w = std::make_shared<Watch>();
    w->keepBody = !(flags & 8);
    auto *reply = new Reply(req);
    reply->setKeepBody(w->keepBody);
    w->reply = reply;
    QObject::connect(reply, &Reply::headReceived, reply, [w] {
        FUZZ_CHECK(w->ends == 0, "a head after the end");
        ++w->heads;
    });
    QObject::connect(reply, &Reply::dataReceived, reply, [w](const QByteArray &chunk) {
        FUZZ_CHECK(w->ends == 0, "body bytes after the end");
        FUZZ_CHECK(w->heads > 0, "body bytes before the head");
        FUZZ_CHECK(!chunk.isEmpty(), "an empty body chunk");
        w->streamed += chunk;
    });
    QObject::connect(reply, &Reply::upgraded, reply, [w, reply] {
        FUZZ_CHECK(w->ends == 0, "an upgrade after the end");
        ++w->upgrades;
        w->stream = reply->takeHijackedStream();
        FUZZ_CHECK(w->stream != nullptr, "an upgrade without a stream");
        (void)w->stream->takeLeftover();
    });
    QObject::connect(reply, &Reply::finished, reply, [w, reply] {
        ++w->ends;
        FUZZ_CHECK(w->ends == 1, "a second end");
        FUZZ_CHECK(reply->status() < 400, "finished with an error status");
        if (w->keepBody && w->upgrades == 0)
            FUZZ_CHECK(reply->body() == w->streamed, "the kept body is not what was streamed");
    });
    QObject::connect(reply, &Reply::failed, reply, [w](const EngineError &) {
        ++w->ends;
        FUZZ_CHECK(w->ends == 1, "a second end");
    });
    QObject::connect(conn, &HttpConnection::retryRequested, reply, [w](Reply *r) {
        FUZZ_CHECK(w->ends == 0, "a retry after the end");
        r->abort();
    });
    conn->start(reply);
    return w;
}

void spin()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    dir = new QTemporaryDir();
    server = new QLocalServer();
    FUZZ_CHECK(server->listen(dir->filePath(QStringLiteral("engine.sock"))), "the fake engine cannot listen");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t flags = data[0];
    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytes(data + 2, size - 2), data[1]);

    Endpoint endpoint;
    endpoint.transport = Endpoint::Transport::Unix;
    endpoint.path = server->fullServerName();
    auto *conn = new HttpConnection(endpoint);
    QList<std::shared_ptr<Watch>> watches{send(conn, flags)};

    QDeadlineTimer deadline(5000);
    while (!server->hasPendingConnections()) {
        FUZZ_CHECK(!deadline.hasExpired(), "the connection never reached the fake engine");
        server->waitForNewConnection(10);
    }
    QLocalSocket *peer = server->nextPendingConnection();
    // The request head, before the answer.
    QByteArray request;
    while (!request.contains("\r\n\r\n") && peer->state() == QLocalSocket::ConnectedState) {
        FUZZ_CHECK(!deadline.hasExpired(), "the request never came");
        spin();
        request += peer->readAll();
    }
    FUZZ_CHECK(request.startsWith((flags & 1) ? "POST /v1.45/fuzz HTTP/1.1\r\n" : "GET /v1.45/fuzz HTTP/1.1\r\n"),
               "the request went out wrong");

    for (const QByteArray &piece : parts) {
        if (peer->state() != QLocalSocket::ConnectedState)
            break;
        peer->write(piece);
        peer->flush();
        spin();
        if ((flags & 16) && watches.size() == 1 && watches[0]->ends > 0 && conn->isIdle())
            watches.append(send(conn, flags & ~16));
        for (const auto &w : watches) {
            if (w->stream)
                w->stream->write("ping");
        }
        peer->readAll();
    }
    peer->disconnectFromServer();
    deadline.setRemainingTime(5000);
    for (;;) {
        spin();
        bool over = true;
        for (const auto &w : watches)
            over = over && w->ends > 0;
        if (over)
            break;
        FUZZ_CHECK(!deadline.hasExpired(), "a request never ended although the engine closed the connection");
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    for (const auto &w : watches) {
        FUZZ_CHECK(w->ends == 1, "a request did not end exactly once");
        FUZZ_CHECK(w->upgrades <= 1, "two upgrades");
        w->stream.reset();
        delete w->reply.data(); // normally gone already (deleteLater)
    }
    delete conn;
    delete peer;
    spin();
    return 0;
}
