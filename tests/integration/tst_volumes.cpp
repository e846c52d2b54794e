// Volumes on the real dockerd the fixture started: list, create (driver options,
// labels), inspect, remove (in use, then free), sizes from /system/df, the containers
// that mount a volume, and prune (anonymous only, then all) — each compared with what
// the docker CLI shows for the same state. The engine is shared: every volume here has
// a name and a label of this process, and prunes are narrowed by that label.
#include "containers/containerspage.h"
#include "containersmodel.h"
#include "engine.h"
#include "mainwindow.h"
#include "system/keyvaluetable.h"
#include "system/volumedialogs.h"
#include "system/volumespage.h"
#include "testengine.h"
#include "translations.h"
#include "volumesapi.h"
#include "volumesmodel.h"

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
#include <QStackedWidget>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using TestEngine::await;
using namespace Qt::StringLiterals;

namespace {

QString unique(const QString &base)
{
    return u"cais-vt-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

/// The label every volume of this process carries: prunes touch nothing else.
QString ownLabel()
{
    return u"cais.test.volumes=%1"_s.arg(QCoreApplication::applicationPid());
}

QJsonObject cliInspect(const QString &name)
{
    QByteArray out;
    if (!TestEngine::docker({u"volume"_s, u"inspect"_s, name}, &out))
        return {};
    return QJsonDocument::fromJson(out).array().first().toObject();
}

QStringList cliNames(const QString &label)
{
    QByteArray out;
    TestEngine::docker({u"volume"_s, u"ls"_s, u"-q"_s, u"--filter"_s, u"label="_s + label}, &out);
    QStringList names = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    names.sort();
    return names;
}

bool cliVolumeCreate(const QString &name, const QStringList &extra = {})
{
    return TestEngine::docker(QStringList{u"volume"_s, u"create"_s, u"--label"_s, ownLabel()} + extra + QStringList{name});
}

/// A docker command whose failure is an answer, not a failed test (cleanups, polls).
bool dockerQuiet(const QStringList &args)
{
    QByteArray err;
    return TestEngine::docker(args, nullptr, &err);
}

void cliRemove(const QStringList &names)
{
    for (const QString &n : names)
        dockerQuiet({u"volume"_s, u"rm"_s, u"-f"_s, n});
}

} // namespace

class TestVolumes : public QObject
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

    void listMatchesCli()
    {
        Engine &e = connected();
        const QString a = unique(u"ls-a"_s), b = unique(u"ls-b"_s);
        auto cleanup = qScopeGuard([&] { cliRemove({a, b}); });
        QVERIFY(cliVolumeCreate(a, {u"--label"_s, u"tier=db"_s}));
        QVERIFY(cliVolumeCreate(b));

        const auto listed = await(VolumesApi::list(e, ownLabel()));
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().fullText()));
        QStringList names;
        for (const VolumeSummary &v : *listed)
            names << v.name;
        names.sort();
        QCOMPARE(names, cliNames(ownLabel()));
        for (const VolumeSummary &v : *listed) {
            const QJsonObject cli = cliInspect(v.name);
            QCOMPARE(v.driver, cli.value(u"Driver"_s).toString());
            QCOMPARE(v.mountpoint, cli.value(u"Mountpoint"_s).toString());
            QCOMPARE(v.scope, cli.value(u"Scope"_s).toString());
            QCOMPARE(v.created, QDateTime::fromString(cli.value(u"CreatedAt"_s).toString(), Qt::ISODateWithMs));
            QCOMPARE(v.labels.value(u"tier"_s), cli.value(u"Labels"_s).toObject().value(u"tier"_s).toString());
            QVERIFY(!v.isAnonymous());
        }

        // The model follows the engine: the rows appear, merged, never reset.
        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(a) >= 0 && model.rowOfKey(b) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.sizesKnown() && model.usersKnown(), 60000);
        const int row = model.rowOfKey(a);
        QCOMPARE(model.index(row, VolumesModel::NameColumn).data().toString(), a);
        QCOMPARE(model.index(row, VolumesModel::DriverColumn).data().toString(), u"local"_s);
        QCOMPARE(model.index(row, VolumesModel::LabelsColumn).data().toString(), u"cais.test.volumes=%1, tier=db"_s.arg(QCoreApplication::applicationPid()));
        QCOMPARE(model.index(row, VolumesModel::UsedByColumn).data().toString(), u"Unused"_s);
        QCOMPARE(model.index(row, VolumesModel::SizeColumn).data(VolumesModel::SizeRole).toLongLong(), 0);
        qInfo("volume list: %lld ms, sizes (/system/df): %lld ms, %d volumes", model.lastListMs(), model.lastSizesMs(), model.rowCount());

        // Removed behind its back (by the CLI): the row goes on the engine's event.
        cliRemove({b});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(b) < 0, 10000);
        QVERIFY(model.rowOfKey(a) >= 0);
        QCOMPARE(reset.size(), 0);
    }

    void createInspectRemove()
    {
        Engine &e = connected();
        const QString name = unique(u"made"_s);
        auto cleanup = qScopeGuard([&] { cliRemove({name}); });
        VolumeCreateSpec spec;
        spec.name = name;
        spec.driverOptions = {{u"type"_s, u"tmpfs"_s}, {u"device"_s, u"tmpfs"_s}, {u"o"_s, u"size=10m"_s}};
        spec.labels = {{u"cais.test.volumes"_s, QString::number(QCoreApplication::applicationPid())}, {u"purpose"_s, u"test"_s}};
        const auto made = await(VolumesApi::create(e, spec));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().fullText()));
        QCOMPARE(made->name, name);

        // What the CLI shows for it is what Cais made and reads back.
        const QJsonObject cli = cliInspect(name);
        QCOMPARE(cli.value(u"Driver"_s).toString(), u"local"_s);
        QCOMPARE(cli.value(u"Options"_s).toObject(), (QJsonObject{{u"type"_s, u"tmpfs"_s}, {u"device"_s, u"tmpfs"_s}, {u"o"_s, u"size=10m"_s}}));
        QCOMPARE(cli.value(u"Labels"_s).toObject().value(u"purpose"_s).toString(), u"test"_s);
        const auto inspected = await(VolumesApi::inspect(e, name));
        QVERIFY(inspected);
        QCOMPARE(inspected->volume.options, spec.driverOptions);
        QCOMPARE(inspected->volume.labels, spec.labels);
        QCOMPARE(inspected->raw.value(u"Mountpoint"_s), cli.value(u"Mountpoint"_s));

        // Creating it again (as `docker volume create NAME` does): the engine answers
        // with the volume that exists, its options untouched (seen on dockerd 26).
        VolumeCreateSpec again = spec;
        again.driverOptions = {{u"type"_s, u"none"_s}};
        const auto same = await(VolumesApi::create(e, again));
        QVERIFY2(same, qPrintable(same ? QString() : same.error().fullText()));
        QCOMPARE(same->options, spec.driverOptions);
        QCOMPARE(cliInspect(name).value(u"Options"_s).toObject().value(u"type"_s).toString(), u"tmpfs"_s);

        const auto removed = await(VolumesApi::remove(e, name));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().fullText()));
        QVERIFY(!cliNames(ownLabel()).contains(name));
        const auto gone = await(VolumesApi::inspect(e, name));
        QVERIFY(!gone);
        QCOMPARE(gone.error().httpStatus, 404);
        QCOMPARE(gone.error().userMessage, u"The volume %1 no longer exists: it was removed meanwhile."_s.arg(name));
    }

    void usersSizesAndRemoveInUse()
    {
        Engine &e = connected();
        const QString vol = unique(u"used"_s), ctr = unique(u"user"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, ctr});
            cliRemove({vol});
        });
        QVERIFY(cliVolumeCreate(vol));
        // 100 KiB written, then the container stays up: the volume is in use.
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, ctr, u"--network"_s, u"none"_s, u"-v"_s, vol + u":/data"_s,
                                    u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s,
                                    u"dd if=/dev/zero of=/data/f bs=1024 count=100 2>/dev/null; touch /data/done; sleep 300"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(dockerQuiet({u"exec"_s, ctr, u"test"_s, u"-e"_s, u"/data/done"_s}), 20000);

        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSizeDelay(100);
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(vol) >= 0 && model.usersKnown(), 10000);
        int row = model.rowOfKey(vol);
        QCOMPARE(model.index(row, 0).data(VolumesModel::UserNamesRole).toStringList(), QStringList{ctr});
        QCOMPARE(model.index(row, VolumesModel::UsedByColumn).data().toString(), ctr);
        QVERIFY(model.index(row, 0).data(VolumesModel::InUseRole).toBool());
        // The size, once the engine measured it, is the CLI's (docker system df -v).
        QTRY_VERIFY_WITH_TIMEOUT(model.index(model.rowOfKey(vol), 0).data(VolumesModel::SizeRole).toLongLong() == 102400, 60000);
        QByteArray df;
        QVERIFY(TestEngine::docker({u"system"_s, u"df"_s, u"-v"_s, u"--format"_s, u"{{json .Volumes}}"_s}, &df));
        bool seen = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(df).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"Name"_s).toString() == vol) {
                seen = true;
                QCOMPARE(o.value(u"Size"_s).toString(), u"102.4kB"_s);
                QCOMPARE(o.value(u"Links"_s).toString(), u"1"_s);
            }
        }
        QVERIFY(seen);

        // The remove dialog names the container before anything is asked.
        RemoveVolumeDialog dialog(&e, model.rowAt(model.rowOfKey(vol)));
        QCOMPARE(dialog.affectedList()->count(), 1);
        QVERIFY(dialog.affectedList()->item(0)->text().contains(ctr));
        QVERIFY(dialog.statusLabel()->text().contains(ctr));
        // Removing it anyway (even forced): the engine refuses, and says why in words.
        dialog.forceBox()->setChecked(true);
        dialog.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.removeButton()->isEnabled(), 10000);
        QVERIFY2(dialog.statusLabel()->text().contains(u"in use"_s), qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.isFinished());
        QVERIFY(cliNames(ownLabel()).contains(vol));

        // Once the container is gone, the volume is free and goes.
        QVERIFY(TestEngine::docker({u"rm"_s, u"-f"_s, ctr}));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(vol) >= 0 && !model.index(model.rowOfKey(vol), 0).data(VolumesModel::InUseRole).toBool(), 10000);
        RemoveVolumeDialog free(&e, model.rowAt(model.rowOfKey(vol)));
        QCOMPARE(free.affectedList()->item(0)->text(), u"No container uses the volume."_s);
        free.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(free.isFinished(), 10000);
        QVERIFY(!cliNames(ownLabel()).contains(vol));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfKey(vol) < 0, 10000);
    }

    void pruneAnonymousThenAll()
    {
        Engine &e = connected();
        // A label of this test alone: the prune can remove nothing else of the engine.
        const QString label = u"cais.test.prune=%1"_s.arg(QCoreApplication::applicationPid());
        const QString named = unique(u"prune-named"_s), anon = unique(u"prune-anon"_s), used = unique(u"prune-used"_s),
                      ctr = unique(u"prune-user"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, ctr});
            cliRemove({named, anon, used});
        });
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, label, named}));
        QVERIFY(TestEngine::docker({u"volume"_s, u"create"_s, u"--label"_s, label, used}));
        // What the engine makes for `-v /path`: the anonymous label (not settable from the CLI).
        VolumeCreateSpec a;
        a.name = anon;
        a.labels = {{u"com.docker.volume.anonymous"_s, QString()}, {label.section(u'=', 0, 0), label.section(u'=', 1)}};
        QVERIFY(await(VolumesApi::create(e, a)));
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, ctr, u"--network"_s, u"none"_s, u"-v"_s, used + u":/data"_s, u"cais-test/shell:1"_s, u"true"_s}));
        QCOMPARE(cliNames(label), (QStringList{anon, named, used}));
        QVERIFY(VolumesApi::pruneKnowsAll(e)); // dockerd 26: API 1.45

        // Anonymous only: the named one and the used one stay.
        const auto first = await(VolumesApi::prune(e, false, label));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().fullText()));
        QCOMPARE(first->deleted, QStringList{anon});
        QCOMPARE(cliNames(label), (QStringList{named, used}));

        // All: the named one goes too, the one a container uses (even stopped) stays.
        const auto second = await(VolumesApi::prune(e, true, label));
        QVERIFY(second);
        QCOMPARE(second->deleted, QStringList{named});
        QCOMPARE(cliNames(label), QStringList{used});
    }

    void pruneDialogPreviewIsWhatGoes()
    {
        // The dialog's preview comes from the model; here a model fed by hand (the
        // real prune above is the engine's), to see that it names exactly what goes.
        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        VolumeSummary named{u"data"_s, u"local"_s, {}, u"local"_s, {}, {}, {}};
        VolumeSummary anon{QString(64, u'a'), u"local"_s, {}, u"local"_s, {}, {{u"com.docker.volume.anonymous"_s, QString()}}, {}};
        VolumeSummary used{u"db"_s, u"local"_s, {}, u"local"_s, {}, {}, {}};
        model.setVolumes({named, anon, used});
        model.setUsers({{u"db"_s, {VolumeUser{u"c1"_s, u"postgres"_s, u"running"_s, u"/var/lib/postgresql"_s}}}});
        model.setUsage({{u"data"_s, {2000, 0}}, {anon.name, {3000, 0}}, {u"db"_s, {5000, 1}}});
        Engine &e = connected();
        PruneVolumesDialog d(&e, &model);
        QCOMPARE(d.previewNames(), QStringList{anon.name});
        QVERIFY2(d.statusLabel()->text().contains(u"3"_s), qPrintable(d.statusLabel()->text()));
        d.allBox()->setChecked(true);
        QCOMPARE(d.previewNames(), (QStringList{u"data"_s, anon.name}));
        QVERIFY(d.pruneButton()->isEnabled());
    }

    void pageShowsUsersAsLinks()
    {
        Engine &e = connected();
        const QString vol = unique(u"page"_s), ctr = unique(u"page-user"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, ctr});
            cliRemove({vol});
        });
        QVERIFY(cliVolumeCreate(vol));
        QByteArray id;
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, ctr, u"--network"_s, u"none"_s, u"-v"_s, vol + u":/data"_s, u"cais-test/shell:1"_s, u"true"_s}, &id));
        VolumesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&e);
        VolumesPage page(&model);
        page.resize(900, 600);
        QTRY_VERIFY_WITH_TIMEOUT(model.usersKnown() && model.rowOfKey(vol) >= 0, 10000);
        QVERIFY(page.selectKey(vol));
        QTRY_VERIFY_WITH_TIMEOUT(page.linksLabel()->text().contains(u"container:"_s + QString::fromUtf8(id.trimmed())), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.inspectView()->toPlainText().contains(u"\"Name\": \"%1\""_s.arg(vol)), 10000);
        QSignalSpy requested(&page, &ObjectListPage::containerRequested);
        Q_EMIT page.linksLabel()->linkActivated(u"container:"_s + QString::fromUtf8(id.trimmed()));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QString::fromUtf8(id.trimmed()));
        page.filterEdit()->setText(vol);
        QCOMPARE(page.proxy()->rowCount(), 1);

        // Create through the dialog: the new volume is listed and selected.
        const QString made = unique(u"page-made"_s);
        auto cleanupMade = qScopeGuard([&] { cliRemove({made}); });
        auto *d = qobject_cast<CreateVolumeDialog *>(page.openCreateDialog());
        QVERIFY(d);
        d->nameEdit()->setText(made);
        d->labelsTable()->addRow(u"cais.test.volumes"_s, QString::number(QCoreApplication::applicationPid()));
        page.filterEdit()->clear();
        d->createButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.currentVolume(), made, 10000);
        QVERIFY(cliNames(ownLabel()).contains(made));
    }

    void mainWindowLinkLeadsToTheContainer()
    {
        // In the main window, a container named on the Volumes page is a link to it on
        // the Containers page.
        Engine &e = connected();
        const QString vol = unique(u"win"_s), ctr = unique(u"win-user"_s);
        auto cleanup = qScopeGuard([&] {
            dockerQuiet({u"rm"_s, u"-f"_s, ctr});
            cliRemove({vol});
        });
        QVERIFY(cliVolumeCreate(vol));
        QByteArray id;
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, ctr, u"--network"_s, u"none"_s, u"-v"_s, vol + u":/data"_s, u"cais-test/shell:1"_s, u"true"_s}, &id));
        const QString containerId = QString::fromUtf8(id.trimmed());
        MainWindow w(&e);
        w.show();
        auto *page = w.volumesPage();
        QVERIFY(page);
        w.showPage(page);
        QCOMPARE(w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectKey(vol) && page->linksLabel()->text().contains(containerId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.containersModel()->indexOfId(containerId).isValid(), 10000);
        Q_EMIT page->linksLabel()->linkActivated(u"container:"_s + containerId);
        QCOMPARE(w.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), w.containersPage());
        QCOMPARE(w.containersPage()->currentContainerId(), containerId);
    }
};

QTEST_MAIN(TestVolumes)
#include "tst_volumes.moc"
