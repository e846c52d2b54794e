// The System page against the real engine: `docker system df` parity (the same df
// answer formatted by Cais and by the docker CLI, and a quiet engine of the test's own
// read by both), `docker system prune` whose preview equals what the engine then
// removes, a preview that the engine overtakes (the difference is shown, not hidden),
// and the engine information beside `docker info`.
//
// The shared engine is only pruned through a label of this test's own, so nothing
// another test made can go; the build cache (which Docker prunes whatever the label)
// is left out there and pruned on the bare engine only.
#include "diskusagemodel.h"
#include "engine.h"
#include "fakeengine.h"
#include "system/engineinfoview.h"
#include "networksmodel.h"
#include "system/networkdialogs.h"
#include "system/prunedifference.h"
#include "system/systempage.h"
#include "system/volumedialogs.h"
#include "volumesmodel.h"
#include "system/systemprunedialog.h"
#include "systemapi.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QDateTime>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;
using TestEngine::await;

namespace {

QString uniqueValue()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
}

bool dockerOn(const QString &host, QStringList args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    if (!host.isEmpty())
        args = QStringList{u"-H"_s, host} + args;
    return TestEngine::docker(args, out, err, 120000);
}

QString idOf(const QByteArray &out)
{
    return QString::fromUtf8(out.trimmed());
}

/// The docker CLI without failing the test (for checks and cleanup).
int quietDocker(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_HOST"_s, TestEngine::dockerHost());
    p.setProcessEnvironment(env);
    p.start(u"docker"_s, args);
    p.waitForFinished(60000);
    return p.exitCode();
}

bool exists(const QString &what, const QString &name, const QString &host = {})
{
    QStringList args{what, u"inspect"_s, name};
    if (!host.isEmpty())
        args = QStringList{u"-H"_s, host} + args;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DOCKER_HOST"_s, TestEngine::dockerHost());
    p.setProcessEnvironment(env);
    p.start(u"docker"_s, args);
    p.waitForFinished(60000);
    return p.exitCode() == 0;
}

/// `docker system df --format '{{json .}}'`: Type -> the line's fields.
QMap<QString, QJsonObject> cliLines(const QByteArray &out)
{
    QMap<QString, QJsonObject> lines;
    for (const QByteArray &l : out.split('\n')) {
        if (l.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        lines.insert(o.value(u"Type"_s).toString(), o);
    }
    return lines;
}

/// Cais's lines in the CLI's words, for a readable QCOMPARE.
QStringList asText(const QList<DiskUsageLine> &lines)
{
    QStringList out;
    for (const DiskUsageLine &l : lines)
        out << u"%1 %2 %3 %4 %5"_s.arg(l.typeName()).arg(l.total).arg(l.active).arg(SystemApi::humanSize(l.size), l.reclaimableText());
    return out;
}

QStringList asText(const QMap<QString, QJsonObject> &cli)
{
    QStringList out;
    for (const char *type : {"Images", "Containers", "Local Volumes", "Build Cache"}) {
        const QJsonObject o = cli.value(QLatin1String(type));
        out << u"%1 %2 %3 %4 %5"_s.arg(o.value(u"Type"_s).toString(), o.value(u"TotalCount"_s).toString(), o.value(u"Active"_s).toString(),
                                      o.value(u"Size"_s).toString(), o.value(u"Reclaimable"_s).toString());
    }
    return out;
}

/// The model's table, as the page shows it, in the CLI's words (type names aside).
QStringList asText(const DiskUsageModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        out << u"%1 %2 %3 %4 %5"_s.arg(m.rowAt(r).typeName(), m.index(r, DiskUsageModel::TotalColumn).data().toString(),
                                       m.index(r, DiskUsageModel::ActiveColumn).data().toString(),
                                       m.index(r, DiskUsageModel::SizeColumn).data().toString(),
                                       m.index(r, DiskUsageModel::ReclaimableColumn).data().toString());
    }
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList containerIds(const QList<DfContainer> &l)
{
    QStringList out;
    for (const auto &c : l)
        out << c.id;
    return out;
}

QStringList cacheIds(const QList<DfBuildCache> &l)
{
    QStringList out;
    for (const auto &b : l)
        out << b.id;
    return out;
}

QStringList volumeNames(const QList<DfVolume> &l)
{
    QStringList out;
    for (const auto &v : l)
        out << v.name;
    return out;
}

void checkAccessibleNames(QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()) || qobject_cast<QTabBar *>(w))
            continue; // viewports; a tab bar reads out its tabs
        QVERIFY2(!w->accessibleName().isEmpty() || (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty()),
                 qPrintable(u"%1 (%2) has no accessible name"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
    }
}

} // namespace

class TestSystem : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    Engine &connected() { return TestEngine::connected(m_engine); }

    struct Bare
    {
        QString dir;
        QString host;
        std::unique_ptr<Engine> engine;
        ~Bare()
        {
            engine.reset();
            if (!dir.isEmpty())
                TestEngine::stopEngine(dir);
        }
    };

    bool startBare(Bare &b)
    {
        b.dir = u"/tmp/cais-sys-%1"_s.arg(QCoreApplication::applicationPid());
        if (!TestEngine::startBareEngine(b.dir)) {
            b.dir.clear();
            QTest::qFail("the bare engine did not start", __FILE__, __LINE__);
            return false;
        }
        b.host = u"unix://"_s + b.dir + u"/docker.sock"_s;
        const QString archive = b.dir + u"/shell.tar"_s;
        if (!dockerOn({}, {u"save"_s, u"-o"_s, archive, u"cais-test/shell:1"_s}) || !dockerOn(b.host, {u"load"_s, u"-q"_s, u"-i"_s, archive}))
            return false;
        Endpoint ep;
        ep.path = b.dir + u"/docker.sock"_s;
        b.engine = std::make_unique<Engine>(ep);
        b.engine->connectToEngine();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(b.engine->state(), Engine::State::Connected, 20000); }();
        return !QTest::currentTestFailed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    // One df answer of the shared engine, formatted by Cais and by the docker CLI: the
    // CLI reads it from a fake engine that replays that very answer, so the engine
    // changing meanwhile (other tests run in parallel) cannot make them differ.
    void dfFormattingIsTheCli()
    {
        Engine &e = connected();
        const QString label = u"cais.test.system="_s + uniqueValue();
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"-v"_s, u"/data"_s, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString ctr = idOf(out);
        auto cleanup = qScopeGuard([&] { quietDocker({u"rm"_s, u"-f"_s, u"-v"_s, ctr}); });

        const TestEngine::Outcome df = TestEngine::wait(e.get(u"/system/df"_s), 120000);
        QVERIFY2(df.ok, qPrintable(df.error.fullText()));
        const DiskUsage usage = DiskUsage::fromJson(QJsonDocument::fromJson(df.body).object());
        QVERIFY(usage.containers.size() >= 1);

        QTemporaryDir dir(u"/tmp/cais-df-XXXXXX"_s);
        const QString sock = dir.filePath(u"fake.sock"_s);
        FakeEngine fake;
        auto reply = [](FakeConnection *c, const QByteArray &status, const QByteArray &type, const QByteArray &body, bool head = false) {
            c->write("HTTP/1.1 " + status + "\r\nApi-Version: 1.45\r\nOstype: linux\r\nServer: Docker/26.1.5 (linux)\r\nContent-Type: " + type
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + (head ? QByteArray() : body));
        };
        fake.handler = [&](FakeConnection *c, const FakeRequest &r) {
            if (r.target.startsWith("/_ping"))
                reply(c, "200 OK", "text/plain", "OK", r.method == "HEAD");
            else if (r.target.contains("/system/df"))
                reply(c, "200 OK", "application/json", df.body);
            else
                reply(c, "404 Not Found", "application/json", R"({"message":"not in this replay"})");
        };
        QVERIFY(fake.listenLocal(sock));
        QProcess cli;
        cli.start(u"docker"_s, {u"-H"_s, u"unix://"_s + sock, u"system"_s, u"df"_s, u"--format"_s, u"{{json .}}"_s});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 60000);
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QMap<QString, QJsonObject> lines = cliLines(cli.readAllStandardOutput());
        QCOMPARE(lines.size(), 4);
        QCOMPARE(asText(SystemApi::summarize(usage)), asText(lines));

        // And the page's model shows the same.
        DiskUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiskUsage(usage);
        QCOMPARE(asText(model), asText(lines));
    }

    // A quiet engine of the test's own, seeded with every kind of object: the page's
    // model, following it, shows what `docker system df` prints, also after the system
    // prune, whose preview is exactly what the engine then removes (build cache too).
    void volumesAndNetworksPruneOnABareEngine()
    {
        // The Volumes and Networks pages' own prune dialogs remove, on a real engine,
        // exactly what they previewed (a bare engine: they prune the whole engine).
        Bare bare;
        QVERIFY(startBare(bare));
        const QString h = bare.host;
        QVERIFY(dockerOn(h, {u"volume"_s, u"create"_s, u"--label"_s, u"com.docker.volume.anonymous="_s, u"loose"_s}));
        QVERIFY(dockerOn(h, {u"volume"_s, u"create"_s, u"named"_s}));
        QVERIFY(dockerOn(h, {u"network"_s, u"create"_s, u"--internal"_s, u"spare"_s}));
        QVERIFY(dockerOn(h, {u"network"_s, u"create"_s, u"--internal"_s, u"busy"_s}));
        QVERIFY(dockerOn(h, {u"run"_s, u"-d"_s, u"--name"_s, u"user"_s, u"--network"_s, u"busy"_s, u"-v"_s, u"held:/data"_s,
                             u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s}));
        QVERIFY(dockerOn(h, {u"volume"_s, u"create"_s, u"--label"_s, u"com.docker.volume.anonymous="_s, u"loose2"_s}));

        VolumesModel volumes;
        QAbstractItemModelTester vt(&volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        volumes.setEngine(bare.engine.get());
        QTRY_VERIFY_WITH_TIMEOUT(volumes.usersKnown() && volumes.rows().size() == 4, 20000);
        PruneVolumesDialog vd(bare.engine.get(), &volumes);
        vd.show();
        QTRY_COMPARE_WITH_TIMEOUT(sorted(vd.previewNames()), (QStringList{u"loose"_s, u"loose2"_s}), 20000);
        QSignalSpy vpruned(&vd, &PruneVolumesDialog::pruned);
        vd.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(vpruned.size(), 1, 60000);
        QVERIFY2(vd.difference().isEmpty(), qPrintable(vd.statusLabel()->text()));
        QVERIFY2(vd.statusLabel()->text().contains(u"exactly what the preview showed"_s), qPrintable(vd.statusLabel()->text()));
        QVERIFY(!exists(u"volume"_s, u"loose"_s, h));
        QVERIFY(!exists(u"volume"_s, u"loose2"_s, h));
        QVERIFY(exists(u"volume"_s, u"named"_s, h));
        QVERIFY(exists(u"volume"_s, u"held"_s, h));

        NetworksModel networks;
        QAbstractItemModelTester nt(&networks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        networks.setEngine(bare.engine.get());
        auto listed = [&](const QString &name) {
            return std::any_of(networks.rows().begin(), networks.rows().end(), [&](const NetworkRow &r) { return r.network.name == name; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(networks.membersKnown() && listed(u"busy"_s) && listed(u"spare"_s), 20000);
        PruneNetworksDialog nd(bare.engine.get(), &networks);
        nd.show();
        QTRY_COMPARE_WITH_TIMEOUT(nd.previewNames(), QStringList{u"spare"_s}, 20000);
        QSignalSpy npruned(&nd, &PruneNetworksDialog::pruned);
        nd.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(npruned.size(), 1, 60000);
        QCOMPARE(npruned.first().first().toStringList(), QStringList{u"spare"_s});
        QVERIFY2(nd.difference().isEmpty(), qPrintable(nd.statusLabel()->text()));
        QVERIFY(!exists(u"network"_s, u"spare"_s, h));
        QVERIFY(exists(u"network"_s, u"busy"_s, h));

        // What differs is said: a preview that named "gone" and not "other".
        const PruneDifference d = PruneDifference::of({u"gone"_s, u"same"_s}, {u"same"_s, u"other"_s});
        QCOMPARE(d.unexpected, QStringList{u"other"_s});
        QCOMPARE(d.kept, QStringList{u"gone"_s});
        QVERIFY2(d.text().contains(u"also removed other"_s) && d.text().contains(u"kept gone"_s), qPrintable(d.text()));
    }

    void bareEngineParityAndFullPrune()
    {
        Bare bare;
        QVERIFY(startBare(bare));
        const QString h = bare.host;
        QByteArray out;
        // A running container with a named volume; a stopped one with an anonymous
        // volume; an unused anonymous volume; an unused network; a dangling image.
        QVERIFY(dockerOn(h, {u"run"_s, u"-d"_s, u"--name"_s, u"web"_s, u"-v"_s, u"data:/data"_s, u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s}));
        QVERIFY(dockerOn(h, {u"run"_s, u"--name"_s, u"job"_s, u"-v"_s, u"/scratch"_s, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s,
                             u"head -c 300000 /dev/zero > /scratch/f; head -c 5000 /dev/zero > /out"_s}));
        QVERIFY(dockerOn(h, {u"volume"_s, u"create"_s, u"--label"_s, u"com.docker.volume.anonymous="_s, u"loose"_s}));
        QVERIFY(dockerOn(h, {u"network"_s, u"create"_s, u"--driver"_s, u"bridge"_s, u"--internal"_s, u"spare"_s}));
        QTemporaryDir ctx;
        {
            QFile f(ctx.filePath(u"Dockerfile"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FROM cais-test/shell:1\nRUN head -c 70000 /dev/urandom > /r\n");
        }
        QVERIFY(dockerOn(h, {u"build"_s, u"-q"_s, u"-t"_s, u"dang:1"_s, ctx.path()}));
        QVERIFY(dockerOn(h, {u"build"_s, u"-q"_s, u"--no-cache"_s, u"-t"_s, u"dang:1"_s, ctx.path()})); // the first is now dangling
        // BuildKit's cache, where the buildx plugin exists (it does in the build root).
        QProcess buildx;
        buildx.setProcessChannelMode(QProcess::ForwardedChannels);
        // (--network none: the bare engine has no bridge, which a RUN would look for.)
        buildx.start(u"docker"_s, {u"-H"_s, h, u"buildx"_s, u"build"_s, u"-q"_s, u"--network"_s, u"none"_s, u"-t"_s, u"bk:1"_s, ctx.path()});
        QVERIFY(buildx.waitForFinished(180000));
        QCOMPARE(buildx.exitCode(), 0);

        DiskUsageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester itester(model.items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &DiskUsageModel::refreshed);
        model.setEngine(bare.engine.get());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1 && !model.isBusy(), 60000);
        QVERIFY(dockerOn(h, {u"system"_s, u"df"_s, u"--format"_s, u"{{json .}}"_s}, &out));
        QCOMPARE(asText(model), asText(cliLines(out)));
        // -v: every object, the same counts as the CLI's verbose listing.
        QVERIFY(dockerOn(h, {u"system"_s, u"df"_s, u"-v"_s, u"--format"_s, u"{{json .}}"_s}, &out));
        const QJsonObject verbose = QJsonDocument::fromJson(out).object();
        int listed = 0;
        for (const char *k : {"Images", "Containers", "Volumes", "BuildCache"})
            listed += int(verbose.value(QLatin1String(k)).toArray().size());
        QCOMPARE(model.items()->rowCount(), listed);
        const int dataRow = model.items()->rowOfKey(u"v:data"_s);
        QVERIFY(dataRow >= 0);
        QCOMPARE(model.items()->index(dataRow, DiskUsageItemsModel::HeldByColumn).data().toString(), u"web"_s);

        // docker builder prune (no -a), through the dialog of that one kind: the preview
        // names each cache record that goes (unused, not shared, not internal or
        // frontend), and the engine removes exactly those.
        {
            SystemPruneDialog cache(bare.engine.get());
            cache.show();
            cache.setSingleKind(DiskUsageLine::Kind::BuildCache);
            QTRY_VERIFY_WITH_TIMEOUT(cache.isPreviewReady(), 120000);
            const SystemPrunePlan p = cache.plan();
            QVERIFY(p.containers.isEmpty() && p.networks.isEmpty() && p.volumes.isEmpty() && p.images.deletedImages.isEmpty());
            QSignalSpy done(&cache, &SystemPruneDialog::pruned);
            cache.prune();
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 120000);
            QVERIFY(cache.report().buildCacheRan);
            QCOMPARE(sorted(cache.report().buildCacheDeleted), sorted(cacheIds(p.buildCache)));
            QCOMPARE(cache.report().buildCacheSpace, p.buildCacheSpace);
            QVERIFY(cache.difference().isEmpty());
            qInfo("builder prune without -a: %d record(s), %lld bytes, as previewed", int(p.buildCache.size()), p.buildCacheSpace);
        }

        // docker system prune -a --volumes, through the dialog.
        SystemPruneDialog dialog(bare.engine.get());
        dialog.show();
        SystemPruneOptions o;
        o.all = true;
        o.volumes = true;
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 120000);
        const SystemPrunePlan plan = dialog.plan();
        QCOMPARE(plan.containers.size(), 1);
        QCOMPARE(plan.containers.first().name, u"job"_s);
        QVERIFY(plan.containersSpace > 0);
        QCOMPARE(plan.networks, QStringList{u"spare"_s});
        QCOMPARE(plan.volumes.size(), 2); // job's anonymous volume, and "loose"; never "data"
        QVERIFY(!volumeNames(plan.volumes).contains(u"data"_s));
        QVERIFY(plan.volumesSpace >= 300000);
        QVERIFY(!plan.images.deletedImages.isEmpty());
        QVERIFY(plan.images.spaceReclaimed > 0);
        // The BuildKit builds left cache records that -a takes, each one listed.
        QVERIFY(!plan.buildCache.isEmpty());
        QVERIFY(plan.buildCacheSpace > 0);
        QVERIFY2(dialog.notesLabel()->text().contains(u"shares"_s), qPrintable(dialog.notesLabel()->text()));
        checkAccessibleNames(&dialog);
        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 180000);
        const SystemPruneReport report = dialog.report();
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(sorted(report.containersDeleted), sorted(containerIds(plan.containers)));
        QCOMPARE(report.containersSpace, plan.containersSpace);
        QCOMPARE(sorted(report.networksDeleted), sorted(plan.networks));
        QCOMPARE(sorted(report.volumesDeleted), sorted(volumeNames(plan.volumes)));
        QCOMPARE(report.volumesSpace, plan.volumesSpace);
        QVERIFY(report.buildCacheRan);
        QCOMPARE(sorted(report.buildCacheDeleted), sorted(cacheIds(plan.buildCache)));
        QCOMPARE(report.buildCacheSpace, plan.buildCacheSpace);
        // bk:1's layer is also a (shared) build cache record: the images step does not
        // free it, the build cache step does and counts it. The preview said so, and
        // the result explains the images' shortfall by exactly that.
        QVERIFY(plan.buildCacheSharedWithImages > 0);
        const SystemPruneDifference d = dialog.difference();
        QCOMPARE(report.images.spaceReclaimed + d.imagesSpaceFreedWithCache, plan.images.spaceReclaimed);
        QVERIFY(d.imagesSpaceFreedWithCache <= plan.buildCacheSharedWithImages);
        QVERIFY2(d.isEmpty(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY2(dialog.statusLabel()->text().contains(u"exactly what the preview showed"_s), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(exists(u"container"_s, u"web"_s, h));
        QVERIFY(exists(u"volume"_s, u"data"_s, h));

        // The model followed the prune's events: the CLI agrees again.
        refreshed.clear();
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1 && !model.isBusy(), 60000);
        QVERIFY(dockerOn(h, {u"system"_s, u"df"_s, u"--format"_s, u"{{json .}}"_s}, &out));
        QCOMPARE(asText(model), asText(cliLines(out)));
        QVERIFY(dockerOn(h, {u"rm"_s, u"-f"_s, u"web"_s}));
    }

    // The shared engine, pruned through this test's own label only: each kind the
    // CLI prunes, the later steps seeing what the earlier ones freed.
    void untilKeepsWhatIsNewer()
    {
        // `until=` on a real engine: the preview (Cais's reading of the filter) and the
        // engine's prune agree on which of two containers was created before the cut.
        Engine &e = connected();
        const QString label = u"cais.test.system="_s + uniqueValue();
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString older = idOf(out);
        QVERIFY(TestEngine::docker({u"inspect"_s, u"-f"_s, u"{{.Created}}"_s, older}, &out));
        const QDateTime created = QDateTime::fromString(QString::fromLatin1(out.trimmed()), Qt::ISODateWithMs);
        QVERIFY2(created.isValid(), out.constData());
        // The engine's clock decides; a cut one second after the first creation, and the
        // second created two seconds after it.
        const qint64 cut = created.toSecsSinceEpoch() + 1;
        QTest::qWait(2500);
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString newer = idOf(out);
        auto cleanup = qScopeGuard([&] { quietDocker({u"rm"_s, u"-f"_s, older, newer}); });

        SystemPruneDialog dialog(&e);
        dialog.show();
        SystemPruneOptions o;
        o.networks = false;
        o.images = false;
        o.buildCache = false;
        o.filters.labels = {label};
        o.filters.untilSeconds = cut;
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 120000);
        QCOMPARE(containerIds(dialog.plan().containers), QStringList{older});
        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 180000);
        QCOMPARE(dialog.report().containersDeleted, QStringList{older});
        QVERIFY2(dialog.difference().isEmpty(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!exists(u"container"_s, older));
        QVERIFY(exists(u"container"_s, newer));
    }

    void prunePreviewEqualsResult()
    {
        Engine &e = connected();
        const QString value = uniqueValue();
        const QString label = u"cais.test.system="_s + value;
        const QString tagA = u"cais-test/sys-a:"_s + value;
        const QString tagB = u"cais-test/sys-b:"_s + value;
        QByteArray out;
        // Image A: only a stopped container of ours uses it (it goes, then A with it).
        const QString imageA = TestEngine::ownImage({tagA}, u"cais-test/shell:1"_s, u"LABEL "_s + label + u"\nRUN echo a > /a"_s);
        QVERIFY(!imageA.isEmpty());
        // Image B: unused.
        const QString imageB = TestEngine::ownImage({tagB}, u"cais-test/shell:1"_s, u"LABEL "_s + label + u"\nRUN echo b > /b"_s);
        QVERIFY(!imageB.isEmpty());
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, label, u"--label"_s, u"com.docker.volume.anonymous="_s, u"sys-used-"_s + value}));
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, label, u"--label"_s, u"com.docker.volume.anonymous="_s, u"sys-loose-"_s + value}));
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, label, u"sys-named-"_s + value}));
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"-v"_s, u"sys-used-"_s + value + u":/data"_s, tagA, u"true"_s}, &out));
        const QString stopped = idOf(out);
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"sleep"_s, u"600"_s}, &out));
        const QString running = idOf(out);
        QVERIFY(TestEngine::docker({u"network"_s, u"create"_s, u"--internal"_s, u"--label"_s, label, u"sys-net-"_s + value}));
        auto cleanup = qScopeGuard([&] {
            quietDocker({u"rm"_s, u"-f"_s, running, stopped});
            quietDocker({u"network"_s, u"rm"_s, u"sys-net-"_s + value});
            for (const QString &v : {u"sys-used-"_s, u"sys-loose-"_s, u"sys-named-"_s})
                quietDocker({u"volume"_s, u"rm"_s, u"-f"_s, v + value});
            quietDocker({u"rmi"_s, u"-f"_s, imageA, imageB});
        });

        SystemPruneDialog dialog(&e);
        dialog.show();
        SystemPruneOptions o;
        o.all = true;
        o.volumes = true;
        o.buildCache = false; // Docker would ignore the label for the build cache
        o.filters.labels = {label};
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 120000);
        const SystemPrunePlan plan = dialog.plan();
        QCOMPARE(containerIds(plan.containers), QStringList{stopped});
        QCOMPARE(plan.networks, QStringList{u"sys-net-"_s + value});
        QCOMPARE(sorted(volumeNames(plan.volumes)), sorted({u"sys-used-"_s + value, u"sys-loose-"_s + value}));
        QVERIFY(plan.images.deletedImages.contains(imageA));
        QVERIFY(plan.images.deletedImages.contains(imageB));
        QCOMPARE(sorted(plan.images.untagged), sorted({tagA, tagB}));
        QVERIFY(plan.images.spaceReclaimed >= 0);
        QVERIFY(plan.buildCache.isEmpty());
        QTreeWidget *tree = dialog.tree();
        QCOMPARE(tree->topLevelItemCount(), 4); // containers, networks, volumes, images: the CLI's order
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Containers"_s);
        QCOMPARE(tree->topLevelItem(3)->text(0), u"Images"_s);

        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 180000);
        const SystemPruneReport report = dialog.report();
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.containersDeleted, QStringList{stopped});
        QCOMPARE(report.containersSpace, plan.containersSpace);
        QCOMPARE(report.networksDeleted, plan.networks);
        QCOMPARE(sorted(report.volumesDeleted), sorted(volumeNames(plan.volumes)));
        QCOMPARE(report.volumesSpace, plan.volumesSpace);
        QCOMPARE(report.images.spaceReclaimed, plan.images.spaceReclaimed);
        QVERIFY(plan.images.matches(report.images));
        QVERIFY(!report.buildCacheRan);
        QVERIFY2(dialog.difference().isEmpty(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(dialog.statusLabel()->text().contains(u"exactly what the preview showed"_s));
        // Side by side: every previewed row says the engine removed it.
        for (int k = 0; k < tree->topLevelItemCount(); ++k) {
            QVERIFY(!tree->topLevelItem(k)->text(SystemPruneDialog::ResultColumn).isEmpty());
            for (int c = 0; c < tree->topLevelItem(k)->childCount(); ++c)
                QVERIFY(tree->topLevelItem(k)->child(c)->text(SystemPruneDialog::ResultColumn).startsWith(u"removed"_s)
                        || tree->topLevelItem(k)->child(c)->text(SystemPruneDialog::ResultColumn) == u"untagged"_s);
        }
        QVERIFY(exists(u"container"_s, running));
        QVERIFY(exists(u"volume"_s, u"sys-named-"_s + value));
        QVERIFY(!exists(u"image"_s, imageA));
        QVERIFY(!exists(u"volume"_s, u"sys-used-"_s + value));
    }

    // The engine changes between the preview and the prune: the result shows what
    // differs, row by row and in the summary.
    void engineChangedBetweenPreviewAndPrune()
    {
        Engine &e = connected();
        const QString label = u"cais.test.system="_s + uniqueValue();
        QByteArray out;
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString first = idOf(out);
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString second = idOf(out);
        QString late;
        auto cleanup = qScopeGuard([&] { quietDocker({u"rm"_s, u"-f"_s, first, second, late}); });

        SystemPruneDialog dialog(&e);
        dialog.show();
        dialog.setSingleKind(DiskUsageLine::Kind::Containers);
        SystemPruneOptions o = dialog.options();
        o.filters.labels = {label};
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 60000);
        QCOMPARE(sorted(containerIds(dialog.plan().containers)), sorted({first, second}));

        // Meanwhile: one previewed container is removed, another one appears.
        QVERIFY(TestEngine::docker({u"rm"_s, first}));
        QVERIFY(TestEngine::docker({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        late = idOf(out);

        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 60000);
        const SystemPruneDifference d = dialog.difference();
        qInfo("planned %s; the engine removed %s", qPrintable(containerIds(dialog.plan().containers).join(u' ')),
              qPrintable(dialog.report().containersDeleted.join(u' ')));
        QCOMPARE(d.containersOnlyPlanned, QStringList{first});
        QCOMPARE(d.containersOnlyDone, QStringList{late});
        QVERIFY(!d.isEmpty());
        QVERIFY2(dialog.statusLabel()->text().contains(u"differs from the preview"_s), qPrintable(dialog.statusLabel()->text()));
        QTreeWidgetItem *containers = dialog.tree()->topLevelItem(0);
        QStringList results;
        for (int c = 0; c < containers->childCount(); ++c)
            results << containers->child(c)->text(SystemPruneDialog::PreviewColumn) + u" | "_s + containers->child(c)->text(SystemPruneDialog::ResultColumn);
        QVERIFY2(results.contains(u"not in the preview | removed"_s), qPrintable(results.join(u'\n')));
        QVERIFY2(std::any_of(results.begin(), results.end(), [](const QString &s) { return s.endsWith(u"NOT removed"_s); }), qPrintable(results.join(u'\n')));
    }

    void filtersAreCheckedBeforeAsking()
    {
        Engine &e = connected();
        SystemPruneDialog dialog(&e);
        dialog.setFilterText(u"until=yesterday"_s);
        QVERIFY(!dialog.pruneButton()->isEnabled());
        QVERIFY(dialog.statusLabel()->text().contains(u"not a time"_s));
        // As the CLI: until= and --volumes do not go together.
        SystemPruneOptions o;
        o.volumes = true;
        o.filters.untilSeconds = 1700000000;
        dialog.setOptions(o);
        QTRY_VERIFY(dialog.statusLabel()->text().contains(u"until"_s));
        QVERIFY(!dialog.isPreviewReady());
    }

    void pageAndEngineInformation()
    {
        Engine &e = connected();
        SystemPage page(&e);
        page.resize(1000, 700);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 4, 60000);
        checkAccessibleNames(&page);
        EngineInfoView *info = page.engineInfo();
        QSignalSpy updated(info, &EngineInfoView::updated);
        info->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 30000);
        QByteArray out;
        QVERIFY(TestEngine::docker({u"info"_s, u"--format"_s, u"{{json .}}"_s}, &out));
        const QJsonObject cli = QJsonDocument::fromJson(out).object();
        QCOMPARE(info->valueOf(u"storageDriver"_s), cli.value(u"Driver"_s).toString());
        QVERIFY(info->valueOf(u"cgroup"_s).startsWith(cli.value(u"CgroupDriver"_s).toString()));
        QCOMPARE(info->valueOf(u"rootDir"_s), cli.value(u"DockerRootDir"_s).toString());
        QCOMPARE(info->valueOf(u"cpus"_s), QString::number(cli.value(u"NCPU"_s).toInt()));
        QCOMPARE(info->valueOf(u"kernel"_s), cli.value(u"KernelVersion"_s).toString());
        QCOMPARE(info->valueOf(u"product"_s), u"Docker"_s);
        QVERIFY(info->valueOf(u"registries"_s).contains(u"127.0.0.0/8"_s));
        // The warnings the engine reports (this one runs without a bridge: it has some).
        const QJsonArray warnings = cli.value(u"Warnings"_s).toArray();
        QCOMPARE(info->warningsLabel()->isVisibleTo(info), !warnings.isEmpty());
        for (const QJsonValue &w : warnings)
            QVERIFY(info->warningsLabel()->text().contains(w.toString().trimmed()));
    }
};

QTEST_MAIN(TestSystem)
#include "tst_system.moc"
