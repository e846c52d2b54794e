// Pull and push progress (POST /images/create, POST /images/{name}/push: JSON
// lines): no crash, fractions within 0..1 that never go back, and the same layers
// and outcome whether the stream comes whole or cut anywhere.
// Input: a byte (bit 7: push rather than pull; the rest chooses the cuts), then the stream.
#include "fuzzcommon.h"
#include "progress.h"

#include <cmath>

namespace {

struct Outcome
{
    QList<Progress::Layer> layers;
    Progress::Outcome outcome = Progress::Outcome::Running;
    QString finalStatus, digest, message, errorMessage;
    int errorCode = 0;
    int invalidLines = 0;
    qint64 total = 0, transferred = 0;
};

Outcome run(Progress::Kind kind, const QList<QByteArray> &parts)
{
    Progress progress(kind);
    double last = 0;
    auto check = [&](const Progress::Update &u) {
        for (int i : u.changedLayers)
            FUZZ_CHECK(i >= 0 && i < progress.layers().size(), "a changed layer that does not exist");
        FUZZ_CHECK(u.firstNewLayer >= -1 && u.firstNewLayer < progress.layers().size(), "a new layer that does not exist");
        const double f = progress.fraction();
        FUZZ_CHECK(f >= 0 && f <= 1, "the fraction is outside 0..1");
        FUZZ_CHECK(f >= last, "the fraction went back");
        last = f;
        FUZZ_CHECK(progress.layersDone() >= 0 && progress.layersDone() <= progress.layers().size(), "layers done out of range");
    };
    for (const QByteArray &p : parts)
        check(progress.feed(p));
    check(progress.finish());
    FUZZ_CHECK(progress.outcome() != Progress::Outcome::Running, "still running after finish()");
    for (const Progress::Layer &l : progress.layers()) {
        const double f = l.fraction(kind);
        FUZZ_CHECK(f >= 0 && f <= 1, "a layer's fraction is outside 0..1");
        (void)Progress::stateText(l);
        QString detail;
        (void)Progress::stateFor(l.status, &detail);
    }
    (void)progress.isSucceeded();
    return Outcome{progress.layers(), progress.outcome(), progress.finalStatus(), progress.digest(), progress.message(),
                   progress.errorMessage(), progress.errorCode(), progress.invalidLines(), progress.bytesTotal(),
                   progress.bytesTransferred()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Progress::Kind kind = (data[0] & 0x80) ? Progress::Kind::Push : Progress::Kind::Pull;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    const Outcome whole = run(kind, {stream});
    const Outcome cut = run(kind, fuzz::pieces(stream, data[0] & 0x7f));
    FUZZ_CHECK(whole.layers == cut.layers, "cutting the stream changed the layers");
    FUZZ_CHECK(whole.outcome == cut.outcome && whole.finalStatus == cut.finalStatus && whole.digest == cut.digest
                   && whole.message == cut.message && whole.errorMessage == cut.errorMessage
                   && whole.errorCode == cut.errorCode && whole.invalidLines == cut.invalidLines,
               "cutting the stream changed the outcome");
    FUZZ_CHECK(whole.total == cut.total && whole.transferred == cut.transferred, "cutting the stream changed the bytes");
    return 0;
}
