#include "imagesapi.h"
#include "jsonlists.h"

#include "engine.h"
#include "logging.h"
#include "pruneretry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace {

// The translation context of the free functions below.
struct ImagesApiText
{
    Q_DECLARE_TR_FUNCTIONS(ImagesApi)
};

template<class T>
QFuture<Result<T>> failedNow(const EngineError &e)
{
    QPromise<Result<T>> p;
    p.start();
    p.addResult(Result<T>(std::unexpected(e)));
    p.finish();
    return p.future();
}

QStringList sortedKeys(const QJsonValue &v)
{
    QStringList keys = v.toObject().keys();
    keys.sort();
    return keys;
}

Result<QJsonDocument> decode(const Reply &r)
{
    return Engine::parseJson(r.body());
}

/// "sha256:abcdef012345..." -> "abcdef012345"; names stay as they are.
QString shortName(const QString &image)
{
    if (image.startsWith(QLatin1String("sha256:")))
        return image.mid(7, 12);
    if (Reference::isImageId(image))
        return image.left(12);
    return image;
}

/// A container ID the engine names in a conflict ("... container 0123456789ab ...").
QString containerIn(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("container ([0-9a-f]{12,64})"));
    return re.match(message).captured(1);
}

QString jsonFilter(const QString &key, const QString &value)
{
    const QJsonObject o{{key, QJsonArray{value}}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

// --- values ------------------------------------------------------------------------

ImageHistoryEntry ImageHistoryEntry::fromJson(const QJsonObject &o)
{
    ImageHistoryEntry e;
    e.id = o.value(QLatin1String("Id")).toString();
    e.created = o.value(QLatin1String("Created")).toInteger();
    e.createdBy = o.value(QLatin1String("CreatedBy")).toString();
    e.tags = Json::stringList(o.value(QLatin1String("Tags")));
    e.size = o.value(QLatin1String("Size")).toInteger();
    e.comment = o.value(QLatin1String("Comment")).toString();
    return e;
}

ImageInspect ImageInspect::fromJson(const QJsonObject &o)
{
    ImageInspect i;
    i.raw = o;
    i.id = o.value(QLatin1String("Id")).toString();
    i.parent = o.value(QLatin1String("Parent")).toString();
    i.repoTags = Json::stringList(o.value(QLatin1String("RepoTags")));
    i.repoDigests = Json::stringList(o.value(QLatin1String("RepoDigests")));
    const QString created = o.value(QLatin1String("Created")).toString();
    if (!created.isEmpty())
        i.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    // The zero time of Go ("0001-01-01T00:00:00Z") means unknown.
    if (i.created.isValid() && i.created.date().year() <= 1)
        i.created = {};
    i.author = o.value(QLatin1String("Author")).toString();
    i.comment = o.value(QLatin1String("Comment")).toString();
    i.dockerVersion = o.value(QLatin1String("DockerVersion")).toString();
    i.architecture = o.value(QLatin1String("Architecture")).toString();
    i.variant = o.value(QLatin1String("Variant")).toString();
    i.os = o.value(QLatin1String("Os")).toString();
    i.osVersion = o.value(QLatin1String("OsVersion")).toString();
    i.size = o.value(QLatin1String("Size")).toInteger();

    const QJsonObject c = o.value(QLatin1String("Config")).toObject();
    i.entrypoint = Json::stringList(c.value(QLatin1String("Entrypoint")));
    i.cmd = Json::stringList(c.value(QLatin1String("Cmd")));
    i.env = Json::stringList(c.value(QLatin1String("Env")));
    i.exposedPorts = sortedKeys(c.value(QLatin1String("ExposedPorts")));
    i.volumes = sortedKeys(c.value(QLatin1String("Volumes")));
    i.onBuild = Json::stringList(c.value(QLatin1String("OnBuild")));
    i.shell = Json::stringList(c.value(QLatin1String("Shell")));
    i.workingDir = c.value(QLatin1String("WorkingDir")).toString();
    i.user = c.value(QLatin1String("User")).toString();
    i.stopSignal = c.value(QLatin1String("StopSignal")).toString();
    i.healthcheck = c.value(QLatin1String("Healthcheck")).toObject();
    const QJsonObject labels = c.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        i.labels.insert(it.key(), it.value().toString());
    i.layers = Json::stringList(o.value(QLatin1String("RootFS")).toObject().value(QLatin1String("Layers")));
    return i;
}

QList<ImageDeleteItem> ImageDeleteItem::listFromJson(const QJsonArray &a)
{
    QList<ImageDeleteItem> out;
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QString untagged = o.value(QLatin1String("Untagged")).toString();
        QString deleted = o.value(QLatin1String("Deleted")).toString();
        // Podman names what it deleted in bare hex; Docker, like every image Id, with
        // "sha256:". One form, so that a report is compared with the images listed.
        static const QRegularExpression bareHex(QStringLiteral("^[0-9a-f]{64}$"));
        if (bareHex.match(deleted).hasMatch())
            deleted.prepend(QLatin1String("sha256:"));
        if (!untagged.isEmpty())
            out.append({Kind::Untagged, untagged});
        if (!deleted.isEmpty())
            out.append({Kind::Deleted, deleted});
    }
    return out;
}

ImageUser ImageUser::fromJson(const QJsonObject &o)
{
    ImageUser u;
    u.id = o.value(QLatin1String("Id")).toString();
    const QJsonArray names = o.value(QLatin1String("Names")).toArray();
    if (!names.isEmpty()) {
        u.name = names.first().toString();
        if (u.name.startsWith(QLatin1Char('/')))
            u.name.remove(0, 1);
    }
    u.imageId = o.value(QLatin1String("ImageID")).toString();
    u.image = o.value(QLatin1String("Image")).toString();
    u.state = o.value(QLatin1String("State")).toString();
    return u;
}

bool ImagePrunePlan::matches(const ImagePruneReport &report) const
{
    QSet<QString> deleted, untaggedRefs;
    for (const ImageDeleteItem &i : report.items) {
        if (i.kind == ImageDeleteItem::Kind::Untagged)
            untaggedRefs.insert(i.ref);
        else if (allImageIds.contains(i.ref))
            deleted.insert(i.ref);
    }
    return deleted == QSet<QString>(deletedImages.begin(), deletedImages.end())
        && untaggedRefs == QSet<QString>(untagged.begin(), untagged.end())
        && (spaceReclaimed < 0 || expectedReport() == report.spaceReclaimed);
}

// --- calls --------------------------------------------------------------------------

namespace ImagesApi {

QFuture<Result<QList<ImageSummary>>> list(Engine &engine, bool all, bool sharedSize)
{
    QUrlQuery q;
    if (all)
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (sharedSize)
        q.addQueryItem(QStringLiteral("shared-size"), QStringLiteral("1"));
    return engine.call<QList<ImageSummary>>(engine.getShared(QStringLiteral("/images/json"), q), [](const Reply &r) {
        return JsonLists::images(r.body(), ImagesApiText::tr("The engine's image list is not a list."));
    }).then(QtFuture::Launch::Sync, [](Result<QList<ImageSummary>> r) {
        if (!r)
            return Result<QList<ImageSummary>>(std::unexpected(explain(Action::List, {}, r.error())));
        return r;
    });
}

QFuture<Result<ImageInspect>> inspect(Engine &engine, const QString &image)
{
    const QString who = shortName(image);
    return engine.call<ImageInspect>(engine.get(QStringLiteral("/images/%1/json").arg(image)), [](const Reply &r) -> Result<ImageInspect> {
        auto doc = decode(r);
        if (!doc)
            return std::unexpected(doc.error());
        if (!doc->isObject())
            return std::unexpected(EngineError::protocol(ImagesApiText::tr("The engine's description of the image is not an object.")));
        return ImageInspect::fromJson(doc->object());
    }).then(QtFuture::Launch::Sync, [who](Result<ImageInspect> r) {
        if (!r)
            return Result<ImageInspect>(std::unexpected(explain(Action::Inspect, who, r.error())));
        return r;
    });
}

QFuture<Result<QList<ImageHistoryEntry>>> history(Engine &engine, const QString &image)
{
    const QString who = shortName(image);
    return engine.call<QList<ImageHistoryEntry>>(engine.get(QStringLiteral("/images/%1/history").arg(image)),
        [](const Reply &r) -> Result<QList<ImageHistoryEntry>> {
            auto doc = decode(r);
            if (!doc)
                return std::unexpected(doc.error());
            if (!doc->isArray())
                return std::unexpected(EngineError::protocol(ImagesApiText::tr("The engine's image history is not a list.")));
            const QJsonArray a = doc->array();
            QList<ImageHistoryEntry> out;
            out.reserve(a.size());
            for (const QJsonValue &v : a)
                out.append(ImageHistoryEntry::fromJson(v.toObject()));
            return out;
        }).then(QtFuture::Launch::Sync, [who](Result<QList<ImageHistoryEntry>> r) {
        if (!r)
            return Result<QList<ImageHistoryEntry>>(std::unexpected(explain(Action::History, who, r.error())));
        return r;
    });
}

QFuture<Result<Done>> tag(Engine &engine, const QString &image, const Reference &target)
{
    // As the docker CLI sends it: the normalised name, and the tag apart.
    const Reference ref = target.withDefaultTag();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("repo"), ref.name());
    q.addQueryItem(QStringLiteral("tag"), ref.tag);
    const QString who = shortName(image);
    return engine.call<Done>(engine.post(QStringLiteral("/images/%1/tag").arg(image), q), [](const Reply &) -> Result<Done> { return Done{}; })
        .then(QtFuture::Launch::Sync, [who](Result<Done> r) {
            if (!r)
                return Result<Done>(std::unexpected(explain(Action::Tag, who, r.error())));
            return r;
        });
}

QFuture<Result<QList<ImageDeleteItem>>> remove(Engine &engine, const QString &image, bool force, bool noprune)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    if (noprune)
        q.addQueryItem(QStringLiteral("noprune"), QStringLiteral("1"));
    // A reference removes a tag (untag); an ID removes the image.
    const bool byId = Reference::isImageId(image);
    const QString who = shortName(image);
    return engine.call<QList<ImageDeleteItem>>(engine.del(QStringLiteral("/images/%1").arg(image), q),
        [](const Reply &r) -> Result<QList<ImageDeleteItem>> {
            auto doc = decode(r);
            if (!doc)
                return std::unexpected(doc.error());
            if (!doc->isArray())
                return std::unexpected(EngineError::protocol(ImagesApiText::tr("The engine's answer to a removal is not a list.")));
            return ImageDeleteItem::listFromJson(doc->array());
        }).then(QtFuture::Launch::Sync, [who, byId](Result<QList<ImageDeleteItem>> r) {
        if (!r)
            return Result<QList<ImageDeleteItem>>(std::unexpected(explain(byId ? Action::Remove : Action::Untag, who, r.error())));
        return r;
    });
}

QFuture<Result<ImagePruneReport>> prune(Engine &engine, bool all, const PruneFilters &filters)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filters"),
                   Engine::queryValue(filters.toJson({{QStringLiteral("dangling"), all ? QStringLiteral("false") : QStringLiteral("true")}})));
    HttpRequest req;
    req.method = "POST";
    req.target = engine.target(QStringLiteral("/images/prune"), q);
    // Deleting many images takes the engine a while; it answers only at the end.
    req.firstByteTimeoutMs = 30 * 60 * 1000;
    QPointer<Engine> e(&engine);
    return PruneRetry::whenNoOtherPrune<ImagePruneReport>(engine, [e, req]() -> QFuture<Result<ImagePruneReport>> {
        return e->call<ImagePruneReport>(e->send(req), [](const Reply &r) -> Result<ImagePruneReport> {
            auto doc = decode(r);
            if (!doc)
                return std::unexpected(doc.error());
            const QJsonObject o = doc->object();
            ImagePruneReport rep;
            rep.items = ImageDeleteItem::listFromJson(o.value(QLatin1String("ImagesDeleted")).toArray());
            rep.spaceReclaimed = o.value(QLatin1String("SpaceReclaimed")).toInteger();
            return rep;
        });
    }).then(QtFuture::Launch::Sync, [](Result<ImagePruneReport> r) {
        if (!r)
            return Result<ImagePruneReport>(std::unexpected(explain(Action::Prune, {}, r.error())));
        return r;
    });
}

QFuture<Result<QList<ImageUser>>> containers(Engine &engine, const QString &imageId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    if (!imageId.isEmpty())
        q.addQueryItem(QStringLiteral("filters"), jsonFilter(QStringLiteral("ancestor"), imageId));
    const QString who = shortName(imageId);
    return engine.call<QList<ImageUser>>(engine.getShared(QStringLiteral("/containers/json"), q), [](const Reply &r) -> Result<QList<ImageUser>> {
        auto doc = decode(r);
        if (!doc)
            return std::unexpected(doc.error());
        if (!doc->isArray())
            return std::unexpected(EngineError::protocol(ImagesApiText::tr("The engine's container list is not a list.")));
        const QJsonArray a = doc->array();
        QList<ImageUser> out;
        out.reserve(a.size());
        for (const QJsonValue &v : a)
            out.append(ImageUser::fromJson(v.toObject()));
        return out;
    }).then(QtFuture::Launch::Sync, [who](Result<QList<ImageUser>> r) {
        if (!r)
            return Result<QList<ImageUser>>(std::unexpected(explain(Action::Containers, who, r.error())));
        return r;
    });
}

EngineError explain(Action action, const QString &who, const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    const QString m = error.engineMessage;
    auto has = [&m](const char *text) { return m.contains(QLatin1String(text), Qt::CaseInsensitive); };
    switch (error.httpStatus) {
    case 404:
        switch (action) {
        case Action::Inspect:
        case Action::History:
            e.userMessage = ImagesApiText::tr("The image %1 no longer exists: it was removed meanwhile.").arg(who);
            break;
        case Action::Tag:
            e.userMessage = ImagesApiText::tr("The image %1 no longer exists, so it cannot be tagged: it was removed meanwhile.").arg(who);
            break;
        case Action::Untag:
            e.userMessage = ImagesApiText::tr("The tag %1 no longer exists: it was removed or moved to another image meanwhile. Nothing was removed.").arg(who);
            break;
        case Action::Remove:
            e.userMessage = ImagesApiText::tr("The image %1 no longer exists: it was removed meanwhile. Nothing was removed.").arg(who);
            break;
        case Action::List:
        case Action::Prune:
        case Action::Containers:
            break;
        }
        break;
    case 409:
        if (action == Action::Prune) {
            e.userMessage = ImagesApiText::tr("The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.");
        } else if (has("running container")) {
            e.userMessage = ImagesApiText::tr("%1 is used by the running container %2. Stop and remove that container first: "
                               "not even a forced removal can take an image from a running container.")
                                .arg(who, containerIn(m));
        } else if (has("stopped container")) {
            e.userMessage = ImagesApiText::tr("%1 is used by the stopped container %2. Remove that container first, or force the removal "
                               "(the container stays, without an image name).")
                                .arg(who, containerIn(m));
        } else if (has("is using its referenced image")) {
            e.userMessage = ImagesApiText::tr("%1 is the image's last tag and the container %2 uses the image. Remove that container first, "
                               "or force the removal (the image then stays without a tag).")
                                .arg(who, containerIn(m));
        } else if (has("dependent child images")) {
            e.userMessage = ImagesApiText::tr("Other images are built on %1 (it has child images). Remove those images first.").arg(who);
        } else if (has("referenced in multiple repositories")) {
            e.userMessage = ImagesApiText::tr("%1 has several tags. Remove the tags one by one, or force the removal to remove them all.").arg(who);
        } else {
            e.userMessage = ImagesApiText::tr("The engine refused because of a conflict with %1: %2").arg(who, m);
        }
        break;
    case 400:
        if (action == Action::Tag)
            e.userMessage = ImagesApiText::tr("The engine refused the new name for %1: %2").arg(who, m);
        break;
    default:
        break;
    }
    return e;
}

// --- prune --------------------------------------------------------------------------

namespace {

struct Ref
{
    QString full;     ///< normalised: how the engine sorts and names them
    QString familiar; ///< what it reports
    QString name;     ///< repository, normalised
    bool canonical = false;
};

Ref makeRef(const QString &text)
{
    Ref r;
    const auto parsed = Reference::parseNormalized(text);
    if (parsed) {
        r.full = parsed->toString();
        r.familiar = parsed->familiar();
        r.name = parsed->name();
        r.canonical = !parsed->digest.isEmpty();
    } else {
        r.full = r.familiar = r.name = text;
    }
    return r;
}

/// The engine's image store, as much of it as the prune rules read.
class PruneSimulation
{
public:
    PruneSimulation(const QList<ImageSummary> &images, const QList<ImageUser> &containers, const PruneFilters &filters)
        : m_filters(filters)
    {
        for (const ImageSummary &img : images) {
            m_summary.insert(img.id, img);
            m_parent.insert(img.id, img.parentId);
            QList<Ref> refs;
            for (const QString &t : img.repoTags)
                refs << makeRef(t);
            for (const QString &d : img.repoDigests)
                refs << makeRef(d);
            std::sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.full < b.full; });
            m_refs.insert(img.id, refs);
            m_ids << img.id;
        }
        for (const ImageSummary &img : images) {
            if (!img.parentId.isEmpty() && m_parent.contains(img.parentId))
                m_children[img.parentId].insert(img.id);
        }
        for (const ImageUser &c : containers)
            m_users[c.imageId] += 1;
        std::sort(m_ids.begin(), m_ids.end());
    }

    ImagePrunePlan run(bool all)
    {
        ImagePrunePlan plan;
        plan.all = all;
        const bool danglingOnly = !all;
        QStringList top;
        for (const QString &id : std::as_const(m_ids)) {
            const bool hasChildren = !m_children.value(id).isEmpty();
            if (danglingOnly && hasChildren)
                continue; // not a head
            if (m_refs.value(id).isEmpty() && hasChildren)
                continue; // an intermediate image
            const ImageSummary &img = m_summary[id];
            if (!m_filters.matchesCreated(img.created) || !m_filters.matchesLabels(img.labels))
                continue; // until / label filters (image_prune.go)
            top << id;
        }
        for (const QString &id : std::as_const(top)) {
            m_shown.insert(id);
            if (m_deleted.contains(id))
                continue;
            const QList<Ref> refs = m_refs.value(id);
            if (!refs.isEmpty()) {
                bool shouldDelete = !danglingOnly;
                if (!shouldDelete)
                    shouldDelete = std::none_of(refs.begin(), refs.end(), [](const Ref &r) { return !r.canonical; });
                if (!shouldDelete)
                    continue;
                for (const Ref &ref : refs) {
                    // Removing a tag may have removed digests of its repository already.
                    if (!containsRef(id, ref.full))
                        continue;
                    deleteByReference(id, ref);
                }
            } else {
                imageDeleteHelper(id, false);
            }
        }
        plan.deletedImages = m_deletedOrder;
        plan.untagged = m_untagged;
        plan.untaggedByImage = m_untaggedByImage;
        for (auto it = m_users.begin(); it != m_users.end(); ++it) {
            if (it.value() > 0)
                plan.inUse.insert(it.key());
        }
        for (const QString &id : std::as_const(m_lostRefs)) {
            if (!m_deleted.contains(id))
                plan.untaggedOnly << id;
        }
        for (const QString &id : std::as_const(m_deletedOrder)) {
            if (m_shown.contains(id))
                plan.shownDeleted << id;
        }
        return plan;
    }

private:
    bool containsRef(const QString &id, const QString &full) const
    {
        const QList<Ref> refs = m_refs.value(id);
        return std::any_of(refs.begin(), refs.end(), [&](const Ref &r) { return r.full == full; });
    }

    /// isSingleReference of image_delete.go: at most one tag, and every reference
    /// in one repository.
    static bool isSingleReference(const QList<Ref> &refs)
    {
        if (refs.size() <= 1)
            return refs.size() == 1;
        const Ref *single = nullptr;
        QSet<QString> canonicalNames;
        for (const Ref &r : refs) {
            if (r.canonical)
                canonicalNames.insert(r.name);
            else if (!single)
                single = &r;
            else
                return false;
        }
        if (!single)
            single = &refs.first();
        return canonicalNames.size() == 1 && canonicalNames.contains(single->name);
    }

    void untag(const QString &id, const QString &full)
    {
        QList<Ref> &refs = m_refs[id];
        for (qsizetype i = 0; i < refs.size(); ++i) {
            if (refs.at(i).full == full) {
                m_untagged << refs.at(i).familiar;
                m_untaggedByImage[id] << refs.at(i).familiar;
                refs.removeAt(i);
                m_lostRefs.insert(id);
                return;
            }
        }
    }

    /// ImageDelete(ref, force=false, prune=true).
    void deleteByReference(const QString &id, const Ref &ref)
    {
        if (isSingleReference(m_refs.value(id)) && m_users.value(id) > 0)
            return; // conflict: a container uses the image this last name points to
        untag(id, ref.full);
        if (!ref.canonical) {
            const QList<Ref> remaining = m_refs.value(id);
            const bool tagLeft = std::any_of(remaining.begin(), remaining.end(), [&](const Ref &r) { return !r.canonical && r.name == ref.name; });
            if (!tagLeft) {
                for (const Ref &r : remaining) {
                    if (r.canonical && r.name == ref.name)
                        untag(id, r.full);
                }
            }
        }
        if (!m_refs.value(id).isEmpty())
            return;
        imageDeleteHelper(id, true);
    }

    /// imageDeleteHelper(id, force=false, prune=true, quiet): any conflict stops it.
    void imageDeleteHelper(const QString &id, bool quiet)
    {
        Q_UNUSED(quiet) // quiet or not, a conflict leaves the image; only the error differs
        if (!m_children.value(id).isEmpty() || m_users.value(id) > 0 || !m_refs.value(id).isEmpty())
            return;
        m_deleted.insert(id);
        m_deletedOrder << id;
        const QString parent = m_parent.value(id);
        if (!parent.isEmpty() && m_parent.contains(parent)) {
            m_children[parent].remove(id);
            imageDeleteHelper(parent, true);
        }
    }

    QStringList m_ids;
    QHash<QString, QString> m_parent;
    QHash<QString, QSet<QString>> m_children;
    QHash<QString, QList<Ref>> m_refs;
    QHash<QString, int> m_users;
    PruneFilters m_filters;
    QHash<QString, ImageSummary> m_summary;
    QSet<QString> m_deleted;
    QStringList m_deletedOrder;
    QStringList m_untagged;
    QHash<QString, QStringList> m_untaggedByImage;
    QSet<QString> m_lostRefs;
    QSet<QString> m_shown;
};

bool looksLikeMetadata(const QString &createdBy)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:/bin/sh -c #\(nop\)\s*)?(ENV|LABEL|CMD|ENTRYPOINT|EXPOSE|USER|VOLUME|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|ARG|MAINTAINER)\b)"));
    return re.match(createdBy.trimmed()).hasMatch();
}

} // namespace

ImagePrunePlan planPrune(const QList<ImageSummary> &images, const QList<ImageUser> &containers, bool all,
                         const PruneFilters &filters)
{
    PruneSimulation sim(images, containers, filters);
    ImagePrunePlan plan = sim.run(all);
    QSet<QString> wanted(plan.deletedImages.begin(), plan.deletedImages.end());
    for (const QString &id : std::as_const(plan.untaggedOnly))
        wanted.insert(id);
    for (const ImageSummary &img : images) {
        plan.allImageIds.insert(img.id);
        if (wanted.contains(img.id))
            plan.images.insert(img.id, img);
    }
    return plan;
}

QStringList chainIds(const QStringList &diffIds)
{
    QStringList out;
    out.reserve(diffIds.size());
    for (const QString &d : diffIds) {
        if (out.isEmpty()) {
            out << d;
            continue;
        }
        const QByteArray hash = QCryptographicHash::hash((out.last() + QLatin1Char(' ') + d).toUtf8(), QCryptographicHash::Sha256);
        out << QStringLiteral("sha256:") + QString::fromLatin1(hash.toHex());
    }
    return out;
}

std::optional<QList<qint64>> layerSizes(const QString &id, const QHash<QString, QStringList> &layersOf,
                                        const QHash<QString, QList<ImageHistoryEntry>> &historyOf)
{
    if (!layersOf.contains(id) || !historyOf.contains(id))
        return std::nullopt;
    const QStringList layers = layersOf.value(id);
    const qsizetype n = layers.size();

    // Which history steps added a layer: the engine's history does not say, so
    // align the steps with the layers. A local step's own image tells its
    // layer count exactly; elsewhere a step with bytes is a layer, and steps of
    // 0 bytes only when layers are still unaccounted for.
    QList<ImageHistoryEntry> steps = historyOf.value(id);
    std::reverse(steps.begin(), steps.end()); // base first
    QList<qint64> sizeOf(n, 0);
    qsizetype count = 0;
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const ImageHistoryEntry &e = steps.at(s);
        if (!e.isMissing() && layersOf.contains(e.id)) {
            const qsizetype target = layersOf.value(e.id).size();
            if (target > count && target <= n) {
                sizeOf[target - 1] = e.size;
                count = target;
            }
            continue;
        }
        if (e.size > 0) {
            if (count >= n)
                return std::nullopt;
            sizeOf[count++] = e.size;
            continue;
        }
        qsizetype positivesAfter = 0, zerosAfter = 0;
        for (qsizetype t = s + 1; t < steps.size(); ++t)
            (steps.at(t).size > 0 ? positivesAfter : zerosAfter) += 1;
        const qsizetype needed = (n - count) - positivesAfter;
        if (needed > 0 && (!looksLikeMetadata(e.createdBy) || needed > zerosAfter))
            ++count;
    }
    if (count != n)
        return std::nullopt;
    return sizeOf;
}

qint64 reclaimedSpace(const ImagePrunePlan &plan, const QHash<QString, QStringList> &layersOf,
                      const QHash<QString, QList<ImageHistoryEntry>> &historyOf)
{
    const QSet<QString> deleted(plan.deletedImages.begin(), plan.deletedImages.end());
    QSet<QString> kept;
    for (auto it = layersOf.begin(); it != layersOf.end(); ++it) {
        if (deleted.contains(it.key()))
            continue;
        const QStringList chains = chainIds(it.value());
        for (const QString &c : chains)
            kept.insert(c);
    }
    QSet<QString> counted;
    qint64 total = 0;
    for (const QString &id : plan.deletedImages) {
        const std::optional<QList<qint64>> sizeOf = layerSizes(id, layersOf, historyOf);
        if (!sizeOf)
            return -1;
        const QStringList chains = chainIds(layersOf.value(id));
        for (qsizetype k = 0; k < chains.size(); ++k) {
            const QString &c = chains.at(k);
            if (kept.contains(c) || counted.contains(c))
                continue;
            counted.insert(c);
            total += sizeOf->at(k);
        }
    }
    return total;
}

qint64 reclaimedSpaceFromKept(qint64 layersSize, const QStringList &keptImages, const QHash<QString, QStringList> &layersOf,
                              const QHash<QString, QList<ImageHistoryEntry>> &historyOf)
{
    if (layersSize < 0)
        return -1;
    // Every layer some image holds is in layersSize once; what the kept images hold
    // stays, the rest goes.
    QSet<QString> counted;
    qint64 stays = 0;
    for (const QString &id : keptImages) {
        if (!layersOf.contains(id))
            continue; // gone meanwhile: holds nothing
        const std::optional<QList<qint64>> sizeOf = layerSizes(id, layersOf, historyOf);
        if (!sizeOf)
            return -1;
        const QStringList chains = chainIds(layersOf.value(id));
        for (qsizetype k = 0; k < chains.size(); ++k) {
            if (counted.contains(chains.at(k)))
                continue;
            counted.insert(chains.at(k));
            stays += sizeOf->at(k);
        }
    }
    return stays <= layersSize ? layersSize - stays : -1;
}

// --- preview: fetch, plan, then the layers --------------------------------------------

namespace {

struct Preview
{
    QPointer<Engine> engine;
    QPromise<Result<ImagePrunePlan>> promise;
    ImagePrunePlan plan;
    std::optional<Result<QList<ImageSummary>>> images;
    std::optional<Result<QList<ImageUser>>> users;
    QStringList queue;       ///< images still to inspect
    QStringList historyQueue;
    int inFlight = 0;
    int done = 0;
    int total = 0;
    bool finished = false;
    QHash<QString, QStringList> layersOf;
    QHash<QString, QList<ImageHistoryEntry>> historyOf;
    PruneMeasure how = PruneMeasure::Auto;
    std::optional<qint64> layersSize; ///< /system/df's LayersSize, once asked (-1: not known)
    QStringList kept;                 ///< measured from the kept side: the images that stay
    bool byKept = false;
    QList<ImageSummary> all;          ///< the list the plan was made from
    ImagePrunePlan::ImagesFrom imagesFrom = ImagePrunePlan::ImagesFrom::EngineList;

    void fail(const EngineError &e)
    {
        if (finished)
            return;
        finished = true;
        promise.addResult(failure(e));
        promise.finish();
    }
    // GCC 14 at -O3 (the benchmarks' Release build) sees the error-holding Result moved
    // into the promise and warns that the plan it does not hold "may be used
    // uninitialized" (-Wmaybe-uninitialized inside std::expected's move). Made out of
    // line, the Result reaches the promise as an opaque value.
    [[gnu::noinline]] static Result<ImagePrunePlan> failure(const EngineError &e) { return std::unexpected(e); }
    void succeed()
    {
        if (finished)
            return;
        finished = true;
        if (engine && engine->info().podman) {
            // Podman reports each deleted image's whole size (libimage), shared layers
            // included; the preview says so beside the bytes actually freed.
            qint64 reported = 0;
            for (const QString &id : std::as_const(plan.deletedImages))
                reported += plan.images.value(id).size;
            plan.engineReportsSpace = reported;
        }
        promise.addResult(Result<ImagePrunePlan>(plan));
        promise.finish();
    }
};

constexpr int kParallel = 4; // the engine serves a few requests at once; more only queue up

void measureByDeleted(const std::shared_ptr<Preview> &p);

void pump(const std::shared_ptr<Preview> &p)
{
    if (p->finished)
        return;
    if (!p->engine)
        return p->fail(EngineError::make(EngineError::Kind::Canceled, ImagesApiText::tr("The engine went away.")));
    while (p->inFlight < kParallel && (!p->queue.isEmpty() || !p->historyQueue.isEmpty())) {
        ++p->inFlight;
        if (!p->queue.isEmpty()) {
            const QString id = p->queue.takeFirst();
            inspect(*p->engine, id).then(p->engine, [p, id](const Result<ImageInspect> &r) {
                --p->inFlight;
                ++p->done;
                p->promise.setProgressValue(p->done);
                if (r)
                    p->layersOf.insert(id, r->layers);
                else if (r.error().httpStatus != 404) // gone meanwhile: holds nothing
                    return p->fail(r.error());
                pump(p);
            });
        } else {
            const QString id = p->historyQueue.takeFirst();
            history(*p->engine, id).then(p->engine, [p, id](const Result<QList<ImageHistoryEntry>> &r) {
                --p->inFlight;
                ++p->done;
                p->promise.setProgressValue(p->done);
                if (!r) {
                    // A kept image gone meanwhile holds nothing any more.
                    if (p->byKept && r.error().httpStatus == 404) {
                        p->layersOf.remove(id);
                        return pump(p);
                    }
                    return p->fail(r.error());
                }
                p->historyOf.insert(id, *r);
                pump(p);
            });
        }
    }
    if (p->inFlight == 0 && p->queue.isEmpty() && p->historyQueue.isEmpty()) {
        if (p->byKept) {
            p->plan.spaceReclaimed = reclaimedSpaceFromKept(p->layersSize.value_or(-1), p->kept, p->layersOf, p->historyOf);
            if (p->plan.spaceReclaimed < 0) {
                // The kept images' history does not line up with their layers: count
                // from the deleted side, as for any engine.
                qCInfo(lcEngine) << "prune preview: the kept images' layers do not add up; measuring every image";
                return measureByDeleted(p);
            }
            p->plan.spaceFromKept = true;
        } else {
            p->plan.spaceReclaimed = reclaimedSpace(p->plan, p->layersOf, p->historyOf);
        }
        p->succeed();
    }
}

void measureByDeleted(const std::shared_ptr<Preview> &p)
{
    // Which layers the deleted images alone hold: every image's layers (inspect), and
    // the sizes of the deleted ones' (history).
    p->byKept = false;
    p->layersOf.clear();
    p->historyOf.clear();
    p->queue.clear();
    for (const ImageSummary &img : std::as_const(p->all))
        p->queue << img.id;
    p->historyQueue = p->plan.deletedImages;
    p->done = 0;
    p->total = int(p->queue.size() + p->historyQueue.size());
    p->promise.setProgressRange(0, p->total);
    pump(p);
}

void measure(const std::shared_ptr<Preview> &p, const QList<ImageSummary> &images)
{
    if (p->plan.deletedImages.isEmpty()) {
        p->plan.spaceReclaimed = 0;
        return p->succeed();
    }
    p->all = images;
    const bool podman = p->engine && p->engine->info().podman;
    // The images that stay. The engine's LayersSize counts once every layer an image
    // holds (graph-driver store: daemon/images ImageDiskUsage), so what the prune frees
    // is LayersSize less what the kept images hold: only they need reading. That is a
    // few requests when most images go (prune -a), where counting from the deleted
    // side reads every image.
    const QSet<QString> deleted(p->plan.deletedImages.cbegin(), p->plan.deletedImages.cend());
    // A kept image's child that stays holds every layer of it and more (a child is
    // made from its parent's layers: image.NewChildImage), so only the kept images
    // without a kept child are read: a kept chain of intermediate images costs one.
    QSet<QString> keptParents;
    for (const ImageSummary &img : images) {
        if (!deleted.contains(img.id) && !img.parentId.isEmpty())
            keptParents.insert(img.parentId);
    }
    p->kept.clear();
    for (const ImageSummary &img : images) {
        if (!deleted.contains(img.id) && !keptParents.contains(img.id))
            p->kept << img.id;
    }
    const qsizetype byKeptCost = 2 * p->kept.size();
    const qsizetype byDeletedCost = images.size() + p->plan.deletedImages.size();
    const bool canByKept = !podman && p->layersSize.value_or(-1) >= 0;
    p->byKept = canByKept && (p->how == PruneMeasure::ByKept || (p->how == PruneMeasure::Auto && byKeptCost < byDeletedCost));
    if (!p->byKept)
        return measureByDeleted(p);
    p->queue = p->kept;
    p->historyQueue = p->kept;
    p->done = 0;
    p->total = int(p->queue.size() + p->historyQueue.size());
    p->promise.setProgressRange(0, std::max(1, p->total));
    pump(p);
}

/// Reading a chain of intermediate images costs the engine one short request, about
/// what listing this many images costs it: past as many chains as that makes the
/// default list's length, one `all=1` list is cheaper than their histories.
constexpr qsizetype kImagesPerChain = 50;
constexpr qsizetype kMinChains = 16; // (on a small engine either costs a few milliseconds)

/// Every image the engine holds, and where the list came from.
struct AllImages
{
    QList<ImageSummary> images;
    ImagePrunePlan::ImagesFrom from = ImagePrunePlan::ImagesFrom::PageListAndHistories;
};

/// Intermediate images asked for through the histories of the parents the default list
/// leaves out (the state of intermediatesOf).
struct Chains : std::enable_shared_from_this<Chains>
{
    QPointer<Engine> engine;
    QPromise<Result<AllImages>> promise;
    QList<ImageSummary> images; ///< the default list, then the intermediate images found
    QSet<QString> known;        ///< IDs in `images`
    QStringList queue;          ///< missing parents still to ask about
    QList<QList<ImageHistoryEntry>> histories;
    int inFlight = 0;
    bool listing = false; ///< a history failed: the `all=1` list answers instead
    bool finished = false;

    void finish(const Result<QList<ImageSummary>> &r, ImagePrunePlan::ImagesFrom from)
    {
        if (finished)
            return;
        finished = true;
        if (r)
            promise.addResult(Result<AllImages>(AllImages{*r, from}));
        else
            promise.addResult(Result<AllImages>(std::unexpected(r.error())));
        promise.finish();
    }
    /// The engine's own list of every image instead.
    void listEverything()
    {
        listing = true;
        queue.clear();
        list(*engine, true).then(engine, [self = shared_from_this()](const Result<QList<ImageSummary>> &all) {
            self->finish(all, ImagePrunePlan::ImagesFrom::EngineList);
        });
    }
};

void pumpChains(const std::shared_ptr<Chains> &c)
{
    if (c->finished || c->listing)
        return;
    if (!c->engine)
        return c->finish(std::unexpected(EngineError::make(EngineError::Kind::Canceled, ImagesApiText::tr("The engine went away."))),
                         ImagePrunePlan::ImagesFrom::PageListAndHistories);
    while (c->inFlight < kParallel && !c->queue.isEmpty()) {
        ++c->inFlight;
        history(*c->engine, c->queue.takeFirst()).then(c->engine, [c](const Result<QList<ImageHistoryEntry>> &r) {
            --c->inFlight;
            if (!r && !c->listing && !c->finished && c->engine) {
                // Gone meanwhile (the page's list is older than the engine's images), or
                // another error: the engine's own list of every image says what is there.
                qCInfo(lcEngine) << "prune preview: an intermediate image's history failed; listing every image";
                return c->listEverything();
            }
            if (r)
                c->histories << *r;
            pumpChains(c);
        });
    }
    if (c->inFlight > 0 || !c->queue.isEmpty())
        return;
    for (const QList<ImageHistoryEntry> &h : std::as_const(c->histories)) {
        // Newest step first; the engine names the asked image at the first step and then
        // each parent in turn (daemon/images/image_history.go), "<missing>" past the base.
        // An image's size is the bytes of its step and of every step below it.
        QList<qint64> below(h.size() + 1, 0);
        for (qsizetype i = h.size() - 1; i >= 0; --i)
            below[i] = below.at(i + 1) + h.at(i).size;
        for (qsizetype i = 0; i < h.size(); ++i) {
            const ImageHistoryEntry &e = h.at(i);
            if (e.isMissing() || c->known.contains(e.id))
                break; // its parents are known from here on
            ImageSummary s;
            s.id = e.id;
            for (qsizetype j = i + 1; j < h.size(); ++j) {
                if (!h.at(j).isMissing()) {
                    s.parentId = h.at(j).id;
                    break;
                }
            }
            s.repoTags = e.tags;
            s.created = e.created;
            s.size = below.at(i);
            c->known.insert(s.id);
            c->images << s;
        }
    }
    c->finish(c->images, ImagePrunePlan::ImagesFrom::PageListAndHistories);
}

/// Every image the engine holds, from its default list: each intermediate image the
/// list leaves out is an ancestor of a listed image whose parent is not listed, and the
/// history of that parent names it with its own parents. One request per such parent
/// (a classic build's chain), or the `all=1` list when there are many.
QFuture<Result<AllImages>> intermediatesOf(Engine &engine, const QList<ImageSummary> &images)
{
    auto c = std::make_shared<Chains>();
    c->engine = &engine;
    c->images = images;
    c->promise.start();
    QFuture<Result<AllImages>> future = c->promise.future();
    for (const ImageSummary &img : images)
        c->known.insert(img.id);
    QSet<QString> missing;
    for (const ImageSummary &img : images) {
        if (!img.parentId.isEmpty() && !c->known.contains(img.parentId) && !missing.contains(img.parentId)) {
            missing.insert(img.parentId);
            c->queue << img.parentId;
        }
    }
    if (c->queue.size() > std::max(kMinChains, images.size() / kImagesPerChain)) {
        c->listEverything();
        return future;
    }
    pumpChains(c);
    return future;
}

void planned(const std::shared_ptr<Preview> &p, bool all, const PruneFilters &filters)
{
    Preview &s = *p; // (a reference: clang-tidy follows the checks of s.images, not of p->images)
    if (!s.images || !s.users || !s.layersSize)
        return;
    if (!*s.images)
        return s.fail(s.images->error());
    if (!*s.users)
        return s.fail(s.users->error());
    s.plan = planPrune(**s.images, **s.users, all, filters);
    s.plan.imagesFrom = s.imagesFrom;
    measure(p, **s.images);
}

} // namespace

QFuture<Result<ImagePrunePlan>> measurePrune(Engine &engine, const QList<ImageSummary> &images, const ImagePrunePlan &plan,
                                             qint64 layersSize, PruneMeasure how)
{
    auto p = std::make_shared<Preview>();
    p->engine = &engine;
    p->promise.start();
    p->plan = plan;
    p->how = how;
    p->layersSize = layersSize;
    QFuture<Result<ImagePrunePlan>> future = p->promise.future();
    measure(p, images);
    return future;
}

QFuture<Result<qint64>> layersSize(Engine &engine)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("type"), QStringLiteral("image")); // API 1.42+: images only
    HttpRequest req;
    req.method = "GET";
    req.target = engine.target(QStringLiteral("/system/df"), q);
    req.firstByteTimeoutMs = 5 * 60 * 1000;
    return engine.call<qint64>(engine.send(req), [](const Reply &r) -> Result<qint64> {
        auto doc = decode(r);
        if (!doc)
            return std::unexpected(doc.error());
        const QJsonValue v = doc->object().value(QLatin1String("LayersSize"));
        return v.isDouble() ? v.toInteger() : qint64(-1);
    });
}

bool defaultListIsComplete(const QList<ImageSummary> &images)
{
    return std::ranges::all_of(images, [](const ImageSummary &i) { return i.parentId.isEmpty(); });
}

QFuture<Result<ImagePrunePlan>> previewPrune(Engine &engine, bool all, const PruneFilters &filters, PruneMeasure how,
                                             const std::optional<PruneKnownLists> &known)
{
    auto p = std::make_shared<Preview>();
    p->engine = &engine;
    p->how = how;
    p->promise.start();
    QFuture<Result<ImagePrunePlan>> future = p->promise.future();
    // The lists a page holds stand for the engine's when they are every image: then
    // only /system/df is asked (and the kept images read), where listing with the
    // intermediate images costs the engine about twice its default list.
    if (known && defaultListIsComplete(known->images)) {
        p->images = Result<QList<ImageSummary>>(known->images);
        p->imagesFrom = ImagePrunePlan::ImagesFrom::PageList;
    } else if (known && !engine.info().podman) {
        // The classic builder's intermediate images, read from the histories of the
        // parents the page's list leaves out (few requests) rather than listing again;
        // the answer says whether it had to list after all.
        intermediatesOf(engine, known->images).then(&engine, [p, all, filters](const Result<AllImages> &r) {
            if (r) {
                p->images = Result<QList<ImageSummary>>(r->images);
                p->imagesFrom = r->from;
            } else {
                p->images = Result<QList<ImageSummary>>(std::unexpected(r.error()));
            }
            planned(p, all, filters);
        });
    } else {
        list(engine, true).then(&engine, [p, all, filters](const Result<QList<ImageSummary>> &r) {
            p->images = r;
            planned(p, all, filters);
        });
    }
    if (known) {
        p->users = Result<QList<ImageUser>>(known->containers);
    } else {
        containers(engine).then(&engine, [p, all, filters](const Result<QList<ImageUser>> &r) {
            p->users = r;
            planned(p, all, filters);
        });
    }
    if (engine.info().podman || how == PruneMeasure::ByDeleted) {
        p->layersSize = -1;
        planned(p, all, filters); // (when the lists were known, nothing else will call it)
    } else {
        // One request more: what the images' layers add up to (without it, every image is read).
        layersSize(engine).then(&engine, [p, all, filters](const Result<qint64> &r) {
            p->layersSize = r ? *r : qint64(-1);
            planned(p, all, filters);
        });
    }
    return future;
}

} // namespace ImagesApi
