// Image references: the tables of distribution/reference's own tests (reference_test.go,
// normalize_test.go, regexp_test.go) as Qt Test rows, plus the messages Cais gives
// for each kind of mistake.
#include "reference.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString f64 = QString(64, u'f');
const QString f128 = QString(128, u'f');
const QString sha256F = u"sha256:"_s + f64;
const QString beDigest = u"sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912"_s;
const QString dbccHex = u"dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c"_s;
const QString dbccDigest = u"sha256:"_s + dbccHex;
const QString e669Digest = u"sha256:e6693c20186f837fc393390135d8a598a96a833917917789d63766cab6c59582"_s;
const QString hexName = u"1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a"_s;
// The fallback message: every failure in these tables must be explained better.
constexpr auto genericFragment = "invalid reference format"_L1;

QByteArray rowName(const QString &input)
{
    QString name = input;
    name.replace(u'\n', u"\\n"_s);
    if (name.isEmpty())
        return "(empty)";
    if (name.size() > 70)
        return name.left(40).toUtf8() + "…(" + QByteArray::number(name.size()) + " chars)";
    return name.toUtf8();
}

QString messageOf(const Result<Reference> &r)
{
    return r ? QString() : r.error().userMessage;
}

/// A failure: a specific, readable message that says each expected thing.
void verifyMessage(const EngineError &error, const QStringList &mentions)
{
    QCOMPARE(error.kind, EngineError::Kind::Other);
    const QString &message = error.userMessage;
    QVERIFY2(!message.isEmpty(), "an error without a message");
    QVERIFY2(message.size() < 400, qPrintable(u"message too long to read: "_s + message));
    for (const QString &m : mentions)
        QVERIFY2(message.contains(m), qPrintable(u"“"_s + message + u"” does not mention “"_s + m + u'”'));
    QVERIFY2(!message.contains(genericFragment), qPrintable(u"only the generic message: "_s + message));
}

} // namespace

class TestReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // reference_test.go TestReferenceParse (current version), TestSerialization,
    // regexp_test.go TestReferenceRegexp, and Cais's own rows for each message.
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QStringList>("mentions");

        const auto ok = [](const QString &input, const QString &domain, const QString &path,
                           const QString &tag = {}, const QString &digest = {}) {
            QTest::newRow(rowName(input).constData()) << input << true << domain << path << tag << digest
                                                      << QStringList();
        };
        const auto bad = [](const QString &input, const QStringList &mentions) {
            QTest::newRow(rowName(input).constData()) << input << false << QString() << QString() << QString()
                                                      << QString() << mentions;
        };

        // TestReferenceParse
        ok(u"test_com"_s, {}, u"test_com"_s);
        ok(u"test.com:tag"_s, {}, u"test.com"_s, u"tag"_s);
        ok(u"test.com:5000"_s, {}, u"test.com"_s, u"5000"_s);
        ok(u"test.com/repo:tag"_s, u"test.com"_s, u"repo"_s, u"tag"_s);
        ok(u"test:5000/repo"_s, u"test:5000"_s, u"repo"_s);
        ok(u"test:5000/repo:tag"_s, u"test:5000"_s, u"repo"_s, u"tag"_s);
        ok(u"test:5000/repo@"_s + sha256F, u"test:5000"_s, u"repo"_s, {}, sha256F);
        ok(u"test:5000/repo:tag@"_s + sha256F, u"test:5000"_s, u"repo"_s, u"tag"_s, sha256F);
        bad(u""_s, {u"empty"_s});
        bad(u":justtag"_s, {u"no repository name"_s, u"“busybox:justtag”"_s});
        bad(u"@"_s + sha256F, {u"no repository name"_s});
        bad(u"repo@sha256:"_s + QString(34, u'f'), {u"sha256 digest has 64"_s, u"this one has 34"_s});
        bad(u"validname@invaliddigest:"_s + f64, {u"“invaliddigest” is not a supported digest algorithm"_s});
        bad(u"Uppercase:tag"_s, {u"lowercase"_s, u"“Uppercase”"_s, u"“uppercase:tag”"_s});
        bad(u"test:5000/Uppercase/lowercase:tag"_s,
            {u"“Uppercase”"_s, u"“test:5000/uppercase/lowercase:tag”"_s});
        ok(u"lowercase:Uppercase"_s, {}, u"lowercase"_s, u"Uppercase"_s);
        bad(u"domain/"_s + QString(256, u'a') + u":tag"_s, {u"256 characters long"_s, u"at most 255"_s});
        ok(u"a/"_s.repeated(127) + u"a:tag-puts-this-over-max"_s, u"a"_s, u"a/"_s.repeated(126) + u'a',
           u"tag-puts-this-over-max"_s);
        bad(u"aa/asdf$$^/aa"_s, {u"“$” at character 8"_s});
        ok(u"sub-dom1.foo.com/bar/baz/quux"_s, u"sub-dom1.foo.com"_s, u"bar/baz/quux"_s);
        ok(u"sub-dom1.foo.com/bar/baz/quux:some-long-tag"_s, u"sub-dom1.foo.com"_s, u"bar/baz/quux"_s,
           u"some-long-tag"_s);
        ok(u"b.gcr.io/test.example.com/my-app:test.example.com"_s, u"b.gcr.io"_s, u"test.example.com/my-app"_s,
           u"test.example.com"_s);
        ok(u"xn--n3h.com/myimage:xn--n3h.com"_s, u"xn--n3h.com"_s, u"myimage"_s, u"xn--n3h.com"_s);
        ok(u"xn--7o8h.com/myimage:xn--7o8h.com@sha512:"_s + f128, u"xn--7o8h.com"_s, u"myimage"_s,
           u"xn--7o8h.com"_s, u"sha512:"_s + f128);
        ok(u"foo_bar.com:8080"_s, {}, u"foo_bar.com"_s, u"8080"_s);
        ok(u"foo/foo_bar.com:8080"_s, u"foo"_s, u"foo_bar.com"_s, u"8080"_s);
        ok(u"192.168.1.1"_s, {}, u"192.168.1.1"_s);
        ok(u"192.168.1.1:tag"_s, {}, u"192.168.1.1"_s, u"tag"_s);
        ok(u"192.168.1.1:5000"_s, {}, u"192.168.1.1"_s, u"5000"_s);
        ok(u"192.168.1.1/repo"_s, u"192.168.1.1"_s, u"repo"_s);
        ok(u"192.168.1.1:5000/repo"_s, u"192.168.1.1:5000"_s, u"repo"_s);
        ok(u"192.168.1.1:5000/repo:5050"_s, u"192.168.1.1:5000"_s, u"repo"_s, u"5050"_s);
        bad(u"[2001:db8::1]"_s, {u"registry address without a repository"_s, u"“[2001:db8::1]/myimage”"_s});
        bad(u"[2001:db8::1]:5000"_s, {u"registry address without a repository"_s, u"“[2001:db8::1]:5000/myimage”"_s});
        bad(u"[2001:db8::1]:tag"_s, {u"registry address without a repository"_s});
        ok(u"[2001:db8::1]/repo"_s, u"[2001:db8::1]"_s, u"repo"_s);
        ok(u"[2001:db8:1:2:3:4:5:6]/repo:tag"_s, u"[2001:db8:1:2:3:4:5:6]"_s, u"repo"_s, u"tag"_s);
        ok(u"[2001:db8::1]:5000/repo"_s, u"[2001:db8::1]:5000"_s, u"repo"_s);
        ok(u"[2001:db8::1]:5000/repo:tag"_s, u"[2001:db8::1]:5000"_s, u"repo"_s, u"tag"_s);
        ok(u"[2001:db8::1]:5000/repo@"_s + sha256F, u"[2001:db8::1]:5000"_s, u"repo"_s, {}, sha256F);
        ok(u"[2001:db8::1]:5000/repo:tag@"_s + sha256F, u"[2001:db8::1]:5000"_s, u"repo"_s, u"tag"_s, sha256F);
        ok(u"[2001:db8::]:5000/repo"_s, u"[2001:db8::]:5000"_s, u"repo"_s);
        ok(u"[::1]:5000/repo"_s, u"[::1]:5000"_s, u"repo"_s);
        bad(u"[fe80::1%eth0]:5000/repo"_s, {u"IPv6 zone"_s, u"“%eth0”"_s});
        bad(u"[fe80::1%@invalidzone]:5000/repo"_s, {u"IPv6 zone"_s});
        ok(u"example.com/"_s + QString(255, u'a') + u":tag"_s, u"example.com"_s, QString(255, u'a'), u"tag"_s);
        // The length limit is on the path alone: the older test row with 128 "a/"
        // parts is now valid, because "a" is read as the domain.
        ok(u"a/"_s.repeated(128) + u"a:tag"_s, u"a"_s, u"a/"_s.repeated(127) + u'a', u"tag"_s);

        // TestSerialization
        ok(u"example.com:8000/named"_s, u"example.com:8000"_s, u"named"_s);
        ok(u"example.com:8000/named:tagged"_s, u"example.com:8000"_s, u"named"_s, u"tagged"_s);
        ok(u"other.com/named@sha256:1234567890098765432112345667890098765432112345667890098765432112"_s,
           u"other.com"_s, u"named"_s, {},
           u"sha256:1234567890098765432112345667890098765432112345667890098765432112"_s);

        // TestReferenceRegexp
        ok(u"registry.com:8080/myapp:tag"_s, u"registry.com:8080"_s, u"myapp"_s, u"tag"_s);
        ok(u"registry.com:8080/myapp@"_s + beDigest, u"registry.com:8080"_s, u"myapp"_s, {}, beDigest);
        ok(u"registry.com:8080/myapp:tag2@"_s + beDigest, u"registry.com:8080"_s, u"myapp"_s, u"tag2"_s, beDigest);
        bad(u"registry.com:8080/myapp@sha256:badbadbadbad"_s, {u"sha256 digest has 64"_s, u"this one has 12"_s});
        bad(u"registry.com:8080/myapp:invalid~tag"_s, {u"“~” at character 32"_s});
        bad(u"bad_hostname.com:8080/myapp:tag"_s, {u"“_” cannot appear in the registry host name “bad_hostname.com”"_s});
        ok(u"localhost:8080@"_s + beDigest, {}, u"localhost"_s, u"8080"_s, beDigest);
        ok(u"localhost:8080/name@"_s + beDigest, u"localhost:8080"_s, u"name"_s, {}, beDigest);
        bad(u"localhost:http/name@"_s + beDigest, {u"The port “http” in “localhost:http” must be a number"_s});
        ok(u"localhost@"_s + beDigest, {}, u"localhost"_s, {}, beDigest);
        bad(u"registry.com:8080/myapp@bad"_s, {u"“bad” is not a digest"_s});
        bad(u"registry.com:8080/myapp@2bad"_s, {u"“2bad” is not a digest"_s});

        // Characters, counted as a user counts them.
        bad(u"busybox\n"_s, {u"A line break at character 8"_s});
        bad(u" busybox"_s, {u"A space at character 1"_s});
        bad(u"busy box"_s, {u"A space at character 5"_s});
        bad(u"ubuntu:22.04 "_s, {u"A space at character 13"_s});
        bad(u"café"_s, {u"“é” at character 4"_s});
        bad(u"x🐳y"_s, {u"“🐳” at character 2"_s});
        bad(u"x\x07"_s, {u"U+0007 at character 2"_s});
        bad(u"foo+bar"_s, {u"“+” at character 4 cannot appear in a repository name"_s});
        bad(u"x@y@z"_s, {u"only one “@”"_s, u"character 4"_s});
        // Tags
        bad(u"busybox:"_s, {u"Nothing follows the “:” at character 8"_s});
        bad(u"busybox:-latest"_s, {u"must start with a letter, a digit or “_”"_s, u"starts with “-”"_s});
        bad(u"busybox:"_s + QString(129, u'a'), {u"129 characters long"_s, u"at most 128"_s});
        ok(u"busybox:"_s + QString(128, u'a'), {}, u"busybox"_s, QString(128, u'a'));
        // Digests
        bad(u"busybox@"_s, {u"Nothing follows the “@”"_s});
        bad(u"busybox@sha256:abc"_s, {u"sha256 digest has 64"_s, u"this one has 3"_s});
        bad(u"busybox@sha256:"_s + QString(64, u'g'), {u"“g” at character 16 is not a hexadecimal digit"_s});
        bad(u"busybox@sha256:"_s + QString(64, u'F'), {u"lowercase hexadecimal"_s, u"“sha256:"_s + f64 + u'”'});
        bad(u"busybox@SHA256:"_s + f64, {u"algorithms are written in lowercase"_s, u"“"_s + sha256F + u'”'});
        bad(u"busybox@sha256:"_s + QString(63, u'f'), {u"this one has 63"_s});
        bad(u"busybox@sha512:"_s + f64, {u"sha512 digest has 128"_s, u"this one has 64"_s});
        bad(u"busybox@md5:"_s + QString(32, u'f'), {u"“md5” is not a supported digest algorithm"_s});
        bad(u"busybox@"_s + sha256F + u"@x"_s, {u"only one “@”"_s, u"character 80"_s});
        bad(u"busybox@:"_s + f64, {u"no algorithm"_s});
        bad(u"busybox@sha256:"_s, {u"Nothing follows “sha256:”"_s});
        bad(u"busybox@-sha:"_s + f64, {u"“-sha” is not a digest algorithm"_s});
        // Repository path components
        bad(u"-docker"_s, {u"“-docker” must start with a lowercase letter or a digit, not “-”"_s});
        bad(u"docker-"_s, {u"“docker-” must end with a lowercase letter or a digit, not “-”"_s});
        bad(u"dock..er/docker"_s, {u"“..” at character 5"_s});
        bad(u"a___b"_s, {u"“___” at character 2"_s});
        bad(u"docker/"_s, {u"ends with “/”"_s});
        bad(u"/docker"_s, {u"starts with “/”"_s});
        bad(u"docker//docker"_s, {u"between the two “/” at characters 7 and 8"_s});
        bad(u"foo/b:ar/baz"_s, {u"The “:” at character 6 is in the middle of the repository name"_s});
        // Registry addresses
        bad(u"https://github.com/docker/docker"_s,
            {u"no URL scheme"_s, u"“https://”"_s, u"“github.com/docker/docker”"_s});
        bad(u"foo.com:/bar"_s, {u"A port number must follow the “:” in “foo.com:”"_s});
        bad(u":5000/foo"_s, {u"no host name before the port"_s});
        bad(u"fc00::1:5000/debian"_s, {u"looks like an IPv6 address"_s, u"“[fc00::1]:5000”"_s});
        bad(u"[::1/foo"_s, {u"no closing “]”"_s});
        bad(u"[::1]x/foo"_s, {u"After “]”"_s});
        bad(u"[::g]:5000/foo"_s, {u"“[::g]” is not an IPv6 address"_s});
        bad(u"ab-.com:5000/foo"_s, {u"must start and end with a letter or a digit"_s});
        bad(u"a..b:5000/foo"_s, {u"empty part between dots"_s});
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QStringList, mentions);

        const Result<Reference> r = Reference::parse(input);
        QVERIFY2(r.has_value() == ok, qPrintable(messageOf(r)));
        if (!ok) {
            verifyMessage(r.error(), mentions);
            return;
        }
        QCOMPARE(r->domain, domain);
        QCOMPARE(r->path, path);
        QCOMPARE(r->tag, tag);
        QCOMPARE(r->digest, digest);
        QCOMPARE(r->name(), domain.isEmpty() ? path : domain + u'/' + path);
        QCOMPARE(r->toString(), input);
        // Only Docker Hub names have a shorter familiar form.
        if (domain != u"docker.io"_s)
            QCOMPARE(r->familiar(), input);
        // What parse() accepts it accepts again in the form it prints.
        const Result<Reference> again = Reference::parse(r->toString());
        QVERIFY(again.has_value());
        QCOMPARE(*again, *r);
    }

    // regexp_test.go TestFullNameRegexp: a name alone (no tag, no digest).
    void names_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("match");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");

        const auto row = [](const QString &input, bool match, const QString &domain = {}, const QString &path = {}) {
            QTest::newRow(rowName(input).constData()) << input << match << domain << path;
        };
        row(u""_s, false);
        row(u"short"_s, true, {}, u"short"_s);
        row(u"simple/name"_s, true, u"simple"_s, u"name"_s);
        row(u"library/ubuntu"_s, true, u"library"_s, u"ubuntu"_s);
        row(u"docker/stevvooe/app"_s, true, u"docker"_s, u"stevvooe/app"_s);
        row(u"aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb"_s, true, u"aa"_s,
            u"aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb"_s);
        row(u"aa/aa/bb/bb/bb"_s, true, u"aa"_s, u"aa/bb/bb/bb"_s);
        row(u"a/a/a/a"_s, true, u"a"_s, u"a/a/a"_s);
        row(u"a/a/a/a/"_s, false);
        row(u"a//a/a"_s, false);
        row(u"a"_s, true, {}, u"a"_s);
        row(u"a/aa"_s, true, u"a"_s, u"aa"_s);
        row(u"a/aa/a"_s, true, u"a"_s, u"aa/a"_s);
        row(u"foo.com"_s, true, {}, u"foo.com"_s);
        row(u"foo.com/"_s, false);
        row(u"foo.com:8080/bar"_s, true, u"foo.com:8080"_s, u"bar"_s);
        row(u"foo.com:http/bar"_s, false);
        row(u"foo.com/bar"_s, true, u"foo.com"_s, u"bar"_s);
        row(u"foo.com/bar/baz"_s, true, u"foo.com"_s, u"bar/baz"_s);
        row(u"localhost:8080/bar"_s, true, u"localhost:8080"_s, u"bar"_s);
        row(u"sub-dom1.foo.com/bar/baz/quux"_s, true, u"sub-dom1.foo.com"_s, u"bar/baz/quux"_s);
        row(u"blog.foo.com/bar/baz"_s, true, u"blog.foo.com"_s, u"bar/baz"_s);
        row(u"a^a"_s, false);
        row(u"aa/asdf$$^/aa"_s, false);
        row(u"asdf$$^/aa"_s, false);
        row(u"aa-a/a"_s, true, u"aa-a"_s, u"a"_s);
        row(u"a/"_s.repeated(128) + u'a', true, u"a"_s, u"a/"_s.repeated(127) + u'a');
        row(u"a-/a/a/a"_s, false);
        row(u"foo.com/a-/a/a"_s, false);
        row(u"-foo/bar"_s, false);
        row(u"foo/bar-"_s, false);
        row(u"foo-/bar"_s, false);
        row(u"foo/-bar"_s, false);
        row(u"_foo/bar"_s, false);
        row(u"foo_bar"_s, true, {}, u"foo_bar"_s);
        row(u"foo_bar.com"_s, true, {}, u"foo_bar.com"_s);
        row(u"foo_bar.com:8080"_s, false); // a name with the tag "8080", not a bare name
        row(u"foo_bar.com:8080/app"_s, false);
        row(u"foo.com/foo_bar"_s, true, u"foo.com"_s, u"foo_bar"_s);
        row(u"____/____"_s, false);
        row(u"_docker/_docker"_s, false);
        row(u"docker_/docker_"_s, false);
        row(u"b.gcr.io/test.example.com/my-app"_s, true, u"b.gcr.io"_s, u"test.example.com/my-app"_s);
        row(u"xn--n3h.com/myimage"_s, true, u"xn--n3h.com"_s, u"myimage"_s);
        row(u"xn--7o8h.com/myimage"_s, true, u"xn--7o8h.com"_s, u"myimage"_s);
        row(u"example.com/xn--7o8h.com/myimage"_s, true, u"example.com"_s, u"xn--7o8h.com/myimage"_s);
        row(u"example.com/some_separator__underscore/myimage"_s, true, u"example.com"_s,
            u"some_separator__underscore/myimage"_s);
        row(u"example.com/__underscore/myimage"_s, false);
        row(u"example.com/..dots/myimage"_s, false);
        row(u"example.com/.dots/myimage"_s, false);
        row(u"example.com/nodouble..dots/myimage"_s, false);
        row(u"docker./docker"_s, false);
        row(u".docker/docker"_s, false);
        row(u"docker-/docker"_s, false);
        row(u"-docker/docker"_s, false);
        row(u"do..cker/docker"_s, false);
        row(u"do__cker:8080/docker"_s, false);
        row(u"do__cker/docker"_s, true, {}, u"do__cker/docker"_s);
        row(u"registry.io/foo/project--id.module--name.ver---sion--name"_s, true, u"registry.io"_s,
            u"foo/project--id.module--name.ver---sion--name"_s);
        row(u"Asdf.com/foo/bar"_s, true, u"Asdf.com"_s, u"foo/bar"_s);
        row(u"Foo/FarB"_s, false);
    }

    void names()
    {
        QFETCH(QString, input);
        QFETCH(bool, match);
        QFETCH(QString, domain);
        QFETCH(QString, path);

        const Result<Reference> r = Reference::parse(input);
        const bool bareName = r && r->isNameOnly();
        QCOMPARE(bareName, match);
        if (match) {
            QCOMPARE(r->domain, domain);
            QCOMPARE(r->path, path);
        } else if (!r) {
            verifyMessage(r.error(), {});
        }
    }

    // regexp_test.go TestDomainRegexp, each domain followed by "/repo".
    void domains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("match");

        const auto row = [](const QString &domain, bool match) {
            QTest::newRow(rowName(domain).constData()) << domain << match;
        };
        row(u"test.com"_s, true);
        row(u"test.com:10304"_s, true);
        row(u"test.com:http"_s, false);
        row(u"localhost"_s, true);
        row(u"localhost:8080"_s, true);
        row(u"a"_s, true);
        row(u"a.b"_s, true);
        row(u"ab.cd.com"_s, true);
        row(u"a-b.com"_s, true);
        row(u"-ab.com"_s, false);
        row(u"ab-.com"_s, false);
        row(u"ab.c-om"_s, true);
        row(u"ab.-com"_s, false);
        row(u"ab.com-"_s, false);
        row(u"0101.com"_s, true);
        row(u"001a.com"_s, true);
        row(u"b.gbc.io:443"_s, true);
        row(u"b.gbc.io"_s, true);
        row(u"xn--n3h.com"_s, true);
        row(u"Asdf.com"_s, true);
        row(u"192.168.1.1:75050"_s, true);
        row(u"192.168.1.1:750050"_s, true);
        row(u"[fd00:1:2::3]:75050"_s, true);
        row(u"[fd00:1:2::3]75050"_s, false);
        row(u"[fd00:1:2::3]::75050"_s, false);
        row(u"[fd00:1:2::3%eth0]:75050"_s, false);
        row(u"[fd00123123123]:75050"_s, true);
        row(u"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050"_s, true);
        row(u"[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505"_s, true);
        row(u"fd00:1:2::3:75050"_s, false);
    }

    void domains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, match);

        const Result<Reference> r = Reference::parse(domain + u"/repo"_s);
        QVERIFY2(r.has_value() == match, qPrintable(messageOf(r)));
        if (match) {
            QCOMPARE(r->domain, domain);
            QCOMPARE(r->path, u"repo"_s);
        } else {
            verifyMessage(r.error(), {});
        }
    }

    // regexp_test.go TestIdentifierRegexp and the ID rows of TestParseAnyReference:
    // a 64-hex identifier is refused as a name; ParseAnyReference reads it (and
    // complete digests) as an image ID.
    void identifiers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("identifier");
        QTest::addColumn<bool>("imageId");

        const auto row = [](const QString &input, bool identifier, bool imageId) {
            QTest::newRow(rowName(input).constData()) << input << identifier << imageId;
        };
        row(u"da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821"_s, true, true);
        row(u"7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C"_s, false, false);
        row(u"da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf"_s, false, false);
        row(u"sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821"_s, false, true);
        row(u"da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482"_s, false, false);
        row(dbccHex, true, true);
        row(dbccDigest, false, true);
        row(dbccHex.left(63), false, false);
        row(u"dbcc1"_s, false, false);
        row(u"redis"_s, false, false);
        row(u"sha512:"_s + f128, false, true);
        row(u"sha256:"_s + QString(64, u'F'), false, false);
        row(u"sha1:"_s + QString(40, u'f'), false, false);
        row(dbccHex + u'\n', false, false);
    }

    void identifiers()
    {
        QFETCH(QString, input);
        QFETCH(bool, identifier);
        QFETCH(bool, imageId);

        QCOMPARE(Reference::isImageId(input), imageId);
        const Result<Reference> r = Reference::parseNormalized(input);
        const bool refusedAsHex = !r && r.error().userMessage.contains(u"64-character hexadecimal"_s);
        QCOMPARE(refusedAsHex, identifier);
        if (identifier)
            verifyMessage(r.error(), {u"cannot be used as a repository name"_s, input});
    }

    // normalize_test.go TestNormalizedSplitHostname, TestParseRepositoryInfo, the
    // named rows of TestParseAnyReference and TestParseReferenceWithTagAndDigest.
    void normalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("familiar");
        QTest::addColumn<QString>("full");

        const auto row = [](const char *name, const QString &input, const QString &domain, const QString &path,
                            const QString &tag, const QString &digest, const QString &familiar, const QString &full) {
            QTest::addRow("%s: %s", name, rowName(input).constData())
                << input << domain << path << tag << digest << familiar << full;
        };
        const auto split = [&row](const QString &input, const QString &domain, const QString &path,
                                  const QString &familiar) {
            row("split", input, domain, path, {}, {}, familiar, domain + u'/' + path);
        };
        split(u"test.com/foo"_s, u"test.com"_s, u"foo"_s, u"test.com/foo"_s);
        split(u"test_com/foo"_s, u"docker.io"_s, u"test_com/foo"_s, u"test_com/foo"_s);
        split(u"docker/migrator"_s, u"docker.io"_s, u"docker/migrator"_s, u"docker/migrator"_s);
        split(u"test.com:8080/foo"_s, u"test.com:8080"_s, u"foo"_s, u"test.com:8080/foo"_s);
        split(u"test-com:8080/foo"_s, u"test-com:8080"_s, u"foo"_s, u"test-com:8080/foo"_s);
        split(u"foo"_s, u"docker.io"_s, u"library/foo"_s, u"foo"_s);
        split(u"xn--n3h.com/foo"_s, u"xn--n3h.com"_s, u"foo"_s, u"xn--n3h.com/foo"_s);
        split(u"xn--n3h.com:18080/foo"_s, u"xn--n3h.com:18080"_s, u"foo"_s, u"xn--n3h.com:18080/foo"_s);
        split(u"docker.io/foo"_s, u"docker.io"_s, u"library/foo"_s, u"foo"_s);
        split(u"docker.io/library/foo"_s, u"docker.io"_s, u"library/foo"_s, u"foo"_s);
        split(u"docker.io/library/foo/bar"_s, u"docker.io"_s, u"library/foo/bar"_s, u"library/foo/bar"_s);

        // TestParseRepositoryInfo: the familiar, full and ambiguous spellings of each.
        struct Info
        {
            QString remote, familiar, full, ambiguous, domain;
        };
        const QList<Info> infos = {
            {u"fooo/bar"_s, u"fooo/bar"_s, u"docker.io/fooo/bar"_s, u"index.docker.io/fooo/bar"_s, u"docker.io"_s},
            {u"library/ubuntu"_s, u"ubuntu"_s, u"docker.io/library/ubuntu"_s, u"library/ubuntu"_s, u"docker.io"_s},
            {u"nonlibrary/ubuntu"_s, u"nonlibrary/ubuntu"_s, u"docker.io/nonlibrary/ubuntu"_s, {}, u"docker.io"_s},
            {u"other/library"_s, u"other/library"_s, u"docker.io/other/library"_s, {}, u"docker.io"_s},
            {u"private/moonbase"_s, u"127.0.0.1:8000/private/moonbase"_s, u"127.0.0.1:8000/private/moonbase"_s, {},
             u"127.0.0.1:8000"_s},
            {u"privatebase"_s, u"127.0.0.1:8000/privatebase"_s, u"127.0.0.1:8000/privatebase"_s, {},
             u"127.0.0.1:8000"_s},
            {u"private/moonbase"_s, u"example.com/private/moonbase"_s, u"example.com/private/moonbase"_s, {},
             u"example.com"_s},
            {u"privatebase"_s, u"example.com/privatebase"_s, u"example.com/privatebase"_s, {}, u"example.com"_s},
            {u"private/moonbase"_s, u"example.com:8000/private/moonbase"_s, u"example.com:8000/private/moonbase"_s,
             {}, u"example.com:8000"_s},
            {u"privatebasee"_s, u"example.com:8000/privatebasee"_s, u"example.com:8000/privatebasee"_s, {},
             u"example.com:8000"_s},
            {u"library/ubuntu-12.04-base"_s, u"ubuntu-12.04-base"_s, u"docker.io/library/ubuntu-12.04-base"_s,
             u"index.docker.io/library/ubuntu-12.04-base"_s, u"docker.io"_s},
            {u"library/foo"_s, u"foo"_s, u"docker.io/library/foo"_s, u"docker.io/foo"_s, u"docker.io"_s},
            {u"library/foo/bar"_s, u"library/foo/bar"_s, u"docker.io/library/foo/bar"_s, {}, u"docker.io"_s},
            {u"store/foo/bar"_s, u"store/foo/bar"_s, u"docker.io/store/foo/bar"_s, {}, u"docker.io"_s},
            {u"bar"_s, u"Foo/bar"_s, u"Foo/bar"_s, {}, u"Foo"_s},
            {u"bar"_s, u"FOO/bar"_s, u"FOO/bar"_s, {}, u"FOO"_s},
        };
        QSet<QString> seen;
        for (const Info &info : infos) {
            for (const QString &spelling : {info.familiar, info.full, info.ambiguous}) {
                if (spelling.isEmpty() || seen.contains(spelling))
                    continue;
                seen.insert(spelling);
                row("repository info", spelling, info.domain, info.remote, {}, {}, info.familiar, info.full);
            }
        }

        // TestParseAnyReference (named references)
        const auto any = [&row](const QString &input, const QString &equivalent, const QString &domain,
                                const QString &path, const QString &tag, const QString &digest,
                                const QString &familiar) {
            row("any", input, domain, path, tag, digest, familiar, equivalent);
        };
        const QString io = u"docker.io"_s;
        any(u"redis"_s, u"docker.io/library/redis"_s, io, u"library/redis"_s, {}, {}, u"redis"_s);
        any(u"redis:latest"_s, u"docker.io/library/redis:latest"_s, io, u"library/redis"_s, u"latest"_s, {},
            u"redis:latest"_s);
        any(u"docker.io/library/redis:latest"_s, u"docker.io/library/redis:latest"_s, io, u"library/redis"_s,
            u"latest"_s, {}, u"redis:latest"_s);
        any(u"redis@"_s + dbccDigest, u"docker.io/library/redis@"_s + dbccDigest, io, u"library/redis"_s, {},
            dbccDigest, u"redis@"_s + dbccDigest);
        any(u"docker.io/library/redis@"_s + dbccDigest, u"docker.io/library/redis@"_s + dbccDigest, io,
            u"library/redis"_s, {}, dbccDigest, u"redis@"_s + dbccDigest);
        any(u"dmcgowan/myapp"_s, u"docker.io/dmcgowan/myapp"_s, io, u"dmcgowan/myapp"_s, {}, {}, u"dmcgowan/myapp"_s);
        any(u"dmcgowan/myapp:latest"_s, u"docker.io/dmcgowan/myapp:latest"_s, io, u"dmcgowan/myapp"_s, u"latest"_s,
            {}, u"dmcgowan/myapp:latest"_s);
        any(u"docker.io/mcgowan/myapp:latest"_s, u"docker.io/mcgowan/myapp:latest"_s, io, u"mcgowan/myapp"_s,
            u"latest"_s, {}, u"mcgowan/myapp:latest"_s);
        any(u"dmcgowan/myapp@"_s + dbccDigest, u"docker.io/dmcgowan/myapp@"_s + dbccDigest, io, u"dmcgowan/myapp"_s,
            {}, dbccDigest, u"dmcgowan/myapp@"_s + dbccDigest);
        any(u"docker.io/dmcgowan/myapp@"_s + dbccDigest, u"docker.io/dmcgowan/myapp@"_s + dbccDigest, io,
            u"dmcgowan/myapp"_s, {}, dbccDigest, u"dmcgowan/myapp@"_s + dbccDigest);
        any(dbccHex.left(63), u"docker.io/library/"_s + dbccHex.left(63), io, u"library/"_s + dbccHex.left(63), {},
            {}, dbccHex.left(63));
        any(u"dbcc1"_s, u"docker.io/library/dbcc1"_s, io, u"library/dbcc1"_s, {}, {}, u"dbcc1"_s);

        // TestParseReferenceWithTagAndDigest
        const QString shortRef = u"busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa"_s;
        row("tag and digest", shortRef, io, u"library/busybox"_s, u"latest"_s,
            u"sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa"_s, shortRef,
            u"docker.io/library/"_s + shortRef);

        // Cais: the registries the app meets.
        row("local", u"localhost/foo"_s, u"localhost"_s, u"foo"_s, {}, {}, u"localhost/foo"_s, u"localhost/foo"_s);
        row("local", u"localhost:5000/foo:1"_s, u"localhost:5000"_s, u"foo"_s, u"1"_s, {}, u"localhost:5000/foo:1"_s,
            u"localhost:5000/foo:1"_s);
        row("legacy hub", u"index.docker.io/busybox:1"_s, io, u"library/busybox"_s, u"1"_s, {}, u"busybox:1"_s,
            u"docker.io/library/busybox:1"_s);
        row("test registry", u"127.0.0.1:5000/cais-test/shell:1"_s, u"127.0.0.1:5000"_s, u"cais-test/shell"_s,
            u"1"_s, {}, u"127.0.0.1:5000/cais-test/shell:1"_s, u"127.0.0.1:5000/cais-test/shell:1"_s);
        // With a domain in front, 64 hex digits are a valid name (normalize_test.go).
        row("hex with domain", u"docker.io/"_s + hexName, io, u"library/"_s + hexName, {}, {}, hexName,
            u"docker.io/library/"_s + hexName);
    }

    void normalized()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, familiar);
        QFETCH(QString, full);

        const Result<Reference> r = Reference::parseNormalized(input);
        QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
        QCOMPARE(r->domain, domain);
        QCOMPARE(r->path, path);
        QCOMPARE(r->tag, tag);
        QCOMPARE(r->digest, digest);
        QCOMPARE(r->familiar(), familiar);
        QCOMPARE(r->toString(), full);
        QCOMPARE(r->fromImage(), r->name());
        // Normalising is idempotent, and its result is valid in the strict grammar.
        const Result<Reference> again = Reference::parseNormalized(r->toString());
        QVERIFY(again.has_value());
        QCOMPARE(*again, *r);
        const Result<Reference> strict = Reference::parse(r->toString());
        QVERIFY(strict.has_value());
        QCOMPARE(*strict, *r);
        // The default tag goes only on a bare name.
        const Result<Reference> tagged = Reference::parseNormalized(input, Reference::DefaultTag::Latest);
        QVERIFY(tagged.has_value());
        QCOMPARE(tagged->tag, r->isNameOnly() ? u"latest"_s : tag);
        QCOMPARE(tagged->digest, digest);
    }

    // normalize_test.go TestValidateReferenceName and TestValidateRemoteName.
    void validity_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("mentions");

        const auto valid = [](const QString &input) {
            QTest::newRow(rowName(input).constData()) << input << true << QStringList();
        };
        const auto invalid = [](const QString &input, const QStringList &mentions) {
            QTest::newRow(rowName(input).constData()) << input << false << mentions;
        };
        for (const QString &name : {
                 u"docker/docker"_s,
                 u"library/debian"_s,
                 u"debian"_s,
                 u"docker.io/docker/docker"_s,
                 u"docker.io/library/debian"_s,
                 u"docker.io/debian"_s,
                 u"index.docker.io/docker/docker"_s,
                 u"index.docker.io/library/debian"_s,
                 u"index.docker.io/debian"_s,
                 u"127.0.0.1:5000/docker/docker"_s,
                 u"127.0.0.1:5000/library/debian"_s,
                 u"127.0.0.1:5000/debian"_s,
                 u"192.168.0.1"_s,
                 u"192.168.0.1:80"_s,
                 u"192.168.0.1:8/debian"_s,
                 u"192.168.0.2:25000/debian"_s,
                 u"thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev"_s,
                 u"[fc00::1]:5000/docker"_s,
                 u"[fc00::1]:5000/docker/docker"_s,
                 u"[fc00:1:2:3:4:5:6:7]:5000/library/debian"_s,
                 QString(u"docker.io/"_s + hexName),
                 u"Docker/docker"_s,
                 u"DOCKER/docker"_s,
                 // TestValidateRemoteName
                 u"docker-rules/docker"_s,
                 u"docker---rules/docker"_s,
                 u"doc/docker"_s,
                 u"d/docker"_s,
                 u"jess/t"_s,
                 u"dock__er/docker"_s,
             })
            valid(name);

        invalid(u"https://github.com/docker/docker"_s, {u"no URL scheme"_s});
        invalid(u"docker/Docker"_s, {u"“Docker” has uppercase letters"_s, u"“docker/docker”"_s});
        invalid(u"-docker"_s, {u"must start with a lowercase letter or a digit"_s});
        invalid(u"-docker/docker"_s, {u"“-docker” must start with a lowercase letter or a digit"_s});
        invalid(u"-docker.io/docker/docker"_s, {u"“-docker.io” must start with a lowercase letter or a digit"_s});
        invalid(u"docker///docker"_s, {u"characters 7 and 8"_s});
        invalid(u"docker.io/docker/Docker"_s, {u"“Docker” has uppercase letters"_s, u"“docker.io/docker/docker”"_s});
        invalid(u"docker.io/docker///docker"_s, {u"characters 17 and 18"_s});
        invalid(u"[fc00::1]"_s, {u"registry address without a repository"_s});
        invalid(u"[fc00::1]:5000"_s, {u"registry address without a repository"_s});
        invalid(u"fc00::1:5000/debian"_s, {u"put it in brackets"_s});
        invalid(u"[fe80::1%eth0]:5000/debian"_s, {u"IPv6 zone"_s});
        invalid(u"[2001:db8:3:4::192.0.2.33]:5000/debian"_s, {u"is not an IPv6 address"_s});
        invalid(hexName, {u"64-character hexadecimal"_s});
        invalid(u"docker-/docker"_s, {u"“docker-” must end with"_s});
        invalid(u"-docker-/docker"_s, {u"“-docker-” must start with"_s});
        invalid(u"____/____"_s, {u"“____” must start with"_s});
        invalid(u"_docker/_docker"_s, {u"“_docker” must start with"_s});
        invalid(u"dock..er/docker"_s, {u"“..” at character 5"_s});
        invalid(u"dock_.er/docker"_s, {u"“_.” at character 5"_s});
        invalid(u"dock-.er/docker"_s, {u"“-.” at character 5"_s});
        invalid(u"docker/"_s, {u"ends with “/”"_s});
        invalid(u"this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_"_s.repeated(4).chopped(1)
                    + u"/docker"_s,
                {u"278 characters long"_s, u"at most 255"_s});
        // TestInvalidReferenceComponents
        invalid(u"-foo"_s, {u"“-foo” must start with"_s});
        // Cais
        invalid(u""_s, {u"empty"_s});
        invalid(u"Busybox"_s, {u"“Busybox” has uppercase letters"_s, u"“busybox”"_s});
        invalid(u"Busybox:Latest"_s, {u"“Busybox”"_s, u"“busybox:Latest”"_s});
        invalid(u"localhost:5000/Foo"_s, {u"“Foo”"_s, u"“localhost:5000/foo”"_s});
        // On Docker Hub "library/" is added in front, which counts toward the limit.
        invalid(QString(250, u'a'), {u"258 characters long"_s});
        valid(QString(247, u'a'));
        invalid(u"busybox:"_s, {u"Nothing follows the “:” at character 8"_s});
        invalid(u"busy box"_s, {u"A space at character 5"_s});
    }

    void validity()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QStringList, mentions);

        const Result<Reference> r = Reference::parseNormalized(input);
        QVERIFY2(r.has_value() == ok, qPrintable(messageOf(r)));
        if (!ok)
            verifyMessage(r.error(), mentions);
    }

    // normalize_test.go TestParseDockerRef: normalized().
    void dockerRef_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nothing") << u"busybox"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("tag only") << u"busybox:latest"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("digest only") << QString(u"busybox@"_s + e669Digest) << QString(u"docker.io/library/busybox@"_s + e669Digest);
        QTest::newRow("path only") << u"library/busybox"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("hostname only") << u"docker.io/busybox"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("no tag") << u"docker.io/library/busybox"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("no path") << u"docker.io/busybox:latest"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("no hostname") << u"library/busybox:latest"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("full reference with tag")
            << u"docker.io/library/busybox:latest"_s << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("gcr reference without tag") << u"gcr.io/library/busybox"_s << u"gcr.io/library/busybox:latest"_s;
        QTest::newRow("both tag and digest")
            << QString(u"gcr.io/library/busybox:latest@"_s + e669Digest) << QString(u"gcr.io/library/busybox@"_s + e669Digest);
    }

    void dockerRef()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);

        const Result<Reference> normalized = Reference::parseNormalized(input);
        QVERIFY2(normalized.has_value(), qPrintable(messageOf(normalized)));
        QCOMPARE(normalized->normalized(), expected);
        // The strict form normalises to the same thing: normalising works from the name.
        const Result<Reference> strict = Reference::parse(input);
        QVERIFY(strict.has_value());
        QCOMPARE(strict->normalized(), expected);
        QVERIFY(Reference::parse(expected).has_value());
    }

    // reference_test.go TestParseNamed: canonical means normalising changes nothing.
    void canonical_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("canonical");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");

        QTest::newRow("test.com/foo") << u"test.com/foo"_s << true << u"test.com"_s << u"foo"_s;
        QTest::newRow("test:8080/foo") << u"test:8080/foo"_s << true << u"test:8080"_s << u"foo"_s;
        QTest::newRow("test_com/foo") << u"test_com/foo"_s << false << QString() << QString();
        QTest::newRow("test.com") << u"test.com"_s << false << QString() << QString();
        QTest::newRow("foo") << u"foo"_s << false << QString() << QString();
        QTest::newRow("library/foo") << u"library/foo"_s << false << QString() << QString();
        QTest::newRow("docker.io/library/foo") << u"docker.io/library/foo"_s << true << u"docker.io"_s
                                               << u"library/foo"_s;
        QTest::newRow("docker.io/foo") << u"docker.io/foo"_s << false << QString() << QString();
    }

    void canonical()
    {
        QFETCH(QString, input);
        QFETCH(bool, canonical);
        QFETCH(QString, domain);
        QFETCH(QString, path);

        const Result<Reference> r = Reference::parseNormalized(input);
        QVERIFY(r.has_value());
        QCOMPARE(r->toString() == input, canonical);
        if (canonical) {
            QCOMPARE(r->domain, domain);
            QCOMPARE(r->path, path);
        }
    }

    // TestWithTag's tags, TestInvalidReferenceComponents' "-foo", and the tag field.
    void tags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("mentions");

        for (const QString &tag : {u"tag"_s, u"tag2"_s, u"tag4"_s, u"TAG5"_s, u"latest"_s, u"1.0"_s, u"_"_s,
                                   u"a"_s, u"v1.2.3-rc.1_build"_s, u"__"_s, u"9"_s, QString(128, u'A')})
            QTest::newRow(rowName(tag).constData()) << tag << true << QStringList();
        const auto bad = [](const QString &tag, const QStringList &mentions) {
            QTest::newRow(rowName(tag).constData()) << tag << false << mentions;
        };
        bad(u"-foo"_s, {u"must start with a letter, a digit or “_”"_s, u"starts with “-”"_s});
        bad(u".hidden"_s, {u"starts with “.”"_s});
        bad(u""_s, {u"The tag is empty"_s});
        bad(QString(129, u'a'), {u"129 characters long"_s, u"at most 128"_s});
        bad(u"my tag"_s, {u"A space at character 3"_s});
        bad(u"tag:1"_s, {u"“:” at character 4"_s});
        bad(u"tag/1"_s, {u"“/” at character 4"_s});
        bad(u"é"_s, {u"starts with “é”"_s});
        bad(u"v1\n"_s, {u"A line break at character 3"_s});
        bad(u" v1"_s, {u"starts with a space"_s});
    }

    void tags()
    {
        QFETCH(QString, tag);
        QFETCH(bool, ok);
        QFETCH(QStringList, mentions);

        const Result<QString> r = Reference::validateTag(tag);
        QCOMPARE(r.has_value(), ok);
        if (ok) {
            QCOMPARE(*r, tag);
            // A valid tag is valid in a reference too.
            const Result<Reference> ref = Reference::parse(u"busybox:"_s + tag);
            QVERIFY(ref.has_value());
            QCOMPARE(ref->tag, tag);
        } else {
            verifyMessage(r.error(), mentions);
        }
    }

    // reference_test.go TestWithTag (rows without a digest).
    void withTag_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("combined");

        QTest::newRow("test.com/foo:tag") << u"test.com/foo"_s << u"tag"_s << u"test.com/foo:tag"_s;
        QTest::newRow("foo:tag2") << u"foo"_s << u"tag2"_s << u"foo:tag2"_s;
        QTest::newRow("test.com:8000/foo:tag4") << u"test.com:8000/foo"_s << u"tag4"_s << u"test.com:8000/foo:tag4"_s;
        QTest::newRow("test.com:8000/foo:TAG5") << u"test.com:8000/foo"_s << u"TAG5"_s << u"test.com:8000/foo:TAG5"_s;
    }

    void withTag()
    {
        QFETCH(QString, name);
        QFETCH(QString, tag);
        QFETCH(QString, combined);

        Result<Reference> r = Reference::parse(name);
        QVERIFY(r.has_value());
        const Result<QString> valid = Reference::validateTag(tag);
        QVERIFY(valid.has_value());
        r->tag = *valid;
        QCOMPARE(r->toString(), combined);
    }

    // What the docker CLI sends as POST /images/create?fromImage=&tag= (client.ImagePull).
    void pullQuery_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fromImage");
        QTest::addColumn<QString>("tagOrDigest");
        QTest::addColumn<QString>("defaultTagged");

        const auto row = [](const QString &input, const QString &fromImage, const QString &tagOrDigest,
                            const QString &defaultTagged) {
            QTest::newRow(rowName(input).constData()) << input << fromImage << tagOrDigest << defaultTagged;
        };
        const QString busybox = u"docker.io/library/busybox"_s;
        row(u"busybox"_s, busybox, u"latest"_s, busybox + u":latest"_s);
        row(u"busybox:1.37"_s, busybox, u"1.37"_s, busybox + u":1.37"_s);
        row(u"busybox@"_s + e669Digest, busybox, e669Digest, busybox + u'@' + e669Digest);
        row(u"busybox:1.37@"_s + e669Digest, busybox, e669Digest, busybox + u":1.37@"_s + e669Digest);
        row(u"someone/app"_s, u"docker.io/someone/app"_s, u"latest"_s, u"docker.io/someone/app:latest"_s);
        row(u"localhost/app:dev"_s, u"localhost/app"_s, u"dev"_s, u"localhost/app:dev"_s);
        row(u"127.0.0.1:5000/cais-test/shell:1"_s, u"127.0.0.1:5000/cais-test/shell"_s, u"1"_s,
            u"127.0.0.1:5000/cais-test/shell:1"_s);
        row(u"index.docker.io/busybox"_s, busybox, u"latest"_s, busybox + u":latest"_s);
        row(u"Registry.Example.com/team/app"_s, u"Registry.Example.com/team/app"_s, u"latest"_s,
            u"Registry.Example.com/team/app:latest"_s);
        row(u"[::1]:5000/app"_s, u"[::1]:5000/app"_s, u"latest"_s, u"[::1]:5000/app:latest"_s);
    }

    void pullQuery()
    {
        QFETCH(QString, input);
        QFETCH(QString, fromImage);
        QFETCH(QString, tagOrDigest);
        QFETCH(QString, defaultTagged);

        const Result<Reference> r = Reference::parseNormalized(input);
        QVERIFY2(r.has_value(), qPrintable(messageOf(r)));
        QCOMPARE(r->fromImage(), fromImage);
        QCOMPARE(r->tagOrDigest(), tagOrDigest);
        const Result<Reference> tagged = Reference::parseNormalized(input, Reference::DefaultTag::Latest);
        QVERIFY(tagged.has_value());
        QCOMPARE(tagged->toString(), defaultTagged);
        // A strictly parsed reference asks for the same pull.
        const Result<Reference> strict = Reference::parse(input);
        QVERIFY(strict.has_value());
        QCOMPARE(strict->fromImage(), fromImage);
        QCOMPARE(strict->tagOrDigest(), tagOrDigest);
    }

    // docker tag / docker commit / docker build -t: a new name takes a tag, never a digest.
    void tagTarget_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QStringList>("mentions");

        const auto good = [](const QString &input, const QString &result) {
            QTest::newRow(rowName(input).constData()) << input << true << result << QStringList();
        };
        const auto bad = [](const QString &input, const QStringList &mentions) {
            QTest::newRow(rowName(input).constData()) << input << false << QString() << mentions;
        };
        good(u"myapp"_s, u"docker.io/library/myapp:latest"_s);
        good(u"me/myapp:1.0"_s, u"docker.io/me/myapp:1.0"_s);
        good(u"127.0.0.1:5000/x"_s, u"127.0.0.1:5000/x:latest"_s);
        good(u"localhost/x:Dev_1"_s, u"localhost/x:Dev_1"_s);
        bad(u"busybox@"_s + e669Digest, {u"can only have a tag"_s, u"“@"_s + e669Digest + u'”'});
        bad(u"busybox:1@"_s + e669Digest, {u"can only have a tag"_s});
        bad(u"Busybox"_s, {u"lowercase"_s});
        bad(u""_s, {u"empty"_s});
        bad(hexName, {u"64-character hexadecimal"_s});
        // The engine refuses these names (docker 26 answered so when tagging, measured).
        bad(QString(u"docker.io/"_s + hexName), {u"64-character hexadecimal"_s});
        bad(u"sha256:sometag"_s, {u"confuse “sha256” with a digest algorithm"_s});
        bad(u"library/sha256"_s, {u"confuse “sha256”"_s});
        good(u"someone/sha256"_s, u"docker.io/someone/sha256:latest"_s);
        good(u"localhost/sha256:1"_s, u"localhost/sha256:1"_s);
        // moby integration/image/tag_test.go: TestTagInvalidReference, TestTagValidPrefixedRepo
        bad(u"-busybox:test"_s, {u"“-busybox” must start with"_s});
        bad(u"-test/busybox:test"_s, {u"“-test” must start with"_s});
        bad(u"-index:5000/busybox:test"_s, {u"registry host name “-index”"_s});
        good(u"fooo/bar"_s, u"docker.io/fooo/bar:latest"_s);
        good(u"fooaa/test"_s, u"docker.io/fooaa/test:latest"_s);
        good(u"foooo:t"_s, u"docker.io/library/foooo:t"_s);
        good(u"HOSTNAME.DOMAIN.COM:443/foo/bar"_s, u"HOSTNAME.DOMAIN.COM:443/foo/bar:latest"_s);
    }

    void tagTarget()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, result);
        QFETCH(QStringList, mentions);

        const Result<Reference> r = Reference::parseTagTarget(input);
        QVERIFY2(r.has_value() == ok, qPrintable(messageOf(r)));
        if (ok)
            QCOMPARE(r->toString(), result);
        else
            verifyMessage(r.error(), mentions);
    }

    void familiarForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("familiarName");
        QTest::addColumn<QString>("familiar");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("official") << u"busybox:1"_s << u"busybox"_s << u"busybox:1"_s
                                  << u"docker.io/library/busybox:1"_s;
        QTest::newRow("official, spelled out") << u"docker.io/library/busybox"_s << u"busybox"_s << u"busybox"_s
                                               << u"docker.io/library/busybox:latest"_s;
        QTest::newRow("user") << u"docker.io/someone/app"_s << u"someone/app"_s << u"someone/app"_s
                              << u"docker.io/someone/app:latest"_s;
        QTest::newRow("nested library") << u"library/a/b"_s << u"library/a/b"_s << u"library/a/b"_s
                                        << u"docker.io/library/a/b:latest"_s;
        const QString quay = u"quay.io/org/app@"_s + e669Digest;
        QTest::newRow("other registry") << quay << u"quay.io/org/app"_s << quay << quay;
    }

    void familiarForms()
    {
        QFETCH(QString, input);
        QFETCH(QString, familiarName);
        QFETCH(QString, familiar);
        QFETCH(QString, normalized);

        const Result<Reference> r = Reference::parseNormalized(input);
        QVERIFY(r.has_value());
        QCOMPARE(r->familiarName(), familiarName);
        QCOMPARE(r->familiar(), familiar);
        QCOMPARE(r->normalized(), normalized);
        // The familiar form is what a user types back.
        const Result<Reference> back = Reference::parseNormalized(r->familiar());
        QVERIFY(back.has_value());
        QCOMPARE(*back, *r);
    }

    // Bad input never crashes, and stays explained in a message of readable size.
    void robustness_data()
    {
        QTest::addColumn<QString>("input");

        QTest::newRow("long name then junk") << QString(QString(5000, u'a') + u'!');
        QTest::newRow("long name") << QString(5000, u'a');
        QTest::newRow("many dashes") << u"a-"_s.repeated(3000);
        QTest::newRow("many dots and a slash") << QString(u"a."_s.repeated(3000) + u'/');
        QTest::newRow("many components") << QString(u"a/"_s.repeated(3000) + u'a');
        QTest::newRow("many colons") << u"a:"_s.repeated(2000);
        QTest::newRow("many at signs") << QString(100, u'@');
        QTest::newRow("open bracket and colons") << QString(u'[' + QString(5000, u':'));
        QTest::newRow("long host") << QString(u"a."_s.repeated(2000) + u"com:5000/x"_s);
        QTest::newRow("long digest") << QString(u"x@sha256:"_s + QString(5000, u'f'));
        QTest::newRow("long uppercase") << QString(QString(3000, u'A') + u"/x"_s);
        QTest::newRow("long tag") << QString(u"x:"_s + QString(5000, u'a'));
        QTest::newRow("NUL") << QString(QChar(u'\0'));
        QTest::newRow("lone high surrogate") << QString(u"ab"_s + QChar(0xD800));
        QTest::newRow("lone low surrogate") << QString(QString(QChar(0xDC00)) + u"ab"_s);
        QTest::newRow("surrogate in tag") << QString(u"ab:"_s + QChar(0xD800));
        QTest::newRow("kelvin sign") << u"\u212Aube"_s;
        QTest::newRow("dotted capital I") << u"\u0130mage"_s;
        QTest::newRow("only slashes") << u"///"_s;
        QTest::newRow("only colon") << u":"_s;
        QTest::newRow("only at") << u"@"_s;
        QTest::newRow("brackets") << u"[]/x"_s;
    }

    void robustness()
    {
        QFETCH(QString, input);

        const Result<Reference> strict = Reference::parse(input);
        const Result<Reference> normalized = Reference::parseNormalized(input);
        const Result<Reference> target = Reference::parseTagTarget(input);
        for (const Result<Reference> *r : {&strict, &normalized, &target}) {
            if (r->has_value()) {
                QVERIFY(Reference::parse((*r)->toString()).has_value());
            } else {
                QVERIFY(!r->error().userMessage.isEmpty());
                QVERIFY2(r->error().userMessage.size() < 400, qPrintable(r->error().userMessage.left(500)));
            }
        }
        // Inputs that differ from their lowercase only by case mapping are refused
        // as uppercase, like the docker CLI does (Go's simple case mapping).
        if (input == u"\u212Aube"_s || input == u"\u0130mage"_s)
            QVERIFY(!normalized && normalized.error().userMessage.contains(u"lowercase"_s));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
