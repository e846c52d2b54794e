#include "buildstepsmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace {

/// How a line of build output looks, in the raw log and under its step alike:
/// error output in red, the builder's own lines ("---> Running in") greyed.
QVariant outputForeground(bool isStderr, bool isMeta)
{
    if (isStderr)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (isMeta)
        return QBrush(QColor(0x80, 0x80, 0x80));
    return {};
}

} // namespace

// ---------------------------------------------------------------------------
// BuildLogModel

BuildLogModel::BuildLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void BuildLogModel::setMaxLines(int lines)
{
    m_maxLines = std::max(1, lines);
    if (m_lines.size() > m_maxLines) {
        const int drop = int(m_lines.size()) - m_maxLines;
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        m_dropped += drop;
        endRemoveRows();
    }
}

void BuildLogModel::append(const QList<Line> &lines)
{
    if (lines.isEmpty())
        return;
    qsizetype first = 0;
    if (lines.size() > m_maxLines) {
        first = lines.size() - m_maxLines;
        m_dropped += first;
    }
    const qsizetype incoming = lines.size() - first;
    const qsizetype overflow = m_lines.size() + incoming - m_maxLines;
    if (overflow > 0) {
        const int drop = int(std::min<qsizetype>(overflow, m_lines.size()));
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        m_dropped += drop;
        endRemoveRows();
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row + int(incoming) - 1);
    m_lines.append(lines.mid(first));
    endInsertRows();
}

void BuildLogModel::clear()
{
    m_dropped = 0;
    if (m_lines.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_lines.size()) - 1);
    m_lines.clear();
    endRemoveRows();
}

int BuildLogModel::find(const QString &text, int from, bool backwards, Qt::CaseSensitivity cs) const
{
    const int n = int(m_lines.size());
    if (text.isEmpty() || n == 0)
        return -1;
    for (int k = 1; k <= n; ++k) {
        int row = backwards ? from - k : from + k;
        row = ((row % n) + n) % n;
        if (m_lines.at(row).text.contains(text, cs))
            return row;
    }
    return -1;
}

QString BuildLogModel::text() const
{
    QString out;
    for (const Line &l : m_lines) {
        out += l.text;
        out += QLatin1Char('\n');
    }
    return out;
}

int BuildLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant BuildLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return l.text;
    case Qt::ForegroundRole: return outputForeground(l.isStderr, l.isMeta);
    case StepRole: return l.step;
    case IsStderrRole: return l.isStderr;
    case IsMetaRole: return l.isMeta;
    }
    return {};
}

// ---------------------------------------------------------------------------
// BuildStepsModel

BuildStepsModel::BuildStepsModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_raw(new BuildLogModel(this))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(30);
    connect(&m_flushTimer, &QTimer::timeout, this, &BuildStepsModel::flush);
    // A running step's duration keeps counting while shown.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BuildStepsModel::tick);
}

void BuildStepsModel::setMaxLinesPerStep(int lines)
{
    m_maxLines = std::max(1, lines);
}

void BuildStepsModel::setFlushInterval(int ms)
{
    m_flushTimer.setInterval(std::max(0, ms));
}

void BuildStepsModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void BuildStepsModel::append(const QList<BuildEvent> &events)
{
    if (events.isEmpty())
        return;
    m_pending.append(events);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BuildStepsModel::ensurePreamble()
{
    if (m_hasPreamble)
        return;
    // Lines before the first step only come before any step exists.
    beginInsertRows({}, 0, 0);
    StepRow row;
    row.preamble = true;
    row.info.state = BuildStep::State::Done;
    m_steps.prepend(row);
    m_hasPreamble = true;
    endInsertRows();
}

void BuildStepsModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<BuildEvent> events = std::exchange(m_pending, {});

    QList<BuildLogModel::Line> raw;
    raw.reserve(events.size());
    // Lines per row, applied after the rows exist; in row order.
    QMap<int, QList<OutputLine>> lines;
    int lastRow = -2;
    QList<OutputLine> *lastLines = nullptr;
    int newSteps = 0;

    for (const BuildEvent &e : events) {
        switch (e.type) {
        case BuildEvent::Type::StepStarted: {
            const int row = int(m_steps.size());
            beginInsertRows({}, row, row);
            StepRow s;
            s.info = e.info;
            m_steps.append(s);
            endInsertRows();
            ++newSteps;
            if (!e.text.isEmpty())
                raw.append({e.text, e.step, false, true});
            if (!m_tick.isActive())
                m_tick.start();
            break;
        }
        case BuildEvent::Type::StepChanged: {
            const int row = rowOfStep(e.step);
            if (e.step < 0 || row >= m_steps.size())
                break;
            const qint64 size = m_steps[row].info.size;
            m_steps[row].info = e.info;
            if (e.info.size < 0)
                m_steps[row].info.size = size;
            if (e.info.state == BuildStep::State::Failed)
                m_failedStep = e.step;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            if (!e.text.isEmpty())
                raw.append({e.text, e.step, false, true});
            break;
        }
        case BuildEvent::Type::Output:
        case BuildEvent::Type::Error: {
            if (e.step < 0)
                ensurePreamble();
            if (e.type == BuildEvent::Type::Error)
                m_error = e.text;
            const int row = rowOfStep(e.step);
            if (row != lastRow) {
                lastRow = row;
                lastLines = &lines[row];
            }
            lastLines->append({e.text, e.isStderr, e.isMeta});
            raw.append({e.text, e.step, e.isStderr, e.isMeta});
            break;
        }
        case BuildEvent::Type::ImageId:
        case BuildEvent::Type::Tagged:
            break;
        }
    }
    for (auto it = lines.begin(); it != lines.end(); ++it)
        appendLines(it.key(), it.value());
    m_raw->append(raw);

    bool running = false;
    for (const StepRow &s : std::as_const(m_steps))
        running = running || (!s.preamble && !s.info.isFinished());
    if (!running)
        m_tick.stop();
    Q_EMIT flushed(newSteps);
}

void BuildStepsModel::appendLines(int row, QList<OutputLine> &lines)
{
    if (row < 0 || row >= m_steps.size() || lines.isEmpty())
        return;
    StepRow &s = m_steps[row];
    const QModelIndex parent = index(row, 0);
    const qsizetype n = lines.size();
    s.total += n;
    int offset = s.hidden > 0 ? 1 : 0;
    const qsizetype keepNew = std::min<qsizetype>(n, m_maxLines);
    const qsizetype skipNew = n - keepNew;
    const qsizetype overflow = s.lines.size() + keepNew - m_maxLines;
    const qsizetype drop = std::clamp<qsizetype>(overflow, 0, s.lines.size());
    if (drop > 0) {
        beginRemoveRows(parent, offset, offset + int(drop) - 1);
        s.lines.remove(0, drop);
        endRemoveRows();
    }
    const qsizetype addHidden = drop + skipNew;
    if (addHidden > 0) {
        if (s.hidden == 0) {
            beginInsertRows(parent, 0, 0);
            s.hidden = addHidden;
            endInsertRows();
            offset = 1;
        } else {
            s.hidden += addHidden;
            const QModelIndex hiddenRow = index(0, 0, parent);
            Q_EMIT dataChanged(hiddenRow, hiddenRow);
        }
    }
    if (keepNew > 0) {
        const int first = offset + int(s.lines.size());
        beginInsertRows(parent, first, first + int(keepNew) - 1);
        s.lines.append(lines.mid(n - keepNew));
        endInsertRows();
    }
}

void BuildStepsModel::tick()
{
    for (int row = 0; row < m_steps.size(); ++row) {
        const StepRow &s = m_steps.at(row);
        if (!s.preamble && !s.info.isFinished()) {
            const QModelIndex i = index(row, DurationColumn);
            Q_EMIT dataChanged(i, i, {Qt::DisplayRole, DurationRole});
        }
    }
}

void BuildStepsModel::applyResult(const BuildResult &result)
{
    flush();
    for (qsizetype i = 0; i < result.steps.size() && i < stepCount(); ++i) {
        const int row = rowOfStep(int(i));
        BuildStep &info = m_steps[row].info;
        const BuildStep &done = result.steps.at(i);
        bool changed = info.size != done.size || info.state != done.state || info.finishedMs != done.finishedMs;
        info.size = done.size;
        info.state = done.state;
        if (done.finishedMs > 0)
            info.finishedMs = done.finishedMs;
        if (result.outcome != BuildResult::Outcome::Succeeded && !info.isFinished()) {
            // A canceled build leaves its last step unfinished.
            info.state = BuildStep::State::Failed;
            info.finishedMs = m_clock();
            changed = true;
        }
        if (changed)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (result.outcome == BuildResult::Outcome::Failed && m_failedStep < 0 && result.failedStep >= 0)
        m_failedStep = result.failedStep;
    m_tick.stop();
}

void BuildStepsModel::clear()
{
    m_pending.clear();
    m_flushTimer.stop();
    m_tick.stop();
    m_failedStep = -1;
    m_error.clear();
    if (!m_steps.isEmpty()) {
        beginRemoveRows({}, 0, int(m_steps.size()) - 1);
        m_steps.clear();
        m_hasPreamble = false;
        endRemoveRows();
    }
    m_raw->clear();
}

QModelIndex BuildStepsModel::indexOfStep(int step, int column) const
{
    if (step < 0 && !m_hasPreamble)
        return {};
    const int row = rowOfStep(step);
    if (row < 0 || row >= m_steps.size())
        return {};
    return index(row, column);
}

QString BuildStepsModel::formatDuration(qint64 ms)
{
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString BuildStepsModel::stateText(BuildStep::State state)
{
    switch (state) {
    case BuildStep::State::Running: return tr("Running");
    case BuildStep::State::Cached: return tr("Cached");
    case BuildStep::State::Built: return tr("Rebuilt");
    case BuildStep::State::Base: return tr("Base image");
    case BuildStep::State::Done: return tr("Done");
    case BuildStep::State::Failed: return tr("Failed");
    }
    return {};
}

QModelIndex BuildStepsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_steps.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_steps.size())
        return {};
    const StepRow &s = m_steps.at(parent.row());
    const int children = int(s.lines.size()) + (s.hidden > 0 ? 1 : 0);
    if (row >= children)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BuildStepsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BuildStepsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_steps.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const StepRow &s = m_steps.at(parent.row());
    return int(s.lines.size()) + (s.hidden > 0 ? 1 : 0);
}

int BuildStepsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BuildStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const StepRow &s = m_steps.at(int(index.internalId() - 1));
        const bool hiddenRow = s.hidden > 0 && index.row() == 0;
        const int li = index.row() - (s.hidden > 0 ? 1 : 0);
        if (role == IsHiddenLinesRole)
            return hiddenRow;
        if (role == StepIndexRole)
            return s.preamble ? -1 : stepOfRow(int(index.internalId() - 1));
        if (role == IsStepRole)
            return false;
        if (index.column() != StepColumn)
            return {};
        if (hiddenRow) {
            switch (role) {
            case Qt::DisplayRole:
            case Qt::AccessibleTextRole:
                return tr("%n earlier line(s) hidden: see the raw log for all of them", nullptr, int(std::min<qint64>(s.hidden, INT_MAX)));
            case Qt::FontRole: {
                QFont f;
                f.setItalic(true);
                return f;
            }
            case Qt::ForegroundRole:
                return QBrush(QColor(0x80, 0x80, 0x80));
            }
            return {};
        }
        const OutputLine &l = s.lines.at(li);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return l.text;
        case Qt::ForegroundRole: return outputForeground(l.isStderr, l.isMeta);
        case IsStderrRole: return l.isStderr;
        case IsMetaRole: return l.isMeta;
        }
        return {};
    }

    const StepRow &s = m_steps.at(index.row());
    const BuildStep &i = s.info;
    const int stepIndex = s.preamble ? -1 : stepOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn:
            if (s.preamble)
                return tr("Before the first step");
            return i.total > 0 ? tr("Step %1/%2: %3").arg(i.number).arg(i.total).arg(i.text) : i.text;
        case StatusColumn:
            return s.preamble ? QString() : stateText(i.state);
        case DurationColumn:
            return s.preamble || i.startedMs <= 0 ? QString() : formatDuration(i.durationMs(m_clock()));
        case SizeColumn:
            return i.size >= 0 ? QLocale().formattedDataSize(i.size, 1, QLocale::DataSizeSIFormat) : QString();
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StepColumn && !s.preamble)
            return tr("Step %1 of %2, %3, %4").arg(i.number).arg(i.total).arg(stateText(i.state), i.text);
        break;
    case Qt::ToolTipRole: {
        if (s.preamble)
            return tr("What the engine printed before the first step");
        QStringList tip;
        tip << i.text;
        if (i.line > 0)
            tip << tr("Dockerfile line %1").arg(i.line);
        else if (i.instruction < 0)
            tip << tr("Not a line of the Dockerfile (added by the build options)");
        tip << stateText(i.state);
        if (!i.layerId.isEmpty())
            tip << tr("Layer %1").arg(i.layerId.left(12));
        if (i.size >= 0)
            tip << tr("Size %1").arg(QLocale().formattedDataSize(i.size, 1, QLocale::DataSizeSIFormat));
        if (s.total > 0)
            tip << tr("%n line(s) of output", nullptr, int(std::min<qint64>(s.total, INT_MAX)));
        return tip.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            switch (i.state) {
            case BuildStep::State::Failed: return QBrush(QColor(0xc0, 0x39, 0x2b));
            case BuildStep::State::Cached: return QBrush(QColor(0x1e, 0x84, 0x49));
            case BuildStep::State::Built: return QBrush(QColor(0xb9, 0x77, 0x0e));
            default: break;
            }
        }
        break;
    case Qt::FontRole:
        if (i.state == BuildStep::State::Failed || (index.column() == StatusColumn && !s.preamble)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StateRole: return int(i.state);
    case DurationRole: return i.durationMs(m_clock());
    case LineRole: return i.line;
    case LayerIdRole: return i.layerId;
    case SizeRole: return i.size;
    case IsStepRole: return !s.preamble;
    case IsHiddenLinesRole: return false;
    case StepIndexRole: return stepIndex;
    }
    return {};
}

QVariant BuildStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Cache");
    case DurationColumn: return tr("Duration");
    case SizeColumn: return tr("Layer size");
    }
    return {};
}
