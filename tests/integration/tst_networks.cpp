// Networks on the real dockerd the fixture started: create (driver, subnet, gateway,
// IP range, internal, labels), inspect, remove, connect and disconnect a container
// (alias, fixed address), prune — each compared with what the docker CLI shows.
//
// The test engine runs with --bridge=none --iptables=false. What works there (seen on
// dockerd 26.1.5): user-defined `bridge` networks, internal or not, with or without a
// subnet, gateway and IP range (the engine makes a Linux bridge without iptables rules;
// containers get addresses on it); connect/disconnect with aliases and fixed addresses.
// There is no default `bridge` network, only `host` and `none` (one instance each,
// never created). `macvlan` and `ipvlan` fail with "operation not supported" (no parent
// interface it may use), `overlay` needs a swarm. Every network here is internal, in
// the benchmarking range 198.18.0.0/15 (RFC 2544, never routed), and no test sends a
// packet: nothing leaves loopback.
#include "containers/rundialog.h"
#include "engine.h"
#include "networksapi.h"
#include "networksmodel.h"
#include "system/confirmdialog.h"
#include "system/keyvaluetable.h"
#include "system/networkdialogs.h"
#include "system/networkspage.h"
#include "testengine.h"
#include "translations.h"
#include "volumesapi.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using TestEngine::await;
using namespace Qt::StringLiterals;

namespace {

QString unique(const QString &base)
{
    return u"cais-nt-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

QString ownLabel()
{
    return u"cais.test.networks=%1"_s.arg(QCoreApplication::applicationPid());
}

/// A /24 of the benchmarking range for this process: `n` tells the test's networks apart.
QString subnet(int n)
{
    return u"198.%1.%2.0/24"_s.arg(18 + n / 4).arg((QCoreApplication::applicationPid() % 60) * 4 + n % 4);
}

QString inSubnet(int n, int host)
{
    return subnet(n).section(u'.', 0, 2) + u'.' + QString::number(host);
}

bool dockerQuiet(const QStringList &args)
{
    QByteArray err;
    return TestEngine::docker(args, nullptr, &err);
}

QJsonObject cliInspect(const QString &network)
{
    QByteArray out;
    if (!TestEngine::docker({u"network"_s, u"inspect"_s, network}, &out))
        return {};
    return QJsonDocument::fromJson(out).array().first().toObject();
}

QStringList cliNames(const QString &label)
{
    QByteArray out;
    TestEngine::docker({u"network"_s, u"ls"_s, u"--format"_s, u"{{.Name}}"_s, u"--filter"_s, u"label="_s + label}, &out);
    QStringList names = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

bool cliCreate(const QString &name, int n, const QString &label = ownLabel())
{
    return TestEngine::docker({u"network"_s, u"create"_s, u"--internal"_s, u"--label"_s, label, u"--subnet"_s, subnet(n), name});
}

/// A container that stays up (nothing it does touches the network).
bool runOn(const QString &name, const QString &network)
{
    return TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, name, u"--network"_s, network, u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s});
}

} // namespace

class TestNetworks : public QObject
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

    void createInspectRemove()
    {
        Engine &e = connected();
        const QString name = unique(u"made"_s);
        auto cleanup = qScopeGuard([&] { dockerQuiet({u"network"_s, u"rm"_s, name}); });
        NetworksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 2, 10000); // host and none at least

        NetworkCreateSpec spec;
        spec.name = name;
        spec.driver = u"bridge"_s;
        spec.subnet = subnet(0);
        spec.gateway = inSubnet(0, 1);
        spec.ipRange = inSubnet(0, 128) + u"/25"_s;
        spec.internal = true;
        spec.labels = {{u"cais.test.networks"_s, QString::number(QCoreApplication::applicationPid())}, {u"purpose"_s, u"test"_s}};
        QVERIFY2(spec.problems().isEmpty(), qPrintable(spec.problems().join(u' ')));
        const auto id = await(NetworksApi::create(e, spec));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));

        const QJsonObject cli = cliInspect(name);
        QCOMPARE(cli.value(u"Id"_s).toString(), *id);
        QCOMPARE(cli.value(u"Driver"_s).toString(), u"bridge"_s);
        QCOMPARE(cli.value(u"Internal"_s).toBool(), true);
        const QJsonObject pool = cli.value(u"IPAM"_s).toObject().value(u"Config"_s).toArray().first().toObject();
        QCOMPARE(pool.value(u"Subnet"_s).toString(), spec.subnet);
        QCOMPARE(pool.value(u"Gateway"_s).toString(), spec.gateway);
        QCOMPARE(pool.value(u"IPRange"_s).toString(), spec.ipRange);
        QCOMPARE(cli.value(u"Labels"_s).toObject().value(u"purpose"_s).toString(), u"test"_s);

        const auto inspected = await(NetworksApi::inspect(e, name));
        QVERIFY(inspected);
        QCOMPARE(inspected->network.id, *id);
        QCOMPARE(inspected->network.ipam, (QList<NetworkIpam>{{spec.subnet, spec.gateway, spec.ipRange}}));
        QCOMPARE(inspected->network.labels, spec.labels);
        QVERIFY(inspected->members.isEmpty());

        // The list follows the engine's create event.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(*id) >= 0, 10000);
        const int row = model.rowOfKey(*id);
        QCOMPARE(model.index(row, NetworksModel::NameColumn).data().toString(), name);
        QCOMPARE(model.index(row, NetworksModel::DriverColumn).data().toString(), u"bridge"_s);
        QCOMPARE(model.index(row, NetworksModel::ScopeColumn).data().toString(), u"local"_s);
        QCOMPARE(model.index(row, NetworksModel::SubnetColumn).data().toString(), spec.subnet);
        QCOMPARE(model.index(row, NetworksModel::GatewayColumn).data().toString(), spec.gateway);
        QCOMPARE(model.index(row, NetworksModel::InternalColumn).data().toString(), u"Internal"_s);
        qInfo("network list: %lld ms, %d networks", model.lastListMs(), model.rowCount());

        // The same name again, an overlapping subnet: refused, in words.
        const auto again = await(NetworksApi::create(e, spec));
        QVERIFY(!again);
        QCOMPARE(again.error().userMessage, u"A network named %1 exists already: choose another name."_s.arg(name));
        NetworkCreateSpec overlap = spec;
        overlap.name = unique(u"overlap"_s);
        const auto overlapped = await(NetworksApi::create(e, overlap));
        QVERIFY(!overlapped);
        QCOMPARE(overlapped.error().userMessage, u"The subnet of %1 overlaps a network that exists: choose another subnet."_s.arg(overlap.name));

        const auto removed = await(NetworksApi::remove(e, *id));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
        QVERIFY(!cliNames(ownLabel()).contains(name));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(*id) < 0, 10000);
        QCOMPARE(reset.size(), 0);

        // The engine's own networks cannot go.
        const auto none = await(NetworksApi::remove(e, u"none"_s));
        QVERIFY(!none);
        QCOMPARE(none.error().userMessage, u"none is one of the engine's own networks: it cannot be removed."_s);
    }

    void driversOfTheTestEngine()
    {
        // What the header says, checked: bridge works (above), these do not, in words.
        Engine &e = connected();
        NetworkCreateSpec mac;
        mac.name = unique(u"macvlan"_s);
        mac.driver = u"macvlan"_s;
        const auto m = await(NetworksApi::create(e, mac));
        QVERIFY(!m);
        QVERIFY2(m.error().userMessage.contains(u"does not support this driver"_s), qPrintable(m.error().fullText()));
        NetworkCreateSpec ov;
        ov.name = unique(u"overlay"_s);
        ov.driver = u"overlay"_s;
        const auto o = await(NetworksApi::create(e, ov));
        QVERIFY(!o);
        QVERIFY2(o.error().userMessage.contains(u"swarm"_s), qPrintable(o.error().fullText()));
        QByteArray out;
        QVERIFY(TestEngine::docker({u"network"_s, u"ls"_s, u"--format"_s, u"{{.Name}}"_s, u"--filter"_s, u"name=^bridge$"_s}, &out));
        QCOMPARE(out.trimmed(), QByteArray()); // --bridge=none: no default bridge network
    }

    void connectAndDisconnect()
    {
        Engine &e = connected();
        const QString home = unique(u"home"_s), other = unique(u"other"_s), ctr = unique(u"member"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, ctr});
            dockerQuiet({u"network"_s, u"rm"_s, home});
            dockerQuiet({u"network"_s, u"rm"_s, other});
        });
        QVERIFY(cliCreate(home, 1));
        QVERIFY(cliCreate(other, 2));
        QVERIFY(runOn(ctr, home));
        QByteArray idOut;
        QVERIFY(TestEngine::docker({u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, ctr}, &idOut));
        const QString ctrId = QString::fromUtf8(idOut.trimmed());

        NetworksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        const QString otherId = cliInspect(other).value(u"Id"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(model.membersKnown() && model.rowOfKey(otherId) >= 0, 10000);
        QVERIFY(model.rowAt(model.rowOfKey(otherId)).members.isEmpty());

        // Connect through the dialog: the address is checked against the subnet first.
        NetworksPage page(&model);
        QVERIFY(page.selectKey(otherId));
        auto *d = qobject_cast<ConnectNetworkDialog *>(page.openConnectDialog());
        QVERIFY(d);
        d->containerBox()->setCurrentText(ctr);
        d->aliasesEdit()->setText(u"db, cache"_s);
        d->ipEdit()->setText(u"10.0.0.5"_s);
        QVERIFY(!d->connectButton()->isEnabled());
        QCOMPARE(d->statusLabel()->text(), u"10.0.0.5 is not in the network's subnet (%1)."_s.arg(subnet(2)));
        d->ipEdit()->setText(inSubnet(2, 50));
        QVERIFY(d->connectButton()->isEnabled());
        QSignalSpy connectedSpy(d, &ConnectNetworkDialog::connected);
        d->connectButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, 10000);

        // What the CLI sees: the address and the aliases given.
        QByteArray nets;
        QVERIFY(TestEngine::docker({u"inspect"_s, u"--format"_s, u"{{json .NetworkSettings.Networks}}"_s, ctr}, &nets));
        const QJsonObject onOther = QJsonDocument::fromJson(nets).object().value(other).toObject();
        QCOMPARE(onOther.value(u"IPAddress"_s).toString(), inSubnet(2, 50));
        QCOMPARE(onOther.value(u"IPAMConfig"_s).toObject().value(u"IPv4Address"_s).toString(), inSubnet(2, 50));
        const QJsonArray aliases = onOther.value(u"Aliases"_s).toArray();
        QVERIFY2(aliases.contains(u"db"_s) && aliases.contains(u"cache"_s), QJsonDocument(aliases).toJson().constData());
        // ... and what Cais reads back matches `docker network inspect`'s Containers.
        const QJsonObject cliMembers = cliInspect(other).value(u"Containers"_s).toObject();
        const auto inspected = await(NetworksApi::inspect(e, other));
        QVERIFY(inspected);
        QCOMPARE(inspected->members.size(), 1);
        QCOMPARE(inspected->members.first().containerId, ctrId);
        QCOMPARE(inspected->members.first().containerName, cliMembers.value(ctrId).toObject().value(u"Name"_s).toString());
        QCOMPARE(inspected->members.first().ipv4 + u"/24"_s, cliMembers.value(ctrId).toObject().value(u"IPv4Address"_s).toString());

        // The model follows the connect event: the container is listed, with its address.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(model.rowOfKey(otherId)).members.size() == 1, 10000);
        const NetworkMember m = model.rowAt(model.rowOfKey(otherId)).members.first();
        QCOMPARE(m.containerId, ctrId);
        QCOMPARE(m.ipv4, inSubnet(2, 50));
        QCOMPARE(m.state, u"running"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.linksLabel()->text().contains(u"container:"_s + ctrId), 10000);
        QVERIFY(page.disconnectAction()->isEnabled());

        // Removing a network a running container uses: refused, in words.
        const auto busy = await(NetworksApi::remove(e, other));
        QVERIFY(!busy);
        QCOMPARE(busy.error().userMessage, u"Running containers are still attached to %1. Disconnect or stop them first."_s.arg(other));

        // Disconnect through the page's confirmation, which names the container.
        auto *confirm = qobject_cast<ConfirmDialog *>(page.openDisconnectDialog(ctrId));
        QVERIFY(confirm);
        confirm->confirmButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(confirm->isFinished(), 10000);
        QCOMPARE(confirm->statusLabel()->text(), u"%1 was disconnected from %2."_s.arg(ctr, other));
        QVERIFY(cliInspect(other).value(u"Containers"_s).toObject().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(model.rowAt(model.rowOfKey(otherId)).members.isEmpty(), 10000);

        // A container on `none` cannot join another network.
        const QString lonely = unique(u"lonely"_s);
        auto cleanupLonely = qScopeGuard([&] { dockerQuiet({u"rm"_s, u"-f"_s, lonely}); });
        QVERIFY(runOn(lonely, u"none"_s));
        const auto refused = await(NetworksApi::connectContainer(e, other, NetworkConnectSpec{lonely, {}, {}}));
        QVERIFY(!refused);
        QVERIFY2(refused.error().userMessage.contains(u"“none”"_s), qPrintable(refused.error().fullText()));
    }

    void pruneOnlyWhatNoRunningContainerUses()
    {
        Engine &e = connected();
        const QString label = u"cais.test.netprune=%1"_s.arg(QCoreApplication::applicationPid());
        const QString unused = unique(u"p-unused"_s), stopped = unique(u"p-stopped"_s), busy = unique(u"p-busy"_s);
        const QString stoppedCtr = unique(u"p-stopped-c"_s), busyCtr = unique(u"p-busy-c"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, stoppedCtr, busyCtr});
            for (const QString &n : {unused, stopped, busy})
                dockerQuiet({u"network"_s, u"rm"_s, n});
        });
        QVERIFY(cliCreate(unused, 3, label));
        QVERIFY(cliCreate(stopped, 5, label));
        QVERIFY(cliCreate(busy, 6, label));
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, stoppedCtr, u"--network"_s, stopped, u"cais-test/shell:1"_s, u"true"_s}));
        QVERIFY(runOn(busyCtr, busy));
        QCOMPARE(cliNames(label), (QStringList{busy, stopped, unused}));

        // The dialog's preview (from the model, narrowed here to this test's networks)
        // names what the engine then removes: a stopped container keeps no network.
        NetworksModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.membersKnown() && model.names().contains(busy) && model.names().contains(unused), 10000);
        PruneNetworksDialog d(&e, &model);
        QStringList mine;
        for (const QString &n : d.previewNames()) {
            if (n == unused || n == stopped || n == busy)
                mine << n;
        }
        mine.sort();
        QCOMPARE(mine, (QStringList{stopped, unused}));

        const auto pruned = await(NetworksApi::prune(e, label));
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().fullText()));
        QStringList deleted = *pruned;
        deleted.sort();
        QCOMPARE(deleted, mine);
        QCOMPARE(cliNames(label), QStringList{busy});
        QTRY_VERIFY_WITH_TIMEOUT(!model.names().contains(unused) && !model.names().contains(stopped), 10000);
    }

    void runDialogOffersVolumesAndNetworks()
    {
        // The run dialog's network field lists the engine's networks, and a mount's
        // source completes the engine's named volumes.
        Engine &e = connected();
        const QString net = unique(u"run"_s), vol = unique(u"run-vol"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"network"_s, u"rm"_s, net});
            dockerQuiet({u"volume"_s, u"rm"_s, u"-f"_s, vol});
        });
        QVERIFY(cliCreate(net, 8));
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, ownLabel(), vol}));
        RunDialog d(&e);
        QTRY_VERIFY_WITH_TIMEOUT(d.networkBox()->findText(net) >= 0 && d.volumeChoices().contains(vol), 10000);
        QVERIFY(d.networkBox()->findText(u"none"_s) >= 0);
        int nones = 0;
        for (int i = 0; i < d.networkBox()->count(); ++i)
            nones += d.networkBox()->itemText(i) == u"none"_s;
        QCOMPARE(nones, 1);
        // Anonymous volumes (64 hex digits) are not offered as names to type.
        for (const QString &v : d.volumeChoices()) {
            VolumeSummary offered;
            offered.name = v;
            QVERIFY2(!offered.isAnonymous(), qPrintable(v));
        }
    }

    void createDialogValidates()
    {
        Engine &e = connected();
        CreateNetworkDialog d(&e);
        QVERIFY(!d.createButton()->isEnabled()); // no name yet, and no red text for it
        QCOMPARE(d.statusLabel()->text(), QString());
        d.nameEdit()->setText(unique(u"dialog"_s));
        QVERIFY(d.createButton()->isEnabled());
        d.subnetEdit()->setText(u"10.1.0.0/33"_s);
        QVERIFY(!d.createButton()->isEnabled());
        d.subnetEdit()->setText(subnet(7));
        d.gatewayEdit()->setText(u"10.9.9.9"_s);
        QCOMPARE(d.statusLabel()->text(), u"The gateway 10.9.9.9 is not in the subnet %1."_s.arg(subnet(7)));
        QVERIFY(!d.createButton()->isEnabled());
        d.gatewayEdit()->setText(inSubnet(7, 1));
        d.internalBox()->setChecked(true);
        d.labelsTable()->addRow(u"cais.test.networks"_s, QString::number(QCoreApplication::applicationPid()));
        QVERIFY(d.createButton()->isEnabled());
        const QString name = d.nameEdit()->text();
        auto cleanup = qScopeGuard([&] { dockerQuiet({u"network"_s, u"rm"_s, name}); });
        QSignalSpy created(&d, &CreateNetworkDialog::created);
        d.createButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QJsonObject cli = cliInspect(name);
        QCOMPARE(cli.value(u"Internal"_s).toBool(), true);
        QCOMPARE(cli.value(u"IPAM"_s).toObject().value(u"Config"_s).toArray().first().toObject().value(u"Gateway"_s).toString(), inSubnet(7, 1));
    }
};

QTEST_MAIN(TestNetworks)
#include "tst_networks.moc"
