#include "containerfiles.h"
#include "poolstart.h"

#include "buildcontext.h"
#include "engine.h"
#include "execsession.h"
#include "httpconnection.h"
#include "logging.h"
#include "reply.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QPromise>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrlQuery>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString archivePath(const QString &id)
{
    return u"/containers/" + id + u"/archive";
}

using StatResult = Result<std::optional<ContainerPathStat>>;

void statPath(Engine *engine, const QString &id, const QString &path, QObject *context, std::function<void(StatResult)> then)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), Engine::queryValue(path));
    Reply *reply = engine->head(archivePath(id), q);
    QObject::connect(reply, &Reply::finished, context, [reply, then] {
        auto s = ContainerPathStat::decode(reply->header("X-Docker-Container-Path-Stat"));
        then(s ? StatResult(std::optional(*s)) : StatResult(std::unexpected(s.error())));
    });
    QObject::connect(reply, &Reply::failed, context, [then](const EngineError &error) {
        if (error.httpStatus == 404)
            then(std::optional<ContainerPathStat>());
        else
            then(std::unexpected(error));
    });
}

/// The container destination as docker cp resolves it: a symlink is followed once;
/// stat errors mean "does not exist" (the PUT then says what is wrong).
void containerDestination(Engine *engine, const QString &id, const QString &path, QObject *context,
                          std::function<void(Result<CopyRules::CopyInfo>)> then)
{
    statPath(engine, id, path, context, [=](StatResult first) {
        auto conclude = [=](const QString &resolved, const StatResult &s) {
            CopyRules::CopyInfo info{resolved, false, false, {}};
            if (s && s->has_value()) {
                const ContainerPathStat &st = **s;
                if (!st.isDir() && !st.isRegular()) {
                    then(std::unexpected(EngineError::make(EngineError::Kind::Other,
                        ContainerFiles::tr("The destination “%1” in the container is neither a folder nor a regular file. Choose a folder or a file.")
                            .arg(path))));
                    return;
                }
                info.exists = true;
                info.isDir = st.isDir();
            }
            then(info);
        };
        if (first && first->has_value() && (*first)->isSymlink()) {
            const QString target = CopyRules::resolveLinkTarget(path, (*first)->linkTarget);
            statPath(engine, id, target, context, [=](StatResult second) { conclude(target, second); });
            return;
        }
        conclude(path, first);
    });
}

/// -L on a container source: a symlink is replaced by its target, keeping the requested name.
void containerSource(Engine *engine, const QString &id, const QString &path, bool followLink, QObject *context,
                     std::function<void(Result<CopyRules::CopyInfo>)> then)
{
    statPath(engine, id, path, context, [=](StatResult s) {
        if (!s) {
            then(std::unexpected(s.error()));
            return;
        }
        if (!s->has_value()) {
            then(std::unexpected(EngineError::make(EngineError::Kind::Other,
                ContainerFiles::tr("“%1” does not exist in the container. Check the path (names are case-sensitive).").arg(path),
                QStringLiteral("Could not find the file %1 in container").arg(path))));
            return;
        }
        if (followLink && (*s)->isSymlink()) {
            const auto [resolved, rebase] = CopyRules::rebaseName(path, CopyRules::resolveLinkTarget(path, (*s)->linkTarget));
            statPath(engine, id, resolved, context, [=](StatResult t) {
                if (!t || !t->has_value()) {
                    then(std::unexpected(EngineError::make(EngineError::Kind::Other,
                        ContainerFiles::tr("The symbolic link “%1” points at “%2”, which does not exist in the container.").arg(path, resolved))));
                    return;
                }
                then(CopyRules::CopyInfo{resolved, true, (*t)->isDir(), rebase});
            });
            return;
        }
        then(CopyRules::CopyInfo{path, true, (*s)->isDir(), {}});
    });
}

EngineError explainCopy(const EngineError &error, const QString &where)
{
    EngineError e = error;
    if (error.kind != EngineError::Kind::Http)
        return e;
    const QString m = error.engineMessage;
    if (error.httpStatus == 404 && m.contains(u"No such container", Qt::CaseInsensitive))
        e.userMessage = ContainerFiles::tr("The container is gone. Refresh the list of containers.");
    else if (error.httpStatus == 404)
        e.userMessage = ContainerFiles::tr("“%1” does not exist in the container. Copying never creates missing folders: create it first.").arg(where);
    else if (m.contains(u"not a directory", Qt::CaseInsensitive))
        e.userMessage = ContainerFiles::tr("“%1” in the container is not a folder, so nothing can be copied into it.").arg(where);
    else if (m.contains(u"cannot overwrite", Qt::CaseInsensitive))
        e.userMessage = ContainerFiles::tr("A folder and a file of the same name would replace each other in “%1”; copying does not do that. Rename or remove one of them first.").arg(where);
    else if (error.httpStatus == 403 || m.contains(u"read-only", Qt::CaseInsensitive))
        e.userMessage = ContainerFiles::tr("The container does not allow writing to “%1” (a read-only file system or volume).").arg(where);
    return e;
}

struct Rebase
{
    bool on = false;
    QString oldBase, newBase;
};

/// docker cp's two renamings of a container archive composed into one: the -L name
/// (RebaseName), then PrepareArchiveCopy's.
Rebase composeRebase(const CopyRules::CopyInfo &src, const CopyRules::Prepared &prepared)
{
    const QString srcBase = CopyRules::splitPathDirEntry(src.path).second;
    if (prepared.rebase)
        return {true, src.rebaseName.isEmpty() ? prepared.oldBase : srcBase, prepared.newBase};
    if (!src.rebaseName.isEmpty())
        return {true, srcBase, src.rebaseName};
    return {};
}

/// libarchive's reader of a job's inbound archive (on the worker thread).
struct JobSource
{
    CopyJob *job;
    QByteArray current;
    static la_ssize_t read(struct archive *, void *client, const void **buffer)
    {
        auto *s = static_cast<JobSource *>(client);
        s->current = s->job->take();
        *buffer = s->current.constData();
        return s->job->inboundAborted() ? -1 : la_ssize_t(s->current.size());
    }
};

la_ssize_t writeToQueue(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *device = static_cast<QueueDevice *>(client);
    if (!device->queue().pushBlocking(QByteArray(static_cast<const char *>(buffer), qsizetype(length))))
        return -1;
    device->countPushed(qint64(length));
    device->notifyData();
    return la_ssize_t(length);
}

/// Decides, entry by entry in archive order, whether an entry would replace a file
/// in the destination container, and asks the user when it would (worker thread).
/// A folder found missing makes everything below it new without asking the engine.
class ContainerConflicts
{
public:
    /// `known`: what is at the destination (relative name -> is a folder), read before
    /// the copy; without it each name is asked of the engine as it comes (HEAD), which
    /// only works while no archive is going into that container (the engine locks it).
    ContainerConflicts(CopyJob *job, const QString &containerId, const QString &dstDir,
                       std::shared_ptr<const QHash<QString, bool>> known = {})
        : m_job(job), m_id(containerId), m_dstDir(dstDir), m_known(std::move(known)) { }

    /// False: the user chose to keep what is there.
    bool write(const QString &name, bool isDir)
    {
        const QString rel = CopyRules::clean(name);
        if (rel == u"." || rel.startsWith(u"../") || rel == u"..")
            return true;
        if (m_known) {
            const auto it = m_known->constFind(rel);
            if (it == m_known->cend() || isDir || *it)
                return true;
            if (m_job->ask(CopyRules::clean(m_dstDir + u'/' + rel)) == CopyJob::Answer::Replace)
                return true;
            ++skipped;
            return false;
        }
        if (underNew(rel)) {
            if (isDir)
                m_new.insert(rel);
            return true;
        }
        const QString path = CopyRules::clean(m_dstDir + u'/' + rel);
        const CopyJob::Existing there = m_job->existingInContainer(m_id, path);
        if (there == CopyJob::Existing::Nothing) {
            if (isDir)
                m_new.insert(rel);
            return true;
        }
        if (isDir || there == CopyJob::Existing::Directory)
            return true; // folders merge; a file onto a folder is docker cp's error to give
        if (m_job->ask(path) == CopyJob::Answer::Replace)
            return true;
        ++skipped;
        return false;
    }
    qint64 skipped = 0;

private:
    bool underNew(const QString &rel) const
    {
        for (QString p = CopyRules::dir(rel); p != u"." && p != u"/" && !p.isEmpty(); p = CopyRules::dir(p))
            if (m_new.contains(p))
                return true;
        return false;
    }
    CopyJob *m_job;
    QString m_id;
    QString m_dstDir;
    std::shared_ptr<const QHash<QString, bool>> m_known;
    QSet<QString> m_new;
};

/// Every name below a destination folder from its archive's headers (worker thread):
/// name relative to the copy's destination directory -> is a folder. The archive's
/// names start with the folder's own name; `top` is what the copy calls it ("." for
/// the destination directory itself).
QString readNames(CopyJob *job, const QString &top, QHash<QString, bool> *names)
{
    struct archive *r = archive_read_new();
    const auto cleanup = qScopeGuard([r] { archive_read_free(r); });
    archive_read_support_format_tar(r);
    JobSource src{job, {}};
    if (archive_read_open(r, &src, nullptr, &JobSource::read, nullptr) != ARCHIVE_OK)
        return ContainerFiles::tr("The container's archive cannot be read: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
    struct archive_entry *e = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(r, &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return ContainerFiles::tr("The container's archive is damaged or stopped early: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
        const QString name = CopyRules::clean(QString::fromUtf8(archive_entry_pathname(e)));
        const qsizetype slash = name.indexOf(u'/');
        const QString rest = slash < 0 ? QString() : name.mid(slash + 1);
        const QString rel = top == u"." ? rest : rest.isEmpty() ? top : top + u'/' + rest;
        if (!rel.isEmpty())
            names->insert(rel, archive_entry_filetype(e) == AE_IFDIR);
        archive_read_data_skip(r);
    }
    return {};
}

/// Reads a tar from `in` and writes it, entries renamed, to `out` (runs on a worker
/// thread); with `conflicts`, files the user chose to keep are left out.
QString retar(CopyJob *job, QueueDevice *out, const Rebase &rebase, const std::atomic_bool &canceled, std::atomic<qint64> *entries,
              ContainerConflicts *conflicts, const QString &dstDir)
{
    struct archive *r = archive_read_new();
    struct archive *w = archive_write_new();
    const auto cleanup = qScopeGuard([r, w] {
        archive_read_free(r);
        archive_write_free(w);
    });
    archive_read_support_format_tar(r);
    JobSource src{job, {}};
    if (archive_read_open(r, &src, nullptr, &JobSource::read, nullptr) != ARCHIVE_OK)
        return ContainerFiles::tr("The source container's archive cannot be read: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
    if (archive_write_set_format_pax_restricted(w) != ARCHIVE_OK || archive_write_set_bytes_per_block(w, 0) != ARCHIVE_OK
        || archive_write_open2(w, out, nullptr, &writeToQueue, nullptr, nullptr) != ARCHIVE_OK)
        return ContainerFiles::tr("Cais could not start writing the archive: %1").arg(QString::fromLocal8Bit(archive_error_string(w)));
    struct archive_entry *e = nullptr;
    for (;;) {
        if (canceled)
            return ContainerFiles::tr("The copy was canceled.");
        const int rc = archive_read_next_header(r, &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return ContainerFiles::tr("The source container's archive is damaged or stopped early: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
        if (rebase.on) {
            const QString name = CopyRules::rebase(QString::fromUtf8(archive_entry_pathname(e)), rebase.oldBase, rebase.newBase);
            archive_entry_copy_pathname(e, name.toUtf8().constData());
            if (const char *link = archive_entry_hardlink(e)) {
                const QString target = CopyRules::rebase(QString::fromUtf8(link), rebase.oldBase, rebase.newBase);
                archive_entry_copy_hardlink(e, target.toUtf8().constData());
            }
        }
        if (conflicts && !conflicts->write(QString::fromUtf8(archive_entry_pathname(e)), archive_entry_filetype(e) == AE_IFDIR)) {
            archive_read_data_skip(r);
            continue;
        }
        if (canceled)
            return ContainerFiles::tr("The copy was canceled.");
        const bool regular = archive_entry_filetype(e) == AE_IFREG && !archive_entry_hardlink(e);
        const QString sentPath = CopyRules::clean(dstDir + u'/' + QString::fromUtf8(archive_entry_pathname(e)));
        // Noted from the header's start (a cancel that cuts the header leaves nothing,
        // but the engine may take it whole before the next note); then from the
        // content's, where the engine has made the file.
        if (regular)
            job->noteSent(sentPath, out->bytesPushed(), -1, false);
        if (archive_write_header(w, e) < ARCHIVE_WARN)
            return ContainerFiles::tr("Cais could not pass on “%1”: %2").arg(QString::fromUtf8(archive_entry_pathname(e)), QString::fromLocal8Bit(archive_error_string(w)));
        const qint64 start = out->bytesPushed();
        if (regular)
            job->noteSent(sentPath, start, -1);
        if (archive_entry_filetype(e) == AE_IFREG)
            ++*entries;
        const void *buf = nullptr;
        size_t len = 0;
        la_int64_t offset = 0;
        for (;;) {
            const int d = archive_read_data_block(r, &buf, &len, &offset);
            if (d == ARCHIVE_EOF)
                break;
            if (d < ARCHIVE_WARN)
                return ContainerFiles::tr("The source container's archive stopped early: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
            if (archive_write_data(w, buf, len) < 0)
                return ContainerFiles::tr("Cais could not pass on the archive: %1").arg(QString::fromLocal8Bit(archive_error_string(w)));
        }
        if (regular)
            job->noteSent(sentPath, start, start + archive_entry_size(e)); // complete once its content is in
    }
    if (archive_write_close(w) != ARCHIVE_OK)
        return ContainerFiles::tr("Cais could not finish the archive: %1").arg(QString::fromLocal8Bit(archive_error_string(w)));
    return {};
}

} // namespace

// --- CopyJob --------------------------------------------------------------------

CopyJob::CopyJob(Engine *engine, QObject *parent) : QObject(parent), m_engine(engine) { }

CopyJob::~CopyJob()
{
    m_canceled = true;
    // Their failed() must not reach a job being destroyed.
    for (Reply *r : {m_get.data(), m_put.data()}) {
        if (r) {
            disconnect(r, nullptr, this, nullptr);
            r->abort();
        }
    }
    stopWorker();
}

void CopyJob::wakeWorker()
{
    {
        std::lock_guard lock(m_waitMutex); // m_canceled was set outside: no wake-up lost
    }
    m_waitCv.notify_all();
}

CopyJob::Answer CopyJob::ask(const QString &path)
{
    std::unique_lock lock(m_waitMutex);
    if (m_answerForAll)
        return *m_answerForAll;
    m_answer.reset();
    QMetaObject::invokeMethod(this, [this, path] {
        if (!m_finished)
            Q_EMIT conflict(path);
    }, Qt::QueuedConnection);
    m_waitCv.wait(lock, [this] { return m_answer.has_value() || m_canceled.load(); });
    if (m_canceled || !m_answer)
        return Answer::Skip;
    return *m_answer;
}

void CopyJob::answerConflict(Answer answer, bool applyToAll)
{
    {
        std::lock_guard lock(m_waitMutex);
        m_answer = answer;
        if (applyToAll)
            m_answerForAll = answer;
    }
    m_waitCv.notify_all();
}

CopyJob::Existing CopyJob::existingInContainer(const QString &id, const QString &path)
{
    auto found = std::make_shared<std::optional<Existing>>(); // guarded by m_waitMutex
    QMetaObject::invokeMethod(this, [this, id, path, found] {
        auto settle = [this, found](Existing e) {
            {
                std::lock_guard lock(m_waitMutex);
                *found = e;
            }
            m_waitCv.notify_all();
        };
        if (!m_engine)
            return settle(Existing::Nothing);
        statPath(m_engine, id, path, this, [settle](StatResult s) {
            // A stat that fails is "nothing there": the copy itself then says what is wrong.
            settle(!s || !s->has_value() ? Existing::Nothing : (*s)->isDir() ? Existing::Directory : Existing::File);
        });
    }, Qt::QueuedConnection);
    std::unique_lock lock(m_waitMutex);
    m_waitCv.wait(lock, [&] { return found->has_value() || m_canceled.load(); });
    return found->value_or(Existing::Nothing);
}

void CopyJob::emitProgress()
{
    if (m_stream)
        m_bytes = m_stream->bytesSent();
    Q_EMIT progress(m_bytes, m_entries);
}

void CopyJob::stopWorker()
{
    wakeWorker();
    if (m_in)
        m_in->abort();
    if (m_out)
        m_out->queue().abort();
    if (m_worker.joinable())
        m_worker.join();
}

void CopyJob::noteSent(const QString &path, qint64 start, qint64 end, bool content)
{
    std::lock_guard lock(m_waitMutex);
    // Read by the connection is not yet sent: it may hold that much back.
    const qint64 sent = (m_out ? m_out->bytesRead() : 0) - HttpConnection::kMaxBodyReadAhead;
    while (!m_sent.empty() && m_sent.front().end >= 0 && m_sent.front().end <= sent)
        m_sent.pop_front(); // wholly taken by the engine
    if (content && !m_sent.empty() && m_sent.back().path == path && m_sent.back().end < 0)
        m_sent.back() = {path, start, end, true};
    else
        m_sent.push_back({path, start, end, content});
}

QStringList CopyJob::partialFiles(qint64 delivered)
{
    QStringList paths;
    if (m_stream) {
        const qsizetype index = m_stream->entryCutAt(delivered);
        if (index >= 0)
            paths.append(CopyRules::clean(m_putFolder + u'/' + m_stream->plan().entries.at(index).name));
        return paths;
    }
    std::lock_guard lock(m_waitMutex);
    for (const Sent &s : m_sent)
        if ((s.content ? s.start <= delivered : s.start < delivered) && (s.end < 0 || s.end > delivered))
            paths.append(s.path);
    return paths;
}

void CopyJob::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    // Into a container the engine writes what it receives: end the archive cleanly
    // after the file in flight when little of it is left (every file there is then
    // complete), otherwise cut it and remove what the engine wrote of that file.
    constexpr qint64 kFinishBelow = 8 * 1024 * 1024;
    if (m_put && m_stream && !m_stream->hasFailed() && m_stream->stopAtEntryBoundary(kFinishBelow))
        return; // the PUT's end concludes (see copyToContainer)
    m_canceled = true;
    if (m_put && (m_stream || m_out)) {
        disconnect(m_put, nullptr, this, nullptr);
        // What the engine receives (the system delivers it after the abort too); the
        // rest of what was read waits in Cais and is dropped.
        const qint64 delivered = m_put->bodyBytesSent();
        m_put->abort();
        if (m_get)
            m_get->abort();
        stopWorker();
        const QStringList partial = partialFiles(delivered);
        if (!partial.isEmpty() && m_engine) {
            auto *rm = new ExecSession(m_engine, m_putContainer, this);
            auto done = [this, rm, partial](bool removed) {
                rm->deleteLater();
                const QString names = partial.join(QStringLiteral("”, “"));
                fail(EngineError::make(EngineError::Kind::Canceled,
                    removed ? ContainerFiles::tr("The copy was canceled; the incomplete “%1” was removed from the container.").arg(names)
                            : ContainerFiles::tr("The copy was canceled. “%1” in the container is incomplete and could not be removed "
                                                 "(the container is not running): remove it or copy it again.").arg(names)));
            };
            connect(rm, &ExecSession::ended, this, [done](int code) { done(code == 0); });
            connect(rm, &ExecSession::failed, this, [done](const EngineError &) { done(false); });
            rm->startExec(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--")} + partial, false);
            return;
        }
    }
    fail(EngineError::make(EngineError::Kind::Canceled, ContainerFiles::tr("The copy was canceled.")));
}

void CopyJob::finish(Result<CopyReport> result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result)
        m_canceled = true;
    if (m_get)
        m_get->abort();
    if (m_put)
        m_put->abort();
    stopWorker();
    m_result = std::move(result);
    Q_EMIT finished();
}

QByteArray CopyJob::take()
{
    QByteArray chunk = m_in->pop();
    // Drained enough: let the engine send again (the pause is taken back on the job's thread).
    if (m_paused && m_in->backlog() < m_in->highWater() / 2 && m_paused.exchange(false))
        QMetaObject::invokeMethod(this, [this] {
            if (m_get)
                m_get->setReceivePaused(false);
        }, Qt::QueuedConnection);
    return chunk;
}

Reply *CopyJob::fetchArchive(Engine *engine, const QString &containerId, const QString &path)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("path"), Engine::queryValue(path));
    HttpRequest r;
    r.method = "GET";
    r.target = engine->target(archivePath(containerId), q);
    r.stream = true;
    Reply *reply = engine->send(r);
    m_get = reply;
    m_in = std::make_unique<ByteQueue>(ByteQueue::kDefaultHighWater);
    feed(reply);
    return reply;
}

void CopyJob::feed(Reply *reply)
{
    reply->setKeepBody(false);
    connect(reply, &Reply::dataReceived, this, [this, reply](const QByteArray &chunk) {
        m_bytes += chunk.size();
        m_in->push(chunk);
        m_peak = std::max(m_peak, m_in->backlog() + (m_out ? m_out->queue().backlog() : 0));
        Q_EMIT progress(m_bytes, m_entries);
        if (m_in->backlog() > m_in->highWater() && !m_paused.exchange(true))
            reply->setReceivePaused(true);
    });
}

// --- ContainerFiles ---------------------------------------------------------------

ContainerFiles::ContainerFiles(Engine *engine) : m_engine(engine) { }

QFuture<Result<std::optional<ContainerPathStat>>> ContainerFiles::stat(const QString &id, const QString &path) const
{
    auto promise = std::make_shared<QPromise<StatResult>>();
    promise->start();
    statPath(m_engine, id, path, m_engine, [promise](StatResult r) {
        promise->addResult(std::move(r));
        promise->finish();
    });
    return promise->future();
}

Result<CopyRules::CopyInfo> ContainerFiles::hostDestination(const QString &input)
{
    QString path = input;
    struct stat st;
    for (int n = 0;; ++n) {
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            const int err = errno;
            if (err != ENOENT)
                return std::unexpected(EngineError::make(EngineError::Kind::Other,
                    tr("“%1” cannot be used as destination (%2).").arg(input, QString::fromLocal8Bit(std::strerror(err)))));
            const QString parent = CopyRules::splitPathDirEntry(path).first;
            const QFileInfo pi(parent);
            if (!pi.exists())
                return std::unexpected(EngineError::make(EngineError::Kind::Other,
                    tr("The folder “%1” does not exist. Copying never creates missing folders: create it first.").arg(parent)));
            if (!pi.isDir())
                return std::unexpected(EngineError::make(EngineError::Kind::Other, tr("“%1” is not a folder.").arg(parent)));
            return CopyRules::CopyInfo{path, false, false, {}};
        }
        if (!S_ISLNK(st.st_mode))
            return CopyRules::CopyInfo{path, true, S_ISDIR(st.st_mode), {}};
        if (n >= 10)
            return std::unexpected(EngineError::make(EngineError::Kind::Other, tr("Too many symbolic links in “%1”.").arg(input)));
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t len = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
        target.truncate(len < 0 ? 0 : len);
        path = CopyRules::resolveLinkTarget(path, QFile::decodeName(target));
    }
}

Result<CopyRules::CopyInfo> ContainerFiles::hostSource(const QString &input, bool followLink)
{
    const QString path = input.isEmpty() ? QStringLiteral(".") : input;
    const auto missing = [&input]() -> Result<CopyRules::CopyInfo> {
        // A name with bytes that are not UTF-8 reaches Cais with U+FFFD in their place,
        // a name the file does not have: say so, rather than "does not exist".
        if (input.contains(QChar::ReplacementCharacter))
            return std::unexpected(EngineError::make(EngineError::Kind::Other,
                tr("“%1” cannot be copied by this name: the name has bytes that are not UTF-8, shown here as “%2”. Copy the "
                   "folder that holds it (its files keep their names byte for byte), or rename it.")
                    .arg(input, QString(QChar::ReplacementCharacter))));
        return std::unexpected(EngineError::make(EngineError::Kind::Other, tr("“%1” does not exist on this computer.").arg(input)));
    };
    QString resolved;
    QString rebase;
    if (followLink) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty())
            return missing();
        std::tie(resolved, rebase) = CopyRules::rebaseName(path, canonical);
    } else {
        const qsizetype slash = path.lastIndexOf(u'/');
        const QString dirPath = slash < 0 ? QStringLiteral(".") : path.left(slash + 1);
        const QString basePath = path.mid(slash + 1);
        const QString dirCanonical = QFileInfo(dirPath).canonicalFilePath();
        if (dirCanonical.isEmpty())
            return missing();
        resolved = (dirCanonical == u"/" ? QString() : dirCanonical) + u'/' + basePath;
        if (CopyRules::hasTrailingSeparator(path) && CopyRules::base(path) != CopyRules::base(resolved))
            rebase = CopyRules::base(path);
    }
    struct stat st;
    if (::lstat(QFile::encodeName(CopyRules::clean(resolved)).constData(), &st) != 0)
        return missing();
    return CopyRules::CopyInfo{resolved, true, S_ISDIR(st.st_mode), rebase};
}

CopyJob *ContainerFiles::copyToContainer(const QString &hostPath, const QString &id, const QString &path, const CopyOptions &options,
                                         QObject *parent) const
{
    auto *job = new CopyJob(m_engine, parent);
    // A source this computer cannot read is refused before the engine is asked anything
    // (after the caller has connected to the job).
    if (const auto src = hostSource(hostPath, options.followLink); !src) {
        QMetaObject::invokeMethod(job, [job, e = src.error()] { job->fail(e); }, Qt::QueuedConnection);
        return job;
    }
    QPointer<Engine> engine = m_engine;
    containerDestination(engine, id, path, job, [=](Result<CopyRules::CopyInfo> dst) {
        if (!dst)
            return job->fail(dst.error());
        const auto src = hostSource(hostPath, options.followLink);
        if (!src)
            return job->fail(src.error());
        const auto prepared = CopyRules::prepare(*src, *dst);
        if (!prepared)
            return job->fail(prepared.error());
        QString tarBase = src->rebaseName.isEmpty() ? CopyRules::splitPathDirEntry(src->path).second : src->rebaseName;
        if (prepared->rebase)
            tarBase = CopyRules::rebase(tarBase, prepared->oldBase, prepared->newBase);
        const QString sourcePath = CopyRules::clean(src->path);
        const QString dstDir = prepared->dstDir;
        auto canceled = [job] { return job->m_canceled.load(); };
        // The walk reads the disk: off the GUI thread, answered on it.
        Pool::start([=] {
            auto plan = BuildContext::scanTree(sourcePath, tarBase, canceled);
            QMetaObject::invokeMethod(job, [=, plan = std::move(plan)]() mutable {
                if (job->m_finished)
                    return;
                if (!plan)
                    return job->fail(plan.error());
                auto send = [job, engine, id, dstDir, options](BuildContextPlan p, qint64 skipped) {
                    if (!engine)
                        return job->fail(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone.")));
                    const qint64 files = p.fileCount;
                    job->m_totalFiles = files;
                    job->m_totalBytes = 1024; // the tar's end; each entry adds a header and its padded data
                    for (const BuildContextEntry &e : std::as_const(p.entries))
                        job->m_totalBytes += 512 + (e.type == BuildContextEntry::Type::File ? (e.size + 511) / 512 * 512 : 0);
                    job->m_report.skipped = skipped;
                    // -a: the files keep their owners (the engine then keeps them, or
                    // gives them the container's user when it has one).
                    p.keepOwners = options.keepOwner;
                    auto *stream = new BuildContextStream(std::move(p), job);
                    stream->open(QIODevice::ReadOnly);
                    job->m_stream = stream;
                    job->m_putFolder = dstDir;
                    job->m_putContainer = id;
                    QUrlQuery q;
                    q.addQueryItem(QStringLiteral("path"), Engine::queryValue(dstDir));
                    q.addQueryItem(QStringLiteral("noOverwriteDirNonDir"), QStringLiteral("true"));
                    if (options.keepOwner)
                        q.addQueryItem(QStringLiteral("copyUIDGID"), QStringLiteral("true"));
                    HttpRequest r;
                    r.method = "PUT";
                    r.target = engine->target(archivePath(id), q);
                    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-tar")});
                    r.bodyDevice = stream;
                    r.stream = true;
                    Reply *reply = engine->send(r);
                    job->m_put = reply;
                    // Files whose last byte went out, counted as the stream moves on (for the progress shown).
                    auto counted = std::make_shared<qsizetype>(0);
                    auto count = [job, stream, counted] {
                        const auto &entries = stream->plan().entries;
                        const qsizetype upTo = std::min(stream->currentEntry(), entries.size());
                        for (; *counted < upTo; ++*counted)
                            if (entries.at(*counted).type == BuildContextEntry::Type::File)
                                ++job->m_entries;
                    };
                    auto *tick = new QTimer(job);
                    QObject::connect(tick, &QTimer::timeout, job, [job, count] {
                        count();
                        job->emitProgress();
                    });
                    QObject::connect(job, &CopyJob::finished, tick, &QTimer::stop);
                    tick->start(200);
                    QObject::connect(stream, &BuildContextStream::failed, job, [job](const EngineError &e) { job->fail(e); });
                    QObject::connect(reply, &Reply::finished, job, [job, stream, files, dstDir, count] {
                        count();
                        job->emitProgress();
                        if (job->m_cancelRequested && stream->stoppedEarly())
                            return job->fail(EngineError::make(EngineError::Kind::Canceled,
                                tr("The copy was canceled after %1 of %2 files; every file copied into the container is complete.")
                                    .arg(job->m_entries.load()).arg(files)));
                        job->m_report.destination = dstDir;
                        job->m_report.bytes = stream->bytesSent();
                        job->m_report.entries = files;
                        job->finish(job->m_report);
                    });
                    QObject::connect(reply, &Reply::failed, job, [job, stream, dstDir, reply](const EngineError &e) {
                        if (stream->hasFailed())
                            return job->fail(stream->error());
                        EngineError error = explainCopy(e, dstDir);
                        // The engine went away mid-archive (killed, restarted): it wrote the
                        // file in flight only in part, under its real name, and cannot be
                        // asked to remove it. Say which, as a cancel does.
                        const QStringList partial = e.kind == EngineError::Kind::Http ? QStringList() : job->partialFiles(reply->bodyBytesSent());
                        if (!partial.isEmpty())
                            error.userMessage += u' '
                                + tr("“%1” in the container may be incomplete: check it, or copy it again once the engine is back.")
                                      .arg(partial.join(QStringLiteral("”, “")));
                        job->fail(error);
                    });
                };
                if (!options.askBeforeReplacing)
                    return send(std::move(*plan), 0);
                // Which files would replace others is asked of the engine entry by entry,
                // on a thread that can wait for the user's answers.
                job->m_worker = std::thread([job, id, dstDir, send, p = std::move(*plan)]() mutable {
                    ContainerConflicts conflicts(job, id, dstDir);
                    QList<BuildContextEntry> kept;
                    p.fileCount = 0;
                    p.totalBytes = 0;
                    for (BuildContextEntry &e : p.entries) {
                        if (job->m_canceled)
                            return;
                        if (!conflicts.write(e.name, e.type == BuildContextEntry::Type::Directory))
                            continue;
                        if (e.type == BuildContextEntry::Type::File) {
                            ++p.fileCount;
                            p.totalBytes += e.size;
                        }
                        kept.append(std::move(e));
                    }
                    p.entries = std::move(kept);
                    const qint64 skipped = conflicts.skipped;
                    QMetaObject::invokeMethod(job, [job, send, skipped, p = std::move(p)]() mutable {
                        if (job->m_worker.joinable())
                            job->m_worker.join();
                        if (!job->m_finished)
                            send(std::move(p), skipped);
                    }, Qt::QueuedConnection);
                });
            }, Qt::QueuedConnection);
        });
    });
    return job;
}

CopyJob *ContainerFiles::copyFromContainer(const QString &id, const QString &path, const QString &hostPath, const CopyOptions &options,
                                           QObject *parent) const
{
    auto *job = new CopyJob(m_engine, parent);
    QPointer<Engine> engine = m_engine;
    containerSource(engine, id, path, options.followLink, job, [=](Result<CopyRules::CopyInfo> src) {
        if (!src)
            return job->fail(src.error());
        const auto dst = hostDestination(hostPath);
        if (!dst)
            return job->fail(dst.error());
        const auto prepared = CopyRules::prepare(*src, *dst);
        if (!prepared)
            return job->fail(prepared.error());
        if (!engine)
            return job->fail(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone.")));
        const Rebase rebase = composeRebase(*src, *prepared);
        const QString dstDir = prepared->dstDir;
        Reply *reply = job->fetchArchive(engine, id, src->path);
        QObject::connect(reply, &Reply::headReceived, job, [=] {
            if (reply->status() != 200)
                return;
            ByteQueue *in = job->m_in.get();
            job->m_worker = std::thread([=] {
                SafeExtractor::Options o{rebase.on, rebase.oldBase, rebase.newBase, {}, {}};
                if (options.askBeforeReplacing)
                    o.replaceExisting = [job, dstDir](const QString &rel) {
                        return job->ask(CopyRules::clean(dstDir + u'/' + rel)) == CopyJob::Answer::Replace;
                    };
                o.progress = [job](qint64 files, qint64) { job->m_entries = files; };
                const SafeExtractor::Source source = [=](bool *failed) {
                    QByteArray chunk = job->take();
                    *failed = in->aborted();
                    return chunk;
                };
                auto result = SafeExtractor::extract(dstDir, source, o, [job] { return job->m_canceled.load(); });
                QMetaObject::invokeMethod(job, [job, dstDir, result = std::move(result)] {
                    if (job->m_worker.joinable())
                        job->m_worker.join();
                    if (!result)
                        return job->fail(result.error());
                    job->m_report.destination = dstDir;
                    job->m_report.bytes = job->m_bytes;
                    job->m_report.entries = result->files + result->directories + result->links;
                    job->m_report.skipped = result->skipped;
                    job->m_report.refused = result->refused;
                    job->m_entries = result->files;
                    job->emitProgress();
                    job->finish(job->m_report);
                }, Qt::QueuedConnection);
            });
        });
        QObject::connect(reply, &Reply::finished, job, [job] { job->m_in->finish(); });
        QObject::connect(reply, &Reply::failed, job, [job, src = *src](const EngineError &e) { job->fail(explainCopy(e, src.path)); });
    });
    return job;
}

CopyJob *ContainerFiles::copyBetween(const QString &sourceId, const QString &sourcePath, const QString &destinationId,
                                     const QString &destinationPath, const CopyOptions &options, QObject *parent) const
{
    auto *job = new CopyJob(m_engine, parent);
    QPointer<Engine> engine = m_engine;
    containerSource(engine, sourceId, sourcePath, options.followLink, job, [=](Result<CopyRules::CopyInfo> src) {
        if (!src)
            return job->fail(src.error());
        containerDestination(engine, destinationId, destinationPath, job, [=](Result<CopyRules::CopyInfo> dst) {
            if (!dst)
                return job->fail(dst.error());
            const auto prepared = CopyRules::prepare(*src, *dst);
            if (!prepared)
                return job->fail(prepared.error());
            if (!engine)
                return job->fail(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone.")));
            const Rebase rebase = composeRebase(*src, *prepared);
            const QString dstDir = prepared->dstDir;
            auto start = [=](std::shared_ptr<const QHash<QString, bool>> known) {
                Reply *get = job->fetchArchive(engine, sourceId, src->path);
                auto *out = new QueueDevice(ByteQueue::kDefaultHighWater, job);
                job->m_out = out;
                QObject::connect(get, &Reply::headReceived, job, [=] {
                    if (get->status() != 200)
                        return;
                    job->m_worker = std::thread([=] {
                        std::optional<ContainerConflicts> conflicts;
                        if (options.askBeforeReplacing)
                            conflicts.emplace(job, destinationId, dstDir, known);
                        const QString error = retar(job, out, rebase, job->m_canceled, &job->m_entries, conflicts ? &*conflicts : nullptr, dstDir);
                        const qint64 skipped = conflicts ? conflicts->skipped : 0;
                        QMetaObject::invokeMethod(job, [job, skipped] { job->m_report.skipped = skipped; }, Qt::QueuedConnection);
                        out->notifyEnd(error.isEmpty(), error);
                    });
                    QUrlQuery pq;
                    pq.addQueryItem(QStringLiteral("path"), Engine::queryValue(dstDir));
                    pq.addQueryItem(QStringLiteral("noOverwriteDirNonDir"), QStringLiteral("true"));
                    if (options.keepOwner)
                        pq.addQueryItem(QStringLiteral("copyUIDGID"), QStringLiteral("true"));
                    HttpRequest p;
                    p.method = "PUT";
                    p.target = engine->target(archivePath(destinationId), pq);
                    p.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-tar")});
                    p.bodyDevice = out;
                    p.stream = true;
                    Reply *put = engine->send(p);
                    job->m_put = put;
                    job->m_putContainer = destinationId;
                    QObject::connect(put, &Reply::finished, job, [job, dstDir] {
                        if (job->m_worker.joinable())
                            job->m_worker.join();
                        job->m_report.destination = dstDir;
                        job->m_report.bytes = job->m_bytes;
                        job->m_report.entries = job->m_entries;
                        job->emitProgress();
                        job->finish(job->m_report);
                    });
                    QObject::connect(put, &Reply::failed, job, [job, dstDir](const EngineError &e) { job->fail(explainCopy(e, dstDir)); });
                });
                // Resume the GET whenever the PUT has taken bytes and the inbound queue drained.
                QObject::connect(out, &QIODevice::readyRead, job, [job] {
                    if (job->m_paused && job->m_in && job->m_in->backlog() < job->m_in->highWater() / 2 && job->m_paused.exchange(false)
                        && job->m_get)
                        job->m_get->setReceivePaused(false);
                });
                QObject::connect(get, &Reply::finished, job, [job] { job->m_in->finish(); });
                QObject::connect(get, &Reply::failed, job, [job, src = *src](const EngineError &e) { job->fail(explainCopy(e, src.path)); });
            };
            if (!options.askBeforeReplacing)
                return start({});
            // The engine locks the destination while an archive goes into it: what is
            // there already is read first. Nothing of that name: nothing to ask; a folder
            // being merged: the names below it, from the headers of its archive.
            const QString top = rebase.on ? rebase.newBase : CopyRules::splitPathDirEntry(src->path).second;
            const QString subtree = CopyRules::clean(dstDir + u'/' + top);
            statPath(engine, destinationId, subtree, job, [=](StatResult s) {
                if (job->m_finished)
                    return;
                if (!s || !s->has_value() || !(*s)->isDir())
                    return start(std::make_shared<const QHash<QString, bool>>(
                        !s || !s->has_value() ? QHash<QString, bool>() : QHash<QString, bool>{{top, false}}));
                if (!engine)
                    return job->fail(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone.")));
                auto *probe = new CopyJob(engine, job);
                Reply *reply = probe->fetchArchive(engine, destinationId, subtree);
                auto names = std::make_shared<QHash<QString, bool>>();
                QObject::connect(reply, &Reply::headReceived, probe, [=] {
                    if (reply->status() != 200)
                        return;
                    probe->m_worker = std::thread([=] {
                        const QString error = readNames(probe, top, names.get());
                        QMetaObject::invokeMethod(probe, [=] {
                            if (probe->m_worker.joinable())
                                probe->m_worker.join();
                            if (!error.isEmpty())
                                probe->fail(EngineError::make(EngineError::Kind::Other, error));
                            else
                                probe->finish(CopyReport{});
                        }, Qt::QueuedConnection);
                    });
                });
                QObject::connect(reply, &Reply::finished, probe, [probe] { probe->m_in->finish(); });
                QObject::connect(reply, &Reply::failed, probe, [probe, subtree](const EngineError &e) { probe->fail(explainCopy(e, subtree)); });
                QObject::connect(probe, &CopyJob::finished, job, [=] {
                    probe->deleteLater();
                    if (job->m_finished)
                        return;
                    if (!probe->result())
                        return job->fail(probe->result().error());
                    start(names);
                });
            });
        });
    });
    return job;
}

// --- Listing ----------------------------------------------------------------------

namespace {

// One line per entry: F mode(hex) size uid gid mtime user group name(hex) target(hex),
// or E name(hex) when stat fails. Names travel in hex so that spaces and newlines
// in them cannot break the lines. Only busybox/coreutils sh, stat, od, readlink.
constexpr char kListScript[] =
    "cd -- \"$1\" 2>/dev/null || exit 3\n"
    "hex() { printf %s \"$1\" | od -An -v -tx1 | tr -d ' \\n'; }\n"
    "for f in * .[!.]* ..?*; do\n"
    "  [ -e \"$f\" ] || [ -L \"$f\" ] || continue\n"
    "  if s=$(stat -c '%f %s %u %g %Y %U %G' -- \"$f\" 2>/dev/null); then\n"
    "    t=; [ -L \"$f\" ] && t=$(readlink -- \"$f\")\n"
    "    printf 'F %s %s %s\\n' \"$s\" \"$(hex \"$f\")\" \"$(hex \"$t\")\"\n"
    "  else printf 'E %s\\n' \"$(hex \"$f\")\"; fi\n"
    "done\n";

ContainerFileEntry::Type typeOf(quint32 mode)
{
    switch (mode & S_IFMT) {
    case S_IFDIR:
        return ContainerFileEntry::Type::Directory;
    case S_IFLNK:
        return ContainerFileEntry::Type::Symlink;
    case S_IFREG:
        return ContainerFileEntry::Type::File;
    default:
        return ContainerFileEntry::Type::Other;
    }
}

void sortEntries(QList<ContainerFileEntry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const ContainerFileEntry &a, const ContainerFileEntry &b) { return a.name < b.name; });
}

/// Reads only the headers of a folder's archive (on a worker thread) and keeps its
/// direct children.
QString readListing(CopyJob *job, const QString &base, QList<ContainerFileEntry> *out)
{
    struct archive *r = archive_read_new();
    const auto cleanup = qScopeGuard([r] { archive_read_free(r); });
    archive_read_support_format_tar(r);
    JobSource src{job, {}};
    if (archive_read_open(r, &src, nullptr, &JobSource::read, nullptr) != ARCHIVE_OK)
        return ContainerFiles::tr("The container's archive cannot be read: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
    const QString prefix = base + u'/';
    QHash<QString, qint64> sizes; // a hard link's header has no size: its target's is the size
    struct archive_entry *e = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(r, &e);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc < ARCHIVE_WARN)
            return ContainerFiles::tr("The container's archive is damaged or stopped early: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
        QString name = QString::fromUtf8(archive_entry_pathname(e));
        while (name.endsWith(u'/'))
            name.chop(1);
        if (archive_entry_filetype(e) == AE_IFREG && !archive_entry_hardlink(e))
            sizes.insert(name, archive_entry_size(e));
        if (name.startsWith(prefix) && !name.mid(prefix.size()).contains(u'/')) {
            ContainerFileEntry f;
            f.name = name.mid(prefix.size());
            const char *hard = archive_entry_hardlink(e);
            f.mode = quint32(archive_entry_mode(e));
            if (hard && !(f.mode & S_IFMT))
                f.mode |= S_IFREG;
            f.type = typeOf(f.mode);
            f.size = hard ? sizes.value(QString::fromUtf8(hard)) : archive_entry_size(e);
            f.uid = archive_entry_uid(e);
            f.gid = archive_entry_gid(e);
            f.owner = QString::fromUtf8(archive_entry_uname(e));
            f.group = QString::fromUtf8(archive_entry_gname(e));
            f.modified = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(e), QTimeZone::UTC);
            if (const char *t = archive_entry_symlink(e))
                f.linkTarget = QString::fromUtf8(t);
            out->append(f);
        }
        archive_read_data_skip(r);
    }
    return {};
}

} // namespace

QString ContainerFileEntry::modeString(quint32 mode)
{
    QString s(10, u'-');
    switch (mode & S_IFMT) {
    case S_IFDIR: s[0] = u'd'; break;
    case S_IFLNK: s[0] = u'l'; break;
    case S_IFCHR: s[0] = u'c'; break;
    case S_IFBLK: s[0] = u'b'; break;
    case S_IFIFO: s[0] = u'p'; break;
    case S_IFSOCK: s[0] = u's'; break;
    default: break;
    }
    const char16_t rwx[] = u"rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (mode & (0400u >> i))
            s[i + 1] = QChar(rwx[i]);
    auto special = [&](int pos, quint32 bit, char16_t withX, char16_t withoutX) {
        if (mode & bit)
            s[pos] = s[pos] == u'x' ? QChar(withX) : QChar(withoutX);
    };
    special(3, 04000, u's', u'S');
    special(6, 02000, u's', u'S');
    special(9, 01000, u't', u'T');
    return s;
}

QStringList ContainerFiles::execListingCommand(const QString &path)
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QString::fromLatin1(kListScript), QStringLiteral("cais-ls"), path};
}

Result<QList<ContainerFileEntry>> ContainerFiles::parseExecListing(const QByteArray &output)
{
    QList<ContainerFileEntry> entries;
    const auto bad = [] {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol, tr("The container's listing could not be read.")));
    };
    for (const auto range = output.split('\n'); const QByteArray &line : range) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(' ');
        ContainerFileEntry e;
        if (f.size() == 2 && f[0] == "E") {
            e.name = QString::fromUtf8(QByteArray::fromHex(f[1]));
            e.type = ContainerFileEntry::Type::Other;
            e.error = tr("The container does not let Cais read this entry.");
            entries.append(e);
            continue;
        }
        if (f.size() < 9 || f[0] != "F")
            return bad();
        bool ok = true;
        e.mode = f[1].toUInt(&ok, 16);
        if (!ok)
            return bad();
        e.type = typeOf(e.mode);
        e.size = f[2].toLongLong();
        e.uid = f[3].toLongLong();
        e.gid = f[4].toLongLong();
        e.modified = QDateTime::fromSecsSinceEpoch(f[5].toLongLong(), QTimeZone::UTC);
        e.owner = f[6] == "UNKNOWN" ? QString() : QString::fromUtf8(f[6]);
        e.group = f[7] == "UNKNOWN" ? QString() : QString::fromUtf8(f[7]);
        e.name = QString::fromUtf8(QByteArray::fromHex(f[8]));
        if (f.size() > 9)
            e.linkTarget = QString::fromUtf8(QByteArray::fromHex(f[9]));
        entries.append(e);
    }
    sortEntries(entries);
    return entries;
}

QFuture<Result<DirectoryListing>> ContainerFiles::listDirectory(const QString &id, const QString &path, bool preferExec) const
{
    auto promise = std::make_shared<QPromise<Result<DirectoryListing>>>();
    promise->start();
    QFuture<Result<DirectoryListing>> future = promise->future();
    QPointer<Engine> engine = m_engine;
    auto resolve = [promise](Result<DirectoryListing> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    auto throughArchive = [engine, id, path, resolve] {
        if (!engine)
            return resolve(std::unexpected(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone."))));
        auto *job = new CopyJob(engine, engine);
        Reply *reply = job->fetchArchive(engine, id, path);
        const QString base = CopyRules::base(path);
        auto entries = std::make_shared<QList<ContainerFileEntry>>();
        QObject::connect(reply, &Reply::headReceived, job, [=] {
            if (reply->status() != 200)
                return;
            job->m_worker = std::thread([=] {
                const QString error = readListing(job, base == u"/" ? QString() : base, entries.get());
                QMetaObject::invokeMethod(job, [=] {
                    if (job->m_worker.joinable())
                        job->m_worker.join();
                    if (!error.isEmpty())
                        job->fail(EngineError::make(EngineError::Kind::Other, error));
                    else
                        job->finish(CopyReport{});
                }, Qt::QueuedConnection);
            });
        });
        QObject::connect(reply, &Reply::finished, job, [job] { job->m_in->finish(); });
        QObject::connect(reply, &Reply::failed, job, [job, path](const EngineError &e) { job->fail(explainCopy(e, path)); });
        QObject::connect(job, &CopyJob::finished, job, [=] {
            if (job->result()) {
                sortEntries(*entries);
                resolve(DirectoryListing{path, DirectoryListing::Method::Archive, *entries});
            } else {
                resolve(std::unexpected(job->result().error()));
            }
            job->deleteLater();
        });
    };
    if (!preferExec) {
        throughArchive();
        return future;
    }
    auto *session = new ExecSession(engine, id, engine);
    auto output = std::make_shared<QByteArray>();
    auto settled = std::make_shared<bool>(false);
    QObject::connect(session, &ExecSession::output, session, [output](const QByteArray &bytes, ExecSession::Channel channel) {
        if (channel == ExecSession::Channel::Stdout)
            output->append(bytes);
    });
    QObject::connect(session, &ExecSession::ended, session, [=](int exitCode) {
        if (std::exchange(*settled, true))
            return;
        session->deleteLater();
        if (exitCode == 0) {
            auto entries = parseExecListing(*output);
            if (entries)
                return resolve(DirectoryListing{path, DirectoryListing::Method::Exec, *entries});
            return resolve(std::unexpected(entries.error()));
        }
        if (exitCode == 3)
            return resolve(std::unexpected(EngineError::make(EngineError::Kind::Other,
                tr("The folder “%1” cannot be opened in the container (it does not exist, is not a folder, or is not readable).").arg(path))));
        throughArchive(); // no shell, stat or od in there: the archive still works
    });
    QObject::connect(session, &ExecSession::failed, session, [=](const EngineError &) {
        if (std::exchange(*settled, true))
            return;
        session->deleteLater();
        throughArchive(); // not running, or paused: the archive API works on any container
    });
    session->startExec(execListingCommand(path), false);
    return future;
}

// --- Viewer and changes -------------------------------------------------------------

bool ContainerFiles::looksBinary(const QByteArray &data, bool truncated)
{
    if (data.contains('\0'))
        return true;
    QByteArray text = data;
    if (truncated) { // a UTF-8 sequence cut by the limit is not a sign of binary
        qsizetype cut = text.size();
        while (cut > 0 && text.size() - cut < 4 && (uchar(text.at(cut - 1)) & 0xC0) == 0x80)
            --cut;
        if (cut > 0 && uchar(text.at(cut - 1)) >= 0xC0)
            text.truncate(cut - 1);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(text);
    Q_UNUSED(decoded);
    return decoder.hasError();
}

QFuture<Result<FileContents>> ContainerFiles::readFile(const QString &id, const QString &path, qint64 maxBytes) const
{
    auto promise = std::make_shared<QPromise<Result<FileContents>>>();
    promise->start();
    QFuture<Result<FileContents>> future = promise->future();
    auto resolve = [promise](Result<FileContents> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    if (!m_engine) {
        resolve(std::unexpected(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone."))));
        return future;
    }
    auto *job = new CopyJob(m_engine, m_engine);
    Reply *reply = job->fetchArchive(m_engine, id, path);
    auto contents = std::make_shared<FileContents>();
    contents->path = path;
    QObject::connect(reply, &Reply::headReceived, job, [=] {
        if (reply->status() != 200)
            return;
        job->m_worker = std::thread([=] {
            QString error;
            {
                struct archive *r = archive_read_new();
                const auto cleanup = qScopeGuard([r] { archive_read_free(r); });
                archive_read_support_format_tar(r);
                JobSource src{job, {}};
                struct archive_entry *e = nullptr;
                if (archive_read_open(r, &src, nullptr, &JobSource::read, nullptr) != ARCHIVE_OK
                    || archive_read_next_header(r, &e) < ARCHIVE_WARN) {
                    error = tr("The container's archive cannot be read: %1").arg(QString::fromLocal8Bit(archive_error_string(r)));
                } else if (archive_entry_filetype(e) == AE_IFLNK) {
                    error = tr("“%1” is a symbolic link to “%2”: open that instead.").arg(path, QString::fromUtf8(archive_entry_symlink(e)));
                } else if (archive_entry_filetype(e) != AE_IFREG) {
                    error = tr("“%1” is not a regular file, so it has no text to show.").arg(path);
                } else {
                    contents->size = archive_entry_size(e);
                    const qint64 want = std::min(contents->size, maxBytes);
                    contents->data.resize(want);
                    qint64 got = 0;
                    while (got < want) {
                        const la_ssize_t n = archive_read_data(r, contents->data.data() + got, size_t(want - got));
                        if (n <= 0)
                            break;
                        got += n;
                    }
                    contents->data.truncate(got);
                    contents->truncated = contents->size > got;
                    contents->binary = looksBinary(contents->data, contents->truncated);
                }
            }
            QMetaObject::invokeMethod(job, [job, error] {
                if (job->m_worker.joinable())
                    job->m_worker.join();
                if (!error.isEmpty())
                    job->fail(EngineError::make(EngineError::Kind::Other, error));
                else
                    job->finish(CopyReport{}); // drops the rest of the stream
            }, Qt::QueuedConnection);
        });
    });
    QObject::connect(reply, &Reply::finished, job, [job] { job->m_in->finish(); });
    QObject::connect(reply, &Reply::failed, job, [job, path](const EngineError &e) { job->fail(explainCopy(e, path)); });
    QObject::connect(job, &CopyJob::finished, job, [=] {
        if (job->result())
            resolve(*contents);
        else
            resolve(std::unexpected(job->result().error()));
        job->deleteLater();
    });
    return future;
}

QFuture<Result<QByteArray>> ContainerFiles::run(const QString &id, const QStringList &argv) const
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    QFuture<Result<QByteArray>> future = promise->future();
    auto resolve = [promise](Result<QByteArray> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    if (!m_engine) {
        resolve(std::unexpected(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone."))));
        return future;
    }
    auto *session = new ExecSession(m_engine, id, m_engine);
    auto out = std::make_shared<QByteArray>();
    auto err = std::make_shared<QByteArray>();
    auto settled = std::make_shared<bool>(false);
    QObject::connect(session, &ExecSession::output, session, [out, err](const QByteArray &bytes, ExecSession::Channel channel) {
        (channel == ExecSession::Channel::Stdout ? out : err)->append(bytes);
    });
    QObject::connect(session, &ExecSession::ended, session, [=](int code) {
        if (std::exchange(*settled, true))
            return;
        session->deleteLater();
        if (code == 0)
            return resolve(*out);
        const QString said = QString::fromUtf8(err->trimmed());
        resolve(std::unexpected(EngineError::make(EngineError::Kind::Other,
            said.isEmpty() ? tr("“%1” failed in the container (exit code %2).").arg(argv.join(u' ')).arg(code)
                           : tr("The container refused: %1").arg(said),
            said)));
    });
    QObject::connect(session, &ExecSession::failed, session, [=](const EngineError &e) {
        if (std::exchange(*settled, true))
            return;
        session->deleteLater();
        EngineError explained = e;
        if (e.httpStatus == 409)
            explained.userMessage = tr("The container is not running. Start it to create, rename or delete files; "
                                       "copying works on stopped containers too.");
        resolve(std::unexpected(explained));
    });
    session->startExec(argv, false);
    return future;
}
