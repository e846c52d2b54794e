// .dockerignore parsing and matching (moby's ignorefile and patternmatcher):
// the file, a NUL byte, then paths one per line. No crash; parse() agrees with
// readAll() + fromPatterns(); path cleaning is idempotent; the walker's form with no
// parent information agrees with matches().
#include "dockerignore.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray file = nul < 0 ? input : input.left(nul);
    const QList<QByteArray> paths = nul < 0 ? QList<QByteArray>() : input.mid(nul + 1).split('\n');

    const QStringList patterns = DockerIgnore::readAll(file);
    for (const QString &p : patterns) {
        const QString bare = p.startsWith(u'!') ? p.mid(1) : p;
        FUZZ_CHECK(DockerIgnore::cleanPath(bare) == bare || bare.startsWith(u'/') || bare.isEmpty(),
                   "readAll() gave a pattern that is not clean");
    }
    const auto parsed = DockerIgnore::parse(file);
    const auto compiled = DockerIgnore::fromPatterns(patterns);
    FUZZ_CHECK(parsed.has_value() == compiled.has_value(), "parse() and readAll() + fromPatterns() disagree");
    if (!parsed)
        return 0;
    FUZZ_CHECK(parsed->patternStrings() == compiled->patternStrings(), "parse() and fromPatterns() kept other patterns");

    for (const QByteArray &raw : paths) {
        const QString path = QString::fromUtf8(raw);
        const QString clean = DockerIgnore::cleanPath(path);
        FUZZ_CHECK(DockerIgnore::cleanPath(clean) == clean, "cleaning a path twice changed it");
        const bool m = parsed->matches(path);
        DockerIgnore::MatchInfo info;
        FUZZ_CHECK(parsed->matchesUsingParentResults(path, {}, &info) == m,
                   "matchesUsingParentResults() without parent information disagrees with matches()");
        FUZZ_CHECK(info.parentMatched.size() == parsed->patterns().size(), "match information of the wrong size");
        (void)parsed->matchesUsingParentResults(path + QStringLiteral("/child"), info);
        (void)parsed->matchesExact(path);
        (void)parsed->matchesLegacy(path);
        (void)parsed->mayReincludeBelow(clean);
    }
    return 0;
}
