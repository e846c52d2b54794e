// The container file tree, fed with listings (no engine): lazy loading per folder,
// merged refreshes, failures, under QAbstractItemModelTester; and the pure parts of
// listing (the exec output parser, ls -l modes).
#include "containerfilesmodel.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

ContainerFileEntry entry(const QString &name, ContainerFileEntry::Type type, quint32 perm = 0755, qint64 size = 0, const QString &link = {})
{
    ContainerFileEntry e;
    e.name = name;
    e.type = type;
    const quint32 fmt = type == ContainerFileEntry::Type::Directory ? S_IFDIR : type == ContainerFileEntry::Type::Symlink ? S_IFLNK : S_IFREG;
    e.mode = fmt | perm;
    e.size = size;
    e.uid = 0;
    e.gid = 0;
    e.modified = QDateTime::fromSecsSinceEpoch(1000000000, QTimeZone::UTC);
    e.linkTarget = link;
    return e;
}

using T = ContainerFileEntry::Type;

/// A lister whose replies the test gives when it wants.
struct FakeLister
{
    QStringList requested;
    QHash<QString, std::shared_ptr<QPromise<Result<DirectoryListing>>>> pending;

    ContainerFilesModel::Lister lister()
    {
        return [this](const QString &path) {
            requested.append(path);
            auto p = std::make_shared<QPromise<Result<DirectoryListing>>>();
            p->start();
            pending.insert(path, p);
            return p->future();
        };
    }
    void reply(const QString &path, const Result<DirectoryListing> &r)
    {
        auto p = pending.take(path);
        QVERIFY(p);
        p->addResult(r);
        p->finish();
        QTest::qWait(0); // .then(context) runs from the event loop
        QCoreApplication::processEvents();
    }
};

DirectoryListing listing(const QString &path, QList<ContainerFileEntry> entries)
{
    return DirectoryListing{path, DirectoryListing::Method::Exec, std::move(entries)};
}

QStringList names(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out.append(m.index(r, 0, parent).data().toString());
    return out;
}

} // namespace

class TestContainerFilesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modeString_data()
    {
        QTest::addColumn<quint32>("mode");
        QTest::addColumn<QString>("text");
        QTest::newRow("dir") << quint32(S_IFDIR | 0755) << u"drwxr-xr-x"_s;
        QTest::newRow("file") << quint32(S_IFREG | 0640) << u"-rw-r-----"_s;
        QTest::newRow("link") << quint32(S_IFLNK | 0777) << u"lrwxrwxrwx"_s;
        QTest::newRow("setuid") << quint32(S_IFREG | 04755) << u"-rwsr-xr-x"_s;
        QTest::newRow("setgid no x") << quint32(S_IFREG | 02644) << u"-rw-r-Sr--"_s;
        QTest::newRow("sticky") << quint32(S_IFDIR | 01777) << u"drwxrwxrwt"_s;
        QTest::newRow("fifo") << quint32(S_IFIFO | 0600) << u"prw-------"_s;
        QTest::newRow("char") << quint32(S_IFCHR | 0666) << u"crw-rw-rw-"_s;
    }
    void modeString()
    {
        QFETCH(quint32, mode);
        QFETCH(QString, text);
        QCOMPARE(ContainerFileEntry::modeString(mode), text);
    }

    void parseExecListing()
    {
        // Names and link targets in hex: a space and a newline survive.
        const QByteArray out = "F 41ed 4096 0 0 1000000000 root root " + QByteArray("my dir").toHex() + " \n"
                               "F a1ff 1 1000 1000 1000000001 UNKNOWN UNKNOWN " + QByteArray("ln").toHex() + ' ' + QByteArray("a\nb").toHex() + "\n"
                               "F 81a4 12 0 0 1000000002 root root " + QByteArray("a\nb").toHex() + " \n"
                               "E " + QByteArray("secret").toHex() + "\n";
        const auto r = ContainerFiles::parseExecListing(out);
        QVERIFY(r);
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0).name, u"a\nb"_s);
        QCOMPARE(r->at(0).type, T::File);
        QCOMPARE(r->at(0).size, 12);
        QCOMPARE(r->at(1).name, u"ln"_s);
        QCOMPARE(r->at(1).type, T::Symlink);
        QCOMPARE(r->at(1).linkTarget, u"a\nb"_s);
        QCOMPARE(r->at(1).owner, QString());
        QCOMPARE(r->at(1).uid, 1000);
        QCOMPARE(r->at(2).name, u"my dir"_s);
        QCOMPARE(r->at(2).type, T::Directory);
        QCOMPARE(r->at(2).owner, u"root"_s);
        QCOMPARE(r->at(2).modified.toSecsSinceEpoch(), 1000000000);
        QCOMPARE(r->at(3).name, u"secret"_s);
        QVERIFY(!r->at(3).error.isEmpty());
        QVERIFY(!ContainerFiles::parseExecListing("garbage line\n"));
        const QStringList cmd = ContainerFiles::execListingCommand(u"/a b"_s);
        QCOMPARE(cmd.first(), u"/bin/sh"_s);
        QCOMPARE(cmd.last(), u"/a b"_s); // a positional argument: never spliced into the script
    }

    void lazyTreeAndMerge()
    {
        ContainerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeLister fake;
        model.setLister(u"/"_s, fake.lister());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.hasChildren());
        // (The tester itself fetches what it can, as a view does.)
        model.fetchMore({});
        QCOMPARE(fake.requested, QStringList{u"/"_s}); // one request at a time
        QVERIFY(!model.canFetchMore({}));
        fake.reply(u"/"_s, listing(u"/"_s, {entry(u"etc"_s, T::Directory), entry(u"bin"_s, T::Directory), entry(u"file"_s, T::File, 0644, 42)}));
        QCOMPARE(names(model), (QStringList{u"bin"_s, u"etc"_s, u"file"_s}));
        QCOMPARE(model.lastMethod(), DirectoryListing::Method::Exec);
        const QModelIndex bin = model.index(0, 0);
        QVERIFY(model.hasChildren(bin));
        QVERIFY(!model.hasChildren(model.index(2, 0)));
        QCOMPARE(model.index(2, ContainerFilesModel::SizeColumn).data().toLongLong(), 42);
        QCOMPARE(model.index(2, ContainerFilesModel::ModeColumn).data().toString(), u"-rw-r--r--"_s);
        QCOMPARE(model.index(2, ContainerFilesModel::OwnerColumn).data().toString(), u"0:0"_s);
        QCOMPARE(model.index(2, 0).data(ContainerFilesModel::PathRole).toString(), u"/file"_s);

        // Expanding a folder reads it, and only it.
        model.fetchMore(bin);
        QCOMPARE(fake.requested.count(u"/bin"_s), 1);
        QVERIFY(!fake.requested.contains(u"/file"_s));
        QVERIFY(model.data(bin, ContainerFilesModel::LoadingRole).toBool());
        fake.reply(u"/bin"_s, listing(u"/bin"_s, {entry(u"sh"_s, T::File, 0755, 900), entry(u"ls"_s, T::Symlink, 0777, 7, u"busybox"_s)}));
        QCOMPARE(names(model, bin), (QStringList{u"ls"_s, u"sh"_s}));
        QCOMPARE(model.index(0, ContainerFilesModel::LinkColumn, bin).data().toString(), u"busybox"_s);
        QCOMPARE(model.indexForPath(u"/bin/sh"_s), model.index(1, 0, bin));

        // A refresh merges: "file" goes, "abc" and "zz" come, "etc" changes; the
        // expanded folder and a persistent index into it survive.
        const QPersistentModelIndex sh(model.index(1, 0, bin));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        fake.reply(u"/"_s, listing(u"/"_s, {entry(u"abc"_s, T::File), entry(u"bin"_s, T::Directory), entry(u"etc"_s, T::Directory, 0700),
                                            entry(u"zz"_s, T::File)}));
        QCOMPARE(names(model), (QStringList{u"abc"_s, u"bin"_s, u"etc"_s, u"zz"_s}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(changed.size() >= 1);
        QVERIFY(sh.isValid());
        QCOMPARE(sh.data(ContainerFilesModel::PathRole).toString(), u"/bin/sh"_s);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.index(2, ContainerFilesModel::ModeColumn).data().toString(), u"drwx------"_s);
    }

    void failedFolderSaysWhy()
    {
        ContainerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeLister fake;
        model.setLister(u"/srv"_s, fake.lister());
        model.fetchMore({});
        fake.reply(u"/srv"_s, listing(u"/srv"_s, {entry(u"locked"_s, T::Directory, 0700)}));
        const QModelIndex locked = model.index(0, 0);
        QCOMPARE(locked.data(ContainerFilesModel::PathRole).toString(), u"/srv/locked"_s);
        QSignalSpy failed(&model, &ContainerFilesModel::folderFailed);
        model.fetchMore(locked);
        fake.reply(u"/srv/locked"_s, std::unexpected(EngineError::make(EngineError::Kind::Other, u"Permission denied there"_s)));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"/srv/locked"_s);
        QVERIFY(locked.data(ContainerFilesModel::ErrorRole).toString().contains(u"Permission denied"_s));
        QVERIFY(!model.hasChildren(locked));
        QVERIFY(!model.canFetchMore(locked));
    }

    void lateReplyOfAnotherContainerIsDropped()
    {
        ContainerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FakeLister first, second;
        model.setLister(u"/"_s, first.lister());
        model.fetchMore({});
        model.setLister(u"/"_s, second.lister());
        QVERIFY(first.pending.contains(u"/"_s));
        first.reply(u"/"_s, listing(u"/"_s, {entry(u"old"_s, T::File)}));
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        second.reply(u"/"_s, listing(u"/"_s, {entry(u"new"_s, T::File)}));
        QCOMPARE(names(model), QStringList{u"new"_s});
    }
};

QTEST_GUILESS_MAIN(TestContainerFilesModel)
#include "tst_containerfilesmodel.moc"
