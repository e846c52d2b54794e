#include "healthlogmodel.h"

#include <QColor>
#include <QLocale>

QString HealthLogModel::resultText(int exitCode)
{
    // Any other code than 0 counts as a failure; -1: the check timed out or could not run.
    return exitCode == 0 ? tr("passed") : exitCode == -1 ? tr("timed out or could not run") : tr("failed");
}

QVariant HealthLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HealthProbe &p = rowAt(index.row());
    const QString output = p.output.trimmed();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn: return p.start.isValid() ? QLocale().toString(p.start, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : p.startRaw;
        case EndColumn: return p.end.isValid() ? QLocale().toString(p.end, QStringLiteral("HH:mm:ss.zzz")) : QString();
        case DurationColumn: {
            const qint64 ms = p.durationMs();
            return ms < 0 ? QString() : tr("%1 ms").arg(QLocale().toString(ms));
        }
        case ExitCodeColumn: return tr("%1 (%2)").arg(p.exitCode).arg(resultText(p.exitCode));
        case OutputColumn: return output.section(QLatin1Char('\n'), 0, 0);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ExitCodeColumn)
            return p.exitCode == 0 ? QColor(0x2e, 0x9d, 0x4b) : QColor(0xd3, 0x2f, 0x2f);
        break;
    case Qt::ToolTipRole:
        if (index.column() == OutputColumn)
            return output.isEmpty() ? tr("No output") : output;
        if (index.column() == EndColumn && p.end.isValid())
            return QLocale().toString(p.end, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == OutputColumn && output.isEmpty())
            return tr("No output");
        break;
    case ExitCodeRole: return p.exitCode;
    case OutputRole: return p.output;
    case StartRole: return p.start;
    case SortRole:
        switch (index.column()) {
        case StartColumn: return p.startRaw;
        case EndColumn: return p.end;
        case DurationColumn: return p.durationMs();
        case ExitCodeColumn: return p.exitCode;
        case OutputColumn: return output;
        }
        break;
    }
    return {};
}

QVariant HealthLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<HealthProbe>::headerData(section, orientation, role);
    switch (section) {
    case StartColumn: return tr("Started");
    case EndColumn: return tr("Ended");
    case DurationColumn: return tr("Took");
    case ExitCodeColumn: return tr("Exit code");
    case OutputColumn: return tr("Output");
    }
    return {};
}
