#include "imagesmodel.h"
#include "imagesproxymodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ImageSummary img(const QString &hex, const QStringList &tags, qint64 created, qint64 size)
{
    ImageSummary s;
    s.id = QStringLiteral("sha256:") + hex.repeated(64 / hex.size());
    s.repoTags = tags;
    s.created = created;
    s.size = size;
    return s;
}

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

} // namespace

class TestImagesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void mergeKeepsRowsAndNeverResets()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const auto a = img(QStringLiteral("a"), {QStringLiteral("app:1")}, 100, 10);
        const auto b = img(QStringLiteral("b"), {QStringLiteral("db:2"), QStringLiteral("db:latest")}, 200, 20);
        const auto c = img(QStringLiteral("c"), {}, 300, 30);
        model.setImages({a, b, c});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);

        // A persistent index on b must survive everything below.
        QPersistentModelIndex pb(model.index(model.rowOfId(b.id), ImagesModel::TagColumn));
        QCOMPARE(pb.data().toString(), QStringLiteral("2, latest"));

        // Same list again: no signal at all.
        inserted.clear();
        model.setImages({c, a, b});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // Remove a, change b (new tag), add d.
        auto b2 = b;
        b2.repoTags << QStringLiteral("db:3");
        const auto d = img(QStringLiteral("d"), {QStringLiteral("web:1")}, 400, 40);
        model.setImages({b2, c, d});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(pb.isValid());
        QCOMPARE(pb.data().toString(), QStringLiteral("2, latest, 3"));
        QCOMPARE(pb.data(ImagesModel::IdRole).toString(), b.id);
        QCOMPARE(model.rowOfId(a.id), -1);
        for (const auto &i : {b2, c, d})
            QCOMPARE(model.index(model.rowOfId(i.id), 0).data(ImagesModel::IdRole).toString(), i.id);

        // Remove non-contiguous rows in one merge, then everything.
        model.setImages({c});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!pb.isValid());
        model.setImages({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void bigMergeIsConsistent()
    {
        // Interleaved removals, changes and additions over many rows.
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ImageSummary> first;
        for (int i = 0; i < 300; ++i)
            first << img(QStringLiteral("%1").arg(i, 4, 16, QLatin1Char('0')), {QStringLiteral("r:%1").arg(i)}, i, i);
        model.setImages(first);
        QList<ImageSummary> second;
        for (int i = 0; i < 300; ++i) {
            if (i % 3 == 0)
                continue; // removed
            auto s = first.at(i);
            if (i % 5 == 0)
                s.size += 1000; // changed
            second << s;
        }
        for (int i = 300; i < 350; ++i)
            second << img(QStringLiteral("%1").arg(i, 4, 16, QLatin1Char('0')), {QStringLiteral("r:%1").arg(i)}, i, i);
        model.setImages(second);
        QCOMPARE(model.rowCount(), second.size());
        for (const auto &s : std::as_const(second)) {
            const int row = model.rowOfId(s.id);
            QVERIFY(row >= 0);
            QCOMPARE(model.image(row), s);
        }
    }

    void displayedColumns()
    {
        ImagesModel model;
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'000'000);
        model.setClock([now] { return now; });
        auto dangling = img(QStringLiteral("e"), {}, 1'000'000 - 3 * 86400, 2'030'000);
        auto multi = img(QStringLiteral("f"), {QStringLiteral("localhost:5000/team/app:1"), QStringLiteral("other:x")}, 1'000'000 - 90, 1'500);
        model.setImages({dangling, multi});
        const int rd = model.rowOfId(dangling.id), rm = model.rowOfId(multi.id);
        QCOMPARE(model.index(rd, ImagesModel::RepositoryColumn).data().toString(), QStringLiteral("<none>"));
        QCOMPARE(model.index(rd, ImagesModel::TagColumn).data().toString(), QStringLiteral("<none>"));
        QCOMPARE(model.index(rd, 0).data(ImagesModel::DanglingRole).toBool(), true);
        QCOMPARE(model.index(rd, ImagesModel::IdColumn).data().toString(), QStringLiteral("eeeeeeeeeeee"));
        QCOMPARE(model.index(rd, ImagesModel::SizeColumn).data(ImagesModel::SortRole).toLongLong(), 2'030'000);
        // A registry port is not a tag separator.
        QCOMPARE(model.index(rm, ImagesModel::RepositoryColumn).data().toString(), QStringLiteral("localhost:5000/team/app, other"));
        QCOMPARE(model.index(rm, ImagesModel::TagColumn).data().toString(), QStringLiteral("localhost:5000/team/app:1, other:x"));
        QVERIFY(model.index(rm, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("other:x")));
        QCOMPARE(model.headerData(ImagesModel::SizeColumn, Qt::Horizontal).toString(), QStringLiteral("Size"));
    }

    void splitRepoTag_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("tag");
        QTest::newRow("plain") << "busybox:1.36" << "busybox" << "1.36";
        QTest::newRow("no tag") << "busybox" << "busybox" << "";
        QTest::newRow("port, no tag") << "localhost:5000/app" << "localhost:5000/app" << "";
        QTest::newRow("port and tag") << "localhost:5000/app:2" << "localhost:5000/app" << "2";
    }
    void splitRepoTag()
    {
        QFETCH(QString, in);
        QFETCH(QString, repo);
        QFETCH(QString, tag);
        const auto [r, t] = ::splitRepoTag(in);
        QCOMPARE(r, repo);
        QCOMPARE(t, tag);
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << "Less than a second ago";
        QTest::newRow("1 s") << qint64(1) << "1 second ago";
        QTest::newRow("59 s") << qint64(59) << "59 seconds ago";
        QTest::newRow("1 min") << qint64(60) << "1 minute ago";
        QTest::newRow("2 h") << qint64(7200) << "2 hours ago";
        QTest::newRow("47 h") << qint64(47 * 3600) << "47 hours ago";
        QTest::newRow("3 days") << qint64(3 * 86400) << "3 days ago";
        QTest::newRow("3 weeks") << qint64(21 * 86400) << "3 weeks ago";
        QTest::newRow("5 months") << qint64(150 * 86400) << "5 months ago";
        QTest::newRow("3 years") << qint64(3 * 365 * 86400) << "3 years ago";
    }
    void relativeTime()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(2'000'000'000);
        QCOMPARE(ImagesModel::relativeTime(now.addSecs(-secs), now), text);
    }

    void proxySortsOnRawValuesAndFilters()
    {
        ImagesModel model;
        ImagesProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sizes whose text order differs from their numeric order.
        auto s9 = img(QStringLiteral("1"), {QStringLiteral("nine:1")}, 30, 9'000);
        auto s10 = img(QStringLiteral("2"), {QStringLiteral("ten:1")}, 10, 10'000'000);
        auto s2 = img(QStringLiteral("3"), {QStringLiteral("two:1")}, 20, 200'000);
        s2.labels.insert(QStringLiteral("maintainer"), QStringLiteral("ana"));
        model.setImages({s9, s10, s2});
        proxy.sort(ImagesModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), (QStringList{QStringLiteral("nine"), QStringLiteral("two"), QStringLiteral("ten")}));
        proxy.sort(ImagesModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), (QStringList{QStringLiteral("nine"), QStringLiteral("two"), QStringLiteral("ten")}));

        proxy.setFilterText(QStringLiteral("TEN"));
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), QStringList{QStringLiteral("ten")});
        proxy.setFilterText(QStringLiteral("maintainer=ana"));
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), QStringList{QStringLiteral("two")});
        proxy.setFilterText(QStringLiteral("%1").arg(QStringLiteral("1").repeated(12))); // by id
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), QStringList{QStringLiteral("nine")});
        proxy.setFilterText(QStringLiteral("t 1")); // every word must match
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);

        // The proxy follows merges while sorted and filtered.
        proxy.setFilterText(QStringLiteral("t"));
        auto s11 = img(QStringLiteral("4"), {QStringLiteral("twelve:1")}, 40, 1);
        model.setImages({s10, s2, s11});
        QCOMPARE(column(proxy, ImagesModel::RepositoryColumn), (QStringList{QStringLiteral("twelve"), QStringLiteral("two"), QStringLiteral("ten")}));
    }
};

QTEST_MAIN(TestImagesModel)
#include "tst_imagesmodel.moc"
