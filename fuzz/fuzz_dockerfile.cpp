// The Dockerfile parser and the editor's checks: any text, no crash; instructions
// lie inside the file, in order, each found again at its lines; stages and step
// mappings point at instructions that exist; diagnostics point inside the file.
#include "dockerfile.h"
#include "dockerignore.h"
#include "fuzzcommon.h"

#include <QTemporaryDir>

#include <algorithm>

namespace {

QTemporaryDir *contextDir = nullptr;
DockerIgnore *ignore = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // An empty build context (COPY sources are missing from it) and a .dockerignore.
    contextDir = new QTemporaryDir();
    ignore = new DockerIgnore(*DockerIgnore::parse("*.md\n!README.md\nbuild/\n"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Dockerfile df = Dockerfile::parse(text);
    const int lines = int(text.count(u'\n')) + 1;
    const QList<DockerfileInstruction> &ins = df.instructions();
    const qsizetype n = ins.size();

    int previousEnd = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const DockerfileInstruction &in = ins[i];
        FUZZ_CHECK(in.line >= 1 && in.line <= in.endLine && in.endLine <= lines, "an instruction outside the file");
        FUZZ_CHECK(in.line > previousEnd, "instructions overlap or go back");
        previousEnd = in.endLine;
        FUZZ_CHECK(in.stage >= -1 && in.stage < df.stages().size(), "an instruction of a stage that does not exist");
        FUZZ_CHECK(in.keywordColumn >= 0, "a keyword at a negative column");
        FUZZ_CHECK(df.instructionAtLine(in.line) == i && df.instructionAtLine(in.endLine) == i,
                   "an instruction is not found at its own lines");
        for (const DockerfileHeredoc &h : in.heredocs)
            FUZZ_CHECK(h.bodyLine >= in.line && (h.endLine == 0 || (h.endLine >= h.bodyLine - 1 && h.endLine <= in.endLine)),
                       "a heredoc outside its instruction");
        FUZZ_CHECK(!in.jsonValid || in.looksJson, "valid JSON form that does not look like JSON");
        (void)df.sourceText(int(i));
        (void)in.isKnown();
        (void)Dockerfile::splitWords(in.arguments, df.escapeCharacter());
        const QString normalized = Dockerfile::normalizedText(in.original);
        FUZZ_CHECK(Dockerfile::normalizedText(normalized) == normalized, "normalising twice changed the text");
        (void)Dockerfile::instructionHelp(in.keyword);
        (void)Dockerfile::instructionSyntax(in.keyword);
    }
    FUZZ_CHECK(df.instructionAtLine(0) == -1 && df.instructionAtLine(lines + 1) == -1, "an instruction outside the file");

    QStringList targets{QString()};
    for (qsizetype s = 0; s < df.stages().size(); ++s) {
        const DockerfileStage &st = df.stages()[s];
        FUZZ_CHECK(st.index == s, "a stage with another index");
        FUZZ_CHECK(st.fromInstruction >= 0 && st.fromInstruction < n, "a stage whose FROM does not exist");
        if (!st.name.isEmpty()) {
            FUZZ_CHECK(df.stageIndex(st.name) >= 0, "a named stage is not found by its name");
            if (targets.size() < 4) // the mappings below are tried for a few targets: each costs the whole file
                targets.append(st.name);
        }
    }
    (void)df.stageNames();
    for (const QString &target : targets) {
        const int steps = df.dockerStepCount(target);
        FUZZ_CHECK(steps >= 0 && steps <= n, "more classic builder steps than instructions");
        for (int step = 0; step <= steps + 1; ++step) {
            const int i = df.instructionForDockerStep(step, target);
            FUZZ_CHECK(i >= -1 && i < n, "a classic builder step mapped outside the file");
        }
        for (int stage = 0; stage <= std::min<int>(int(df.stages().size()), 6) + 1; ++stage) {
            for (int step = 0; step <= 4; ++step) {
                const int p = df.instructionForPodmanStep(stage, step, target);
                FUZZ_CHECK(p >= -1 && p < n, "a Podman step mapped outside the file");
            }
        }
        QStringList prefixes{QString(), QStringLiteral("stage-0"), QStringLiteral("stage-1")};
        prefixes += df.stageNames().mid(0, 4);
        for (const QString &prefix : prefixes) {
            const int st = df.stageForBuildKitPrefix(prefix, target);
            FUZZ_CHECK(st >= -1 && st < df.stages().size(), "a BuildKit prefix mapped to a stage that does not exist");
            for (int step = 0; step <= 4; ++step) {
                for (int total : {0, 3}) {
                    const int b = df.instructionForBuildKitStep(prefix, step, total, target);
                    FUZZ_CHECK(b >= -1 && b < n, "a BuildKit step mapped outside the file");
                }
            }
        }
    }

    for (const auto &diagnostics : {df.lint(), df.lint({contextDir->path(), ignore})}) {
        for (const DockerfileDiagnostic &d : diagnostics) {
            FUZZ_CHECK(d.line >= 1 && d.line <= lines, "a diagnostic outside the file");
            FUZZ_CHECK(d.column >= 0 && d.length >= 0, "a diagnostic at a negative place");
            FUZZ_CHECK(!d.message.isEmpty(), "a diagnostic without a message");
        }
    }
    return 0;
}
