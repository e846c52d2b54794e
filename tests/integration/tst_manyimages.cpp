// Several images selected, on the real engine. Remove…: one confirmation that lists
// every tag and image and the containers using them, then a result per image; an image
// a stopped container uses stays unless Force is ticked (and then the container stays,
// nameless); the others go all the same. Push…: one confirmation saying where each tag
// goes, then every tag pushed to the local registry, each with its result. Tag…: a new
// name for each (a prefix, a tag), every one shown and checked first. Only images of
// this test are touched.
#include "engine.h"
#include "images/imagespage.h"
#include "images/progressview.h"
#include "images/pushdialog.h"
#include "images/removeimagesdialog.h"
#include "images/tagimagesdialog.h"
#include "pullpush.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "testengine.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

bool imageExists(const QString &ref)
{
    QByteArray err;
    return TestEngine::docker({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, ref}, nullptr, &err);
}

QStringList childTexts(QTreeWidgetItem *row)
{
    QStringList out;
    for (int i = 0; i < row->childCount(); ++i)
        out << row->child(i)->text(0);
    return out;
}

QTreeWidgetItem *rowFor(QTreeWidget *tree, const QString &id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->toolTip(0) == id)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestManyImages : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    Engine &connected() { return TestEngine::connected(m_engine); }
    const QString m_prefix = u"cais-test/rmi-%1"_s.arg(QCoreApplication::applicationPid());

    /// `page` narrowed to `filter`, once it lists `rows` images, all of them selected.
    static bool selectAllListed(ImagesPage *page, const QString &filter, int rows)
    {
        page->findChild<QLineEdit *>(u"imagesFilter"_s)->setText(filter);
        if (!QTest::qWaitFor([&] { return page->view()->model()->rowCount() == rows; }, 30000))
            return false;
        page->view()->selectAll();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void selectedImagesGoTogetherAndUsedOnesStay()
    {
        Engine &e = connected();
        const QString a = TestEngine::ownImage({m_prefix + u"-a:1"_s});
        const QString b = TestEngine::ownImage({m_prefix + u"-b:1"_s, m_prefix + u"-b:2"_s});
        const QString c = TestEngine::ownImage({m_prefix + u"-c:1"_s});
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        const QString holder = u"cais-rmi-holder-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, holder, u"--network"_s, u"none"_s, m_prefix + u"-c:1"_s, u"true"_s}));
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, holder}, nullptr, &err);
            TestEngine::docker({u"rmi"_s, u"-f"_s, a, b, c}, nullptr, &err);
        });

        MainWindow w(&e);
        w.show();
        ImagesPage *page = w.imagesPage();
        QVERIFY(selectAllListed(page, m_prefix, 3));
        QTreeView *view = page->view();
        const QStringList selected = page->selectedImageIds();
        QCOMPARE(selected.size(), 3);
        QCOMPARE((QSet<QString>{selected.begin(), selected.end()}), (QSet<QString>{a, b, c}));
        auto *remove = page->findChild<QAction *>(u"removeImageAction"_s);
        QVERIFY(remove && remove->isEnabled());
        QCOMPARE(remove->text(), u"Remove 3 Images…"_s);
        remove->trigger();
        const auto dialogs = page->findChildren<RemoveImagesDialog *>();
        QCOMPARE(dialogs.size(), 1);
        RemoveImagesDialog *d = dialogs.first();
        QTRY_VERIFY_WITH_TIMEOUT(d->usersKnown(), 30000);

        // Everything that goes is named before it goes.
        QTreeWidget *tree = d->affectedTree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(childTexts(rowFor(tree, a)), QStringList{u"Tag "_s + m_prefix + u"-a:1"_s});
        QCOMPARE(childTexts(rowFor(tree, b)), (QStringList{u"Tag "_s + m_prefix + u"-b:1"_s, u"Tag "_s + m_prefix + u"-b:2"_s}));
        const QStringList cChildren = childTexts(rowFor(tree, c));
        QVERIFY2(cChildren.contains(u"Container %1 (created) uses it"_s.arg(holder)), qPrintable(cChildren.join(u'\n')));
        QCOMPARE(d->usersOf(c).size(), 1);
        QVERIFY(d->forceBox()->isVisibleTo(d));
        QVERIFY(d->messageLabel()->text().contains(u"Stopped containers use 1 of these images. Without “Force”, such an image stays."_s));

        // Without force: a and b go, c stays and says why.
        QVERIFY(d->removeButton()->isEnabled());
        d->removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(d->isFinished(), 60000);
        QCOMPARE(d->outcome(a), RemoveImagesDialog::Outcome::Removed);
        QCOMPARE(d->outcome(b), RemoveImagesDialog::Outcome::Removed);
        QCOMPARE(d->outcome(c), RemoveImagesDialog::Outcome::Failed);
        QVERIFY2(d->resultText(c).contains(holder), qPrintable(d->resultText(c)));
        QVERIFY2(d->resultText(b).contains(u"2 tags untagged"_s), qPrintable(d->resultText(b)));
        QVERIFY2(d->messageLabel()->text().contains(u"2 of 3 images removed"_s), qPrintable(d->messageLabel()->text()));
        QVERIFY(!imageExists(a));
        QVERIFY(!imageExists(m_prefix + u"-b:1"_s));
        QVERIFY(!imageExists(m_prefix + u"-b:2"_s));
        QVERIFY(imageExists(m_prefix + u"-c:1"_s));
        // The list follows the engine: only c is left.
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 30000);
        d->close();

        // With force: c goes too, and its stopped container stays.
        const QString e2 = TestEngine::ownImage({m_prefix + u"-e:1"_s});
        QVERIFY(!e2.isEmpty());
        auto cleanupE = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rmi"_s, u"-f"_s, e2}, nullptr, &err);
        });
        RemoveImagesDialog forced(&e, {{c, {m_prefix + u"-c:1"_s}, 0}, {e2, {m_prefix + u"-e:1"_s}, 0}});
        QTRY_VERIFY_WITH_TIMEOUT(forced.usersKnown(), 30000);
        QVERIFY(forced.forceBox()->isVisibleTo(&forced));
        forced.forceBox()->setChecked(true);
        forced.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(forced.isFinished(), 60000);
        QVERIFY2(forced.outcome(c) == RemoveImagesDialog::Outcome::Removed, qPrintable(forced.resultText(c)));
        QCOMPARE(forced.outcome(e2), RemoveImagesDialog::Outcome::Removed);
        QVERIFY(!imageExists(m_prefix + u"-c:1"_s));
        QVERIFY(!imageExists(m_prefix + u"-e:1"_s));
        QVERIFY(TestEngine::docker({u"container"_s, u"inspect"_s, holder}));
    }

    void aRunningUserKeepsItsImageEvenForced()
    {
        Engine &e = connected();
        const QString r = TestEngine::ownImage({m_prefix + u"-r:1"_s});
        const QString f = TestEngine::ownImage({m_prefix + u"-f:1"_s});
        QVERIFY(!r.isEmpty() && !f.isEmpty());
        const QString runner = u"cais-rmi-runner-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, runner, u"--network"_s, u"none"_s, m_prefix + u"-r:1"_s, u"sleep"_s, u"300"_s}));
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, runner}, nullptr, &err);
            TestEngine::docker({u"rmi"_s, u"-f"_s, r, f}, nullptr, &err);
        });
        RemoveImagesDialog d(&e, {{r, {m_prefix + u"-r:1"_s}, 0}, {f, {m_prefix + u"-f:1"_s}, 0}});
        QTRY_VERIFY_WITH_TIMEOUT(d.usersKnown(), 30000);
        QVERIFY2(d.messageLabel()->text().contains(u"Running containers use 1 of these images"_s), qPrintable(d.messageLabel()->text()));
        // Force would not help the running one: not offered for it alone.
        QVERIFY(!d.forceBox()->isVisibleTo(&d));
        d.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(d.isFinished(), 60000);
        QCOMPARE(d.outcome(f), RemoveImagesDialog::Outcome::Removed);
        QCOMPARE(d.outcome(r), RemoveImagesDialog::Outcome::Failed);
        QVERIFY2(d.resultText(r).contains(runner), qPrintable(d.resultText(r)));
        QVERIFY(imageExists(m_prefix + u"-r:1"_s));
        QVERIFY(!imageExists(m_prefix + u"-f:1"_s));
    }

    void selectedTagsArePushedEachToItsRegistry()
    {
        Engine &e = connected();
        const QString registry = TestEngine::registry();
        QVERIFY(!registry.isEmpty());
        const QString repo = registry + u"/cais-test/many-push-%1"_s.arg(QCoreApplication::applicationPid());
        const QString one = TestEngine::ownImage({repo + u"-a:1"_s});
        const QString two = TestEngine::ownImage({repo + u"-b:1"_s, repo + u"-b:2"_s});
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rmi"_s, u"-f"_s, one, two}, nullptr, &err);
        });

        MainWindow w(&e);
        w.show();
        ImagesPage *page = w.imagesPage();
        QVERIFY(selectAllListed(page, repo, 2));
        const QStringList tags = page->selectedTags();
        QCOMPARE((QSet<QString>{tags.begin(), tags.end()}), (QSet<QString>{repo + u"-a:1"_s, repo + u"-b:1"_s, repo + u"-b:2"_s}));
        auto *push = page->findChild<QAction *>(u"pushImageAction"_s);
        QVERIFY(push && push->isEnabled());
        QCOMPARE(push->text(), u"Push 3 Tags…"_s);
        push->trigger();

        // Where each goes, before anything goes.
        auto *box = page->findChild<QMessageBox *>(u"pushTagsConfirmation"_s);
        QVERIFY(box);
        const QString host = registry.section(u':', 0, 0);
        for (const QString &t : tags)
            QVERIFY2(box->informativeText().contains(u"Will push %1 to the registry %2"_s.arg(t, registry)), qPrintable(box->informativeText()));
        QVERIFY(!host.isEmpty());
        auto *go = box->findChild<QPushButton *>(u"pushTagsButton"_s);
        QVERIFY(go && go->isEnabled());
        QCOMPARE(go->text(), u"Push 3 Tags"_s);
        PushDialog *pushes = page->openPushDialog(QString());
        QSignalSpy finished(pushes, &PushDialog::pushFinished);
        const int tabsBefore = pushes->tabs()->count();
        go->click();
        // One push per repository at once; -b:2 waits for -b:1 (the same blobs into one
        // repository at the same moment made the registry answer 500).
        QCOMPARE(pushes->tabs()->count(), tabsBefore + 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 120000);
        QCOMPARE(pushes->tabs()->count(), tabsBefore + 3);
        QSet<QString> pushed;
        for (const QList<QVariant> &f : std::as_const(finished)) {
            QVERIFY2(f.at(1).toBool(), qPrintable(f.at(0).toString()));
            pushed << f.at(0).toString();
        }
        QCOMPARE(pushed, (QSet<QString>{tags.begin(), tags.end()}));

        // The registry has them: its tag lists, read with curl.
        const auto tagsIn = [&](const QString &repository) {
            QProcess curl;
            curl.start(u"curl"_s, {u"-fsS"_s, u"http://%1/v2/%2/tags/list"_s.arg(registry, repository)});
            curl.waitForFinished(30000);
            return QString::fromUtf8(curl.readAllStandardOutput());
        };
        const QString path = repo.section(u'/', 1);
        QVERIFY2(tagsIn(path + u"-a"_s).contains(u"\"1\""_s), qPrintable(tagsIn(path + u"-a"_s)));
        const QString b = tagsIn(path + u"-b"_s);
        QVERIFY2(b.contains(u"\"1\""_s) && b.contains(u"\"2\""_s), qPrintable(b));
    }

    void selectedNamesGetNewOnesTogether()
    {
        Engine &e = connected();
        const QString base = u"cais-test/many-tag-%1"_s.arg(QCoreApplication::applicationPid());
        const QString one = TestEngine::ownImage({base + u"-a:1"_s});
        const QString two = TestEngine::ownImage({base + u"-b:1"_s, base + u"-b:2"_s});
        QVERIFY(!one.isEmpty() && !two.isEmpty());
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rmi"_s, u"-f"_s, one, two}, nullptr, &err);
        });
        MainWindow w(&e);
        w.show();
        ImagesPage *page = w.imagesPage();
        QVERIFY(selectAllListed(page, base, 2));
        auto *tag = page->findChild<QAction *>(u"tagImageAction"_s);
        QVERIFY(tag && tag->isEnabled());
        QCOMPARE(tag->text(), u"Tag 3 Names…"_s);
        tag->trigger();
        auto *d = page->findChild<TagImagesDialog *>();
        QVERIFY(d);
        QCOMPARE(d->previewTree()->topLevelItemCount(), 3);
        QVERIFY(!d->tagButton()->isEnabled()); // nothing typed yet

        const QString prefix = u"127.0.0.1:5999/moved"_s;
        d->prefixEdit()->setText(prefix + u"/"_s);
        QCOMPARE(d->targetFor(base + u"-b:2"_s), prefix + u"/"_s + base + u"-b:2"_s);
        QVERIFY(d->tagButton()->isEnabled());
        // A tag the grammar refuses, and one that would give two names the same new one.
        d->tagEdit()->setText(u"not a tag!"_s);
        QVERIFY(!d->tagButton()->isEnabled());
        QVERIFY(!d->messageLabel()->text().isEmpty());
        d->tagEdit()->setText(u"v2"_s);
        QVERIFY(!d->tagButton()->isEnabled());
        QVERIFY2(d->messageLabel()->text().contains(u"Two names would become %1/%2-b:v2"_s.arg(prefix, base)), qPrintable(d->messageLabel()->text()));
        d->tagEdit()->clear();
        QVERIFY(d->tagButton()->isEnabled());

        d->tagButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(d->isFinished(), 60000);
        for (const QString &s : QStringList{base + u"-a:1"_s, base + u"-b:1"_s, base + u"-b:2"_s})
            QVERIFY2(d->outcome(s) == TagImagesDialog::Outcome::Tagged, qPrintable(s + u": "_s + d->resultText(s)));
        // The new names point at the same images, and the old names stay.
        const auto idOf = [](const QString &ref) {
            QByteArray out, err;
            TestEngine::docker({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, ref}, &out, &err);
            return QString::fromUtf8(out.trimmed());
        };
        QCOMPARE(idOf(prefix + u"/"_s + base + u"-a:1"_s), one);
        QCOMPARE(idOf(prefix + u"/"_s + base + u"-b:1"_s), two);
        QCOMPARE(idOf(prefix + u"/"_s + base + u"-b:2"_s), two);
        QCOMPARE(idOf(base + u"-a:1"_s), one);
    }
};

QTEST_MAIN(TestManyImages)
#include "tst_manyimages.moc"
