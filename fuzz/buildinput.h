// The input of the build stream targets: a byte choosing the cuts and whether the
// last named stage is the target, then the Dockerfile, a NUL byte, and the stream
// (without a NUL: no Dockerfile, the whole rest is the stream).
#pragma once

#include "dockerfile.h"
#include "fuzzcommon.h"

#include <QString>

namespace fuzz {

struct BuildInput
{
    uint8_t cuts = 0;
    Dockerfile dockerfile;
    bool haveDockerfile = false;
    QString target;
    QByteArray stream;
};

inline BuildInput buildInput(const uint8_t *data, size_t size)
{
    BuildInput in;
    in.cuts = data[0] & 0x7f;
    const QByteArray rest = bytes(data + 1, size - 1);
    const qsizetype nul = rest.indexOf('\0');
    if (nul < 0) {
        in.stream = rest;
        return in;
    }
    in.dockerfile = Dockerfile::parse(QString::fromUtf8(rest.left(nul)));
    in.haveDockerfile = true;
    in.stream = rest.mid(nul + 1);
    if (data[0] & 0x80) {
        const QStringList names = in.dockerfile.stageNames();
        if (!names.isEmpty())
            in.target = names.last();
    }
    return in;
}

/// The steps as the parsers leave them, compared between a whole and a cut stream.
template<typename Step>
bool sameSteps(const QList<Step> &a, const QList<Step> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].number != b[i].number || a[i].total != b[i].total || a[i].stage != b[i].stage
            || a[i].text != b[i].text || a[i].instruction != b[i].instruction || a[i].line != b[i].line
            || a[i].state != b[i].state || a[i].layerId != b[i].layerId || a[i].outputLines != b[i].outputLines)
            return false;
    }
    return true;
}

} // namespace fuzz
