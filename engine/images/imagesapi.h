#pragma once

#include "engineerror.h"
#include "prunefilters.h"
#include "reference.h"
#include "types.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <optional>
#include <QStringList>

class Engine;

/// One entry of `GET /images/{name}/history` (newest first in the engine's list).
struct ImageHistoryEntry
{
    QString id;         ///< the local image made by this step, or "<missing>"
    qint64 created = 0; ///< unix seconds
    QString createdBy;  ///< the instruction as the builder recorded it
    QStringList tags;
    qint64 size = 0;    ///< bytes of the layer this step added (0: metadata only or an empty layer)
    QString comment;

    /// No local image holds this step: the image was built elsewhere (pulled, loaded,
    /// BuildKit), so the step is part of the image but has no image ID of its own.
    bool isMissing() const { return id == QLatin1String("<missing>"); }

    static ImageHistoryEntry fromJson(const QJsonObject &o);
    bool operator==(const ImageHistoryEntry &) const = default;
};

/// `GET /images/{name}/json`, the parts a person reads, plus the whole object.
struct ImageInspect
{
    QString id;
    QString parent;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created; ///< invalid when the engine does not know (API 1.44+ may omit it)
    QString author;
    QString comment;
    QString dockerVersion;
    QString architecture;
    QString variant;
    QString os;
    QString osVersion;
    qint64 size = 0;

    QStringList entrypoint;
    QStringList cmd;
    QStringList env;          ///< "KEY=value"
    QStringList exposedPorts; ///< "8080/tcp", sorted
    QStringList volumes;      ///< sorted
    QStringList onBuild;
    QStringList shell;
    QString workingDir;
    QString user;
    QString stopSignal;
    QJsonObject healthcheck;
    QMap<QString, QString> labels;
    QStringList layers;       ///< RootFS diff IDs, base first

    QJsonObject raw;          ///< the engine's answer, untouched

    static ImageInspect fromJson(const QJsonObject &o);
};

/// One line of a removal's result: `Untagged: repo:tag` or `Deleted: sha256:...`.
struct ImageDeleteItem
{
    enum class Kind { Untagged, Deleted };
    Kind kind = Kind::Deleted;
    QString ref; ///< the tag/digest reference, or the deleted image/layer ID

    static QList<ImageDeleteItem> listFromJson(const QJsonArray &a);
    bool operator==(const ImageDeleteItem &) const = default;
};

/// What `POST /images/prune` did.
struct ImagePruneReport
{
    QList<ImageDeleteItem> items;
    qint64 spaceReclaimed = 0;
};

/// A container as far as images care: which image it was created from.
struct ImageUser
{
    QString id;
    QString name;    ///< without the leading "/"
    QString imageId; ///< the image's full ID
    QString image;   ///< what it was created from, as given ("busybox:1", or an ID)
    QString state;   ///< "running", "exited", ...

    bool isRunning() const { return state == QLatin1String("running") || state == QLatin1String("paused") || state == QLatin1String("restarting"); }
    static ImageUser fromJson(const QJsonObject &o);
    bool operator==(const ImageUser &) const = default;
};

/// Which images `POST /images/prune` removes, worked out beforehand from the image
/// list (with intermediate images) and the containers, by the rules of Docker's
/// graph-driver image store (daemon/images/image_prune.go and image_delete.go).
struct ImagePrunePlan
{
    bool all = false;                 ///< `-a`: every unused image, not only dangling ones
    QStringList deletedImages;        ///< image IDs the engine will delete, intermediate parents included
    QStringList untagged;             ///< references removed, as the engine reports them (familiar form)
    /// Images that lose references but stay: a child image still needs them, or a
    /// container uses them (with several tags, the engine removes all but the last).
    QStringList untaggedOnly;
    /// The references each image loses, by image ID.
    QHash<QString, QStringList> untaggedByImage;
    /// Images that containers use (the prune never deletes those).
    QSet<QString> inUse;
    /// Bytes freed: the layers only deleted images hold. -1 until computed.
    qint64 spaceReclaimed = -1;
    /// spaceReclaimed was counted from the kept side (LayersSize less what stays).
    bool spaceFromKept = false;
    /// What the engine will report as reclaimed, when it counts otherwise than the
    /// bytes freed: Podman adds up each deleted image's whole size, layers it shares
    /// with images that stay included. -1: the engine reports spaceReclaimed (Docker).
    qint64 engineReportsSpace = -1;
    /// The space the engine's report should say: engineReportsSpace when set.
    qint64 expectedReport() const { return engineReportsSpace >= 0 ? engineReportsSpace : spaceReclaimed; }
    /// Images the user sees in the list (not intermediate) among deletedImages.
    QStringList shownDeleted;
    /// The list entries of the images above (deleted and untagged-only), by ID,
    /// as they were before the prune.
    QHash<QString, ImageSummary> images;
    /// Every image ID there was: the engine's report mixes image and layer IDs.
    QSet<QString> allImageIds;
    /// Where the list of every image came from.
    enum class ImagesFrom {
        EngineList,           ///< the engine's `all=1` list
        PageList,             ///< the page's default list, which had every image
        PageListAndHistories, ///< the page's list and the intermediate images' histories
    };
    ImagesFrom imagesFrom = ImagesFrom::EngineList;

    /// Whether the engine's report removed exactly what this plan said.
    bool matches(const ImagePruneReport &report) const;

    bool isEmpty() const { return deletedImages.isEmpty() && untagged.isEmpty(); }
};

/// Typed image calls on an Engine. Every call is asynchronous and ends in a Result;
/// engine errors are rewritten into sentences that name the image and say what to
/// do (404 gone meanwhile, 409 in use or has children), keeping the engine's words.
namespace ImagesApi {

enum class Action { List, Inspect, History, Tag, Untag, Remove, Prune, Containers };

/// GET /images/json. `sharedSize` asks for SharedSize (API 1.42+; ignored before).
QFuture<Result<QList<ImageSummary>>> list(Engine &engine, bool all = false, bool sharedSize = false);
QFuture<Result<ImageInspect>> inspect(Engine &engine, const QString &image);
QFuture<Result<QList<ImageHistoryEntry>>> history(Engine &engine, const QString &image);
/// POST /images/{image}/tag: gives `image` the name `target` (from Reference::parseTagTarget).
QFuture<Result<Done>> tag(Engine &engine, const QString &image, const Reference &target);
/// DELETE /images/{image}: an ID removes the image (and, with `force`, all its
/// tags and despite stopped containers); a reference removes that tag, and the
/// image with it when it was the last. `noprune` keeps untagged parents.
QFuture<Result<QList<ImageDeleteItem>>> remove(Engine &engine, const QString &image, bool force = false, bool noprune = false);
/// POST /images/prune: dangling images, or with `all` every image no container uses;
/// only images that pass `filters` (until, label) are candidates.
QFuture<Result<ImagePruneReport>> prune(Engine &engine, bool all, const PruneFilters &filters = {});
/// GET /containers/json?all=1, every container; with `imageId`, the engine's
/// "ancestor" filter (containers of that image and of images built on it).
QFuture<Result<QList<ImageUser>>> containers(Engine &engine, const QString &imageId = {});
/// How the space a prune frees is counted (both exact on Docker's graph-driver store).
enum class PruneMeasure {
    Auto,      ///< the side that takes fewer requests
    ByDeleted, ///< the layers of every image (inspect) and the deleted ones' sizes (history)
    ByKept,    ///< the engine's LayersSize less what the kept images hold (inspect and history of those only)
};
/// Lists images (with intermediates) and containers, plans the prune, and then
/// computes the space it frees from the layers (a few requests at a time, with
/// progress on the future): with /system/df's LayersSize, reading only the images
/// that stay when they are fewer (prune -a); else every image. Podman: every image.
/// What a page already holds, so that previewPrune need not list again: the images
/// of the engine's default list (`GET /images/json`, no intermediate images) and every
/// container with its image.
struct PruneKnownLists
{
    QList<ImageSummary> images;
    QList<ImageUser> containers;
};
/// Whether the default list `images` is every image the engine holds: the images it
/// leaves out are intermediate ones, and each of those is the parent of some image,
/// so when no listed image has a parent none is left out (pulled, loaded, imported
/// and BuildKit images have none; the classic builder's do). When it is not, the
/// preview reads the missing ones from the histories of the listed images' missing
/// parents (Docker; one request per chain), or lists them when there are many chains.
bool defaultListIsComplete(const QList<ImageSummary> &images);
QFuture<Result<ImagePrunePlan>> previewPrune(Engine &engine, bool all, const PruneFilters &filters = {},
                                             PruneMeasure how = PruneMeasure::Auto,
                                             const std::optional<PruneKnownLists> &known = std::nullopt);
/// The second half of previewPrune: the space `plan` frees, measured from the layers of
/// `images` (the `all=1` list the plan was made from); `layersSize`, /system/df's
/// LayersSize when known (-1: not). Resolves to the plan with spaceReclaimed set.
QFuture<Result<ImagePrunePlan>> measurePrune(Engine &engine, const QList<ImageSummary> &images, const ImagePrunePlan &plan,
                                             qint64 layersSize = -1, PruneMeasure how = PruneMeasure::Auto);
/// GET /system/df?type=image: LayersSize, the bytes of every layer images hold (-1 if absent).
QFuture<Result<qint64>> layersSize(Engine &engine);

/// The user's sentence for an engine error of `action` on `who` (a name or short ID).
EngineError explain(Action action, const QString &who, const EngineError &error);

/// The prune decision alone (pure): `images` must come from `all=1`.
/// Only images that pass `filters` are candidates (their parents may still go with them).
ImagePrunePlan planPrune(const QList<ImageSummary> &images, const QList<ImageUser> &containers, bool all,
                         const PruneFilters &filters = {});
/// The space a plan frees. `layersOf`: RootFS diff IDs per image ID (every image);
/// `historyOf`: history per deleted image ID. Images missing from `layersOf` count
/// as holding nothing. Returns -1 when a deleted image's layers are unknown.
qint64 reclaimedSpace(const ImagePrunePlan &plan, const QHash<QString, QStringList> &layersOf,
                      const QHash<QString, QList<ImageHistoryEntry>> &historyOf);
/// The space freed when only `keptImages` stay: `layersSize` (every layer images hold,
/// once) less the layers the kept images hold. -1 when a kept image's layer sizes
/// cannot be told from its history.
qint64 reclaimedSpaceFromKept(qint64 layersSize, const QStringList &keptImages, const QHash<QString, QStringList> &layersOf,
                              const QHash<QString, QList<ImageHistoryEntry>> &historyOf);
/// The size of each layer of image `id`, base first, from its history aligned with its
/// layers (`layersOf` also tells the layer counts of local parents); none when they do not line up.
std::optional<QList<qint64>> layerSizes(const QString &id, const QHash<QString, QStringList> &layersOf,
                                        const QHash<QString, QList<ImageHistoryEntry>> &historyOf);
/// The chain IDs of a layer stack (what the layer store keys layers by).
QStringList chainIds(const QStringList &diffIds);

} // namespace ImagesApi
