// GET /images/json decoded by yyjson straight into ImageSummary (JsonLists::images):
// for any input it gives what the QJsonDocument path gives (the same images, field by
// field) or a Protocol error (for invalid JSON that Qt is lenient with, too).
#include "fuzzcommon.h"
#include "jsonlists.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto fast = JsonLists::images(input, QStringLiteral("not a list"));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &err);
    if (!fast) {
        FUZZ_CHECK(fast.error().kind == EngineError::Kind::Protocol, "an error that is not a Protocol one");
        // Qt reads some invalid JSON (control characters left raw in strings, unknown
        // escapes such as \a), which yyjson refuses, as RFC 8259 does; no engine sends
        // it (Go's encoder escapes). So a refusal is checked only for its kind.
        return 0;
    }
    FUZZ_CHECK(err.error == QJsonParseError::NoError && doc.isArray(), "yyjson read a list where Qt did not");
    const QJsonArray a = doc.array();
    FUZZ_CHECK(a.size() == fast->size(), "a different number of images");
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ImageSummary slow = ImageSummary::fromJson(a.at(i).toObject());
        FUZZ_CHECK(slow == fast->at(i), "an image decoded differently");
    }
    return 0;
}
