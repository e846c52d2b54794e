#include "statshistory.h"

#include <algorithm>

StatsHistory::StatsHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
    // All the memory a history will hold, at once: nothing grows while a chart is open.
    for (Ring &r : m_rings)
        r.data.reserve(size_t(m_capacity));
}

void StatsHistory::Ring::push(QPointF p, int capacity)
{
    if (qsizetype(data.size()) < capacity) {
        // Grows up to the capacity, then wraps: no allocation once full.
        data.push_back(p);
        head = qsizetype(data.size()) % capacity;
        count = qsizetype(data.size());
        return;
    }
    data[size_t(head)] = p;
    head = (head + 1) % capacity;
    count = capacity;
}

QPointF StatsHistory::Ring::at(qsizetype i) const
{
    const qsizetype n = qsizetype(data.size());
    const qsizetype oldest = count < n ? 0 : head;
    return data[size_t((oldest + i) % n)];
}

void StatsHistory::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    for (Ring &r : m_rings) {
        std::vector<QPointF> kept;
        const qsizetype keep = std::min<qsizetype>(r.count, capacity);
        kept.reserve(size_t(capacity));
        for (qsizetype i = r.count - keep; i < r.count; ++i)
            kept.push_back(r.at(i));
        r.data = std::move(kept);
        r.count = qsizetype(r.data.size());
        r.head = r.count % capacity;
    }
    m_capacity = capacity;
}

void StatsHistory::clear()
{
    for (Ring &r : m_rings) {
        r.data.clear(); // keeps its reserved room
        r.head = 0;
        r.count = 0;
    }
    m_hasLatest = false;
    m_latest = ContainerStats();
}

void StatsHistory::push(Metric m, qint64 ms, double value)
{
    m_rings[m].push(QPointF(double(ms), value), m_capacity);
}

void StatsHistory::add(const ContainerStats &s)
{
    if (!s.running || s.readNs <= 0)
        return;
    if (m_hasLatest && s.readNs <= m_latest.readNs)
        return;
    const qint64 ms = s.readNs / 1'000'000;
    if (!s.precpu.isEmpty())
        push(Cpu, ms, s.cpuPercent);
    push(MemoryUsed, ms, s.memoryUsed);
    push(MemoryLimit, ms, s.memoryLimit);
    if (m_hasLatest) {
        const double seconds = double(s.readNs - m_latest.readNs) / 1e9;
        // A counter that went back (the container restarted) gives no rate.
        auto rate = [seconds](double now, double before) { return now >= before ? (now - before) / seconds : 0.0; };
        push(NetRx, ms, rate(s.networkRx, m_latest.networkRx));
        push(NetTx, ms, rate(s.networkTx, m_latest.networkTx));
        push(BlockRead, ms, rate(double(s.blockRead), double(m_latest.blockRead)));
        push(BlockWrite, ms, rate(double(s.blockWrite), double(m_latest.blockWrite)));
    }
    m_latest = s;
    m_hasLatest = true;
}

double StatsHistory::last(Metric m) const
{
    const Ring &r = m_rings[m];
    return r.count == 0 ? 0.0 : r.at(r.count - 1).y();
}

QList<QPointF> StatsHistory::points(Metric m, qint64 fromMs) const
{
    const Ring &r = m_rings[m];
    // Points are in time order: find the first one in the window by bisection.
    qsizetype lo = 0, hi = r.count;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (r.at(mid).x() < double(fromMs))
            lo = mid + 1;
        else
            hi = mid;
    }
    QList<QPointF> out;
    out.reserve(r.count - lo);
    for (qsizetype i = lo; i < r.count; ++i)
        out.append(r.at(i));
    return out;
}
