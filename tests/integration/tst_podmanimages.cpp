// Images on the real Podman service (the podman fixture), where Podman differs from
// Docker. A push to the fixture's plain-HTTP registry says what to set in Podman's
// registries.conf; the podman fixture's own registry, declared there, takes a push
// and gives the same image back. Builds go through the same BuildOperation as on Docker: Podman's compatible /build streams Buildah's words
// ("STEP 2/6: WORKDIR /app", "--> Using cache", the image id alone on the last line),
// and the steps, their lines, the cache, a failing RUN's line and exit code, and the
// tags must come out as they do on Docker. What the image holds is checked with
// `podman run`.
#include "buildapi.h"
#include "images/progressview.h"
#include "engine.h"
#include "pullpush.h"
#include "reference.h"
#include "buildtesthelpers.h"
#include "testengine.h"

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace BuildTest;
using TestEngine::podman;

class TestPodmanImages : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_images;

    Engine &connected() { return TestEngine::connectedPodman(m_engine); }

    BuildResult build(const BuildOptions &options, QList<BuildEvent> *events = nullptr, int timeoutMs = 180000)
    {
        return runBuild(&connected(), options, &m_images, events, timeoutMs);
    }

    static QString podmanOut(const QStringList &args)
    {
        QByteArray out;
        podman(args, &out);
        return QString::fromUtf8(out).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TestEngine::podmanHost().isEmpty())
            QFAIL("The Podman service did not start: see the podman.start test's output.");
        QVERIFY(connected().info().podman);
    }

    void cleanupTestCase()
    {
        for (const QString &i : std::as_const(m_images))
            podman({u"rmi"_s, u"-f"_s, i}, nullptr, true);
    }

    void stepsLinesTagsAndCache()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"file.txt"_s), "from the context\n"));
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"                   // 1
                          "WORKDIR /app\n"                             // 2
                          "COPY file.txt .\n"                          // 3
                          "# a comment between instructions\n"         // 4
                          "RUN cat /app/file.txt && \\\n"              // 5
                          "    echo built > /app/built.txt\n"          // 6
                          "ENV GREETING=hello\n"                       // 7
                          "CMD [\"cat\", \"/app/built.txt\"]\n"));     // 8
        const QString repo = u"localhost/"_s + unique(u"cais-test/podbuild"_s);
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {repo + u":1"_s, repo + u":latest"_s};
        o.noCache = true;
        QList<BuildEvent> events;
        const BuildResult r = build(o, &events);
        QVERIFY2(r.succeeded(), qPrintable(r.message + u" / "_s + r.engineMessage));
        QCOMPARE(lines(r), (QList<int>{1, 2, 3, 5, 7, 8}));
        using S = BuildStep::State;
        QCOMPARE(states(r), (QList<S>{S::Base, S::Built, S::Built, S::Built, S::Built, S::Built}));
        // The RUN step's output belongs to it.
        QStringList runOutput;
        for (const BuildEvent &e : std::as_const(events)) {
            if (e.type == BuildEvent::Type::Output && e.step == 3 && !e.isMeta)
                runOutput << e.text;
        }
        QCOMPARE(runOutput, QStringList{u"from the context"_s});

        // Both tags name the image the build reported, and it holds what the file made.
        const QString id = podmanOut({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, repo + u":1"_s});
        QVERIFY2(r.imageId.endsWith(id), qPrintable(r.imageId + u" / "_s + id));
        QCOMPARE(podmanOut({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, repo + u":latest"_s}), id);
        QCOMPARE(podmanOut({u"run"_s, u"--rm"_s, u"--network"_s, u"none"_s, repo + u":1"_s}), u"built"_s);

        // Again with the cache: every step after FROM is cached, and the image is the same.
        o.noCache = false;
        const BuildResult again = build(o);
        QVERIFY2(again.succeeded(), qPrintable(again.message + u" / "_s + again.engineMessage));
        QCOMPARE(states(again), (QList<S>{S::Base, S::Cached, S::Cached, S::Cached, S::Cached, S::Cached}));
        QVERIFY2(again.imageId.endsWith(id), qPrintable(again.imageId + u" / "_s + id));
    }

    void failingRunMapsToItsLine()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\n"
                          "RUN echo one \\\n"
                          "    two\n"
                          "# about to fail\n"
                          "\n"
                          "RUN echo failing now && sleep 1 && exit 3\n"
                          "RUN echo never\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        o.tags = {u"localhost/"_s + unique(u"cais-test/podfail"_s) + u":1"_s};
        QList<BuildEvent> events;
        const BuildResult r = build(o, &events);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(r.errorLine, 6);
        QCOMPARE(r.failedStep, 2);
        QCOMPARE(r.message, u"The command on line 6 failed with exit code 3."_s);
        QVERIFY(r.imageId.isEmpty());
        bool sawOutput = false;
        for (const BuildEvent &e : std::as_const(events))
            sawOutput = sawOutput || (e.type == BuildEvent::Type::Output && e.step == 2 && e.text == u"failing now"_s);
        QVERIFY(sawOutput);
        QVERIFY(!podman({u"image"_s, u"exists"_s, o.tags.first()}, nullptr, true));
    }

    void pushToAPlainHttpRegistrySaysWhatToSet()
    {
        // The fixture's registry speaks plain HTTP, which Podman refuses unless
        // registries.conf says otherwise: the message names that file and the setting.
        const QString registry = TestEngine::registry();
        QVERIFY2(!registry.isEmpty(), "the fixture started no registry");
        const QString tag = registry + u"/"_s + unique(u"cais-test/podpush"_s) + u":1"_s;
        // An image of the test's own (the seed is shared and never tagged).
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\nLABEL cais.test.push=" + tag.toUtf8() + "\n"));
        QVERIFY(podman({u"build"_s, u"-q"_s, u"-t"_s, tag, tmp.path()}));
        m_images << tag;
        const Result<Reference> ref = Reference::parseNormalized(tag);
        QVERIFY(ref);
        PushOperation push(&connected(), *ref);
        QSignalSpy finished(&push, &RegistryOperation::finished);
        push.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(push.state(), RegistryOperation::State::Failed);
        const QString said = push.error().userMessage;
        QVERIFY2(said.contains(u"registries.conf"_s) && said.contains(u"location = \""_s + registry + u"\" insecure = true"_s),
                 qPrintable(said + u" | engine: "_s + push.error().engineMessage));
        QVERIFY(!push.needsLogin());
    }

    void pushAndPullWithARegistryDeclaredInsecure()
    {
        // The fixture's own registry is listed in registries.conf with insecure = true,
        // as a user declares a local registry: Cais's push and pull go through Podman
        // like through dockerd, and the image pulled back is the one pushed.
        const QString registry = TestEngine::podmanRegistry();
        QVERIFY2(!registry.isEmpty(), "the podman fixture started no registry");
        const QString tag = registry + u"/"_s + unique(u"cais-test/podround"_s) + u":1"_s;
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s),
                          "FROM cais-test/shell:1\nRUN echo " + tag.toUtf8() + " > /pushed.txt\nCMD [\"cat\", \"/pushed.txt\"]\n"));
        QVERIFY(podman({u"build"_s, u"-q"_s, u"-t"_s, tag, tmp.path()}));
        m_images << tag;
        const QString id = podmanOut({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, tag});
        QVERIFY(!id.isEmpty());
        const Result<Reference> ref = Reference::parseNormalized(tag);
        QVERIFY(ref);

        PushOperation push(&connected(), *ref);
        QSignalSpy pushed(&push, &RegistryOperation::finished);
        // What the progress says while it runs: that Podman gives no layers.
        ProgressView view(&push);
        QStringList saidWhileRunning;
        connect(&view, &ProgressView::changed, this, [&] {
            if (push.state() == RegistryOperation::State::Running)
                saidWhileRunning << view.statusText();
        });
        push.start();
        QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 60000);
        QVERIFY2(!saidWhileRunning.isEmpty() && saidWhileRunning.constFirst().contains(u"Podman reports no progress per layer"_s),
                 qPrintable(saidWhileRunning.join(u" | "_s)));
        QVERIFY2(push.state() == RegistryOperation::State::Succeeded,
                 qPrintable(push.error().userMessage + u" | engine: "_s + push.error().engineMessage));
        QCOMPARE(push.progress().outcome(), Progress::Outcome::Pushed);
        // Podman's push stream names no layers, only the digest at the end.
        QVERIFY2(push.progress().digest().startsWith(u"sha256:"_s), qPrintable(push.progress().digest()));
        // The registry has it: its tag list names it.
        const QString repo = ref->path;
        QProcess curl;
        curl.start(u"curl"_s, {u"-fsS"_s, u"http://"_s + registry + u"/v2/"_s + repo + u"/tags/list"_s});
        QVERIFY(curl.waitForFinished(30000));
        const QByteArray tags = curl.readAllStandardOutput();
        QVERIFY2(tags.contains("\"1\""), tags.constData());

        // Gone locally, then back from the registry through Cais.
        QVERIFY(podman({u"rmi"_s, tag}));
        QVERIFY(!podman({u"image"_s, u"exists"_s, tag}, nullptr, true));
        PullOperation pull(&connected(), *ref);
        QSignalSpy pulled(&pull, &RegistryOperation::finished);
        pull.start();
        QTRY_COMPARE_WITH_TIMEOUT(pulled.size(), 1, 60000);
        QVERIFY2(pull.state() == RegistryOperation::State::Succeeded,
                 qPrintable(pull.error().userMessage + u" | engine: "_s + pull.error().engineMessage));
        // (Podman's pull stream does not end with the digest: the image's RepoDigests say it.)
        const QString repoDigests = podmanOut({u"image"_s, u"inspect"_s, u"--format"_s, u"{{json .RepoDigests}}"_s, tag});
        QVERIFY2(repoDigests.contains(push.progress().digest()), qPrintable(repoDigests + u" vs "_s + push.progress().digest()));
        QCOMPARE(podmanOut({u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, tag}), id);
        QCOMPARE(podmanOut({u"run"_s, u"--rm"_s, tag}), tag);
    }

    void buildKitIsRefusedInWords()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"Dockerfile"_s), "FROM cais-test/shell:1\n"));
        BuildOptions o;
        o.contextDir = tmp.path();
        o.builder = BuildOptions::Builder::BuildKit;
        const BuildResult r = build(o);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QVERIFY2(r.message.contains(u"Podman has no BuildKit"_s), qPrintable(r.message));
    }
};

QTEST_MAIN(TestPodmanImages)
#include "tst_podmanimages.moc"
