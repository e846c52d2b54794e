#include "copyrules.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CopyRules)
};
} // namespace

quint32 ContainerPathStat::permissions() const
{
    quint32 p = mode & 0777;
    if (mode & GoFileMode::Setuid)
        p |= 04000;
    if (mode & GoFileMode::Setgid)
        p |= 02000;
    if (mode & GoFileMode::Sticky)
        p |= 01000;
    return p;
}

Result<ContainerPathStat> ContainerPathStat::decode(const QByteArray &headerValue)
{
    const auto decoded = QByteArray::fromBase64Encoding(headerValue.trimmed());
    QJsonParseError err;
    const QJsonDocument doc = decoded ? QJsonDocument::fromJson(*decoded, &err) : QJsonDocument();
    if (!decoded || !doc.isObject())
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            Tr::tr("The engine described the path in a form Cais cannot read."), QString::fromLatin1(headerValue)));
    const QJsonObject o = doc.object();
    // Go's int64 size and uint32 FileMode: a number outside them (or with a fraction)
    // is no stat dockerd sends, and converting it to an integer would be undefined.
    const qint64 size = o.value(u"size").toInteger(-1);
    const qint64 mode = o.value(u"mode").toInteger(-1);
    if ((o.contains(u"size") && size < 0) || (o.contains(u"mode") && (mode < 0 || mode > qint64(0xffffffffu))))
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            Tr::tr("The engine described the path in a form Cais cannot read."), QString::fromLatin1(headerValue)));
    ContainerPathStat s;
    s.name = o.value(u"name").toString();
    s.size = std::max<qint64>(size, 0);
    s.mode = quint32(std::max<qint64>(mode, 0));
    s.mtime = QDateTime::fromString(o.value(u"mtime").toString(), Qt::ISODateWithMs);
    s.linkTarget = o.value(u"linkTarget").toString();
    return s;
}

namespace CopyRules {

QString clean(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.startsWith(u'/');
    QStringList out;
    for (const auto range = path.split(u'/', Qt::SkipEmptyParts); const QString &part : range) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (!out.isEmpty() && out.last() != u"..")
                out.removeLast();
            else if (!rooted)
                out.append(part);
            continue;
        }
        out.append(part);
    }
    const QString joined = out.join(u'/');
    if (rooted)
        return u'/' + joined;
    return joined.isEmpty() ? QStringLiteral(".") : joined;
}

QString base(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    if (p == u"/")
        return p;
    return p.mid(p.lastIndexOf(u'/') + 1);
}

QString dir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return clean(path.left(slash + 1));
}

bool hasTrailingSeparator(const QString &path)
{
    return path.endsWith(u'/');
}

bool specifiesCurrentDir(const QString &path)
{
    return base(path) == u".";
}

bool assertsDirectory(const QString &path)
{
    return hasTrailingSeparator(path) || specifiesCurrentDir(path);
}

std::pair<QString, QString> splitPathDirEntry(const QString &path)
{
    QString cleaned = clean(path);
    if (specifiesCurrentDir(path))
        cleaned += QStringLiteral("/.");
    return {dir(cleaned), base(cleaned)};
}

QString resolveLinkTarget(const QString &linkPath, const QString &linkTarget)
{
    if (linkTarget.startsWith(u'/'))
        return linkTarget;
    return clean(splitPathDirEntry(linkPath).first + u'/' + linkTarget);
}

std::pair<QString, QString> rebaseName(const QString &path, const QString &resolvedPath)
{
    QString resolved = resolvedPath;
    QString rebase;
    if (specifiesCurrentDir(path) && !specifiesCurrentDir(resolved))
        resolved += QStringLiteral("/.");
    if (hasTrailingSeparator(path) && !hasTrailingSeparator(resolved))
        resolved += u'/';
    if (base(path) != base(resolved))
        rebase = base(path);
    return {resolved, rebase};
}

static QString trimTrailingSlashes(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QString rebase(const QString &name, const QString &oldBase, const QString &newBase)
{
    const QString from = trimTrailingSlashes(oldBase);
    const QString to = trimTrailingSlashes(newBase);
    if (from.isEmpty()) {
        QString n = name;
        while (n.startsWith(u'/'))
            n.remove(0, 1);
        return to.isEmpty() ? n : to + u'/' + n;
    }
    if (!name.startsWith(from))
        return name;
    const QString suffix = name.mid(from.size());
    if (!suffix.isEmpty() && !suffix.startsWith(u'/'))
        return name;
    return to + suffix;
}

Result<Prepared> prepare(const CopyInfo &source, const CopyInfo &destination)
{
    const auto [dstDir, dstBase] = splitPathDirEntry(destination.path);
    QString srcBase = splitPathDirEntry(source.path).second;
    if (!source.rebaseName.isEmpty())
        srcBase = source.rebaseName;

    if (destination.exists && destination.isDir)
        return Prepared{destination.path, false, {}, {}};
    if (destination.exists && source.isDir)
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            Tr::tr("A folder cannot be copied onto the file “%1”. Choose a folder, or a name that does not exist yet.").arg(destination.path),
            QStringLiteral("cannot copy directory")));
    if (!destination.exists && !source.isDir && assertsDirectory(destination.path))
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            Tr::tr("The folder “%1” does not exist. Copying never creates folders for a file: create it first, or remove the final “/”.")
                .arg(destination.path),
            QStringLiteral("no such directory")));
    return Prepared{dstDir, true, srcBase, dstBase};
}

} // namespace CopyRules
