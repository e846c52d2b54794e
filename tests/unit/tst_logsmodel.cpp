// LogsModel: the bounded ring of log lines behind the logs view.
#include "logsmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

/// `count` lines "<prefix><n>" (n from `first`), stderr for every third, time = n seconds.
LogLines numbered(int first, int count, const QByteArray &prefix = "line ")
{
    LogLines lines;
    for (int n = first; n < first + count; ++n)
        lines.append(n % 3 == 0 ? LogStream::Stderr : LogStream::Stdout, qint64(n) * 1'000'000'000, QByteArray(prefix + QByteArray::number(n)));
    return lines;
}

QStringList texts(const LogsModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, 0).data().toString());
    return out;
}

/// Rows whose text contains `term`, found the slow obvious way.
QList<int> naiveFind(const LogsModel &m, const QString &term, Qt::CaseSensitivity cs)
{
    QList<int> rows;
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.lineText(r).contains(term, cs))
            rows.append(r);
    }
    return rows;
}

} // namespace

class TestLogsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void underTheModelTester()
    {
        LogsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCapacity(5000);
        m.append(numbered(0, 3000));
        m.flush();
        m.append(numbered(3000, 4000)); // over the capacity: the oldest go
        m.flush();
        QCOMPARE(m.rowCount(), 5000);
        m.setCapacity(100);
        QCOMPARE(m.rowCount(), 100);
        m.setSearch(QStringLiteral("line 69"));
        m.append(numbered(7000, 10));
        m.flush();
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        m.append(numbered(0, 10));
        m.flush();
        QCOMPARE(m.rowCount(), 10);
    }

    void rolesCarryRawValues()
    {
        LogsModel m;
        LogLines lines;
        lines.append(LogStream::Stdout, 1714557600123456789LL, "hello \xc3\xa9t\xc3\xa9");
        lines.append(LogStream::Stderr, 0, "");
        m.append(lines);
        m.flush();
        const QModelIndex a = m.index(0, 0), b = m.index(1, 0);
        QCOMPARE(a.data().toString(), QString::fromUtf8("hello \xc3\xa9t\xc3\xa9"));
        QCOMPARE(a.data(LogsModel::RawTextRole).toByteArray(), QByteArray("hello \xc3\xa9t\xc3\xa9"));
        QCOMPARE(a.data(LogsModel::StreamRole).toInt(), int(LogStream::Stdout));
        QCOMPARE(a.data(LogsModel::TimestampRole).toLongLong(), 1714557600123456789LL);
        QCOMPARE(a.data(LogsModel::TimestampTextRole).toString(), QStringLiteral("2024-05-01T10:00:00.123456789Z"));
        QCOMPARE(a.data(LogsModel::LineNumberRole).toLongLong(), 1);
        QCOMPARE(b.data().toString(), QString());
        QCOMPARE(b.data(LogsModel::StreamRole).toInt(), int(LogStream::Stderr));
        QCOMPARE(b.data(LogsModel::TimestampTextRole).toString(), QString());
        // A screen reader hears which stream a line came from, not only a colour.
        QCOMPARE(b.data(Qt::AccessibleTextRole).toString(), QStringLiteral("stderr: "));
        QCOMPARE(a.data(Qt::AccessibleTextRole).toString(), a.data().toString());
        QCOMPARE(m.maxLineBytes(), 11);
        QVERIFY(m.roleNames().value(LogsModel::TimestampRole) == "timestamp");
    }

    // --- batching -------------------------------------------------------------------

    void arrivalsAreCoalesced()
    {
        LogsModel m;
        m.setBatchInterval(30);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 50; ++i)
            m.append(numbered(i * 100, 100));
        // Nothing shows before the batch interval: no insert per arrival.
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.pendingCount(), 5000);
        QTRY_COMPARE(m.rowCount(), 5000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4999);
        QCOMPARE(m.pendingCount(), 0);

        m.append(numbered(5000, 1));
        m.flush(); // at once, as the view does when a stream ends
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(m.lineText(5000), QStringLiteral("line 5000"));
        m.flush(); // nothing pending: no signal
        QCOMPARE(inserted.size(), 2);
    }

    void batchesGetRarerAsRowsGrow_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("interval");
        QTest::newRow("empty") << 0 << 40 << 40;
        QTest::newRow("a screenful") << 50 << 40 << 40;
        QTest::newRow("default ring full") << 200'000 << 40 << 200;
        QTest::newRow("half a million") << 500'000 << 40 << 500;
        QTest::newRow("capped at a second") << 1'500'000 << 40 << 1000;
        QTest::newRow("a larger minimum wins") << 50'000 << 120 << 120;
        QTest::newRow("zero: next turn") << 0 << 0 << 0;
    }

    void batchesGetRarerAsRowsGrow()
    {
        // Each insert makes a list view lay out every row: a million rows are
        // inserted into a few times a second, not 25.
        QFETCH(int, rows);
        QFETCH(int, minimum);
        QFETCH(int, interval);
        LogsModel m;
        m.setCapacity(std::max(rows, 1));
        m.setBatchInterval(minimum);
        LogLines lines;
        for (int i = 0; i < rows; ++i)
            lines.append(LogStream::Stdout, 0, "x");
        m.append(lines);
        m.flush();
        QCOMPARE(m.rowCount(), rows);
        QCOMPARE(m.batchInterval(), interval);
    }

    // --- the ring ---------------------------------------------------------------------

    void ringEviction_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QList<int>>("batches"); // sizes of the batches flushed one after the other
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("firstLine"); // n of the first row's "line n"

        QTest::newRow("under capacity") << 100 << QList<int>{30, 30} << 60 << 0;
        QTest::newRow("exactly full") << 100 << QList<int>{50, 50} << 100 << 0;
        QTest::newRow("one over") << 100 << QList<int>{100, 1} << 100 << 1;
        QTest::newRow("a batch bigger than the ring") << 100 << QList<int>{10, 250} << 100 << 160;
        QTest::newRow("many small batches") << 1000 << QList<int>(40, 97) << 1000 << 40 * 97 - 1000;
        QTest::newRow("across blocks") << 10000 << QList<int>{4096, 4096, 4096, 5} << 10000 << 4096 * 3 + 5 - 10000;
        QTest::newRow("whole blocks leave") << 5000 << QList<int>{4096, 4096, 4096} << 5000 << 4096 * 3 - 5000;
        QTest::newRow("a ring of one") << 1 << QList<int>{3, 2} << 1 << 4;
    }

    void ringEviction()
    {
        QFETCH(int, capacity);
        QFETCH(QList<int>, batches);
        QFETCH(int, rows);
        QFETCH(int, firstLine);
        LogsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCapacity(capacity);
        int next = 0;
        for (int size : std::as_const(batches)) {
            m.append(numbered(next, size));
            m.flush();
            next += size;
            QVERIFY(m.rowCount() <= capacity);
        }
        QCOMPARE(m.rowCount(), rows);
        QCOMPARE(m.lineText(0), QStringLiteral("line %1").arg(firstLine));
        QCOMPARE(m.lineText(rows - 1), QStringLiteral("line %1").arg(next - 1));
        QCOMPARE(m.droppedCount(), next - rows);
        // Line numbers count from the first line ever received.
        QCOMPARE(m.index(0, 0).data(LogsModel::LineNumberRole).toLongLong(), firstLine + 1);
        // Every row still reads back its own line, stream and time.
        for (int r = 0; r < rows; ++r) {
            const int n = firstLine + r;
            if (m.lineText(r) != QStringLiteral("line %1").arg(n) || m.lineTimestamp(r) != qint64(n) * 1'000'000'000
                || m.lineStream(r) != (n % 3 == 0 ? LogStream::Stderr : LogStream::Stdout))
                QFAIL(qPrintable(QStringLiteral("row %1 does not hold line %2").arg(r).arg(n)));
        }
        qint64 bytes = 0;
        for (int r = 0; r < rows; ++r)
            bytes += m.lineBytes(r).size() + 1;
        QCOMPARE(m.textBytes(), bytes);
    }

    void evictionSignalsRemoveThenInsert()
    {
        LogsModel m;
        m.setCapacity(10);
        m.append(numbered(0, 10));
        m.flush();
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.append(numbered(10, 4));
        m.flush();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 6);
        QCOMPARE(inserted.at(0).at(2).toInt(), 9);
        QCOMPARE(texts(m).first(), QStringLiteral("line 4"));
    }

    void byteCapacity()
    {
        // Lines of 100 bytes (+1 newline): a 10,100-byte budget holds 100 of them.
        LogsModel m;
        m.setByteCapacity(10'100);
        LogLines lines;
        for (int i = 0; i < 250; ++i)
            lines.append(LogStream::Stdout, 0, QByteArray::number(i).leftJustified(100, '.'));
        m.append(lines);
        m.flush();
        QCOMPARE(m.rowCount(), 100);
        QVERIFY(m.textBytes() <= 10'100);
        QVERIFY(m.lineText(0).startsWith(QLatin1String("150.")));
    }

    // --- search ---------------------------------------------------------------------

    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("caseSensitive");
        QTest::newRow("number") << QStringLiteral("77") << true;
        QTest::newRow("prefix everywhere") << QStringLiteral("line") << true;
        QTest::newRow("insensitive") << QStringLiteral("LINE 12") << false;
        QTest::newRow("sensitive misses") << QStringLiteral("LINE 12") << true;
        QTest::newRow("mixed case insensitive") << QStringLiteral("Error") << false;
        QTest::newRow("non-ascii insensitive") << QString::fromUtf8("\xc3\x89T\xc3\x89") << false;
        QTest::newRow("non-ascii sensitive") << QString::fromUtf8("\xc3\xa9t\xc3\xa9") << true;
        QTest::newRow("absent") << QStringLiteral("zebra") << false;
        QTest::newRow("twice on a line counts once") << QStringLiteral("x") << true;
        QTest::newRow("no match across lines") << QStringLiteral("9\nline") << true;
    }

    void search()
    {
        QFETCH(QString, term);
        QFETCH(bool, caseSensitive);
        const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        LogsModel m;
        m.setCapacity(9000);
        m.append(numbered(0, 6000));
        LogLines extra;
        extra.append(LogStream::Stderr, 0, "An ERROR here, and an error there");
        extra.append(LogStream::Stdout, 0, "xx marks the spot x");
        extra.append(LogStream::Stdout, 0, "\xc3\xa9t\xc3\xa9 in summer");
        m.append(extra);
        m.append(numbered(6000, 6000)); // past the capacity: evicted rows are not found
        m.flush();
        const QList<int> expected = naiveFind(m, term, cs);
        QCOMPARE(m.findRows(term, cs), expected);
        m.setSearch(term, cs);
        QCOMPARE(m.matchCount(), expected.size());
        for (int i = 0; i < m.matchCount(); ++i)
            QCOMPARE(m.matchRow(i), expected.at(i));
        // A range searches only its rows.
        const QList<int> ranged = m.findRows(term, cs, 100, 4200);
        QList<int> expectedRanged;
        for (int r : expected) {
            if (r >= 100 && r <= 4200)
                expectedRanged.append(r);
        }
        QCOMPARE(ranged, expectedRanged);
    }

    void matchesFollowArrivalsAndEvictions()
    {
        LogsModel m;
        m.setCapacity(1000);
        m.append(numbered(0, 1000));
        m.flush();
        QSignalSpy changed(&m, &LogsModel::matchesChanged);
        m.setSearch(QStringLiteral("99"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m.matchCount(), 19); // 99, 199, ..., 899, 990-999

        m.append(numbered(1000, 600)); // lines 0-599 leave; 1099, 1199, ... arrive
        m.flush();
        QCOMPARE(changed.size(), 2);
        const QList<int> expected = naiveFind(m, QStringLiteral("99"), Qt::CaseInsensitive);
        QCOMPARE(m.matchCount(), expected.size());
        for (int i = 0; i < m.matchCount(); ++i)
            QCOMPARE(m.matchRow(i), expected.at(i));
        QCOMPARE(m.lineText(m.matchRow(0)), QStringLiteral("line 699"));
        QCOMPARE(m.lineText(m.matchRow(m.matchCount() - 1)), QStringLiteral("line 1599"));

        m.clear();
        QCOMPARE(m.matchCount(), 0);
        QCOMPARE(changed.size(), 3);
        m.setSearch(QString());
        QCOMPARE(m.matchCount(), 0);
    }

    void nextMatch_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<int>("match");
        // Matches of "7" in lines 0..29: rows 7, 17, 27 (match indexes 0, 1, 2).
        QTest::newRow("from the top") << -1 << true << 0;
        QTest::newRow("from the bottom") << -1 << false << 2;
        QTest::newRow("after a row") << 8 << true << 1;
        QTest::newRow("after a match") << 17 << true << 2;
        QTest::newRow("wraps forward") << 27 << true << 0;
        QTest::newRow("before a row") << 20 << false << 1;
        QTest::newRow("before a match") << 17 << false << 0;
        QTest::newRow("wraps backward") << 3 << false << 2;
    }

    void nextMatch()
    {
        QFETCH(int, row);
        QFETCH(bool, forward);
        QFETCH(int, match);
        LogsModel m;
        m.append(numbered(0, 30));
        m.flush();
        m.setSearch(QStringLiteral("7"));
        QCOMPARE(m.matchCount(), 3);
        QCOMPARE(m.nextMatch(row, forward), match);
        QCOMPARE(m.matchIndexOfRow(17), 1);
        QCOMPARE(m.matchIndexOfRow(18), -1);
    }

    void nextMatchWithoutMatches()
    {
        LogsModel m;
        m.append(numbered(0, 30));
        m.flush();
        m.setSearch(QStringLiteral("absent"));
        QCOMPARE(m.nextMatch(5, true), -1);
        QCOMPARE(m.nextMatch(-1, false), -1);
    }

    // --- saving ---------------------------------------------------------------------

    void save_data()
    {
        QTest::addColumn<bool>("timestamps");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("text only") << false << QByteArray("line 8\nline 9\nline 10\n");
        QTest::newRow("with times") << true
                                    << QByteArray("1970-01-01T00:00:08.000000000Z line 8\n1970-01-01T00:00:09.000000000Z line 9\n"
                                                  "1970-01-01T00:00:10.000000000Z line 10\n");
    }

    void save()
    {
        QFETCH(bool, timestamps);
        QFETCH(QByteArray, expected);
        LogsModel m;
        m.setCapacity(3);
        m.append(numbered(0, 10));
        m.flush();
        m.append(numbered(10, 1)); // still queued: saved too (and line 7 leaves)
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(m.save(&out, timestamps, &error));
        QCOMPARE(out.data(), expected);
    }

    void saveToAFailingDevice()
    {
        LogsModel m;
        m.append(numbered(0, 10));
        QBuffer closed; // not open: every write fails
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("device not open")));
        QVERIFY(!m.save(&closed, false, &error));
        QVERIFY(error.startsWith(QLatin1String("The log could not be written")));
    }
};

QTEST_GUILESS_MAIN(TestLogsModel)
#include "tst_logsmodel.moc"
