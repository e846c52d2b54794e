// The multiplexed frame decoder (logs, attach and exec without a TTY): any bytes,
// cut anywhere, give the same frames and the same verdict as the same bytes in one
// piece, and the undecoded rest starts the same (bytes fed after the stream turned
// out corrupt are ignored); no byte is lost or made up, no frame exceeds the limit.
// Input: one byte choosing the cuts, then the stream.
#include "fuzzcommon.h"
#include "streamdecoders.h"

namespace {

struct Decoded
{
    QList<MultiplexDecoder::Frame> frames;
    bool corrupt = false;
    bool tooLarge = false;
    quint32 announced = 0;
    QByteArray undecoded;
    qsizetype pending = 0;
};

Decoded decode(const QList<QByteArray> &parts)
{
    MultiplexDecoder decoder;
    Decoded d;
    for (const QByteArray &p : parts) {
        d.frames += decoder.feed(p);
        if (decoder.isCorrupt())
            d.undecoded += decoder.takeUndecoded();
    }
    d.corrupt = decoder.isCorrupt();
    d.tooLarge = decoder.isFrameTooLarge();
    d.announced = decoder.announcedFrameBytes();
    d.undecoded += decoder.takeUndecoded();
    FUZZ_CHECK(decoder.takeUndecoded().isEmpty(), "the undecoded bytes came out twice");
    d.pending = d.corrupt ? 0 : decoder.pendingBytes();
    return d;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    const Decoded whole = decode({stream});
    const Decoded cut = decode(fuzz::pieces(stream, data[0]));

    qsizetype framed = 0;
    for (const MultiplexDecoder::Frame &f : whole.frames) {
        FUZZ_CHECK(quint8(f.stream) <= 3, "a frame of an unknown stream");
        FUZZ_CHECK(quint64(f.payload.size()) <= MultiplexDecoder::kMaxFrameBytes, "a frame above the limit");
        framed += 8 + f.payload.size();
    }
    FUZZ_CHECK(whole.corrupt || framed + whole.pending == stream.size(), "bytes lost between frames");
    FUZZ_CHECK(!whole.corrupt || framed + whole.undecoded.size() == stream.size(),
               "a corrupt stream's frames and undecoded rest do not add up to it");
    FUZZ_CHECK(!whole.tooLarge || whole.corrupt, "a frame too large without the stream being corrupt");

    FUZZ_CHECK(whole.frames.size() == cut.frames.size(), "cutting the stream changed the number of frames");
    for (qsizetype i = 0; i < whole.frames.size(); ++i) {
        FUZZ_CHECK(whole.frames[i].stream == cut.frames[i].stream, "cutting the stream changed a frame's stream");
        FUZZ_CHECK(whole.frames[i].payload == cut.frames[i].payload, "cutting the stream changed a frame");
    }
    FUZZ_CHECK(whole.corrupt == cut.corrupt, "cutting the stream changed whether it is corrupt");
    FUZZ_CHECK(whole.tooLarge == cut.tooLarge, "cutting the stream changed whether a frame is too large");
    FUZZ_CHECK(whole.announced == cut.announced, "cutting the stream changed the announced size");
    FUZZ_CHECK(whole.undecoded.startsWith(cut.undecoded), "cutting the stream changed the undecoded bytes");
    FUZZ_CHECK(whole.pending == cut.pending, "cutting the stream changed the pending bytes");
    return 0;
}
