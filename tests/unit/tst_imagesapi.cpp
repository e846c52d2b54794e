// The pure parts of the image calls: decoding, error sentences, and the prune
// rules (checked against the real engine in tests/integration/tst_images.cpp).
#include "imagesapi.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString idOf(char c)
{
    return QStringLiteral("sha256:") + QString(64, QLatin1Char(c));
}

ImageSummary image(char c, const QStringList &tags = {}, char parent = 0, const QStringList &digests = {}, qint64 size = 100)
{
    ImageSummary s;
    s.id = idOf(c);
    s.repoTags = tags;
    s.repoDigests = digests;
    s.parentId = parent ? idOf(parent) : QString();
    s.size = size;
    return s;
}

ImageUser user(char image, const QString &name, const QString &state = QStringLiteral("exited"))
{
    ImageUser u;
    u.id = name + QStringLiteral("-id");
    u.name = name;
    u.imageId = idOf(image);
    u.state = state;
    return u;
}

QStringList ids(const QString &chars)
{
    QStringList out;
    for (QChar c : chars)
        out << idOf(char(c.unicode()));
    out.sort();
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

ImageHistoryEntry step(const QString &id, qint64 size, const QString &createdBy = QStringLiteral("/bin/sh -c true"))
{
    ImageHistoryEntry e;
    e.id = id;
    e.size = size;
    e.createdBy = createdBy;
    return e;
}

/// A store with every case the rules tell apart:
///   b  base:1                          (tagged, parent of a and i)
///   a  app:1, parent b
///   i  intermediate (untagged), parent b, child d
///   d  dangling head, parent i
///   e  dangling head, a container uses it
///   f  tool:1 and tool:2, a container uses it
///   g  only a digest (reg.example/x@sha256:...), no tag
///   h  solo:1 and reg.example/solo@sha256:..., no container
const QString kDigest = QStringLiteral("sha256:") + QString(64, QLatin1Char('9'));

QList<ImageSummary> store()
{
    return {
        image('b', {QStringLiteral("base:1")}),
        image('a', {QStringLiteral("app:1")}, 'b'),
        image('i', {}, 'b'),
        image('d', {}, 'i'),
        image('e'),
        image('f', {QStringLiteral("tool:1"), QStringLiteral("tool:2")}),
        image('g', {}, 0, {QStringLiteral("reg.example/x@") + kDigest}),
        image('h', {QStringLiteral("solo:1")}, 0, {QStringLiteral("reg.example/solo@") + kDigest}),
    };
}

} // namespace

class TestImagesApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void decodesRecordedInspect()
    {
        QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/images/layers-inspect.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const ImageInspect i = ImageInspect::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QCOMPARE(i.repoTags, (QStringList{QStringLiteral("cais-test/layers:1"), QStringLiteral("cais-test/layers:two-tags")}));
        QCOMPARE(i.cmd, (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo $GREETING")}));
        QVERIFY(i.entrypoint.isEmpty());
        QVERIFY(i.env.contains(QStringLiteral("GREETING=ola")));
        QCOMPARE(i.exposedPorts, QStringList{QStringLiteral("8080/tcp")});
        QCOMPARE(i.workingDir, QStringLiteral("/app"));
        QCOMPARE(i.user, QString());
        QCOMPARE(i.labels.value(QStringLiteral("org.opencontainers.image.title")), QStringLiteral("cais test shell"));
        QCOMPARE(i.os, QStringLiteral("linux"));
        QCOMPARE(i.architecture, QStringLiteral("amd64"));
        QCOMPARE(i.layers.size(), 6);
        QCOMPARE(i.size, 2093340);
        QVERIFY(i.created.isValid());
        QCOMPARE(i.raw.value(QLatin1String("Id")).toString(), i.id);
    }

    void decodesDeleteItems()
    {
        const QJsonArray a = QJsonDocument::fromJson(R"([{"Untagged":"x:1"},{"Untagged":"x@sha256:00"},{"Deleted":"sha256:aa"},{"Deleted":"sha256:bb"}])").array();
        const QList<ImageDeleteItem> items = ImageDeleteItem::listFromJson(a);
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0), (ImageDeleteItem{ImageDeleteItem::Kind::Untagged, QStringLiteral("x:1")}));
        QCOMPARE(items.at(3), (ImageDeleteItem{ImageDeleteItem::Kind::Deleted, QStringLiteral("sha256:bb")}));
    }

    void explainsConflicts_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("mention");
        using A = ImagesApi::Action;
        QTest::newRow("gone") << int(A::Remove) << 404 << "No such image: abc" << "no longer exists";
        QTest::newRow("tag gone") << int(A::Untag) << 404 << "No such image: x:1" << "Nothing was removed";
        QTest::newRow("inspect gone") << int(A::Inspect) << 404 << "No such image: x" << "removed meanwhile";
        QTest::newRow("stopped") << int(A::Remove) << 409
                                 << "conflict: unable to delete 0123456789ab (must be forced) - image is being used by stopped container 89abcdef0123"
                                 << "stopped container 89abcdef0123";
        QTest::newRow("running") << int(A::Remove) << 409
                                 << "conflict: unable to delete 0123456789ab (cannot be forced) - image is being used by running container 89abcdef0123"
                                 << "Stop and remove that container first";
        QTest::newRow("last tag") << int(A::Untag) << 409
                                  << "conflict: unable to remove repository reference \"x:1\" (must force) - container 89abcdef0123 is using its referenced image 0123456789ab"
                                  << "last tag";
        QTest::newRow("children") << int(A::Remove) << 409
                                  << "conflict: unable to delete 0123456789ab (cannot be forced) - image has dependent child images"
                                  << "child images";
        QTest::newRow("several tags") << int(A::Remove) << 409
                                      << "conflict: unable to delete 0123456789ab (must be forced) - image is referenced in multiple repositories"
                                      << "several tags";
        QTest::newRow("prune running") << int(A::Prune) << 409 << "a prune operation is already running" << "already pruning";
    }
    void explainsConflicts()
    {
        QFETCH(int, action);
        QFETCH(int, status);
        QFETCH(QString, engine);
        QFETCH(QString, mention);
        const EngineError raw = EngineError::fromHttp(status, QJsonDocument(QJsonObject{{QStringLiteral("message"), engine}}).toJson());
        const EngineError e = ImagesApi::explain(ImagesApi::Action(action), QStringLiteral("who"), raw);
        QVERIFY2(e.userMessage.contains(mention), qPrintable(e.userMessage));
        QCOMPARE(e.engineMessage, engine); // the engine's own words stay
        QCOMPARE(e.httpStatus, status);
    }

    void planPrune_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QList<ImageUser>>("users");
        QTest::addColumn<QStringList>("deleted");
        QTest::addColumn<QStringList>("untagged");
        QTest::addColumn<QStringList>("untaggedOnly");
        QTest::addColumn<QStringList>("shown");
        const QList<ImageUser> users{user('e', QStringLiteral("uses-e")), user('f', QStringLiteral("uses-f"), QStringLiteral("running"))};
        // Dangling only: untagged heads no container uses, their untagged parents,
        // and images known only by digest.
        QTest::newRow("dangling") << false << users << ids(QStringLiteral("dgi"))
                                  << QStringList{QStringLiteral("reg.example/x@") + kDigest} << QStringList() << ids(QStringLiteral("dg"));
        // Without containers, the dangling e goes too.
        QTest::newRow("dangling, no containers") << false << QList<ImageUser>() << ids(QStringLiteral("dgie"))
                                                 << QStringList{QStringLiteral("reg.example/x@") + kDigest} << QStringList()
                                                 << ids(QStringLiteral("dge"));
        // -a: every tag of unused images; f (two tags, used) loses its first tag
        // only, as the engine's reference-by-reference deletion does.
        QTest::newRow("all") << true << users << ids(QStringLiteral("abdgih"))
                             << sorted({QStringLiteral("app:1"), QStringLiteral("base:1"), QStringLiteral("reg.example/x@") + kDigest,
                                        QStringLiteral("tool:1"), QStringLiteral("solo:1"), QStringLiteral("reg.example/solo@") + kDigest})
                             << ids(QStringLiteral("f")) << ids(QStringLiteral("abdgh"));
        // A container on the child keeps the whole chain, but the parent's tag goes.
        QTest::newRow("all, child used") << true << QList<ImageUser>{user('a', QStringLiteral("uses-a"))}
                                         << ids(QStringLiteral("dgiefh"))
                                         << sorted({QStringLiteral("base:1"), QStringLiteral("reg.example/x@") + kDigest,
                                                    QStringLiteral("tool:1"), QStringLiteral("tool:2"), QStringLiteral("solo:1"),
                                                    QStringLiteral("reg.example/solo@") + kDigest})
                                         << ids(QStringLiteral("b")) << ids(QStringLiteral("dgefh"));
    }
    void planPrune()
    {
        QFETCH(bool, all);
        QFETCH(QList<ImageUser>, users);
        QFETCH(QStringList, deleted);
        QFETCH(QStringList, untagged);
        QFETCH(QStringList, untaggedOnly);
        QFETCH(QStringList, shown);
        const ImagePrunePlan plan = ImagesApi::planPrune(store(), users, all);
        QCOMPARE(sorted(plan.deletedImages), deleted);
        QCOMPARE(sorted(plan.untagged), untagged);
        QCOMPARE(sorted(plan.untaggedOnly), untaggedOnly);
        QCOMPARE(sorted(plan.shownDeleted), shown);
        QCOMPARE(plan.allImageIds.size(), store().size());
        qsizetype perImage = 0;
        for (const QStringList &refs : std::as_const(plan.untaggedByImage))
            perImage += refs.size();
        QCOMPARE(perImage, plan.untagged.size());
        for (const ImageUser &u : std::as_const(users))
            QVERIFY(plan.inUse.contains(u.imageId));
        if (untaggedOnly.contains(idOf('f')))
            QCOMPARE(plan.untaggedByImage.value(idOf('f')), QStringList{QStringLiteral("tool:1")}); // the last tag stays
        for (const QString &id : std::as_const(plan.deletedImages))
            QCOMPARE(plan.images.value(id).id, id);

        // The report the engine would give for it matches; one more deletion does not.
        ImagePruneReport report;
        for (const QString &u : std::as_const(plan.untagged))
            report.items.append({ImageDeleteItem::Kind::Untagged, u});
        for (const QString &d : std::as_const(plan.deletedImages))
            report.items.append({ImageDeleteItem::Kind::Deleted, d});
        report.items.append({ImageDeleteItem::Kind::Deleted, QStringLiteral("sha256:a-layer-not-an-image")});
        QVERIFY(plan.matches(report));
        report.items.append({ImageDeleteItem::Kind::Deleted, idOf('e')});
        QCOMPARE(plan.matches(report), plan.deletedImages.contains(idOf('e')));
    }

    void podmanParentsAndReportedSpace()
    {
        // Podman's /images/json names the parent in bare hex; Docker with "sha256:".
        // Either way the dangling image's unused intermediate parent goes with it, as
        // Podman's prune removes it (seen on Podman 5: a build's LABEL step leaves one).
        const QString parentHex = QString(64, QLatin1Char('c'));
        const QJsonObject parent{{u"Id"_s, QString(u"sha256:"_s + parentHex)}, {u"ParentId"_s, QString()}, {u"RepoTags"_s, QJsonValue::Null},
                                 {u"Size"_s, 2000}, {u"Created"_s, 1}};
        const QJsonObject dangling{{u"Id"_s, QString(u"sha256:"_s + QString(64, QLatin1Char('d')))}, {u"ParentId"_s, parentHex},
                                   {u"RepoTags"_s, QJsonValue::Null}, {u"Size"_s, 2100}, {u"Created"_s, 2}};
        const ImageSummary d = ImageSummary::fromJson(dangling);
        QCOMPARE(d.parentId, QString(u"sha256:"_s + parentHex));
        QCOMPARE(ImageSummary::fromJson(parent).parentId, QString());
        ImagePrunePlan plan = ImagesApi::planPrune({ImageSummary::fromJson(parent), d}, {}, false);
        QCOMPARE(sorted(plan.deletedImages), sorted({d.id, QString(u"sha256:"_s + parentHex)}));
        // Podman reports each deleted image's whole size; the plan expects that when told.
        plan.spaceReclaimed = 100;
        plan.engineReportsSpace = 4100;
        ImagePruneReport report;
        for (const QString &id : std::as_const(plan.deletedImages))
            report.items.append({ImageDeleteItem::Kind::Deleted, id});
        report.spaceReclaimed = 4100;
        QVERIFY(plan.matches(report));
        report.spaceReclaimed = 100;
        QVERIFY(!plan.matches(report));
        plan.engineReportsSpace = -1; // Docker: the bytes freed are what it reports
        QVERIFY(plan.matches(report));
        // Podman's report names the deleted images in bare hex.
        const QJsonArray podmanReport{QJsonObject{{u"Deleted"_s, QString(64, QLatin1Char('d'))}}, QJsonObject{{u"Untagged"_s, u"x:1"_s}}};
        const QList<ImageDeleteItem> items = ImageDeleteItem::listFromJson(podmanReport);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).ref, d.id);
        QCOMPARE(items.at(1).ref, u"x:1"_s);
    }

    void chainIds()
    {
        const QString a = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
        const QString b = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
        const QStringList chains = ImagesApi::chainIds({a, b});
        QCOMPARE(chains.size(), 2);
        QCOMPARE(chains.at(0), a); // the first layer's chain is its diff ID
        // The layer store's rule: sha256 of "<parent chain> <diff id>".
        QCOMPARE(chains.at(1), QStringLiteral("sha256:")
                     + QString::fromLatin1(QCryptographicHash::hash((a + QLatin1Char(' ') + b).toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(ImagesApi::chainIds({}).isEmpty());
    }

    void reclaimedSpace()
    {
        // kept k: layers L1 L2; deleted x: L1 L2 L3 L4 (L4 of 0 bytes, a WORKDIR);
        // deleted y: L1 L2 L3 L5 (shares L3 with x). The steps of x are partly
        // local (their own images tell the layer counts), partly <missing>.
        const QString L1 = QStringLiteral("sha256:1111"), L2 = QStringLiteral("sha256:2222"), L3 = QStringLiteral("sha256:3333"),
                      L4 = QStringLiteral("sha256:4444"), L5 = QStringLiteral("sha256:5555");
        ImagePrunePlan plan;
        plan.deletedImages = {idOf('x'), idOf('y'), idOf('s')};
        QHash<QString, QStringList> layers{
            {idOf('k'), {L1, L2}},
            {idOf('x'), {L1, L2, L3, L4}},
            {idOf('y'), {L1, L2, L3, L5}},
            {idOf('s'), {L1, L2, L3}}, // x's step image for L3
        };
        QHash<QString, QList<ImageHistoryEntry>> history{
            // newest first
            {idOf('x'), {step(idOf('x'), 0, QStringLiteral("/bin/sh -c #(nop)  CMD [\"sh\"]")),
                         step(QStringLiteral("<missing>"), 0, QStringLiteral("/bin/sh -c #(nop) WORKDIR /w")),
                         step(idOf('s'), 300),
                         step(QStringLiteral("<missing>"), 0, QStringLiteral("/bin/sh -c #(nop)  ENV A=1")),
                         step(QStringLiteral("<missing>"), 20),
                         step(QStringLiteral("<missing>"), 10)}},
            {idOf('y'), {step(QStringLiteral("<missing>"), 5000), step(QStringLiteral("<missing>"), 300),
                         step(QStringLiteral("<missing>"), 20), step(QStringLiteral("<missing>"), 10)}},
            {idOf('s'), {step(idOf('s'), 300), step(QStringLiteral("<missing>"), 20), step(QStringLiteral("<missing>"), 10)}},
        };
        // L3 (300) once, L4 (0), L5 (5000); L1 and L2 stay with k.
        QCOMPARE(ImagesApi::reclaimedSpace(plan, layers, history), 5300);
        // Without k, L1 and L2 go as well.
        layers.remove(idOf('k'));
        QCOMPARE(ImagesApi::reclaimedSpace(plan, layers, history), 5330);
        // A deleted image whose history is unknown: no guess.
        history.remove(idOf('y'));
        QCOMPARE(ImagesApi::reclaimedSpace(plan, layers, history), -1);
    }

    void reclaimedSpaceFromKept()
    {
        // All layers held: L1 10, L2 20, L3 300, L5 5000, L6 7 (kept m's own): 5337 bytes.
        // Kept k holds L1 L2; kept m holds L1 L2 L6 (k is m's parent). What goes:
        // L3 and L5, the same 5300 bytes as counted from the deleted side above.
        const QString L1 = QStringLiteral("sha256:1111"), L2 = QStringLiteral("sha256:2222"), L6 = QStringLiteral("sha256:6666");
        QHash<QString, QStringList> layers{{idOf('k'), {L1, L2}}, {idOf('m'), {L1, L2, L6}}};
        QHash<QString, QList<ImageHistoryEntry>> history{
            {idOf('k'), {step(idOf('k'), 20), step(QStringLiteral("<missing>"), 10)}},
            {idOf('m'), {step(idOf('m'), 7), step(idOf('k'), 20), step(QStringLiteral("<missing>"), 10)}},
        };
        const QStringList kept{idOf('k'), idOf('m')};
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(5337, kept, layers, history), 5300);
        // A shared layer counts once: k alone keeps 30 bytes.
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(5337, {idOf('k')}, layers, history), 5307);
        QCOMPARE(*ImagesApi::layerSizes(idOf('m'), layers, history), (QList<qint64>{10, 20, 7}));
        // A kept image gone meanwhile holds nothing.
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(5337, {idOf('k'), idOf('z')}, layers, history), 5307);
        // Unknown LayersSize, or a history that does not line up: no guess.
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(-1, kept, layers, history), -1);
        history[idOf('m')] = {step(QStringLiteral("<missing>"), 7)};
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(5337, kept, layers, history), -1);
        // What stays cannot exceed what there is.
        history.remove(idOf('m'));
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(5337, kept, layers, history), -1);
        QCOMPARE(ImagesApi::reclaimedSpaceFromKept(20, {idOf('k')}, layers, history), -1);
    }

    void defaultListIsCompleteWithoutParents()
    {
        QVERIFY(ImagesApi::defaultListIsComplete({}));
        QVERIFY(ImagesApi::defaultListIsComplete({image('a', {QStringLiteral("a:1")}), image('b')}));
        // One image built on an intermediate one: the default list leaves that one out.
        QVERIFY(!ImagesApi::defaultListIsComplete({image('a', {QStringLiteral("a:1")}), image('b', {QStringLiteral("b:1")}, 'c')}));
    }
};

QTEST_MAIN(TestImagesApi)
#include "tst_imagesapi.moc"
