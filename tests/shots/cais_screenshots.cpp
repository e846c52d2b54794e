// Takes the screenshots in docs/ from the real application, driven as a user would,
// against the seeded engine of `tools/dev shell`:
//
//   tools/dev shell 'QT_QPA_PLATFORM=offscreen build/default/tests/cais_screenshots docs/screenshots'
//   tools/dev shell 'QT_QPA_PLATFORM=offscreen LANG=pt_BR.UTF-8 build/default/tests/cais_screenshots docs/screenshots/pt_BR pt_BR'
//
// It needs DOCKER_HOST and CAIS_TEST_REGISTRY (the shell sets both). It builds and
// pushes one demo image to the local registry and builds two Dockerfiles in a
// temporary folder; the images it makes are removed at the end.
#include "build/buildpage.h"
#include "compose/composepage.h"
#include "composeservicesmodel.h"
#include "appearance.h"
#include "preferencesdialog.h"
#include "build/buildpanel.h"
#include "build/dockerfileeditor.h"
#include "containers/changesview.h"
#include "containers/containerspage.h"
#include "containers/healthview.h"
#include "containers/inspectview.h"
#include "containers/rundialog.h"
#include "containers/updatedialog.h"
#include "containerchangesmodel.h"
#include "healthlogmodel.h"
#include "containers/processesview.h"
#include "containerfilesmodel.h"
#include "files/filesview.h"
#include "containers/statsview.h"
#include "containersmodel.h"
#include "monitor/dashboardpage.h"
#include "fleetcontainersmodel.h"
#include "fleetdashboardmodel.h"
#include "containers/fleetcontainersview.h"
#include "monitor/statschart.h"
#include "dashboardmodel.h"
#include "processesmodel.h"
#include "engine.h"
#include "historymodel.h"
#include "images/archivedialogs.h"
#include "images/commitdialog.h"
#include "images/imagedetails.h"
#include "images/imagefields.h"
#include "images/imagespage.h"
#include "images/progressview.h"
#include "images/pulldialog.h"
#include "images/removeimagesdialog.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "pullpush.h"
#include "system/networkspage.h"
#include "system/volumespage.h"
#include "networksmodel.h"
#include "diskusagemodel.h"
#include "eventsmodel.h"
#include "system/engineinfoview.h"
#include "system/eventspage.h"
#include "system/systempage.h"
#include "system/systemprunedialog.h"
#include "translations.h"
#include "connections/sshpromptdialog.h"
#include "connections/enginespanel.h"
#include "engineregistry.h"
#include "enginesmodel.h"
#include <QTemporaryDir>
#include <QTreeView>
#include "sshtransport.h"
#include "volumesmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTableView>
#include <QTreeView>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeWidget>

#include <cstdio>

namespace {

QString g_outDir;
QStringList g_made; // images to remove at the end

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "cais_screenshots: %s\n", qPrintable(why));
    std::exit(1);
}

void require(bool ok, const QString &why)
{
    if (!ok)
        die(why);
}

QByteArray docker(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("docker"), args);
    require(p.waitForFinished(300000), QStringLiteral("docker %1 did not finish").arg(args.join(u' ')));
    const QByteArray out = p.readAll();
    require(p.exitCode() == 0, QStringLiteral("docker %1 failed: %2").arg(args.join(u' '), QString::fromUtf8(out)));
    return out;
}

void save(QWidget *w, const QString &name)
{
    const QString path = g_outDir + QLatin1Char('/') + name;
    require(w->grab().save(path), QStringLiteral("cannot write %1").arg(path));
    std::printf("%s\n", qPrintable(path));
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    require(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size(), QStringLiteral("cannot write %1").arg(path));
}

void waitOrDie(const std::function<bool()> &cond, int ms, const QString &what)
{
    require(QTest::qWaitFor(cond, ms), QStringLiteral("timed out waiting for %1").arg(what));
}

BuildResult build(BuildPage *page)
{
    int finished = 0;
    const QMetaObject::Connection c = QObject::connect(page->panel(), &BuildPanel::buildFinished, page, [&] { ++finished; });
    waitOrDie([&] { return page->panel()->buildButton()->isEnabled(); }, 20000, QStringLiteral("the Build button"));
    page->panel()->buildButton()->click();
    waitOrDie([&] { return finished > 0; }, 300000, QStringLiteral("the build"));
    QObject::disconnect(c);
    QTest::qWait(300); // the gutter and the steps view settle
    return page->panel()->lastResult();
}

/// Replaces line `line` (1-based) of the editor's text, as typing would.
void editLine(DockerfileEditor *editor, int line, const QString &text)
{
    QTextCursor c(editor->textEdit()->document()->findBlockByNumber(line - 1));
    c.select(QTextCursor::LineUnderCursor);
    c.insertText(text);
    editor->textEdit()->setTextCursor(c);
}

/// The Stats and Processes tabs of running demo containers (removed at the end).
void monitorShots(MainWindow &w)
{
    const QString web = QStringLiteral("cais-demo-web"), worker = QStringLiteral("cais-demo-worker");
    for (const QString &n : {web, worker}) {
        QProcess p;
        p.start(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), n});
        p.waitForFinished(60000);
    }
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), web, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("-m"), QStringLiteral("256m"), QStringLiteral("--cpus"), QStringLiteral("0.4"), QStringLiteral("--shm-size"),
            QStringLiteral("128m"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("dd if=/dev/zero of=/dev/shm/cache bs=1M count=48 2>/dev/null; "
                           "while :; do i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; sleep 0.3; done")});
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), worker, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("sleep 100000 & sleep 100000 & while :; do sleep 1; done")});
    const QString webId = QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), web}).trimmed());
    const QString workerId = QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), worker}).trimmed());

    ContainersPage *page = w.containersPage();
    w.showPage(page);
    waitOrDie([&] { return w.containersModel()->indexOfId(webId).isValid() && w.containersModel()->indexOfId(workerId).isValid(); }, 20000,
              QStringLiteral("the demo containers"));
    page->selectContainers({webId});
    StatsView *stats = nullptr;
    waitOrDie([&] { return (stats = page->detailsTabs()->findChild<StatsView *>()) && stats->containerId() == webId; }, 20000,
              QStringLiteral("the Stats tab"));
    page->detailsTabs()->setCurrentWidget(stats);
    page->findChild<QSplitter *>(QStringLiteral("containersSplit"))->setSizes({260, 540});
    // Half a minute of samples.
    waitOrDie([&] { return stats->cpuChart()->pointCount(0) >= 30; }, 90000, QStringLiteral("30 samples"));
    save(&w, QStringLiteral("stats.png"));

    page->selectContainers({workerId});
    ProcessesView *procs = nullptr;
    waitOrDie([&] { return (procs = page->detailsTabs()->findChild<ProcessesView *>()) && procs->containerId() == workerId; }, 20000,
              QStringLiteral("the Processes tab"));
    page->detailsTabs()->setCurrentWidget(procs);
    procs->setPsArgs(QStringLiteral("-eo pid,ppid,user,%cpu,%mem,etime,args"));
    waitOrDie([&] { return procs->model()->rowCount() >= 3 && procs->model()->titles().value(0) == QStringLiteral("PID"); }, 20000,
              QStringLiteral("the processes"));
    QTest::qWait(300);
    save(&w, QStringLiteral("processes.png"));

    // The dashboard with many containers: two dozen more, a few of them busy.
    QStringList fleet{web, worker};
    for (int i = 1; i <= 24; ++i) {
        const QString n = QStringLiteral("cais-demo-svc-%1").arg(i, 2, 10, QLatin1Char('0'));
        QProcess rm;
        rm.start(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), n});
        rm.waitForFinished(60000);
        const QString work = i % 6 == 0 ? QStringLiteral("while :; do i=0; while [ $i -lt 5000 ]; do i=$((i+1)); done; sleep 0.5; done")
                                        : QStringLiteral("dd if=/dev/zero of=/dev/shm/d bs=1M count=%1 2>/dev/null; exec sleep 100000").arg(i);
        docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), n, QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("--cpus"), QStringLiteral("0.2"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), work});
        fleet << n;
    }
    DashboardPage *dash = w.dashboardPage();
    w.showPage(dash);
    dash->filterEdit()->setText(QStringLiteral("cais-demo"));
    waitOrDie([&] { return dash->model()->rowCount() >= 26; }, 60000, QStringLiteral("the dashboard rows"));
    // Every row on screen sampled for a while, the sparklines filled in.
    QTest::qWait(20000);
    save(&w, QStringLiteral("dashboard.png"));

    for (const QString &n : std::as_const(fleet))
        docker({QStringLiteral("rm"), QStringLiteral("-f"), n});
}

/// The Files tab of a running container: its tree, then an upload in progress.
void filesShots(MainWindow &w)
{
    const QString name = QStringLiteral("cais-demo-files");
    {
        QProcess p;
        p.start(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), name});
        p.waitForFinished(60000);
    }
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir -p /srv/www/assets /srv/www/blog /srv/backups && cd /srv/www "
                           "&& printf '<!doctype html>\\n<title>Quay</title>\\n<h1>Welcome aboard</h1>\\n' > index.html "
                           "&& head -c 48213 /dev/zero > assets/logo.png && head -c 1834 /dev/zero > assets/site.css "
                           "&& head -c 90321 /dev/zero > blog/first-post.html && ln -s index.html home.html "
                           "&& head -c 7340032 /dev/zero > /srv/backups/site-2026-11.tar && chmod 600 /srv/backups/site-2026-11.tar "
                           "&& exec sleep 100000")});
    const QString id = QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}).trimmed());
    ContainersPage *page = w.containersPage();
    w.showPage(page);
    waitOrDie([&] { return w.containersModel()->indexOfId(id).isValid(); }, 20000, QStringLiteral("the files demo container"));
    page->selectContainers({id});
    FilesView *files = page->filesView();
    page->detailsTabs()->setCurrentWidget(files);
    page->findChild<QSplitter *>(QStringLiteral("containersSplit"))->setSizes({260, 540});
    waitOrDie([&] { return files->isVisible(); }, 20000, QStringLiteral("the Files tab"));
    files->openPath(QStringLiteral("/srv"));
    QAbstractItemModel *shown = files->tree()->model();
    waitOrDie([&] { return shown->rowCount() >= 2; }, 30000, QStringLiteral("the folder /srv"));
    const QModelIndex www = files->model()->indexForPath(QStringLiteral("/srv/www"));
    files->tree()->expand(static_cast<QSortFilterProxyModel *>(shown)->mapFromSource(www));
    waitOrDie([&] { return files->model()->indexForPath(QStringLiteral("/srv/www/index.html")).isValid(); }, 30000, QStringLiteral("/srv/www"));
    const QModelIndex assets = files->model()->indexForPath(QStringLiteral("/srv/www/assets"));
    files->tree()->expand(static_cast<QSortFilterProxyModel *>(shown)->mapFromSource(assets));
    waitOrDie([&] { return files->model()->indexForPath(QStringLiteral("/srv/www/assets/logo.png")).isValid(); }, 30000,
              QStringLiteral("/srv/www/assets"));
    files->tree()->setCurrentIndex(
        static_cast<QSortFilterProxyModel *>(shown)->mapFromSource(files->model()->indexForPath(QStringLiteral("/srv/www/index.html"))));
    for (int c = 1; c < shown->columnCount(); ++c)
        files->tree()->resizeColumnToContents(c);
    QTest::qWait(300);
    save(&w, QStringLiteral("files.png"));

    // An upload of a large folder, caught while it runs.
    QTemporaryDir tmp;
    const QString photos = tmp.filePath(QStringLiteral("photos"));
    require(QDir().mkpath(photos), QStringLiteral("cannot create %1").arg(photos));
    const QByteArray chunk(1 << 20, 'p');
    for (int f = 0; f < 40; ++f) {
        QFile out(photos + QStringLiteral("/IMG_%1.jpg").arg(4100 + f));
        require(out.open(QIODevice::WriteOnly), QStringLiteral("cannot write the demo photos"));
        for (int i = 0; i < 12; ++i)
            out.write(chunk);
    }
    auto *bar = files->findChild<QProgressBar *>();
    files->upload({photos}, QStringLiteral("/srv/www"));
    waitOrDie([&] { return bar->isVisible() && bar->maximum() > 0 && bar->value() > 150; }, 120000, QStringLiteral("an upload in progress"));
    save(&w, QStringLiteral("files-copy.png"));
    files->cancelCopy();
    waitOrDie([&] { return !files->isCopying(); }, 60000, QStringLiteral("the canceled upload"));
    docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
}


/// Save, load and commit (the images and the container are removed at the end).
void imageFlowsShots(MainWindow &w)
{
    const QStringList tags{QStringLiteral("cais-demo/web:2.1"), QStringLiteral("cais-demo/worker:2.1")};
    const QString box = QStringLiteral("cais-demo-commit");
    auto cleanup = [&] {
        QProcess p;
        p.start(QStringLiteral("docker"), QStringList{QStringLiteral("rm"), QStringLiteral("-f"), box});
        p.waitForFinished(60000);
        p.start(QStringLiteral("docker"), QStringList{QStringLiteral("rmi"), QStringLiteral("-f")} + tags);
        p.waitForFinished(60000);
    };
    cleanup();
    QTemporaryDir tmp;
    require(tmp.isValid(), QStringLiteral("no temporary folder"));
    QStringList ids;
    for (int i = 0; i < tags.size(); ++i) {
        const QString ctx = tmp.filePath(QStringLiteral("ctx%1").arg(i));
        QDir().mkpath(ctx);
        writeFile(ctx + QStringLiteral("/Dockerfile"),
                  QStringLiteral("FROM cais-test/shell:1\nRUN head -c %1 /dev/urandom > /srv.bin\nCMD [\"sh\"]\n").arg(60000000 + i * 25000000).toUtf8());
        // The last line: the legacy builder's deprecation notice comes first (stderr is merged).
        ids << QString::fromUtf8(docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), tags.at(i), ctx}).trimmed().split('\n').last());
    }
    ImagesPage *images = w.imagesPage();
    w.showPage(images);
    waitOrDie([&] { return images->selectImage(ids.first()); }, 20000, QStringLiteral("the demo images"));

    // Save both into one .tar.gz, caught while it runs.
    SaveImagesDialog *saveDialog = images->openSaveDialog();
    require(saveDialog, QStringLiteral("no save dialog"));
    saveDialog->setChecked(ids);
    const QString archive = QStringLiteral("/tmp/cais-demo-images.tar.gz");
    QFile::remove(archive);
    saveDialog->setPath(archive);
    saveDialog->resize(700, 560);
    require(saveDialog->start(), QStringLiteral("the save did not start: %1").arg(saveDialog->pathFeedback()->text()));
    waitOrDie([&] { return !saveDialog->isRunning() || saveDialog->transfer()->bytesDone() > 30000000; }, 120000, QStringLiteral("the save"));
    QTest::qWait(150);
    save(saveDialog, QStringLiteral("save-images.png"));
    waitOrDie([&] { return !saveDialog->isRunning(); }, 300000, QStringLiteral("the end of the save"));
    require(saveDialog->transfer()->result().has_value(), saveDialog->statusLabel()->text());
    saveDialog->close();

    // Load them back, after removing them.
    docker(QStringList{QStringLiteral("rmi")} + tags);
    LoadImagesDialog *loadDialog = images->openLoadDialog();
    loadDialog->setPath(archive);
    loadDialog->resize(700, 300);
    require(loadDialog->start(), QStringLiteral("the load did not start: %1").arg(loadDialog->pathFeedback()->text()));
    waitOrDie([&] { return !loadDialog->isRunning(); }, 300000, QStringLiteral("the load"));
    require(loadDialog->transfer()->result().has_value(), loadDialog->statusLabel()->text());
    QTest::qWait(300);
    save(loadDialog, QStringLiteral("load-images.png"));
    loadDialog->close();
    QFile::remove(archive);

    // Commit a container that changed, with changes to the configuration.
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), box, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir -p /srv/www && echo '<h1>Welcome aboard</h1>' > /srv/www/index.html && exec sleep 100000")});
    const QString id = QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), box}).trimmed());
    ContainersPage *page = w.containersPage();
    w.showPage(page);
    waitOrDie([&] { return w.containersModel()->indexOfId(id).isValid(); }, 20000, QStringLiteral("the commit demo container"));
    page->selectContainers({id});
    CommitDialog *commit = page->openCommitDialog(id);
    require(commit, QStringLiteral("no commit dialog"));
    waitOrDie([&] { return commit->isReady(); }, 20000, QStringLiteral("the commit dialog"));
    commit->nameField()->edit()->setText(QStringLiteral("cais-demo/site:1.0"));
    commit->authorEdit()->setText(QStringLiteral("Ana Souza <ana@example.com>"));
    commit->messageEdit()->setText(QStringLiteral("The welcome page"));
    commit->changesField()->edit()->setPlainText(QStringLiteral("CMD [\"httpd\", \"-f\", \"-h\", \"/srv/www\"]\n"
                                                                "ENV SITE_MODE=production\nEXPOSE 80/tcp\nWORKDIR /srv/www"));
    commit->resize(700, 560);
    QTest::qWait(300);
    save(commit, QStringLiteral("commit.png"));
    commit->close();
    cleanup();
}

/// Settings > Preferences…: its General page (scheme, language, rates, questions) and
/// its Notifications page, for the containers chosen in the list.
void preferencesShots(MainWindow &w)
{
    w.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *prefs = w.findChild<PreferencesDialog *>();
    waitOrDie([&] { return prefs && prefs->isVisible(); }, 5000, QStringLiteral("the preferences"));
    auto *tabs = prefs->findChild<QTabWidget *>(QStringLiteral("preferencesTabs"));
    require(tabs, QStringLiteral("the preferences have no pages"));
    tabs->setCurrentIndex(0);
    QTest::qWait(300);
    save(prefs, QStringLiteral("preferences-general.png"));
    tabs->setCurrentIndex(1);
    const bool wasChosen = prefs->chosenButton()->isChecked();
    prefs->chosenButton()->setChecked(true);
    if (prefs->containerList()->count() > 0)
        prefs->containerList()->item(0)->setCheckState(Qt::Checked);
    QTest::qWait(300);
    save(prefs, QStringLiteral("preferences.png"));
    if (prefs->containerList()->count() > 0)
        prefs->containerList()->item(0)->setCheckState(Qt::Unchecked);
    if (!wasChosen)
        prefs->offButton()->setChecked(true);
    tabs->setCurrentIndex(0);
    prefs->close();
}

/// The Volumes and Networks pages, with demo volumes, networks and containers (removed
/// at the end). The networks are internal, in the never-routed 198.18.0.0/15.
void volnetShots(MainWindow &w)
{
    auto quiet = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(60000);
    };
    const QStringList containers{QStringLiteral("cais-demo-db"), QStringLiteral("cais-demo-api"), QStringLiteral("cais-demo-backup")};
    const QStringList volumes{QStringLiteral("cais-demo-pgdata"), QStringLiteral("cais-demo-uploads"), QStringLiteral("cais-demo-cache")};
    const QStringList networks{QStringLiteral("cais-demo-front"), QStringLiteral("cais-demo-back"), QStringLiteral("cais-demo-old")};
    auto cleanup = [&] {
        quiet(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + containers);
        quiet(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + volumes);
        quiet(QStringList{QStringLiteral("network"), QStringLiteral("rm")} + networks);
    };
    cleanup();
    docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("com.example.app=shop"),
            QStringLiteral("--label"), QStringLiteral("backup=nightly"), volumes.at(0)});
    docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("com.example.app=shop"), volumes.at(1)});
    docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--opt"), QStringLiteral("type=tmpfs"), QStringLiteral("--opt"),
            QStringLiteral("device=tmpfs"), QStringLiteral("--opt"), QStringLiteral("o=size=64m"), volumes.at(2)});
    docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), QStringLiteral("--subnet"), QStringLiteral("198.18.250.0/24"),
            QStringLiteral("--gateway"), QStringLiteral("198.18.250.1"), QStringLiteral("--label"), QStringLiteral("com.example.app=shop"), networks.at(0)});
    docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), QStringLiteral("--subnet"), QStringLiteral("198.18.251.0/24"),
            QStringLiteral("--ip-range"), QStringLiteral("198.18.251.128/25"), networks.at(1)});
    docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--internal"), QStringLiteral("--subnet"), QStringLiteral("198.18.252.0/24"),
            networks.at(2)});
    const QString work = QStringLiteral("dd if=/dev/zero of=/data/base bs=1M count=%1 2>/dev/null; exec sleep 100000");
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), containers.at(0), QStringLiteral("--network"), networks.at(1),
            QStringLiteral("-v"), volumes.at(0) + QStringLiteral(":/data"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            work.arg(24)});
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), containers.at(1), QStringLiteral("--network"), networks.at(0),
            QStringLiteral("-v"), volumes.at(1) + QStringLiteral(":/data"), QStringLiteral("-v"), QStringLiteral("/scratch"),
            QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), work.arg(3)});
    docker({QStringLiteral("network"), QStringLiteral("connect"), QStringLiteral("--alias"), QStringLiteral("api"), networks.at(1), containers.at(1)});
    docker({QStringLiteral("create"), QStringLiteral("--name"), containers.at(2), QStringLiteral("--network"), networks.at(1), QStringLiteral("-v"),
            volumes.at(0) + QStringLiteral(":/data:ro"), QStringLiteral("cais-test/shell:1"), QStringLiteral("true")});

    auto *vpage = w.volumesPage();
    require(vpage, QStringLiteral("no Volumes page"));
    w.showPage(vpage);
    auto *vmodel = qobject_cast<VolumesModel *>(vpage->proxy()->sourceModel());
    waitOrDie([&] {
        const int r = vmodel->rowOfKey(volumes.at(0));
        return r >= 0 && vmodel->rowAt(r).users.size() == 2 && vmodel->rowAt(r).usage.size >= 24 * 1024 * 1024;
    }, 60000, QStringLiteral("the demo volumes and their sizes"));
    vpage->view()->sortByColumn(VolumesModel::NameColumn, Qt::AscendingOrder);
    require(vpage->selectKey(volumes.at(0)), QStringLiteral("the demo volume is not listed"));
    waitOrDie([&] { return vpage->inspectView()->toPlainText().contains(volumes.at(0)); }, 20000, QStringLiteral("the volume's inspect"));
    QTest::qWait(300);
    save(&w, QStringLiteral("volumes.png"));

    auto *npage = w.networksPage();
    require(npage, QStringLiteral("no Networks page"));
    w.showPage(npage);
    auto *nmodel = qobject_cast<NetworksModel *>(npage->proxy()->sourceModel());
    waitOrDie([&] {
        for (int r = 0; r < nmodel->rowCount(); ++r) {
            if (nmodel->rowAt(r).network.name == networks.at(1))
                return nmodel->rowAt(r).members.size() == 3;
        }
        return false;
    }, 20000, QStringLiteral("the demo networks"));
    npage->view()->sortByColumn(NetworksModel::NameColumn, Qt::AscendingOrder);
    QString backId;
    for (int r = 0; r < nmodel->rowCount(); ++r) {
        if (nmodel->rowAt(r).network.name == networks.at(1))
            backId = nmodel->rowAt(r).network.id;
    }
    require(npage->selectKey(backId), QStringLiteral("the demo network is not listed"));
    waitOrDie([&] { return npage->inspectView()->toPlainText().contains(networks.at(1)); }, 20000, QStringLiteral("the network's inspect"));
    QTest::qWait(300);
    save(&w, QStringLiteral("networks.png"));

    cleanup();
}
/// The System section (disk usage, prune preview and result, the engine) and Events.
void systemShots(MainWindow &w)
{
    // Something to reclaim, and events to show: two stopped containers, a volume.
    QStringList made;
    for (int i = 1; i <= 2; ++i) {
        const QString name = QStringLiteral("cais-demo-job-%1").arg(i);
        const QString volume = QStringLiteral("cais-demo-scratch-%1").arg(i);
        docker({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("cais.demo=shots"), QStringLiteral("--label"),
                QStringLiteral("com.docker.volume.anonymous="), volume});
        docker({QStringLiteral("run"), QStringLiteral("--name"), name, QStringLiteral("--label"), QStringLiteral("cais.demo=shots"),
                QStringLiteral("-v"), volume + QStringLiteral(":/scratch"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("head -c 2000000 /dev/zero > /scratch/f; echo done > /done")});
        made << name;
    }
    // docker container prune from the Containers page: its preview (not pruned here).
    w.showPage(w.containersPage());
    QTest::qWait(300);
    save(&w, QStringLiteral("containers-prune-action.png"));
    w.findChild<QAction *>(QStringLiteral("pruneContainersAction"))->trigger();
    SystemPruneDialog *containersPrune = w.findChildren<SystemPruneDialog *>().constLast();
    containersPrune->setFilterText(QStringLiteral("label=cais.demo=shots"));
    waitOrDie([&] { return containersPrune->isPreviewReady() && containersPrune->plan().containers.size() == 2; }, 60000,
              QStringLiteral("the container prune preview"));
    QTest::qWait(200);
    save(containersPrune, QStringLiteral("containers-prune.png"));
    containersPrune->close();

    SystemPage *page = w.systemPage();
    w.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(w.findChild<QStackedWidget *>(QStringLiteral("pages"))->indexOf(page));
    page->model()->refresh();
    waitOrDie([&] { return page->model()->rowCount() == 4 && !page->model()->isBusy() && page->model()->diskUsage().containers.size() >= 2; }, 60000,
              QStringLiteral("the disk usage"));
    page->verboseBox()->setChecked(true);
    page->itemsView()->sortByColumn(DiskUsageItemsModel::SizeColumn, Qt::DescendingOrder);
    QTest::qWait(300);
    save(&w, QStringLiteral("system.png"));

    SystemPruneDialog *dialog = page->openPruneDialog();
    SystemPruneOptions o;
    o.volumes = true;
    o.buildCache = false;
    o.filters.labels = {QStringLiteral("cais.demo=shots")};
    dialog->setOptions(o);
    waitOrDie([&] { return dialog->isPreviewReady(); }, 60000, QStringLiteral("the prune preview"));
    QTest::qWait(200);
    save(dialog, QStringLiteral("system-prune-preview.png"));
    dialog->prune();
    waitOrDie([&] { return dialog->isFinished(); }, 120000, QStringLiteral("the prune"));
    QTest::qWait(200);
    save(dialog, QStringLiteral("system-prune-result.png"));
    dialog->close();
    for (const QString &n : std::as_const(made)) {
        QProcess p;
        p.start(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), n});
        p.waitForFinished(60000);
    }

    page->tabs()->setCurrentWidget(page->engineInfo());
    page->engineInfo()->refresh();
    QTest::qWait(1500);
    save(&w, QStringLiteral("engine.png"));
    page->tabs()->setCurrentIndex(0);

    EventsPage *events = w.eventsPage();
    w.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(w.findChild<QStackedWidget *>(QStringLiteral("pages"))->indexOf(events));
    const QString name = QStringLiteral("cais-demo-events");
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("cais-test/shell:1"), QStringLiteral("sleep"), QStringLiteral("60")});
    docker({QStringLiteral("exec"), name, QStringLiteral("ls"), QStringLiteral("/")});
    docker({QStringLiteral("pause"), name});
    docker({QStringLiteral("unpause"), name});
    docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
    waitOrDie([&] { return events->model()->rowCount() >= 8; }, 20000, QStringLiteral("the events"));
    QTest::qWait(1200); // the status line counts twice a second
    save(&w, QStringLiteral("events.png"));

    preferencesShots(w);
}

/// Issue 18's container workflows: the Health and Changes tabs (with the Health column
/// and a port link in the list), the Change Limits dialog and Edit and Recreate. The
/// port is published on a user-defined bridge network in the never-routed
/// 198.19.0.0/16; its container only sleeps. Everything made here is removed.
void flowsShots(MainWindow &w)
{
    auto quiet = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("docker"), args);
        p.waitForFinished(60000);
    };
    const QString web = QStringLiteral("shop-web"), worker = QStringLiteral("shop-worker"), cache = QStringLiteral("shop-cache");
    const QString net = QStringLiteral("cais-demo-shopnet");
    auto cleanup = [&] {
        quiet({QStringLiteral("rm"), QStringLiteral("-f"), web, worker, cache});
        quiet({QStringLiteral("network"), QStringLiteral("rm"), net});
    };
    cleanup();
    docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"), QStringLiteral("198.19.253.0/24"), net});
    // Healthy after a few failed checks: the history shows both.
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), web, QStringLiteral("--network"), net, QStringLiteral("-p"),
            QStringLiteral("127.0.0.1:8080:80"), QStringLiteral("--restart"), QStringLiteral("unless-stopped"), QStringLiteral("-m"),
            QStringLiteral("256m"), QStringLiteral("--health-cmd"), QStringLiteral("test -e /srv/ready && echo 'HTTP/1.1 200 OK' || { echo 'connection refused'; exit 1; }"),
            QStringLiteral("--health-interval"), QStringLiteral("1s"), QStringLiteral("--health-retries"), QStringLiteral("3"),
            QStringLiteral("cais-test/layers:1"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("sleep 3; mkdir -p /srv/www/assets; echo '<h1>Quay</h1>' > /srv/www/index.html; echo 'body{}' > /srv/www/assets/site.css; "
                           "echo two >> /app/one.txt; rm /app/blob; touch /srv/ready; exec sleep 100000")});
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), worker, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--health-cmd"), QStringLiteral("echo 'queue not reachable'; exit 1"), QStringLiteral("--health-interval"), QStringLiteral("2s"),
            QStringLiteral("--health-retries"), QStringLiteral("2"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sleep"), QStringLiteral("100000")});
    docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), cache, QStringLiteral("--network"), QStringLiteral("none"),
            QStringLiteral("--health-cmd"), QStringLiteral("true"), QStringLiteral("--health-interval"), QStringLiteral("30s"), QStringLiteral("--health-start-period"),
            QStringLiteral("5m"), QStringLiteral("cais-test/shell:1"), QStringLiteral("sleep"), QStringLiteral("100000")});
    auto idOf = [](const QString &n) {
        return QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), n}).trimmed());
    };
    const QString webId = idOf(web), workerId = idOf(worker);
    auto healthOf = [](const QString &n) {
        return QString::fromUtf8(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Health.Status}}"), n}).trimmed());
    };
    waitOrDie([&] { return healthOf(web) == QLatin1String("healthy") && healthOf(worker) == QLatin1String("unhealthy"); }, 60000,
              QStringLiteral("the health checks"));
    QTest::qWait(2500); // a few healthy runs after the failed ones

    ContainersPage *page = w.containersPage();
    w.showPage(page);
    waitOrDie([&] { return w.containersModel()->indexOfId(webId).isValid() && w.containersModel()->indexOfId(workerId).isValid(); }, 20000,
              QStringLiteral("the demo containers"));
    page->filterEdit()->setText(QStringLiteral("shop-"));
    page->findChild<QSplitter *>(QStringLiteral("containersSplit"))->setSizes({230, 570});
    page->selectContainers({webId});
    HealthView *health = page->healthView();
    page->detailsTabs()->setCurrentWidget(health);
    waitOrDie([&] { return health->containerId() == webId && health->model()->rowCount() >= 5; }, 30000, QStringLiteral("the Health tab"));
    QTest::qWait(500);
    save(&w, QStringLiteral("health.png"));

    // The published port, a link in the list and in the details.
    page->detailsTabs()->setCurrentWidget(page->inspectView());
    waitOrDie([&] { return page->inspectView()->portsLabel()->isVisible(); }, 20000, QStringLiteral("the port links"));
    QTreeView *list = page->view();
    for (int col : {ContainersModel::CommandColumn, ContainersModel::CreatedColumn, ContainersModel::CpuColumn, ContainersModel::MemoryColumn})
        list->header()->setSectionHidden(col, true);
    QTest::qWait(300);
    save(&w, QStringLiteral("ports.png"));
    for (int col : {ContainersModel::CommandColumn, ContainersModel::CreatedColumn, ContainersModel::CpuColumn, ContainersModel::MemoryColumn})
        list->header()->setSectionHidden(col, false);

    ChangesView *changes = page->changesView();
    page->detailsTabs()->setCurrentWidget(changes);
    waitOrDie([&] { return changes->model()->containerId() == webId && changes->model()->rowCount() >= 5; }, 30000, QStringLiteral("the Changes tab"));
    QTest::qWait(300);
    save(&w, QStringLiteral("changes.png"));

    UpdateDialog *update = page->openUpdateDialog(webId);
    waitOrDie([&] { return update->isLoaded(); }, 20000, QStringLiteral("the limits dialog"));
    update->memoryBox()->setValue(512);
    update->cpusBox()->setValue(1.5);
    QTest::qWait(300);
    save(update, QStringLiteral("update-limits.png"));
    update->close();

    RunDialog *recreate = nullptr;
    const QMetaObject::Connection c = QObject::connect(page, &ContainersPage::runDialogOpened, page, [&](RunDialog *d) { recreate = d; });
    page->openOriginDialog(webId, RunDialog::Purpose::Recreate);
    waitOrDie([&] { return recreate != nullptr; }, 20000, QStringLiteral("the recreate dialog"));
    QObject::disconnect(c);
    RunConfig rc = recreate->config();
    rc.env << QStringLiteral("LOG_LEVEL=debug");
    recreate->setConfig(rc);
    recreate->resize(820, 780);
    QTest::qWait(400);
    save(recreate, QStringLiteral("recreate.png"));
    recreate->close();
    page->filterEdit()->clear();
    cleanup();
}

/// The Compose page: a project brought up (its output per service), its merged logs,
/// and a file with a mistake pointing at its line. The project is taken down at the end.
void composeShots(MainWindow &w)
{
    static QTemporaryDir dir;
    require(dir.isValid(), QStringLiteral("no temporary folder"));
    const QString shop = dir.filePath(QStringLiteral("shop"));
    QDir().mkpath(shop);
    const QString file = shop + QStringLiteral("/compose.yaml");
    writeFile(file, QByteArrayLiteral("name: cais-shop\n"
                                      "services:\n"
                                      "  web:\n"
                                      "    image: cais-test/shell:1\n"
                                      "    command: [\"sh\", \"-c\", \"echo serving the shop; sleep 2; echo GET / 200; sleep 3600\"]\n"
                                      "    stop_grace_period: 1s\n"
                                      "  worker:\n"
                                      "    image: cais-test/shell:1\n"
                                      "    command: [\"sh\", \"-c\", \"sleep 1; echo worker ready; sleep 2; echo order 42 shipped; sleep 3600\"]\n"
                                      "    stop_grace_period: 1s\n"
                                      "    depends_on:\n"
                                      "      web:\n"
                                      "        condition: service_started\n"
                                      // Never routed: the project's bridge cannot shadow a network of the machine's.
                                      "networks:\n"
                                      "  default:\n"
                                      "    ipam:\n"
                                      "      config:\n"
                                      "        - subnet: 198.18.240.0/24\n"));
    ComposePage *page = w.composePage();
    w.showPage(page);
    const auto runAndWait = [page](ComposePage::Action a) {
        bool done = false;
        const QMetaObject::Connection c = QObject::connect(page, &ComposePage::commandFinished, page, [&done] { done = true; });
        page->trigger(a);
        waitOrDie([&] { return done; }, 120000, QStringLiteral("docker compose"));
        QObject::disconnect(c);
    };
    bool loaded = false;
    QMetaObject::Connection c = QObject::connect(page, &ComposePage::projectLoaded, page, [&loaded] { loaded = true; });
    page->openFile(file);
    waitOrDie([&] { return loaded; }, 60000, QStringLiteral("the compose file"));
    QObject::disconnect(c);
    runAndWait(ComposePage::Action::Up);
    page->servicesView()->setCurrentIndex(page->servicesModel()->index(0, 0));
    page->tabs()->setCurrentWidget(page->outputView());
    QTest::qWait(300);
    save(&w, QStringLiteral("compose.png"));

    QTest::qWait(4500); // every line of both services is written
    runAndWait(ComposePage::Action::Logs);
    QTest::qWait(300);
    save(&w, QStringLiteral("compose-logs.png"));

    // The project's group in the container list, with its actions on the row's menu. A
    // popup is a window of its own: it is painted onto the window's picture where it shows.
    w.showPage(w.containersPage());
    waitOrDie([&] { return w.containersModel()->indexOfProject(QStringLiteral("cais-shop")).isValid(); }, 20000,
              QStringLiteral("the project's group"));
    QTreeView *list = w.containersPage()->view();
    const QModelIndex group = list->model()->match(list->model()->index(0, 0), ContainersModel::ProjectRole, QStringLiteral("cais-shop"), 1,
                                                   Qt::MatchExactly).value(0);
    require(group.isValid(), QStringLiteral("the project's row is not listed"));
    list->setCurrentIndex(group);
    QTest::qWait(300);
    const QPoint at = list->visualRect(group).center();
    QTimer::singleShot(500, &w, [&w] {
        QWidget *menu = QApplication::activePopupWidget();
        QPixmap shot = w.grab();
        if (menu) {
            QPainter p(&shot);
            p.drawPixmap(w.mapFromGlobal(menu->pos()), menu->grab());
            p.end();
            menu->close();
        }
        const QString path = g_outDir + QStringLiteral("/compose-group.png");
        require(menu && shot.save(path), QStringLiteral("cannot take the project row's menu"));
        std::printf("%s\n", qPrintable(path));
    });
    Q_EMIT list->customContextMenuRequested(at);
    QTest::qWait(300);
    w.showPage(page);

    w.showPage(page);
    page->down(false);
    loaded = false;
    c = QObject::connect(page, &ComposePage::commandFinished, page, [&loaded] { loaded = true; });
    waitOrDie([&] { return loaded; }, 120000, QStringLiteral("docker compose down"));
    QObject::disconnect(c);

    // A mistake: the file's line is marked and named.
    const QString bad = dir.filePath(QStringLiteral("broken"));
    QDir().mkpath(bad);
    writeFile(bad + QStringLiteral("/compose.yaml"), QByteArrayLiteral("services:\n"
                                                                       "  web:\n"
                                                                       "    image: cais-test/shell:1\n"
                                                                       "    comand: [\"sleep\", \"3600\"]\n"
                                                                       "  worker:\n"
                                                                       "    image: cais-test/shell:1\n"));
    loaded = false;
    c = QObject::connect(page, &ComposePage::projectLoaded, page, [&loaded] { loaded = true; });
    page->openFile(bad + QStringLiteral("/compose.yaml"));
    waitOrDie([&] { return loaded; }, 60000, QStringLiteral("the broken compose file"));
    QObject::disconnect(c);
    page->tabs()->setCurrentWidget(page->fileView());
    QTest::qWait(300);
    save(&w, QStringLiteral("compose-error.png"));
}

/// Remove… with three images selected: one of them used by a stopped container.
void removeImagesShots(MainWindow &w)
{
    QTemporaryDir tmp;
    require(tmp.isValid(), QStringLiteral("no temporary folder"));
    const QStringList names{QStringLiteral("cais-demo/web:1"), QStringLiteral("cais-demo/worker:2"), QStringLiteral("cais-demo/cron:1")};
    for (int i = 0; i < names.size(); ++i) {
        writeFile(tmp.filePath(QStringLiteral("Dockerfile")), "FROM cais-test/shell:1\nRUN echo " + QByteArray::number(i) + " > /build-" + QByteArray::number(i) + "\n");
        docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), names.at(i), tmp.path()});
    }
    docker({QStringLiteral("tag"), names.at(1), QStringLiteral("cais-demo/worker:latest")});
    const QString holder = QStringLiteral("cais-demo-cron-job");
    {
        QProcess p;
        p.start(QStringLiteral("docker"), {QStringLiteral("rm"), QStringLiteral("-f"), holder});
        p.waitForFinished(60000);
    }
    docker({QStringLiteral("create"), QStringLiteral("--name"), holder, QStringLiteral("--network"), QStringLiteral("none"), names.at(2), QStringLiteral("true")});
    ImagesPage *page = w.imagesPage();
    w.showPage(page);
    page->findChild<QLineEdit *>(QStringLiteral("imagesFilter"))->setText(QStringLiteral("cais-demo/"));
    waitOrDie([&] { return page->view()->model()->rowCount() == 3; }, 20000, QStringLiteral("the three demo images"));
    page->view()->selectAll();
    auto *d = qobject_cast<RemoveImagesDialog *>(page->openRemoveDialog());
    require(d, QStringLiteral("no Remove Images dialog"));
    waitOrDie([&] { return d->usersKnown(); }, 20000, QStringLiteral("the users of the images"));
    QTest::qWait(300);
    save(d, QStringLiteral("remove-images.png"));
    d->removeButton()->click();
    waitOrDie([&] { return d->isFinished(); }, 60000, QStringLiteral("the removals"));
    QTest::qWait(300);
    save(d, QStringLiteral("remove-images-result.png"));
    d->close();
    docker({QStringLiteral("rm"), QStringLiteral("-f"), holder});
    docker({QStringLiteral("rmi"), QStringLiteral("-f"), names.at(2)});
    page->findChild<QLineEdit *>(QStringLiteral("imagesFilter"))->clear();
}

/// The main pages in the dark scheme (Settings > Preferences > Colours: Dark), as a user
/// on a light desktop who chose it sees them: images, the editor after a build, stats,
/// processes, the dashboard, and the choice itself.
void darkShots(MainWindow &w)
{
    Appearance::apply(Appearance::Scheme::Dark);
    QTest::qWait(300);
    const QString layersId = QString::fromUtf8(docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                                       QStringLiteral("{{.Id}}"), QStringLiteral("cais-test/layers:1")})
                                                   .trimmed());
    ImagesPage *images = w.imagesPage();
    w.showPage(images);
    require(images->selectImage(layersId), QStringLiteral("cais-test/layers:1 is not listed"));
    waitOrDie([&] { return images->details()->imageId() == layersId && images->details()->isLoaded(); }, 20000, QStringLiteral("the image details"));
    images->details()->tabs()->setCurrentIndex(1);
    QTest::qWait(300);
    save(&w, QStringLiteral("images.png"));

    QTemporaryDir tmp;
    require(tmp.isValid(), QStringLiteral("no temporary folder"));
    writeFile(tmp.filePath(QStringLiteral("app.txt")), "hello from the context\n");
    writeFile(tmp.filePath(QStringLiteral("Dockerfile")),
              "# A small web of files, built in Cais\n"
              "FROM cais-test/shell:1\n"
              "WORKDIR /srv\n"
              "COPY app.txt .\n"
              "ENV GREETING=ola\n"
              "RUN echo \"$GREETING\" > greeting.txt\n"
              "EXPOSE 8080\n"
              "CMD [\"cat\", \"/srv/greeting.txt\"]\n");
    BuildPage *page = w.buildPage();
    w.showPage(page);
    require(page->openDockerfile(tmp.filePath(QStringLiteral("Dockerfile"))), QStringLiteral("cannot open the dark demo Dockerfile"));
    page->panel()->setTags({QStringLiteral("cais-demo/dark:1")});
    const BuildResult r = build(page);
    require(r.succeeded(), QStringLiteral("the dark demo build failed: %1").arg(r.message));
    QTest::qWait(400);
    save(&w, QStringLiteral("build.png"));
    docker({QStringLiteral("rmi"), QStringLiteral("-f"), QStringLiteral("cais-demo/dark:1")});

    monitorShots(w);

    // Every other page, as a user walks through them in the dark scheme.
    auto *pages = w.findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
    require(pages && nav, QStringLiteral("the main window has no pages"));
    const QStringList alreadyShot{QStringLiteral("imagesPage"), QStringLiteral("buildPage"), QStringLiteral("dashboardPage")};
    for (int i = 0; i < pages->count(); ++i) {
        const QString name = pages->widget(i)->objectName();
        if (nav->item(i)->isHidden() || alreadyShot.contains(name))
            continue;
        nav->setCurrentRow(i);
        QTest::qWait(800);
        save(&w, QString(name).remove(QStringLiteral("Page")) + QStringLiteral(".png"));
    }

    w.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
    auto *prefs = w.findChild<PreferencesDialog *>();
    waitOrDie([&] { return prefs && prefs->isVisible(); }, 5000, QStringLiteral("the preferences"));
    prefs->schemeBox()->setCurrentIndex(prefs->schemeBox()->findData(QStringLiteral("dark")));
    QTest::qWait(300);
    save(prefs, QStringLiteral("preferences.png"));
    prefs->close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cais-screenshots"));
    if (argc < 2)
        die(QStringLiteral("usage: cais_screenshots OUTPUT_DIR [LOCALE]"));
    g_outDir = QString::fromLocal8Bit(argv[1]);
    require(QDir().mkpath(g_outDir), QStringLiteral("cannot create %1").arg(g_outDir));
    installTranslations(&app, QLocale(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en_US")));

    const QString registry = qEnvironmentVariable("CAIS_TEST_REGISTRY");
    require(!registry.isEmpty(), QStringLiteral("CAIS_TEST_REGISTRY is not set: run me from tools/dev shell"));
    const Result<Endpoint> ep = Endpoint::fromEnvironment();
    require(ep.has_value(), QStringLiteral("DOCKER_HOST: %1").arg(ep ? QString() : ep.error().userMessage));

    Engine engine(*ep);
    engine.connectToEngine();
    MainWindow w(&engine);
    w.resize(1280, 800);
    w.show();
    waitOrDie([&] { return w.imagesModel()->rowCount() > 3; }, 20000, QStringLiteral("the image list"));

    // The engines of the sidebar: this one connected, a local one gone (its reason
    // shown), an ssh one not in use (never contacted: nothing leaves loopback).
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("engines")) {
        QTemporaryDir dir;
        DockerContexts::Options where;
        where.env.insert(QStringLiteral("DOCKER_CONFIG"), dir.filePath(QStringLiteral("docker")));
        where.root = dir.path();
        EngineRegistry registry(where, dir.filePath(QStringLiteral("cais.ini")));
        registry.adopt(QStringLiteral("default"), &engine);
        EngineEntry laptop;
        laptop.name = QStringLiteral("old-laptop");
        laptop.address = QStringLiteral("unix:///run/old-laptop/docker.sock");
        registry.saveConnection(laptop);
        EngineEntry server;
        server.name = QStringLiteral("build-server");
        server.address = QStringLiteral("ssh://builder@build.example.org");
        registry.saveConnection(server);
        registry.use(QStringLiteral("old-laptop"));
        w.setEngines(&registry, QStringLiteral("default"));
        waitOrDie([&] { return registry.engine(QStringLiteral("old-laptop"))->state() == Engine::State::Unreachable; }, 10000,
                  QStringLiteral("the gone engine"));
        w.enginesPanel()->select(QStringLiteral("old-laptop"));
        QTest::qWait(500);
        save(&w, QStringLiteral("engines.png"));
        return 0;
    }
    // The dashboard with "All engines": this engine and a Podman service (CAIS_TEST_PODMAN_HOST,
    // from tests/engine/podman-fixture), a few busy containers on each.
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("fleet")) {
        const QString podmanHost = qEnvironmentVariable("CAIS_TEST_PODMAN_HOST");
        require(!podmanHost.isEmpty(), QStringLiteral("CAIS_TEST_PODMAN_HOST is not set: start tests/engine/podman-fixture and source its env"));
        QTemporaryDir dir;
        DockerContexts::Options where;
        where.env.insert(QStringLiteral("DOCKER_CONFIG"), dir.filePath(QStringLiteral("docker")));
        where.root = dir.path();
        EngineRegistry registry(where, dir.filePath(QStringLiteral("cais.ini")));
        registry.adopt(QStringLiteral("default"), &engine);
        EngineEntry pod;
        pod.name = QStringLiteral("podman");
        pod.address = podmanHost;
        registry.saveConnection(pod);
        Engine *podman = registry.use(QStringLiteral("podman"));
        waitOrDie([&] { return podman->state() == Engine::State::Connected; }, 20000, QStringLiteral("the podman engine"));
        const auto podmanCli = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CONTAINER_HOST"), podmanHost);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("podman"), QStringList{QStringLiteral("--remote")} + args);
            p.waitForFinished(60000);
        };
        QStringList made;
        for (int i = 1; i <= 4; ++i) {
            const QString work = i % 2 ? QStringLiteral("while :; do i=0; while [ $i -lt 8000 ]; do i=$((i+1)); done; sleep 0.4; done")
                                       : QStringLiteral("dd if=/dev/zero of=/dev/shm/d bs=1M count=%1 2>/dev/null; exec sleep 100000").arg(i * 6);
            const QString web = QStringLiteral("web-%1").arg(i), job = QStringLiteral("job-%1").arg(i);
            docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), web, QStringLiteral("--network"), QStringLiteral("none"),
                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), work});
            podmanCli({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), job, QStringLiteral("cais-test/shell:1"),
                       QStringLiteral("sh"), QStringLiteral("-c"), work});
            made << web << job;
        }
        w.setEngines(&registry, QStringLiteral("default"));
        DashboardPage *dash = w.dashboardPage();
        w.showPage(dash);
        dash->allEnginesBox()->setChecked(true);
        dash->view()->sortByColumn(FleetDashboardModel::EngineColumn, Qt::AscendingOrder);
        waitOrDie([&] { return dash->fleet() && dash->fleet()->rowCount() >= 8; }, 60000, QStringLiteral("the rows of both engines"));
        QTest::qWait(20000); // sparklines filled in
        save(&w, QStringLiteral("dashboard-engines.png"));

        // The Containers page with "All engines": both engines' containers, stopped ones
        // too, and an engine that cannot be reached saying why.
        docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("backup-1"), QStringLiteral("--network"), QStringLiteral("none"),
                QStringLiteral("cais-test/shell:1"), QStringLiteral("true")});
        podmanCli({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("migrate-1"), QStringLiteral("cais-test/shell:1"), QStringLiteral("true")});
        EngineEntry laptop;
        laptop.name = QStringLiteral("old-laptop");
        laptop.address = QStringLiteral("unix:///run/old-laptop/docker.sock");
        registry.saveConnection(laptop);
        registry.use(QStringLiteral("old-laptop"));
        waitOrDie([&] { return registry.engine(QStringLiteral("old-laptop"))->state() == Engine::State::Unreachable; }, 10000,
                  QStringLiteral("the gone engine"));
        ContainersPage *page = w.containersPage();
        w.showPage(page);
        page->filterEdit()->clear();
        page->runningOnlyBox()->setChecked(false);
        page->allEnginesBox()->setChecked(true);
        waitOrDie([&] { return page->fleetView()->model()->containerCount() >= 10; }, 60000, QStringLiteral("the containers of both engines"));
        page->fleetView()->view()->sortByColumn(FleetContainersModel::NameColumn, Qt::AscendingOrder);
        page->fleetView()->select(QStringLiteral("podman"), {page->fleetView()->model()->modelOf(QStringLiteral("podman"))->index(0, 0).data(ContainersModel::IdRole).toString()});
        QTest::qWait(1500);
        save(&w, QStringLiteral("containers-engines.png"));
        page->allEnginesBox()->setChecked(false);
        docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("backup-1")});
        podmanCli({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("migrate-1")});
        for (int i = 1; i <= 4; ++i) {
            docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("web-%1").arg(i)});
            podmanCli({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("job-%1").arg(i)});
        }
        return 0;
    }
    // ssh's question about an unknown host key, in ssh's own words (OpenSSH 9).
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("ssh")) {
        auto *prompt = new SshPrompt(QStringLiteral(
            "The authenticity of host 'build.example.org (192.0.2.10)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:q+h5JEgsz3aWuZy0ogsm6laFOGqFFe9n3DAAQZXSh5I.\n"
            "This key is not known by any other names.\n"
            "Are you sure you want to continue connecting (yes/no/[fingerprint])? "), nullptr, &app);
        auto *dialog = new SshPromptDialog(prompt, &w);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
        QTest::qWait(300);
        save(dialog, QStringLiteral("ssh-host-key.png"));
        dialog->reject();
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("removeimages")) {
        removeImagesShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("preferences")) {
        // Containers to choose from in the Notifications page, as on a working engine.
        const QStringList names{QStringLiteral("cais-demo-web"), QStringLiteral("cais-demo-db")};
        for (const QString &n : names)
            docker({QStringLiteral("create"), QStringLiteral("--name"), n, QStringLiteral("cais-test/shell:1"), QStringLiteral("sleep"), QStringLiteral("60")});
        waitOrDie([&] { return w.containersModel()->containerCount() >= 2; }, 20000, QStringLiteral("the containers"));
        preferencesShots(w);
        docker(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + names);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("dark")) {
        darkShots(w);
        return 0;
    }
    // CAIS_SHOTS_ONLY=monitor, files, volnet, system, imageflows or compose: only those screenshots.
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("monitor")) {
        monitorShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("files")) {
        filesShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("volnet")) {
        volnetShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("flows")) {
        flowsShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("system")) {
        systemShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("compose")) {
        composeShots(w);
        return 0;
    }
    if (qEnvironmentVariable("CAIS_SHOTS_ONLY") == QLatin1String("imageflows")) {
        imageFlowsShots(w);
        return 0;
    }

    // --- 1. The browser with the details of a multi-layer image.
    const QString layersId = QString::fromUtf8(docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                                       QStringLiteral("{{.Id}}"), QStringLiteral("cais-test/layers:1")})
                                                   .trimmed());
    ImagesPage *images = w.imagesPage();
    require(images->selectImage(layersId), QStringLiteral("cais-test/layers:1 is not listed"));
    ImageDetails *details = images->details();
    waitOrDie([&] { return details->imageId() == layersId && details->isLoaded(); }, 20000, QStringLiteral("the image details"));
    details->tabs()->setCurrentIndex(0);
    QTest::qWait(200);
    save(&w, QStringLiteral("images.png"));

    // --- 2. Its layer history, a step selected.
    details->tabs()->setCurrentIndex(1);
    details->historyView()->setCurrentIndex(details->historyModel()->index(2, 0));
    QTest::qWait(200);
    save(&w, QStringLiteral("history.png"));

    // --- 3. A pull in progress: a 40 MB layer from the local registry, absent here.
    QTemporaryDir tmp;
    require(tmp.isValid(), QStringLiteral("no temporary folder"));
    const QString bigDir = tmp.filePath(QStringLiteral("big"));
    QDir().mkpath(bigDir);
    writeFile(bigDir + QStringLiteral("/Dockerfile"),
              "FROM cais-test/shell:1\n"
              "RUN head -c 25000000 /dev/urandom > /blob-a\n"
              "RUN head -c 15000000 /dev/urandom > /blob-b\n");
    const QString big = registry + QStringLiteral("/cais-demo/big:1");
    docker({QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), big, bigDir});
    docker({QStringLiteral("push"), QStringLiteral("-q"), big});
    docker({QStringLiteral("rmi"), big});
    g_made << big;
    PullDialog *pull = images->openPullDialog(big);
    pull->resize(760, 460);
    PullOperation *op = pull->startPull();
    require(op, QStringLiteral("the pull did not start: %1").arg(pull->validationLabel()->text()));
    bool shot = false;
    bool done = false;
    QObject::connect(op, &RegistryOperation::progressed, pull, [&] {
        const double f = op->progress().fraction();
        if (!shot && f > 0.25 && f < 0.85) {
            shot = true;
            save(pull, QStringLiteral("pull.png"));
        }
    });
    QObject::connect(op, &RegistryOperation::finished, pull, [&] { done = true; });
    waitOrDie([&] { return done; }, 120000, QStringLiteral("the pull"));
    if (!shot)
        save(pull, QStringLiteral("pull.png")); // too fast to catch: its end, then
    pull->close();

    // --- 4. The editor after a rebuild: cached layers, rebuilt ones, and "will rebuild".
    const QString appDir = tmp.filePath(QStringLiteral("app"));
    QDir().mkpath(appDir);
    writeFile(appDir + QStringLiteral("/app.txt"), "hello from the context\n");
    writeFile(appDir + QStringLiteral("/.dockerignore"), "*.log\n");
    writeFile(appDir + QStringLiteral("/Dockerfile"),
              "# A small web of files, built in Cais\n"
              "FROM cais-test/shell:1\n"
              "WORKDIR /srv\n"
              "RUN head -c 200000 /dev/zero > base.bin\n"
              "COPY app.txt .\n"
              "ENV GREETING=ola\n"
              "RUN echo \"$GREETING\" > greeting.txt\n"
              "EXPOSE 8080\n"
              "CMD [\"cat\", \"/srv/greeting.txt\"]\n");
    BuildPage *page = w.buildPage();
    w.showPage(page);
    require(page->openDockerfile(appDir + QStringLiteral("/Dockerfile")), QStringLiteral("cannot open the demo Dockerfile"));
    page->panel()->setTags({QStringLiteral("cais-demo/app:1")});
    g_made << QStringLiteral("cais-demo/app:1");
    BuildResult r = build(page);
    require(r.succeeded(), QStringLiteral("the demo build failed: %1").arg(r.message));
    editLine(page->editor(), 6, QStringLiteral("ENV GREETING=bom-dia"));
    require(page->editor()->save(), QStringLiteral("cannot save the demo Dockerfile"));
    r = build(page);
    require(r.succeeded(), QStringLiteral("the demo rebuild failed: %1").arg(r.message));
    editLine(page->editor(), 8, QStringLiteral("EXPOSE 8081"));
    QTest::qWait(600);
    save(&w, QStringLiteral("build-cache.png"));

    // --- 5. A failed build pointing at its line.
    require(page->editor()->save(), QStringLiteral("cannot save the demo Dockerfile"));
    editLine(page->editor(), 7, QStringLiteral("RUN cat /srv/no-such-file > greeting.txt"));
    require(page->editor()->save(), QStringLiteral("cannot save the demo Dockerfile"));
    r = build(page);
    require(r.outcome == BuildResult::Outcome::Failed, QStringLiteral("the failing build did not fail"));
    save(&w, QStringLiteral("build-failed.png"));

    // --- 6. The same Dockerfile with BuildKit (docker buildx), where the plugin is installed.
    editLine(page->editor(), 7, QStringLiteral("RUN echo \"$GREETING\" > greeting.txt"));
    require(page->editor()->save(), QStringLiteral("cannot save the demo Dockerfile"));
    waitOrDie([&] { return page->panel()->isBuildKitAvailable(); }, 30000, QStringLiteral("docker buildx"));
    page->panel()->setBuilder(BuildOptions::Builder::BuildKit);
    page->panel()->setNetwork(QStringLiteral("none")); // the shell's engine has no bridge network
    page->panel()->setTags({QStringLiteral("cais-demo/app:buildkit")});
    g_made << QStringLiteral("cais-demo/app:buildkit");
    r = build(page);
    require(r.succeeded(), QStringLiteral("the BuildKit build failed: %1").arg(r.message));
    r = build(page); // again: every step from BuildKit's cache
    require(r.succeeded(), QStringLiteral("the BuildKit rebuild failed: %1").arg(r.message));
    save(&w, QStringLiteral("build-buildkit.png"));

    volnetShots(w);
    monitorShots(w);
    filesShots(w);
    systemShots(w);
    flowsShots(w);
    imageFlowsShots(w);
    composeShots(w);
    removeImagesShots(w);

    for (const QString &image : std::as_const(g_made)) {
        QProcess p;
        p.start(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), image});
        p.waitForFinished(60000);
    }
    return 0;
}
