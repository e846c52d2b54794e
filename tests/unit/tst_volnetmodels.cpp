// VolumesModel and NetworksModel fed by hand: merged by key, never reset; the sizes
// and the containers come apart from the list and change only their rows' cells.
#include "networksmodel.h"
#include "volumesmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

VolumeSummary volume(const QString &name)
{
    VolumeSummary v;
    v.name = name;
    v.driver = u"local"_s;
    v.scope = u"local"_s;
    v.mountpoint = u"/var/lib/docker/volumes/"_s + name + u"/_data"_s;
    return v;
}

NetworkSummary network(const QString &id, const QString &name)
{
    NetworkSummary n;
    n.id = id;
    n.name = name;
    n.driver = u"bridge"_s;
    n.scope = u"local"_s;
    n.ipam = {{u"10.1.0.0/24"_s, u"10.1.0.1"_s, QString()}};
    return n;
}

} // namespace

class TestVolNetModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void volumesMergeAndLateSizes()
    {
        VolumesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setVolumes({volume(u"a"_s), volume(u"b"_s)});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, VolumesModel::SizeColumn).data().toString(), u"Measuring…"_s);
        QCOMPARE(m.index(0, VolumesModel::UsedByColumn).data().toString(), QString());
        const QPersistentModelIndex b(m.index(1, 0));

        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setUsage({{u"a"_s, {1500, 0}}, {u"b"_s, {0, 1}}});
        QCOMPARE(m.index(0, VolumesModel::SizeColumn).data().toString(), u"1.50 kB"_s);
        QCOMPARE(m.index(0, 0).data(VolumesModel::SizeRole).toLongLong(), 1500);
        QCOMPARE(changed.size(), 2);
        m.setUsers({{u"b"_s, {VolumeUser{u"id1"_s, u"web"_s, u"running"_s, u"/data"_s}}}});
        QCOMPARE(m.index(0, VolumesModel::UsedByColumn).data().toString(), u"Unused"_s);
        QCOMPARE(m.index(1, VolumesModel::UsedByColumn).data().toString(), u"web"_s);
        QCOMPARE(m.index(1, 0).data(VolumesModel::UserIdsRole).toStringList(), QStringList{u"id1"_s});

        // A new list keeps what was measured and who uses what; a is gone, c is new.
        m.setVolumes({volume(u"b"_s), volume(u"c"_s)});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(b.row(), 0);
        QCOMPARE(m.index(0, VolumesModel::UsedByColumn).data().toString(), u"web"_s);
        QCOMPARE(m.index(1, VolumesModel::SizeColumn).data().toString(), QString(QChar(0x2014))); // measured, but not this one
        QCOMPARE(reset.size(), 0);
    }

    void networksMergeAndMembers()
    {
        NetworksModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        NetworkSummary none = network(u"n0"_s, u"none"_s);
        none.driver = u"null"_s;
        none.ipam.clear();
        m.setNetworks({none, network(u"n1"_s, u"front"_s)});
        QVERIFY(m.index(0, 0).data(NetworksModel::PredefinedRole).toBool());
        QVERIFY(!m.index(1, 0).data(NetworksModel::PredefinedRole).toBool());
        QCOMPARE(m.index(1, NetworksModel::SubnetColumn).data().toString(), u"10.1.0.0/24"_s);
        QCOMPARE(m.index(1, NetworksModel::GatewayColumn).data().toString(), u"10.1.0.1"_s);
        QCOMPARE(m.index(1, NetworksModel::InternalColumn).data().toString(), QString());
        m.setMembers({{u"front"_s, {NetworkMember{u"c1"_s, u"web"_s, u"running"_s, u"10.1.0.2"_s, {}, {}}}}});
        QCOMPARE(m.index(1, NetworksModel::ContainersColumn).data().toString(), u"web"_s);
        QCOMPARE(m.index(0, NetworksModel::ContainersColumn).data().toString(), u"None"_s);
        NetworkSummary internal = network(u"n1"_s, u"front"_s);
        internal.internal = true;
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setNetworks({none, internal, network(u"n2"_s, u"back"_s)});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m.index(1, NetworksModel::InternalColumn).data().toString(), u"Internal"_s);
        QCOMPARE(m.index(1, NetworksModel::ContainersColumn).data().toString(), u"web"_s);
        QCOMPARE(m.names(), (QStringList{u"back"_s, u"front"_s, u"none"_s}));
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestVolNetModels)
#include "tst_volnetmodels.moc"
