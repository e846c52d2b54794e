#include "reference.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr auto defaultDomain = "docker.io"_L1;
constexpr auto legacyDefaultDomain = "index.docker.io"_L1;
constexpr auto officialRepoPrefix = "library/"_L1;
constexpr auto defaultTag = "latest"_L1;
constexpr auto localhost = "localhost"_L1;

// The grammar of distribution/reference (regexp.go), composed from the same pieces
// so that it can be compared with the original line by line. Anchored with \A and
// \z: PCRE's $ would also accept a trailing newline, Go's does not.
struct Grammar
{
    QRegularExpression reference;     // (name)(?::(tag))?(?:@(digest))?
    QRegularExpression name;          // (?:(domain)/)?(path)
    QRegularExpression tag;
    QRegularExpression digest;
    QRegularExpression digestAlgorithm;
    QRegularExpression identifier;
    QRegularExpression domain;
    QRegularExpression pathComponent;

    Grammar()
    {
        const QString alphanumeric = u"[a-z0-9]+"_s;
        const QString separator = u"(?:[._]|__|[-]+)"_s;
        const QString pathComponentPat = alphanumeric + u"(?:"_s + separator + alphanumeric + u")*"_s;
        const QString domainNameComponent = u"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"_s;
        const QString optionalPort = u"(?::[0-9]+)?"_s;
        // Go's \w is ASCII only; spelled out so PCRE's Unicode mode cannot widen it.
        const QString tagPat = u"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"_s;
        const QString algorithmPat = u"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*"_s;
        const QString digestPat = algorithmPat + u"[:][0-9A-Fa-f]{32,}"_s;
        const QString ipv6address = u"\\[(?:[a-fA-F0-9:]+)\\]"_s;
        const QString domainName = domainNameComponent + u"(?:\\."_s + domainNameComponent + u")*"_s;
        const QString host = u"(?:"_s + domainName + u'|' + ipv6address + u')';
        const QString domainAndPort = host + optionalPort;
        const QString remoteName = pathComponentPat + u"(?:/"_s + pathComponentPat + u")*"_s;
        const QString namePat = u"(?:"_s + domainAndPort + u"/)?"_s + remoteName;

        reference = anchored(u'(' + namePat + u")(?::("_s + tagPat + u"))?(?:@("_s + digestPat + u"))?"_s);
        name = anchored(u"(?:("_s + domainAndPort + u")/)?("_s + remoteName + u')');
        tag = anchored(tagPat);
        digest = anchored(digestPat);
        digestAlgorithm = anchored(algorithmPat);
        identifier = anchored(u"[a-f0-9]{64}"_s);
        domain = anchored(domainAndPort);
        pathComponent = anchored(pathComponentPat);
    }

    static QRegularExpression anchored(const QString &pattern)
    {
        QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        Q_ASSERT_X(re.isValid(), "Reference", qPrintable(re.errorString()));
        re.optimize();
        return re;
    }
};

const Grammar &grammar()
{
    static const Grammar g;
    return g;
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

// --- code points -----------------------------------------------------------
// Messages count characters as a user does, so a character outside the BMP is one.

char32_t codePointAt(QStringView s, qsizetype i)
{
    if (s[i].isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(s[i], s[i + 1]);
    return s[i].unicode();
}

qsizetype codeUnits(char32_t c)
{
    return QChar::requiresSurrogates(c) ? 2 : 1;
}

QString fromCodePoint(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

/// 1-based number of the character at UTF-16 index i.
qsizetype characterNumber(QStringView s, qsizetype i)
{
    qsizetype n = 1;
    for (qsizetype k = 0; k < i && k < s.size(); k += codeUnits(codePointAt(s, k)))
        ++n;
    return n;
}

QString number(qsizetype n)
{
    return QString::number(n);
}

/// Go's strings.ToLower: the simple case mapping of each code point (so "İ" becomes
/// "i" and the Kelvin sign "k", exactly as the docker CLI decides).
QString goLower(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        const char32_t c = codePointAt(s, i);
        const char32_t lower = QChar::toLower(c);
        // Appended unit by unit: a lone surrogate must stay itself, not become U+FFFD.
        if (QChar::requiresSurrogates(lower)) {
            out += QChar(QChar::highSurrogate(lower));
            out += QChar(QChar::lowSurrogate(lower));
        } else {
            out += QChar(char16_t(lower));
        }
        i += codeUnits(c);
    }
    return out;
}

/// Long inputs are shortened in messages, never cut inside a surrogate pair.
QString elide(const QString &s, qsizetype max = 80)
{
    if (s.size() <= max)
        return s;
    qsizetype head = max / 2 - 1;
    qsizetype tail = max / 2 - 1;
    if (s[head - 1].isHighSurrogate())
        --head;
    if (s[s.size() - tail].isLowSurrogate())
        --tail;
    return s.left(head) + u'…' + s.right(tail);
}

/// A character named so that a user can find it: invisible ones by name or code.
QString characterName(char32_t c, bool sentenceStart)
{
    if (c == U' ')
        return sentenceStart ? Reference::tr("A space") : Reference::tr("a space");
    if (c == U'\t')
        return sentenceStart ? Reference::tr("A tab") : Reference::tr("a tab");
    if (c == U'\n' || c == U'\r')
        return sentenceStart ? Reference::tr("A line break") : Reference::tr("a line break");
    if (!QChar::isPrint(c)) {
        const QString code = QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        return sentenceStart ? Reference::tr("The invisible character U+%1").arg(code)
                             : Reference::tr("the invisible character U+%1").arg(code);
    }
    return Reference::tr("“%1”").arg(fromCodePoint(c));
}

bool isLowerAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

bool isLowerAlnum(QChar c)
{
    return isLowerAlnum(char32_t(c.unicode()));
}

bool isAsciiAlnum(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

bool isTagStart(char32_t c)
{
    return isAsciiAlnum(c) || c == U'_';
}

bool isTagChar(char32_t c)
{
    return isTagStart(c) || c == U'.' || c == U'-';
}

bool isHexDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F');
}

/// Characters that occur somewhere in a valid reference.
bool isReferenceChar(char32_t c)
{
    return isAsciiAlnum(c) || (c < 0x80 && QByteArrayView("._-/:@[]+").contains(char(c)));
}

/// Hex digits of the digest algorithms the docker CLI and the engine register
/// (go-digest with crypto/sha256 and crypto/sha512); 0 for any other algorithm.
qsizetype hexLengthFor(QStringView algorithm)
{
    if (algorithm == "sha256"_L1)
        return 64;
    if (algorithm == "sha384"_L1)
        return 96;
    if (algorithm == "sha512"_L1)
        return 128;
    return 0;
}

Result<Reference> failure(const QString &message)
{
    return std::unexpected(EngineError::make(EngineError::Kind::Other, message));
}

// --- messages ----------------------------------------------------------------
// The decision (accepted or not, and which of distribution/reference's errors) is
// always the original algorithm's. These functions only explain it, looking at the
// text the user typed, and run only once parsing has failed.

QString genericMessage(const QString &input)
{
    return Reference::tr("“%1” is not a valid image reference (invalid reference format).").arg(elide(input));
}

QString emptyMessage()
{
    return Reference::tr("The image reference is empty. Type a name such as “busybox”, “busybox:1.37” or "
                         "“registry.example.com/team/app:1.0”.");
}

QString hexNameMessage(const QString &input)
{
    return Reference::tr("“%1” cannot be used as a repository name: a 64-character hexadecimal string is read as an "
                         "image ID. Choose another name, or put a namespace in front of it, as in “myteam/%2…”.")
        .arg(input, input.left(12));
}

QString nameTooLongMessage(const QString &path)
{
    return Reference::tr("The repository path “%1” is %2 characters long; it can have at most %3.")
        .arg(elide(path), number(path.size()), number(Reference::maxPathLength));
}

/// Where the name, tag and digest of a typed reference are, found the way the
/// grammar finds them: the digest after the first "@", the tag after the last ":"
/// that follows the last "/".
struct Parts
{
    QString name;
    QString tag;
    QString digest;
    qsizetype tagOffset = -1;    ///< -1: no ":" tag part
    qsizetype digestOffset = -1; ///< -1: no "@"

    explicit Parts(const QString &s)
    {
        const qsizetype at = s.indexOf(u'@');
        const QString namePart = at < 0 ? s : s.left(at);
        if (at >= 0) {
            digest = s.mid(at + 1);
            digestOffset = at + 1;
        }
        const qsizetype slash = namePart.lastIndexOf(u'/');
        const qsizetype colon = namePart.lastIndexOf(u':');
        if (colon > slash) {
            name = namePart.left(colon);
            tag = namePart.mid(colon + 1);
            tagOffset = colon + 1;
        } else {
            name = namePart;
        }
    }
};

QString uppercaseMessage(const QString &input)
{
    const Parts parts(input);
    const QStringList components = parts.name.split(u'/');
    // A host name may have capitals ("Registry.example.com/app"); the path may not.
    qsizetype first = components.size() > 1 && matches(grammar().domain, components.front()) ? 1 : 0;
    for (int round = 0; round < 2; ++round) {
        qsizetype offset = 0;
        for (qsizetype i = 0; i < components.size(); ++i) {
            const QString &component = components.at(i);
            if (i >= first && goLower(component) != component) {
                const QString suggestion = input.left(offset) + goLower(QStringView(parts.name).mid(offset))
                    + input.mid(parts.name.size());
                return Reference::tr("Repository names must be lowercase, but “%1” has uppercase letters. "
                                     "Use “%2” instead.")
                    .arg(elide(component), elide(suggestion));
            }
            offset += component.size() + 1;
        }
        first = 0;
    }
    for (qsizetype i = 0; i < input.size(); i += codeUnits(codePointAt(input, i))) {
        const char32_t c = codePointAt(input, i);
        if (QChar::toLower(c) != c) {
            return Reference::tr("%1 at character %2 must be lowercase; use “%3” instead.")
                .arg(characterName(c, true), number(characterNumber(input, i)), elide(goLower(input)));
        }
    }
    return genericMessage(input);
}

QString tagMessage(const QString &tag, const QString &whole, qsizetype offset)
{
    const char32_t first = codePointAt(tag, 0);
    if (!isTagStart(first)) {
        return Reference::tr("A tag must start with a letter, a digit or “_”, but “%1” starts with %2.")
            .arg(elide(tag), characterName(first, false));
    }
    for (qsizetype i = 0; i < tag.size(); i += codeUnits(codePointAt(tag, i))) {
        const char32_t c = codePointAt(tag, i);
        if (!isTagChar(c)) {
            return Reference::tr("%1 at character %2 cannot appear in a tag; a tag uses letters, digits, “_”, “.” "
                                 "and “-”.")
                .arg(characterName(c, true), number(characterNumber(whole, offset + i)));
        }
    }
    if (tag.size() > Reference::maxTagLength) {
        return Reference::tr("The tag is %1 characters long; a tag can have at most %2.")
            .arg(number(tag.size()), number(Reference::maxTagLength));
    }
    return {};
}

/// Why a digest does not fit the grammar (algorithm ":" at least 32 hex digits).
QString digestGrammarMessage(const QString &digest, const QString &whole, qsizetype offset)
{
    if (digest.isEmpty()) {
        return Reference::tr("Nothing follows the “@”. Add a digest such as “sha256:” followed by 64 hexadecimal "
                             "digits, or remove the “@”.");
    }
    const qsizetype colon = digest.indexOf(u':');
    if (colon < 0) {
        return Reference::tr("“%1” is not a digest: a digest is an algorithm, “:” and hexadecimal digits, such as "
                             "“sha256:” followed by 64 digits.")
            .arg(elide(digest));
    }
    const QString algorithm = digest.left(colon);
    const QString hex = digest.mid(colon + 1);
    if (algorithm.isEmpty()) {
        return Reference::tr("The digest has no algorithm before its “:”; write it as “sha256:” followed by the "
                             "hexadecimal digits.");
    }
    if (!matches(grammar().digestAlgorithm, algorithm)) {
        return Reference::tr("“%1” is not a digest algorithm; use sha256, sha384 or sha512.").arg(elide(algorithm));
    }
    if (hex.isEmpty())
        return Reference::tr("Nothing follows “%1:”. Add the hexadecimal digits of the digest.").arg(elide(algorithm));
    for (qsizetype i = 0; i < hex.size(); i += codeUnits(codePointAt(hex, i))) {
        const char32_t c = codePointAt(hex, i);
        if (!isHexDigit(c)) {
            return Reference::tr("%1 at character %2 is not a hexadecimal digit; a digest has only 0–9 and a–f after "
                                 "“%3:”.")
                .arg(characterName(c, true), number(characterNumber(whole, offset + colon + 1 + i)),
                     elide(algorithm));
        }
    }
    if (const qsizetype expected = hexLengthFor(algorithm)) {
        return Reference::tr("A %1 digest has %2 hexadecimal digits, but this one has %3.")
            .arg(algorithm, number(expected), number(hex.size()));
    }
    return Reference::tr("A digest needs at least 32 hexadecimal digits after “:”, but this one has %1.")
        .arg(number(hex.size()));
}

/// go-digest's Validate for a digest that fits the grammar: a registered algorithm,
/// the right length, lowercase hex. Empty when the digest is valid.
QString digestValueMessage(const QString &digest)
{
    const qsizetype colon = digest.indexOf(u':');
    const QString algorithm = digest.left(colon);
    const QString hex = digest.mid(colon + 1);
    const qsizetype expected = hexLengthFor(algorithm);
    if (expected == 0) {
        if (hexLengthFor(algorithm.toLower()) != 0) {
            return Reference::tr("Digest algorithms are written in lowercase: use “%1”.")
                .arg(elide(algorithm.toLower() + u':' + hex.toLower()));
        }
        return Reference::tr("“%1” is not a supported digest algorithm; use sha256, sha384 or sha512.")
            .arg(elide(algorithm));
    }
    if (hex.size() != expected) {
        return Reference::tr("A %1 digest has %2 hexadecimal digits, but this one has %3.")
            .arg(algorithm, number(expected), number(hex.size()));
    }
    if (hex.toLower() != hex) {
        return Reference::tr("Digests are written in lowercase hexadecimal: use “%1”.")
            .arg(elide(algorithm + u':' + hex.toLower()));
    }
    return {};
}

QString portMessage(const QString &port, const QString &domain)
{
    if (port.isEmpty())
        return Reference::tr("A port number must follow the “:” in “%1”.").arg(elide(domain));
    for (QChar c : port) {
        if (c < u'0' || c > u'9')
            return Reference::tr("The port “%1” in “%2” must be a number.").arg(elide(port), elide(domain));
    }
    return {};
}

/// Why the first component, which can only be a registry address, is not one.
QString domainMessage(const QString &domain, const QString &input)
{
    if (domain.startsWith(u'[')) {
        const qsizetype close = domain.indexOf(u']');
        if (close < 0)
            return Reference::tr("The IPv6 address in “%1” has no closing “]”.").arg(elide(domain));
        const QString address = domain.left(close + 1);
        const QString inner = domain.mid(1, close - 1);
        const bool hexAndColons = !inner.isEmpty() && std::all_of(inner.cbegin(), inner.cend(), [](QChar c) {
            return c == u':' || isHexDigit(c.unicode());
        });
        if (!hexAndColons) {
            return Reference::tr("“%1” is not an IPv6 address a registry can use: between “[” and “]” only "
                                 "hexadecimal digits and “:” are allowed.")
                .arg(elide(address));
        }
        const QString rest = domain.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return Reference::tr("After “]” a registry address can only have “:” and a port number, as in “%1:5000”.")
                .arg(elide(address));
        }
        if (!rest.isEmpty()) {
            if (const QString m = portMessage(rest.mid(1), domain); !m.isEmpty())
                return m;
        }
        return genericMessage(input);
    }
    if (domain.count(u':') > 1) {
        const qsizetype last = domain.lastIndexOf(u':');
        return Reference::tr("“%1” looks like an IPv6 address; put it in brackets, as in “[%2]%3”.")
            .arg(elide(domain), domain.left(last), domain.mid(last));
    }
    const qsizetype colon = domain.indexOf(u':');
    const QString host = colon < 0 ? domain : domain.left(colon);
    if (colon >= 0) {
        if (const QString m = portMessage(domain.mid(colon + 1), domain); !m.isEmpty())
            return m;
    }
    if (host.isEmpty())
        return Reference::tr("“%1” has no host name before the port.").arg(elide(domain));
    for (const auto range = host.split(u'.'); const QString &label : range) {
        if (label.isEmpty())
            return Reference::tr("The registry host “%1” has an empty part between dots.").arg(elide(host));
        for (qsizetype i = 0; i < label.size(); i += codeUnits(codePointAt(label, i))) {
            const char32_t c = codePointAt(label, i);
            if (!isAsciiAlnum(c) && c != U'-') {
                return Reference::tr("%1 cannot appear in the registry host name “%2”; host names use letters, "
                                     "digits, “-” and “.”.")
                    .arg(characterName(c, true), elide(host));
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return Reference::tr("Each part of the registry host name “%1” must start and end with a letter or a "
                                 "digit.")
                .arg(elide(host));
        }
    }
    return genericMessage(input);
}

/// Why one "/"-separated part of the repository path is not a path component.
QString componentMessage(const QString &component, const QString &input, qsizetype offset)
{
    for (qsizetype i = 0; i < component.size(); i += codeUnits(codePointAt(component, i))) {
        const char32_t c = codePointAt(component, i);
        if (c >= U'A' && c <= U'Z')
            return uppercaseMessage(input);
        if (!isLowerAlnum(c) && c != U'.' && c != U'_' && c != U'-') {
            if (c == U':') {
                return Reference::tr("The “:” at character %1 is in the middle of the repository name; a tag can "
                                     "only come at the end, after the last “/”.")
                    .arg(number(characterNumber(input, offset + i)));
            }
            return Reference::tr("%1 at character %2 cannot appear in a repository name; names use lowercase "
                                 "letters, digits, “.”, “_”, “-” and “/”.")
                .arg(characterName(c, true), number(characterNumber(input, offset + i)));
        }
    }
    if (!isLowerAlnum(component.front())) {
        return Reference::tr("“%1” must start with a lowercase letter or a digit, not %2.")
            .arg(elide(component), characterName(component.front().unicode(), false));
    }
    if (!isLowerAlnum(component.back())) {
        return Reference::tr("“%1” must end with a lowercase letter or a digit, not %2.")
            .arg(elide(component), characterName(component.back().unicode(), false));
    }
    for (qsizetype i = 0; i < component.size(); ++i) {
        if (isLowerAlnum(component.at(i)))
            continue;
        qsizetype end = i;
        while (end < component.size() && !isLowerAlnum(component.at(end)))
            ++end;
        const QString run = component.mid(i, end - i);
        const bool dashes = std::all_of(run.cbegin(), run.cend(), [](QChar c) { return c == u'-'; });
        if (!(run == "."_L1 || run == "_"_L1 || run == "__"_L1 || dashes)) {
            return Reference::tr("“%1” at character %2 cannot join the parts of “%3”: use one “.”, one or two “_”, "
                                 "or any number of “-”.")
                .arg(run, number(characterNumber(input, offset + i)), elide(component));
        }
        i = end - 1;
    }
    return genericMessage(input);
}

/// Why `input` does not fit the reference grammar, as precisely as can be said.
QString formatMessage(const QString &input)
{
    if (const qsizetype scheme = input.indexOf(u"://"); scheme > 0) {
        return Reference::tr("Image references have no URL scheme: leave out “%1” and write “%2”.")
            .arg(input.left(scheme + 3), elide(input.mid(scheme + 3)));
    }
    if (const qsizetype open = input.indexOf(u'['); open >= 0) {
        const qsizetype zone = input.indexOf(u'%', open);
        const qsizetype close = input.indexOf(u']', open);
        if (zone >= 0 && (close < 0 || zone < close)) {
            return Reference::tr("A registry address cannot have an IPv6 zone such as “%1”; remove it.")
                .arg(elide(input.mid(zone, (close < 0 ? input.size() : close) - zone)));
        }
    }
    for (qsizetype i = 0; i < input.size(); i += codeUnits(codePointAt(input, i))) {
        const char32_t c = codePointAt(input, i);
        if (!isReferenceChar(c)) {
            return Reference::tr("%1 at character %2 cannot appear in an image reference. Names use lowercase "
                                 "letters, digits, “.”, “_”, “-” and “/”; a tag follows “:” and a digest follows "
                                 "“@”.")
                .arg(characterName(c, true), number(characterNumber(input, i)));
        }
    }
    if (const qsizetype at = input.indexOf(u'@'); at >= 0) {
        if (const qsizetype second = input.indexOf(u'@', at + 1); second >= 0) {
            return Reference::tr("A reference can have only one “@”, but there is another at character %1.")
                .arg(number(characterNumber(input, second)));
        }
    }

    const Parts parts(input);
    if (parts.name.isEmpty()) {
        return Reference::tr("“%1” has no repository name before the “%2”. Type the name first, as in “busybox%1”.")
            .arg(elide(input), input.left(1));
    }
    const QStringList components = parts.name.split(u'/');
    if (components.size() == 1 && parts.name.startsWith(u'[')) {
        const QString address = parts.digestOffset < 0 ? input : input.left(parts.digestOffset - 1);
        return Reference::tr("“%1” is a registry address without a repository; add “/” and the repository name, "
                             "as in “%1/myimage”.")
            .arg(elide(address));
    }
    if (parts.name.startsWith(u'/')) {
        return Reference::tr("“%1” starts with “/”; a reference starts with a registry host or a repository name.")
            .arg(elide(input));
    }
    if (parts.name.endsWith(u'/')) {
        return Reference::tr("“%1” ends with “/”; add the repository name after it, or remove the “/”.")
            .arg(elide(parts.name));
    }
    if (const qsizetype twice = parts.name.indexOf(u"//"); twice >= 0) {
        const qsizetype n = characterNumber(input, twice);
        return Reference::tr("There is nothing between the two “/” at characters %1 and %2.")
            .arg(number(n), number(n + 1));
    }
    qsizetype first = 0;
    if (components.size() > 1) {
        if (matches(grammar().domain, components.front()))
            first = 1;
        else if (components.front().contains(u':') || components.front().contains(u'[')
                 || components.front().contains(u']'))
            return domainMessage(components.front(), input);
    }
    qsizetype offset = 0;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &component = components.at(i);
        if (i >= first && !matches(grammar().pathComponent, component))
            return componentMessage(component, input, offset);
        offset += component.size() + 1;
    }
    if (parts.tagOffset >= 0) {
        if (parts.tag.isEmpty()) {
            return Reference::tr("Nothing follows the “:” at character %1. Add a tag such as “latest”, or remove the "
                                 "“:”.")
                .arg(number(characterNumber(input, parts.tagOffset - 1)));
        }
        if (const QString m = tagMessage(parts.tag, input, parts.tagOffset); !m.isEmpty())
            return m;
    }
    if (parts.digestOffset >= 0 && !matches(grammar().digest, parts.digest))
        return digestGrammarMessage(parts.digest, input, parts.digestOffset);
    return genericMessage(input);
}

// --- the algorithms of distribution/reference ------------------------------------

/// Parse, deciding on `text` and explaining failures in terms of `input` (what the
/// user typed, which differs from `text` once a domain has been put in front).
Result<Reference> parseStrict(const QString &text, const QString &input)
{
    const Grammar &g = grammar();
    const QRegularExpressionMatch m = g.reference.match(text);
    if (!m.hasMatch()) {
        const QString lower = goLower(text);
        if (lower != text && matches(g.reference, lower))
            return failure(uppercaseMessage(input));
        return failure(formatMessage(input));
    }

    Reference r;
    const QString name = m.captured(1);
    if (const QRegularExpressionMatch n = g.name.match(name); n.hasMatch()) {
        r.domain = n.captured(1);
        r.path = n.captured(2);
    } else {
        r.path = name;
    }
    if (r.path.size() > Reference::maxPathLength)
        return failure(nameTooLongMessage(r.path));
    r.tag = m.captured(2);
    if (const QString digest = m.captured(3); !digest.isEmpty()) {
        if (const QString problem = digestValueMessage(digest); !problem.isEmpty())
            return failure(problem);
        r.digest = digest;
    }
    return r;
}

/// splitDockerDomain: which registry a name is on, and its path there, as the
/// docker CLI reads it (the first component is a host only if it looks like one).
std::pair<QString, QString> splitDockerDomain(const QString &name)
{
    const qsizetype slash = name.indexOf(u'/');
    if (slash < 0)
        return {QString(defaultDomain), QString(officialRepoPrefix + name)};

    const QString maybeDomain = name.left(slash);
    const QString maybeRemote = name.mid(slash + 1);
    QString domain;
    QString remote;
    if (maybeDomain == localhost) {
        domain = maybeDomain;
        remote = maybeRemote;
    } else if (maybeDomain == legacyDefaultDomain) {
        domain = defaultDomain;
        remote = maybeRemote;
    } else if (maybeDomain.contains(u'.') || maybeDomain.contains(u':')) {
        domain = maybeDomain;
        remote = maybeRemote;
    } else if (goLower(maybeDomain) != maybeDomain) {
        // Namespaces cannot have capitals, so a capitalised first part is a host.
        domain = maybeDomain;
        remote = maybeRemote;
    } else {
        domain = defaultDomain;
        remote = name;
    }
    if (domain == defaultDomain && !remote.contains(u'/'))
        remote = officialRepoPrefix + remote;
    return {domain, remote};
}

Reference normalizedCopy(const Reference &r)
{
    Reference n = r;
    std::tie(n.domain, n.path) = splitDockerDomain(r.name());
    return n;
}

QString suffix(const Reference &r)
{
    QString s;
    if (!r.tag.isEmpty())
        s += u':' + r.tag;
    if (!r.digest.isEmpty())
        s += u'@' + r.digest;
    return s;
}

} // namespace

QString Reference::name() const
{
    return domain.isEmpty() ? path : domain + u'/' + path;
}

QString Reference::toString() const
{
    return name() + suffix(*this);
}

QString Reference::familiarName() const
{
    if (domain != defaultDomain)
        return name();
    // Only one level below library/ is an official image: library/a/b stays as it is.
    if (path.startsWith(officialRepoPrefix)) {
        const QString rest = path.mid(officialRepoPrefix.size());
        if (!rest.contains(u'/'))
            return rest;
    }
    return path;
}

QString Reference::familiar() const
{
    return familiarName() + suffix(*this);
}

QString Reference::normalized() const
{
    Reference n = normalizedCopy(*this);
    if (!n.tag.isEmpty() && !n.digest.isEmpty())
        n.tag.clear();
    return n.withDefaultTag().toString();
}

Reference Reference::withDefaultTag() const
{
    Reference r = *this;
    if (r.isNameOnly())
        r.tag = QString(defaultTag);
    return r;
}

QString Reference::fromImage() const
{
    return normalizedCopy(*this).name();
}

QString Reference::tagOrDigest() const
{
    if (!digest.isEmpty())
        return digest;
    if (!tag.isEmpty())
        return tag;
    return QString(defaultTag);
}

Result<Reference> Reference::parse(const QString &text)
{
    if (text.isEmpty())
        return failure(emptyMessage());
    return parseStrict(text, text);
}

Result<Reference> Reference::parseNormalized(const QString &text, DefaultTag defaultTag)
{
    if (text.isEmpty())
        return failure(emptyMessage());
    if (matches(grammar().identifier, text))
        return failure(hexNameMessage(text));

    const auto [domain, remainder] = splitDockerDomain(text);
    const qsizetype colon = remainder.indexOf(u':');
    const QString remote = colon < 0 ? remainder : remainder.left(colon);
    if (goLower(remote) != remote)
        return failure(uppercaseMessage(text));

    Result<Reference> r = parseStrict(domain + u'/' + remainder, text);
    if (r && defaultTag == DefaultTag::Latest)
        *r = r->withDefaultTag();
    return r;
}

Result<Reference> Reference::parseTagTarget(const QString &text)
{
    Result<Reference> r = parseNormalized(text);
    if (!r)
        return r;
    if (!r->digest.isEmpty()) {
        return failure(tr("“%1” ends in a digest (“@%2”), but a new image name can only have a tag: the engine "
                          "assigns digests. Remove the “@…” part.")
                           .arg(elide(text), elide(r->digest)));
    }
    // The engine stores tags under the familiar name and refuses these two: they
    // would read back as an image ID or as a digest.
    const QString familiarName = r->familiarName();
    if (familiarName == "sha256"_L1) {
        return failure(tr("“%1” cannot be used as an image name: the engine would confuse “sha256” with a digest "
                          "algorithm. Choose another name, or put a namespace in front of it.")
                           .arg(elide(text)));
    }
    if (matches(grammar().identifier, familiarName))
        return failure(hexNameMessage(familiarName));
    return r->withDefaultTag();
}

Result<QString> Reference::validateTag(const QString &tag)
{
    if (tag.isEmpty())
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
                                                 tr("The tag is empty. Type a tag such as “latest” or “1.0”.")));
    if (matches(grammar().tag, tag))
        return tag;
    QString message = tagMessage(tag, tag, 0);
    if (message.isEmpty())
        message = tr("“%1” is not a valid tag.").arg(elide(tag));
    return std::unexpected(EngineError::make(EngineError::Kind::Other, message));
}

bool Reference::isImageId(const QString &text)
{
    if (matches(grammar().identifier, text))
        return true;
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    const QStringView hex = QStringView(text).mid(colon + 1);
    const qsizetype expected = hexLengthFor(QStringView(text).left(colon));
    return expected != 0 && hex.size() == expected
        && std::all_of(hex.cbegin(), hex.cend(), [](QChar c) { return isLowerAlnum(c) && c <= u'f'; });
}
