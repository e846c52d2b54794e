// BuildKit builds on the fixture's Docker engine through BuildOperation with
// Builder::BuildKit (`docker buildx build --progress=rawjson`, the engine's
// DOCKER_HOST): steps mapped to Dockerfile lines, tags, a rebuild from the cache, a
// failing RUN on its line, a target stage with build args, cancel, and detection
// of the plugin. The engine runs with --bridge=none, so builds use network "none".
// What ends up in each image is checked by running it (no network). Also: the classic
// builder passes BuildOptions::network as `networkmode`.
#include "buildapi.h"
#include "buildkit.h"
#include "engine.h"
#include "buildtesthelpers.h"
#include "testengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace BuildTest;

namespace {

// Processes whose command line contains `needle` (reads /proc; kills nothing).
QStringList processesWith(const QByteArray &needle)
{
    QStringList out;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool ok = false;
        pid.toInt(&ok);
        if (!ok || pid.toLongLong() == QCoreApplication::applicationPid())
            continue;
        QFile f(u"/proc/"_s + pid + u"/cmdline"_s);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            out << pid;
    }
    return out;
}

// Runs `image` (no network by default) and returns what it printed.
QByteArray runImage(const QString &image, const QStringList &command = {}, const QString &network = u"none"_s)
{
    return TestEngine::runImage(QStringList{u"--network"_s, network, image} + command);
}

} // namespace

class TestBuildKit : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_images;

    Engine &connected() { return TestEngine::connected(m_engine); }

    BuildResult build(BuildOptions options, QList<BuildEvent> *events = nullptr, QList<qint64> *context = nullptr)
    {
        BuildOperation op(&connected(), options);
        BuildResult result;
        bool done = false;
        int finishedCount = 0;
        connect(&op, &BuildOperation::events, this, [events](const QList<BuildEvent> &e) {
            if (events)
                events->append(e);
        });
        connect(&op, &BuildOperation::contextReady, this, [context](qint64 files, qint64 bytes) {
            if (context)
                *context = {files, bytes};
        });
        connect(&op, &BuildOperation::finished, this, [&](const BuildResult &r) {
            result = r;
            done = true;
            ++finishedCount;
        });
        op.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 180000); }();
        QTest::qWait(50);
        if (finishedCount != 1)
            QTest::qFail("finished() must come exactly once", __FILE__, __LINE__);
        for (const QString &t : std::as_const(options.tags))
            m_images << t;
        if (result.succeeded())
            m_images << result.imageId;
        return result;
    }

    static BuildOptions kit(const QString &dir)
    {
        BuildOptions o;
        o.contextDir = dir;
        o.builder = BuildOptions::Builder::BuildKit;
        o.network = u"none"_s;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        connected();
    }

    void cleanupTestCase()
    {
        for (const QString &i : std::as_const(m_images))
            TestEngine::docker({u"rmi"_s, u"-f"_s, i});
    }

    void detectGivesTheVersion()
    {
        QString version, error;
        bool called = false;
        BuildKit::detect(this, [&](const QString &v, const QString &e) {
            version = v;
            error = e;
            called = true;
        });
        QVERIFY(!called); // asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The same version `docker buildx version` prints.
        const QString printed = QString::fromUtf8(dockerOut({u"buildx"_s, u"version"_s}));
        QVERIFY2(!version.isEmpty() && printed.contains(u' ' + version), qPrintable(version + u" / "_s + printed));
        QVERIFY(QRegularExpression(u"^\\d+\\.\\d+(\\.\\d+)?$"_s).match(version).hasMatch());
    }

    void multiStepBuildAndCachedRebuild()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"file.txt"_s), "from the context\n"));
        QVERIFY(writeFile(tmp.filePath(u"ignored.txt"_s), "not sent\n"));
        QVERIFY(writeFile(tmp.filePath(u".dockerignore"_s), "ignored.txt\n"));
        const QByteArray marker = unique(u"m"_s).toUtf8();
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "WORKDIR /app/" + marker + "\n"
                          "COPY . .\n"
                          "# a comment between instructions\n"
                          "RUN cat file.txt && \\\n"
                          "    echo " + marker + " > built.txt && echo to-stderr >&2\n"
                          "ENV GREETING=hello\n"
                          "CMD [\"cat\", \"built.txt\"]\n"));
        const QString repo = unique(u"cais-test/buildkit"_s);
        BuildOptions o = kit(tmp.path());
        o.tags = {repo + u":1"_s, repo + u":latest"_s};
        // A new WORKDIR each run: BuildKit takes one from its cache even with --no-cache.
        o.noCache = true;
        QList<BuildEvent> events;
        QList<qint64> context;
        const BuildResult r = build(o, &events, &context);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QVERIFY(r.imageId.startsWith(u"sha256:"_s));
        QCOMPARE(r.tags, o.tags);
        QCOMPARE(context, (QList<qint64>{3, r.contextBytes})); // Dockerfile, .dockerignore, file.txt
        QCOMPARE(r.contextFiles, 3);
        QCOMPARE(r.contextBytes, QFileInfo(tmp.filePath(u"Dockerfile"_s)).size() + 17 + 12);

        // Only instructions that touch the filesystem are BuildKit steps.
        QCOMPARE(lines(r), (QList<int>{1, 2, 3, 5}));
        using S = BuildStep::State;
        QCOMPARE(states(r), (QList<S>{S::Base, S::Built, S::Built, S::Built}));
        QCOMPARE(r.steps.at(3).text, u"RUN cat file.txt &&     echo "_s + QString::fromUtf8(marker) + u" > built.txt && echo to-stderr >&2"_s);
        for (const BuildStep &s : r.steps)
            QVERIFY2(s.finishedMs >= s.startedMs && s.startedMs > 0, qPrintable(s.text));
        // Sizes from the image history: COPY adds file.txt, .dockerignore and the Dockerfile.
        QVERIFY2(r.steps.at(2).size >= 17, qPrintable(QString::number(r.steps.at(2).size)));
        QVERIFY(r.steps.at(3).size > 0);
        QVERIFY(r.steps.at(0).size > 1'000'000); // the busybox base image
        QStringList links;
        for (const BuildLayerLink &l : r.layers)
            links << u"%1:%2%3"_s.arg(l.historyRow).arg(l.line).arg(l.fromBaseImage ? u"b"_s : QString());
        QVERIFY2(links.mid(0, 6) == (QStringList{u"0:8"_s, u"1:7"_s, u"2:5"_s, u"3:3"_s, u"4:2"_s, u"5:1b"_s}), qPrintable(links.join(u' ')));
        QCOMPARE(r.layers.size(), dockerOut({u"history"_s, u"-q"_s, r.imageId}).trimmed().split('\n').size());

        // The RUN's output belongs to it, stderr marked.
        QStringList runOutput;
        bool sawImageId = false;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.type == BuildEvent::Type::Output && e.step == 3 && !e.isMeta)
                runOutput << (e.isStderr ? u"!"_s : QString()) + e.text;
            sawImageId = sawImageId || (e.type == BuildEvent::Type::ImageId && e.text == r.imageId);
        }
        // BuildKit forwards stdout and stderr separately: their order is not kept.
        runOutput.sort();
        QCOMPARE(runOutput, (QStringList{u"!to-stderr"_s, u"from the context"_s}));
        QVERIFY(sawImageId);

        // Both tags name the image, and it holds what the Dockerfile made.
        for (const QString &tag : o.tags)
            QCOMPARE(QString::fromUtf8(dockerOut({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, tag}).trimmed()), r.imageId);
        QCOMPARE(runImage(repo + u":1"_s), marker + '\n');
        QCOMPARE(runImage(repo + u":1"_s, {u"sh"_s, u"-c"_s, u"echo $GREETING; pwd; ls"_s}),
                 "hello\n/app/" + marker + "\nDockerfile\nbuilt.txt\nfile.txt\n");

        // Again: every step from the cache, the same image.
        o.noCache = false;
        const BuildResult again = build(o);
        QVERIFY2(again.succeeded(), qPrintable(again.message + u" / "_s + again.engineMessage));
        QCOMPARE(lines(again), (QList<int>{1, 2, 3, 5}));
        QCOMPARE(states(again), (QList<S>{S::Base, S::Cached, S::Cached, S::Cached}));
        QCOMPARE(again.imageId, r.imageId);
        QCOMPARE(again.steps.at(3).size, r.steps.at(3).size);
    }

    void failingRunMapsToItsLine()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "RUN echo one \\\n"
                          "    two\n"
                          "# about to fail\n"
                          "ENV X=1\n"
                          "RUN echo failing now " + unique(u"f"_s).toUtf8() + " && exit 3\n"
                          "RUN echo never\n"));
        QList<BuildEvent> events;
        BuildOptions o = kit(tmp.path());
        o.tags = {unique(u"cais-test/bkfail"_s) + u":1"_s};
        const BuildResult r = build(o, &events);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.failedStep, 2);
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.steps.at(2).state, BuildStep::State::Failed);
        QCOMPARE(r.steps.at(2).line, 6);
        QCOMPARE(r.message, u"The command on line 6 failed with exit code 3."_s);
        QVERIFY2(r.engineMessage.contains(u"exit code: 3"_s), qPrintable(r.engineMessage));
        QVERIFY(r.imageId.isEmpty());
        bool sawOutput = false;
        int errors = 0;
        for (const BuildEvent &e : std::as_const(events)) {
            sawOutput = sawOutput || (e.type == BuildEvent::Type::Output && e.step == 2 && !e.isMeta && e.text.startsWith(u"failing now"_s));
            if (e.type == BuildEvent::Type::Error) {
                ++errors;
                QCOMPARE(e.step, 2);
            }
        }
        QVERIFY(sawOutput);
        QCOMPARE(errors, 1);
        QCOMPARE(dockerOut({u"images"_s, u"-q"_s, o.tags.first()}).trimmed(), QByteArray()); // no image, no tag
    }

    void missingBaseImageMapsToItsFrom()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nRUN echo hi\n\nFROM cais-test/not-on-this-engine:1\nRUN true\n"));
        const BuildResult r = build(kit(tmp.path()));
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 4);
        QVERIFY2(r.message.startsWith(u"The base image “cais-test/not-on-this-engine:1” is not on this engine"_s), qPrintable(r.message));
        QVERIFY2(r.engineMessage.contains(u"not-on-this-engine"_s), qPrintable(r.engineMessage));
    }

    void targetStageWithBuildArgs()
    {
        QTemporaryDir tmp;
        const QByteArray dir = unique(u"d"_s).toUtf8();
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "ARG BASE=cais-test/shell:1\n"
                          "FROM $BASE AS build\n"
                          "ARG WORD=default\n"
                          "WORKDIR /w/" + dir + "\n"
                          "RUN echo \"$WORD\" > /w/word.txt\n"
                          "FROM build AS test\n"
                          "RUN cat /w/word.txt\n"
                          "FROM cais-test/shell:1\n"
                          "COPY --from=build /w/word.txt /\n"
                          "RUN exit 9\n"));
        const QString tag = unique(u"cais-test/bktarget"_s) + u":1"_s;
        BuildOptions o = kit(tmp.path());
        o.tags = {tag};
        o.target = u"test"_s;
        o.buildArgs = {{u"WORD"_s, u"from-arg "_s + unique(u"w"_s)}};
        o.labels = {{u"cais.test"_s, u"yes"_s}};
        o.noCache = true;
        QList<BuildEvent> events;
        const BuildResult r = build(o, &events);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        // The last stage (RUN exit 9) is not built.
        QCOMPARE(lines(r), (QList<int>{2, 4, 5, 7}));
        using S = BuildStep::State;
        QCOMPARE(states(r), (QList<S>{S::Base, S::Built, S::Built, S::Built}));
        QCOMPARE(r.steps.at(3).stage, 2);
        QStringList out;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.type == BuildEvent::Type::Output && !e.isMeta)
                out << u"%1:%2"_s.arg(e.step).arg(e.text);
        }
        QCOMPARE(out, QStringList{u"3:"_s + o.buildArgs.first().second});
        QCOMPARE(runImage(tag, {u"cat"_s, u"/w/word.txt"_s}),
                 o.buildArgs.first().second.toUtf8() + '\n');
        QCOMPARE(dockerOut({u"image"_s, u"inspect"_s, u"-f"_s, u"{{index .Config.Labels \"cais.test\"}}"_s, tag}).trimmed(), QByteArray("yes"));
        // History rows: the RUN of "test", then "build"'s, then the base image's.
        QStringList links;
        for (const BuildLayerLink &l : r.layers)
            links << u"%1:%2%3"_s.arg(l.historyRow).arg(l.line).arg(l.fromBaseImage ? u"b"_s : QString());
        QVERIFY2(links.mid(0, 5) == (QStringList{u"0:7"_s, u"1:5"_s, u"2:4"_s, u"3:3"_s, u"4:2b"_s}), qPrintable(links.join(u' ')));
    }

    void cancelEndsTheProcess()
    {
        QTemporaryDir tmp;
        const QByteArray marker = unique(u"cancel"_s).toUtf8();
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nRUN echo started " + marker + " && sleep 120\n"));
        BuildOptions o = kit(tmp.path());
        o.tags = {QString::fromUtf8(marker) + u":1"_s};
        m_images << o.tags;
        BuildOperation op(&connected(), o);
        BuildResult result;
        bool done = false;
        bool running = false;
        connect(&op, &BuildOperation::events, this, [&](const QList<BuildEvent> &events) {
            for (const BuildEvent &e : events)
                running = running || (e.type == BuildEvent::Type::Output && e.text.startsWith(u"started "_s));
        });
        connect(&op, &BuildOperation::finished, this, [&](const BuildResult &r) {
            result = r;
            done = true;
        });
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(running, 120000);
        QVERIFY(!processesWith(marker + ":1").isEmpty()); // the buildx process, by its tag
        QVERIFY(op.isRunning());
        op.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(result.outcome, BuildResult::Outcome::Canceled);
        QCOMPARE(result.message, u"The build was canceled."_s);
        QVERIFY(!op.isRunning());
        QCOMPARE(processesWith(marker + ":1"), QStringList());
        // The engine stops the RUN too: its shell (whose command line has the marker) goes away.
        QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker), QStringList(), 60000);
        QCOMPARE(dockerOut({u"images"_s, u"-q"_s, o.tags.first()}).trimmed(), QByteArray());
    }

    void classicBuilderHonoursNetwork()
    {
        // "none" has only loopback; "host" what a container on the host network sees.
        const QString listing = u"ls /sys/class/net | sort | tr '\\n' ' '"_s;
        const QStringList hostInterfaces = QString::fromUtf8(runImage(u"cais-test/shell:1"_s, {u"sh"_s, u"-c"_s, listing}, u"host"_s))
                                               .split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(hostInterfaces.contains(u"lo"_s) && hostInterfaces.size() > 1, qPrintable(hostInterfaces.join(u' ')));
        for (const QString &network : {u"none"_s, u"host"_s}) {
            QTemporaryDir tmp;
            QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nRUN " + listing.toUtf8() + " && echo\n"));
            BuildOptions o;
            o.contextDir = tmp.path();
            o.network = network;
            o.noCache = true;
            QList<BuildEvent> events;
            const BuildResult r = build(o, &events);
            QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
            QString seen;
            for (const BuildEvent &e : std::as_const(events)) {
                if (e.type == BuildEvent::Type::Output && e.step == 1 && !e.isMeta)
                    seen += e.text;
            }
            const QStringList got = seen.split(u' ', Qt::SkipEmptyParts);
            if (network == u"none"_s) {
                QVERIFY2(got == QStringList{u"lo"_s}, qPrintable(network + u": "_s + seen));
                continue;
            }
            // Other tests add and remove bridges and veth pairs on the host meanwhile:
            // what the host had before and still has after must all be seen.
            const QStringList after = QString::fromUtf8(runImage(u"cais-test/shell:1"_s, {u"sh"_s, u"-c"_s, listing}, u"host"_s))
                                          .split(u' ', Qt::SkipEmptyParts);
            QStringList stable;
            for (const QString &i : hostInterfaces) {
                if (after.contains(i))
                    stable << i;
            }
            QVERIFY2(stable.contains(u"lo"_s) && stable.size() > 1, qPrintable(stable.join(u' ')));
            for (const QString &i : std::as_const(stable))
                QVERIFY2(got.contains(i), qPrintable(network + u": "_s + seen + u" / "_s + stable.join(u' ')));
        }
    }

    void podmanIsRefused()
    {
        BuildOptions o = kit(QDir::tempPath());
        const Result<Done> r = BuildOperation::validate(o, true);
        QVERIFY(!r);
        QVERIFY2(r.error().userMessage.contains(u"Podman"_s), qPrintable(r.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestBuildKit)
#include "tst_buildkit.moc"
