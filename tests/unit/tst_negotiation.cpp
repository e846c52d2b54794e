// Engine::negotiateVersion, and Engine::connectToEngine against a fake engine (a
// QLocalServer in the test) that answers with what a real dockerd 26 and a real
// Podman 5.4 answered to /_ping, /version and /info (tests/data/streams).
// (No raw string literals in this file: moc 6.8 cannot read them and then skips the class.)
#include "engine.h"
#include "reply.h"
#include "fakeengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <llhttp.h>

#include <functional>
#include <memory>

#include <linux/sockios.h>
#include <sys/ioctl.h>

namespace {



QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/streams/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded answer %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject recordedJson(const QString &name)
{
    return QJsonDocument::fromJson(recorded(name)).object();
}

/// A header's value in a recorded HTTP answer.
QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    const QByteArray key = "\r\n" + name + ": ";
    const qsizetype at = answer.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    return answer.mid(from, answer.indexOf("\r\n", from) - from);
}

/// The recorded /_ping answer with another Api-Version ("-": none at all).
QByteArray pingWithApi(const QByteArray &answer, const QByteArray &api)
{
    if (api.isEmpty())
        return answer;
    const QByteArray key = "\r\nApi-Version: ";
    const qsizetype at = answer.indexOf(key);
    const qsizetype end = answer.indexOf("\r\n", at + key.size());
    if (api == "-")
        return answer.left(at) + answer.mid(end);
    return answer.left(at + key.size()) + api + answer.mid(end);
}

QByteArray jsonAnswer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nApi-Version: 1.45\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

/// A fake engine that answers like the recorded one.
struct ScriptedEngine
{
    FakeEngine fake;
    QByteArray ping;
    QByteArray version;
    QByteArray info;
    QPointer<FakeConnection> events;

    ScriptedEngine(const QByteArray &pingAnswer, const QString &versionFile, const QString &infoFile)
        : ping(pingAnswer)
        , version(recorded(versionFile))
        , info(recorded(infoFile))
    {
        fake.handler = [this](FakeConnection *c, const FakeRequest &r) {
            if (r.target == "/_ping") {
                c->write(ping);
                return;
            }
            static const QRegularExpression versioned(QStringLiteral("^/v[0-9]+\\.[0-9]+(/[^?]*)"));
            const QString path = versioned.match(QString::fromLatin1(r.target)).captured(1);
            if (path == QLatin1String("/version")) {
                c->write(jsonAnswer(version));
            } else if (path == QLatin1String("/info")) {
                c->write(jsonAnswer(info));
            } else if (path == QLatin1String("/events")) {
                c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                events = c;
            } else if (path == QLatin1String("/images/json")) {
                c->write(jsonAnswer("[]"));
            } else {
                c->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 19\r\n\r\n404 page not found\n");
            }
        };
    }

    QByteArrayList targets(qsizetype from = 0) const
    {
        QByteArrayList out;
        for (qsizetype i = from; i < fake.requests.size(); ++i)
            out << fake.requests.at(i).target;
        return out;
    }
};

QList<Engine::State> states(const QSignalSpy &spy)
{
    QList<Engine::State> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<Engine::State>();
    return out;
}

} // namespace

class TestNegotiation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString socketPath() { return m_dir.filePath(QStringLiteral("n%1.sock").arg(++m_serial)); }
    static Endpoint unixEndpoint(const QString &path)
    {
        Endpoint ep;
        ep.path = path;
        return ep;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void negotiateVersion_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("expected"); ///< empty: refused
        QTest::addColumn<int>("kind");
        const int none = int(EngineError::Kind::None);
        const int old = int(EngineError::Kind::UnsupportedVersion);
        const int bad = int(EngineError::Kind::Protocol);

        QTest::newRow("1.45 (Docker 26)") << "1.45" << "1.45" << none;
        QTest::newRow("1.51, the newest known") << "1.51" << "1.51" << none;
        QTest::newRow("1.52 is capped") << "1.52" << "1.51" << none;
        QTest::newRow("1.60 is capped") << "1.60" << "1.51" << none;
        QTest::newRow("2.0 is capped") << "2.0" << "1.51" << none;
        QTest::newRow("1.41 (Docker 20.10, Podman)") << "1.41" << "1.41" << none;
        QTest::newRow("1.44 with blanks around") << " 1.44 " << "1.44" << none;
        QTest::newRow("1.40 is too old") << "1.40" << "" << old;
        QTest::newRow("1.24 is too old") << "1.24" << "" << old;
        QTest::newRow("0.99 is too old") << "0.99" << "" << old;
        QTest::newRow("empty") << "" << "" << bad;
        QTest::newRow("garbage") << "garbage" << "" << bad;
        QTest::newRow("major only") << "1" << "" << bad;
        QTest::newRow("three parts") << "1.45.1" << "" << bad;
        QTest::newRow("with a v") << "v1.45" << "" << bad;
        QTest::newRow("letters for minor") << "1.x" << "" << bad;
    }

    void negotiateVersion()
    {
        QFETCH(QString, engine);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const Result<QString> r = Engine::negotiateVersion(engine);
        QCOMPARE(r.has_value(), !expected.isEmpty());
        if (r) {
            QCOMPARE(*r, expected);
            return;
        }
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().userMessage.isEmpty());
        if (!engine.trimmed().isEmpty())
            QVERIFY2(r.error().userMessage.contains(engine.trimmed()), qPrintable(r.error().userMessage));
        if (r.error().kind == EngineError::Kind::UnsupportedVersion)
            QVERIFY2(r.error().userMessage.contains(QLatin1String("1.41")), qPrintable(r.error().userMessage)); // what it needs
    }

    void connectToEngine_data()
    {
        QTest::addColumn<QString>("product");     ///< "docker" or "podman": which recordings
        QTest::addColumn<QByteArray>("api");      ///< Api-Version to send; empty: as recorded, "-": none
        QTest::addColumn<QString>("expectedApi"); ///< empty: the engine is refused
        QTest::addColumn<int>("kind");

        QTest::newRow("Docker 26, API 1.45") << "docker" << QByteArray() << "1.45" << 0;
        QTest::newRow("Docker 29.2, API 1.53: capped") << "docker" << QByteArray("1.53") << "1.51" << 0;
        QTest::newRow("Docker 20.10, API 1.41") << "docker" << QByteArray("1.41") << "1.41" << 0;
        QTest::newRow("Podman 5.4, API 1.41") << "podman" << QByteArray() << "1.41" << 0;
        QTest::newRow("too old, API 1.40") << "docker" << QByteArray("1.40") << "" << int(EngineError::Kind::UnsupportedVersion);
        QTest::newRow("no Api-Version: not an engine") << "docker" << QByteArray("-") << "" << int(EngineError::Kind::Protocol);
    }

    void connectToEngine()
    {
        QFETCH(QString, product);
        QFETCH(QByteArray, api);
        QFETCH(QString, expectedApi);
        QFETCH(int, kind);

        const QByteArray recordedPing = recorded(product + QStringLiteral("-ping.http"));
        const QByteArray ping = pingWithApi(recordedPing, api);
        ScriptedEngine scripted(ping, product + QStringLiteral("-version.json"), product + QStringLiteral("-info.json"));
        const QString path = socketPath();
        QVERIFY(scripted.fake.listenLocal(path));

        Engine engine(unixEndpoint(path));
        engine.setReconnectInterval(0);
        QSignalSpy stateSpy(&engine, &Engine::stateChanged);
        QSignalSpy eventSpy(&engine, &Engine::eventReceived);
        QCOMPARE(engine.state(), Engine::State::Disconnected);
        engine.connectToEngine();
        QCOMPARE(engine.state(), Engine::State::Connecting);

        if (expectedApi.isEmpty()) {
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Unreachable, 10000);
            QCOMPARE(states(stateSpy), QList<Engine::State>({Engine::State::Connecting, Engine::State::Unreachable}));
            QCOMPARE(int(engine.lastError().kind), kind);
            if (engine.lastError().kind == EngineError::Kind::UnsupportedVersion) {
                // Both versions named: what the engine speaks and what Cais needs.
                QVERIFY2(engine.lastError().userMessage.contains(QLatin1String("1.40")), qPrintable(engine.lastError().userMessage));
                QVERIFY2(engine.lastError().userMessage.contains(QLatin1String("1.41")), qPrintable(engine.lastError().userMessage));
            }
            // Nothing else was asked of an engine Cais cannot speak to.
            QCOMPARE(scripted.targets(), QByteArrayList({"/_ping"}));
            return;
        }

        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 10000);
        QCOMPARE(states(stateSpy), QList<Engine::State>({Engine::State::Connecting, Engine::State::Connected}));
        const QJsonObject version = recordedJson(product + QStringLiteral("-version.json"));
        const QJsonObject info = recordedJson(product + QStringLiteral("-info.json"));
        const EngineInfo &ei = engine.info();
        QCOMPARE(ei.apiVersion, expectedApi);
        QCOMPARE(ei.engineApiVersion, QString::fromLatin1(headerOf(ping, "Api-Version")));
        QCOMPARE(ei.podman, product == QLatin1String("podman"));
        QCOMPARE(ei.productName(), product == QLatin1String("podman") ? QStringLiteral("Podman") : QStringLiteral("Docker"));
        QCOMPARE(ei.libpodApiVersion, QString::fromLatin1(headerOf(ping, "Libpod-Api-Version")));
        QCOMPARE(ei.osType, QStringLiteral("linux"));
        QCOMPARE(ei.version, version.value(QLatin1String("Version")).toString());
        QVERIFY(!ei.version.isEmpty());
        QCOMPARE(ei.name, info.value(QLatin1String("Name")).toString());
        QCOMPARE(ei.images, info.value(QLatin1String("Images")).toInt());
        QCOMPARE(ei.containers, info.value(QLatin1String("Containers")).toInt());

        // The ping is unversioned; everything after it speaks the negotiated version.
        const QByteArray prefix = "/v" + expectedApi.toLatin1() + '/';
        QTRY_COMPARE_WITH_TIMEOUT(scripted.targets().size(), 4, 5000); // ping, version, info, events
        const QByteArrayList seen = scripted.targets();
        QCOMPARE(seen.first(), QByteArray("/_ping"));
        QVERIFY(seen.contains(prefix + "version"));
        QVERIFY(seen.contains(prefix + "info"));
        QVERIFY(seen.contains(prefix + "events"));
        auto list = engine.listImages();
        QTRY_VERIFY_WITH_TIMEOUT(list.isFinished(), 5000);
        QVERIFY(list.result().has_value());
        QCOMPARE(scripted.targets().last(), prefix + "images/json");

        // Events stream in as the engine sends them, cut anywhere.
        QVERIFY(scripted.events);
        const QByteArray events = recorded(QStringLiteral("events.jsonl"));
        const QByteArray firstTwo = events.left(events.indexOf('\n', events.indexOf('\n') + 1) + 1);
        const qsizetype cut = firstTwo.size() / 3;
        scripted.events->write(QByteArray::number(cut, 16) + "\r\n" + firstTwo.left(cut) + "\r\n");
        scripted.events->write(QByteArray::number(firstTwo.size() - cut, 16) + "\r\n" + firstTwo.mid(cut) + "\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(eventSpy.size(), 2, 5000);
        const auto first = eventSpy.at(0).first().value<EngineEvent>();
        const QJsonObject expected = QJsonDocument::fromJson(events.left(events.indexOf('\n'))).object();
        QCOMPARE(first.type, expected.value(QLatin1String("Type")).toString());
        QCOMPARE(first.action, expected.value(QLatin1String("Action")).toString());
        QCOMPARE(first.timeNano, expected.value(QLatin1String("timeNano")).toInteger());
        QCOMPARE(engine.state(), Engine::State::Connected);
    }

    void reconnect_data()
    {
        QTest::addColumn<bool>("watchEvents");
        QTest::newRow("noticed by the event stream") << true;
        QTest::newRow("noticed by a failing call (no event stream)") << false;
    }

    void reconnect()
    {
        // The engine goes away (stopped, socket file removed), Cais says it is
        // unreachable and keeps trying; the engine comes back, Cais reconnects.
        QFETCH(bool, watchEvents);
        ScriptedEngine scripted(recorded(QStringLiteral("docker-ping.http")), QStringLiteral("docker-version.json"), QStringLiteral("docker-info.json"));
        const QString path = socketPath();
        QVERIFY(scripted.fake.listenLocal(path));

        Engine engine(unixEndpoint(path));
        engine.setReconnectInterval(100);
        engine.setWatchEvents(watchEvents);
        QSignalSpy stateSpy(&engine, &Engine::stateChanged);
        engine.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 10000);
        if (watchEvents)
            QTRY_VERIFY_WITH_TIMEOUT(scripted.events, 5000);

        scripted.fake.stop();
        QVERIFY(!QFile::exists(path));
        if (!watchEvents) {
            auto list = engine.listImages();
            QTRY_VERIFY_WITH_TIMEOUT(list.isFinished(), 10000);
            QVERIFY(!list.result().has_value());
        }
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Unreachable, 10000);
        const EngineError::Kind why = engine.lastError().kind;
        QVERIFY2(why == EngineError::Kind::SocketMissing || why == EngineError::Kind::Closed || why == EngineError::Kind::ConnectionRefused,
                 qPrintable(engine.lastError().kindName()));
        QVERIFY(!engine.lastError().userMessage.isEmpty());

        const qsizetype before = scripted.fake.requests.size();
        QVERIFY(scripted.fake.listenLocal(path));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 10000);
        QCOMPARE(states(stateSpy),
                 QList<Engine::State>({Engine::State::Connecting, Engine::State::Connected, Engine::State::Unreachable, Engine::State::Connected}));
        // A full reconnect: ping, then version and info again.
        const QByteArrayList again = scripted.targets(before);
        QCOMPARE(again.value(0), QByteArray("/_ping"));
        QVERIFY(again.contains("/v1.45/version"));
        QVERIFY(again.contains("/v1.45/info"));
        QCOMPARE(engine.info().apiVersion, QStringLiteral("1.45"));
        if (watchEvents)
            QTRY_VERIFY_WITH_TIMEOUT(scripted.targets(before).contains("/v1.45/events"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestNegotiation)
#include "tst_negotiation.moc"
