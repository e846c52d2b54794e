// The window remembers: a real main window on the real engine is changed as a user
// would (size, page, column widths, order, hidden columns, sort, splitters, filters,
// switches), closed, and a second window opened afterwards looks the same. Settings go
// to a test location (QStandardPaths test mode), never to the user's.
#include "containers/containerspage.h"
#include "engine.h"
#include "images/imagespage.h"
#include "imagesmodel.h"
#include "build/buildpage.h"
#include "build/dockerfileeditor.h"
#include "mainwindow.h"
#include "system/systempage.h"
#include "system/volumespage.h"
#include "volumesmodel.h"
#include "testengine.h"
#include "translations.h"
#include "windowmemory.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestWindowMemory : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    Engine &connected() { return TestEngine::connected(m_engine); }
    QTemporaryDir m_tmp;
    QString m_dockerfile;

    static QString currentPage(MainWindow &w)
    {
        return w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget()->objectName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"cais-tests"_s);
        QCoreApplication::setApplicationName(u"tst_windowmemory-%1"_s.arg(QCoreApplication::applicationPid()));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        m_dockerfile = QFileInfo(m_tmp.filePath(u"Dockerfile"_s)).absoluteFilePath();
        QFile df(m_dockerfile);
        QVERIFY(df.open(QIODevice::WriteOnly));
        df.write("FROM cais-test/shell:1\n");
    }

    void cleanupTestCase()
    {
        QSettings s;
        const QString file = s.fileName();
        s.clear();
        s.sync();
        QFile::remove(file);
    }

    void pathsAreStableAndNamed()
    {
        MainWindow w(&connected());
        const QString images = WindowMemory::pathOf(w.imagesPage()->view()->header(), &w);
        QVERIFY2(images.contains(u"imagesPage"_s) && images.contains(u"imagesView"_s), qPrintable(images));
        MainWindow other(&connected());
        QCOMPARE(WindowMemory::pathOf(other.imagesPage()->view()->header(), &other), images);
        QVERIFY(WindowMemory::pathOf(w.containersPage()->view()->header(), &w) != images);
    }

    void aClosedWindowIsWhatTheNextOneShows()
    {
        Engine &e = connected();
        const QString filter = u"cais-test/no-such-%1"_s.arg(QCoreApplication::applicationPid());
        QList<int> imagesSplit, mainSplit;
        int repoWidth = 0, driverWidth = 0;
        QRect geometry;
        {
            MainWindow w(&e);
            w.resize(1111, 777);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_VERIFY_WITH_TIMEOUT(w.imagesModel()->rowCount() > 0, 30000);

            // Images: the Size column first, Labels hidden, Repository wider, sorted by
            // size, largest first; a filter and the Dangling switch.
            QTreeView *images = w.imagesPage()->view();
            QHeaderView *h = images->header();
            h->moveSection(h->visualIndex(ImagesModel::SizeColumn), 0);
            images->setColumnHidden(ImagesModel::LabelsColumn, true);
            repoWidth = h->sectionSize(ImagesModel::RepositoryColumn) + 97;
            h->resizeSection(ImagesModel::RepositoryColumn, repoWidth);
            images->sortByColumn(ImagesModel::SizeColumn, Qt::DescendingOrder);
            w.imagesPage()->findChild<QLineEdit *>(u"imagesFilter"_s)->setText(filter);
            w.imagesPage()->danglingToggle()->setChecked(true);

            auto *split = w.imagesPage()->findChild<QSplitter *>(u"imagesSplitter"_s);
            QVERIFY(split);
            const QList<int> before = split->sizes();
            QCOMPARE(before.size(), 2);
            split->setSizes({before[0] + before[1] - 150, 150});
            imagesSplit = split->sizes();
            auto *main = w.findChild<QSplitter *>(u"mainSplit"_s);
            QVERIFY(main);
            const QList<int> m = main->sizes();
            main->setSizes({m[0] + 40, m[1] - 40});
            mainSplit = main->sizes();

            // Build: a Dockerfile opened in the editor.
            QVERIFY(w.buildPage()->openDockerfile(m_dockerfile));

            // Volumes (a page built when first shown): Labels hidden, Driver wider, a filter.
            QTreeView *volumes = w.volumesPage()->view();
            volumes->setColumnHidden(VolumesModel::LabelsColumn, true);
            driverWidth = volumes->header()->sectionSize(VolumesModel::DriverColumn) + 61;
            volumes->header()->resizeSection(VolumesModel::DriverColumn, driverWidth);
            w.volumesPage()->filterEdit()->setText(filter);

            // Containers: running only; then the System page in front.
            w.containersPage()->findChild<QCheckBox *>(u"containersRunningOnly"_s)->setChecked(true);
            w.showPage(w.systemPage());
            geometry = w.geometry();
            QVERIFY(w.close());
        }
        QSettings s;
        QCOMPARE(s.value(u"window/page"_s).toString(), u"systemPage"_s);

        MainWindow w(&e);
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), geometry.size());
        QCOMPARE(currentPage(w), u"systemPage"_s);
        // A page not shown yet is not built yet; built, it is as it was left.
        QVERIFY(!w.findChild<VolumesPage *>());
        QTreeView *volumes = w.volumesPage()->view();
        QVERIFY(volumes->isColumnHidden(VolumesModel::LabelsColumn));
        QCOMPARE(volumes->header()->sectionSize(VolumesModel::DriverColumn), driverWidth);
        QCOMPARE(w.volumesPage()->filterEdit()->text(), filter);
        QTreeView *images = w.imagesPage()->view();
        QHeaderView *h = images->header();
        QCOMPARE(h->visualIndex(ImagesModel::SizeColumn), 0);
        QVERIFY(images->isColumnHidden(ImagesModel::LabelsColumn));
        QVERIFY(!images->isColumnHidden(ImagesModel::RepositoryColumn));
        QCOMPARE(h->sectionSize(ImagesModel::RepositoryColumn), repoWidth);
        QCOMPARE(h->sortIndicatorSection(), int(ImagesModel::SizeColumn));
        QCOMPARE(h->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(w.imagesPage()->findChild<QLineEdit *>(u"imagesFilter"_s)->text(), filter);
        QVERIFY(w.imagesPage()->danglingToggle()->isChecked());
        QVERIFY(!w.imagesPage()->unusedToggle()->isChecked());
        QVERIFY(w.containersPage()->findChild<QCheckBox *>(u"containersRunningOnly"_s)->isChecked());
        // The Dockerfile last open is open again, unmodified.
        QCOMPARE(w.buildPage()->editor()->filePath(), m_dockerfile);
        QVERIFY(!w.buildPage()->editor()->isModified());
        // A page's splitter is laid out when the page shows.
        w.showPage(w.imagesPage());
        QTRY_COMPARE(w.imagesPage()->findChild<QSplitter *>(u"imagesSplitter"_s)->sizes(), imagesSplit);
        QCOMPARE(w.findChild<QSplitter *>(u"mainSplit"_s)->sizes(), mainSplit);

        // The filter and the sort act on the rows, not only on the header: with the
        // filter cleared, the list is sorted by size, largest first.
        w.imagesPage()->findChild<QLineEdit *>(u"imagesFilter"_s)->clear();
        w.imagesPage()->danglingToggle()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(images->model()->rowCount() > 1, 30000);
        QAbstractItemModel *m = images->model();
        for (int r = 1; r < m->rowCount(); ++r) {
            const qint64 above = m->index(r - 1, ImagesModel::SizeColumn).data(ImagesModel::SortRole).toLongLong();
            const qint64 below = m->index(r, ImagesModel::SizeColumn).data(ImagesModel::SortRole).toLongLong();
            QVERIFY2(above >= below, qPrintable(u"row %1: %2 above %3"_s.arg(r).arg(above).arg(below)));
        }
    }

    void aSecondWindowKeepsItsOwnPlace()
    {
        QSettings s;
        MainWindow first(&connected());
        first.resize(900, 650);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.saveLayout();
        MainWindow second(&connected());
        second.resize(1000, 700);
        second.restoreLayout(false);
        QCOMPARE(second.size(), QSize(1000, 700));
    }

    void aStateOfAnotherShapeIsLeftOut()
    {
        // A header state of a table with other columns (an older Cais): the table keeps
        // its defaults, nothing breaks.
        {
            MainWindow w(&connected());
            QSettings s;
            const QString key = u"window/tables/"_s + WindowMemory::pathOf(w.imagesPage()->view()->header(), &w).replace(u'/', u'|');
            s.setValue(key, QByteArray("not a header state"));
        }
        MainWindow w(&connected());
        w.restoreLayout();
        QVERIFY(!w.imagesPage()->view()->isColumnHidden(ImagesModel::RepositoryColumn));
        QCOMPARE(w.imagesPage()->view()->header()->count(), int(ImagesModel::ColumnCount));
    }
};

// The offscreen platform's own screen is 800x600, smaller than the window's least size:
// the restored geometry would be fitted to it. A desktop-sized screen instead.
int main(int argc, char *argv[])
{
    const QString config = QDir::tempPath() + u"/cais-windowmemory-screen-%1.json"_s.arg(QCoreApplication::applicationPid());
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(R"({"screens":[{"name":"desktop","x":0,"y":0,"width":1920,"height":1200,"logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})") < 0)
        qFatal("cannot write %s", qPrintable(config));
    f.close();
    const QByteArray platform = QByteArray("offscreen:configfile=") + QFile::encodeName(config);
    qputenv("QT_QPA_PLATFORM", platform);
    QApplication app(argc, argv);
    QFile::remove(config);
    TestWindowMemory t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "tst_windowmemory.moc"
