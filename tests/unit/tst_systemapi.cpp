// SystemApi: `docker system df` arithmetic and formatting (docker CLI 26), the prune
// filters, and the system prune plan, on a recorded /system/df answer.
#include "systemapi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DiskUsage recorded()
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/system/df-docker26.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return DiskUsage::fromJson(QJsonDocument::fromJson(f.readAll()).object());
}

QJsonArray networks()
{
    return QJsonDocument::fromJson(R"([{"Name":"bridge"},{"Name":"none"},{"Name":"host"},
        {"Name":"front","Created":"2026-11-20T10:00:00.123456789Z","Labels":{}},
        {"Name":"back","Created":"2026-11-20T10:00:00Z","Labels":{"app":"job"}},
        {"Name":"podman"}])")
        .array();
}

QStringList idsOf(const QList<DfContainer> &l)
{
    QStringList out;
    for (const auto &c : l)
        out << c.name;
    return out;
}

QStringList namesOf(const QList<DfVolume> &l)
{
    QStringList out;
    for (const auto &v : l)
        out << v.name;
    return out;
}

QStringList idsOf(const QList<DfBuildCache> &l)
{
    QStringList out;
    for (const auto &b : l)
        out << b.id;
    return out;
}

} // namespace

class TestSystemApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void humanSize_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        // What go-units HumanSize ("%.4g" of decimal units) prints.
        QTest::newRow("zero") << qint64(0) << u"0B"_s;
        QTest::newRow("bytes") << qint64(999) << u"999B"_s;
        QTest::newRow("1kB") << qint64(1000) << u"1kB"_s;
        QTest::newRow("four digits") << qint64(1234) << u"1.234kB"_s;
        QTest::newRow("rounded") << qint64(17245184) << u"17.25MB"_s;
        QTest::newRow("trailing zeros dropped") << qint64(1500000000) << u"1.5GB"_s;
        QTest::newRow("rounds up to 1000") << qint64(999999) << u"1000kB"_s;
        QTest::newRow("exact MB") << qint64(2746000) << u"2.746MB"_s;
    }
    void humanSize()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(SystemApi::humanSize(bytes), text);
    }

    void summarizeAsTheCli()
    {
        const DiskUsage df = recorded();
        QCOMPARE(df.images.size(), 3);
        const QList<DiskUsageLine> lines = SystemApi::summarize(df);
        QCOMPARE(lines.size(), 4);
        struct Expect { const char *type; int total; int active; const char *size; const char *reclaimable; };
        const Expect expected[] = {
            {"Images", 3, 2, "17.25MB", "7.246MB (42%)"},
            {"Containers", 3, 1, "4.108kB", "12B (0%)"},
            {"Local Volumes", 4, 2, "1.003MB", "300B (0%)"},
            {"Build Cache", 4, 1, "51.2kB", "50.2kB"},
        };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(lines[i].typeName(), QLatin1String(expected[i].type));
            QCOMPARE(lines[i].total, expected[i].total);
            QCOMPARE(lines[i].active, expected[i].active);
            QCOMPARE(SystemApi::humanSize(lines[i].size), QLatin1String(expected[i].size));
            QCOMPARE(lines[i].reclaimableText(), QLatin1String(expected[i].reclaimable));
        }
    }

    void emptyEngine()
    {
        const QList<DiskUsageLine> lines = SystemApi::summarize(DiskUsage::fromJson(QJsonDocument::fromJson(
            R"({"LayersSize":0,"Images":[],"Containers":[],"Volumes":[],"BuildCache":[]})").object()));
        for (const DiskUsageLine &l : lines) {
            QCOMPARE(SystemApi::humanSize(l.size), u"0B"_s);
            QCOMPARE(l.reclaimableText(), u"0B"_s); // no "(0%)" when the size is 0
        }
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("until");
        QTest::addColumn<QStringList>("labels");
        const qint64 now = 1767225600; // 2026-01-01T00:00:00Z
        Q_UNUSED(now)
        QTest::newRow("duration") << QStringList{u"until=24h"_s} << true << qint64(1767225600 - 86400) << QStringList{};
        QTest::newRow("go duration") << QStringList{u"until=1h30m"_s} << true << qint64(1767225600 - 5400) << QStringList{};
        QTest::newRow("unix") << QStringList{u"until=1700000000"_s} << true << qint64(1700000000) << QStringList{};
        QTest::newRow("rfc3339") << QStringList{u"until=2025-12-31T00:00:00Z"_s} << true << qint64(1767139200) << QStringList{};
        QTest::newRow("labels") << QStringList{u"label=a"_s, u"label=b=c"_s} << true << qint64(0) << QStringList{u"a"_s, u"b=c"_s};
        QTest::newRow("two untils") << QStringList{u"until=1h"_s, u"until=2h"_s} << false << qint64(0) << QStringList{};
        QTest::newRow("bad key") << QStringList{u"dangling=true"_s} << false << qint64(0) << QStringList{};
        QTest::newRow("bad time") << QStringList{u"until=yesterday"_s} << false << qint64(0) << QStringList{};
    }
    void filters()
    {
        QFETCH(QStringList, input);
        QFETCH(bool, ok);
        QFETCH(qint64, until);
        QFETCH(QStringList, labels);
        const auto f = PruneFilters::parse(input, 1767225600);
        QCOMPARE(bool(f), ok);
        if (!f) {
            QVERIFY(!f.error().userMessage.isEmpty());
            return;
        }
        QCOMPARE(f->untilSeconds, until);
        QCOMPARE(f->labels, labels);
    }

    void labelMatching()
    {
        PruneFilters f = *PruneFilters::parse({u"label=app"_s, u"label=env=test"_s}, 0);
        QVERIFY(f.matchesLabels({{u"app"_s, u"x"_s}, {u"env"_s, u"test"_s}}));
        QVERIFY(!f.matchesLabels({{u"app"_s, u"x"_s}, {u"env"_s, u"prod"_s}}));
        QVERIFY(!f.matchesLabels({{u"env"_s, u"test"_s}}));
        PruneFilters n = *PruneFilters::parse({u"label!=keep"_s}, 0);
        QVERIFY(n.matchesLabels({}));
        QVERIFY(!n.matchesLabels({{u"keep"_s, u""_s}}));
        QCOMPARE(f.toJson(), uR"({"label":["app","env=test"]})"_s);
        QCOMPARE(n.toJson({{u"dangling"_s, u"true"_s}}), uR"({"dangling":["true"],"label!":["keep"]})"_s);
    }

    void planFollowsTheEngineOrder()
    {
        const DiskUsage df = recorded();
        SystemPruneOptions o;
        o.volumes = true;
        const SystemPrunePlan p = SystemApi::planPrune(df, df.images, networks(), o, false);
        QCOMPARE(idsOf(p.containers), (QStringList{u"job"_s, u"old"_s}));
        QCOMPARE(p.containersSpace, 12);
        // "back" only had a stopped container; "front" has a running one. A network
        // called "podman" is an ordinary one on Docker.
        QCOMPARE(p.networks, (QStringList{u"back"_s, u"podman"_s}));
        // anon1 goes because the container that used it goes first; "named" is not anonymous.
        QCOMPARE(namesOf(p.volumes), (QStringList{u"anon1"_s, u"anon2"_s}));
        QCOMPARE(p.volumesSpace, 2800);
        // The dangling image only the pruned "old" container used goes too.
        QCOMPARE(p.images.deletedImages, QStringList{u"sha256:aaaa000000000000000000000000000000000000000000000000000000000003"_s});
        // Build cache without -a: not shared, not internal/frontend, not in use.
        QCOMPARE(idsOf(p.buildCache), QStringList{u"b1"_s});
        QCOMPARE(p.buildCacheSpace, 50000);

        o.all = true;
        const SystemPrunePlan all = SystemApi::planPrune(df, df.images, networks(), o, false);
        QCOMPARE(idsOf(all.buildCache), (QStringList{u"b1"_s, u"b2"_s, u"b4"_s}));
        // -a: layers is unused; shell stays (web runs it).
        QVERIFY(all.images.deletedImages.contains(u"sha256:aaaa000000000000000000000000000000000000000000000000000000000002"_s));
        QVERIFY(!all.images.deletedImages.contains(u"sha256:aaaa000000000000000000000000000000000000000000000000000000000001"_s));
    }

    void planWithFilters()
    {
        const DiskUsage df = recorded();
        SystemPruneOptions o;
        o.volumes = true;
        o.all = true;
        o.filters = *PruneFilters::parse({u"label=app=job"_s}, 0);
        const SystemPrunePlan p = SystemApi::planPrune(df, df.images, networks(), o, false);
        QCOMPARE(idsOf(p.containers), QStringList{u"job"_s});
        QCOMPARE(p.networks, QStringList{u"back"_s});
        QVERIFY(p.volumes.isEmpty()); // no volume carries the label
        QVERIFY(p.images.deletedImages.isEmpty());
        // Docker ignores labels for the build cache: the plan says what it will do.
        QCOMPARE(idsOf(p.buildCache), (QStringList{u"b1"_s, u"b2"_s, u"b4"_s}));

        o.filters = *PruneFilters::parse({u"until=1764001150"_s}, 0);
        o.volumes = false;
        const SystemPrunePlan u = SystemApi::planPrune(df, df.images, networks(), o, false);
        QCOMPARE(idsOf(u.containers), QStringList{u"job"_s}); // "old" is newer
    }

    void planOnPodman()
    {
        const DiskUsage df = recorded();
        SystemPruneOptions o;
        o.volumes = true;
        const SystemPrunePlan p = SystemApi::planPrune(df, df.images, networks(), o, true);
        QVERIFY(!p.buildCacheSupported);
        QVERIFY(p.buildCache.isEmpty());
        // Podman prunes named volumes too, and never its own "podman" network.
        QCOMPARE(namesOf(p.volumes), (QStringList{u"anon1"_s, u"anon2"_s, u"named"_s}));
        QVERIFY(!p.networks.contains(u"podman"_s));
    }

    void compareNamesDifferences()
    {
        const DiskUsage df = recorded();
        SystemPruneOptions o;
        const SystemPrunePlan p = SystemApi::planPrune(df, df.images, networks(), o, false);
        SystemPruneReport r;
        r.containersDeleted = {df.containers[1].id, u"cnew"_s};
        r.containersSpace = 12;
        r.networksDeleted = {u"back"_s};
        r.buildCacheRan = true;
        r.buildCacheDeleted = {u"b1"_s};
        r.buildCacheSpace = 50000;
        r.images.items = {{ImageDeleteItem::Kind::Deleted, u"sha256:aaaa000000000000000000000000000000000000000000000000000000000003"_s}};
        r.images.spaceReclaimed = p.images.spaceReclaimed < 0 ? 0 : p.images.spaceReclaimed;
        const SystemPruneDifference d = SystemApi::compare(p, r);
        QCOMPARE(d.containersOnlyPlanned, QStringList{df.containers[2].id});
        QCOMPARE(d.containersOnlyDone, QStringList{u"cnew"_s});
        QVERIFY(d.networksOnlyDone.isEmpty());
        QVERIFY(!d.isEmpty());
    }

    void imagesSpaceHeldByTheBuildCache()
    {
        // b2 (70000 bytes) is shared with an image: the images step does not free that
        // layer, the build cache step (-a) does and counts it. A shortfall up to what the
        // cache step removed of shared records is explained; more, or without the build
        // cache step, is a difference.
        const DiskUsage df = recorded();
        SystemPruneOptions o;
        o.all = true;
        SystemPrunePlan p = SystemApi::planPrune(df, df.images, networks(), o, false);
        QCOMPARE(p.buildCacheSharedWithImages, 70000);
        p.images.spaceReclaimed = 100000; // the recorded images' own sizes are small
        SystemPruneReport r;
        for (const DfContainer &c : p.containers)
            r.containersDeleted << c.id;
        r.containersSpace = p.containersSpace;
        r.networksDeleted = p.networks;
        for (const QString &id : p.images.deletedImages)
            r.images.items.append({ImageDeleteItem::Kind::Deleted, id});
        for (const QString &ref : p.images.untagged)
            r.images.items.append({ImageDeleteItem::Kind::Untagged, ref});
        r.buildCacheRan = true;
        for (const DfBuildCache &b : p.buildCache)
            r.buildCacheDeleted << b.id;
        r.buildCacheSpace = p.buildCacheSpace;

        r.images.spaceReclaimed = p.images.spaceReclaimed - 70000;
        SystemPruneDifference d = SystemApi::compare(p, r);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.imagesSpaceFreedWithCache, 70000);

        r.images.spaceReclaimed = p.images.spaceReclaimed - 70001;
        d = SystemApi::compare(p, r);
        QVERIFY(d.imagesSpaceDiffers);
        QCOMPARE(d.imagesSpaceFreedWithCache, 0);

        r.images.spaceReclaimed = p.images.spaceReclaimed - 70000;
        r.buildCacheRan = false;
        r.buildCacheDeleted.clear();
        d = SystemApi::compare(p, r);
        QVERIFY(d.imagesSpaceDiffers);
    }
};

QTEST_GUILESS_MAIN(TestSystemApi)
#include "tst_systemapi.moc"
