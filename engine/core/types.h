#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One entry of `GET /images/json`.
struct ImageSummary
{
    QString id;       ///< "sha256:..."
    QString parentId;
    QStringList repoTags;    ///< "repo:tag"; empty for a dangling image
    QStringList repoDigests; ///< "repo@sha256:..."
    qint64 created = 0;      ///< unix seconds
    qint64 size = 0;
    qint64 sharedSize = -1;  ///< -1: not computed
    qint64 containers = -1;  ///< -1: not computed (engines before API 1.51)
    QMap<QString, QString> labels;

    bool isDangling() const { return repoTags.isEmpty(); }
    /// "abcdef012345": the id without "sha256:", 12 characters, as the CLI prints it.
    QString shortId() const;

    static ImageSummary fromJson(const QJsonObject &o);
    /// The forms engines differ in made one: Podman's bare-hex parent gets "sha256:",
    /// the "<none>:<none>" and "<none>@<none>" of engines before API 1.43 go.
    /// fromJson and JsonLists::images both end with it.
    static void normalize(ImageSummary &s);
    bool operator==(const ImageSummary &) const = default;
};

/// "sha256:abcdef012345..." -> "abcdef012345": an image id as the CLI prints it.
QString shortImageId(const QString &id);

/// Splits "registry:5000/team/app:1.0" into repository and tag, the way the CLI
/// prints them (the last ':' after the last '/').
std::pair<QString, QString> splitRepoTag(const QString &repoTag);

/// What Cais knows about the engine it talks to.
struct EngineInfo
{
    bool podman = false;
    QString apiVersion;        ///< negotiated, used for every call
    QString engineApiVersion;  ///< the newest the engine speaks
    QString minApiVersion;
    QString libpodApiVersion;
    QString builderVersion;    ///< "1" classic, "2" BuildKit
    QString osType;
    QString version;           ///< "26.1.5"
    QString os;
    QString arch;
    QString kernelVersion;
    QString name;              ///< the engine host's name
    QString operatingSystem;
    int images = 0;
    int containers = 0;
    int containersRunning = 0;
    int cpus = 0;          ///< the host's CPUs (NCPU)
    qint64 memTotal = 0;   ///< the host's memory in bytes (MemTotal); a container without a limit reports this as its limit

    /// "Docker" or "Podman".
    QString productName() const { return podman ? QStringLiteral("Podman") : QStringLiteral("Docker"); }
};

/// One item of `GET /events`.
struct EngineEvent
{
    QString type;   ///< container, image, network, volume, daemon, ...
    QString action; ///< create, start, die, destroy, pull, tag, untag, delete, exec_start: sh ...
    QString id;
    QMap<QString, QString> attributes;
    qint64 timeNano = 0;

    static EngineEvent fromJson(const QJsonObject &o);
};

Q_DECLARE_METATYPE(EngineEvent)

/// Labels, options and other string maps of the Engine API's JSON.
namespace Json {
/// A JSON array of strings as a list (anything else: empty).
QStringList stringList(const QJsonValue &v);
/// A JSON object of strings as a map (anything else: empty).
QMap<QString, QString> stringMap(const QJsonValue &v);
/// A map of strings as a JSON object.
QJsonObject jsonMap(const QMap<QString, QString> &m);
} // namespace Json
