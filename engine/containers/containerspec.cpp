#include "containerspec.h"

#include "containerhealth.h"
#include "containersapi.h"
#include "imagesapi.h"
#include "engine.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using namespace Qt::StringLiterals;

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

bool isEmptyValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return true;
    case QJsonValue::Bool: return !v.toBool();
    case QJsonValue::Double: return v.toDouble() == 0;
    case QJsonValue::String: return v.toString().isEmpty();
    case QJsonValue::Array: return v.toArray().isEmpty();
    case QJsonValue::Object: return v.toObject().isEmpty();
    }
    return true;
}

// What the run dialog sets: replaced as a whole by withRunConfig().
const QStringList &managedConfigKeys()
{
    static const QStringList keys{u"Image"_s, u"Cmd"_s, u"Entrypoint"_s, u"AttachStdin"_s, u"AttachStdout"_s, u"AttachStderr"_s,
                                  u"OpenStdin"_s, u"StdinOnce"_s, u"Tty"_s, u"Env"_s, u"Labels"_s, u"WorkingDir"_s, u"User"_s, u"Volumes"_s};
    return keys;
}

const QStringList &managedHostKeys()
{
    static const QStringList keys{u"PortBindings"_s, u"Binds"_s, u"Mounts"_s, u"AutoRemove"_s, u"RestartPolicy"_s, u"NetworkMode"_s};
    return keys;
}

bool isPredefinedNetworkMode(const QString &mode)
{
    return mode.isEmpty() || mode == "default"_L1 || mode == "bridge"_L1 || mode == "host"_L1 || mode == "none"_L1
        || mode.startsWith("container:"_L1) || mode.startsWith("ns:"_L1) || mode == "slirp4netns"_L1 || mode == "pasta"_L1
        || mode == "private"_L1;
}

QString containerName(const QJsonObject &inspect)
{
    QString name = inspect.value("Name"_L1).toString();
    return name.startsWith(u'/') ? name.mid(1) : name;
}

/// The aliases a user gave, without those the engine adds itself (the short id, the name).
QStringList userAliases(const QJsonObject &endpoint, const QJsonObject &inspect)
{
    const QString id = inspect.value("Id"_L1).toString();
    const QString name = containerName(inspect);
    QStringList out;
    for (const auto range = strings(endpoint.value("Aliases"_L1)); const QString &a : range) {
        if (a != id.left(12) && a != id && a != name && !out.contains(a))
            out << a;
    }
    return out;
}

QJsonObject endpointSettings(const QJsonObject &endpoint, const QJsonObject &inspect)
{
    QJsonObject out;
    const QJsonObject ipam = endpoint.value("IPAMConfig"_L1).toObject();
    QJsonObject keptIpam;
    for (auto it = ipam.begin(); it != ipam.end(); ++it) {
        if (!isEmptyValue(it.value()))
            keptIpam.insert(it.key(), it.value());
    }
    if (!keptIpam.isEmpty())
        out.insert(u"IPAMConfig"_s, keptIpam);
    const QStringList aliases = userAliases(endpoint, inspect);
    if (!aliases.isEmpty())
        out.insert(u"Aliases"_s, QJsonArray::fromStringList(aliases));
    if (!isEmptyValue(endpoint.value("DriverOpts"_L1)))
        out.insert(u"DriverOpts"_s, endpoint.value("DriverOpts"_L1));
    return out;
}

QString numberText(double v)
{
    QString s = QString::number(v, 'f', 3);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

/// The mounts of a body by target: what a -v, --mount or anonymous volume puts there.
QSet<QString> mountedTargets(const QJsonObject &body)
{
    QSet<QString> out;
    const QJsonObject host = body.value("HostConfig"_L1).toObject();
    for (const auto range = strings(host.value("Binds"_L1)); const QString &b : range) {
        if (auto m = MountSpec::parseVolume(b))
            out.insert(m->target);
    }
    for (const auto range = host.value("Mounts"_L1).toArray(); const QJsonValue &v : range)
        out.insert(v.toObject().value("Target"_L1).toString());
    return out;
}

} // namespace

namespace ContainerSpec {

QFuture<Result<Origin>> readOrigin(Engine &engine, const QString &id)
{
    QPointer<Engine> e = &engine;
    return ContainersApi(&engine)
        .inspect(id)
        .then(QtFuture::Launch::Sync,
              [e](const Result<QJsonObject> &r) -> QFuture<Result<Origin>> {
                  if (!r)
                      return QtFuture::makeReadyValueFuture(Result<Origin>(std::unexpected(r.error())));
                  const QJsonObject &inspect = *r;
                  if (!e)
                      return QtFuture::makeReadyValueFuture(Result<Origin>(Origin{inspect, {}}));
                  // The image may be gone (the container keeps its layers): then nothing is its image's.
                  return ImagesApi::inspect(*e, inspect.value("Image"_L1).toString())
                      .then(QtFuture::Launch::Sync, [inspect](const Result<ImageInspect> &img) {
                          return Result<Origin>(Origin{inspect, img ? img->raw.value("Config"_L1).toObject() : QJsonObject()});
                      });
              })
        .unwrap();
}

RunConfig runConfig(const QJsonObject &inspect, const QJsonObject &imageConfig)
{
    const QJsonObject config = inspect.value("Config"_L1).toObject();
    QJsonObject body = config;
    body.insert(u"HostConfig"_s, inspect.value("HostConfig"_L1));

    // What the image gives anyway goes.
    const QStringList imageEnv = strings(imageConfig.value("Env"_L1));
    QStringList env = strings(config.value("Env"_L1));
    env.removeIf([&](const QString &e) { return imageEnv.contains(e); });
    body.insert(u"Env"_s, QJsonArray::fromStringList(env));
    const QJsonObject imageLabels = imageConfig.value("Labels"_L1).toObject();
    QJsonObject labels = config.value("Labels"_L1).toObject();
    for (auto it = imageLabels.begin(); it != imageLabels.end(); ++it) {
        if (labels.value(it.key()) == it.value())
            labels.remove(it.key());
    }
    body.insert(u"Labels"_s, labels);
    for (const char *key : {"WorkingDir", "User"}) {
        if (config.value(QLatin1String(key)) == imageConfig.value(QLatin1String(key)))
            body.remove(QLatin1String(key));
    }
    // The image's entrypoint stays when the container has it; then so does its
    // command, unless the container has another. A new entrypoint drops the image's
    // command: the container's own is written out in full.
    const QJsonValue imageEntrypoint = imageConfig.value("Entrypoint"_L1);
    const QJsonValue entrypoint = config.value("Entrypoint"_L1);
    if (strings(entrypoint) == strings(imageEntrypoint)) {
        body.remove(u"Entrypoint"_s);
        if (strings(config.value("Cmd"_L1)) == strings(imageConfig.value("Cmd"_L1)))
            body.remove(u"Cmd"_s);
    } else if (!entrypoint.isArray()) {
        body.insert(u"Entrypoint"_s, QJsonArray{QString()});
    }
    // Anonymous volumes: the container's own, not the image's VOLUMEs (the engine adds
    // those again), nor the paths a bind or named volume covers.
    const QJsonObject imageVolumes = imageConfig.value("Volumes"_L1).toObject();
    QJsonObject volumes = config.value("Volumes"_L1).toObject();
    const QSet<QString> covered = mountedTargets(body);
    for (const auto range = volumes.keys(); const QString &target : range) {
        if (imageVolumes.contains(target) || covered.contains(target))
            volumes.remove(target);
    }
    body.insert(u"Volumes"_s, volumes);

    RunConfig c = RunConfig::fromCreateBody(body, containerName(inspect));
    // The engine's default network is "bridge" when none was asked for; Podman
    // names its own. Either is what an empty field gives again.
    if (c.network == "default"_L1)
        c.network.clear();
    return c;
}

QJsonObject createBody(const QJsonObject &inspect)
{
    QJsonObject body = inspect.value("Config"_L1).toObject();
    const QString id = inspect.value("Id"_L1).toString();
    // The engine names the host after the container's id when nobody chose a name.
    if (body.value("Hostname"_L1).toString() == id.left(12))
        body.remove(u"Hostname"_s);
    if (isEmptyValue(body.value("Domainname"_L1)))
        body.remove(u"Domainname"_s);
    QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    body.insert(u"HostConfig"_s, host);

    const QString mode = host.value("NetworkMode"_L1).toString();
    if (!isPredefinedNetworkMode(mode)) {
        const QJsonObject networks = inspect.value("NetworkSettings"_L1).toObject().value("Networks"_L1).toObject();
        QJsonObject endpoint = networks.value(mode).toObject();
        if (!networks.contains(mode)) {
            // NetworkMode may hold the network's id: find it by id.
            for (auto it = networks.begin(); it != networks.end(); ++it) {
                if (it.value().toObject().value("NetworkID"_L1).toString() == mode)
                    endpoint = it.value().toObject();
            }
        }
        const QJsonObject settings = endpointSettings(endpoint, inspect);
        if (!settings.isEmpty())
            body.insert(u"NetworkingConfig"_s, QJsonObject{{u"EndpointsConfig"_s, QJsonObject{{mode, settings}}}});
    }
    return body;
}

QJsonObject withRunConfig(const QJsonObject &base, const RunConfig &edited, const QProcessEnvironment &environment)
{
    const QJsonObject fresh = edited.toCreateBody(environment);
    QJsonObject out = base;
    for (const QString &k : managedConfigKeys()) {
        out.remove(k);
        if (fresh.contains(k))
            out.insert(k, fresh.value(k));
    }
    // Ports the container exposed without publishing them (EXPOSE, --expose) stay exposed.
    QJsonObject exposed = base.value("ExposedPorts"_L1).toObject();
    const QJsonObject freshExposed = fresh.value("ExposedPorts"_L1).toObject();
    for (auto it = freshExposed.begin(); it != freshExposed.end(); ++it)
        exposed.insert(it.key(), it.value());
    if (exposed.isEmpty())
        out.remove(u"ExposedPorts"_s);
    else
        out.insert(u"ExposedPorts"_s, exposed);

    const QJsonObject baseHost = base.value("HostConfig"_L1).toObject();
    const QJsonObject freshHost = fresh.value("HostConfig"_L1).toObject();
    QJsonObject host = baseHost;
    for (const QString &k : managedHostKeys()) {
        host.remove(k);
        if (freshHost.contains(k))
            host.insert(k, freshHost.value(k));
    }
    // A mount the dialog kept as it was keeps the options the dialog does not show.
    if (host.contains("Mounts"_L1)) {
        const QJsonArray baseMounts = baseHost.value("Mounts"_L1).toArray();
        QJsonArray mounts = host.value("Mounts"_L1).toArray();
        for (qsizetype i = 0; i < mounts.size(); ++i) {
            const QJsonObject m = mounts.at(i).toObject();
            for (const QJsonValue &bv : baseMounts) {
                const QJsonObject b = bv.toObject();
                if (b.value("Type"_L1) == m.value("Type"_L1) && b.value("Target"_L1) == m.value("Target"_L1)
                    && b.value("Source"_L1).toString() == m.value("Source"_L1).toString()
                    && b.value("ReadOnly"_L1).toBool() == m.value("ReadOnly"_L1).toBool()) {
                    mounts[i] = b;
                    break;
                }
            }
        }
        host.insert(u"Mounts"_s, mounts);
    }
    out.insert(u"HostConfig"_s, host);

    // The endpoint settings belong to the network they were made for.
    const QJsonObject endpoints = base.value("NetworkingConfig"_L1).toObject().value("EndpointsConfig"_L1).toObject();
    if (!endpoints.isEmpty() && (endpoints.size() != 1 || endpoints.constBegin().key() != host.value("NetworkMode"_L1).toString()))
        out.remove(u"NetworkingConfig"_s);
    return out;
}

QList<std::pair<QString, NetworkConnectSpec>> extraNetworks(const QJsonObject &inspect, const QString &networkMode)
{
    QList<std::pair<QString, NetworkConnectSpec>> out;
    const QString mode = networkMode.isEmpty() ? u"bridge"_s : networkMode;
    if (isPredefinedNetworkMode(mode) && mode != "bridge"_L1)
        return out; // host, none, container:x: nothing else can be attached
    const QJsonObject networks = inspect.value("NetworkSettings"_L1).toObject().value("Networks"_L1).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject endpoint = it.value().toObject();
        if (it.key() == mode || endpoint.value("NetworkID"_L1).toString() == mode || isPredefinedNetworkMode(it.key()))
            continue;
        NetworkConnectSpec spec;
        spec.aliases = userAliases(endpoint, inspect);
        spec.ipv4 = endpoint.value("IPAMConfig"_L1).toObject().value("IPv4Address"_L1).toString();
        out.append({it.key(), spec});
    }
    return out;
}

QFuture<Result<Done>> connectNetworks(Engine &engine, const QString &containerId, const QList<std::pair<QString, NetworkConnectSpec>> &networks)
{
    if (networks.isEmpty())
        return QtFuture::makeReadyValueFuture(Result<Done>(Done{}));
    NetworkConnectSpec spec = networks.first().second;
    spec.container = containerId;
    QPointer<Engine> e = &engine;
    const auto rest = networks.mid(1);
    return NetworksApi::connectContainer(engine, networks.first().first, spec)
        .then(QtFuture::Launch::Sync,
              [e, containerId, rest](const Result<Done> &r) -> QFuture<Result<Done>> {
                  if (!r)
                      return QtFuture::makeReadyValueFuture(Result<Done>(std::unexpected(r.error())));
                  if (!e)
                      return QtFuture::makeReadyValueFuture(
                          Result<Done>(std::unexpected(EngineError::make(EngineError::Kind::Other, Engine::tr("Not connected to an engine.")))));
                  return connectNetworks(*e, containerId, rest);
              })
        .unwrap();
}

QJsonObject withoutFixedAddresses(QJsonObject body)
{
    body.remove(u"MacAddress"_s);
    QJsonObject networking = body.value("NetworkingConfig"_L1).toObject();
    QJsonObject endpoints = networking.value("EndpointsConfig"_L1).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        QJsonObject ep = it.value().toObject();
        ep.remove(u"IPAMConfig"_s);
        ep.remove(u"MacAddress"_s);
        *it = ep;
    }
    if (!endpoints.isEmpty()) {
        networking.insert(u"EndpointsConfig"_s, endpoints);
        body.insert(u"NetworkingConfig"_s, networking);
    }
    return body;
}

QJsonObject keepAnonymousVolumes(const QJsonObject &body, const QJsonObject &oldInspect, const QJsonObject &imageConfig, QStringList *kept)
{
    static const QRegularExpression anonymous(u"^[0-9a-f]{64}$"_s);
    QJsonObject out = body;
    QJsonObject volumes = out.value("Volumes"_L1).toObject();
    // The paths that get an anonymous volume: the body's own, and the image's VOLUMEs.
    QStringList wanted = volumes.keys();
    for (const auto range = imageConfig.value("Volumes"_L1).toObject().keys(); const QString &t : range) {
        if (!wanted.contains(t))
            wanted << t;
    }
    QJsonObject host = out.value("HostConfig"_L1).toObject();
    const QSet<QString> covered = mountedTargets(out);
    QJsonArray binds = host.value("Binds"_L1).toArray();
    for (const auto range = oldInspect.value("Mounts"_L1).toArray(); const QJsonValue &v : range) {
        const QJsonObject m = v.toObject();
        const QString name = m.value("Name"_L1).toString();
        const QString target = m.value("Destination"_L1).toString();
        if (m.value("Type"_L1).toString() != "volume"_L1 || !anonymous.match(name).hasMatch() || !wanted.contains(target)
            || covered.contains(target))
            continue;
        binds.append(QString(name + u':' + target + (m.value("RW"_L1).toBool(true) ? QString() : u":ro"_s)));
        volumes.remove(target);
        if (kept)
            *kept << name.left(12) + u" → "_s + target;
    }
    if (!binds.isEmpty())
        host.insert(u"Binds"_s, binds);
    out.insert(u"HostConfig"_s, host);
    if (volumes.isEmpty())
        out.remove(u"Volumes"_s);
    else
        out.insert(u"Volumes"_s, volumes);
    return out;
}

QString sizeOption(qint64 bytes)
{
    constexpr qint64 k = 1024, m = k * 1024, g = m * 1024;
    if (bytes > 0 && bytes % g == 0)
        return QString::number(bytes / g) + u'g';
    if (bytes > 0 && bytes % m == 0)
        return QString::number(bytes / m) + u'm';
    if (bytes > 0 && bytes % k == 0)
        return QString::number(bytes / k) + u'k';
    return QString::number(bytes);
}

QStringList otherOptions(const QJsonObject &inspect, const QJsonObject &imageConfig, QStringList *unexpressed)
{
    const QJsonObject config = inspect.value("Config"_L1).toObject();
    const QJsonObject host = inspect.value("HostConfig"_L1).toObject();
    QStringList o;
    QSet<QString> handled;
    auto flag = [&](const QString &key, const QString &option) {
        handled.insert(key);
        if (host.value(key).toBool())
            o << option;
    };
    auto each = [&](const QString &key, const QString &option) {
        handled.insert(key);
        for (const auto range = strings(host.value(key)); const QString &v : range)
            o << option << v;
    };
    auto number = [&](const QString &key, const QString &option, bool size) {
        handled.insert(key);
        const qint64 v = host.value(key).toInteger();
        if (v != 0)
            o << option << (size ? sizeOption(v) : QString::number(v));
    };
    auto text = [&](const QString &key, const QString &option, const QStringList &defaults = {}) {
        handled.insert(key);
        const QString v = host.value(key).toString();
        if (!v.isEmpty() && !defaults.contains(v))
            o << option << v;
    };

    // Config: the host name, stop settings and the healthcheck, when not the image's.
    const QString id = inspect.value("Id"_L1).toString();
    if (const QString h = config.value("Hostname"_L1).toString(); !h.isEmpty() && h != id.left(12))
        o << u"--hostname"_s << h;
    if (const QString d = config.value("Domainname"_L1).toString(); !d.isEmpty())
        o << u"--domainname"_s << d;
    if (const QString s = config.value("StopSignal"_L1).toString(); !s.isEmpty() && s != imageConfig.value("StopSignal"_L1).toString())
        o << u"--stop-signal"_s << s;
    if (config.value("StopTimeout"_L1).isDouble())
        o << u"--stop-timeout"_s << QString::number(config.value("StopTimeout"_L1).toInteger());
    const auto check = HealthCheck::fromConfig(config);
    if (check && check != HealthCheck::fromConfig(imageConfig)) {
        if (check->disabled()) {
            o << u"--no-healthcheck"_s;
        } else {
            if (!check->test.isEmpty())
                o << u"--health-cmd"_s << check->commandText();
            if (check->interval > 0)
                o << u"--health-interval"_s << HealthCheck::durationText(check->interval);
            if (check->timeout > 0)
                o << u"--health-timeout"_s << HealthCheck::durationText(check->timeout);
            if (check->startPeriod > 0)
                o << u"--health-start-period"_s << HealthCheck::durationText(check->startPeriod);
            if (check->startInterval > 0)
                o << u"--health-start-interval"_s << HealthCheck::durationText(check->startInterval);
            if (check->retries > 0)
                o << u"--health-retries"_s << QString::number(check->retries);
        }
    }
    if (!config.value("Shell"_L1).toArray().isEmpty() && config.value("Shell"_L1) != imageConfig.value("Shell"_L1) && unexpressed)
        *unexpressed << u"Shell"_s;

    // HostConfig: resources first, then privileges, then the rest.
    number(u"Memory"_s, u"--memory"_s, true);
    handled.insert(u"MemorySwap"_s);
    const qint64 memory = host.value("Memory"_L1).toInteger(), swap = host.value("MemorySwap"_L1).toInteger();
    // Twice the memory is what --memory alone gives.
    if (swap == -1 || (swap > 0 && swap != 2 * memory))
        o << u"--memory-swap"_s << (swap == -1 ? u"-1"_s : sizeOption(swap));
    number(u"MemoryReservation"_s, u"--memory-reservation"_s, true);
    handled.insert(u"NanoCpus"_s);
    if (const qint64 nano = host.value("NanoCpus"_L1).toInteger(); nano > 0)
        o << u"--cpus"_s << numberText(double(nano) / 1e9);
    number(u"CpuShares"_s, u"--cpu-shares"_s, false);
    // Podman reports a --cpus limit as NanoCpus and as the quota it is made of.
    if (host.value("NanoCpus"_L1).toInteger() > 0) {
        handled.insert(u"CpuQuota"_s);
        handled.insert(u"CpuPeriod"_s);
    } else {
        number(u"CpuQuota"_s, u"--cpu-quota"_s, false);
        number(u"CpuPeriod"_s, u"--cpu-period"_s, false);
    }
    text(u"CpusetCpus"_s, u"--cpuset-cpus"_s);
    text(u"CpusetMems"_s, u"--cpuset-mems"_s);
    handled.insert(u"PidsLimit"_s);
    if (const qint64 pids = host.value("PidsLimit"_L1).toInteger(); pids > 0)
        o << u"--pids-limit"_s << QString::number(pids);
    number(u"BlkioWeight"_s, u"--blkio-weight"_s, false);
    flag(u"OomKillDisable"_s, u"--oom-kill-disable"_s);
    number(u"OomScoreAdj"_s, u"--oom-score-adj"_s, false);
    handled.insert(u"ShmSize"_s);
    if (const qint64 shm = host.value("ShmSize"_L1).toInteger(); shm > 0 && shm != 64 * 1024 * 1024)
        o << u"--shm-size"_s << sizeOption(shm);

    flag(u"Privileged"_s, u"--privileged"_s);
    flag(u"ReadonlyRootfs"_s, u"--read-only"_s);
    flag(u"Init"_s, u"--init"_s);
    flag(u"PublishAllPorts"_s, u"--publish-all"_s);
    each(u"CapAdd"_s, u"--cap-add"_s);
    each(u"CapDrop"_s, u"--cap-drop"_s);
    each(u"SecurityOpt"_s, u"--security-opt"_s);
    each(u"GroupAdd"_s, u"--group-add"_s);
    each(u"Dns"_s, u"--dns"_s);
    each(u"DnsSearch"_s, u"--dns-search"_s);
    each(u"DnsOptions"_s, u"--dns-option"_s);
    each(u"ExtraHosts"_s, u"--add-host"_s);
    each(u"VolumesFrom"_s, u"--volumes-from"_s);
    handled.insert(u"Devices"_s);
    for (const auto range = host.value("Devices"_L1).toArray(); const QJsonValue &v : range) {
        const QJsonObject d = v.toObject();
        const QString onHost = d.value("PathOnHost"_L1).toString();
        const QString inside = d.value("PathInContainer"_L1).toString();
        const QString perms = d.value("CgroupPermissions"_L1).toString();
        QString spec = onHost;
        const bool customPerms = !perms.isEmpty() && perms != "rwm"_L1;
        if (!inside.isEmpty() && (inside != onHost || customPerms))
            spec += u':' + inside;
        if (customPerms)
            spec += u':' + perms;
        o << u"--device"_s << spec;
    }
    handled.insert(u"Tmpfs"_s);
    const QJsonObject tmpfs = host.value("Tmpfs"_L1).toObject();
    for (auto it = tmpfs.begin(); it != tmpfs.end(); ++it)
        o << u"--tmpfs"_s << (it.value().toString().isEmpty() ? it.key() : it.key() + u':' + it.value().toString());
    handled.insert(u"Sysctls"_s);
    const QJsonObject sysctls = host.value("Sysctls"_L1).toObject();
    for (auto it = sysctls.begin(); it != sysctls.end(); ++it)
        o << u"--sysctl"_s << it.key() + u'=' + it.value().toString();
    handled.insert(u"Ulimits"_s);
    for (const auto range = host.value("Ulimits"_L1).toArray(); const QJsonValue &v : range) {
        const QJsonObject u = v.toObject();
        o << u"--ulimit"_s << u"%1=%2:%3"_s.arg(u.value("Name"_L1).toString()).arg(u.value("Soft"_L1).toInteger()).arg(u.value("Hard"_L1).toInteger());
    }
    text(u"IpcMode"_s, u"--ipc"_s, {u"private"_s, u"shareable"_s});
    text(u"PidMode"_s, u"--pid"_s, {u"private"_s});
    text(u"UTSMode"_s, u"--uts"_s, {u"private"_s});
    text(u"UsernsMode"_s, u"--userns"_s);
    text(u"CgroupParent"_s, u"--cgroup-parent"_s);
    text(u"Runtime"_s, u"--runtime"_s, {u"runc"_s, u"oci"_s, u"crun"_s});
    handled.insert(u"LogConfig"_s);
    const QJsonObject log = host.value("LogConfig"_L1).toObject();
    const QJsonObject logOptions = log.value("Config"_L1).toObject();
    // The driver is the engine's default unless options were given with it.
    if (!logOptions.isEmpty()) {
        o << u"--log-driver"_s << log.value("Type"_L1).toString();
        for (auto it = logOptions.begin(); it != logOptions.end(); ++it)
            o << u"--log-opt"_s << it.key() + u'=' + it.value().toString();
    }

    if (unexpressed) {
        // What the engine fills in itself, or reports in another form, is no setting.
        static const QSet<QString> noise{u"ConsoleSize"_s, u"MaskedPaths"_s, u"ReadonlyPaths"_s, u"CgroupnsMode"_s, u"ContainerIDFile"_s,
                                         u"Isolation"_s, u"Cgroup"_s, u"VolumeDriver"_s, u"Annotations"_s, u"CpuCount"_s, u"CpuPercent"_s,
                                         u"MemorySwappiness"_s, u"KernelMemory"_s, u"KernelMemoryTCP"_s, u"Links"_s};
        for (auto it = host.begin(); it != host.end(); ++it) {
            if (!handled.contains(it.key()) && !managedHostKeys().contains(it.key()) && !noise.contains(it.key()) && !isEmptyValue(it.value()))
                *unexpressed << it.key();
        }
    }
    return o;
}

QString commandLine(const RunConfig &config, const QStringList &extraOptions, const QString &program)
{
    const QStringList args = config.toArguments();
    // Before the image and its command.
    const qsizetype at = args.size() - config.command.size() - 1;
    return joinShellWords(QStringList{program} + args.mid(0, at) + extraOptions + args.mid(at));
}

} // namespace ContainerSpec
