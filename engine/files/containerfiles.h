#pragma once

#include "copyrules.h"
#include "engineerror.h"
#include "safeextract.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <condition_variable>
#include <mutex>
#include <memory>
#include <optional>
#include <thread>

class Engine;
class Reply;
class BuildContextStream;

struct CopyOptions
{
    bool followLink = false; ///< docker cp -L: copy what a symlink source points at
    bool keepOwner = false;  ///< docker cp -a: into a container, files take the container user's uid/gid
    /// Before a file replaces an existing file at the destination, the job emits
    /// CopyJob::conflict and waits for answerConflict(). Off: replaced, as docker cp does.
    bool askBeforeReplacing = false;
};

struct CopyReport
{
    QString destination; ///< the folder the archive went into
    qint64 bytes = 0;    ///< archive bytes moved
    qint64 entries = 0;  ///< files written (host) or sent
    qint64 skipped = 0;  ///< existing files left in place because the user said skip
    QList<RefusedEntry> refused; ///< entries not written to the host, and why
};

/// One entry of a container directory, as `ls -l` shows it.
struct ContainerFileEntry
{
    enum class Type { File, Directory, Symlink, Other };
    QString name;
    Type type = Type::File;
    quint32 mode = 0; ///< st_mode: file type and permission bits
    qint64 size = 0;
    qint64 uid = -1;
    qint64 gid = -1;
    QString owner; ///< user name where the container knows it (exec listing), else empty
    QString group;
    QDateTime modified;
    QString linkTarget;
    QString error; ///< why the entry could not be read; empty when it could

    /// "drwxr-xr-x", "-rwsr-xr-x", "lrwxrwxrwx" as ls -l.
    static QString modeString(quint32 mode);
    bool operator==(const ContainerFileEntry &) const = default;
};

/// A directory's entries and how they were read.
struct DirectoryListing
{
    enum class Method {
        Exec,    ///< a small shell script in the running container: one request, no contents
        Archive, ///< GET /archive of the folder: every byte below it travels, only headers are kept
    };
    QString path;
    Method method = Method::Exec;
    QList<ContainerFileEntry> entries; ///< sorted by name
};

// GCC 14 at -O3 (the benchmark build) vectorises the copy of the two flags below
// inside std::expected<FileContents, EngineError> and then warns, on the error path
// where no FileContents exists, that they "may be used uninitialized": a false
// positive that -Werror turns into a failed build. The warning points at this class.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
/// The start of a container file, for a read-only viewer.
struct FileContents
{
    QString path;
    qint64 size = 0;        ///< the whole file's size
    QByteArray data;        ///< at most the limit asked for
    bool truncated = false; ///< the file is larger than data
    bool binary = false;    ///< NUL bytes or text that is not UTF-8: not shown as text
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/// One copy in progress: ends with finished() once, then result() holds the outcome.
/// Memory stays bounded whatever the size: the archive flows through queues of a
/// few MiB and the engine's connection is paused while they are full.
class CopyJob : public QObject
{
    Q_OBJECT
public:
    enum class Answer { Replace, Skip };

    ~CopyJob() override;
    bool isFinished() const { return m_finished; }
    const Result<CopyReport> &result() const { return m_result; }
    /// Stops the copy. Nothing half-written is left under a real name: on the host a
    /// file is written under a temporary name and renamed once complete; into a
    /// container the archive ends after the file being sent when little of it is
    /// left, otherwise the partial file is removed (running container) or named in
    /// the error (a stopped one cannot be changed but by a copy). Ends in Canceled.
    void cancel();
    /// The reply to conflict(): replace or skip that file, and with `applyToAll`
    /// every later one of this copy the same way.
    void answerConflict(Answer answer, bool applyToAll = false);
    /// Files and archive bytes to move, when known before the copy (from the host);
    /// 0 when the source is a container (its size is only known as it comes).
    qint64 totalFiles() const { return m_totalFiles; }
    qint64 totalBytes() const { return m_totalBytes; }
    qint64 bytesDone() const { return m_bytes; }
    qint64 filesDone() const { return m_entries; }
    /// The most archive bytes ever waiting between the engine and the consumer.
    qint64 peakQueuedBytes() const { return m_peak; }

    /// For the worker thread: the next inbound chunk (blocks), resuming the engine's
    /// stream once the queue has drained to half.
    QByteArray take();
    bool inboundAborted() const { return m_in && m_in->aborted(); }

    /// For worker threads: asks the user through conflict() and waits; Skip when canceled.
    Answer ask(const QString &path);
    /// For worker threads: what is at `path` in container `id` (a HEAD on the job's thread).
    enum class Existing { Nothing, File, Directory };
    Existing existingInContainer(const QString &id, const QString &path);
    /// For the worker re-archiving into a container, to know after a cut which file
    /// the engine may have left incomplete: a file's destination and where it lies in
    /// the outbound archive, noted three times: its header's start before the header
    /// (`content` false, end -1), its content's start (end -1) and its content's end.
    void noteSent(const QString &path, qint64 start, qint64 end, bool content = true);

Q_SIGNALS:
    /// Archive bytes and files moved so far.
    void progress(qint64 bytes, qint64 files);
    /// A file of the copy would replace the existing `path` (at the destination):
    /// answer with answerConflict(). Only with CopyOptions::askBeforeReplacing.
    void conflict(const QString &path);
    void finished();

private:
    friend class ContainerFiles;
    explicit CopyJob(Engine *engine, QObject *parent);
    void finish(Result<CopyReport> result);
    void fail(const EngineError &error) { finish(std::unexpected(error)); }
    /// GET /containers/{id}/archive?path=PATH, its bytes fed into m_in (see feed()).
    Reply *fetchArchive(Engine *engine, const QString &containerId, const QString &path);
    void feed(Reply *reply); ///< archive bytes of a GET into m_in, pausing the reply while it is full
    void stopWorker();
    void wakeWorker();
    void emitProgress();

    QPointer<Engine> m_engine;
    QPointer<Reply> m_get;
    QPointer<Reply> m_put;
    std::unique_ptr<ByteQueue> m_in;
    QPointer<QueueDevice> m_out;
    std::thread m_worker;
    std::atomic_bool m_canceled = false;
    std::atomic_bool m_paused = false;
    bool m_finished = false;
    qint64 m_bytes = 0;
    qint64 m_peak = 0;
    std::atomic<qint64> m_entries = 0; ///< written by the worker thread
    /// A file sent into a container: its destination path and where its bytes lie in
    /// the outbound archive (end -1 while it is being written). Guarded by m_waitMutex.
    struct Sent
    {
        QString path;
        qint64 start;
        qint64 end;
        bool content; ///< start is where the content begins (else where the header does)
    };
    std::deque<Sent> m_sent;
    /// Container files the engine has begun and not finished when the PUT is cut
    /// after `delivered` bytes of the archive.
    QStringList partialFiles(qint64 delivered);
    QPointer<BuildContextStream> m_stream; ///< host -> container: the tar being sent
    QString m_putFolder;                     ///< host -> container: where it goes
    QString m_putContainer;
    bool m_cancelRequested = false;
    qint64 m_totalFiles = 0;
    qint64 m_totalBytes = 0;
    // A worker waiting for the job's thread (a conflict answer, a stat).
    std::mutex m_waitMutex;
    std::condition_variable m_waitCv;
    std::optional<Answer> m_answer;
    std::optional<Answer> m_answerForAll;
    quint64 m_waitTicket = 0; ///< bumps when a wait is answered
    CopyReport m_report;
    Result<CopyReport> m_result = std::unexpected(EngineError());
};

/// Files of containers: stat, and copies in, out and between them with docker cp's rules.
class ContainerFiles
{
    Q_DECLARE_TR_FUNCTIONS(ContainerFiles)
public:
    explicit ContainerFiles(Engine *engine);

    /// HEAD /containers/{id}/archive: the path's stat, or nullopt when it does not exist.
    QFuture<Result<std::optional<ContainerPathStat>>> stat(const QString &id, const QString &path) const;

    /// docker cp HOSTPATH ID:PATH
    CopyJob *copyToContainer(const QString &hostPath, const QString &id, const QString &path, const CopyOptions &options = {},
                             QObject *parent = nullptr) const;
    /// docker cp ID:PATH HOSTPATH, extracted safely (SafeExtractor).
    CopyJob *copyFromContainer(const QString &id, const QString &path, const QString &hostPath, const CopyOptions &options = {},
                               QObject *parent = nullptr) const;
    /// What docker cp cannot do in one step: one container's archive streamed into another's.
    CopyJob *copyBetween(const QString &sourceId, const QString &sourcePath, const QString &destinationId,
                         const QString &destinationPath, const CopyOptions &options = {}, QObject *parent = nullptr) const;

    /// Lists one directory (not recursive). With `preferExec`, through exec in the
    /// running container (falls back to the archive when there is no shell or the
    /// container is not running); otherwise through the archive's tar headers.
    QFuture<Result<DirectoryListing>> listDirectory(const QString &id, const QString &path, bool preferExec = true) const;
    /// The first `maxBytes` of a regular file, read from the engine's archive of it
    /// (works on stopped containers); the rest of the stream is dropped.
    QFuture<Result<FileContents>> readFile(const QString &id, const QString &path, qint64 maxBytes) const;
    /// Runs `argv` in the running container (exec, no shell: names are never parsed):
    /// mkdir, rm -r, mv. The error says what the command printed.
    QFuture<Result<QByteArray>> run(const QString &id, const QStringList &argv) const;
    /// Whether bytes look like text: no NUL, valid UTF-8 (a character cut at the end is allowed).
    static bool looksBinary(const QByteArray &data, bool truncated);

    /// The exec command of a listing, and the parser of its output (pure).
    static QStringList execListingCommand(const QString &path);
    static Result<QList<ContainerFileEntry>> parseExecListing(const QByteArray &output);

    /// The host side's CopyInfoDestinationPath (follows symlinks, parent must exist).
    static Result<CopyRules::CopyInfo> hostDestination(const QString &path);
    /// The host side's CopyInfoSourcePath.
    static Result<CopyRules::CopyInfo> hostSource(const QString &path, bool followLink);

private:
    QPointer<Engine> m_engine;
};
