// Tar extraction (SafeExtractor: docker cp out of a container, the Files tab) into a
// fresh temporary folder: nothing may land outside it. The folder holds, before each
// run, symbolic links to a sibling "sentinel" folder (relative and absolute), as a
// container's earlier copy could have left them; after the run the sentinel and the
// parent must be exactly as they were, and nothing inside may be a device, a fifo or
// carry setuid/setgid bits.
// Input: a byte (bit 7: rebase "a" onto "b" as docker cp does; the rest chooses how
// the archive is cut into reads), then the archive.
#include "fuzzcommon.h"
#include "safeextract.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <dirent.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QTemporaryDir *base = nullptr;
QString sentinelDir;
quint64 runs = 0;

/// Names in a folder (not recursive), sorted.
QStringList names(const QString &dir)
{
    QStringList out = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    out.sort();
    return out;
}

/// Everything below the sentinel: names, sizes, modes, contents.
QByteArray sentinelState()
{
    QByteArray state;
    QDirIterator it(sentinelDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &p : paths) {
        struct stat st{};
        FUZZ_CHECK(::lstat(QFile::encodeName(p).constData(), &st) == 0, "cannot stat the sentinel");
        state += QFile::encodeName(p) + ' ' + QByteArray::number(st.st_mode) + ' ' + QByteArray::number(qint64(st.st_size));
        if (S_ISREG(st.st_mode)) {
            QFile f(p);
            FUZZ_CHECK(f.open(QIODevice::ReadOnly), "cannot read the sentinel");
            state += ' ' + f.readAll();
        }
        state += '\n';
    }
    return state;
}

QByteArray initialSentinel;
QStringList initialBase;

int makeRemovable(const char *path, const struct stat *st, int type, struct FTW *)
{
    if (type == FTW_D || type == FTW_DNR)
        ::chmod(path, (st->st_mode & 07777) | S_IRWXU);
    return 0;
}

int removeOne(const char *path, const struct stat *, int type, struct FTW *)
{
    const int rc = (type == FTW_DP) ? ::rmdir(path) : ::unlink(path);
    FUZZ_CHECK(rc == 0, "cannot clean up the extraction folder");
    return 0;
}

void removeTree(const QString &dir)
{
    const QByteArray d = QFile::encodeName(dir);
    ::nftw(d.constData(), makeRemovable, 16, FTW_PHYS);
    ::nftw(d.constData(), removeOne, 16, FTW_PHYS | FTW_DEPTH);
}

void checkTree(const QString &dir)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        struct stat st{};
        FUZZ_CHECK(::lstat(QFile::encodeName(p).constData(), &st) == 0, "cannot stat an extracted entry");
        FUZZ_CHECK(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode),
                   "the archive made a device, a fifo or a socket");
        FUZZ_CHECK((st.st_mode & (S_ISUID | S_ISGID)) == 0 || S_ISDIR(st.st_mode), "a setuid or setgid file");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    base = new QTemporaryDir();
    FUZZ_CHECK(base->isValid(), "no temporary folder");
    sentinelDir = base->filePath(QStringLiteral("sentinel"));
    FUZZ_CHECK(QDir().mkpath(sentinelDir + QStringLiteral("/sub")), "cannot make the sentinel");
    QFile f(sentinelDir + QStringLiteral("/sub/file"));
    FUZZ_CHECK(f.open(QIODevice::WriteOnly) && f.write("untouched\n") == 10, "cannot write the sentinel");
    f.close();
    initialSentinel = sentinelState();
    initialBase = names(base->path());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString dest = base->filePath(QStringLiteral("dest%1").arg(++runs));
    FUZZ_CHECK(QDir().mkdir(dest), "cannot make the destination");
    // Links a container could have left behind: nothing may be written through them.
    const QByteArray d = QFile::encodeName(dest);
    FUZZ_CHECK(::symlink("../sentinel", QByteArray(d + "/up").constData()) == 0, "cannot make a link");
    FUZZ_CHECK(::symlink(QFile::encodeName(sentinelDir).constData(), QByteArray(d + "/abs").constData()) == 0, "cannot make a link");
    FUZZ_CHECK(QDir().mkdir(dest + QStringLiteral("/dir")), "cannot make a folder");
    FUZZ_CHECK(::symlink("../../sentinel/sub", QByteArray(d + "/dir/sub").constData()) == 0, "cannot make a link");

    const QList<QByteArray> parts = fuzz::pieces(fuzz::bytes(data + 1, size - 1), uint8_t(data[0] & 0x7f));
    qsizetype next = 0;
    const SafeExtractor::Source source = [&](bool *failed) {
        *failed = false;
        return next < parts.size() ? parts[next++] : QByteArray();
    };
    SafeExtractor::Options options;
    if (data[0] & 0x80) {
        options.rebase = true;
        options.oldBase = QStringLiteral("a");
        options.newBase = QStringLiteral("b");
    }
    options.replaceExisting = [](const QString &relative) {
        FUZZ_CHECK(!relative.startsWith(u'/') && relative != QStringLiteral("..") && !relative.startsWith(QStringLiteral("../")),
                   "asked to replace something outside the destination");
        return true;
    };
    const auto report = SafeExtractor::extract(dest, source, options);
    if (report) {
        FUZZ_CHECK(report->files >= 0 && report->bytes >= 0 && report->directories >= 0 && report->links >= 0,
                   "negative counts");
    }

    FUZZ_CHECK(sentinelState() == initialSentinel, "the extraction changed the sentinel folder outside the destination");
    QStringList expected = initialBase;
    expected.append(QStringLiteral("dest%1").arg(runs));
    expected.sort();
    FUZZ_CHECK(names(base->path()) == expected, "the extraction made something beside the destination");
    checkTree(dest);
    removeTree(dest);
    FUZZ_CHECK(!QFileInfo::exists(dest), "the destination could not be removed");
    return 0;
}
