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
};

struct CopyReport
{
    QString destination; ///< the folder the archive went into
    qint64 bytes = 0;    ///< archive bytes moved
    qint64 entries = 0;  ///< files written (host) or sent
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

/// One copy in progress: ends with finished() once, then result() holds the outcome.
/// Memory stays bounded whatever the size: the archive flows through queues of a
/// few MiB and the engine's connection is paused while they are full.
class CopyJob : public QObject
{
    Q_OBJECT
public:
    ~CopyJob() override;
    bool isFinished() const { return m_finished; }
    const Result<CopyReport> &result() const { return m_result; }
    /// Stops the copy; a file being written to the host is removed. Ends in Canceled.
    void cancel();
    /// The most archive bytes ever waiting between the engine and the consumer.
    qint64 peakQueuedBytes() const { return m_peak; }

    /// For the worker thread: the next inbound chunk (blocks), resuming the engine's
    /// stream once the queue has drained to half.
    QByteArray take();
    bool inboundAborted() const { return m_in && m_in->aborted(); }

Q_SIGNALS:
    void progress(qint64 bytes);
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
