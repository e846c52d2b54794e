// `docker system df` and `docker system prune` against the real Podman service (the
// podman fixture): where Podman answers differently, the preview says so and still
// equals what Podman then removes. Pruned through this test's own label, on a Podman
// service of this test's own (the podman fixture started again in a private folder):
// on the shared one, Podman's network prune failed whenever another test removed a
// container at that moment ("no container with ID ... found in database"), even when
// tried again at once.
#include "engine.h"
#include "system/systemprunedialog.h"
#include "systemapi.h"
#include "testengine.h"
#include "translations.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using TestEngine::await;
using TestEngine::podman;
using TestEngine::podmanHost;

namespace {

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestSystemPodman : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connectedPodman(m_engine); }

    QString m_private; ///< this test's own Podman service's folder

    static int podmanFixture(const QString &verb, const QString &dir)
    {
        const QString script = QFileInfo(QStringLiteral(CAIS_ENGINE_FIXTURE)).absolutePath() + u"/podman-fixture"_s;
        return QProcess::execute(script, {verb, dir});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_private = u"/tmp/cais-podman-prune-%1"_s.arg(QCoreApplication::applicationPid());
        QCOMPARE(podmanFixture(u"start"_s, m_private), 0);
        // Every Podman helper of TestEngine reads this folder's env file from now on.
        qputenv("CAIS_TEST_PODMAN_DIR", m_private.toUtf8());
        if (podmanHost().isEmpty())
            QFAIL("This test's own Podman service did not start: see podman-fixture's output above.");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void cleanupTestCase()
    {
        if (!m_private.isEmpty())
            podmanFixture(u"stop"_s, m_private);
    }

    void diskUsage()
    {
        Engine &e = connected();
        QVERIFY(e.info().podman);
        const auto df = await(SystemApi::diskUsage(e), 120000);
        QVERIFY2(df.has_value(), qPrintable(df ? QString() : df.error().fullText()));
        QVERIFY(!df->images.isEmpty());
        const QList<DiskUsageLine> lines = SystemApi::summarize(*df);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0].total, int(df->images.size()));
        qInfo("Podman's df: build cache %s, %d images, layers %lld bytes", df->hasBuildCache ? "listed" : "absent",
              int(df->images.size()), df->layersSize);
    }

    void prunePreviewEqualsResult()
    {
        Engine &e = connected();
        const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
        const QString label = u"cais.test.syspodman="_s + value;
        QByteArray out;
        QVERIFY(podman({u"create"_s, u"--label"_s, label, u"cais-test/shell:1"_s, u"true"_s}, &out));
        const QString stopped = QString::fromUtf8(out.trimmed());
        // A named volume: Docker's --volumes would keep it (only anonymous ones go),
        // Podman prunes it.
        QVERIFY(podman({u"volume"_s, u"create"_s, u"--label"_s, label, u"named-"_s + value}));
        QVERIFY(podman({u"network"_s, u"create"_s, u"--label"_s, label, u"net-"_s + value}));
        auto cleanup = qScopeGuard([&] {
            QProcess::execute(u"podman"_s, {u"--remote"_s, u"--url"_s, podmanHost(), u"rm"_s, u"-f"_s, stopped});
            QProcess::execute(u"podman"_s, {u"--remote"_s, u"--url"_s, podmanHost(), u"volume"_s, u"rm"_s, u"-f"_s, u"named-"_s + value});
            QProcess::execute(u"podman"_s, {u"--remote"_s, u"--url"_s, podmanHost(), u"network"_s, u"rm"_s, u"-f"_s, u"net-"_s + value});
        });

        SystemPruneDialog dialog(&e);
        dialog.show();
        SystemPruneOptions o;
        o.volumes = true;
        o.images = false; // the image preview follows Docker's rules (see PruneDialog)
        o.filters.labels = {label};
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 120000);
        const SystemPrunePlan plan = dialog.plan();
        const TestEngine::Outcome df = TestEngine::wait(e.get(u"/system/df"_s), 60000);
        for (const QJsonValue &c : QJsonDocument::fromJson(df.body).object().value(u"Containers"_s).toArray()) {
            if (c.toObject().value(u"Id"_s).toString() == stopped)
                qInfo("Podman's df lists the container as %s", QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact).constData());
        }
        for (const QJsonValue &v : QJsonDocument::fromJson(df.body).object().value(u"Volumes"_s).toArray()) {
            if (v.toObject().value(u"Name"_s).toString() == u"named-"_s + value)
                qInfo("Podman's df lists the volume as %s", QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
        }
        QVERIFY(!plan.buildCacheSupported);
        QVERIFY(dialog.notesLabel()->text().contains(u"no build cache prune"_s));
        QVERIFY(dialog.notesLabel()->text().contains(u"named ones too"_s));
        QCOMPARE(plan.containers.size(), 1);
        QCOMPARE(plan.containers.first().id, stopped);
        QCOMPARE(plan.networks, QStringList{u"net-"_s + value});
        QCOMPARE(plan.volumes.size(), 1);
        QCOMPARE(plan.volumes.first().name, u"named-"_s + value);

        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 120000);
        const SystemPruneReport report = dialog.report();
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QVERIFY(!report.buildCacheRan); // Podman has no /build/prune: never asked
        QCOMPARE(report.containersDeleted, QStringList{stopped});
        QCOMPARE(report.networksDeleted, plan.networks);
        QCOMPARE(sorted(report.volumesDeleted), QStringList{u"named-"_s + value});
        qInfo("Podman reported %lld bytes for the container (preview %lld) and %lld for the volume (preview %lld)",
              report.containersSpace, plan.containersSpace, report.volumesSpace, plan.volumesSpace);
        QVERIFY2(dialog.difference().isEmpty(), qPrintable(dialog.statusLabel()->text()));
    }

    void imagePrunePreviewEqualsResult()
    {
        // A dangling image of this test's own (built from the seed with a label, no
        // tag), and a tagged one with the same label that a dangling prune keeps.
        Engine &e = connected();
        const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
        const QString label = u"cais.test.syspodman.images="_s + value;
        QTemporaryDir dir;
        QFile df(dir.filePath(u"Dockerfile"_s));
        QVERIFY(df.open(QIODevice::WriteOnly));
        df.write("FROM cais-test/shell:1\nLABEL cais.test.layer=" + value.toUtf8() + "\n");
        df.close();
        const QString tagged = u"localhost/cais-test/syspodman-"_s + value + u":1"_s;
        QVERIFY(podman({u"build"_s, u"--label"_s, label, u"-t"_s, tagged, dir.path()}));
        QByteArray out;
        QVERIFY(podman({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, tagged}, &out));
        const QString keptId = QString::fromUtf8(out.trimmed());
        // The same Dockerfile with another label value gives another image; untagged, it dangles.
        QFile df2(dir.filePath(u"Dockerfile"_s));
        QVERIFY(df2.open(QIODevice::WriteOnly));
        df2.write("FROM cais-test/shell:1\nLABEL cais.test.layer=" + value.toUtf8() + "-dangling\n");
        df2.close();
        const QString danglingTag = u"localhost/cais-test/syspodman-"_s + value + u":dangling"_s;
        QVERIFY(podman({u"build"_s, u"--label"_s, label, u"-t"_s, danglingTag, dir.path()}));
        out.clear();
        QVERIFY(podman({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, danglingTag}, &out));
        const QString danglingId = QString::fromUtf8(out.trimmed());
        QVERIFY(podman({u"untag"_s, danglingTag}));
        auto cleanup = qScopeGuard([&] {
            QProcess::execute(u"podman"_s, {u"--remote"_s, u"--url"_s, podmanHost(), u"rmi"_s, u"-f"_s, keptId, danglingId});
        });

        SystemPruneDialog dialog(&e);
        dialog.show();
        SystemPruneOptions o;
        o.containers = false;
        o.networks = false;
        o.volumes = false;
        o.buildCache = false;
        o.images = true; // dangling only (no -a)
        o.filters.labels = {label};
        dialog.setOptions(o);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady(), 120000);
        const SystemPrunePlan plan = dialog.plan();
        auto bare = [](QString id) { return id.startsWith(u"sha256:"_s) ? id.mid(7) : id; };
        QStringList planned;
        for (const QString &id : plan.images.deletedImages)
            planned << bare(id);
        // The dangling image, and the intermediate image its build left (its LABEL step,
        // without the --label): nothing else needs it, so it goes too. The list shows
        // only the dangling one.
        QCOMPARE(planned.size(), 2);
        QVERIFY(planned.contains(bare(danglingId)));
        QCOMPARE(plan.images.shownDeleted.size(), 1);
        QCOMPARE(bare(plan.images.shownDeleted.first()), bare(danglingId));
        // The images only add labels: every layer is the seed's, which stays, so nothing
        // is actually freed; Podman will still count each image's whole size, and the
        // preview says both.
        QCOMPARE(plan.images.spaceReclaimed, 0);
        QVERIFY(plan.images.engineReportsSpace > 0);
        QVERIFY2(dialog.notesLabel()->text().contains(u"Podman will report"_s), qPrintable(dialog.notesLabel()->text()));

        QSignalSpy pruned(&dialog, &SystemPruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 120000);
        const SystemPruneReport report = dialog.report();
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
        QStringList deleted;
        for (const ImageDeleteItem &i : report.images.items) {
            if (i.kind == ImageDeleteItem::Kind::Deleted)
                deleted << bare(i.ref);
        }
        qInfo("Podman's image prune answered %s; %lld bytes (the list's sizes add up to %lld; freed by Docker's rules %lld)",
              qPrintable(deleted.join(u", "_s)), report.images.spaceReclaimed, plan.images.engineReportsSpace, plan.images.spaceReclaimed);
        deleted.sort();
        planned.sort();
        QCOMPARE(deleted, planned);
        QCOMPARE(report.images.spaceReclaimed, plan.images.engineReportsSpace);
        QVERIFY2(dialog.difference().isEmpty(), qPrintable(dialog.statusLabel()->text()));
        // What Podman then holds: the tagged one stays, the dangling one is gone.
        for (const QString &id : std::as_const(planned))
            QVERIFY(!podman({u"image"_s, u"exists"_s, id}, nullptr, true));
        QVERIFY(podman({u"image"_s, u"exists"_s, keptId}));
        QVERIFY(!podman({u"image"_s, u"exists"_s, danglingId}, nullptr, true));
    }
};

QTEST_MAIN(TestSystemPodman)
#include "tst_systempodman.moc"
