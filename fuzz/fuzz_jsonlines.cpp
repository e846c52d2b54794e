// The JSON-lines decoder (pull, push, build, events and stats streams): any bytes,
// cut anywhere, give the same objects as the same bytes in one piece.
// Input: one byte choosing the cuts, then the stream.
#include "fuzzcommon.h"
#include "streamdecoders.h"

namespace {

QList<JsonLinesDecoder::Item> decode(const QList<QByteArray> &parts)
{
    JsonLinesDecoder decoder;
    QList<JsonLinesDecoder::Item> items;
    for (const QByteArray &p : parts)
        items += decoder.feed(p);
    items += decoder.finish();
    FUZZ_CHECK(decoder.pendingBytes() == 0, "bytes left after finish()");
    return items;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);
    const QList<JsonLinesDecoder::Item> whole = decode({stream});
    const QList<JsonLinesDecoder::Item> cut = decode(fuzz::pieces(stream, data[0]));
    FUZZ_CHECK(whole.size() == cut.size(), "cutting the stream changed the number of lines");
    for (qsizetype i = 0; i < whole.size(); ++i) {
        FUZZ_CHECK(whole[i].raw == cut[i].raw, "cutting the stream changed a line");
        FUZZ_CHECK(whole[i].valid == cut[i].valid, "cutting the stream changed a line's validity");
        FUZZ_CHECK(whole[i].object == cut[i].object, "cutting the stream changed an object");
        FUZZ_CHECK(whole[i].valid || whole[i].object.isEmpty(), "an invalid line carries an object");
    }
    return 0;
}
