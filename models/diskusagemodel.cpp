#include "diskusagemodel.h"

#include "engine.h"

#include <QDateTime>
#include <QHash>

// --- items ---------------------------------------------------------------------------

QString DiskUsageItemsModel::kindName(DiskUsageLine::Kind kind)
{
    switch (kind) {
    case DiskUsageLine::Kind::Images:
        return tr("Image");
    case DiskUsageLine::Kind::Containers:
        return tr("Container");
    case DiskUsageLine::Kind::Volumes:
        return tr("Local volume");
    case DiskUsageLine::Kind::BuildCache:
        return tr("Build cache");
    }
    return {};
}

QList<DiskUsageItem> DiskUsageItemsModel::itemsOf(const DiskUsage &df)
{
    QHash<QString, QStringList> usersOfImage, usersOfVolume;
    for (const DfContainer &c : df.containers) {
        usersOfImage[c.imageId] << c.name;
        for (const QString &v : c.volumes)
            usersOfVolume[v] << c.name;
    }
    QList<DiskUsageItem> out;
    for (const ImageSummary &i : df.images) {
        DiskUsageItem it;
        it.kind = DiskUsageLine::Kind::Images;
        it.key = QStringLiteral("i:") + i.id;
        it.id = i.id;
        it.name = i.repoTags.isEmpty() ? QStringLiteral("<none>") : i.repoTags.join(QLatin1String(", "));
        it.size = i.size;
        it.created = i.created;
        it.heldBy = usersOfImage.value(i.id);
        it.active = i.containers > 0;
        it.detail = i.sharedSize >= 0 ? tr("%1 unique").arg(SystemApi::humanSize(i.size - i.sharedSize)) : QString();
        out << it;
    }
    for (const DfContainer &c : df.containers) {
        DiskUsageItem it;
        it.kind = DiskUsageLine::Kind::Containers;
        it.key = QStringLiteral("c:") + c.id;
        it.id = c.id;
        it.name = c.name;
        it.size = c.sizeRw;
        it.created = c.created;
        it.active = c.isActive();
        it.heldBy = it.active ? QStringList{tr("running")} : QStringList{};
        it.detail = c.status;
        out << it;
    }
    for (const DfVolume &v : df.volumes) {
        DiskUsageItem it;
        it.kind = DiskUsageLine::Kind::Volumes;
        it.key = QStringLiteral("v:") + v.name;
        it.id = v.name;
        it.name = v.name;
        it.size = v.size;
        it.created = v.created;
        it.heldBy = usersOfVolume.value(v.name);
        it.active = v.refCount > 0;
        it.detail = v.isAnonymous() ? tr("anonymous, %1").arg(v.driver) : v.driver;
        out << it;
    }
    for (const DfBuildCache &b : df.buildCache) {
        DiskUsageItem it;
        it.kind = DiskUsageLine::Kind::BuildCache;
        it.key = QStringLiteral("b:") + b.id;
        it.id = b.id;
        it.name = b.description;
        it.size = b.size;
        it.created = b.createdAt;
        it.active = b.inUse;
        if (b.inUse)
            it.heldBy << tr("in use by a build");
        if (b.shared)
            it.heldBy << tr("shared with images");
        it.detail = tr("%1, used %n time(s)", nullptr, b.usageCount).arg(b.type);
        out << it;
    }
    return out;
}

QVariant DiskUsageItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DiskUsageItem &it = rowAt(index.row());
    if (role == KindRole)
        return int(it.kind);
    if (role == ActiveRole)
        return it.active;
    if (role == SortRole) {
        switch (index.column()) {
        case KindColumn:
            return int(it.kind);
        case SizeColumn:
            return it.size;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindName(it.kind);
    case NameColumn:
        return it.name;
    case IdColumn:
        return role == Qt::ToolTipRole || it.kind == DiskUsageLine::Kind::Volumes ? it.id : shortImageId(it.id);
    case SizeColumn:
        return it.size < 0 ? tr("unknown") : SystemApi::humanSize(it.size);
    case HeldByColumn:
        if (it.heldBy.isEmpty())
            return it.kind == DiskUsageLine::Kind::Containers ? tr("stopped: reclaimable") : tr("nothing: reclaimable");
        return it.heldBy.join(QLatin1String(", "));
    case DetailColumn:
        return it.detail;
    }
    return {};
}

QVariant DiskUsageItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("ID");
    case SizeColumn:
        return tr("Size");
    case HeldByColumn:
        return tr("Held by");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

// --- summary -------------------------------------------------------------------------

DiskUsageModel::DiskUsageModel(QObject *parent)
    : KeyedListModel(parent)
    , m_follower(new EngineFollower(this))
    , m_items(new DiskUsageItemsModel(this))
{
    m_follower->setEventDelay(1000);
    m_follower->setEventFilter([](const EngineEvent &e) {
        EngineFollower::Interest in;
        in.relevant = concernsDiskUsage(e);
        return in;
    });
    m_follower->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        SystemApi::diskUsage(*engine).then(this, [this, done](const Result<DiskUsage> &r) {
            if (r)
                setDiskUsage(*r);
            done(r ? QString() : r.error().fullText());
        });
    });
    connect(m_follower, &EngineFollower::refreshed, this, &DiskUsageModel::refreshed);
}

void DiskUsageModel::setEngine(Engine *engine)
{
    m_follower->setEngine(engine);
}

bool DiskUsageModel::concernsDiskUsage(const EngineEvent &e)
{
    static const QSet<QString> container{QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("remove"), QStringLiteral("start"),
                                         QStringLiteral("die"), QStringLiteral("pause"), QStringLiteral("unpause"), QStringLiteral("commit"),
                                         QStringLiteral("prune")};
    if (e.type == QLatin1String("container"))
        return container.contains(e.action);
    if (e.type == QLatin1String("image") || e.type == QLatin1String("volume") || e.type == QLatin1String("builder"))
        return !e.action.startsWith(QLatin1String("exec_"));
    return false;
}

void DiskUsageModel::setDiskUsage(const DiskUsage &df)
{
    m_df = df;
    m_updated = QDateTime::currentDateTime();
    setRows(SystemApi::summarize(df));
    m_items->setRows(DiskUsageItemsModel::itemsOf(df));
}

QString DiskUsageModel::typeText(DiskUsageLine::Kind kind)
{
    switch (kind) {
    case DiskUsageLine::Kind::Images:
        return tr("Images");
    case DiskUsageLine::Kind::Containers:
        return tr("Containers");
    case DiskUsageLine::Kind::Volumes:
        return tr("Local volumes");
    case DiskUsageLine::Kind::BuildCache:
        return tr("Build cache");
    }
    return {};
}

QVariant DiskUsageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DiskUsageLine &l = rowAt(index.row());
    switch (role) {
    case KindRole:
        return int(l.kind);
    case BytesRole:
        return l.size;
    case ReclaimableBytesRole:
        return l.reclaimable;
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            return int(l.kind);
        case TotalColumn:
            return l.total;
        case ActiveColumn:
            return l.active;
        case SizeColumn:
            return l.size;
        case ReclaimableColumn:
            return l.reclaimable;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TypeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == SizeColumn || index.column() == ReclaimableColumn)
            return tr("%L1 bytes").arg(index.column() == SizeColumn ? l.size : l.reclaimable);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return typeText(l.kind);
        case TotalColumn:
            return QString::number(l.total);
        case ActiveColumn:
            return QString::number(l.active);
        case SizeColumn:
            return SystemApi::humanSize(l.size);
        case ReclaimableColumn:
            return l.reclaimableText();
        }
    }
    return {};
}

QVariant DiskUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case TotalColumn:
        return tr("Total");
    case ActiveColumn:
        return tr("Active");
    case SizeColumn:
        return tr("Size");
    case ReclaimableColumn:
        return tr("Reclaimable");
    }
    return {};
}
