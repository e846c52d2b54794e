#include "safeextract.h"

#include "copyrules.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// --- ByteQueue ----------------------------------------------------------------

bool ByteQueue::push(QByteArray chunk)
{
    std::lock_guard lock(m_mutex);
    if (m_aborted)
        return false;
    m_bytes += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_cv.notify_all();
    return true;
}

bool ByteQueue::pushBlocking(QByteArray chunk)
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_aborted || m_bytes < m_high; });
    if (m_aborted)
        return false;
    m_bytes += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_cv.notify_all();
    return true;
}

void ByteQueue::finish()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_cv.notify_all();
}

void ByteQueue::abort()
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_chunks.clear();
    m_bytes = 0;
    m_cv.notify_all();
}

QByteArray ByteQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [this] { return m_aborted || m_finished || !m_chunks.empty(); });
    if (m_aborted || m_chunks.empty())
        return {};
    QByteArray c = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_bytes -= c.size();
    m_cv.notify_all();
    return c;
}

QByteArray ByteQueue::tryPop(bool *ended)
{
    std::lock_guard lock(m_mutex);
    *ended = false;
    if (m_aborted) {
        *ended = true;
        return {};
    }
    if (m_chunks.empty()) {
        *ended = m_finished;
        return {};
    }
    QByteArray c = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_bytes -= c.size();
    m_cv.notify_all();
    return c;
}

qint64 ByteQueue::backlog() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

bool ByteQueue::aborted() const
{
    std::lock_guard lock(m_mutex);
    return m_aborted;
}

// --- QueueDevice --------------------------------------------------------------

QueueDevice::QueueDevice(qint64 highWater, QObject *parent) : QIODevice(parent), m_queue(highWater)
{
    QIODevice::open(ReadOnly | Unbuffered);
}

qint64 QueueDevice::bytesAvailable() const
{
    return (m_current.size() - m_pos) + m_queue.backlog();
}

void QueueDevice::notifyData()
{
    QMetaObject::invokeMethod(this, [this] { Q_EMIT readyRead(); }, Qt::QueuedConnection);
}

void QueueDevice::notifyEnd(bool ok, const QString &error)
{
    if (ok)
        m_queue.finish();
    QMetaObject::invokeMethod(this, [this, ok, error] {
        if (!ok) {
            m_failed = true;
            setErrorString(error);
            m_queue.abort();
        }
        m_ended = true;
        // Not readyRead first: a reader that sees -1 before the end is announced
        // takes it for a read error.
        Q_EMIT readChannelFinished();
    }, Qt::QueuedConnection);
}

qint64 QueueDevice::readData(char *data, qint64 maxlen)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < maxlen) {
        if (m_pos == m_current.size()) {
            bool ended = false;
            m_current = m_queue.tryPop(&ended);
            m_pos = 0;
            if (m_current.isEmpty()) {
                if (ended && m_ended && done == 0)
                    return -1;
                break;
            }
        }
        const qint64 n = std::min(maxlen - done, qint64(m_current.size() - m_pos));
        std::memcpy(data + done, m_current.constData() + m_pos, size_t(n));
        m_pos += n;
        done += n;
    }
    m_read += done;
    return done;
}

// --- SafeExtractor ------------------------------------------------------------

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

struct Fd
{
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) { }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&o) noexcept : fd(std::exchange(o.fd, -1)) { }
    Fd &operator=(Fd &&o) noexcept
    {
        if (this != &o) {
            reset();
            fd = std::exchange(o.fd, -1);
        }
        return *this;
    }
    ~Fd() { reset(); }
    void reset()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

struct DirFixup
{
    QByteArray path; ///< relative to the destination, "." for itself
    mode_t mode;
    struct timespec times[2];
};

struct ArchiveSource
{
    const SafeExtractor::Source *source;
    QByteArray current;
    bool failed = false;
};

la_ssize_t readCallback(struct archive *a, void *client, const void **buffer)
{
    auto *s = static_cast<ArchiveSource *>(client);
    bool failed = false;
    s->current = (*s->source)(&failed);
    if (failed) {
        s->failed = true;
        archive_set_error(a, EIO, "the archive stream failed");
        return -1;
    }
    *buffer = s->current.constData();
    return la_ssize_t(s->current.size());
}

class Extraction
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)
public:
    Extraction(int root, const SafeExtractor::Options &options) : m_root(root), m_options(options) { }

    /// A cleaned relative name, or empty with `why` set.
    QByteArray localName(const QByteArray &raw, QString *why) const
    {
        QString name = QFile::decodeName(raw);
        if (m_options.rebase)
            name = CopyRules::rebase(name, m_options.oldBase, m_options.newBase);
        if (name.startsWith(u'/')) {
            *why = tr("its name is an absolute path, which could point anywhere on this computer");
            return {};
        }
        const QString cleaned = CopyRules::clean(name);
        if (cleaned == u".." || cleaned.startsWith(u"../")) {
            *why = tr("its name climbs out of the destination folder with “..”");
            return {};
        }
        return QFile::encodeName(cleaned);
    }

    /// Opens the parent directory of `rel` one element at a time, never through a symlink.
    Fd openParent(const QByteArray &rel, QByteArray *leaf, QString *why)
    {
        const qsizetype slash = rel.lastIndexOf('/');
        *leaf = slash < 0 ? rel : rel.mid(slash + 1);
        Fd cur(::dup(m_root));
        if (slash < 0)
            return cur;
        const QList<QByteArray> parts = rel.left(slash).split('/');
        for (const QByteArray &part : parts) {
            const int next = ::openat(cur.fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (next < 0) {
                const int err = errno;
                struct stat st;
                if (::fstatat(cur.fd, part.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                    *why = tr("it would be written through the symbolic link “%1”").arg(QFile::decodeName(part));
                else if (err == ENOENT)
                    *why = tr("its folder “%1” is not in the copy").arg(QFile::decodeName(rel.left(slash)));
                else if (err == ENOTDIR)
                    *why = tr("“%1” is not a folder").arg(QFile::decodeName(part));
                else
                    *why = tr("its folder cannot be opened (%1)").arg(errnoText(err));
                return Fd();
            }
            cur = Fd(next);
        }
        return cur;
    }

    /// Removes an existing non-directory in the way; refuses to replace a directory by
    /// a non-directory or the reverse.
    /// `keep` set: the existing non-directory stays (a regular file replaces it by a
    /// rename once complete). `*skip` set: the user chose to leave it.
    bool makeRoom(int parent, const QByteArray &rel, const QByteArray &leaf, bool wantDir, bool keep, bool *existsAsDir,
                  bool *skip, QString *why)
    {
        struct stat st;
        *existsAsDir = false;
        *skip = false;
        if (::fstatat(parent, leaf.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return true;
        if (S_ISDIR(st.st_mode)) {
            if (!wantDir) {
                *why = tr("a folder of that name is already there and is not replaced by a file");
                return false;
            }
            *existsAsDir = true;
            return true;
        }
        if (wantDir) {
            *why = tr("a file of that name is already there and is not replaced by a folder");
            return false;
        }
        if (m_options.replaceExisting && !m_options.replaceExisting(QFile::decodeName(rel))) {
            *skip = true;
            return false;
        }
        if (keep)
            return true;
        if (::unlinkat(parent, leaf.constData(), 0) != 0) {
            *why = tr("the existing file cannot be replaced (%1)").arg(errnoText(errno));
            return false;
        }
        return true;
    }

    void refuse(const QByteArray &raw, const QString &why) { m_report.refused.append({QFile::decodeName(raw), why}); }

    Result<ExtractReport> run(struct archive *a, const std::function<bool()> &canceled, ArchiveSource &src)
    {
        struct archive_entry *e = nullptr;
        for (;;) {
            if (canceled && canceled())
                return fail(tr("The copy was canceled."), EngineError::Kind::Canceled);
            const int r = archive_read_next_header(a, &e);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return fail(src.failed ? tr("The archive stopped before its end.")
                                       : tr("The archive is damaged: %1").arg(QString::fromLocal8Bit(archive_error_string(a))));
            const QByteArray raw(archive_entry_pathname(e) ? archive_entry_pathname(e) : "");
            QString why;
            const QByteArray rel = localName(raw, &why);
            if (rel.isEmpty()) {
                refuse(raw, why);
                continue;
            }
            if (auto ok = entry(a, e, raw, rel, canceled); !ok)
                return std::unexpected(ok.error());
        }
        // Directories last: their times change while they fill, and a read-only one
        // must still take its contents.
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it) {
            QByteArray leaf;
            QString why;
            Fd parent = it->path == "." ? Fd(::dup(m_root)) : openParent(it->path, &leaf, &why);
            if (parent.fd < 0)
                continue;
            const char *name = it->path == "." ? "." : leaf.constData();
            ::fchmodat(parent.fd, name, it->mode, 0);
            ::utimensat(parent.fd, name, it->times, AT_SYMLINK_NOFOLLOW);
        }
        return m_report;
    }

private:
    Result<ExtractReport> fail(const QString &message, EngineError::Kind kind = EngineError::Kind::Other)
    {
        return std::unexpected(EngineError::make(kind, message));
    }

    Result<Done> entry(struct archive *a, struct archive_entry *e, const QByteArray &raw, const QByteArray &rel,
                       const std::function<bool()> &canceled)
    {
        const mode_t type = archive_entry_filetype(e);
        const mode_t perm = archive_entry_perm(e) & 0777; // no setuid, setgid, sticky
        struct timespec times[2];
        times[0].tv_sec = times[1].tv_sec = archive_entry_mtime(e);
        times[0].tv_nsec = times[1].tv_nsec = archive_entry_mtime_nsec(e);
        const char *hardlink = archive_entry_hardlink(e);

        if (type == AE_IFDIR && rel == ".") {
            m_dirs.append({rel, mode_t(archive_entry_perm(e) & 0777), {times[0], times[1]}});
            ++m_report.directories;
            return Done{};
        }
        if (rel == ".") {
            refuse(raw, tr("it would replace the destination folder itself"));
            return Done{};
        }
        if (!hardlink && type != AE_IFDIR && type != AE_IFREG && type != AE_IFLNK) {
            refuse(raw, tr("device files, fifos and sockets are not recreated on this computer"));
            return Done{};
        }
        QByteArray leaf;
        QString why;
        Fd parent = openParent(rel, &leaf, &why);
        if (parent.fd < 0) {
            refuse(raw, why);
            return Done{};
        }
        bool existsAsDir = false;
        bool skip = false;
        if (!makeRoom(parent.fd, rel, leaf, type == AE_IFDIR && !hardlink, type == AE_IFREG && !hardlink, &existsAsDir, &skip, &why)) {
            if (skip)
                ++m_report.skipped;
            else
                refuse(raw, why);
            return Done{};
        }
        if (hardlink) {
            QString whyTarget;
            const QByteArray target = localName(QByteArray(hardlink), &whyTarget);
            if (target.isEmpty() || !m_written.contains(target)) {
                refuse(raw, tr("it is a hard link to “%1”, which is not a file of this copy").arg(QFile::decodeName(hardlink)));
                return Done{};
            }
            QByteArray targetLeaf;
            Fd targetParent = openParent(target, &targetLeaf, &why);
            if (targetParent.fd < 0 || ::linkat(targetParent.fd, targetLeaf.constData(), parent.fd, leaf.constData(), 0) != 0) {
                refuse(raw, targetParent.fd < 0 ? why : tr("the hard link cannot be made (%1)").arg(errnoText(errno)));
                return Done{};
            }
            m_written.insert(rel);
            ++m_report.links;
            return Done{};
        }
        m_written.remove(rel); // whatever it was, it is no longer a file this copy wrote
        switch (type) {
        case AE_IFDIR:
            if (!existsAsDir && ::mkdirat(parent.fd, leaf.constData(), 0700) != 0) {
                refuse(raw, tr("the folder cannot be created (%1)").arg(errnoText(errno)));
                return Done{};
            }
            m_dirs.append({rel, perm, {times[0], times[1]}});
            ++m_report.directories;
            return Done{};
        case AE_IFLNK: {
            const char *target = archive_entry_symlink(e);
            if (!target || ::symlinkat(target, parent.fd, leaf.constData()) != 0) {
                refuse(raw, tr("the symbolic link cannot be created (%1)").arg(errnoText(errno)));
                return Done{};
            }
            ::utimensat(parent.fd, leaf.constData(), times, AT_SYMLINK_NOFOLLOW);
            ++m_report.links;
            return Done{};
        }
        default:
            break;
        }
        // A regular file: written new under a temporary name (never opened through a
        // link, never an existing file), renamed over its place once complete.
        QByteArray temp;
        Fd out;
        for (int attempt = 0; out.fd < 0 && attempt < 16; ++attempt) {
            temp = "." + leaf.left(100) + ".cais-partial-" + QByteArray::number(QRandomGenerator::global()->generate(), 36);
            out = Fd(::openat(parent.fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
            if (out.fd < 0 && errno != EEXIST)
                break;
        }
        if (out.fd < 0) {
            refuse(raw, tr("the file cannot be created (%1)").arg(errnoText(errno)));
            return Done{};
        }
        auto removePartial = qScopeGuard([&] { ::unlinkat(parent.fd, temp.constData(), 0); });
        const void *buf = nullptr;
        size_t len = 0;
        la_int64_t offset = 0;
        for (;;) {
            if (canceled && canceled())
                return std::unexpected(EngineError::make(EngineError::Kind::Canceled, tr("The copy was canceled.")));
            const int r = archive_read_data_block(a, &buf, &len, &offset);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN)
                return std::unexpected(EngineError::make(EngineError::Kind::Other,
                    tr("The archive stopped in the middle of “%1”: %2").arg(QFile::decodeName(raw), QString::fromLocal8Bit(archive_error_string(a)))));
            const char *p = static_cast<const char *>(buf);
            while (len > 0) {
                const ssize_t n = ::pwrite(out.fd, p, len, off_t(offset));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    return std::unexpected(EngineError::make(EngineError::Kind::Other,
                        tr("Cais could not write “%1” (%2). Check the free space and permissions of the destination.")
                            .arg(QFile::decodeName(rel), errnoText(errno))));
                p += n;
                len -= size_t(n);
                offset += n;
                m_report.bytes += n;
            }
        }
        if (::ftruncate(out.fd, off_t(archive_entry_size(e))) != 0 || ::fchmod(out.fd, perm) != 0)
            return std::unexpected(EngineError::make(EngineError::Kind::Other,
                tr("Cais could not finish “%1” (%2).").arg(QFile::decodeName(rel), errnoText(errno))));
        ::futimens(out.fd, times);
        if (::renameat(parent.fd, temp.constData(), parent.fd, leaf.constData()) != 0) {
            refuse(raw, tr("the file cannot be put in its place (%1)").arg(errnoText(errno)));
            return Done{};
        }
        removePartial.dismiss();
        m_written.insert(rel);
        ++m_report.files;
        if (m_options.progress)
            m_options.progress(m_report.files, m_report.bytes);
        return Done{};
    }

    int m_root;
    SafeExtractor::Options m_options;
    ExtractReport m_report;
    QList<DirFixup> m_dirs;
    QSet<QByteArray> m_written;
};

} // namespace

Result<ExtractReport> SafeExtractor::extract(const QString &destination, const Source &source, const Options &options,
                                             const std::function<bool()> &canceled)
{
    Fd root(::open(QFile::encodeName(destination).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (root.fd < 0) {
        const int err = errno;
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("The folder “%1” cannot be opened to copy into it (%2).").arg(destination, errnoText(err))));
    }
    struct archive *a = archive_read_new();
    if (!a)
        return std::unexpected(EngineError::make(EngineError::Kind::Other, tr("Cais could not start reading the archive (out of memory).")));
    const auto freeArchive = qScopeGuard([a] { archive_read_free(a); });
    archive_read_support_format_tar(a);
    ArchiveSource src{&source, {}, false};
    if (archive_read_open(a, &src, nullptr, &readCallback, nullptr) != ARCHIVE_OK)
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("The archive cannot be read: %1").arg(QString::fromLocal8Bit(archive_error_string(a)))));
    Extraction x(root.fd, options);
    return x.run(a, canceled, src);
}

Result<ExtractReport> SafeExtractor::extractFile(const QString &tarPath, const QString &destination, const Options &options)
{
    QFile f(tarPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("The archive “%1” cannot be opened (%2).").arg(tarPath, f.errorString())));
    const Source source = [&f](bool *failed) {
        const QByteArray chunk = f.read(64 * 1024);
        *failed = f.error() != QFileDevice::NoError;
        return chunk;
    };
    return extract(destination, source, options);
}
