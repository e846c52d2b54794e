// Progress (the aggregation of pull/push JSON streams) and PullProgressModel, fed
// with streams recorded from the real dockerd 26 of the engine fixture against its
// local registry (tests/data/pullpush, recorded with curl; tests/data/streams/pull.jsonl).
// However the transport cuts a stream, the result must be the same.
// (No raw string literals in this file: moc 6.8 cannot read them.)
#include "progress.h"
#include "pullprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the recorded stream %s", qPrintable(f.fileName()));
    return f.readAll();
}

QList<QByteArray> lines(const QByteArray &stream)
{
    QList<QByteArray> out;
    for (const QByteArray &l : stream.split('\n')) {
        if (!l.trimmed().isEmpty())
            out << l + '\n';
    }
    return out;
}

QString stateName(Progress::LayerState s)
{
    using S = Progress::LayerState;
    switch (s) {
    case S::Waiting: return QStringLiteral("waiting");
    case S::Preparing: return QStringLiteral("preparing");
    case S::Downloading: return QStringLiteral("downloading");
    case S::Verifying: return QStringLiteral("verifying");
    case S::DownloadComplete: return QStringLiteral("download-complete");
    case S::Extracting: return QStringLiteral("extracting");
    case S::PullComplete: return QStringLiteral("pull-complete");
    case S::AlreadyExists: return QStringLiteral("already-exists");
    case S::Pushing: return QStringLiteral("pushing");
    case S::Pushed: return QStringLiteral("pushed");
    case S::LayerExists: return QStringLiteral("layer-exists");
    case S::Mounted: return QStringLiteral("mounted");
    case S::Retrying: return QStringLiteral("retrying");
    case S::Other: return QStringLiteral("other");
    }
    return {};
}

QString outcomeName(Progress::Outcome o)
{
    using O = Progress::Outcome;
    switch (o) {
    case O::Running: return QStringLiteral("running");
    case O::Downloaded: return QStringLiteral("downloaded");
    case O::UpToDate: return QStringLiteral("up-to-date");
    case O::Pushed: return QStringLiteral("pushed");
    case O::Finished: return QStringLiteral("finished");
    case O::Failed: return QStringLiteral("failed");
    }
    return {};
}

// The whole visible state as text, so that QCOMPARE shows what differs.
QStringList describe(const Progress &p)
{
    QStringList out;
    for (const Progress::Layer &l : p.layers()) {
        out << QStringLiteral("%1 %2 [%3] cur=%4 tot=%5 size=%6 sent=%7")
                   .arg(l.id, stateName(l.state), l.detail)
                   .arg(l.current)
                   .arg(l.total)
                   .arg(l.size)
                   .arg(l.transferred);
    }
    out << QStringLiteral("outcome=%1 status=%2 digest=%3 message=%4 error=%5 bytes=%6/%7 fraction=%8")
               .arg(outcomeName(p.outcome()), p.finalStatus(), p.digest(), p.message(), p.errorMessage())
               .arg(p.bytesTransferred())
               .arg(p.bytesTotal())
               .arg(p.fraction(), 0, 'f', 6);
    return out;
}

Progress feedWhole(Progress::Kind kind, const QByteArray &stream)
{
    Progress p(kind);
    p.feed(stream);
    p.finish();
    return p;
}

// The rows a model would hold if it followed only the updates.
struct Mirror
{
    QList<Progress::Layer> rows;
    void follow(const Progress &p, const Progress::Update &u)
    {
        for (int i : u.changedLayers) {
            QVERIFY(i >= 0 && i < rows.size());
            rows[i] = p.layers().at(i);
        }
        if (u.firstNewLayer >= 0) {
            QCOMPARE(u.firstNewLayer, int(rows.size()));
            for (qsizetype i = u.firstNewLayer; i < p.layers().size(); ++i)
                rows << p.layers().at(i);
        }
    }
};

constexpr auto Pull = Progress::Kind::Pull;
constexpr auto Push = Progress::Kind::Push;

} // namespace

Q_DECLARE_METATYPE(Progress::Kind)
Q_DECLARE_METATYPE(Progress::LayerState)

class TestProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Progress::Kind>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("layers"); // "id state [detail]"
        QTest::addColumn<qint64>("bytesTotal");
        QTest::addColumn<QString>("finalStatus");
        QTest::addColumn<QString>("digest");

        const QString recDigest = QStringLiteral("sha256:5ed9715930f910df7b907bb8479211216dc33aae6b9d402b46e881b691fa81d4");
        // Two layers of the base image were here already; two new ones (3 MB of
        // random bytes, and a small file) were downloaded and extracted.
        QTest::newRow("pull, new layers") << "pullpush/pull-layers.jsonl" << Pull << "downloaded"
                                          << QStringList{QStringLiteral("51f624e0c5d2 already-exists []"),
                                                         QStringLiteral("2d1a0b49bef5 already-exists []"),
                                                         QStringLiteral("a304b8dc121d pull-complete []"),
                                                         QStringLiteral("e1f3139420fa pull-complete []")}
                                          << qint64(3001119 + 108)
                                          << "Downloaded newer image for 127.0.0.1:25299/cais-test/rec:1" << recDigest;
        QTest::newRow("pull, fixture shell") << "streams/pull.jsonl" << Pull << "downloaded"
                                             << QStringList{QStringLiteral("c61b3d15aeb4 pull-complete []"),
                                                            QStringLiteral("0ac1d9902a74 pull-complete []")}
                                             << qint64(1101957 + 3490)
                                             << "Downloaded newer image for 127.0.0.1:24919/cais-test/shell:1"
                                             << "sha256:809b1ceca233e5b99f8667b1673337b84e64dc9912e42da9c3c47d4f9affac36";
        QTest::newRow("pull, up to date") << "pullpush/pull-uptodate.jsonl" << Pull << "up-to-date" << QStringList() << qint64(0)
                                          << "Image is up to date for 127.0.0.1:25299/cais-test/rec:1" << recDigest;
        // "Pulling from" carries the whole reference as its id here: no layer.
        QTest::newRow("pull by digest") << "pullpush/pull-digest.jsonl" << Pull << "up-to-date" << QStringList() << qint64(0)
                                        << QStringLiteral("Image is up to date for 127.0.0.1:25299/cais-test/rec@") + recDigest << recDigest;
        // The engine said {"current":512,"total":6} for the small layer: no usable
        // total, so no size; the big one's size came with its first progress line.
        QTest::newRow("push, new layers") << "pullpush/push-layers.jsonl" << Push << "pushed"
                                          << QStringList{QStringLiteral("5674f9821e1a pushed []"),
                                                         QStringLiteral("a0c3ec4f208f pushed []"),
                                                         QStringLiteral("2de7f8f4c76e mounted [cais-test/shell]"),
                                                         QStringLiteral("ccd1cf1f68cc mounted [cais-test/shell]")}
                                          << qint64(3000000 + 2048) << QStringLiteral("1: digest: %1 size: 1154").arg(recDigest) << recDigest;
        QTest::newRow("push, all there") << "pullpush/push-again.jsonl" << Push << "pushed"
                                         << QStringList{QStringLiteral("5674f9821e1a layer-exists []"),
                                                        QStringLiteral("a0c3ec4f208f layer-exists []"),
                                                        QStringLiteral("2de7f8f4c76e layer-exists []"),
                                                        QStringLiteral("ccd1cf1f68cc layer-exists []")}
                                         << qint64(0) << QStringLiteral("1: digest: %1 size: 1154").arg(recDigest) << recDigest;
    }

    void recordedStreams()
    {
        QFETCH(QString, file);
        QFETCH(Progress::Kind, kind);
        QFETCH(QString, outcome);
        QFETCH(QStringList, layers);
        QFETCH(qint64, bytesTotal);
        QFETCH(QString, finalStatus);
        QFETCH(QString, digest);

        const Progress p = feedWhole(kind, recorded(file));
        QStringList got;
        for (const Progress::Layer &l : p.layers())
            got << QStringLiteral("%1 %2 [%3]").arg(l.id, stateName(l.state), l.detail);
        QCOMPARE(got, layers);
        QCOMPARE(outcomeName(p.outcome()), outcome);
        QVERIFY(p.isSucceeded());
        QVERIFY(!p.isFailed());
        QCOMPARE(p.finalStatus(), finalStatus);
        QCOMPARE(p.digest(), digest);
        QCOMPARE(p.bytesTotal(), bytesTotal);
        QCOMPARE(p.fraction(), 1.0);
        QCOMPARE(p.layersDone(), int(layers.size()));
        QCOMPARE(p.invalidLines(), 0);
        // Every layer that moved bytes ends with all of them counted.
        QCOMPARE(p.bytesTransferred(), bytesTotal);
    }

    void everyChunkBoundary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Progress::Kind>("kind");
        QTest::newRow("pull") << "pullpush/pull-layers.jsonl" << Pull;
        QTest::newRow("pull, shell") << "streams/pull.jsonl" << Pull;
        QTest::newRow("push") << "pullpush/push-layers.jsonl" << Push;
        QTest::newRow("push, again") << "pullpush/push-again.jsonl" << Push;
        QTest::newRow("push, error") << "pullpush/push-error.jsonl" << Push;
    }

    void everyChunkBoundary()
    {
        QFETCH(QString, file);
        QFETCH(Progress::Kind, kind);
        const QByteArray stream = recorded(file);
        const QStringList whole = describe(feedWhole(kind, stream));

        // Two pieces, cut at every byte.
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            Progress p(kind);
            Mirror m;
            m.follow(p, p.feed(stream.left(cut)));
            m.follow(p, p.feed(stream.mid(cut)));
            m.follow(p, p.finish());
            QCOMPARE(describe(p), whole);
            QCOMPARE(m.rows, p.layers());
        }
        // One byte at a time: the updates alone must rebuild every layer.
        Progress p(kind);
        Mirror m;
        for (char c : stream)
            m.follow(p, p.feed(QByteArray(1, c)));
        m.follow(p, p.finish());
        QCOMPARE(describe(p), whole);
        QCOMPARE(m.rows, p.layers());
    }

    void layersGoThroughTheirStates()
    {
        // Line by line, as the engine sends them: the big layer of the recorded pull
        // is seen downloading with bytes, then extracting with bytes, then complete.
        Progress p(Pull);
        QStringList seen;
        double lastFraction = 0;
        for (const QByteArray &line : lines(recorded(QStringLiteral("pullpush/pull-layers.jsonl")))) {
            p.feed(line);
            const int i = p.indexOf(QStringLiteral("a304b8dc121d"));
            if (i >= 0) {
                const Progress::Layer &l = p.layers().at(i);
                const QString s = QStringLiteral("%1 %2/%3").arg(stateName(l.state)).arg(l.current).arg(l.total);
                if (seen.isEmpty() || seen.last() != s)
                    seen << s;
            }
            QVERIFY2(p.fraction() >= lastFraction, "the overall fraction went back");
            lastFraction = p.fraction();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("waiting 0/-1"), QStringLiteral("downloading 32768/3001119"),
                                    QStringLiteral("verifying 3001119/3001119"), QStringLiteral("download-complete 3001119/3001119"),
                                    QStringLiteral("extracting 32768/3001119"), QStringLiteral("extracting 3001119/3001119"),
                                    QStringLiteral("pull-complete 3001119/3001119")}));
        QCOMPARE(p.fraction(), 1.0);
    }

    void fractionIsHalfwayWhenDownloadedNotExtracted()
    {
        Progress p(Pull);
        p.feed("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"aaa\"}\r\n"
               "{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"bbb\"}\r\n"
               "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":0,\"total\":3000},\"id\":\"bbb\"}\r\n"
               "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":500,\"total\":1000},\"id\":\"aaa\"}\r\n");
        QCOMPARE(p.bytesTotal(), qint64(4000));
        QCOMPARE(p.bytesTransferred(), qint64(500));
        // aaa: half downloaded = 0.25 of its work, weight 1000 of 4000.
        QCOMPARE(p.fraction(), 0.0625);
        p.feed("{\"status\":\"Download complete\",\"progressDetail\":{},\"id\":\"aaa\"}\r\n"
               "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"bbb\"}\r\n");
        QCOMPARE(p.fraction(), (0.5 * 1000 + 1.0 * 3000) / 4000);
        QCOMPARE(p.bytesTransferred(), qint64(4000));
        QCOMPARE(p.outcome(), Progress::Outcome::Running);
        QVERIFY(!p.isSucceeded());
    }

    void errorsInsideA200Stream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("layers");

        QTest::newRow("recorded push of a missing image") << recorded(QStringLiteral("pullpush/push-error.jsonl"))
            << "An image does not exist locally with the tag: 127.0.0.1:25299/cais-test/nothere" << 0 << 0;
        // A pull cut by the registry after two layers started (as older engines send it).
        QByteArray cut;
        const QList<QByteArray> pull = lines(recorded(QStringLiteral("pullpush/pull-layers.jsonl")));
        for (int i = 0; i < 9; ++i)
            cut += pull.at(i);
        QTest::newRow("pull cut mid-way, both fields")
            << cut + "{\"errorDetail\":{\"message\":\"unexpected EOF\"},\"error\":\"unexpected EOF\"}\r\n" << "unexpected EOF" << 0 << 4;
        // API 1.48+: `error` is deprecated, errorDetail alone carries the message.
        QTest::newRow("errorDetail only (1.48+)")
            << cut + "{\"errorDetail\":{\"code\":401,\"message\":\"unauthorized: authentication required\"}}\r\n"
            << "unauthorized: authentication required" << 401 << 4;
        QTest::newRow("error only (old engines)") << QByteArray("{\"status\":\"The push refers to repository [x]\"}\n{\"error\":\"denied\"}\n")
                                                  << "denied" << 0 << 0;
        QTest::newRow("error without newline at the end")
            << QByteArray("{\"errorDetail\":{\"message\":\"boom\"},\"error\":\"boom\"}") << "boom" << 0 << 0;
    }

    void errorsInsideA200Stream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, message);
        QFETCH(int, code);
        QFETCH(int, layers);
        for (qsizetype cut = 0; cut <= stream.size(); cut += 7) {
            Progress p(Pull);
            const bool failedFirst = p.feed(stream.left(cut)).failed;
            const bool failedSecond = p.feed(stream.mid(cut)).failed;
            const bool failedAtEnd = p.finish().failed;
            QCOMPARE(int(failedFirst) + int(failedSecond) + int(failedAtEnd), 1);
            QVERIFY(p.isFailed());
            QVERIFY(!p.isSucceeded());
            QCOMPARE(p.errorMessage(), message);
            QCOMPARE(p.errorCode(), code);
            QCOMPARE(p.layers().size(), layers);
            QVERIFY(p.fraction() < 1.0);
        }
    }

    void api148LinesWithoutDeprecatedFields_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Progress::Kind>("kind");
        QTest::newRow("pull") << "pullpush/pull-layers.jsonl" << Pull;
        QTest::newRow("push") << "pullpush/push-layers.jsonl" << Push;
        QTest::newRow("push error") << "pullpush/push-error.jsonl" << Push;
    }

    void api148LinesWithoutDeprecatedFields()
    {
        // API 1.48 deprecates `progress` (the text bar) and `error`: an engine may
        // leave them out. The same stream without them must give the same result.
        QFETCH(QString, file);
        QFETCH(Progress::Kind, kind);
        const QByteArray original = recorded(file);
        QByteArray stripped;
        int removed = 0;
        for (const QByteArray &line : lines(original)) {
            QJsonObject o = QJsonDocument::fromJson(line).object();
            removed += int(o.contains(QLatin1String("progress"))) + int(o.contains(QLatin1String("error")));
            o.remove(QLatin1String("progress"));
            o.remove(QLatin1String("error"));
            stripped += QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n";
        }
        QVERIFY(removed > 0);
        QCOMPARE(describe(feedWhole(kind, stripped)), describe(feedWhole(kind, original)));
    }

    void statusTexts_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<Progress::LayerState>("state");
        QTest::addColumn<QString>("detail");
        using S = Progress::LayerState;
        QTest::newRow("pulling fs layer") << "Pulling fs layer" << S::Waiting << "";
        QTest::newRow("waiting") << "Waiting" << S::Waiting << "";
        QTest::newRow("preparing") << "Preparing" << S::Preparing << "";
        QTest::newRow("downloading") << "Downloading" << S::Downloading << "";
        QTest::newRow("verifying") << "Verifying Checksum" << S::Verifying << "";
        QTest::newRow("download complete") << "Download complete" << S::DownloadComplete << "";
        QTest::newRow("extracting") << "Extracting" << S::Extracting << "";
        QTest::newRow("pull complete") << "Pull complete" << S::PullComplete << "";
        QTest::newRow("already exists") << "Already exists" << S::AlreadyExists << "";
        QTest::newRow("pushing") << "Pushing" << S::Pushing << "";
        QTest::newRow("pushed") << "Pushed" << S::Pushed << "";
        QTest::newRow("layer already exists") << "Layer already exists" << S::LayerExists << "";
        QTest::newRow("mounted") << "Mounted from library/busybox" << S::Mounted << "library/busybox";
        QTest::newRow("retrying, plural") << "Retrying in 5 seconds" << S::Retrying << "5";
        QTest::newRow("retrying, singular") << "Retrying in 1 second" << S::Retrying << "1";
        QTest::newRow("unknown") << "Doing something new" << S::Other << "";
        QTest::newRow("case matters") << "pull complete" << S::Other << "";
    }

    void statusTexts()
    {
        QFETCH(QString, status);
        QFETCH(Progress::LayerState, state);
        QFETCH(QString, detail);
        QString d = QStringLiteral("stale");
        QCOMPARE(Progress::stateFor(status, &d), state);
        QCOMPARE(d, detail);
        Progress::Layer l;
        l.state = state;
        l.status = status;
        l.detail = detail;
        QVERIFY(!Progress::stateText(l).isEmpty());
        if (state == Progress::LayerState::Mounted)
            QVERIFY(Progress::stateText(l).contains(detail));
    }

    void bytesNoIntegerHoldsAreUnknown()
    {
        // Found by fuzz_pullprogress (UBSan): 3e100 bytes were converted to a qint64
        // regardless (undefined); such a count is unknown now, like a missing one.
        Progress p(Pull);
        p.feed("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"aaa\"}\r\n"
               "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1e100,\"total\":3e100},\"id\":\"aaa\"}\r\n");
        QCOMPARE(p.layers().size(), 1);
        QCOMPARE(p.layers().at(0).current, qint64(0));
        QCOMPARE(p.layers().at(0).total, qint64(-1));
        QCOMPARE(p.bytesTotal(), qint64(0));
        p.feed("{\"status\":\"Downloading\",\"progressDetail\":{\"current\":500,\"total\":9.3e18},\"id\":\"aaa\"}\r\n");
        QCOMPARE(p.layers().at(0).current, qint64(500));
        QCOMPARE(p.layers().at(0).total, qint64(-1));
    }

    void anErrorAfterSuccessKeepsTheBarFull()
    {
        // Found by fuzz_pullprogress: an error line after "Status: Downloaded newer image"
        // took the bar back from 1 to its estimate; it never goes back.
        Progress p(Pull);
        p.feed("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"aaa\"}\r\n"
               "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":500,\"total\":1000},\"id\":\"aaa\"}\r\n"
               "{\"status\":\"Status: Downloaded newer image for x:1\"}\r\n");
        QCOMPARE(p.fraction(), 1.0);
        p.feed("{\"errorDetail\":{\"message\":\"late\"},\"error\":\"late\"}\r\n");
        QVERIFY(p.isFailed());
        QCOMPARE(p.fraction(), 1.0);
    }

    void badLinesAreCountedNotFatal()
    {
        Progress p(Pull);
        p.feed("not json\r\n[1,2]\r\n{\"status\":\"Pulling fs layer\",\"id\":\"aaa\"}\r\n");
        p.finish();
        QCOMPARE(p.invalidLines(), 2);
        QCOMPARE(p.layers().size(), 1);
        QCOMPARE(p.outcome(), Progress::Outcome::Finished); // ended without a status line
        QVERIFY(p.isSucceeded());
    }

    // --- PullProgressModel --------------------------------------------------------

    void modelFollowsAStreamWithoutReset_data()
    {
        everyChunkBoundary_data();
    }

    void modelFollowsAStreamWithoutReset()
    {
        QFETCH(QString, file);
        QFETCH(Progress::Kind, kind);
        PullProgressModel model(kind);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        Progress p(kind);
        QList<QPersistentModelIndex> firstRows;
        for (const QByteArray &line : lines(recorded(file))) {
            model.apply(p, p.feed(line));
            if (firstRows.isEmpty() && model.rowCount() > 0)
                firstRows << QPersistentModelIndex(model.index(0, PullProgressModel::StateColumn));
        }
        model.apply(p, p.finish());
        QCOMPARE(model.rowCount(), int(p.layers().size()));
        for (int r = 0; r < model.rowCount(); ++r) {
            const Progress::Layer &l = p.layers().at(r);
            QCOMPARE(model.index(r, PullProgressModel::LayerColumn).data().toString(), l.id);
            QCOMPARE(model.index(r, PullProgressModel::StateColumn).data().toString(), Progress::stateText(l));
            QCOMPARE(model.index(r, 0).data(PullProgressModel::StateRole).toInt(), int(l.state));
            QCOMPARE(model.index(r, 0).data(PullProgressModel::DoneRole).toBool(), l.isDone());
            QCOMPARE(model.rowOf(l.id), r);
            if (l.isDone())
                QCOMPARE(model.index(r, 0).data(PullProgressModel::FractionRole).toDouble(), 1.0);
        }
        for (const QPersistentModelIndex &i : std::as_const(firstRows))
            QVERIFY(i.isValid());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void modelMergesARetryIntoTheSameRows()
    {
        PullProgressModel model(Pull);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QByteArray> pull = lines(recorded(QStringLiteral("pullpush/pull-layers.jsonl")));
        Progress first(Pull);
        for (int i = 0; i < 9; ++i)
            model.apply(first, first.feed(pull.at(i)));
        QCOMPARE(model.rowCount(), 4);
        QPersistentModelIndex big(model.index(model.rowOf(QStringLiteral("a304b8dc121d")), 0));
        QCOMPARE(big.data(PullProgressModel::StateRole).toInt(), int(Progress::LayerState::Downloading));
        QCOMPARE(model.index(big.row(), PullProgressModel::ProgressColumn).data().toString(), PullProgressModel::bytesText(first.layers().at(big.row()), Pull));
        QVERIFY(model.index(big.row(), PullProgressModel::ProgressColumn).data().toString().contains(QLatin1String("of")));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Progress second(Pull); // a retry starts the stream over
        for (const QByteArray &line : pull)
            model.apply(second, second.feed(line));
        model.sync(second);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(big.isValid());
        QCOMPARE(big.data(PullProgressModel::StateRole).toInt(), int(Progress::LayerState::PullComplete));
    }

    void modelShowsBusyForUnknownSizes()
    {
        PullProgressModel model(Push);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Progress p(Push);
        model.apply(p, p.feed("{\"status\":\"Pushing\",\"progressDetail\":{\"current\":512,\"total\":6},\"id\":\"aaa\"}\n"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(PullProgressModel::FractionRole).toDouble(), -1.0);
        QCOMPARE(model.index(0, 0).data(PullProgressModel::TotalRole).toLongLong(), qint64(-1));
        QCOMPARE(model.index(0, PullProgressModel::ProgressColumn).data().toString(), QLocale().formattedDataSize(512, 1, QLocale::DataSizeSIFormat));
        model.apply(p, p.feed("{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"aaa\"}\n"));
        QCOMPARE(model.index(0, 0).data(PullProgressModel::FractionRole).toDouble(), 1.0);
        QCOMPARE(model.headerData(PullProgressModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    }
};

QTEST_MAIN(TestProgress)
#include "tst_progress.moc"
