#include "containerupdate.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

bool sameCpus(double a, double b)
{
    return std::llround(a * 1e9) == std::llround(b * 1e9);
}

} // namespace

ContainerLimits ContainerLimits::fromInspect(const QJsonObject &inspect)
{
    const QJsonObject host = inspect.value(QLatin1String("HostConfig")).toObject();
    ContainerLimits l;
    const QJsonObject restart = host.value(QLatin1String("RestartPolicy")).toObject();
    l.restartPolicy = restart.value(QLatin1String("Name")).toString();
    if (l.restartPolicy.isEmpty())
        l.restartPolicy = QStringLiteral("no");
    l.restartMaxRetries = restart.value(QLatin1String("MaximumRetryCount")).toInt();
    l.memory = std::max<qint64>(0, host.value(QLatin1String("Memory")).toInteger());
    l.memorySwap = host.value(QLatin1String("MemorySwap")).toInteger();
    l.nanoCpus = host.value(QLatin1String("NanoCpus")).toInteger();
    l.cpuQuota = host.value(QLatin1String("CpuQuota")).toInteger();
    l.cpuPeriod = host.value(QLatin1String("CpuPeriod")).toInteger();
    l.autoRemove = host.value(QLatin1String("AutoRemove")).toBool();
    if (l.nanoCpus > 0)
        l.cpus = double(l.nanoCpus) / 1e9;
    else if (l.cpuQuota > 0)
        l.cpus = double(l.cpuQuota) / double(l.cpuPeriod > 0 ? l.cpuPeriod : kDefaultCpuPeriod);
    return l;
}

bool ContainerLimits::sameAs(const ContainerLimits &w) const
{
    const int retries = restartPolicy == QLatin1String("on-failure") ? restartMaxRetries : 0;
    const int wantedRetries = w.restartPolicy == QLatin1String("on-failure") ? w.restartMaxRetries : 0;
    return restartPolicy == w.restartPolicy && retries == wantedRetries && sameCpus(cpus, w.cpus) && memory == w.memory;
}

QStringList ContainerLimits::problems(const ContainerLimits &w, bool podman, int hostCpus) const
{
    QStringList out;
    static const QStringList policies{QStringLiteral("no"), QStringLiteral("always"), QStringLiteral("unless-stopped"), QStringLiteral("on-failure")};
    if (!policies.contains(w.restartPolicy))
        out << tr("Restart policy \"%1\": use no, always, unless-stopped or on-failure.").arg(w.restartPolicy);
    if (w.restartMaxRetries < 0)
        out << tr("The number of retries must be 0 or more.");
    if (autoRemove && w.restartPolicy != QLatin1String("no"))
        out << tr("This container is removed when it exits (--rm), so it cannot have a restart policy.");
    if (!sameCpus(cpus, w.cpus)) {
        if (w.cpus < 0) {
            out << tr("The CPU limit cannot be negative.");
        } else if (w.cpus == 0) {
            if (!podman)
                out << tr("Docker cannot remove a CPU limit from an existing container, only change it. To run without one, "
                          "recreate the container (Edit and Recreate).");
        } else if (w.cpus < 0.01) {
            out << tr("The smallest CPU limit is 0.01 CPUs.");
        } else if (hostCpus > 0 && w.cpus > hostCpus) {
            out << tr("The engine's host has %n CPU(s): the limit cannot be higher.", nullptr, hostCpus);
        }
    }
    if (memory != w.memory) {
        if (w.memory < 0) {
            out << tr("The memory limit cannot be negative.");
        } else if (w.memory == 0) {
            if (!podman)
                out << tr("Docker cannot remove a memory limit from an existing container, only change it. To run without one, "
                          "recreate the container (Edit and Recreate).");
        } else if (w.memory < kMinimumMemory) {
            out << tr("The smallest memory limit the engine accepts is %1.").arg(memoryText(kMinimumMemory));
        }
    }
    return out;
}

QJsonObject ContainerLimits::updateBody(const ContainerLimits &w, bool podman) const
{
    QJsonObject body;
    // Always: Podman resets the policy when it is absent, and Docker keeps its own
    // for an empty name, so it is named, "no" included.
    const bool onFailure = w.restartPolicy == QLatin1String("on-failure");
    body.insert(QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Name"), w.restartPolicy.isEmpty() ? QStringLiteral("no") : w.restartPolicy},
                                                             {QStringLiteral("MaximumRetryCount"), onFailure ? w.restartMaxRetries : 0}});
    if (!sameCpus(cpus, w.cpus)) {
        const bool quota = podman || (nanoCpus == 0 && (cpuQuota > 0 || cpuPeriod > 0));
        if (w.cpus <= 0) {
            // Only Podman gets here (problems() refuses it for Docker): -1 is "no quota".
            body.insert(QStringLiteral("CpuQuota"), -1);
        } else if (quota) {
            const qint64 period = cpuPeriod > 0 ? cpuPeriod : kDefaultCpuPeriod;
            body.insert(QStringLiteral("CpuPeriod"), period);
            body.insert(QStringLiteral("CpuQuota"), qint64(std::llround(w.cpus * double(period))));
        } else {
            body.insert(QStringLiteral("NanoCpus"), qint64(std::llround(w.cpus * 1e9)));
        }
    }
    if (memory != w.memory) {
        if (w.memory <= 0) {
            body.insert(QStringLiteral("Memory"), -1);
            body.insert(QStringLiteral("MemorySwap"), -1);
        } else {
            qint64 swap = 2 * w.memory;
            if (memorySwap == -1)
                swap = -1;
            else if (memory > 0 && memorySwap > memory)
                swap = w.memory + (memorySwap - memory);
            else if (memory > 0 && memorySwap == memory)
                swap = w.memory; // no swap at all before, none now
            body.insert(QStringLiteral("Memory"), w.memory);
            body.insert(QStringLiteral("MemorySwap"), swap);
        }
    }
    return body;
}

QString ContainerLimits::memoryText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat);
}
