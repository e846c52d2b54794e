// ProcessesModel: `docker top` answers merged by PID (rows keep their place and
// their selection, new and ended processes marked for one refresh, columns replaced
// only by another preset), sorted as numbers through a proxy, under the model tester.
// The answers below are the shapes the test engine gave (dockerd 26.1).
#include "processesmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kDefault{u"UID"_s, u"PID"_s, u"PPID"_s, u"C"_s, u"STIME"_s, u"TTY"_s, u"TIME"_s, u"CMD"_s};

QStringList proc(const QString &pid, const QString &cmd, const QString &time = u"00:00:00"_s)
{
    return {u"root"_s, pid, u"19902"_s, u"0"_s, u"07:50"_s, u"?"_s, time, cmd};
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

} // namespace

class TestProcessesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeByPid()
    {
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setProcesses(kDefault, {proc(u"100"_s, u"sh"_s), proc(u"101"_s, u"sleep 1000"_s), proc(u"102"_s, u"sleep 1000"_s)});
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"PID"_s);
        QCOMPARE(model.pidColumn(), 1);
        QCOMPARE(column(model, 1), (QStringList{u"100"_s, u"101"_s, u"102"_s}));
        // The first answer is what there is, not what is new.
        for (int r = 0; r < 3; ++r)
            QCOMPARE(model.rowState(r), ProcessesModel::RowState::Normal);

        QItemSelectionModel selection(&model);
        selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QPersistentModelIndex kept(model.index(2, 7));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // 101 ends, 103 starts, 102's time moves on.
        model.setProcesses(kDefault, {proc(u"103"_s, u"top"_s), proc(u"100"_s, u"sh"_s), proc(u"102"_s, u"sleep 1000"_s, u"00:00:01"_s)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0); // the ended process stays for one refresh
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(column(model, 1), (QStringList{u"100"_s, u"101"_s, u"102"_s, u"103"_s}));
        QCOMPARE(model.rowState(model.rowOfPid(u"101"_s)), ProcessesModel::RowState::Ended);
        QCOMPARE(model.rowState(model.rowOfPid(u"103"_s)), ProcessesModel::RowState::New);
        QCOMPARE(model.rowState(model.rowOfPid(u"102"_s)), ProcessesModel::RowState::Normal);
        QVERIFY(model.index(model.rowOfPid(u"101"_s), 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(model.index(model.rowOfPid(u"103"_s), 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(model.rowOfPid(u"102"_s), 6).data().toString(), u"00:00:01"_s);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.row(), 2);
        QVERIFY(selection.isRowSelected(2, {}));

        // The next refresh: the ended row goes, the new one is an ordinary row.
        model.setProcesses(kDefault, {proc(u"100"_s, u"sh"_s), proc(u"102"_s, u"sleep 1000"_s, u"00:00:01"_s), proc(u"103"_s, u"top"_s)});
        QCOMPARE(column(model, 1), (QStringList{u"100"_s, u"102"_s, u"103"_s}));
        QCOMPARE(model.rowState(model.rowOfPid(u"103"_s)), ProcessesModel::RowState::Normal);
        QCOMPARE(resets.size(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), u"sleep 1000"_s);
        QVERIFY(selection.isRowSelected(kept.row(), {}));

        // The same answer again changes nothing.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProcesses(kDefault, {proc(u"100"_s, u"sh"_s), proc(u"102"_s, u"sleep 1000"_s, u"00:00:01"_s), proc(u"103"_s, u"top"_s)});
        QCOMPARE(changed.size(), 0);
    }

    void otherColumns()
    {
        ProcessesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setProcesses(kDefault, {proc(u"100"_s, u"sh"_s)});
        // ps -eo pid,ppid,user,%cpu,%mem,etime,args: fewer columns, the same processes (not new).
        const QStringList eo{u"PID"_s, u"PPID"_s, u"USER"_s, u"%CPU"_s, u"%MEM"_s, u"ELAPSED"_s, u"COMMAND"_s};
        model.setProcesses(eo, {{u"100"_s, u"19902"_s, u"root"_s, u"89.8"_s, u"0.0"_s, u"00:03"_s, u"sh"_s}});
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.pidColumn(), 0);
        QCOMPARE(model.rowState(0), ProcessesModel::RowState::Normal);
        // aux: more columns again.
        const QStringList aux{u"USER"_s, u"PID"_s, u"%CPU"_s, u"%MEM"_s, u"VSZ"_s, u"RSS"_s, u"TTY"_s, u"STAT"_s, u"START"_s, u"TIME"_s, u"COMMAND"_s};
        model.setProcesses(aux, {{u"root"_s, u"100"_s, u"90.8"_s, u"0.0"_s, u"2312"_s, u"1568"_s, u"?"_s, u"Rs"_s, u"07:50"_s, u"0:03"_s, u"sh"_s}});
        QCOMPARE(model.columnCount(), 11);
        QCOMPARE(model.index(0, 5).data().toString(), u"1568"_s);
        QCOMPARE(resets.size(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void sortValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("pid") << u"19925"_s << QVariant(19925.0);
        QTest::newRow("%cpu") << u"90.8"_s << QVariant(90.8);
        QTest::newRow("TIME") << u"00:01:02"_s << QVariant(62.0);
        QTest::newRow("aux TIME") << u"1:05"_s << QVariant(65.0);
        QTest::newRow("etime with days") << u"2-03:04:05"_s << QVariant(((2.0 * 24 + 3) * 60 + 4) * 60 + 5);
        QTest::newRow("text") << u"sleep 1000"_s << QVariant(u"sleep 1000"_s);
        QTest::newRow("tty") << u"?"_s << QVariant(u"?"_s);
    }
    void sortValue()
    {
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        QCOMPARE(ProcessesModel::sortValue(text), expected);
    }

    void sortsNumbersAsNumbers()
    {
        ProcessesModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ProcessesModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses(kDefault, {proc(u"9"_s, u"a"_s, u"00:00:10"_s), proc(u"100"_s, u"b"_s, u"00:02:00"_s), proc(u"25"_s, u"c"_s, u"00:00:09"_s)});
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 1), (QStringList{u"9"_s, u"25"_s, u"100"_s})); // as text: 100, 25, 9
        proxy.sort(6, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 1), (QStringList{u"100"_s, u"9"_s, u"25"_s}));
        // A new process lands where its value belongs.
        model.setProcesses(kDefault, {proc(u"9"_s, u"a"_s, u"00:00:10"_s), proc(u"100"_s, u"b"_s, u"00:02:00"_s), proc(u"25"_s, u"c"_s, u"00:00:09"_s),
                                      proc(u"30"_s, u"d"_s, u"00:01:00"_s)});
        QCOMPARE(column(proxy, 1), (QStringList{u"100"_s, u"30"_s, u"9"_s, u"25"_s}));
        // Filter as you type, over every column.
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(u"d"_s);
        QCOMPARE(column(proxy, 1), (QStringList{u"30"_s}));
    }
};

QTEST_MAIN(TestProcessesModel)
#include "tst_processesmodel.moc"
