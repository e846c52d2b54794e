// ContainersApi's sentences for engine errors, from the engine's own messages
// (recorded from Docker 26: tests/integration/tst_containers.cpp meets them live).
#include "containersapi.h"

#include <QTest>

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
