// Times what a user waits for when Cais lists images, against the engine in
// DOCKER_HOST (tools/dev bench seeds it with hundreds of images first):
//
//   images.http     Engine::get("/images/json"): request and whole response, no decoding
//   images.list     Engine::listImages(): request, response, full decode into ImageSummary
//   images.load     the same, then a new ImagesModel + ImagesProxyModel sorted as the
//                   Images page sorts (newest first), and the first screenful of cells read
//   images.refresh  the same list merged into an already populated model and proxy
//   images.model    Cais's own share of images.load: a decoded list into a new
//                   model + sorted proxy + first screenful, without any I/O
//
// Every run goes through the event loop the way the application does (futures
// continued on a context object); nothing waits blocking. Prints, per measure:
//   RESULT <name> <runs> <median ms> <p90 ms>
// and `INFO images=<count> api=<version>`. Exits non-zero when the engine cannot be
// reached or a listing fails.
//
// Usage: bench_images [--runs N] [--warmup N] [--measures http,list,load,refresh,model]

#include "benchstats.h"
#include "engine.h"
#include "imagesmodel.h"
#include "imagesproxymodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>

namespace {

// A screenful of the Images page: what a view asks for before the user sees rows.
constexpr int kVisibleRows = 40;

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_images", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_images: %s\n", qPrintable(text));
}

using bench::median;
using bench::p90;

/// Runs `warmup + runs` rounds; a round runs each measure once, one after the
/// other, each started from the event loop once the previous one has finished.
/// Taking turns spreads any change in the machine's load over all measures alike.
class Bench : public QObject
{
public:
    using Step = std::function<void(std::function<void(bool)> done)>;

    Bench(Engine *engine, int runs, int warmup)
        : m_engine(engine)
        , m_runs(runs)
        , m_warmup(warmup)
    {
        m_known = {
            {QStringLiteral("http"), [this](auto done) { http(std::move(done)); }},
            {QStringLiteral("list"), [this](auto done) { list(std::move(done)); }},
            {QStringLiteral("load"), [this](auto done) { load(std::move(done)); }},
            {QStringLiteral("refresh"), [this](auto done) { refresh(std::move(done)); }},
            {QStringLiteral("model"), [this](auto done) { modelOnly(std::move(done)); }},
        };
    }

    QStringList knownMeasures() const
    {
        QStringList names;
        for (const auto &m : m_known)
            names << m.first;
        return names;
    }

    /// Picks the measures of each round, in this order. False for an unknown name.
    bool select(const QStringList &names)
    {
        for (const QString &name : names) {
            const auto it = std::find_if(m_known.cbegin(), m_known.cend(), [&](const auto &m) { return m.first == name; });
            if (it == m_known.cend())
                return false;
            m_measures.append({QStringLiteral("images.") + name, it->second});
        }
        return true;
    }

    void start()
    {
        m_samples.assign(m_measures.size(), {});
        // One untimed listing first: the list that images.model works on.
        m_engine->listImages().then(this, [this](const Result<QList<ImageSummary>> &r) {
            if (!r) {
                printErr(tr("Listing the images failed: %1").arg(r.error().fullText()));
                QCoreApplication::exit(1);
                return;
            }
            m_last = *r;
            nextRun();
        });
    }

private:
    void finish()
    {
        for (qsizetype i = 0; i < m_measures.size(); ++i) {
            const QList<double> &samples = m_samples.at(i);
            std::printf("RESULT %s %lld %.3f %.3f\n", qPrintable(m_measures.at(i).first),
                        static_cast<long long>(samples.size()), median(samples), p90(samples));
        }
        std::printf("INFO images=%lld api=%s\n", static_cast<long long>(m_last.size()), qPrintable(m_engine->info().apiVersion));
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
        m_measures.at(m_measure).second([this](bool ok) {
            const double ms = double(m_stopNs >= 0 ? m_stopNs : m_timer.nsecsElapsed()) / 1e6;
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            if (m_round >= m_warmup)
                m_samples[m_measure].append(ms);
            ++m_measure;
            // Back to the event loop between runs, as between two user actions.
            QTimer::singleShot(0, this, [this] { nextRun(); });
        });
    }

    void http(std::function<void(bool)> done)
    {
        Reply *reply = m_engine->get(QStringLiteral("/images/json"));
        connect(reply, &Reply::finished, this, [this, reply, done] {
            stopClock();
            if (reply->status() != 200 || !reply->body().startsWith('[')) {
                printErr(tr("The engine answered the image list with status %1 and no list.").arg(reply->status()));
                return done(false);
            }
            done(true);
        });
        connect(reply, &Reply::failed, this, [done](const EngineError &error) {
            printErr(tr("Listing the images failed: %1").arg(error.fullText()));
            done(false);
        });
    }

    void list(std::function<void(bool)> done)
    {
        m_engine->listImages().then(this, [this, done](const Result<QList<ImageSummary>> &r) {
            if (!r) {
                printErr(tr("Listing the images failed: %1").arg(r.error().fullText()));
                return done(false);
            }
            stopClock();
            if (r->size() != m_last.size()) {
                printErr(tr("The engine listed %1 images, then %2: something changed them during the run.").arg(m_last.size()).arg(r->size()));
                return done(false);
            }
            done(true);
        });
    }

    void modelOnly(const std::function<void(bool)> &done)
    {
        ImagesModel model;
        ImagesProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ImagesModel::CreatedColumn, Qt::DescendingOrder);
        model.setImages(m_last);
        readScreen(&proxy);
        stopClock();
        done(checkSorted(&proxy, m_last.size()));
    }

    void load(std::function<void(bool)> done)
    {
        m_engine->listImages().then(this, [this, done](const Result<QList<ImageSummary>> &r) {
            if (!r) {
                printErr(tr("Listing the images failed: %1").arg(r.error().fullText()));
                return done(false);
            }
            auto model = std::make_unique<ImagesModel>();
            auto proxy = std::make_unique<ImagesProxyModel>();
            proxy->setSourceModel(model.get());
            proxy->sort(ImagesModel::CreatedColumn, Qt::DescendingOrder);
            model->setImages(*r);
            readScreen(proxy.get());
            stopClock(); // the user waits neither for the check nor for the teardown
            done(checkSorted(proxy.get(), r->size()));
        });
    }

    void refresh(std::function<void(bool)> done)
    {
        if (!m_model) {
            m_model = std::make_unique<ImagesModel>();
            m_proxy = std::make_unique<ImagesProxyModel>();
            m_proxy->setSourceModel(m_model.get());
            m_proxy->sort(ImagesModel::CreatedColumn, Qt::DescendingOrder);
        }
        m_engine->listImages().then(this, [this, done](const Result<QList<ImageSummary>> &r) {
            if (!r) {
                printErr(tr("Listing the images failed: %1").arg(r.error().fullText()));
                return done(false);
            }
            m_model->setImages(*r);
            readScreen(m_proxy.get());
            stopClock();
            done(checkSorted(m_proxy.get(), r->size()));
        });
    }

    /// Ends the current run's timing; work after it is checking, not waiting.
    void stopClock() { m_stopNs = m_timer.nsecsElapsed(); }

    static void readScreen(const QAbstractItemModel *proxy)
    {
        const int rows = std::min(kVisibleRows, proxy->rowCount());
        for (int row = 0; row < rows; ++row) {
            for (int col = 0; col < ImagesModel::ColumnCount; ++col)
                (void)proxy->index(row, col).data(Qt::DisplayRole);
        }
    }

    bool checkSorted(const QAbstractItemModel *proxy, qsizetype expected) const
    {
        if (proxy->rowCount() != expected) {
            printErr(tr("The sorted list shows %1 rows for %2 images.").arg(proxy->rowCount()).arg(expected));
            return false;
        }
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const qint64 created = proxy->index(row, ImagesModel::CreatedColumn).data(ImagesModel::CreatedRole).toLongLong();
            if (created > previous) {
                printErr(tr("The sorted list is not sorted by creation time at row %1.").arg(row));
                return false;
            }
            previous = created;
        }
        return true;
    }

    Engine *m_engine;
    int m_runs;
    int m_warmup;
    QList<std::pair<QString, Step>> m_measures; ///< of a round, in order
    qsizetype m_measure = 0;
    int m_round = 0;
    QList<QList<double>> m_samples; ///< per measure
    QElapsedTimer m_timer;
    qint64 m_stopNs = -1;
    QList<std::pair<QString, Step>> m_known;
    QList<ImageSummary> m_last; ///< listed before the first round
    std::unique_ptr<ImagesModel> m_model;
    std::unique_ptr<ImagesProxyModel> m_proxy;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs per measure."), QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption warmupOption(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addOption(runsOption);
    parser.addOption(warmupOption);
    QCommandLineOption measuresOption(QStringLiteral("measures"), tr("The measures of a round, in order, separated by commas."),
                                      QStringLiteral("names"), QStringLiteral("http,list,load,refresh,model"));
    parser.addOption(measuresOption);
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
    engine.setWatchEvents(false); // nothing changes during the run; keep the engine quiet

    Bench bench(&engine, runs, warmup);
    if (!bench.select(parser.value(measuresOption).split(QLatin1Char(','), Qt::SkipEmptyParts))) {
        printErr(tr("--measures takes names among: %1.").arg(bench.knownMeasures().join(QLatin1String(", "))));
        return 2;
    }
    QObject::connect(&engine, &Engine::stateChanged, &bench, [&](Engine::State state) {
        if (state == Engine::State::Connected) {
            bench.start();
        } else if (state == Engine::State::Unreachable) {
            printErr(tr("The engine at %1 is unreachable: %2").arg(endpoint->toString(), engine.lastError().fullText()));
            QCoreApplication::exit(1);
        }
    });
    // A watchdog, not a timing: a hung engine must not hang the benchmark run.
    QTimer::singleShot(std::chrono::minutes(5), &app, [] {
        printErr(tr("No answer after 5 minutes; giving up."));
        QCoreApplication::exit(1);
    });
    engine.connectToEngine();
    return app.exec();
}
