#pragma once

#include "dockerignore.h"
#include "engineerror.h"

#include <QByteArray>
#include <QFuture>
#include <QIODevice>
#include <QList>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

/// One entry of a build context tar, as decided before sending.
struct BuildContextEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Fifo, CharDevice, BlockDevice };

    QString name;          ///< relative, '/'-separated; what the tar entry is called
    QByteArray rawName;    ///< the same as on disk (file names are bytes); empty: name in UTF-8
    QByteArray sourcePath; ///< absolute path on disk (local encoding); empty for inline data
    QByteArray inlineData; ///< the content when it does not come from disk (.dockerignore rewrite)
    bool isInline = false;
    Type type = Type::File;
    qint64 size = 0;       ///< bytes of content (File only)
    quint32 mode = 0;      ///< permission bits including setuid/setgid/sticky
    qint64 mtime = 0;      ///< seconds since the epoch
    qint64 uid = 0;        ///< owner on disk; written only with BuildContextPlan::keepOwners
    qint64 gid = 0;
    QByteArray linkTarget; ///< symlink target as stored, or the earlier entry's name for a Hardlink
    quint32 rdevMajor = 0, rdevMinor = 0;
};

/// What `docker build` would send for a context directory: the entries in order,
/// their totals, and the name under which the engine will find the Dockerfile.
struct BuildContextPlan
{
    QString contextDir;        ///< canonical (symlinks resolved), as the CLI uses it
    QString dockerfileName;    ///< for the `dockerfile` query parameter of POST /build
    bool dockerfileOutside = false;
    QList<BuildContextEntry> entries;
    qint64 fileCount = 0;      ///< regular files (hard links to earlier files not counted)
    qint64 totalBytes = 0;     ///< sum of their sizes
    QStringList skipped;       ///< entries tar cannot hold (sockets), as the CLI skips them
    QStringList patterns;      ///< the effective exclude patterns, with the CLI's additions
    bool forCopy = false;      ///< a docker cp source (scanTree): errors speak of copying
    /// The entries' uid/gid from the disk go into the tar (docker cp -a); otherwise 0.
    bool keepOwners = false;
};

struct BuildContextOptions
{
    QString contextDir;
    /// The Dockerfile: absolute, or relative to contextDir. Empty means
    /// "Dockerfile" in the context (or "dockerfile" when only that exists), as the CLI.
    QString dockerfile;
    /// Suffix of the name given to a Dockerfile outside the context
    /// (".dockerfile.<suffix>"); empty: 20 random hex digits, as the CLI.
    QString outsideDockerfileSuffix;
};

/// Decides, without GUI and without side effects, what a build context holds.
namespace BuildContext {

/// Walks the context like the docker CLI (ignore rules from .dockerignore, the
/// Dockerfile and .dockerignore always included, a Dockerfile outside the
/// context added under a generated name). Safe to call on any thread.
/// `canceled` is polled during the walk; when it returns true the scan stops
/// with a Canceled error.
Result<BuildContextPlan> scan(const BuildContextOptions &options, const std::function<bool()> &canceled = {});

/// The entries of one file or folder on the host as docker cp archives it
/// (TarResourceRebase): the source itself named `tarBase`, a folder's contents
/// under `tarBase/`, symlinks not followed. `sourcePath` is used as given.
Result<BuildContextPlan> scanTree(const QString &sourcePath, const QString &tarBase, const std::function<bool()> &canceled = {});

/// scan() on the global thread pool. Cancel the future to stop the walk.
/// Receive the result with `future.then(context, ...)`.
QFuture<Result<BuildContextPlan>> scanAsync(const BuildContextOptions &options);

} // namespace BuildContext

/// The tar stream of a BuildContextPlan, produced on demand: each read() makes
/// libarchive write a little more (a header, or up to kChunk bytes of a file)
/// into a small buffer, so memory stays bounded whatever the context's size.
/// Sequential; read() returns > 0 bytes while there is more. Once the archive is
/// complete the stream emits readChannelFinished() from the event loop; read()
/// returns 0 until then and -1 after. Hand it to HttpRequest::bodyDevice
/// (Content-Type application/x-tar).
///
/// Entries are written as ustar/pax with uid/gid 0 (or, with plan().keepOwners, the
/// owners read from the disk, for docker cp -a) and no user names, modes and
/// mtimes kept, symlinks stored as symlinks, like the docker CLI's context tar.
/// When a file cannot be read any more (removed, or changed type since the scan),
/// the stream emits failed() with a message naming it (also its errorString()),
/// appends a block that is no valid tar header (so that an engine which received
/// part of it rejects the context instead of building from a truncated one) and
/// read() returns -1 without readChannelFinished(): a read error to the sender.
class BuildContextStream : public QIODevice
{
    Q_OBJECT
public:
    static constexpr qint64 kChunk = 64 * 1024;

    explicit BuildContextStream(BuildContextPlan plan, QObject *parent = nullptr);
    ~BuildContextStream() override;

    /// Opens read-only and unbuffered (any other mode fails).
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

    const BuildContextPlan &plan() const { return m_plan; }
    /// The most bytes ever waiting in the stream's own buffer.
    qint64 peakBufferedBytes() const { return m_peak; }
    /// Tar bytes handed out so far.
    qint64 bytesSent() const { return m_sent; }
    /// Index of the entry being written (== plan().entries.size() when all are).
    qsizetype currentEntry() const { return m_index; }
    /// The regular file whose content a stream cut after `offset` bytes leaves
    /// incomplete (its header wholly before the cut, the end of its content after
    /// it: the receiver made the file and did not finish it), or -1 when the cut
    /// falls between files or inside a header. `offset` is at most bytesSent() and
    /// at most kCutWindow bytes behind it.
    qsizetype entryCutAt(qint64 offset) const;
    static constexpr qint64 kCutWindow = 8 * 1024 * 1024;
    /// Ends the archive after the entry being written, if no more than `maxLeft` of
    /// its bytes remain to be read (a cancel that leaves only complete files).
    /// False when more remain; nothing changes then.
    bool stopAtEntryBoundary(qint64 maxLeft);
    /// Entries were left out by stopAtEntryBoundary().
    bool stoppedEarly() const { return m_stopEarly && m_index < m_plan.entries.size(); }
    bool hasFailed() const { return m_error.kind != EngineError::Kind::None; }
    const EngineError &error() const { return m_error; }

Q_SIGNALS:
    void failed(const EngineError &error);

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *data, qint64 len) override;

private:
    struct Archive;
    bool produce();
    bool startArchive();
    bool writeHeader(const BuildContextEntry &entry);
    bool writeFileChunk();
    void finishEntry();
    void fail(const QString &message);
    void append(const char *data, qint64 len);

    BuildContextPlan m_plan;
    std::unique_ptr<Archive> m_archive;
    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    qsizetype m_index = 0;
    qint64 m_remaining = 0; ///< bytes of the current file still to write
    qint64 m_inlinePos = 0;
    QByteArray m_chunk;
    std::function<void(const char *, qint64)> m_appender; ///< libarchive's write callback target
    int m_fd = -1;
    qint64 m_peak = 0;
    qint64 m_sent = 0;
    qint64 m_produced = 0; ///< tar bytes made so far (handed out or buffered)
    /// Where the content of the regular files made lately lies in the tar.
    struct Span
    {
        qsizetype index;
        qint64 dataStart;
        qint64 dataEnd;
    };
    std::deque<Span> m_spans;
    bool m_started = false;
    bool m_stopEarly = false;
    bool m_finished = false;     ///< nothing more will be produced
    bool m_endAnnounced = false; ///< readChannelFinished() emitted
    EngineError m_error;
};
