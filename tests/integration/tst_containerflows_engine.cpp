// Issue 18's container workflows on the real dockerd of the fixture: published ports
// as links in the list and the details; duplicate, edit-and-recreate (settings kept,
// a failure midway undone) and "copy as docker run"; `docker update` of the restart
// policy, CPU and memory limits; the health of a container that turns healthy and of
// one that turns unhealthy; and what changed in a container, against `docker diff`.
//
// Ports: the engine runs with --bridge=none. Measured on dockerd 26.1.5: with
// `--network none` or on an internal network the binding is recorded but nothing is
// published (the list has no public port); on a user-defined bridge network that is
// not internal, `-p 127.0.0.1::80` publishes. This test makes one such network in
// 198.19.240-255.x/24 (never routed; tst_networks uses .0-.239) for the port test
// only. Its containers only sleep, so no packet leaves; with --iptables=false and no
// userland proxy nothing forwards to them either: the URL is checked, not fetched.
#include "containers/changesview.h"
#include "containers/containerspage.h"
#include "containers/healthview.h"
#include "containers/inspectview.h"
#include "containers/rundialog.h"
#include "containers/updatedialog.h"
#include "containerchangesmodel.h"
#include "containersapi.h"
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "containerspec.h"
#include "engine.h"
#include "healthlogmodel.h"
#include "recreate.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using TestEngine::await;

namespace {

const QString kImage = u"cais-test/shell:1"_s;

QString label()
{
    return u"cais.test.flows=%1"_s.arg(QCoreApplication::applicationPid());
}

QString unique(const QString &base)
{
    return u"cais-flows-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

/// A loop that ends at once on SIGTERM, so stops never wait.
QStringList polite(const QString &before = {})
{
    return {u"sh"_s, u"-c"_s, before + u"trap 'exit 0' TERM; while :; do sleep 1; done"_s};
}

QJsonObject cliInspect(const QString &name)
{
    QByteArray out, err;
    if (!TestEngine::docker({u"inspect"_s, name}, &out, &err))
        return {};
    return QJsonDocument::fromJson(out).array().at(0).toObject();
}

/// The containers of this test by name: name -> id (`docker ps -a`).
QMap<QString, QString> cliContainers()
{
    QByteArray out;
    TestEngine::docker({u"ps"_s, u"-a"_s, u"--no-trunc"_s, u"--filter"_s, u"label="_s + label(), u"--format"_s, u"{{.Names}} {{.ID}}"_s}, &out);
    QMap<QString, QString> m;
    for (const QByteArray &l : out.split('\n')) {
        const QList<QByteArray> parts = l.trimmed().split(' ');
        if (parts.size() == 2)
            m.insert(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
    }
    return m;
}

QString run(const QString &name, const QStringList &options, const QStringList &command, const QString &image = kImage)
{
    QByteArray out;
    TestEngine::docker(QStringList{u"run"_s, u"-d"_s, u"--name"_s, name, u"--label"_s, label()} + options + QStringList{image} + command, &out);
    return QString::fromUtf8(out.trimmed());
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QJsonObject section(const QJsonObject &inspect, const char *key)
{
    return inspect.value(QLatin1String(key)).toObject();
}

/// Catches what QDesktopServices would give the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestContainerFlowsEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    UrlCatcher m_browser;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// A page on the test engine, shown, following the engine.
    struct Page
    {
        ContainersModel model;
        ContainersPage page{&model};
        explicit Page(Engine &e)
        {
            model.setEngine(&e);
            page.setEngine(&e);
            page.resize(1700, 900);
            page.show();
        }
        bool waitFor(const QString &id)
        {
            return QTest::qWaitFor([&] { return model.indexOfId(id).isValid(); }, 30000);
        }
    };

    /// The run dialog that openOriginDialog() opens.
    RunDialog *originDialog(ContainersPage &page, const QString &id, RunDialog::Purpose purpose)
    {
        QSignalSpy opened(&page, &ContainersPage::runDialogOpened);
        page.openOriginDialog(id, purpose);
        if (!opened.wait(30000))
            return nullptr;
        return opened.first().first().value<RunDialog *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
        const QStringList ids = cliContainers().values();
        if (!ids.isEmpty()) {
            QByteArray err;
            TestEngine::docker(QStringList{u"rm"_s, u"-f"_s, u"-v"_s} + ids, nullptr, &err);
        }
    }

    void portsAreLinks()
    {
        Engine &e = connected();
        const QString net = unique(u"net"_s);
        const QString subnet = u"198.19.%1.0/24"_s.arg(240 + QCoreApplication::applicationPid() % 16);
        QVERIFY(TestEngine::docker({u"network"_s, u"create"_s, u"--label"_s, label(), u"--subnet"_s, subnet, net}));
        const QString one = unique(u"web"_s), two = unique(u"web2"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, one, two}, nullptr, &err);
            TestEngine::docker({u"network"_s, u"rm"_s, net}, nullptr, &err);
        });
        const QString oneId = run(one, {u"--network"_s, net, u"-p"_s, u"127.0.0.1::80"_s}, polite());
        const QString twoId = run(two, {u"--network"_s, net, u"-p"_s, u"127.0.0.1::80"_s, u"-p"_s, u"127.0.0.1::8443"_s}, polite());
        QVERIFY(!oneId.isEmpty() && !twoId.isEmpty());
        QByteArray port;
        QVERIFY(TestEngine::docker({u"port"_s, one, u"80/tcp"_s}, &port));
        const QString hostPort = QString::fromUtf8(port.trimmed()).section(u':', -1);
        QVERIFY2(hostPort.toInt() > 0, port.constData());
        const QUrl url(u"http://127.0.0.1:%1/"_s.arg(hostPort));

        Page p(e);
        QVERIFY(p.waitFor(oneId) && p.waitFor(twoId));
        // The list: one link, the engine's binding as seen from here.
        QTRY_COMPARE_WITH_TIMEOUT(PortLink::openable(p.page.portLinks(oneId)).size(), 1, 20000);
        QCOMPARE(p.page.portLinks(oneId).first().url, url);
        p.page.selectContainers({oneId});
        QAction *open = p.page.action(ContainersPage::Verb::OpenPorts);
        QVERIFY(open->isEnabled());
        m_browser.urls.clear();
        open->trigger();
        QCOMPARE(m_browser.urls, QList<QUrl>{url});
        // A click on the Ports cell, which looks like a link.
        QTreeView *view = p.page.view();
        const QModelIndex cell = p.page.proxy()->mapFromSource(p.model.indexOfId(oneId, ContainersModel::PortsColumn));
        view->scrollTo(cell);
        const QRect rect = view->visualRect(cell);
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 6, rect.center().y()));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.urls.size(), 2, 5000);
        QCOMPARE(m_browser.urls.last(), url);

        // The details: a row of links, and the Published ports row opens too.
        InspectView *inspect = p.page.inspectView();
        QTRY_VERIFY_WITH_TIMEOUT(inspect->containerId() == oneId && inspect->portsLabel()->isVisible(), 20000);
        QCOMPARE(inspect->portUrls(), QList<QUrl>{url});
        QVERIFY(inspect->portsLabel()->text().contains(url.toString()));
        QVERIFY(inspect->portsLabel()->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
        const QList<QTreeWidgetItem *> rows = inspect->details()->findItems(u"80/tcp"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QTreeWidgetItem *published = nullptr;
        for (QTreeWidgetItem *r : rows) {
            if (r->data(1, Qt::UserRole).toUrl().isValid())
                published = r;
        }
        QVERIFY(published);
        Q_EMIT inspect->details()->itemActivated(published, 1);
        QCOMPARE(m_browser.urls.size(), 3);
        QCOMPARE(m_browser.urls.last(), url);

        // Two ports: a menu offers both.
        QTRY_COMPARE_WITH_TIMEOUT(PortLink::openable(p.page.portLinks(twoId)).size(), 2, 20000);
        QVERIFY(p.page.openPorts(twoId, p.page.mapToGlobal(QPoint(20, 20))));
        QMenu *menu = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((menu = p.page.findChild<QMenu *>(u"containersPortsMenu"_s)) && menu->isVisible(), 5000);
        QCOMPARE(menu->actions().size(), 2);
        QByteArray tls;
        QVERIFY(TestEngine::docker({u"port"_s, two, u"8443/tcp"_s}, &tls));
        const QUrl tlsUrl(u"https://127.0.0.1:%1/"_s.arg(QString::fromUtf8(tls.trimmed()).section(u':', -1)));
        QAction *second = menu->actions().at(1);
        QVERIFY2(second->text().contains(u"8443"_s), qPrintable(second->text()));
        second->trigger();
        QCOMPARE(m_browser.urls.last(), tlsUrl);
        menu->close();
    }

    void recreateKeepsTheSettings()
    {
        Engine &e = connected();
        QTemporaryDir hostDir(TestEngine::dir() + u"/flows-bind-XXXXXX"_s);
        QVERIFY(hostDir.isValid());
        const QString name = unique(u"recreate"_s), volume = unique(u"vol"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, u"-v"_s, name}, nullptr, &err);
            TestEngine::docker({u"volume"_s, u"rm"_s, volume}, nullptr, &err);
        });
        // The command says what the anonymous volume held before it writes its own mark.
        const QString oldId = run(name,
                                  {u"-e"_s, u"A=1"_s, u"-e"_s, u"GREETING=hello world"_s, u"-l"_s, u"tier=gold"_s, u"-v"_s,
                                   hostDir.path() + u":/host:ro"_s, u"-v"_s, volume + u":/data"_s, u"-v"_s, u"/anon"_s, u"--mount"_s,
                                   u"type=tmpfs,target=/scratch,tmpfs-size=1m"_s, u"-p"_s, u"127.0.0.1:18555:80"_s, u"--restart"_s,
                                   u"on-failure:2"_s, u"-m"_s, u"64m"_s, u"--health-cmd"_s, u"true"_s, u"--health-interval"_s, u"30s"_s,
                                   u"--network"_s, u"none"_s},
                                  polite(u"echo \"was: $(cat /anon/mark 2>/dev/null)\"; echo $A > /anon/mark; "_s));
        QVERIFY(!oldId.isEmpty());
        const QJsonObject before = cliInspect(name);
        QString anonVolume;
        for (const QJsonValue &m : before.value("Mounts"_L1).toArray()) {
            if (m.toObject().value("Destination"_L1).toString() == "/anon"_L1)
                anonVolume = m.toObject().value("Name"_L1).toString();
        }
        QCOMPARE(anonVolume.size(), 64);

        Page p(e);
        QVERIFY(p.waitFor(oldId));
        RunDialog *dialog = originDialog(p.page, oldId, RunDialog::Purpose::Recreate);
        QVERIFY(dialog);
        QCOMPARE(dialog->purpose(), RunDialog::Purpose::Recreate);
        QVERIFY(dialog->originLabel()->isVisible());
        // What the dialog has no field for is named, and kept.
        const QStringList kept = dialog->keptOptions();
        QVERIFY2(kept.contains(u"--memory"_s) && kept.contains(u"64m"_s) && kept.contains(u"--health-cmd"_s), qPrintable(kept.join(u' ')));
        QVERIFY(dialog->commandLine().contains(u"--memory 64m"_s));
        RunConfig c = dialog->config();
        QCOMPARE(c.name, name);
        QVERIFY2(c.env.contains(u"A=1"_s) && !c.env.contains(u"PATH"_s), qPrintable(c.env.join(u' ')));
        c.env.replace(c.env.indexOf(u"A=1"_s), u"A=2"_s);
        dialog->setConfig(c);
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u'\n')));
        QSignalSpy recreated(dialog, &RunDialog::containerRecreated);
        QPointer<RunDialog> alive(dialog);
        dialog->run();
        // Half done, it is not left: Cancel and Escape wait for the end.
        dialog->reject();
        QVERIFY(alive && alive->isVisible());
        QVERIFY2(recreated.wait(120000), qPrintable(alive ? alive->statusLabel()->text() : QString()));
        const QString newId = recreated.first().at(0).toString();
        QCOMPARE(recreated.first().at(1).toString(), oldId);
        QVERIFY(newId != oldId);
        QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), 5000);

        // Only the new one, under the old name, running; nothing set aside is left.
        const QMap<QString, QString> now = cliContainers();
        QCOMPARE(now.value(name), newId);
        QVERIFY(!now.values().contains(oldId));
        for (const QString &n : now.keys())
            QVERIFY2(!n.contains(u"cais-old"_s), qPrintable(n));
        const QJsonObject after = cliInspect(name);
        QVERIFY(section(after, "State").value("Running"_L1).toBool());

        const QJsonObject config = section(after, "Config"), host = section(after, "HostConfig");
        const QJsonObject oldConfig = section(before, "Config"), oldHost = section(before, "HostConfig");
        QStringList env = strings(config.value("Env"_L1));
        QVERIFY2(env.contains(u"A=2"_s) && env.contains(u"GREETING=hello world"_s) && !env.contains(u"A=1"_s), qPrintable(env.join(u'|')));
        QCOMPARE(config.value("Labels"_L1), oldConfig.value("Labels"_L1));
        QCOMPARE(config.value("Cmd"_L1), oldConfig.value("Cmd"_L1));
        QCOMPARE(config.value("Healthcheck"_L1), oldConfig.value("Healthcheck"_L1));
        QCOMPARE(host.value("PortBindings"_L1), oldHost.value("PortBindings"_L1));
        QCOMPARE(host.value("RestartPolicy"_L1), oldHost.value("RestartPolicy"_L1));
        QCOMPARE(host.value("Memory"_L1), oldHost.value("Memory"_L1));
        QCOMPARE(host.value("NetworkMode"_L1), oldHost.value("NetworkMode"_L1));
        // The mounts: the bind, the named volume, the tmpfs with its size, and the old
        // anonymous volume (its data with it).
        const QStringList binds = strings(host.value("Binds"_L1));
        QVERIFY2(binds.contains(hostDir.path() + u":/host:ro"_s) && binds.contains(volume + u":/data"_s) && binds.contains(anonVolume + u":/anon"_s),
                 qPrintable(binds.join(u'|')));
        QCOMPARE(host.value("Mounts"_L1), oldHost.value("Mounts"_L1));
        QByteArray logs;
        QTRY_VERIFY_WITH_TIMEOUT((TestEngine::docker({u"logs"_s, name}, &logs), logs.contains("was: 1")), 20000);
        // And the dialog's settings read back from the new one are the old ones, but A.
        RunConfig oldSettings = ContainerSpec::runConfig(before, {});
        RunConfig newSettings = ContainerSpec::runConfig(after, {});
        oldSettings.env.sort();
        newSettings.env.sort();
        oldSettings.env.replace(oldSettings.env.indexOf(u"A=1"_s), u"A=2"_s);
        oldSettings.env.sort();
        newSettings.mounts.removeIf([](const MountSpec &m) { return m.target == "/anon"_L1; });
        oldSettings.mounts.removeIf([](const MountSpec &m) { return m.target == "/anon"_L1; });
        QCOMPARE(newSettings, oldSettings);
        QVERIFY(p.page.resultsLabel()->text().contains(name));
    }

    void recreateSurvivesAFailureMidway_data()
    {
        QTest::addColumn<QString>("breaks");
        QTest::newRow("create fails (memory below the minimum)") << u"create"_s;
        QTest::newRow("start fails (no such program)") << u"start"_s;
        QTest::newRow("exits at once (exit 3)") << u"exit"_s;
    }

    void recreateSurvivesAFailureMidway()
    {
        QFETCH(QString, breaks);
        Engine &e = connected();
        const QString name = unique(u"survive-"_s + breaks);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name}, nullptr, &err);
        });
        const QString oldId = run(name, {u"-e"_s, u"KEEP=1"_s, u"--network"_s, u"none"_s}, polite());
        QVERIFY(!oldId.isEmpty());
        const QJsonObject inspect = cliInspect(name);
        const QString startedAt = section(inspect, "State").value("StartedAt"_L1).toString();
        const QMap<QString, QString> before = cliContainers();

        QJsonObject body = ContainerSpec::withRunConfig(ContainerSpec::createBody(inspect), ContainerSpec::runConfig(inspect, {}));
        QJsonObject host = body.value("HostConfig"_L1).toObject();
        if (breaks == "create"_L1)
            host.insert(u"Memory"_s, 1);
        else if (breaks == "start"_L1)
            body.insert(u"Entrypoint"_s, QJsonArray{u"/no/such/program"_s});
        else
            body.insert(u"Cmd"_s, QJsonArray{u"sh"_s, u"-c"_s, u"exit 3"_s});
        body.insert(u"HostConfig"_s, host);

        ContainerRecreation r(&e, oldId, {body, QString(), {}});
        // Long enough for `sh -c "exit 3"` to have ended, however busy the machine.
        r.setSettleTime(30000);
        QSignalSpy finished(&r, &ContainerRecreation::finished);
        QList<ContainerRecreation::Step> steps;
        connect(&r, &ContainerRecreation::progressed, this, [&](ContainerRecreation::Step s) { steps << s; });
        r.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(u"back as it was"_s), qPrintable(message));
        QVERIFY(steps.contains(ContainerRecreation::Step::Stop));
        QVERIFY(steps.contains(ContainerRecreation::Step::Rename));
        QVERIFY(steps.contains(ContainerRecreation::Step::RollBack));
        QVERIFY(!steps.contains(ContainerRecreation::Step::Remove));
        QCOMPARE(steps.contains(ContainerRecreation::Step::Start), breaks != "create"_L1);

        // The old one is back: same id, same name, running again (a new start); the
        // new one is gone, nothing set aside remains.
        QCOMPARE(cliContainers(), before);
        const QJsonObject back = cliInspect(name);
        QCOMPARE(back.value("Id"_L1).toString(), oldId);
        QVERIFY(section(back, "State").value("Running"_L1).toBool());
        QVERIFY(section(back, "State").value("StartedAt"_L1).toString() != startedAt);
        QVERIFY(strings(section(back, "Config").value("Env"_L1)).contains(u"KEEP=1"_s));
    }

    void recreateFromTheDialogPutsBackOnFailure()
    {
        Engine &e = connected();
        const QString name = unique(u"dialog-fail"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name}, nullptr, &err);
        });
        const QString oldId = run(name, {u"--network"_s, u"none"_s}, polite());
        Page p(e);
        QVERIFY(p.waitFor(oldId));
        RunDialog *dialog = originDialog(p.page, oldId, RunDialog::Purpose::Recreate);
        QVERIFY(dialog);
        RunConfig c = dialog->config();
        c.entrypoint = u"/no/such/program"_s;
        dialog->setConfig(c);
        QSignalSpy recreated(dialog, &RunDialog::containerRecreated);
        dialog->run();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runButton()->isEnabled(), 120000);
        QCOMPARE(recreated.count(), 0);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusLabel()->text().contains(u"back as it was"_s), qPrintable(dialog->statusLabel()->text()));
        const QJsonObject back = cliInspect(name);
        QCOMPARE(back.value("Id"_L1).toString(), oldId);
        QVERIFY(section(back, "State").value("Running"_L1).toBool());
        dialog->close();
    }

    void recreateAStoppedContainer()
    {
        Engine &e = connected();
        const QString name = unique(u"stopped"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name}, nullptr, &err);
        });
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, name, u"--label"_s, label(), u"-e"_s, u"B=1"_s, kImage, u"true"_s}, &out));
        const QString oldId = QString::fromUtf8(out.trimmed());
        const QJsonObject inspect = cliInspect(name);
        RunConfig c = ContainerSpec::runConfig(inspect, {});
        c.labels.insert(u"added"_s, u"yes"_s);
        ContainerRecreation r(&e, oldId, {ContainerSpec::withRunConfig(ContainerSpec::createBody(inspect), c), QString(), {}});
        QSignalSpy finished(&r, &ContainerRecreation::finished);
        r.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // Not started, as the old one was not; the old one is gone.
        const QJsonObject now = cliInspect(name);
        QCOMPARE(now.value("Id"_L1).toString(), r.newId());
        QCOMPARE(section(now, "State").value("Status"_L1).toString(), u"created"_s);
        QCOMPARE(section(now, "Config").value("Labels"_L1).toObject().value("added"_L1).toString(), u"yes"_s);
        QVERIFY(!cliContainers().values().contains(oldId));
    }

    void duplicateLeavesTheOriginal()
    {
        Engine &e = connected();
        const QString name = unique(u"dup"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name, name + u"-copy"_s}, nullptr, &err);
        });
        const QString id = run(name, {u"-e"_s, u"X=1"_s, u"-m"_s, u"32m"_s, u"--network"_s, u"none"_s}, polite());
        Page p(e);
        QVERIFY(p.waitFor(id));
        p.page.selectContainers({id});
        QSignalSpy opened(&p.page, &ContainersPage::runDialogOpened);
        p.page.action(ContainersPage::Verb::Duplicate)->trigger();
        QVERIFY(opened.wait(30000));
        auto *dialog = opened.first().first().value<RunDialog *>();
        QCOMPARE(dialog->purpose(), RunDialog::Purpose::Duplicate);
        QCOMPARE(dialog->nameEdit()->text(), name + u"-copy"_s);
        QSignalSpy started(dialog, &RunDialog::containerStarted);
        dialog->run();
        QVERIFY(started.wait(60000));
        const QString copyId = started.first().first().toString();
        const QJsonObject copy = cliInspect(name + u"-copy"_s);
        QCOMPARE(copy.value("Id"_L1).toString(), copyId);
        QVERIFY(strings(section(copy, "Config").value("Env"_L1)).contains(u"X=1"_s));
        QCOMPARE(section(copy, "HostConfig").value("Memory"_L1).toInteger(), 32LL << 20);
        QVERIFY(section(copy, "State").value("Running"_L1).toBool());
        // The original is untouched.
        const QJsonObject original = cliInspect(name);
        QCOMPARE(original.value("Id"_L1).toString(), id);
        QVERIFY(section(original, "State").value("Running"_L1).toBool());
    }

    void copyAsDockerRunMakesTheSameContainer()
    {
        Engine &e = connected();
        const QString name = unique(u"copyrun"_s), again = unique(u"copyrun-again"_s), volume = unique(u"copyvol"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name, again}, nullptr, &err);
            TestEngine::docker({u"volume"_s, u"rm"_s, volume}, nullptr, &err);
        });
        const QString id = run(name,
                               {u"-e"_s, u"MODE=prod"_s, u"-l"_s, u"tier=gold"_s, u"-p"_s, u"127.0.0.1:18556:80"_s, u"-v"_s, volume + u":/data"_s,
                                u"--restart"_s, u"unless-stopped"_s, u"-m"_s, u"48m"_s, u"--cpus"_s, u"0.5"_s, u"--cap-add"_s, u"NET_ADMIN"_s,
                                u"--health-cmd"_s, u"true"_s, u"--health-interval"_s, u"5s"_s, u"--hostname"_s, u"quay"_s, u"-w"_s, u"/srv"_s,
                                u"--network"_s, u"none"_s},
                               polite());
        Page p(e);
        QVERIFY(p.waitFor(id));
        p.page.selectContainers({id});
        QSignalSpy copied(&p.page, &ContainersPage::runCommandCopied);
        p.page.action(ContainersPage::Verb::CopyRunCommand)->trigger();
        QVERIFY(copied.wait(30000));
        const QString line = copied.first().first().toString();
        QCOMPARE(QGuiApplication::clipboard()->text(), line);
        auto words = splitShellWords(line);
        QVERIFY(words && words->size() > 3);
        QCOMPARE(words->at(0), u"docker"_s);
        QCOMPARE(words->at(1), u"run"_s);
        const qsizetype at = words->indexOf(u"--name"_s);
        QVERIFY(at > 0);
        (*words)[at + 1] = again;
        // The docker CLI makes the same container of it.
        QByteArray err;
        QVERIFY2(TestEngine::docker(words->mid(1), nullptr, &err), err.constData());
        const QJsonObject a = cliInspect(name), b = cliInspect(again);
        for (const char *key : {"Env", "Labels", "Cmd", "Healthcheck", "Hostname", "WorkingDir", "Image", "Entrypoint"})
            QVERIFY2(section(a, "Config").value(QLatin1String(key)) == section(b, "Config").value(QLatin1String(key)), key);
        for (const char *key : {"RestartPolicy", "Memory", "MemorySwap", "NanoCpus", "CapAdd", "PortBindings", "Binds", "NetworkMode"})
            QVERIFY2(section(a, "HostConfig").value(QLatin1String(key)) == section(b, "HostConfig").value(QLatin1String(key)), key);
    }

    void updateChangesLimitsInPlace()
    {
        Engine &e = connected();
        const QString limited = unique(u"limits"_s), free = unique(u"free"_s), once = unique(u"once"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, limited, free, once}, nullptr, &err);
        });
        const QString id = run(limited, {u"--restart"_s, u"always"_s, u"-m"_s, u"256m"_s, u"--cpus"_s, u"0.5"_s, u"--network"_s, u"none"_s}, polite());
        const QString startedAt = section(cliInspect(limited), "State").value("StartedAt"_L1).toString();

        UpdateDialog d(&e, id);
        QSignalSpy loaded(&d, &UpdateDialog::loaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(d.current().restartPolicy, u"always"_s);
        QCOMPARE(d.current().cpus, 0.5);
        QCOMPARE(d.current().memory, 256LL << 20);
        QVERIFY(!d.applyButton()->isEnabled()); // nothing changed yet
        // Removing a limit: Docker cannot, and the dialog says so before sending anything.
        d.memoryBox()->setValue(0);
        QVERIFY(!d.problems().isEmpty());
        QVERIFY(!d.applyButton()->isEnabled());
        d.memoryBox()->setValue(512);
        d.cpusBox()->setValue(1.0);
        d.restartBox()->setCurrentIndex(d.restartBox()->findData(u"on-failure"_s));
        d.retriesBox()->setValue(3);
        QVERIFY2(d.problems().isEmpty(), qPrintable(d.problems().join(u'\n')));
        QVERIFY(d.applyButton()->isEnabled());
        QSignalSpy updated(&d, &UpdateDialog::updated);
        d.applyButton()->click();
        QVERIFY2(updated.wait(30000), qPrintable(d.statusLabel()->text()));
        const QJsonObject after = cliInspect(limited);
        const QJsonObject host = section(after, "HostConfig");
        QCOMPARE(host.value("Memory"_L1).toInteger(), 512LL << 20);
        QCOMPARE(host.value("MemorySwap"_L1).toInteger(), 768LL << 20); // the same 256 MiB of swap as before
        QCOMPARE(host.value("NanoCpus"_L1).toInteger(), 1000000000LL);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"on-failure"_s);
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("MaximumRetryCount"_L1).toInt(), 3);
        // In place: not restarted.
        QCOMPARE(section(after, "State").value("StartedAt"_L1).toString(), startedAt);

        // A container without limits: a memory limit alone, its swap sent with it (the
        // engine refuses the memory alone), and the policy it had ("no") kept.
        const QString freeId = run(free, {u"--network"_s, u"none"_s}, polite());
        UpdateDialog f(&e, freeId);
        QSignalSpy freeLoaded(&f, &UpdateDialog::loaded);
        QVERIFY(freeLoaded.wait(30000));
        f.memoryBox()->setValue(128);
        QSignalSpy freeUpdated(&f, &UpdateDialog::updated);
        f.apply();
        QVERIFY2(freeUpdated.wait(30000), qPrintable(f.statusLabel()->text()));
        const QJsonObject freeHost = section(cliInspect(free), "HostConfig");
        QCOMPARE(freeHost.value("Memory"_L1).toInteger(), 128LL << 20);
        QCOMPARE(freeHost.value("MemorySwap"_L1).toInteger(), 256LL << 20);
        QCOMPARE(freeHost.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"no"_s);

        // --rm: no restart policy to choose.
        const QString onceId = run(once, {u"--rm"_s, u"--network"_s, u"none"_s}, polite());
        UpdateDialog o(&e, onceId);
        QSignalSpy onceLoaded(&o, &UpdateDialog::loaded);
        QVERIFY(onceLoaded.wait(30000));
        QVERIFY(!o.restartBox()->isEnabled());
    }

    void healthHistoryMatchesInspect()
    {
        Engine &e = connected();
        const QString good = unique(u"healthy"_s), bad = unique(u"unhealthy"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, good, bad}, nullptr, &err);
        });
        const QString goodId = run(good,
                                   {u"--health-cmd"_s, u"test -e /tmp/ok && echo fine"_s, u"--health-interval"_s, u"1s"_s, u"--health-retries"_s,
                                    u"1"_s, u"--network"_s, u"none"_s},
                                   polite(u"sleep 2; mkdir -p /tmp; touch /tmp/ok; "_s));
        const QString badId = run(bad,
                                  {u"--health-cmd"_s, u"echo sick; exit 1"_s, u"--health-interval"_s, u"1s"_s, u"--health-retries"_s, u"2"_s,
                                   u"--network"_s, u"none"_s},
                                  polite());
        auto status = [](const QString &n) { return section(section(cliInspect(n), "State"), "Health").value("Status"_L1).toString(); };
        QTRY_COMPARE_WITH_TIMEOUT(status(good), u"healthy"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(status(bad), u"unhealthy"_s, 60000);

        Page p(e);
        QVERIFY(p.waitFor(goodId) && p.waitFor(badId));
        // The Health column, with its colour beside the text.
        QTRY_COMPARE_WITH_TIMEOUT(p.model.indexOfId(goodId, ContainersModel::HealthColumn).data().toString(), u"Healthy"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(p.model.indexOfId(badId, ContainersModel::HealthColumn).data().toString(), u"Unhealthy"_s, 30000);
        QCOMPARE(p.model.indexOfId(badId, ContainersModel::HealthColumn).data(Qt::DecorationRole).value<QColor>(), QColor(0xd3, 0x2f, 0x2f));

        HealthView *health = p.page.healthView();
        QAbstractItemModelTester tester(health->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.page.detailsTabs()->setCurrentWidget(health);
        for (const auto &[name, id, word] : {std::tuple{good, goodId, u"Healthy"_s}, std::tuple{bad, badId, u"Unhealthy"_s}}) {
            p.page.selectContainers({id});
            QTRY_VERIFY_WITH_TIMEOUT(health->containerId() == id && health->healthState() && health->statusLabel()->text().contains(word), 30000);
            QVERIFY2(health->settingsText().contains(id == goodId ? u"test -e /tmp/ok && echo fine (in a shell)"_s : u"echo sick; exit 1"_s),
                     qPrintable(health->settingsText()));
            QVERIFY(health->settingsText().contains(u"Interval: 1s"_s));
            // Paused, the checks stop and the history holds still: the view's equals inspect's.
            QVERIFY(TestEngine::docker({u"pause"_s, name}));
            QSignalSpy loaded(health, &HealthView::loaded);
            health->reload();
            QVERIFY(loaded.wait(30000));
            const QJsonObject h = section(section(cliInspect(name), "State"), "Health");
            const QJsonArray log = h.value("Log"_L1).toArray();
            HealthLogModel *m = health->model();
            QVERIFY(log.size() >= 1);
            QCOMPARE(m->rowCount(), int(log.size()));
            for (int i = 0; i < log.size(); ++i) {
                const QJsonObject run = log.at(i).toObject();
                QCOMPARE(m->rowAt(i).startRaw, run.value("Start"_L1).toString());
                QCOMPARE(m->rowAt(i).exitCode, run.value("ExitCode"_L1).toInt());
                QCOMPARE(m->rowAt(i).output, run.value("Output"_L1).toString());
                QCOMPARE(m->rowAt(i).end, parseEngineTime(run.value("End"_L1).toString()));
            }
            QCOMPARE(health->healthState()->status, h.value("Status"_L1).toString());
            QCOMPARE(health->healthState()->failingStreak, h.value("FailingStreak"_L1).toInt());
            if (id == badId) {
                QVERIFY(m->rowAt(int(log.size()) - 1).output.contains(u"sick"_s));
                QCOMPARE(m->rowAt(int(log.size()) - 1).exitCode, 1);
            } else {
                QCOMPARE(m->rowAt(int(log.size()) - 1).exitCode, 0);
            }
            // The newest run is selected and its whole output shown.
            QCOMPARE(health->outputView()->toPlainText(), log.last().toObject().value("Output"_L1).toString());
            QVERIFY(TestEngine::docker({u"unpause"_s, name}));
        }
    }

    void changesMatchDockerDiff()
    {
        Engine &e = connected();
        const QString name = unique(u"diff"_s);
        auto cleanup = qScopeGuard([&] {
            QByteArray err;
            TestEngine::docker({u"rm"_s, u"-f"_s, name}, nullptr, &err);
        });
        const QString id = run(name, {u"--network"_s, u"none"_s},
                               polite(u"echo two >> /app/one.txt; rm /app/blob; echo n > /app/new.txt; mkdir -p /app/dir/sub; "
                                      "touch /app/dir/sub/f; touch /app/ready; "_s),
                               u"cais-test/layers:1"_s);
        QByteArray diff;
        QTRY_VERIFY_WITH_TIMEOUT((TestEngine::docker({u"diff"_s, name}, &diff), diff.contains("/app/ready")), 30000);
        QSet<QString> cli;
        for (const QByteArray &l : diff.split('\n')) {
            if (!l.trimmed().isEmpty())
                cli.insert(QString::fromUtf8(l.trimmed()));
        }
        QVERIFY(cli.contains(u"A /app/new.txt"_s) && cli.contains(u"C /app/one.txt"_s) && cli.contains(u"D /app/blob"_s));

        Page p(e);
        QVERIFY(p.waitFor(id));
        ChangesView *changes = p.page.changesView();
        QAbstractItemModelTester tester(changes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(changes->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.page.selectContainers({id});
        QSignalSpy loaded(changes, &ChangesView::loaded);
        p.page.detailsTabs()->setCurrentWidget(changes);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toString(), QString());
        QSet<QString> ours;
        for (const ContainerChange &c : changes->model()->rows())
            ours.insert(QString(c.letter()) + u' ' + c.path);
        QCOMPARE(ours, cli);
        QVERIFY(changes->summaryLabel()->text().contains(QString::number(cli.size())));
        QCOMPARE(changes->addedBox()->text(), u"Added (%1)"_s.arg(changes->model()->count(ContainerChange::Kind::Added)));

        // Filter as you type, and by kind.
        changes->filterEdit()->setText(u"new"_s);
        QCOMPARE(changes->proxy()->rowCount(), 1);
        QCOMPARE(changes->proxy()->index(0, ContainerChangesModel::PathColumn).data().toString(), u"/app/new.txt"_s);
        changes->filterEdit()->clear();
        changes->addedBox()->setChecked(false);
        changes->changedBox()->setChecked(false);
        QCOMPARE(changes->proxy()->rowCount(), 1);
        QCOMPARE(changes->proxy()->index(0, ContainerChangesModel::PathColumn).data().toString(), u"/app/blob"_s);
        changes->addedBox()->setChecked(true);
        changes->changedBox()->setChecked(true);

        // More changes, then Refresh: merged in.
        QVERIFY(TestEngine::docker({u"exec"_s, name, u"sh"_s, u"-c"_s, u"echo more > /app/later.txt"_s}));
        loaded.clear();
        changes->findChild<QPushButton *>(u"changesRefresh"_s)->click();
        QVERIFY(loaded.wait(30000));
        QVERIFY(changes->model()->rowOfKey(u"/app/later.txt"_s) >= 0);
        QCOMPARE(changes->model()->rowCount(), int(cli.size()) + 1);
    }
};

QTEST_MAIN(TestContainerFlowsEngine)
#include "tst_containerflows_engine.moc"
