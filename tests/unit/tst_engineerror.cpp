// EngineError::fromHttp: the user's sentence for each HTTP status, with the engine's
// words when it gave some, and a whole sentence when the reply had no body at all (a
// HEAD, or an engine that says nothing).
#include "engineerror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEngineError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutABody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << u"The engine rejected the request as invalid."_s;
        QTest::newRow("403") << 403 << u"The engine refused this action."_s;
        QTest::newRow("404") << 404 << u"Not found: this engine does not know the object or the route (it may be too old for this action)."_s;
        QTest::newRow("409") << 409 << u"The engine reports a conflict with the object's current state."_s;
        QTest::newRow("500") << 500 << u"The engine failed without saying why (HTTP 500). The engine's own log may tell more."_s;
        QTest::newRow("501") << 501 << u"This engine does not support that action."_s;
        QTest::newRow("503") << 503 << u"The engine is not ready. Try again in a moment."_s;
        QTest::newRow("502") << 502 << u"The engine answered with HTTP 502."_s;
    }

    void withoutABody()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        for (const QByteArray &body : {QByteArray(), "  \n"_ba, "{\"message\":\"\"}"_ba}) {
            const EngineError e = EngineError::fromHttp(status, body);
            QCOMPARE(e.kind, EngineError::Kind::Http);
            QCOMPARE(e.httpStatus, status);
            QVERIFY(e.engineMessage.isEmpty());
            QCOMPARE(e.userMessage, message);
        }
    }

    void withTheEnginesWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << u"The engine rejected the request: it broke"_s;
        QTest::newRow("403") << 403 << u"The engine refused this action: it broke"_s;
        QTest::newRow("404") << 404 << u"Not found: it broke"_s;
        QTest::newRow("409") << 409 << u"Conflict: it broke"_s;
        QTest::newRow("500") << 500 << u"The engine failed: it broke"_s;
        QTest::newRow("501") << 501 << u"This engine does not support that action: it broke"_s;
        QTest::newRow("503") << 503 << u"The engine is not ready: it broke"_s;
        QTest::newRow("502") << 502 << u"The engine answered with HTTP 502: it broke"_s;
    }

    void withTheEnginesWords()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        // As JSON (the Engine API's form) and as plain text (a proxy's).
        for (const QByteArray &body : {"{\"message\":\"it broke\"}"_ba, "it broke\n"_ba}) {
            const EngineError e = EngineError::fromHttp(status, body);
            QCOMPARE(e.engineMessage, u"it broke"_s);
            QCOMPARE(e.userMessage, message);
        }
    }

    void podmansCauseAndOtherBodies()
    {
        // Podman's errors carry "cause" beside a message that may be empty.
        const EngineError podman = EngineError::fromHttp(500, "{\"cause\":\"server gave HTTP response to HTTPS client\",\"message\":\"\",\"response\":500}"_ba);
        QCOMPARE(podman.engineMessage, u"server gave HTTP response to HTTPS client"_s);
        QCOMPARE(podman.userMessage, u"The engine failed: server gave HTTP response to HTTPS client"_s);
        // Other JSON without either is shown as it is rather than lost.
        const EngineError other = EngineError::fromHttp(500, "{\"error\":\"disk full\"}"_ba);
        QCOMPARE(other.engineMessage, u"{\"error\":\"disk full\"}"_s);
    }
};

QTEST_GUILESS_MAIN(TestEngineError)
#include "tst_engineerror.moc"
