// KeyedListModel: the merge every flat list that follows the engine uses.
#include "keyedlistmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Item
{
    QString name;
    int size = 0;
    bool operator==(const Item &) const = default;
};

class ItemsModel : public KeyedListModel<Item>
{
public:
    using KeyedListModel::KeyedListModel;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Item &i = rowAt(index.row());
        return index.column() == 0 ? QVariant(i.name) : QVariant(i.size);
    }

protected:
    QString keyOf(const Item &row) const override { return row.name; }
};

QStringList names(const ItemsModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data().toString();
    return out;
}

QList<Item> items(std::initializer_list<const char *> list)
{
    QList<Item> out;
    int n = 0;
    for (const char *s : list)
        out.append({QString::fromLatin1(s), ++n});
    return out;
}

} // namespace

class TestKeyedListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullMergeKeepsRowsAndPersistentIndexes()
    {
        ItemsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        m.setRows(items({"a", "b", "c", "d", "e"}));
        QCOMPARE(names(m), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));
        QCOMPARE(inserted.size(), 1);
        const QPersistentModelIndex e(m.index(4, 0));

        // b and c go (one run), a changes, f comes: e keeps its persistent index.
        QList<Item> next{{u"a"_s, 10}, {u"d"_s, 4}, {u"e"_s, 5}, {u"f"_s, 6}};
        inserted.clear();
        m.setRows(next);
        QCOMPARE(names(m), (QStringList{u"a"_s, u"d"_s, u"e"_s, u"f"_s}));
        QCOMPARE(removed.size(), 1); // b..c as one run
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        QCOMPARE(changed.size(), 1); // only a changed
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m.index(0, 1).data().toInt(), 10);
        QVERIFY(e.isValid());
        QCOMPARE(e.row(), 2);
        QCOMPARE(m.rowOfKey(u"f"_s), 3);
        QCOMPARE(m.rowOfKey(u"b"_s), -1);

        // The same list again: not a signal.
        changed.clear();
        removed.clear();
        inserted.clear();
        m.setRows(next);
        QCOMPARE(changed.size() + removed.size() + inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void partialMergeTouchesOnlyItsKeys()
    {
        ItemsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(items({"a", "b", "c", "d"}));
        // Of a, c and x: a changed, c is gone, x is new; b and d were not asked about.
        m.updateRows({u"a"_s, u"c"_s, u"x"_s}, {{u"a"_s, 7}, {u"x"_s, 9}, {u"b"_s, 99}});
        QCOMPARE(names(m), (QStringList{u"a"_s, u"b"_s, u"d"_s, u"x"_s}));
        QCOMPARE(m.find(u"a"_s)->size, 7);
        QCOMPARE(m.find(u"b"_s)->size, 2); // not in scope: untouched
        QCOMPARE(m.find(u"x"_s)->size, 9);
        QVERIFY(!m.find(u"c"_s));
    }

    void removalsInSeveralRuns()
    {
        ItemsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRows(items({"a", "b", "c", "d", "e", "f", "g"}));
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.setRows(items({"a", "d", "g"}));
        QCOMPARE(names(m), (QStringList{u"a"_s, u"d"_s, u"g"_s}));
        QCOMPARE(removed.size(), 2); // e..f, then b..c
        m.setRows({});
        QCOMPARE(m.rowCount(), 0);
        m.setRows(items({"z"}));
        QCOMPARE(names(m), QStringList{u"z"_s});
    }
};

QTEST_GUILESS_MAIN(TestKeyedListModel)
#include "tst_keyedlistmodel.moc"
