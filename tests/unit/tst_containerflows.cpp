// The pure parts of issue 18's container workflows: published ports as URLs, the
// body of `docker update` for Docker and for Podman, healthcheck settings and runs,
// a container's settings read back from its inspect (for duplicate, recreate and
// "copy as docker run"), and the models of the Changes and Health tabs under
// QAbstractItemModelTester.
#include "containerchangesmodel.h"
#include "containerhealth.h"
#include "containersmodel.h"
#include "containerspec.h"
#include "containerupdate.h"
#include "healthlogmodel.h"
#include "portlinks.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Endpoint local()
{
    return Endpoint::parse(u"unix:///run/docker.sock"_s).value();
}

Endpoint remote(const QString &host)
{
    return Endpoint::parse(u"tcp://"_s + host + u":2376"_s).value();
}

/// The fixtures of tests/data/containers/flows.json: inspects and parts of them as
/// dockerd 26 and Podman 5 give them.
QJsonValue fixtureValue(const char *name)
{
    static const QJsonObject all = [] {
        QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/containers/flows.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return all.value(QLatin1String(name));
}

QJsonObject fixture(const char *name)
{
    return fixtureValue(name).toObject();
}

QJsonObject json(const char *name)
{
    return fixture(name);
}

/// An inspect like dockerd 26 gives for
/// `docker run -d --name web -e MODE=prod -l tier=gold -p 127.0.0.1:8080:80 -v data:/data -v /cache
///  --restart on-failure:2 -m 256m --cap-add NET_ADMIN --health-cmd 'wget -q localhost' cais-test/layers:1 sleep 100`
/// of an image with ENV PATH/GREETING, WORKDIR /app, EXPOSE 8080, a label and CMD echo.
const char *kInspect = "inspect";

const char *kImageConfig = "imageConfig";

HealthProbe probe(const QString &start, int code, const QString &output)
{
    HealthProbe p;
    p.startRaw = start;
    p.start = parseEngineTime(start);
    p.end = p.start.addMSecs(250);
    p.exitCode = code;
    p.output = output;
    return p;
}

} // namespace

class TestContainerFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- ports ------------------------------------------------------------------

    void portUrl_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("hostIp");
        QTest::addColumn<int>("hostPort");
        QTest::addColumn<int>("containerPort");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("url"); // empty: cannot be opened

        QTest::newRow("local, every address") << local() << u"0.0.0.0"_s << 8080 << 80 << u"tcp"_s << u"http://localhost:8080/"_s;
        QTest::newRow("local, every IPv6 address") << local() << u"::"_s << 8080 << 80 << u"tcp"_s << u"http://localhost:8080/"_s;
        QTest::newRow("local, no address") << local() << QString() << 8081 << 80 << u"tcp"_s << u"http://localhost:8081/"_s;
        QTest::newRow("local, loopback") << local() << u"127.0.0.1"_s << 18080 << 80 << u"tcp"_s << u"http://127.0.0.1:18080/"_s;
        QTest::newRow("local, IPv6 loopback") << local() << u"::1"_s << 18080 << 80 << u"tcp"_s << u"http://[::1]:18080/"_s;
        QTest::newRow("remote, every address") << remote(u"build.example.org"_s) << u"0.0.0.0"_s << 8080 << 80 << u"tcp"_s
                                               << u"http://build.example.org:8080/"_s;
        QTest::newRow("remote by IPv6, every address") << remote(u"[2001:db8::7]"_s) << u"::"_s << 8080 << 80 << u"tcp"_s
                                                       << u"http://[2001:db8::7]:8080/"_s;
        QTest::newRow("remote, its loopback") << remote(u"build.example.org"_s) << u"127.0.0.1"_s << 8080 << 80 << u"tcp"_s << QString();
        QTest::newRow("remote, one of its addresses") << remote(u"build.example.org"_s) << u"192.0.2.10"_s << 8080 << 80 << u"tcp"_s
                                                      << u"http://192.0.2.10:8080/"_s;
        QTest::newRow("TLS port") << local() << u"0.0.0.0"_s << 8443 << 443 << u"tcp"_s << u"https://localhost:8443/"_s;
        QTest::newRow("udp") << local() << u"0.0.0.0"_s << 5353 << 53 << u"udp"_s << QString();
        QTest::newRow("not published") << local() << QString() << 0 << 80 << u"tcp"_s << QString();
    }

    void portUrl()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, hostIp);
        QFETCH(int, hostPort);
        QFETCH(int, containerPort);
        QFETCH(QString, protocol);
        QFETCH(QString, url);
        const PortLink l = PortLink::make(endpoint, hostIp, hostPort, containerPort, protocol);
        QCOMPARE(l.canOpen(), !url.isEmpty());
        QCOMPARE(l.url.toString(), url);
        if (url.isEmpty())
            QVERIFY(!l.unavailable.isEmpty());
        QVERIFY(l.label().contains(QString::number(containerPort)));
    }

    void portsOfAListEntry()
    {
        // Docker lists one binding twice (IPv4 and IPv6): one link. Unpublished ports go.
        const QList<ContainerPort> ports{{u"0.0.0.0"_s, 80, 8080, u"tcp"_s}, {u"::"_s, 80, 8080, u"tcp"_s}, {QString(), 9000, 0, u"tcp"_s},
                                         {u"127.0.0.1"_s, 443, 8443, u"tcp"_s}, {u"0.0.0.0"_s, 53, 5353, u"udp"_s}};
        const QList<PortLink> links = PortLink::fromSummary(ports, local());
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.at(0).containerPort, 53);
        QVERIFY(!links.at(0).canOpen());
        QCOMPARE(links.at(1).url.toString(), u"http://localhost:8080/"_s);
        QCOMPARE(links.at(2).url.toString(), u"https://127.0.0.1:8443/"_s);
        QCOMPARE(PortLink::openable(links).size(), 2);

        const QJsonObject inspectPorts = fixture("portsDualStack");
        const QList<PortLink> fromInspect = PortLink::fromInspect(inspectPorts, remote(u"docker.lan"_s));
        QCOMPARE(fromInspect.size(), 1);
        QCOMPARE(fromInspect.first().url.toString(), u"http://docker.lan:8080/"_s);
    }

    // --- docker update ------------------------------------------------------------

    void updateBodyForDockerAndPodman()
    {
        const ContainerLimits now = ContainerLimits::fromInspect(fixture("limitedAlways"));
        QCOMPARE(now.cpus, 0.5);
        QCOMPARE(now.memory, 268435456);
        ContainerLimits wanted = now;
        wanted.cpus = 1.5;

        // Docker: NanoCpus; the policy named although unchanged.
        QJsonObject docker = now.updateBody(wanted, false);
        QCOMPARE(docker.value("NanoCpus"_L1).toInteger(), 1500000000);
        QVERIFY(!docker.contains("CpuQuota"_L1));
        QCOMPARE(docker.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"always"_s);
        QVERIFY(!docker.contains("Memory"_L1));
        // Podman ignores NanoCpus: the quota over the kernel's period.
        QJsonObject podman = now.updateBody(wanted, true);
        QVERIFY(!podman.contains("NanoCpus"_L1));
        QCOMPARE(podman.value("CpuQuota"_L1).toInteger(), 150000);
        QCOMPARE(podman.value("CpuPeriod"_L1).toInteger(), 100000);
        QCOMPARE(podman.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"always"_s);

        // Memory goes with its swap: the same allowance of swap as before.
        wanted = now;
        wanted.memory = 512LL << 20;
        docker = now.updateBody(wanted, false);
        QCOMPARE(docker.value("Memory"_L1).toInteger(), 512LL << 20);
        QCOMPARE(docker.value("MemorySwap"_L1).toInteger(), 768LL << 20);
        // No limit before: twice the memory, as docker run -m gives.
        const ContainerLimits free = ContainerLimits::fromInspect(fixture("noLimits"));
        QCOMPARE(free.restartPolicy, u"no"_s);
        wanted = free;
        wanted.memory = 128LL << 20;
        QCOMPARE(free.updateBody(wanted, false).value("MemorySwap"_L1).toInteger(), 256LL << 20);
        QCOMPARE(free.updateBody(wanted, false).value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"no"_s);

        // A container made with --cpu-quota takes a quota on Docker too (NanoCpus is refused).
        const ContainerLimits quota = ContainerLimits::fromInspect(fixture("cpuQuota"));
        QCOMPARE(quota.cpus, 0.5);
        wanted = quota;
        wanted.cpus = 2;
        QCOMPARE(quota.updateBody(wanted, false).value("CpuQuota"_L1).toInteger(), 200000);
        QVERIFY(!quota.updateBody(wanted, false).contains("NanoCpus"_L1));
    }

    void updateProblems()
    {
        const ContainerLimits now = ContainerLimits::fromInspect(fixture("limitedAutoRemove"));
        ContainerLimits wanted = now;
        QVERIFY(now.problems(wanted, false, 2).isEmpty());
        QVERIFY(now.sameAs(wanted));
        wanted.memory = 0; // Docker cannot remove a limit; Podman can
        QCOMPARE(now.problems(wanted, false, 2).size(), 1);
        QVERIFY(now.problems(wanted, true, 2).isEmpty());
        QCOMPARE(now.updateBody(wanted, true).value("Memory"_L1).toInteger(), -1);
        wanted = now;
        wanted.cpus = 4; // more than the host has
        QCOMPARE(now.problems(wanted, false, 2).size(), 1);
        wanted = now;
        wanted.memory = 1024; // below the engines' minimum
        QCOMPARE(now.problems(wanted, true, 2).size(), 1);
        wanted = now;
        wanted.restartPolicy = u"always"_s; // --rm
        QCOMPARE(now.problems(wanted, false, 2).size(), 1);
        QVERIFY(!now.sameAs(wanted));
    }

    // --- health ------------------------------------------------------------------

    void healthSettingsAndRuns()
    {
        const auto check = HealthCheck::fromConfig(fixture("healthShell"));
        QVERIFY(check);
        QVERIFY(check->runsInShell());
        QCOMPARE(check->commandText(), u"test -e /tmp/ok && echo fine"_s);
        QCOMPARE(HealthCheck::durationText(check->interval), u"1s"_s);
        QCOMPARE(HealthCheck::durationText(check->startPeriod), u"1m30s"_s);
        QCOMPARE(HealthCheck::durationText(check->timeout), u"500ms"_s);
        QCOMPARE(HealthCheck::durationText(3600'000'000'000), u"1h"_s);
        QCOMPARE(HealthCheck::durationText(1'500'000'000), u"1.5s"_s);
        QCOMPARE(HealthCheck::fromConfig(fixture("healthExec"))->commandText(),
                 u"curl -f http://localhost/"_s);
        QVERIFY(HealthCheck::fromConfig(fixture("healthNone"))->disabled());
        QVERIFY(!HealthCheck::fromConfig(fixture("noHealthcheck")));

        const auto state = HealthState::fromState(fixture("healthUnhealthy"));
        QVERIFY(state);
        QCOMPARE(state->status, u"unhealthy"_s);
        QCOMPARE(state->failingStreak, 3);
        QCOMPARE(state->log.size(), 2);
        QCOMPARE(state->log.at(0).durationMs(), 572);
        QCOMPARE(state->log.at(1).exitCode, -1);
        QVERIFY(!HealthState::fromState(fixture("stateWithoutHealth")));
    }

    void healthLogModelMergesRotation()
    {
        HealthLogModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<HealthProbe> log;
        for (int i = 0; i < 5; ++i)
            log << probe(u"2026-12-02T15:28:0%1.100000000Z"_s.arg(i), i < 2 ? 1 : 0, i < 2 ? u"not yet\n"_s : u"fine\nsecond line\n"_s);
        m.setProbes(log);
        QCOMPARE(m.rowCount(), 5);
        const QPersistentModelIndex third = m.index(2, 0);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        // The engine keeps five: the oldest rotates out, a new one comes.
        log.removeFirst();
        log << probe(u"2026-12-02T15:28:05.100000000Z"_s, 0, u"fine\n"_s);
        m.setProbes(log);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 5);
        QVERIFY(third.isValid());
        QCOMPARE(third.data(HealthLogModel::SortRole).toString(), u"2026-12-02T15:28:02.100000000Z"_s);
        QCOMPARE(m.index(0, HealthLogModel::ExitCodeColumn).data(HealthLogModel::ExitCodeRole).toInt(), 1);
        QCOMPARE(m.index(4, HealthLogModel::StartColumn).data(HealthLogModel::SortRole).toString(), u"2026-12-02T15:28:05.100000000Z"_s);
        QCOMPARE(m.index(2, HealthLogModel::OutputColumn).data().toString(), u"fine"_s);
        QCOMPARE(m.index(2, HealthLogModel::OutputColumn).data(HealthLogModel::OutputRole).toString(), u"fine\nsecond line\n"_s);
        QCOMPARE(m.index(2, HealthLogModel::DurationColumn).data(HealthLogModel::SortRole).toLongLong(), 250);
        QCOMPARE(m.index(2, HealthLogModel::EndColumn).data(HealthLogModel::SortRole).toDateTime(), log.at(2).end);
        QVERIFY(!m.index(2, HealthLogModel::EndColumn).data().toString().isEmpty());
    }

    void containersModelHasAHealthColumn()
    {
        ContainersModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto container = [](const QString &id, const QString &status, const QString &health) {
            ContainerSummary c;
            c.id = id;
            c.names = {u"/"_s + id};
            c.state = u"running"_s;
            c.status = status;
            c.healthStatus = health;
            return c;
        };
        m.setContainers({container(u"a"_s, u"Up 2 minutes (healthy)"_s, {}), container(u"b"_s, u"Up 1 minute (unhealthy)"_s, {}),
                         container(u"c"_s, u"Up 3 seconds"_s, u"starting"_s), container(u"d"_s, u"Up 3 seconds"_s, {})});
        auto health = [&](const char *id, int role = Qt::DisplayRole) {
            return m.indexOfId(QLatin1String(id), ContainersModel::HealthColumn).data(role);
        };
        QCOMPARE(health("a").toString(), u"Healthy"_s);
        QCOMPARE(health("b").toString(), u"Unhealthy"_s);
        QCOMPARE(health("c").toString(), u"Starting"_s);
        QCOMPARE(health("d").toString(), QString());
        // Colour beside the text, never alone.
        QCOMPARE(health("a", Qt::DecorationRole).value<QColor>(), QColor(0x2e, 0x9d, 0x4b));
        QCOMPARE(health("b", Qt::DecorationRole).value<QColor>(), QColor(0xd3, 0x2f, 0x2f));
        QVERIFY(!health("d", Qt::DecorationRole).isValid());
        // Sorted ascending, the unhealthy come first.
        QVERIFY(health("b", ContainersModel::SortRole).toLongLong() < health("c", ContainersModel::SortRole).toLongLong());
        QVERIFY(health("c", ContainersModel::SortRole).toLongLong() < health("a", ContainersModel::SortRole).toLongLong());
        QCOMPARE(m.headerData(ContainersModel::HealthColumn, Qt::Horizontal).toString(), u"Health"_s);
    }

    // --- changes ------------------------------------------------------------------

    void changesModelAndFilter()
    {
        ContainerChangesModel m;
        ContainerChangesProxyModel proxy;
        proxy.setSourceModel(&m);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray engine = fixtureValue("changes").toArray();
        const QList<ContainerChange> changes = ContainerChange::listFromJson(engine);
        QCOMPARE(changes.size(), 6);
        QCOMPARE(changes.at(1).letter(), u'D');
        m.setChanges(changes);
        QCOMPARE(m.count(ContainerChange::Kind::Added), 3);
        QCOMPARE(m.count(ContainerChange::Kind::Changed), 2);
        QCOMPARE(m.count(ContainerChange::Kind::Deleted), 1);
        QCOMPARE(m.index(1, ContainerChangesModel::KindColumn).data().toString(), u"Deleted"_s);
        QCOMPARE(m.index(1, ContainerChangesModel::PathColumn).data().toString(), u"/bin/ls"_s);

        proxy.setFilterText(u"TMP"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setKindShown(ContainerChange::Kind::Added, false);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setKindShown(ContainerChange::Kind::Changed, false);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ContainerChangesModel::PathColumn).data().toString(), u"/bin/ls"_s);
        proxy.setKindShown(ContainerChange::Kind::Added, true);
        proxy.setKindShown(ContainerChange::Kind::Changed, true);

        // A reload merges: a path gone, one new, one that changed kind; no reset.
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QList<ContainerChange> next = changes;
        next.removeAt(5);
        next[1].kind = ContainerChange::Kind::Changed;
        next.append({u"/srv"_s, ContainerChange::Kind::Added});
        m.setChanges(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 6);
        QCOMPARE(m.count(ContainerChange::Kind::Deleted), 0);
        QCOMPARE(proxy.rowCount(), 6);
        QCOMPARE(ContainerChange::listFromJson(QJsonValue()).size(), 0); // Docker's null
    }

    // --- a container's settings read back ---------------------------------------------

    void runConfigLeavesOutWhatTheImageGives()
    {
        const RunConfig c = ContainerSpec::runConfig(json(kInspect), json(kImageConfig));
        QCOMPARE(c.name, u"web"_s);
        QCOMPARE(c.image, u"cais-test/layers:1"_s);
        QCOMPARE(c.env, QStringList{u"MODE=prod"_s});
        QCOMPARE(c.labels, (QMap<QString, QString>{{u"tier"_s, u"gold"_s}}));
        QCOMPARE(c.command, (QStringList{u"sleep"_s, u"100"_s}));
        QVERIFY(!c.entrypoint);
        QVERIFY(c.workingDir.isEmpty());
        QCOMPARE(c.restartText(), u"on-failure:2"_s);
        QCOMPARE(c.ports.size(), 1);
        QCOMPARE(c.ports.first().toString(), u"127.0.0.1:8080:80"_s);
        QCOMPARE(c.mounts.size(), 2);
        QCOMPARE(c.mounts.at(0).toString(), u"data:/data"_s);
        QCOMPARE(c.mounts.at(1).toString(), u"/cache"_s);
        QVERIFY(c.detach);
        QCOMPARE(c.network, u"bridge"_s);

        // The image's command when the container kept it; the image's entrypoint replaced.
        QJsonObject same = json(kInspect);
        QJsonObject config = same.value("Config"_L1).toObject();
        config.insert(u"Cmd"_s, QJsonArray{u"/bin/sh"_s, u"-c"_s, u"echo $GREETING"_s});
        same.insert(u"Config"_s, config);
        QVERIFY(ContainerSpec::runConfig(same, json(kImageConfig)).command.isEmpty());
        config.insert(u"Entrypoint"_s, QJsonArray{u"/bin/sh"_s, u"-c"_s});
        config.insert(u"Cmd"_s, QJsonArray{u"echo hi"_s});
        same.insert(u"Config"_s, config);
        const RunConfig ep = ContainerSpec::runConfig(same, json(kImageConfig));
        QCOMPARE(ep.entrypoint.value_or(u"(none)"_s), u"/bin/sh"_s);
        QCOMPARE(ep.command, (QStringList{u"-c"_s, u"echo hi"_s}));
    }

    void createBodyKeepsWhatTheDialogDoesNotShow()
    {
        const QJsonObject inspect = json(kInspect);
        const QJsonObject base = ContainerSpec::createBody(inspect);
        QVERIFY(!base.contains("Hostname"_L1)); // the engine's, from the id
        RunConfig edited = ContainerSpec::runConfig(inspect, json(kImageConfig));
        edited.env << u"EXTRA=1"_s;
        edited.restartPolicy = u"always"_s;
        edited.restartMaxRetries = 0;
        const QJsonObject body = ContainerSpec::withRunConfig(base, edited);
        const QJsonObject host = body.value("HostConfig"_L1).toObject();
        QCOMPARE(body.value("Env"_L1).toArray(), (QJsonArray{u"MODE=prod"_s, u"EXTRA=1"_s}));
        QCOMPARE(host.value("RestartPolicy"_L1).toObject().value("Name"_L1).toString(), u"always"_s);
        // Kept: limits, capabilities, the healthcheck; exposed ports (image's and own).
        QCOMPARE(host.value("Memory"_L1).toInteger(), 268435456);
        QCOMPARE(host.value("CapAdd"_L1).toArray(), QJsonArray{u"NET_ADMIN"_s});
        QVERIFY(body.value("Healthcheck"_L1).isObject());
        QVERIFY(body.value("ExposedPorts"_L1).toObject().contains("8080/tcp"_L1));
        QCOMPARE(host.value("PortBindings"_L1).toObject().value("80/tcp"_L1).toArray().at(0).toObject().value("HostPort"_L1).toString(), u"8080"_s);
        // The dialog's own: no image command (the image's comes back), no working dir.
        QCOMPARE(body.value("Cmd"_L1).toArray(), (QJsonArray{u"sleep"_s, u"100"_s}));
        QVERIFY(!body.contains("WorkingDir"_L1));

        // Its anonymous volume goes to the new container by name.
        QStringList kept;
        const QJsonObject carried = ContainerSpec::keepAnonymousVolumes(body, inspect, json(kImageConfig), &kept);
        QCOMPARE(kept.size(), 1);
        QVERIFY(!carried.contains("Volumes"_L1));
        QVERIFY(carried.value("HostConfig"_L1).toObject().value("Binds"_L1).toArray().contains(
            u"0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9:/cache"_s));
    }

    void otherOptionsAndTheCommandLine()
    {
        QStringList unexpressed;
        const QStringList extra = ContainerSpec::otherOptions(json(kInspect), json(kImageConfig), &unexpressed);
        QCOMPARE(extra, (QStringList{u"--health-cmd"_s, u"wget -q localhost"_s, u"--memory"_s, u"256m"_s, u"--cap-add"_s, u"NET_ADMIN"_s}));
        QVERIFY2(unexpressed.isEmpty(), qPrintable(unexpressed.join(u' ')));
        const RunConfig c = ContainerSpec::runConfig(json(kInspect), json(kImageConfig));
        QCOMPARE(ContainerSpec::commandLine(c, extra),
                 u"docker run -d --name web -e MODE=prod -p 127.0.0.1:8080:80 -v data:/data -v /cache --restart on-failure:2 -l tier=gold "
                 "--network bridge --health-cmd 'wget -q localhost' --memory 256m --cap-add NET_ADMIN cais-test/layers:1 sleep 100"_s);
        QCOMPARE(ContainerSpec::sizeOption(1536 * 1024), u"1536k"_s);
        QCOMPARE(ContainerSpec::sizeOption(2LL << 30), u"2g"_s);
        QCOMPARE(ContainerSpec::sizeOption(1000), u"1000"_s);
    }

    void networksOfAContainer()
    {
        const QJsonObject inspect = fixture("twoNetworks");
        const QJsonObject body = ContainerSpec::createBody(inspect);
        const QJsonObject front = body.value("NetworkingConfig"_L1).toObject().value("EndpointsConfig"_L1).toObject().value("front"_L1).toObject();
        QCOMPARE(front.value("Aliases"_L1).toArray(), QJsonArray{u"web"_s});
        QCOMPARE(front.value("IPAMConfig"_L1).toObject().value("IPv4Address"_L1).toString(), u"198.18.250.9"_s);
        const auto extra = ContainerSpec::extraNetworks(inspect, u"front"_s);
        QCOMPARE(extra.size(), 1);
        QCOMPARE(extra.first().first, u"back"_s);
        QCOMPARE(extra.first().second.aliases, QStringList{u"db-client"_s});
        // A duplicate cannot have the same address.
        const QJsonObject dup = ContainerSpec::withoutFixedAddresses(body);
        QVERIFY(!dup.value("NetworkingConfig"_L1).toObject().value("EndpointsConfig"_L1).toObject().value("front"_L1).toObject().contains("IPAMConfig"_L1));
        // Another network chosen in the dialog: the old endpoint settings do not follow.
        RunConfig moved = ContainerSpec::runConfig(inspect, {});
        moved.image = u"cais-test/shell:1"_s;
        moved.network = u"back"_s;
        QVERIFY(!ContainerSpec::withRunConfig(body, moved).contains("NetworkingConfig"_L1));
    }
};

QTEST_GUILESS_MAIN(TestContainerFlows)
#include "tst_containerflows.moc"
