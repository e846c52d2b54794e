#include "dockerignore.h"

#include <QStringDecoder>

#include <optional>

namespace {

// Characters patternmatcher escapes when it turns a pattern into a regexp: they
// mean something to a regexp but nothing to filepath.Match.
bool shouldEscape(char32_t c)
{
    switch (c) {
    case U'.': case U'+': case U'(': case U')': case U'|': case U'{': case U'}': case U'$':
        return true;
    default:
        return false;
    }
}

// Go's filepath.Dir for '/' separators.
QString goDir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return DockerIgnore::cleanPath(path.left(slash + 1));
}

// The parent directories of `path` the way patternmatcher enumerates them:
// "a/b/c" gives "a", "a/b". Empty when the parent is ".".
QStringList parentPrefixes(const QString &path)
{
    const QString parent = goDir(path);
    QStringList out;
    if (parent == QLatin1String("."))
        return out;
    const QStringList dirs = parent.split(QLatin1Char('/'));
    QString acc;
    for (qsizetype i = 0; i < dirs.size(); ++i) {
        if (i > 0)
            acc += QLatin1Char('/');
        acc += dirs.at(i);
        out.append(acc);
    }
    return out;
}

// filepath.Match's syntax check (Go >= 1.16 validates the whole pattern, whatever
// the name). Returns why the pattern is malformed, or nothing when it is fine.
std::optional<QString> globSyntaxError(const QList<char32_t> &p)
{
    const qsizetype n = p.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && p[pos] == U'*')
            ++pos;
        // scanChunk: up to the next '*' outside a character class.
        qsizetype end = pos;
        bool inRange = false;
        for (; end < n; ++end) {
            const char32_t c = p[end];
            if (c == U'\\') {
                if (end + 1 < n)
                    ++end;
            } else if (c == U'[') {
                inRange = true;
            } else if (c == U']') {
                inRange = false;
            } else if (c == U'*' && !inRange) {
                break;
            }
        }
        // matchChunk, after the match has failed: it still parses the chunk.
        qsizetype i = pos;
        auto getEsc = [&](qsizetype &at) -> std::optional<QString> {
            if (at >= end)
                return DockerIgnore::tr("a “[” has no matching “]”");
            if (p[at] == U'-' || p[at] == U']')
                return DockerIgnore::tr("a character class is empty, or has a “-” or “]” where a character should be (escape it as “\\-” or “\\]”)");
            if (p[at] == U'\\') {
                ++at;
                if (at >= end)
                    return DockerIgnore::tr("a “\\” at the end escapes nothing");
            }
            ++at;
            if (at >= end)
                return DockerIgnore::tr("a “[” has no matching “]”");
            return std::nullopt;
        };
        while (i < end) {
            const char32_t c = p[i];
            if (c == U'[') {
                ++i;
                if (i < end && p[i] == U'^')
                    ++i;
                int ranges = 0;
                for (;;) {
                    if (i < end && p[i] == U']' && ranges > 0) {
                        ++i;
                        break;
                    }
                    if (auto err = getEsc(i))
                        return err;
                    if (p[i] == U'-') {
                        ++i;
                        if (auto err = getEsc(i))
                            return err;
                    }
                    ++ranges;
                }
            } else if (c == U'\\') {
                ++i;
                if (i >= end)
                    return DockerIgnore::tr("a “\\” at the end escapes nothing");
                ++i;
            } else {
                ++i;
            }
        }
        pos = end;
    }
    return std::nullopt;
}

} // namespace

bool DockerIgnore::Pattern::matches(const QString &path) const
{
    switch (type) {
    case MatchType::Exact:
        return path == text;
    case MatchType::Prefix:
        return path.startsWith(QStringView(text).chopped(2));
    case MatchType::Suffix: {
        const QStringView suffix = QStringView(text).mid(2);
        if (path.endsWith(suffix))
            return true;
        // "**/foo" matches "foo"
        return !suffix.isEmpty() && suffix.front() == QLatin1Char('/') && QStringView(path) == suffix.mid(1);
    }
    case MatchType::Regexp:
        return regex.matchView(path).hasMatch();
    }
    return false;
}

QString DockerIgnore::cleanPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral(".");
    const bool rooted = path.front() == QLatin1Char('/');
    const qsizetype n = path.size();
    QString out;
    out.reserve(n);
    qsizetype r = 0;
    qsizetype dotdot = 0; // where ".." can no longer backtrack
    if (rooted) {
        out += QLatin1Char('/');
        r = 1;
        dotdot = 1;
    }
    auto isSep = [&](qsizetype i) { return i == n || path.at(i) == QLatin1Char('/'); };
    while (r < n) {
        if (path.at(r) == QLatin1Char('/')) {
            ++r;
        } else if (path.at(r) == QLatin1Char('.') && isSep(r + 1)) {
            ++r;
        } else if (path.at(r) == QLatin1Char('.') && r + 1 < n && path.at(r + 1) == QLatin1Char('.') && isSep(r + 2)) {
            r += 2;
            if (out.size() > dotdot) {
                qsizetype w = out.size() - 1;
                while (w > dotdot && out.at(w) != QLatin1Char('/'))
                    --w;
                out.truncate(w);
            } else if (!rooted) {
                if (!out.isEmpty())
                    out += QLatin1Char('/');
                out += QLatin1String("..");
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.isEmpty()))
                out += QLatin1Char('/');
            for (; r < n && path.at(r) != QLatin1Char('/'); ++r)
                out += path.at(r);
        }
    }
    if (out.isEmpty())
        return QStringLiteral(".");
    return out;
}

QList<DockerIgnore::Line> DockerIgnore::readLines(QByteArrayView bytes)
{
    QList<Line> out;
    int lineNo = 0;
    qsizetype start = 0;
    const qsizetype n = bytes.size();
    while (start < n) {
        qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype stop = nl < 0 ? n : nl;
        QByteArrayView raw = bytes.sliced(start, stop - start);
        start = stop + 1;
        // bufio.ScanLines drops one '\r' before the newline.
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (lineNo == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.sliced(3);
        ++lineNo;
        // A comment only when '#' is the very first byte, before any trimming.
        if (raw.startsWith('#'))
            continue;
        // QString::fromUtf8 would drop a BOM that Go keeps on later lines.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString pattern = QString(utf8.decode(raw)).trimmed();
        if (pattern.isEmpty())
            continue;
        const bool invert = pattern.front() == QLatin1Char('!');
        if (invert)
            pattern = pattern.mid(1).trimmed();
        if (!pattern.isEmpty()) {
            pattern = cleanPath(pattern);
            if (pattern.size() > 1 && pattern.front() == QLatin1Char('/'))
                pattern.remove(0, 1);
        }
        if (invert)
            pattern.prepend(QLatin1Char('!'));
        out.append({pattern, lineNo});
    }
    return out;
}

QStringList DockerIgnore::readAll(QByteArrayView fileBytes)
{
    QStringList out;
    const QList<Line> lines = readLines(fileBytes);
    out.reserve(lines.size());
    for (const Line &l : lines)
        out.append(l.pattern);
    return out;
}

Result<DockerIgnore> DockerIgnore::fromPatterns(const QStringList &patterns)
{
    QList<Line> lines;
    lines.reserve(patterns.size());
    for (const QString &p : patterns)
        lines.append({p, 0});
    return compile(lines, false);
}

Result<DockerIgnore> DockerIgnore::parse(QByteArrayView fileBytes)
{
    return compile(readLines(fileBytes), true);
}

Result<DockerIgnore> DockerIgnore::compile(const QList<Line> &lines, bool fromFile)
{
    DockerIgnore di;
    di.m_patterns.reserve(lines.size());
    for (const Line &l : lines) {
        const QString original = l.pattern.trimmed();
        if (original.isEmpty())
            continue;
        QString p = cleanPath(original);
        auto fail = [&](const QString &why) -> Result<DockerIgnore> {
            const QString msg = fromFile && l.line > 0
                ? tr("Line %1 of .dockerignore, “%2”, is not a valid pattern: %3. Fix or remove that line.").arg(l.line).arg(original, why)
                : tr("“%1” is not a valid .dockerignore pattern: %2.").arg(original, why);
            return std::unexpected(EngineError::make(EngineError::Kind::Other, msg));
        };
        Pattern pat;
        pat.line = l.line;
        if (p.front() == QLatin1Char('!')) {
            if (p.size() == 1)
                return fail(tr("a lone “!” re-includes nothing; write the path to re-include after it, as in “!docs/README.md”"));
            pat.exclusion = true;
            p.remove(0, 1);
            di.m_exclusions = true;
        }
        const QList<uint> ucs4 = p.toUcs4();
        const QList<char32_t> ucs(ucs4.cbegin(), ucs4.cend());
        if (auto err = globSyntaxError(ucs))
            return fail(*err);
        pat.text = p;
        pat.dirs = int(p.count(QLatin1Char('/'))) + 1;

        // patternmatcher's compile(), for '/' as the separator.
        QString reg = QStringLiteral("^");
        MatchType type = MatchType::Exact;
        const qsizetype n = ucs.size();
        qsizetype pos = 0;
        auto append = [&](char32_t c) { reg += QString::fromUcs4(&c, 1); };
        for (int i = 0; pos < n; ++i) {
            const char32_t ch = ucs[pos++];
            if (ch == U'*') {
                if (pos < n && ucs[pos] == U'*') {
                    ++pos;
                    // Treat **/ as **
                    if (pos < n && ucs[pos] == U'/')
                        ++pos;
                    if (pos == n) {
                        // "**" at the end accepts everything, as .gitignore does
                        if (type == MatchType::Exact) {
                            type = MatchType::Prefix;
                        } else {
                            reg += QLatin1String(".*");
                            type = MatchType::Regexp;
                        }
                    } else {
                        // any number of directories, even none
                        reg += QLatin1String("(.*/)?");
                        type = MatchType::Regexp;
                    }
                    if (i == 0)
                        type = MatchType::Suffix;
                } else {
                    reg += QLatin1String("[^/]*");
                    type = MatchType::Regexp;
                }
            } else if (ch == U'?') {
                reg += QLatin1String("[^/]");
                type = MatchType::Regexp;
            } else if (shouldEscape(ch)) {
                reg += QLatin1Char('\\');
                append(ch);
            } else if (ch == U'\\') {
                if (pos < n) {
                    reg += QLatin1Char('\\');
                    append(ucs[pos++]);
                    type = MatchType::Regexp;
                } else {
                    reg += QLatin1Char('\\');
                }
            } else if (ch == U'[' || ch == U']') {
                append(ch);
                type = MatchType::Regexp;
            } else {
                append(ch);
            }
        }
        pat.type = type;
        if (type == MatchType::Regexp) {
            reg += QLatin1Char('$');
            pat.regexSource = reg;
            // Go's "$" is the end of the text; PCRE's would also accept a final "\n".
            pat.regex = QRegularExpression(reg.chopped(1) + QLatin1String("\\z"));
            if (!pat.regex.isValid())
                return fail(pat.regex.errorString());
            pat.regex.optimize();
        }
        di.m_patterns.append(std::move(pat));
    }
    return di;
}

bool DockerIgnore::matches(const QString &path) const
{
    bool matched = false;
    const QStringList parents = parentPrefixes(path);
    for (const Pattern &p : m_patterns) {
        // An inclusion cannot change an already excluded path, nor an exception
        // a path that is not excluded.
        if (p.exclusion != matched)
            continue;
        bool match = p.matches(path);
        for (qsizetype i = 0; !match && i < parents.size(); ++i)
            match = p.matches(parents.at(i));
        if (match)
            matched = !p.exclusion;
    }
    return matched;
}

bool DockerIgnore::matchesExact(const QString &path) const
{
    bool matched = false;
    for (const Pattern &p : m_patterns) {
        if (p.exclusion != matched)
            continue;
        if (p.matches(path))
            matched = !p.exclusion;
    }
    return matched;
}

bool DockerIgnore::matchesLegacy(const QString &path) const
{
    const QString file = cleanPath(path);
    if (file == QLatin1String("."))
        return false; // "don't let them exclude everything"
    const QString parent = goDir(file);
    const QStringList parentDirs = parent.split(QLatin1Char('/'));
    bool matched = false;
    for (const Pattern &p : m_patterns) {
        if (p.exclusion != matched)
            continue;
        bool match = p.matches(file);
        if (!match && parent != QLatin1String(".") && p.dirs <= parentDirs.size())
            match = p.matches(parentDirs.first(p.dirs).join(QLatin1Char('/')));
        if (match)
            matched = !p.exclusion;
    }
    return matched;
}

bool DockerIgnore::matchesUsingParentResults(const QString &path, const MatchInfo &parent, MatchInfo *info) const
{
    const QList<bool> &parentMatched = parent.parentMatched;
    const bool haveParent = parentMatched.size() == m_patterns.size() && !parentMatched.isEmpty();
    QList<bool> mine(m_patterns.size(), false);
    QStringList parents;
    bool parentsComputed = false;
    bool matched = false;
    for (qsizetype i = 0; i < m_patterns.size(); ++i) {
        const Pattern &p = m_patterns.at(i);
        bool match = haveParent && parentMatched.at(i);
        if (!match) {
            if (p.exclusion != matched)
                continue;
            match = p.matches(path);
            // Without the parent's results, look at the parents as MatchesOrParentMatches does.
            if (!match && !haveParent) {
                if (!parentsComputed) {
                    parents = parentPrefixes(path);
                    parentsComputed = true;
                }
                for (qsizetype k = 0; !match && k < parents.size(); ++k)
                    match = p.matches(parents.at(k));
            }
        }
        mine[i] = match;
        if (match)
            matched = !p.exclusion;
    }
    if (info)
        info->parentMatched = std::move(mine);
    return matched;
}

bool DockerIgnore::mayReincludeBelow(const QString &dir) const
{
    if (!m_exclusions)
        return false;
    const QString dirSlash = dir + QLatin1Char('/');
    for (const Pattern &p : m_patterns) {
        if (p.exclusion && QString(p.text + QLatin1Char('/')).startsWith(dirSlash))
            return true;
    }
    return false;
}

QStringList DockerIgnore::patternStrings() const
{
    QStringList out;
    out.reserve(m_patterns.size());
    for (const Pattern &p : m_patterns)
        out.append(p.exclusion ? QLatin1Char('!') + p.text : p.text);
    return out;
}
