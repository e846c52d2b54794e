#include "composeservicesmodel.h"

ComposeServicesModel::ComposeServicesModel(QObject *parent)
    : KeyedListModel<ComposeServiceRow>(parent)
{
    setRows({ComposeServiceRow{}});
}

void ComposeServicesModel::setProject(const ComposeProject &project)
{
    QList<ComposeServiceRow> rows;
    rows << (rowOfKey(QString()) >= 0 ? rowAt(rowOfKey(QString())) : ComposeServiceRow{});
    for (const ComposeService &s : project.services) {
        ComposeServiceRow r;
        if (const ComposeServiceRow *old = find(s.name))
            r = *old;
        r.name = s.name;
        r.image = !s.image.isEmpty() ? s.image : tr("built from %1").arg(s.buildContext);
        rows << r;
    }
    setRows(rows);
}

void ComposeServicesModel::addLine(const ComposeLine &line)
{
    if (line.text.isEmpty())
        return;
    const auto file = [this, &line](const QString &key, bool withStatus) {
        const int row = rowOfKey(key);
        if (row < 0)
            return;
        m_lines[key].append(line.text);
        ComposeServiceRow r = rowAt(row);
        r.lines = int(m_lines.value(key).size());
        if (withStatus && !line.status.isEmpty())
            r.status = line.status;
        replaceRow(row, r);
        Q_EMIT lineAdded(key, line.text);
    };
    file(QString(), false);
    if (!line.service.isEmpty() && line.kind != ComposeLine::Kind::Other)
        file(line.service, true);
}

void ComposeServicesModel::clearOutput()
{
    m_lines.clear();
    for (int row = 0; row < rowCount(); ++row) {
        ComposeServiceRow r = rowAt(row);
        r.status.clear();
        r.lines = 0;
        replaceRow(row, r);
    }
}

QStringList ComposeServicesModel::services() const
{
    QStringList out;
    for (const ComposeServiceRow &r : rows()) {
        if (!r.name.isEmpty())
            out << r.name;
    }
    return out;
}

int ComposeServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComposeServicesModel::statusText(const QString &status)
{
    // The CLI's words for a service's progress, in the user's language; others as printed.
    static const QHash<QString, const char *> known{
        {QStringLiteral("Creating"), QT_TR_NOOP("Creating")},     {QStringLiteral("Created"), QT_TR_NOOP("Created")},
        {QStringLiteral("Starting"), QT_TR_NOOP("Starting")},     {QStringLiteral("Started"), QT_TR_NOOP("Started")},
        {QStringLiteral("Running"), QT_TR_NOOP("Running")},       {QStringLiteral("Stopping"), QT_TR_NOOP("Stopping")},
        {QStringLiteral("Stopped"), QT_TR_NOOP("Stopped")},       {QStringLiteral("Removing"), QT_TR_NOOP("Removing")},
        {QStringLiteral("Removed"), QT_TR_NOOP("Removed")},       {QStringLiteral("Restarting"), QT_TR_NOOP("Restarting")},
        {QStringLiteral("Recreate"), QT_TR_NOOP("Recreating")},   {QStringLiteral("Recreated"), QT_TR_NOOP("Recreated")},
        {QStringLiteral("Waiting"), QT_TR_NOOP("Waiting")},       {QStringLiteral("Healthy"), QT_TR_NOOP("Healthy")},
        {QStringLiteral("Pulling"), QT_TR_NOOP("Pulling")},       {QStringLiteral("Pulled"), QT_TR_NOOP("Pulled")},
        {QStringLiteral("Error"), QT_TR_NOOP("Error")},
    };
    if (const char *t = known.value(status))
        return tr(t);
    if (status.startsWith(QLatin1String("Skipped")))
        return tr("Skipped");
    return status;
}

QVariant ComposeServicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ComposeServiceRow &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ServiceColumn: return r.name.isEmpty() ? tr("All services") : r.name;
        case ImageColumn: return r.image;
        case StatusColumn: return statusText(r.status);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (r.name.isEmpty())
            return tr("Every line of output, %n line(s)", nullptr, r.lines);
        return tr("%1: %n line(s) of output", nullptr, r.lines).arg(r.name);
    case StatusRole: return r.status;
    case ServiceRole: return r.name;
    case IsAllRole: return r.name.isEmpty();
    case LineCountRole: return r.lines;
    default: return {};
    }
}

QVariant ComposeServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn: return tr("Service");
    case ImageColumn: return tr("Image");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
