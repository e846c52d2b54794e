// Times the image browser with thousands of images and tags (run-benchmarks fills
// the engine in DOCKER_HOST with 5,000 images and 5,000 more tags first):
//
//   images5000.paint     time to first paint: a new ImagesModel and ImagesPage
//                        (offscreen, 1280x800) given the connected engine, its own
//                        first list (with shared sizes) merged in, sorted newest
//                        first, and the whole page painted
//   images5000.filter    typing a filter (--filter, default "n42") into the shown
//                        page until the narrowed list is painted
//   images5000.unfilter  clearing it again, until the whole list is painted
//   images5000.sort      sorting the shown list by size, painted
//   images5000.refresh   a full re-list merged into the shown page (nothing changed),
//                        painted
//   images5000.model     Cais's own share of images5000.paint: the same list, already
//                        decoded, into a new model and page, painted (no I/O)
//   images5000.prune     the preview of `prune -a` (nothing is pruned): which images
//                        would go and the space that frees, worked out as the page's
//                        Prune dialog does: from the image and container lists the
//                        page holds (listed again, with intermediate images, when some
//                        image has a parent), /system/df and the kept images' layers
//   images5000.history   with --history-image: the details of that image (one with
//                        100+ layers) shown: inspect and history asked for, the layer
//                        history table filled and painted
//
// Prints `RESULT <name> <runs> <median ms> <p90 ms>` per measure, then
// `INFO images=<n> tags=<n> shown=<rows after the filter> api=<version>`. Exits non-zero
// when the engine cannot be reached or the page shows the wrong number of images.
//
// Usage: bench_images_5000 [--runs N] [--warmup N] [--filter TEXT] [--history-image REF]

#include "benchstats.h"
#include "engine.h"
#include "historymodel.h"
#include "imagesapi.h"
#include "images/imagedetails.h"
#include "images/imagespage.h"
#include "imagesmodel.h"
#include "imagesproxymodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bench_images_5000", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "bench_images_5000: %s\n", qPrintable(text));
}

using bench::median;
using bench::p90;

class Bench : public QObject
{
public:
    Bench(Engine *engine, int runs, int warmup, QString filter)
        : m_engine(engine)
        , m_runs(runs)
        , m_warmup(warmup)
        , m_filter(std::move(filter))
    {
    }

    void start() { nextRun(); }

private:
    using Step = void (Bench::*)(std::function<void(bool)>);
    struct Measure
    {
        const char *name;
        Step step;
    };

public:
    /// The measures of a round, in order: the history one only with an image to show.
    void setHistoryImage(const QString &ref)
    {
        m_historyImage = ref;
        m_measures = {
            {"images5000.paint", &Bench::paint},
            {"images5000.filter", &Bench::filter},
            {"images5000.unfilter", &Bench::unfilter},
            {"images5000.sort", &Bench::sort},
            {"images5000.refresh", &Bench::refresh},
            {"images5000.model", &Bench::modelOnly},
            {"images5000.prune", &Bench::prunePreview},
        };
        if (!ref.isEmpty())
            m_measures.append({"images5000.history", &Bench::history});
        m_samples.assign(size_t(m_measures.size()), {});
    }

private:
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
        (this->*m_measures.at(m_measure).step)([this](bool ok) {
            const double ms = double(m_stopNs >= 0 ? m_stopNs : m_timer.nsecsElapsed()) / 1e6;
            if (!ok) {
                QCoreApplication::exit(1);
                return;
            }
            if (m_round >= m_warmup)
                m_samples[size_t(m_measure)].append(ms);
            ++m_measure;
            QTimer::singleShot(0, this, [this] { nextRun(); });
        });
    }

    void finish()
    {
        for (qsizetype i = 0; i < m_measures.size(); ++i) {
            const QList<double> &samples = m_samples[size_t(i)];
            std::printf("RESULT %s %lld %.3f %.3f\n", m_measures.at(i).name, static_cast<long long>(samples.size()),
                        median(samples), p90(samples));
        }
        int tags = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            tags += int(m_model->image(r).repoTags.size());
        std::printf("INFO images=%d tags=%d shown=%d layers=%d prune=%d prune_images_from=%s prune_requests=%llu api=%s\n", m_model->rowCount(), tags,
                    m_shownFiltered, m_historySteps, m_pruneImages, qPrintable(m_pruneImagesFrom), static_cast<unsigned long long>(m_pruneRequests),
                    qPrintable(m_engine->info().apiVersion));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    /// The page painted: every visible row of the list, and the rest of the page.
    void paintPage() { (void)m_page->grab(); }

    void paint(std::function<void(bool)> done)
    {
        // A fresh model and page each time: what opening Cais on this engine costs.
        m_page.reset();
        m_model.reset();
        m_model = std::make_unique<ImagesModel>();
        m_page = std::make_unique<ImagesPage>(m_model.get());
        m_page->resize(1280, 800);
        m_page->setAttribute(Qt::WA_DontShowOnScreen);
        m_page->show();
        auto *conn = new QMetaObject::Connection;
        *conn = connect(m_model.get(), &ImagesModel::refreshed, this, [this, conn, done](const QString &error) {
            disconnect(*conn);
            delete conn;
            if (!error.isEmpty()) {
                printErr(tr("Listing the images failed: %1").arg(error));
                return done(false);
            }
            paintPage();
            if (m_page->proxy()->rowCount() != m_model->rowCount() || m_model->rowCount() == 0) {
                printErr(tr("The page shows %1 rows for %2 images.").arg(m_page->proxy()->rowCount()).arg(m_model->rowCount()));
                return done(false);
            }
            done(true);
        });
        m_model->setEngine(m_engine);
    }

    void filter(std::function<void(bool)> done)
    {
        m_page->filterEdit()->setText(m_filter);
        paintPage();
        m_shownFiltered = m_page->proxy()->rowCount();
        if (m_shownFiltered >= m_model->rowCount()) {
            printErr(tr("The filter \"%1\" kept all %2 rows: it must narrow the list.").arg(m_filter).arg(m_shownFiltered));
            return done(false);
        }
        done(true);
    }

    void unfilter(std::function<void(bool)> done)
    {
        m_page->filterEdit()->clear();
        paintPage();
        if (m_page->proxy()->rowCount() != m_model->rowCount()) {
            printErr(tr("Without the filter the page shows %1 rows for %2 images.").arg(m_page->proxy()->rowCount()).arg(m_model->rowCount()));
            return done(false);
        }
        done(true);
    }

    void sort(std::function<void(bool)> done)
    {
        m_page->view()->sortByColumn(ImagesModel::SizeColumn, Qt::AscendingOrder);
        paintPage();
        m_stopNs = m_timer.nsecsElapsed();
        const qint64 first = m_page->proxy()->index(0, 0).data(ImagesModel::SizeRole).toLongLong();
        const qint64 last = m_page->proxy()->index(m_page->proxy()->rowCount() - 1, 0).data(ImagesModel::SizeRole).toLongLong();
        // Back to the page's own order, untimed, for the next measure.
        m_page->view()->sortByColumn(ImagesModel::CreatedColumn, Qt::DescendingOrder);
        if (first > last) {
            printErr(tr("Sorted by size, the list starts at %1 bytes and ends at %2.").arg(first).arg(last));
            return done(false);
        }
        done(true);
    }

    void refresh(std::function<void(bool)> done)
    {
        auto *conn = new QMetaObject::Connection;
        *conn = connect(m_model.get(), &ImagesModel::refreshed, this, [this, conn, done](const QString &error) {
            disconnect(*conn);
            delete conn;
            if (!error.isEmpty()) {
                printErr(tr("Listing the images failed: %1").arg(error));
                return done(false);
            }
            paintPage();
            done(true);
        });
        m_model->refresh();
    }

    void modelOnly(std::function<void(bool)> done)
    {
        m_timer.invalidate(); // not timed: taking the list out of the shown model
        QList<ImageSummary> images;
        images.reserve(m_model->rowCount());
        for (int r = 0; r < m_model->rowCount(); ++r)
            images << m_model->image(r);
        m_timer.start();
        ImagesModel model;
        ImagesPage page(&model);
        page.resize(1280, 800);
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.show();
        model.setImages(images);
        (void)page.grab();
        m_stopNs = m_timer.nsecsElapsed();
        if (page.proxy()->rowCount() != images.size()) {
            printErr(tr("The page shows %1 rows for %2 images.").arg(page.proxy()->rowCount()).arg(images.size()));
            return done(false);
        }
        done(true);
    }

    void prunePreview(std::function<void(bool)> done)
    {
        // As the Prune dialog of the page: from the lists the page holds (and, when the
        // classic builder left intermediate images, their chains' histories), plus
        // /system/df and the kept images.
        const auto known = m_model->pruneKnownLists();
        const quint64 before = m_engine->requestsSent();
        ImagesApi::previewPrune(*m_engine, true, {}, ImagesApi::PruneMeasure::Auto, known).then(this, [this, done, before](const Result<ImagePrunePlan> &r) {
            m_stopNs = m_timer.nsecsElapsed();
            m_pruneRequests = m_engine->requestsSent() - before;
            if (!r) {
                printErr(tr("The prune preview failed: %1").arg(r.error().fullText()));
                return done(false);
            }
            m_pruneImages = int(r->shownDeleted.size());
            switch (r->imagesFrom) {
            case ImagePrunePlan::ImagesFrom::EngineList: m_pruneImagesFrom = QStringLiteral("engine-list"); break;
            case ImagePrunePlan::ImagesFrom::PageList: m_pruneImagesFrom = QStringLiteral("page"); break;
            case ImagePrunePlan::ImagesFrom::PageListAndHistories: m_pruneImagesFrom = QStringLiteral("page+histories"); break;
            }
            if (r->spaceReclaimed < 0) {
                printErr(tr("The prune preview could not work out the space it frees."));
                return done(false);
            }
            done(true);
        });
    }

    void history(std::function<void(bool)> done)
    {
        ImageDetails *details = m_page->details();
        details->setEngine(m_engine);
        details->tabs()->setCurrentIndex(1); // the layer history
        details->showImage({});
        auto *conn = new QMetaObject::Connection;
        *conn = connect(details, &ImageDetails::loaded, this, [this, conn, details, done] {
            disconnect(*conn);
            delete conn;
            (void)details->grab();
            m_historySteps = details->historyModel()->rowCount();
            if (m_historySteps < 100) {
                printErr(tr("%1 shows %2 history steps; the measure wants an image with 100 or more.").arg(m_historyImage).arg(m_historySteps));
                return done(false);
            }
            done(true);
        });
        details->showImage(m_historyImage);
    }

    Engine *m_engine;
    int m_runs;
    int m_warmup;
    QString m_filter;
    QString m_historyImage;
    int m_historySteps = 0;
    int m_pruneImages = 0;
    QString m_pruneImagesFrom;
    quint64 m_pruneRequests = 0;
    QList<Measure> m_measures;
    qsizetype m_measure = 0;
    int m_round = 0;
    std::vector<QList<double>> m_samples;
    QElapsedTimer m_timer;
    qint64 m_stopNs = -1; ///< when set, the end of the timed part of a run
    int m_shownFiltered = 0;
    std::unique_ptr<ImagesModel> m_model;
    std::unique_ptr<ImagesPage> m_page;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false); // each run replaces the page: that must not end the program

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs per measure."), QStringLiteral("n"), QStringLiteral("20"));
    QCommandLineOption warmupOption(QStringLiteral("warmup"), tr("Untimed runs first."), QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption filterOption(QStringLiteral("filter"), tr("The text typed into the filter."), QStringLiteral("text"), QStringLiteral("n42"));
    QCommandLineOption historyOption(QStringLiteral("history-image"), tr("An image with 100 or more layers whose details to show."),
                                     QStringLiteral("ref"));
    parser.addOption(runsOption);
    parser.addOption(warmupOption);
    parser.addOption(filterOption);
    parser.addOption(historyOption);
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
    engine.setWatchEvents(false); // nothing changes during the run

    Bench bench(&engine, runs, warmup, parser.value(filterOption));
    bench.setHistoryImage(parser.value(historyOption));
    bool started = false;
    QObject::connect(&engine, &Engine::stateChanged, &bench, [&](Engine::State state) {
        if (state == Engine::State::Connected && !started) {
            started = true;
            bench.start();
        } else if (state == Engine::State::Unreachable) {
            printErr(tr("The engine at %1 is unreachable: %2").arg(endpoint->toString(), engine.lastError().fullText()));
            QCoreApplication::exit(1);
        }
    });
    // A watchdog, not a timing: a hung engine must not hang the benchmark run.
    QTimer::singleShot(std::chrono::minutes(10), &app, [] {
        printErr(tr("No answer after 10 minutes; giving up."));
        QCoreApplication::exit(1);
    });
    engine.connectToEngine();
    return app.exec();
}
