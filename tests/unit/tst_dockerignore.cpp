// .dockerignore reading and matching, checked against the test tables of
// moby/patternmatcher (patternmatcher_test.go, ignorefile/ignorefile_test.go)
// and docker/cli (cli/command/image/build/context_test.go), ported row by row.
#include "dockerignore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using MT = DockerIgnore::MatchType;
Q_DECLARE_METATYPE(DockerIgnore::MatchType)

namespace {

DockerIgnore compiled(const QStringList &patterns)
{
    Result<DockerIgnore> r = DockerIgnore::fromPatterns(patterns);
    if (!r) {
        qWarning("unexpected pattern error: %s", qPrintable(r.error().userMessage));
        return {};
    }
    return *r;
}

// patternmatcher_test.go MatchesUsingParentResults: walk the parents top-down
// and hand each one's MatchInfo to the next, as the tar walker does.
bool matchWalkingParents(const DockerIgnore &di, const QString &text)
{
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    const QString parent = DockerIgnore::cleanPath(text.left(slash + 1));
    DockerIgnore::MatchInfo info;
    if (parent != QLatin1String(".")) {
        const QStringList dirs = parent.split(QLatin1Char('/'));
        for (qsizetype i = 0; i < dirs.size(); ++i) {
            DockerIgnore::MatchInfo next;
            di.matchesUsingParentResults(dirs.first(i + 1).join(QLatin1Char('/')), info, &next);
            info = next;
        }
    }
    return di.matchesUsingParentResults(text, info);
}

// docker/cli context.go filepathMatches
bool filepathMatches(const DockerIgnore &di, const QString &file)
{
    const QString clean = DockerIgnore::cleanPath(file);
    if (clean == QLatin1String("."))
        return false;
    return di.matches(clean);
}

} // namespace

class TestDockerIgnore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- ignorefile.ReadAll -------------------------------------------------
    void readAll_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");

        // ignorefile_test.go TestReadAll
        QTest::newRow("ignorefile_test content")
            << QByteArray("test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n!\n! ")
            << QStringList{u"test1"_s, u"test2"_s, u"a/file/here"_s, u"lastfile"_s, u"!inverted/abs/path"_s, u"!"_s, u"!"_s};
        QTest::newRow("nothing") << QByteArray() << QStringList{};
        QTest::newRow("blank lines") << QByteArray("\n\n  \n\t\n") << QStringList{};
        QTest::newRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBF" "foo\nbar") << QStringList{u"foo"_s, u"bar"_s};
        QTest::newRow("BOM dropped before the comment test") << QByteArray("\xEF\xBB\xBF# c\nx") << QStringList{u"x"_s};
        QTest::newRow("BOM only on the first line") << QByteArray("a\n\xEF\xBB\xBF" "b") << QStringList{u"a"_s, u"\uFEFFb"_s};
        QTest::newRow("# after a space is a pattern") << QByteArray("  # not a comment") << QStringList{u"# not a comment"_s};
        QTest::newRow("# later in the line") << QByteArray("a # b") << QStringList{u"a # b"_s};
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("CR-only comment line") << QByteArray("#x\r\ny") << QStringList{u"y"_s};
        QTest::newRow("trimmed") << QByteArray("\t  foo/bar  \t\n") << QStringList{u"foo/bar"_s};
        QTest::newRow("! then spaces") << QByteArray("!  foo") << QStringList{u"!foo"_s};
        QTest::newRow("cleaned") << QByteArray("a//b/./c/../d/") << QStringList{u"a/b/d"_s};
        QTest::newRow("one leading slash dropped") << QByteArray("//a") << QStringList{u"a"_s};
        QTest::newRow("root stays") << QByteArray("/") << QStringList{u"/"_s};
        QTest::newRow("dot") << QByteArray(".\n./") << QStringList{u"."_s, u"."_s};
        QTest::newRow("!/ keeps its slash") << QByteArray("!/") << QStringList{u"!/"_s};
        QTest::newRow("leading .. kept") << QByteArray("../a") << QStringList{u"../a"_s};
        QTest::newRow("no final newline") << QByteArray("a\nb") << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("!# is a pattern") << QByteArray("!#x") << QStringList{u"!#x"_s};
        QTest::newRow("backslash kept") << QByteArray("a\\*b") << QStringList{u"a\\*b"_s};
    }

    void readAll()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QCOMPARE(DockerIgnore::readAll(content), expected);
    }

    // --- patternmatcher TestMatches (three ways of asking) --------------------
    void matches_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("pass");

        const struct
        {
            const char16_t *pattern, *text;
            bool pass;
        } rows[] = {
            {u"**", u"file", true},
            {u"**", u"file/", true},
            {u"**/", u"file", true}, // weird one
            {u"**/", u"file/", true},
            {u"**", u"/", true},
            {u"**/", u"/", true},
            {u"**", u"dir/file", true},
            {u"**/", u"dir/file", true},
            {u"**", u"dir/file/", true},
            {u"**/", u"dir/file/", true},
            {u"**/**", u"dir/file", true},
            {u"**/**", u"dir/file/", true},
            {u"dir/**", u"dir/file", true},
            {u"dir/**", u"dir/file/", true},
            {u"dir/**", u"dir/dir2/file", true},
            {u"dir/**", u"dir/dir2/file/", true},
            {u"**/dir", u"dir", true},
            {u"**/dir", u"dir/file", true},
            {u"**/dir2/*", u"dir/dir2/file", true},
            {u"**/dir2/*", u"dir/dir2/file/", true},
            {u"**/dir2/**", u"dir/dir2/dir3/file", true},
            {u"**/dir2/**", u"dir/dir2/dir3/file/", true},
            {u"**file", u"file", true},
            {u"**file", u"dir/file", true},
            {u"**/file", u"dir/file", true},
            {u"**file", u"dir/dir/file", true},
            {u"**/file", u"dir/dir/file", true},
            {u"**/file*", u"dir/dir/file", true},
            {u"**/file*", u"dir/dir/file.txt", true},
            {u"**/file*txt", u"dir/dir/file.txt", true},
            {u"**/file*.txt", u"dir/dir/file.txt", true},
            {u"**/file*.txt*", u"dir/dir/file.txt", true},
            {u"**/**/*.txt", u"dir/dir/file.txt", true},
            {u"**/**/*.txt2", u"dir/dir/file.txt", false},
            {u"**/*.txt", u"file.txt", true},
            {u"**/**/*.txt", u"file.txt", true},
            {u"a**/*.txt", u"a/file.txt", true},
            {u"a**/*.txt", u"a/dir/file.txt", true},
            {u"a**/*.txt", u"a/dir/dir/file.txt", true},
            {u"a/*.txt", u"a/dir/file.txt", false},
            {u"a/*.txt", u"a/file.txt", true},
            {u"a/*.txt**", u"a/file.txt", true},
            {u"a[b-d]e", u"ae", false},
            {u"a[b-d]e", u"ace", true},
            {u"a[b-d]e", u"aae", false},
            {u"a[^b-d]e", u"aze", true},
            {u".*", u".foo", true},
            {u".*", u"foo", false},
            {u"abc.def", u"abcdef", false},
            {u"abc.def", u"abc.def", true},
            {u"abc.def", u"abcZdef", false},
            {u"abc?def", u"abcZdef", true},
            {u"abc?def", u"abcdef", false},
            {u"a\\\\", u"a\\", true},
            {u"**/foo/bar", u"foo/bar", true},
            {u"**/foo/bar", u"dir/foo/bar", true},
            {u"**/foo/bar", u"dir/dir2/foo/bar", true},
            {u"abc/**", u"abc", false},
            {u"abc/**", u"abc/def", true},
            {u"abc/**", u"abc/def/ghi", true},
            {u"**/.foo", u".foo", true},
            {u"**/.foo", u"bar.foo", false},
            {u"a(b)c/def", u"a(b)c/def", true},
            {u"a(b)c/def", u"a(b)c/xyz", false},
            {u"a.|)$(}+{bc", u"a.|)$(}+{bc", true},
            {u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
            {u"dist/*.whl", u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true},
            // the non-Windows addition
            {u"a\\*b", u"a*b", true},
            // not in the Go table: "$" is the end of the text, not "before a final newline"
            {u"a*", u"ab\n", true},
            {u"a*b", u"ab\n", false},
        };
        int i = 0;
        for (const auto &r : rows) {
            const QString pattern = QString::fromUtf16(r.pattern), text = QString::fromUtf16(r.text);
            QString shown = text;
            shown.replace(u'\n', u"\\n"_s);
            QTest::addRow("%d: %s | %s", i++, qPrintable(pattern), qPrintable(shown)) << pattern << text << r.pass;
        }
    }

    void matches()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, pass);
        const Result<DockerIgnore> di = DockerIgnore::fromPatterns({pattern});
        QVERIFY2(di.has_value(), qPrintable(di ? QString() : di.error().userMessage));
        QCOMPARE(di->matches(text), pass);                                 // MatchesOrParentMatches
        QCOMPARE(matchWalkingParents(*di, text), pass);                    // MatchesUsingParentResults
        QCOMPARE(di->matchesUsingParentResults(text, {}), pass);           // ...NoContext
    }

    void multiPatternMatches_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("pass");
        QTest::newRow("** then !util/docker/web") << QStringList{u"**"_s, u"!util/docker/web"_s} << u"util/docker/web/foo"_s << false;
        QTest::newRow("re-excluded after the exception")
            << QStringList{u"**"_s, u"!util/docker/web"_s, u"util/docker/web/foo"_s} << u"util/docker/web/foo"_s << true;
        QTest::newRow("exception for an exact name with regexp characters")
            << QStringList{u"**"_s, u"!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"_s}
            << u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"_s << false;
        QTest::newRow("exception with a wildcard")
            << QStringList{u"**"_s, u"!dist/*.whl"_s} << u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"_s << false;
        // the last match wins, in both directions
        QTest::newRow("exception before the rule") << QStringList{u"!a"_s, u"a"_s} << u"a"_s << true;
        QTest::newRow("parent excluded, child re-included") << QStringList{u"docs"_s, u"!docs/keep"_s} << u"docs/keep/x"_s << false;
        QTest::newRow("parent excluded, sibling stays out") << QStringList{u"docs"_s, u"!docs/keep"_s} << u"docs/other"_s << true;
    }

    void multiPatternMatches()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, text);
        QFETCH(bool, pass);
        const DockerIgnore di = compiled(patterns);
        QCOMPARE(di.patterns().size(), patterns.size());
        QCOMPARE(di.matches(text), pass);
        QCOMPARE(matchWalkingParents(di, text), pass);
        QCOMPARE(di.matchesUsingParentResults(text, {}), pass);
    }

    // --- patternmatcher TestMatch (Go's filepath.Match table via Matches) ----
    void matchFilepathTable_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::addColumn<bool>("badPattern");
        const struct
        {
            const char16_t *pattern, *text;
            bool match, bad;
        } rows[] = {
            {u"abc", u"abc", true, false},
            {u"*", u"abc", true, false},
            {u"*c", u"abc", true, false},
            {u"a*", u"a", true, false},
            {u"a*", u"abc", true, false},
            {u"a*", u"ab/c", true, false},
            {u"a*/b", u"abc/b", true, false},
            {u"a*/b", u"a/c/b", false, false},
            {u"a*b*c*d*e*/f", u"axbxcxdxe/f", true, false},
            {u"a*b*c*d*e*/f", u"axbxcxdxexxx/f", true, false},
            {u"a*b*c*d*e*/f", u"axbxcxdxe/xxx/f", false, false},
            {u"a*b*c*d*e*/f", u"axbxcxdxexxx/fff", false, false},
            {u"a*b?c*x", u"abxbbxdbxebxczzx", true, false},
            {u"a*b?c*x", u"abxbbxdbxebxczzy", false, false},
            {u"ab[c]", u"abc", true, false},
            {u"ab[b-d]", u"abc", true, false},
            {u"ab[e-g]", u"abc", false, false},
            {u"ab[^c]", u"abc", false, false},
            {u"ab[^b-d]", u"abc", false, false},
            {u"ab[^e-g]", u"abc", true, false},
            {u"a\\*b", u"a*b", true, false},
            {u"a\\*b", u"ab", false, false},
            {u"a?b", u"a☺b", true, false},
            {u"a[^a]b", u"a☺b", true, false},
            {u"a???b", u"a☺b", false, false},
            {u"a[^a][^a][^a]b", u"a☺b", false, false},
            {u"[a-ζ]*", u"α", true, false},
            {u"*[a-ζ]", u"A", false, false},
            {u"a?b", u"a/b", false, false},
            {u"a*b", u"a/b", false, false},
            {u"[\\]a]", u"]", true, false},
            {u"[\\-]", u"-", true, false},
            {u"[x\\-]", u"x", true, false},
            {u"[x\\-]", u"-", true, false},
            {u"[x\\-]", u"z", false, false},
            {u"[\\-x]", u"x", true, false},
            {u"[\\-x]", u"-", true, false},
            {u"[\\-x]", u"a", false, false},
            {u"[]a]", u"]", false, true},
            {u"[-]", u"-", false, true},
            {u"[x-]", u"x", false, true},
            {u"[x-]", u"-", false, true},
            {u"[x-]", u"z", false, true},
            {u"[-x]", u"x", false, true},
            {u"[-x]", u"-", false, true},
            {u"[-x]", u"a", false, true},
            {u"\\", u"a", false, true},
            {u"[a-b-c]", u"a", false, true},
            {u"[", u"a", false, true},
            {u"[^", u"a", false, true},
            {u"[^bc", u"a", false, true},
            {u"a[", u"a", false, true},
            {u"a[", u"ab", false, true},
            {u"*x", u"xxx", true, false},
        };
        int i = 0;
        for (const auto &r : rows) {
            const QString pattern = QString::fromUtf16(r.pattern), text = QString::fromUtf16(r.text);
            QTest::addRow("%d: %s | %s", i++, qPrintable(pattern), qPrintable(text)) << pattern << text << r.match << r.bad;
        }
    }

    void matchFilepathTable()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QFETCH(bool, badPattern);
        const Result<DockerIgnore> di = DockerIgnore::fromPatterns({pattern});
        QCOMPARE(!di.has_value(), badPattern);
        if (!di) {
            // The refusal quotes the pattern and says what is wrong with it.
            QVERIFY2(di.error().userMessage.contains(u"“"_s + pattern + u"”"_s), qPrintable(di.error().userMessage));
            QVERIFY(di.error().userMessage.size() > pattern.size() + 40);
            return;
        }
        QCOMPARE(di->matchesLegacy(text), match);
    }

    // --- patternmatcher TestCompile ('/' separator) ---------------------------
    void compile_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<DockerIgnore::MatchType>("type");
        QTest::addColumn<QString>("regexp");
        QTest::newRow("*") << u"*"_s << MT::Regexp << u"^[^/]*$"_s;
        QTest::newRow("file*") << u"file*"_s << MT::Regexp << u"^file[^/]*$"_s;
        QTest::newRow("*file") << u"*file"_s << MT::Regexp << u"^[^/]*file$"_s;
        QTest::newRow("a*/b") << u"a*/b"_s << MT::Regexp << u"^a[^/]*/b$"_s;
        QTest::newRow("**") << u"**"_s << MT::Suffix << QString();
        QTest::newRow("**/**") << u"**/**"_s << MT::Regexp << u"^(.*/)?.*$"_s;
        QTest::newRow("dir/**") << u"dir/**"_s << MT::Prefix << QString();
        QTest::newRow("**/dir") << u"**/dir"_s << MT::Suffix << QString();
        QTest::newRow("**/dir2/*") << u"**/dir2/*"_s << MT::Regexp << u"^(.*/)?dir2/[^/]*$"_s;
        QTest::newRow("**/dir2/**") << u"**/dir2/**"_s << MT::Regexp << u"^(.*/)?dir2/.*$"_s;
        QTest::newRow("**file") << u"**file"_s << MT::Suffix << QString();
        QTest::newRow("**/file*txt") << u"**/file*txt"_s << MT::Regexp << u"^(.*/)?file[^/]*txt$"_s;
        QTest::newRow("**/**/*.txt") << u"**/**/*.txt"_s << MT::Regexp << u"^(.*/)?(.*/)?[^/]*\\.txt$"_s;
        QTest::newRow("a[b-d]e") << u"a[b-d]e"_s << MT::Regexp << u"^a[b-d]e$"_s;
        QTest::newRow(".*") << u".*"_s << MT::Regexp << u"^\\.[^/]*$"_s;
        QTest::newRow("abc.def") << u"abc.def"_s << MT::Exact << QString();
        QTest::newRow("abc?def") << u"abc?def"_s << MT::Regexp << u"^abc[^/]def$"_s;
        QTest::newRow("**/foo/bar") << u"**/foo/bar"_s << MT::Suffix << QString();
        QTest::newRow("a(b)c/def") << u"a(b)c/def"_s << MT::Exact << QString();
        QTest::newRow("a.|)$(}+{bc") << u"a.|)$(}+{bc"_s << MT::Exact << QString();
        QTest::newRow("whl") << u"dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl"_s << MT::Exact << QString();
    }

    void compile()
    {
        QFETCH(QString, pattern);
        QFETCH(DockerIgnore::MatchType, type);
        QFETCH(QString, regexp);
        const DockerIgnore di = compiled({pattern});
        QCOMPARE(di.patterns().size(), 1);
        const DockerIgnore::Pattern &p = di.patterns().constFirst();
        QCOMPARE(p.type, type);
        QCOMPARE(p.regexSource, regexp);
        QVERIFY(p.regex.isValid());
        QCOMPARE(p.regex.pattern().isEmpty(), type != MT::Regexp);
    }

    // --- single cases of patternmatcher_test.go and cli context_test.go ------
    void singleCases_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("expected");
        QTest::newRow("TestWildcardMatches") << QStringList{u"*"_s} << u"fileutils.go"_s << true;
        QTest::newRow("TestPatternMatches") << QStringList{u"*.go"_s} << u"fileutils.go"_s << true;
        QTest::newRow("TestExclusionPatternMatchesPatternBefore") << QStringList{u"!fileutils.go"_s, u"*.go"_s} << u"fileutils.go"_s << true;
        QTest::newRow("TestPatternMatchesFolderExclusions") << QStringList{u"docs"_s, u"!docs/README.md"_s} << u"docs/README.md"_s << false;
        QTest::newRow("TestPatternMatchesFolderWithSlashExclusions") << QStringList{u"docs/"_s, u"!docs/README.md"_s} << u"docs/README.md"_s << false;
        QTest::newRow("TestPatternMatchesFolderWildcardExclusions") << QStringList{u"docs/*"_s, u"!docs/README.md"_s} << u"docs/README.md"_s << false;
        QTest::newRow("TestExclusionPatternMatchesPatternAfter") << QStringList{u"*.go"_s, u"!fileutils.go"_s} << u"fileutils.go"_s << false;
        QTest::newRow("TestExclusionPatternMatchesWholeDirectory") << QStringList{u"*.go"_s} << u"."_s << false;
        QTest::newRow("TestMatchesWithNoPatterns") << QStringList{} << u"/any/path/there"_s << false;
    }

    void singleCases()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, file);
        QFETCH(bool, expected);
        const DockerIgnore di = compiled(patterns);
        QCOMPARE(di.matchesLegacy(file), expected);    // patternmatcher.Matches
        QCOMPARE(filepathMatches(di, file), expected); // cli filepathMatches
    }

    void invalidPatterns_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("TestSingleExclamationError") << QStringList{u"!"_s} << u"“!”"_s;
        QTest::newRow("TestCleanPatternsErrorSingleException") << QStringList{u"docs"_s, u"!"_s} << u"“!”"_s;
        QTest::newRow("TestMatchesWithMalformedPatterns") << QStringList{u"["_s} << u"“[”"_s;
        QTest::newRow("!/ cleans to a lone !") << QStringList{u"!/"_s} << u"“!/”"_s;
        QTest::newRow("bad class after a good one") << QStringList{u"a"_s, u"*.[ch"_s} << u"“*.[ch”"_s;
        QTest::newRow("trailing backslash") << QStringList{u"foo\\"_s} << u"“foo\\”"_s;
        QTest::newRow("regexp escape Go would reject too") << QStringList{u"a\\1*"_s} << u"“a\\1*”"_s;
    }

    void invalidPatterns()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, mentions);
        const Result<DockerIgnore> di = DockerIgnore::fromPatterns(patterns);
        QVERIFY(!di.has_value());
        QVERIFY2(di.error().userMessage.contains(mentions), qPrintable(di.error().userMessage));
    }

    void cleanPatterns_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("exclusions");
        QTest::newRow("TestCleanPatterns") << QStringList{u"docs"_s, u"config"_s} << 2 << false;
        QTest::newRow("TestCleanPatternsStripEmptyPatterns") << QStringList{u"docs"_s, u"config"_s, u""_s} << 2 << false;
        QTest::newRow("TestCleanPatternsExceptionFlag") << QStringList{u"docs"_s, u"!docs/README.md"_s} << 2 << true;
        QTest::newRow("TestCleanPatternsLeadingSpaceTrimmed") << QStringList{u"docs"_s, u"  !docs/README.md"_s} << 2 << true;
        QTest::newRow("TestCleanPatternsTrailingSpaceTrimmed") << QStringList{u"docs"_s, u"!docs/README.md  "_s} << 2 << true;
    }

    void cleanPatterns()
    {
        QFETCH(QStringList, patterns);
        QFETCH(int, count);
        QFETCH(bool, exclusions);
        const DockerIgnore di = compiled(patterns);
        QCOMPARE(di.patterns().size(), count);
        QCOMPARE(di.hasExclusions(), exclusions);
        if (exclusions)
            QCOMPARE(di.patternStrings().constLast(), u"!docs/README.md"_s);
    }

    // --- a .dockerignore file end to end: errors name the line ----------------
    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("lone ! on line 3") << QByteArray("# c\nfoo\n!\n") << u"Line 3"_s;
        QTest::newRow("! with spaces on line 2") << QByteArray("foo\n  !   \n") << u"Line 2"_s;
        QTest::newRow("unclosed class on line 1") << QByteArray("src/[abc\n") << u"“src/[abc”"_s;
        QTest::newRow("comments count as lines") << QByteArray("#a\n#b\n\n[\n") << u"Line 4"_s;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const Result<DockerIgnore> di = DockerIgnore::parse(content);
        QVERIFY(!di.has_value());
        QVERIFY2(di.error().userMessage.contains(mentions), qPrintable(di.error().userMessage));
        QVERIFY(di.error().userMessage.contains(u".dockerignore"_s));
    }

    void parseKeepsLineNumbers()
    {
        const Result<DockerIgnore> di = DockerIgnore::parse("# c\n\nfoo\n  !bar  \n");
        QVERIFY(di.has_value());
        QCOMPARE(di->patternStrings(), (QStringList{u"foo"_s, u"!bar"_s}));
        QCOMPARE(di->patterns().at(0).line, 3);
        QCOMPARE(di->patterns().at(1).line, 4);
        QVERIFY(di->patterns().at(1).exclusion);
    }

    // --- the walker's "must I descend into this excluded directory" ----------
    void mayReincludeBelow_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("descend");
        QTest::newRow("exception inside") << QStringList{u"docs"_s, u"!docs/README.md"_s} << u"docs"_s << true;
        QTest::newRow("no exceptions at all") << QStringList{u"docs"_s} << u"docs"_s << false;
        QTest::newRow("deep exception, top") << QStringList{u"*"_s, u"!a/b/c"_s} << u"a"_s << true;
        QTest::newRow("deep exception, middle") << QStringList{u"*"_s, u"!a/b/c"_s} << u"a/b"_s << true;
        QTest::newRow("the re-included dir itself") << QStringList{u"*"_s, u"!a/b/c"_s} << u"a/b/c"_s << true;
        QTest::newRow("another dir") << QStringList{u"*"_s, u"!a/b/c"_s} << u"x"_s << false;
        QTest::newRow("name prefix is not a dir prefix") << QStringList{u"*"_s, u"!a/b/c"_s} << u"a/bc"_s << false;
        QTest::newRow("literal prefix only, as the CLI") << QStringList{u"a"_s, u"!**/keep"_s} << u"a"_s << false;
        QTest::newRow("wildcard in the exception") << QStringList{u"a"_s, u"!a/*.txt"_s} << u"a"_s << true;
    }

    void mayReincludeBelow()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, dir);
        QFETCH(bool, descend);
        QCOMPARE(compiled(patterns).mayReincludeBelow(dir), descend);
    }

    void matchesExact_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("orParent");
        QTest::newRow("the dir itself") << QStringList{u"docs"_s} << u"docs"_s << true << true;
        QTest::newRow("inside the dir") << QStringList{u"docs"_s} << u"docs/a"_s << false << true;
        QTest::newRow("deep, legacy misses it") << QStringList{u"a/b"_s} << u"a/b/c/d"_s << false << true;
    }

    void matchesExact()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, path);
        QFETCH(bool, exact);
        QFETCH(bool, orParent);
        const DockerIgnore di = compiled(patterns);
        QCOMPARE(di.matchesExact(path), exact);
        QCOMPARE(di.matches(path), orParent);
    }

    // --- Go's path.Clean (path/path_test.go cleantests) -----------------------
    void cleanPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("clean");
        const struct
        {
            const char16_t *path, *clean;
        } rows[] = {
            {u"", u"."}, {u"abc", u"abc"}, {u"abc/def", u"abc/def"}, {u"a/b/c", u"a/b/c"}, {u".", u"."},
            {u"..", u".."}, {u"../..", u"../.."}, {u"../../abc", u"../../abc"}, {u"/abc", u"/abc"}, {u"/", u"/"},
            {u"abc/", u"abc"}, {u"abc/def/", u"abc/def"}, {u"a/b/c/", u"a/b/c"}, {u"./", u"."}, {u"../", u".."},
            {u"../../", u"../.."}, {u"/abc/", u"/abc"}, {u"abc//def//ghi", u"abc/def/ghi"}, {u"//abc", u"/abc"},
            {u"///abc", u"/abc"}, {u"//abc//", u"/abc"}, {u"abc//", u"abc"}, {u"abc/./def", u"abc/def"},
            {u"/./abc/def", u"/abc/def"}, {u"abc/.", u"abc"}, {u"abc/def/ghi/../jkl", u"abc/def/jkl"},
            {u"abc/def/../ghi/../jkl", u"abc/jkl"}, {u"abc/def/..", u"abc"}, {u"abc/def/../..", u"."},
            {u"/abc/def/../..", u"/"}, {u"abc/def/../../..", u".."}, {u"/abc/def/../../..", u"/"},
            {u"abc/def/../../../ghi/jkl/../../../mno", u"../../mno"}, {u"abc/./../def", u"def"},
            {u"abc//./../def", u"def"}, {u"abc/../../././../def", u"../../def"},
        };
        for (const auto &r : rows) {
            const QString path = QString::fromUtf16(r.path);
            QTest::addRow("'%s'", qPrintable(path)) << path << QString::fromUtf16(r.clean);
        }
    }

    void cleanPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, clean);
        QCOMPARE(DockerIgnore::cleanPath(path), clean);
        QCOMPARE(DockerIgnore::cleanPath(clean), clean); // idempotent
    }
};

QTEST_GUILESS_MAIN(TestDockerIgnore)
#include "tst_dockerignore.moc"
