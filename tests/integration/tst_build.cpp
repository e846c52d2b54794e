// Builds real images on the fixture's Docker engine through BuildOperation (POST
// /build?version=1 with a streamed context): steps mapped to Dockerfile lines,
// cached/rebuilt flags, failures pointing at their line, build args, target
// stages, .dockerignore exceptions, a Dockerfile outside the context, a base image
// that cannot be pulled, cancel. What ends up in each image is checked with
// `docker run`.
#include "buildapi.h"
#include "engine.h"
#include "buildtesthelpers.h"
#include "testengine.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace BuildTest;

class TestBuild : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_images;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// Runs a build to its end; `events` receives what it streamed.
    BuildResult build(const BuildOptions &options, QList<BuildEvent> *events = nullptr, int timeoutMs = 120000)
    {
        return runBuild(&connected(), options, &m_images, events, timeoutMs);
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

    void multiStepBuildWithTags()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"file.txt"_s), "from the context\n"));
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "WORKDIR /app\n"
                          "COPY file.txt .\n"
                          "# a comment between instructions\n"
                          "RUN cat /app/file.txt && \\\n"
                          "    echo built > /app/built.txt\n"
                          "ENV GREETING=hello\n"
                          "CMD [\"cat\", \"/app/built.txt\"]\n"));
        const QString repo = unique(u"cais-test/build"_s);
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {repo + u":1"_s, repo + u":latest"_s};
        o.noCache = true;
        QList<BuildEvent> events;
        const BuildResult r = build(o, &events);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QVERIFY(r.imageId.startsWith(u"sha256:"_s));
        QCOMPARE(r.contextFiles, 2);
        QCOMPARE(r.contextBytes, QFileInfo(tmp.filePath(u"Dockerfile"_s)).size() + 17);
        QCOMPARE(r.dockerfilePath, QFileInfo(tmp.filePath(u"Dockerfile"_s)).absoluteFilePath());

        // Steps: the lines they come from, and what the engine did.
        QCOMPARE(lines(r), (QList<int>{1, 2, 3, 5, 7, 8}));
        using S = BuildStep::State;
        QCOMPARE(states(r), (QList<S>{S::Base, S::Built, S::Built, S::Built, S::Built, S::Built}));
        for (const BuildStep &s : r.steps) {
            QVERIFY2(s.layerId.size() == 12, qPrintable(s.text));
            QVERIFY(s.finishedMs >= s.startedMs && s.startedMs > 0);
        }
        // Layer sizes from the image history: COPY adds the 17 bytes of file.txt.
        QCOMPARE(r.steps.at(2).size, 17);
        QVERIFY(r.steps.at(3).size > 0);
        QCOMPARE(r.steps.at(4).size, 0);
        QVERIFY(r.steps.at(0).size > 1'000'000); // the busybox base image
        // History rows link back to their lines; the base image's rows to the FROM.
        QStringList links;
        for (const BuildLayerLink &l : r.layers)
            links << u"%1:%2%3"_s.arg(l.historyRow).arg(l.line).arg(l.fromBaseImage ? u"b"_s : QString());
        QVERIFY2(links.mid(0, 6) == (QStringList{u"0:8"_s, u"1:7"_s, u"2:5"_s, u"3:3"_s, u"4:2"_s, u"5:1b"_s}), qPrintable(links.join(u' ')));
        QCOMPARE(r.layers.size(), dockerOut({u"history"_s, u"-q"_s, r.imageId}).trimmed().split('\n').size());

        // The RUN step's output belongs to it.
        QStringList runOutput;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.type == BuildEvent::Type::Output && e.step == 3 && !e.isMeta)
                runOutput << e.text;
        }
        QCOMPARE(runOutput, QStringList{u"from the context"_s});

        // Both tags name the image, and it holds what the Dockerfile made.
        const QString id = QString::fromUtf8(dockerOut({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, repo + u":1"_s}).trimmed());
        QCOMPARE(id, r.imageId);
        QCOMPARE(QString::fromUtf8(dockerOut({u"image"_s, u"inspect"_s, u"-f"_s, u"{{.Id}}"_s, repo + u":latest"_s}).trimmed()), r.imageId);
        QCOMPARE(TestEngine::runImage({repo + u":1"_s}), QByteArray("built\n"));
        QCOMPARE(TestEngine::runImage({repo + u":1"_s, u"sh"_s, u"-c"_s, u"echo $GREETING; pwd"_s}), QByteArray("hello\n/app\n"));
    }

    void failingStepMapsToItsLine()
    {
        QTemporaryDir tmp;
        // Line 6 fails; a continued instruction and comments come before it. It waits
        // a moment before failing: containerd can drop the last output of a process
        // that exits right after writing it (containerd/containerd#770; a repeat run
        // met it here once), and this test checks that output reaches its step.
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "RUN echo one \\\n"
                          "    two\n"
                          "# about to fail\n"
                          "\n"
                          "RUN echo failing now && sleep 1 && exit 3\n"
                          "RUN echo never\n"));
        QList<BuildEvent> events;
        BuildOptions o;
        o.contextDir = tmp.path();
        const BuildResult r = build(o, &events);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.failedStep, 2);
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(r.steps.at(2).state, BuildStep::State::Failed);
        QCOMPARE(r.steps.at(2).line, 6);
        QCOMPARE(r.message, u"The command on line 6 failed with exit code 3."_s);
        QVERIFY2(r.engineMessage.contains(u"returned a non-zero code: 3"_s), qPrintable(r.engineMessage));
        QVERIFY(r.imageId.isEmpty());
        bool sawOutput = false, sawError = false;
        for (const BuildEvent &e : std::as_const(events)) {
            sawOutput = sawOutput || (e.type == BuildEvent::Type::Output && e.step == 2 && e.text == u"failing now"_s);
            sawError = sawError || (e.type == BuildEvent::Type::Error && e.step == 2);
        }
        if (!sawOutput || !sawError) {
            for (const BuildEvent &e : std::as_const(events))
                qInfo() << "event" << int(e.type) << "step" << e.step << e.text;
        }
        QVERIFY(sawOutput);
        QVERIFY(sawError);
    }

    void cachedRebuildAfterEditingALateInstruction()
    {
        QTemporaryDir tmp;
        const QByteArray marker = unique(u"cache"_s).toUtf8();
        const QByteArray head = "FROM cais-test/shell:1\n"
                                "RUN echo " + marker + " > /marker\n"
                                "RUN echo two > /two\n"
                                "ENV STAGE=test\n";
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), head + "RUN echo first > /late\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {unique(u"cais-test/cache"_s) + u":1"_s};
        const BuildResult first = build(o);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        using S = BuildStep::State;
        QCOMPARE(states(first), (QList<S>{S::Base, S::Built, S::Built, S::Built, S::Built}));

        // Same file again: everything from the cache.
        const BuildResult again = build(o);
        QVERIFY2(again.succeeded(), qPrintable(again.message));
        QCOMPARE(states(again), (QList<S>{S::Base, S::Cached, S::Cached, S::Cached, S::Cached}));
        QCOMPARE(again.imageId, first.imageId);

        // Edit the last instruction: the ones before stay cached, it is rebuilt.
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), head + "RUN echo second > /late\n"));
        const BuildResult edited = build(o);
        QVERIFY2(edited.succeeded(), qPrintable(edited.message));
        QCOMPARE(states(edited), (QList<S>{S::Base, S::Cached, S::Cached, S::Cached, S::Built}));
        QCOMPARE(lines(edited), (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(edited.imageId != first.imageId);
        // Cached steps keep the layer ids of the first build.
        for (int i = 1; i < 4; ++i)
            QCOMPARE(edited.steps.at(i).layerId, first.steps.at(i).layerId);
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"cat"_s, u"/late"_s}), QByteArray("second\n"));
    }

    void buildArgsAndLabels()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "ARG MESSAGE=default\n"
                          "ARG UNSET=fallback\n"
                          "RUN echo \"$MESSAGE\" > /message && echo \"$UNSET\" > /unset\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {unique(u"cais-test/args"_s) + u":1"_s};
        // Characters that mean something in a query string must arrive intact.
        o.buildArgs = {{u"MESSAGE"_s, u"hello & a=b+c %20 ünï"_s}};
        o.labels = {{u"org.example.team"_s, u"builders"_s}, {u"cais.test"_s, u"1+1 #2 100%"_s}};
        const BuildResult r = build(o);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"cat"_s, u"/message"_s}), u"hello & a=b+c %20 ünï\n"_s.toUtf8());
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"cat"_s, u"/unset"_s}), QByteArray("fallback\n"));
        QCOMPARE(dockerOut({u"image"_s, u"inspect"_s, u"-f"_s, u"{{index .Config.Labels \"org.example.team\"}} {{index .Config.Labels \"cais.test\"}}"_s,
                            o.tags.first()})
                     .trimmed(),
                 QByteArray("builders 1+1 #2 100%"));
        // The builder adds LABEL steps of its own (one per label): no line of the file.
        QCOMPARE(r.steps.size(), 4 + o.labels.size());
        for (qsizetype i = 4; i < r.steps.size(); ++i) {
            QCOMPARE(r.steps.at(i).keyword(), u"LABEL"_s);
            QCOMPARE(r.steps.at(i).line, 0);
            QCOMPARE(r.steps.at(i).instruction, -1);
        }
        QCOMPARE(lines(r).mid(0, 4), (QList<int>{1, 2, 3, 4}));
    }

    void targetStage()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "ARG BASE=cais-test/shell:1\n"
                          "FROM ${BASE} AS builder\n"
                          "RUN echo from-builder > /builder.txt\n"
                          "\n"
                          "FROM ${BASE} AS final\n"
                          "COPY --from=builder /builder.txt /copied.txt\n"
                          "RUN echo from-final > /final.txt\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {unique(u"cais-test/target"_s) + u":builder"_s};
        o.target = u"Builder"_s; // stage names are case-insensitive
        const BuildResult r = build(o);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QCOMPARE(lines(r), (QList<int>{1, 2, 3}));
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"sh"_s, u"-c"_s,
                            u"cat /builder.txt; test -e /final.txt && echo final; test -e /copied.txt && echo copied; true"_s}),
                 QByteArray("from-builder\n"));

        // The whole file: the last stage, with what it copied from the first.
        o.target.clear();
        o.tags = {unique(u"cais-test/target"_s) + u":final"_s};
        const BuildResult all = build(o);
        QVERIFY2(all.succeeded(), qPrintable(all.message));
        QCOMPARE(lines(all), (QList<int>{1, 2, 3, 5, 6, 7}));
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"sh"_s, u"-c"_s, u"cat /copied.txt /final.txt; test -e /builder.txt && echo builder; true"_s}),
                 QByteArray("from-builder\nfrom-final\n"));

        // A target the file does not have is refused before sending anything.
        o.target = u"nope"_s;
        const BuildResult none = build(o);
        QCOMPARE(none.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(none.message, u"There is no stage named “nope” in the Dockerfile. Stages are named with FROM image AS name."_s);
    }

    void dockerignoreWithExceptions()
    {
        QTemporaryDir tmp;
        const QString ctx = tmp.filePath(u"ctx"_s);
        QVERIFY(writeFile(ctx + u"/.dockerignore"_s,
                          "# logs at the top, except one (*.log does not reach into folders)\n"
                          "*.log\n"
                          "!keep.log\n"
                          "dir\n"
                          "!dir/keep\n"
                          "secret/\n"
                          "**/*.tmp\n"));
        QVERIFY(writeFile(ctx + u"/Dockerfile"_s, "FROM cais-test/shell:1\nCOPY . /ctx/\n"));
        for (const char *f : {"a.txt", "b.log", "keep.log", "dir/x.txt", "dir/keep/y.txt", "dir/keep/z.log", "secret/key.pem",
                              "sub/deep/c.tmp", "sub/deep/d.txt"})
            QVERIFY(writeFile(ctx + u"/"_s + QString::fromLatin1(f), QByteArray(f) + '\n'));
        BuildOptions o;
        o.contextDir = ctx;
        o.tags = {unique(u"cais-test/ignore"_s) + u":cais"_s};
        const BuildResult r = build(o);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));

        const QByteArray found = TestEngine::runImage({o.tags.first(), u"sh"_s, u"-c"_s, u"cd /ctx && find . | sort"_s});
        QCOMPARE(QString::fromUtf8(found).split(u'\n', Qt::SkipEmptyParts),
                 (QStringList{u"."_s, u"./.dockerignore"_s, u"./Dockerfile"_s, u"./a.txt"_s, u"./dir"_s, u"./dir/keep"_s,
                              u"./dir/keep/y.txt"_s, u"./dir/keep/z.log"_s, u"./keep.log"_s, u"./sub"_s, u"./sub/deep"_s, u"./sub/deep/d.txt"_s}));
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"cat"_s, u"/ctx/keep.log"_s, u"/ctx/dir/keep/y.txt"_s}),
                 QByteArray("keep.log\ndir/keep/y.txt\n"));

        // The docker CLI's classic builder makes the same image contents.
        const QString cliTag = unique(u"cais-test/ignore"_s) + u":cli"_s;
        m_images << cliTag;
        QVERIFY(TestEngine::docker({u"build"_s, u"-q"_s, u"-t"_s, cliTag, ctx}));
        QCOMPARE(TestEngine::runImage({cliTag, u"sh"_s, u"-c"_s, u"cd /ctx && find . | sort"_s}), found);
    }

    void dockerfileOutsideTheContext()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"ctx/x.txt"_s), "x in the context\n"));
        QVERIFY(writeFile(tmp.filePath(u"elsewhere/Dockerfile.ci"_s), "FROM cais-test/shell:1\nCOPY x.txt /x.txt\nRUN ls / > /listing\n"));
        BuildOptions o;
        o.contextDir = tmp.filePath(u"ctx"_s);
        o.dockerfile = tmp.filePath(u"elsewhere/Dockerfile.ci"_s);
        o.tags = {unique(u"cais-test/outside"_s) + u":1"_s};
        const BuildResult r = build(o);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QCOMPARE(lines(r), (QList<int>{1, 2, 3}));
        QCOMPARE(r.dockerfilePath, QFileInfo(o.dockerfile).absoluteFilePath());
        QCOMPARE(TestEngine::runImage({o.tags.first(), u"cat"_s, u"/x.txt"_s}), QByteArray("x in the context\n"));
    }

    void baseImageThatCannotBePulled()
    {
        // Docker Hub is out of reach here: the engine's pull fails, and the build with it.
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM alpine:3.20\nRUN echo never\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        const BuildResult r = build(o, nullptr, 90000);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 1);
        QCOMPARE(r.failedStep, 0);
        QVERIFY2(r.message.startsWith(u"The base image “alpine:3.20” is not on this engine"_s), qPrintable(r.message));
        QVERIFY2(r.message.contains(u"no registry can be reached"_s), qPrintable(r.message));
        QVERIFY(!r.engineMessage.isEmpty());
    }

    void dockerfileErrorsBeforeAnyStep()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nRUN echo hi\nFOO bar\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        const BuildResult r = build(o);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 3);
        QVERIFY2(r.message.startsWith(u"The Dockerfile has an error on line 3: unknown instruction: FOO"_s), qPrintable(r.message));
        QVERIFY(r.steps.isEmpty());

        // Nothing to build from.
        o.contextDir = tmp.filePath(u"missing"_s);
        const BuildResult missing = build(o);
        QCOMPARE(missing.outcome, BuildResult::Outcome::Failed);
        QVERIFY2(missing.message.contains(u"does not exist"_s), qPrintable(missing.message));

        o.contextDir = tmp.path();
        o.tags = {u"Not A Tag"_s};
        const BuildResult badTag = build(o);
        QCOMPARE(badTag.outcome, BuildResult::Outcome::Failed);
        QVERIFY2(badTag.message.startsWith(u"The tag “Not A Tag” is not valid"_s), qPrintable(badTag.message));
        m_images.removeAll(u"Not A Tag"_s);
    }

    void cancelStopsTheBuild()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nRUN echo " + unique(u"c"_s).toUtf8() + " && sleep 60\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        BuildOperation op(&connected(), o);
        BuildResult result;
        bool done = false;
        bool running = false;
        QString buildContainer;
        connect(&op, &BuildOperation::events, this, [&](const QList<BuildEvent> &events) {
            for (const BuildEvent &e : events) {
                if (e.type == BuildEvent::Type::Output && e.text.startsWith(u" ---> Running in"_s)) {
                    running = true;
                    buildContainer = e.text.mid(QStringLiteral(" ---> Running in").size()).trimmed();
                }
            }
        });
        connect(&op, &BuildOperation::finished, this, [&](const BuildResult &r) {
            result = r;
            done = true;
        });
        op.start();
        QTRY_VERIFY_WITH_TIMEOUT(running, 60000);
        op.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(result.outcome, BuildResult::Outcome::Canceled);
        // The engine stopped the RUN: its container stops running. (Other tests run
        // containers on the same engine at the same time: look at this one only.)
        QVERIFY(!buildContainer.isEmpty());
        // A plain loop on the wall clock: the engine kills the RUN container when it
        // sees the client go, which under a sanitizer build can take a while.
        QElapsedTimer waited;
        waited.start();
        QByteArray stillRunning;
        do {
            stillRunning = dockerOut({u"ps"_s, u"-q"_s, u"--filter"_s, u"id="_s + buildContainer}).trimmed();
            if (stillRunning.isEmpty())
                break;
            QTest::qWait(250);
        } while (waited.elapsed() < 60000);
        QVERIFY2(stillRunning.isEmpty(),
                 qPrintable(u"the RUN container %1 of the canceled build still runs after %2 ms"_s.arg(buildContainer).arg(waited.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestBuild)
#include "tst_build.moc"
