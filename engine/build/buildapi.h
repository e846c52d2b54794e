#pragma once

#include "buildcontext.h"
#include "dockerfile.h"
#include "engineerror.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class BuildKitStreamParser;
class Engine;
class QProcess;
class QTemporaryDir;
class Reply;

/// One "Step N/M" of a build, as the engine announced it and as it ended.
struct BuildStep
{
    enum class State {
        Running,
        Cached, ///< the engine reused a layer from its cache ("Using cache")
        Built,  ///< the engine ran the instruction and made a new layer
        Base,   ///< a FROM: the base image
        Done,   ///< finished without a layer (an ARG before the first FROM)
        Failed,
    };

    int number = 0;     ///< as printed, 1-based; 0 for output before the first step
    int total = 0;
    int stage = 0;      ///< Podman's "[stage/stages]" prefix, or BuildKit's "[name k/n]" stage, 1-based; 0 when absent
    int stageCount = 0;
    QString text;       ///< the instruction as the engine printed it: "RUN exit 3"
    int instruction = -1; ///< index in the Dockerfile's instructions; -1 when not in the file
    int line = 0;       ///< the Dockerfile line of that instruction; 0 when unknown
    State state = State::Running;
    QString layerId;    ///< the image id after the step, as printed (12 hex digits for Docker)
    qint64 startedMs = 0;  ///< ms since the epoch
    qint64 finishedMs = 0; ///< 0 while running
    qint64 size = -1;   ///< bytes the step's layer adds (from the image history); -1 unknown
    qint64 outputLines = 0;

    /// Ended (a cached step is Cached as soon as the engine says so, and ends with its id).
    bool isFinished() const { return finishedMs > 0; }
    /// Milliseconds from start to end (to `nowMs` while running).
    qint64 durationMs(qint64 nowMs = 0) const;
    /// The first word of text, upper case ("RUN").
    QString keyword() const;
};

/// What the build stream said, in order. Output lines are the bulk; steps come with
/// a snapshot of their state whenever it changes.
struct BuildEvent
{
    enum class Type {
        StepStarted, ///< `step` is the new step's index; `info` its state
        StepChanged, ///< cached, layer id, finished...: `info` is the new state
        Output,      ///< a line of output of step `step` (-1: before the first step)
        Error,       ///< the build failed: `text` is the engine's message
        ImageId,     ///< `text` = "sha256:..."
        Tagged,      ///< `text` = the tag
    };
    Type type = Type::Output;
    int step = -1;        ///< index into the steps (0-based), -1 before the first
    QString text;         ///< the line as printed (escape sequences removed)
    bool isStderr = false;
    bool isMeta = false;  ///< an engine line (" ---> Running in ...") rather than the program's output
    qint64 timeMs = 0;
    BuildStep info;       ///< StepStarted / StepChanged only
};

/// Turns the body of `POST /build` (JSON lines: `stream`, `aux`, `errorDetail`) into
/// steps and lines. Understands the classic Docker builder (`Step 3/7 : RUN ...`,
/// ` ---> Using cache`, ` ---> Running in <id>`, ` ---> <id>`) and Podman's
/// (`[1/2] STEP 3/7: ...`, `--> Using cache <id>`, `--> <id>`). Given the Dockerfile,
/// maps each step to its instruction and line. Bytes may be cut anywhere.
class BuildStreamParser
{
public:
    using Clock = std::function<qint64()>;

    /// `clock` gives ms since the epoch (tests drive it); default: the system clock.
    explicit BuildStreamParser(Clock clock = {});

    /// The Dockerfile being built and the target stage, to map steps to lines.
    void setDockerfile(const Dockerfile &dockerfile, const QString &target = {});

    /// Feeds body bytes; returns the events they complete.
    QList<BuildEvent> feed(const QByteArray &bytes);
    /// The end of the body: the last partial line, and the last step closed.
    QList<BuildEvent> finish();

    const QList<BuildStep> &steps() const { return m_steps; }
    QString imageId() const { return m_imageId; }
    QStringList tags() const { return m_tags; }
    bool hasFailed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    int errorCode() const { return m_errorCode; }
    /// Index of the step that failed, -1 when none did (or it failed before any).
    int failedStep() const { return m_failedStep; }
    bool isPodmanFormat() const { return m_podman; }

    /// `{"stream":"..."}` decoded without a JSON document: false for any other shape.
    static bool decodeStreamLine(QByteArrayView line, QString &text);

private:
    void handleRawLine(QByteArrayView line, QList<BuildEvent> &out);
    void handleObject(const QJsonObject &o, QList<BuildEvent> &out);
    void handleText(const QString &text, QList<BuildEvent> &out);
    void handleLine(QString line, bool isStderr, QList<BuildEvent> &out);
    void startStep(BuildStep step, const QString &line, QList<BuildEvent> &out);
    void finishCurrent(BuildStep::State state, QList<BuildEvent> &out, const QString &line = {}, bool meta = true);
    BuildEvent stepEvent(BuildEvent::Type type, const QString &line, bool meta) const;
    void output(const QString &line, bool isStderr, bool meta, QList<BuildEvent> &out);
    void mapStep(BuildStep &step) const;
    qint64 now() const { return m_clock(); }

    Clock m_clock;
    QByteArray m_buffer; ///< body bytes after the last newline
    QString m_pending;   ///< stream text after the last newline
    bool m_stderr = false; ///< inside ESC[91m ... ESC[0m (the classic builder's stderr)
    QList<BuildStep> m_steps;
    QList<bool> m_usedInstructions;
    Dockerfile m_dockerfile;
    QString m_target;
    bool m_haveDockerfile = false;
    bool m_podman = false;
    QString m_imageId;
    QStringList m_tags;
    bool m_failed = false;
    QString m_error;
    int m_errorCode = 0;
    int m_failedStep = -1;
};

/// What to build; the options of `docker build`.
struct BuildOptions
{
    QString contextDir;
    /// The Dockerfile: absolute, or relative to contextDir; empty = "Dockerfile" in the context.
    QString dockerfile;
    QStringList tags;
    QList<QPair<QString, QString>> buildArgs;
    QList<QPair<QString, QString>> labels;
    QString target;
    bool noCache = false;
    bool pull = false;
    bool removeIntermediate = true; ///< `rm` (classic builder only)

    enum class Builder {
        Classic,  ///< POST /build?version=1 (Docker and Podman)
        BuildKit, ///< `docker buildx build --progress=rawjson` (Docker with the buildx plugin)
    };
    Builder builder = Builder::Classic;
    /// The network of RUN steps (`--network`): empty = the engine's default, "none", "host".
    QString network;
};

/// A history row of the built image linked back to the Dockerfile.
struct BuildLayerLink
{
    int historyRow = -1;   ///< row of GET /images/{id}/history (0 = newest)
    QString historyId;     ///< its Id ("sha256:..." or "<missing>")
    int step = -1;         ///< index into BuildResult::steps, -1 for rows of the base image
    int line = 0;          ///< Dockerfile line; for base-image rows, the FROM line
    QString instruction;   ///< the step text
    qint64 size = 0;
    bool fromBaseImage = false;
};

/// How a build ended.
struct BuildResult
{
    enum class Outcome { Succeeded, Failed, Canceled };
    Outcome outcome = Outcome::Failed;
    QString imageId;        ///< "sha256:..." on success
    QStringList tags;
    QList<BuildStep> steps;
    QString message;        ///< for the user: what went wrong and what to do
    QString engineMessage;  ///< the engine's own words
    int errorLine = 0;      ///< the Dockerfile line the failure comes from; 0 when unknown
    int failedStep = -1;
    QString dockerfilePath; ///< absolute path of the Dockerfile that was built
    QString target;
    qint64 contextFiles = 0;
    qint64 contextBytes = 0;
    qint64 elapsedMs = 0;
    QList<BuildLayerLink> layers; ///< the final image's history rows, linked to lines

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};
Q_DECLARE_METATYPE(BuildResult)

/// One image build with the classic builder (`POST /build?version=1`, which Docker
/// and Podman both accept): scans the context off the GUI thread (the .dockerignore
/// rules of the CLI), streams it as a tar while the engine reads it, decodes the
/// output into steps, and after success reads the image history for layer sizes.
/// Ends with exactly one finished(). Deletes nothing by itself.
///
/// With BuildOptions::Builder::BuildKit it runs `docker buildx build
/// --progress=rawjson` against the same engine instead (buildx reads the context
/// itself); its output becomes the same steps and events (BuildKitStreamParser).
class BuildOperation : public QObject
{
    Q_OBJECT
public:
    BuildOperation(Engine *engine, BuildOptions options, QObject *parent = nullptr);
    ~BuildOperation() override;

    /// Errors in the options that need no engine (empty context, invalid tags...).
    /// `podman`: the engine is Podman, which has no BuildKit.
    static Result<Done> validate(const BuildOptions &options, bool podman = false);
    /// The error message for the user, and the Dockerfile line, for an engine message
    /// that ended a build at `step` (null when it failed before any step).
    static QString explainError(const QString &engineMessage, const BuildStep *step, int *line = nullptr);
    /// Matches the rows of GET /images/{id}/history (newest first) to the steps: sets the
    /// size of each matched step (a FROM gets its base image's total) and returns the rows
    /// linked to Dockerfile lines. `byId`: row ids name the step images (Docker's classic
    /// builder); otherwise, or when no id matches, rows are matched by order (Podman).
    static QList<BuildLayerLink> linkHistory(const Dockerfile &dockerfile, const QString &target, QList<BuildStep> &steps,
                                             const QJsonArray &rows, bool byId);

    const BuildOptions &options() const { return m_options; }
    /// Starts: scan, send, stream. Call once.
    void start();
    /// Stops the scan or the request; ends with finished(Canceled).
    void cancel();
    bool isRunning() const { return m_running; }
    /// The Dockerfile as read when the build started (empty before contextReady()).
    const Dockerfile &dockerfile() const { return m_dockerfile; }
    const QList<BuildStep> &steps() const;
    /// Tar bytes sent so far, and the context's size (when known).
    qint64 bytesSent() const;
    /// The parser's clock (tests); set before start().
    void setClock(BuildStreamParser::Clock clock);

Q_SIGNALS:
    /// The context was scanned: what will be sent.
    void contextReady(qint64 files, qint64 bytes);
    /// Decoded output, a batch per chunk received.
    void events(const QList<BuildEvent> &events);
    void finished(const BuildResult &result);

private:
    struct Prepared;
    void onPrepared(const std::shared_ptr<Prepared> &prepared);
    void send();
    void onReplyFinished();
    void onReplyFailed(const EngineError &error);
    void fetchHistory();
    void finish(BuildResult::Outcome outcome, const QString &message = {}, const QString &engineMessage = {}, int line = 0);
    void emitEvents(QList<BuildEvent> batch);
    void startBuildKit();
    void onBuildKitFinished(int exitCode, bool crashed);
    void fetchBuildKitHistory();

    QPointer<Engine> m_engine;
    BuildOptions m_options;
    BuildContextPlan m_plan;
    Dockerfile m_dockerfile;
    QString m_dockerfilePath;
    BuildStreamParser m_parser;
    std::unique_ptr<BuildContextStream> m_stream;
    QPointer<Reply> m_reply;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QList<QPointer<Reply>> m_historyReplies;
    QElapsedTimer m_elapsed;
    BuildResult m_result;
    bool m_running = false;
    bool m_done = false;
    bool m_canceled = false;
    // BuildKit
    std::unique_ptr<BuildKitStreamParser> m_kit;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_iidDir;
    QString m_kitImageId;
};
