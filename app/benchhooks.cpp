#include "benchhooks.h"

#include "engine.h"
#include "images/imagespage.h"
#include "imagesmodel.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QListWidget>
#include <QPointer>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace {

QElapsedTimer &benchClock()
{
    static QElapsedTimer t;
    return t;
}

bool benchOn()
{
    static const bool on = qEnvironmentVariableIsSet("CAIS_BENCH_FIRST_PAINT");
    return on;
}

/// VmRSS of /proc/self/status, in MiB.
double residentMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

class FirstPaint : public QObject
{
public:
    FirstPaint(MainWindow *window, bool visitPages)
        : QObject(window)
        , m_window(window)
        , m_visit(visitPages)
    {
        window->imagesPage()->view()->viewport()->installEventFilter(this);
        if (Engine *e = window->engine()) {
            connect(e, &Engine::stateChanged, this, [this, e] {
                if (e->state() == Engine::State::Connected && !m_connected) {
                    m_connected = true;
                    benchMark("engine_connected");
                }
            });
        }
        connect(window->imagesModel(), &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_listed) {
                m_listed = true;
                benchMark("images_listed");
            }
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_window->imagesModel()->rowCount() > 0) {
            m_done = true;
            benchMark("first_paint");
            watched->removeEventFilter(this);
            // After this paint has finished.
            QTimer::singleShot(0, this, [this] { painted(); });
        }
        return false;
    }

private:
    void painted()
    {
        benchMark("painted");
        if (!m_visit) {
            // The measure is process start to first paint: what a user waits for. The
            // teardown after it (windows, models, engine connections, Qt's plugins) is
            // not, and hyperfine would count it, so the process ends here.
            std::fflush(stdout);
            std::fflush(stderr);
            std::_Exit(0);
        }
        std::printf("INFO rss_first_paint_mb=%.1f\n", residentMiB());
        std::fflush(stdout);
        visit(0);
    }

    void visit(int row)
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        if (!nav || row >= nav->count()) {
            std::printf("INFO rss_all_pages_mb=%.1f\n", residentMiB());
            std::fflush(stdout);
            QCoreApplication::quit();
            return;
        }
        if (!nav->item(row)->isHidden())
            nav->setCurrentRow(row);
        QTimer::singleShot(nav->item(row)->isHidden() ? 0 : 1500, this, [this, row] { visit(row + 1); });
    }

    QPointer<MainWindow> m_window;
    bool m_visit;
    bool m_done = false;
    bool m_connected = false;
    bool m_listed = false;
};

} // namespace

void benchStart()
{
    if (benchOn()) {
        benchClock().start();
        // The wall clock at main(): against the time the process was started, what the
        // loader and the libraries' own initialisers took before it.
        timespec ts{};
        clock_gettime(CLOCK_REALTIME, &ts);
        std::fprintf(stderr, "INFO main_realtime_ns=%lld\n", static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
    }
}

void benchMark(const char *what)
{
    if (benchOn() && benchClock().isValid())
        std::fprintf(stderr, "INFO t_%s_ms=%.1f\n", what, benchClock().nsecsElapsed() / 1e6);
}

void installBenchHooks(MainWindow *window)
{
    const QByteArray mode = qgetenv("CAIS_BENCH_FIRST_PAINT");
    if (mode != "quit" && mode != "pages")
        return;
    new FirstPaint(window, mode == "pages");
}
