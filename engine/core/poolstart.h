#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <utility>

// ThreadSanitizer (tools/dev test --tsan) sees no order between the caller of
// QThreadPool::start() and the task: Qt hands the task over under its own lock, a futex
// that TSan does not see, as Debian's Qt is not built with it. Without these two marks,
// whatever the task reads that the caller wrote before start() is reported as a race.
#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace Pool {

/// QThreadPool::globalInstance()->start(task), with the hand-over made visible to TSan.
template<typename Task>
void start(Task &&task)
{
#if defined(__SANITIZE_THREAD__)
    static char handOver;
    QRunnable *runnable = QRunnable::create([t = std::forward<Task>(task)]() mutable {
        __tsan_acquire(&handOver);
        t();
    });
    __tsan_release(&handOver);
    QThreadPool::globalInstance()->start(runnable);
#else
    QThreadPool::globalInstance()->start(std::forward<Task>(task));
#endif
}

} // namespace Pool
