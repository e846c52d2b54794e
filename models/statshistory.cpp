#include "statshistory.h"

#include <algorithm>

StatsHistory::StatsHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
    // All the memory a history will hold, at once and written (so resident from the
    // start, not page by page as the hour fills): nothing grows while a chart is open.
    for (Ring &r : m_rings)
        r.data.assign(size_t(m_capacity), QPointF());
}

void StatsHistory::Ring::push(QPointF p)
{
    const qsizetype n = qsizetype(data.size());
    data[size_t(head)] = p;
    head = (head + 1) % n;
    count = std::min(count + 1, n);
}

QPointF StatsHistory::Ring::at(qsizetype i) const
{
    const qsizetype n = qsizetype(data.size());
    const qsizetype oldest = (head - count + n) % n;
    return data[size_t((oldest + i) % n)];
}

void StatsHistory::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    for (Ring &r : m_rings) {
        std::vector<QPointF> kept(size_t(capacity), QPointF{});
        const qsizetype keep = std::min<qsizetype>(r.count, capacity);
        for (qsizetype i = 0; i < keep; ++i)
            kept[size_t(i)] = r.at(r.count - keep + i);
        r.data = std::move(kept);
        r.count = keep;
        r.head = keep % capacity;
    }
    m_capacity = capacity;
}

void StatsHistory::clear()
{
    for (Ring &r : m_rings) {
        r.head = 0; // the room stays
        r.count = 0;
    }
    m_hasLatest = false;
    m_latest = ContainerStats();
}

void StatsHistory::push(Metric m, qint64 ms, double value)
{
    m_rings[m].push(QPointF(double(ms), value));
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
