#include "volumesmodel.h"

#include "modeltext.h"

#include "containersmodel.h"
#include "engine.h"
#include "imagesmodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

bool isContainerChange(const EngineEvent &e)
{
    return e.type == QLatin1String("container")
        && (e.action == QLatin1String("create") || e.action == QLatin1String("destroy") || e.action == QLatin1String("remove")
            || e.action == QLatin1String("start") || e.action == QLatin1String("die") || e.action == QLatin1String("rename"));
}

} // namespace

QString containerStateWord(const QString &state)
{
    ContainerSummary c;
    c.state = state;
    const QString text = ContainersModel::stateText(c);
    return text.isEmpty() ? text : text.at(0).toLower() + text.mid(1);
}

VolumesModel::VolumesModel(QObject *parent)
    : KeyedListModel<VolumeRow>(parent)
    , m_list(new EngineFollower(this))
    , m_users(new EngineFollower(this))
    , m_sizes(new EngineFollower(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_list->setEventFilter([](const EngineEvent &e) {
        return EngineFollower::Interest{e.type == QLatin1String("volume")
                                            && (e.action == QLatin1String("create") || e.action == QLatin1String("destroy")
                                                || e.action == QLatin1String("remove") || e.action == QLatin1String("prune")),
                                        {}};
    });
    m_list->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        VolumesApi::list(*engine).then(this, [this, done, timer](const Result<QList<VolumeSummary>> &r) {
            if (r) {
                m_lastListMs = timer->elapsed();
                setVolumes(*r);
            }
            done(r ? QString() : r.error().fullText());
        });
    });
    connect(m_list, &EngineFollower::refreshed, this, &VolumesModel::refreshed);

    // Mounts change with containers (made, removed, started, stopped) and volumes.
    m_users->setEventFilter([](const EngineEvent &e) {
        return EngineFollower::Interest{isContainerChange(e) || e.type == QLatin1String("volume"), {}};
    });
    m_users->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        VolumesApi::users(*engine).then(this, [this, done](const Result<QHash<QString, QList<VolumeUser>>> &r) {
            if (r)
                setUsers(*r);
            done(r ? QString() : r.error().fullText());
            Q_EMIT usersRefreshed(r ? QString() : r.error().fullText());
        });
    });

    // Sizes change when volumes come and go and when containers that write to them
    // stop (unmount); the report walks every file, so events gather for a while.
    m_sizes->setEventDelay(2000);
    m_sizes->setEventFilter([](const EngineEvent &e) {
        return EngineFollower::Interest{e.type == QLatin1String("volume") && e.action != QLatin1String("mount"), {}};
    });
    m_sizes->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        VolumesApi::usage(*engine).then(this, [this, done, timer](const Result<QHash<QString, VolumeUsage>> &r) {
            if (r) {
                m_lastSizesMs = timer->elapsed();
                m_sizesError.clear();
                setUsage(*r);
            } else {
                m_sizesError = r.error().fullText();
                if (rowCount() > 0)
                    Q_EMIT dataChanged(index(0, SizeColumn), index(rowCount() - 1, SizeColumn));
            }
            done(m_sizesError);
            Q_EMIT sizesRefreshed(m_sizesError);
        });
    });
}

void VolumesModel::setEngine(Engine *engine)
{
    m_list->setEngine(engine);
    m_users->setEngine(engine);
    m_sizes->setEngine(engine);
}

Engine *VolumesModel::engine() const
{
    return m_list->engine();
}

void VolumesModel::refresh()
{
    m_list->refresh();
    m_users->refresh();
    m_sizes->refresh();
}

void VolumesModel::setEventDelay(int ms)
{
    m_list->setEventDelay(ms);
    m_users->setEventDelay(ms);
}

void VolumesModel::setSizeDelay(int ms)
{
    m_sizes->setEventDelay(ms);
}

VolumeRow VolumesModel::compose(const VolumeSummary &v) const
{
    return VolumeRow{v, m_usage.value(v.name), m_usersOf.value(v.name)};
}

void VolumesModel::setVolumes(const QList<VolumeSummary> &volumes)
{
    QList<VolumeRow> rows;
    rows.reserve(volumes.size());
    for (const VolumeSummary &v : volumes)
        rows.append(compose(v));
    setRows(rows);
}

void VolumesModel::setUsage(const QHash<QString, VolumeUsage> &usage)
{
    m_usage = usage;
    m_sizesKnown = true;
    for (int r = 0; r < rowCount(); ++r) {
        VolumeRow row = rowAt(r);
        row.usage = m_usage.value(row.volume.name);
        replaceRow(r, row);
    }
}

void VolumesModel::setUsers(const QHash<QString, QList<VolumeUser>> &users)
{
    m_usersOf = users;
    m_usersKnown = true;
    for (int r = 0; r < rowCount(); ++r) {
        VolumeRow row = rowAt(r);
        row.users = m_usersOf.value(row.volume.name);
        replaceRow(r, row);
    }
}

QString VolumesModel::usersText(const VolumeRow &row) const
{
    QStringList names;
    for (const VolumeUser &u : row.users)
        names << u.containerName;
    return names.join(QLatin1String(", "));
}

QVariant VolumesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const VolumeRow &row = rowAt(index.row());
    const VolumeSummary &v = row.volume;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return v.name;
        case DriverColumn: return v.driver;
        case SizeColumn:
            if (row.usage.size >= 0)
                return QLocale().formattedDataSize(row.usage.size, 2, QLocale::DataSizeSIFormat);
            if (!m_sizesError.isEmpty())
                return tr("Unknown");
            return m_sizesKnown ? QString(QChar(0x2014)) : tr("Measuring…");
        case UsedByColumn:
            if (!m_usersKnown)
                return QString();
            return row.users.isEmpty() ? tr("Unused") : usersText(row);
        case CreatedColumn: return v.created.isValid() ? ImagesModel::relativeTime(v.created, m_clock()) : QString();
        case MountpointColumn: return v.mountpoint;
        case LabelsColumn: return ModelText::labels(v.labels);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case SizeColumn:
            if (!m_sizesError.isEmpty())
                return tr("The engine could not measure the volumes: %1").arg(m_sizesError);
            if (!m_sizesKnown)
                return tr("The engine is measuring the volumes' files; the list does not wait for it.");
            return row.usage.size < 0 ? tr("The volume's driver does not report a size.") : QVariant();
        case UsedByColumn: {
            if (row.users.isEmpty())
                return tr("No container mounts this volume.");
            QStringList lines;
            for (const VolumeUser &u : row.users)
                lines << tr("%1 (%2) at %3").arg(u.containerName, containerStateWord(u.state), u.destination);
            return lines.join(QLatin1Char('\n'));
        }
        case CreatedColumn: return v.created.isValid() ? QLocale().toString(v.created.toLocalTime(), QLocale::LongFormat) : QVariant();
        case NameColumn:
            return v.isAnonymous() ? tr("%1\nAnonymous volume (made for a container's -v without a name)").arg(v.name) : v.name;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if ((column == UsedByColumn && row.users.isEmpty()) || column == LabelsColumn || column == MountpointColumn
            || (column == SizeColumn && row.usage.size < 0))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::AccessibleTextRole:
        if (column == CreatedColumn && v.created.isValid())
            return QLocale().toString(v.created.toLocalTime(), QLocale::LongFormat);
        break;
    case NameRole: return v.name;
    case SizeRole: return row.usage.size;
    case InUseRole: return !row.users.isEmpty();
    case UserNamesRole: {
        QStringList names;
        for (const VolumeUser &u : row.users)
            names << u.containerName;
        return names;
    }
    case UserIdsRole: {
        QStringList ids;
        for (const VolumeUser &u : row.users)
            ids << u.containerId;
        return ids;
    }
    case AnonymousRole: return v.isAnonymous();
    case CreatedRole: return v.created;
    case SortRole:
        switch (column) {
        case SizeColumn: return row.usage.size;
        case CreatedColumn: return v.created;
        case UsedByColumn: return qint64(row.users.size());
        default: return data(index, Qt::DisplayRole);
        }
    case FilterRole: return QString(v.name + QLatin1Char(' ') + v.driver + QLatin1Char(' ') + ModelText::labels(v.labels) + QLatin1Char(' ') + usersText(row));
    }
    return {};
}

QVariant VolumesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedListModel<VolumeRow>::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case DriverColumn: return tr("Driver");
    case SizeColumn: return tr("Size");
    case UsedByColumn: return tr("Used by");
    case CreatedColumn: return tr("Created");
    case MountpointColumn: return tr("Mount point");
    case LabelsColumn: return tr("Labels");
    }
    return {};
}
