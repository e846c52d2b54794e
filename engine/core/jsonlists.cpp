#include "jsonlists.h"

#include <yyjson.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string_view>

namespace {

struct DocFree
{
    void operator()(yyjson_doc *d) const { yyjson_doc_free(d); }
};
using Doc = std::unique_ptr<yyjson_doc, DocFree>;

QString str(yyjson_val *v)
{
    // As QJsonValue::toString: anything but a string is empty.
    if (!yyjson_is_str(v))
        return {};
    return QString::fromUtf8(yyjson_get_str(v), qsizetype(yyjson_get_len(v)));
}

/// As QJsonValue::toInteger(fallback): an integer, or a double holding a whole number
/// in range; anything else gives the fallback.
qint64 integer(yyjson_val *v, qint64 fallback)
{
    if (yyjson_is_sint(v))
        return yyjson_get_sint(v);
    if (yyjson_is_uint(v)) {
        const uint64_t u = yyjson_get_uint(v);
        return u <= uint64_t(std::numeric_limits<qint64>::max()) ? qint64(u) : fallback;
    }
    if (yyjson_is_real(v)) {
        const double d = yyjson_get_real(v);
        // 2^63 is exactly representable; values below it convert without overflow.
        if (std::isfinite(d) && d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return qint64(d);
    }
    return fallback;
}

QStringList strings(yyjson_val *v)
{
    QStringList out;
    if (!yyjson_is_arr(v))
        return out;
    out.reserve(qsizetype(yyjson_arr_size(v)));
    size_t i, n;
    yyjson_val *e;
    yyjson_arr_foreach(v, i, n, e) out.append(str(e));
    return out;
}

QMap<QString, QString> stringMap(yyjson_val *v)
{
    QMap<QString, QString> out;
    if (!yyjson_is_obj(v))
        return out;
    size_t i, n;
    yyjson_val *k, *e;
    yyjson_obj_foreach(v, i, n, k, e) out.insert(str(k), str(e));
    return out;
}

Result<Doc> parse(const QByteArray &body)
{
    yyjson_read_err err{};
    // yyjson does not write into the input without YYJSON_READ_INSITU.
    Doc doc(yyjson_read_opts(const_cast<char *>(body.constData()), size_t(body.size()), YYJSON_READ_NOFLAG, nullptr, &err));
    if (!doc) {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            EngineError::tr("The engine sent data Cais cannot read (%1 at byte %2).").arg(QString::fromUtf8(err.msg)).arg(err.pos)));
    }
    return doc;
}

ImageSummary image(yyjson_val *o)
{
    ImageSummary s;
    yyjson_val *sharedSize = nullptr;
    yyjson_val *containers = nullptr;
    size_t i, n;
    yyjson_val *k, *v;
    // One pass over the keys rather than a lookup per field; the last of a repeated
    // key wins, as in QJsonObject.
    yyjson_obj_foreach(o, i, n, k, v)
    {
        const std::string_view key(yyjson_get_str(k), yyjson_get_len(k));
        if (key == "Id")
            s.id = str(v);
        else if (key == "ParentId")
            s.parentId = str(v);
        else if (key == "RepoTags")
            s.repoTags = strings(v);
        else if (key == "RepoDigests")
            s.repoDigests = strings(v);
        else if (key == "Created")
            s.created = integer(v, 0);
        else if (key == "Size")
            s.size = integer(v, 0);
        else if (key == "SharedSize")
            sharedSize = v;
        else if (key == "Containers")
            containers = v;
        else if (key == "Labels")
            s.labels = stringMap(v);
    }
    s.sharedSize = integer(sharedSize, -1);
    s.containers = integer(containers, -1);
    ImageSummary::normalize(s);
    return s;
}

} // namespace

namespace JsonLists {

Result<QList<ImageSummary>> images(const QByteArray &body, const QString &notAList)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    yyjson_val *root = yyjson_doc_get_root(doc->get());
    if (!yyjson_is_arr(root))
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol, notAList));
    QList<ImageSummary> out;
    out.reserve(qsizetype(yyjson_arr_size(root)));
    size_t i, n;
    yyjson_val *e;
    yyjson_arr_foreach(root, i, n, e) out.append(yyjson_is_obj(e) ? image(e) : ImageSummary::fromJson({}));
    return out;
}

} // namespace JsonLists
