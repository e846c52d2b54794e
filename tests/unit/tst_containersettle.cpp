// The container list and a state between two: Podman lists a container it is
// stopping as "stopping" for up to its stop timeout, and its last event can come
// before the list says "exited". A fake Podman (recorded ping, version and info)
// answers "stopping" a few times, then "exited", and sends no event at all: the model
// asks again by itself until the state settles, then stops asking.
#include "containersmodel.h"
#include "engine.h"
#include "fakeengine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray answer(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray listing(const QByteArray &state)
{
    return "[{\"Id\":\"" + QByteArray(64, 'a') + "\",\"Names\":[\"/web\"],\"Image\":\"shell\",\"ImageID\":\"sha256:" + QByteArray(64, 'b')
        + "\",\"Command\":\"sleep 300\",\"Created\":1700000000,\"State\":\"" + state + "\",\"Status\":\"" + state
        + "\",\"Ports\":[],\"Labels\":{},\"Mounts\":[]}]";
}

} // namespace

class TestContainerSettle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeEngine m_fake;
    int m_lists = 0;
    int m_stoppingAnswers = 3;

private Q_SLOTS:
    void aStateBetweenTwoIsAskedAgainUntilItSettles()
    {
        QVERIFY(m_dir.isValid());
        m_fake.handler = [this](FakeConnection *c, const FakeRequest &r) {
            QString path;
            if (answerPodmanConnect(c, r, &path))
                return; // and its events stream stays quiet
            if (path == QLatin1String("/containers/json"))
                c->write(answer(listing(m_lists++ < m_stoppingAnswers ? "stopping" : "exited")));
            else
                c->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        };
        QVERIFY(m_fake.listenLocal(m_dir.filePath(QStringLiteral("podman.sock"))));
        Endpoint ep;
        ep.path = m_dir.filePath(QStringLiteral("podman.sock"));
        Engine engine(ep);
        engine.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 10000);

        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setEngine(&engine);
        const QString id(64, QLatin1Char('a'));
        QTRY_VERIFY_WITH_TIMEOUT(model.containerById(id), 10000);
        QCOMPARE(model.containerById(id)->state, QStringLiteral("stopping"));
        // No event: the model asks again (every half second) until "exited".
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfId(id).data(ContainersModel::StateRole).toInt(), int(ContainerSummary::State::Exited), 10000);
        QCOMPARE(m_lists, m_stoppingAnswers + 1);
        // Settled: no more asking.
        QTest::qWait(1500);
        QCOMPARE(m_lists, m_stoppingAnswers + 1);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_MAIN(TestContainerSettle)
#include "tst_containersettle.moc"
