// Podman's network prune fails as a whole when a container goes away while it looks
// at the networks' users ("no container with ID ... found in database: no such
// container", seen in a repeated run of tst_systempodman on the shared service).
// System > Prune tries the networks once more then, and only then: a fake engine
// (the recorded Podman 5.4 answers to /_ping, /version and /info) answers the first
// prune with that error.
// dockerd runs one prune at a time (409 "a prune operation is already running", seen
// when tst_networks and tst_windowsystem pruned together on the shared engine): every
// prune waits for the other one to finish, for a while, before it reports that.
#include "engine.h"
#include "fakeengine.h"
#include "imagesapi.h"
#include "networksapi.h"
#include "pruneretry.h"
#include "systemapi.h"
#include "volumesapi.h"
#include "testengine.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray answer(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : status == 409 ? " Conflict" : " Internal Server Error")
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// dockerd's answer to a prune while another runs (daemon/prune.go errPruneRunning).
QByteArray busy()
{
    return answer(409, "{\"message\":\"a prune operation is already running\"}");
}

} // namespace

class TestPruneRace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeEngine m_fake;
    QList<QByteArray> m_pruneAnswers; ///< what any /.../prune answers, in turn
    int m_prunes = 0;
    std::unique_ptr<Engine> m_engine;

    /// System > Prune with networks only.
    Result<SystemPruneReport> pruneNetworks()
    {
        SystemPruneOptions o;
        o.containers = o.volumes = o.images = o.buildCache = false;
        o.networks = true;
        return TestEngine::await(SystemApi::prune(*m_engine, o));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fake.handler = [this](FakeConnection *c, const FakeRequest &r) {
            QString path;
            if (answerPodmanConnect(c, r, &path))
                return;
            if (path.endsWith(QLatin1String("/prune")))
                c->write(m_pruneAnswers.value(m_prunes++, answer(200, "{\"NetworksDeleted\":[],\"VolumesDeleted\":[],\"ImagesDeleted\":[]}")));
            else
                c->write(answer(404, "{\"message\":\"not here\"}"));
        };
        const QString socket = m_dir.filePath(QStringLiteral("podman.sock"));
        QVERIFY(m_fake.listenLocal(socket));
        Endpoint ep;
        ep.path = socket;
        m_engine = std::make_unique<Engine>(ep);
        m_engine->connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Connected, 10000);
        QVERIFY(m_engine->info().podman);
    }

    void vanishedContainerIsRetriedOnce()
    {
        m_prunes = 0;
        m_pruneAnswers = {answer(500, "{\"cause\":\"no such container\",\"message\":\"no container with ID e5381c64f7d2 found in "
                                      "database: no such container\",\"response\":500}"),
                          answer(200, "{\"NetworksDeleted\":[\"net-1\"]}")};
        const auto r = pruneNetworks();
        QVERIFY(r.has_value());
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(u'\n')));
        QCOMPARE(r->networksDeleted, QStringList{QStringLiteral("net-1")});
        QCOMPARE(m_prunes, 2);
    }

    void theSameErrorTwiceIsReported()
    {
        m_prunes = 0;
        const QByteArray vanished = answer(500, "{\"message\":\"no container with ID e5381c64f7d2 found in database: no such container\"}");
        m_pruneAnswers = {vanished, vanished};
        const auto r = pruneNetworks();
        QVERIFY(r.has_value());
        QCOMPARE(r->errors.size(), 1);
        QVERIFY(r->errors.first().contains(QStringLiteral("no such container")));
        QCOMPARE(m_prunes, 2);
    }

    void otherErrorsAreNotRetried()
    {
        m_prunes = 0;
        m_pruneAnswers = {answer(500, "{\"message\":\"the disk is full\"}")};
        const auto r = pruneNetworks();
        QVERIFY(r.has_value());
        QCOMPARE(r->errors.size(), 1);
        QVERIFY(r->errors.first().contains(QStringLiteral("the disk is full")));
        QCOMPARE(m_prunes, 1);
    }

    void aBusyEngineIsWaitedFor()
    {
        m_prunes = 0;
        m_pruneAnswers = {busy(), busy(), answer(200, "{\"NetworksDeleted\":[\"net-2\"]}")};
        const auto r = pruneNetworks();
        QVERIFY(r.has_value());
        QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.join(u'\n')));
        QCOMPARE(r->networksDeleted, QStringList{QStringLiteral("net-2")});
        QCOMPARE(m_prunes, 3);
    }

    void everyPageWaitsForABusyEngine()
    {
        m_prunes = 0;
        m_pruneAnswers = {busy(), answer(200, "{\"NetworksDeleted\":[\"net-3\"]}")};
        const auto n = TestEngine::await(NetworksApi::prune(*m_engine, {}));
        QVERIFY2(n.has_value(), qPrintable(n ? QString() : n.error().fullText()));
        QCOMPARE(*n, QStringList{QStringLiteral("net-3")});
        QCOMPARE(m_prunes, 2);

        m_prunes = 0;
        m_pruneAnswers = {busy(), answer(200, "{\"VolumesDeleted\":[\"vol-1\"],\"SpaceReclaimed\":5}")};
        const auto v = TestEngine::await(VolumesApi::prune(*m_engine, false, {}));
        QVERIFY2(v.has_value(), qPrintable(v ? QString() : v.error().fullText()));
        QCOMPARE(v->deleted, QStringList{QStringLiteral("vol-1")});
        QCOMPARE(m_prunes, 2);

        m_prunes = 0;
        m_pruneAnswers = {busy(), answer(200, "{\"ImagesDeleted\":[{\"Untagged\":\"a:1\"}],\"SpaceReclaimed\":7}")};
        const auto i = TestEngine::await(ImagesApi::prune(*m_engine, false, {}));
        QVERIFY2(i.has_value(), qPrintable(i ? QString() : i.error().fullText()));
        QCOMPARE(i->spaceReclaimed, 7);
        QCOMPARE(m_prunes, 2);
    }

    void patienceEndsWithTheEnginesWords()
    {
        m_prunes = 0;
        m_pruneAnswers = QList<QByteArray>(50, busy());
        Engine *e = m_engine.get();
        const auto r = TestEngine::await(PruneRetry::whenNoOtherPrune<QStringList>(*e, [e]() {
            return e->call<QStringList>(e->post(QStringLiteral("/networks/prune")), [](const Reply &) -> Result<QStringList> { return QStringList(); });
        }, 1500));
        QVERIFY(!r.has_value());
        QVERIFY(PruneRetry::isPruneRunning(r.error()));
        QVERIFY2(r.error().fullText().contains(QStringLiteral("a prune operation is already running")), qPrintable(r.error().fullText()));
        QVERIFY(m_prunes >= 2);
        QVERIFY(m_prunes < 50);
    }

    void busyIsOnlyTheEnginesPruneLock()
    {
        EngineError e;
        e.kind = EngineError::Kind::Http;
        e.httpStatus = 409;
        e.engineMessage = QStringLiteral("a prune operation is already running");
        QVERIFY(PruneRetry::isPruneRunning(e));
        e.engineMessage = QStringLiteral("conflict: unable to remove repository reference");
        QVERIFY(!PruneRetry::isPruneRunning(e));
        e.engineMessage = QStringLiteral("a prune operation is already running");
        e.httpStatus = 500;
        QVERIFY(!PruneRetry::isPruneRunning(e));
    }
};

QTEST_GUILESS_MAIN(TestPruneRace)
#include "tst_prunerace.moc"
