// Times what a user waits for when Cais shows a big container log, against the
// engine in DOCKER_HOST and a container that has written many lines (run-benchmarks
// makes one with `seq 1 1000000`):
//
//   logs.tail    a new LogsView with its default tail (the last 10,000 lines): from
//                opening until the lines are in the model, the list is scrolled to
//                the end and painted
//   logs.model   the whole log into a LogsModel without a view: the engine, the
//                transport and the decoder (what the list adds is logs.all minus this)
//   logs.all     a new LogsView with tail "All" and a ring that holds every line: the
//                whole log through the engine, the decoder and the model into the list
//   logs.search  in that full view, a search for a term whose first match is near
//                the start of the log: every line scanned, every match counted, the
//                list moved to the next match and painted
//
// Prints, per measure, `RESULT <name> <runs> <median ms> <p90 ms>`, then
// `INFO lines=<n> peak_rss_mb=<VmHWM> rss_before_mb=<VmRSS at start> matches=<n>`.
// Exits non-zero when the engine cannot be reached or a view shows the wrong lines.
//
// Usage: bench_logs --container NAME [--lines N] [--term TEXT] [--runs N] [--warmup N]

#include "benchstats.h"
#include "containers/logsview.h"
#include "engine.h"
#include "logsmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_logs", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_logs: %s\n", qPrintable(text));
}

using bench::median;
using bench::p90;

/// "VmHWM:   123456 kB" from /proc/self/status, in MiB.
double procStatusMb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray k(key);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(k))
            return line.mid(k.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Runs the event loop until `done()` holds or `ms` pass, sleeping between events
/// as the application's own loop does; false on time-out. (processEvents(flags, ms)
/// never waits: looping on it spun a core, which on a machine of two took the CPU
/// the engine needed to send the log, and made every socket read a tiny one.)
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    QTimer tick; // wakes the loop to look at `done` and the time
    tick.start(50);
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool atBottom(const LogsView &view)
{
    const QScrollBar *bar = view.listView()->verticalScrollBar();
    return bar->value() == bar->maximum();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption containerOpt(QStringLiteral("container"), tr("The container whose log to show."), QStringLiteral("name"));
    QCommandLineOption linesOpt(QStringLiteral("lines"), tr("Lines the container wrote."), QStringLiteral("n"), QStringLiteral("1000000"));
    QCommandLineOption termOpt(QStringLiteral("term"), tr("What to search for."), QStringLiteral("text"), QStringLiteral("12345"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), tr("Timed runs per measure."), QStringLiteral("n"), QStringLiteral("5"));
    QCommandLineOption warmupOpt(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("1"));
    p.addOptions({containerOpt, linesOpt, termOpt, runsOpt, warmupOpt});
    p.process(app);
    const QString container = p.value(containerOpt);
    const int lines = p.value(linesOpt).toInt();
    const QString term = p.value(termOpt);
    const int runs = p.value(runsOpt).toInt();
    const int warmup = p.value(warmupOpt).toInt();
    if (container.isEmpty() || lines <= 0 || runs <= 0 || warmup < 0) {
        printErr(tr("Give --container, and positive --lines and --runs."));
        return 2;
    }
    const double rssBefore = procStatusMb("VmRSS:");

    const Result<Endpoint> endpoint = Endpoint::fromEnvironment();
    if (!endpoint) {
        printErr(endpoint.error().fullText());
        return 1;
    }
    Engine engine(*endpoint);
    engine.setWatchEvents(false);
    engine.connectToEngine();
    if (!waitFor([&] { return engine.state() == Engine::State::Connected || engine.state() == Engine::State::Unreachable; }, 20000)
        || engine.state() != Engine::State::Connected) {
        printErr(tr("No engine: %1").arg(engine.lastError().fullText()));
        return 1;
    }

    // Numbers 1..lines that contain the term: what a search must find.
    int expectedMatches = 0;
    for (int n = 1; n <= lines; ++n)
        expectedMatches += QString::number(n).contains(term) ? 1 : 0;

    QList<double> tailMs, modelMs, allMs, searchMs;
    const int tailRows = std::min(LogsView::kDefaultTail, lines);
    for (int round = 0; round < warmup + runs; ++round) {
        const bool timed = round >= warmup;
        // --- the default tail
        {
            QElapsedTimer t;
            t.start();
            LogsView view(&engine, container);
            view.resize(1000, 700);
            view.show();
            bool finished = false;
            QObject::connect(&view, &LogsView::streamFinished, &view, [&] { finished = true; });
            if (!waitFor([&] { return finished && view.model()->rowCount() == tailRows && atBottom(view); }, 60000)) {
                printErr(tr("The tail did not show: %1 rows, %2").arg(view.model()->rowCount()).arg(view.statusText()));
                return 1;
            }
            view.listView()->viewport()->repaint();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (view.model()->lineText(tailRows - 1) != QString::number(lines)) {
                printErr(tr("The last line shown is \"%1\", not %2.").arg(view.model()->lineText(tailRows - 1)).arg(lines));
                return 1;
            }
            if (timed)
                tailMs.append(ms);
        }
        // --- everything into a model alone: the engine, the transport and the decoder
        {
            QElapsedTimer t;
            t.start();
            LogsModel model;
            model.setCapacity(std::max(lines, LogsModel::kDefaultCapacity));
            LogsStream stream(&engine, container);
            bool finished = false;
            QObject::connect(&stream, &LogsStream::linesReceived, &model, &LogsModel::append);
            QObject::connect(&stream, &LogsStream::finished, &model, [&] {
                model.flush();
                finished = true;
            });
            LogsOptions o;
            o.follow = false;
            stream.start(o);
            if (!waitFor([&] { return finished; }, 300000) || model.rowCount() != lines) {
                printErr(tr("The model got %1 lines, not %2.").arg(model.rowCount()).arg(lines));
                return 1;
            }
            if (timed)
                modelMs.append(double(t.nsecsElapsed()) / 1e6);
        }
        // --- everything, then a search in it
        {
            QElapsedTimer t;
            t.start();
            LogsView view(&engine, container);
            view.model()->setCapacity(std::max(lines, LogsModel::kDefaultCapacity));
            view.setTail(-1);
            view.resize(1000, 700);
            view.show();
            bool finished = false;
            QObject::connect(&view, &LogsView::streamFinished, &view, [&] { finished = true; });
            if (!waitFor([&] { return finished && view.model()->rowCount() == lines && atBottom(view); }, 300000)) {
                printErr(tr("The whole log did not show: %1 rows, %2").arg(view.model()->rowCount()).arg(view.statusText()));
                return 1;
            }
            view.listView()->viewport()->repaint();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (view.model()->lineText(0) != QStringLiteral("1") || view.model()->lineText(lines - 1) != QString::number(lines)) {
                printErr(tr("The full view does not hold 1..%1.").arg(lines));
                return 1;
            }
            if (timed)
                allMs.append(ms);

            QElapsedTimer s;
            s.start();
            const int found = view.search(term);
            view.listView()->viewport()->repaint();
            const double sms = double(s.nsecsElapsed()) / 1e6;
            if (found != expectedMatches || view.currentMatch() < 0) {
                printErr(tr("The search found %1 lines, not %2.").arg(found).arg(expectedMatches));
                return 1;
            }
            if (timed)
                searchMs.append(sms);
        }
    }
    const auto print = [](const char *name, const QList<double> &v) {
        std::printf("RESULT %s %lld %.3f %.3f\n", name, static_cast<long long>(v.size()), median(v), p90(v));
    };
    print("logs.tail", tailMs);
    print("logs.model", modelMs);
    print("logs.all", allMs);
    print("logs.search", searchMs);
    std::printf("INFO lines=%d peak_rss_mb=%.1f rss_before_mb=%.1f matches=%d tail=%d api=%s\n", lines, procStatusMb("VmHWM:"), rssBefore,
                expectedMatches, tailRows, qPrintable(engine.info().apiVersion));
    std::fflush(stdout);
    return 0;
}
