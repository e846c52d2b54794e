#pragma once

#include "buildapi.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

/// What a terminal shows of a line that redraws itself with carriage returns: its last
/// non-empty segment. Both builders' output goes through it.
QString lastProgressSegment(const QString &line);

/// Turns the stderr of `docker buildx build --progress=rawjson` into the same steps
/// and lines as BuildStreamParser gives for the classic builder. The CLI prints
/// pretty-printed JSON objects one after another (`vertexes`, `statuses`, `logs`,
/// `warnings`) and, when the build fails, a plain-text report ending in
/// "ERROR: ...". Each Dockerfile vertex ("[2/5] RUN ...", "[build 1/3] FROM ...")
/// becomes a step when it starts; "[internal] ..." and the export are shown as
/// engine lines. Bytes may be cut anywhere.
class BuildKitStreamParser
{
public:
    BuildKitStreamParser() = default;

    /// The Dockerfile being built and the target stage, to map steps to lines.
    void setDockerfile(const Dockerfile &dockerfile, const QString &target = {});

    /// Feeds stderr bytes; returns the events they complete.
    QList<BuildEvent> feed(const QByteArray &bytes);
    /// The end of the output: the last partial line, and unfinished steps closed.
    QList<BuildEvent> finish();

    const QList<BuildStep> &steps() const { return m_steps; }
    /// "sha256:..." from the export's "writing image" status (the iidfile is surer).
    QString imageId() const { return m_imageId; }
    bool hasFailed() const { return m_failed; }
    /// The failed vertex's error ("process ... did not complete successfully: exit
    /// code: 3"), else the CLI's "ERROR:" line without that word.
    QString errorMessage() const { return m_error; }
    /// The CLI's last "ERROR: ..." line without "ERROR: "; empty when none came.
    QString cliError() const { return m_cliError; }
    /// Index of the step that failed, -1 when none did (or the build failed before one).
    int failedStep() const { return m_failedStep; }
    /// Whether any JSON object came (false: the CLI failed before building).
    bool sawJson() const { return m_sawJson; }
    /// Plain-text lines the CLI printed (its error report, warnings).
    const QStringList &textLines() const { return m_textLines; }
    /// The line the CLI's error report points at ("Dockerfile:4"); 0 when none.
    int reportLine() const { return m_reportLine; }
    /// The failure in words for the user (BuildOperation::explainError) and its
    /// Dockerfile line: the failed step's, else the report's (a base image that
    /// cannot be resolved fails in an "[internal]" vertex, not in a step).
    QString explainFailure(int *line = nullptr) const;

    /// Links the rows of GET /images/{id}/history (newest first) of an image BuildKit
    /// made to the Dockerfile: rows with the comment "buildkit.dockerfile.v0" are one
    /// per instruction of the built stage (a FROM naming an earlier stage continues
    /// with that stage's), the rest belong to the base image. Sets the size of each
    /// step that made a layer (a FROM gets its base image's total).
    static QList<BuildLayerLink> linkHistory(const Dockerfile &dockerfile, const QString &target, QList<BuildStep> &steps,
                                             const QJsonArray &rows);

private:
    enum class Mode { LineStart, Json, Text };
    void handleObject(const QJsonObject &o, QList<BuildEvent> &out);
    void handleVertex(const QJsonObject &v, QList<BuildEvent> &out);
    void handleStatus(const QJsonObject &s, QList<BuildEvent> &out);
    void handleLog(const QJsonObject &l, QList<BuildEvent> &out);
    void handleText(const QString &line, QList<BuildEvent> &out);
    void flushLog(const QString &vertex, QList<BuildEvent> &out);
    void output(int step, const QString &line, bool isStderr, bool meta, qint64 timeMs, QList<BuildEvent> &out);
    void changed(int step, QList<BuildEvent> &out);
    int stepOfVertex(const QString &digest) const;
    int fromInstructionForVertex(const QString &text, int proposed) const;
    int currentStep() const { return int(m_steps.size()) - 1; }

    // The byte scanner: JSON objects are split by brace depth outside strings.
    QByteArray m_buffer;
    qsizetype m_scan = 0;
    Mode m_mode = Mode::LineStart;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;

    Dockerfile m_dockerfile;
    QString m_target;
    bool m_haveDockerfile = false;
    QList<BuildStep> m_steps;
    QList<bool> m_usedInstructions;
    QHash<QString, int> m_stepOfKey;     ///< "stage k" -> step index
    QHash<QString, int> m_stepOfDigest;  ///< vertex digest -> step index
    QHash<QString, QString> m_nameOfDigest;
    QHash<QString, bool> m_announced;    ///< non-step vertexes already shown as a line
    QStringList m_announcedFrom;         ///< digests of FROM steps announced, maybe never run
    QHash<QString, QByteArray> m_logRest; ///< per vertex and stream: output after the last newline
    QHash<QString, bool> m_statusDone;
    QString m_imageId;
    QStringList m_textLines;
    bool m_sawJson = false;
    bool m_failed = false;
    QString m_error;
    QString m_cliError;
    int m_failedStep = -1;
    int m_reportLine = 0;
};

namespace BuildKit {

/// Runs `docker buildx version` without blocking and calls `done` on `context`'s
/// thread with the version ("0.13.1") or, when buildx cannot be used, an empty
/// version and a sentence saying why and what to do. Never calls `done` after
/// `context` is gone.
void detect(QObject *context, std::function<void(const QString &version, const QString &error)> done);

/// The version in the output of `docker buildx version`
/// ("github.com/docker/buildx 0.13.1+ds1 0.13.1+ds1-3" -> "0.13.1"); empty if none.
QString parseVersion(const QString &output);

/// The message for a `docker` that has no buildx plugin.
QString missingMessage();

} // namespace BuildKit
