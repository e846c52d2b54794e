// The System parts of the real main window, offscreen, against the real engine:
// View > Refresh (F5) reaches every page that follows the engine (images, containers,
// volumes, networks, disk usage and the engine's information, events), and the
// Containers page prunes stopped containers (`docker container prune`) with a preview
// that equals what the engine then removes. The engine is shared: the prune is
// narrowed to a label of this process.
#include "containers/containerspage.h"
#include "containersmodel.h"
#include "diskusagemodel.h"
#include "engine.h"
#include "eventsmodel.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "networksmodel.h"
#include "system/engineinfoview.h"
#include "system/eventspage.h"
#include "system/systempage.h"
#include "system/systemprunedialog.h"
#include "testengine.h"
#include "translations.h"
#include "volumesmodel.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestWindowSystem : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    Engine &connected() { return TestEngine::connected(m_engine); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void refreshReachesEveryPage()
    {
        Engine &e = connected();
        MainWindow w(&e);
        w.show();
        // Disk usage is measured only while its page is shown.
        w.showPage(w.systemPage());
        QTRY_VERIFY_WITH_TIMEOUT(w.systemPage()->model()->updated().isValid(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.volumesModel()->usersKnown() && w.networksModel()->membersKnown(), 30000);

        QAction *refresh = w.findChild<QAction *>(u"refreshAction"_s);
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        QSignalSpy images(w.imagesModel(), &ImagesModel::refreshed);
        QSignalSpy volumes(w.volumesModel(), &VolumesModel::refreshed);
        QSignalSpy networks(w.networksModel(), &NetworksModel::refreshed);
        QSignalSpy disk(w.systemPage()->model(), &DiskUsageModel::refreshed);
        QSignalSpy info(w.systemPage()->engineInfo(), &EngineInfoView::updated);
        QSignalSpy events(w.eventsPage()->model(), &EventsModel::caughtUp);
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(images.size() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(volumes.size() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(networks.size() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(disk.size() >= 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(info.size() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(events.size() >= 1, 30000);
        QCOMPARE(volumes.last().first().toString(), QString());
        QCOMPARE(networks.last().first().toString(), QString());
        QCOMPARE(disk.last().first().toString(), QString());
        QCOMPARE(events.last().at(1).toString(), QString());
    }

    void containersPagePrunesStoppedContainers()
    {
        Engine &e = connected();
        const QString label = u"cais.test.windowprune=%1"_s.arg(QCoreApplication::applicationPid());
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString stopped = QString::fromUtf8(out.trimmed());
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--label"_s, label, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"300"_s}, &out));
        const QString running = QString::fromUtf8(out.trimmed());
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, stopped, running}, nullptr, &err);
        });

        MainWindow w(&e);
        w.show();
        w.showPage(w.containersPage());
        QAction *prune = w.findChild<QAction *>(u"pruneContainersAction"_s);
        QVERIFY(prune);
        QVERIFY(prune->isEnabled());
        QVERIFY(w.containersPage()->toolBar()->actions().contains(prune));
        QWidget *button = w.containersPage()->toolBar()->widgetForAction(prune);
        QVERIFY(button);
        QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name), u"Prune stopped containers"_s);

        prune->trigger();
        const auto dialogs = w.findChildren<SystemPruneDialog *>();
        QCOMPARE(dialogs.size(), 1);
        SystemPruneDialog *d = dialogs.first();
        QVERIFY(d->isVisible());
        // Containers only: no other kind is asked for, and none is shown.
        const SystemPruneOptions o = d->options();
        QVERIFY(o.containers);
        QVERIFY(!o.networks && !o.images && !o.volumes && !o.buildCache);
        QCOMPARE(d->windowTitle(), u"Prune Stopped Containers"_s);

        d->setFilterText(u"label="_s + label);
        QTRY_VERIFY_WITH_TIMEOUT(d->isPreviewReady() && d->plan().options.filters.labels == QStringList{label}, 60000);
        QCOMPARE(d->plan().containers.size(), 1);
        QCOMPARE(d->plan().containers.first().id, stopped);
        QVERIFY(d->pruneButton()->isEnabled());
        d->prune();
        QTRY_VERIFY_WITH_TIMEOUT(d->isFinished(), 180000);
        QVERIFY2(d->report().errors.isEmpty(), qPrintable(d->report().errors.join(u'\n')));
        QCOMPARE(d->report().containersDeleted, QStringList{stopped});
        QVERIFY(d->difference().isEmpty());
        QByteArray left;
        QVERIFY(TestEngine::docker({u"ps"_s, u"-a"_s, u"-q"_s, u"--no-trunc"_s, u"--filter"_s, u"label="_s + label}, &left));
        QCOMPARE(QString::fromUtf8(left.trimmed()), running);
    }
};

QTEST_MAIN(TestWindowSystem)
#include "tst_windowsystem.moc"
