// Volumes and networks against the real Podman service (the podman fixture), through
// the same calls, models, pages and dialogs as on Docker, each compared with what the
// podman CLI shows for the same state. Where Podman answers differently, Cais says so
// in words (seen on Podman 5.4, compat API 1.41):
// - a volume in use: "volume NAME is being used by the following container(s)" (409);
// - a volume prune removes every unused volume, named ones too (no `all`);
// - volume events carry no Actor.ID, only the name; network connect events name the
//   container as the actor (the models re-list, so both are followed);
// - a network keeps any container, even a stopped one: a prune leaves it, and a remove
//   is refused with "has associated containers" (500);
// - a container created on no network ("none", the fixture's default) cannot join one:
//   "\"\" is not supported: invalid network mode" (500);
// - the default network is listed as "bridge" (`podman network ls` calls it podman);
// - a network's IP range is kept as a lease range that the compat API does not list.
// Every object here has a name and a label of this process; prunes are narrowed by a
// label of this test alone (the service is shared with tst_podman and tst_systempodman).
#include "engine.h"
#include "networksapi.h"
#include "networksmodel.h"
#include "system/confirmdialog.h"
#include "system/networkdialogs.h"
#include "system/networkspage.h"
#include "system/volumedialogs.h"
#include "system/volumespage.h"
#include "testengine.h"
#include "translations.h"
#include "volumesapi.h"
#include "volumesmodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using TestEngine::await;
using namespace Qt::StringLiterals;

namespace {

using TestEngine::podman;
using TestEngine::podmanHost;

QString unique(const QString &base)
{
    return u"cais-vnp-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

QString ownLabel()
{
    return u"cais.test.volnetpodman=%1"_s.arg(QCoreApplication::applicationPid());
}

/// A /24 for this process's networks (`n` 0..3), outside the ranges tst_networks uses
/// on the Docker engine, which shares the host's network namespace with Podman.
QString subnet(int n)
{
    return u"198.19.%1.0/24"_s.arg(240 + (QCoreApplication::applicationPid() % 4) * 4 + n);
}

QString inSubnet(int n, int host)
{
    return subnet(n).section(u'.', 0, 2) + u'.' + QString::number(host);
}

QJsonObject cliJson(const QStringList &args)
{
    QByteArray out;
    if (!podman(args, &out))
        return {};
    const QJsonDocument d = QJsonDocument::fromJson(out);
    return d.isArray() ? d.array().first().toObject() : d.object();
}

QStringList cliNames(const QStringList &lsArgs)
{
    QByteArray out;
    podman(lsArgs, &out);
    QStringList names = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

QStringList cliVolumes(const QString &label)
{
    return cliNames({u"volume"_s, u"ls"_s, u"-q"_s, u"--filter"_s, u"label="_s + label});
}

QStringList cliNetworks(const QString &label)
{
    return cliNames({u"network"_s, u"ls"_s, u"--format"_s, u"{{.Name}}"_s, u"--filter"_s, u"label="_s + label});
}

/// The row of the network named `name`, or -1.
int rowNamed(const NetworksModel &model, const QString &name)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r).network.name == name)
            return r;
    }
    return -1;
}

void removeQuietly(const QStringList &containers, const QStringList &volumes, const QStringList &networks)
{
    for (const QString &c : containers)
        podman({u"rm"_s, u"-f"_s, u"-t"_s, u"0"_s, c}, nullptr, true);
    for (const QString &v : volumes)
        podman({u"volume"_s, u"rm"_s, u"-f"_s, v}, nullptr, true);
    for (const QString &n : networks)
        podman({u"network"_s, u"rm"_s, n}, nullptr, true);
}

} // namespace

class TestVolNetPodman : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connectedPodman(m_engine); }

private Q_SLOTS:
    void initTestCase()
    {
        if (podmanHost().isEmpty())
            QFAIL("The Podman service is not running: run the tests with ctest, which starts the podman fixture.");
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(connected().info().podman);
    }

    void volumesAsPodmanShowsThem()
    {
        Engine &e = connected();
        const QString made = unique(u"made"_s), used = unique(u"used"_s), ctr = unique(u"vol-user"_s);
        auto cleanup = qScopeGuard([&] { removeQuietly({ctr}, {made, used}, {}); });

        // The model follows Podman's volume events (no Actor.ID there, only the name).
        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSizeDelay(100);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.usersKnown() && model.sizesKnown(), 30000);

        // Create with driver options and labels: what podman shows is what Cais made.
        VolumeCreateSpec spec;
        spec.name = made;
        spec.driverOptions = {{u"type"_s, u"tmpfs"_s}, {u"device"_s, u"tmpfs"_s}, {u"o"_s, u"size=10m"_s}};
        spec.labels = {{u"cais.test.volnetpodman"_s, QString::number(QCoreApplication::applicationPid())}, {u"purpose"_s, u"test"_s}};
        const auto created = await(VolumesApi::create(e, spec));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QCOMPARE(created->name, made);
        const QJsonObject cli = cliJson({u"volume"_s, u"inspect"_s, made});
        QCOMPARE(cli.value(u"Driver"_s).toString(), u"local"_s);
        QCOMPARE(cli.value(u"Options"_s).toObject().value(u"type"_s).toString(), u"tmpfs"_s);
        QCOMPARE(cli.value(u"Options"_s).toObject().value(u"o"_s).toString(), u"size=10m"_s);
        QCOMPARE(cli.value(u"Labels"_s).toObject().value(u"purpose"_s).toString(), u"test"_s);
        const auto inspected = await(VolumesApi::inspect(e, made));
        QVERIFY(inspected);
        QCOMPARE(inspected->volume.mountpoint, cli.value(u"Mountpoint"_s).toString());
        QCOMPARE(inspected->volume.labels, spec.labels);
        QVERIFY(!inspected->volume.isAnonymous());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(made) >= 0, 10000);

        // The list, narrowed by label, is podman volume ls's.
        QVERIFY(podman({u"volume"_s, u"create"_s, u"--label"_s, ownLabel(), used}));
        const auto listed = await(VolumesApi::list(e, ownLabel()));
        QVERIFY(listed);
        QStringList names;
        for (const VolumeSummary &v : *listed)
            names << v.name;
        names.sort();
        QCOMPARE(names, cliVolumes(ownLabel()));
        QVERIFY(names.contains(made) && names.contains(used));

        // A container that wrote 100 KiB into one: its user and its size, as podman says.
        QVERIFY(podman({u"run"_s, u"--name"_s, ctr, u"-v"_s, used + u":/data"_s, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s,
                        u"dd if=/dev/zero of=/data/f bs=1024 count=100 2>/dev/null"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(used) >= 0
                                     && model.rowAt(model.rowOfKey(used)).users.size() == 1
                                     && model.rowAt(model.rowOfKey(used)).usage.size == 102400,
                                 30000);
        const VolumeRow row = model.rowAt(model.rowOfKey(used));
        QCOMPARE(row.users.first().containerName, ctr);
        QCOMPARE(row.users.first().destination, u"/data"_s);
        QCOMPARE(model.index(model.rowOfKey(used), VolumesModel::UsedByColumn).data().toString(), ctr);
        // podman system df -v: "VOLUME NAME  LINKS  SIZE" (no JSON with -v).
        QByteArray df;
        QVERIFY(podman({u"system"_s, u"df"_s, u"-v"_s}, &df));
        QStringList cliRow;
        for (const QByteArray &line : df.split('\n')) {
            const QStringList f = QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
            if (f.size() == 3 && f.first() == used)
                cliRow = f;
        }
        QCOMPARE(cliRow, (QStringList{used, u"1"_s, u"102.4kB"_s}));
        QCOMPARE(row.usage.refCount, 1);

        // The page shows the user as a link and the volume's inspect.
        VolumesPage page(&model);
        page.resize(900, 600);
        QVERIFY(page.selectKey(used));
        QTRY_VERIFY_WITH_TIMEOUT(page.linksLabel()->text().contains(ctr), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.inspectView()->toPlainText().contains(u"\"Name\": \"%1\""_s.arg(used)), 10000);

        // Removing it while a (stopped) container uses it: Podman refuses in its own
        // words, which Cais turns into a sentence, even forced.
        RemoveVolumeDialog busy(&e, row);
        QCOMPARE(busy.affectedList()->count(), 1);
        QVERIFY(busy.affectedList()->item(0)->text().contains(ctr));
        busy.forceBox()->setChecked(true);
        busy.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(busy.removeButton()->isEnabled(), 10000);
        QVERIFY2(busy.statusLabel()->text().contains(u"is in use by a container"_s), qPrintable(busy.statusLabel()->text()));
        QVERIFY(cliVolumes(ownLabel()).contains(used));

        // Without the container it goes, and the row follows Podman's remove event.
        QVERIFY(podman({u"rm"_s, ctr}));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(model.rowOfKey(used)).users.isEmpty(), 10000);
        RemoveVolumeDialog free(&e, model.rowAt(model.rowOfKey(used)));
        free.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(free.isFinished(), 10000);
        QVERIFY(!cliVolumes(ownLabel()).contains(used));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(used) < 0, 10000);
        QVERIFY(await(VolumesApi::remove(e, made)));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(made) < 0, 10000);
        QCOMPARE(reset.size(), 0);
    }

    void volumePruneTakesNamedOnes()
    {
        Engine &e = connected();
        const QString label = u"cais.test.vnpprune=%1"_s.arg(QCoreApplication::applicationPid());
        const QString named = unique(u"p-named"_s), used = unique(u"p-used"_s), ctr = unique(u"p-user"_s);
        auto cleanup = qScopeGuard([&] { removeQuietly({ctr}, {named, used}, {}); });
        QVERIFY(podman({u"volume"_s, u"create"_s, u"--label"_s, label, named}));
        QVERIFY(podman({u"volume"_s, u"create"_s, u"--label"_s, label, used}));
        QVERIFY(podman({u"create"_s, u"--name"_s, ctr, u"-v"_s, used + u":/data"_s, u"cais-test/shell:1"_s, u"true"_s}));
        QVERIFY(!VolumesApi::pruneKnowsAll(e));
        QVERIFY(VolumesApi::pruneRemovesNamed(e));

        // The dialog says so, and its preview has the named volume without asking for "all".
        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.usersKnown() && model.rowOfKey(named) >= 0 && model.rowOfKey(used) >= 0
                                     && !model.rowAt(model.rowOfKey(used)).users.isEmpty(),
                                 30000);
        PruneVolumesDialog d(&e, &model);
        QVERIFY(d.previewNames().contains(named));
        QVERIFY(!d.previewNames().contains(used));

        const auto pruned = await(VolumesApi::prune(e, false, label));
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().fullText()));
        QCOMPARE(pruned->deleted, QStringList{named});
        QCOMPARE(cliVolumes(label), QStringList{used});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(named) < 0, 10000);
    }

    void networksAsPodmanShowsThem()
    {
        Engine &e = connected();
        const QString net = unique(u"net"_s), member = unique(u"member"_s), lonely = unique(u"lonely"_s);
        auto cleanup = qScopeGuard([&] { removeQuietly({member, lonely}, {}, {net}); });

        NetworksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.membersKnown(), 30000);
        // Podman's default network, listed as "bridge", is the engine's own.
        const QStringList before = model.names();
        QVERIFY2(before.contains(u"bridge"_s), qPrintable(before.join(u", "_s)));
        QVERIFY(model.rowAt(rowNamed(model, u"bridge"_s)).network.isPredefined());

        // Create: internal, subnet, gateway, IP range, labels; podman shows what was asked.
        NetworkCreateSpec spec;
        spec.name = net;
        spec.driver = u"bridge"_s;
        spec.subnet = subnet(0);
        spec.gateway = inSubnet(0, 1);
        spec.ipRange = subnet(0).section(u'/', 0, 0).section(u'.', 0, 2) + u".128/25"_s;
        spec.internal = true;
        spec.labels = {{u"cais.test.volnetpodman"_s, QString::number(QCoreApplication::applicationPid())}};
        QVERIFY(spec.problems().isEmpty());
        const auto id = await(NetworksApi::create(e, spec));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        const QJsonObject cli = cliJson({u"network"_s, u"inspect"_s, net});
        QCOMPARE(cli.value(u"id"_s).toString(), *id);
        QCOMPARE(cli.value(u"internal"_s).toBool(), true);
        const QJsonObject cliSubnet = cli.value(u"subnets"_s).toArray().first().toObject();
        QCOMPARE(cliSubnet.value(u"subnet"_s).toString(), subnet(0));
        QCOMPARE(cliSubnet.value(u"gateway"_s).toString(), inSubnet(0, 1));
        QCOMPARE(cliSubnet.value(u"lease_range"_s).toObject().value(u"start_ip"_s).toString(), inSubnet(0, 129));
        QCOMPARE(cliNetworks(ownLabel().section(u'=', 0, 0)), QStringList{net});
        const auto inspected = await(NetworksApi::inspect(e, net));
        QVERIFY(inspected);
        QCOMPARE(inspected->network.id, *id);
        QCOMPARE(inspected->network.internal, true);
        QCOMPARE(inspected->network.ipam.size(), 1);
        QCOMPARE(inspected->network.ipam.first().subnet, subnet(0));
        QCOMPARE(inspected->network.ipam.first().gateway, inSubnet(0, 1));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(*id) >= 0, 10000);
        QCOMPARE(model.index(model.rowOfKey(*id), NetworksModel::SubnetColumn).data().toString(), subnet(0));

        // Connect a running container through the page's dialog, with an alias and an
        // address: podman sees both, and the model follows the connect event.
        QVERIFY(podman({u"run"_s, u"-d"_s, u"--name"_s, member, u"--network"_s, u"podman"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s}));
        NetworksPage page(&model);
        page.resize(900, 600);
        QVERIFY(page.selectKey(*id));
        auto *d = qobject_cast<ConnectNetworkDialog *>(page.openConnectDialog());
        QVERIFY(d);
        d->containerBox()->setCurrentText(member);
        d->aliasesEdit()->setText(u"db"_s);
        d->ipEdit()->setText(inSubnet(0, 200));
        QVERIFY(d->connectButton()->isEnabled());
        QSignalSpy connectedSpy(d, &ConnectNetworkDialog::connected);
        d->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, 20000);
        const QJsonObject nets = cliJson({u"inspect"_s, u"--format"_s, u"{{json .NetworkSettings.Networks}}"_s, member});
        QCOMPARE(nets.value(net).toObject().value(u"IPAddress"_s).toString(), inSubnet(0, 200));
        QVERIFY(nets.value(net).toObject().value(u"Aliases"_s).toArray().contains(u"db"_s));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(model.rowOfKey(*id)).members.size() == 1, 10000);
        const NetworkMember m = model.rowAt(model.rowOfKey(*id)).members.first();
        QCOMPARE(m.containerName, member);
        QCOMPARE(m.ipv4, inSubnet(0, 200));
        QTRY_VERIFY_WITH_TIMEOUT(page.linksLabel()->text().contains(member), 10000);

        // A container on no network cannot join one: Podman's words are not, so Cais says why.
        QVERIFY(podman({u"create"_s, u"--name"_s, lonely, u"cais-test/shell:1"_s, u"true"_s}));
        const auto refused = await(NetworksApi::connectContainer(e, net, NetworkConnectSpec{lonely, {}, {}}));
        QVERIFY(!refused);
        QVERIFY2(refused.error().userMessage.contains(u"cannot join %1"_s.arg(net)), qPrintable(refused.error().fullText()));

        // Removing it while a container is attached: refused, in words.
        const auto busy = await(NetworksApi::remove(e, net));
        QVERIFY(!busy);
        QVERIFY2(busy.error().userMessage.contains(u"still attached to %1"_s.arg(net)), qPrintable(busy.error().fullText()));

        // Disconnect through the page's confirmation; then the network goes.
        auto *confirm = qobject_cast<ConfirmDialog *>(page.openDisconnectDialog(m.containerId));
        QVERIFY(confirm);
        confirm->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isFinished(), 20000);
        QVERIFY2(confirm->statusLabel()->text().contains(u"was disconnected"_s), qPrintable(confirm->statusLabel()->text()));
        QVERIFY(!cliJson({u"inspect"_s, u"--format"_s, u"{{json .NetworkSettings.Networks}}"_s, member}).contains(net));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(model.rowOfKey(*id)).members.isEmpty(), 10000);
        const auto removed = await(NetworksApi::remove(e, net));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
        QVERIFY(cliNetworks(ownLabel().section(u'=', 0, 0)).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(*id) < 0, 10000);
        QCOMPARE(reset.size(), 0);
    }

    void networkPruneKeepsStoppedContainersNetworks()
    {
        Engine &e = connected();
        const QString label = u"cais.test.vnpnetprune=%1"_s.arg(QCoreApplication::applicationPid());
        const QString unused = unique(u"p-unused"_s), stopped = unique(u"p-stopped"_s), ctr = unique(u"p-stopped-c"_s);
        auto cleanup = qScopeGuard([&] { removeQuietly({ctr}, {}, {unused, stopped}); });
        QVERIFY(podman({u"network"_s, u"create"_s, u"--internal"_s, u"--label"_s, label, u"--subnet"_s, subnet(1), unused}));
        QVERIFY(podman({u"network"_s, u"create"_s, u"--internal"_s, u"--label"_s, label, u"--subnet"_s, subnet(2), stopped}));
        QVERIFY(podman({u"create"_s, u"--name"_s, ctr, u"--network"_s, stopped, u"cais-test/shell:1"_s, u"true"_s}));
        QStringList both{stopped, unused};
        both.sort();
        QCOMPARE(cliNetworks(label), both);

        // The preview follows Podman's rule (Docker's would name both), and says so.
        NetworksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.membersKnown() && model.names().contains(unused) && model.names().contains(stopped)
                                     && rowNamed(model, stopped) >= 0 && !model.rowAt(rowNamed(model, stopped)).members.isEmpty(),
                                 30000);
        PruneNetworksDialog d(&e, &model);
        QVERIFY(d.previewNames().contains(unused));
        QVERIFY(!d.previewNames().contains(stopped));
        auto *intro = d.findChild<QLabel *>(u"pruneNetworksIntro"_s);
        QVERIFY(intro);
        QVERIFY2(intro->text().contains(u"even a stopped one"_s), qPrintable(intro->text()));

        const auto pruned = await(NetworksApi::prune(e, label));
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().fullText()));
        QCOMPARE(*pruned, QStringList{unused});
        QCOMPARE(cliNetworks(label), QStringList{stopped});
    }
};

QTEST_MAIN(TestVolNetPodman)
#include "tst_volnetpodman.moc"
