#include "systemapi.h"

#include "engine.h"
#include "pruneretry.h"
#include "types.h"

#include <functional>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QSet>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace {

struct SystemApiText
{
    Q_DECLARE_TR_FUNCTIONS(SystemApi)
};

using Json::stringMap;

qint64 isoSeconds(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    const QString s = v.toString();
    if (s.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

Result<QJsonObject> objectOf(const Reply &r)
{
    auto doc = Engine::parseJson(r.body());
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol, SystemApiText::tr("The engine's answer is not a JSON object.")));
    return doc->object();
}

Reply *postLong(Engine &engine, const QString &path, const QUrlQuery &q)
{
    HttpRequest req;
    req.method = "POST";
    req.target = engine.target(path, q);
    // A prune answers only when it has finished: give it time.
    req.firstByteTimeoutMs = 30 * 60 * 1000;
    return engine.send(req);
}

QUrlQuery filterQuery(const QString &json)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filters"), Engine::queryValue(json));
    return q;
}

QStringList ids(const QList<DfContainer> &list)
{
    QStringList out;
    for (const DfContainer &c : list)
        out << c.id;
    return out;
}

void diff(const QStringList &planned, const QStringList &done, QStringList *onlyPlanned, QStringList *onlyDone)
{
    const QSet<QString> p(planned.begin(), planned.end()), d(done.begin(), done.end());
    for (const QString &x : planned) {
        if (!d.contains(x))
            *onlyPlanned << x;
    }
    for (const QString &x : done) {
        if (!p.contains(x))
            *onlyDone << x;
    }
}

bool isPredefinedNetwork(const QString &name, bool podman)
{
    if (podman)
        return name == QLatin1String("podman");
    return name == QLatin1String("bridge") || name == QLatin1String("host") || name == QLatin1String("none")
        || name == QLatin1String("default") || name == QLatin1String("ingress");
}

} // namespace

// --- values ------------------------------------------------------------------------

bool DfContainer::isActive() const
{
    return state.contains(QLatin1String("running")) || state.contains(QLatin1String("paused")) || state.contains(QLatin1String("restarting"));
}

DfContainer DfContainer::fromJson(const QJsonObject &o)
{
    DfContainer c;
    c.id = o.value(QLatin1String("Id")).toString();
    const QStringList names = Json::stringList(o.value(QLatin1String("Names")));
    if (!names.isEmpty())
        c.name = names.first().startsWith(QLatin1Char('/')) ? names.first().mid(1) : names.first();
    c.image = o.value(QLatin1String("Image")).toString();
    c.imageId = o.value(QLatin1String("ImageID")).toString();
    c.command = o.value(QLatin1String("Command")).toString();
    c.created = o.value(QLatin1String("Created")).toInteger();
    c.state = o.value(QLatin1String("State")).toString();
    c.status = o.value(QLatin1String("Status")).toString();
    c.sizeRw = o.value(QLatin1String("SizeRw")).toInteger();
    c.labels = stringMap(o.value(QLatin1String("Labels")));
    const QJsonArray mounts = o.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &m : mounts) {
        const QJsonObject mo = m.toObject();
        if (mo.value(QLatin1String("Type")).toString() == QLatin1String("volume"))
            c.volumes << mo.value(QLatin1String("Name")).toString();
    }
    c.networks = o.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject().keys();
    return c;
}

DfVolume DfVolume::fromJson(const QJsonObject &o)
{
    DfVolume v;
    v.name = o.value(QLatin1String("Name")).toString();
    v.driver = o.value(QLatin1String("Driver")).toString();
    v.mountpoint = o.value(QLatin1String("Mountpoint")).toString();
    v.created = isoSeconds(o.value(QLatin1String("CreatedAt")));
    v.labels = stringMap(o.value(QLatin1String("Labels")));
    const QJsonObject usage = o.value(QLatin1String("UsageData")).toObject();
    if (!usage.isEmpty()) {
        v.size = usage.value(QLatin1String("Size")).toInteger(-1);
        v.refCount = usage.value(QLatin1String("RefCount")).toInteger(-1);
    }
    return v;
}

DfBuildCache DfBuildCache::fromJson(const QJsonObject &o)
{
    DfBuildCache b;
    b.id = o.value(QLatin1String("ID")).toString();
    b.parents = Json::stringList(o.value(QLatin1String("Parents")));
    const QString parent = o.value(QLatin1String("Parent")).toString();
    if (b.parents.isEmpty() && !parent.isEmpty())
        b.parents << parent;
    b.type = o.value(QLatin1String("Type")).toString();
    b.description = o.value(QLatin1String("Description")).toString();
    b.inUse = o.value(QLatin1String("InUse")).toBool();
    b.shared = o.value(QLatin1String("Shared")).toBool();
    b.size = o.value(QLatin1String("Size")).toInteger();
    b.createdAt = isoSeconds(o.value(QLatin1String("CreatedAt")));
    b.lastUsedAt = isoSeconds(o.value(QLatin1String("LastUsedAt")));
    b.usageCount = o.value(QLatin1String("UsageCount")).toInt();
    return b;
}

DiskUsage DiskUsage::fromJson(const QJsonObject &o)
{
    DiskUsage d;
    d.layersSize = o.value(QLatin1String("LayersSize")).toInteger();
    for (const auto range = o.value(QLatin1String("Images")).toArray(); const QJsonValue &v : range)
        d.images << ImageSummary::fromJson(v.toObject());
    for (const auto range = o.value(QLatin1String("Containers")).toArray(); const QJsonValue &v : range)
        d.containers << DfContainer::fromJson(v.toObject());
    for (const auto range = o.value(QLatin1String("Volumes")).toArray(); const QJsonValue &v : range)
        d.volumes << DfVolume::fromJson(v.toObject());
    const QJsonValue bc = o.value(QLatin1String("BuildCache"));
    d.hasBuildCache = bc.isArray();
    for (const auto range = bc.toArray(); const QJsonValue &v : range)
        d.buildCache << DfBuildCache::fromJson(v.toObject());
    return d;
}

QString DiskUsageLine::typeName() const
{
    switch (kind) {
    case Kind::Images:
        return QStringLiteral("Images");
    case Kind::Containers:
        return QStringLiteral("Containers");
    case Kind::Volumes:
        return QStringLiteral("Local Volumes");
    case Kind::BuildCache:
        return QStringLiteral("Build Cache");
    }
    return {};
}

QString DiskUsageLine::reclaimableText() const
{
    if (percent && size > 0)
        return QStringLiteral("%1 (%2%)").arg(SystemApi::humanSize(reclaimable)).arg(reclaimable * 100 / size);
    return SystemApi::humanSize(reclaimable);
}

qint64 SystemPrunePlan::totalSpace() const
{
    return containersSpace + volumesSpace + std::max<qint64>(images.spaceReclaimed, 0) + buildCacheSpace;
}

qint64 SystemPruneReport::totalSpace() const
{
    return containersSpace + volumesSpace + images.spaceReclaimed + buildCacheSpace;
}

bool SystemPruneDifference::isEmpty() const
{
    return containersOnlyPlanned.isEmpty() && containersOnlyDone.isEmpty() && networksOnlyPlanned.isEmpty()
        && networksOnlyDone.isEmpty() && volumesOnlyPlanned.isEmpty() && volumesOnlyDone.isEmpty()
        && imagesOnlyPlanned.isEmpty() && imagesOnlyDone.isEmpty() && cacheOnlyPlanned.isEmpty() && cacheOnlyDone.isEmpty()
        && !containersSpaceDiffers && !volumesSpaceDiffers && !imagesSpaceDiffers && !buildCacheSpaceDiffers;
}

// --- calls --------------------------------------------------------------------------

namespace SystemApi {

QString humanSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    double size = double(bytes);
    int i = 0;
    while (size >= 1000.0 && i < 8) {
        size /= 1000.0;
        ++i;
    }
    return QString::number(size, 'g', 4) + QLatin1String(units[i]);
}

QList<DiskUsageLine> summarize(const DiskUsage &df)
{
    DiskUsageLine images{DiskUsageLine::Kind::Images};
    images.total = int(df.images.size());
    images.size = df.layersSize;
    qint64 used = 0;
    for (const ImageSummary &i : df.images) {
        if (i.containers > 0)
            ++images.active;
        if (i.containers != 0 && i.size != -1 && i.sharedSize != -1)
            used += i.size - i.sharedSize;
    }
    images.reclaimable = images.size - used;

    DiskUsageLine containers{DiskUsageLine::Kind::Containers};
    containers.total = int(df.containers.size());
    for (const DfContainer &c : df.containers) {
        if (c.isActive())
            ++containers.active;
        else
            containers.reclaimable += c.sizeRw;
        containers.size += c.sizeRw;
    }

    DiskUsageLine volumes{DiskUsageLine::Kind::Volumes};
    volumes.total = int(df.volumes.size());
    for (const DfVolume &v : df.volumes) {
        if (v.refCount > 0)
            ++volumes.active;
        if (v.size != -1) {
            if (v.refCount == 0)
                volumes.reclaimable += v.size;
            volumes.size += v.size;
        }
    }

    DiskUsageLine cache{DiskUsageLine::Kind::BuildCache};
    cache.percent = false;
    cache.total = int(df.buildCache.size());
    qint64 inUse = 0;
    for (const DfBuildCache &b : df.buildCache) {
        if (b.inUse)
            ++cache.active;
        if (!b.shared)
            cache.size += b.size;
        if (b.inUse && !b.shared)
            inUse += b.size;
    }
    cache.reclaimable = cache.size - inUse;
    return {images, containers, volumes, cache};
}

QFuture<Result<DiskUsage>> diskUsage(Engine &engine)
{
    HttpRequest req;
    req.method = "GET";
    req.target = engine.target(QStringLiteral("/system/df"));
    // The engine measures every container and volume before it answers.
    req.firstByteTimeoutMs = 5 * 60 * 1000;
    return engine.call<DiskUsage>(engine.send(req), [](const Reply &r) -> Result<DiskUsage> {
        auto o = objectOf(r);
        if (!o)
            return std::unexpected(o.error());
        return DiskUsage::fromJson(*o);
    });
}

QFuture<Result<QJsonObject>> info(Engine &engine)
{
    return engine.call<QJsonObject>(engine.get(QStringLiteral("/info")), [](const Reply &r) { return objectOf(r); });
}

SystemPrunePlan planPrune(const DiskUsage &df, const QList<ImageSummary> &images, const QJsonArray &networks,
                          const SystemPruneOptions &options, bool podman)
{
    SystemPrunePlan plan;
    plan.options = options;
    const PruneFilters &f = options.filters;

    // 1. Containers: every one not running (daemon/prune.go ContainersPrune).
    QSet<QString> prunedContainers;
    for (const DfContainer &c : df.containers) {
        if (!options.containers)
            break;
        if (c.isActive() || !f.matchesCreated(c.created) || !f.matchesLabels(c.labels))
            continue;
        plan.containers << c;
        plan.containersSpace += std::max<qint64>(c.sizeRw, 0);
        prunedContainers.insert(c.id);
    }
    QList<DfContainer> remaining;
    for (const DfContainer &c : df.containers) {
        if (!prunedContainers.contains(c.id))
            remaining << c;
    }

    // 2. Networks: Docker keeps those with an endpoint (a running container); Podman
    // those any container uses.
    QSet<QString> usedNetworks;
    for (const DfContainer &c : std::as_const(remaining)) {
        if (podman || c.isActive()) {
            for (const QString &n : c.networks)
                usedNetworks.insert(n);
        }
    }
    for (const QJsonValue &v : networks) {
        if (!options.networks)
            break;
        const QJsonObject n = v.toObject();
        const QString name = n.value(QLatin1String("Name")).toString();
        if (isPredefinedNetwork(name, podman) || n.value(QLatin1String("ConfigOnly")).toBool())
            continue;
        if (n.value(QLatin1String("Scope")).toString() == QLatin1String("swarm"))
            continue;
        if (!f.matchesCreated(isoSeconds(n.value(QLatin1String("Created")))) || !f.matchesLabels(stringMap(n.value(QLatin1String("Labels")))))
            continue;
        if (usedNetworks.contains(name))
            continue;
        plan.networks << name;
    }

    // 3. Volumes: local ones no remaining container uses; Docker takes only anonymous
    // ones (API 1.42+), Podman every unused one.
    if (options.volumes) {
        QHash<QString, int> refs;
        for (const DfContainer &c : std::as_const(remaining)) {
            for (const QString &v : c.volumes)
                refs[v] += 1;
        }
        for (const DfVolume &v : df.volumes) {
            if (v.driver != QLatin1String("local") || refs.value(v.name) > 0)
                continue;
            if (!podman && !v.isAnonymous())
                continue;
            if (!f.matchesLabels(v.labels))
                continue;
            plan.volumes << v;
            plan.volumesSpace += std::max<qint64>(v.size, 0);
        }
    }

    // 4. Images, with the containers that will remain.
    QList<ImageUser> users;
    for (const DfContainer &c : std::as_const(remaining)) {
        ImageUser u;
        u.id = c.id;
        u.name = c.name;
        u.imageId = c.imageId;
        u.image = c.image;
        u.state = c.state;
        users << u;
    }
    if (options.images)
        plan.images = ImagesApi::planPrune(images, users, options.all, f);
    else
        plan.images.spaceReclaimed = 0;

    // 5. Build cache (BuildKit's cache manager): not in use; without -a not shared and
    // not internal or frontend records. Docker accepts label filters here but ignores them.
    plan.buildCacheSupported = !podman;
    for (const DfBuildCache &b : df.buildCache) {
        if (b.shared && !b.inUse)
            plan.buildCacheSharedWithImages += b.size;
    }
    if (options.buildCache && !podman) {
        for (const DfBuildCache &b : df.buildCache) {
            if (b.inUse)
                continue;
            if (!options.all && (b.shared || b.type == QLatin1String("internal") || b.type == QLatin1String("frontend")))
                continue;
            if (f.untilSeconds != 0 && b.lastUsedAt > f.untilSeconds)
                continue;
            plan.buildCache << b;
            plan.buildCacheSpace += b.size;
        }
    }
    return plan;
}

namespace {

struct PreviewState
{
    QPointer<Engine> engine;
    SystemPruneOptions options;
    QPromise<Result<SystemPrunePlan>> promise;
    std::optional<Result<DiskUsage>> df;
    std::optional<Result<QList<ImageSummary>>> images;
    std::optional<Result<QJsonArray>> networks;
    // Podman's df lists containers without labels, mounts, networks or SizeRw, and
    // volumes without labels: there the lists themselves are read.
    std::optional<Result<QJsonArray>> containers;
    std::optional<Result<QJsonArray>> volumes;
    bool podman = false;

    void fail(const EngineError &e)
    {
        promise.addResult(Result<SystemPrunePlan>(std::unexpected(e)));
        promise.finish();
    }
};

void previewGathered(const std::shared_ptr<PreviewState> &p)
{
    PreviewState &s = *p; // (a reference: clang-tidy follows the checks of s.df, not of p->df)
    if (!s.df || !s.images || !s.networks)
        return;
    if (s.podman && (!s.containers || !s.volumes))
        return;
    if (s.podman && *s.df) {
        if (!*s.containers)
            return s.fail(s.containers->error());
        if (!*s.volumes)
            return s.fail(s.volumes->error());
        DiskUsage &df = **s.df;
        df.containers.clear();
        for (const QJsonValue &c : std::as_const(**s.containers))
            df.containers << DfContainer::fromJson(c.toObject());
        QHash<QString, DfVolume> measured;
        for (const DfVolume &v : std::as_const(df.volumes))
            measured.insert(v.name, v);
        df.volumes.clear();
        for (const QJsonValue &v : std::as_const(**s.volumes)) {
            DfVolume vol = DfVolume::fromJson(v.toObject());
            const DfVolume m = measured.value(vol.name);
            vol.size = m.name.isEmpty() ? -1 : m.size;
            vol.refCount = m.name.isEmpty() ? -1 : m.refCount;
            if (vol.driver.isEmpty())
                vol.driver = QStringLiteral("local");
            df.volumes << vol;
        }
    }
    if (!*s.df)
        return s.fail(s.df->error());
    if (!*s.images)
        return s.fail(s.images->error());
    if (!*s.networks)
        return s.fail(s.networks->error());
    if (!s.engine)
        return s.fail(EngineError::make(EngineError::Kind::Canceled, SystemApiText::tr("The engine went away.")));
    SystemPrunePlan plan = planPrune(**s.df, **s.images, **s.networks, s.options, s.podman);
    const QList<ImageSummary> images = **s.images;
    // (LayersSize 0 with images present would be an engine that does not say it.)
    const qint64 layersSize = (**s.df).layersSize > 0 ? (**s.df).layersSize : -1;
    ImagesApi::measurePrune(*p->engine, images, plan.images, layersSize).then(p->engine, [p, plan](const Result<ImagePrunePlan> &r) mutable {
        if (!r)
            return p->fail(r.error());
        plan.images = *r;
        p->promise.addResult(Result<SystemPrunePlan>(plan));
        p->promise.finish();
    });
}

Result<Done> validate(const SystemPruneOptions &options)
{
    // As the docker CLI: the engine's volume prune does not take `until`.
    if (options.volumes && options.filters.untilSeconds != 0)
        return std::unexpected(EngineError::make(EngineError::Kind::Other, SystemApiText::tr("The until filter cannot be used when volumes are pruned too (the engine does not support it for volumes).")));
    return Done{};
}

template<class T>
QFuture<Result<T>> failedNow(const EngineError &e)
{
    QPromise<Result<T>> p;
    p.start();
    p.addResult(Result<T>(std::unexpected(e)));
    p.finish();
    return p.future();
}

} // namespace

QFuture<Result<SystemPrunePlan>> previewPrune(Engine &engine, const SystemPruneOptions &options)
{
    if (auto ok = validate(options); !ok)
        return failedNow<SystemPrunePlan>(ok.error());
    auto p = std::make_shared<PreviewState>();
    p->engine = &engine;
    p->options = options;
    p->podman = engine.info().podman;
    p->promise.start();
    QFuture<Result<SystemPrunePlan>> future = p->promise.future();
    diskUsage(engine).then(&engine, [p](const Result<DiskUsage> &r) {
        p->df = r;
        previewGathered(p);
    });
    ImagesApi::list(engine, true).then(&engine, [p](const Result<QList<ImageSummary>> &r) {
        p->images = r;
        previewGathered(p);
    });
    engine.call<QJsonArray>(engine.get(QStringLiteral("/networks")), [](const Reply &r) -> Result<QJsonArray> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        return doc->array();
    }).then(&engine, [p](const Result<QJsonArray> &r) {
        p->networks = r;
        previewGathered(p);
    });
    if (p->podman) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
        engine.call<QJsonArray>(engine.get(QStringLiteral("/containers/json"), q), [](const Reply &r) -> Result<QJsonArray> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            return doc->array();
        }).then(&engine, [p](const Result<QJsonArray> &r) {
            p->containers = r;
            previewGathered(p);
        });
        engine.call<QJsonArray>(engine.get(QStringLiteral("/volumes")), [](const Reply &r) -> Result<QJsonArray> {
            auto o = objectOf(r);
            if (!o)
                return std::unexpected(o.error());
            return o->value(QLatin1String("Volumes")).toArray();
        }).then(&engine, [p](const Result<QJsonArray> &r) {
            p->volumes = r;
            previewGathered(p);
        });
    }
    return future;
}

QFuture<Result<QPair<QStringList, qint64>>> pruneContainers(Engine &engine, const PruneFilters &filters)
{
    QPointer<Engine> e(&engine);
    const QUrlQuery query = filterQuery(filters.toJson());
    return PruneRetry::whenNoOtherPrune<QPair<QStringList, qint64>>(engine, [e, query]() -> QFuture<Result<QPair<QStringList, qint64>>> {
        return e->call<QPair<QStringList, qint64>>(postLong(*e, QStringLiteral("/containers/prune"), query),
            [](const Reply &r) -> Result<QPair<QStringList, qint64>> {
                auto o = objectOf(r);
                if (!o)
                    return std::unexpected(o.error());
                return qMakePair(Json::stringList(o->value(QLatin1String("ContainersDeleted"))), o->value(QLatin1String("SpaceReclaimed")).toInteger());
            });
    });
}

QFuture<Result<QStringList>> pruneNetworks(Engine &engine, const PruneFilters &filters)
{
    QPointer<Engine> e(&engine);
    const QUrlQuery query = filterQuery(filters.toJson());
    return PruneRetry::whenNoOtherPrune<QStringList>(engine, [e, query]() -> QFuture<Result<QStringList>> {
        return e->call<QStringList>(postLong(*e, QStringLiteral("/networks/prune"), query),
            [](const Reply &r) -> Result<QStringList> {
                auto o = objectOf(r);
                if (!o)
                    return std::unexpected(o.error());
                return Json::stringList(o->value(QLatin1String("NetworksDeleted")));
            });
    });
}

QFuture<Result<QPair<QStringList, qint64>>> pruneVolumes(Engine &engine, const PruneFilters &filters, bool all)
{
    QMap<QString, QString> extra;
    if (all)
        extra.insert(QStringLiteral("all"), QStringLiteral("true"));
    QPointer<Engine> e(&engine);
    const QUrlQuery query = filterQuery(filters.toJson(extra, false));
    return PruneRetry::whenNoOtherPrune<QPair<QStringList, qint64>>(engine, [e, query]() -> QFuture<Result<QPair<QStringList, qint64>>> {
        return e->call<QPair<QStringList, qint64>>(postLong(*e, QStringLiteral("/volumes/prune"), query),
            [](const Reply &r) -> Result<QPair<QStringList, qint64>> {
                auto o = objectOf(r);
                if (!o)
                    return std::unexpected(o.error());
                return qMakePair(Json::stringList(o->value(QLatin1String("VolumesDeleted"))), o->value(QLatin1String("SpaceReclaimed")).toInteger());
            });
    });
}

QFuture<Result<QPair<QStringList, qint64>>> pruneBuildCache(Engine &engine, const PruneFilters &filters, bool all)
{
    // The builder reads `until` as a duration (keep what was used since).
    QMap<QString, QString> extra;
    if (filters.untilSeconds != 0)
        extra.insert(QStringLiteral("until"), QStringLiteral("%1s").arg(std::max<qint64>(1, QDateTime::currentSecsSinceEpoch() - filters.untilSeconds)));
    QUrlQuery q = filterQuery(filters.toJson(extra, false));
    if (all)
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    QPointer<Engine> e(&engine);
    const QUrlQuery query = q;
    return PruneRetry::whenNoOtherPrune<QPair<QStringList, qint64>>(engine, [e, query]() -> QFuture<Result<QPair<QStringList, qint64>>> {
        return e->call<QPair<QStringList, qint64>>(postLong(*e, QStringLiteral("/build/prune"), query),
            [](const Reply &r) -> Result<QPair<QStringList, qint64>> {
                auto o = objectOf(r);
                if (!o)
                    return std::unexpected(o.error());
                return qMakePair(Json::stringList(o->value(QLatin1String("CachesDeleted"))), o->value(QLatin1String("SpaceReclaimed")).toInteger());
            });
    });
}

namespace {

struct PruneState
{
    QPointer<Engine> engine;
    SystemPruneOptions options;
    QPromise<Result<SystemPruneReport>> promise;
    SystemPruneReport report;
    bool podman = false;
};

QString stepError(const QString &what, const EngineError &e)
{
    return SystemApiText::tr("Pruning %1 failed: %2").arg(what, e.fullText());
}

// Podman's network prune looks up the containers of every network, and a container
// removed meanwhile (by anyone) fails the whole prune: "no container with ID ... found
// in database: no such container". Nothing was pruned then, so once more is right.
void pruneNetworksStep(const std::shared_ptr<PruneState> &p, const std::function<void()> &next, bool mayRetry)
{
    pruneNetworks(*p->engine, p->options.filters).then(p->engine, [p, next, mayRetry](const Result<QStringList> &r) {
        if (!r && mayRetry && p->engine && r.error().engineMessage.contains(QLatin1String("no such container"))) {
            pruneNetworksStep(p, next, false);
            return;
        }
        if (r)
            p->report.networksDeleted = *r;
        else
            p->report.errors << stepError(SystemApiText::tr("networks"), r.error());
        next();
    });
}

void runStep(const std::shared_ptr<PruneState> &p, int step)
{
    if (!p->engine) {
        p->report.errors << SystemApiText::tr("The engine went away.");
        step = 5;
    }
    const PruneFilters &f = p->options.filters;
    auto next = [p, step] { runStep(p, step + 1); };
    switch (step) {
    case 0:
        if (!p->options.containers)
            return next();
        pruneContainers(*p->engine, f).then(p->engine, [p, next](const Result<QPair<QStringList, qint64>> &r) {
            if (r) {
                p->report.containersDeleted = r->first;
                p->report.containersSpace = r->second;
            } else {
                p->report.errors << stepError(SystemApiText::tr("containers"), r.error());
            }
            next();
        });
        return;
    case 1:
        if (!p->options.networks)
            return next();
        pruneNetworksStep(p, next, true);
        return;
    case 2:
        if (!p->options.volumes)
            return next();
        pruneVolumes(*p->engine, f, false).then(p->engine, [p, next](const Result<QPair<QStringList, qint64>> &r) {
            if (r) {
                p->report.volumesDeleted = r->first;
                p->report.volumesSpace = r->second;
            } else {
                p->report.errors << stepError(SystemApiText::tr("volumes"), r.error());
            }
            next();
        });
        return;
    case 3:
        if (!p->options.images)
            return next();
        ImagesApi::prune(*p->engine, p->options.all, f).then(p->engine, [p, next](const Result<ImagePruneReport> &r) {
            if (r)
                p->report.images = *r;
            else
                p->report.errors << stepError(SystemApiText::tr("images"), r.error());
            next();
        });
        return;
    case 4:
        if (!p->options.buildCache || p->podman)
            return next();
        p->report.buildCacheRan = true;
        pruneBuildCache(*p->engine, f, p->options.all).then(p->engine, [p, next](const Result<QPair<QStringList, qint64>> &r) {
            if (r) {
                p->report.buildCacheDeleted = r->first;
                p->report.buildCacheSpace = r->second;
            } else {
                p->report.errors << stepError(SystemApiText::tr("the build cache"), r.error());
            }
            next();
        });
        return;
    default:
        p->promise.addResult(Result<SystemPruneReport>(p->report));
        p->promise.finish();
        return;
    }
}

} // namespace

QFuture<Result<SystemPruneReport>> prune(Engine &engine, const SystemPruneOptions &options)
{
    if (auto ok = validate(options); !ok)
        return failedNow<SystemPruneReport>(ok.error());
    auto p = std::make_shared<PruneState>();
    p->engine = &engine;
    p->options = options;
    p->podman = engine.info().podman;
    p->promise.start();
    QFuture<Result<SystemPruneReport>> future = p->promise.future();
    runStep(p, 0);
    return future;
}

SystemPruneDifference compare(const SystemPrunePlan &plan, const SystemPruneReport &report)
{
    SystemPruneDifference d;
    diff(ids(plan.containers), report.containersDeleted, &d.containersOnlyPlanned, &d.containersOnlyDone);
    diff(plan.networks, report.networksDeleted, &d.networksOnlyPlanned, &d.networksOnlyDone);
    QStringList plannedVolumes;
    for (const DfVolume &v : plan.volumes)
        plannedVolumes << v.name;
    diff(plannedVolumes, report.volumesDeleted, &d.volumesOnlyPlanned, &d.volumesOnlyDone);
    // The image report mixes image IDs and layer IDs; images unknown to the plan show
    // up as untagged references or as space.
    QStringList doneImages, doneRefs;
    for (const ImageDeleteItem &i : report.images.items) {
        if (i.kind == ImageDeleteItem::Kind::Untagged)
            doneRefs << i.ref;
        else if (plan.images.allImageIds.contains(i.ref))
            doneImages << i.ref;
    }
    diff(plan.images.deletedImages, doneImages, &d.imagesOnlyPlanned, &d.imagesOnlyDone);
    diff(plan.images.untagged, doneRefs, &d.imagesOnlyPlanned, &d.imagesOnlyDone);
    QStringList plannedCache;
    for (const DfBuildCache &b : plan.buildCache)
        plannedCache << b.id;
    if (report.buildCacheRan)
        diff(plannedCache, report.buildCacheDeleted, &d.cacheOnlyPlanned, &d.cacheOnlyDone);
    d.containersSpaceDiffers = plan.containersSpace != report.containersSpace;
    d.volumesSpaceDiffers = plan.volumesSpace != report.volumesSpace;
    d.imagesSpaceDiffers = plan.images.spaceReclaimed >= 0 && plan.images.expectedReport() != report.images.spaceReclaimed;
    if (d.imagesSpaceDiffers && report.buildCacheRan && d.imagesOnlyPlanned.isEmpty() && d.imagesOnlyDone.isEmpty()) {
        // Layers that shared records held: freed by the build cache step, which counted
        // them. Explained when the shortfall is no more than what it removed of those.
        qint64 sharedRemoved = 0;
        for (const DfBuildCache &b : plan.buildCache) {
            if (b.shared && report.buildCacheDeleted.contains(b.id))
                sharedRemoved += b.size;
        }
        const qint64 shortfall = plan.images.spaceReclaimed - report.images.spaceReclaimed;
        if (shortfall > 0 && shortfall <= sharedRemoved) {
            d.imagesSpaceDiffers = false;
            d.imagesSpaceFreedWithCache = shortfall;
        }
    }
    d.buildCacheSpaceDiffers = report.buildCacheRan && plan.buildCacheSpace != report.buildCacheSpace;
    return d;
}

} // namespace SystemApi
