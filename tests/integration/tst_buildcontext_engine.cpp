// A build context streamed to the real engine: the image must hold exactly the
// files the .dockerignore rules let through, as with `docker build`.
#include "buildcontext.h"
#include "engine.h"
#include "streamdecoders.h"
#include "testengine.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestBuildContextEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;

    Engine &connected() { return TestEngine::connected(m_engine, false); }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
    }

    void buildSeesOnlyIncludedFiles_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<QStringList>("expected"); // `find /ctx`, sorted
        QTest::addColumn<QString>("keptFile");
        QTest::addColumn<QByteArray>("keptContent");

        // .dockerignore and the Dockerfile are listed in .dockerignore: they are
        // sent anyway (the engine needs them) and the engine leaves them out.
        QTest::newRow("Dockerfile inside, exceptions")
            << u"inside"_s
            << QStringList{u"/ctx"_s, u"/ctx/README.md"_s, u"/ctx/app"_s, u"/ctx/app/build"_s, u"/ctx/app/build/keep.txt"_s,
                           u"/ctx/app/main.c"_s, u"/ctx/docs"_s, u"/ctx/docs/api"_s, u"/ctx/docs/api/index.md"_s, u"/ctx/empty"_s,
                           u"/ctx/link"_s, u"/ctx/sub"_s, u"/ctx/sub/"_s + QString(120, u'n') + u".txt"_s, u"/ctx/sub/node_modules"_s,
                           u"/ctx/sub/node_modules/y.js"_s, u"/ctx/ünïcødé.txt"_s}
            << u"/ctx/app/build/keep.txt"_s << QByteArray("kept\n");
        // The Dockerfile travels under a generated name that the engine drops;
        // .dockerignore stays because its rules do not exclude it.
        QTest::newRow("Dockerfile outside") << u"outside"_s
                                            << QStringList{u"/ctx"_s, u"/ctx/.dockerignore"_s, u"/ctx/keep.log"_s, u"/ctx/x.txt"_s}
                                            << u"/ctx/keep.log"_s << QByteArray("keep this\n");
    }

    void buildSeesOnlyIncludedFiles()
    {
        QFETCH(QString, layout);
        QFETCH(QStringList, expected);
        QFETCH(QString, keptFile);
        QFETCH(QByteArray, keptContent);

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ctx = tmp.path() + u"/ctx"_s;
        const QByteArray dockerfileText = "FROM cais-test/shell:1\nCOPY . /ctx\n";
        BuildContextOptions options{ctx, {}, {}};
        if (layout == u"inside"_s) {
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s,
                              "# what the image must not see\n"
                              ".dockerignore\n"
                              "Dockerfile\n"
                              "**/build\n"
                              "!app/build/keep.txt\n"
                              "docs\n"
                              "!docs/api\n"
                              "*.log\n"
                              "/node_modules\n"));
            QVERIFY(writeFile(ctx + u"/Dockerfile"_s, dockerfileText));
            QVERIFY(writeFile(ctx + u"/README.md"_s, "readme\n"));
            QVERIFY(writeFile(ctx + u"/app/main.c"_s, "int main(void){return 0;}\n"));
            QVERIFY(writeFile(ctx + u"/app/build/out.o"_s, "obj"));
            QVERIFY(writeFile(ctx + u"/app/build/keep.txt"_s, "kept\n"));
            QVERIFY(writeFile(ctx + u"/docs/guide.md"_s, "guide"));
            QVERIFY(writeFile(ctx + u"/docs/api/index.md"_s, "api"));
            QVERIFY(writeFile(ctx + u"/a.log"_s, "log"));
            QVERIFY(writeFile(ctx + u"/node_modules/x.js"_s, "x"));
            QVERIFY(writeFile(ctx + u"/sub/node_modules/y.js"_s, "y"));
            QVERIFY(QDir().mkpath(ctx + u"/empty"_s));
            // names that need pax headers: non-ASCII, and longer than ustar's 100 bytes
            QVERIFY(writeFile(ctx + u"/ünïcødé.txt"_s, "u"));
            QVERIFY(writeFile(ctx + u"/sub/"_s + QString(120, u'n') + u".txt"_s, "long"));
            QCOMPARE(::symlink("README.md", QFile::encodeName(ctx + u"/link"_s).constData()), 0);
        } else {
            QVERIFY(writeFile(ctx + u"/.dockerignore"_s, "*.log\n!keep.log\n"));
            QVERIFY(writeFile(ctx + u"/a.log"_s, "noise"));
            QVERIFY(writeFile(ctx + u"/keep.log"_s, "keep this\n"));
            QVERIFY(writeFile(ctx + u"/x.txt"_s, "x"));
            options.dockerfile = tmp.path() + u"/other/Dockerfile.ci"_s;
            QVERIFY(writeFile(options.dockerfile, dockerfileText));
        }

        const Result<BuildContextPlan> plan = TestEngine::await(BuildContext::scanAsync(options));
        QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().userMessage));

        Engine &engine = connected();
        const QString tag = u"cais-test/ctx-%1:%2"_s.arg(layout).arg(QCoreApplication::applicationPid());
        QUrlQuery q;
        q.addQueryItem(u"t"_s, tag);
        q.addQueryItem(u"dockerfile"_s, plan->dockerfileName);
        q.addQueryItem(u"version"_s, u"1"_s);
        q.addQueryItem(u"rm"_s, u"1"_s);

        auto stream = std::make_unique<BuildContextStream>(*plan);
        QVERIFY(stream->open(QIODevice::ReadOnly));
        HttpRequest req;
        req.method = "POST";
        req.target = engine.target(u"/build"_s, q);
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-tar")});
        req.bodyDevice = stream.get();
        req.stream = true;
        // The reply deletes itself once done: keep what is needed from it.
        Reply *reply = engine.send(req);
        QByteArray body;
        int status = 0;
        bool done = false;
        EngineError error;
        connect(reply, &Reply::dataReceived, this, [&body](const QByteArray &chunk) { body += chunk; });
        connect(reply, &Reply::finished, this, [&, reply] {
            status = reply->status();
            done = true;
        });
        connect(reply, &Reply::failed, this, [&](const EngineError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
        QVERIFY2(error.kind == EngineError::Kind::None, qPrintable(error.fullText()));
        QCOMPARE(status, 200);
        QVERIFY(stream->atEnd());
        QVERIFY(!stream->hasFailed());

        // The build stream reports failures in-band.
        JsonLinesDecoder decoder;
        QList<JsonLinesDecoder::Item> items = decoder.feed(body);
        items += decoder.finish();
        QString imageId;
        for (const JsonLinesDecoder::Item &item : std::as_const(items)) {
            QVERIFY2(!item.object.contains(u"errorDetail"_s) && !item.object.contains(u"error"_s), item.raw.constData());
            const QString aux = item.object.value(u"aux"_s).toObject().value(u"ID"_s).toString();
            if (!aux.isEmpty())
                imageId = aux;
        }
        QVERIFY2(imageId.startsWith(u"sha256:"_s), body.constData());

        QByteArray out;
        out = TestEngine::runImage({tag, u"find"_s, u"/ctx"_s});
        QStringList found;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                found.append(QString::fromUtf8(line.trimmed()));
        found.sort();
        QCOMPARE(found, expected);

        out = TestEngine::runImage({tag, u"cat"_s, keptFile});
        QCOMPARE(out, keptContent);
        if (layout == u"inside"_s) {
            out = TestEngine::runImage({tag, u"readlink"_s, u"/ctx/link"_s});
            QCOMPARE(out.trimmed(), QByteArray("README.md"));
        }
        TestEngine::docker({u"rmi"_s, u"-f"_s, tag});
    }
};

QTEST_MAIN(TestBuildContextEngine)
#include "tst_buildcontext_engine.moc"
