#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <optional>
#include <memory>
#include <thread>

class ByteQueue;
class Engine;
class QFile;
class Reply;

/// What an image archive transfer did.
struct ArchiveReport
{
    QString path;           ///< the host file
    qint64 engineBytes = 0; ///< bytes that went to or came from the engine
    qint64 fileBytes = 0;   ///< bytes of the host file (compressed, for a .tar.gz)
    QStringList loaded;     ///< load: the names (or IDs, for images without one) the engine loaded
    QString imageId;        ///< import: the new image's ID
};

/// `docker import`'s options: the new image's name, its message and the Dockerfile
/// instructions (ImageChanges::parse) that set its configuration.
struct ImportOptions
{
    QString reference; ///< empty: an image without a name
    QString message;
    QStringList changes;
};

/// One streamed transfer between a file on this machine and the engine:
/// - save: `GET /images/get?names=...` (docker save) into a .tar, or a .tar.gz that
///   Cais compresses as it writes;
/// - export: `GET /containers/{id}/export` (docker export) likewise;
/// - load: a .tar or compressed tar sent to `POST /images/load` (docker load);
/// - import: a tar (compressed or not) sent to `POST /images/create?fromSrc=-`
///   (docker import), with a name, message and changes.
///
/// Memory stays constant whatever the size: downloads flow through a queue of a few
/// MiB to a writer thread (which compresses and writes), and the engine's connection is
/// paused while the queue is full; uploads are read from the file as the socket drains.
/// A file is written under a temporary name beside its place and renamed only once
/// complete, so a cancel or an error leaves no file behind (and an existing file
/// untouched). It ends with finished() exactly once; result() then holds the outcome.
class ArchiveTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Save, Export, Load, Import };
    Q_ENUM(Kind)
    enum class Compression { None, Gzip };
    /// Transferring: bytes move; Processing: everything is sent and the engine works
    /// (a load or an import reads what it got); Done.
    enum class Stage { Transferring, Processing, Done };
    Q_ENUM(Stage)

    /// docker save NAMES -o PATH. `names`: references or image IDs.
    static ArchiveTransfer *save(Engine *engine, const QStringList &names, const QString &path, QObject *parent = nullptr);
    /// docker export CONTAINER -o PATH.
    static ArchiveTransfer *exportContainer(Engine *engine, const QString &container, const QString &path, QObject *parent = nullptr);
    /// docker load -i PATH.
    static ArchiveTransfer *load(Engine *engine, const QString &path, QObject *parent = nullptr);
    /// docker import PATH [REFERENCE] with a message and changes.
    static ArchiveTransfer *import(Engine *engine, const QString &path, const ImportOptions &options, QObject *parent = nullptr);
    ~ArchiveTransfer() override;

    /// Sends the request (checks that fail end the transfer at once, with a sentence).
    void start();
    /// Stops the transfer; ends in Canceled unless already finished. Nothing is left
    /// of a file being written. A load or an import canceled while the engine still
    /// receives the archive stops there, and the engine creates no image.
    void cancel();

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Done; }
    const Result<ArchiveReport> &result() const { return m_result; }
    /// Bytes moved to or from the engine so far.
    qint64 bytesDone() const { return m_engineBytes; }
    /// The size of the file being sent (load, import); 0 when unknown (save, export).
    qint64 bytesTotal() const { return m_total; }
    /// Bytes written to the file so far (save, export).
    qint64 fileBytes() const { return m_fileBytes.load(); }
    /// The most bytes ever waiting between the engine and the file.
    qint64 peakQueuedBytes() const { return m_peak; }

    /// Gzip for names ending in .gz or .tgz, else none.
    static Compression compressionFor(const QString &path);
    /// Why `path` cannot be written (save, export), or nothing: an absolute path whose
    /// folder exists and is writable, and that is not a folder itself.
    static Result<Compression> checkDestination(const QString &path);
    /// Why `path` cannot be sent (load, import), or its size: a readable, non-empty file
    /// that starts as a tar or a compressed stream (gzip, bzip2, xz, zstd) does.
    static Result<qint64> checkSource(const QString &path);
    /// The names a load reports, from the lines of its answer ("Loaded image: x",
    /// "Loaded image ID: sha256:..."; Podman joins several with commas).
    static QStringList loadedNames(const QByteArray &body);

Q_SIGNALS:
    /// Bytes moved so far (and, for an upload, out of `total`). At most every 100 ms,
    /// and once at the end.
    void progress(qint64 done, qint64 total);
    void stageChanged(ArchiveTransfer::Stage stage);
    void finished();

private:
    ArchiveTransfer(Kind kind, Engine *engine, const QString &path, QObject *parent);
    void startDownload(const QByteArray &target);
    void startUpload(const QByteArray &target);
    void onDownloadData(const QByteArray &chunk);
    void onUploadFinished();
    /// The writer thread: takes chunks from the queue, compresses them when asked,
    /// writes them; commits the file at the end or discards it. Returns an error text.
    QString writeFile();
    QByteArray take();
    void writerDone(const QString &error);
    void emitProgress(bool force = false);
    void setStage(Stage stage);
    void finish(Result<ArchiveReport> result);
    void fail(const EngineError &error) { finish(std::unexpected(error)); }
    EngineError explain(const EngineError &error) const;

    Kind m_kind;
    QPointer<Engine> m_engine;
    QString m_path;
    Compression m_compression = Compression::None;
    QStringList m_names;      ///< save
    QString m_container;      ///< export
    ImportOptions m_import;   ///< import
    Stage m_stage = Stage::Transferring;
    QPointer<Reply> m_reply;
    std::unique_ptr<QFile> m_source;  ///< upload
    std::unique_ptr<ByteQueue> m_queue; ///< download
    std::thread m_writer;
    std::atomic_bool m_paused = false;
    std::atomic<qint64> m_fileBytes = 0;
    bool m_writerRunning = false;
    std::optional<EngineError> m_replyError;
    bool m_canceled = false;
    qint64 m_engineBytes = 0;
    qint64 m_total = 0;
    qint64 m_peak = 0;
    QElapsedTimer m_lastProgress;
    ArchiveReport m_report;
    Result<ArchiveReport> m_result = std::unexpected(EngineError());
};
