// `docker run` command lines as pasted into the run dialog: any text, no crash;
// shell words split back to themselves once joined; a command line that reads as a
// configuration prints (Copy as docker run) a line that reads back to the same line.
// The port, volume, mount and restart parsers get each line on its own too.
#include "fuzzcommon.h"
#include "runconfig.h"

#include <QProcessEnvironment>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = QString::fromUtf8(fuzz::bytes(data, size));

    if (const auto words = splitShellWords(line)) {
        const auto again = splitShellWords(joinShellWords(*words));
        FUZZ_CHECK(again.has_value(), "joined shell words do not split");
        FUZZ_CHECK(*again == *words, "joined shell words split into other words");
        for (const QString &w : *words) {
            const auto one = splitShellWords(quoteShellWord(w));
            FUZZ_CHECK(one.has_value() && one->size() == 1 && one->first() == w, "a quoted word is not that word");
        }
    }

    if (const auto config = RunConfig::fromCommandLine(line)) {
        const QString printed = config->toCommandLine();
        const auto again = RunConfig::fromCommandLine(printed);
        FUZZ_CHECK(again.has_value(), "a configuration printed as a command line does not read back");
        // The configuration keeps what was typed (the image with its spaces); what it
        // means, and so what it prints, must survive the round trip.
        FUZZ_CHECK(again->toCommandLine() == printed, "a configuration printed as a command line reads back as another one");
        const QProcessEnvironment empty;
        const RunConfig fromBody = RunConfig::fromCreateBody(config->toCreateBody(empty), config->name);
        (void)fromBody.toArguments();
        (void)config->problems(false);
        (void)config->restartText();
    }

    for (const QString &part : line.split(u'\n')) {
        (void)PortMapping::parse(part);
        if (const auto m = MountSpec::parseVolume(part))
            (void)MountSpec::typeName(m->type);
        (void)MountSpec::parseMount(part);
        if (const auto r = RunConfig::parseRestart(part))
            FUZZ_CHECK(r->second >= 0, "a negative restart count");
        (void)RunConfig::validateName(part);
    }
    return 0;
}
