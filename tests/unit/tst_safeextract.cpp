// docker cp's path rules (pure) and the safe extraction of archives that attack:
// hand-made tar files whose names and links try to leave the destination.
#include "copyrules.h"
#include "safeextract.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    QByteArray name;
    mode_t type = AE_IFREG;
    mode_t perm = 0644;
    QByteArray data;
    QByteArray symlink;
    QByteArray hardlink;
};

QByteArray makeTar(const QList<Entry> &entries, bool truncate = false)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 0);
    auto cb = [](struct archive *, void *c, const void *b, size_t n) -> la_ssize_t {
        static_cast<QByteArray *>(c)->append(static_cast<const char *>(b), qsizetype(n));
        return la_ssize_t(n);
    };
    archive_write_open2(a, &out, nullptr, cb, nullptr, nullptr);
    for (const Entry &e : entries) {
        struct archive_entry *h = archive_entry_new();
        archive_entry_copy_pathname(h, e.name.constData());
        archive_entry_set_filetype(h, e.type);
        archive_entry_set_perm(h, e.perm);
        archive_entry_set_mtime(h, 1000000000, 0);
        if (!e.symlink.isEmpty())
            archive_entry_copy_symlink(h, e.symlink.constData());
        if (!e.hardlink.isEmpty())
            archive_entry_copy_hardlink(h, e.hardlink.constData());
        if (e.type == AE_IFCHR)
            archive_entry_set_rdev(h, makedev(1, 3));
        archive_entry_set_size(h, e.type == AE_IFREG && e.hardlink.isEmpty() ? e.data.size() : 0);
        archive_write_header(a, h);
        if (e.type == AE_IFREG && e.hardlink.isEmpty())
            archive_write_data(a, e.data.constData(), size_t(e.data.size()));
        archive_entry_free(h);
    }
    archive_write_close(a);
    archive_write_free(a);
    if (truncate)
        out.truncate(out.size() - 1536);
    return out;
}

/// Every path under `root` with its type, mode, size, content hash and link target.
QMap<QString, QString> snapshot(const QString &root)
{
    QMap<QString, QString> m;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st;
        ::lstat(QFile::encodeName(p).constData(), &st);
        QString v = QString::number(st.st_mode, 8) + u' ' + QString::number(st.st_size) + u' ' + QString::number(st.st_ino);
        if (S_ISLNK(st.st_mode))
            v += u" -> "_s + QFile::symLinkTarget(p);
        else if (S_ISREG(st.st_mode)) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly))
                v += u' ' + QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        m.insert(p.mid(root.size()), v);
    }
    return m;
}

QStringList refusedNames(const ExtractReport &r)
{
    QStringList names;
    for (const RefusedEntry &e : r.refused)
        names.append(e.name);
    return names;
}

} // namespace

class TestSafeExtract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clean_data();
    void clean();
    void splitPathDirEntry_data();
    void splitPathDirEntry();
    void rebase_data();
    void rebase();
    void prepare_data();
    void prepare();
    void rebaseName();
    void pathStat();
    void extractsOrdinaryTree();
    void hostileArchives_data();
    void hostileArchives();
    void existingSymlinkIsReplacedNotFollowed();
    void dirAndFileNeverReplaceEachOther();
    void truncatedArchiveLeavesNoHalfFile();
    void truncatedArchiveKeepsWhatWasThere();
    void askedBeforeReplacing();
    void rebasedExtraction();

private:
    QTemporaryDir m_tmp;
};

void TestSafeExtract::clean_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << u""_s << u"."_s;
    QTest::newRow("dot slash") << u"./a"_s << u"a"_s;
    QTest::newRow("trailing") << u"a/b/"_s << u"a/b"_s;
    QTest::newRow("inner dotdot") << u"a/../b"_s << u"b"_s;
    QTest::newRow("escape") << u"a/../../b"_s << u"../b"_s;
    QTest::newRow("root dotdot") << u"/../a"_s << u"/a"_s;
    QTest::newRow("doubles") << u"//a//b"_s << u"/a/b"_s;
    QTest::newRow("root") << u"/"_s << u"/"_s;
}

void TestSafeExtract::clean()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(CopyRules::clean(in), out);
}

void TestSafeExtract::splitPathDirEntry_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("base");
    QTest::newRow("file") << u"/a/b"_s << u"/a"_s << u"b"_s;
    QTest::newRow("trailing slash") << u"/a/b/"_s << u"/a"_s << u"b"_s;
    QTest::newRow("contents") << u"/a/b/."_s << u"/a/b"_s << u"."_s;
    QTest::newRow("relative") << u"b"_s << u"."_s << u"b"_s;
    QTest::newRow("root") << u"/"_s << u"/"_s << u"/"_s;
}

void TestSafeExtract::splitPathDirEntry()
{
    QFETCH(QString, path);
    QFETCH(QString, dir);
    QFETCH(QString, base);
    const auto [d, b] = CopyRules::splitPathDirEntry(path);
    QCOMPARE(d, dir);
    QCOMPARE(b, base);
}

void TestSafeExtract::rebase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("out");
    QTest::newRow("itself") << u"src"_s << u"src"_s << u"dst"_s << u"dst"_s;
    QTest::newRow("dir slash") << u"src/"_s << u"src"_s << u"dst"_s << u"dst/"_s;
    QTest::newRow("below") << u"src/a/b"_s << u"src"_s << u"dst"_s << u"dst/a/b"_s;
    QTest::newRow("prefix only") << u"srcx/a"_s << u"src"_s << u"dst"_s << u"srcx/a"_s;
    QTest::newRow("contents") << u"./a"_s << u"."_s << u"new"_s << u"new/a"_s;
    QTest::newRow("contents root") << u"."_s << u"."_s << u"new"_s << u"new"_s;
    QTest::newRow("other") << u"zzz"_s << u"src"_s << u"dst"_s << u"zzz"_s;
}

void TestSafeExtract::rebase()
{
    QFETCH(QString, name);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, out);
    QCOMPARE(CopyRules::rebase(name, from, to), out);
}

void TestSafeExtract::prepare_data()
{
    // The table of engine-api.md section 4.
    QTest::addColumn<bool>("srcDir");
    QTest::addColumn<QString>("srcPath");
    QTest::addColumn<QString>("dstPath");
    QTest::addColumn<bool>("dstExists");
    QTest::addColumn<bool>("dstDir");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("dstDirOut");
    QTest::addColumn<QString>("newBase"); // empty: no renaming
    QTest::newRow("file to missing") << false << u"/h/f"_s << u"/c/g"_s << false << false << true << u"/c"_s << u"g"_s;
    QTest::newRow("file to missing/") << false << u"/h/f"_s << u"/c/g/"_s << false << false << false << u""_s << u""_s;
    QTest::newRow("file onto file") << false << u"/h/f"_s << u"/c/g"_s << true << false << true << u"/c"_s << u"g"_s;
    QTest::newRow("file into dir") << false << u"/h/f"_s << u"/c/d"_s << true << true << true << u"/c/d"_s << u""_s;
    QTest::newRow("dir to missing") << true << u"/h/d"_s << u"/c/n"_s << false << false << true << u"/c"_s << u"n"_s;
    QTest::newRow("dir onto file") << true << u"/h/d"_s << u"/c/g"_s << true << false << false << u""_s << u""_s;
    QTest::newRow("dir into dir") << true << u"/h/d"_s << u"/c/e"_s << true << true << true << u"/c/e"_s << u""_s;
    QTest::newRow("contents into dir") << true << u"/h/d/."_s << u"/c/e"_s << true << true << true << u"/c/e"_s << u""_s;
    QTest::newRow("contents to missing") << true << u"/h/d/."_s << u"/c/n"_s << false << false << true << u"/c"_s << u"n"_s;
}

void TestSafeExtract::prepare()
{
    QFETCH(bool, srcDir);
    QFETCH(QString, srcPath);
    QFETCH(QString, dstPath);
    QFETCH(bool, dstExists);
    QFETCH(bool, dstDir);
    QFETCH(bool, ok);
    QFETCH(QString, dstDirOut);
    QFETCH(QString, newBase);
    const auto p = CopyRules::prepare({srcPath, true, srcDir, {}}, {dstPath, dstExists, dstDir, {}});
    QCOMPARE(p.has_value(), ok);
    if (!ok) {
        QVERIFY(!p.error().userMessage.isEmpty());
        return;
    }
    QCOMPARE(p->dstDir, dstDirOut);
    QCOMPARE(p->rebase, !newBase.isEmpty());
    if (p->rebase) {
        QCOMPARE(p->newBase, newBase);
        QCOMPARE(p->oldBase, CopyRules::splitPathDirEntry(srcPath).second);
    }
}

void TestSafeExtract::rebaseName()
{
    // -L: the link "/a/ln" resolved to "/a/target" keeps the requested name.
    auto [resolved, name] = CopyRules::rebaseName(u"/a/ln"_s, u"/a/target"_s);
    QCOMPARE(resolved, u"/a/target"_s);
    QCOMPARE(name, u"ln"_s);
    std::tie(resolved, name) = CopyRules::rebaseName(u"/a/ln/."_s, u"/a/target"_s);
    QCOMPARE(resolved, u"/a/target/."_s);
    QCOMPARE(name, u""_s);
    QCOMPARE(CopyRules::resolveLinkTarget(u"/a/b/ln"_s, u"../t"_s), u"/a/t"_s);
    QCOMPARE(CopyRules::resolveLinkTarget(u"/a/b/ln"_s, u"/etc"_s), u"/etc"_s);
}

void TestSafeExtract::pathStat()
{
    // What dockerd sends for a directory (mode 0755|ModeDir) and a symlink.
    const auto dir = ContainerPathStat::decode(
        QByteArray(R"({"name":"etc","size":4096,"mode":2147484141,"mtime":"2024-01-02T03:04:05.123456789Z","linkTarget":""})").toBase64());
    QVERIFY(dir);
    QVERIFY(dir->isDir());
    QVERIFY(!dir->isRegular());
    QCOMPARE(dir->permissions(), 0755u);
    QCOMPARE(dir->size, 4096);
    const auto link = ContainerPathStat::decode(
        QByteArray(R"({"name":"ln","size":3,"mode":134218239,"mtime":"2024-01-02T03:04:05Z","linkTarget":"/etc"})").toBase64());
    QVERIFY(link);
    QVERIFY(link->isSymlink());
    QCOMPARE(link->linkTarget, u"/etc"_s);
    const auto suid = ContainerPathStat::decode(QByteArray(R"({"name":"su","mode":8389101})").toBase64());
    QVERIFY(suid);
    QVERIFY(suid->isRegular());
    QCOMPARE(suid->permissions(), 04755u);
    QVERIFY(!ContainerPathStat::decode("not base64 json"));
    // Found by fuzz_pathstat: numbers no Go int64 size or uint32 mode can hold were
    // converted to integers regardless (undefined behaviour); they are refused now.
    QVERIFY(!ContainerPathStat::decode(QByteArray(R"({"name":"l","mode":1342113421823})").toBase64()));
    QVERIFY(!ContainerPathStat::decode(QByteArray(R"({"name":"l","mode":-1})").toBase64()));
    QVERIFY(!ContainerPathStat::decode(QByteArray(R"({"name":"l","size":1e300})").toBase64()));
    QVERIFY(!ContainerPathStat::decode(QByteArray(R"({"name":"l","size":1.5})").toBase64()));
    const auto big = ContainerPathStat::decode(QByteArray(R"({"name":"b","size":8589934592,"mode":4294967295})").toBase64());
    QVERIFY(big);
    QCOMPARE(big->size, 8589934592);
    QCOMPARE(big->mode, 4294967295u);
}

void TestSafeExtract::extractsOrdinaryTree()
{
    const QString dest = m_tmp.filePath(u"ordinary"_s);
    QVERIFY(QDir().mkpath(dest));
    const QString tar = m_tmp.filePath(u"ordinary.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"d", AE_IFDIR, 0750, {}, {}, {}},
                     {"d/f", AE_IFREG, 0640, "hello", {}, {}},
                     {"d/l", AE_IFLNK, 0777, {}, "f", {}},
                     {"d/h", AE_IFREG, 0640, {}, {}, "d/f"},
                     {"d/suid", AE_IFREG, 04755, "x", {}, {}}}));
    f.close();
    const auto r = SafeExtractor::extractFile(tar, dest);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
    QVERIFY(r->refused.isEmpty());
    QCOMPARE(r->files, 2);
    QCOMPARE(r->links, 2);
    QCOMPARE(r->bytes, 6);
    struct stat d, ff, h, l, s;
    QCOMPARE(::lstat(QFile::encodeName(dest + u"/d"_s).constData(), &d), 0);
    QCOMPARE(d.st_mode & 07777, 0750u);
    QCOMPARE(d.st_mtim.tv_sec, 1000000000);
    QCOMPARE(::lstat(QFile::encodeName(dest + u"/d/f"_s).constData(), &ff), 0);
    QCOMPARE(ff.st_mode & 07777, 0640u);
    QCOMPARE(ff.st_mtim.tv_sec, 1000000000);
    QCOMPARE(::lstat(QFile::encodeName(dest + u"/d/h"_s).constData(), &h), 0);
    QCOMPARE(h.st_ino, ff.st_ino);
    QCOMPARE(::lstat(QFile::encodeName(dest + u"/d/l"_s).constData(), &l), 0);
    QVERIFY(S_ISLNK(l.st_mode));
    QCOMPARE(QFile::symLinkTarget(dest + u"/d/l"_s), dest + u"/d/f"_s);
    QCOMPARE(::lstat(QFile::encodeName(dest + u"/d/suid"_s).constData(), &s), 0);
    QCOMPARE(s.st_mode & 07777, 0755u); // the setuid bit is not recreated
    QFile content(dest + u"/d/f"_s);
    QVERIFY(content.open(QIODevice::ReadOnly));
    QCOMPARE(content.readAll(), "hello");
}

void TestSafeExtract::hostileArchives_data()
{
    QTest::addColumn<QList<Entry>>("entries");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("created"); // relative to the destination
    // OUTSIDE stands for the absolute path of a folder next to the destination.
    QTest::newRow("dotdot name") << QList<Entry>{{"../outside/pwned", AE_IFREG, 0644, "x", {}, {}}, {"a/../../pwned", AE_IFREG, 0644, "x", {}, {}}}
                                 << QStringList{u"../outside/pwned"_s, u"a/../../pwned"_s} << QStringList{};
    QTest::newRow("absolute name") << QList<Entry>{{"OUTSIDE/pwned", AE_IFREG, 0644, "x", {}, {}}, {"/tmp-pwned", AE_IFREG, 0644, "x", {}, {}}}
                                   << QStringList{u"OUTSIDE/pwned"_s, u"/tmp-pwned"_s} << QStringList{};
    QTest::newRow("symlink out then write") << QList<Entry>{{"ln", AE_IFLNK, 0777, {}, "OUTSIDE", {}}, {"ln/pwned", AE_IFREG, 0644, "x", {}, {}}}
                                            << QStringList{u"ln/pwned"_s} << QStringList{u"ln"_s};
    QTest::newRow("symlink to etc then write") << QList<Entry>{{"etc", AE_IFLNK, 0777, {}, "/etc", {}}, {"etc/cais-pwned", AE_IFREG, 0644, "x", {}, {}}}
                                               << QStringList{u"etc/cais-pwned"_s} << QStringList{u"etc"_s};
    QTest::newRow("relative symlink up") << QList<Entry>{{"up", AE_IFLNK, 0777, {}, "../outside", {}}, {"up/pwned", AE_IFREG, 0644, "x", {}, {}}}
                                         << QStringList{u"up/pwned"_s} << QStringList{u"up"_s};
    QTest::newRow("symlink chain") << QList<Entry>{{"c1", AE_IFLNK, 0777, {}, "c2", {}}, {"c2", AE_IFLNK, 0777, {}, "c3", {}},
                                                   {"c3", AE_IFLNK, 0777, {}, "OUTSIDE", {}}, {"c1/pwned", AE_IFREG, 0644, "x", {}, {}},
                                                   {"c2/sub/pwned", AE_IFREG, 0644, "x", {}, {}}}
                                   << QStringList{u"c1/pwned"_s, u"c2/sub/pwned"_s} << QStringList{u"c1"_s, u"c2"_s, u"c3"_s};
    QTest::newRow("symlink inside then dir through it") << QList<Entry>{{"real", AE_IFDIR, 0755, {}, {}, {}}, {"alias", AE_IFLNK, 0777, {}, "real", {}},
                                                                        {"alias/f", AE_IFREG, 0644, "x", {}, {}}}
                                                        << QStringList{u"alias/f"_s} << QStringList{u"real"_s, u"alias"_s};
    QTest::newRow("hard link out") << QList<Entry>{{"hl", AE_IFREG, 0644, {}, {}, "../outside/sentinel"}, {"hl2", AE_IFREG, 0644, {}, {}, "OUTSIDE/sentinel"}}
                                   << QStringList{u"hl"_s, u"hl2"_s} << QStringList{};
    QTest::newRow("hard link to a file not in the copy") << QList<Entry>{{"hl", AE_IFREG, 0644, {}, {}, "preexisting"}}
                                                         << QStringList{u"hl"_s} << QStringList{};
    QTest::newRow("hard link through a symlink") << QList<Entry>{{"ln", AE_IFLNK, 0777, {}, "OUTSIDE", {}}, {"hl", AE_IFREG, 0644, {}, {}, "ln/sentinel"}}
                                                 << QStringList{u"hl"_s} << QStringList{u"ln"_s};
    QTest::newRow("hard link to a file replaced by a symlink") << QList<Entry>{{"a", AE_IFREG, 0644, "x", {}, {}}, {"a", AE_IFLNK, 0777, {}, "OUTSIDE/sentinel", {}},
                                                                              {"h", AE_IFREG, 0644, {}, {}, "a"}}
                                                              << QStringList{u"h"_s} << QStringList{u"a"_s};
    QTest::newRow("devices and fifos") << QList<Entry>{{"null", AE_IFCHR, 0666, {}, {}, {}}, {"fifo", AE_IFIFO, 0644, {}, {}, {}}}
                                       << QStringList{u"null"_s, u"fifo"_s} << QStringList{};
}

void TestSafeExtract::hostileArchives()
{
    QFETCH(QList<Entry>, entries);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, created);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString dest = root.filePath(u"dest"_s);
    const QString outside = root.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(dest));
    QVERIFY(QDir().mkpath(outside));
    {
        QFile s(outside + u"/sentinel"_s);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("untouched");
        QFile p(dest + u"/preexisting"_s);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write("before");
    }
    for (Entry &e : entries) {
        e.name.replace("OUTSIDE", QFile::encodeName(outside));
        e.symlink.replace("OUTSIDE", QFile::encodeName(outside));
        e.hardlink.replace("OUTSIDE", QFile::encodeName(outside));
    }
    for (QString &r : refused)
        r.replace(u"OUTSIDE"_s, outside);
    const QString tar = root.filePath(u"hostile.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar(entries));
    f.close();
    const auto etcBefore = snapshot(u"/etc"_s).size();
    const auto outsideBefore = snapshot(outside);
    const auto rootBefore = QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const auto r = SafeExtractor::extractFile(tar, dest);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
    QCOMPARE(refusedNames(*r), refused);
    for (const RefusedEntry &e : r->refused)
        QVERIFY2(!e.reason.isEmpty(), qPrintable(e.name));
    // Nothing outside the destination changed.
    QCOMPARE(snapshot(outside), outsideBefore);
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), rootBefore);
    QVERIFY(!QFileInfo::exists(u"/etc/cais-pwned"_s));
    QVERIFY(!QFileInfo::exists(u"/tmp-pwned"_s));
    QCOMPARE(snapshot(u"/etc"_s).size(), etcBefore);
    // What was allowed is there; the destination holds nothing else.
    QStringList present = QDir(dest).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    present.removeOne(u"preexisting"_s);
    present.sort();
    created.sort();
    QCOMPARE(present, created);
}

void TestSafeExtract::existingSymlinkIsReplacedNotFollowed()
{
    QTemporaryDir root;
    const QString dest = root.filePath(u"dest"_s);
    const QString outside = root.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(dest) && QDir().mkpath(outside));
    QFile s(outside + u"/target"_s);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write("secret");
    s.close();
    // Symlinks already in the destination: one to a file outside, one to a folder outside.
    QVERIFY(QFile::link(outside + u"/target"_s, dest + u"/file"_s));
    QVERIFY(QFile::link(outside, dest + u"/dir"_s));
    const auto before = snapshot(outside);
    const QString tar = root.filePath(u"t.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"file", AE_IFREG, 0644, "new content", {}, {}}, {"dir/pwned", AE_IFREG, 0644, "x", {}, {}}}));
    f.close();
    const auto r = SafeExtractor::extractFile(tar, dest);
    QVERIFY(r);
    QCOMPARE(refusedNames(*r), QStringList{u"dir/pwned"_s});
    QVERIFY(r->refused.first().reason.contains(u"symbolic link"_s));
    QCOMPARE(snapshot(outside), before);
    // The link itself was replaced by the file, the file it pointed at is unchanged.
    QVERIFY(!QFileInfo(dest + u"/file"_s).isSymLink());
    QFile n(dest + u"/file"_s);
    QVERIFY(n.open(QIODevice::ReadOnly));
    QCOMPARE(n.readAll(), "new content");
}

void TestSafeExtract::dirAndFileNeverReplaceEachOther()
{
    QTemporaryDir root;
    const QString dest = root.path();
    QVERIFY(QDir().mkpath(dest + u"/adir/keep"_s));
    QFile s(dest + u"/afile"_s);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.close();
    const QString tar = m_tmp.filePath(u"dirfile.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"adir", AE_IFREG, 0644, "x", {}, {}}, {"afile", AE_IFDIR, 0755, {}, {}, {}}}));
    f.close();
    const auto r = SafeExtractor::extractFile(tar, dest);
    QVERIFY(r);
    QCOMPARE(refusedNames(*r), (QStringList{u"adir"_s, u"afile/"_s}));
    QVERIFY(QFileInfo(dest + u"/adir/keep"_s).isDir());
    QVERIFY(QFileInfo(dest + u"/afile"_s).isFile());
}

void TestSafeExtract::truncatedArchiveLeavesNoHalfFile()
{
    QTemporaryDir root;
    const QString tar = m_tmp.filePath(u"trunc.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"whole", AE_IFREG, 0644, "ok", {}, {}}, {"big", AE_IFREG, 0644, QByteArray(8192, 'b'), {}, {}}}, true));
    f.close();
    const auto r = SafeExtractor::extractFile(tar, root.path());
    QVERIFY(!r);
    QVERIFY(r.error().userMessage.contains(u"big"_s));
    QVERIFY(QFileInfo::exists(root.filePath(u"whole"_s)));
    QVERIFY(!QFileInfo::exists(root.filePath(u"big"_s)));
    // Written under a temporary name, removed: nothing else is left.
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"whole"_s});
}

void TestSafeExtract::truncatedArchiveKeepsWhatWasThere()
{
    // A file cut short never replaces the one of that name that was there.
    QTemporaryDir root;
    QFile old(root.filePath(u"big"_s));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("before");
    old.close();
    const QString tar = m_tmp.filePath(u"trunc2.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"big", AE_IFREG, 0644, QByteArray(8192, 'b'), {}, {}}}, true));
    f.close();
    QVERIFY(!SafeExtractor::extractFile(tar, root.path()));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), "before");
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"big"_s});
}

void TestSafeExtract::askedBeforeReplacing()
{
    // The question comes for an existing file, link or hard link, never for a new
    // name nor a folder merged; "keep" leaves the old one and counts it.
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(u"dir"_s));
    for (const QString &n : {u"dir/keep"_s, u"dir/replace"_s}) {
        QFile e(root.filePath(n));
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.write("old");
    }
    const QString tar = m_tmp.filePath(u"ask.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"dir", AE_IFDIR, 0755, {}, {}, {}}, {"dir/keep", AE_IFREG, 0644, "new", {}, {}},
                     {"dir/replace", AE_IFREG, 0644, "new", {}, {}}, {"dir/fresh", AE_IFREG, 0644, "new", {}, {}}}));
    f.close();
    QStringList asked;
    SafeExtractor::Options o;
    o.replaceExisting = [&asked](const QString &rel) {
        asked.append(rel);
        return rel != u"dir/keep"_s;
    };
    qint64 progressFiles = 0;
    o.progress = [&progressFiles](qint64 files, qint64) { progressFiles = files; };
    const auto r = SafeExtractor::extractFile(tar, root.path(), o);
    QVERIFY(r);
    QCOMPARE(asked, (QStringList{u"dir/keep"_s, u"dir/replace"_s}));
    QCOMPARE(r->skipped, 1);
    QCOMPARE(r->files, 2);
    QCOMPARE(progressFiles, 2);
    for (const auto &[name, content] : {std::pair{u"dir/keep"_s, QByteArray("old")}, std::pair{u"dir/replace"_s, QByteArray("new")},
                                        std::pair{u"dir/fresh"_s, QByteArray("new")}}) {
        QFile g(root.filePath(name));
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), content);
    }
}

void TestSafeExtract::rebasedExtraction()
{
    // docker cp ctr:/src/dir /host/new : entries dir/... land in new/...
    QTemporaryDir root;
    const QString tar = m_tmp.filePath(u"rebase.tar"_s);
    QFile f(tar);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(makeTar({{"dir", AE_IFDIR, 0755, {}, {}, {}}, {"dir/a", AE_IFREG, 0644, "a", {}, {}}, {"dir/h", AE_IFREG, 0644, {}, {}, "dir/a"},
                     {"dirx", AE_IFREG, 0644, "not renamed", {}, {}}}));
    f.close();
    SafeExtractor::Options o;
    o.rebase = true;
    o.oldBase = u"dir"_s;
    o.newBase = u"new"_s;
    const auto r = SafeExtractor::extractFile(tar, root.path(), o);
    QVERIFY(r);
    QVERIFY(r->refused.isEmpty());
    QVERIFY(QFileInfo(root.filePath(u"new/a"_s)).isFile());
    QVERIFY(QFileInfo(root.filePath(u"new/h"_s)).isFile());
    QVERIFY(QFileInfo(root.filePath(u"dirx"_s)).isFile());
    QVERIFY(!QFileInfo::exists(root.filePath(u"dir"_s)));
}

QTEST_GUILESS_MAIN(TestSafeExtract)
#include "tst_safeextract.moc"
