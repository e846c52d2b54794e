#pragma once

#include "engineerror.h"
#include "imagesapi.h"
#include "prunefilters.h"
#include "types.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

class Engine;

/// A container as `GET /system/df` lists it (a container summary with sizes).
struct DfContainer
{
    QString id;
    QString name;      ///< without the leading "/"
    QString image;
    QString imageId;
    QString command;
    qint64 created = 0; ///< unix seconds
    QString state;      ///< running, exited, ...
    QString status;     ///< "Exited (0) 2 minutes ago"
    qint64 sizeRw = 0;
    QMap<QString, QString> labels;
    QStringList volumes;  ///< names of the volumes it mounts
    QStringList networks; ///< names of the networks it is attached to

    /// What `docker system df` counts as active (running, paused or restarting).
    bool isActive() const;
    static DfContainer fromJson(const QJsonObject &o);
    bool operator==(const DfContainer &) const = default;
};

/// A volume with its usage (`UsageData`: -1 when the engine did not compute it).
struct DfVolume
{
    QString name;
    QString driver;
    QString mountpoint;
    qint64 created = 0; ///< unix seconds, 0 unknown
    QMap<QString, QString> labels;
    qint64 size = -1;
    qint64 refCount = -1; ///< containers that use it (stopped ones too)

    /// Docker (23+) marks the volumes it made for a container without a name.
    bool isAnonymous() const { return labels.contains(QStringLiteral("com.docker.volume.anonymous")); }
    static DfVolume fromJson(const QJsonObject &o);
    bool operator==(const DfVolume &) const = default;
};

/// One record of the build cache.
struct DfBuildCache
{
    QString id;
    QStringList parents;
    QString type;        ///< regular, internal, frontend, source.local, source.git.checkout, exec.cachemount
    QString description;
    bool inUse = false;
    bool shared = false;
    qint64 size = 0;
    qint64 createdAt = 0;  ///< unix seconds
    qint64 lastUsedAt = 0; ///< unix seconds, 0 never
    int usageCount = 0;

    static DfBuildCache fromJson(const QJsonObject &o);
    bool operator==(const DfBuildCache &) const = default;
};

/// `GET /system/df`.
struct DiskUsage
{
    qint64 layersSize = 0;
    QList<ImageSummary> images;
    QList<DfContainer> containers;
    QList<DfVolume> volumes;
    QList<DfBuildCache> buildCache;
    bool hasBuildCache = true; ///< false: the engine has none to report (Podman)

    static DiskUsage fromJson(const QJsonObject &o);
};

/// One line of `docker system df`.
struct DiskUsageLine
{
    enum class Kind { Images, Containers, Volumes, BuildCache };
    Kind kind = Kind::Images;
    int total = 0;
    int active = 0;
    qint64 size = 0;
    qint64 reclaimable = 0;
    bool percent = true; ///< the CLI shows "(N%)" after the reclaimable size (not for the build cache)

    /// "Images", "Containers", "Local Volumes", "Build Cache": the CLI's words, untranslated.
    QString typeName() const;
    /// "1.2GB (45%)" exactly as the CLI prints it.
    QString reclaimableText() const;
    bool operator==(const DiskUsageLine &) const = default;
};

/// What `docker system prune` with these options removes, in the CLI's order.
struct SystemPruneOptions
{
    // Which kinds (the CLI prunes all but volumes; a page's own prune picks one).
    bool containers = true;
    bool networks = true;
    bool images = true;
    bool all = false;        ///< -a: every unused image, and all build cache
    bool volumes = false;    ///< --volumes: anonymous volumes no container uses
    bool buildCache = true;  ///< the CLI always includes it (API 1.31+)
    PruneFilters filters;
};

/// The preview: exactly what each step will remove and the space it frees.
struct SystemPrunePlan
{
    SystemPruneOptions options;
    QList<DfContainer> containers; ///< stopped containers, filtered
    qint64 containersSpace = 0;
    QStringList networks;          ///< network names
    QList<DfVolume> volumes;
    qint64 volumesSpace = 0;
    ImagePrunePlan images;
    QList<DfBuildCache> buildCache;
    qint64 buildCacheSpace = 0;
    bool buildCacheSupported = true; ///< Podman has no /build/prune
    /// Space that unused build cache records share with images (Shared records: an
    /// image's layer that BuildKit also keeps). Docker frees such a layer only once
    /// both the image and the record are gone, and counts it under the build cache;
    /// the API does not say which image shares which record, so the images' space
    /// above may include up to this much that the images step itself will not free.
    qint64 buildCacheSharedWithImages = 0;

    qint64 totalSpace() const;
};

/// What the engine reported for each step. A step that failed has its error set.
struct SystemPruneReport
{
    QStringList containersDeleted;
    qint64 containersSpace = 0;
    QStringList networksDeleted;
    QStringList volumesDeleted;
    qint64 volumesSpace = 0;
    ImagePruneReport images;
    QStringList buildCacheDeleted;
    qint64 buildCacheSpace = 0;
    bool buildCacheRan = false;
    QStringList errors; ///< one sentence per step that failed

    qint64 totalSpace() const;
};

/// How a report differs from its plan, per kind; empty lists when equal.
struct SystemPruneDifference
{
    QStringList containersOnlyPlanned, containersOnlyDone;
    QStringList networksOnlyPlanned, networksOnlyDone;
    QStringList volumesOnlyPlanned, volumesOnlyDone;
    QStringList imagesOnlyPlanned, imagesOnlyDone;
    QStringList cacheOnlyPlanned, cacheOnlyDone;
    bool containersSpaceDiffers = false;
    bool volumesSpaceDiffers = false;
    bool imagesSpaceDiffers = false;
    bool buildCacheSpaceDiffers = false;
    /// The images step freed this much less than planned because build cache records
    /// held those layers, and the build cache step removed them and counted the space
    /// (SystemPrunePlan::buildCacheSharedWithImages): explained, not a difference.
    qint64 imagesSpaceFreedWithCache = 0;

    bool isEmpty() const;
};

/// Disk usage, engine information and `docker system prune`.
namespace SystemApi {

/// GET /system/df.
QFuture<Result<DiskUsage>> diskUsage(Engine &engine);
/// GET /info, the whole object.
QFuture<Result<QJsonObject>> info(Engine &engine);

/// The four lines of `docker system df` (docker CLI 26 arithmetic).
QList<DiskUsageLine> summarize(const DiskUsage &df);
/// go-units HumanSize: decimal units, 4 significant digits ("2.746MB", "0B").
QString humanSize(qint64 bytes);

/// The preview, pure: `df` and `images` (all=1) and `networks` (GET /networks) taken now.
/// The later steps see the effect of the earlier ones (a volume or an image that only a
/// pruned container used goes too), as the engine will.
SystemPrunePlan planPrune(const DiskUsage &df, const QList<ImageSummary> &images, const QJsonArray &networks,
                          const SystemPruneOptions &options, bool podman);
/// Fetches the engine's state and plans; the image space is measured from the layers.
QFuture<Result<SystemPrunePlan>> previewPrune(Engine &engine, const SystemPruneOptions &options);
/// Runs the prunes in the CLI's order (containers, networks, volumes, images, build
/// cache), each with the options' filters; a step that fails is noted and the next runs.
QFuture<Result<SystemPruneReport>> prune(Engine &engine, const SystemPruneOptions &options);
/// Compares what was planned with what was done.
SystemPruneDifference compare(const SystemPrunePlan &plan, const SystemPruneReport &report);

/// Single-kind prunes (the pages' own "Prune" actions): filters as above.
QFuture<Result<QPair<QStringList, qint64>>> pruneContainers(Engine &engine, const PruneFilters &filters);
QFuture<Result<QStringList>> pruneNetworks(Engine &engine, const PruneFilters &filters);
/// `all`: named volumes too (API 1.42+), like `docker volume prune -a`.
QFuture<Result<QPair<QStringList, qint64>>> pruneVolumes(Engine &engine, const PruneFilters &filters, bool all);
QFuture<Result<QPair<QStringList, qint64>>> pruneBuildCache(Engine &engine, const PruneFilters &filters, bool all);

} // namespace SystemApi
