#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>

/// Go's os.FileMode bits, as the engine sends them in X-Docker-Container-Path-Stat.
namespace GoFileMode {
constexpr quint32 Dir = 1u << 31;
constexpr quint32 Symlink = 1u << 27;
constexpr quint32 Device = 1u << 26;
constexpr quint32 NamedPipe = 1u << 25;
constexpr quint32 Socket = 1u << 24;
constexpr quint32 Setuid = 1u << 23;
constexpr quint32 Setgid = 1u << 22;
constexpr quint32 CharDevice = 1u << 21;
constexpr quint32 Sticky = 1u << 20;
constexpr quint32 Irregular = 1u << 19;
constexpr quint32 TypeMask = Dir | Symlink | NamedPipe | Socket | Device | CharDevice | Irregular;
} // namespace GoFileMode

/// What the engine says about a path in a container (HEAD /containers/{id}/archive).
struct ContainerPathStat
{
    QString name;
    qint64 size = 0;
    quint32 mode = 0; ///< Go FileMode bits, not st_mode
    QDateTime mtime;
    QString linkTarget; ///< for a symlink: where it points, as the engine resolved it

    bool isDir() const { return mode & GoFileMode::Dir; }
    bool isSymlink() const { return mode & GoFileMode::Symlink; }
    bool isRegular() const { return (mode & GoFileMode::TypeMask) == 0; }
    /// Unix permission bits with setuid/setgid/sticky (07777).
    quint32 permissions() const;

    /// Decodes the header value (base64 of a JSON object).
    static Result<ContainerPathStat> decode(const QByteArray &headerValue);
};

/// docker cp's path rules (moby/go-archive copy.go, docker/cli cp.go), pure and
/// identical for the host and container sides: paths use '/'.
namespace CopyRules {

/// One side of a copy, as docker's archive.CopyInfo.
struct CopyInfo
{
    QString path;
    bool exists = false;
    bool isDir = false;
    QString rebaseName; ///< the name the source takes in the archive when it differs from its base
};

/// Where the archive goes and how its entries are renamed.
struct Prepared
{
    QString dstDir;  ///< the existing directory the archive is extracted into
    bool rebase = false;
    QString oldBase; ///< entries named oldBase or oldBase/... are renamed...
    QString newBase; ///< ...to newBase or newBase/...
};

/// Go's path.Clean ("" -> ".", no trailing '/', "a/../b" -> "b").
QString clean(const QString &path);
/// filepath.Base / filepath.Dir semantics.
QString base(const QString &path);
QString dir(const QString &path);
bool hasTrailingSeparator(const QString &path);
/// The last element is "." ("dir/."): the contents of a directory.
bool specifiesCurrentDir(const QString &path);
/// Ends in '/' or "/.": only a directory may be there.
bool assertsDirectory(const QString &path);
/// (parent, entry) as SplitPathDirEntry: "/a/b/." -> ("/a/b", ".").
std::pair<QString, QString> splitPathDirEntry(const QString &path);
/// A symlink's target made absolute against the link's parent when it is relative.
QString resolveLinkTarget(const QString &linkPath, const QString &linkTarget);
/// GetRebaseName: the resolved path keeps the requested "/." or trailing '/'; when the
/// last element changed, the second value is the requested name.
std::pair<QString, QString> rebaseName(const QString &path, const QString &resolvedPath);
/// Renames one archive entry as RebaseArchiveEntries (names that do not start with
/// oldBase are left alone).
QString rebase(const QString &name, const QString &oldBase, const QString &newBase);
/// PrepareArchiveCopy: the destination directory and the renaming, or the error the
/// CLI gives (a folder onto a file; a missing folder named with a trailing '/').
Result<Prepared> prepare(const CopyInfo &source, const CopyInfo &destination);
} // namespace CopyRules
