#pragma once

#include "buildapi.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <QTimer>

#include <functional>

/// The whole output of a build, one line per row, bounded (the oldest lines go
/// once the limit is reached) and searchable. Rows are appended in batches and
/// dropped from the front; the model is never reset.
class BuildLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StepRole = Qt::UserRole + 1, ///< index of the step the line belongs to, -1 before the first
        IsStderrRole,
        IsMetaRole,
    };

    struct Line
    {
        QString text;
        int step = -1;
        bool isStderr = false;
        bool isMeta = false;
    };

    explicit BuildLogModel(QObject *parent = nullptr);

    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }
    void append(const QList<Line> &lines);
    /// Removes every row (as a removal, not a reset).
    void clear();
    /// Lines that fell out of the buffer since the last clear().
    qint64 droppedLines() const { return m_dropped; }
    const Line &line(int row) const { return m_lines.at(row); }
    /// Row of the next line containing `text` after `from` (before it when backwards),
    /// wrapping around; -1 when no line has it.
    int find(const QString &text, int from, bool backwards = false, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    /// Every line kept, joined with newlines.
    QString text() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
    int m_maxLines = 300'000;
    qint64 m_dropped = 0;
};

/// A build's output as a tree: one row per step ("Step 3/7: RUN make", its state,
/// duration and layer size), and below each step the lines it printed. Fed with the
/// BuildOperation's events, which are queued and merged on a short timer, so that a
/// step printing thousands of lines a second costs a few insertions per flush. Only
/// the last maxLinesPerStep() lines of a step are rows, under a "N lines hidden" row;
/// every line stays in rawLog(). Never reset: a new build removes the old rows.
class BuildStepsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, DurationColumn, SizeColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< int(BuildStep::State); steps only
        DurationRole,                 ///< qint64 ms
        LineRole,                     ///< Dockerfile line, 0 unknown
        LayerIdRole,
        SizeRole,                     ///< qint64 bytes, -1 unknown
        IsStepRole,                   ///< true for step rows
        IsStderrRole,
        IsMetaRole,
        IsHiddenLinesRole,            ///< the "N lines hidden" row
        StepIndexRole,                ///< the step's index (-1 for the rows before the first step)
    };

    explicit BuildStepsModel(QObject *parent = nullptr);

    void setMaxLinesPerStep(int lines);
    int maxLinesPerStep() const { return m_maxLines; }
    /// How long events wait to be merged (default 30 ms); 0 merges at the next event loop pass.
    void setFlushInterval(int ms);
    /// The clock for running steps' durations (tests); default the system clock.
    void setClock(std::function<qint64()> clock);

    /// Queues events (in order); they become rows at the next flush.
    void append(const QList<BuildEvent> &events);
    /// Merges everything queued now.
    void flush();
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// Final states and layer sizes after the build.
    void applyResult(const BuildResult &result);
    /// Removes every row, for a new build.
    void clear();

    int stepCount() const { return int(m_steps.size()) - (m_hasPreamble ? 1 : 0); }
    const BuildStep &step(int index) const { return m_steps.at(rowOfStep(index)).info; }
    /// Output lines of a step received so far (shown or hidden); -1: before the first step.
    qint64 linesOfStep(int index) const { return m_steps.at(rowOfStep(index)).total; }
    qint64 hiddenLinesOfStep(int index) const { return m_steps.at(rowOfStep(index)).hidden; }
    /// The row of a step (a step index, -1 for the lines before the first step).
    QModelIndex indexOfStep(int step, int column = 0) const;
    /// The failed step's index, -1 when none failed.
    int failedStep() const { return m_failedStep; }
    QString errorMessage() const { return m_error; }
    BuildLogModel *rawLog() const { return m_raw; }

    /// "1.2 s", "2 min 5 s".
    static QString formatDuration(qint64 ms);
    static QString stateText(BuildStep::State state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// After a flush that changed rows; `newSteps` steps were added by it.
    void flushed(int newSteps);

private:
    struct OutputLine
    {
        QString text;
        bool isStderr = false;
        bool isMeta = false;
    };
    struct StepRow
    {
        BuildStep info;
        QList<OutputLine> lines; ///< the shown tail
        qint64 hidden = 0;
        qint64 total = 0;
        bool preamble = false;
    };

    int rowOfStep(int step) const { return step < 0 ? 0 : step + (m_hasPreamble ? 1 : 0); }
    int stepOfRow(int row) const { return m_hasPreamble ? row - 1 : row; }
    void ensurePreamble();
    void appendLines(int row, QList<OutputLine> &lines);
    void tick();

    QList<StepRow> m_steps; ///< rows: the preamble (if any) first, then the steps
    bool m_hasPreamble = false;
    QList<BuildEvent> m_pending;
    QTimer m_flushTimer;
    QTimer m_tick;
    int m_maxLines = 500;
    int m_failedStep = -1;
    QString m_error;
    std::function<qint64()> m_clock;
    BuildLogModel *m_raw;
};
