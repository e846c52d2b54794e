#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// What `POST /containers/{id}/update` can change while a container runs (docker
/// update): its restart policy, CPU and memory limits. Read from inspect, edited,
/// and turned into the body the engine at hand understands:
///
/// - Docker takes `NanoCpus`, unless the container was made with a CPU quota or
///   period (then it refuses NanoCpus: the quota is changed instead). A limit of 0
///   means "unchanged" to Docker, so it cannot remove a CPU or memory limit.
/// - Podman's compatible API ignores `NanoCpus` (the quota and period do it), and
///   resets the restart policy to "no" when the body has none: the policy is always
///   sent. Podman removes a memory limit with -1.
/// - Both refuse a memory limit above the memory+swap limit already set, so the
///   swap goes with every memory change: the same allowance of swap as before,
///   unlimited if it was, or twice the memory (what `docker run -m` gives).
struct ContainerLimits
{
    Q_DECLARE_TR_FUNCTIONS(ContainerLimits)
public:
    QString restartPolicy = QStringLiteral("no"); ///< no, always, unless-stopped, on-failure
    int restartMaxRetries = 0;
    double cpus = 0;       ///< 0: no limit
    qint64 memory = 0;     ///< bytes; 0: no limit

    // As the engine reports them, to know how to change them.
    qint64 memorySwap = 0; ///< 0: unset, -1: unlimited
    qint64 nanoCpus = 0;
    qint64 cpuQuota = 0;
    qint64 cpuPeriod = 0;
    bool autoRemove = false;

    static constexpr qint64 kMinimumMemory = 6 * 1024 * 1024; ///< the engines' minimum
    static constexpr qint64 kDefaultCpuPeriod = 100000;      ///< microseconds, the kernel's default

    static ContainerLimits fromInspect(const QJsonObject &inspect);

    /// Why `wanted` cannot be applied to a container with these limits, in words; empty when it can.
    /// `hostCpus`: the engine's CPUs (0: unknown).
    QStringList problems(const ContainerLimits &wanted, bool podman, int hostCpus) const;
    /// The body that turns these limits into `wanted`: only what changes, and the
    /// restart policy always.
    QJsonObject updateBody(const ContainerLimits &wanted, bool podman) const;
    /// True when `wanted` changes nothing here.
    bool sameAs(const ContainerLimits &wanted) const;
    /// "256 MiB" style text of a memory size, in binary units as the CLI prints them.
    static QString memoryText(qint64 bytes);
};
