// docker cp's rules through Cais and through the docker CLI on the same engine, the
// resulting trees compared entry by entry; stopped containers; container to
// container; and a container whose files attack the host when copied out.
#include "containerfiles.h"
#include "containerfilesmodel.h"
#include "engine.h"
#include "testengine.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Peak memory growth allowed for a 48 MiB copy: 64 MB, the goal. AddressSanitizer
// keeps freed blocks in a quarantine of up to 256 MB and shadows every allocation, so
// there the bound only rules out holding the whole copy several times over; the queued
// bytes, checked beside it, are what prove constant memory in every build.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxGrowthKb = 320 * 1024;
#else
constexpr qint64 kMaxGrowthKb = 64 * 1024;
#endif

/// kB of a line of /proc/self/status ("VmRSS", "VmHWM").
qint64 procStatusKb(const char *key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// Starts a new peak-memory window (Linux: writing 5 to clear_refs resets VmHWM).
void resetPeakMemory()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QString unique(const QString &base)
{
    static int n = 0;
    return base + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++n);
}

/// name -> "type perm size sha256|target mtime" for a tar (what docker cp CTR:PATH - gives);
/// with `owners`, " uid:gid" after each.
QMap<QString, QString> tarListing(const QByteArray &tar, bool owners = false)
{
    QMap<QString, QString> m;
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_open_memory(a, tar.constData(), size_t(tar.size()));
    struct archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        QString name = QString::fromUtf8(archive_entry_pathname(e));
        while (name.endsWith(u'/'))
            name.chop(1);
        const mode_t t = archive_entry_filetype(e);
        QString v = QString::number(t, 8) + u' ' + QString::number(archive_entry_perm(e), 8);
        if (archive_entry_symlink(e)) {
            v += u" -> "_s + QString::fromUtf8(archive_entry_symlink(e));
        } else if (t == AE_IFREG) {
            QByteArray data;
            char buf[65536];
            la_ssize_t n;
            while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
                data.append(buf, n);
            if (archive_entry_hardlink(e))
                v += u" hardlink"_s; // content is the target's
            else
                v += u' ' + QString::number(data.size()) + u' ' + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())
                    + u' ' + QString::number(archive_entry_mtime(e));
        }
        if (owners)
            v += u' ' + QString::number(archive_entry_uid(e)) + u':' + QString::number(archive_entry_gid(e));
        m.insert(name, v);
    }
    archive_read_free(a);
    return m;
}

/// The same for a host tree (hard links shown by content, as a copy holds them).
QMap<QString, QString> hostListing(const QString &root)
{
    QMap<QString, QString> m;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st;
        ::lstat(QFile::encodeName(p).constData(), &st);
        QString v = QString::number(st.st_mode & S_IFMT, 8) + u' ' + QString::number(st.st_mode & 07777, 8);
        if (S_ISLNK(st.st_mode)) {
            QByteArray t(4096, Qt::Uninitialized);
            const ssize_t n = ::readlink(QFile::encodeName(p).constData(), t.data(), size_t(t.size()));
            v += u" -> "_s + QString::fromUtf8(t.left(n));
        } else if (S_ISREG(st.st_mode)) {
            QFile f(p);
            (void)f.open(QIODevice::ReadOnly);
            v += u' ' + QString::number(st.st_size) + u' ' + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
                + u' ' + QString::number(st.st_mtim.tv_sec);
        }
        m.insert(p.mid(root.size() + 1), v);
    }
    return m;
}

void writeFile(const QString &path, const QByteArray &data, QFile::Permissions perms = {})
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    if (perms)
        f.setPermissions(perms);
}

} // namespace

class TestCopy : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QString m_image;
    QStringList m_containers;
    QTemporaryDir m_tmp;
    QString m_hostSrc;
    bool m_ownedOnHost = false; ///< m_hostSrc/owned belongs to 1234:5678

    Engine &connected() { return TestEngine::connected(m_engine); }

    QString container(bool running)
    {
        const QString name = unique(u"cais-copy"_s);
        const QStringList args = running ? QStringList{u"run"_s, u"-d"_s, u"--network"_s, u"none"_s, u"--name"_s, name, m_image, u"sleep"_s, u"3600"_s}
                                         : QStringList{u"create"_s, u"--network"_s, u"none"_s, u"--name"_s, name, m_image, u"sleep"_s, u"3600"_s};
        if (!TestEngine::docker(args))
            return {};
        m_containers.append(name);
        return name;
    }

    /// Runs a job to its end.
    Result<CopyReport> run(CopyJob *job)
    {
        std::unique_ptr<CopyJob> owner(job);
        QSignalSpy done(job, &CopyJob::finished);
        if (!job->isFinished() && !done.wait(120000)) {
            QTest::qFail("a copy did not finish", __FILE__, __LINE__);
            return std::unexpected(EngineError::make(EngineError::Kind::Timeout, u"timeout"_s));
        }
        return job->result();
    }

    QMap<QString, QString> containerTree(const QString &ctr, const QString &path, bool owners = false)
    {
        QByteArray out;
        if (!TestEngine::docker({u"cp"_s, ctr + u':' + path, u"-"_s}, &out))
            return {};
        return tarListing(out, owners);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_tmp.isValid());
        m_image = unique(u"cais-test/copy"_s) + u":1"_s;
        // The container side: sources, a destination with a file, a folder and a link
        // to it, and files that attack whoever copies them out.
        QVERIFY(!TestEngine::ownImage({m_image}, u"cais-test/shell:1"_s,
            u"RUN mkdir -p /src/dir/sub /dst/existing /evil/inner && printf hello > /src/file && chmod 640 /src/file "
            "&& printf abc > /src/dir/a && printf xyz > /src/dir/sub/b && chmod 700 /src/dir/sub && ln -s a /src/dir/ln "
            "&& ln /src/dir/a /src/dir/hard && ln -s dir /src/dirlink && ln -s file /src/filelink "
            "&& touch -d '2001-09-09 01:46:40' /src/file /src/dir/a /src/dir/sub/b "
            "&& printf old > /dst/oldfile && ln -s existing /dst/linktodir "
            "&& ln -s /etc /evil/etc && ln -s ../../../../../.. /evil/up && ln -s /etc/passwd /evil/inner/passwd "
            "&& mkfifo /evil/fifo && printf x > /evil/suid && chmod 4755 /evil/suid && printf ok > /evil/plain "
            // A device node, and a chain of links that ends far above the destination.
            "&& mknod /evil/null c 1 3 && ln -s chain2 /evil/chain1 && ln -s ../../../../../.. /evil/chain2 "
            // Folders named as those links, each holding a file: copied over the links,
            // their files would land in /etc and / if anything followed them.
            "&& mkdir -p /evil2/etc /evil2/up /evil2/chain1 && printf pwned > /evil2/etc/cais-pwned "
            "&& printf pwned > /evil2/up/cais-pwned && printf pwned > /evil2/chain1/cais-pwned"_s).isEmpty());
        // The same source tree on the host.
        m_hostSrc = m_tmp.filePath(u"hostsrc"_s);
        QVERIFY(QDir().mkpath(m_hostSrc + u"/dir/sub"_s));
        writeFile(m_hostSrc + u"/file"_s, "hello", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        writeFile(m_hostSrc + u"/dir/a"_s, "abc");
        writeFile(m_hostSrc + u"/dir/sub/b"_s, QByteArray(300000, 'z'));
        QVERIFY(QFile::link(u"a"_s, m_hostSrc + u"/dir/ln"_s));
        QVERIFY(::link(QFile::encodeName(m_hostSrc + u"/dir/a"_s).constData(), QFile::encodeName(m_hostSrc + u"/dir/hard"_s).constData()) == 0);
        QVERIFY(QFile::link(u"dir"_s, m_hostSrc + u"/dirlink"_s));
        QVERIFY(QFile::link(u"file"_s, m_hostSrc + u"/filelink"_s));
        QVERIFY(QFile::setPermissions(m_hostSrc + u"/dir/sub"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // For -a: a folder and a file owned by 1234:5678 (the tests run as root in the
        // build root, where chown is allowed; elsewhere that row says why it cannot run).
        QVERIFY(QDir().mkpath(m_hostSrc + u"/owned"_s));
        writeFile(m_hostSrc + u"/owned/f"_s, "owned by 1234");
        m_ownedOnHost = ::lchown(QFile::encodeName(m_hostSrc + u"/owned/f"_s).constData(), 1234, 5678) == 0
                        && ::lchown(QFile::encodeName(m_hostSrc + u"/owned"_s).constData(), 1234, 5678) == 0;
    }

    void cleanupTestCase()
    {
        // Close every connection first: the calls below block this thread's event loop,
        // and an archive stream the engine still serves would keep its container locked,
        // so `docker rm -f` would wait for it (seen once under heavy load: rm and rmi
        // timed out here, and other tests' removals with them).
        m_engine.reset();
        for (const QString &c : std::as_const(m_containers))
            TestEngine::docker({u"rm"_s, u"-f"_s, c});
        if (!m_image.isEmpty())
            TestEngine::docker({u"rmi"_s, u"-f"_s, m_image});
    }

    void statPaths()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        ContainerFiles files(&connected());
        const auto dir = TestEngine::await(files.stat(c, u"/src/dir"_s));
        QVERIFY(dir && dir->has_value());
        QVERIFY((*dir)->isDir());
        const auto file = TestEngine::await(files.stat(c, u"/src/file"_s));
        QVERIFY(file && file->has_value());
        QVERIFY((*file)->isRegular());
        QCOMPARE((*file)->size, 5);
        QCOMPARE((*file)->permissions(), 0640u);
        const auto link = TestEngine::await(files.stat(c, u"/src/filelink"_s));
        QVERIFY(link && link->has_value());
        QVERIFY((*link)->isSymlink());
        QCOMPARE((*link)->linkTarget, u"/src/file"_s);
        const auto missing = TestEngine::await(files.stat(c, u"/nope"_s));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
    }

    void listing()
    {
        // The same folder read through exec, through the archive, and in a stopped
        // container (where only the archive works).
        const QString running = container(true);
        const QString stopped = container(false);
        QVERIFY(!running.isEmpty() && !stopped.isEmpty());
        ContainerFiles files(&connected());
        const auto viaExec = TestEngine::await(files.listDirectory(running, u"/src/dir"_s, true));
        QVERIFY2(viaExec, qPrintable(viaExec ? QString() : viaExec.error().fullText()));
        QCOMPARE(viaExec->method, DirectoryListing::Method::Exec);
        const auto viaArchive = TestEngine::await(files.listDirectory(running, u"/src/dir"_s, false));
        QVERIFY2(viaArchive, qPrintable(viaArchive ? QString() : viaArchive.error().fullText()));
        QCOMPARE(viaArchive->method, DirectoryListing::Method::Archive);
        const auto viaStopped = TestEngine::await(files.listDirectory(stopped, u"/src/dir"_s, true));
        QVERIFY2(viaStopped, qPrintable(viaStopped ? QString() : viaStopped.error().fullText()));
        QCOMPARE(viaStopped->method, DirectoryListing::Method::Archive);
        auto comparable = [](const QList<ContainerFileEntry> &list) {
            QStringList out;
            for (const ContainerFileEntry &e : list)
                out.append(e.name + u' ' + ContainerFileEntry::modeString(e.mode) + u' '
                           + (e.type == ContainerFileEntry::Type::File ? QString::number(e.size) : QString()) + u' '
                           + QString::number(e.uid) + u':' + QString::number(e.gid) + u' ' + e.linkTarget + u' '
                           + QString::number(e.modified.toSecsSinceEpoch()));
            return out;
        };
        const QStringList expected = comparable(viaExec->entries);
        QCOMPARE(expected.size(), 4); // a, hard, ln, sub and nothing else
        QCOMPARE(viaExec->entries.at(2).name, u"ln"_s);
        QCOMPARE(viaExec->entries.at(2).linkTarget, u"a"_s);
        QCOMPARE(ContainerFileEntry::modeString(viaExec->entries.at(3).mode), u"drwx------"_s);
        QCOMPARE(viaExec->entries.at(0).uid, 0);
        QCOMPARE(viaExec->entries.at(0).owner, QString()); // the image has no /etc/passwd: stat says UNKNOWN
        QCOMPARE(comparable(viaArchive->entries), expected);
        QCOMPARE(comparable(viaStopped->entries), expected);
        const auto missing = TestEngine::await(files.listDirectory(running, u"/nope"_s, true));
        QVERIFY(!missing);
        QVERIFY(missing.error().userMessage.contains(u"/nope"_s));
        const auto missingStopped = TestEngine::await(files.listDirectory(stopped, u"/nope"_s, true));
        QVERIFY(!missingStopped);
    }

    void archiveListingOfALargeFolder()
    {
        // More than the 4 MiB queue below the folder: the stream is paused and resumed
        // (a listing that stayed paused held the container's lock: `docker rm` hung).
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"sh"_s, u"-c"_s, u"mkdir /large && head -c 25165824 /dev/zero > /large/zeros"_s}));
        ContainerFiles files(&connected());
        const auto l = TestEngine::await(files.listDirectory(c, u"/large"_s, false));
        QVERIFY2(l, qPrintable(l ? QString() : l.error().fullText()));
        QCOMPARE(l->entries.size(), 1);
        QCOMPARE(l->entries.first().size, 25165824);
        QVERIFY(TestEngine::docker({u"rm"_s, u"-f"_s, c}));
        m_containers.removeAll(c);
    }

    void modelOnRealContainer()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        ContainerFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ContainerFilesModel::folderLoaded);
        model.setContainer(&connected(), c, u"/src"_s);
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 4, 30000); // dir, dirlink, file, filelink
        QCOMPARE(model.index(0, 0).data().toString(), u"dir"_s);
        QCOMPARE(model.lastMethod(), DirectoryListing::Method::Exec);
        const QModelIndex dir = model.index(0, 0);
        model.fetchMore(dir);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(dir) == 4, 30000);
        QCOMPARE(model.index(3, ContainerFilesModel::ModeColumn, dir).data().toString(), u"drwx------"_s);
        QCOMPARE(model.index(1, ContainerFilesModel::LinkColumn).data().toString(), u"dir"_s);
        // A change in the container shows after a refresh, merged.
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"sh"_s, u"-c"_s, u"touch /src/added && rm /src/filelink"_s}));
        const QPersistentModelIndex keep(model.index(0, 0));
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.indexForPath(u"/src/added"_s).isValid(), 30000);
        QVERIFY(!model.indexForPath(u"/src/filelink"_s).isValid());
        QVERIFY(keep.isValid());
        QCOMPARE(model.rowCount(keep), 4);
    }

    void toContainer_data()
    {
        QTest::addColumn<QString>("src");  // relative to the host source
        QTest::addColumn<QString>("dst");
        QTest::addColumn<bool>("follow");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("owner"); // -a, and uid/gid compared
        QTest::newRow("file to new name") << u"file"_s << u"/dst/newfile"_s << false << true << false;
        QTest::newRow("file onto file") << u"file"_s << u"/dst/oldfile"_s << false << true << false;
        QTest::newRow("file into dir") << u"file"_s << u"/dst/existing"_s << false << true << false;
        QTest::newRow("file into dir/") << u"dir/a"_s << u"/dst/existing/"_s << false << true << false;
        QTest::newRow("dir to new name") << u"dir"_s << u"/dst/newdir"_s << false << true << false;
        QTest::newRow("dir into dir") << u"dir"_s << u"/dst/existing"_s << false << true << false;
        QTest::newRow("dir contents into dir") << u"dir/."_s << u"/dst/existing"_s << false << true << false;
        QTest::newRow("dir contents to new name") << u"dir/."_s << u"/dst/newdir2"_s << false << true << false;
        QTest::newRow("dst symlink to dir") << u"file"_s << u"/dst/linktodir"_s << false << true << false;
        QTest::newRow("symlink kept") << u"filelink"_s << u"/dst/existing"_s << false << true << false;
        QTest::newRow("-L file link") << u"filelink"_s << u"/dst/followed"_s << true << true << false;
        QTest::newRow("-L dir link") << u"dirlink"_s << u"/dst/dl"_s << true << true << false;
        QTest::newRow("dir onto file") << u"dir"_s << u"/dst/oldfile"_s << false << false << false;
        QTest::newRow("file to missing dir/") << u"file"_s << u"/dst/nope/"_s << false << false << false;
        QTest::newRow("missing parent") << u"file"_s << u"/dst/nope/x"_s << false << false << false;
        QTest::newRow("-a keeps uid/gid") << u"owned"_s << u"/dst/existing"_s << false << true << true;
    }

    void toContainer()
    {
        QFETCH(QString, src);
        QFETCH(QString, dst);
        QFETCH(bool, follow);
        QFETCH(bool, ok);
        QFETCH(bool, owner);
        if (owner && !m_ownedOnHost)
            QFAIL("this user cannot give a file to uid 1234 (not root), so the -a row cannot be checked: run the tests through tools/dev");
        for (const bool running : {true, false}) {
            const QString mine = container(running);
            const QString theirs = container(running);
            QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
            ContainerFiles files(&connected());
            const QString source = m_hostSrc + u'/' + src;
            const auto r = run(files.copyToContainer(source, mine, dst, {follow, owner}));
            QByteArray err;
            QStringList args{u"cp"_s};
            if (follow)
                args << u"-L"_s;
            if (owner)
                args << u"-a"_s;
            args << source << theirs + u':' + dst;
            const bool cli = TestEngine::docker(args, nullptr, &err);
            QCOMPARE(cli, ok);
            QVERIFY2(r.has_value() == ok, qPrintable(r ? u"succeeded"_s : r.error().fullText()));
            if (!ok) {
                QVERIFY(!r.error().userMessage.isEmpty());
                QVERIFY2(!r.error().userMessage.contains(u"%1"_s), qPrintable(r.error().userMessage));
            }
            const auto theirTree = containerTree(theirs, u"/dst"_s, owner);
            QVERIFY(!theirTree.isEmpty());
            QCOMPARE(containerTree(mine, u"/dst"_s, owner), theirTree);
            if (owner) // the owner really travelled (the comparison alone would pass if neither kept it)
                QVERIFY2(theirTree.value(u"dst/existing/owned/f"_s).endsWith(u" 1234:5678"_s), qPrintable(theirTree.value(u"dst/existing/owned/f"_s)));
        }
    }

    void fromContainer_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("dst"); // relative to a host folder holding existing/ and oldfile
        QTest::addColumn<bool>("follow");
        QTest::addColumn<bool>("ok");
        QTest::newRow("file to new name") << u"/src/file"_s << u"newfile"_s << false << true;
        QTest::newRow("file onto file") << u"/src/file"_s << u"oldfile"_s << false << true;
        QTest::newRow("file into dir") << u"/src/file"_s << u"existing"_s << false << true;
        QTest::newRow("dir to new name") << u"/src/dir"_s << u"newdir"_s << false << true;
        QTest::newRow("dir into dir") << u"/src/dir"_s << u"existing"_s << false << true;
        QTest::newRow("dir contents into dir") << u"/src/dir/."_s << u"existing"_s << false << true;
        QTest::newRow("dir contents to new name") << u"/src/dir/."_s << u"newdir2"_s << false << true;
        QTest::newRow("symlink kept") << u"/src/filelink"_s << u"existing"_s << false << true;
        QTest::newRow("-L file link") << u"/src/filelink"_s << u"followed"_s << true << true;
        QTest::newRow("-L dir link") << u"/src/dirlink"_s << u"dl"_s << true << true;
        QTest::newRow("-L dir link into dir") << u"/src/dirlink"_s << u"existing"_s << true << true;
        QTest::newRow("dir onto file") << u"/src/dir"_s << u"oldfile"_s << false << false;
        QTest::newRow("file to missing dir/") << u"/src/file"_s << u"nope/"_s << false << false;
        QTest::newRow("missing parent") << u"/src/file"_s << u"nope/x"_s << false << false;
        QTest::newRow("missing source") << u"/src/none"_s << u"x"_s << false << false;
    }

    void fromContainer()
    {
        QFETCH(QString, src);
        QFETCH(QString, dst);
        QFETCH(bool, follow);
        QFETCH(bool, ok);
        for (const bool running : {true, false}) {
            const QString c = container(running);
            QVERIFY(!c.isEmpty());
            QTemporaryDir mineDir, theirDir;
            for (const QString &root : {mineDir.path(), theirDir.path()}) {
                QVERIFY(QDir().mkpath(root + u"/existing"_s));
                writeFile(root + u"/oldfile"_s, "old");
            }
            ContainerFiles files(&connected());
            const auto r = run(files.copyFromContainer(c, src, mineDir.path() + u'/' + dst, {follow, false}));
            QByteArray err;
            QStringList args{u"cp"_s};
            if (follow)
                args << u"-L"_s;
            args << c + u':' + src << theirDir.path() + u'/' + dst;
            QCOMPARE(TestEngine::docker(args, nullptr, &err), ok);
            QVERIFY2(r.has_value() == ok, qPrintable(r ? u"succeeded"_s : r.error().fullText()));
            if (ok)
                QVERIFY(r->refused.isEmpty());
            else
                QVERIFY(!r.error().userMessage.isEmpty());
            QCOMPARE(hostListing(mineDir.path()), hostListing(theirDir.path()));
        }
    }

    void betweenContainers_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("dst");
        QTest::addColumn<bool>("follow");
        QTest::newRow("dir to new name") << u"/src/dir"_s << u"/dst/newdir"_s << false;
        QTest::newRow("dir into dir") << u"/src/dir"_s << u"/dst/existing"_s << false;
        QTest::newRow("dir contents into dir") << u"/src/dir/."_s << u"/dst/existing"_s << false;
        QTest::newRow("file onto file") << u"/src/file"_s << u"/dst/oldfile"_s << false;
        QTest::newRow("-L dir link to new name") << u"/src/dirlink"_s << u"/dst/dl"_s << true;
    }

    void betweenContainers()
    {
        // The reference: docker cp out to the host, then in, which is what users do by hand.
        QFETCH(QString, src);
        QFETCH(QString, dst);
        QFETCH(bool, follow);
        const QString source = container(false); // a stopped source
        const QString mine = container(true);
        const QString theirs = container(true);
        QVERIFY(!source.isEmpty() && !mine.isEmpty() && !theirs.isEmpty());
        ContainerFiles files(&connected());
        const auto r = run(files.copyBetween(source, src, mine, dst, {follow, false}));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        QVERIFY(r->bytes > 0);
        QTemporaryDir hop;
        const QString name = CopyRules::specifiesCurrentDir(src) ? u"hop"_s : CopyRules::base(src);
        QStringList out{u"cp"_s};
        if (follow)
            out << u"-L"_s;
        out << source + u':' + src << hop.path() + u'/' + name;
        QVERIFY(TestEngine::docker(out));
        QString hostPath = hop.path() + u'/' + name;
        if (CopyRules::specifiesCurrentDir(src))
            hostPath += u"/."_s;
        QVERIFY(TestEngine::docker({u"cp"_s, hostPath, theirs + u':' + dst}));
        QCOMPARE(containerTree(mine, u"/dst"_s), containerTree(theirs, u"/dst"_s));
    }

    void betweenContainersLarge()
    {
        // 48 MiB through the queues: it arrives whole while they stay a few MiB.
        const QString a = container(true);
        const QString b = container(true);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(TestEngine::docker({u"exec"_s, a, u"sh"_s, u"-c"_s, u"head -c 50331648 /dev/urandom > /big && md5sum /big > /big.md5"_s}));
        ContainerFiles files(&connected());
        resetPeakMemory();
        const qint64 rssBefore = procStatusKb("VmRSS:");
        CopyJob *job = files.copyBetween(a, u"/big"_s, b, u"/dst/big"_s);
        QElapsedTimer clock;
        clock.start();
        qint64 peak = 0;
        connect(job, &CopyJob::progress, this, [&] { peak = job->peakQueuedBytes(); });
        const auto r = run(job);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        QVERIFY(r->bytes >= 50331648);
        const qint64 growthKb = procStatusKb("VmHWM:") - rssBefore;
        qInfo("container to container: %lld bytes in %lld ms, at most %lld bytes queued, peak memory growth %lld kB", r->bytes,
              clock.elapsed(), peak, growthKb);
        QVERIFY2(growthKb < kMaxGrowthKb, qPrintable(QString::number(growthKb)));
        // Two queues of 4 MiB, each overshooting by at most one socket read.
        QVERIFY2(peak <= 9 * 1024 * 1024, qPrintable(QString::number(peak)));
        QByteArray sumA, sumB;
        QVERIFY(TestEngine::docker({u"exec"_s, a, u"md5sum"_s, u"/big"_s}, &sumA));
        QVERIFY(TestEngine::docker({u"exec"_s, b, u"md5sum"_s, u"/dst/big"_s}, &sumB));
        QCOMPARE(sumB.left(32), sumA.left(32));
    }

    void fromContainerLarge()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"sh"_s, u"-c"_s, u"head -c 50331648 /dev/urandom > /big && md5sum /big"_s}));
        QByteArray sum;
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"md5sum"_s, u"/big"_s}, &sum));
        QTemporaryDir dest;
        ContainerFiles files(&connected());
        resetPeakMemory();
        const qint64 rssBefore = procStatusKb("VmRSS:");
        CopyJob *job = files.copyFromContainer(c, u"/big"_s, dest.path());
        qint64 peak = 0;
        connect(job, &CopyJob::progress, this, [&] { peak = job->peakQueuedBytes(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = run(job);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        const qint64 growthKb = procStatusKb("VmHWM:") - rssBefore;
        qInfo("container to host: %lld bytes in %lld ms, at most %lld bytes queued, peak memory growth %lld kB", r->bytes, clock.elapsed(),
              peak, growthKb);
        QVERIFY2(growthKb < kMaxGrowthKb, qPrintable(QString::number(growthKb)));
        QVERIFY2(peak <= 5 * 1024 * 1024, qPrintable(QString::number(peak)));
        QFile f(dest.filePath(u"big"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex(), sum.left(32));
    }

    void toContainerLarge()
    {
        // 48 MiB from this computer into a container, Cais and docker cp side by side.
        QTemporaryDir host;
        QFile big(host.filePath(u"big"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 48; ++i) {
            for (qsizetype k = 0; k < block.size(); ++k)
                block[k] = char((k * 31 + i * 7) & 0xff);
            big.write(block);
        }
        big.close();
        const QString mine = container(true);
        const QString theirs = container(true);
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
        ContainerFiles files(&connected());
        resetPeakMemory();
        const qint64 rssBefore = procStatusKb("VmRSS:");
        QElapsedTimer clock;
        clock.start();
        const auto r = run(files.copyToContainer(big.fileName(), mine, u"/dst/big"_s));
        const qint64 caisMs = clock.elapsed();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        const qint64 growthKb = procStatusKb("VmHWM:") - rssBefore;
        clock.restart();
        QVERIFY(TestEngine::docker({u"cp"_s, big.fileName(), theirs + u":/dst/big"_s}));
        const qint64 cliMs = clock.elapsed();
        qInfo("host to container: %lld bytes, Cais %lld ms (peak memory growth %lld kB), docker cp %lld ms", r->bytes, caisMs, growthKb, cliMs);
        QVERIFY2(growthKb < kMaxGrowthKb, qPrintable(QString::number(growthKb)));
        QByteArray a, b;
        QVERIFY(TestEngine::docker({u"exec"_s, mine, u"md5sum"_s, u"/dst/big"_s}, &a));
        QVERIFY(TestEngine::docker({u"exec"_s, theirs, u"md5sum"_s, u"/dst/big"_s}, &b));
        QCOMPARE(a.left(32), b.left(32));
    }

    void hostileContainer()
    {
        // /evil holds symlinks to /etc and above the destination, a fifo and a setuid
        // file: copied out, the links stay links (nothing is written through them), the
        // fifo is refused by name, the setuid bit is dropped, nothing outside changes.
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        QTemporaryDir root;
        const QString dest = root.filePath(u"dest"_s);
        QVERIFY(QDir().mkpath(dest));
        writeFile(root.filePath(u"sentinel"_s), "untouched");
        const auto before = hostListing(root.path());
        const qsizetype etcBefore = hostListing(u"/etc"_s).size();
        ContainerFiles files(&connected());
        const auto r = run(files.copyFromContainer(c, u"/evil"_s, dest));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
        // The fifo and the device node are refused by name, with the reason.
        QStringList refused;
        for (const auto &x : r->refused) {
            refused << x.name;
            QVERIFY2(x.reason.contains(u"not recreated"_s), qPrintable(x.name + u": "_s + x.reason));
        }
        refused.sort();
        QCOMPARE(refused, (QStringList{u"evil/fifo"_s, u"evil/null"_s}));
        QVERIFY(!QFileInfo::exists(dest + u"/evil/null"_s));
        QCOMPARE(QFileInfo(dest + u"/evil/chain1"_s).readSymLink(), u"chain2"_s);
        QCOMPARE(QFileInfo(dest + u"/evil/chain2"_s).readSymLink(), u"../../../../../.."_s);
        QCOMPARE(QFile::symLinkTarget(dest + u"/evil/etc"_s), u"/etc"_s);
        QVERIFY(QFileInfo(dest + u"/evil/up"_s).isSymLink());
        QCOMPARE(QFileInfo(dest + u"/evil/suid"_s).permissions() & QFile::ExeOwner, QFile::ExeOwner);
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(dest + u"/evil/suid"_s).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07000, 0u);
        // Copying again over it must not follow the links it made.
        const auto again = run(files.copyFromContainer(c, u"/evil/."_s, dest + u"/evil"_s));
        QVERIFY(again);
        auto after = hostListing(root.path());
        for (auto it = after.begin(); it != after.end();)
            it = it.key().startsWith(u"dest"_s) ? after.erase(it) : std::next(it);
        auto beforeOutside = before;
        beforeOutside.remove(u"dest"_s);
        QCOMPARE(after, beforeOutside);
        QCOMPARE(hostListing(u"/etc"_s).size(), etcBefore);
    }

    void hostileContainerWritesNothingThroughLinks()
    {
        // The links of /evil are copied first (evil/etc -> /etc, evil/up -> far above,
        // evil/chain1 -> chain2 -> far above); then /evil2's folders of the same names,
        // each with a file, over them. Every one of those files is refused with the
        // link named, and none lands in /etc, /, or anywhere outside the destination.
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        QTemporaryDir root;
        const QString dest = root.filePath(u"dest"_s);
        QVERIFY(QDir().mkpath(dest));
        writeFile(root.filePath(u"sentinel"_s), "untouched");
        const auto before = hostListing(root.path());
        const qsizetype etcBefore = hostListing(u"/etc"_s).size();
        ContainerFiles files(&connected());
        const auto links = run(files.copyFromContainer(c, u"/evil"_s, dest));
        QVERIFY2(links, qPrintable(links ? QString() : links.error().fullText()));
        QVERIFY(QFileInfo(dest + u"/evil/etc"_s).isSymLink());
        QVERIFY(QFileInfo(dest + u"/evil/chain1"_s).isSymLink());

        const auto through = run(files.copyFromContainer(c, u"/evil2/."_s, dest + u"/evil"_s));
        QVERIFY2(through, qPrintable(through ? QString() : through.error().fullText()));
        QStringList lines;
        for (const auto &x : through->refused)
            lines << x.name + u": "_s + x.reason;
        for (const QString &link : {u"etc"_s, u"up"_s, u"chain1"_s}) {
            const bool named = std::any_of(through->refused.cbegin(), through->refused.cend(), [&](const auto &x) {
                return x.name.endsWith(link + u"/cais-pwned"_s) && x.reason.contains(u"symbolic link"_s) && x.reason.contains(link);
            });
            QVERIFY2(named, qPrintable(link + u" not refused by name:\n"_s + lines.join(u'\n')));
            // The link itself stays what it was.
            QVERIFY(QFileInfo(dest + u"/evil/"_s + link).isSymLink());
        }
        QVERIFY(!QFileInfo::exists(u"/etc/cais-pwned"_s));
        QVERIFY(!QFileInfo::exists(u"/cais-pwned"_s));
        QCOMPARE(hostListing(u"/etc"_s).size(), etcBefore);
        auto after = hostListing(root.path());
        for (auto it = after.begin(); it != after.end();)
            it = it.key().startsWith(u"dest"_s) ? after.erase(it) : std::next(it);
        auto beforeOutside = before;
        beforeOutside.remove(u"dest"_s);
        QCOMPARE(after, beforeOutside);
    }

    void cancelRemovesPartialFile()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"sh"_s, u"-c"_s, u"head -c 67108864 /dev/zero > /huge"_s}));
        QTemporaryDir dest;
        ContainerFiles files(&connected());
        CopyJob *job = files.copyFromContainer(c, u"/huge"_s, dest.path());
        QSignalSpy progress(job, &CopyJob::progress);
        QVERIFY(progress.wait(30000));
        job->cancel();
        const auto r = run(job);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, EngineError::Kind::Canceled);
        QVERIFY(!QFileInfo::exists(dest.filePath(u"huge"_s)));
    }

    // --- Overwrite prompt, progress, cancel ----------------------------------------

    /// "old" and "NEW" trees of the same names: data/{a.txt,b.txt,sub/d.txt} and
    /// data/{a.txt,b.txt,c.txt,sub/d.txt}.
    void writeTrees(const QString &oldRoot, const QString &newRoot)
    {
        QVERIFY(QDir().mkpath(oldRoot + u"/data/sub"_s));
        QVERIFY(QDir().mkpath(newRoot + u"/data/sub"_s));
        for (const QString &n : {u"a.txt"_s, u"b.txt"_s, u"sub/d.txt"_s})
            writeFile(oldRoot + u"/data/"_s + n, "old");
        for (const QString &n : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"sub/d.txt"_s})
            writeFile(newRoot + u"/data/"_s + n, "NEW");
    }

    QByteArray containerFile(const QString &ctr, const QString &path)
    {
        QByteArray out;
        if (!TestEngine::docker({u"exec"_s, ctr, u"cat"_s, path}, &out))
            return "(missing)";
        return out;
    }

    void overwritePrompt_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::newRow("host to container") << u"in"_s;
        QTest::newRow("container to host") << u"out"_s;
        QTest::newRow("container to container") << u"between"_s;
    }

    void overwritePrompt()
    {
        // Replace a.txt, skip b.txt and apply that to all: sub/d.txt is skipped without a
        // question, c.txt (new) is copied without one.
        QFETCH(QString, direction);
        const QString trees = m_tmp.filePath(unique(u"trees"_s));
        writeTrees(trees + u"/old"_s, trees + u"/new"_s);
        const QString src = container(true);
        const QString dst = container(true);
        QVERIFY(!src.isEmpty() && !dst.isEmpty());
        QVERIFY(TestEngine::docker({u"cp"_s, trees + u"/new"_s, src + u":/csrc"_s}));
        QVERIFY(TestEngine::docker({u"cp"_s, trees + u"/old"_s, dst + u":/cdst"_s}));
        const QString hostDst = trees + u"/hostdst"_s;
        QVERIFY(QDir().mkpath(hostDst + u"/data/sub"_s));
        for (const QString &n : {u"a.txt"_s, u"b.txt"_s, u"sub/d.txt"_s})
            writeFile(hostDst + u"/data/"_s + n, "old");

        ContainerFiles files(&connected());
        CopyOptions ask;
        ask.askBeforeReplacing = true;
        CopyJob *job = direction == u"in" ? files.copyToContainer(trees + u"/new/data"_s, dst, u"/cdst"_s, ask)
                     : direction == u"out" ? files.copyFromContainer(src, u"/csrc/data"_s, hostDst, ask)
                                           : files.copyBetween(src, u"/csrc/data"_s, dst, u"/cdst"_s, ask);
        QStringList asked;
        connect(job, &CopyJob::conflict, this, [&asked, job](const QString &path) {
            asked.append(path);
            if (path.endsWith(u"/a.txt"_s))
                job->answerConflict(CopyJob::Answer::Replace);
            else
                job->answerConflict(CopyJob::Answer::Skip, true);
        });
        QList<qint64> files_;
        connect(job, &CopyJob::progress, this, [&files_](qint64, qint64 f) { files_.append(f); });
        const auto r = run(job);
        QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
        QCOMPARE(r->skipped, 2);
        const QString base = direction == u"out" ? hostDst : u"/cdst"_s;
        QCOMPARE(asked, (QStringList{base + u"/data/a.txt"_s, base + u"/data/b.txt"_s}));
        QVERIFY(!files_.isEmpty());
        QCOMPARE(files_.last(), 2); // a.txt and c.txt went
        QMap<QString, QByteArray> got;
        for (const QString &n : {u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"sub/d.txt"_s}) {
            if (direction == u"out") {
                QFile f(hostDst + u"/data/"_s + n);
                got.insert(n, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)"));
            } else {
                got.insert(n, containerFile(dst, u"/cdst/data/"_s + n));
            }
        }
        QCOMPARE(got, (QMap<QString, QByteArray>{{u"a.txt"_s, "NEW"}, {u"b.txt"_s, "old"}, {u"c.txt"_s, "NEW"}, {u"sub/d.txt"_s, "old"}}));
        if (direction == u"out") // no temporary name left behind
            QCOMPARE(QDir(hostDst + u"/data"_s).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     (QStringList{u"a.txt"_s, u"b.txt"_s, u"c.txt"_s, u"sub"_s}));
    }

    void progressCountsBytesAndFiles()
    {
        // Host to container: totals known before, files and bytes counted up to them.
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        const QString src = m_tmp.filePath(unique(u"many"_s));
        QVERIFY(QDir().mkpath(src));
        for (int i = 0; i < 40; ++i)
            writeFile(src + u"/f"_s + QString::number(i), QByteArray(100000 + i, 'x'));
        ContainerFiles files(&connected());
        CopyJob *job = files.copyToContainer(src, c, u"/"_s);
        qint64 lastBytes = 0, lastFiles = 0;
        bool monotonic = true;
        connect(job, &CopyJob::progress, this, [&](qint64 b, qint64 f) {
            monotonic &= b >= lastBytes && f >= lastFiles;
            lastBytes = b;
            lastFiles = f;
        });
        const auto r = run(job);
        QVERIFY2(r, r ? "" : qPrintable(r.error().fullText()));
        QVERIFY(monotonic);
        QCOMPARE(lastFiles, 40);
        QCOMPARE(r->entries, 40);
        QVERIFY(lastBytes >= 40 * 100000);
    }

    void cancelLeavesNoIncompleteFile_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::newRow("host to container") << u"in"_s;
        QTest::newRow("container to container") << u"between"_s;
        QTest::newRow("container to host, over an existing file") << u"out"_s;
    }

    void cancelLeavesNoIncompleteFile()
    {
        // Canceled as soon as bytes move: whatever is at the destination afterwards is
        // either complete or what was there before; nothing half-written has a real name.
        QFETCH(QString, direction);
        const QString src = container(true);
        const QString dst = container(true);
        QVERIFY(!src.isEmpty() && !dst.isEmpty());
        const QString host = m_tmp.filePath(unique(u"big"_s));
        QVERIFY(QDir().mkpath(host + u"/big"_s));
        const QByteArray chunk(1 << 20, 'q');
        for (int f = 0; f < 3; ++f) {
            QFile out(host + u"/big/part"_s + QString::number(f));
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (int i = 0; i < 24; ++i)
                out.write(chunk);
        }
        const qint64 fullSize = 24 << 20;
        QVERIFY(TestEngine::docker({u"cp"_s, host + u"/big"_s, src + u":/big"_s}));
        const QString hostDst = host + u"/dst"_s;
        QVERIFY(QDir().mkpath(hostDst + u"/big"_s));
        writeFile(hostDst + u"/big/part0"_s, "old");
        ContainerFiles files(&connected());
        CopyJob *job = direction == u"in" ? files.copyToContainer(host + u"/big"_s, dst, u"/"_s)
                     : direction == u"out" ? files.copyFromContainer(src, u"/big"_s, hostDst)
                                           : files.copyBetween(src, u"/big"_s, dst, u"/"_s);
        bool canceled = false;
        connect(job, &CopyJob::progress, this, [&](qint64 bytes) {
            if (bytes > 0 && !std::exchange(canceled, true))
                job->cancel();
        });
        const auto r = run(job);
        QVERIFY(canceled);
        if (!r)
            QCOMPARE(r.error().kind, EngineError::Kind::Canceled);
        if (direction == u"out") {
            const QStringList left = QDir(hostDst + u"/big"_s).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QString &n : left) {
                QVERIFY2(!n.contains(u"cais-partial"_s), qPrintable(n));
                const qint64 size = QFileInfo(hostDst + u"/big/"_s + n).size();
                QVERIFY2(size == fullSize || (n == u"part0"_s && size == 3), qPrintable(n + u' ' + QString::number(size)));
            }
            return;
        }
        QByteArray listing;
        QVERIFY(TestEngine::docker({u"exec"_s, dst, u"sh"_s, u"-c"_s, u"for f in /big/*; do [ -e \"$f\" ] && wc -c < \"$f\"; done; true"_s}, &listing));
        for (const QByteArray &line : listing.split('\n'))
            if (!line.trimmed().isEmpty())
                QCOMPARE(line.trimmed().toLongLong(), fullSize);
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
