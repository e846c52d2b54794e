#include "types.h"

#include <QJsonArray>

namespace {

using Json::stringList;
using Json::stringMap;

} // namespace

QString shortImageId(const QString &id)
{
    return id.mid(id.indexOf(QLatin1Char(':')) + 1, 12);
}

QString ImageSummary::shortId() const
{
    return shortImageId(id);
}

ImageSummary ImageSummary::fromJson(const QJsonObject &o)
{
    ImageSummary s;
    s.id = o.value(QLatin1String("Id")).toString();
    s.parentId = o.value(QLatin1String("ParentId")).toString();
    s.repoTags = stringList(o.value(QLatin1String("RepoTags")));
    s.repoDigests = stringList(o.value(QLatin1String("RepoDigests")));
    s.created = o.value(QLatin1String("Created")).toInteger();
    s.size = o.value(QLatin1String("Size")).toInteger();
    s.sharedSize = o.value(QLatin1String("SharedSize")).toInteger(-1);
    s.containers = o.value(QLatin1String("Containers")).toInteger(-1);
    s.labels = stringMap(o.value(QLatin1String("Labels")));
    normalize(s);
    return s;
}

void ImageSummary::normalize(ImageSummary &s)
{
    // Podman's compatible API gives the parent as bare hex, where Docker (and every Id)
    // says "sha256:...": the same form, so that a parent is found among the images.
    if (s.parentId.size() == 64 && !s.parentId.contains(QLatin1Char(':')) && s.id.startsWith(QLatin1String("sha256:")))
        s.parentId.prepend(QLatin1String("sha256:"));
    // Engines before API 1.43 list "<none>:<none>" for dangling images.
    s.repoTags.removeAll(QStringLiteral("<none>:<none>"));
    s.repoDigests.removeAll(QStringLiteral("<none>@<none>"));
}

std::pair<QString, QString> splitRepoTag(const QString &repoTag)
{
    const qsizetype colon = repoTag.lastIndexOf(QLatin1Char(':'));
    const qsizetype slash = repoTag.lastIndexOf(QLatin1Char('/'));
    if (colon < 0 || colon < slash)
        return {repoTag, QString()};
    return {repoTag.left(colon), repoTag.mid(colon + 1)};
}

EngineEvent EngineEvent::fromJson(const QJsonObject &o)
{
    EngineEvent e;
    e.type = o.value(QLatin1String("Type")).toString();
    e.action = o.value(QLatin1String("Action")).toString();
    const QJsonObject actor = o.value(QLatin1String("Actor")).toObject();
    e.id = actor.value(QLatin1String("ID")).toString();
    e.attributes = stringMap(actor.value(QLatin1String("Attributes")));
    e.timeNano = o.value(QLatin1String("timeNano")).toInteger();
    return e;
}

namespace Json {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

QMap<QString, QString> stringMap(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QJsonObject jsonMap(const QMap<QString, QString> &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace Json
