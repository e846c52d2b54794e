#include "pullprogressmodel.h"

#include <QLocale>

#include <algorithm>

PullProgressModel::PullProgressModel(Progress::Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void PullProgressModel::apply(const Progress &progress, const Progress::Update &update)
{
    QList<const Progress::Layer *> touched;
    const QList<Progress::Layer> &layers = progress.layers();
    for (int i : update.changedLayers) {
        if (i >= 0 && i < layers.size())
            touched.append(&layers.at(i));
    }
    if (update.firstNewLayer >= 0) {
        for (qsizetype i = update.firstNewLayer; i < layers.size(); ++i)
            touched.append(&layers.at(i));
    }
    upsert(touched);
}

void PullProgressModel::sync(const Progress &progress)
{
    QList<const Progress::Layer *> all;
    for (const Progress::Layer &l : progress.layers())
        all.append(&l);
    upsert(all);
}

void PullProgressModel::upsert(const QList<const Progress::Layer *> &layers)
{
    QList<const Progress::Layer *> added;
    int minChanged = -1, maxChanged = -1;
    for (const Progress::Layer *l : layers) {
        const int row = rowOf(l->id);
        if (row < 0) {
            bool dup = false;
            for (const Progress::Layer *a : std::as_const(added))
                dup = dup || a->id == l->id;
            if (!dup)
                added.append(l);
            continue;
        }
        if (m_rows.at(row) == *l)
            continue;
        m_rows[row] = *l;
        minChanged = minChanged < 0 ? row : std::min(minChanged, row);
        maxChanged = std::max(maxChanged, row);
    }
    // One signal for the span: progress lines come in bursts, and a view repaints
    // once per span rather than once per layer.
    if (minChanged >= 0)
        Q_EMIT dataChanged(index(minChanged, 0), index(maxChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Progress::Layer *l : std::as_const(added)) {
            m_rows.append(*l);
            m_rowOf.insert(l->id, int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
}

double PullProgressModel::phaseFraction(const Progress::Layer &l)
{
    using S = Progress::LayerState;
    const auto part = [](qint64 cur, qint64 tot) { return tot > 0 ? std::clamp(double(cur) / double(tot), 0.0, 1.0) : 0.0; };
    switch (l.state) {
    case S::Downloading:
    case S::Pushing:
        return part(l.transferred, l.size);
    case S::Verifying:
    case S::DownloadComplete:
        return 1.0; // the download phase is over; extraction starts its own bar
    case S::Extracting:
        return part(l.current, l.total);
    default:
        return l.isDone() ? 1.0 : 0.0;
    }
}

QString PullProgressModel::bytesText(const Progress::Layer &l, Progress::Kind kind)
{
    const QLocale locale;
    auto size = [&locale](qint64 b) { return locale.formattedDataSize(b, 1, QLocale::DataSizeSIFormat); };
    using S = Progress::LayerState;
    switch (l.state) {
    case S::Downloading:
    case S::Pushing:
    case S::Extracting:
        if (l.total > 0)
            return tr("%1 of %2").arg(size(std::min(l.current, l.total)), size(l.total));
        return size(l.current);
    case S::Verifying:
    case S::DownloadComplete:
    case S::PullComplete:
    case S::Pushed:
        if (l.size > 0)
            return size(l.size);
        if (kind == Progress::Kind::Push && l.current > 0)
            return size(l.current);
        return {};
    default:
        return {};
    }
}

int PullProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PullProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PullProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Progress::Layer &l = m_rows.at(index.row());
    const double fraction = phaseFraction(l);
    // Unknown size while moving bytes: the view shows the bytes without a bar, not a stuck 0 %.
    const bool indeterminate = !l.isDone() && (l.state == Progress::LayerState::Downloading || l.state == Progress::LayerState::Pushing)
        && l.size <= 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LayerColumn: return l.id;
        case StateColumn: return Progress::stateText(l);
        case ProgressColumn: return bytesText(l, m_kind);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && l.state == Progress::LayerState::Other)
            return l.status;
        if (index.column() == LayerColumn)
            return tr("Layer %1").arg(l.id);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == ProgressColumn) {
            const QString bytes = bytesText(l, m_kind);
            if (indeterminate)
                return bytes;
            const QString pct = tr("%1 percent").arg(qRound(fraction * 100));
            return bytes.isEmpty() ? pct : tr("%1, %2").arg(pct, bytes);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ProgressColumn)
            return QVariant(Qt::AlignCenter);
        break;
    case LayerIdRole: return l.id;
    case StateRole: return int(l.state);
    case FractionRole: return indeterminate ? -1.0 : fraction;
    case CurrentRole: return l.current;
    case TotalRole: return l.total;
    case SizeRole: return l.size;
    case DoneRole: return l.isDone();
    case SkippedRole: return l.isSkipped();
    case SortRole:
        switch (index.column()) {
        case LayerColumn: return l.id;
        case StateColumn: return int(l.state);
        case ProgressColumn: return l.fraction(m_kind);
        }
        break;
    }
    return {};
}

QVariant PullProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LayerColumn: return tr("Layer");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    }
    return {};
}
