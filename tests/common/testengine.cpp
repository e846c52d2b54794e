#include "testengine.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

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

DockerContexts::Options isolatedOptions(const QString &dir)
{
    DockerContexts::Options o;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("/home"));
    env.insert(QStringLiteral("DOCKER_CONFIG"), dir + QStringLiteral("/docker"));
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost());
    o.env = env;
    o.root = dir + QStringLiteral("/root"); // no Podman socket of the machine's
    return o;
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

static bool runDockerOnce(const QString &host, const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs);

/// runc, under a heavily loaded machine (the sanitizer run beside other builds), once
/// failed to start a container's init ("read init-p: connection reset by peer"): the
/// engine's fault, not the test's. Such a `docker run` is retried once, after the
/// half-made container is removed; every other failure fails at once.
static bool runDocker(const QString &host, const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    if (args.value(0) != QLatin1String("run"))
        return runDockerOnce(host, args, out, err, timeoutMs);
    QByteArray firstErr;
    if (runDockerOnce(host, args, out, &firstErr, timeoutMs)) {
        if (err)
            *err = firstErr;
        return true;
    }
    if (!firstErr.contains("read init-p: connection reset by peer")) {
        if (err)
            *err = firstErr;
        else
            QTest::qFail(qPrintable(QStringLiteral("docker %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(firstErr))), __FILE__,
                         __LINE__);
        return false;
    }
    qWarning("docker run: runc failed to start the container's init; removing it and trying once more: %s", firstErr.constData());
    const qsizetype nameAt = args.indexOf(QLatin1String("--name"));
    if (nameAt >= 0 && nameAt + 1 < args.size()) {
        QByteArray ignored;
        runDockerOnce(host, {QStringLiteral("rm"), QStringLiteral("-f"), args.at(nameAt + 1)}, nullptr, &ignored, timeoutMs);
    }
    return runDockerOnce(host, args, out, err, timeoutMs);
}

static bool runDockerOnce(const QString &host, const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
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

QMap<QString, QStringList> seeds()
{
    QMap<QString, QStringList> byId;
    QFile f(dir() + QLatin1String("/seeds"));
    if (dir().isEmpty() || !f.open(QIODevice::ReadOnly))
        return byId;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 1 || !words.first().startsWith("sha256:"))
            continue;
        QStringList &refs = byId[QString::fromLatin1(words.first())];
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (!words.at(i).contains("<none>"))
                refs << QString::fromUtf8(words.at(i));
        }
    }
    return byId;
}

/// The seeded image that `word` (a reference or an id, short or long) names, or empty.
static QString seedNamed(const QMap<QString, QStringList> &seeded, QString word)
{
    if (word.startsWith(QLatin1String("docker.io/library/")))
        word = word.mid(18);
    else if (word.startsWith(QLatin1String("docker.io/")))
        word = word.mid(10);
    const QString hex = word.startsWith(QLatin1String("sha256:")) ? word.mid(7) : word;
    const bool looksLikeId = hex.size() >= 12 && hex.size() <= 64
        && std::all_of(hex.begin(), hex.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
    const QString withTag = word.contains(QLatin1Char(':')) || word.contains(QLatin1Char('@')) ? word : word + QLatin1String(":latest");
    for (auto it = seeded.begin(); it != seeded.end(); ++it) {
        if (looksLikeId && it.key().mid(7).startsWith(hex))
            return it.key();
        if (it.value().contains(withTag))
            return withTag;
    }
    return {};
}

QString seedViolation(const QStringList &args)
{
    if (args.isEmpty() || args.first() == QLatin1String("-H"))
        return {};
    QStringList words = args;
    // `docker image rm`, `docker image tag`, `docker system prune` ... name the verb second.
    if (words.size() > 1 && (words.first() == QLatin1String("image") || words.first() == QLatin1String("container")
                             || words.first() == QLatin1String("system") || words.first() == QLatin1String("builder")))
        words.removeFirst();
    const QString verb = words.first();
    if (verb == QLatin1String("prune"))
        return QStringLiteral("`docker %1` would prune the engine every test shares; prune a bare engine of the test's own (TestEngine::startBareEngine)")
            .arg(args.join(QLatin1Char(' ')));
    static const QStringList changing{QStringLiteral("tag"), QStringLiteral("rmi"), QStringLiteral("rm"), QStringLiteral("remove"),
                                      QStringLiteral("untag")};
    if (!changing.contains(verb))
        return {};
    const QMap<QString, QStringList> seeded = seeds();
    // `tag SOURCE TARGET` changes SOURCE's image (and TARGET's, if it is a seed's name).
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i).startsWith(QLatin1Char('-')))
            continue;
        const QString seed = seedNamed(seeded, words.at(i));
        if (!seed.isEmpty())
            return QStringLiteral("`docker %1` would change the seeded image %2, which every test shares and reads in parallel; "
                                  "tag and remove an image of the test's own instead (TestEngine::ownImage)")
                .arg(args.join(QLatin1Char(' ')), seed);
    }
    return {};
}

bool docker(const QStringList &args, QByteArray *out, QByteArray *err, int timeoutMs)
{
    const QString violation = seedViolation(args);
    if (!violation.isEmpty()) {
        QTest::qFail(qPrintable(violation), __FILE__, __LINE__);
        return false;
    }
    return runDocker(dockerHost(), args, out, err, timeoutMs);
}

QString ownImage(const QStringList &tags, const QString &base, const QString &extraInstructions)
{
    QTemporaryDir ctx;
    QFile f(ctx.filePath(QStringLiteral("Dockerfile")));
    if (tags.isEmpty() || !ctx.isValid() || !f.open(QIODevice::WriteOnly)) {
        QTest::qFail("ownImage: no tag given, or no temporary directory", __FILE__, __LINE__);
        return {};
    }
    // The label makes the id the test's own even when another test builds the same.
    f.write(QStringLiteral("FROM %1\nLABEL cais.test.owner=\"%2\"\n%3\n")
                .arg(base, QUuid::createUuid().toString(QUuid::WithoutBraces), extraInstructions)
                .toUtf8());
    f.close();
    QStringList args{QStringLiteral("build"), QStringLiteral("-q")};
    for (const QString &t : tags)
        args << QStringLiteral("-t") << t;
    QByteArray id;
    if (!docker(args << ctx.path(), &id, nullptr, 120000))
        return {};
    return QString::fromUtf8(id.trimmed());
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

static QString podmanEnv(const QByteArray &name)
{
    QFile f(qEnvironmentVariable("CAIS_TEST_PODMAN_DIR") + QStringLiteral("/env"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray key = "export " + name + '=';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromUtf8(line.mid(key.size()).trimmed());
    }
    return {};
}

QString podmanHost()
{
    return podmanEnv("CAIS_TEST_PODMAN_HOST");
}

QString podmanRegistry()
{
    return podmanEnv("CAIS_TEST_PODMAN_REGISTRY");
}

bool podman(const QStringList &args, QByteArray *out, bool quiet)
{
    QProcess p;
    p.start(QStringLiteral("podman"), QStringList{QStringLiteral("--remote"), QStringLiteral("--url"), podmanHost()} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        if (!quiet)
            QTest::qFail("podman timed out", __FILE__, __LINE__);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0) {
        if (!quiet)
            QTest::qFail(qPrintable(QStringLiteral("podman %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()))),
                         __FILE__, __LINE__);
        return false;
    }
    return true;
}

Engine &connectedPodman(std::unique_ptr<Engine> &slot)
{
    if (!slot) {
        slot = std::make_unique<Engine>(Endpoint::parse(podmanHost()).value_or(Endpoint{}));
        slot->connectToEngine();
    }
    QDeadlineTimer deadline(30000);
    while (slot->state() != Engine::State::Connected && !deadline.hasExpired())
        QTest::qWait(5);
    if (slot->state() != Engine::State::Connected)
        QTest::qFail("the Podman service did not connect within 30 s", __FILE__, __LINE__);
    return *slot;
}

} // namespace TestEngine
