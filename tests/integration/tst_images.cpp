// Images against the real engines: inspect and history checked against the docker
// CLI, tag/untag, removal conflicts, the prune preview checked against what the
// engine then really prunes, and the browser following the engine's events.
//
// Prunes run on a second, bare engine of this test's own: the fixture's engine is
// shared with the other integration tests, which count on its seed images.
#include "engine.h"
#include "historymodel.h"
#include "images/imagedetails.h"
#include "images/imagespage.h"
#include "images/prunedialog.h"
#include "images/pulldialog.h"
#include "images/pushdialog.h"
#include "images/removedialog.h"
#include "images/tagdialog.h"
#include "imagesapi.h"
#include "imagesmodel.h"
#include "imagesproxymodel.h"
#include "testengine.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>

namespace {

using TestEngine::await;

QString unique(const QString &base)
{
    return base + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
}

/// The docker CLI on another engine than the fixture's (empty host: the fixture's).
bool dockerOn(const QString &host, QStringList args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    if (!host.isEmpty())
        args = QStringList{QStringLiteral("-H"), host} + args;
    return TestEngine::docker(args, out, err, 120000);
}

QString imageId(const QString &ref, const QString &host = {})
{
    QByteArray out;
    dockerOn(host, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), ref}, &out);
    return QString::fromUtf8(out.trimmed());
}

bool imageExists(const QString &ref, const QString &host = {})
{
    QByteArray out, err;
    return dockerOn(host, {QStringLiteral("image"), QStringLiteral("inspect"), ref}, &out, &err);
}

/// Builds `dockerfile` with the classic builder (the fixture sets DOCKER_BUILDKIT=0).
bool build(const QString &host, const QString &tag, const QString &dockerfile)
{
    QTemporaryDir dir;
    QFile f(dir.path() + QStringLiteral("/Dockerfile"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(dockerfile.toUtf8());
    f.close();
    return dockerOn(host, {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), tag, dir.path()});
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList deletedImagesOf(const ImagePruneReport &report, const QSet<QString> &imageIds)
{
    QStringList out;
    for (const ImageDeleteItem &i : report.items) {
        if (i.kind == ImageDeleteItem::Kind::Deleted && imageIds.contains(i.ref))
            out << i.ref;
    }
    out.sort();
    return out;
}

QStringList untaggedOf(const QList<ImageDeleteItem> &items)
{
    QStringList out;
    for (const ImageDeleteItem &i : items) {
        if (i.kind == ImageDeleteItem::Kind::Untagged)
            out << i.ref;
    }
    out.sort();
    return out;
}

bool waitConnected(Engine &e)
{
    [&] { QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 20000); }();
    return !QTest::currentTestFailed();
}

/// Every control a user can reach has a name a screen reader can say.
void checkAccessibleNames(QWidget *root)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *child : widgets) {
        if (!child->isVisibleTo(root) || child->focusPolicy() == Qt::NoFocus)
            continue;
        if (!qobject_cast<QAbstractItemView *>(child) && !qobject_cast<QLineEdit *>(child) && !qobject_cast<QAbstractButton *>(child)
            && !qobject_cast<QPlainTextEdit *>(child))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(child);
        const bool named = !child->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        QVERIFY2(named, qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                       .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())));
    }
}

} // namespace

class TestImages : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// A bare engine of this test with cais-test/shell:1 loaded into it.
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

    bool startBare(Bare &b, const QString &name)
    {
        b.dir = QStringLiteral("/tmp/cais-img-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
        if (!TestEngine::startBareEngine(b.dir)) {
            b.dir.clear();
            QTest::qFail("the bare engine did not start", __FILE__, __LINE__);
            return false;
        }
        b.host = QStringLiteral("unix://") + b.dir + QStringLiteral("/docker.sock");
        const QString archive = b.dir + QStringLiteral("/shell.tar");
        if (!dockerOn({}, {QStringLiteral("save"), QStringLiteral("-o"), archive, QStringLiteral("cais-test/shell:1")})
            || !dockerOn(b.host, {QStringLiteral("load"), QStringLiteral("-q"), QStringLiteral("-i"), archive}))
            return false;
        Endpoint ep;
        ep.path = b.dir + QStringLiteral("/docker.sock");
        b.engine = std::make_unique<Engine>(ep);
        b.engine->connectToEngine();
        return waitConnected(*b.engine);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void inspectMatchesTheCli()
    {
        Engine &e = connected();
        const auto r = await(ImagesApi::inspect(e, QStringLiteral("cais-test/layers:1")));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));
        QByteArray out;
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("cais-test/layers:1")}, &out));
        const QJsonObject cli = QJsonDocument::fromJson(out).array().first().toObject();
        const QJsonObject config = cli.value(QLatin1String("Config")).toObject();
        QCOMPARE(r->id, cli.value(QLatin1String("Id")).toString());
        QCOMPARE(QSet<QString>(r->repoTags.begin(), r->repoTags.end()),
                 (QSet<QString>{QStringLiteral("cais-test/layers:1"), QStringLiteral("cais-test/layers:two-tags")}));
        QCOMPARE(r->cmd, (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo $GREETING")}));
        QCOMPARE(QJsonArray::fromStringList(r->cmd), config.value(QLatin1String("Cmd")).toArray());
        QCOMPARE(QJsonArray::fromStringList(r->env), config.value(QLatin1String("Env")).toArray());
        QVERIFY(r->env.contains(QStringLiteral("GREETING=ola")));
        QCOMPARE(r->exposedPorts, QStringList{QStringLiteral("8080/tcp")});
        QCOMPARE(r->workingDir, QStringLiteral("/app"));
        QCOMPARE(r->workingDir, config.value(QLatin1String("WorkingDir")).toString());
        QCOMPARE(r->architecture, cli.value(QLatin1String("Architecture")).toString());
        QCOMPARE(r->os, QStringLiteral("linux"));
        QCOMPARE(r->size, cli.value(QLatin1String("Size")).toInteger());
        QCOMPARE(r->layers.size(), cli.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")).toArray().size());
        QCOMPARE(r->labels.value(QStringLiteral("org.opencontainers.image.title")), QStringLiteral("cais test shell"));
        QCOMPARE(r->raw, cli);
    }

    void historyMatchesTheCli()
    {
        Engine &e = connected();
        const auto r = await(ImagesApi::history(e, QStringLiteral("cais-test/layers:1")));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));
        QByteArray out;
        QVERIFY(TestEngine::docker({QStringLiteral("history"), QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                                    QStringLiteral("{{json .}}"), QStringLiteral("cais-test/layers:1")},
                                   &out));
        QList<QJsonObject> cli;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                cli << QJsonDocument::fromJson(line).object();
        }
        QCOMPARE(r->size(), cli.size());
        QVERIFY(r->size() >= 10); // FROM shell (4 steps) and the layers Dockerfile (7)
        for (qsizetype i = 0; i < cli.size(); ++i) {
            QCOMPARE(r->at(i).id, cli.at(i).value(QLatin1String("ID")).toString());
            QCOMPARE(r->at(i).createdBy, cli.at(i).value(QLatin1String("CreatedBy")).toString());
        }

        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(*r);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, HistoryModel::InstructionColumn).data().toString();
        for (const char *expected : {"ENV GREETING=ola", "WORKDIR /app", "EXPOSE 8080/tcp", "RUN echo one > /app/one.txt",
                                     R"(CMD ["/bin/sh" "-c" "echo $GREETING"])"}) {
            QVERIFY2(shown.contains(QLatin1String(expected)), qPrintable(shown.join(QLatin1Char('|'))));
        }
        // The steps add up to the image.
        const auto inspected = await(ImagesApi::inspect(e, QStringLiteral("cais-test/layers:1")));
        QVERIFY(inspected.has_value());
        QCOMPARE(model.totalSize(), inspected->size);
        QCOMPARE(model.index(0, 0).data(HistoryModel::EmptyRole).toBool(), true); // CMD adds no bytes
    }

    void detailsShowTheImage()
    {
        Engine &e = connected();
        ImageDetails details;
        details.setEngine(&e);
        details.resize(800, 500);
        details.show();
        QSignalSpy loaded(&details, &ImageDetails::loaded);
        const QString id = imageId(QStringLiteral("cais-test/layers:1"));
        details.showImage(id);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(details.imageId(), id);
        QHash<QString, QString> values;
        for (int i = 0; i < details.configTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *it = details.configTree()->topLevelItem(i);
            values.insert(it->text(0), it->data(1, Qt::UserRole).toString());
        }
        QCOMPARE(values.value(QStringLiteral("Working directory")), QStringLiteral("/app"));
        QCOMPARE(values.value(QStringLiteral("Exposed ports")), QStringLiteral("8080/tcp"));
        QCOMPARE(values.value(QStringLiteral("Command")), QStringLiteral("/bin/sh -c 'echo $GREETING'"));
        QVERIFY(values.value(QStringLiteral("Environment")).contains(QLatin1String("GREETING=ola")));
        QCOMPARE(values.value(QStringLiteral("Platform (OS/architecture)")), QStringLiteral("linux/") + details.inspected().architecture);
        QCOMPARE(values.value(QStringLiteral("Image ID")), id);
        QCOMPARE(details.historyModel()->rowCount(), int(await(ImagesApi::history(e, id))->size()));
        QVERIFY2(details.historySummary()->text().contains(QLatin1String("the image's size")), qPrintable(details.historySummary()->text()));

        // The raw JSON: searchable, copyable.
        QVERIFY(details.rawView()->toPlainText().contains(QLatin1String("\"WorkingDir\": \"/app\"")));
        details.rawSearch()->setText(QStringLiteral("GREETING"));
        QVERIFY(details.findInRaw());
        QCOMPARE(details.rawView()->textCursor().selectedText(), QStringLiteral("GREETING"));
        details.rawSearch()->setText(QStringLiteral("no-such-text-anywhere"));
        QVERIFY(!details.findInRaw());

        // A step's whole instruction, for the selected row.
        details.historyView()->setCurrentIndex(details.historyModel()->index(0, 0));
        QCOMPARE(details.historyText()->toPlainText(), details.historyModel()->index(0, 0).data(HistoryModel::FullTextRole).toString());

        // An image that is gone says so.
        details.showImage(QStringLiteral("sha256:") + QString(64, QLatin1Char('0')));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
        QVERIFY2(details.message()->text().contains(QLatin1String("no longer exists")), qPrintable(details.message()->text()));
        checkAccessibleNames(&details);
    }

    void tagAndUntag()
    {
        Engine &e = connected();
        // An image of this test's own: seeded images are shared by every test.
        const QString own = unique(QStringLiteral("cais-test/tag-own")) + QStringLiteral(":1");
        const QString shell = TestEngine::ownImage({own});
        QVERIFY(!shell.isEmpty());
        auto removeOwn = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), shell}); });
        const QString name = unique(QStringLiteral("cais-test/tagged")) + QStringLiteral(":x");
        const auto target = Reference::parseTagTarget(name);
        QVERIFY(target.has_value());
        const auto tagged = await(ImagesApi::tag(e, shell, *target));
        QVERIFY2(tagged.has_value(), qPrintable(tagged ? QString() : tagged.error().fullText()));
        QCOMPARE(imageId(name), shell);

        // Untagging one of several tags removes just that tag.
        const auto untagged = await(ImagesApi::remove(e, name));
        QVERIFY2(untagged.has_value(), qPrintable(untagged ? QString() : untagged.error().fullText()));
        QCOMPARE(untagged->size(), 1);
        QCOMPARE(untagged->first(), (ImageDeleteItem{ImageDeleteItem::Kind::Untagged, name}));
        QVERIFY(!imageExists(name));
        QVERIFY(imageExists(own));

        // A name the engine refuses never leaves the dialog; a good one is applied.
        TagDialog dialog(&e, shell, {own}, {});
        dialog.show();
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        dialog.nameEdit()->setText(QStringLiteral("Cais/Upper:1"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.feedback()->text().contains(QLatin1String("lowercase")), qPrintable(dialog.feedback()->text()));
        dialog.nameEdit()->setText(own);
        QVERIFY(!ok->isEnabled()); // it already has that name
        dialog.nameEdit()->setText(QStringLiteral("cais-test/shell@sha256:") + QString(64, QLatin1Char('a')));
        QVERIFY(!ok->isEnabled());
        const QString viaDialog = unique(QStringLiteral("cais-test/dialog"));
        dialog.nameEdit()->setText(viaDialog);
        QVERIFY(ok->isEnabled());
        QVERIFY2(dialog.feedback()->text().contains(viaDialog + QStringLiteral(":latest")), qPrintable(dialog.feedback()->text()));
        checkAccessibleNames(&dialog);
        QSignalSpy done(&dialog, &TagDialog::tagged);
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(imageId(viaDialog + QStringLiteral(":latest")), shell);
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), viaDialog + QStringLiteral(":latest")}));
    }

    void removeAConflictThenForce()
    {
        Engine &e = connected();
        const QString tag = unique(QStringLiteral("cais-test/in-use")) + QStringLiteral(":1");
        QVERIFY(build({}, tag, QStringLiteral("FROM cais-test/shell:1\nRUN echo %1 > /unique\n").arg(tag)));
        const QString id = imageId(tag);
        const QString ctr = unique(QStringLiteral("cais-uses-image"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("--name"), ctr, tag}));
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), ctr}); });

        const auto users = await(ImagesApi::containers(e, id));
        QVERIFY(users.has_value());
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().name, ctr);
        QCOMPARE(users->first().imageId, id);

        // Without force: 409, in words that name the container and the way out.
        const auto refused = await(ImagesApi::remove(e, id));
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().httpStatus, 409);
        QVERIFY2(refused.error().userMessage.contains(QLatin1String("stopped container")), qPrintable(refused.error().userMessage));
        QVERIFY(refused.error().userMessage.contains(users->first().id.left(12)));
        QVERIFY(refused.error().userMessage.contains(QLatin1String("force")));
        // Untagging its last name is refused the same way.
        const auto untag = await(ImagesApi::remove(e, tag));
        QVERIFY(!untag.has_value());
        QCOMPARE(untag.error().httpStatus, 409);
        QVERIFY2(untag.error().userMessage.contains(QLatin1String("last tag")), qPrintable(untag.error().userMessage));
        QVERIFY(imageExists(id));

        // Forced: the engine says what it untagged and deleted.
        const auto forced = await(ImagesApi::remove(e, id, true));
        QVERIFY2(forced.has_value(), qPrintable(forced ? QString() : forced.error().fullText()));
        QCOMPARE(untaggedOf(*forced), QStringList{tag});
        QVERIFY(forced->contains(ImageDeleteItem{ImageDeleteItem::Kind::Deleted, id}));
        QVERIFY(!imageExists(id));
    }

    void removeDialogListsAndForces()
    {
        Engine &e = connected();
        const QString repo = unique(QStringLiteral("cais-test/dialog-rm"));
        QVERIFY(build({}, repo + QStringLiteral(":1"), QStringLiteral("FROM cais-test/shell:1\nRUN echo %1 > /unique\n").arg(repo)));
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), repo + QStringLiteral(":1"), repo + QStringLiteral(":2")}));
        const QString id = imageId(repo + QStringLiteral(":1"));
        const QString ctr = unique(QStringLiteral("cais-dialog-user"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("--name"), ctr, repo + QStringLiteral(":2")}));
        auto cleanup = qScopeGuard([&] {
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), ctr});
            QByteArray o, err;
            TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), id}, &o, &err);
        });

        RemoveDialog::Target t;
        t.imageId = id;
        t.tags = {repo + QStringLiteral(":1"), repo + QStringLiteral(":2")};
        RemoveDialog dialog(&e, t);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.usersKnown(), 20000);
        QStringList lines;
        for (int i = 0; i < dialog.affectedList()->count(); ++i)
            lines << dialog.affectedList()->item(i)->text();
        // Exactly the tags, the image, and the one container.
        QCOMPARE(lines, (QStringList{QStringLiteral("Tag %1:1").arg(repo), QStringLiteral("Tag %1:2").arg(repo),
                                     QStringLiteral("Image %1").arg(id), QStringLiteral("Container %1 (created) uses the image").arg(ctr)}));
        QVERIFY(dialog.forceBox()->isVisible());
        checkAccessibleNames(&dialog);

        // Without force: refused in words that name the container; nothing removed.
        dialog.removeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(ctr) && dialog.removeButton()->isEnabled(), 20000);
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("Force")), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(!dialog.isFinished());
        QVERIFY(imageExists(id));

        dialog.forceBox()->setChecked(true);
        QSignalSpy removed(&dialog, &RemoveDialog::removed);
        dialog.removeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        QCOMPARE(untaggedOf(dialog.result()), sorted({repo + QStringLiteral(":1"), repo + QStringLiteral(":2")}));
        QVERIFY(dialog.result().contains(ImageDeleteItem{ImageDeleteItem::Kind::Deleted, id}));
        QStringList shown;
        for (int i = 0; i < dialog.resultList()->count(); ++i)
            shown << dialog.resultList()->item(i)->text();
        QVERIFY(shown.contains(QStringLiteral("Untagged: %1:1").arg(repo)));
        QVERIFY(shown.contains(QStringLiteral("Deleted: %1").arg(id)));
        QVERIFY(!imageExists(id));
    }

    void removeWhatIsGone()
    {
        Engine &e = connected();
        const QString gone = unique(QStringLiteral("cais-test/never-there")) + QStringLiteral(":1");
        const auto r = await(ImagesApi::remove(e, gone));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY2(r.error().userMessage.contains(QLatin1String("no longer exists")), qPrintable(r.error().userMessage));
        QVERIFY(r.error().userMessage.contains(gone));
        const auto byId = await(ImagesApi::remove(e, QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))));
        QVERIFY(!byId.has_value());
        QCOMPARE(byId.error().httpStatus, 404);
        QVERIFY(byId.error().userMessage.contains(QLatin1String("Nothing was removed")));
        const auto tagGone = await(ImagesApi::tag(e, QStringLiteral("sha256:") + QString(64, QLatin1Char('0')), *Reference::parseTagTarget(gone)));
        QVERIFY(!tagGone.has_value());
        QCOMPARE(tagGone.error().httpStatus, 404);
        QVERIFY(tagGone.error().userMessage.contains(QLatin1String("cannot be tagged")));
    }

    void prunePreviewIsWhatTheEngineDoes_data()
    {
        QTest::addColumn<bool>("all");
        QTest::newRow("dangling") << false;
        QTest::newRow("all unused (-a)") << true;
    }
    void prunePreviewIsWhatTheEngineDoes()
    {
        QFETCH(bool, all);
        Bare bare;
        QVERIFY(startBare(bare, all ? QStringLiteral("a") : QStringLiteral("d")));
        const QString h = bare.host;
        // Dangling images with intermediate parents: the same tag built twice (the
        // first RUN is cached and shared, the second differs).
        const QString df = QStringLiteral("FROM cais-test/shell:1\nRUN echo shared > /s\nRUN echo %1 > /v\nCMD [\"sh\"]\n");
        QVERIFY(build(h, QStringLiteral("app:1"), df.arg(1)));
        QVERIFY(build(h, QStringLiteral("app:1"), df.arg(2)));
        QVERIFY(build(h, QStringLiteral("app:1"), df.arg(3)));
        // A dangling image a container uses: kept.
        QVERIFY(build(h, QStringLiteral("kept:1"), df.arg(4)));
        const QString keptId = imageId(QStringLiteral("kept:1"), h);
        QVERIFY(build(h, QStringLiteral("kept:1"), df.arg(5)));
        QVERIFY(dockerOn(h, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("on-dangling"), keptId}));
        // Two tags and a container: -a removes one tag only. A tagged parent of a
        // used child: -a untags it and keeps it.
        QVERIFY(build(h, QStringLiteral("two:a"), QStringLiteral("FROM cais-test/shell:1\nRUN echo two > /t\n")));
        QVERIFY(dockerOn(h, {QStringLiteral("tag"), QStringLiteral("two:a"), QStringLiteral("two:b")}));
        QVERIFY(dockerOn(h, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("on-two"), QStringLiteral("two:b")}));
        QVERIFY(build(h, QStringLiteral("parent:1"), QStringLiteral("FROM cais-test/shell:1\nRUN echo parent > /p\n")));
        QVERIFY(build(h, QStringLiteral("child:1"), QStringLiteral("FROM parent:1\nRUN echo child > /c\n")));
        QVERIFY(dockerOn(h, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("on-child"), QStringLiteral("child:1")}));
        // The base itself: used, so it stays even with -a.
        QVERIFY(dockerOn(h, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("on-shell"), QStringLiteral("cais-test/shell:1")}));
        // An unused tagged image with an intermediate parent: -a removes both.
        QVERIFY(build(h, QStringLiteral("unused:1"), QStringLiteral("FROM cais-test/shell:1\nRUN echo u1 > /u\nRUN echo u2 > /u2\n")));

        Engine &engine = *bare.engine;
        const auto previewed = await(ImagesApi::previewPrune(engine, all), 60000);
        QVERIFY2(previewed.has_value(), qPrintable(previewed ? QString() : previewed.error().fullText()));
        const ImagePrunePlan plan = *previewed;
        QVERIFY(!plan.deletedImages.isEmpty());
        QVERIFY(plan.spaceReclaimed > 0);
        QVERIFY(!plan.deletedImages.contains(keptId));
        // Counted from either side, the same bytes: every image's layers and the
        // deleted ones' sizes, or the engine's LayersSize less what the kept images hold.
        const auto byDeleted = await(ImagesApi::previewPrune(engine, all, {}, ImagesApi::PruneMeasure::ByDeleted), 60000);
        const auto byKept = await(ImagesApi::previewPrune(engine, all, {}, ImagesApi::PruneMeasure::ByKept), 60000);
        QVERIFY(byDeleted && byKept);
        QVERIFY(!byDeleted->spaceFromKept);
        QVERIFY(byKept->spaceFromKept);
        QCOMPARE(byKept->spaceReclaimed, byDeleted->spaceReclaimed);
        QCOMPARE(plan.spaceReclaimed, byDeleted->spaceReclaimed);
        // From the lists a page holds: the classic builder's images have parents, so
        // the default list is not every image; the preview reads the intermediate ones
        // from the histories of the missing parents. The same plan, the same images.
        {
            ImagesModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setEngine(&engine);
            QTRY_VERIFY_WITH_TIMEOUT(model.pruneKnownLists().has_value(), 30000);
            const auto known = model.pruneKnownLists();
            QVERIFY(!ImagesApi::defaultListIsComplete(known->images));
            const auto viaPage = await(ImagesApi::previewPrune(engine, all, {}, ImagesApi::PruneMeasure::Auto, known), 60000);
            QVERIFY2(viaPage.has_value(), qPrintable(viaPage ? QString() : viaPage.error().fullText()));
            QCOMPARE(plan.imagesFrom, ImagePrunePlan::ImagesFrom::EngineList);
            QCOMPARE(viaPage->imagesFrom, ImagePrunePlan::ImagesFrom::PageListAndHistories);
            QCOMPARE(sorted(viaPage->deletedImages), sorted(plan.deletedImages));
            QCOMPARE(sorted(viaPage->shownDeleted), sorted(plan.shownDeleted));
            QCOMPARE(sorted(viaPage->untagged), sorted(plan.untagged));
            QCOMPARE(sorted(viaPage->untaggedOnly), sorted(plan.untaggedOnly));
            QCOMPARE(viaPage->allImageIds, plan.allImageIds);
            QCOMPARE(viaPage->spaceReclaimed, plan.spaceReclaimed);
            // Each deleted intermediate image as the engine's all=1 list gives it.
            int intermediates = 0;
            for (const QString &id : plan.deletedImages) {
                if (plan.shownDeleted.contains(id))
                    continue;
                ++intermediates;
                const ImageSummary fromList = plan.images.value(id), fromHistory = viaPage->images.value(id);
                QCOMPARE(fromHistory.id, id);
                QCOMPARE(fromHistory.parentId, fromList.parentId);
                QCOMPARE(fromHistory.size, fromList.size);
                QCOMPARE(fromHistory.created, fromList.created);
                QVERIFY(fromHistory.repoTags.isEmpty());
            }
            QVERIFY(intermediates > 0);
            // The requests that takes: a history per parent the page's list leaves out,
            // /system/df, then from the kept side two reads per kept image with no kept
            // child (a child holds its parent's layers), or from the deleted side a read
            // per image and per deleted one. Listing every image again, or reading each
            // kept intermediate image, would be more.
            const auto every = await(ImagesApi::list(engine, true), 30000);
            QVERIFY(every.has_value());
            QSet<QString> listed, missingParents, keptParents;
            for (const ImageSummary &img : known->images)
                listed.insert(img.id);
            for (const ImageSummary &img : known->images) {
                if (!img.parentId.isEmpty() && !listed.contains(img.parentId))
                    missingParents.insert(img.parentId);
            }
            QVERIFY(!missingParents.isEmpty());
            for (const ImageSummary &img : *every) {
                if (!plan.deletedImages.contains(img.id) && !img.parentId.isEmpty())
                    keptParents.insert(img.parentId);
            }
            const qsizetype keptLeaves = std::count_if(every->cbegin(), every->cend(), [&](const ImageSummary &img) {
                return !plan.deletedImages.contains(img.id) && !keptParents.contains(img.id);
            });
            const quint64 before = engine.requestsSent();
            const auto again = await(ImagesApi::previewPrune(engine, all, {}, ImagesApi::PruneMeasure::Auto, known), 60000);
            QVERIFY(again.has_value());
            QCOMPARE(again->spaceReclaimed, plan.spaceReclaimed);
            const qsizetype measured = again->spaceFromKept ? 2 * keptLeaves : every->size() + plan.deletedImages.size();
            QVERIFY2(engine.requestsSent() - before <= quint64(missingParents.size() + 1 + measured),
                     qPrintable(QStringLiteral("%1 requests").arg(engine.requestsSent() - before)));
        }
        if (all) {
            QVERIFY(plan.untagged.contains(QStringLiteral("unused:1")));
            QVERIFY(plan.untagged.contains(QStringLiteral("two:a")));
            QVERIFY(!plan.untagged.contains(QStringLiteral("two:b")));
            // parent:1 loses its tag but its child needs it; two:b keeps the other image.
            QCOMPARE(sorted(plan.untaggedOnly), sorted({imageId(QStringLiteral("parent:1"), h), imageId(QStringLiteral("two:b"), h)}));
        } else {
            QVERIFY(plan.untagged.isEmpty());
            QCOMPARE(plan.shownDeleted.size(), 2); // the two older app:1 builds
            QVERIFY(plan.deletedImages.size() > 2); // and their own intermediate images
        }

        // The real thing, through the dialog: the preview shown first, then the result.
        PruneDialog dialog(&engine);
        dialog.show();
        dialog.setAll(all);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isPreviewReady() && dialog.isAll() == all, 60000);
        QCOMPARE(sorted(dialog.plan().deletedImages), sorted(plan.deletedImages));
        QCOMPARE(dialog.plan().spaceReclaimed, plan.spaceReclaimed);
        QVERIFY(dialog.pruneButton()->isEnabled());
        checkAccessibleNames(&dialog);
        QSignalSpy pruned(&dialog, &PruneDialog::pruned);
        dialog.pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 120000);
        const ImagePruneReport report = dialog.report();

        QCOMPARE(deletedImagesOf(report, plan.allImageIds), sorted(plan.deletedImages));
        QCOMPARE(untaggedOf(report.items), sorted(plan.untagged));
        QCOMPARE(report.spaceReclaimed, plan.spaceReclaimed);
        QVERIFY(plan.matches(report));
        QVERIFY2(dialog.statusLabel()->text().contains(QLatin1String("exactly what the preview showed")), qPrintable(dialog.statusLabel()->text()));
        for (const QString &id : plan.deletedImages)
            QVERIFY(!imageExists(id, h));
        QVERIFY(imageExists(keptId, h));
        QVERIFY(imageExists(QStringLiteral("cais-test/shell:1"), h));
        QVERIFY(imageExists(QStringLiteral("child:1"), h));

        // Nothing left to prune: the preview says so, and the button stays off.
        const auto again = await(ImagesApi::previewPrune(engine, all), 60000);
        QVERIFY(again.has_value());
        QVERIFY(again->isEmpty());
        QCOMPARE(again->spaceReclaimed, 0);
    }

    void prunePreviewFromThePagesLists()
    {
        // Loaded and imported images have no parent: the page's default list is every
        // image, and the preview starts from it (no second list). Its plan is the one
        // made from the engine's own lists, and what the engine then does.
        Bare bare;
        QVERIFY(startBare(bare, QStringLiteral("k")));
        const QString h = bare.host;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (int i = 1; i <= 2; ++i) {
            QFile f(dir.filePath(QStringLiteral("file")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(64 * 1024 * i, char('a' + i)));
            f.close();
            const QString tar = dir.filePath(QStringLiteral("layer%1.tar").arg(i));
            QCOMPARE(QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-C"), dir.path(), QStringLiteral("-cf"), tar,
                                                               QStringLiteral("file")}),
                     0);
            QVERIFY(dockerOn(h, {QStringLiteral("import"), tar, QStringLiteral("imported:%1").arg(i)}));
        }
        QVERIFY(dockerOn(h, {QStringLiteral("tag"), QStringLiteral("imported:1"), QStringLiteral("imported:also")}));
        QVERIFY(dockerOn(h, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("on-shell"), QStringLiteral("cais-test/shell:1")}));
        Engine &engine = *bare.engine;

        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&engine);
        QTRY_VERIFY_WITH_TIMEOUT(model.pruneKnownLists().has_value() && model.rowCount() == 3, 30000);
        const auto known = model.pruneKnownLists();
        QCOMPARE(known->images.size(), 3);
        QCOMPARE(known->containers.size(), 1);
        QVERIFY(ImagesApi::defaultListIsComplete(known->images));

        quint64 before = engine.requestsSent();
        const auto fromEngine = await(ImagesApi::previewPrune(engine, true), 60000);
        const quint64 fromEngineRequests = engine.requestsSent() - before;
        const auto fromPage = await(ImagesApi::previewPrune(engine, true, {}, ImagesApi::PruneMeasure::Auto, known), 60000);
        QVERIFY(fromEngine && fromPage);
        QCOMPARE(fromEngine->imagesFrom, ImagePrunePlan::ImagesFrom::EngineList);
        QCOMPARE(fromPage->imagesFrom, ImagePrunePlan::ImagesFrom::PageList);
        QCOMPARE(sorted(fromPage->deletedImages),
                 sorted({imageId(QStringLiteral("imported:1"), h), imageId(QStringLiteral("imported:2"), h)}));
        QCOMPARE(sorted(fromPage->deletedImages), sorted(fromEngine->deletedImages));
        QCOMPARE(sorted(fromPage->untagged), sorted(fromEngine->untagged));
        QVERIFY(fromPage->spaceReclaimed >= 3 * 64 * 1024);
        QCOMPARE(fromPage->spaceReclaimed, fromEngine->spaceReclaimed);

        // Page lists the preview does not complete from histories; it lists every image
        // instead and plans what the engine will do. A page's list older than the
        // engine: a parent it names is gone (its history answers 404); the history
        // that failed is asked instead of the containers list the page held.
        ImagesApi::PruneKnownLists stale = *known;
        stale.images.first().parentId = QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
        // Parents missing from many chains: one list of every image costs the engine
        // less than a history each; no history is asked.
        ImagesApi::PruneKnownLists many = *known;
        for (int i = 0; i < 20; ++i) {
            ImageSummary child;
            child.id = QStringLiteral("sha256:%1").arg(i, 64, 16, QLatin1Char('c'));
            child.parentId = QStringLiteral("sha256:%1").arg(i, 64, 16, QLatin1Char('d'));
            child.repoTags << QStringLiteral("never-there:%1").arg(i);
            many.images << child;
        }
        const struct
        {
            const char *what;
            ImagesApi::PruneKnownLists lists;
            quint64 mostRequests;
        } listedAgain[] = {{"a stale page list", stale, fromEngineRequests}, {"many chains", many, fromEngineRequests - 1}};
        for (const auto &c : listedAgain) {
            before = engine.requestsSent();
            const auto r = await(ImagesApi::previewPrune(engine, true, {}, ImagesApi::PruneMeasure::Auto, c.lists), 60000);
            QVERIFY2(r.has_value(), r ? c.what : qPrintable(r.error().fullText()));
            QVERIFY2(r->imagesFrom == ImagePrunePlan::ImagesFrom::EngineList, c.what);
            QVERIFY2(sorted(r->deletedImages) == sorted(fromEngine->deletedImages), c.what);
            QVERIFY2(r->spaceReclaimed == fromEngine->spaceReclaimed, c.what);
            QVERIFY2(engine.requestsSent() - before <= c.mostRequests,
                     qPrintable(QStringLiteral("%1: %2 requests").arg(QLatin1String(c.what)).arg(engine.requestsSent() - before)));
        }

        // The page's Prune dialog starts from the page's lists, and the engine then
        // removes exactly that.
        ImagesPage page(&model);
        auto *dialog = qobject_cast<PruneDialog *>(page.openPruneDialog());
        QVERIFY(dialog);
        dialog->setAll(true);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isPreviewReady() && dialog->isAll(), 60000);
        QCOMPARE(sorted(dialog->plan().deletedImages), sorted(fromPage->deletedImages));
        QCOMPARE(dialog->plan().spaceReclaimed, fromPage->spaceReclaimed);
        QSignalSpy pruned(dialog, &PruneDialog::pruned);
        dialog->pruneButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 120000);
        QCOMPARE(dialog->report().spaceReclaimed, fromPage->spaceReclaimed);
        QVERIFY(dialog->plan().matches(dialog->report()));
        QVERIFY(!imageExists(QStringLiteral("imported:2"), h));
        QVERIFY(imageExists(QStringLiteral("cais-test/shell:1"), h));
    }

    void modelFollowsEvents()
    {
        Engine &e = connected();
        ImagesModel model;
        model.setEventDelay(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImagesProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // An image of this test's own with two tags, like the seeded layers image:
        // seeded images are shared by every test and never changed.
        const QString ownRepo = unique(QStringLiteral("cais-test/events-own"));
        const QString layers = TestEngine::ownImage({ownRepo + QStringLiteral(":1"), ownRepo + QStringLiteral(":two-tags")},
                                                    QStringLiteral("cais-test/layers:1"));
        QVERIFY(!layers.isEmpty());
        auto removeOwn = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), layers}); });
        model.setEngine(&e);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(layers) >= 0 && model.containersKnown(), 20000);
        const QPersistentModelIndex row(model.indexOfId(layers));
        auto tagsOf = [&] { return model.indexOfId(layers).data(ImagesModel::RepoTagsRole).toStringList(); };

        // tag / untag
        const QString tag = unique(QStringLiteral("cais-test/event")) + QStringLiteral(":t");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), ownRepo + QStringLiteral(":1"), tag}));
        QTRY_VERIFY_WITH_TIMEOUT(tagsOf().contains(tag), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount(model.indexOfId(layers)) == 3, 10000); // a tag row each
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        QTRY_VERIFY_WITH_TIMEOUT(!tagsOf().contains(tag), 10000);
        QVERIFY(row.isValid());

        // container create / destroy: the in-use count
        const int before = model.indexOfId(layers).data(ImagesModel::ContainersRole).toInt();
        QVERIFY(before >= 0);
        const QString ctr = unique(QStringLiteral("cais-event-user"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("--name"), ctr, layers}));
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), ctr}); });
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfId(layers).data(ImagesModel::ContainersRole).toInt(), before + 1, 10000);
        QVERIFY(model.indexOfId(layers).data(ImagesModel::ContainerNamesRole).toStringList().contains(ctr));
        QVERIFY(TestEngine::docker({QStringLiteral("rm"), ctr}));
        QTRY_COMPARE_WITH_TIMEOUT(model.indexOfId(layers).data(ImagesModel::ContainersRole).toInt(), before, 10000);

        // build + delete: a new row, then gone
        const QString built = unique(QStringLiteral("cais-test/event-built")) + QStringLiteral(":1");
        QVERIFY(build({}, built, QStringLiteral("FROM cais-test/shell:1\nRUN echo %1 > /e\n").arg(built)));
        const QString builtId = imageId(built);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(builtId) >= 0, 10000);
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), built}));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(builtId) < 0, 10000);

        // pull: from the fixture's registry, under a name of this test's own
        const QString remote = TestEngine::registry() + QLatin1Char('/') + unique(QStringLiteral("cais-test/event-pull")) + QStringLiteral(":1");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), ownRepo + QStringLiteral(":1"), remote}));
        QVERIFY(TestEngine::docker({QStringLiteral("push"), QStringLiteral("-q"), remote}));
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), remote}));
        const QString shell = layers;
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(shell).data(ImagesModel::RepoTagsRole).toStringList().contains(remote), 10000);
        QVERIFY(TestEngine::docker({QStringLiteral("pull"), QStringLiteral("-q"), remote}));
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(shell).data(ImagesModel::RepoTagsRole).toStringList().contains(remote), 10000);
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), remote}));
        QTRY_VERIFY_WITH_TIMEOUT(!model.indexOfId(shell).data(ImagesModel::RepoTagsRole).toStringList().contains(remote), 10000);

        QVERIFY(row.isValid());
        QCOMPARE(resets.size(), 0);
    }

    void pageSelectsAndShowsDetails()
    {
        Engine &e = connected();
        ImagesModel model;
        model.setEngine(&e);
        ImagesPage page(&model);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // An image of this test's own, with two tags like the seeded layers image.
        const QString ownRepo = unique(QStringLiteral("cais-test/page-own"));
        const QString layers = TestEngine::ownImage({ownRepo + QStringLiteral(":1"), ownRepo + QStringLiteral(":two-tags")},
                                                    QStringLiteral("cais-test/layers:1"));
        QVERIFY(!layers.isEmpty());
        auto removeOwn = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), layers}); });
        QTRY_VERIFY_WITH_TIMEOUT(page.selectImage(layers), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.details()->imageId() == layers && page.details()->isLoaded()
                                     && page.details()->historyModel()->rowCount() > 0, 20000);
        QVERIFY(page.tagAction()->isEnabled());
        // The image has two tags: a tag row each; choosing one offers to untag it.
        const QModelIndex image = page.view()->currentIndex();
        QCOMPARE(page.proxy()->rowCount(image), 2);
        page.view()->setCurrentIndex(page.proxy()->index(0, 0, image));
        QCOMPARE(page.currentImageId(), layers);
        QVERIFY(page.currentTag().startsWith(ownRepo + QLatin1Char(':')));
        QCOMPARE(page.removeAction()->text(), QStringLiteral("Untag…"));
        // A tag can be pushed; pulls have their window (nothing is pulled here).
        QVERIFY(page.pushAction()->isEnabled());
        PullDialog *pull = page.openPullDialog(QStringLiteral("busybox:1"));
        QVERIFY(pull && pull->isVisible());
        QCOMPARE(pull->referenceText(), QStringLiteral("busybox:1"));
        QCOMPARE(page.openPullDialog(), pull); // one window, kept
        pull->hide();
        PushDialog *push = page.openPushDialog(page.currentTag());
        QVERIFY(push && push->isVisible());
        push->hide();
        auto *untag = qobject_cast<RemoveDialog *>(page.openUntagDialog(page.currentTag()));
        QVERIFY(untag);
        QVERIFY(untag->isUntag());
        QTRY_VERIFY_WITH_TIMEOUT(untag->usersKnown(), 20000);
        untag->close();

        // A new name for the shown image reaches its details; the list merges it in
        // and keeps the expanded row and the selected tag.
        page.view()->expand(page.proxy()->mapFromSource(model.indexOfId(layers)));
        const QString selectedTag = page.currentTag();
        const QString extra = unique(QStringLiteral("cais-test/details-follow")) + QStringLiteral(":1");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), ownRepo + QStringLiteral(":1"), extra}));
        auto untagExtra = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), extra}); });
        QTRY_VERIFY_WITH_TIMEOUT(page.details()->inspected().repoTags.contains(extra), 20000);
        QCOMPARE(model.rowCount(model.indexOfId(layers)), 3);
        QVERIFY(page.view()->isExpanded(page.proxy()->mapFromSource(model.indexOfId(layers))));
        QCOMPARE(page.currentTag(), selectedTag);
        QCOMPARE(page.currentImageId(), layers);

        // The toggles filter by state.
        page.danglingToggle()->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.proxy()->rowCount() >= 1, 5000);
        for (int r = 0; r < page.proxy()->rowCount(); ++r)
            QVERIFY(page.proxy()->index(r, 0).data(ImagesModel::DanglingRole).toBool());
        page.danglingToggle()->click();
        checkAccessibleNames(&page);
    }
};

QTEST_MAIN(TestImages)
#include "tst_images.moc"
