// Several engines at once, against REAL engines: the test engine (the "default"
// context, as DOCKER_HOST names it), the Podman service of the podman fixture, and a
// bare dockerd this test starts, kills and starts again. The connection manager's model
// runs under QAbstractItemModelTester; each engine has its own window with its own
// pages, and one that goes away keeps its window readable while the others go on.
// A connection added in Cais is written back as a docker context: the real CLI then
// reaches the engine through it.
#include "connections/connectiondialog.h"
#include "connections/enginespanel.h"
#include "containers/containerspage.h"
#include "engineregistry.h"
#include "enginesmodel.h"
#include "enginewindows.h"
#include "imagesmodel.h"
#include "mainwindow.h"
#include "testengine.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestEngines : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bareDir;

    DockerContexts::Options options() const { return TestEngine::isolatedOptions(m_dir.path()); }

    QString bareHost() const { return u"unix://"_s + m_bareDir + u"/docker.sock"_s; }

    QByteArray cli(const QStringList &args, bool *ok)
    {
        QProcess p;
        QProcessEnvironment env = options().env;
        p.setProcessEnvironment(env);
        p.start(u"docker"_s, args);
        *ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!*ok)
            qWarning().noquote() << "docker" << args.join(u' ') << p.readAllStandardError();
        return p.readAllStandardOutput();
    }

    static EngineRow::State stateOf(const EnginesModel &m, const QString &name)
    {
        const int r = m.rowOfKey(name);
        return r < 0 ? EngineRow::State::Unusable : m.rowAt(r).state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestEngine::podmanHost().isEmpty(), "the podman fixture did not run");
        m_bareDir = u"/tmp/cais-engines-%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::startBareEngine(m_bareDir));
    }

    void cleanupTestCase()
    {
        if (!m_bareDir.isEmpty())
            TestEngine::stopEngine(m_bareDir);
    }

    void threeEnginesAtOnceOneKilledAndBack()
    {
        EngineRegistry registry(options(), m_dir.filePath(u"cais.ini"_s));
        EnginesModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).name, u"default"_s);

        EngineEntry podman;
        podman.name = u"podman-test"_s;
        podman.address = TestEngine::podmanHost();
        podman.description = u"the podman fixture"_s;
        QVERIFY(registry.saveConnection(podman).has_value());
        EngineEntry spare;
        spare.name = u"spare"_s;
        spare.address = bareHost();
        QVERIFY(registry.saveConnection(spare).has_value());
        QCOMPARE(model.rowCount(), 3);
        for (const QString &name : {u"default"_s, u"podman-test"_s, u"spare"_s}) {
            QCOMPARE(stateOf(model, name), EngineRow::State::NotInUse);
            QVERIFY(registry.use(name));
        }
        for (const QString &name : {u"default"_s, u"podman-test"_s, u"spare"_s})
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, name), EngineRow::State::Connected, 30000);
        const EngineRow &pod = model.rowAt(model.rowOfKey(u"podman-test"_s));
        QCOMPARE(pod.product, u"Podman"_s);
        QVERIFY(!pod.version.isEmpty());
        QCOMPARE(model.rowAt(model.rowOfKey(u"default"_s)).product, u"Docker"_s);
        QCOMPARE(model.rowAt(model.rowOfKey(u"spare"_s)).transport, u"local"_s);
        QVERIFY(model.index(model.rowOfKey(u"spare"_s), EnginesModel::VersionColumn).data().toString().startsWith(u"26."_s));

        // The spare engine goes: its row says so and why; the others stay connected.
        registry.engine(u"spare"_s)->setReconnectInterval(300);
        QVERIFY(TestEngine::stopEngine(m_bareDir));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"spare"_s), EngineRow::State::Unreachable, 30000);
        const QString reason = model.index(model.rowOfKey(u"spare"_s), 0).data(EnginesModel::ReasonRole).toString();
        QVERIFY2(reason.contains(m_bareDir), qPrintable(reason));
        QVERIFY(model.index(model.rowOfKey(u"spare"_s), 0).data(Qt::ToolTipRole).toString().contains(reason));
        QCOMPARE(stateOf(model, u"default"_s), EngineRow::State::Connected);
        QCOMPARE(stateOf(model, u"podman-test"_s), EngineRow::State::Connected);
        // Back: the same Engine reconnects by itself.
        Engine *before = registry.engine(u"spare"_s);
        QVERIFY(TestEngine::startBareEngine(m_bareDir));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, u"spare"_s), EngineRow::State::Connected, 30000);
        QCOMPARE(registry.engine(u"spare"_s), before);
        QCOMPARE(resets.size(), 0);

        // Cais's connections are kept: a new registry reads them back.
        EngineRegistry again(options(), m_dir.filePath(u"cais.ini"_s));
        QVERIFY(again.entry(u"podman-test"_s));
        QCOMPARE(again.entry(u"podman-test"_s)->address, TestEngine::podmanHost());
        QCOMPARE(again.entry(u"podman-test"_s)->description, u"the podman fixture"_s);
        QVERIFY(!again.engine(u"podman-test"_s)); // not in use until asked
    }

    void eachEngineHasItsWindow()
    {
        EngineRegistry registry(options(), m_dir.filePath(u"windows.ini"_s));
        EngineEntry podman;
        podman.name = u"podman-test"_s;
        podman.address = TestEngine::podmanHost();
        QVERIFY(registry.saveConnection(podman).has_value());

        Engine *main = registry.use(u"default"_s);
        QVERIFY(main);
        MainWindow first(main);
        EngineWindows windows(&registry);
        windows.adopt(u"default"_s, &first);
        first.show();
        QCOMPARE(first.windowTitle(), u"Cais — default"_s);
        EnginesPanel *panel = first.enginesPanel();
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Open the Podman engine from the first window's list, as a user would.
        panel->select(u"podman-test"_s);
        QToolButton *open = panel->findChild<QToolButton *>(u"engineOpen"_s);
        QVERIFY(open && open->isEnabled());
        open->click();
        MainWindow *second = windows.window(u"podman-test"_s);
        QVERIFY(second);
        QCOMPARE(second->windowTitle(), u"Cais — podman-test"_s);
        QVERIFY(second->engine() != first.engine());
        QTRY_COMPARE_WITH_TIMEOUT(second->engine()->state(), Engine::State::Connected, 30000);
        QVERIFY(second->engine()->info().podman);
        // Each window lists its own engine's images: the seeds are on the dockerd only.
        // A tagged seed: some seeds are intermediate images, which lists leave out.
        QString seed;
        const auto seeds = TestEngine::seeds();
        for (auto it = seeds.begin(); it != seeds.end(); ++it)
            if (it.value().contains(u"cais-test/shell:1"_s))
                seed = it.key();
        QVERIFY(!seed.isEmpty());
        auto listed = [](MainWindow *w, const QString &id) {
            for (int r = 0; r < w->imagesModel()->rowCount(); ++r)
                if (w->imagesModel()->index(r, 0).data(ImagesModel::IdRole).toString() == id)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(listed(&first, seed), 30000);
        QSignalSpy listedPodman(second->imagesModel(), &ImagesModel::refreshed);
        second->imagesModel()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!listedPodman.isEmpty(), 30000);
        QCOMPARE(listedPodman.first().first().toString(), QString());
        QVERIFY(!listed(second, seed));
        // The first window's list shows both in use; opening again brings the same window.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(*panel->model(), u"podman-test"_s), EngineRow::State::Connected, 10000);
        panel->select(u"podman-test"_s);
        open->click();
        QCOMPARE(windows.window(u"podman-test"_s), second);
        QVERIFY(!second->enginesPanel()->findChild<QToolButton *>(u"engineOpen"_s)->isEnabled()); // its own engine is selected
        // Renamed while its window is open: opening it under the new name brings that
        // window, not a second one on the same engine.
        podman.name = u"podman-renamed"_s;
        QVERIFY(registry.saveConnection(podman, u"podman-test"_s).has_value());
        QCOMPARE(registry.engine(u"podman-renamed"_s), second->engine());
        panel->select(u"podman-renamed"_s);
        open->click();
        QCOMPARE(windows.window(u"podman-renamed"_s), second);
        QVERIFY(!windows.window(u"podman-test"_s));
        // The list of all engines on the first window opens a Podman container in that window.
        Q_EMIT first.containersPage()->fleetOpenRequested(u"podman-renamed"_s, u"0123456789ab"_s);
        QCOMPARE(windows.window(u"podman-renamed"_s), second);
        QCOMPARE(second->containersPage()->isVisibleTo(second), true);
        second->close(); // deletes itself
        QTRY_VERIFY(!windows.window(u"podman-renamed"_s));
        QCOMPARE(first.engine()->state(), Engine::State::Connected);
    }

    void addedThroughTheDialogThenWrittenAsAContext()
    {
        EngineRegistry registry(options(), m_dir.filePath(u"dialog.ini"_s));
        QWidget parent;
        EnginesPanel panel(&registry, u"default"_s, &parent);
        ConnectionDialog dialog(&registry, nullptr);
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // Checked as it is typed: a name in use, then an address the CLI would refuse.
        dialog.nameEdit()->setText(u"default"_s);
        dialog.addressEdit()->setText(bareHost());
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"already named"_s));
        dialog.nameEdit()->setText(u"spare-ctx"_s);
        dialog.addressEdit()->setText(u"ssh://me:secret@host"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.problemLabel()->text().contains(u"password"_s));
        dialog.addressEdit()->setText(bareHost());
        QVERIFY2(save->isEnabled(), qPrintable(dialog.problemLabel()->text()));
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(registry.entry(u"spare-ctx"_s));
        QCOMPARE(registry.entry(u"spare-ctx"_s)->origin, EngineEntry::Origin::Cais);

        // Test, from the panel: connects and says what answered.
        panel.select(u"spare-ctx"_s);
        panel.findChild<QToolButton *>(u"engineTest"_s)->click();
        QLabel *message = panel.findChild<QLabel *>(u"enginesMessage"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(u"answers: Docker 26"_s), qPrintable(message->text()), 30000);

        // Saved as a docker context: the CLI lists it and reaches the engine through it.
        QToolButton *asContext = panel.findChild<QToolButton *>(u"engineContext"_s);
        QVERIFY(asContext->isEnabled());
        asContext->click();
        QVERIFY2(message->text().contains(u"docker --context spare-ctx"_s), qPrintable(message->text()));
        QCOMPARE(registry.entry(u"spare-ctx"_s)->origin, EngineEntry::Origin::Context);
        QVERIFY(registry.engine(u"spare-ctx"_s)); // still in use, not reconnected
        bool ok = false;
        const QByteArray inspect = cli({u"context"_s, u"inspect"_s, u"spare-ctx"_s}, &ok);
        QVERIFY(ok);
        const QJsonObject ctx = QJsonDocument::fromJson(inspect).array().first().toObject();
        QCOMPARE(ctx.value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject().value(u"Host"_s).toString(), bareHost());
        const QByteArray version = cli({u"--context"_s, u"spare-ctx"_s, u"version"_s, u"--format"_s, u"{{.Server.Version}}"_s}, &ok);
        QVERIFY(ok);
        QVERIFY(version.startsWith("26."));
        // A context is the CLI's to change: Cais does not edit or remove it.
        panel.select(u"spare-ctx"_s);
        QVERIFY(!panel.findChild<QToolButton *>(u"engineRemove"_s)->isEnabled());
        QVERIFY(!panel.findChild<QToolButton *>(u"engineEdit"_s)->isEnabled());
        QVERIFY(!registry.removeConnection(u"spare-ctx"_s));
    }

    void anEditedAddressMovesTheEngineInUse()
    {
        // A connection in use (its window holds the Engine) is edited to point at the
        // Podman service: the same Engine connects there at once, and what follows it
        // lists again; renamed, it is the same Engine under the new name.
        EngineRegistry registry(options(), m_dir.filePath(u"moving.ini"_s));
        EngineEntry e;
        e.name = u"moving"_s;
        e.address = bareHost();
        QVERIFY(registry.saveConnection(e).has_value());
        QString error;
        Engine *engine = registry.use(u"moving"_s, &error);
        QVERIFY2(engine, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), Engine::State::Connected, 20000);
        QVERIFY(!engine->info().podman);
        ImagesModel images;
        QAbstractItemModelTester tester(&images, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(&images, &ImagesModel::refreshed);
        images.setEngine(engine);
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= 1, 20000);
        QCOMPARE(images.rowCount(), 0); // the bare engine has no image

        e.address = TestEngine::podmanHost();
        QVERIFY(registry.saveConnection(e, u"moving"_s).has_value());
        QCOMPARE(registry.engine(u"moving"_s), engine);
        QTRY_VERIFY_WITH_TIMEOUT(engine->state() == Engine::State::Connected && engine->info().podman, 20000);
        QCOMPARE(engine->endpoint().toString(), Endpoint::parse(TestEngine::podmanHost()).value_or(Endpoint{}).toString());
        QTRY_VERIFY_WITH_TIMEOUT(images.rowCount() > 0, 20000); // Podman's images, the seed among them

        e.name = u"moved"_s;
        QVERIFY(registry.saveConnection(e, u"moving"_s).has_value());
        QCOMPARE(registry.engine(u"moved"_s), engine);
        QVERIFY(!registry.engine(u"moving"_s));
        QCOMPARE(engine->state(), Engine::State::Connected);
    }

    void theDefaultIsKept()
    {
        EngineRegistry registry(options(), m_dir.filePath(u"default.ini"_s));
        EnginesModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EngineEntry e;
        e.name = u"mine"_s;
        e.address = bareHost();
        QVERIFY(registry.saveConnection(e).has_value());
        registry.setDefaultName(u"mine"_s);
        QTRY_VERIFY(model.index(model.rowOfKey(u"mine"_s), 0).data(EnginesModel::DefaultRole).toBool());
        QCOMPARE(model.index(model.rowOfKey(u"mine"_s), 0).data().toString(), u"mine (default)"_s);
        EngineRegistry later(options(), m_dir.filePath(u"default.ini"_s));
        QCOMPARE(later.defaultName(), u"mine"_s);
        // Renamed, it stays the default; removed, there is none.
        e.name = u"mine-renamed"_s;
        QVERIFY(registry.saveConnection(e, u"mine"_s).has_value());
        QCOMPARE(registry.defaultName(), u"mine-renamed"_s);
        QVERIFY(!registry.entry(u"mine"_s));
        QVERIFY(registry.removeConnection(u"mine-renamed"_s).has_value());
        QCOMPARE(EngineRegistry(options(), m_dir.filePath(u"default.ini"_s)).defaultName(), QString());
    }
};

QTEST_MAIN(TestEngines)
#include "tst_engines.moc"
