#pragma once

#include "engineerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

/// An entry of an archive that was not written, and why (in words for the user).
struct RefusedEntry
{
    QString name;
    QString reason;
};

struct ExtractReport
{
    qint64 files = 0;       ///< regular files written
    qint64 directories = 0; ///< directories created or updated
    qint64 links = 0;       ///< symbolic and hard links made
    qint64 bytes = 0;       ///< content bytes written
    qint64 skipped = 0;     ///< entries left alone because something was there and the user said skip
    QList<RefusedEntry> refused;
};

struct ExtractOptions
{
    bool rebase = false; ///< rename entries oldBase[/...] to newBase[/...] (docker cp's rules)
    QString oldBase;
    QString newBase;
    /// Asked (on the extracting thread) before a file, link or hard link replaces an
    /// existing non-folder at `relative` (cleaned, '/'-separated); false leaves it.
    /// Unset: replaced, as docker cp does.
    std::function<bool(const QString &relative)> replaceExisting;
    /// Told (on the extracting thread) after each regular file is complete.
    std::function<void(qint64 files, qint64 bytes)> progress;
};

/// Bytes handed from one thread to another with a bound: the producer learns when
/// the backlog is high (to pause its source), the consumer blocks until data,
/// end or abort.
class ByteQueue
{
public:
    static constexpr qint64 kDefaultHighWater = 4 * 1024 * 1024;
    explicit ByteQueue(qint64 highWater = kDefaultHighWater) : m_high(highWater) { }
    /// Returns false when the queue was aborted. Never blocks.
    bool push(QByteArray chunk);
    /// Like push, but waits while the backlog is above the high-water mark.
    bool pushBlocking(QByteArray chunk);
    void finish();
    void abort();
    /// Next chunk; empty at the end (check aborted()).
    QByteArray pop();
    /// Next chunk if one is there now; `ended` tells the end apart from "not yet".
    QByteArray tryPop(bool *ended);
    qint64 backlog() const;
    qint64 highWater() const { return m_high; }
    bool aborted() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_chunks;
    qint64 m_bytes = 0;
    qint64 m_high;
    bool m_finished = false;
    bool m_aborted = false;
};

/// Writes a tar stream under a destination directory and never outside it:
/// - names are cleaned; absolute names and names that climb out with ".." are refused;
/// - every parent is opened one element at a time from the destination with
///   O_NOFOLLOW: nothing is ever written through a symbolic link, whether the archive
///   made it or it was there before;
/// - hard links must point at a file this same archive wrote;
/// - device files, fifos and sockets are refused; setuid, setgid and sticky bits are
///   dropped; owners are not changed;
/// - an existing directory is never replaced by a non-directory nor the reverse
///   (noOverwriteDirNonDir); other existing entries are replaced;
/// - a file is written under a temporary name beside its place and renamed over it
///   only once complete: an error or a cancel removes it and leaves what was there
///   before untouched, so nothing half-written ever carries a real name.
/// Refused entries are reported by name and the rest goes on.
class SafeExtractor
{
    Q_DECLARE_TR_FUNCTIONS(SafeExtractor)
public:
    using Options = ExtractOptions;

    /// Gives the next bytes of the archive: empty at the end; `*failed` set on error.
    using Source = std::function<QByteArray(bool *failed)>;

    /// Extracts into `destination` (an existing directory). Call on any thread.
    static Result<ExtractReport> extract(const QString &destination, const Source &source, const Options &options,
                                         const std::function<bool()> &canceled = {});
    /// Extracts a tar file on disk (tests, and archives saved earlier).
    static Result<ExtractReport> extractFile(const QString &tarPath, const QString &destination, const Options &options = {});
};

/// A sequential device whose bytes are pushed by another thread (or the same one)
/// through a ByteQueue; usable as HttpRequest::bodyDevice. Emits readyRead when
/// data arrives and readChannelFinished at the end; a failure makes read() return -1.
class QueueDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit QueueDevice(qint64 highWater, QObject *parent = nullptr);
    ByteQueue &queue() { return m_queue; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    /// Called from any thread after pushing: schedules readyRead on the device's thread.
    void notifyData();
    /// Ends the stream (from any thread): `ok` false makes the reader fail.
    void notifyEnd(bool ok, const QString &error = {});
    /// Bytes pushed by the producer (it counts them with countPushed) and read so far.
    void countPushed(qint64 n) { m_pushed += n; }
    qint64 bytesPushed() const { return m_pushed; }
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ByteQueue m_queue;
    QByteArray m_current;
    qsizetype m_pos = 0;
    bool m_ended = false;
    bool m_failed = false;
    std::atomic<qint64> m_pushed = 0;
    std::atomic<qint64> m_read = 0;
};
