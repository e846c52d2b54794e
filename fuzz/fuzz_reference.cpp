// Image references (distribution/reference's grammar, as the docker CLI reads
// them): any text, no crash; what parses prints back to text that parses to the
// same reference, a normalised reference stays normalised, and its familiar form
// names the same repository (but where the grammar itself is ambiguous).
#include "fuzzcommon.h"
#include "reference.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (const auto r = Reference::parse(text)) {
        const auto again = Reference::parse(r->toString());
        FUZZ_CHECK(again.has_value(), "a parsed reference does not parse back");
        FUZZ_CHECK(again->domain == r->domain && again->path == r->path && again->tag == r->tag && again->digest == r->digest,
                   "a parsed reference parses back to another one");
        (void)r->familiar();
        (void)r->normalized();
        (void)r->fromImage();
        (void)r->tagOrDigest();
    }
    for (auto def : {Reference::DefaultTag::Keep, Reference::DefaultTag::Latest}) {
        if (const auto n = Reference::parseNormalized(text, def)) {
            const auto again = Reference::parseNormalized(n->normalized(), def);
            FUZZ_CHECK(again.has_value(), "a normalised reference does not parse back");
            FUZZ_CHECK(again->normalized() == n->normalized(), "normalising twice changed the reference");
            const auto familiar = Reference::parseNormalized(n->familiar(), def);
            FUZZ_CHECK(familiar.has_value(), "the familiar form of a reference does not parse");
            // distribution/reference's own ambiguity: docker.io/a.b/c is shown as a.b/c,
            // which reads as the registry a.b (Docker Hub has no such namespace).
            const QString fam = n->familiarName();
            const QString first = fam.section(u'/', 0, 0);
            const bool readsAsDomain = fam.contains(u'/')
                && (first.contains(u'.') || first.contains(u':') || first == u"localhost" || first != first.toLower());
            FUZZ_CHECK(readsAsDomain || familiar->name() == n->name(), "the familiar form names another repository");
            (void)n->withDefaultTag();
            (void)n->fromImage();
        }
    }
    if (const auto t = Reference::parseTagTarget(text)) {
        FUZZ_CHECK(t->digest.isEmpty(), "a tag target with a digest");
        FUZZ_CHECK(!t->tag.isEmpty(), "a tag target without a tag");
    }
    if (const auto tag = Reference::validateTag(text))
        FUZZ_CHECK(*tag == text, "a valid tag came back changed");
    (void)Reference::isImageId(text);
    return 0;
}
