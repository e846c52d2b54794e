#pragma once

// What the build tests share: files for build contexts, names no other test run
// uses, and the parts of a BuildResult the tests compare.

#include "buildapi.h"
#include "testengine.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace BuildTest {

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// "base-<pid>-<n>": tests of several programs build on one engine at once.
inline QString unique(const QString &base)
{
    static int n = 0;
    return QStringLiteral("%1-%2-%3").arg(base).arg(QCoreApplication::applicationPid()).arg(++n);
}

inline QList<BuildStep::State> states(const BuildResult &r)
{
    QList<BuildStep::State> out;
    for (const BuildStep &s : r.steps)
        out << s.state;
    return out;
}

inline QList<int> lines(const BuildResult &r)
{
    QList<int> out;
    for (const BuildStep &s : r.steps)
        out << s.line;
    return out;
}

/// Runs a build on `engine` to its end (the test fails after `timeoutMs`, or if
/// finished() does not come exactly once); its events are appended to `events`.
/// The tags and the image made are added to `made`, for the test's cleanup; a
/// failure prints the engine's own words (a flake once said only "failed at line 2").
inline BuildResult runBuild(Engine *engine, const BuildOptions &options, QStringList *made, QList<BuildEvent> *events = nullptr,
                            int timeoutMs = 120000)
{
    BuildOperation op(engine, options);
    BuildResult result;
    int finishedCount = 0;
    QObject::connect(&op, &BuildOperation::events, &op, [events](const QList<BuildEvent> &e) {
        if (events)
            events->append(e);
    });
    QObject::connect(&op, &BuildOperation::finished, &op, [&](const BuildResult &r) {
        result = r;
        ++finishedCount;
    });
    op.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(finishedCount > 0, timeoutMs); }();
    QTest::qWait(50);
    if (finishedCount != 1)
        QTest::qFail("finished() must come exactly once", __FILE__, __LINE__);
    if (made) {
        *made << options.tags;
        if (result.succeeded())
            *made << result.imageId;
    }
    if (!result.succeeded())
        qInfo().noquote() << "build of" << options.tags.join(QStringLiteral(", ")) << "ended:" << result.message << "| engine:" << result.engineMessage;
    return result;
}

/// A recorded file of tests/data/<folder>/ (the test stops when it is missing).
inline QByteArray readTestData(const QString &folder, const QString &name)
{
    QFile f(QStringLiteral(CAIS_TEST_DATA_DIR "/") + folder + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s/%s", qPrintable(folder), qPrintable(name));
    return f.readAll();
}

/// A step's state in the words the tests' expected tables use.
inline QString stateName(BuildStep::State s)
{
    switch (s) {
    case BuildStep::State::Running: return QStringLiteral("running");
    case BuildStep::State::Cached: return QStringLiteral("cached");
    case BuildStep::State::Built: return QStringLiteral("built");
    case BuildStep::State::Base: return QStringLiteral("base");
    case BuildStep::State::Done: return QStringLiteral("done");
    case BuildStep::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

/// What the docker CLI printed on stdout (empty when it failed).
inline QByteArray dockerOut(const QStringList &args)
{
    QByteArray out;
    TestEngine::docker(args, &out);
    return out;
}

} // namespace BuildTest
