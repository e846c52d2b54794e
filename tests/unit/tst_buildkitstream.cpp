// Streams of `docker buildx build --progress=rawjson` (buildx 0.13.1, Docker 26.1)
// recorded in tests/data/build/, fed to BuildKitStreamParser whole and cut at every
// byte: steps with their numbers, Dockerfile lines and states, the programs' output
// per step, the failing step and its message, the steps model (under
// QAbstractItemModelTester), and BuildKit history rows linked back to lines.
#include "buildtesthelpers.h"
#include "buildapi.h"
#include "buildkit.h"
#include "buildstepsmodel.h"
#include "engine.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace BuildTest;

namespace {

QByteArray readData(const QString &name)
{
    return readTestData(QStringLiteral("build"), name);
}

// "[s2] 2/3 RUN L3 built: RUN echo ..." per step: stage, number, keyword, line, state, text.
QString describe(const BuildStep &s)
{
    const QString stage = s.stage > 0 ? u"[s%1] "_s.arg(s.stage) : QString();
    return u"%1%2/%3 L%4 %5: %6"_s.arg(stage).arg(s.number).arg(s.total).arg(s.line).arg(stateName(s.state), s.text);
}

QStringList describeSteps(const QList<BuildStep> &steps)
{
    QStringList out;
    for (const BuildStep &s : steps)
        out << describe(s);
    return out;
}

// Everything an event carries that the panel shows, one string per event.
QStringList describeEvents(const QList<BuildEvent> &events)
{
    QStringList out;
    for (const BuildEvent &e : events) {
        out << u"%1 %2 %3%4 %5 %6"_s.arg(int(e.type)).arg(e.step).arg(e.isStderr ? u"E"_s : u"-"_s, e.isMeta ? u"M"_s : u"-"_s)
                   .arg(e.timeMs)
                   .arg(e.text + (e.type == BuildEvent::Type::StepStarted || e.type == BuildEvent::Type::StepChanged ? u" | "_s + describe(e.info) : QString()));
    }
    return out;
}

// The program output (not engine lines) of each step: "step: line" ("!" = stderr).
QStringList programOutput(const QList<BuildEvent> &events)
{
    QStringList out;
    for (const BuildEvent &e : events) {
        if (e.type == BuildEvent::Type::Output && !e.isMeta)
            out << u"%1:%2%3"_s.arg(e.step).arg(e.isStderr ? u"!"_s : QString(), e.text);
    }
    return out;
}

struct Recording
{
    QString name;
    QString stream;
    QString dockerfile;
    QString target;
    QStringList steps;
    QStringList output;
    int failedStep = -1;
    QString message; ///< explainError()'s sentence for a failure
};

QList<Recording> recordings()
{
    const QString simple = u"buildkit-simple.Dockerfile"_s;
    return {
        {u"simple"_s, u"buildkit-simple.txt"_s, simple, {},
         {u"1/5 L1 base: FROM docker.io/cais-test/shell:1"_s, u"2/5 L2 built: WORKDIR /srv"_s, u"3/5 L3 built: COPY a.txt ."_s,
          u"4/5 L4 built: RUN echo hello-from-run && ls /srv"_s, u"5/5 L5 built: RUN echo second"_s},
         {u"3:hello-from-run"_s, u"3:a.txt"_s, u"4:second"_s}, -1, {}},
        {u"simple, all cached"_s, u"buildkit-simple-cached.txt"_s, simple, {},
         {u"1/5 L1 base: FROM docker.io/cais-test/shell:1"_s, u"2/5 L2 cached: WORKDIR /srv"_s, u"3/5 L3 cached: COPY a.txt ."_s,
          u"4/5 L4 cached: RUN echo hello-from-run && ls /srv"_s, u"5/5 L5 cached: RUN echo second"_s},
         {}, -1, {}},
        // Under load BuildKit may resolve a base from its metadata and never run its
        // vertex when every step after it is cached: it is still the base.
        {u"base announced, never ran"_s, u"buildkit-from-never-ran.txt"_s, simple, {},
         {u"2/5 L2 cached: WORKDIR /srv"_s, u"3/5 L3 cached: COPY a.txt ."_s, u"4/5 L4 cached: RUN echo hello-from-run && ls /srv"_s,
          u"5/5 L5 cached: RUN echo second"_s, u"1/5 L1 base: FROM docker.io/cais-test/shell:1"_s},
         {}, -1, {}},
        {u"no network bridge"_s, u"buildkit-network-error.txt"_s, simple, {},
         {u"1/5 L1 base: FROM docker.io/cais-test/shell:1"_s, u"2/5 L2 built: WORKDIR /srv"_s, u"3/5 L3 built: COPY a.txt ."_s,
          u"4/5 L4 failed: RUN echo hello-from-run && ls /srv"_s},
         {}, 3,
         u"The command on line 4 could not start: the engine has no network bridge. Choose the network “none” (or “host”) for the build."_s},
        {u"RUN exit 3"_s, u"buildkit-failed.txt"_s, u"buildkit-failed.Dockerfile"_s, {},
         {u"1/4 L1 base: FROM docker.io/cais-test/shell:1"_s, u"2/4 L2 built: RUN echo before"_s,
          u"3/4 L3 failed: RUN echo failing-now && exit 3"_s},
         {u"1:before"_s, u"2:failing-now"_s}, 2, u"The command on line 3 failed with exit code 3."_s},
        {u"multi-stage, FROM <stage>"_s, u"buildkit-multistage.txt"_s, u"buildkit-multistage.Dockerfile"_s, {},
         {u"[s1] 1/3 L1 base: FROM docker.io/cais-test/shell:1"_s, u"[s1] 2/3 L2 built: WORKDIR /w"_s,
          u"[s1] 3/3 L3 built: RUN echo built > out.txt && echo to-stderr >&2"_s, u"[s2] 1/1 L6 built: RUN echo mid > /mid.txt"_s,
          u"[s3] 2/3 L9 built: COPY --from=mid /w/out.txt /out.txt"_s, u"[s3] 3/3 L11 built: RUN cat /out.txt"_s},
         {u"2:!to-stderr"_s, u"5:built"_s}, -1, {}},
        {u"target stage"_s, u"buildkit-target.txt"_s, u"buildkit-stages.Dockerfile"_s, u"build"_s,
         {u"[s1] 1/3 L1 base: FROM docker.io/cais-test/shell:1"_s, u"[s1] 2/3 L2 built: WORKDIR /w"_s,
          u"[s1] 3/3 L3 built: RUN echo built > out.txt && echo to-stderr >&2"_s},
         {u"2:!to-stderr"_s}, -1, {}},
        {u"last stage"_s, u"buildkit-laststage.txt"_s, u"buildkit-stages.Dockerfile"_s, {},
         {u"[s3] 1/2 L7 base: FROM docker.io/cais-test/shell:1"_s, u"[s3] 2/2 L8 built: RUN echo extra"_s},
         {u"1:extra"_s}, -1, {}},
        {u"ARG before FROM, build args, label"_s, u"buildkit-args.txt"_s, u"buildkit-args.Dockerfile"_s, {},
         {u"1/2 L2 base: FROM docker.io/cais-test/shell:1"_s, u"2/2 L5 built: RUN echo \"hello\" > /g.txt"_s}, {}, -1, {}},
    };
}

struct Fed
{
    QList<BuildEvent> events;
    QList<BuildStep> steps;
    bool failed = false;
    int failedStep = -1;
    QString error;
};

Fed feedParts(const Recording &r, const QList<QByteArray> &parts, const Dockerfile *parsed = nullptr)
{
    BuildKitStreamParser p;
    p.setDockerfile(parsed ? *parsed : Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile))), r.target);
    Fed f;
    for (const QByteArray &part : parts)
        f.events += p.feed(part);
    f.events += p.finish();
    f.steps = p.steps();
    f.failed = p.hasFailed();
    f.failedStep = p.failedStep();
    f.error = p.errorMessage();
    return f;
}

// A `docker` in front of PATH that records how it was called (arguments, DOCKER_*
// variables) and acts like buildx: writes the iidfile, or says it has no buildx.
bool writeFakeDocker(const QString &dir, bool hasBuildx)
{
    QFile f(dir + u"/docker"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray script = "#!/bin/sh\n";
    if (!hasBuildx) {
        script += "echo \"docker: 'buildx' is not a docker command.\" >&2\nexit 1\n";
    } else {
        script += "if [ \"$2\" = version ]; then echo 'github.com/docker/buildx v0.99.2 0123abc'; exit 0; fi\n"
                  "printf '%s\\n' \"$@\" > '" + dir.toUtf8() + "/args'\n"
                  "env | grep -E '^(DOCKER_|BUILDX_)' | sort > '" + dir.toUtf8() + "/env'\n"
                  "prev=\n"
                  "for a in \"$@\"; do if [ \"$prev\" = --iidfile ]; then printf 'sha256:%064d\\n' 7 > \"$a\"; fi; prev=$a; done\n"
                  "exit 0\n";
    }
    return f.write(script) == script.size() && f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {u"(missing %1)"_s.arg(path)};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

BuildResult runBuild(const Endpoint &endpoint, const BuildOptions &options)
{
    Engine engine(endpoint);
    BuildOperation op(&engine, options);
    BuildResult result;
    bool done = false;
    QObject context;
    QObject::connect(&op, &BuildOperation::finished, &context, [&](const BuildResult &r) {
        result = r;
        done = true;
    });
    op.start();
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}

} // namespace

class TestBuildKitStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStreams_data()
    {
        QTest::addColumn<int>("which");
        const QList<Recording> all = recordings();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).name)) << i;
    }

    void recordedStreams()
    {
        QFETCH(int, which);
        const Recording r = recordings().at(which);
        const QByteArray body = readData(r.stream);

        const Fed whole = feedParts(r, {body});
        QCOMPARE(describeSteps(whole.steps), r.steps);
        QCOMPARE(programOutput(whole.events), r.output);
        QCOMPARE(whole.failed, r.failedStep >= 0);
        QCOMPARE(whole.failedStep, r.failedStep);
        for (const BuildStep &s : whole.steps) {
            QVERIFY2(s.isFinished() && s.startedMs > 1'700'000'000'000 && s.finishedMs >= s.startedMs, qPrintable(describe(s)));
            QVERIFY(s.instruction >= 0);
        }
        // StepStarted events come in step order, one per step.
        int started = 0;
        for (const BuildEvent &e : whole.events) {
            if (e.type == BuildEvent::Type::StepStarted)
                QCOMPARE(e.step, started++);
        }
        QCOMPARE(started, whole.steps.size());

        // Cut in two: the same events every time. At every byte of the first 4 KiB
        // (every kind of place: inside a string, an escape, between objects), then at
        // every 7th: each cut replays the whole stream, and every byte of a long
        // recording took minutes under AddressSanitizer. Feeding one byte at a time,
        // below, still splits the stream at every byte.
        const QStringList expected = describeEvents(whole.events);
        const Dockerfile dockerfile = Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile)));
        for (qsizetype cut = 0; cut <= body.size(); cut += cut < 4096 ? 1 : 7) {
            const Fed f = feedParts(r, {body.left(cut), body.mid(cut)}, &dockerfile);
            const QStringList got = describeEvents(f.events);
            if (got != expected) {
                QCOMPARE(got, expected);
                QFAIL(qPrintable(u"cut at byte %1"_s.arg(cut)));
            }
        }
        // One byte at a time.
        QList<QByteArray> bytes;
        for (char c : body)
            bytes << QByteArray(1, c);
        QCOMPARE(describeEvents(feedParts(r, bytes).events), expected);
    }

    void model_data() { recordedStreams_data(); }

    void model()
    {
        QFETCH(int, which);
        const Recording r = recordings().at(which);
        const Fed f = feedParts(r, {readData(r.stream)});
        BuildStepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rawTester(model.rawLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // In batches, as BuildOperation::events delivers them.
        for (qsizetype i = 0; i < f.events.size(); i += 7) {
            model.append(f.events.mid(i, 7));
            model.flush();
        }
        QCOMPARE(model.stepCount(), f.steps.size());
        QStringList steps;
        for (int i = 0; i < model.stepCount(); ++i) {
            const QModelIndex idx = model.indexOfStep(i);
            QCOMPARE(idx.data(BuildStepsModel::LineRole).toInt(), model.step(i).line);
            steps << describe(model.step(i));
        }
        QCOMPARE(steps, r.steps);
        QCOMPARE(model.failedStep(), r.failedStep);
        if (r.failedStep >= 0)
            QCOMPARE(model.indexOfStep(r.failedStep).siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Failed"_s);
    }

    void failures_data() { recordedStreams_data(); }

    void failures()
    {
        QFETCH(int, which);
        const Recording r = recordings().at(which);
        if (r.failedStep < 0)
            return; // only the failing recordings have something to say here
        BuildKitStreamParser p;
        p.setDockerfile(Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile))), r.target);
        QList<BuildEvent> events = p.feed(readData(r.stream));
        events += p.finish();
        int line = 0;
        const QString message = p.explainFailure(&line);
        QCOMPARE(message, r.message);
        QCOMPARE(line, p.steps().at(r.failedStep).line);
        QVERIFY2(p.errorMessage().startsWith(u"process \"/bin/sh -c "_s), qPrintable(p.errorMessage()));
        QVERIFY2(p.cliError().startsWith(u"failed to solve: process"_s), qPrintable(p.cliError()));
        // The CLI's report (the Dockerfile excerpt, the ERROR line) belongs to the failed step.
        QStringList report;
        int errors = 0;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.type == BuildEvent::Type::Output && e.step == r.failedStep && e.isMeta && e.isStderr)
                report << e.text;
            if (e.type == BuildEvent::Type::Error) {
                ++errors;
                QCOMPARE(e.step, r.failedStep);
                QCOMPARE(e.text, p.errorMessage());
            }
        }
        QCOMPARE(errors, 1);
        QVERIFY2(report.first().startsWith(u"Dockerfile:"_s), qPrintable(report.join(u'\n')));
        QVERIFY(report.contains(u"ERROR: "_s + p.cliError()));
        QCOMPARE(p.textLines(), report);
    }

    void failuresBeforeAnyStep_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        // The base image fails in "[internal] load metadata for ...": the report's
        // "Dockerfile:3" names the FROM.
        QTest::newRow("missing base image")
            << u"buildkit-missing-base.txt"_s << u"buildkit-missing-base.Dockerfile"_s
            << u"The base image “cais-test/does-not-exist:1” is not on this engine, and it could not be downloaded because no registry "
               "can be reached. Build or load the base image on this engine first, or use a base image it already has."_s
            << 3;
        QTest::newRow("parse error") << u"buildkit-parse-error.txt"_s << u"buildkit-parse-error.Dockerfile"_s
                                     << u"The Dockerfile has an error on line 3: unknown instruction: FOO (did you mean FROM?)"_s << 3;
    }

    void failuresBeforeAnyStep()
    {
        QFETCH(QString, stream);
        QFETCH(QString, dockerfile);
        QFETCH(QString, message);
        QFETCH(int, line);
        const QByteArray body = readData(stream);
        const Dockerfile df = Dockerfile::parse(QString::fromUtf8(readData(dockerfile)));
        QStringList expected;
        for (qsizetype cut = 0; cut <= body.size(); ++cut) {
            BuildKitStreamParser p;
            p.setDockerfile(df);
            QList<BuildEvent> events = p.feed(body.left(cut));
            events += p.feed(body.mid(cut));
            events += p.finish();
            const QStringList got = describeEvents(events);
            if (cut == 0) {
                expected = got;
                QVERIFY(p.hasFailed());
                QCOMPARE(p.failedStep(), -1);
                QCOMPARE(p.steps().size(), 0);
                QCOMPARE(p.reportLine(), line);
                int l = 0;
                QCOMPARE(p.explainFailure(&l), message);
                QCOMPARE(l, line);
                int errors = 0;
                for (const BuildEvent &e : std::as_const(events))
                    errors += e.type == BuildEvent::Type::Error ? 1 : 0;
                QCOMPARE(errors, 1);
            } else if (got != expected) {
                QCOMPARE(got, expected);
                QFAIL(qPrintable(u"cut at byte %1"_s.arg(cut)));
            }
        }
    }

    void cliErrorWithoutVertex()
    {
        // A Dockerfile the frontend rejects fails before any step.
        BuildKitStreamParser p;
        QList<BuildEvent> events = p.feed("{\n  \"vertexes\": [\n    {\n      \"digest\": \"sha256:1\",\n"
                                          "      \"name\": \"[internal] load build definition from Dockerfile\",\n"
                                          "      \"started\": \"2026-11-27T19:39:07.035939286Z\",\n"
                                          "      \"completed\": \"2026-11-27T19:39:07.035984213Z\"\n    }\n  ]\n}\n"
                                          "ERROR: failed to solve: dockerfile parse error on line 2: unknown instruction: FOO\n");
        events += p.finish();
        QVERIFY(p.hasFailed());
        QCOMPARE(p.failedStep(), -1);
        QCOMPARE(p.errorMessage(), u"failed to solve: dockerfile parse error on line 2: unknown instruction: FOO"_s);
        // Times come from the stream (RFC 3339, nanoseconds cut to milliseconds).
        const qint64 completed = QDateTime(QDate(2026, 11, 27), QTime(19, 39, 7, 35), QTimeZone::UTC).toMSecsSinceEpoch();
        QCOMPARE(describeEvents(events),
                 (QStringList{u"2 -1 -M %1 [internal] load build definition from Dockerfile"_s.arg(completed),
                              u"3 -1 E- 0 failed to solve: dockerfile parse error on line 2: unknown instruction: FOO"_s}));
        int line = 0;
        QCOMPARE(BuildOperation::explainError(p.errorMessage(), nullptr, &line),
                 u"The Dockerfile has an error on line 2: unknown instruction: FOO"_s);
        QCOMPARE(line, 2);
        QVERIFY(p.sawJson());
    }

    void logLinesAcrossObjects()
    {
        // Output arrives in chunks that cut lines; "\r" redraws keep the last state;
        // the rest of a line without newline comes out when its vertex completes.
        BuildKitStreamParser p;
        p.setDockerfile(Dockerfile::parse(u"FROM scratch\nRUN x\n"_s));
        auto vertex = [](const char *extra) -> QByteArray {
            return QByteArray("{\"vertexes\":[{\"digest\":\"sha256:r\",\"name\":\"[1/1] RUN x\",\"started\":\"2026-01-01T00:00:00Z\"")
                + extra + "}]}\n";
        };
        auto log = [](int stream, const QByteArray &data) -> QByteArray {
            return "{\"logs\":[{\"vertex\":\"sha256:r\",\"stream\":" + QByteArray::number(stream) + ",\"data\":\"" + data.toBase64()
                + "\",\"timestamp\":\"2026-01-01T00:00:01.5Z\"}]}\n";
        };
        QList<BuildEvent> events = p.feed(vertex("") + log(1, "one\ntw") + log(2, "err\n") + log(1, "o\n10%\r50%\r100%\nla")
                                          + vertex(",\"completed\":\"2026-01-01T00:00:03.25Z\""));
        events += p.finish();
        QCOMPARE(programOutput(events), (QStringList{u"0:one"_s, u"0:!err"_s, u"0:two"_s, u"0:100%"_s, u"0:la"_s}));
        QCOMPARE(p.steps().size(), 1);
        QCOMPARE(p.steps().at(0).line, 2);
        QCOMPARE(p.steps().at(0).state, BuildStep::State::Built);
        QCOMPARE(p.steps().at(0).durationMs(), 3250);
        QCOMPARE(p.steps().at(0).outputLines, 5);
    }

    void sharedFromVertexKeepsItsLine()
    {
        // Seen on CI: a concurrent build of another Dockerfile from the same base had
        // named the shared FROM vertex "[1/2] FROM ...", which this Dockerfile's
        // numbering (target "test", no prefix) read as its line 6, "FROM build".
        BuildKitStreamParser p;
        p.setDockerfile(Dockerfile::parse(u"ARG BASE=x/shell:1\nFROM $BASE AS build\nWORKDIR /w\nRUN echo a\n"
                                          "FROM build AS test\nRUN cat a\nFROM docker.io/x/other\nRUN exit 9\n"_s),
                        u"test"_s);
        auto vertex = [](const char *digest, const char *name) -> QByteArray {
            return QByteArray("{\"vertexes\":[{\"digest\":\"") + digest + "\",\"name\":\"" + name
                + "\",\"started\":\"2026-01-01T00:00:00Z\",\"completed\":\"2026-01-01T00:00:01Z\"}]}\n";
        };
        QList<BuildEvent> events = p.feed(vertex("sha256:f", "[1/2] FROM docker.io/x/shell:1@sha256:0123")
                                          + vertex("sha256:w", "[build 2/3] WORKDIR /w") + vertex("sha256:r", "[build 3/3] RUN echo a")
                                          + vertex("sha256:c", "[test 1/1] RUN cat a"));
        events += p.finish();
        QList<int> lines;
        for (const BuildStep &s : p.steps())
            lines << s.line;
        QCOMPARE(lines, (QList<int>{2, 3, 4, 6}));
        QCOMPARE(p.steps().at(0).stage, 1);

        // By the image it names when no stage's FROM is written with an argument.
        BuildKitStreamParser q;
        q.setDockerfile(Dockerfile::parse(u"FROM x/a:1 AS a\nRUN one\nFROM x/other AS b\nRUN two\n"_s), u"b"_s);
        q.feed(vertex("sha256:f", "[a 1/2] FROM docker.io/x/other:latest") + vertex("sha256:r", "[b 2/2] RUN two"));
        q.finish();
        QCOMPARE(q.steps().size(), 2);
        QCOMPARE(q.steps().at(0).line, 3);
        QCOMPARE(q.steps().at(0).stage, 2);
        QCOMPARE(q.steps().at(1).line, 4);

        // Seen in a repeated run: the shared vertex came named "[stage-2 1/3] FROM
        // x/shell:1" (another build's third stage), and this Dockerfile's third stage
        // is FROM the same image, but after the target: never built here. It is line 2's.
        BuildKitStreamParser r;
        r.setDockerfile(Dockerfile::parse(u"ARG BASE=x/shell:1\nFROM $BASE AS build\nWORKDIR /w\nRUN echo a\n"
                                          "FROM build AS test\nRUN cat a\nFROM x/shell:1\nRUN exit 9\n"_s),
                        u"test"_s);
        r.feed(vertex("sha256:f", "[stage-2 1/3] FROM docker.io/x/shell:1@sha256:0123") + vertex("sha256:w", "[build 2/3] WORKDIR /w")
               + vertex("sha256:r", "[build 3/3] RUN echo a") + vertex("sha256:c", "[test 1/1] RUN cat a"));
        r.finish();
        QList<int> rLines;
        for (const BuildStep &st : r.steps())
            rLines << st.line;
        QCOMPARE(rLines, (QList<int>{2, 3, 4, 6}));
        QCOMPARE(r.steps().at(0).stage, 1);
    }

    void buildKitStepMapping_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("line");

        const QString unnamed = u"FROM a\nRUN one\nENV X=1\nFROM b\nLABEL l=1\nCOPY x y\nADD z w\nUSER 1\nWORKDIR /w\nCMD c\n"_s;
        QTest::newRow("stage-0 FROM") << unnamed << u"stage-0"_s << 1 << 2 << QString() << 1;
        QTest::newRow("stage-0 RUN") << unnamed << u"stage-0"_s << 2 << 2 << QString() << 2;
        QTest::newRow("stage-1 COPY") << unnamed << u"stage-1"_s << 2 << 4 << QString() << 6;
        QTest::newRow("stage-1 ADD") << unnamed << u"stage-1"_s << 3 << 4 << QString() << 7;
        QTest::newRow("stage-1 WORKDIR") << unnamed << u"stage-1"_s << 4 << 4 << QString() << 9;
        QTest::newRow("beyond the stage") << unnamed << u"stage-1"_s << 5 << 4 << QString() << 0;
        QTest::newRow("unknown stage") << unnamed << u"stage-7"_s << 1 << 1 << QString() << 0;

        const QString named = u"ARG V=1\nFROM a AS Build\nRUN one\nFROM build AS next\nRUN two\nFROM scratch\nCOPY --from=next / /\n"_s;
        QTest::newRow("named, case-insensitive") << named << u"build"_s << 2 << 2 << QString() << 3;
        QTest::newRow("FROM <stage> is no vertex") << named << u"next"_s << 1 << 1 << QString() << 5;
        QTest::newRow("FROM scratch is no vertex") << named << u"stage-2"_s << 1 << 1 << QString() << 7;
        QTest::newRow("total decides") << named << u"next"_s << 2 << 2 << QString() << 5;
        QTest::newRow("no prefix: the last stage") << u"FROM a\nRUN x\nRUN y\n"_s << QString() << 3 << 3 << QString() << 3;
        QTest::newRow("no prefix: the target") << named << QString() << 2 << 2 << u"BUILD"_s << 3;
    }

    void buildKitStepMapping()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, stage);
        QFETCH(int, step);
        QFETCH(int, total);
        QFETCH(QString, target);
        QFETCH(int, line);
        const Dockerfile df = Dockerfile::parse(dockerfile);
        const int i = df.instructionForBuildKitStep(stage, step, total, target);
        QCOMPARE(i < 0 ? 0 : df.instructions().at(i).line, line);
    }

    void historyLinks()
    {
        // bkms2:1 built from buildkit-multistage.Dockerfile (the history of the
        // recorded build, as `docker image history` printed it): the final stage's
        // instructions, newest first, then the base image's rows.
        Recording r;
        for (const Recording &each : recordings()) {
            if (each.stream == u"buildkit-multistage.txt"_s)
                r = each;
        }
        QVERIFY(!r.dockerfile.isEmpty());
        const Dockerfile df = Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile)));
        QList<BuildStep> steps = feedParts(r, {readData(r.stream)}).steps;
        const QJsonArray rows = QJsonDocument::fromJson(readData(u"buildkit-multistage-history.json"_s)).array();
        QCOMPARE(rows.size(), 9);
        const QList<BuildLayerLink> links = BuildKitStreamParser::linkHistory(df, {}, steps, rows);
        QStringList got;
        for (const BuildLayerLink &l : links)
            got << u"%1:L%2 s%3 %4%5"_s.arg(l.historyRow).arg(l.line).arg(l.step).arg(l.size).arg(l.fromBaseImage ? u" base"_s : QString());
        // CMD (12), RUN (11, step 5), EXPOSE (10), COPY (9, step 4), ARG (8), then the
        // four rows of cais-test/shell:1, which the FROM on line 7 brings (no step of
        // its own: BuildKit ran that FROM once, for the first stage).
        QCOMPARE(got, (QStringList{u"0:L12 s-1 0"_s, u"1:L11 s5 0"_s, u"2:L10 s-1 0"_s, u"3:L9 s4 6"_s, u"4:L8 s-1 0"_s,
                                   u"5:L7 s-1 0 base"_s, u"6:L7 s-1 0 base"_s, u"7:L7 s-1 3250 base"_s, u"8:L7 s-1 2020000 base"_s}));
        QCOMPARE(steps.at(4).size, 6);
        QCOMPARE(steps.at(5).size, 0);
        QCOMPARE(steps.at(1).size, -1); // the first stage is not in the final image

        // The target "mid" continues into "build" through FROM build.
        QList<BuildStep> midSteps = steps;
        for (BuildStep &s : midSteps)
            s.size = -1;
        const QJsonArray midRows = QJsonDocument::fromJson(
            "[{\"Id\":\"sha256:6db7\",\"CreatedBy\":\"RUN /bin/sh -c echo mid > /mid.txt # buildkit\",\"Comment\":\"buildkit.dockerfile.v0\",\"Size\":4},"
            "{\"Id\":\"<missing>\",\"CreatedBy\":\"ENV A=b\",\"Comment\":\"buildkit.dockerfile.v0\",\"Size\":0},"
            "{\"Id\":\"<missing>\",\"CreatedBy\":\"RUN /bin/sh -c echo built > out.txt && echo to-stderr >&2 # buildkit\",\"Comment\":\"buildkit.dockerfile.v0\",\"Size\":6},"
            "{\"Id\":\"<missing>\",\"CreatedBy\":\"WORKDIR /w\",\"Comment\":\"buildkit.dockerfile.v0\",\"Size\":0},"
            "{\"Id\":\"<missing>\",\"CreatedBy\":\"/bin/busybox --install -s /bin\",\"Comment\":\"\",\"Size\":3250},"
            "{\"Id\":\"<missing>\",\"CreatedBy\":\"COPY busybox\",\"Comment\":\"\",\"Size\":2020000}]").array();
        got.clear();
        for (const BuildLayerLink &l : BuildKitStreamParser::linkHistory(df, u"mid"_s, midSteps, midRows))
            got << u"%1:L%2 s%3%4"_s.arg(l.historyRow).arg(l.line).arg(l.step).arg(l.fromBaseImage ? u" base"_s : QString());
        QCOMPARE(got, (QStringList{u"0:L6 s3"_s, u"1:L5 s-1"_s, u"2:L3 s2"_s, u"3:L2 s1"_s, u"4:L1 s0 base"_s, u"5:L1 s0 base"_s}));
        QCOMPARE(midSteps.at(3).size, 4);
        QCOMPARE(midSteps.at(2).size, 6);
        QCOMPARE(midSteps.at(0).size, 2023250);
    }

    void versionParsing_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("debian") << u"github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3\n"_s << u"0.13.1"_s;
        QTest::newRow("upstream") << u"github.com/docker/buildx v0.29.1 a32761aeb3debd39be1eca514af3693af0db334b\n"_s << u"0.29.1"_s;
        QTest::newRow("not buildx") << u"docker: 'buildx' is not a docker command.\n"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void versionParsing()
    {
        QFETCH(QString, output);
        QFETCH(QString, version);
        QCOMPARE(BuildKit::parseVersion(output), version);
    }

    void fakeCli_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("unix socket") << false;
        QTest::newRow("tcp with tls") << true;
    }

    void fakeCli()
    {
        // The command line and environment BuildOperation gives `docker buildx build`.
        QFETCH(bool, tls);
        QTemporaryDir bin;
        QTemporaryDir ctx;
        QVERIFY(writeFakeDocker(bin.path(), true));
        QFile df(ctx.filePath(u"Build.Dockerfile"_s));
        QVERIFY(df.open(QIODevice::WriteOnly) && df.write("FROM cais-test/shell:1\nRUN true\n") > 0);
        df.close();
        const QByteArray oldPath = qgetenv("PATH");
        const auto restore = qScopeGuard([&] {
            qputenv("PATH", oldPath);
            qunsetenv("DOCKER_CONTEXT");
            qunsetenv("BUILDX_BUILDER");
        });
        qputenv("PATH", QByteArray(bin.path().toUtf8() + ":/usr/bin:/bin"));
        qputenv("DOCKER_CONTEXT", "elsewhere"); // must not win over the engine's endpoint
        qputenv("BUILDX_BUILDER", "other");

        Endpoint ep;
        QStringList env;
        if (tls) {
            // Nothing listens on the discard port of loopback: the history read fails fast.
            ep.transport = Endpoint::Transport::Tls;
            ep.host = u"127.0.0.1"_s;
            ep.port = 9;
            ep.caFile = u"/certs/ca.pem"_s;
            ep.certFile = u"/certs/cert.pem"_s;
            ep.keyFile = u"/certs/key.pem"_s;
            env = {u"DOCKER_CERT_PATH=/certs"_s, u"DOCKER_CLI_HINTS=false"_s, u"DOCKER_HOST=tcp://127.0.0.1:9"_s, u"DOCKER_TLS=1"_s,
                   u"DOCKER_TLS_VERIFY=1"_s};
        } else {
            ep.transport = Endpoint::Transport::Unix;
            ep.path = bin.filePath(u"no-engine.sock"_s);
            env = {u"DOCKER_CLI_HINTS=false"_s, u"DOCKER_HOST=unix://"_s + ep.path};
        }
        BuildOptions o;
        o.contextDir = ctx.path();
        o.dockerfile = u"Build.Dockerfile"_s;
        o.builder = BuildOptions::Builder::BuildKit;
        o.tags = {u"a/b:1"_s, u" a/b:latest "_s};
        o.buildArgs = {{u"X"_s, u"1 2"_s}, {u"EMPTY"_s, QString()}};
        o.labels = {{u"l"_s, u"v=w"_s}};
        o.target = u"stage"_s;
        o.noCache = true;
        o.pull = true;
        o.network = u"none"_s;
        // The target must exist in the Dockerfile: it has none, so the build stops first.
        BuildResult r = runBuild(ep, o);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QVERIFY2(r.message.contains(u"“stage”"_s), qPrintable(r.message));
        QVERIFY(!QFile::exists(bin.filePath(u"args"_s)));

        o.target.clear();
        r = runBuild(ep, o);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QCOMPARE(r.imageId, u"sha256:"_s + QString(63, u'0') + u'7');
        QCOMPARE(r.tags, o.tags);
        QStringList args = readLines(bin.filePath(u"args"_s));
        QVERIFY(args.size() > 5);
        QCOMPARE(args.at(4).startsWith(u"/"_s), true); // the iidfile, in a temporary folder
        args[4] = u"IID"_s;
        QCOMPARE(args, (QStringList{u"buildx"_s, u"build"_s, u"--progress=rawjson"_s, u"--iidfile"_s, u"IID"_s, u"-f"_s,
                                    QFileInfo(ctx.filePath(u"Build.Dockerfile"_s)).absoluteFilePath(), u"-t"_s, u"a/b:1"_s, u"-t"_s,
                                    u"a/b:latest"_s, u"--build-arg"_s, u"X=1 2"_s, u"--build-arg"_s, u"EMPTY="_s, u"--label"_s, u"l=v=w"_s,
                                    u"--no-cache"_s, u"--pull"_s, u"--network"_s, u"none"_s, QDir(ctx.path()).absolutePath()}));
        QCOMPARE(readLines(bin.filePath(u"env"_s)), env);
    }

    void missingPlugin()
    {
        QTemporaryDir bin;
        QTemporaryDir ctx;
        QVERIFY(writeFakeDocker(bin.path(), false));
        QFile df(ctx.filePath(u"Dockerfile"_s));
        QVERIFY(df.open(QIODevice::WriteOnly) && df.write("FROM cais-test/shell:1\n") > 0);
        df.close();
        const QByteArray oldPath = qgetenv("PATH");
        const auto restore = qScopeGuard([&] { qputenv("PATH", oldPath); });
        qputenv("PATH", QByteArray(bin.path().toUtf8() + ":/usr/bin:/bin"));

        QString version, error;
        bool called = false;
        BuildKit::detect(this, [&](const QString &v, const QString &e) {
            version = v;
            error = e;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(version, QString());
        QCOMPARE(error, BuildKit::missingMessage());
        QVERIFY(error.contains(u"docker-buildx"_s) && error.contains(u"classic builder"_s));

        Endpoint ep;
        ep.path = bin.filePath(u"no-engine.sock"_s);
        BuildOptions o;
        o.contextDir = ctx.path();
        o.builder = BuildOptions::Builder::BuildKit;
        const BuildResult r = runBuild(ep, o);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.message, BuildKit::missingMessage());
        QVERIFY2(r.engineMessage.contains(u"is not a docker command"_s), qPrintable(r.engineMessage));

        // No docker at all.
        qputenv("PATH", bin.filePath(u"nothing-here"_s).toUtf8());
        const BuildResult none = runBuild(ep, o);
        QCOMPARE(none.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(none.message, BuildKit::missingMessage());
        called = false;
        BuildKit::detect(this, [&](const QString &v, const QString &e) {
            version = v;
            error = e;
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(error, BuildKit::missingMessage());
    }

    void detectVersionFromTheCli()
    {
        QTemporaryDir bin;
        QVERIFY(writeFakeDocker(bin.path(), true));
        const QByteArray oldPath = qgetenv("PATH");
        const auto restore = qScopeGuard([&] { qputenv("PATH", oldPath); });
        qputenv("PATH", QByteArray(bin.path().toUtf8() + ":/usr/bin:/bin"));
        QString version, error = u"unset"_s;
        bool called = false;
        BuildKit::detect(this, [&](const QString &v, const QString &e) {
            version = v;
            error = e;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(version, u"0.99.2"_s);
        QCOMPARE(error, QString());
    }

    void podmanRefusesBuildKit()
    {
        BuildOptions o;
        o.contextDir = QStringLiteral(CAIS_TEST_DATA_DIR);
        o.builder = BuildOptions::Builder::BuildKit;
        QVERIFY(BuildOperation::validate(o, false).has_value());
        const Result<Done> r = BuildOperation::validate(o, true);
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().userMessage.contains(u"classic builder"_s), qPrintable(r.error().userMessage));
        o.builder = BuildOptions::Builder::Classic;
        QVERIFY(BuildOperation::validate(o, true).has_value());
    }
};

QTEST_MAIN(TestBuildKitStream)
#include "tst_buildkitstream.moc"
