// The Events page against the real engine: a flood (500 containers created and removed
// while the page is open) arrives whole and in order, within the bounded history, with
// the filters, export and look-back (`--since`) working on it; a refresh adds what the
// stream missed.
#include "containersapi.h"
#include "engine.h"
#include "eventsmodel.h"
#include "eventsproxymodel.h"
#include "system/eventspage.h"
#include "testengine.h"
#include "translations.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int kContainers = 500;
constexpr int kInFlight = 8;

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    Engine &connected() { return TestEngine::connected(m_engine); }

    /// Rows of the model whose event carries the label, as "action:id".
    static QStringList ours(const EventsModel &m, const QString &key, const QString &value)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r) {
            const EngineEvent &e = m.eventAt(r);
            if (e.type == QLatin1String("container") && e.attributes.value(key) == value)
                out << e.action + QLatin1Char(':') + e.id;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void floodOf500Containers()
    {
        Engine &e = connected();
        EventsPage page(&e);
        page.resize(1000, 600);
        page.show();
        EventsModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ptester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = u"cais.test.events"_s;
        const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
        const qint64 start = QDateTime::currentSecsSinceEpoch();

        // How fluid the window stays: a timer asks for a turn of the event loop every
        // 10 ms; the gaps between its turns are how long the GUI thread was busy (the
        // page's own work on the flood included). A figure for the note, not a
        // timed assertion.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> gaps;
        qint64 lastTick = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            gaps << now - lastTick;
            lastTick = now;
        });
        probe.start();

        // Create 500 containers, then remove them, a few requests at a time.
        ContainersApi api(&e);
        QStringList ids;
        QStringList failures;
        int inFlight = 0, next = 0;
        QElapsedTimer t;
        t.start();
        while (next < kContainers || inFlight > 0) {
            while (inFlight < kInFlight && next < kContainers) {
                ++inFlight;
                const QJsonObject body{{u"Image"_s, u"cais-test/shell:1"_s},
                                       {u"Cmd"_s, QJsonArray{u"true"_s}},
                                       {u"Labels"_s, QJsonObject{{key, value}}}};
                api.create(body, u"cais-ev-%1-%2"_s.arg(value).arg(next++)).then(this, [&](const Result<ContainersApi::Created> &r) {
                    --inFlight;
                    if (r)
                        ids << r->id;
                    else
                        failures << r.error().fullText();
                });
            }
            QTest::qWait(2);
        }
        auto cleanup = qScopeGuard([&] {
            for (const QString &id : std::as_const(ids))
                TestEngine::docker({u"rm"_s, u"-f"_s, id}, nullptr, nullptr);
        });
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(ids.size(), kContainers);
        QStringList removed = ids;
        next = 0;
        while (next < removed.size() || inFlight > 0) {
            while (inFlight < kInFlight && next < removed.size()) {
                ++inFlight;
                api.remove(removed.at(next++)).then(this, [&](const Result<ContainersApi::Outcome> &r) {
                    --inFlight;
                    if (!r)
                        failures << r.error().fullText();
                });
            }
            QTest::qWait(2);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        const qint64 floodMs = std::max<qint64>(1, t.elapsed());

        // Every event arrives, in order: each container's create before its destroy.
        QTRY_COMPARE_WITH_TIMEOUT(ours(*model, key, value).size(), 2 * kContainers, 120000);
        const qint64 seenMs = std::max<qint64>(1, t.elapsed());
        const QStringList seen = ours(*model, key, value);
        for (const QString &id : std::as_const(ids)) {
            const qsizetype created = seen.indexOf(u"create:"_s + id);
            const qsizetype destroyed = seen.indexOf(u"destroy:"_s + id);
            QVERIFY(created >= 0 && destroyed > created);
        }
        QVERIFY(model->rowCount() <= model->capacity());
        qInfo("%d container events in %lld ms (%lld events/s) arrived whole in the page %lld ms after the first request",
              2 * kContainers, floodMs, qint64(2 * kContainers) * 1000 / floodMs, seenMs);
        probe.stop();
        QVERIFY(gaps.size() > 10);
        std::sort(gaps.begin(), gaps.end());
        qInfo("The event loop during the flood: %lld turns asked every 10 ms; gap median %lld ms, 99th percentile %lld ms, longest %lld ms",
              qint64(gaps.size()), gaps.at(gaps.size() / 2), gaps.at(gaps.size() * 99 / 100), gaps.constLast());

        // Filters: one container's two events; every destroy of ours.
        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(u"container"_s));
        page.nameFilter()->setText(u"cais-ev-%1-499"_s.arg(value)); // the last: no other name contains it
        QCOMPARE(page.proxy()->rowCount(), 2);
        page.nameFilter()->setText(u"cais-ev-%1-"_s.arg(value));
        page.actionFilter()->setText(u"destroy"_s);
        QCOMPARE(page.proxy()->rowCount(), kContainers);

        // Export what is shown, as JSON lines the engine's own decoder reads back.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.jsonl"_s);
        QString error;
        QVERIFY2(page.exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), kContainers + 1); // the last line ends with a newline
        const EngineEvent first = EngineEvent::fromJson(QJsonDocument::fromJson(lines.first()).object());
        QCOMPARE(first.action, u"destroy"_s);
        QCOMPARE(first.attributes.value(key), value);

        // Paused, the table stands still; resumed, it catches up.
        page.pauseButton()->click();
        QVERIFY(model->isPaused());
        const int before = model->rowCount();
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, key + u'=' + value, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString extra = QString::fromUtf8(out.trimmed());
        ids << extra;
        QTRY_VERIFY_WITH_TIMEOUT(model->pendingCount() > 0, 30000);
        QCOMPARE(model->rowCount(), before);
        page.pauseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(ours(*model, key, value).contains(u"create:"_s + extra), 30000);

        // Look back (--since): the engine replays what it still holds (dockerd keeps its
        // last 256 events in memory, so not the whole flood), oldest first, then live.
        QSignalSpy looked(model, &EventsModel::lookBackFinished);
        model->lookBack(start - 1);
        QTRY_COMPARE_WITH_TIMEOUT(looked.size(), 1, 60000);
        QCOMPARE(looked.first().first().toString(), QString());
        const QStringList again = ours(*model, key, value);
        QVERIFY2(again.contains(u"create:"_s + extra), qPrintable(QString::number(again.size())));
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->eventAt(r - 1).timeNano <= model->eventAt(r).timeNano);
        QVERIFY(model->eventAt(0).timeNano >= (start - 1) * 1000000000LL);
        qInfo("Looking back to the flood's start brought %d events (%lld of the flood's)", model->rowCount(), qint64(again.size()));
        QVERIFY(page.statusLabel()->text().contains(u"newest 10,000"_s));
    }

    void refreshAddsWhatTheStreamMissed()
    {
        // View > Refresh (EventsPage::refresh): events that happened while the page did
        // not follow the stream (as when the stream is down) are read back and added in
        // time order; what is shown stays, and nothing is added twice.
        Engine &e = connected();
        EventsPage page(&e);
        EventsModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = u"cais.test.eventsmissed"_s;
        const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
        QStringList ids;
        auto cleanup = qScopeGuard([&] {
            for (const QString &id : std::as_const(ids))
                TestEngine::docker({u"rm"_s, u"-f"_s, id}, nullptr, nullptr);
        });
        auto create = [&] {
            QByteArray out;
            if (!TestEngine::docker({u"create"_s, u"--label"_s, key + u'=' + value, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"true"_s}, &out))
                return QString();
            ids << QString::fromUtf8(out.trimmed());
            return ids.last();
        };
        const QString seen = create();
        QVERIFY(!seen.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ours(*model, key, value), QStringList{u"create:"_s + seen}, 30000);

        // Not following: a container is made and removed meanwhile.
        model->setEngine(nullptr);
        QSignalSpy live(&e, &Engine::eventReceived);
        const QString missed = create();
        QVERIFY(!missed.isEmpty());
        QVERIFY(TestEngine::docker({u"rm"_s, missed}));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(live.begin(), live.end(), [&](const QList<QVariant> &a) {
            const EngineEvent ev = a.first().value<EngineEvent>();
            return ev.id == missed && ev.action == u"destroy"_s;
        }), 30000);
        // Following again a second later, so that what was missed lies in an earlier
        // second than the moment it follows again (the engine's `since` is in seconds):
        // a catch-up that started from that moment would miss it.
        QTest::qWait(1100);
        model->setEngine(&e);
        QCOMPARE(ours(*model, key, value), QStringList{u"create:"_s + seen});

        QSignalSpy caught(model, &EventsModel::caughtUp);
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 1, 30000);
        QCOMPARE(caught.first().at(1).toString(), QString());
        QVERIFY(caught.first().first().toInt() >= 2);
        QCOMPARE(ours(*model, key, value), (QStringList{u"create:"_s + seen, u"create:"_s + missed, u"destroy:"_s + missed}));
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->eventAt(r - 1).timeNano <= model->eventAt(r).timeNano);
        QTRY_VERIFY_WITH_TIMEOUT(page.statusLabel()->text().contains(u"missed event"_s), 5000);

        // Again: nothing is missing any more, nothing is added twice.
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 2, 30000);
        QCOMPARE(ours(*model, key, value).size(), 3);

        // Paused, the table stands still: the refresh waits for the resume.
        page.pauseButton()->click();
        page.refresh();
        QVERIFY(!model->isCatchingUp());
        QVERIFY(page.statusLabel()->text().contains(u"waits until you resume"_s));
        QCOMPARE(caught.size(), 2);
        page.pauseButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 3, 30000);
        QCOMPARE(ours(*model, key, value).size(), 3);
    }
};

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
