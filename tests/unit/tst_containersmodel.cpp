// ContainersModel (a tree grouped by Compose project, merged by id) and its proxy.
#include "containersmodel.h"
#include "containersproxymodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

using State = ContainerSummary::State;
using Health = ContainerSummary::Health;

QString hexId(int n)
{
    return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0'));
}

ContainerSummary ctr(int n, const QString &name, const QString &state = QStringLiteral("running"),
                     const QString &project = {}, qint64 created = 1'000'000)
{
    ContainerSummary c;
    c.id = hexId(n);
    c.names = {QLatin1Char('/') + name};
    c.image = QStringLiteral("cais-test/shell:1");
    c.command = QStringLiteral("sleep 300");
    c.created = created;
    c.state = state;
    c.status = state == QLatin1String("running") ? QStringLiteral("Up 5 minutes")
        : state == QLatin1String("exited")       ? QStringLiteral("Exited (0) 2 hours ago")
        : state == QLatin1String("paused")       ? QStringLiteral("Up 5 minutes (Paused)")
                                                 : QStringLiteral("Created");
    if (!project.isEmpty()) {
        c.labels.insert(QStringLiteral("com.docker.compose.project"), project);
        c.labels.insert(QStringLiteral("com.docker.compose.service"), name.section(QLatin1Char('-'), 1, 1));
    }
    return c;
}

/// The whole tree as text, one line per row: "project/name" or "name"; top level in model order.
QStringList tree(const QAbstractItemModel &m, const QModelIndex &parent = {}, const QString &prefix = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        const QString line = prefix + i.data().toString();
        out << line;
        out << tree(m, i, line + QLatin1Char('/'));
    }
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

class TestContainersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void decodesTheEnginesList()
    {
        // A reply recorded from Docker 26 (docker run/create/pause; a health check).
        QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/containers/list-docker26.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray a = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(a.size(), 4);
        QHash<QString, ContainerSummary> byName;
        for (const QJsonValue &v : a) {
            const ContainerSummary c = ContainerSummary::fromJson(v.toObject());
            byName.insert(c.name(), c);
        }
        const ContainerSummary web = byName.value(QStringLiteral("web-1"));
        QCOMPARE(web.stateKind(), State::Running);
        QCOMPARE(web.health(), Health::Healthy);
        QCOMPARE(web.composeProject(), QStringLiteral("shop"));
        QCOMPARE(web.composeService(), QStringLiteral("web"));
        QCOMPARE(web.command, QStringLiteral("sleep 300"));
        QCOMPARE(web.networkMode, QStringLiteral("bridge"));
        QCOMPARE(web.id.size(), 64);
        QCOMPARE(web.shortId(), web.id.left(12));
        const ContainerSummary exited = byName.value(QStringLiteral("exited"));
        QCOMPARE(exited.stateKind(), State::Exited);
        QCOMPARE(exited.exitCode(), std::optional<int>(3));
        QCOMPARE(exited.command, QStringLiteral("sh -c 'exit 3'"));
        QCOMPARE(byName.value(QStringLiteral("paused")).stateKind(), State::Paused);
        QCOMPARE(byName.value(QStringLiteral("paused")).health(), Health::None);
        QCOMPARE(byName.value(QStringLiteral("made")).stateKind(), State::Created);
        QCOMPARE(byName.value(QStringLiteral("made")).exitCode(), std::nullopt);
    }

    void statusParsing_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("health");
        QTest::addColumn<int>("healthKind");
        QTest::addColumn<int>("exitCode"); // -1000: none
        QTest::addColumn<int>("ageKind");
        QTest::addColumn<qint64>("ageSeconds");
        QTest::newRow("up") << "Up 5 minutes" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::Up) << qint64(300);
        QTest::newRow("up healthy") << "Up 2 hours (healthy)" << "" << int(Health::Healthy) << -1000 << int(StatusAge::Kind::Up) << qint64(7200);
        QTest::newRow("up unhealthy") << "Up About a minute (unhealthy)" << "" << int(Health::Unhealthy) << -1000 << int(StatusAge::Kind::Up) << qint64(60);
        QTest::newRow("starting") << "Up Less than a second (health: starting)" << "" << int(Health::Starting) << -1000 << int(StatusAge::Kind::Up) << qint64(0);
        QTest::newRow("1.52 health field") << "Up 3 days" << "unhealthy" << int(Health::Unhealthy) << -1000 << int(StatusAge::Kind::Up) << qint64(3 * 86400);
        QTest::newRow("paused") << "Up 3 seconds (Paused)" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::Up) << qint64(3);
        QTest::newRow("exited") << "Exited (137) 3 weeks ago" << "" << int(Health::None) << 137 << int(StatusAge::Kind::ExitedAgo) << qint64(21 * 86400);
        QTest::newRow("exited 1 second") << "Exited (0) 1 second ago" << "" << int(Health::None) << 0 << int(StatusAge::Kind::ExitedAgo) << qint64(1);
        QTest::newRow("restarting") << "Restarting (1) About an hour ago" << "" << int(Health::None) << 1 << int(StatusAge::Kind::RestartingAgo) << qint64(3600);
        QTest::newRow("created") << "Created" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::None) << qint64(0);
        QTest::newRow("removal") << "Removal In Progress" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::None) << qint64(0);
        QTest::newRow("years") << "Up 3 years" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::Up) << qint64(3 * 365 * 86400);
        QTest::newRow("garbage") << "Up and away" << "" << int(Health::None) << -1000 << int(StatusAge::Kind::None) << qint64(0);
    }
    void statusParsing()
    {
        QFETCH(QString, status);
        QFETCH(QString, health);
        QFETCH(int, healthKind);
        QFETCH(int, exitCode);
        QFETCH(int, ageKind);
        QFETCH(qint64, ageSeconds);
        ContainerSummary c;
        c.status = status;
        c.healthStatus = health;
        QCOMPARE(int(c.health()), healthKind);
        QCOMPARE(c.exitCode(), exitCode == -1000 ? std::nullopt : std::optional<int>(exitCode));
        const StatusAge age = parseStatusAge(status);
        QCOMPARE(int(age.kind), ageKind);
        QCOMPARE(age.seconds, ageSeconds);
    }

    void portsText_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << "[]" << "";
        QTest::newRow("exposed only") << R"([{"PrivatePort":80,"Type":"tcp"}])" << "80/tcp";
        QTest::newRow("published") << R"([{"IP":"127.0.0.1","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}])" << "127.0.0.1:8080->80/tcp";
        QTest::newRow("ipv6 in brackets") << R"([{"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"}])" << "[::]:8080->80/tcp";
        QTest::newRow("range collapses")
            << R"([{"IP":"0.0.0.0","PrivatePort":9001,"PublicPort":9001,"Type":"udp"},{"IP":"0.0.0.0","PrivatePort":9000,"PublicPort":9000,"Type":"udp"}])"
            << "0.0.0.0:9000-9001->9000-9001/udp";
        QTest::newRow("no collapse when host ports jump")
            << R"([{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},{"IP":"0.0.0.0","PrivatePort":81,"PublicPort":9090,"Type":"tcp"}])"
            << "0.0.0.0:8080->80/tcp, 0.0.0.0:9090->81/tcp";
        QTest::newRow("exposed range")
            << R"([{"PrivatePort":5001,"Type":"tcp"},{"PrivatePort":5000,"Type":"tcp"},{"PrivatePort":53,"Type":"udp"}])" << "5000-5001/tcp, 53/udp";
    }
    void portsText()
    {
        QFETCH(QString, json);
        QFETCH(QString, text);
        const QJsonObject o{{QStringLiteral("Ports"), QJsonDocument::fromJson(json.toUtf8()).array()}};
        QCOMPARE(ContainerSummary::fromJson(o).portsText(), text);
    }

    void texts_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("statusText");
        QTest::newRow("running") << "running" << "Up 5 minutes" << qint64(120) << "Running" << "Up 7 minutes";
        QTest::newRow("healthy") << "running" << "Up 59 seconds (healthy)" << qint64(1) << "Running (healthy)" << "Up About a minute (healthy)";
        QTest::newRow("starting") << "running" << "Up 2 seconds (health: starting)" << qint64(0) << "Running (health starting)" << "Up 2 seconds (health starting)";
        QTest::newRow("paused") << "paused" << "Up 3 seconds (Paused)" << qint64(0) << "Paused" << "Up 3 seconds (paused)";
        QTest::newRow("exited 3") << "exited" << "Exited (3) 2 hours ago" << qint64(1800) << "Exited (3)" << "Exited (3) 3 hours ago";
        QTest::newRow("exited days") << "exited" << "Exited (0) 47 hours ago" << qint64(3600) << "Exited (0)" << "Exited (0) 2 days ago";
        QTest::newRow("created") << "created" << "Created" << qint64(999) << "Created" << "Created";
        QTest::newRow("restarting") << "restarting" << "Restarting (1) 1 second ago" << qint64(0) << "Restarting" << "Restarting (1) 1 second ago";
        QTest::newRow("dead") << "dead" << "Dead" << qint64(0) << "Dead" << "Dead";
        QTest::newRow("podman stopped") << "stopped" << "Exited (0) About a minute ago" << qint64(0) << "Exited (0)" << "Exited (0) About a minute ago";
    }
    void texts()
    {
        QFETCH(QString, state);
        QFETCH(QString, status);
        QFETCH(qint64, elapsed);
        QFETCH(QString, stateText);
        QFETCH(QString, statusText);
        ContainerSummary c;
        c.state = state;
        c.status = status;
        QCOMPARE(ContainersModel::stateText(c), stateText);
        QCOMPARE(ContainersModel::statusText(c, 1000, 1000 + elapsed), statusText);
    }

    void humanDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "Less than a second";
        QTest::newRow("1") << qint64(1) << "1 second";
        QTest::newRow("59") << qint64(59) << "59 seconds";
        QTest::newRow("60") << qint64(60) << "About a minute";
        QTest::newRow("119") << qint64(119) << "About a minute";
        QTest::newRow("120") << qint64(120) << "2 minutes";
        QTest::newRow("59 min") << qint64(59 * 60) << "59 minutes";
        QTest::newRow("an hour") << qint64(3600) << "About an hour";
        QTest::newRow("1.6 h") << qint64(5800) << "2 hours";
        QTest::newRow("47 h") << qint64(47 * 3600) << "47 hours";
        QTest::newRow("13 days") << qint64(13 * 86400) << "13 days";
        QTest::newRow("3 weeks") << qint64(21 * 86400) << "3 weeks";
        QTest::newRow("5 months") << qint64(150 * 86400) << "5 months";
        QTest::newRow("2 years") << qint64(800 * 86400) << "2 years";
    }
    void humanDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ContainersModel::humanDuration(seconds), text);
        // What the engine writes, Cais reads back (the list re-ages it between fetches).
        if (seconds >= 60 && seconds < 3600)
            QCOMPARE(parseHumanDuration(text).value_or(-1) / 60, seconds < 120 ? 1 : seconds / 60);
    }

    void groupsByComposeProject()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers({ctr(1, QStringLiteral("shop-web-1"), QStringLiteral("running"), QStringLiteral("shop")),
                             ctr(2, QStringLiteral("loose")),
                             ctr(3, QStringLiteral("shop-db-1"), QStringLiteral("exited"), QStringLiteral("shop")),
                             ctr(4, QStringLiteral("blog-app-1"), QStringLiteral("running"), QStringLiteral("blog"))});
        QCOMPARE(sorted(tree(model)), sorted({QStringLiteral("shop"), QStringLiteral("shop/shop-web-1"), QStringLiteral("shop/shop-db-1"),
                                              QStringLiteral("loose"), QStringLiteral("blog"), QStringLiteral("blog/blog-app-1")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.containerCount(), 4);
        QCOMPARE(model.runningCount(), 3);

        const QModelIndex shop = model.indexOfProject(QStringLiteral("shop"));
        QVERIFY(shop.isValid());
        QCOMPARE(shop.data(ContainersModel::IsProjectRole).toBool(), true);
        QCOMPARE(shop.data(ContainersModel::IdRole).toString(), QString());
        QCOMPARE(model.index(shop.row(), ContainersModel::StateColumn).data().toString(), QStringLiteral("1 of 2 running"));
        QCOMPARE(model.index(shop.row(), ContainersModel::StatusColumn).data().toString(), QStringLiteral("2 containers"));
        QCOMPARE(sorted(shop.data(ContainersModel::ContainerIdsRole).toStringList()), sorted({hexId(1), hexId(3)}));
        QVERIFY(shop.data(ContainersModel::RunningRole).toBool());
        const QModelIndex blog = model.indexOfProject(QStringLiteral("blog"));
        QCOMPARE(model.index(blog.row(), ContainersModel::StateColumn).data().toString(), QStringLiteral("All 1 running"));

        const QModelIndex web = model.indexOfId(hexId(1));
        QCOMPARE(web.parent(), shop);
        QCOMPARE(model.container(web)->name(), QStringLiteral("shop-web-1"));
        QCOMPARE(model.index(web.row(), ContainersModel::ServiceColumn, shop).data().toString(), QStringLiteral("web"));
        QCOMPARE(web.data(ContainersModel::ProjectRole).toString(), QStringLiteral("shop"));
        QCOMPARE(model.container(shop), nullptr);
        QVERIFY(!model.indexOfId(hexId(2)).parent().isValid());
        QCOMPARE(model.headerData(ContainersModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    }

    void mergeKeepsRowsAndNeverResets()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto a = ctr(1, QStringLiteral("a"));
        auto b = ctr(2, QStringLiteral("shop-b-1"), QStringLiteral("running"), QStringLiteral("shop"));
        auto c = ctr(3, QStringLiteral("c"), QStringLiteral("exited"));
        model.setContainers({a, b, c});
        QCOMPARE(inserted.size(), 1); // one insertion for the whole first list
        QPersistentModelIndex pb(model.indexOfId(b.id, ContainersModel::StateColumn));
        QPersistentModelIndex pc(model.indexOfId(c.id, ContainersModel::NameColumn));
        QCOMPARE(pb.data().toString(), QStringLiteral("Running"));

        // The same list in another order: nothing at all happens.
        inserted.clear();
        model.setContainers({c, b, a});
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 0);

        // b is paused, a goes, d arrives: only those rows (and b's project) move.
        auto b2 = b;
        b2.state = QStringLiteral("paused");
        b2.status = QStringLiteral("Up 6 minutes (Paused)");
        auto d = ctr(4, QStringLiteral("d"));
        model.setContainers({d, c, b2});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 2); // b's row, and its project's summary
        QVERIFY(pb.isValid());
        QCOMPARE(pb.data().toString(), QStringLiteral("Paused"));
        QCOMPARE(pc.data().toString(), QStringLiteral("c"));
        QVERIFY(!model.indexOfId(a.id).isValid());

        // A targeted update touches only the ids it names.
        auto c2 = c;
        c2.state = QStringLiteral("running");
        c2.status = QStringLiteral("Up 1 second");
        changed.clear();
        model.updateContainers({c.id, d.id, hexId(99)}, {c2});
        QCOMPARE(pc.data(ContainersModel::RunningRole).toBool(), true);
        QVERIFY(!model.indexOfId(d.id).isValid()); // named, absent: gone
        QVERIFY(model.indexOfId(b.id).isValid());  // not named: untouched
        QCOMPARE(changed.size(), 1);
        // Entries outside the named ids are ignored, not inserted.
        model.updateContainers({hexId(50)}, {ctr(51, QStringLiteral("stray"))});
        QVERIFY(!model.indexOfId(hexId(51)).isValid());

        model.setContainers({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!pb.isValid());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
    }

    void groupingChanges()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        auto loose = ctr(1, QStringLiteral("loose"));
        model.setContainers({loose});

        // A first container of a project brings the project row, with the container in it.
        auto w1 = ctr(2, QStringLiteral("shop-web-1"), QStringLiteral("running"), QStringLiteral("shop"));
        inserted.clear();
        model.updateContainers({w1.id}, {w1});
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!inserted.at(0).at(0).value<QModelIndex>().isValid()); // at the top level
        QCOMPARE(model.indexOfId(w1.id).parent(), model.indexOfProject(QStringLiteral("shop")));
        QPersistentModelIndex project(model.indexOfProject(QStringLiteral("shop")));

        // A second one goes into the existing project row.
        auto w2 = ctr(3, QStringLiteral("shop-web-2"), QStringLiteral("running"), QStringLiteral("shop"));
        inserted.clear();
        model.updateContainers({w2.id}, {w2});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(project));
        QCOMPARE(model.rowCount(project), 2);

        // Removing one leaves the project; removing the last removes the project row
        // (one removal, not one per container).
        model.updateContainers({w1.id}, {});
        QVERIFY(project.isValid());
        QCOMPARE(model.rowCount(project), 1);
        removed.clear();
        model.updateContainers({w2.id}, {});
        QVERIFY(!project.isValid());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(tree(model), QStringList{QStringLiteral("loose")});

        // A container whose project changes (same id, other labels) moves.
        auto moved = loose;
        moved.labels.insert(QStringLiteral("com.docker.compose.project"), QStringLiteral("blog"));
        model.setContainers({moved});
        QCOMPARE(tree(model), (QStringList{QStringLiteral("blog"), QStringLiteral("blog/loose")}));
        model.setContainers({loose});
        QCOMPARE(tree(model), QStringList{QStringLiteral("loose")});
    }

    void bigMergeIsConsistent()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(42);
        auto make = [&](int n) {
            const int p = int(rng.bounded(12)); // 0..9: a project, 10..11: none
            return ctr(n, QStringLiteral("c%1").arg(n), rng.bounded(2) ? QStringLiteral("running") : QStringLiteral("exited"),
                       p < 10 ? QStringLiteral("p%1").arg(p) : QString(), n);
        };
        QList<ContainerSummary> current;
        for (int i = 0; i < 400; ++i)
            current << make(i);
        model.setContainers(current);
        int next = 400;
        for (int round = 0; round < 6; ++round) {
            QList<ContainerSummary> updated;
            for (const auto &c : std::as_const(current)) {
                const quint32 roll = rng.bounded(10);
                if (roll == 0)
                    continue; // removed
                auto copy = c;
                if (roll == 1)
                    copy.status = QStringLiteral("Up %1 minutes").arg(round + 2); // changed
                updated << copy;
            }
            for (int i = 0; i < 30; ++i)
                updated << make(next++);
            model.setContainers(updated);
            current = updated;
            QCOMPARE(model.containerCount(), current.size());
            for (const auto &c : std::as_const(current)) {
                const QModelIndex i = model.indexOfId(c.id);
                QVERIFY(i.isValid());
                QCOMPARE(*model.container(i), c);
                QCOMPARE(i.parent().data(ContainersModel::ProjectRole).toString(), c.composeProject());
                QCOMPARE(model.index(i.row(), 0, i.parent()), i);
            }
            // No project row is ever left empty.
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex top = model.index(r, 0);
                if (top.data(ContainersModel::IsProjectRole).toBool())
                    QVERIFY(model.rowCount(top) > 0);
            }
        }
    }

    void renameEventsWinOverStaleNames()
    {
        // Docker announces a rename before it drops the old name: a list made at once
        // can carry both, the old one first. The event says which one is gone.
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto c = ctr(1, QStringLiteral("old-name"));
        model.setContainers({c});
        EngineEvent e;
        e.type = QStringLiteral("container");
        e.action = QStringLiteral("rename");
        e.id = c.id;
        e.attributes = {{QStringLiteral("name"), QStringLiteral("new-name")}, {QStringLiteral("oldName"), QStringLiteral("/old-name")}};
        model.noteEvent(e);
        auto both = c;
        both.names = {QStringLiteral("/old-name"), QStringLiteral("/new-name")};
        model.updateContainers({c.id}, {both});
        QCOMPARE(model.indexOfId(c.id).data().toString(), QStringLiteral("new-name"));
        // Once the engine lists only the new name, nothing is rewritten any more.
        auto settled = c;
        settled.names = {QStringLiteral("/new-name")};
        model.setContainers({settled});
        QCOMPARE(model.indexOfId(c.id).data().toString(), QStringLiteral("new-name"));
        auto later = c;
        later.names = {QStringLiteral("/old-name"), QStringLiteral("/alias")}; // a name given back later is kept
        model.setContainers({later});
        QCOMPARE(model.indexOfId(c.id).data().toString(), QStringLiteral("old-name"));
    }

    void pendingActionShowsInState()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto a = ctr(1, QStringLiteral("a"));
        model.setContainers({a});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex state = model.indexOfId(a.id, ContainersModel::StateColumn);
        model.setPending(a.id, QStringLiteral("Stopping…"));
        QCOMPARE(state.data().toString(), QStringLiteral("Stopping…"));
        QCOMPARE(state.data(ContainersModel::PendingRole).toString(), QStringLiteral("Stopping…"));
        model.setPending(a.id, {});
        QCOMPARE(state.data().toString(), QStringLiteral("Running"));
        QCOMPARE(changed.size(), 2);
        model.setPending(hexId(77), QStringLiteral("x")); // unknown: ignored
    }

    void proxyFiltersAndSorts()
    {
        ContainersModel model;
        ContainersProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto web = ctr(1, QStringLiteral("shop-web-1"), QStringLiteral("running"), QStringLiteral("shop"), 300);
        auto db = ctr(2, QStringLiteral("shop-db-1"), QStringLiteral("exited"), QStringLiteral("shop"), 200);
        auto loose = ctr(3, QStringLiteral("loose"), QStringLiteral("exited"), {}, 1000);
        auto nine = ctr(4, QStringLiteral("nine"), QStringLiteral("running"), {}, 9);
        nine.labels.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        model.setContainers({web, db, loose, nine});
        QCOMPARE(sorted(tree(proxy)), sorted(tree(model)));

        // Created sorts on numbers (9 < 300 < 1000), not on text; a project takes its newest.
        proxy.sort(ContainersModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(tree(proxy), (QStringList{QStringLiteral("nine"), QStringLiteral("shop"), QStringLiteral("shop/shop-db-1"),
                                           QStringLiteral("shop/shop-web-1"), QStringLiteral("loose")}));
        // State: running before exited.
        proxy.sort(ContainersModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(tree(proxy).mid(0, 2), (QStringList{QStringLiteral("nine"), QStringLiteral("shop")}));
        QCOMPARE(tree(proxy).last(), QStringLiteral("loose"));
        proxy.sort(ContainersModel::NameColumn, Qt::AscendingOrder);

        proxy.setFilterText(QStringLiteral("WEB"));
        QCOMPARE(tree(proxy), (QStringList{QStringLiteral("shop"), QStringLiteral("shop/shop-web-1")}));
        proxy.setFilterText(QStringLiteral("tier=gold"));
        QCOMPARE(tree(proxy), QStringList{QStringLiteral("nine")});
        proxy.setFilterText(hexId(3).right(12)); // by id
        QCOMPARE(tree(proxy), QStringList{QStringLiteral("loose")});
        // The project's name finds all its containers; words may mix project and container.
        proxy.setFilterText(QStringLiteral("shop"));
        QCOMPARE(tree(proxy).size(), 3);
        proxy.setFilterText(QStringLiteral("shop db"));
        QCOMPARE(tree(proxy), (QStringList{QStringLiteral("shop"), QStringLiteral("shop/shop-db-1")}));
        proxy.setFilterText(QStringLiteral("nothing-like-this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterText({});

        // Running only: stopped containers go, and a project with none running too.
        proxy.setRunningOnly(true);
        QCOMPARE(tree(proxy), (QStringList{QStringLiteral("nine"), QStringLiteral("shop"), QStringLiteral("shop/shop-web-1")}));
        auto webStopped = web;
        webStopped.state = QStringLiteral("exited");
        webStopped.status = QStringLiteral("Exited (0) 1 second ago");
        model.updateContainers({web.id}, {webStopped});
        QCOMPARE(tree(proxy), QStringList{QStringLiteral("nine")});
        // ...and back when one starts again, while filtered and sorted.
        model.updateContainers({db.id}, {ctr(2, QStringLiteral("shop-db-1"), QStringLiteral("running"), QStringLiteral("shop"), 200)});
        QCOMPARE(tree(proxy), (QStringList{QStringLiteral("nine"), QStringLiteral("shop"), QStringLiteral("shop/shop-db-1")}));
        proxy.setRunningOnly(false);
        QCOMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(TestContainersModel)
#include "tst_containersmodel.moc"
