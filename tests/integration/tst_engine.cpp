// The engine client against the real dockerd the fixture started.
#include "containersapi.h"
#include "engine.h"
#include "imagesapi.h"
#include "networksapi.h"
#include "volumesapi.h"
#include "execsession.h"
#include "imagesmodel.h"
#include "streamdecoders.h"
#include "testengine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

using TestEngine::await;

QSet<QString> cliImageIds()
{
    QByteArray out;
    TestEngine::docker({QStringLiteral("images"), QStringLiteral("-a"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}, &out);
    QSet<QString> ids;
    for (const QByteArray &l : out.split('\n')) {
        if (!l.trimmed().isEmpty())
            ids.insert(QString::fromUtf8(l.trimmed()));
    }
    return ids;
}

QString imageId(const QString &ref)
{
    QByteArray out;
    TestEngine::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), ref}, &out);
    return QString::fromUtf8(out.trimmed());
}

QString unique(const QString &base)
{
    return base + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
}

} // namespace

class TestEngineIntegration : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connected(m_engine); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
    }

    void negotiatesWithDocker()
    {
        Engine &e = connected();
        const EngineInfo &i = e.info();
        QVERIFY(!i.podman);
        QCOMPARE(i.productName(), QStringLiteral("Docker"));
        // Docker 26 speaks 1.45, below Cais's ceiling: that is what must be used.
        QCOMPARE(i.engineApiVersion, QStringLiteral("1.45"));
        QCOMPARE(i.apiVersion, QStringLiteral("1.45"));
        QVERIFY2(i.version.startsWith(QLatin1String("26.")), qPrintable(i.version));
        QCOMPARE(i.osType, QStringLiteral("linux"));
        QVERIFY(!i.name.isEmpty());
        QVERIFY(i.images >= 4);
        QVERIFY(e.target(QStringLiteral("/images/json")).startsWith("/v1.45/images/json"));
    }

    void listImagesMatchesTheEngine()
    {
        Engine &e = connected();
        // Other tests build and remove images on the same engine meanwhile: compare
        // with a list the CLI saw unchanged before and after ours.
        Result<QList<ImageSummary>> r;
        QSet<QString> ours, before, after;
        for (int attempt = 0; attempt < 40; ++attempt) {
            before = cliImageIds();
            r = await(e.listImages(true));
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));
            after = cliImageIds();
            if (before == after)
                break;
            QTest::qWait(250);
        }
        QVERIFY2(before == after, "the engine's images never stood still for a listing");
        for (const ImageSummary &s : *r)
            ours.insert(s.id);
        QCOMPARE(ours, before);

        // Tags as the CLI sees them, on the right image.
        const QString shell = imageId(QStringLiteral("cais-test/shell:1"));
        const QString layers = imageId(QStringLiteral("cais-test/layers:1"));
        bool sawShell = false, sawLayers = false, sawDangling = false;
        for (const ImageSummary &s : *r) {
            if (s.id == shell) {
                sawShell = true;
                QCOMPARE(QSet<QString>(s.repoTags.begin(), s.repoTags.end()),
                         (QSet<QString>{QStringLiteral("cais-test/shell:1"), QStringLiteral("cais-test/shell:latest")}));
                QCOMPARE(s.labels.value(QStringLiteral("org.opencontainers.image.title")), QStringLiteral("cais test shell"));
                QVERIFY(s.size > 1'000'000); // busybox-static
            }
            if (s.id == layers) {
                sawLayers = true;
                QCOMPARE(QSet<QString>(s.repoTags.begin(), s.repoTags.end()),
                         (QSet<QString>{QStringLiteral("cais-test/layers:1"), QStringLiteral("cais-test/layers:two-tags")}));
            }
            if (s.isDangling() && !s.parentId.isEmpty())
                sawDangling = true;
            QVERIFY(s.created > 1'600'000'000);
        }
        QVERIFY(sawShell);
        QVERIFY(sawLayers);
        QVERIFY(sawDangling);
    }

    void theContainersListOfFourPagesGoesOutOnce()
    {
        // On connecting and after each event the Containers, Images, Volumes and
        // Networks pages each want the containers list: the engine answers one.
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-shared-list"));
        const QString volume = unique(QStringLiteral("cais-shared-vol"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--network"), QStringLiteral("none"),
                                    QStringLiteral("-v"), volume + QStringLiteral(":/data"), QStringLiteral("cais-test/shell:1"), QStringLiteral("true")}));
        auto cleanup = qScopeGuard([&] {
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
            TestEngine::docker({QStringLiteral("volume"), QStringLiteral("rm"), volume});
        });
        const quint64 before = e.requestsSent();
        auto fContainers = ContainersApi(&e).list(true);
        auto fImageUsers = ImagesApi::containers(e);
        auto fVolumeUsers = VolumesApi::users(e);
        auto fNetworkMembers = NetworksApi::members(e);
        QCOMPARE(e.requestsSent() - before, quint64(1));
        const auto containers = await(fContainers);
        const auto imageUsers = await(fImageUsers);
        const auto volumeUsers = await(fVolumeUsers);
        const auto networkMembers = await(fNetworkMembers);
        QVERIFY(containers && imageUsers && volumeUsers && networkMembers);
        QCOMPARE(e.requestsSent() - before, quint64(1));

        // One answer, read four ways: the same containers, ours among them.
        QSet<QString> ids, userIds;
        for (const ContainerSummary &c : *containers)
            ids.insert(c.id);
        for (const ImageUser &u : *imageUsers)
            userIds.insert(u.id);
        QCOMPARE(userIds, ids);
        QString ours;
        for (const ContainerSummary &c : *containers) {
            if (c.names.contains(name) || c.names.contains(QLatin1Char('/') + name))
                ours = c.id;
        }
        QVERIFY2(!ours.isEmpty(), "the container made for this test is not in the list");
        bool inVolume = false;
        for (const VolumeUser &u : volumeUsers->value(volume))
            inVolume = inVolume || u.containerId == ours;
        QVERIFY2(inVolume, "the volume's users do not name the container that mounts it");
        bool inNetwork = false;
        for (const QList<NetworkMember> &members : std::as_const(*networkMembers)) {
            for (const NetworkMember &m : members)
                inNetwork = inNetwork || m.containerId == ours;
        }
        QVERIFY2(inNetwork, "no network names the container");

        // Changed since (a container removed): the next list is asked anew.
        const quint64 beforeRemove = e.requestsSent();
        auto removed = await(ContainersApi(&e).remove(ours, true));
        QVERIFY(removed);
        const auto after = await(ContainersApi(&e).list(true));
        QVERIFY(after);
        QVERIFY(e.requestsSent() - beforeRemove >= 2);
        for (const ContainerSummary &c : *after)
            QVERIFY(c.id != ours);
    }

    void listFollowsTagAndUntag()
    {
        Engine &e = connected();
        // An image of this test's own: seeded images are shared by every test.
        const QString own = unique(QStringLiteral("cais-test/integration")) + QStringLiteral(":1");
        const QString shell = TestEngine::ownImage({own});
        QVERIFY(!shell.isEmpty());
        auto removeOwn = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), shell}); });
        const QString tag = unique(QStringLiteral("cais-test/integration")) + QStringLiteral(":tagged");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), own, tag}));
        auto r = await(e.listImages());
        QVERIFY(r.has_value());
        auto tagsOf = [](const QList<ImageSummary> &l, const QString &id) {
            for (const auto &s : l) {
                if (s.id == id)
                    return s.repoTags;
            }
            return QStringList();
        };
        QVERIFY(tagsOf(*r, shell).contains(tag));
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        r = await(e.listImages());
        QVERIFY(r.has_value());
        QVERIFY(!tagsOf(*r, shell).contains(tag));
        QVERIFY(tagsOf(*r, shell).contains(own));
    }

    void modelFollowsEngineEvents()
    {
        Engine &e = connected();
        ImagesModel model;
        model.setEngine(&e);
        const QString own = unique(QStringLiteral("cais-test/evented-own")) + QStringLiteral(":1");
        const QString shell = TestEngine::ownImage({own});
        QVERIFY(!shell.isEmpty());
        auto removeOwn = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), shell}); });
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOfId(shell) >= 0, 10000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QPersistentModelIndex idx(model.index(model.rowOfId(shell), 0));

        // Nobody calls refresh(): the engine's image events drive the model.
        const QString tag = unique(QStringLiteral("cais-test/evented")) + QStringLiteral(":1");
        QVERIFY(TestEngine::docker({QStringLiteral("tag"), own, tag}));
        QTRY_VERIFY_WITH_TIMEOUT(idx.data(ImagesModel::RepoTagsRole).toStringList().contains(tag), 10000);
        QVERIFY(TestEngine::docker({QStringLiteral("rmi"), tag}));
        QTRY_VERIFY_WITH_TIMEOUT(!idx.data(ImagesModel::RepoTagsRole).toStringList().contains(tag), 10000);
        QVERIFY(idx.isValid());
        QCOMPARE(resets.size(), 0);
    }

    void engineErrorsAreValues()
    {
        Engine &e = connected();
        Reply *r = e.get(QStringLiteral("/images/cais-no-such-image:1/json"));
        QSignalSpy failed(r, &Reply::failed);
        QSignalSpy finished(r, &Reply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(finished.size(), 0);
        const auto err = failed.at(0).at(0).value<EngineError>();
        QCOMPARE(err.httpStatus, 404);
        QCOMPARE(err.kind, EngineError::Kind::Http);
        QVERIFY2(err.engineMessage.contains(QLatin1String("No such image")), qPrintable(err.engineMessage));
        QVERIFY(err.userMessage.startsWith(QLatin1String("Not found")));
    }

    void execRoundTripOverHijackedConnection()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-int-exec"));
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sleep"), QStringLiteral("300")}));
        auto cleanup = qScopeGuard([&] { TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name}); });

        const QJsonObject create{{QStringLiteral("AttachStdin"), true}, {QStringLiteral("AttachStdout"), true},
                                 {QStringLiteral("AttachStderr"), true}, {QStringLiteral("Tty"), false},
                                 {QStringLiteral("Cmd"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                                                                    QStringLiteral("read x; echo got:$x; echo oops >&2; exit 3")}}};
        const auto created = TestEngine::wait(e.post(QStringLiteral("/containers/%1/exec").arg(name), {}, QJsonDocument(create).toJson(QJsonDocument::Compact)));
        QVERIFY2(created.ok, qPrintable(created.error.fullText()));
        QCOMPARE(created.status, 201);
        const QString execId = QJsonDocument::fromJson(created.body).object().value(QLatin1String("Id")).toString();
        QVERIFY(!execId.isEmpty());

        HttpRequest start;
        start.method = "POST";
        start.target = e.target(QStringLiteral("/exec/%1/start").arg(execId));
        start.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        start.body = R"({"Detach":false,"Tty":false})";
        start.upgrade = true;
        Reply *sr = e.send(start);
        std::unique_ptr<HijackedStream> stream;
        connect(sr, &Reply::upgraded, this, [&] { stream = sr->takeHijackedStream(); });
        QTRY_VERIFY_WITH_TIMEOUT(stream != nullptr, 10000);

        MultiplexDecoder mux;
        QByteArray out, err;
        bool closed = false;
        auto take = [&](const QByteArray &bytes) {
            for (const auto &f : mux.feed(bytes)) {
                if (f.stream == MultiplexDecoder::StreamType::Stdout)
                    out += f.payload;
                else if (f.stream == MultiplexDecoder::StreamType::Stderr)
                    err += f.payload;
            }
        };
        connect(stream.get(), &HijackedStream::received, this, take);
        connect(stream.get(), &HijackedStream::closed, this, [&] { closed = true; });
        take(stream->takeLeftover());
        stream->write("hello\n");
        stream->closeWrite();
        QTRY_VERIFY_WITH_TIMEOUT(closed, 15000);
        QCOMPARE(out, QByteArray("got:hello\n"));
        QCOMPARE(err, QByteArray("oops\n"));
        QVERIFY(!mux.isCorrupt());

        // The exit code, from the exec's inspect, once the engine has recorded it.
        int exitCode = -1;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const auto inspected = TestEngine::wait(e.get(QStringLiteral("/exec/%1/json").arg(execId)));
            if (!inspected.ok)
                return false;
            const QJsonObject o = QJsonDocument::fromJson(inspected.body).object();
            if (o.value(QLatin1String("Running")).toBool())
                return false;
            exitCode = o.value(QLatin1String("ExitCode")).toInt(-1);
            return true;
        }(), 10000);
        QCOMPARE(exitCode, 3);
    }

    // `docker exec` runs inside the container's filesystem, never on the machine that
    // runs the engine: a marker that only the image has is there, and the host's files
    // are not. (In a chroot'ed build root, exec once landed on the host's root.)
    void execIsConfinedToTheContainer()
    {
        Engine &e = connected();
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString image = unique(QStringLiteral("cais-test/exec-marker")) + QStringLiteral(":1");
        const QString imageId = TestEngine::ownImage({image}, QStringLiteral("cais-test/shell:1"),
                                                     QStringLiteral("RUN echo %1 > /cais-marker").arg(marker));
        QVERIFY(!imageId.isEmpty());
        const QString name = unique(QStringLiteral("cais-int-confined"));
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"),
                                    QStringLiteral("--name"), name, image, QStringLiteral("sleep"), QStringLiteral("300")}));
        auto cleanup = qScopeGuard([&] {
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), name});
            TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), imageId});
        });

        // Through Cais's own exec: what the terminal and the file browser use.
        auto run = [&](const QStringList &command) -> std::pair<int, QByteArray> {
            ExecSession session(&e, name);
            QByteArray out;
            int exitCode = -1;
            bool ended = false;
            connect(&session, &ExecSession::output, this, [&](const QByteArray &bytes, ExecSession::Channel) { out += bytes; });
            connect(&session, &ExecSession::ended, this, [&](int code) { exitCode = code; ended = true; });
            QString failure;
            connect(&session, &ExecSession::failed, this, [&](const EngineError &err) { failure = err.fullText(); });
            session.startExec(command, false);
            QDeadlineTimer deadline(20000);
            while (!ended && failure.isEmpty() && !deadline.hasExpired())
                QTest::qWait(5);
            if (!failure.isEmpty())
                return {-2, failure.toUtf8()};
            return {ended ? exitCode : -3, out};
        };
        const auto [markerCode, markerOut] = run({QStringLiteral("cat"), QStringLiteral("/cais-marker")});
        QVERIFY2(markerCode == 0, markerOut.constData());
        QCOMPARE(markerOut.trimmed(), marker.toUtf8());
        const auto [lsCode, listing] = run({QStringLiteral("ls"), QStringLiteral("/")});
        QVERIFY2(lsCode == 0, listing.constData());
        QStringList top = QString::fromUtf8(listing).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        top.sort();
        // The image's own folders, and what the runtime mounts: no usr, no home, no root.
        QCOMPARE(top, (QStringList{QStringLiteral("bin"), QStringLiteral("cais-marker"), QStringLiteral("dev"), QStringLiteral("etc"),
                                   QStringLiteral("proc"), QStringLiteral("sys")}));
        const auto [hostCode, hostOut] = run({QStringLiteral("cat"), QStringLiteral("/etc/debian_version")});
        QVERIFY2(hostCode != 0, hostOut.constData());

        // And the CLI agrees.
        QByteArray cli;
        QVERIFY(TestEngine::docker({QStringLiteral("exec"), name, QStringLiteral("cat"), QStringLiteral("/cais-marker")}, &cli));
        QCOMPARE(cli.trimmed(), marker.toUtf8());
    }

    void engineKilledMidRequestThenBack()
    {
        const QString dir = QStringLiteral("/tmp/cais-kill-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(TestEngine::startBareEngine(dir));
        auto cleanup = qScopeGuard([&] { TestEngine::stopEngine(dir); });
        Endpoint ep;
        ep.path = dir + QStringLiteral("/docker.sock");
        Engine e(ep);
        e.setReconnectInterval(300);
        e.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 20000);

        // A long request in flight: a stream that never ends by itself.
        HttpRequest r;
        r.target = e.target(QStringLiteral("/events"));
        r.stream = true;
        Reply *events = e.send(r);
        QSignalSpy head(events, &Reply::headReceived);
        QSignalSpy failed(events, &Reply::failed);
        QSignalSpy finished(events, &Reply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(head.size(), 1, 10000);

        QFile pidFile(dir + QStringLiteral("/dockerd.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt());
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid, SIGKILL), 0);

        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(finished.size(), 0);
        const auto err = failed.at(0).at(0).value<EngineError>();
        QCOMPARE(err.kind, EngineError::Kind::Closed);
        QVERIFY(err.userMessage.contains(ep.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Unreachable, 10000);
        QVERIFY(!e.lastError().userMessage.isEmpty());

        // The engine comes back: Cais reconnects by itself.
        QVERIFY(TestEngine::stopEngine(dir));
        QVERIFY(TestEngine::startBareEngine(dir));
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Connected, 30000);
        QCOMPARE(e.info().apiVersion, QStringLiteral("1.45"));
    }

    void unreachableEnginesSayWhy_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mention");
        QTest::newRow("missing socket") << int(EngineError::Kind::SocketMissing) << "No engine socket at";
        QTest::newRow("nobody listens") << int(EngineError::Kind::ConnectionRefused) << "Start";
    }
    void unreachableEnginesSayWhy()
    {
        QFETCH(int, kind);
        QFETCH(QString, mention);
        const QString dir = QDir::tempPath() + QStringLiteral("/cais-unreach-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(dir);
        auto cleanup = qScopeGuard([&] { QDir(dir).removeRecursively(); });
        Endpoint ep;
        ep.path = dir + QStringLiteral("/docker.sock");
        int fd = -1;
        if (EngineError::Kind(kind) == EngineError::Kind::ConnectionRefused) {
            // A socket that is bound but does not listen refuses connections.
            fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            const QByteArray p = QFile::encodeName(ep.path);
            memcpy(addr.sun_path, p.constData(), size_t(p.size()));
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        }
        auto closeFd = qScopeGuard([&] { if (fd >= 0) ::close(fd); });
        Engine e(ep);
        e.setReconnectInterval(0);
        e.connectToEngine();
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), Engine::State::Unreachable, 10000);
        QCOMPARE(int(e.lastError().kind), kind);
        QVERIFY2(e.lastError().userMessage.contains(mention), qPrintable(e.lastError().userMessage));
        QVERIFY(e.lastError().userMessage.contains(ep.path));
    }
};

QTEST_GUILESS_MAIN(TestEngineIntegration)
#include "tst_engine.moc"
