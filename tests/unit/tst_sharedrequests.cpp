// Engine::getShared against a fake engine that holds each request until the test
// answers it: the same list asked several times at once goes out once, and only
// while nothing that could change it happened since (a change sent, an event).
// (No raw string literals in this file: moc 6.8 cannot read them and then skips the class.)
#include "engine.h"
#include "fakeengine.h"
#include "imagesmodel.h"
#include "reply.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/streams/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded answer %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeader = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status < 400 ? " OK" : " Error")
        + "\r\nContent-Type: application/json\r\n" + extraHeader + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// What each caller saw of its reply.
struct Seen
{
    bool finished = false;
    bool failed = false;
    EngineError error;
    int status = 0;
    QByteArray body;
    QByteArray header;
};

std::shared_ptr<Seen> watch(Reply *r)
{
    auto seen = std::make_shared<Seen>();
    QObject::connect(r, &Reply::finished, r, [seen, r] {
        seen->finished = true;
        seen->status = r->status();
        seen->body = r->body();
        seen->header = r->header("X-Answer");
    });
    QObject::connect(r, &Reply::failed, r, [seen, r](const EngineError &e) {
        seen->failed = true;
        seen->error = e;
        seen->status = r->status();
    });
    return seen;
}

} // namespace

class TestSharedRequests : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Engine> m_engine;
    QList<QPair<QPointer<FakeConnection>, FakeRequest>> m_held; ///< requests not answered yet

    /// The requests that reached the fake engine for `path` (any query), in order.
    QList<FakeRequest> requestsFor(const QByteArray &path) const
    {
        QList<FakeRequest> out;
        for (const FakeRequest &r : m_fake->requests) {
            if (r.target.contains(path))
                out << r;
        }
        return out;
    }
    void answerHeld(int index, const QByteArray &bytes)
    {
        QVERIFY(index < m_held.size());
        QVERIFY(m_held.at(index).first);
        m_held.at(index).first->write(bytes);
    }

    /// Answers the connect (ping, version, info, events) like the recorded dockerd
    /// (API 1.45); holds every other request.
    QPointer<FakeConnection> m_events;
    QByteArray m_ping, m_version, m_info;
    void answerConnects()
    {
        m_ping = recorded(QStringLiteral("docker-ping.http"));
        m_version = recorded(QStringLiteral("docker-version.json"));
        m_info = recorded(QStringLiteral("docker-info.json"));
        m_fake->handler = [this](FakeConnection *c, const FakeRequest &r) {
            if (r.target == "/_ping")
                c->write(m_ping);
            else if (r.target.endsWith("/version"))
                c->write(answer(200, m_version));
            else if (r.target.endsWith("/info"))
                c->write(answer(200, m_info));
            else if (r.target.contains("/events")) {
                c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                m_events = c;
            } else
                m_held.append({QPointer<FakeConnection>(c), r});
        };
    }
    void sendEvent()
    {
        QVERIFY(m_events);
        const QByteArray event = "{\"Type\":\"image\",\"Action\":\"tag\",\"Actor\":{\"ID\":\"sha256:1\"},\"time\":1700000000}\n";
        m_events->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_fake = std::make_unique<FakeEngine>();
        m_held.clear();
        const QString path = m_dir.filePath(QStringLiteral("s%1.sock").arg(++m_serial));
        QVERIFY(m_fake->listenLocal(path));
        m_fake->handler = [this](FakeConnection *c, const FakeRequest &r) {
            if (r.method == "POST") {
                c->write("HTTP/1.1 204 No Content\r\n\r\n");
                return;
            }
            m_held.append({QPointer<FakeConnection>(c), r});
        };
        Endpoint ep;
        ep.path = path;
        m_engine = std::make_unique<Engine>(ep);
    }
    void cleanup()
    {
        m_engine.reset();
        m_fake.reset();
    }

    void theSameListAskedAtOnceGoesOutOnce()
    {
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        const quint64 before = m_engine->requestsSent();
        Reply *a = m_engine->getShared(QStringLiteral("/containers/json"), all);
        Reply *b = m_engine->getShared(QStringLiteral("/containers/json"), all);
        Reply *c = m_engine->getShared(QStringLiteral("/containers/json"), all);
        QVERIFY(a != b && b != c);
        const auto sa = watch(a), sb = watch(b), sc = watch(c);
        QTRY_COMPARE(m_held.size(), 1);
        QTest::qWait(50); // nothing else comes
        QCOMPARE(requestsFor("/containers/json").size(), 1);
        QCOMPARE(m_engine->requestsSent() - before, quint64(1));

        const QByteArray body = "[{\"Id\":\"0123\",\"Names\":[\"/one\"]}]";
        answerHeld(0, answer(200, body, "X-Answer: shared\r\n"));
        QTRY_VERIFY(sa->finished && sb->finished && sc->finished);
        for (const auto &s : {sa, sb, sc}) {
            QCOMPARE(s->status, 200);
            QCOMPARE(s->body, body);
            QCOMPARE(s->header, QByteArray("shared"));
            QVERIFY(!s->failed);
        }
    }

    void onceAnsweredTheNextAskGoesOut()
    {
        Reply *a = m_engine->getShared(QStringLiteral("/images/json"));
        const auto sa = watch(a);
        QTRY_COMPARE(m_held.size(), 1);
        answerHeld(0, answer(200, "[]"));
        QTRY_VERIFY(sa->finished);
        const auto sb = watch(m_engine->getShared(QStringLiteral("/images/json")));
        QTRY_COMPARE(m_held.size(), 2);
        QCOMPARE(requestsFor("/images/json").size(), 2);
        answerHeld(1, answer(200, "[{\"Id\":\"x\"}]"));
        QTRY_VERIFY(sb->finished);
        QCOMPARE(sb->body, QByteArray("[{\"Id\":\"x\"}]"));
    }

    void otherQueriesAndPlainGetsAreNotShared()
    {
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        watch(m_engine->getShared(QStringLiteral("/containers/json"), all));
        watch(m_engine->getShared(QStringLiteral("/containers/json")));
        // get() is never shared: its caller may read the body as it streams.
        watch(m_engine->get(QStringLiteral("/containers/json"), all));
        QTRY_COMPARE(m_held.size(), 3);
        QTest::qWait(50);
        QCOMPARE(requestsFor("/containers/json").size(), 3);
    }

    void aChangeSentMeanwhileMeansAskingAgain()
    {
        // A list asked after Cais changed something must show the change: it cannot
        // take the answer of a list asked before.
        const auto first = watch(m_engine->getShared(QStringLiteral("/containers/json")));
        QTRY_COMPARE(m_held.size(), 1);
        const auto started = watch(m_engine->post(QStringLiteral("/containers/one/start")));
        QTRY_VERIFY(started->finished);
        const auto second = watch(m_engine->getShared(QStringLiteral("/containers/json")));
        const auto third = watch(m_engine->getShared(QStringLiteral("/containers/json")));
        QTRY_COMPARE(m_held.size(), 2);
        QTest::qWait(50);
        QCOMPARE(requestsFor("/containers/json").size(), 2); // the second and third share
        answerHeld(0, answer(200, "[{\"State\":\"exited\"}]"));
        answerHeld(1, answer(200, "[{\"State\":\"running\"}]"));
        QTRY_VERIFY(first->finished && second->finished && third->finished);
        QCOMPARE(first->body, QByteArray("[{\"State\":\"exited\"}]"));
        QCOMPARE(second->body, QByteArray("[{\"State\":\"running\"}]"));
        QCOMPARE(third->body, QByteArray("[{\"State\":\"running\"}]"));
    }

    void anEventMeanwhileMeansAskingAgain()
    {
        // Connected for real (ping, version, info, events), so that the engine's
        // event stream reaches the Engine.
        QPointer<FakeConnection> events;
        const QByteArray ping = recorded(QStringLiteral("docker-ping.http"));
        const QByteArray version = recorded(QStringLiteral("docker-version.json"));
        const QByteArray info = recorded(QStringLiteral("docker-info.json"));
        m_fake->handler = [&, this](FakeConnection *c, const FakeRequest &r) {
            if (r.target == "/_ping")
                c->write(ping);
            else if (r.target.endsWith("/version"))
                c->write(answer(200, version));
            else if (r.target.endsWith("/info"))
                c->write(answer(200, info));
            else if (r.target.contains("/events")) {
                c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
                events = c;
            } else
                m_held.append({QPointer<FakeConnection>(c), r});
        };
        m_engine->connectToEngine();
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        QTRY_VERIFY(events);

        const auto first = watch(m_engine->getShared(QStringLiteral("/volumes")));
        QTRY_COMPARE(m_held.size(), 1);
        QSignalSpy eventSpy(m_engine.get(), &Engine::eventReceived);
        const QByteArray event = "{\"Type\":\"volume\",\"Action\":\"create\",\"Actor\":{\"ID\":\"v1\"},\"time\":1700000000}\n";
        events->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
        QTRY_COMPARE(eventSpy.size(), 1);
        const auto second = watch(m_engine->getShared(QStringLiteral("/volumes")));
        QTRY_COMPARE(m_held.size(), 2);
        QCOMPARE(requestsFor("/volumes").size(), 2);
        answerHeld(0, answer(200, "{\"Volumes\":[]}"));
        answerHeld(1, answer(200, "{\"Volumes\":[{\"Name\":\"v1\"}]}"));
        QTRY_VERIFY(first->finished && second->finished);
        QCOMPARE(second->body, QByteArray("{\"Volumes\":[{\"Name\":\"v1\"}]}"));
        m_engine.reset();
        m_fake->handler = nullptr; // (it holds this function's locals)
    }

    void anErrorIsEveryonesError()
    {
        const auto a = watch(m_engine->getShared(QStringLiteral("/info")));
        const auto b = watch(m_engine->getShared(QStringLiteral("/info")));
        QTRY_COMPARE(m_held.size(), 1);
        answerHeld(0, answer(500, "{\"message\":\"the daemon is out of sorts\"}"));
        QTRY_VERIFY(a->failed && b->failed);
        QVERIFY(!a->finished && !b->finished);
        for (const auto &s : {a, b}) {
            QCOMPARE(s->error.httpStatus, 500);
            QCOMPARE(s->status, 500);
            QVERIFY2(s->error.userMessage.contains(QLatin1String("the daemon is out of sorts")), qPrintable(s->error.userMessage));
        }
        QCOMPARE(requestsFor("/info").size(), 1);
    }

    void aFollowerOfAnAbortedRequestAsksItself()
    {
        Reply *leader = m_engine->getShared(QStringLiteral("/networks"));
        const auto sl = watch(leader);
        const auto sf = watch(m_engine->getShared(QStringLiteral("/networks")));
        QTRY_COMPARE(m_held.size(), 1);
        leader->abort();
        QVERIFY(sl->failed);
        QCOMPARE(int(sl->error.kind), int(EngineError::Kind::Canceled));
        QTRY_COMPARE(m_held.size(), 2); // the follower's own request
        answerHeld(1, answer(200, "[{\"Name\":\"bridge\"}]"));
        QTRY_VERIFY(sf->finished);
        QCOMPARE(sf->body, QByteArray("[{\"Name\":\"bridge\"}]"));
    }

    void aFollowerOfADeletedRequestAsksItself()
    {
        Reply *leader = m_engine->getShared(QStringLiteral("/networks"));
        const auto sf = watch(m_engine->getShared(QStringLiteral("/networks")));
        QTRY_COMPARE(m_held.size(), 1);
        delete leader; // its caller went away without aborting it
        QTRY_COMPARE(m_held.size(), 2);
        answerHeld(1, answer(200, "[]"));
        QTRY_VERIFY(sf->finished);
        QCOMPARE(sf->body, QByteArray("[]"));
    }

    void anAbortedFollowerLeavesTheOthersBe()
    {
        const auto sl = watch(m_engine->getShared(QStringLiteral("/images/json")));
        Reply *follower = m_engine->getShared(QStringLiteral("/images/json"));
        const auto sf = watch(follower);
        const auto sg = watch(m_engine->getShared(QStringLiteral("/images/json")));
        follower->abort();
        QVERIFY(sf->failed);
        QCOMPARE(int(sf->error.kind), int(EngineError::Kind::Canceled));
        QTRY_COMPARE(m_held.size(), 1);
        answerHeld(0, answer(200, "[]"));
        QTRY_VERIFY(sl->finished && sg->finished);
        QVERIFY(!sf->finished);
        QCOMPARE(requestsFor("/images/json").size(), 1);
    }
    void aPrefetchedListIsTheFirstAsksAnswer()
    {
        answerConnects();
        EngineInfo last;
        last.apiVersion = QStringLiteral("1.45");
        m_engine->setExpected(last);
        m_engine->connectToEngine();
        m_engine->prefetch(QStringLiteral("/images/json"));
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(m_held.at(0).second.target, QByteArray("/v1.45/images/json"));
        answerHeld(0, answer(200, "[{\"Id\":\"early\"}]"));
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        // Asked at the same version before the events start: no further /version or /info.
        QCOMPARE(requestsFor("/version").size(), 1);
        QCOMPARE(requestsFor("/info").size(), 1);
        QTRY_VERIFY(m_events);
        QTest::qWait(20); // the prefetched answer is in

        // Two pages asking in the same turn share it; nothing more reaches the engine.
        const auto a = watch(m_engine->getShared(QStringLiteral("/images/json")));
        const auto b = watch(m_engine->getShared(QStringLiteral("/images/json")));
        QTRY_VERIFY(a->finished && b->finished);
        QCOMPARE(a->body, QByteArray("[{\"Id\":\"early\"}]"));
        QCOMPARE(b->body, a->body);
        QCOMPARE(requestsFor("/images/json").size(), 1);

        // A later ask is the engine's again.
        const auto c = watch(m_engine->getShared(QStringLiteral("/images/json")));
        QTRY_COMPARE(m_held.size(), 2);
        answerHeld(1, answer(200, "[]"));
        QTRY_VERIFY(c->finished);
        QCOMPARE(c->body, QByteArray("[]"));
    }

    void aPrefetchedListIsDroppedAfterAnEvent()
    {
        answerConnects();
        EngineInfo last;
        last.apiVersion = QStringLiteral("1.45");
        m_engine->setExpected(last);
        m_engine->connectToEngine();
        m_engine->prefetch(QStringLiteral("/images/json"));
        QTRY_COMPARE(m_held.size(), 1);
        answerHeld(0, answer(200, "[{\"Id\":\"before\"}]"));
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        QTRY_VERIFY(m_events);
        QSignalSpy events(m_engine.get(), &Engine::eventReceived);
        sendEvent();
        QTRY_COMPARE(events.size(), 1);
        const auto a = watch(m_engine->getShared(QStringLiteral("/images/json")));
        QTRY_COMPARE(m_held.size(), 2);
        answerHeld(1, answer(200, "[{\"Id\":\"after\"}]"));
        QTRY_VERIFY(a->finished);
        QCOMPARE(a->body, QByteArray("[{\"Id\":\"after\"}]"));
    }

    void aPrefetchAtAnotherVersionIsNotUsed()
    {
        // The engine was updated since: it speaks 1.45 now, not 1.44.
        answerConnects();
        EngineInfo last;
        last.apiVersion = QStringLiteral("1.44");
        m_engine->setExpected(last);
        m_engine->connectToEngine();
        m_engine->prefetch(QStringLiteral("/images/json"));
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(m_held.at(0).second.target, QByteArray("/v1.44/images/json"));
        answerHeld(0, answer(200, "[{\"Id\":\"old\"}]"));
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        QCOMPARE(m_engine->info().apiVersion, QStringLiteral("1.45"));
        // /version and /info asked again at the version the ping gave.
        QVERIFY(requestsFor("/v1.44/version").size() == 1 && requestsFor("/v1.45/version").size() == 1);
        QVERIFY(requestsFor("/v1.44/info").size() == 1 && requestsFor("/v1.45/info").size() == 1);
        const auto a = watch(m_engine->getShared(QStringLiteral("/images/json")));
        QTRY_COMPARE(m_held.size(), 2);
        QCOMPARE(m_held.at(1).second.target, QByteArray("/v1.45/images/json"));
        answerHeld(1, answer(200, "[]"));
        QTRY_VERIFY(a->finished);
        QCOMPARE(a->body, QByteArray("[]"));
    }

    void withoutAnExpectedVersionNothingIsAskedAhead()
    {
        answerConnects();
        m_engine->prefetch(QStringLiteral("/images/json"));
        m_engine->connectToEngine();
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        QTest::qWait(50);
        QCOMPARE(requestsFor("/images/json").size(), 0);
        QCOMPARE(m_fake->requests.first().target, QByteArray("/_ping"));
    }
    void theImagesModelsFirstListIsThePrefetchedOne()
    {
        // ImagesModel::prefetch asks what the model asks once connected (the same
        // target): the model's first list costs no request of its own.
        answerConnects();
        EngineInfo last;
        last.apiVersion = QStringLiteral("1.45");
        m_engine->setExpected(last);
        m_engine->connectToEngine();
        ImagesModel::prefetch(*m_engine);
        QTRY_COMPARE(m_held.size(), 1);
        QCOMPARE(m_held.at(0).second.target, QByteArray("/v1.45/images/json?shared-size=1"));
        answerHeld(0, answer(200, "[{\"Id\":\"sha256:aa11\",\"ParentId\":\"\",\"RepoTags\":[\"one:1\"],\"RepoDigests\":[],"
                                  "\"Created\":1700000000,\"Size\":10,\"SharedSize\":0,\"Containers\":-1,\"Labels\":null}]"));
        QTRY_COMPARE(m_engine->state(), Engine::State::Connected);
        ImagesModel model;
        QAbstractItemModelTester tester(&model);
        model.setEngine(m_engine.get());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.image(0).repoTags, QStringList{QStringLiteral("one:1")});
        QCOMPARE(requestsFor("/images/json").size(), 1);
        QTRY_COMPARE(requestsFor("/containers/json").size(), 1); // the users: asked once connected, not ahead
    }
};

QTEST_GUILESS_MAIN(TestSharedRequests)
#include "tst_sharedrequests.moc"
