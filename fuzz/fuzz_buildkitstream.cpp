// BuildKit's progress (`docker buildx build --progress=rawjson` on stderr) against a
// Dockerfile: no crash, steps that point into the Dockerfile, and the same steps and
// outcome whether the output comes whole or cut anywhere. Input: see buildinput.h.
#include "buildinput.h"
#include "buildkit.h"

namespace {

struct Outcome
{
    QList<BuildStep> steps;
    QString imageId;
    bool failed = false;
    QString error;
    QString cliError;
    int failedStep = -1;
    bool sawJson = false;
    QStringList textLines;
    int reportLine = 0;
};

Outcome run(const fuzz::BuildInput &in, const QList<QByteArray> &parts)
{
    BuildKitStreamParser parser;
    if (in.haveDockerfile)
        parser.setDockerfile(in.dockerfile, in.target);
    QList<BuildEvent> events;
    for (const QByteArray &p : parts)
        events += parser.feed(p);
    events += parser.finish();
    Outcome o{parser.steps(), parser.imageId(), parser.hasFailed(), parser.errorMessage(), parser.cliError(),
              parser.failedStep(), parser.sawJson(), parser.textLines(), parser.reportLine()};
    for (const BuildEvent &e : events) {
        FUZZ_CHECK(e.step >= -1 && e.step < o.steps.size(), "an event of a step that does not exist");
        (void)lastProgressSegment(e.text);
    }
    FUZZ_CHECK(o.failedStep >= -1 && o.failedStep < o.steps.size(), "the failed step does not exist");
    const qsizetype instructions = in.dockerfile.instructions().size();
    for (const BuildStep &s : o.steps)
        FUZZ_CHECK(s.instruction >= -1 && s.instruction < instructions, "a step mapped outside the Dockerfile");
    int line = 0;
    (void)parser.explainFailure(&line);
    FUZZ_CHECK(line >= 0, "a failure on a negative line");
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const fuzz::BuildInput in = fuzz::buildInput(data, size);
    const Outcome whole = run(in, {in.stream});
    const Outcome cut = run(in, fuzz::pieces(in.stream, in.cuts));
    FUZZ_CHECK(fuzz::sameSteps(whole.steps, cut.steps), "cutting the output changed the steps");
    FUZZ_CHECK(whole.imageId == cut.imageId, "cutting the output changed the image");
    FUZZ_CHECK(whole.failed == cut.failed && whole.error == cut.error && whole.cliError == cut.cliError
                   && whole.failedStep == cut.failedStep && whole.reportLine == cut.reportLine,
               "cutting the output changed the failure");
    FUZZ_CHECK(whole.sawJson == cut.sawJson && whole.textLines == cut.textLines, "cutting the output changed its text");
    return 0;
}
