// The real main window, offscreen, against the real engine.
#include "common/enginebanner.h"
#include "containers/containerspage.h"
#include "containers/logsview.h"
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
