// The classic builder's stream (POST /build: JSON lines of Docker's and Podman's
// builders) against a Dockerfile: no crash, steps that point into the Dockerfile,
// and the same steps and outcome whether the stream comes whole or cut anywhere.
// Input: see buildinput.h.
#include "buildapi.h"
#include "buildinput.h"

namespace {

struct Outcome
{
    QList<BuildStep> steps;
    QString imageId;
    QStringList tags;
    bool failed = false;
    QString error;
    int failedStep = -1;
};

Outcome run(const fuzz::BuildInput &in, const QList<QByteArray> &parts)
{
    BuildStreamParser parser([] { return qint64(1000); });
    if (in.haveDockerfile)
        parser.setDockerfile(in.dockerfile, in.target);
    QList<BuildEvent> events;
    for (const QByteArray &p : parts)
        events += parser.feed(p);
    events += parser.finish();
    Outcome o{parser.steps(), parser.imageId(), parser.tags(), parser.hasFailed(), parser.errorMessage(), parser.failedStep()};
    for (const BuildEvent &e : events)
        FUZZ_CHECK(e.step >= -1 && e.step < o.steps.size(), "an event of a step that does not exist");
    FUZZ_CHECK(o.failedStep >= -1 && o.failedStep < o.steps.size(), "the failed step does not exist");
    const qsizetype instructions = in.dockerfile.instructions().size();
    for (const BuildStep &s : o.steps) {
        FUZZ_CHECK(s.instruction >= -1 && s.instruction < instructions, "a step mapped outside the Dockerfile");
        (void)s.keyword();
        (void)s.durationMs(2000);
    }
    if (o.failed)
        (void)BuildOperation::explainError(o.error, o.failedStep >= 0 ? &o.steps[o.failedStep] : nullptr);
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
    FUZZ_CHECK(fuzz::sameSteps(whole.steps, cut.steps), "cutting the stream changed the steps");
    FUZZ_CHECK(whole.imageId == cut.imageId && whole.tags == cut.tags, "cutting the stream changed the image");
    FUZZ_CHECK(whole.failed == cut.failed && whole.error == cut.error && whole.failedStep == cut.failedStep,
               "cutting the stream changed the failure");
    return 0;
}
