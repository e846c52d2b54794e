// Build context: what is sent (the CLI's walk and .dockerignore rules) and the
// tar stream itself, read back with libarchive.
#include "buildcontext.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr time_t kOldTime = 1000000000; // 2001-09-09, far from "now"

struct TarEntry
{
    QString name;
    QByteArray rawName;
    int type = 0; // AE_IF*
    int perm = 0;
    qint64 size = 0;
    QByteArray data;
    QByteArray symlink;
    QByteArray hardlink;
    qint64 uid = -1, gid = -1;
    QByteArray uname, gname;
    qint64 mtime = 0;
};

struct TarResult
{
    QList<TarEntry> entries;
    bool ok = false;      ///< read to a clean end
    QString error;
};

TarResult readTar(const QByteArray &tar)
{
    TarResult out;
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    if (archive_read_open_memory(a, tar.constData(), size_t(tar.size())) != ARCHIVE_OK) {
        out.error = QString::fromLocal8Bit(archive_error_string(a));
        archive_read_free(a);
        return out;
    }
    struct archive_entry *e = nullptr;
    int r;
    while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
        TarEntry t;
        t.rawName = archive_entry_pathname(e);
        t.name = QString::fromUtf8(t.rawName);
        t.type = int(archive_entry_filetype(e));
        t.perm = int(archive_entry_perm(e));
        t.size = archive_entry_size(e);
        if (const char *s = archive_entry_symlink(e))
            t.symlink = s;
        if (const char *h = archive_entry_hardlink(e))
            t.hardlink = h;
        t.uid = archive_entry_uid(e);
        t.gid = archive_entry_gid(e);
        if (const char *u = archive_entry_uname(e))
            t.uname = u;
        if (const char *g = archive_entry_gname(e))
            t.gname = g;
        t.mtime = archive_entry_mtime(e);
        char buf[8192];
        la_ssize_t n;
        while ((n = archive_read_data(a, buf, sizeof buf)) > 0)
            t.data.append(buf, n);
        if (n < 0) {
            out.error = QString::fromLocal8Bit(archive_error_string(a));
            out.entries.append(t);
            archive_read_free(a);
            return out;
        }
        out.entries.append(t);
    }
    out.ok = r == ARCHIVE_EOF;
    if (!out.ok)
        out.error = QString::fromLocal8Bit(archive_error_string(a));
    archive_read_free(a);
    return out;
}

QStringList names(const QList<TarEntry> &entries)
{
    QStringList n;
    for (const TarEntry &e : entries)
        n.append(e.name);
    return n;
}

// Reads the whole stream `chunk` bytes at a time, checking the device contract
// on the way: > 0 while there is more, 0 only once everything is out (until the
// end is announced from the event loop), then -1.
QByteArray drain(QIODevice &dev, qint64 chunk, bool *contractKept = nullptr)
{
    QByteArray all;
    QByteArray buf(chunk, Qt::Uninitialized);
    bool kept = true;
    bool sawNothing = false;
    int spins = 0;
    for (;;) {
        const qint64 n = dev.read(buf.data(), chunk);
        if (n < 0)
            break;
        if (n == 0) {
            sawNothing = true;
            if (++spins > 100) {
                kept = false;
                break;
            }
            QCoreApplication::processEvents();
            continue;
        }
        if (sawNothing)
            kept = false;
        all.append(buf.constData(), n);
    }
    if (!dev.atEnd())
        kept = false;
    if (contractKept)
        *contractKept = kept;
    return all;
}

bool writeFile(const QString &path, const QByteArray &data, int mode = 0644)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
        return false;
    const struct timespec times[2] = {{kOldTime, 0}, {kOldTime, 0}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

struct stat lstatOf(const QString &path)
{
    struct stat st {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return st;
}

BuildContextPlan scanOk(const BuildContextOptions &o)
{
    Result<BuildContextPlan> r = BuildContext::scan(o);
    if (!r) {
        qWarning("scan failed: %s", qPrintable(r.error().userMessage));
        return {};
    }
    return *r;
}

QByteArray streamAll(const BuildContextPlan &plan, qint64 chunk = 4096)
{
    BuildContextStream s(plan);
    if (!s.open(QIODevice::ReadOnly))
        return {};
    return drain(s, chunk);
}

// Runs `fn` with the effective uid of "nobody" when root, so that permission
// bits are enforced as for a normal user.
template<class F>
auto asUnprivileged(F fn)
{
    const bool root = ::geteuid() == 0;
    if (root && ::seteuid(65534) != 0)
        qFatal("seteuid(nobody) failed");
    auto r = fn();
    if (root && ::seteuid(0) != 0)
        qFatal("seteuid(0) failed");
    return r;
}

const QString kLongName = u"long/"_s + QString(150, u'x') + u".txt"_s;

} // namespace

class TestBuildContext : public QObject
{
    Q_OBJECT

    // The context of most tests; see expectedMainEntries().
    bool makeMainTree(const QString &ctx)
    {
        const QByteArray ignore =
            "# a comment line\n"
            " # not a comment: a pattern that matches nothing\n"
            "**/build\n"
            "!app/build/keep.txt\n"
            "docs\n"
            "!docs/api\n"
            "**/*.log\n"
            "!logs/keep.log\n"
            "/node_modules\n"
            "*.env\n";
        bool ok = writeFile(ctx + u"/.dockerignore"_s, ignore)
            && writeFile(ctx + u"/Dockerfile"_s, "FROM cais-test/shell:1\nCOPY . /ctx\n")
            && writeFile(ctx + u"/README.md"_s, "read me\n", 0640)
            && writeFile(ctx + u"/app/main.c"_s, "int main(void) { return 0; }\n", 0755)
            && writeFile(ctx + u"/app/build/out.o"_s, "object")
            && writeFile(ctx + u"/app/build/keep.txt"_s, "kept\n", 0600)
            && writeFile(ctx + u"/docs/guide.md"_s, "guide")
            && writeFile(ctx + u"/docs/api/index.md"_s, "api index\n")
            && writeFile(ctx + u"/logs/a.log"_s, "noise")
            && writeFile(ctx + u"/logs/keep.log"_s, "keep this log\n")
            && writeFile(ctx + u"/node_modules/x/y.js"_s, "module")
            && writeFile(ctx + u"/sub/node_modules/z.js"_s, "nested module\n")
            && writeFile(ctx + u"/secret.env"_s, "TOKEN=1")
            && writeFile(ctx + u"/ünïcødé.txt"_s, "unicode name\n")
            && writeFile(ctx + u"/"_s + kLongName, "long name\n")
            && QDir().mkpath(ctx + u"/tmp"_s)
            && ::chmod(QFile::encodeName(ctx + u"/tmp"_s).constData(), 0700) == 0
            && ::symlink("README.md", QFile::encodeName(ctx + u"/link"_s).constData()) == 0;
        return ok;
    }

    static QStringList expectedMainEntries()
    {
        return {
            u".dockerignore"_s,
            u"Dockerfile"_s,
            u"README.md"_s,
            u"app/"_s,
            u"app/build/keep.txt"_s, // re-included; its excluded parent gets no entry
            u"app/main.c"_s,
            u"docs/api/"_s,
            u"docs/api/index.md"_s,
            u"link"_s,
            u"logs/"_s,
            u"logs/keep.log"_s,
            u"long/"_s,
            kLongName,
            u"sub/"_s,
            u"sub/node_modules/"_s, // "/node_modules" is anchored at the root
            u"sub/node_modules/z.js"_s,
            u"tmp/"_s,
            u"ünïcødé.txt"_s,
        };
    }

private Q_SLOTS:
    void mainTree()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ctx = tmp.path();
        QVERIFY(makeMainTree(ctx));

        const BuildContextPlan plan = scanOk({ctx, {}, {}});
        QCOMPARE(plan.contextDir, QFileInfo(ctx).canonicalFilePath());
        QCOMPARE(plan.dockerfileName, u"Dockerfile"_s);
        QVERIFY(!plan.dockerfileOutside);

        // The plan is the list the UI shows, in the tar's order.
        QStringList planNames;
        qint64 files = 0, bytes = 0;
        for (const BuildContextEntry &e : plan.entries) {
            planNames.append(e.type == BuildContextEntry::Type::Directory ? e.name + u'/' : e.name);
            if (e.type == BuildContextEntry::Type::File) {
                ++files;
                bytes += QFileInfo(ctx + u'/' + e.name).size();
            }
        }
        QCOMPARE(planNames, expectedMainEntries());
        QCOMPARE(plan.fileCount, files);
        QCOMPARE(plan.fileCount, 10);
        QCOMPARE(plan.totalBytes, bytes);
        QVERIFY(plan.skipped.isEmpty());

        const QByteArray tarBytes = streamAll(plan);
        QCOMPARE(tarBytes.size() % 512, 0);
        const TarResult tar = readTar(tarBytes);
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(names(tar.entries), expectedMainEntries());

        for (const TarEntry &e : tar.entries) {
            const QString src = ctx + u'/' + (e.name.endsWith(u'/') ? e.name.chopped(1) : e.name);
            const struct stat st = lstatOf(src);
            QCOMPARE(e.uid, 0);
            QCOMPARE(e.gid, 0);
            QCOMPARE(e.uname, QByteArray());
            QCOMPARE(e.gname, QByteArray());
            QCOMPARE(e.perm, int(st.st_mode & 07777));
            QCOMPARE(e.mtime, qint64(st.st_mtim.tv_sec));
            if (S_ISREG(st.st_mode)) {
                QCOMPARE(e.type, int(AE_IFREG));
                QFile f(src);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(e.data, f.readAll());
                QCOMPARE(e.mtime, qint64(kOldTime));
            } else if (S_ISDIR(st.st_mode)) {
                QCOMPARE(e.type, int(AE_IFDIR));
            } else {
                QCOMPARE(e.type, int(AE_IFLNK));
                QCOMPARE(e.symlink, QByteArray("README.md"));
            }
        }
        // modes as set, not as the umask left them
        const auto byName = [&](const QString &n) {
            for (const TarEntry &e : tar.entries)
                if (e.name == n)
                    return e;
            return TarEntry{};
        };
        QCOMPARE(byName(u"app/main.c"_s).perm, 0755);
        QCOMPARE(byName(u"README.md"_s).perm, 0640);
        QCOMPARE(byName(u"app/build/keep.txt"_s).perm, 0600);
        QCOMPARE(byName(u"tmp/"_s).perm, 0700);
    }

    void readSizes_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("1 byte") << qint64(1);
        QTest::newRow("7 bytes") << qint64(7);
        QTest::newRow("one block") << qint64(512);
        QTest::newRow("HTTP body chunk") << qint64(64 * 1024);
        QTest::newRow("1 MiB") << qint64(1024 * 1024);
    }

    void readSizes()
    {
        // However it is read, the stream is the same bytes and keeps the contract.
        QFETCH(qint64, chunk);
        QTemporaryDir tmp;
        QVERIFY(makeMainTree(tmp.path()));
        const BuildContextPlan plan = scanOk({tmp.path(), {}, {}});
        const QByteArray reference = streamAll(plan, 4096);
        BuildContextStream s(plan);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(s.isSequential());
        QSignalSpy finished(&s, &QIODevice::readChannelFinished);
        bool kept = false;
        const QByteArray bytes = drain(s, chunk, &kept);
        QVERIFY(kept);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(bytes, reference);
        QCOMPARE(s.bytesSent(), reference.size());
        QVERIFY(!s.hasFailed());
        QCOMPARE(s.read(16).size(), 0); // still at the end
    }

    void alwaysIncluded_data()
    {
        QTest::addColumn<QByteArray>("ignore");    // empty: no .dockerignore
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("dockerfileName");

        QTest::newRow("ignore file lists both") << QByteArray(".dockerignore\nDockerfile\n") << QStringList{u"Dockerfile"_s, u"a"_s} << QString()
                                                << QStringList{u".dockerignore"_s, u"Dockerfile"_s, u"a"_s}
                                                << QStringList{u".dockerignore"_s, u"Dockerfile"_s, u"!.dockerignore"_s, u"!Dockerfile"_s}
                                                << u"Dockerfile"_s;
        QTest::newRow("* excludes everything else") << QByteArray("*\n") << QStringList{u"Dockerfile"_s, u"a"_s, u"d/b"_s} << QString()
                                                    << QStringList{u".dockerignore"_s, u"Dockerfile"_s}
                                                    << QStringList{u"*"_s, u"!.dockerignore"_s, u"!Dockerfile"_s} << u"Dockerfile"_s;
        QTest::newRow("Dockerfile inside an excluded folder")
            << QByteArray("build\n") << QStringList{u"build/Dockerfile.x"_s, u"build/other"_s, u"a"_s} << u"build/Dockerfile.x"_s
            << QStringList{u".dockerignore"_s, u"a"_s, u"build/Dockerfile.x"_s}
            << QStringList{u"build"_s, u"!build/Dockerfile.x"_s} << u"build/Dockerfile.x"_s;
        QTest::newRow("nothing to ignore, no additions") << QByteArray("# only a comment\n") << QStringList{u"Dockerfile"_s, u"a"_s} << QString()
                                                         << QStringList{u".dockerignore"_s, u"Dockerfile"_s, u"a"_s} << QStringList{}
                                                         << u"Dockerfile"_s;
        QTest::newRow("no .dockerignore") << QByteArray() << QStringList{u"Dockerfile"_s, u"a"_s} << QString()
                                          << QStringList{u"Dockerfile"_s, u"a"_s} << QStringList{} << u"Dockerfile"_s;
        QTest::newRow("lowercase dockerfile found by default") << QByteArray() << QStringList{u"dockerfile"_s, u"a"_s} << QString()
                                                               << QStringList{u"a"_s, u"dockerfile"_s} << QStringList{} << u"dockerfile"_s;
        QTest::newRow("Dockerfile given relative to the context")
            << QByteArray("ci\n") << QStringList{u"ci/Containerfile"_s, u"x"_s} << u"ci/../ci/Containerfile"_s
            << QStringList{u".dockerignore"_s, u"ci/Containerfile"_s, u"x"_s} << QStringList{u"ci"_s, u"!ci/Containerfile"_s}
            << u"ci/Containerfile"_s;
    }

    void alwaysIncluded()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(QStringList, files);
        QFETCH(QString, dockerfile);
        QFETCH(QStringList, entries);
        QFETCH(QStringList, patterns);
        QFETCH(QString, dockerfileName);

        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        if (!ignore.isEmpty())
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, ignore));
        for (const QString &f : std::as_const(files))
            QVERIFY(writeFile(ctx + u'/' + f, "FROM scratch\n"));
        const BuildContextPlan plan = scanOk({ctx, dockerfile, {}});
        QCOMPARE(plan.dockerfileName, dockerfileName);
        QCOMPARE(plan.patterns, patterns);
        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QStringList got = names(tar.entries);
        got.removeIf([](const QString &n) { return n.endsWith(u'/'); });
        QCOMPARE(got, entries);
    }

    void dockerfileOutside_data()
    {
        QTest::addColumn<QByteArray>("ignore"); // empty: no .dockerignore
        QTest::addColumn<QByteArray>("expectedIgnore");
        QTest::addColumn<QStringList>("entries");
        QTest::newRow("with a .dockerignore")
            << QByteArray("*.log\n!keep.log\n") << QByteArray("*.log\n!keep.log\n\n.dockerfile.0123456789abcdef0123\n")
            << QStringList{u".dockerignore"_s, u"keep.log"_s, u"x.txt"_s, u".dockerfile.0123456789abcdef0123"_s};
        QTest::newRow("without one") << QByteArray() << QByteArray(".dockerignore\n.dockerfile.0123456789abcdef0123\n")
                                     << QStringList{u"a.log"_s, u"keep.log"_s, u"x.txt"_s, u".dockerignore"_s, u".dockerfile.0123456789abcdef0123"_s};
    }

    void dockerfileOutside()
    {
        QFETCH(QByteArray, ignore);
        QFETCH(QByteArray, expectedIgnore);
        QFETCH(QStringList, entries);

        QTemporaryDir tmp;
        const QString ctx = tmp.path() + u"/ctx"_s;
        const QString outside = tmp.path() + u"/elsewhere/Dockerfile.dev"_s;
        const QByteArray dockerfileText = "FROM cais-test/shell:1\nCOPY . /ctx\n";
        QVERIFY(writeFile(outside, dockerfileText, 0644));
        QVERIFY(writeFile(ctx + u"/a.log"_s, "a"));
        QVERIFY(writeFile(ctx + u"/keep.log"_s, "keep"));
        QVERIFY(writeFile(ctx + u"/x.txt"_s, "x"));
        if (!ignore.isEmpty())
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, ignore));

        const BuildContextPlan plan = scanOk({ctx, outside, u"0123456789abcdef0123"_s});
        QVERIFY(plan.dockerfileOutside);
        QCOMPARE(plan.dockerfileName, u".dockerfile.0123456789abcdef0123"_s);
        QCOMPARE(plan.fileCount, entries.size());
        qint64 expectedBytes = expectedIgnore.size() + dockerfileText.size();
        for (const QString &n : entries)
            if (!n.startsWith(u".docker"_s))
                expectedBytes += QFileInfo(ctx + u'/' + n).size();
        QCOMPARE(plan.totalBytes, expectedBytes);

        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(names(tar.entries), entries);
        for (const TarEntry &e : tar.entries) {
            if (e.name == u".dockerignore"_s) {
                QCOMPARE(e.data, expectedIgnore);
            } else if (e.name == plan.dockerfileName) {
                QCOMPARE(e.data, dockerfileText);
                QCOMPARE(e.perm, 0600);
                QVERIFY(qAbs(e.mtime - QDateTime::currentSecsSinceEpoch()) < 3600);
            }
        }

        // Without a fixed suffix the name is random, as the CLI's.
        const BuildContextPlan random = scanOk({ctx, outside, {}});
        static const QRegularExpression re(u"^\\.dockerfile\\.[0-9a-f]{20}$"_s);
        QVERIFY2(re.match(random.dockerfileName).hasMatch(), qPrintable(random.dockerfileName));
        QVERIFY(random.dockerfileName != scanOk({ctx, outside, {}}).dockerfileName);
    }

    void dockerfileOutsideWithDanglingIgnoreLink()
    {
        // A .dockerignore that points nowhere means "no rules" to the CLI; the
        // rewritten one replaces the link instead of appearing twice.
        QTemporaryDir tmp;
        const QString ctx = tmp.path() + u"/ctx"_s;
        QVERIFY(writeFile(tmp.path() + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/a"_s, "a"));
        QCOMPARE(::symlink("missing", QFile::encodeName(ctx + u"/.dockerignore"_s).constData()), 0);
        const BuildContextPlan plan = scanOk({ctx, tmp.path() + u"/Dockerfile"_s, u"x"_s});
        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(names(tar.entries), (QStringList{u".dockerignore"_s, u"a"_s, u".dockerfile.x"_s}));
        QCOMPARE(tar.entries.at(0).type, int(AE_IFREG));
        QCOMPARE(tar.entries.at(0).perm, 0600);
        QCOMPARE(tar.entries.at(0).data, QByteArray(".dockerignore\n.dockerfile.x\n"));
        QCOMPARE(plan.fileCount, 3);
    }

    void hardLinksAndSpecialFiles()
    {
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/a"_s, "shared content\n"));
        QCOMPARE(::link(QFile::encodeName(ctx + u"/a"_s).constData(), QFile::encodeName(ctx + u"/b"_s).constData()), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(ctx + u"/fifo"_s).constData(), 0640), 0);
        // a unix socket: tar cannot hold it, the CLI leaves it out
        const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(sock >= 0);
        struct sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        const QByteArray sockPath = QFile::encodeName(ctx + u"/sock"_s);
        QVERIFY(size_t(sockPath.size()) < sizeof addr.sun_path);
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
        QCOMPARE(::bind(sock, reinterpret_cast<const sockaddr *>(&addr), sizeof addr), 0);

        const BuildContextPlan plan = scanOk({ctx, {}, {}});
        ::close(sock);
        QCOMPARE(plan.skipped, QStringList{u"sock"_s});
        QCOMPARE(plan.fileCount, 2); // Dockerfile and a; b is a link to a
        QCOMPARE(plan.totalBytes, qint64(13 + 15));

        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(names(tar.entries), (QStringList{u"Dockerfile"_s, u"a"_s, u"b"_s, u"fifo"_s}));
        QCOMPARE(tar.entries.at(1).data, QByteArray("shared content\n"));
        QCOMPARE(tar.entries.at(2).hardlink, QByteArray("a"));
        QCOMPARE(tar.entries.at(2).size, 0);
        QCOMPARE(tar.entries.at(3).type, int(AE_IFIFO));
        QCOMPARE(tar.entries.at(3).perm, 0640);
    }

    void scanErrors_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("context missing") << u"missing-context"_s << u"nope"_s;
        QTest::newRow("context is a file") << u"file-context"_s << u"afile"_s;
        QTest::newRow("Dockerfile missing") << u"missing-dockerfile"_s << u"Nofile"_s;
        QTest::newRow("Dockerfile is a folder") << u"dockerfile-dir"_s << u"adir"_s;
        QTest::newRow("bad .dockerignore") << u"bad-ignore"_s << u"Line 2"_s;
        QTest::newRow("unreadable file") << u"unreadable-file"_s << u"secret.txt"_s;
        QTest::newRow("unreadable folder") << u"unreadable-dir"_s << u"locked"_s;
        QTest::newRow("unreadable .dockerignore") << u"unreadable-ignore"_s << u".dockerignore"_s;
        QTest::newRow(".dockerignore is a folder") << u"ignore-dir"_s << u".dockerignore"_s;
    }

    void scanErrors()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        // readable by others, so that "nobody" can walk it
        QCOMPARE(::chmod(QFile::encodeName(ctx).constData(), 0755), 0);
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/fine.txt"_s, "ok"));
        BuildContextOptions o{ctx, {}, {}};
        if (what == u"missing-context"_s) {
            o.contextDir = ctx + u"/nope"_s;
        } else if (what == u"file-context"_s) {
            o.contextDir = ctx + u"/afile"_s;
            QVERIFY(writeFile(o.contextDir, "x"));
        } else if (what == u"missing-dockerfile"_s) {
            o.dockerfile = u"Nofile"_s;
        } else if (what == u"dockerfile-dir"_s) {
            QVERIFY(QDir(ctx).mkdir(u"adir"_s));
            o.dockerfile = u"adir"_s;
        } else if (what == u"bad-ignore"_s) {
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, "ok\nsrc/[abc\n"));
        } else if (what == u"unreadable-file"_s) {
            QVERIFY(writeFile(ctx + u"/sub/secret.txt"_s, "s", 0000));
            QCOMPARE(::chmod(QFile::encodeName(ctx + u"/sub"_s).constData(), 0755), 0);
        } else if (what == u"unreadable-dir"_s) {
            QVERIFY(writeFile(ctx + u"/locked/x"_s, "x"));
            QCOMPARE(::chmod(QFile::encodeName(ctx + u"/locked"_s).constData(), 0000), 0);
        } else if (what == u"ignore-dir"_s) {
            QVERIFY(QDir(ctx).mkdir(u".dockerignore"_s));
        } else if (what == u"unreadable-ignore"_s) {
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, "x\n", 0000));
        }
        const Result<BuildContextPlan> r = asUnprivileged([&] { return BuildContext::scan(o); });
        ::chmod(QFile::encodeName(ctx + u"/locked"_s).constData(), 0755); // let QTemporaryDir clean up
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().userMessage.contains(mentions), qPrintable(r.error().userMessage));
        QVERIFY(r.error().userMessage.size() > 40);
    }

    void unreadableButExcludedIsFine()
    {
        // The CLI only checks what it sends.
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        QCOMPARE(::chmod(QFile::encodeName(ctx).constData(), 0755), 0);
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/.dockerignore"_s, "secret.txt\nlocked\n"));
        QVERIFY(writeFile(ctx + u"/secret.txt"_s, "s", 0000));
        QVERIFY(writeFile(ctx + u"/locked/x"_s, "x"));
        QCOMPARE(::chmod(QFile::encodeName(ctx + u"/locked"_s).constData(), 0000), 0);
        const Result<BuildContextPlan> r = asUnprivileged([&] { return BuildContext::scan({ctx, {}, {}}); });
        ::chmod(QFile::encodeName(ctx + u"/locked"_s).constData(), 0755);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().userMessage));
        QCOMPARE(r->entries.size(), 2);
    }

    void namesAreBytes()
    {
        // File names are bytes, not necessarily UTF-8: they travel unchanged.
        QTemporaryDir tmp;
        const QByteArray dir = QFile::encodeName(tmp.path());
        QVERIFY(writeFile(tmp.path() + u"/Dockerfile"_s, "FROM scratch\n"));
        const QByteArray odd = "bad\xff name.txt";
        const QByteArray oddPath = dir + '/' + odd;
        const int fd = ::open(oddPath.constData(), O_WRONLY | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, "odd", 3), 3);
        ::close(fd);
        const BuildContextPlan plan = scanOk({tmp.path(), {}, {}});
        QCOMPARE(plan.entries.size(), 2);
        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(tar.entries.size(), 2);
        QCOMPARE(tar.entries.at(1).rawName, odd);
        QCOMPARE(tar.entries.at(1).data, QByteArray("odd"));
        ::unlink(oddPath.constData()); // QTemporaryDir cannot remove a name that is no UTF-8
    }

    void canceledScan()
    {
        QTemporaryDir tmp;
        QVERIFY(makeMainTree(tmp.path()));
        const Result<BuildContextPlan> r = BuildContext::scan({tmp.path(), {}, {}}, [] { return true; });
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().kind, EngineError::Kind::Canceled);
    }

    void scanAsyncMatchesScan()
    {
        QTemporaryDir tmp;
        QVERIFY(makeMainTree(tmp.path()));
        QFuture<Result<BuildContextPlan>> f = BuildContext::scanAsync({tmp.path(), {}, {}});
        QTRY_VERIFY(f.isFinished());
        const Result<BuildContextPlan> r = f.result();
        QVERIFY(r.has_value());
        const BuildContextPlan sync = scanOk({tmp.path(), {}, {}});
        QCOMPARE(r->entries.size(), sync.entries.size());
        QCOMPARE(r->totalBytes, sync.totalBytes);
        QCOMPARE(r->fileCount, sync.fileCount);
        QCOMPARE(streamAll(*r), streamAll(sync));
    }

    void fileVanishesWhileSending()
    {
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/a"_s, QByteArray(100000, 'a')));
        QVERIFY(writeFile(ctx + u"/b/gone.txt"_s, "soon gone"));
        const BuildContextPlan plan = scanOk({ctx, {}, {}});
        QVERIFY(QFile::remove(ctx + u"/b/gone.txt"_s));

        BuildContextStream s(plan);
        QSignalSpy failed(&s, &BuildContextStream::failed);
        QSignalSpy finished(&s, &QIODevice::readChannelFinished);
        QVERIFY(s.open(QIODevice::ReadOnly));
        bool kept = false;
        const QByteArray bytes = drain(s, 4096, &kept);
        QVERIFY(kept); // ends with -1 at once: a read error, not an end
        QCOMPARE(finished.count(), 0);
        QVERIFY(s.hasFailed());
        QVERIFY2(s.error().userMessage.contains(u"gone.txt"_s), qPrintable(s.error().userMessage));
        QCOMPARE(s.errorString(), s.error().userMessage);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<EngineError>().userMessage, s.error().userMessage);

        // What was sent cannot pass for a complete context.
        const TarResult tar = readTar(bytes);
        QVERIFY(!tar.ok);
        QCOMPARE(names(tar.entries).mid(0, 3), (QStringList{u"Dockerfile"_s, u"a"_s, u"b/"_s}));
    }

    void fileShrinksWhileSending()
    {
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        QVERIFY(writeFile(ctx + u"/big"_s, QByteArray(3 * BuildContextStream::kChunk, 'z')));
        const BuildContextPlan plan = scanOk({ctx, {}, {}});
        BuildContextStream s(plan);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QByteArray buf(4096, Qt::Uninitialized);
        // Read into the middle of "big", then cut it short.
        qint64 total = 0;
        while (total < 2 * 512 + BuildContextStream::kChunk)
            total += s.read(buf.data(), buf.size());
        QVERIFY(::truncate(QFile::encodeName(ctx + u"/big"_s).constData(), 10) == 0);
        drain(s, 4096);
        QVERIFY(s.hasFailed());
        QVERIFY2(s.error().userMessage.contains(u"big"_s), qPrintable(s.error().userMessage));
    }

    void boundedMemory()
    {
        // 200 MB of zeros (a sparse file: no disk used) streamed in small reads:
        // the stream never holds more than a header plus one chunk.
        constexpr qint64 kSize = 200LL * 1024 * 1024;
        QTemporaryDir tmp;
        const QString ctx = tmp.path();
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM scratch\n"));
        {
            QFile f(ctx + u"/big.bin"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kSize));
        }
        const BuildContextPlan plan = scanOk({ctx, {}, {}});
        QCOMPARE(plan.totalBytes, kSize + 13);

        BuildContextStream stream(plan);
        QVERIFY(stream.open(QIODevice::ReadOnly));

        // libarchive reads the stream back as it is produced: nothing holds it whole.
        struct Pump
        {
            BuildContextStream *s;
            QByteArray buf = QByteArray(4096, Qt::Uninitialized);
            bool contractKept = true;
        } pump{&stream};
        const auto readCb = [](struct archive *, void *client, const void **out) -> la_ssize_t {
            auto *p = static_cast<Pump *>(client);
            qint64 n = p->s->read(p->buf.data(), p->buf.size());
            for (int spins = 0; n == 0 && spins < 100; ++spins) {
                QCoreApplication::processEvents(); // the end is announced from the event loop
                n = p->s->read(p->buf.data(), p->buf.size());
            }
            if (n == 0)
                p->contractKept = false;
            *out = p->buf.constData();
            return n < 0 ? 0 : la_ssize_t(n);
        };
        struct archive *a = archive_read_new();
        archive_read_support_format_tar(a);
        QCOMPARE(archive_read_open(a, &pump, nullptr, readCb, nullptr), ARCHIVE_OK);
        struct archive_entry *e = nullptr;
        QStringList seen;
        qint64 zeros = 0;
        bool onlyZeros = true;
        char data[65536];
        int r;
        while ((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
            seen.append(QString::fromUtf8(archive_entry_pathname(e)));
            if (seen.constLast() != u"big.bin"_s)
                continue;
            QCOMPARE(archive_entry_size(e), kSize);
            la_ssize_t n;
            while ((n = archive_read_data(a, data, sizeof data)) > 0) {
                zeros += n;
                for (la_ssize_t i = 0; i < n && onlyZeros; ++i)
                    onlyZeros = data[i] == 0;
            }
            QCOMPARE(n, 0);
        }
        QCOMPARE(r, ARCHIVE_EOF);
        archive_read_free(a);

        QCOMPARE(seen, (QStringList{u"Dockerfile"_s, u"big.bin"_s}));
        QCOMPARE(zeros, kSize);
        QVERIFY(onlyZeros);
        QVERIFY(pump.contractKept);
        // libarchive may stop at the first end-of-archive block; the rest is zeros.
        bool kept = false;
        const QByteArray rest = drain(stream, 4096, &kept);
        QVERIFY(kept);
        QCOMPARE(rest.count('\0'), rest.size());
        QVERIFY(stream.atEnd());
        QVERIFY(stream.bytesSent() > kSize);
        qInfo("peak buffered %lld bytes while sending %lld", stream.peakBufferedBytes(), stream.bytesSent());
        // One file chunk plus at most a few tar blocks of header and padding.
        QVERIFY2(stream.peakBufferedBytes() <= BuildContextStream::kChunk + 4 * 512,
                 qPrintable(QString::number(stream.peakBufferedBytes())));
        QVERIFY(stream.peakBufferedBytes() > 0);
    }

    void openModes()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.path() + u"/Dockerfile"_s, "FROM scratch\n"));
        const BuildContextPlan plan = scanOk({tmp.path(), {}, {}});
        BuildContextStream s(plan);
        QVERIFY(!s.open(QIODevice::WriteOnly));
        QVERIFY(!s.errorString().isEmpty());
        QVERIFY(s.open(QIODevice::ReadOnly));
        QVERIFY(s.openMode() & QIODevice::Unbuffered);
        const QByteArray all = drain(s, 100);
        QVERIFY(readTar(all).ok);
        s.close();
        QVERIFY(!s.open(QIODevice::ReadOnly)); // a stream is read once
    }

    void cutOffsetNamesTheFileLeftIncomplete()
    {
        // A copy into a container that is cut after N bytes of the tar must name the
        // file the engine began and did not finish (to remove it), and no other: not a
        // file whose header was cut (the engine made nothing), nor one whose content
        // was whole (only its padding or the next header was missing).
        QTemporaryDir tmp;
        const QString root = tmp.path() + u"/t"_s;
        QVERIFY(writeFile(root + u"/a"_s, QByteArray(1000, 'a')));
        QVERIFY(writeFile(root + u"/b"_s, QByteArray()));
        QVERIFY(writeFile(root + u"/c"_s, QByteArray(3 * BuildContextStream::kChunk + 5, 'c')));
        const auto plan = BuildContext::scanTree(root, u"t"_s);
        QVERIFY(plan);
        BuildContextStream s(*plan);
        QVERIFY(s.open(QIODevice::ReadOnly));
        const QByteArray tar = drain(s, 4096);
        // Where each file's content lies, found from the headers in the bytes themselves.
        struct Expect
        {
            qsizetype index;
            qint64 start;
            qint64 end;
        };
        QList<Expect> files;
        for (qsizetype i = 0; i < plan->entries.size(); ++i) {
            const BuildContextEntry &e = plan->entries.at(i);
            if (e.type != BuildContextEntry::Type::File)
                continue;
            qint64 header = -1;
            for (qint64 off = 0; off + 512 <= tar.size(); off += 512) {
                if (QByteArray(tar.constData() + off) == e.name.toUtf8()) {
                    header = off;
                    break;
                }
            }
            QVERIFY2(header >= 0, qPrintable(e.name));
            files.append({i, header + 512, header + 512 + e.size});
        }
        QCOMPARE(files.size(), 3);
        for (qint64 offset = 0; offset <= tar.size(); ++offset) {
            qsizetype expected = -1;
            for (const Expect &f : std::as_const(files)) {
                if (f.start <= offset && offset < f.end)
                    expected = f.index;
            }
            if (s.entryCutAt(offset) != expected)
                QFAIL(qPrintable(u"cut at %1: entry %2, expected %3"_s.arg(offset).arg(s.entryCutAt(offset)).arg(expected)));
        }
        // The empty file is never cut; the others at their first byte of content.
        QCOMPARE(s.entryCutAt(files.at(0).start), files.at(0).index);
        QCOMPARE(s.entryCutAt(files.at(0).start - 1), -1);
        QCOMPARE(s.entryCutAt(files.at(2).end), -1);
    }

    void emptyContextIsAValidTar()
    {
        // Only a Dockerfile outside and nothing else: still a well-formed archive.
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkdir(u"ctx"_s));
        QVERIFY(writeFile(tmp.path() + u"/Dockerfile"_s, "FROM scratch\n"));
        const BuildContextPlan plan = scanOk({tmp.path() + u"/ctx"_s, tmp.path() + u"/Dockerfile"_s, u"aa"_s});
        const TarResult tar = readTar(streamAll(plan));
        QVERIFY2(tar.ok, qPrintable(tar.error));
        QCOMPARE(names(tar.entries), (QStringList{u".dockerignore"_s, u".dockerfile.aa"_s}));
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
