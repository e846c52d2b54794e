#include "imagearchive.h"

#include "engine.h"
#include "logging.h"
#include "reference.h"
#include "reply.h"
#include "safeextract.h"
#include "streamdecoders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>
#include <QUrlQuery>

#include <archive.h>
#include <archive_entry.h>

namespace {

constexpr int kProgressIntervalMs = 100;

/// A file being sent that counts what the connection has read of it.
class SourceFile : public QFile
{
public:
    SourceFile(const QString &path, std::function<void(qint64)> onRead) : QFile(path), m_onRead(std::move(onRead)) { }

protected:
    qint64 readData(char *data, qint64 maxlen) override
    {
        const qint64 n = QFile::readData(data, maxlen);
        if (n > 0)
            m_onRead(n);
        return n;
    }

private:
    std::function<void(qint64)> m_onRead;
};

la_ssize_t writeToSaveFile(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(client);
    const qint64 n = file->write(static_cast<const char *>(buffer), qint64(length));
    return n == qint64(length) ? la_ssize_t(n) : -1;
}

/// The message of an error line of a JSON stream ({"errorDetail":{"message":...},"error":...}).
QString streamError(const QJsonObject &o)
{
    QString m = o.value(QLatin1String("errorDetail")).toObject().value(QLatin1String("message")).toString();
    if (m.isEmpty())
        m = o.value(QLatin1String("error")).toString();
    return m;
}

QString familiarName(const QString &name)
{
    const auto ref = Reference::parseNormalized(name);
    return ref ? ref->familiar() : name;
}

} // namespace

ArchiveTransfer::ArchiveTransfer(Kind kind, Engine *engine, const QString &path, QObject *parent)
    : QObject(parent), m_kind(kind), m_engine(engine), m_path(path)
{
    m_report.path = path;
}

ArchiveTransfer::~ArchiveTransfer()
{
    m_canceled = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    if (m_queue)
        m_queue->abort();
    if (m_writer.joinable())
        m_writer.join();
}

ArchiveTransfer *ArchiveTransfer::save(Engine *engine, const QStringList &names, const QString &path, QObject *parent)
{
    auto *t = new ArchiveTransfer(Kind::Save, engine, path, parent);
    t->m_names = names;
    return t;
}

ArchiveTransfer *ArchiveTransfer::exportContainer(Engine *engine, const QString &container, const QString &path, QObject *parent)
{
    auto *t = new ArchiveTransfer(Kind::Export, engine, path, parent);
    t->m_container = container;
    return t;
}

ArchiveTransfer *ArchiveTransfer::load(Engine *engine, const QString &path, QObject *parent)
{
    return new ArchiveTransfer(Kind::Load, engine, path, parent);
}

ArchiveTransfer *ArchiveTransfer::import(Engine *engine, const QString &path, const ImportOptions &options, QObject *parent)
{
    auto *t = new ArchiveTransfer(Kind::Import, engine, path, parent);
    t->m_import = options;
    return t;
}

ArchiveTransfer::Compression ArchiveTransfer::compressionFor(const QString &path)
{
    return path.endsWith(u".gz", Qt::CaseInsensitive) || path.endsWith(u".tgz", Qt::CaseInsensitive) ? Compression::Gzip
                                                                                                      : Compression::None;
}

Result<ArchiveTransfer::Compression> ArchiveTransfer::checkDestination(const QString &path)
{
    auto refuse = [](const QString &text) { return std::unexpected(EngineError::make(EngineError::Kind::Other, text)); };
    if (path.trimmed().isEmpty())
        return refuse(tr("Choose the file to write."));
    const QFileInfo fi(path);
    if (!fi.isAbsolute())
        return refuse(tr("“%1” is not a full path. Choose the file with Browse, or type a path that starts with /.").arg(path));
    if (fi.isDir())
        return refuse(tr("“%1” is a folder. Type a file name after it, such as %2.").arg(path, QDir(path).filePath(QStringLiteral("images.tar"))));
    const QFileInfo dir(fi.absolutePath());
    if (!dir.exists())
        return refuse(tr("The folder “%1” does not exist. Create it first, or choose another one.").arg(dir.filePath()));
    if (!dir.isDir())
        return refuse(tr("“%1” is not a folder.").arg(dir.filePath()));
    if (!dir.isWritable())
        return refuse(tr("You may not write in the folder “%1”. Choose another one.").arg(dir.filePath()));
    if (fi.exists() && !fi.isWritable())
        return refuse(tr("“%1” exists and may not be replaced (it is read-only).").arg(path));
    return compressionFor(path);
}

Result<qint64> ArchiveTransfer::checkSource(const QString &path)
{
    auto refuse = [](const QString &text) { return std::unexpected(EngineError::make(EngineError::Kind::Other, text)); };
    if (path.trimmed().isEmpty())
        return refuse(tr("Choose the archive to read."));
    const QFileInfo fi(path);
    if (!fi.exists())
        return refuse(tr("“%1” does not exist.").arg(path));
    if (fi.isDir())
        return refuse(tr("“%1” is a folder, not an archive. Choose a .tar or .tar.gz file.").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(tr("Cais cannot read “%1”: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(512);
    if (head.isEmpty())
        return refuse(tr("“%1” is empty.").arg(path));
    const bool tar = head.size() >= 262 && head.mid(257, 5) == "ustar";
    const bool compressed = head.startsWith("\x1f\x8b") || head.startsWith("BZh") || head.startsWith("\xfd" "7zXZ")
        || head.startsWith("\x28\xb5\x2f\xfd");
    if (!tar && !compressed)
        return refuse(tr("“%1” is not a tar archive (nor a compressed one: gzip, bzip2, xz or zstd). "
                         "Choose a file made by docker save, podman save or docker export, or another tar.")
                          .arg(path));
    return f.size();
}

QStringList ArchiveTransfer::loadedNames(const QByteArray &body)
{
    QStringList names;
    JsonLinesDecoder decoder;
    QList<JsonLinesDecoder::Item> items = decoder.feed(body);
    items += decoder.finish();
    for (const auto &item : std::as_const(items)) {
        const QString line = item.object.value(QLatin1String("stream")).toString().trimmed();
        for (const QLatin1String prefix : {QLatin1String("Loaded image ID:"), QLatin1String("Loaded image:")}) {
            if (!line.startsWith(prefix))
                continue;
            for (const auto range = line.mid(prefix.size()).split(QLatin1Char(','), Qt::SkipEmptyParts); const QString &n : range)
                if (!names.contains(n.trimmed()))
                    names << n.trimmed();
            break;
        }
    }
    return names;
}

void ArchiveTransfer::start()
{
    if (m_stage == Stage::Done || m_reply || m_writerRunning)
        return;
    if (!m_engine) {
        fail(EngineError::make(EngineError::Kind::Other, tr("Not connected to an engine.")));
        return;
    }
    switch (m_kind) {
    case Kind::Save: {
        if (m_names.isEmpty()) {
            fail(EngineError::make(EngineError::Kind::Other, tr("Choose at least one image to save.")));
            return;
        }
        QUrlQuery q;
        for (const QString &n : std::as_const(m_names))
            q.addQueryItem(QStringLiteral("names"), Engine::queryValue(n));
        startDownload(m_engine->target(QStringLiteral("/images/get"), q));
        return;
    }
    case Kind::Export:
        startDownload(m_engine->target(QStringLiteral("/containers/%1/export").arg(m_container)));
        return;
    case Kind::Load: {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("quiet"), QStringLiteral("1"));
        startUpload(m_engine->target(QStringLiteral("/images/load"), q));
        return;
    }
    case Kind::Import: {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fromSrc"), QStringLiteral("-"));
        if (!m_import.reference.trimmed().isEmpty()) {
            const auto ref = Reference::parseTagTarget(m_import.reference.trimmed());
            if (!ref) {
                fail(ref.error());
                return;
            }
            const Reference tagged = ref->withDefaultTag();
            q.addQueryItem(QStringLiteral("repo"), tagged.name());
            q.addQueryItem(QStringLiteral("tag"), tagged.tag);
        }
        if (!m_import.message.isEmpty())
            q.addQueryItem(QStringLiteral("message"), Engine::queryValue(m_import.message));
        for (const QString &c : std::as_const(m_import.changes))
            q.addQueryItem(QStringLiteral("changes"), Engine::queryValue(c));
        startUpload(m_engine->target(QStringLiteral("/images/create"), q));
        return;
    }
    }
}

void ArchiveTransfer::startDownload(const QByteArray &target)
{
    const auto check = checkDestination(m_path);
    if (!check) {
        fail(check.error());
        return;
    }
    m_compression = *check;
    m_queue = std::make_unique<ByteQueue>(ByteQueue::kDefaultHighWater);
    m_lastProgress.start();

    HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.stream = true; // no first-byte timeout: Podman writes the whole archive to a temporary file first
    m_reply = m_engine->send(r);
    m_reply->setKeepBody(false);
    connect(m_reply, &Reply::dataReceived, this, &ArchiveTransfer::onDownloadData);
    connect(m_reply, &Reply::finished, this, [this] {
        if (m_queue)
            m_queue->finish();
    });
    connect(m_reply, &Reply::failed, this, [this](const EngineError &error) {
        m_replyError = error;
        if (m_queue)
            m_queue->abort();
    });
    m_writerRunning = true;
    m_writer = std::thread([this] {
        const QString error = writeFile();
        QMetaObject::invokeMethod(this, [this, error] { writerDone(error); }, Qt::QueuedConnection);
    });
}

void ArchiveTransfer::onDownloadData(const QByteArray &chunk)
{
    m_engineBytes += chunk.size();
    if (!m_queue->push(chunk))
        return; // the writer gave up: its error ends the transfer
    m_peak = std::max(m_peak, m_queue->backlog());
    if (m_queue->backlog() > m_queue->highWater() && !m_paused.exchange(true))
        m_reply->setReceivePaused(true);
    emitProgress();
}

QByteArray ArchiveTransfer::take()
{
    QByteArray chunk = m_queue->pop();
    // Drained enough: the engine may send again (taken back on the transfer's thread).
    if (m_paused && m_queue->backlog() < m_queue->highWater() / 2 && m_paused.exchange(false))
        QMetaObject::invokeMethod(this, [this] {
            if (m_reply)
                m_reply->setReceivePaused(false);
        }, Qt::QueuedConnection);
    return chunk;
}

QString ArchiveTransfer::writeFile()
{
    QSaveFile file(m_path);
    // Never write in place: an error or a cancel must leave what was there.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        m_queue->abort();
        return tr("Cais cannot write “%1”: %2").arg(m_path, file.errorString());
    }
    struct archive *gz = nullptr;
    struct archive_entry *entry = nullptr;
    const auto cleanup = qScopeGuard([&] {
        if (gz)
            archive_write_free(gz);
        if (entry)
            archive_entry_free(entry);
    });
    auto writeError = [&](const QString &why) {
        m_queue->abort();
        file.cancelWriting();
        return tr("Cais could not write “%1”: %2").arg(m_path, why);
    };
    if (m_compression == Compression::Gzip) {
        // libarchive's raw format with its gzip filter: a plain gzip stream of the tar.
        gz = archive_write_new();
        entry = archive_entry_new();
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_pathname(entry, "archive.tar");
        if (archive_write_add_filter_gzip(gz) != ARCHIVE_OK || archive_write_set_format_raw(gz) != ARCHIVE_OK
            || archive_write_set_bytes_per_block(gz, 0) != ARCHIVE_OK
            || archive_write_open2(gz, &file, nullptr, &writeToSaveFile, nullptr, nullptr) != ARCHIVE_OK
            || archive_write_header(gz, entry) != ARCHIVE_OK)
            return writeError(QString::fromLocal8Bit(archive_error_string(gz)));
    }
    for (;;) {
        const QByteArray chunk = take();
        if (chunk.isEmpty()) {
            if (m_queue->aborted()) {
                file.cancelWriting();
                return {}; // the reply's error (or the cancel) says why
            }
            break;
        }
        if (gz) {
            if (archive_write_data(gz, chunk.constData(), size_t(chunk.size())) < 0)
                return writeError(file.error() != QFileDevice::NoError ? file.errorString() : QString::fromLocal8Bit(archive_error_string(gz)));
        } else if (file.write(chunk) != chunk.size()) {
            return writeError(file.errorString());
        }
        m_fileBytes = file.pos();
    }
    if (gz && archive_write_close(gz) != ARCHIVE_OK)
        return writeError(file.error() != QFileDevice::NoError ? file.errorString() : QString::fromLocal8Bit(archive_error_string(gz)));
    m_fileBytes = file.pos();
    if (!file.commit())
        return tr("Cais could not write “%1”: %2").arg(m_path, file.errorString());
    return {};
}

void ArchiveTransfer::writerDone(const QString &error)
{
    if (m_writer.joinable())
        m_writer.join();
    m_writerRunning = false;
    if (m_stage == Stage::Done)
        return;
    if (m_canceled) {
        fail(EngineError::make(EngineError::Kind::Canceled, tr("Canceled. No file was written.")));
        return;
    }
    if (!error.isEmpty()) {
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
        }
        fail(EngineError::make(EngineError::Kind::Other, error));
        return;
    }
    if (m_replyError) {
        fail(explain(*m_replyError));
        return;
    }
    m_report.engineBytes = m_engineBytes;
    m_report.fileBytes = m_fileBytes;
    emitProgress(true);
    finish(m_report);
}

void ArchiveTransfer::startUpload(const QByteArray &target)
{
    const auto size = checkSource(m_path);
    if (!size) {
        fail(size.error());
        return;
    }
    m_total = *size;
    m_lastProgress.start();
    m_source = std::make_unique<SourceFile>(m_path, [this](qint64 n) {
        m_engineBytes += n;
        emitProgress();
        if (m_engineBytes >= m_total && m_stage == Stage::Transferring) {
            emitProgress(true);
            setStage(Stage::Processing);
        }
    });
    if (!m_source->open(QIODevice::ReadOnly)) {
        fail(EngineError::make(EngineError::Kind::Other, tr("Cais cannot read “%1”: %2").arg(m_path, m_source->errorString())));
        return;
    }
    HttpRequest r;
    r.method = "POST";
    r.target = target;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-tar")});
    r.bodyDevice = m_source.get();
    r.stream = true;
    m_reply = m_engine->send(r);
    connect(m_reply, &Reply::finished, this, &ArchiveTransfer::onUploadFinished);
    connect(m_reply, &Reply::failed, this, [this](const EngineError &error) {
        if (m_canceled)
            fail(EngineError::make(EngineError::Kind::Canceled, tr("Canceled.")));
        else
            fail(explain(error));
    });
}

void ArchiveTransfer::onUploadFinished()
{
    const QByteArray body = m_reply ? m_reply->body() : QByteArray();
    m_report.engineBytes = m_engineBytes;
    m_report.fileBytes = m_total;
    // An error that comes after the engine began its answer is a line of the stream.
    JsonLinesDecoder decoder;
    QList<JsonLinesDecoder::Item> items = decoder.feed(body);
    items += decoder.finish();
    QString lastStatus;
    for (const auto &item : std::as_const(items)) {
        const QString error = streamError(item.object);
        if (!error.isEmpty()) {
            EngineError e = EngineError::make(EngineError::Kind::Http, {}, error);
            e.httpStatus = 500;
            fail(explain(e));
            return;
        }
        const QString status = item.object.value(QLatin1String("status")).toString();
        if (!status.isEmpty())
            lastStatus = status;
    }
    if (m_kind == Kind::Load) {
        m_report.loaded = loadedNames(body);
        if (m_report.loaded.isEmpty()) {
            fail(EngineError::make(EngineError::Kind::Other,
                tr("The engine read “%1” but loaded no image: the archive holds none.").arg(QFileInfo(m_path).fileName()),
                QString::fromUtf8(body.trimmed().left(500))));
            return;
        }
    } else {
        // Docker ends with {"status":"sha256:..."}; Podman answers {"status":ID,"id":ID}.
        QString id = lastStatus.trimmed();
        if (!id.startsWith(u"sha256:") && id.size() == 64)
            id.prepend(u"sha256:");
        if (!id.startsWith(u"sha256:")) {
            fail(EngineError::make(EngineError::Kind::Protocol, tr("The engine imported the archive but did not say which image it made."),
                                   QString::fromUtf8(body.trimmed().left(500))));
            return;
        }
        m_report.imageId = id;
    }
    emitProgress(true);
    finish(m_report);
}

void ArchiveTransfer::cancel()
{
    if (m_stage == Stage::Done || m_canceled)
        return;
    m_canceled = true;
    if (m_queue)
        m_queue->abort();
    if (m_reply)
        m_reply->abort(); // an upload ends in its failed() handler
    if (!m_writerRunning && m_stage != Stage::Done)
        fail(EngineError::make(EngineError::Kind::Canceled, tr("Canceled.")));
}

void ArchiveTransfer::emitProgress(bool force)
{
    if (!force && m_lastProgress.isValid() && m_lastProgress.elapsed() < kProgressIntervalMs)
        return;
    m_lastProgress.restart();
    Q_EMIT progress(m_engineBytes, m_total);
}

void ArchiveTransfer::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ArchiveTransfer::finish(Result<ArchiveReport> result)
{
    if (m_stage == Stage::Done)
        return;
    if (!result)
        qCInfo(lcEngine) << "archive transfer" << m_kind << m_path << "failed:" << result.error().fullText();
    m_result = std::move(result);
    // The connection may still hold the file in this call chain.
    if (m_source)
        m_source.release()->deleteLater();
    setStage(Stage::Done);
    Q_EMIT finished();
}

EngineError ArchiveTransfer::explain(const EngineError &error) const
{
    if (error.kind == EngineError::Kind::Canceled || error.kind == EngineError::Kind::Other)
        return error;
    EngineError e = error;
    const QString m = error.engineMessage;
    const QString file = QFileInfo(m_path).fileName();
    switch (m_kind) {
    case Kind::Save: {
        QStringList names;
        for (const QString &n : m_names)
            names << familiarName(n);
        if (error.httpStatus == 404 || m.contains(u"does not exist") || m.contains(u"No such image") || m.contains(u"not known"))
            e.userMessage = tr("The engine has no image %1 (removed meanwhile?). Nothing was written.").arg(names.join(QLatin1String(", ")));
        else if (error.kind == EngineError::Kind::Http)
            e.userMessage = tr("The engine could not save %1. Nothing was written.").arg(names.join(QLatin1String(", ")));
        else
            e.userMessage = tr("The connection to the engine ended before the archive was complete. Nothing was written.");
        break;
    }
    case Kind::Export:
        if (error.httpStatus == 404)
            e.userMessage = tr("The container %1 no longer exists. Nothing was written.").arg(m_container.left(12));
        else if (error.kind == EngineError::Kind::Http)
            e.userMessage = tr("The engine could not export the container %1. Nothing was written.").arg(m_container.left(12));
        else
            e.userMessage = tr("The connection to the engine ended before the archive was complete. Nothing was written.");
        break;
    case Kind::Load:
        if (error.kind == EngineError::Kind::Http)
            e.userMessage = tr("The engine could not load “%1”. Is it an image archive made by docker save or podman save? "
                               "(A tar of files made by docker export is imported, not loaded.)")
                                .arg(file);
        else
            e.userMessage = tr("The connection to the engine ended while it read “%1”: nothing was loaded.").arg(file);
        break;
    case Kind::Import:
        if (error.kind == EngineError::Kind::Http)
            e.userMessage = tr("The engine could not import “%1” as an image. It takes a tar of files (as docker export writes), "
                               "plain or compressed.")
                                .arg(file);
        else
            e.userMessage = tr("The connection to the engine ended while it read “%1”: nothing was imported.").arg(file);
        break;
    }
    return e;
}
