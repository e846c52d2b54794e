// The real main window, offscreen, against the real engine.
#include "common/enginebanner.h"
#include "containers/containerspage.h"
#include "build/buildpage.h"
#include "build/buildpanel.h"
#include "build/dockerfileeditor.h"
#include "containers/logsview.h"
#include "containers/rundialog.h"
#include "historymodel.h"
#include "images/imagedetails.h"
#include "containersmodel.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalview.h"
#include "engine.h"
#include "images/imagespage.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QStringList shownRows(QAbstractItemView *view)
{
    QStringList rows;
    QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r)
        rows << m->index(r, ImagesModel::RepositoryColumn).data().toString() + QLatin1Char(' ')
                    + m->index(r, ImagesModel::TagColumn).data().toString();
    rows.sort();
    return rows;
}

/// What a screen reader says a widget is called: the name AT-SPI reads.
QString accessibleNameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Whether `w` is something a user operates (and so must have a name).
bool isControl(QWidget *w)
{
    // Parts of a control are named by it: a combo box's popup and line edit, a spin
    // box's line edit, a view's header and scroll bars.
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return false;
    }
    if (qobject_cast<QHeaderView *>(w) || qobject_cast<QScrollBar *>(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w)
        || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w);
}

/// Every control under `root` (shown or hidden) without an accessible name.
QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (!isControl(w) || !accessibleNameOf(w).isEmpty())
            continue;
        QStringList path;
        for (QWidget *p = w; p; p = p->parentWidget())
            path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
        out << path.join(QLatin1Char('/'));
    }
    return out;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void showsSeededImagesAndEngine()
    {
        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTreeView *view = w.imagesPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(shownRows(view).contains(QStringLiteral("cais-test/shell 1, latest")), 20000);
        const QStringList rows = shownRows(view);
        QVERIFY2(rows.contains(QStringLiteral("cais-test/layers 1, two-tags")), qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY(rows.contains(QStringLiteral("cais-test/dangling latest")));
        QVERIFY(rows.contains(QStringLiteral("<none> <none>")));

        // The status bar names the engine.
        const QString status = w.engineStatus()->text();
        QVERIFY2(status.startsWith(QLatin1String("Docker 26.")), qPrintable(status));
        QVERIFY(status.contains(QLatin1String("API 1.45")));
        QVERIFY(status.contains(TestEngine::dockerHost()));
        QVERIFY(w.banner()->isHidden());

        // Typing in the filter narrows the list.
        QTest::keyClicks(w.imagesPage()->filterEdit(), QStringLiteral("layers"));
        QCOMPARE(shownRows(view), QStringList{QStringLiteral("cais-test/layers 1, two-tags")});
        w.imagesPage()->filterEdit()->clear();
        QCOMPARE(shownRows(view), rows);

        // Every control has a name a screen reader can say (everyControlHasAName
        // opens every page, bar and dialog).
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyControlHasAName()
    {
        // A container, for the logs and inspect views and a terminal.
        const QString name = QStringLiteral("cais-mw-names-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("cais-test/shell:1"),
                                    QStringLiteral("sleep"), QStringLiteral("300")}));
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}); });
        QByteArray id;
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}, &id));
        const QString cid = QString::fromUtf8(id.trimmed());

        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 20000);

        // Images: an image selected, with its details, and every dialog of the page.
        QTRY_VERIFY_WITH_TIMEOUT(shownRows(w.imagesPage()->view()).contains(QStringLiteral("cais-test/shell 1, latest")), 20000);
        const int shellRow = [&] {
            for (int r = 0; r < w.imagesModel()->rowCount(); ++r) {
                if (w.imagesModel()->image(r).repoTags.contains(QStringLiteral("cais-test/shell:1")))
                    return r;
            }
            return -1;
        }();
        QVERIFY(shellRow >= 0);
        const QString imageId = w.imagesModel()->image(shellRow).id;
        QVERIFY(w.imagesPage()->selectImage(imageId));
        QTRY_VERIFY_WITH_TIMEOUT(w.imagesPage()->details()->isLoaded(), 20000);
        QVERIFY(w.imagesPage()->openTagDialog());
        QVERIFY(w.imagesPage()->openRemoveDialog());
        QVERIFY(w.imagesPage()->openPruneDialog());
        QVERIFY(w.imagesPage()->openPullDialog());
        QVERIFY(w.imagesPage()->openPushDialog(QStringLiteral("cais-test/shell:1")));
        QVERIFY(w.imagesPage()->openSearchDialog());

        // Containers: the logs and inspect views of a selected container, the run dialog.
        w.showPage(w.containersPage());
        QTRY_VERIFY_WITH_TIMEOUT(w.containersModel()->indexOfId(cid).isValid(), 20000);
        w.containersPage()->selectContainers({cid});
        QTRY_VERIFY_WITH_TIMEOUT(w.containersPage()->detailsTabs()->findChild<LogsView *>() != nullptr, 10000);
        QVERIFY(w.containersPage()->openRunDialog(QStringLiteral("cais-test/shell:1")));

        // A terminal in the container.
        TerminalView *terminal = w.terminals()->openExec(&engine, cid, {QStringLiteral("sh")}, name);
        QVERIFY(terminal);
        QTRY_VERIFY_WITH_TIMEOUT(terminal->isRunning(), 20000);

        // Build: the editor's find and replace bar, the build panel.
        w.showPage(w.buildPage());
        w.buildPage()->editor()->showFindBar(true);

        // Shown or hidden, every control of every page, bar and dialog has a name
        // (the pages not shown yet built first).
        QVERIFY(w.composePage() && w.systemPage() && w.volumesPage() && w.networksPage());
        const QStringList unnamed = unnamedControls(&w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("Controls without an accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
        w.terminals()->closeTerminal(0);
    }

    void pageFollowsTheSelectedSection()
    {
        MainWindow w(nullptr, QStringLiteral("no engine in this test"));
        w.show();
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(nav && pages);
        QCOMPARE(pages->currentWidget(), w.imagesPage());
        const auto rowOf = [&](const QString &text) {
            const QList<QListWidgetItem *> items = nav->findItems(text, Qt::MatchExactly);
            return items.isEmpty() ? -1 : nav->row(items.constFirst());
        };
        const int containers = rowOf(QStringLiteral("Containers"));
        const int build = rowOf(QStringLiteral("Build"));
        QVERIFY(containers >= 0 && build >= 0);

        // Selected as a screen reader does: the selection changes, not the current item.
        nav->selectionModel()->select(nav->model()->index(containers, 0), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(pages->currentWidget(), w.containersPage());
        QCOMPARE(nav->currentRow(), containers);

        // Through the accessibility interface itself, as AT-SPI does.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(nav);
        QVERIFY(list);
        QAccessibleSelectionInterface *selection = list->selectionInterface();
        QVERIFY2(selection, "the section list offers no selection interface");
        QAccessibleInterface *buildItem = nullptr;
        for (int i = 0; i < list->childCount(); ++i) {
            QAccessibleInterface *child = list->child(i);
            if (child && child->text(QAccessible::Name) == QStringLiteral("Build"))
                buildItem = child;
        }
        QVERIFY(buildItem);
        QVERIFY(selection->clear());
        QVERIFY(selection->select(buildItem));
        QCOMPARE(pages->currentWidget(), w.buildPage());
        QCOMPARE(nav->currentRow(), build);
        QCOMPARE(selection->selectedItemCount(), 1);
    }

    // Ctrl+1.. shows the pages in the sidebar's order; the View menu lists them with
    // their keys; a hidden page (Terminals, while none is open) has no number.
    void everyPageHasItsKey()
    {
        MainWindow w(nullptr, QStringLiteral("no engine in this test"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QList<int> shown;
        for (int i = 0; i < nav->count(); ++i) {
            if (!nav->item(i)->isHidden())
                shown << i;
        }
        QVERIFY(shown.size() >= 9);
        QVERIFY(nav->item(pages->indexOf(w.terminals()))->isHidden());
        auto *terminalsAction = w.findChild<QAction *>(QStringLiteral("goToPage_terminalsPage"));
        QVERIFY(terminalsAction && !terminalsAction->isVisible() && terminalsAction->shortcut().isEmpty());
        for (int k = 0; k < std::min<qsizetype>(shown.size(), 10); ++k) {
            // (A page not shown yet is an empty place holder of the same name.)
            const QString name = pages->widget(shown.at(k))->objectName();
            auto *action = w.findChild<QAction *>(QStringLiteral("goToPage_") + name);
            QVERIFY2(action, qPrintable(name));
            const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_0 + (k + 1) % 10));
            QCOMPARE(action->shortcut(), key);
            QCOMPARE(action->text(), nav->item(shown.at(k))->text());
            // From somewhere else, the key brings the page, built.
            w.showPage(k == 0 ? pages->widget(shown.at(1)) : pages->widget(shown.at(0)));
            QTest::keySequence(&w, key);
            QCOMPARE(pages->currentIndex(), shown.at(k));
            QCOMPARE(pages->currentWidget()->objectName(), name);
            QVERIFY2(pages->currentWidget()->metaObject() != &QWidget::staticMetaObject, qPrintable(name));
        }
    }

    // A keyboard user reaches every control of every page with Tab alone, and Tab goes
    // round: from the sections list back to it.
    void tabReachesEveryControlOfEveryPage()
    {
        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 20000);
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->isHidden())
                continue;
            nav->setCurrentRow(i);
            QWidget *page = pages->widget(i); // a page is built when first shown
            QTest::qWait(50);
            // What Tab should reach on this page: shown, enabled, taking focus by Tab.
            QSet<QWidget *> wanted;
            const auto all = page->findChildren<QWidget *>();
            for (QWidget *c : all) {
                if (c->isVisible() && c->isEnabled() && (c->focusPolicy() & Qt::TabFocus) && !c->focusProxy()
                    && !qobject_cast<QAbstractButton *>(c->parentWidget()))
                    wanted.insert(c);
            }
            QVERIFY2(!wanted.isEmpty(), qPrintable(page->objectName()));
            nav->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(nav->hasFocus());
            QSet<QWidget *> reached;
            QStringList path;
            bool round = false;
            for (int step = 0; step < 400; ++step) {
                QWidget *before = QApplication::focusWidget();
                // An editor takes Tab as text: Ctrl+Tab leaves it, as in Qt's text widgets.
                const bool editor = before && before->inherits("QPlainTextEdit") && !before->property("tabChangesFocus").toBool();
                if (editor)
                    QTest::keyClick(before, Qt::Key_Tab, Qt::ControlModifier);
                else
                    QTest::keyClick(before ? before : static_cast<QWidget *>(&w), Qt::Key_Tab);
                QWidget *f = QApplication::focusWidget();
                if (!f || f == before)
                    break;
                if (f == nav) {
                    round = true;
                    break;
                }
                path << (f->objectName().isEmpty() ? QString::fromLatin1(f->metaObject()->className()) : f->objectName());
                reached.insert(f);
            }
            QStringList missed;
            for (QWidget *c : std::as_const(wanted)) {
                if (!reached.contains(c))
                    missed << (c->objectName().isEmpty() ? QString::fromLatin1(c->metaObject()->className()) : c->objectName()) + u" ("_s
                                  + c->accessibleName() + u')';
            }
            QVERIFY2(missed.isEmpty(), qPrintable(page->objectName() + u": Tab never reaches "_s + missed.join(u", "_s) + u"\nTab went: "_s
                                                  + path.join(u" > "_s)));
            QVERIFY2(round, qPrintable(page->objectName() + u": Tab does not come back to the sections: "_s + path.join(u" > "_s)));
        }
    }

    void selectedContainerShowsItsLogs()
    {
        const QString name = QStringLiteral("cais-mw-logs-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("cais-test/shell:1"),
                                    QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello-from-logs; sleep 300")}));
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}); });
        QByteArray id;
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}, &id));

        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), Engine::State::Connected, 20000);
        const QString cid = QString::fromUtf8(id.trimmed());
        QTRY_VERIFY_WITH_TIMEOUT(w.containersModel()->indexOfId(cid).isValid(), 20000);
        w.containersPage()->selectContainers({cid});
        QTabWidget *tabs = w.containersPage()->detailsTabs();
        QTRY_VERIFY_WITH_TIMEOUT(tabs->findChild<LogsView *>() != nullptr, 10000);
        int logsTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (qobject_cast<LogsView *>(tabs->widget(i)))
                logsTab = i;
        }
        QVERIFY(logsTab >= 0);
        QCOMPARE(tabs->tabText(logsTab), QStringLiteral("Logs"));
        // No terminal is open, so the Terminals section is not shown.
        QCOMPARE(w.terminals()->terminalCount(), 0);
    }

    void aBuiltImageIsShownAndLeadsBackToItsLines()
    {
        Engine engine(TestEngine::endpoint());
        engine.connectToEngine();
        MainWindow w(&engine);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(w.imagesModel()->rowCount() > 0, 20000);
        // A filter that hides every image: the built one is shown anyway.
        w.imagesPage()->filterEdit()->setText(QStringLiteral("nothing-is-called-this"));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = QStringLiteral("mw%1x%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
        const QString df = dir.filePath(QStringLiteral("Dockerfile"));
        {
            QFile f(df);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FROM cais-test/shell:1\n"                       // 1
                    "RUN echo " + marker.toUtf8() + " > /marker\n" // 2
                    "CMD [\"cat\", \"/marker\"]\n");                // 3
        }
        const QString tag = QStringLiteral("cais-test/mw-built:") + marker;
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), tag}); });
        BuildPage *page = w.buildPage();
        QVERIFY(page->openDockerfile(df));
        page->panel()->setTags({tag});
        w.showPage(page);
        QSignalSpy finished(page->panel(), &BuildPanel::buildFinished);
        QTRY_VERIFY_WITH_TIMEOUT(page->panel()->buildButton()->isEnabled(), 20000);
        QTest::mouseClick(page->panel()->buildButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const BuildResult r = page->panel()->lastResult();
        QVERIFY2(r.succeeded(), qPrintable(r.message));

        // The new image is current in the image browser, the hiding filter gone.
        QTRY_COMPARE_WITH_TIMEOUT(w.imagesPage()->currentImageId(), r.imageId, 20000);
        QVERIFY(w.imagesPage()->filterEdit()->text().isEmpty());
        QVERIFY(w.imagesPage()->pendingReveal().isEmpty());

        // Its layer history names the Dockerfile lines that made the layers.
        w.showPage(w.imagesPage());
        ImageDetails *details = w.imagesPage()->details();
        HistoryModel *history = details->historyModel();
        QTRY_VERIFY_WITH_TIMEOUT(details->imageId() == r.imageId && details->isLoaded() && history->rowCount() > 2, 20000);
        QVERIFY(!details->historyView()->header()->isSectionHidden(HistoryModel::DockerfileColumn));
        QCOMPARE(history->index(0, HistoryModel::DockerfileColumn).data(HistoryModel::DockerfileLineRole).toInt(), 3);
        QCOMPARE(history->index(1, HistoryModel::DockerfileColumn).data(HistoryModel::DockerfileLineRole).toInt(), 2);
        QCOMPARE(history->index(1, HistoryModel::DockerfileColumn).data().toString(), QStringLiteral("Dockerfile:2"));
        QVERIFY(history->index(1, HistoryModel::InstructionColumn).data().toString().contains(marker));

        // Activating the RUN layer opens the editor at its line.
        page->editor()->goToLine(3);
        details->historyView()->setCurrentIndex(history->index(1, HistoryModel::InstructionColumn));
        QTest::keyClick(details->historyView(), Qt::Key_Return);
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->editor()->currentLine(), 2);

        // "Run…" after the build opens the run dialog on the new tag.
        QVERIFY(page->panel()->runButton()->isEnabled());
        QTest::mouseClick(page->panel()->runButton(), Qt::LeftButton);
        QTRY_VERIFY(w.containersPage()->isVisible());
        auto *run = w.findChild<RunDialog *>();
        QVERIFY(run);
        QCOMPARE(run->imageBox()->currentText(), tag);
        run->close();

        // Closing the window with unsaved edits asks first; Cancel keeps it open.
        page->editor()->setText(page->editor()->text() + QStringLiteral("# edited\n"));
        int asked = 0;
        page->editor()->setUnsavedChangesPrompt([&] {
            ++asked;
            return int(QMessageBox::Cancel);
        });
        QVERIFY(!w.close());
        QCOMPARE(asked, 1);
        QVERIFY(w.isVisible());
        page->editor()->setUnsavedChangesPrompt([&] {
            ++asked;
            return int(QMessageBox::Discard);
        });
        QVERIFY(w.close());
        QCOMPARE(asked, 2);
    }

    void saysWhyWhenTheEngineIsMissing()
    {
        Endpoint ep;
        ep.path = QStringLiteral("/tmp/cais-no-engine-here/docker.sock");
        Engine engine(ep);
        engine.setReconnectInterval(0);
        engine.connectToEngine();
        MainWindow w(&engine);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(!w.banner()->isHidden(), 10000);
        QVERIFY2(w.banner()->message().contains(QLatin1String("No engine socket at /tmp/cais-no-engine-here/docker.sock")),
                 qPrintable(w.banner()->message()));
        QVERIFY(w.engineStatus()->text().startsWith(QLatin1String("Not connected")));
    }

    void saysWhyWhenTheAddressIsInvalid()
    {
        const auto ep = Endpoint::parse(QStringLiteral("tcp://:99"));
        QVERIFY(!ep.has_value());
        MainWindow w(nullptr, ep.error().userMessage);
        w.show();
        QVERIFY(!w.banner()->isHidden());
        QVERIFY(w.banner()->message().contains(QLatin1String("tcp://:99")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
