#pragma once

#include "engineerror.h"

#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

/// The rules of a `.dockerignore` file, read and matched exactly as the docker CLI
/// does it (moby/patternmatcher and its ignorefile package): patterns apply in
/// order and the last one that matches wins; `!` re-includes; a path is also
/// matched when one of its parent directories is; `*` and `?` never cross `/`,
/// `**` spans directories, `\` escapes, `[...]` is a character class.
///
/// Paths given to the match functions are relative to the context directory and
/// use `/`. A DockerIgnore is immutable after construction and safe to use from
/// several threads at once.
class DockerIgnore
{
    Q_DECLARE_TR_FUNCTIONS(DockerIgnore)
public:
    /// How a pattern is matched; the same classification as patternmatcher's.
    enum class MatchType { Exact, Prefix, Suffix, Regexp };

    struct Pattern
    {
        QString text;       ///< cleaned, without the leading `!`
        bool exclusion = false;
        MatchType type = MatchType::Exact;
        QString regexSource; ///< the regexp patternmatcher builds (Regexp type only)
        QRegularExpression regex;
        int line = 0;        ///< 1-based line in the .dockerignore file, 0 when not from a file
        int dirs = 1;        ///< number of `/`-separated elements (for matchesLegacy)
        bool matches(const QString &path) const;
    };

    /// For walking a tree top-down: which patterns matched the parent directory,
    /// so that a child needs no re-check of its parents (MatchesUsingParentResults).
    struct MatchInfo
    {
        QList<bool> parentMatched;
    };

    DockerIgnore() = default;

    /// ignorefile.ReadAll: the pattern lines of a .dockerignore file. A UTF-8 BOM
    /// is dropped; a line is a comment only when `#` is its very first byte; lines
    /// are trimmed and empty ones skipped; after a leading `!` the rest is trimmed
    /// again; each pattern is cleaned (filepath.Clean) and loses one leading `/`.
    static QStringList readAll(QByteArrayView fileBytes);
    /// patternmatcher.New: compiles patterns (as readAll gives them, or as typed).
    static Result<DockerIgnore> fromPatterns(const QStringList &patterns);
    /// readAll + fromPatterns; errors name the line of the file.
    static Result<DockerIgnore> parse(QByteArrayView fileBytes);

    /// Go's path.Clean: the shortest equivalent path ("" gives ".").
    static QString cleanPath(const QString &path);

    /// MatchesOrParentMatches: true when the path is excluded (matched by the
    /// rules, itself or through a parent directory, and not re-included).
    bool matches(const QString &path) const;
    /// MatchesExact: like matches() but without looking at parent directories.
    bool matchesExact(const QString &path) const;
    /// patternmatcher.Matches (deprecated there, and still what the CLI uses to
    /// decide whether .dockerignore and the Dockerfile must be force-included):
    /// the path is cleaned, "." never matches, and only the parent directory with
    /// as many elements as each pattern is considered.
    bool matchesLegacy(const QString &path) const;
    /// MatchesUsingParentResults: the walker's form. Pass the parent directory's
    /// info (empty for top-level paths, or when unknown); `info` receives this
    /// path's, to hand to its children.
    bool matchesUsingParentResults(const QString &path, const MatchInfo &parent, MatchInfo *info = nullptr) const;

    /// For a directory that matches: whether the walker must still descend into it,
    /// because an exception pattern (`!dir/sub/file`) may re-include something
    /// below. Same literal-prefix test as the CLI's tar writer, so a re-include
    /// like `!**/keep` does not reach into an excluded directory, just as there.
    bool mayReincludeBelow(const QString &dir) const;

    /// True when any pattern is an exception (`!`).
    bool hasExclusions() const { return m_exclusions; }
    const QList<Pattern> &patterns() const { return m_patterns; }
    /// The patterns as text, exceptions with their `!`.
    QStringList patternStrings() const;
    bool isEmpty() const { return m_patterns.isEmpty(); }

private:
    struct Line
    {
        QString pattern;
        int line = 0;
    };
    static QList<Line> readLines(QByteArrayView fileBytes);
    static Result<DockerIgnore> compile(const QList<Line> &lines, bool fromFile);

    QList<Pattern> m_patterns;
    bool m_exclusions = false;
};
