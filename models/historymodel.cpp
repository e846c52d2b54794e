#include "historymodel.h"

#include "imagesmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

namespace {

QString stripBuildArgs(QString s)
{
    // The classic builder and BuildKit record build arguments in front of a RUN:
    // "|2 A=1 B=x y /bin/sh -c make". Values may hold spaces, so cut at the shell.
    static const QRegularExpression argsPrefix(QStringLiteral(R"(^\|(\d+)\s+)"));
    const QRegularExpressionMatch m = argsPrefix.match(s);
    if (!m.hasMatch())
        return s;
    const qsizetype shell = s.indexOf(QLatin1String("/bin/sh -c "));
    if (shell >= 0)
        return s.mid(shell);
    // Exec form: drop the N "key=value" words.
    QString rest = s.mid(m.capturedLength());
    for (int n = m.captured(1).toInt(); n > 0; --n) {
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        if (space < 0)
            break;
        rest = rest.mid(space + 1);
    }
    return rest;
}

QString oneLine(const QString &s)
{
    static const QRegularExpression breaks(QStringLiteral(R"(\s*\\?\s*\n\s*)"));
    QString out = s;
    out.replace(breaks, QStringLiteral(" "));
    return out.trimmed();
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
}

QString HistoryModel::instruction(const QString &createdBy)
{
    QString s = createdBy.trimmed();
    static const QLatin1String nops[] = {QLatin1String("/bin/sh -c #(nop)"), QLatin1String("cmd /S /C #(nop)")};
    for (const QLatin1String &nop : nops) {
        if (s.startsWith(nop))
            return oneLine(s.mid(nop.size()));
    }
    if (s.endsWith(QLatin1String("# buildkit")))
        s = s.chopped(int(qstrlen("# buildkit"))).trimmed();
    bool run = false;
    if (s.startsWith(QLatin1String("RUN "))) {
        run = true;
        s = s.mid(4).trimmed();
    }
    s = stripBuildArgs(s);
    static const QLatin1String shells[] = {QLatin1String("/bin/sh -c "), QLatin1String("cmd /S /C ")};
    for (const QLatin1String &shell : shells) {
        if (s.startsWith(shell))
            return QStringLiteral("RUN ") + oneLine(s.mid(shell.size()));
    }
    return oneLine(run ? QStringLiteral("RUN ") + s : s);
}

void HistoryModel::setHistory(const QList<ImageHistoryEntry> &entries)
{
    if (entries == m_entries)
        return;
    // Same steps (a refresh of the same image): change the cells, keep the rows.
    const bool sameSteps = entries.size() == m_entries.size()
        && std::equal(entries.begin(), entries.end(), m_entries.begin(),
                      [](const ImageHistoryEntry &a, const ImageHistoryEntry &b) { return a.id == b.id && a.createdBy == b.createdBy; });
    if (!sameSteps && !m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        m_instructions.clear();
        endRemoveRows();
    }
    if (!sameSteps) {
        // Another image: its links are not these (there are no rows to update now).
        m_lines.clear();
        m_dockerfilePath.clear();
    }
    auto fill = [this](const QList<ImageHistoryEntry> &list) {
        m_entries = list;
        m_instructions.clear();
        m_instructions.reserve(list.size());
        m_total = 0;
        m_missing = 0;
        m_empty = 0;
        for (const ImageHistoryEntry &e : list) {
            m_instructions << instruction(e.createdBy);
            m_total += e.size;
            m_missing += e.isMissing() ? 1 : 0;
            m_empty += e.size == 0 ? 1 : 0;
        }
    };
    if (sameSteps) {
        fill(entries);
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        return;
    }
    if (entries.isEmpty()) {
        fill({});
        return;
    }
    beginInsertRows({}, 0, int(entries.size()) - 1);
    fill(entries);
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageHistoryEntry &e = m_entries.at(index.row());
    const QDateTime created = QDateTime::fromSecsSinceEpoch(e.created);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InstructionColumn: return m_instructions.at(index.row());
        case SizeColumn:
            return e.size == 0 ? tr("empty") : QLocale().formattedDataSize(e.size, 2, QLocale::DataSizeSIFormat);
        case CreatedColumn: return e.created > 0 ? ImagesModel::relativeTime(created, m_clock()) : QString();
        case IdColumn: return e.isMissing() ? QStringLiteral("<missing>") : e.id.mid(e.id.indexOf(QLatin1Char(':')) + 1, 12);
        case CommentColumn: return oneLine(e.comment);
        case DockerfileColumn:
            if (const int line = m_lines.value(index.row()))
                return tr("%1:%2").arg(QFileInfo(m_dockerfilePath).fileName()).arg(line);
            return QString();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case InstructionColumn:
            // Plain text keeps the recorded command exactly, line breaks included.
            return e.createdBy.isEmpty() ? tr("No instruction was recorded for this step.") : e.createdBy;
        case SizeColumn:
            if (e.size == 0)
                return tr("This step added no bytes: it only set metadata (ENV, CMD, LABEL…) or its layer is empty.");
            return tr("%1 bytes added by this step's layer").arg(QLocale().toString(e.size));
        case CreatedColumn: return QLocale().toString(created, QLocale::LongFormat);
        case IdColumn:
            if (e.isMissing())
                return tr("This step was built elsewhere (pulled, loaded or built with BuildKit): it is part of this image, "
                          "but it is not stored here as a separate image, so it has no image ID.");
            return e.id;
        case CommentColumn: return e.comment;
        case DockerfileColumn:
            if (const int line = m_lines.value(index.row()))
                return tr("Made by line %1 of %2. Double-click to show it in the editor.")
                    .arg(line)
                    .arg(QDir::toNativeSeparators(m_dockerfilePath));
            return QString();
        }
        break;
    case Qt::ForegroundRole:
        if ((index.column() == SizeColumn && e.size == 0) || (index.column() == IdColumn && e.isMissing()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == IdColumn || (index.column() == SizeColumn && e.size == 0)) {
            QFont f;
            f.setItalic(index.column() == SizeColumn || e.isMissing());
            if (index.column() == IdColumn && !e.isMissing())
                f.setFamilies({QStringLiteral("monospace")});
            return f;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == SizeColumn && e.size == 0)
            return tr("empty layer, 0 bytes");
        if (index.column() == CreatedColumn)
            return QLocale().toString(created, QLocale::LongFormat);
        break;
    case FullTextRole: return e.createdBy;
    case SizeRole: return e.size;
    case CreatedRole: return e.created;
    case EmptyRole: return e.size == 0;
    case MissingRole: return e.isMissing();
    case IdRole: return e.id;
    case StepRole: return int(m_entries.size()) - index.row();
    case SortRole:
        switch (index.column()) {
        case InstructionColumn: return m_instructions.at(index.row());
        case SizeColumn: return e.size;
        case CreatedColumn: return e.created;
        case IdColumn: return e.id;
        case CommentColumn: return e.comment;
        case DockerfileColumn: return m_lines.value(index.row());
        }
        break;
    case DockerfileLineRole: return m_lines.value(index.row());
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_entries.size())
        return int(m_entries.size()) - section; // step numbers, oldest = 1
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InstructionColumn: return tr("Instruction");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    case IdColumn: return tr("Image ID");
    case CommentColumn: return tr("Comment");
    case DockerfileColumn: return tr("Dockerfile");
    }
    return {};
}

void HistoryModel::setDockerfileLinks(const QString &dockerfilePath, const QHash<int, int> &lines)
{
    if (dockerfilePath == m_dockerfilePath && lines == m_lines)
        return;
    m_dockerfilePath = lines.isEmpty() ? QString() : dockerfilePath;
    m_lines = lines;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, DockerfileColumn), index(int(m_entries.size()) - 1, DockerfileColumn));
}
