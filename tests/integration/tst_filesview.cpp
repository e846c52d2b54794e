// The Files tab against the real engine: a container's tree, the path bar, the
// filter, which way folders are read, a drop of host files (text/uri-list) onto a
// folder, and saving to the computer.
#include "containerfilesmodel.h"
#include "engine.h"
#include "files/copytocontainerdialog.h"
#include "files/fileviewer.h"
#include "files/filesview.h"
#include "testengine.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString unique(const QString &base)
{
    static int n = 0;
    return base + u'-' + QString::number(QCoreApplication::applicationPid()) + u'-' + QString::number(++n);
}

QStringList rowNames(const QAbstractItemModel *m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m->rowCount(parent); ++r)
        out.append(m->index(r, 0, parent).data().toString());
    return out;
}
} // namespace

class TestFilesView : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QString m_image;
    QStringList m_containers;

    QString container(bool running)
    {
        const QString name = unique(u"cais-filesview"_s);
        QStringList args = running ? QStringList{u"run"_s, u"-d"_s} : QStringList{u"create"_s};
        args << u"--network"_s << u"none"_s << u"--name"_s << name << m_image << u"sleep"_s << u"3600"_s;
        if (!TestEngine::docker(args))
            return {};
        m_containers.append(name);
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"cais-tests"_s);
        QCoreApplication::setApplicationName(u"tst_filesview"_s);
        QSettings().clear();
        REQUIRE_TEST_ENGINE();
        m_image = unique(u"cais-test/filesview"_s) + u":1"_s;
        QVERIFY(!TestEngine::ownImage({m_image}, u"cais-test/shell:1"_s,
                                      u"RUN mkdir -p /data/sub /view && printf alpha > /data/a.txt && printf beta > /data/sub/b.txt "
                                      "&& head -c 2000000 /dev/zero | tr '\\0' x > /view/big.txt && printf 'a\\000b' > /view/bin "
                                        "&& mkdir /links /into && ln -s /data/a.txt /links/l"_s).isEmpty());
    }

    void cleanupTestCase()
    {
        // Close every connection first: the calls below block this thread's event loop,
        // and an archive stream the engine still serves would keep its container locked,
        // so `docker rm -f` would wait for it (seen once under heavy load: rm and rmi
        // timed out here, and other tests' removals with them).
        m_engine.reset();
        for (const QString &c : std::as_const(m_containers))
            TestEngine::docker({u"rm"_s, u"-f"_s, c});
        if (!m_image.isEmpty())
            TestEngine::docker({u"rmi"_s, u"-f"_s, m_image});
    }

    void browseDropAndSave()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        FilesView view;
        view.resize(800, 500);
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *path = view.findChild<QLineEdit *>();
        QVERIFY(path);
        path->setText(u"/data"_s);
        QTest::keyClick(path, Qt::Key_Return);
        QAbstractItemModel *shown = view.tree()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(shown), (QStringList{u"sub"_s, u"a.txt"_s}), 30000); // folders first
        bool saysShell = false;
        for (QLabel *l : view.findChildren<QLabel *>())
            saysShell |= l->text().contains(u"shell"_s);
        QVERIFY(saysShell);

        // Ctrl+L from the list goes to the path, all of it selected.
        view.tree()->setFocus();
        QTRY_VERIFY(view.tree()->hasFocus());
        QTest::keyClick(view.tree(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(path->hasFocus());
        QCOMPARE(path->selectedText(), u"/data"_s);
        view.tree()->setFocus();

        // Expand "sub", then filter: the folder stays because its child matches.
        view.tree()->expand(shown->index(0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(shown->index(0, 0)), 1, 30000);
        QLineEdit *filter = nullptr;
        for (QLineEdit *e : view.findChildren<QLineEdit *>())
            if (e != path)
                filter = e;
        QVERIFY(filter);
        filter->setText(u"b.tx"_s);
        QCOMPARE(rowNames(shown), QStringList{u"sub"_s});
        filter->clear();

        // A file dropped from the file manager on the folder "sub" lands in it.
        QTemporaryDir host;
        QFile f(host.filePath(u"dropped.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from the desktop");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        const QPoint onSub = view.tree()->visualRect(shown->index(0, 0)).center();
        QCOMPARE(view.dropFolder(onSub), u"/data/sub"_s);
        QDragEnterEvent enter(onSub, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.tree()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(&view, &FilesView::copyFinished);
        QDropEvent drop(QPointF(onSub), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.tree()->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QByteArray out;
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"cat"_s, u"/data/sub/dropped.txt"_s}, &out));
        QCOMPARE(out, "from the desktop");
        // The folder was read again and shows it.
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexForPath(u"/data/sub/dropped.txt"_s).isValid(), 30000);

        // Saving to the computer.
        QTemporaryDir saved;
        finished.clear();
        view.saveTo(u"/data/a.txt"_s, saved.path());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QFile s(saved.filePath(u"a.txt"_s));
        QVERIFY(s.open(QIODevice::ReadOnly));
        QCOMPARE(s.readAll(), "alpha");
    }

    void dragBetweenTwoContainers()
    {
        // A file dragged out of one container's browser and dropped on a folder of
        // another's: Cais's own MIME type, streamed from one engine archive to the other.
        const QString a = container(true);
        const QString b = container(false); // a stopped destination
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        FilesView from, to;
        for (FilesView *v : {&from, &to}) {
            v->resize(700, 400);
            v->setEngine(&TestEngine::connected(m_engine));
        }
        from.setContainer(a);
        to.setContainer(b);
        from.show();
        to.show();
        QVERIFY(QTest::qWaitForWindowExposed(&to));
        from.openPath(u"/data"_s);
        to.openPath(u"/data"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(from.tree()->model()), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(to.tree()->model()), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        const QModelIndex file = from.tree()->model()->index(1, 0);
        std::unique_ptr<QMimeData> mime(from.tree()->model()->mimeData({file}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(ContainerFilesModel::kContainerPathsMime)));
        const QPoint onSub = to.tree()->visualRect(to.tree()->model()->index(0, 0)).center();
        QDragEnterEvent enter(onSub, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to.tree()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(&to, &FilesView::copyFinished);
        QDropEvent drop(QPointF(onSub), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(to.tree()->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QByteArray tar;
        QVERIFY(TestEngine::docker({u"cp"_s, b + u":/data/sub/a.txt"_s, u"-"_s}, &tar));
        QVERIFY(tar.contains("alpha"));

        // Paths of a container of another engine are not taken for this one's.
        QMimeData foreign;
        foreign.setData(QString::fromLatin1(ContainerFilesModel::kContainerPathsMime),
                        QJsonDocument(QJsonObject{{u"endpoint"_s, u"unix:///elsewhere.sock"_s}, {u"container"_s, u"x"_s},
                                                  {u"paths"_s, QJsonArray{u"/etc"_s}}}).toJson());
        QDragEnterEvent enterForeign(onSub, Qt::CopyAction, &foreign, Qt::LeftButton, Qt::NoModifier);
        enterForeign.ignore();
        QCoreApplication::sendEvent(to.tree()->viewport(), &enterForeign);
        QVERIFY(!enterForeign.isAccepted());
    }

    void overwritePromptInTheView()
    {
        // A host file dropped where one of that name exists: the view asks; Skip keeps
        // the container's, Replace takes the dropped one.
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        FilesView view;
        view.resize(800, 500);
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openPath(u"/data"_s);
        QAbstractItemModel *shown = view.tree()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(shown), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        QTemporaryDir host;
        QFile f(host.filePath(u"a.txt"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        const QPoint onFile = view.tree()->visualRect(shown->index(1, 0)).center(); // a file: its folder
        QSignalSpy finished(&view, &FilesView::copyFinished);
        for (const QString &choice : {u"Skip"_s, u"Replace"_s}) {
            finished.clear();
            QDragEnterEvent enter(onFile, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.tree()->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(onFile), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view.tree()->viewport(), &drop);
            QVERIFY(drop.isAccepted());
            QTRY_VERIFY_WITH_TIMEOUT(view.conflictPrompt() && view.conflictPrompt()->isVisible(), 30000);
            QMessageBox *box = view.conflictPrompt();
            QVERIFY(box->text().contains(u"/data/a.txt"_s));
            QPushButton *button = nullptr;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == choice)
                    button = qobject_cast<QPushButton *>(b);
            QVERIFY(button);
            QVERIFY(!button->accessibleName().isEmpty());
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
            QByteArray out;
            QVERIFY(TestEngine::docker({u"exec"_s, c, u"cat"_s, u"/data/a.txt"_s}, &out));
            QCOMPARE(out, choice == u"Skip"_s ? QByteArray("alpha") : QByteArray("mine"));
            if (choice == u"Skip"_s)
                QVERIFY(finished.first().at(1).toString().contains(u"left as"_s));
        }
    }

    void dragOutToTheDesktop()
    {
        // What a file manager does with a drop: ask for text/uri-list. Only then is the
        // file fetched (the view shows the copy), and the URL names it on this computer.
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        FilesView view;
        view.resize(800, 500);
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openPath(u"/data"_s);
        QAbstractItemModel *shown = view.tree()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(shown), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        QSignalSpy finished(&view, &FilesView::copyFinished);
        std::unique_ptr<QMimeData> mime(shown->mimeData({shown->index(0, 0), shown->index(1, 0)}));
        QVERIFY(mime);
        QVERIFY(mime->hasUrls());
        QCOMPARE(finished.count(), 0); // nothing fetched by the drag itself
        const QList<QUrl> urls = mime->urls();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.at(0).at(0).toBool() && finished.at(1).at(0).toBool());
        QFile a(urls.at(1).toLocalFile());
        QCOMPARE(QFileInfo(a).fileName(), u"a.txt"_s);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), "alpha");
        QFile b(urls.at(0).toLocalFile() + u"/b.txt"_s);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), "beta");
        QCOMPARE(mime->urls(), urls); // asked again: not fetched again
        QCOMPARE(finished.count(), 2);
        QDir(QFileInfo(a).absolutePath()).removeRecursively();
    }

    void viewerAndChanges()
    {
        const QString c = container(true);
        QVERIFY(!c.isEmpty());
        FilesView view;
        view.resize(800, 500);
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openPath(u"/data"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(view.tree()->model()), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);

        // The viewer: text, a file over the limit, a binary one.
        FileViewer *text = view.openFile(u"/data/a.txt"_s);
        QVERIFY(text);
        QTRY_COMPARE_WITH_TIMEOUT(text->text()->toPlainText(), u"alpha"_s, 30000);
        QVERIFY(text->text()->isReadOnly());
        text->close();
        FileViewer *big = view.openFile(u"/view/big.txt"_s);
        QTRY_VERIFY_WITH_TIMEOUT(big->note()->text().contains(u"first"_s), 30000);
        QCOMPARE(qint64(big->text()->toPlainText().size()), FileViewer::kLimit);
        big->close();
        FileViewer *bin = view.openFile(u"/view/bin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bin->note()->text().contains(u"binary"_s), 30000);
        QVERIFY(bin->text()->isHidden());
        bin->close();

        // New folder, rename, delete (with a confirmation naming what goes).
        QSignalSpy changed(&view, &FilesView::changeFinished);
        view.makeFolder(u"/data"_s, u"new folder"_s);
        QVERIFY(changed.wait(30000));
        QVERIFY2(changed.last().first().toBool(), qPrintable(changed.last().at(1).toString()));
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"test"_s, u"-d"_s, u"/data/new folder"_s}));
        view.renamePath(u"/data/new folder"_s, u"renamed; echo pwned"_s); // a name, never a command
        QVERIFY(changed.wait(30000));
        QVERIFY2(changed.last().first().toBool(), qPrintable(changed.last().at(1).toString()));
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"test"_s, u"-d"_s, u"/data/renamed; echo pwned"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->indexForPath(u"/data/sub"_s).isValid(), 30000);
        view.removePath(u"/data/sub"_s);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = view.findChild<QMessageBox *>()) && confirm->isVisible(), 10000);
        QVERIFY(confirm->text().contains(u"/data/sub"_s));
        QVERIFY(confirm->text().contains(u"everything in it"_s));
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : confirm->buttons())
            if (b->text() == u"Delete"_s)
                remove = b;
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QVERIFY2(changed.last().first().toBool(), qPrintable(changed.last().at(1).toString()));
        QByteArray gone;
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"sh"_s, u"-c"_s, u"test -e /data/sub && echo there || echo gone"_s}, &gone));
        QCOMPARE(gone.trimmed(), "gone");
        QVERIFY(TestEngine::docker({u"exec"_s, c, u"test"_s, u"-f"_s, u"/data/a.txt"_s}));
    }

    void copyToAnotherContainer()
    {
        // "Copy to Another Container…" on two selected entries (a folder and a file):
        // the dialog lists the engine's other containers (running or stopped, never the
        // source), proposes the same folder, and the copy lands there with the same
        // contents. Done again, the prompt names the file and the container it would
        // replace in; Skip with "apply to all" leaves both, and the status counts the
        // files skipped by both copies, not only by the last.
        const QString a = container(true);
        const QString b = container(true);
        const QString stopped = container(false);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !stopped.isEmpty());
        FilesView view;
        view.resize(900, 500);
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(a);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openPath(u"/data"_s);
        QAbstractItemModel *shown = view.tree()->model();
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(shown), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        QVERIFY(!view.copyToContainerAction()->isEnabled()); // nothing selected
        view.tree()->setCurrentIndex(shown->index(0, 0));
        view.tree()->selectionModel()->select(shown->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QStringList selected = view.selectedPaths();
        selected.sort();
        QCOMPARE(selected, (QStringList{u"/data/a.txt"_s, u"/data/sub"_s}));
        QVERIFY(view.copyToContainerAction()->isEnabled());

        QSignalSpy finished(&view, &FilesView::copyFinished);
        for (const bool again : {false, true}) {
            finished.clear();
            view.copyToContainerAction()->trigger();
            CopyToContainerDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = view.findChild<CopyToContainerDialog *>()) && dialog->isVisible(), 10000);
            QVERIFY(!dialog->accessibleName().isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 30000);
            QComboBox *box = dialog->containerBox();
            QVERIFY(!box->accessibleName().isEmpty());
            QStringList listed;
            for (int i = 0; i < box->count(); ++i)
                listed << box->itemText(i);
            QVERIFY2(listed.filter(b + u" ("_s).size() == 1, qPrintable(listed.join(u", "_s)));
            QVERIFY2(listed.filter(stopped + u" ("_s).size() == 1, qPrintable(listed.join(u", "_s))); // stopped ones too
            QVERIFY2(listed.filter(a + u" ("_s).isEmpty(), qPrintable(listed.join(u", "_s)));         // never the source
            QCOMPARE(dialog->pathEdit()->text(), u"/data"_s); // the same folder
            int at = -1;
            for (int i = 0; i < box->count(); ++i)
                if (box->itemText(i).startsWith(b + u" ("_s))
                    at = i;
            box->setCurrentIndex(at);
            dialog->pathEdit()->clear();
            QTest::keyClicks(dialog->pathEdit(), u"/into"_s);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
            if (!again) {
                QVERIFY(finished.wait(60000));
                QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
                QVERIFY(finished.first().at(1).toString().contains(b));
                continue;
            }
            QTRY_VERIFY_WITH_TIMEOUT(view.conflictPrompt() && view.conflictPrompt()->isVisible(), 30000);
            QMessageBox *prompt = view.conflictPrompt();
            QVERIFY2(prompt->text().contains(u"/into/sub/b.txt"_s) || prompt->text().contains(u"/into/a.txt"_s), qPrintable(prompt->text()));
            QVERIFY2(prompt->text().contains(b), qPrintable(prompt->text())); // in which container
            prompt->checkBox()->setChecked(true);
            QAbstractButton *skip = nullptr;
            for (QAbstractButton *button : prompt->buttons())
                if (button->text() == u"Skip"_s)
                    skip = button;
            QVERIFY(skip);
            QTest::mouseClick(skip, Qt::LeftButton);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
            // Both copies' skipped files are counted (each skipped one).
            const QString said = finished.first().at(1).toString();
            QVERIFY2(said.contains(u"2 existing file"_s) && said.contains(u"left as they were"_s), qPrintable(said));
        }
        QByteArray out;
        QVERIFY(TestEngine::docker({u"exec"_s, b, u"cat"_s, u"/into/a.txt"_s}, &out));
        QCOMPARE(out, "alpha");
        QVERIFY(TestEngine::docker({u"exec"_s, b, u"cat"_s, u"/into/sub/b.txt"_s}, &out));
        QCOMPARE(out, "beta");
        // Nothing went to the source or the container not chosen.
        QByteArray there;
        QVERIFY(TestEngine::docker({u"exec"_s, a, u"sh"_s, u"-c"_s, u"test -e /into/a.txt && echo there || echo no"_s}, &there));
        QCOMPARE(there.trimmed(), "no");
    }

    void copyOptionsFollowLinksAndAreKept()
    {
        // "Follow Symbolic Links" (docker cp -L) feeds every copy of the view and is
        // kept in the settings; "Keep Owner" (-a) likewise.
        const QString a = container(true);
        const QString b = container(true);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        {
            FilesView view;
            QVERIFY(!view.followLinksAction()->isChecked());
            QVERIFY(!view.keepOwnerAction()->isChecked());
            QVERIFY(!view.copyOptions().followLink && !view.copyOptions().keepOwner);
            view.setEngine(&TestEngine::connected(m_engine));
            view.setContainer(b);
            QSignalSpy finished(&view, &FilesView::copyFinished);
            // Off: the link itself is copied.
            view.copyFromContainer(a, {u"/links/l"_s}, u"/into"_s);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
            QVERIFY(TestEngine::docker({u"exec"_s, b, u"test"_s, u"-L"_s, u"/into/l"_s}));
            QVERIFY(TestEngine::docker({u"exec"_s, b, u"rm"_s, u"/into/l"_s}));
            view.followLinksAction()->setChecked(true);
            view.keepOwnerAction()->setChecked(true);
            QVERIFY(view.copyOptions().followLink && view.copyOptions().keepOwner && view.copyOptions().askBeforeReplacing);
            finished.clear();
            view.copyFromContainer(a, {u"/links/l"_s}, u"/into"_s);
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
            // On: what the link points at, under the link's name.
            QByteArray out;
            QVERIFY(TestEngine::docker({u"exec"_s, b, u"sh"_s, u"-c"_s, u"test -L /into/l && echo link || echo file"_s}, &out));
            QCOMPARE(out.trimmed(), "file");
            QVERIFY(TestEngine::docker({u"exec"_s, b, u"cat"_s, u"/into/l"_s}, &out));
            QCOMPARE(out, "alpha");
        }
        {
            FilesView next; // kept for the next view and the next run
            QVERIFY(next.followLinksAction()->isChecked());
            QVERIFY(next.keepOwnerAction()->isChecked());
            next.followLinksAction()->setChecked(false);
            next.keepOwnerAction()->setChecked(false);
        }
        FilesView last;
        QVERIFY(!last.followLinksAction()->isChecked() && !last.keepOwnerAction()->isChecked());
        QVERIFY(!last.followLinksAction()->text().isEmpty() && last.followLinksAction()->isCheckable());
    }

    void stoppedContainerReadsTheArchive()
    {
        const QString c = container(false);
        QVERIFY(!c.isEmpty());
        FilesView view;
        view.setEngine(&TestEngine::connected(m_engine));
        view.setContainer(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.openPath(u"/data"_s);
        QTRY_COMPARE_WITH_TIMEOUT(rowNames(view.tree()->model()), (QStringList{u"sub"_s, u"a.txt"_s}), 30000);
        QCOMPARE(view.model()->lastMethod(), DirectoryListing::Method::Archive);
        bool saysArchive = false;
        for (QLabel *l : view.findChildren<QLabel *>())
            saysArchive |= l->text().contains(u"archive"_s);
        QVERIFY(saysArchive);
    }
};

QTEST_MAIN(TestFilesView)
#include "tst_filesview.moc"
