// Build streams recorded from Docker 26 (classic builder) and Podman 5.4, cut at
// every byte into the parser and the steps model (under QAbstractItemModelTester):
// steps, their Dockerfile lines, cached/rebuilt flags, durations, the failing step,
// the raw log, the per-step line cap, and the history rows linked back to lines.
#include "buildtesthelpers.h"
#include "buildapi.h"
#include "buildrecords.h"
#include "buildstepsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace BuildTest;

namespace {

QByteArray readData(const QString &name)
{
    return readTestData(QStringLiteral("streams"), name);
}

// "3/8 FROM L4 base" per step: number, keyword, Dockerfile line, state.
QString describe(const BuildStep &s)
{
    const QString n = s.stage > 0 ? u"[%1/%2] %3/%4"_s.arg(s.stage).arg(s.stageCount).arg(s.number).arg(s.total)
                                  : u"%1/%2"_s.arg(s.number).arg(s.total);
    return u"%1 %2 L%3 %4"_s.arg(n, s.keyword()).arg(s.line).arg(stateName(s.state));
}

QStringList describeParser(const BuildStreamParser &p)
{
    QStringList out;
    for (const BuildStep &s : p.steps())
        out << describe(s);
    return out;
}

QStringList describeModel(const BuildStepsModel &m)
{
    QStringList out;
    for (int i = 0; i < m.stepCount(); ++i) {
        const QModelIndex idx = m.indexOfStep(i);
        const BuildStep &s = m.step(i);
        // The same through the item interface, as a view reads it.
        if (idx.data(BuildStepsModel::StateRole).toInt() != int(s.state) || idx.data(BuildStepsModel::LineRole).toInt() != s.line)
            return {u"model roles disagree with step %1"_s.arg(i)};
        out << describe(s);
    }
    return out;
}

struct Recording
{
    QString stream;
    QString dockerfile;
    QString target;
    QStringList steps;
    QString imageId;
    bool failed = false;
};

QList<Recording> recordings()
{
    return {
        {u"build-docker-multistage.jsonl"_s, u"build-multistage.Dockerfile"_s, {},
         {u"1/8 FROM L1 base"_s, u"2/8 RUN L2 built"_s, u"3/8 FROM L4 base"_s, u"4/8 ARG L5 built"_s, u"5/8 COPY L6 built"_s,
          u"6/8 RUN L7 built"_s, u"7/8 RUN L9 built"_s, u"8/8 CMD L10 built"_s},
         u"sha256:f4066fbb0a4d816cab3ccf21988fc8d8c11e8f73b9fed80526fdac0608dd5515"_s, false},
        {u"build-docker-multistage-cached.jsonl"_s, u"build-multistage.Dockerfile"_s, {},
         {u"1/9 FROM L1 base"_s, u"2/9 RUN L2 cached"_s, u"3/9 FROM L4 base"_s, u"4/9 ARG L5 cached"_s, u"5/9 COPY L6 cached"_s,
          u"6/9 RUN L7 built"_s, u"7/9 RUN L9 built"_s, u"8/9 CMD L10 built"_s, u"9/9 LABEL L0 built"_s},
         u"sha256:970e87e965b8245cc799cf761ccdde53eea03f9d3a033b20cd6bcb7ce2c7d91b"_s, false},
        {u"build-podman-multistage.jsonl"_s, u"build-multistage.Dockerfile"_s, {},
         {u"[1/2] 1/2 FROM L1 base"_s, u"[1/2] 2/2 RUN L2 built"_s, u"[2/2] 1/6 FROM L4 base"_s, u"[2/2] 2/6 ARG L5 built"_s,
          u"[2/2] 3/6 COPY L6 built"_s, u"[2/2] 4/6 RUN L7 built"_s, u"[2/2] 5/6 RUN L9 built"_s, u"[2/2] 6/6 CMD L10 built"_s},
         u"sha256:3045df0689dea2f9f2b048fcbb8ba4f52d13b7e16d01ee12c67a052c32cd45ab"_s, false},
        {u"build-podman-multistage-cached.jsonl"_s, u"build-multistage.Dockerfile"_s, {},
         {u"[1/2] 1/2 FROM L1 base"_s, u"[1/2] 2/2 RUN L2 cached"_s, u"[2/2] 1/6 FROM L4 base"_s, u"[2/2] 2/6 ARG L5 cached"_s,
          u"[2/2] 3/6 COPY L6 cached"_s, u"[2/2] 4/6 RUN L7 built"_s, u"[2/2] 5/6 RUN L9 built"_s, u"[2/2] 6/6 CMD L10 built"_s},
         u"sha256:a6c02624aca15db57de0e5cb180129d5409a27e27db8799658de6d344f3a97ab"_s, false},
        {u"build-failed.jsonl"_s, {}, {}, {u"1/2 FROM L0 base"_s, u"2/2 RUN L0 failed"_s}, {}, true},
        {u"build-podman-failed.jsonl"_s, u"build-podman-failed.Dockerfile"_s, {},
         {u"1/3 FROM L1 base"_s, u"2/3 RUN L2 built"_s, u"3/3 RUN L3 failed"_s}, {}, true},
        {u"build-docker-nobase.jsonl"_s, {}, {}, {u"1/2 FROM L0 failed"_s}, {}, true},
        {u"build.jsonl"_s, {}, {}, {u"1/5 FROM L0 base"_s, u"2/5 COPY L0 built"_s, u"3/5 RUN L0 built"_s, u"4/5 RUN L0 built"_s,
                                     u"5/5 LABEL L0 built"_s},
         u"sha256:bbac08d9b27d5aa6c7885236face0f5c3447a659879d648d141b055a51cae6c5"_s, false},
    };
}

// A parser + model pair fed the way BuildOperation and the panel feed them.
struct Harness
{
    explicit Harness(const Recording &r)
        : parser([this] { return clockMs; })
    {
        if (!r.dockerfile.isEmpty())
            parser.setDockerfile(Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile))), r.target);
        model.setClock([this] { return clockMs; });
        model.setMaxLinesPerStep(3);
        tester = std::make_unique<QAbstractItemModelTester>(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rawTester = std::make_unique<QAbstractItemModelTester>(model.rawLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void feed(const QByteArray &bytes)
    {
        model.append(parser.feed(bytes));
        model.flush();
    }
    void finish()
    {
        model.append(parser.finish());
        model.flush();
    }
    qint64 clockMs = 1'000'000;
    BuildStreamParser parser;
    BuildStepsModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QAbstractItemModelTester> rawTester;
};

// The lines of the `stream` texts, escape sequences removed: what the raw log must hold.
QStringList streamLines(const QByteArray &body)
{
    QString all;
    QStringList errors;
    for (const QByteArray &l : body.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        all += o.value(u"stream"_s).toString();
        if (o.contains(u"errorDetail"_s))
            errors << o.value(u"errorDetail"_s).toObject().value(u"message"_s).toString().trimmed();
    }
    static const QRegularExpression esc(u"\x1b\\[[0-9;]*m"_s);
    all.remove(esc);
    QStringList lines = all.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines + errors;
}

QStringList rawLines(const BuildLogModel &log)
{
    QStringList out;
    for (int i = 0; i < log.rowCount(); ++i)
        out << log.index(i).data().toString();
    return out;
}

} // namespace

class TestBuildSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedStreams_data()
    {
        QTest::addColumn<int>("which");
        const QList<Recording> all = recordings();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).stream)) << i;
    }

    void recordedStreams()
    {
        QFETCH(int, which);
        const Recording r = recordings().at(which);
        const QByteArray body = readData(r.stream);
        const QStringList expectedRaw = streamLines(body);

        // Whole, then cut in two at every byte: the same steps and lines every time.
        for (qsizetype cut = 0; cut <= body.size(); ++cut) {
            Harness h(r);
            h.feed(body.left(cut));
            h.feed(body.mid(cut));
            h.finish();
            const QStringList steps = describeParser(h.parser);
            if (steps != r.steps || describeModel(h.model) != r.steps) {
                QCOMPARE(steps, r.steps);
                QCOMPARE(describeModel(h.model), r.steps);
            }
            if (h.parser.imageId() != r.imageId || h.parser.hasFailed() != r.failed) {
                QCOMPARE(h.parser.imageId(), r.imageId);
                QCOMPARE(h.parser.hasFailed(), r.failed);
            }
            const QStringList raw = rawLines(*h.model.rawLog());
            if (raw != expectedRaw)
                QCOMPARE(raw, expectedRaw);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"cut at byte %1"_s.arg(cut)));
        }

        // One byte at a time.
        Harness h(r);
        for (char c : body)
            h.feed(QByteArray(1, c));
        h.finish();
        QCOMPARE(describeModel(h.model), r.steps);
        QCOMPARE(rawLines(*h.model.rawLog()), expectedRaw);
        QCOMPARE(h.model.failedStep(), r.failed ? h.model.stepCount() - 1 : -1);
    }

    void dockerOutputBelongsToItsStep()
    {
        Harness h(recordings().at(0));
        h.model.setMaxLinesPerStep(100);
        h.feed(readData(u"build-docker-multistage.jsonl"_s));
        h.finish();
        const QModelIndex run = h.model.indexOfStep(5);
        QCOMPARE(run.data().toString(), u"Step 6/8: RUN cat /file.txt &&     echo \"to stderr\" >&2"_s);
        QCOMPARE(h.model.rowCount(run), 4);
        QCOMPARE(h.model.index(0, 0, run).data().toString(), u" ---> Running in 38c9dbc7529d"_s);
        QCOMPARE(h.model.index(0, 0, run).data(BuildStepsModel::IsMetaRole).toBool(), true);
        QCOMPARE(h.model.index(1, 0, run).data().toString(), u"from the context"_s);
        QCOMPARE(h.model.index(1, 0, run).data(BuildStepsModel::IsStderrRole).toBool(), false);
        QCOMPARE(h.model.index(2, 0, run).data().toString(), u"to stderr"_s);
        QCOMPARE(h.model.index(2, 0, run).data(BuildStepsModel::IsStderrRole).toBool(), true);
        QCOMPARE(h.model.index(3, 0, run).data(BuildStepsModel::IsStderrRole).toBool(), false);
        QCOMPARE(h.parser.steps().at(5).layerId, u"f9f10be6523e"_s);
        QCOMPARE(h.parser.steps().at(5).outputLines, 4);
        QCOMPARE(h.parser.tags(), QStringList{u"cais-rec/multi:1"_s});
        QCOMPARE(run.siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Rebuilt"_s);
        QCOMPARE(h.model.indexOfStep(1).siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Rebuilt"_s);
        QCOMPARE(h.model.indexOfStep(0).siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Base image"_s);
    }

    void durations()
    {
        // One JSON line per second: a step lasts from its "Step" line to its id line.
        const Recording r = recordings().at(1);
        Harness h(r);
        const QList<QByteArray> lines = readData(r.stream).split('\n');
        QList<qint64> started, finished;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            h.clockMs = 1'000'000 + i * 1000;
            h.feed(lines.at(i) + '\n');
        }
        h.finish();
        // build-docker-multistage-cached.jsonl: the "Step 6/9" line of RUN cat ends with
        // the newline on line 20 (0-based), its id comes on line 25; the cached step 2
        // runs from line 4 to line 6.
        QCOMPARE(h.parser.steps().at(5).durationMs(), 5000);
        QCOMPARE(h.parser.steps().at(1).durationMs(), 2000);
        QCOMPARE(h.parser.steps().at(1).state, BuildStep::State::Cached);
        QCOMPARE(h.model.indexOfStep(5, BuildStepsModel::DurationColumn).data(BuildStepsModel::DurationRole).toLongLong(), 5000);
        QCOMPARE(h.model.indexOfStep(5, BuildStepsModel::DurationColumn).data().toString(), u"5.0 s"_s);
        QCOMPARE(BuildStepsModel::formatDuration(125'000), u"2 min 5 s"_s);
    }

    void runningStepDurationTicks()
    {
        Harness h(recordings().at(0));
        h.feed("{\"stream\":\"Step 1/2 : FROM a\\n\"}\n{\"stream\":\" ---> 0123456789ab\\n\"}\n"
               "{\"stream\":\"Step 2/2 : RUN sleep 5\\n\"}\n");
        QCOMPARE(h.model.step(1).state, BuildStep::State::Running);
        const QModelIndex d = h.model.indexOfStep(1, BuildStepsModel::DurationColumn);
        QCOMPARE(d.data(BuildStepsModel::DurationRole).toLongLong(), 0);
        h.clockMs += 2500;
        QCOMPARE(d.data(BuildStepsModel::DurationRole).toLongLong(), 2500);
        QCOMPARE(d.siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Running"_s);
    }

    void errorStep()
    {
        const Recording r = recordings().at(5); // Podman, RUN exit 3 on line 3
        Harness h(r);
        h.feed(readData(r.stream));
        h.finish();
        QVERIFY(h.parser.hasFailed());
        QCOMPARE(h.parser.failedStep(), 2);
        QCOMPARE(h.model.failedStep(), 2);
        QVERIFY(h.parser.errorMessage().contains(u"exit status 3"_s));
        int line = 0;
        const QString message = BuildOperation::explainError(h.parser.errorMessage(), &h.parser.steps().at(2), &line);
        QCOMPARE(line, 3);
        QCOMPARE(message, u"The command on line 3 failed with exit code 3."_s);
        // The error text is the last line of the failed step.
        const QModelIndex failed = h.model.indexOfStep(2);
        QCOMPARE(failed.siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Failed"_s);
        const int children = h.model.rowCount(failed);
        QVERIFY(h.model.index(children - 1, 0, failed).data().toString().startsWith(u"building at STEP"_s));
        QVERIFY(h.model.index(children - 1, 0, failed).data(BuildStepsModel::IsStderrRole).toBool());
    }

    void stderrColoursAreNoLines()
    {
        // The classic builder wraps stderr in ESC[91m ... ESC[0m; the reset after the
        // last newline is no line of its own, even when the build ends right there.
        Harness h(recordings().at(0));
        h.feed("{\"stream\":\"Step 1/1 : RUN x\\n\"}\n{\"stream\":\"out\\n\"}\n"
               "{\"stream\":\"\\u001b[91mboom\\nbang\\n\\u001b[0m\"}\n"
               "{\"errorDetail\":{\"code\":1,\"message\":\"failed\"},\"error\":\"failed\"}\n");
        h.finish();
        QCOMPARE(rawLines(*h.model.rawLog()), (QStringList{u"Step 1/1 : RUN x"_s, u"out"_s, u"boom"_s, u"bang"_s, u"failed"_s}));
        const QModelIndex step = h.model.indexOfStep(0);
        // The harness keeps 3 lines per step: "out" went under the hidden-lines row.
        QCOMPARE(h.model.rowCount(step), 4);
        QVERIFY(h.model.index(0, 0, step).data(BuildStepsModel::IsHiddenLinesRole).toBool());
        QCOMPARE(h.model.index(1, 0, step).data().toString(), u"boom"_s);
        QVERIFY(h.model.index(1, 0, step).data(BuildStepsModel::IsStderrRole).toBool());
        QVERIFY(h.model.index(2, 0, step).data(BuildStepsModel::IsStderrRole).toBool());
        QCOMPARE(h.model.index(3, 0, step).data().toString(), u"failed"_s);
        QVERIFY(h.model.index(3, 0, step).data(BuildStepsModel::IsStderrRole).toBool());
    }

    void decodeStreamLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast");
        QTest::newRow("plain") << QByteArray("{\"stream\":\"hello\\n\"}") << true;
        QTest::newRow("escapes") << QByteArray("{\"stream\":\"a\\tb \\\"q\\\" \\\\ \\/ \\r\\n\"}") << true;
        QTest::newRow("unicode") << QByteArray("{\"stream\":\"caf\\u00e9 \\u001b[91m x\\n\"}") << true;
        QTest::newRow("surrogates") << QByteArray("{\"stream\":\"\\ud83d\\ude00\"}") << true;
        QTest::newRow("raw utf-8") << QByteArray("{\"stream\":\"ünï\"}") << true;
        QTest::newRow("empty") << QByteArray("{\"stream\":\"\"}") << true;
        QTest::newRow("two keys") << QByteArray("{\"stream\":\"x\",\"aux\":\"y\"}") << false;
        QTest::newRow("spaces") << QByteArray("{\"stream\": \"x\"}") << false;
        QTest::newRow("not a string") << QByteArray("{\"stream\":1}") << false;
        QTest::newRow("aux") << QByteArray("{\"aux\":{\"ID\":\"sha256:1\"}}") << false;
        QTest::newRow("bad escape") << QByteArray("{\"stream\":\"\\x\"}") << false;
    }

    void decodeStreamLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        QString text;
        QCOMPARE(BuildStreamParser::decodeStreamLine(line, text), fast);
        if (fast) // the same as the JSON parser reads it
            QCOMPARE(text, QJsonDocument::fromJson(line).object().value(u"stream"_s).toString());
    }

    void explainError_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("stepText");
        QTest::addColumn<int>("stepLine");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("explained");

        QTest::newRow("docker exit code") << u"The command '/bin/sh -c exit 3' returned a non-zero code: 3"_s << u"RUN exit 3"_s << 7 << 7
                                          << u"The command on line 7 failed with exit code 3."_s;
        QTest::newRow("parse error names its line")
            << u"dockerfile parse error on line 3: unknown instruction: FOO (did you mean FROM?)"_s << QString() << 0 << 3
            << u"The Dockerfile has an error on line 3: unknown instruction: FOO (did you mean FROM?)"_s;
        QTest::newRow("no registry")
            << u"Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host"_s
            << u"FROM alpine:3.20"_s << 1 << 1
            << u"The base image “alpine:3.20” is not on this engine, and it could not be downloaded because no registry can be reached. "
               "Build or load the base image on this engine first, or use a base image it already has."_s;
        QTest::newRow("not in registry")
            << u"pull access denied for nosuchimage, repository does not exist or may require 'docker login'"_s << u"FROM nosuchimage AS x"_s
            << 2 << 2 << u"The base image “nosuchimage” is not on this engine, and the registry does not have it (or asks for a login). Check the image name and tag."_s;
        QTest::newRow("target") << u"target stage \"nope\" could not be found"_s << QString() << 0 << 0
                                << u"There is no stage named “nope” in the Dockerfile. Stages are named with FROM image AS name."_s;
        QTest::newRow("copy") << u"COPY failed: file not found in build context or excluded by .dockerignore: stat x: file does not exist"_s
                              << u"COPY x /x"_s << 4 << 4 << u"A file that line 4 copies is not in the build context, or .dockerignore excludes it."_s;
        QTest::newRow("other") << u"something odd"_s << u"USER nobody"_s << 5 << 5 << u"The build failed at line 5."_s;
    }

    void explainError()
    {
        QFETCH(QString, message);
        QFETCH(QString, stepText);
        QFETCH(int, stepLine);
        QFETCH(int, line);
        QFETCH(QString, explained);
        BuildStep step;
        step.text = stepText;
        step.line = stepLine;
        int got = -1;
        QCOMPARE(BuildOperation::explainError(message, stepText.isEmpty() ? nullptr : &step, &got), explained);
        QCOMPARE(got, line);
    }

    void linesPerStepAreCapped()
    {
        Harness h(recordings().at(0));
        h.model.setMaxLinesPerStep(100);
        h.model.rawLog()->setMaxLines(1500);
        h.feed("{\"stream\":\"Step 1/1 : RUN seq 2000\\n\"}\n");
        // 2000 lines in uneven batches, some of them bigger than the cap.
        int n = 0;
        for (int batch : {1, 7, 150, 42, 300, 1000, 500}) {
            QByteArray chunk;
            for (int i = 0; i < batch; ++i)
                chunk += "{\"stream\":\"line " + QByteArray::number(++n) + "\\n\"}\n";
            h.feed(chunk);
        }
        QCOMPARE(n, 2000);
        const QModelIndex step = h.model.indexOfStep(0);
        QCOMPARE(h.model.rowCount(step), 101);
        QCOMPARE(h.model.hiddenLinesOfStep(0), 1900);
        QCOMPARE(h.model.linesOfStep(0), 2000);
        QVERIFY(h.model.index(0, 0, step).data(BuildStepsModel::IsHiddenLinesRole).toBool());
        // (The English plural comes from the translation file, not loaded here.)
        QVERIFY(h.model.index(0, 0, step).data().toString().startsWith(u"1900 earlier line"_s));
        QCOMPARE(h.model.index(1, 0, step).data().toString(), u"line 1901"_s);
        QCOMPARE(h.model.index(100, 0, step).data().toString(), u"line 2000"_s);
        // The raw log keeps its newest 1500 lines.
        QCOMPARE(h.model.rawLog()->rowCount(), 1500);
        QCOMPARE(h.model.rawLog()->droppedLines(), 501);
        QCOMPARE(h.model.rawLog()->index(1499).data().toString(), u"line 2000"_s);
    }

    void mergedOnATimer()
    {
        BuildStepsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFlushInterval(10);
        QSignalSpy flushed(&model, &BuildStepsModel::flushed);
        BuildStreamParser parser;
        for (int i = 0; i < 50; ++i)
            model.append(parser.feed("{\"stream\":\"Step " + QByteArray::number(i + 1) + "/50 : RUN x\\n\"}\n{\"stream\":\"out\\n\"}\n"));
        QCOMPARE(model.rowCount(), 0); // nothing until the timer fires
        QTRY_COMPARE(flushed.size(), 1);
        QCOMPARE(flushed.at(0).at(0).toInt(), 50);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.rawLog()->rowCount(), 100);
    }

    void clearRemovesWithoutReset()
    {
        Harness h(recordings().at(0));
        QSignalSpy resets(&h.model, &QAbstractItemModel::modelReset);
        QSignalSpy rawResets(h.model.rawLog(), &QAbstractItemModel::modelReset);
        h.feed(readData(u"build-docker-multistage.jsonl"_s));
        h.finish();
        QCOMPARE(h.model.stepCount(), 8);
        h.model.clear();
        QCOMPARE(h.model.rowCount(), 0);
        QCOMPARE(h.model.rawLog()->rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(rawResets.size(), 0);
        // Output before any step gets its own row (a new build: a new parser).
        BuildStreamParser parser;
        h.model.append(parser.feed("{\"stream\":\"[Warning] something\\n\"}\n{\"stream\":\"Step 1/1 : FROM a\\n\"}\n"));
        h.model.flush();
        QCOMPARE(h.model.rowCount(), 2);
        QCOMPARE(h.model.stepCount(), 1);
        QCOMPARE(h.model.index(0, 0).data(BuildStepsModel::StepIndexRole).toInt(), -1);
        QCOMPARE(h.model.index(1, 0).data(BuildStepsModel::StepIndexRole).toInt(), 0);
        QCOMPARE(h.model.step(0).text, u"FROM a"_s);
    }

    void rawLogSearch()
    {
        BuildLogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append({{u"alpha"_s}, {u"Beta"_s}, {u"gamma"_s}, {u"beta two"_s}});
        QCOMPARE(log.find(u"beta"_s, -1), 1);
        QCOMPARE(log.find(u"beta"_s, 1), 3);
        QCOMPARE(log.find(u"beta"_s, 3), 1); // wraps
        QCOMPARE(log.find(u"beta"_s, 1, true), 3);
        QCOMPARE(log.find(u"beta"_s, -1, false, Qt::CaseSensitive), 3);
        QCOMPARE(log.find(u"delta"_s, 0), -1);
        QCOMPARE(log.text(), u"alpha\nBeta\ngamma\nbeta two\n"_s);
    }

    void historyLinks_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("history");
        QTest::addColumn<bool>("byId");
        QTest::addColumn<QList<qint64>>("sizes");
        QTest::addColumn<QStringList>("links"); // "row:line" (+ "b" for base-image rows)

        QTest::newRow("docker, by id") << 1 << u"build-docker-multistage-cached-history.json"_s << true
                                       << QList<qint64>{2027796, 5, -1, 0, 17, 0, 3, 0, 0}
                                       << QStringList{u"0:0"_s, u"1:10"_s, u"2:9"_s, u"3:7"_s, u"4:6"_s, u"5:5"_s, u"6:2"_s,
                                                      u"7:1b"_s, u"8:1b"_s, u"9:1b"_s, u"10:1b"_s};
        QTest::newRow("podman, by order") << 3 << u"build-podman-multistage-cached-history.json"_s << false
                                          << QList<qint64>{2171392, 2560, -1, 0, 2048, 1536, 2560, 0}
                                          << QStringList{u"0:10"_s, u"1:9"_s, u"2:7"_s, u"3:6"_s, u"4:5"_s, u"5:2"_s, u"6:1b"_s, u"7:1b"_s};
    }

    void historyLinks()
    {
        QFETCH(int, which);
        QFETCH(QString, history);
        QFETCH(bool, byId);
        QFETCH(QList<qint64>, sizes);
        QFETCH(QStringList, links);
        const Recording r = recordings().at(which);
        Harness h(r);
        h.feed(readData(r.stream));
        h.finish();
        QList<BuildStep> steps = h.parser.steps();
        const Dockerfile df = Dockerfile::parse(QString::fromUtf8(readData(r.dockerfile)));
        const QJsonArray rows = QJsonDocument::fromJson(readData(history)).array();
        const QList<BuildLayerLink> got = BuildOperation::linkHistory(df, {}, steps, rows, byId);
        QList<qint64> gotSizes;
        for (const BuildStep &s : std::as_const(steps))
            gotSizes << s.size;
        QCOMPARE(gotSizes, sizes);
        QStringList gotLinks;
        for (const BuildLayerLink &l : got)
            gotLinks << u"%1:%2%3"_s.arg(l.historyRow).arg(l.line).arg(l.fromBaseImage ? u"b"_s : QString());
        QCOMPARE(gotLinks, links);

        // The session's records answer for the image's history rows.
        BuildResult result;
        result.outcome = BuildResult::Outcome::Succeeded;
        result.imageId = h.parser.imageId();
        result.dockerfilePath = u"/src/app/Dockerfile"_s;
        result.steps = steps;
        result.layers = got;
        QSignalSpy added(BuildRecords::instance(), &BuildRecords::recordAdded);
        BuildRecords::instance()->add(BuildRecord::fromResult(result, u"/src/app"_s));
        QCOMPARE(added.size(), 1);
        QString path;
        QCOMPARE(BuildRecords::instance()->lineForHistoryRow(result.imageId, 1, &path), links.at(1).section(u':', 1).toInt());
        QCOMPARE(path, u"/src/app/Dockerfile"_s);
        QVERIFY(BuildRecords::instance()->record(result.imageId.mid(7, 12)).has_value());
        QCOMPARE(BuildRecords::instance()->lineForHistoryRow(u"sha256:0000000000000000"_s, 1), 0);
        QVERIFY(!BuildRecords::instance()->linkForHistoryRow(result.imageId, 999).has_value());
    }
};

QTEST_MAIN(TestBuildSteps)
#include "tst_buildsteps.moc"
