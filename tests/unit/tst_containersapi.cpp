// ContainersApi's sentences for engine errors, from the engine's own messages
// (recorded from Docker 26: tests/integration/tst_containers.cpp meets them live).
#include "containersapi.h"
#include "engine.h"
#include "fakeengine.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(ContainersApi::Action)
Q_DECLARE_METATYPE(ContainersApi::Outcome)

class TestContainersApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explain_data()
    {
        using A = ContainersApi::Action;
        QTest::addColumn<ContainersApi::Action>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("engineMessage");
        QTest::addColumn<QString>("userMessage");
        QTest::newRow("gone") << A::Start << 404 << "No such container: web" << "The container web no longer exists: it may have been removed meanwhile.";
        QTest::newRow("gone, empty body") << A::Stop << 404 << "" << "The container web no longer exists: it may have been removed meanwhile.";
        QTest::newRow("missing network") << A::Rename << 404 << "network bridge not found" << "web: the engine could not find what this needs: network bridge not found";
        QTest::newRow("no image") << A::Create << 404 << "No such image: cais-test/nope:1"
                                  << "The image cais-test/nope:1 is not on this engine. Pull it or build it first.";
        QTest::newRow("name in use")
            << A::Create << 409
            << "Conflict. The container name \"/web\" is already in use by container \"9e6c50\". You have to remove (or rename) that container to be able to reuse that name."
            << "The name web is already used by another container. Choose another name, or rename or remove that container first.";
        QTest::newRow("rename: name in use")
            << A::Rename << 409
            << "Error when allocating new name: Conflict. The container name \"/exited\" is already in use by container \"9e6c\". You have to remove (or rename) that container to be able to reuse that name."
            << "The name exited is already used by another container. Choose another name, or rename or remove that container first.";
        QTest::newRow("remove running")
            << A::Remove << 409 << "cannot remove container \"/web\": container is running: stop the container before removing or force remove"
            << "web is running. Stop it first, or remove it with Force.";
        QTest::newRow("start paused") << A::Start << 409 << "cannot start a paused container, try unpause instead" << "web is paused: unpause it first.";
        QTest::newRow("kill stopped") << A::Kill << 409 << "Container 6ee3978db81d is not running" << "web is not running, so there is nothing to kill.";
        QTest::newRow("pause stopped") << A::Pause << 409 << "Container 6ee3978db81d is not running" << "web is not running, so it cannot be paused.";
        QTest::newRow("pause restarting") << A::Pause << 409 << "Container 6ee3 is restarting, wait until the container is running"
                                          << "web is restarting. Wait until it is running or stopped, then try again.";
        QTest::newRow("removal in progress") << A::Remove << 409 << "removal of container 6ee3 is already in progress" << "web is already being removed.";
        QTest::newRow("other conflict") << A::Restart << 409 << "something odd" << "web is in a state that does not allow this: something odd";
        QTest::newRow("bad command")
            << A::Start << 400
            << "failed to create task for container: exec: \"nosuch\": executable file not found in $PATH: unknown"
            << "web did not start: failed to create task for container: exec: \"nosuch\": executable file not found in $PATH: unknown";
        QTest::newRow("bad name") << A::Rename << 400 << "Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"
                                  << "The engine refused the name: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed";
    }
    void explain()
    {
        QFETCH(ContainersApi::Action, action);
        QFETCH(int, status);
        QFETCH(QString, engineMessage);
        QFETCH(QString, userMessage);
        const QByteArray body = engineMessage.isEmpty() ? QByteArray() : QByteArray(R"({"message":)") + '"' + engineMessage.toUtf8().replace("\"", "\\\"") + "\"}";
        const EngineError raw = EngineError::fromHttp(status, body);
        QCOMPARE(raw.engineMessage, engineMessage);
        const EngineError e = ContainersApi::explain(action, QStringLiteral("web"), raw);
        QCOMPARE(e.userMessage, userMessage);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.engineMessage, engineMessage); // kept for whoever wants the engine's words
        // Explaining twice (the page names containers the API knew by id) changes nothing.
        QCOMPARE(ContainersApi::explain(action, QStringLiteral("web"), e).userMessage, userMessage);
    }

    void transportErrorsPassThrough()
    {
        const EngineError closed = EngineError::make(EngineError::Kind::Closed, QStringLiteral("The engine closed the connection."));
        QCOMPARE(ContainersApi::explain(ContainersApi::Action::Stop, QStringLiteral("web"), closed).userMessage, closed.userMessage);
    }

    void actionDeadline_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("t"); ///< the t given to stop/restart; empty for none
        QTest::addColumn<QByteArray>("config"); ///< the container's Config in its inspect
        QTest::addColumn<bool>("inspects");
        QTest::addColumn<int>("deadlineMs"); ///< 0: none
        QTest::newRow("stop, engine default") << "stop" << QString() << QByteArray("{\"Image\":\"x\"}") << true << 70000;
        QTest::newRow("stop, StopTimeout 300") << "stop" << QString() << QByteArray("{\"StopTimeout\":300}") << true << 360000;
        QTest::newRow("stop, StopTimeout null") << "stop" << QString() << QByteArray("{\"StopTimeout\":null}") << true << 70000;
        QTest::newRow("stop, StopTimeout -1") << "stop" << QString() << QByteArray("{\"StopTimeout\":-1}") << true << 0;
        QTest::newRow("stop, t=5 wins over StopTimeout") << "stop" << QStringLiteral("5") << QByteArray("{\"StopTimeout\":300}") << false << 65000;
        QTest::newRow("stop, t=-1 waits forever") << "stop" << QStringLiteral("-1") << QByteArray("{}") << false << 0;
        QTest::newRow("stop, t=0") << "stop" << QStringLiteral("0") << QByteArray("{}") << false << 60000;
        QTest::newRow("stop, huge t") << "stop" << QStringLiteral("2147483647") << QByteArray("{}") << false << 0;
        QTest::newRow("restart, StopTimeout 75") << "restart" << QString() << QByteArray("{\"StopTimeout\":75}") << true << 135000;
        QTest::newRow("restart, t=20") << "restart" << QStringLiteral("20") << QByteArray("{}") << false << 80000;
    }

    void actionDeadline()
    {
        // The engine answers a stop only once the container stopped: after its stop
        // timeout (t, or the container's own StopTimeout, or 10 s), then SIGKILL. The
        // client's deadline follows from it, with a minute to spare; none for -1.
        QFETCH(QString, verb);
        QFETCH(QString, t);
        QFETCH(QByteArray, config);
        QFETCH(bool, inspects);
        QFETCH(int, deadlineMs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("e.sock"));
        FakeEngine fake;
        QVERIFY(fake.listenLocal(path));
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.method == "GET" && r.target.endsWith("/containers/web/json")) {
                const QByteArray body = "{\"Id\":\"web\",\"Config\":" + config + "}";
                c->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
            // stop and restart: answered by the test, once it saw the request.
        };
        Endpoint ep;
        ep.transport = Endpoint::Transport::Unix;
        ep.path = path;
        Engine engine(ep);
        ContainersApi api(&engine);
        const std::optional<int> timeout = t.isEmpty() ? std::nullopt : std::optional<int>(t.toInt());
        auto future = verb == QLatin1String("stop") ? api.stop(QStringLiteral("web"), timeout) : api.restart(QStringLiteral("web"), timeout);

        QTRY_VERIFY_WITH_TIMEOUT(!fake.requests.isEmpty() && fake.requests.last().method == "POST", 10000);
        const FakeRequest request = fake.requests.last();
        QCOMPARE(fake.requests.size(), inspects ? 2 : 1);
        const QByteArray expected = "/v1.41/containers/web/" + verb.toLatin1() + (t.isEmpty() ? QByteArray() : "?t=" + t.toLatin1());
        QCOMPARE(request.target, expected);
        // The deadline the pending request runs with.
        QList<Reply *> pending;
        for (Reply *r : engine.findChildren<Reply *>()) {
            if (!r->isDone() && r->request().target == expected)
                pending << r;
        }
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first()->request().firstByteTimeoutMs, deadlineMs);
        fake.connectionOf(request)->write("HTTP/1.1 204 No Content\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY(future.result().has_value());
        QCOMPARE(*future.result(), ContainersApi::Outcome::Done);
    }

    void stopDeadlineTable_data()
    {
        QTest::addColumn<int>("t");        ///< INT_MIN: none given
        QTest::addColumn<qint64>("config"); ///< LLONG_MIN: none configured
        QTest::addColumn<int>("deadlineMs");
        const int none = std::numeric_limits<int>::min();
        const qint64 unset = std::numeric_limits<qint64>::min();
        QTest::newRow("defaults: 10 s and a minute") << none << unset << 70000;
        QTest::newRow("StopTimeout 300") << none << qint64(300) << 360000;
        QTest::newRow("StopTimeout -1: forever") << none << qint64(-1) << 0;
        QTest::newRow("StopTimeout 0") << none << qint64(0) << 60000;
        QTest::newRow("StopTimeout 2^40: beyond a timer") << none << (qint64(1) << 40) << 0;
        QTest::newRow("t wins") << 3 << qint64(300) << 63000;
        QTest::newRow("t=-1: forever") << -1 << qint64(300) << 0;
        QTest::newRow("t=-5: forever too") << -5 << unset << 0;
        QTest::newRow("t=2147483: beyond a timer") << 2147483 << unset << 0;
        QTest::newRow("t=2147423: the largest that fits") << 2147423 << unset << 2147483000;
        QTest::newRow("t=INT_MAX") << std::numeric_limits<int>::max() << unset << 0;
    }

    void stopDeadlineTable()
    {
        QFETCH(int, t);
        QFETCH(qint64, config);
        QFETCH(int, deadlineMs);
        const std::optional<int> given = t == std::numeric_limits<int>::min() ? std::nullopt : std::optional<int>(t);
        const std::optional<qint64> configured = config == std::numeric_limits<qint64>::min() ? std::nullopt : std::optional<qint64>(config);
        QCOMPARE(ContainersApi::stopDeadlineMs(given, configured), deadlineMs);
    }

    void describe_data()
    {
        using A = ContainersApi::Action;
        using O = ContainersApi::Outcome;
        QTest::addColumn<ContainersApi::Action>("action");
        QTest::addColumn<ContainersApi::Outcome>("outcome");
        QTest::addColumn<QString>("text");
        QTest::newRow("start") << A::Start << O::Done << "Started";
        QTest::newRow("start 304") << A::Start << O::AlreadyInState << "Already running";
        QTest::newRow("stop 304") << A::Stop << O::AlreadyInState << "Already stopped";
        QTest::newRow("pause twice") << A::Pause << O::AlreadyInState << "Already paused";
        QTest::newRow("unpause, not paused") << A::Unpause << O::AlreadyInState << "Was not paused";
        QTest::newRow("remove") << A::Remove << O::Done << "Removed";
    }
    void describe()
    {
        QFETCH(ContainersApi::Action, action);
        QFETCH(ContainersApi::Outcome, outcome);
        QFETCH(QString, text);
        QCOMPARE(ContainersApi::describe(action, outcome), text);
    }
};

QTEST_GUILESS_MAIN(TestContainersApi)
#include "tst_containersapi.moc"
