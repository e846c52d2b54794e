#pragma once

#include "stats.h"

#include <QList>
#include <QPointF>

#include <array>
#include <vector>

/// A container's recent stats, one point per sample in fixed-capacity ring buffers
/// (the oldest point makes room for the newest): memory stays flat however long a
/// chart stays open. Network and block I/O are kept as rates (bytes per second
/// between two samples), not as the engine's cumulative counters.
class StatsHistory
{
public:
    enum Metric { Cpu, MemoryUsed, MemoryLimit, NetRx, NetTx, BlockRead, BlockWrite, MetricCount };

    /// One hour of samples at one per second.
    static constexpr int kLongCapacity = 3600;
    /// What a list row's sparkline needs: two minutes.
    static constexpr int kShortCapacity = 120;

    explicit StatsHistory(int capacity = kShortCapacity);

    int capacity() const { return m_capacity; }
    /// Keeps the newest points that fit.
    void setCapacity(int capacity);
    /// Adds a running container's sample. The first sample gives no rates and, when
    /// it has no precpu (a stream's first), no CPU point; a sample older than the
    /// last one is ignored.
    void add(const ContainerStats &sample);
    void clear();

    int size(Metric m) const { return int(m_rings[m].count); }
    bool hasLatest() const { return m_hasLatest; }
    const ContainerStats &latest() const { return m_latest; }
    /// The newest value of `m`, or 0 when there is none.
    double last(Metric m) const;
    /// The points of `m` at or after `fromMs` (x: ms since the epoch, y: value), oldest
    /// first, ready for QXYSeries::replace().
    QList<QPointF> points(Metric m, qint64 fromMs = 0) const;

private:
    struct Ring
    {
        std::vector<QPointF> data; ///< always capacity() points long
        qsizetype head = 0;        ///< where the next point goes
        qsizetype count = 0;       ///< points held (the newest `count` before head)
        void push(QPointF p);
        QPointF at(qsizetype i) const; ///< 0 = oldest
    };
    void push(Metric m, qint64 ms, double value);

    int m_capacity;
    std::array<Ring, MetricCount> m_rings;
    ContainerStats m_latest;
    bool m_hasLatest = false;
};
