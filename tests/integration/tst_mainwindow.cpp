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
#include "engine.h"
#include "images/imagespage.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>
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

        // Every control a user can reach has a name a screen reader can say.
        const auto widgets = w.findChildren<QWidget *>();
        for (QWidget *child : widgets) {
            if (!child->isVisible() || child->focusPolicy() == Qt::NoFocus)
                continue;
            if (qobject_cast<QAbstractItemView *>(child) == nullptr && qobject_cast<QLineEdit *>(child) == nullptr
                && qobject_cast<QAbstractButton *>(child) == nullptr)
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(child);
            const bool named = !child->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                           .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())));
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
