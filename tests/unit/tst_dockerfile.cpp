// The Dockerfile parser (instructions, line ranges, stages, step mapping) and the
// editor's lint checks, against the rules of the builder's own parser.
#include "dockerfile.h"
#include "dockerignore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "KEYWORD line-endLine sStage", one per instruction: a compact picture to compare.
QStringList describe(const Dockerfile &df)
{
    QStringList out;
    for (const DockerfileInstruction &i : df.instructions())
        out << u"%1 %2-%3 s%4"_s.arg(i.keyword).arg(i.line).arg(i.endLine).arg(i.stage);
    return out;
}

QString codeName(DockerfileDiagnostic::Code c)
{
    switch (c) {
    case DockerfileDiagnostic::Code::UnknownInstruction: return u"unknown"_s;
    case DockerfileDiagnostic::Code::MissingFrom: return u"missing-from"_s;
    case DockerfileDiagnostic::Code::BrokenJson: return u"json"_s;
    case DockerfileDiagnostic::Code::EmptyInstruction: return u"empty"_s;
    case DockerfileDiagnostic::Code::UnterminatedHeredoc: return u"heredoc"_s;
    case DockerfileDiagnostic::Code::CopySourceMissing: return u"copy-missing"_s;
    case DockerfileDiagnostic::Code::CopySourceIgnored: return u"copy-ignored"_s;
    case DockerfileDiagnostic::Code::DuplicateStageName: return u"duplicate-stage"_s;
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestDockerfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instructions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("simple") << u"FROM a\nWORKDIR /app\nCOPY . .\nRUN make\nEXPOSE 80\nCMD [\"app\"]\n"_s
                                << QStringList{u"FROM 1-1 s0"_s, u"WORKDIR 2-2 s0"_s, u"COPY 3-3 s0"_s,
                                               u"RUN 4-4 s0"_s, u"EXPOSE 5-5 s0"_s, u"CMD 6-6 s0"_s};
        QTest::newRow("comments and blank lines") << u"# a comment\n\nFROM a\n   # indented comment\nRUN x\n\n"_s
                                                  << QStringList{u"FROM 3-3 s0"_s, u"RUN 5-5 s0"_s};
        QTest::newRow("continuation") << u"FROM a\nRUN apt-get update && \\\n    apt-get install -y x \\\n    y\nUSER app\n"_s
                                      << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-4 s0"_s, u"USER 5-5 s0"_s};
        QTest::newRow("continuation with trailing blanks") << u"FROM a\nRUN a \\  \n b\n"_s
                                                           << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-3 s0"_s};
        QTest::newRow("comment inside continuation") << u"FROM a\nRUN a \\\n# not an instruction\n    b\nCMD c\n"_s
                                                     << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-4 s0"_s, u"CMD 5-5 s0"_s};
        QTest::newRow("empty continuation line") << u"FROM a\nRUN a \\\n\n    b\n"_s
                                                 << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-4 s0"_s};
        QTest::newRow("continuation at end of file") << u"FROM a\nRUN a \\\n"_s
                                                     << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-3 s0"_s};
        QTest::newRow("escape directive") << u"# escape=`\nFROM a\nRUN dir c:\\ `\n    /w\nRUN b\\\n"_s
                                          << QStringList{u"FROM 2-2 s0"_s, u"RUN 3-4 s0"_s, u"RUN 5-5 s0"_s};
        QTest::newRow("escape directive only at the top") << u"FROM a\n# escape=`\nRUN a `\nRUN b\n"_s
                                                          << QStringList{u"FROM 1-1 s0"_s, u"RUN 3-3 s0"_s, u"RUN 4-4 s0"_s};
        QTest::newRow("lowercase keywords") << u"from a as Build\nrun x\n"_s
                                            << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-2 s0"_s};
        QTest::newRow("crlf") << u"FROM a\r\nRUN a \\\r\n  b\r\nCMD c\r\n"_s
                              << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-3 s0"_s, u"CMD 4-4 s0"_s};
        QTest::newRow("arg before from") << u"ARG VERSION=1\nARG OTHER\nFROM a:${VERSION}\nARG VERSION\n"_s
                                         << QStringList{u"ARG 1-1 s-1"_s, u"ARG 2-2 s-1"_s, u"FROM 3-3 s0"_s, u"ARG 4-4 s0"_s};
        QTest::newRow("multi-stage") << u"FROM a AS build\nRUN make\n\nFROM b\nCOPY --from=build /out /app\nCMD x\n"_s
                                     << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-2 s0"_s, u"FROM 4-4 s1"_s,
                                                    u"COPY 5-5 s1"_s, u"CMD 6-6 s1"_s};
        QTest::newRow("heredoc") << u"FROM a\nRUN <<EOF\necho one\nRUN not an instruction\nEOF\nCMD x\n"_s
                                 << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-5 s0"_s, u"CMD 6-6 s0"_s};
        QTest::newRow("heredoc with dash and tabs") << u"FROM a\nRUN <<-END\n\techo\n\tEND\nCMD x\n"_s
                                                    << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-4 s0"_s, u"CMD 5-5 s0"_s};
        QTest::newRow("two heredocs, quoted") << u"FROM a\nCOPY <<\"A\" <<'B' /dst/\na\nA\nb\nB\nCMD x\n"_s
                                              << QStringList{u"FROM 1-1 s0"_s, u"COPY 2-6 s0"_s, u"CMD 7-7 s0"_s};
        QTest::newRow("heredoc never closed") << u"FROM a\nRUN <<EOF\necho\n"_s
                                              << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-4 s0"_s};
        QTest::newRow("bom") << u"\uFEFFFROM a\nRUN b\n"_s << QStringList{u"FROM 1-1 s0"_s, u"RUN 2-2 s0"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void instructions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(Dockerfile::parse(text)), expected);
    }

    void originalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("original");

        QTest::newRow("plain") << u"FROM a\nRUN echo hi\n"_s << 1 << u"RUN"_s << u"echo hi"_s << u"RUN echo hi"_s;
        QTest::newRow("indented") << u"FROM a\n   RUN   echo hi  \n"_s << 1 << u"RUN"_s << u"echo hi"_s << u"RUN   echo hi"_s;
        QTest::newRow("joined") << u"FROM a\nRUN echo a && \\\n    echo b\n"_s << 1 << u"RUN"_s
                                << u"echo a &&     echo b"_s << u"RUN echo a &&     echo b"_s;
        QTest::newRow("lowercase keyword") << u"from a AS x\n"_s << 0 << u"FROM"_s << u"a AS x"_s << u"from a AS x"_s;
        QTest::newRow("keyword alone") << u"FROM a\nRUN\n"_s << 1 << u"RUN"_s << QString() << u"RUN"_s;
    }

    void originalText()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(QString, keyword);
        QFETCH(QString, arguments);
        QFETCH(QString, original);
        const Dockerfile df = Dockerfile::parse(text);
        QVERIFY(index < df.instructions().size());
        const DockerfileInstruction &i = df.instructions().at(index);
        QCOMPARE(i.keyword, keyword);
        QCOMPARE(i.arguments, arguments);
        QCOMPARE(i.original, original);
    }

    void jsonForm_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("looksJson");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("args");

        QTest::newRow("exec form") << u"CMD [\"a\", \"b c\"]"_s << true << true << QStringList{u"a"_s, u"b c"_s};
        QTest::newRow("empty list") << u"CMD []"_s << true << true << QStringList{};
        QTest::newRow("shell form") << u"CMD a b"_s << false << false << QStringList{};
        QTest::newRow("unclosed") << u"CMD [\"a\", \"b\""_s << true << false << QStringList{};
        QTest::newRow("single quotes") << u"ENTRYPOINT ['a', 'b']"_s << true << false << QStringList{};
        QTest::newRow("not strings") << u"CMD [\"a\", 1]"_s << true << false << QStringList{};
        QTest::newRow("shell test bracket") << u"RUN [ -f /x ] && echo y"_s << false << false << QStringList{};
        QTest::newRow("run flags then json") << u"RUN --network=none [\"true\"]"_s << true << true << QStringList{u"true"_s};
        QTest::newRow("copy json") << u"COPY [\"a b\", \"/c/\"]"_s << true << true << QStringList{u"a b"_s, u"/c/"_s};
        QTest::newRow("env is never json") << u"ENV [\"a\"]"_s << false << false << QStringList{};
    }

    void jsonForm()
    {
        QFETCH(QString, line);
        QFETCH(bool, looksJson);
        QFETCH(bool, valid);
        QFETCH(QStringList, args);
        const Dockerfile df = Dockerfile::parse(u"FROM a\n"_s + line + u"\n"_s);
        QCOMPARE(df.instructions().size(), 2);
        const DockerfileInstruction &i = df.instructions().at(1);
        QCOMPARE(i.looksJson, looksJson);
        QCOMPARE(i.jsonValid, valid);
        QCOMPARE(i.jsonArguments, args);
    }

    void stages()
    {
        const Dockerfile df = Dockerfile::parse(
            u"ARG BASE=x\nFROM --platform=linux/amd64 ${BASE} AS Build\nRUN make\nFROM scratch as final\nCOPY --from=build /a /a\nFROM final\n"_s);
        QCOMPARE(df.stages().size(), 3);
        QCOMPARE(df.stageNames(), (QStringList{u"Build"_s, u"final"_s}));
        QCOMPARE(df.stages().at(0).baseImage, u"${BASE}"_s);
        QCOMPARE(df.stages().at(0).name, u"build"_s);
        QCOMPARE(df.stages().at(1).baseImage, u"scratch"_s);
        QCOMPARE(df.stages().at(2).baseImage, u"final"_s);
        QCOMPARE(df.stages().at(2).name, QString());
        QCOMPARE(df.stageIndex(u"BUILD"_s), 0);
        QCOMPARE(df.stageIndex(u"final"_s), 1);
        QCOMPARE(df.stageIndex(u"nope"_s), -1);
        QCOMPARE(df.instructionAtLine(3), 2);
        QCOMPARE(df.instructionAtLine(7), -1);
    }

    void dockerSteps_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("line");

        // ARG(1) FROM(2) RUN(3-4) FROM(6) COPY(7) FROM(9) CMD(10)
        QTest::newRow("meta arg") << QString() << 1 << 1;
        QTest::newRow("first from") << QString() << 2 << 2;
        QTest::newRow("multi-line run") << QString() << 3 << 3;
        QTest::newRow("second stage from") << QString() << 4 << 6;
        QTest::newRow("second stage copy") << QString() << 5 << 7;
        QTest::newRow("last") << QString() << 7 << 10;
        QTest::newRow("beyond: the --label step") << QString() << 8 << 0;
        QTest::newRow("zero") << QString() << 0 << 0;
        QTest::newRow("target keeps earlier stages") << u"TEST"_s << 5 << 7;
        QTest::newRow("target cuts later stages") << u"test"_s << 6 << 0;
    }

    void dockerSteps()
    {
        QFETCH(QString, target);
        QFETCH(int, step);
        QFETCH(int, line);
        const Dockerfile df = Dockerfile::parse(
            u"ARG V=1\nFROM a AS build\nRUN make \\\n  all\n\nFROM b AS test\nCOPY --from=build /x /x\n\nFROM c\nCMD x\n"_s);
        const int idx = df.instructionForDockerStep(step, target);
        QCOMPARE(idx >= 0 ? df.instructions().at(idx).line : 0, line);
        QCOMPARE(df.dockerStepCount(), 7);
        QCOMPARE(df.dockerStepCount(u"test"_s), 5);
        QCOMPARE(df.dockerStepCount(u"build"_s), 3);
    }

    void podmanSteps_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("line");

        QTest::newRow("[1/3] STEP 1") << QString() << 1 << 1 << 2;
        QTest::newRow("[1/3] STEP 2") << QString() << 1 << 2 << 3;
        QTest::newRow("[2/3] STEP 2") << QString() << 2 << 2 << 7;
        QTest::newRow("[3/3] STEP 2") << QString() << 3 << 2 << 10;
        QTest::newRow("[3/3] STEP 3: none") << QString() << 3 << 3 << 0;
        QTest::newRow("no prefix: last stage") << QString() << 0 << 1 << 9;
        QTest::newRow("no prefix with target") << u"test"_s << 0 << 2 << 7;
    }

    void podmanSteps()
    {
        QFETCH(QString, target);
        QFETCH(int, stage);
        QFETCH(int, step);
        QFETCH(int, line);
        const Dockerfile df = Dockerfile::parse(
            u"ARG V=1\nFROM a AS build\nRUN make \\\n  all\n\nFROM b AS test\nCOPY --from=build /x /x\n\nFROM c\nCMD x\n"_s);
        const int idx = df.instructionForPodmanStep(stage, step, target);
        QCOMPARE(idx >= 0 ? df.instructions().at(idx).line : 0, line);
    }

    void splitWords_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("spaces") << u"  a  b\tc "_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("double quotes") << u"\"a b\" c"_s << QStringList{u"a b"_s, u"c"_s};
        QTest::newRow("single quotes keep backslash") << u"'a\\ b' c"_s << QStringList{u"a\\ b"_s, u"c"_s};
        QTest::newRow("escaped space") << u"a\\ b c"_s << QStringList{u"a b"_s, u"c"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void splitWords()
    {
        QFETCH(QString, args);
        QFETCH(QStringList, words);
        QCOMPARE(Dockerfile::splitWords(args), words);
    }

    void lint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("files");       // created in the context
        QTest::addColumn<QByteArray>("dockerignore"); // empty: none
        QTest::addColumn<QStringList>("expected");    // "line:code"
        QTest::addColumn<QString>("messagePart");     // in the first diagnostic's message

        const QStringList none;
        QTest::newRow("clean") << u"FROM a\nWORKDIR /app\nCOPY app.py .\nRUN x\nEXPOSE 80\nCMD [\"python\", \"app.py\"]\n"_s
                               << QStringList{u"app.py"_s} << QByteArray() << none << QString();
        QTest::newRow("unknown instruction") << u"FROM a\nRUM make\n"_s << none << QByteArray()
                                             << QStringList{u"2:unknown"_s} << u"Did you mean RUN?"_s;
        QTest::newRow("unknown, nothing close") << u"FROM a\nFROBNICATE x\n"_s << none << QByteArray()
                                                << QStringList{u"2:unknown"_s} << u"“FROBNICATE”"_s;
        QTest::newRow("run before from") << u"RUN make\nFROM a\n"_s << none << QByteArray()
                                         << QStringList{u"1:missing-from"_s} << u"before the first FROM"_s;
        QTest::newRow("arg before from is fine") << u"ARG V=1\nFROM a:$V\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("comment then from is fine") << u"# hello\n\nFROM a\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("cmd json unclosed") << u"FROM a\nCMD [\"a\", \"b\"\n"_s << none << QByteArray()
                                           << QStringList{u"2:json"_s} << u"not valid JSON"_s;
        QTest::newRow("cmd json single quotes") << u"FROM a\nCMD ['a', 'b']\n"_s << none << QByteArray()
                                                << QStringList{u"2:json"_s} << u"double quotes"_s;
        QTest::newRow("entrypoint json trailing comma") << u"FROM a\nENTRYPOINT [\"a\",]\n"_s << none << QByteArray()
                                                        << QStringList{u"2:json"_s} << u"ENTRYPOINT"_s;
        QTest::newRow("run json not strings") << u"FROM a\nRUN [\"a\", 1]\n"_s << none << QByteArray()
                                              << QStringList{u"2:json"_s} << u"only hold strings"_s;
        QTest::newRow("shell test is not json") << u"FROM a\nRUN [ -f /etc/x ] || echo no\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("empty run") << u"FROM a\nRUN\n"_s << none << QByteArray() << QStringList{u"2:empty"_s} << u"RUN needs arguments"_s;
        QTest::newRow("unclosed heredoc") << u"FROM a\nRUN <<EOF\necho\n"_s << none << QByteArray()
                                          << QStringList{u"2:heredoc"_s} << u"“EOF”"_s;
        QTest::newRow("duplicate stage") << u"FROM a AS x\nFROM b AS X\n"_s << none << QByteArray()
                                         << QStringList{u"2:duplicate-stage"_s} << u"used twice"_s;
        QTest::newRow("copy missing") << u"FROM a\nCOPY app.py /app/\n"_s << none << QByteArray()
                                      << QStringList{u"2:copy-missing"_s} << u"“app.py” is not in the build context"_s;
        QTest::newRow("copy present") << u"FROM a\nCOPY ./src/main.c /app/\n"_s << QStringList{u"src/main.c"_s} << QByteArray()
                                      << none << QString();
        QTest::newRow("copy leading slash is the context root") << u"FROM a\nCOPY /src /app/\n"_s << QStringList{u"src/main.c"_s}
                                                                << QByteArray() << none << QString();
        QTest::newRow("copy dot") << u"FROM a\nCOPY . /app/\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("copy several, one missing") << u"FROM a\nCOPY a.txt b.txt /app/\n"_s << QStringList{u"a.txt"_s}
                                                   << QByteArray() << QStringList{u"2:copy-missing"_s} << u"“b.txt”"_s;
        QTest::newRow("copy outside the context") << u"FROM a\nCOPY ../secret /app/\n"_s << none << QByteArray()
                                                  << QStringList{u"2:copy-missing"_s} << u"outside the build context"_s;
        QTest::newRow("copy excluded") << u"FROM a\nCOPY notes.txt /app/\n"_s << QStringList{u"notes.txt"_s}
                                       << QByteArray("# docs\n*.txt\n") << QStringList{u"2:copy-ignored"_s}
                                       << u"excluded by .dockerignore (line 2: “*.txt”)"_s;
        QTest::newRow("copy re-included by exception") << u"FROM a\nCOPY keep.txt /app/\n"_s << QStringList{u"keep.txt"_s}
                                                       << QByteArray("*.txt\n!keep.txt\n") << none << QString();
        QTest::newRow("copy excluded through its folder") << u"FROM a\nCOPY build/out.o /app/\n"_s << QStringList{u"build/out.o"_s}
                                                          << QByteArray("build\n") << QStringList{u"2:copy-ignored"_s}
                                                          << u"line 1: “build”"_s;
        QTest::newRow("copy folder with exception below") << u"FROM a\nCOPY build /app/\n"_s
                                                          << QStringList{u"build/out.o"_s, u"build/keep"_s}
                                                          << QByteArray("build\n!build/keep\n") << none << QString();
        QTest::newRow("copy glob matches") << u"FROM a\nCOPY *.py /app/\n"_s << QStringList{u"a.py"_s} << QByteArray() << none << QString();
        QTest::newRow("copy glob matches nothing") << u"FROM a\nCOPY *.py /app/\n"_s << QStringList{u"a.txt"_s} << QByteArray()
                                                   << QStringList{u"2:copy-missing"_s} << u"No file in the build context matches"_s;
        QTest::newRow("copy glob all excluded") << u"FROM a\nCOPY *.log /app/\n"_s << QStringList{u"a.log"_s, u"b.log"_s}
                                                << QByteArray("*.log\n") << QStringList{u"2:copy-ignored"_s} << u"*.log"_s;
        QTest::newRow("copy from stage is not checked") << u"FROM a AS b\nFROM c\nCOPY --from=b /nothing /x\n"_s << none
                                                        << QByteArray() << none << QString();
        QTest::newRow("copy with variable is not checked") << u"FROM a\nARG F\nCOPY $F /x\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("add url is not checked") << u"FROM a\nADD https://example.org/x.tgz /x\n"_s << none << QByteArray() << none << QString();
        QTest::newRow("copy json form missing") << u"FROM a\nCOPY [\"my file\", \"/x/\"]\n"_s << none << QByteArray()
                                                << QStringList{u"2:copy-missing"_s} << u"“my file”"_s;
        QTest::newRow("copy flags are skipped") << u"FROM a\nCOPY --chown=1:1 --chmod=644 a.txt /x\n"_s << QStringList{u"a.txt"_s}
                                                << QByteArray() << none << QString();
        QTest::newRow("copy on a continuation line") << u"FROM a\nCOPY a.txt \\\n     gone.txt /x/\n"_s << QStringList{u"a.txt"_s}
                                                     << QByteArray() << QStringList{u"3:copy-missing"_s} << u"gone.txt"_s;
        QTest::newRow("several problems, sorted") << u"RUN a\nFROM b\nCMD ['x']\nFOO\n"_s << none << QByteArray()
                                                  << QStringList{u"1:missing-from"_s, u"3:json"_s, u"4:unknown"_s} << QString();
    }

    void lint()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, files);
        QFETCH(QByteArray, dockerignore);
        QFETCH(QStringList, expected);
        QFETCH(QString, messagePart);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ctx = tmp.path() + u"/ctx"_s;
        QVERIFY(QDir().mkpath(ctx));
        QVERIFY(writeFile(tmp.path() + u"/secret"_s, "outside"));
        for (const QString &f : std::as_const(files))
            QVERIFY(writeFile(ctx + u"/"_s + f, "x"));
        std::optional<DockerIgnore> ignore;
        if (!dockerignore.isEmpty()) {
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, dockerignore));
            const Result<DockerIgnore> parsed = DockerIgnore::parse(dockerignore);
            QVERIFY(parsed.has_value());
            ignore = *parsed;
        }
        const Dockerfile df = Dockerfile::parse(text);
        const QList<DockerfileDiagnostic> diags = df.lint({ctx, ignore ? &*ignore : nullptr});
        QStringList got;
        for (const DockerfileDiagnostic &d : diags) {
            got << u"%1:%2"_s.arg(d.line).arg(codeName(d.code));
            QVERIFY2(!d.message.isEmpty(), qPrintable(got.last()));
        }
        QCOMPARE(got, expected);
        if (!messagePart.isEmpty())
            QVERIFY2(diags.first().message.contains(messagePart), qPrintable(diags.first().message));
    }

    void lintMarksTheWord()
    {
        QTemporaryDir tmp;
        const Dockerfile df = Dockerfile::parse(u"FROM a\n  COPY  there.txt   missing.txt /app/\n"_s);
        QVERIFY(QFile(tmp.path() + u"/there.txt"_s).open(QIODevice::WriteOnly));
        const QList<DockerfileDiagnostic> diags = df.lint({tmp.path(), nullptr});
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().line, 2);
        QCOMPARE(diags.first().column, 20);
        QCOMPARE(diags.first().length, 11);

        // Without a context folder no file checks are made.
        QVERIFY(df.lint().isEmpty());

        const QList<DockerfileDiagnostic> unknown = Dockerfile::parse(u"FROM a\n    BOGUS x\n"_s).lint();
        QCOMPARE(unknown.size(), 1);
        QCOMPARE(unknown.first().column, 4);
        QCOMPARE(unknown.first().length, 5);
    }

    void helpForEveryInstruction()
    {
        const QStringList asked{u"FROM"_s, u"WORKDIR"_s, u"COPY"_s, u"ADD"_s, u"RUN"_s, u"CMD"_s, u"ENTRYPOINT"_s,
                                u"EXPOSE"_s, u"ENV"_s, u"ARG"_s, u"LABEL"_s, u"USER"_s, u"VOLUME"_s, u"HEALTHCHECK"_s,
                                u"SHELL"_s, u"STOPSIGNAL"_s, u"ONBUILD"_s};
        for (const QString &k : asked) {
            QVERIFY2(Dockerfile::knownInstructions().contains(k), qPrintable(k));
            QVERIFY2(Dockerfile::instructionHelp(k).size() > 40, qPrintable(k));
            QVERIFY2(Dockerfile::instructionSyntax(k).startsWith(k), qPrintable(k));
            QCOMPARE(Dockerfile::instructionHelp(k.toLower()), Dockerfile::instructionHelp(k));
        }
        QVERIFY(Dockerfile::instructionHelp(u"BOGUS"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDockerfile)
#include "tst_dockerfile.moc"
