// NetworkCreateSpec: what the create dialog checks before the engine sees it, and the
// JSON it sends; the container list's networks and mounts as the models read them.
#include "networksapi.h"
#include "volumesapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNetworkSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("ipRange");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name only") << u"web"_s << QString() << QString() << QString() << QStringList();
        QTest::newRow("all fine") << u"web_1.a-b"_s << u"10.1.0.0/16"_s << u"10.1.0.1"_s << u"10.1.128.0/17"_s << QStringList();
        QTest::newRow("ipv6") << u"v6"_s << u"fd00:1::/64"_s << u"fd00:1::1"_s << QString() << QStringList();
        QTest::newRow("no name") << QString() << QString() << QString() << QString() << QStringList{u"The network needs a name."_s};
        QTest::newRow("bad name") << u"-web"_s << QString() << QString() << QString()
                                  << QStringList{u"“-web” is not a valid network name: use letters, digits, “_”, “.” and “-”, starting with a letter or digit."_s};
        QTest::newRow("not cidr") << u"n"_s << u"10.1.0.0"_s << QString() << QString()
                                  << QStringList{u"The subnet “10.1.0.0” is not an address range in CIDR form, such as 10.10.0.0/24."_s};
        QTest::newRow("prefix too long") << u"n"_s << u"10.1.0.0/33"_s << QString() << QString()
                                         << QStringList{u"The subnet “10.1.0.0/33” is not an address range in CIDR form, such as 10.10.0.0/24."_s};
        QTest::newRow("host bits") << u"n"_s << u"10.1.0.5/24"_s << QString() << QString()
                                   << QStringList{u"The subnet “10.1.0.5/24” has host bits set: did you mean 10.1.0.0/24?"_s};
        QTest::newRow("gateway outside") << u"n"_s << u"10.1.0.0/24"_s << u"10.2.0.1"_s << QString()
                                         << QStringList{u"The gateway 10.2.0.1 is not in the subnet 10.1.0.0/24."_s};
        QTest::newRow("gateway garbage") << u"n"_s << u"10.1.0.0/24"_s << u"gw"_s << QString()
                                         << QStringList{u"The gateway “gw” is not an IP address."_s};
        QTest::newRow("gateway alone") << u"n"_s << QString() << u"10.1.0.1"_s << QString()
                                       << QStringList{u"A gateway needs a subnet to lie in: give the subnet too."_s};
        QTest::newRow("range outside") << u"n"_s << u"10.1.0.0/24"_s << QString() << u"10.1.1.0/25"_s
                                       << QStringList{u"The IP range 10.1.1.0/25 is not inside the subnet 10.1.0.0/24."_s};
        QTest::newRow("range wider") << u"n"_s << u"10.1.0.0/24"_s << QString() << u"10.1.0.0/16"_s
                                     << QStringList{u"The IP range 10.1.0.0/16 is not inside the subnet 10.1.0.0/24."_s};
        QTest::newRow("range alone") << u"n"_s << QString() << QString() << u"10.1.0.0/25"_s
                                     << QStringList{u"An IP range needs a subnet to lie in: give the subnet too."_s};
    }
    void problems()
    {
        QFETCH(QString, name);
        QFETCH(QString, subnet);
        QFETCH(QString, gateway);
        QFETCH(QString, ipRange);
        QFETCH(QStringList, expected);
        NetworkCreateSpec s;
        s.name = name;
        s.subnet = subnet;
        s.gateway = gateway;
        s.ipRange = ipRange;
        QCOMPARE(s.problems(), expected);
    }

    void createJson()
    {
        NetworkCreateSpec s;
        s.name = u"n"_s;
        s.driver = u"bridge"_s;
        s.subnet = u"10.1.0.0/24"_s;
        s.gateway = u"10.1.0.1"_s;
        s.internal = true;
        s.labels = {{u"a"_s, u"b"_s}};
        const QJsonObject o = QJsonDocument::fromJson(s.toJson()).object();
        QCOMPARE(o.value(u"Name"_s).toString(), u"n"_s);
        QCOMPARE(o.value(u"Driver"_s).toString(), u"bridge"_s);
        QCOMPARE(o.value(u"Internal"_s).toBool(), true);
        QCOMPARE(o.value(u"IPAM"_s).toObject().value(u"Config"_s).toArray().first().toObject(),
                 (QJsonObject{{u"Subnet"_s, u"10.1.0.0/24"_s}, {u"Gateway"_s, u"10.1.0.1"_s}}));
        QCOMPARE(o.value(u"Labels"_s).toObject(), (QJsonObject{{u"a"_s, u"b"_s}}));
        // Without a subnet the engine picks the pool: no IPAM at all.
        s.subnet.clear();
        QVERIFY(!QJsonDocument::fromJson(s.toJson()).object().contains(u"IPAM"_s));

        const NetworkConnectSpec c{u"web"_s, {u"db"_s}, u"10.1.0.9"_s};
        QCOMPARE(QJsonDocument::fromJson(c.toJson()).object(),
                 (QJsonObject{{u"Container"_s, u"web"_s},
                              {u"EndpointConfig"_s, QJsonObject{{u"Aliases"_s, QJsonArray{u"db"_s}}, {u"IPAMConfig"_s, QJsonObject{{u"IPv4Address"_s, u"10.1.0.9"_s}}}}}}));
    }

    void membersAndMountsFromContainerList()
    {
        // As dockerd 26 lists them: a created container has no network ID yet.
        const QByteArray json = R"([
          {"Id":"c1","Names":["/web"],"State":"running","Mounts":[{"Type":"volume","Name":"data","Destination":"/data"},{"Type":"bind","Source":"/tmp","Destination":"/tmp"}],
           "NetworkSettings":{"Networks":{"front":{"NetworkID":"n1","IPAddress":"10.1.0.2","Aliases":["w"]}}}},
          {"Id":"c2","Names":["/job"],"State":"created","Mounts":[{"Type":"volume","Name":"data","Destination":"/in"}],
           "NetworkSettings":{"Networks":{"front":{"NetworkID":"","IPAddress":""}}}}
        ])";
        const QJsonArray a = QJsonDocument::fromJson(json).array();
        const auto members = NetworksApi::membersFromJson(a);
        QCOMPARE(members.value(u"front"_s).size(), 2);
        QCOMPARE(members.value(u"front"_s).at(0), (NetworkMember{u"c1"_s, u"web"_s, u"running"_s, u"10.1.0.2"_s, QString(), {u"w"_s}}));
        QVERIFY(members.value(u"front"_s).at(0).isRunning());
        QVERIFY(!members.value(u"front"_s).at(1).isRunning());
        const auto users = VolumesApi::usersFromJson(a);
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.value(u"data"_s),
                 (QList<VolumeUser>{{u"c1"_s, u"web"_s, u"running"_s, u"/data"_s}, {u"c2"_s, u"job"_s, u"created"_s, u"/in"_s}}));
        QCOMPARE(NetworksApi::withoutPrefix(u"10.1.0.2/24"_s), u"10.1.0.2"_s);
    }

    void volumeUsageFromDf()
    {
        const QByteArray json = R"({"Volumes":[{"Name":"a","UsageData":{"RefCount":1,"Size":102400}},{"Name":"b","UsageData":{"RefCount":0,"Size":-1}}]})";
        const auto u = VolumesApi::usageFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(u.value(u"a"_s), (VolumeUsage{102400, 1}));
        QCOMPARE(u.value(u"b"_s), (VolumeUsage{-1, 0}));
        VolumeSummary anon;
        anon.name = QString(64, u'f');
        QVERIFY(anon.isAnonymous());
        VolumeSummary labelled;
        labelled.name = u"x"_s;
        labelled.labels = {{u"com.docker.volume.anonymous"_s, QString()}};
        QVERIFY(labelled.isAnonymous());
        labelled.labels.clear();
        QVERIFY(!labelled.isAnonymous());
    }
};

QTEST_GUILESS_MAIN(TestNetworkSpec)
#include "tst_networkspec.moc"
