// ExecSession against a fake engine (unix socket and TLS): the exec calls, the
// hijacked stream, end of input and hang-up, and the stream that turns out not to be
// multiplexed after all.
// (No raw string literals in this file: moc 6.8 cannot read them and then skips the class.)
#include "engine.h"
#include "execsession.h"
#include "fakeengine.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray frame(quint8 type, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(type);
    const auto n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

QByteArray json(const QByteArray &body, const QByteArray &status = "200 OK")
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// Answers the exec calls of one process "e1": create, start (101, then the stream
/// is the test's), inspect (ended with exit code 0).
void serveExec(FakeEngine &fake)
{
    fake.handler = [](FakeConnection *c, const FakeRequest &r) {
        if (r.target.endsWith("/containers/c1/exec"))
            c->write(json("{\"Id\":\"e1\"}", "201 Created"));
        else if (r.target.endsWith("/exec/e1/start"))
            c->write("HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.multiplexed-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n");
        else if (r.target.endsWith("/exec/e1/json"))
            c->write(json("{\"ID\":\"e1\",\"Running\":false,\"ExitCode\":0}"));
        else if (r.target.contains("/exec/e1/resize"))
            c->write(json({}, "201 Created"));
        else
            c->write(json("{\"message\":\"unexpected\"}", "404 Not Found"));
    };
}

struct Seen
{
    QByteArray out;
    QByteArray err;
    QByteArray all; ///< both, in order
    int started = 0;
    int ended = 0;
    int exitCode = -2;
    QString failure;
};

std::shared_ptr<Seen> watch(ExecSession *s, QObject *context)
{
    auto seen = std::make_shared<Seen>();
    QObject::connect(s, &ExecSession::started, context, [seen] { ++seen->started; });
    QObject::connect(s, &ExecSession::output, context, [seen](const QByteArray &b, ExecSession::Channel ch) {
        (ch == ExecSession::Channel::Stdout ? seen->out : seen->err) += b;
        seen->all += b;
    });
    QObject::connect(s, &ExecSession::ended, context, [seen](int code) {
        ++seen->ended;
        seen->exitCode = code;
    });
    QObject::connect(s, &ExecSession::failed, context, [seen](const EngineError &e) { seen->failure = e.fullText(); });
    return seen;
}

} // namespace

class TestExecSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    Endpoint unixEndpoint()
    {
        Endpoint ep;
        ep.transport = Endpoint::Transport::Unix;
        ep.path = m_dir.filePath(QStringLiteral("s%1.sock").arg(++m_serial));
        return ep;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inputClosedOverTls_data()
    {
        QTest::addColumn<bool>("beforeStart"); ///< input written and closed before the stream is open
        QTest::newRow("after the stream opened") << false;
        QTest::newRow("before the stream opened") << true;
    }

    void inputClosedOverTls()
    {
        // `hello` then Ctrl+D in an exec without a TTY, over TLS: the input reaches
        // the process before its end, and the whole output comes back.
        QFETCH(bool, beforeStart);
        FakeEngine fake;
        QVERIFY(fake.listenTls());
        serveExec(fake);
        fake.upgradedHandler = [](FakeConnection *c, const QByteArray &bytes) { c->write(frame(1, bytes)); };
        Engine engine(fake.tlsEndpoint());
        ExecSession session(&engine, QStringLiteral("c1"));
        auto seen = watch(&session, this);
        session.startExec({QStringLiteral("cat")}, false);
        if (!beforeStart)
            QTRY_COMPARE_WITH_TIMEOUT(seen->started, 1, 10000);
        session.write("hello\n");
        session.closeInput();
        QTRY_COMPARE_WITH_TIMEOUT(seen->ended, 1, 10000);
        QVERIFY2(seen->failure.isEmpty(), qPrintable(seen->failure));
        QCOMPARE(seen->out, QByteArray("hello\n"));
        QCOMPARE(seen->exitCode, 0);
        FakeConnection *stream = nullptr;
        for (FakeConnection *c : std::as_const(fake.connections))
            stream = c->upgraded ? c : stream;
        QVERIFY(stream);
        QCOMPARE(stream->upgradedBytes, QByteArray("hello\n"));
    }

    void hangUpOverTls()
    {
        // Leaving a TTY exec sends Ctrl+E Ctrl+U Ctrl+D so that the shell exits; over
        // TLS these bytes must arrive before the end of input.
        FakeEngine fake;
        QVERIFY(fake.listenTls());
        serveExec(fake);
        Engine engine(fake.tlsEndpoint());
        QPointer<ExecSession> session = new ExecSession(&engine, QStringLiteral("c1"));
        auto seen = watch(session, this);
        session->startExec({QStringLiteral("/bin/sh")}, true);
        QTRY_COMPARE_WITH_TIMEOUT(seen->started, 1, 10000);
        session->write("echo hi\r");
        FakeConnection *stream = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (FakeConnection *c : std::as_const(fake.connections))
                    stream = c->upgraded ? c : stream;
                return stream && stream->upgradedBytes == "echo hi\r";
            }(),
            10000);
        session->hangUp();
        QTRY_VERIFY_WITH_TIMEOUT(stream->eof, 10000);
        QCOMPARE(stream->upgradedBytes, QByteArray("echo hi\r\x05\x15\x04"));
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 10000);
    }

    void notMultiplexedAfterAll_data()
    {
        QTest::addColumn<QList<QByteArray>>("pieces"); ///< what the engine sends, each piece read apart
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("a frame, then raw bytes in the same read")
            << QList<QByteArray>{frame(1, "one\n") + "raw text\n"} << QByteArray("one\nraw text\n");
        QTest::newRow("a frame, then raw bytes in the next read")
            << QList<QByteArray>{frame(1, "one\n"), QByteArray("raw text\n")} << QByteArray("one\nraw text\n");
        QTest::newRow("what looked like a header, then raw bytes")
            << QList<QByteArray>{QByteArray("\x01\0", 2), QByteArray("\x01 raw")} << QByteArray("\x01\0\x01 raw", 7);
        QTest::newRow("two frames, a header's start, then raw bytes")
            << QList<QByteArray>{frame(1, "a") + frame(2, "b") + QByteArray("\x02\0\0", 3), QByteArray("zz")}
            << QByteArray("ab\x02\0\0zz", 7);
        QTest::newRow("raw from the first byte") << QList<QByteArray>{QByteArray("$ "), QByteArray("ls\n")} << QByteArray("$ ls\n");
    }

    void notMultiplexedAfterAll()
    {
        // An exec without a TTY whose stream turns out not to be multiplexed shows the
        // rest as it came: each byte once, none lost.
        QFETCH(QList<QByteArray>, pieces);
        QFETCH(QByteArray, out);
        FakeEngine fake;
        const Endpoint ep = unixEndpoint();
        QVERIFY(fake.listenLocal(ep.path));
        serveExec(fake);
        Engine engine(ep);
        ExecSession session(&engine, QStringLiteral("c1"));
        auto seen = watch(&session, this);
        session.startExec({QStringLiteral("cat")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(seen->started, 1, 10000);
        FakeConnection *stream = nullptr;
        for (FakeConnection *c : std::as_const(fake.connections))
            stream = c->upgraded ? c : stream;
        QVERIFY(stream);
        for (const QByteArray &p : std::as_const(pieces)) {
            stream->write(p);
            QVERIFY(QTest::qWaitFor([&] { return stream->peerHasRead(); }, 5000));
            QTest::qWait(0); // the client passes on what it read
        }
        QTRY_COMPARE_WITH_TIMEOUT(seen->all, out, 5000);
    }

    void hugeFrameFailsTheSession()
    {
        // A frame header announcing gigabytes is no stream any engine sends.
        FakeEngine fake;
        const Endpoint ep = unixEndpoint();
        QVERIFY(fake.listenLocal(ep.path));
        serveExec(fake);
        Engine engine(ep);
        ExecSession session(&engine, QStringLiteral("c1"));
        auto seen = watch(&session, this);
        session.startExec({QStringLiteral("cat")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(seen->started, 1, 10000);
        FakeConnection *stream = nullptr;
        for (FakeConnection *c : std::as_const(fake.connections))
            stream = c->upgraded ? c : stream;
        QVERIFY(stream);
        stream->write(frame(1, "before\n") + QByteArray("\x01\0\0\0\xff\xff\xff\xff", 8) + QByteArray(4096, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(!seen->failure.isEmpty(), 5000);
        QCOMPARE(session.state(), ExecSession::State::Failed);
        QCOMPARE(seen->out, QByteArray("before\n"));
        QVERIFY2(seen->failure.contains(QLatin1String("MiB")), qPrintable(seen->failure));
        QTRY_VERIFY_WITH_TIMEOUT(stream->eof, 5000);
    }
};

QTEST_GUILESS_MAIN(TestExecSession)
#include "tst_execsession.moc"
