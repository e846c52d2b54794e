// The Files view tells the user every entry that was not copied to this computer, and
// why: a fake engine serves hostile archives (names out of the destination, a write
// through a symlink, a hard link out, a fifo) to the view's save path, which runs one
// job per path, and to files dragged out to the desktop (one job per dragged path, at
// once). Every refused entry of every job is named in the status, not only the last
// job's.
#include "containerfiles.h"
#include "containerfilesmodel.h"
#include "engine.h"
#include "fakeengine.h"
#include "files/filesview.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace {

struct TarEntry
{
    QByteArray name;
    mode_t type = AE_IFREG;
    QByteArray data;
    QByteArray symlink;
    QByteArray hardlink;
};

QByteArray hostileTar(const QList<TarEntry> &entries)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 0);
    auto cb = [](struct archive *, void *c, const void *b, size_t n) -> la_ssize_t {
        static_cast<QByteArray *>(c)->append(static_cast<const char *>(b), qsizetype(n));
        return la_ssize_t(n);
    };
    archive_write_open2(a, &out, nullptr, cb, nullptr, nullptr);
    for (const TarEntry &e : entries) {
        struct archive_entry *h = archive_entry_new();
        archive_entry_copy_pathname(h, e.name.constData());
        archive_entry_set_filetype(h, e.type);
        archive_entry_set_perm(h, e.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(h, 1000000000, 0);
        if (!e.symlink.isEmpty())
            archive_entry_copy_symlink(h, e.symlink.constData());
        if (!e.hardlink.isEmpty())
            archive_entry_copy_hardlink(h, e.hardlink.constData());
        archive_entry_set_size(h, e.type == AE_IFREG && e.hardlink.isEmpty() ? e.data.size() : 0);
        archive_write_header(a, h);
        if (e.type == AE_IFREG && e.hardlink.isEmpty())
            archive_write_data(a, e.data.constData(), size_t(e.data.size()));
        archive_entry_free(h);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

/// X-Docker-Container-Path-Stat of a folder.
QByteArray folderStat(const QString &name)
{
    const QJsonObject o{{u"name"_s, name}, {u"size"_s, 4096}, {u"mode"_s, qint64(0x80000000u | 0755u)},
                        {u"mtime"_s, u"2001-09-09T01:46:40Z"_s}, {u"linkTarget"_s, u""_s}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64();
}

} // namespace

class TestFilesViewRefused : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeEngine m_fake;
    std::unique_ptr<Engine> m_engine;
    QMap<QString, QByteArray> m_archives; ///< container path -> the archive served for it
    QString m_outside;

    static QString statusOf(FilesView &view)
    {
        QString all;
        for (QLabel *l : view.findChildren<QLabel *>())
            all += l->text() + u'\n';
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outside = m_dir.filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(m_outside));
        const QByteArray outside = QFile::encodeName(m_outside);
        m_archives.insert(u"/evil"_s, hostileTar({{"evil", AE_IFDIR, {}, {}, {}},
                                                  {"evil/fine", AE_IFREG, "fine", {}, {}},
                                                  {"evil/../../escaped", AE_IFREG, "x", {}, {}},
                                                  {outside + "/absolute", AE_IFREG, "x", {}, {}},
                                                  {"evil/out", AE_IFLNK, {}, outside, {}},
                                                  {"evil/out/through-link", AE_IFREG, "x", {}, {}},
                                                  {"evil/pipe", AE_IFIFO, {}, {}, {}}}));
        m_archives.insert(u"/evil2"_s, hostileTar({{"evil2", AE_IFDIR, {}, {}, {}},
                                                   {"evil2/hardout", AE_IFREG, {}, {}, outside + "/sentinel"},
                                                   {"evil2/ok", AE_IFREG, "ok", {}, {}}}));
        m_fake.handler = [this](FakeConnection *c, const FakeRequest &r) {
            const QUrl url(QString::fromLatin1(r.target));
            const QString path = QUrlQuery(url).queryItemValue(u"path"_s, QUrl::FullyDecoded);
            if (!url.path().endsWith(u"/containers/hostile/archive"_s) || !m_archives.contains(path)) {
                c->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 31\r\n\r\n{\"message\":\"No such container\"}");
                return;
            }
            if (r.method == "HEAD") {
                c->write("HTTP/1.1 200 OK\r\nX-Docker-Container-Path-Stat: " + folderStat(path.mid(1)) + "\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            const QByteArray tar = m_archives.value(path);
            c->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nContent-Length: " + QByteArray::number(tar.size()) + "\r\n\r\n" + tar);
        };
        const QString socket = m_dir.filePath(u"engine.sock"_s);
        QVERIFY(m_fake.listenLocal(socket));
        Endpoint ep;
        ep.path = socket;
        m_engine = std::make_unique<Engine>(ep);
    }

    void saveNamesEveryRefusedEntry()
    {
        QTemporaryDir dest;
        FilesView view;
        view.setEngine(m_engine.get());
        view.setContainer(u"hostile"_s);
        QSignalSpy finished(&view, &FilesView::copyFinished);
        view.saveTo(u"/evil"_s, dest.path());
        QVERIFY(finished.wait(30000));
        const QString message = finished.first().at(1).toString();
        QVERIFY2(finished.first().first().toBool(), qPrintable(message));
        QVERIFY(QFile::exists(dest.filePath(u"evil/fine"_s)));
        QVERIFY(QDir(m_outside).isEmpty());
        const QString status = statusOf(view);
        for (const QString &name : QStringList{u"evil/../../escaped"_s, m_outside + u"/absolute"_s, u"evil/out/through-link"_s, u"evil/pipe"_s}) {
            QVERIFY2(message.contains(u'“' + name + u'”'), qPrintable(name + u" not in: "_s + message));
            QVERIFY2(status.contains(u'“' + name + u'”'), qPrintable(name + u" not in: "_s + status));
        }
        QVERIFY(status.contains(u"Not copied, for safety"_s));
        // Each one says why, in words: the fifo is not recreated here.
        QVERIFY2(status.contains(u"fifos"_s), qPrintable(status));
        QVERIFY(!status.contains(u"“evil/fine”"_s));
    }

    void dragOutNamesTheRefusedEntriesOfEveryJob()
    {
        // What a drop on the desktop does (ContainerDragData): one copy per dragged path
        // into a staging folder, all at once; the view shows them. Both jobs' refused
        // entries are told, not only those of the one that ends last.
        QTemporaryDir staging;
        FilesView view;
        view.setEngine(m_engine.get());
        view.setContainer(u"hostile"_s);
        QSignalSpy finished(&view, &FilesView::copyFinished);
        ContainerFiles files(m_engine.get());
        for (const QString &p : {u"/evil"_s, u"/evil2"_s}) {
            CopyJob *job = files.copyFromContainer(u"hostile"_s, p, staging.path(), {}, &view);
            Q_EMIT view.model()->dragFetchStarted(job);
        }
        QVERIFY(view.isCopying());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(!view.isCopying());
        const QString status = statusOf(view);
        QVERIFY2(status.contains(u"Fetched"_s), qPrintable(status));
        for (const QString &name : {u"evil/../../escaped"_s, u"evil/pipe"_s, u"evil/out/through-link"_s, u"evil2/hardout"_s})
            QVERIFY2(status.contains(u'“' + name + u'”'), qPrintable(name + u" not in: "_s + status));
        QVERIFY(QDir(m_outside).isEmpty());
    }

    void cancelStopsEveryDraggedJob()
    {
        // Cancel during a drag out of several paths stops all of them, not only the
        // one shown last. The engine never answers here, so the jobs wait until canceled.
        QTemporaryDir staging;
        FilesView view;
        view.setEngine(m_engine.get());
        view.setContainer(u"hostile"_s);
        QSignalSpy finished(&view, &FilesView::copyFinished);
        const FakeEngine::Handler served = m_fake.handler;
        m_fake.handler = [](FakeConnection *, const FakeRequest &) {}; // stalls
        ContainerFiles files(m_engine.get());
        QList<QPointer<CopyJob>> jobs;
        for (const QString &p : {u"/evil"_s, u"/evil2"_s, u"/evil"_s}) {
            CopyJob *job = files.copyFromContainer(u"hostile"_s, p, staging.path(), {}, &view);
            jobs.append(job);
            Q_EMIT view.model()->dragFetchStarted(job);
        }
        QTest::qWait(100);
        QVERIFY(view.isCopying());
        view.cancelCopy();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 30000);
        m_fake.handler = served;
        for (const QPointer<CopyJob> &j : jobs) {
            QVERIFY(j);
            QVERIFY(j->isFinished());
            QVERIFY(!j->result());
            QCOMPARE(j->result().error().kind, EngineError::Kind::Canceled);
        }
        QVERIFY(!view.isCopying());
        QVERIFY(QDir(staging.path()).isEmpty());
    }
};

QTEST_MAIN(TestFilesViewRefused)
#include "tst_filesviewrefused.moc"
