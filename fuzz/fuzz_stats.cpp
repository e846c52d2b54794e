// The docker stats arithmetic on arbitrary JSON: every line of the input that is a
// JSON object is a stats sample (GET /containers/{id}/stats); each is decoded, its
// CPU % computed against the one before, and every column formatted. No crash, no
// undefined arithmetic (UBSan), and figures that are numbers.
#include "fuzzcommon.h"
#include "stats.h"
#include "streamdecoders.h"

#include <QJsonArray>

#include <cmath>

namespace {

void checkFigure(double v, const char *what)
{
    FUZZ_CHECK(!std::isnan(v), what);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    JsonLinesDecoder decoder;
    QList<JsonLinesDecoder::Item> items = decoder.feed(fuzz::bytes(data, size));
    items += decoder.finish();
    ContainerStats previous;
    for (const JsonLinesDecoder::Item &item : items) {
        if (!item.valid)
            continue;
        const QJsonObject &o = item.object;
        const ContainerStats s = ContainerStats::fromJson(o);
        checkFigure(s.cpuPercent, "CPU % is not a number");
        checkFigure(s.memoryUsed, "memory used is not a number");
        checkFigure(s.memoryLimit, "memory limit is not a number");
        checkFigure(s.memoryPercent, "memory % is not a number");
        checkFigure(s.networkRx, "network rx is not a number");
        checkFigure(s.networkTx, "network tx is not a number");
        const ContainerStats later = s.withPrevious(previous);
        checkFigure(later.cpuPercent, "CPU % against the previous sample is not a number");
        checkFigure(DockerStats::cpuPercent(previous.cpu, s.cpu), "cpuPercent is not a number");

        // The helpers on their own, on the parts of the object they read.
        const QJsonObject memory = o.value(u"memory_stats").toObject();
        const double usage = memory.value(u"usage").toDouble();
        (void)DockerStats::memoryUsedNoCache(usage < 0 || !(usage < 1.8e19) ? 0 : quint64(usage),
                                             memory.value(u"stats").toObject());
        (void)DockerStats::blockIo(o.value(u"blkio_stats").toObject().value(u"io_service_bytes_recursive").toArray());
        (void)DockerStats::network(o.value(u"networks").toObject());
        (void)CpuCounters::fromJson(o.value(u"cpu_stats").toObject());

        for (QChar point : {QLatin1Char('.'), QLatin1Char(',')}) {
            (void)DockerStats::percentage(later.cpuPercent, point);
            (void)DockerStats::percentage(s.memoryPercent, point);
            (void)DockerStats::memoryText(s, point);
            (void)DockerStats::networkText(s, point);
            (void)DockerStats::blockIoText(s, point);
            (void)DockerStats::bytesSize(s.memoryUsed, point);
            (void)DockerStats::humanSize(s.networkRx, 3, point);
            (void)DockerStats::humanSize(double(s.blockRead), 4, point);
        }
        previous = s;
    }
    return 0;
}
