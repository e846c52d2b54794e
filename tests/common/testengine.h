#pragma once

#include "dockercontexts.h"
#include "endpoint.h"
#include "engine.h"
#include "reply.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QTest>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

/// The real engine that the test fixture started (tests/engine/engine-fixture).
/// Integration tests fail, never skip, when it is absent.
namespace TestEngine {

/// The fixture's directory (CAIS_TEST_ENGINE_DIR); empty when unset.
QString dir();
/// The variables the fixture wrote to DIR/env. Empty when the fixture did not run.
QMap<QString, QString> environment();
/// Why the engine is not usable, or empty when it is.
QString problem();
Endpoint endpoint();
QString dockerHost();
/// "127.0.0.1:PORT" of the fixture's registry.
QString registry();

/// Runs the docker CLI against the test engine; returns stdout, fails the test
/// (QTest::qFail + false) on a non-zero exit. Tests share the engine and run in
/// parallel, so a command that would change a seeded image (tag it, untag or remove
/// it) or prune the shared engine fails the test without running: make an image of
/// your own with ownImage(), or prune a bare engine of your own (startBareEngine()).
/// A command that starts with `-H HOST` talks to another engine and is not checked.
bool docker(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 60000);

/// Why `docker ARGS` on the shared engine would change a seeded object, or empty.
QString seedViolation(const QStringList &args);

/// Where the docker CLI's and Cais's engine discovery look, all under `dir`: a HOME and a
/// DOCKER_CONFIG of their own, DOCKER_HOST the test engine, and no Podman socket of the
/// machine's. For EngineRegistry and DockerContexts tests that must not see the user's.
DockerContexts::Options isolatedOptions(const QString &dir);

/// The seeded images (DIR/seeds): id -> its references.
QMap<QString, QStringList> seeds();

/// An image of the calling test's own: built FROM `base` (a seeded image) with a label
/// that makes its id unique, tagged with every name of `tags`. Returns its id, or an
/// empty string after failing the test. Tag, untag and remove this, never a seed.
QString ownImage(const QStringList &tags, const QString &base = QStringLiteral("cais-test/shell:1"),
                 const QString &extraInstructions = {});

/// `docker run ARGS` (options, image, command) and what the container printed on
/// stdout; a non-zero exit fails the test. Through `run -d`, `wait` and `logs` rather
/// than `run --rm`: under load, `docker run --rm` of a short-lived container has
/// exited 0 with none of its output; the engine keeps the logs, they cannot be missed.
QByteArray runImage(const QStringList &args);

/// Starts/stops a second, bare engine (no seeds, no registry) in `dir`.
bool startBareEngine(const QString &dir);
bool stopEngine(const QString &dir);

/// What a raw reply ended with. Replies delete themselves once done, so tests take
/// their results from the signals, as application code must.
struct Outcome
{
    bool done = false;
    bool ok = false;
    int status = 0;
    QByteArray body;
    EngineError error;
};
Outcome wait(Reply *reply, int ms = 30000);

/// A test class's client of the test engine: made in `slot` on first use (with
/// `watchEvents` as given), then waited for until connected; a timeout fails the test.
Engine &connected(std::unique_ptr<Engine> &slot, bool watchEvents = true);

/// The Podman service of the podman fixture (CAIS_TEST_PODMAN_DIR/env): its address
/// (unix://...), or empty when the fixture did not run.
QString podmanHost();
/// The podman fixture's own registry (127.0.0.1:PORT), declared insecure in the
/// service's registries.conf as a user would declare a local registry.
QString podmanRegistry();
/// The podman CLI as a remote client of that service; stdout in `out`. A non-zero
/// exit fails the test, unless `quiet` (a cleanup, a poll): then it only says false.
bool podman(const QStringList &args, QByteArray *out = nullptr, bool quiet = false);
/// An Engine on that service, made in `slot` on the first call; connected, or the test fails.
Engine &connectedPodman(std::unique_ptr<Engine> &slot);

/// Waits (running the event loop) for a typed engine call; a timeout fails the test.
template<class X>
Result<X> await(QFuture<Result<X>> future, int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished()) {
        QTest::qFail("an engine call did not finish in time", __FILE__, __LINE__);
        return std::unexpected(EngineError::make(EngineError::Kind::Timeout, QStringLiteral("test timeout")));
    }
    return future.result();
}

} // namespace TestEngine

/// Fails the test when the fixture engine is missing.
#define REQUIRE_TEST_ENGINE()                                                   \
    do {                                                                        \
        const QString _p = TestEngine::problem();                               \
        if (!_p.isEmpty())                                                      \
            QFAIL(qPrintable(_p));                                              \
    } while (false)
