#pragma once

// The statistics every benchmark program prints, defined once and exactly as
// tests/bench/run-benchmarks defines them for the CLI and curl side: the median
// (mean of the middle pair for an even count) and p90 by nearest rank.

#include <QList>

#include <algorithm>
#include <cmath>

namespace bench {

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
}

inline double p90(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(0.9 * double(v.size())));
    return v.at(std::max<qsizetype>(rank, 1) - 1);
}

} // namespace bench
