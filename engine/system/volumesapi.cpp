#include "volumesapi.h"

#include "engine.h"
#include "pruneretry.h"
#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

// The translation context of the free functions below.
struct VolumesApiText
{
    Q_DECLARE_TR_FUNCTIONS(VolumesApi)
};

using Json::stringMap;

using Json::jsonMap;

QString filters(const QMap<QString, QStringList> &f)
{
    QJsonObject o;
    for (auto it = f.begin(); it != f.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool apiAtLeast(const Engine &engine, int minor)
{
    const QStringList v = engine.info().apiVersion.split(QLatin1Char('.'));
    return v.size() == 2 && (v.at(0).toInt() > 1 || v.at(1).toInt() >= minor);
}

template<class T>
QFuture<Result<T>> explained(QFuture<Result<T>> f, VolumesApi::Action action, const QString &who)
{
    return f.then(QtFuture::Launch::Sync, [action, who](Result<T> r) {
        if (!r)
            return Result<T>(std::unexpected(VolumesApi::explain(action, who, r.error())));
        return r;
    });
}

} // namespace

bool VolumeSummary::isAnonymous() const
{
    if (labels.contains(QStringLiteral("com.docker.volume.anonymous")))
        return true;
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    return hex64.match(name).hasMatch();
}

VolumeSummary VolumeSummary::fromJson(const QJsonObject &o)
{
    VolumeSummary v;
    v.name = o.value(QLatin1String("Name")).toString();
    v.driver = o.value(QLatin1String("Driver")).toString();
    v.mountpoint = o.value(QLatin1String("Mountpoint")).toString();
    v.scope = o.value(QLatin1String("Scope")).toString();
    const QString created = o.value(QLatin1String("CreatedAt")).toString();
    if (!created.isEmpty())
        v.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    v.labels = stringMap(o.value(QLatin1String("Labels")));
    v.options = stringMap(o.value(QLatin1String("Options")));
    return v;
}

QByteArray VolumeCreateSpec::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(QStringLiteral("Name"), name);
    o.insert(QStringLiteral("Driver"), driver.isEmpty() ? QStringLiteral("local") : driver);
    o.insert(QStringLiteral("DriverOpts"), jsonMap(driverOptions));
    o.insert(QStringLiteral("Labels"), jsonMap(labels));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace VolumesApi {

QList<VolumeSummary> listFromJson(const QJsonObject &o)
{
    QList<VolumeSummary> out;
    const QJsonArray a = o.value(QLatin1String("Volumes")).toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out.append(VolumeSummary::fromJson(v.toObject()));
    return out;
}

QHash<QString, VolumeUsage> usageFromJson(const QJsonObject &df)
{
    QHash<QString, VolumeUsage> out;
    const QJsonArray a = df.value(QLatin1String("Volumes")).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QJsonObject u = o.value(QLatin1String("UsageData")).toObject();
        VolumeUsage usage;
        usage.size = u.value(QLatin1String("Size")).toInteger(-1);
        usage.refCount = int(u.value(QLatin1String("RefCount")).toInteger(-1));
        out.insert(o.value(QLatin1String("Name")).toString(), usage);
    }
    return out;
}

QHash<QString, QList<VolumeUser>> usersFromJson(const QJsonArray &containers)
{
    QHash<QString, QList<VolumeUser>> out;
    for (const QJsonValue &cv : containers) {
        const QJsonObject c = cv.toObject();
        const QJsonArray names = c.value(QLatin1String("Names")).toArray();
        QString name = names.isEmpty() ? QString() : names.at(0).toString();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        const QJsonArray mounts = c.value(QLatin1String("Mounts")).toArray();
        for (const QJsonValue &mv : mounts) {
            const QJsonObject m = mv.toObject();
            if (m.value(QLatin1String("Type")).toString() != QLatin1String("volume"))
                continue;
            VolumeUser u;
            u.containerId = c.value(QLatin1String("Id")).toString();
            u.containerName = name;
            u.state = c.value(QLatin1String("State")).toString();
            u.destination = m.value(QLatin1String("Destination")).toString();
            out[m.value(QLatin1String("Name")).toString()].append(u);
        }
    }
    return out;
}

QFuture<Result<QList<VolumeSummary>>> list(Engine &engine, const QString &labelFilter)
{
    QUrlQuery q;
    if (!labelFilter.isEmpty())
        q.addQueryItem(QStringLiteral("filters"), Engine::queryValue(filters({{QStringLiteral("label"), {labelFilter}}})));
    return explained(engine.call<QList<VolumeSummary>>(engine.get(QStringLiteral("/volumes"), q),
                                                       [](const Reply &r) -> Result<QList<VolumeSummary>> {
                                                           auto doc = Engine::parseJson(r.body());
                                                           if (!doc)
                                                               return std::unexpected(doc.error());
                                                           if (!doc->isObject())
                                                               return std::unexpected(EngineError::protocol(VolumesApiText::tr("The engine's volume list is not an object.")));
                                                           return listFromJson(doc->object());
                                                       }),
                     Action::List, {});
}

QFuture<Result<VolumeInspect>> inspect(Engine &engine, const QString &name)
{
    return explained(engine.call<VolumeInspect>(engine.get(QStringLiteral("/volumes/%1").arg(name)), [](const Reply &r) -> Result<VolumeInspect> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        if (!doc->isObject())
            return std::unexpected(EngineError::protocol(VolumesApiText::tr("The engine's description of the volume is not an object.")));
        return VolumeInspect{VolumeSummary::fromJson(doc->object()), doc->object()};
    }),
                     Action::Inspect, name);
}

QFuture<Result<VolumeSummary>> create(Engine &engine, const VolumeCreateSpec &spec)
{
    return explained(engine.call<VolumeSummary>(engine.post(QStringLiteral("/volumes/create"), {}, spec.toJson()),
                                                [](const Reply &r) -> Result<VolumeSummary> {
                                                    auto doc = Engine::parseJson(r.body());
                                                    if (!doc)
                                                        return std::unexpected(doc.error());
                                                    return VolumeSummary::fromJson(doc->object());
                                                }),
                     Action::Create, spec.name);
}

QFuture<Result<Done>> remove(Engine &engine, const QString &name, bool force)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(QStringLiteral("force"), QStringLiteral("1"));
    return explained(engine.call<Done>(engine.del(QStringLiteral("/volumes/%1").arg(name), q), [](const Reply &) -> Result<Done> { return Done{}; }),
                     Action::Remove, name);
}

bool pruneKnowsAll(const Engine &engine)
{
    return !engine.info().podman && apiAtLeast(engine, 42);
}

bool pruneRemovesNamed(const Engine &engine)
{
    return !pruneKnowsAll(engine);
}

QFuture<Result<VolumePruneReport>> prune(Engine &engine, bool all, const QString &labelFilter)
{
    QMap<QString, QStringList> f;
    if (!labelFilter.isEmpty())
        f.insert(QStringLiteral("label"), {labelFilter});
    if (all && pruneKnowsAll(engine))
        f.insert(QStringLiteral("all"), {QStringLiteral("true")});
    QUrlQuery q;
    if (!f.isEmpty())
        q.addQueryItem(QStringLiteral("filters"), Engine::queryValue(filters(f)));
    HttpRequest req;
    req.method = "POST";
    req.target = engine.target(QStringLiteral("/volumes/prune"), q);
    // Removing volumes deletes their files: the engine answers only at the end.
    req.firstByteTimeoutMs = 30 * 60 * 1000;
    QPointer<Engine> e(&engine);
    return explained(PruneRetry::whenNoOtherPrune<VolumePruneReport>(engine, [e, req]() -> QFuture<Result<VolumePruneReport>> {
        return e->call<VolumePruneReport>(e->send(req), [](const Reply &r) -> Result<VolumePruneReport> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            const QJsonObject o = doc->object();
            VolumePruneReport rep;
            const QJsonArray a = o.value(QLatin1String("VolumesDeleted")).toArray();
            for (const QJsonValue &v : a)
                rep.deleted << v.toString();
            rep.spaceReclaimed = o.value(QLatin1String("SpaceReclaimed")).toInteger();
            return rep;
        });
    }),
                     Action::Prune, {});
}

QFuture<Result<QHash<QString, VolumeUsage>>> usage(Engine &engine)
{
    QUrlQuery q;
    if (apiAtLeast(engine, 42) && !engine.info().podman)
        q.addQueryItem(QStringLiteral("type"), QStringLiteral("volume"));
    HttpRequest req;
    req.target = engine.target(QStringLiteral("/system/df"), q);
    // The engine measures every volume's files before it answers.
    req.firstByteTimeoutMs = 10 * 60 * 1000;
    return explained(engine.call<QHash<QString, VolumeUsage>>(engine.send(req), [](const Reply &r) -> Result<QHash<QString, VolumeUsage>> {
        auto doc = Engine::parseJson(r.body());
        if (!doc)
            return std::unexpected(doc.error());
        return usageFromJson(doc->object());
    }),
                     Action::Usage, {});
}

QFuture<Result<QHash<QString, QList<VolumeUser>>>> users(Engine &engine)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
    return explained(engine.call<QHash<QString, QList<VolumeUser>>>(engine.getShared(QStringLiteral("/containers/json"), q),
                                                                     [](const Reply &r) -> Result<QHash<QString, QList<VolumeUser>>> {
                                                                         auto doc = Engine::parseJson(r.body());
                                                                         if (!doc)
                                                                             return std::unexpected(doc.error());
                                                                         if (!doc->isArray())
                                                                             return std::unexpected(EngineError::protocol(VolumesApiText::tr("The engine's container list is not a list.")));
                                                                         return usersFromJson(doc->array());
                                                                     }),
                     Action::Users, {});
}

EngineError explain(Action action, const QString &who, const EngineError &error)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    const QString &m = error.engineMessage;
    switch (error.httpStatus) {
    case 404:
        if (action == Action::Inspect || action == Action::Remove)
            e.userMessage = VolumesApiText::tr("The volume %1 no longer exists: it was removed meanwhile.").arg(who);
        break;
    case 409:
        if (action == Action::Prune)
            e.userMessage = VolumesApiText::tr("The engine is already pruning: another prune is running, and it did not finish in the two minutes this one waited. Try again when it has finished.");
        else if (action == Action::Remove
                 && (m.contains(QLatin1String("in use"), Qt::CaseInsensitive) || m.contains(QLatin1String("being used"), Qt::CaseInsensitive)))
            e.userMessage = VolumesApiText::tr("The volume %1 is in use by a container. Remove the containers that use it first "
                                     "(forcing does not help: the engine never removes a volume a container uses).")
                                .arg(who);
        else if (action == Action::Create)
            e.userMessage = VolumesApiText::tr("A volume named %1 exists already with other settings: choose another name.").arg(who);
        break;
    case 400:
    case 500:
        if (action == Action::Create)
            e.userMessage = VolumesApiText::tr("The engine could not create the volume %1: %2").arg(who, m);
        else if (action == Action::Remove)
            e.userMessage = VolumesApiText::tr("The engine could not remove the volume %1: %2").arg(who, m);
        break;
    default:
        break;
    }
    return e;
}

} // namespace VolumesApi
