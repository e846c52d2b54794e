// Times what a user waits for with many containers (run-benchmarks creates 1,000),
// against the engine in DOCKER_HOST:
//
//   containers.list     ContainersApi::list(all): request, response, decode (no sizes)
//   containers.paint    time to first paint: a new ContainersModel and ContainersPage
//                       (offscreen, 1280x800), the model's own first list merged in,
//                       grouped by Compose project, sorted as the page sorts, and the
//                       whole page painted
//   containers.refresh  a full re-list merged into the shown page (nothing changed),
//                       the list repainted
//   containers.event    one event applied: from the arrival of a container's `rename`
//                       event to its row showing the new name and repainted (the
//                       targeted re-fetch of that one container and the merge), with
//                       the model's 50 ms gathering of events switched off
//   containers.event50  the same with the gathering as shipped (what a user sees)
//
// Prints `RESULT <name> <runs> <median ms> <p90 ms>` per measure, then
// `INFO containers=<n> projects=<n> api=<version>`. Exits non-zero when the engine
// cannot be reached or the page shows the wrong number of containers.
//
// Usage: bench_containers [--runs N] [--warmup N]

#include "benchstats.h"
#include "containers/containerspage.h"
#include "containersapi.h"
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "engine.h"
#include "runconfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

const QString kEventContainer = QStringLiteral("cais-bench-event");

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_containers", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_containers: %s\n", qPrintable(text));
}

using bench::median;
using bench::p90;

int shownContainers(const QAbstractItemModel *proxy)
{
    int n = 0;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex i = proxy->index(r, 0);
        n += i.data(ContainersModel::IsProjectRole).toBool() ? proxy->rowCount(i) : 1;
    }
    return n;
}

/// Runs `warmup + runs` rounds, each measure once per round, one after the other,
/// each started from the event loop, so a change in the machine's load hits all alike.
class Bench : public QObject
{
public:
    using Step = std::function<void(std::function<void(bool)> done)>;

    Bench(Engine *engine, int runs, int warmup)
        : m_engine(engine)
        , m_api(engine)
        , m_runs(runs)
        , m_warmup(warmup)
    {
    }

    void start()
    {
        // The container whose renames make the events, and the count every run must show.
        m_api.list(true).then(this, [this](const Result<QList<ContainerSummary>> &r) {
            if (!r) {
                printErr(tr("Listing the containers failed: %1").arg(r.error().fullText()));
                return QCoreApplication::exit(1);
            }
            m_count = int(r->size());
            QSet<QString> projects;
            for (const ContainerSummary &c : *r) {
                if (!c.composeProject().isEmpty())
                    projects.insert(c.composeProject());
                if (c.name().startsWith(kEventContainer))
                    m_eventId = c.id;
            }
            m_projects = int(projects.size());
            if (!m_eventId.isEmpty())
                return begin();
            RunConfig c;
            c.image = QStringLiteral("cais-test/shell:1");
            c.name = kEventContainer + QStringLiteral("-a");
            m_api.create(c).then(this, [this](const Result<ContainersApi::Created> &created) {
                if (!created) {
                    printErr(tr("Creating the event container failed: %1").arg(created.error().fullText()));
                    return QCoreApplication::exit(1);
                }
                m_eventId = created->id;
                ++m_count;
                begin();
            });
        });
    }

private:
    void begin()
    {
        m_measures = {
            {QStringLiteral("containers.list"), [this](auto done) { list(std::move(done)); }},
            {QStringLiteral("containers.paint"), [this](auto done) { paint(std::move(done)); }},
            {QStringLiteral("containers.refresh"), [this](auto done) { refresh(std::move(done)); }},
            {QStringLiteral("containers.event"), [this](auto done) { event(0, std::move(done)); }},
            {QStringLiteral("containers.event50"), [this](auto done) { event(50, std::move(done)); }},
        };
        m_samples.assign(m_measures.size(), {});
        // The shown page that refreshes and events land in.
        m_model = std::make_unique<ContainersModel>();
        m_page = std::make_unique<ContainersPage>(m_model.get());
        m_page->setEngine(m_engine);
        m_page->resize(1280, 800);
        m_page->show();
        auto ready = std::make_shared<QMetaObject::Connection>();
        *ready = connect(m_model.get(), &ContainersModel::refreshed, this, [this, ready](const QString &error) {
            disconnect(*ready);
            if (!error.isEmpty()) {
                printErr(tr("The page could not list the containers: %1").arg(error));
                return QCoreApplication::exit(1);
            }
            nextRun();
        });
        m_model->setEngine(m_engine);
    }

    void finish()
    {
        for (qsizetype i = 0; i < m_measures.size(); ++i) {
            const QList<double> &samples = m_samples.at(i);
            std::printf("RESULT %s %lld %.3f %.3f\n", qPrintable(m_measures.at(i).first), static_cast<long long>(samples.size()), median(samples),
                        p90(samples));
        }
        std::printf("INFO containers=%d projects=%d api=%s\n", m_count, m_projects, qPrintable(m_engine->info().apiVersion));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    void nextRun()
    {
        if (m_measure == m_measures.size()) {
            m_measure = 0;
            ++m_round;
        }
        if (m_round == m_warmup + m_runs)
            return finish();
        m_stopNs = -1;
        m_timer.start();
        // A run that never ends (an event that never arrives) fails the bench, with why.
        const int run = ++m_runId;
        QTimer::singleShot(30'000, this, [this, run] {
            if (run != m_runId)
                return;
            const ContainerSummary *c = m_model ? m_model->containerById(m_eventId) : nullptr;
            printErr(tr("%1 did not finish in 30 s (the list's last error: %2; the event container's names: %3).")
                         .arg(m_measures.at(m_measure).first, m_model ? m_model->lastError() : QString(),
                              c ? c->names.join(QLatin1Char(' ')) : QString()));
            QCoreApplication::exit(1);
        });
        m_measures.at(m_measure).second([this](bool ok) {
            ++m_runId;
            const double ms = double(m_stopNs >= 0 ? m_stopNs : m_timer.nsecsElapsed()) / 1e6;
            if (!ok)
                return QCoreApplication::exit(1);
            if (m_round >= m_warmup)
                m_samples[m_measure].append(ms);
            ++m_measure;
            QTimer::singleShot(0, this, [this] { nextRun(); });
        });
    }

    void stopClock() { m_stopNs = m_timer.nsecsElapsed(); }

    bool check(const QAbstractItemModel *proxy, const char *what)
    {
        const int shown = shownContainers(proxy);
        if (shown != m_count) {
            printErr(tr("%1: the page shows %2 containers, the engine has %3.").arg(QLatin1String(what)).arg(shown).arg(m_count));
            return false;
        }
        return true;
    }

    void list(std::function<void(bool)> done)
    {
        m_api.list(true).then(this, [this, done](const Result<QList<ContainerSummary>> &r) {
            stopClock();
            if (!r) {
                printErr(tr("Listing the containers failed: %1").arg(r.error().fullText()));
                return done(false);
            }
            done(int(r->size()) == m_count);
        });
    }

    void paint(std::function<void(bool)> done)
    {
        auto model = std::make_shared<ContainersModel>();
        auto page = std::make_shared<ContainersPage>(model.get());
        page->setEngine(m_engine);
        page->resize(1280, 800);
        page->show();
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(model.get(), &ContainersModel::refreshed, this, [this, done, model, page, conn](const QString &error) {
            disconnect(*conn);
            if (!error.isEmpty()) {
                printErr(tr("The new page could not list the containers: %1").arg(error));
                return done(false);
            }
            (void)page->grab(); // every visible row of the list, and the rest of the page, painted
            stopClock();
            const bool ok = check(page->proxy(), "paint");
            // Torn down after the run, outside the timing.
            QTimer::singleShot(0, this, [model, page] {});
            done(ok);
        });
        model->setEngine(m_engine); // lists at once: the engine is connected
    }

    void refresh(std::function<void(bool)> done)
    {
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(m_model.get(), &ContainersModel::refreshed, this, [this, done, conn](const QString &error) {
            disconnect(*conn);
            if (!error.isEmpty()) {
                printErr(tr("Refreshing failed: %1").arg(error));
                return done(false);
            }
            m_page->view()->viewport()->repaint();
            stopClock();
            done(check(m_page->proxy(), "refresh"));
        });
        m_model->refresh();
    }

    void event(int delayMs, std::function<void(bool)> done)
    {
        m_model->setEventDelay(delayMs);
        const QString target = kEventContainer + (m_flip ? QStringLiteral("-a") : QStringLiteral("-b"));
        m_flip = !m_flip;
        auto conns = std::make_shared<QList<QMetaObject::Connection>>();
        auto finish = [this, conns, done](bool ok) {
            for (const auto &c : std::as_const(*conns))
                disconnect(c);
            m_model->setEventDelay(50);
            done(ok);
        };
        // The clock starts when the engine's event arrives, not when Cais asks for the rename.
        conns->append(connect(m_engine, &Engine::eventReceived, this, [this](const EngineEvent &e) {
            if (e.type == QLatin1String("container") && e.action == QLatin1String("rename") && e.id == m_eventId)
                m_timer.start();
        }));
        conns->append(connect(m_model.get(), &ContainersModel::changed, this, [this, target, finish] {
            const ContainerSummary *c = m_model->containerById(m_eventId);
            if (!c || c->name() != target)
                return;
            m_page->view()->viewport()->repaint();
            stopClock();
            finish(true);
        }));
        m_api.rename(m_eventId, target).then(this, [finish](const Result<ContainersApi::Outcome> &r) {
            if (!r) {
                printErr(tr("Renaming the event container failed: %1").arg(r.error().fullText()));
                finish(false);
            }
        });
    }

    Engine *m_engine;
    ContainersApi m_api;
    int m_runs;
    int m_warmup;
    QList<std::pair<QString, Step>> m_measures;
    qsizetype m_measure = 0;
    int m_round = 0;
    QList<QList<double>> m_samples;
    QElapsedTimer m_timer;
    qint64 m_stopNs = -1;
    int m_runId = 0;
    int m_count = 0;
    int m_projects = 0;
    QString m_eventId;
    bool m_flip = false;
    std::unique_ptr<ContainersModel> m_model;
    std::unique_ptr<ContainersPage> m_page;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says this for every window shown: noise in the report.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            previous(type, context, message);
    });
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs per measure."), QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption warmupOption(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOption(runsOption);
    parser.addOption(warmupOption);
    parser.process(app);
    bool runsOk = false, warmupOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int warmup = parser.value(warmupOption).toInt(&warmupOk);
    if (!runsOk || !warmupOk || runs < 1 || warmup < 0) {
        printErr(tr("--runs needs a whole number of at least 1, --warmup one of at least 0."));
        return 2;
    }

    const Result<Endpoint> endpoint = Endpoint::fromEnvironment();
    if (!endpoint) {
        printErr(endpoint.error().fullText());
        return 1;
    }
    Engine engine(*endpoint);
    engine.setReconnectInterval(0);

    Bench bench(&engine, runs, warmup);
    bool started = false;
    QObject::connect(&engine, &Engine::stateChanged, &bench, [&](Engine::State state) {
        if (state == Engine::State::Connected && !started) {
            started = true;
            bench.start();
        } else if (state == Engine::State::Unreachable) {
            printErr(engine.lastError().fullText());
            QCoreApplication::exit(1);
        }
    });
    engine.connectToEngine();
    return app.exec();
}
