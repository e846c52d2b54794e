#include "testengine.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace TestEngine {

QString dir()
{
    return qEnvironmentVariable("CAIS_TEST_ENGINE_DIR");
}

QMap<QString, QString> environment()
{
    QMap<QString, QString> vars;
    QFile f(dir() + QLatin1String("/env"));
    if (dir().isEmpty() || !f.open(QIODevice::ReadOnly))
        return vars;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            vars.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return vars;
}

QString problem()
{
    if (dir().isEmpty())
        return QStringLiteral("CAIS_TEST_ENGINE_DIR is not set: run the tests with ctest (or tools/dev test), which starts the engine fixture.");
    if (environment().value(QStringLiteral("DOCKER_HOST")).isEmpty())
        return QStringLiteral("The test engine did not start (no %1/env): see the engine.start test's output.").arg(dir());
    return {};
}

QString dockerHost()
{
    return environment().value(QStringLiteral("DOCKER_HOST"));
}

Endpoint endpoint()
{
    return Endpoint::parse(dockerHost()).value_or(Endpoint{});
}

QString registry()
{
    return environment().value(QStringLiteral("CAIS_TEST_REGISTRY"));
}

static bool runDocker(const QString &host, const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), host);
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("docker %1 timed out").arg(args.join(QLatin1Char(' ')))), __FILE__, __LINE__);
        return false;
    }
    const QByteArray o = p.readAllStandardOutput();
    const QByteArray e = p.readAllStandardError();
    if (out)
        *out = o;
    if (err)
        *err = e;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!err)
            QTest::qFail(qPrintable(QStringLiteral("docker %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(e))), __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool docker(const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    return runDocker(dockerHost(), args, out, err, timeoutMs);
}

static bool fixture(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(CAIS_ENGINE_FIXTURE), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray runImage(const QStringList &args)
{
    QByteArray idOut;
    QByteArray err;
    if (!docker(QStringList{QStringLiteral("run"), QStringLiteral("-d")} + args, &idOut, &err)) {
        QTest::qFail(qPrintable(QStringLiteral("docker run %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(err))), __FILE__, __LINE__);
        return {};
    }
    const QString id = QString::fromUtf8(idOut.trimmed());
    QByteArray status;
    docker({QStringLiteral("wait"), id}, &status);
    QByteArray out;
    docker({QStringLiteral("logs"), id}, &out, &err);
    docker({QStringLiteral("rm"), QStringLiteral("-f"), id});
    if (status.trimmed() != "0")
        QTest::qFail(qPrintable(QStringLiteral("docker run %1 exited with %2: %3")
                                    .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(status.trimmed()), QString::fromUtf8(err))),
                     __FILE__, __LINE__);
    return out;
}

bool startBareEngine(const QString &d)
{
    return fixture({QStringLiteral("start"), d, QStringLiteral("--bare")});
}

bool stopEngine(const QString &d)
{
    return fixture({QStringLiteral("stop"), d});
}

Outcome wait(Reply *reply, int ms)
{
    auto outcome = std::make_shared<Outcome>();
    QObject guard;
    QObject::connect(reply, &Reply::finished, &guard, [outcome, reply] {
        outcome->done = outcome->ok = true;
        outcome->status = reply->status();
        outcome->body = reply->body();
    });
    QObject::connect(reply, &Reply::failed, &guard, [outcome, reply](const EngineError &e) {
        outcome->done = true;
        outcome->status = reply->status();
        outcome->error = e;
    });
    QDeadlineTimer deadline(ms);
    while (!outcome->done && !deadline.hasExpired())
        QTest::qWait(5);
    if (!outcome->done)
        QTest::qFail("an engine request did not finish in time", __FILE__, __LINE__);
    return *outcome;
}

Engine &connected(std::unique_ptr<Engine> &slot, bool watchEvents)
{
    if (!slot) {
        slot = std::make_unique<Engine>(endpoint());
        slot->setWatchEvents(watchEvents);
        slot->connectToEngine();
    }
    QDeadlineTimer deadline(20000);
    while (slot->state() != Engine::State::Connected && !deadline.hasExpired())
        QTest::qWait(5);
    if (slot->state() != Engine::State::Connected)
        QTest::qFail("the test engine did not connect within 20 s", __FILE__, __LINE__);
    return *slot;
}

} // namespace TestEngine
