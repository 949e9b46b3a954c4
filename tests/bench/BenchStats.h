#pragma once

// Small helpers the benchmark programs share (docs/benchmarks.md).

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace trellis::bench {

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

inline double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace trellis::bench
