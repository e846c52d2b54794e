// JsonLists::images (yyjson, straight into ImageSummary) against the QJsonDocument
// path it replaced (ImageSummary::fromJson): the same images for recorded replies and
// for odd ones, and the same kind of error for what is not an image list.
#include "jsonlists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// What Cais decoded before yyjson: QJsonDocument, then fromJson per element.
QList<ImageSummary> viaQJson(const QByteArray &body)
{
    QList<ImageSummary> out;
    const QJsonArray a = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &v : a)
        out.append(ImageSummary::fromJson(v.toObject()));
    return out;
}

/// JSON written with ' for " (moc cannot read this file with raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray recorded(const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestJsonLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("recorded, API 1.41") << recorded(u"images/images-api1.41.json"_s);
        QTest::newRow("empty list") << "[]"_ba;
        QTest::newRow("every field") << json("[{'Id':'sha256:aa','ParentId':'sha256:bb','RepoTags':['a:1','b:2'],"
            "            'RepoDigests':['a@sha256:cc'],'Created':1700000000,'Size':12345,'SharedSize':100,'Containers':2,"
            "            'Labels':{'org.x':'1','y':'é ü 中'}}]");
        QTest::newRow("missing fields: -1 for shared size and containers") << json("[{'Id':'sha256:aa'}]");
        QTest::newRow("nulls") << json("[{'Id':null,'RepoTags':null,'Labels':null,'SharedSize':null,'Containers':null}]");
        QTest::newRow("old engines' <none>") << json("[{'Id':'sha256:aa','RepoTags':['<none>:<none>'],'RepoDigests':['<none>@<none>']}]");
        QTest::newRow("Podman's bare parent")
            << (json("[{'Id':'sha256:aa','ParentId':'") + QByteArray(64, 'f') + json("'}]"));
        QTest::newRow("numbers as doubles") << json("[{'Id':'x','Created':1.7e9,'Size':2.0,'SharedSize':1.5,'Containers':-0.0}]");
        QTest::newRow("numbers out of range")
            << json("[{'Id':'x','Size':18446744073709551615,'Created':-9223372036854775808,'SharedSize':1e300}]");
        QTest::newRow("wrong types") << json("[{'Id':5,'RepoTags':['a:1',7,null,{'x':1}],'Labels':{'a':1,'b':'2'},'Size':'12'}]");
        QTest::newRow("an element that is not an object") << json("[{'Id':'a'},3,'x',null,[],{'Id':'b'}]");
        QTest::newRow("repeated key: the last wins") << json("[{'Id':'a','Id':'b','Size':1,'Size':2}]");
        QTest::newRow("unknown keys") << json("[{'Id':'a','Future':{'deep':[1,2,{'x':'y'}]},'Size':3}]");
        QTest::newRow("escapes") << json("[{'Id':'a\\u0000b\\'c\\\\\\/\\n','RepoTags':['\\ud83d\\ude00:tag']}]");
    }

    void sameAsQJson()
    {
        QFETCH(QByteArray, body);
        const auto got = JsonLists::images(body, u"not a list"_s);
        QVERIFY2(got.has_value(), qPrintable(got ? QString() : got.error().userMessage));
        const QList<ImageSummary> want = viaQJson(body);
        QCOMPARE(got->size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            const ImageSummary &a = got->at(i);
            const ImageSummary &b = want.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.parentId, b.parentId);
            QCOMPARE(a.repoTags, b.repoTags);
            QCOMPARE(a.repoDigests, b.repoDigests);
            QCOMPARE(a.created, b.created);
            QCOMPARE(a.size, b.size);
            QCOMPARE(a.sharedSize, b.sharedSize);
            QCOMPARE(a.containers, b.containers);
            QCOMPARE(a.labels, b.labels);
            QVERIFY(a == b);
        }
    }

    void recordedValues()
    {
        // The recorded list is not empty, and its fields land where they belong: a
        // decoder that dropped everything would pass sameAsQJson only with a broken
        // reference, so check a few values outright.
        const auto got = JsonLists::images(recorded(u"images/images-api1.41.json"_s), u"not a list"_s);
        QVERIFY(got.has_value());
        QVERIFY(!got->isEmpty());
        for (const ImageSummary &s : *got) {
            QVERIFY2(s.id.startsWith(u"sha256:"_s), qPrintable(s.id));
            QVERIFY(s.size > 0);
            QVERIFY(s.created > 1'000'000'000);
        }
        const auto parsed = JsonLists::images(json("[{'Id':'sha256:aa','RepoTags':['a:1','<none>:<none>'],'Size':7,'SharedSize':3,"
            "            'Labels':{'k':'v'}}]"), u"not a list"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->size(), 1);
        QCOMPARE(parsed->at(0).repoTags, QStringList{u"a:1"_s});
        QCOMPARE(parsed->at(0).size, 7);
        QCOMPARE(parsed->at(0).sharedSize, 3);
        QCOMPARE(parsed->at(0).containers, -1);
        QCOMPARE(parsed->at(0).labels.value(u"k"_s), u"v"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty body") << QByteArray() << u"cannot read"_s;
        QTest::newRow("cut in the middle") << json("[{'Id':'sha256:aa','Size':") << u"cannot read"_s;
        QTest::newRow("trailing garbage") << "[] x"_ba << u"cannot read"_s;
        QTest::newRow("invalid UTF-8") << "[{\"Id\":\"\xff\xfe\"}]"_ba << u"cannot read"_s;
        QTest::newRow("an object") << json("{'message':'page not found'}") << u"not a list"_s;
        QTest::newRow("a string") << json("'x'") << u"not a list"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const auto got = JsonLists::images(body, u"not a list"_s);
        QVERIFY(!got.has_value());
        QCOMPARE(got.error().kind, EngineError::Kind::Protocol);
        QVERIFY2(got.error().userMessage.contains(says), qPrintable(got.error().userMessage));
        // QJsonDocument refused the same bodies, or read them as something else than a list.
        QVERIFY(!QJsonDocument::fromJson(body).isArray());
    }
};

QTEST_GUILESS_MAIN(TestJsonLists)
#include "tst_jsonlists.moc"
