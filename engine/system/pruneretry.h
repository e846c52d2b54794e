#pragma once

#include "engine.h"
#include "engineerror.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QTimer>

#include <functional>
#include <memory>

/// dockerd runs one prune at a time per store (containers and networks share one,
/// images and volumes have their own) and answers any other with 409 "a prune operation
/// is already running". Another client pruning, or this app's own System page while the
/// Images page prunes, is not the user's mistake: the prune waits for the other one to
/// finish, as a user would by trying again, and reports the engine's error only after
/// `patienceMs`.
namespace PruneRetry {

inline bool isPruneRunning(const EngineError &e)
{
    return e.kind == EngineError::Kind::Http && e.httpStatus == 409
        && e.engineMessage.contains(QLatin1String("prune operation is already running"), Qt::CaseInsensitive);
}

/// The first delay; each retry waits 1.5 times longer, up to 2 s.
inline constexpr int FirstDelayMs = 200;
inline constexpr int DefaultPatienceMs = 120 * 1000;

template<class T>
void attempt(QPointer<Engine> engine, std::function<QFuture<Result<T>>()> send, std::shared_ptr<QPromise<Result<T>>> promise,
             QDeadlineTimer deadline, int delayMs)
{
    send().then(engine.data(), [engine, send, promise, deadline, delayMs](const Result<T> &r) {
        if (!r && engine && isPruneRunning(r.error()) && deadline.remainingTime() > delayMs) {
            QTimer::singleShot(delayMs, engine.data(), [engine, send, promise, deadline, delayMs] {
                attempt<T>(engine, send, promise, deadline, std::min(2000, delayMs * 3 / 2));
            });
            return;
        }
        promise->addResult(r);
        promise->finish();
    });
}

/// Calls `send` (which makes one prune request) until the engine is not busy with
/// another prune, or `patienceMs` have passed.
template<class T>
QFuture<Result<T>> whenNoOtherPrune(Engine &engine, std::function<QFuture<Result<T>>()> send, int patienceMs = DefaultPatienceMs)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    attempt<T>(QPointer<Engine>(&engine), std::move(send), promise, QDeadlineTimer(patienceMs), FirstDelayMs);
    return future;
}

} // namespace PruneRetry
