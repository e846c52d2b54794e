// Shared by the libFuzzer targets (fuzz/fuzz_*.cpp, built with CAIS_FUZZ=ON).
#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// A property that must hold for every input: prints what broke and aborts, so that
/// libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(cond, what)                                                          \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            std::fprintf(stderr, "fuzz: %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #cond); \
            std::abort();                                                               \
        }                                                                               \
    } while (0)

namespace fuzz {

/// The input as a QByteArray (a copy: the decoders may keep it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Cuts `whole` into pieces, as a transport may: the sizes come from `seed`, a byte
/// of the input, so that libFuzzer explores the cuts too (0: one piece, 1: byte by
/// byte, otherwise sizes 1..seed in a fixed pseudo-random walk).
inline QList<QByteArray> pieces(const QByteArray &whole, uint8_t seed)
{
    QList<QByteArray> out;
    if (seed == 0 || whole.isEmpty()) {
        out.append(whole);
        return out;
    }
    uint32_t state = seed * 2654435761u;
    for (qsizetype at = 0; at < whole.size();) {
        qsizetype n = 1;
        if (seed > 1) {
            state = state * 1103515245u + 12345u;
            n = qsizetype(1 + (state >> 16) % seed);
        }
        out.append(whole.mid(at, n));
        at += n;
    }
    return out;
}

} // namespace fuzz
