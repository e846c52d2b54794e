#include "buildcontext.h"
#include "poolstart.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPromise>
#include <QScopeGuard>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BuildContext)
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString display(const QByteArray &path)
{
    return QFile::decodeName(path);
}

EngineError scanError(const QString &message, EngineError::Kind kind = EngineError::Kind::Other)
{
    return EngineError::make(kind, message);
}

struct InodeKey
{
    dev_t dev;
    ino_t ino;
    bool operator==(const InodeKey &o) const { return dev == o.dev && ino == o.ino; }
};

size_t qHash(const InodeKey &k, size_t seed = 0)
{
    return qHashMulti(seed, quint64(k.dev), quint64(k.ino));
}

// The tar walk of moby's TarWithOptions for the include ".": entries in
// lexical order, a directory before its contents, an excluded directory
// entered only when an exception may re-include something below it.
class Walker
{
public:
    Walker(const DockerIgnore &rules, const std::function<bool()> &canceled, BuildContextPlan &plan)
        : m_rules(rules), m_canceled(canceled), m_plan(plan)
    {
    }

    /// The messages of a file copy rather than of a build context.
    void setForCopy(bool copy) { m_copy = copy; }

    /// The first entry: the copied file or folder itself, under its archive name.
    Result<Done> addRoot(const QByteArray &abs, const QByteArray &raw, const QString &rel, const struct stat &st)
    {
        return add(abs, raw, rel, st);
    }

    Result<Done> walk(const QByteArray &dirAbs, const QByteArray &dirRaw, const QString &dirRel, const DockerIgnore::MatchInfo &parentInfo)
    {
        if (m_canceled && m_canceled())
            return std::unexpected(scanError(m_copy ? Tr::tr("The copy was canceled.") : Tr::tr("Reading the build context was canceled."),
                                             EngineError::Kind::Canceled));

        DIR *dir = ::opendir(dirAbs.constData());
        if (!dir) {
            const int err = errno;
            if (m_copy)
                return std::unexpected(scanError(Tr::tr("Cais cannot read the folder “%1” (%2). Make it readable to copy it.").arg(display(dirAbs), errnoText(err))));
            return std::unexpected(scanError(
                Tr::tr("Cais cannot read the folder “%1” (%2), which is part of the build context. Make it readable, or exclude it in .dockerignore.")
                    .arg(display(dirAbs), errnoText(err))));
        }
        QList<QByteArray> names;
        while (dirent *d = ::readdir(dir)) {
            if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
                continue;
            names.append(QByteArray(d->d_name));
        }
        ::closedir(dir);
        std::sort(names.begin(), names.end()); // Go's os.ReadDir order: bytewise

        for (const QByteArray &name : std::as_const(names)) {
            const QByteArray abs = dirAbs + '/' + name;
            const QByteArray raw = dirRaw.isEmpty() ? name : dirRaw + '/' + name;
            const QString rel = dirRel.isEmpty() ? QFile::decodeName(name) : dirRel + QLatin1Char('/') + QFile::decodeName(name);
            struct stat st;
            if (::lstat(abs.constData(), &st) != 0) {
                const int err = errno;
                if (err == ENOENT)
                    continue; // gone since the directory was listed: the CLI skips it too
                if (m_copy)
                    return std::unexpected(scanError(Tr::tr("Cais cannot read “%1” (%2). Make it readable to copy it.").arg(display(abs), errnoText(err))));
                return std::unexpected(scanError(
                    Tr::tr("Cais cannot read “%1” (%2), which is part of the build context. Make it readable, or exclude it in .dockerignore.")
                        .arg(display(abs), errnoText(err))));
            }
            const bool isDir = S_ISDIR(st.st_mode);
            DockerIgnore::MatchInfo info;
            const bool skip = m_rules.matchesUsingParentResults(rel, parentInfo, &info);
            if (skip) {
                if (isDir && m_rules.mayReincludeBelow(rel)) {
                    if (auto r = walk(abs, raw, rel, info); !r)
                        return r;
                }
                continue;
            }
            if (auto r = add(abs, raw, rel, st); !r)
                return r;
            if (isDir) {
                if (auto r = walk(abs, raw, rel, info); !r)
                    return r;
            }
        }
        return Done{};
    }

private:
    Result<Done> add(const QByteArray &abs, const QByteArray &raw, const QString &rel, const struct stat &st)
    {
        BuildContextEntry e;
        e.name = rel;
        e.rawName = raw;
        e.sourcePath = abs;
        e.mode = quint32(st.st_mode & 07777);
        e.mtime = qint64(st.st_mtim.tv_sec);
        e.uid = qint64(st.st_uid);
        e.gid = qint64(st.st_gid);
        if (S_ISREG(st.st_mode)) {
            e.type = BuildContextEntry::Type::File;
            e.size = qint64(st.st_size);
            // As the CLI's ValidateContextDirectory: fail before sending anything.
            const int fd = ::open(abs.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
            if (fd < 0) {
                const int err = errno;
                if (m_copy)
                    return std::unexpected(scanError(Tr::tr("Cais cannot read “%1” (%2). Make it readable to copy it.").arg(display(abs), errnoText(err))));
                return std::unexpected(scanError(
                    Tr::tr("Cais cannot read “%1” (%2), which would be sent to the engine with the build context. Make it readable, or exclude it in .dockerignore.")
                        .arg(display(abs), errnoText(err))));
            }
            ::close(fd);
        } else if (S_ISDIR(st.st_mode)) {
            e.type = BuildContextEntry::Type::Directory;
        } else if (S_ISLNK(st.st_mode)) {
            e.type = BuildContextEntry::Type::Symlink;
            QByteArray target(qsizetype(st.st_size > 0 ? st.st_size : 256) + 1, Qt::Uninitialized);
            for (;;) {
                const ssize_t n = ::readlink(abs.constData(), target.data(), size_t(target.size()));
                if (n < 0) {
                    const int err = errno;
                    if (m_copy)
                        return std::unexpected(scanError(Tr::tr("Cais cannot read the symbolic link “%1” (%2).").arg(display(abs), errnoText(err))));
                    return std::unexpected(scanError(
                        Tr::tr("Cais cannot read the symbolic link “%1” (%2). Fix it, or exclude it in .dockerignore.")
                            .arg(display(abs), errnoText(err))));
                }
                if (n < target.size()) {
                    target.truncate(n);
                    break;
                }
                target.resize(target.size() * 2);
            }
            e.linkTarget = target;
        } else if (S_ISFIFO(st.st_mode)) {
            e.type = BuildContextEntry::Type::Fifo;
        } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
            e.type = S_ISCHR(st.st_mode) ? BuildContextEntry::Type::CharDevice : BuildContextEntry::Type::BlockDevice;
            e.rdevMajor = quint32(major(st.st_rdev));
            e.rdevMinor = quint32(minor(st.st_rdev));
        } else {
            // archive/tar refuses sockets; the CLI logs and leaves them out.
            m_plan.skipped.append(rel);
            return Done{};
        }
        // Hard links: the first name carries the content, later ones link to it.
        if (!S_ISDIR(st.st_mode) && st.st_nlink > 1) {
            const InodeKey key{st.st_dev, st.st_ino};
            if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
                e.type = BuildContextEntry::Type::Hardlink;
                e.linkTarget = *it;
                e.size = 0;
            } else {
                m_seen.insert(key, raw);
            }
        }
        if (e.type == BuildContextEntry::Type::File) {
            ++m_plan.fileCount;
            m_plan.totalBytes += e.size;
        }
        m_plan.entries.append(std::move(e));
        return Done{};
    }

    const DockerIgnore &m_rules;
    const std::function<bool()> &m_canceled;
    BuildContextPlan &m_plan;
    QHash<InodeKey, QByteArray> m_seen; ///< tar name of the first entry of each multiply-linked inode
    bool m_copy = false;
};

QString randomHex20()
{
    quint32 words[3];
    QRandomGenerator::system()->fillRange(words);
    QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex().left(20));
}

} // namespace

Result<BuildContextPlan> BuildContext::scan(const BuildContextOptions &options, const std::function<bool()> &canceled)
{
    BuildContextPlan plan;

    // ResolveAndValidateContextPath: absolute, symlinks resolved, a directory.
    const QFileInfo ctxInfo(options.contextDir);
    if (options.contextDir.isEmpty() || !ctxInfo.exists())
        return std::unexpected(scanError(Tr::tr("The build context folder “%1” does not exist. Choose an existing folder.").arg(options.contextDir)));
    const QString ctx = ctxInfo.canonicalFilePath();
    if (!QFileInfo(ctx).isDir())
        return std::unexpected(scanError(Tr::tr("The build context “%1” is not a folder. Choose the folder that holds the files the Dockerfile uses.").arg(options.contextDir)));
    plan.contextDir = ctx;
    const QDir ctxDir(ctx);

    // getDockerfileRelPath
    QString dockerfile = options.dockerfile;
    if (dockerfile.isEmpty()) {
        dockerfile = ctxDir.filePath(QStringLiteral("Dockerfile"));
        const QString alt = ctxDir.filePath(QStringLiteral("dockerfile"));
        struct stat st;
        if (::lstat(QFile::encodeName(dockerfile).constData(), &st) != 0 && errno == ENOENT
            && ::lstat(QFile::encodeName(alt).constData(), &st) == 0)
            dockerfile = alt;
    } else if (QDir::isRelativePath(dockerfile)) {
        dockerfile = ctxDir.filePath(dockerfile);
    }
    const QFileInfo dfInfo(dockerfile);
    const QString dfAbs = dfInfo.canonicalFilePath();
    if (dfAbs.isEmpty())
        return std::unexpected(scanError(Tr::tr("Cais cannot find the Dockerfile “%1”. Choose an existing file.").arg(QDir::toNativeSeparators(dockerfile))));
    if (QFileInfo(dfAbs).isDir())
        return std::unexpected(scanError(Tr::tr("“%1” is a folder, not a Dockerfile. Choose the Dockerfile itself.").arg(QDir::toNativeSeparators(dockerfile))));
    const QString relDockerfile = ctxDir.relativeFilePath(dfAbs);
    plan.dockerfileOutside = relDockerfile == QLatin1String("..") || relDockerfile.startsWith(QLatin1String("../"));

    // ReadDockerignore: a missing file (or a dangling link) means no rules.
    QByteArray ignoreBytes;
    bool hasIgnoreFile = false;
    const QString ignorePath = ctxDir.filePath(QStringLiteral(".dockerignore"));
    if (const int fd = ::open(QFile::encodeName(ignorePath).constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        QFile f;
        const bool ok = f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
        if (ok)
            ignoreBytes = f.readAll();
        if (!ok || f.error() != QFileDevice::NoError)
            return std::unexpected(scanError(Tr::tr("Cais cannot read “%1” (%2). Make it readable to build from this folder.").arg(ignorePath, f.errorString())));
        hasIgnoreFile = true;
    } else if (errno != ENOENT) {
        const int err = errno;
        return std::unexpected(scanError(Tr::tr("Cais cannot read “%1” (%2). Make it readable to build from this folder.").arg(ignorePath, errnoText(err))));
    }
    const Result<DockerIgnore> fileRules = DockerIgnore::parse(ignoreBytes);
    if (!fileRules)
        return std::unexpected(fileRules.error());

    // TrimBuildFilesFromExcludes: the engine needs both files, and drops them
    // from the final context itself when the rules exclude them.
    QStringList patterns = fileRules->patternStrings();
    if (fileRules->matchesLegacy(QStringLiteral(".dockerignore")))
        patterns.append(QStringLiteral("!.dockerignore"));
    if (fileRules->matchesLegacy(relDockerfile))
        patterns.append(QLatin1Char('!') + relDockerfile);
    Result<DockerIgnore> rules = DockerIgnore::fromPatterns(patterns);
    if (!rules)
        return std::unexpected(rules.error());
    plan.patterns = rules->patternStrings();

    Walker walker(*rules, canceled, plan);
    if (auto r = walker.walk(QFile::encodeName(ctx), QByteArray(), QString(), {}); !r)
        return std::unexpected(r.error());

    if (!plan.dockerfileOutside) {
        plan.dockerfileName = relDockerfile;
        return plan;
    }

    // AddDockerfileToBuildContext: the Dockerfile under a random name, and that
    // name appended to .dockerignore so that the engine leaves it out of the image.
    const QString suffix = options.outsideDockerfileSuffix.isEmpty() ? randomHex20() : options.outsideDockerfileSuffix;
    const QString name = QStringLiteral(".dockerfile.") + suffix;
    plan.dockerfileName = name;
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    struct stat st;
    const QByteArray dfPath = QFile::encodeName(dfAbs);
    const int dfd = ::open(dfPath.constData(), O_RDONLY | O_CLOEXEC);
    if (dfd < 0 || ::fstat(dfd, &st) != 0) {
        const int err = errno;
        if (dfd >= 0)
            ::close(dfd);
        return std::unexpected(scanError(Tr::tr("Cais cannot read the Dockerfile “%1” (%2).").arg(dfAbs, errnoText(err))));
    }
    ::close(dfd);
    BuildContextEntry df;
    df.name = name;
    df.sourcePath = dfPath;
    df.type = BuildContextEntry::Type::File;
    df.size = qint64(st.st_size);
    df.mode = 0600;
    df.mtime = now;

    const QByteArray ignoreAddition = '\n' + name.toUtf8() + '\n';
    const QByteArray ignoreContent = (hasIgnoreFile ? ignoreBytes : QByteArrayLiteral(".dockerignore")) + ignoreAddition;
    auto it = std::find_if(plan.entries.begin(), plan.entries.end(),
                           [](const BuildContextEntry &e) { return e.name == QLatin1String(".dockerignore"); });
    if (it == plan.entries.end()) {
        BuildContextEntry ig;
        ig.name = QStringLiteral(".dockerignore");
        ig.mode = 0600;
        ig.mtime = now;
        plan.entries.append(ig);
        it = plan.entries.end() - 1;
    } else if (it->type == BuildContextEntry::Type::File) {
        --plan.fileCount;
        plan.totalBytes -= it->size;
    } else {
        it->mode = 0600;
        it->mtime = now;
    }
    // Replaced in place, whatever it was (a link to the rules becomes the rules).
    it->type = BuildContextEntry::Type::File;
    it->isInline = true;
    it->sourcePath.clear();
    it->rawName.clear();
    it->linkTarget.clear();
    it->inlineData = ignoreContent;
    it->size = ignoreContent.size();
    ++plan.fileCount;
    plan.totalBytes += it->size;
    ++plan.fileCount;
    plan.totalBytes += df.size;
    plan.entries.append(df);
    return plan;
}

Result<BuildContextPlan> BuildContext::scanTree(const QString &sourcePath, const QString &tarBase, const std::function<bool()> &canceled)
{
    BuildContextPlan plan;
    plan.contextDir = sourcePath;
    plan.forCopy = true;
    const QByteArray abs = QFile::encodeName(sourcePath);
    struct stat st;
    if (::lstat(abs.constData(), &st) != 0) {
        const int err = errno;
        return std::unexpected(scanError(Tr::tr("“%1” cannot be copied (%2).").arg(sourcePath, errnoText(err))));
    }
    const DockerIgnore none;
    Walker walker(none, canceled, plan);
    walker.setForCopy(true);
    const QByteArray raw = QFile::encodeName(tarBase);
    if (auto r = walker.addRoot(abs, raw, tarBase, st); !r)
        return std::unexpected(r.error());
    if (S_ISDIR(st.st_mode)) {
        if (auto r = walker.walk(abs, raw, tarBase, {}); !r)
            return std::unexpected(r.error());
    }
    return plan;
}

QFuture<Result<BuildContextPlan>> BuildContext::scanAsync(const BuildContextOptions &options)
{
    auto promise = std::make_shared<QPromise<Result<BuildContextPlan>>>();
    QFuture<Result<BuildContextPlan>> future = promise->future();
    promise->start();
    Pool::start([promise, options] {
        const std::function<bool()> canceled = [promise] { return promise->isCanceled(); };
        promise->addResult(scan(options, canceled));
        promise->finish();
    });
    return future;
}

// ---------------------------------------------------------------------------

struct BuildContextStream::Archive
{
    struct archive *a = nullptr;
    ~Archive()
    {
        if (a) {
            // Marked failed, free() does not try to finish (and write) the archive.
            archive_write_fail(a);
            archive_write_free(a);
        }
    }
};

namespace {
la_ssize_t writeCallback(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *append = static_cast<std::function<void(const char *, qint64)> *>(client);
    (*append)(static_cast<const char *>(buffer), qint64(length));
    return la_ssize_t(length);
}
} // namespace

BuildContextStream::BuildContextStream(BuildContextPlan plan, QObject *parent)
    : QIODevice(parent), m_plan(std::move(plan))
{
}

BuildContextStream::~BuildContextStream()
{
    m_archive.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool BuildContextStream::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("A build context can only be read."));
        return false;
    }
    if (m_started) {
        setErrorString(tr("A build context stream can be read only once."));
        return false;
    }
    return QIODevice::open(ReadOnly | Unbuffered);
}

void BuildContextStream::close()
{
    m_archive.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_finished = true;
    m_buffer.clear();
    m_readPos = 0;
    QIODevice::close();
}

qint64 BuildContextStream::bytesAvailable() const
{
    return (m_buffer.size() - m_readPos) + QIODevice::bytesAvailable();
}

bool BuildContextStream::atEnd() const
{
    return !isOpen() || (m_finished && m_buffer.size() == m_readPos && (m_endAnnounced || hasFailed()));
}

qint64 BuildContextStream::writeData(const char *, qint64)
{
    return -1;
}

void BuildContextStream::append(const char *data, qint64 len)
{
    if (m_readPos > 0 && m_readPos == m_buffer.size()) {
        m_buffer.resize(0); // keeps the allocation for the next chunk
        m_readPos = 0;
    }
    m_buffer.append(data, len);
    m_produced += len;
    m_peak = std::max(m_peak, qint64(m_buffer.size() - m_readPos));
}

qint64 BuildContextStream::readData(char *data, qint64 maxlen)
{
    if (maxlen <= 0)
        return 0;
    while (m_buffer.size() == m_readPos && !m_finished)
        produce();
    const qint64 avail = m_buffer.size() - m_readPos;
    if (avail == 0) {
        // A sequential source ends with readChannelFinished(), announced from the
        // event loop; until then there is just nothing more. A failure ends at once.
        return (hasFailed() || m_endAnnounced) ? -1 : 0;
    }
    const qint64 n = std::min(avail, maxlen);
    std::memcpy(data, m_buffer.constData() + m_readPos, size_t(n));
    m_readPos += n;
    if (m_readPos == m_buffer.size()) {
        m_buffer.resize(0);
        m_readPos = 0;
    }
    m_sent += n;
    return n;
}

void BuildContextStream::fail(const QString &message)
{
    if (m_finished)
        return;
    m_error = EngineError::make(EngineError::Kind::Other, message);
    setErrorString(message);
    // A header block whose checksum cannot be right: the engine's tar reader
    // stops with an error instead of accepting the entries sent so far.
    const QByteArray poison(512, '\xff');
    append(poison.constData(), poison.size());
    m_finished = true;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    const EngineError error = m_error;
    // Queued: read() is usually running inside the HTTP connection's send loop.
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

bool BuildContextStream::startArchive()
{
    m_started = true;
    m_archive = std::make_unique<Archive>();
    struct archive *a = archive_write_new();
    m_archive->a = a;
    if (!a) {
        fail(tr("Cais could not start writing the build context (out of memory)."));
        return false;
    }
    m_appender = [this](const char *d, qint64 n) { append(d, n); };
    if (archive_write_set_format_pax_restricted(a) != ARCHIVE_OK
        || archive_write_set_bytes_per_block(a, 0) != ARCHIVE_OK // no blocking: bytes go straight to us
        || archive_write_open2(a, &m_appender, nullptr, &writeCallback, nullptr, nullptr) != ARCHIVE_OK) {
        fail(tr("Cais could not start writing the build context: %1").arg(QString::fromLocal8Bit(archive_error_string(a))));
        return false;
    }
    return true;
}

bool BuildContextStream::writeHeader(const BuildContextEntry &entry)
{
    struct archive_entry *e = archive_entry_new();
    if (!e) {
        fail(tr("Cais could not write the build context (out of memory)."));
        return false;
    }
    const auto freeEntry = qScopeGuard([e] { archive_entry_free(e); });
    archive_entry_copy_pathname(e, (entry.rawName.isEmpty() ? entry.name.toUtf8() : entry.rawName).constData());
    archive_entry_set_uid(e, m_plan.keepOwners ? entry.uid : 0);
    archive_entry_set_gid(e, m_plan.keepOwners ? entry.gid : 0);
    archive_entry_set_perm(e, entry.mode & 07777);
    archive_entry_set_mtime(e, time_t(entry.mtime), 0);

    using T = BuildContextEntry::Type;
    qint64 size = 0;
    switch (entry.type) {
    case T::File:
        archive_entry_set_filetype(e, AE_IFREG);
        if (entry.isInline) {
            size = entry.inlineData.size();
        } else {
            m_fd = ::open(entry.sourcePath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
            struct stat st;
            if (m_fd < 0 || ::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
                const int err = m_fd < 0 ? errno : (errno ? errno : EINVAL);
                const bool notRegular = m_fd >= 0 && !S_ISREG(st.st_mode);
                if (m_plan.forCopy)
                    fail(notRegular ? tr("“%1” changed while it was being copied. Copy again once it stops changing.").arg(display(entry.sourcePath))
                                    : tr("Cais could not read “%1” to copy it (%2). Check that it still exists and is readable.")
                                          .arg(display(entry.sourcePath), errnoText(err)));
                else
                    fail(notRegular
                         ? tr("“%1” is no longer a regular file; it changed while the build context was being sent. Build again.").arg(display(entry.sourcePath))
                         : tr("Cais could not read “%1” to send it to the engine (%2). Check that it still exists and is readable, or exclude it in .dockerignore.")
                               .arg(display(entry.sourcePath), errnoText(err)));
                return false;
            }
            // The size as it is now, so that header and data agree.
            size = qint64(st.st_size);
        }
        archive_entry_set_size(e, size);
        break;
    case T::Directory:
        archive_entry_set_filetype(e, AE_IFDIR);
        break;
    case T::Symlink:
        archive_entry_set_filetype(e, AE_IFLNK);
        archive_entry_copy_symlink(e, entry.linkTarget.constData());
        break;
    case T::Hardlink:
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_copy_hardlink(e, entry.linkTarget.constData());
        archive_entry_set_size(e, 0);
        break;
    case T::Fifo:
        archive_entry_set_filetype(e, AE_IFIFO);
        break;
    case T::CharDevice:
    case T::BlockDevice:
        archive_entry_set_filetype(e, entry.type == T::CharDevice ? AE_IFCHR : AE_IFBLK);
        archive_entry_set_rdevmajor(e, entry.rdevMajor);
        archive_entry_set_rdevminor(e, entry.rdevMinor);
        break;
    }
    if (archive_write_header(m_archive->a, e) < ARCHIVE_WARN) {
        fail(tr("Cais could not add “%1” to the build context: %2").arg(entry.name, QString::fromLocal8Bit(archive_error_string(m_archive->a))));
        return false;
    }
    m_remaining = size;
    m_inlinePos = 0;
    if (entry.type == T::File && size > 0) {
        // libarchive wrote the header (and the padding of the entry before) through
        // append(): the content starts here.
        m_spans.push_back({m_index, m_produced, m_produced + size});
        while (m_spans.front().dataEnd < m_sent - kCutWindow)
            m_spans.pop_front();
    }
    return true;
}

qsizetype BuildContextStream::entryCutAt(qint64 offset) const
{
    for (const Span &s : m_spans) {
        if (s.dataStart <= offset && offset < s.dataEnd)
            return s.index;
    }
    return -1;
}

bool BuildContextStream::writeFileChunk()
{
    const BuildContextEntry &entry = m_plan.entries.at(m_index);
    const qint64 want = std::min(m_remaining, kChunk);
    const char *data = nullptr;
    qint64 got = 0;
    if (entry.isInline) {
        data = entry.inlineData.constData() + m_inlinePos;
        got = std::min(want, qint64(entry.inlineData.size()) - m_inlinePos);
        m_inlinePos += got;
    } else {
        if (m_chunk.size() < kChunk)
            m_chunk.resize(kChunk);
        ssize_t n;
        do {
            n = ::read(m_fd, m_chunk.data(), size_t(want));
        } while (n < 0 && errno == EINTR);
        if (n < 0) {
            const int err = errno;
            fail(tr("Cais could not read “%1” to send it to the engine (%2).").arg(display(entry.sourcePath), errnoText(err)));
            return false;
        }
        data = m_chunk.constData();
        got = n;
    }
    if (got <= 0 && m_plan.forCopy) {
        fail(tr("“%1” changed while it was being copied. Copy again once it stops changing.").arg(display(entry.sourcePath)));
        return false;
    }
    if (got <= 0) {
        fail(tr("“%1” got shorter while the build context was being sent. Build again once it stops changing.").arg(display(entry.sourcePath)));
        return false;
    }
    if (archive_write_data(m_archive->a, data, size_t(got)) != got) {
        fail(tr("Cais could not add “%1” to the build context: %2").arg(entry.name, QString::fromLocal8Bit(archive_error_string(m_archive->a))));
        return false;
    }
    m_remaining -= got;
    return true;
}

void BuildContextStream::finishEntry()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    ++m_index;
}

bool BuildContextStream::stopAtEntryBoundary(qint64 maxLeft)
{
    if (m_remaining > maxLeft)
        return false;
    m_stopEarly = true;
    return true;
}

bool BuildContextStream::produce()
{
    if (m_finished)
        return false;
    if (!m_started && !startArchive())
        return true;
    if (m_remaining > 0) {
        if (writeFileChunk() && m_remaining == 0)
            finishEntry();
        return true;
    }
    if (m_index < m_plan.entries.size() && !m_stopEarly) {
        if (writeHeader(m_plan.entries.at(m_index)) && m_remaining == 0)
            finishEntry();
        return true;
    }
    if (archive_write_close(m_archive->a) != ARCHIVE_OK) {
        fail(tr("Cais could not finish the build context: %1").arg(QString::fromLocal8Bit(archive_error_string(m_archive->a))));
        return true;
    }
    m_finished = true;
    // Queued: announcing the end inside read() would let the reader re-enter it.
    QMetaObject::invokeMethod(this, [this] {
        m_endAnnounced = true;
        Q_EMIT readChannelFinished();
    }, Qt::QueuedConnection);
    return true;
}
