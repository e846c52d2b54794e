// The X-Docker-Container-Path-Stat header of HEAD/GET /containers/{id}/archive
// (base64 of a JSON object): the input as the header's value, and the input's JSON
// base64-encoded as the engine would send it. No crash, no undefined conversion.
#include "copyrules.h"
#include "fuzzcommon.h"

namespace {

void use(const ContainerPathStat &s)
{
    FUZZ_CHECK((s.permissions() & ~07777u) == 0, "permissions beyond 07777");
    FUZZ_CHECK(!s.isRegular() || (!s.isDir() && !s.isSymlink()), "a regular file that is also a folder or a link");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    if (const auto s = ContainerPathStat::decode(input))
        use(*s);
    if (const auto s = ContainerPathStat::decode(input.toBase64()))
        use(*s);
    return 0;
}
