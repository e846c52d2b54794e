#pragma once

#include "engineerror.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class Engine;

/// One entry of `GET /volumes` (the same fields as `GET /volumes/{name}`).
struct VolumeSummary
{
    QString name;
    QString driver;
    QString mountpoint;
    QString scope;     ///< "local" or "global"
    QDateTime created; ///< invalid when the driver does not say
    QMap<QString, QString> labels;
    QMap<QString, QString> options; ///< the driver options it was created with

    /// Made by the engine for a `-v /path` without a name (Docker labels those
    /// `com.docker.volume.anonymous`; older engines and Podman do not, then a
    /// 64-hex name is the sign).
    bool isAnonymous() const;

    static VolumeSummary fromJson(const QJsonObject &o);
    bool operator==(const VolumeSummary &) const = default;
};

/// `GET /volumes/{name}`: the summary and the engine's whole answer.
struct VolumeInspect
{
    VolumeSummary volume;
    QJsonObject raw;
};

/// What the disk-usage report says about one volume.
struct VolumeUsage
{
    qint64 size = -1;  ///< bytes; -1 when the engine could not measure it
    int refCount = -1; ///< containers that reference it; -1 when unknown
    bool operator==(const VolumeUsage &) const = default;
};

/// A container that mounts a volume.
struct VolumeUser
{
    QString containerId;
    QString containerName; ///< without the leading "/"
    QString state;         ///< "running", "exited", ...
    QString destination;   ///< where it is mounted in the container
    bool operator==(const VolumeUser &) const = default;
};

/// What `docker volume create` takes.
struct VolumeCreateSpec
{
    QString name; ///< empty: the engine makes up a name
    QString driver; ///< empty: "local"
    QMap<QString, QString> driverOptions;
    QMap<QString, QString> labels;

    QByteArray toJson() const;
};

/// What `POST /volumes/prune` did.
struct VolumePruneReport
{
    QStringList deleted;
    qint64 spaceReclaimed = 0;
};

/// Typed volume calls on an Engine. Errors are rewritten into sentences that name
/// the volume and say what to do, keeping the engine's words.
namespace VolumesApi {

enum class Action { List, Inspect, Create, Remove, Prune, Usage, Users };

/// GET /volumes; `labelFilter` ("key=value" or "key") narrows it as `--filter label=`.
QFuture<Result<QList<VolumeSummary>>> list(Engine &engine, const QString &labelFilter = {});
QFuture<Result<VolumeInspect>> inspect(Engine &engine, const QString &name);
QFuture<Result<VolumeSummary>> create(Engine &engine, const VolumeCreateSpec &spec);
/// DELETE /volumes/{name}; `force` also removes it when the driver cannot.
QFuture<Result<Done>> remove(Engine &engine, const QString &name, bool force = false);
/// POST /volumes/prune: unused volumes. From API 1.42 only anonymous ones unless
/// `all`; before 1.42 the engine removes every unused volume whatever `all` says
/// (see pruneRemovesNamed()). `labelFilter` narrows it as `--filter label=`.
QFuture<Result<VolumePruneReport>> prune(Engine &engine, bool all, const QString &labelFilter = {});
/// Whether a prune on this engine removes named volumes even without `all`.
bool pruneRemovesNamed(const Engine &engine);
/// Whether the engine knows `all=true` for volume prunes (API 1.42+, and not Podman,
/// whose prune always removes every unused volume).
bool pruneKnowsAll(const Engine &engine);
/// The sizes and reference counts from `GET /system/df` (type=volume on API 1.42+):
/// the engine walks every volume's files, which may take long. By volume name.
QFuture<Result<QHash<QString, VolumeUsage>>> usage(Engine &engine);
/// Which containers mount which volume, from `GET /containers/json?all=1`. By volume name.
QFuture<Result<QHash<QString, QList<VolumeUser>>>> users(Engine &engine);

/// The user's sentence for an engine error of `action` on `who`.
EngineError explain(Action action, const QString &who, const EngineError &error);
/// Pure parts, for tests.
QList<VolumeSummary> listFromJson(const QJsonObject &o);
QHash<QString, VolumeUsage> usageFromJson(const QJsonObject &df);
QHash<QString, QList<VolumeUser>> usersFromJson(const QJsonArray &containers);

} // namespace VolumesApi
