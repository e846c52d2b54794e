#include "imagesmodel.h"

#include "engine.h"
#include "logging.h"
#include "modeltext.h"

#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

bool supportsSharedSize(const EngineInfo &info)
{
    // shared-size came with API 1.42; Podman's compatible API ignores it.
    const QStringList v = info.apiVersion.split(QLatin1Char('.'));
    return !info.podman && v.size() == 2 && (v.at(0).toInt() > 1 || v.at(1).toInt() >= 42);
}

bool supportsSharedSize(const Engine &engine)
{
    return supportsSharedSize(engine.info());
}

/// The Shared column's cell when the engine did not report it.
QString notReported()
{
    return QString(QChar(0x2014)); // an em dash
}

QStringList childTagsOf(const ImageSummary &img)
{
    return img.repoTags.size() >= 2 ? img.repoTags : QStringList();
}

} // namespace

ImagesModel::ImagesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_images(new EngineFollower(this))
    , m_users(new EngineFollower(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    // Pulls, tags, untags, deletes, loads, imports, and builds or commits that make
    // images, all come as image events; one list answers them all.
    m_images->setEventDelay(150);
    m_images->setEventFilter([](const EngineEvent &e) { return EngineFollower::Interest{e.type == QLatin1String("image"), {}}; });
    m_images->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        const bool sharedSize = supportsSharedSize(*engine);
        setSharedSizeNote(sharedSize ? QString() : sharedSizeNoteFor(engine->info()));
        ImagesApi::list(*engine, false, sharedSize).then(this, [this, done](const Result<QList<ImageSummary>> &r) {
            if (r) {
                QElapsedTimer t;
                t.start();
                setImages(*r);
                qCDebug(lcPerf, "images model: %lld images merged in %.1f ms", static_cast<long long>(r->size()), double(t.nsecsElapsed()) / 1e6);
            }
            done(r ? QString() : r.error().fullText());
        });
    });
    connect(m_images, &EngineFollower::refreshed, this, &ImagesModel::refreshed);
    m_users->setEventDelay(150);
    m_users->setEventFilter([](const EngineEvent &e) {
        return EngineFollower::Interest{e.type == QLatin1String("container")
                                            && (e.action == QLatin1String("create") || e.action == QLatin1String("destroy")
                                                || e.action == QLatin1String("remove")), // Podman says remove
                                        {}};
    });
    m_users->setFetchAll([this](Engine *engine, const EngineFollower::Done &done) {
        ImagesApi::containers(*engine).then(this, [this, done](const Result<QList<ImageUser>> &r) {
            if (r)
                setContainers(*r);
            done(r ? QString() : r.error().fullText());
        });
    });
    m_ageTick.setInterval(30'000);
    connect(&m_ageTick, &QTimer::timeout, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn), {Qt::DisplayRole});
    });
    m_ageTick.start();
}

ImagesModel::~ImagesModel() = default;

Engine *ImagesModel::engine() const
{
    return m_images->engine();
}

void ImagesModel::setEventDelay(int ms)
{
    m_images->setEventDelay(ms);
    m_users->setEventDelay(ms);
}

void ImagesModel::setEngine(Engine *engine)
{
    m_imagesKnown = false;
    m_images->setEngine(engine);
    m_users->setEngine(engine);
}

bool ImagesModel::numericSortKey(const QModelIndex &index, qint64 *key) const
{
    // Image rows have no internal pointer (tag rows point at their image's row).
    if (index.internalPointer() || index.row() < 0 || index.row() >= int(m_rows.size()))
        return false;
    const Row &row = *m_rows[size_t(index.row())];
    switch (index.column()) {
    case CreatedColumn: *key = row.image.created; return true;
    case SizeColumn: *key = row.image.size; return true;
    case SharedSizeColumn: *key = row.image.sharedSize; return true;
    case ContainersColumn: *key = row.containers; return true;
    default: return false;
    }
}

std::optional<ImagesApi::PruneKnownLists> ImagesModel::pruneKnownLists() const
{
    if (!m_imagesKnown || !m_usageKnown || m_images->isBusy() || m_users->isBusy() || !m_images->lastError().isEmpty()
        || !m_users->lastError().isEmpty())
        return std::nullopt;
    ImagesApi::PruneKnownLists known;
    known.images.reserve(qsizetype(m_rows.size()));
    for (const auto &row : m_rows)
        known.images.append(row->image);
    for (const QList<ImageUser> &users : m_usage)
        known.containers.append(users);
    return known;
}

void ImagesModel::refresh()
{
    m_images->refresh();
    m_users->refresh();
}

void ImagesModel::prefetch(Engine &engine)
{
    // The same request as the fetch below, at the version the engine spoke last time.
    QUrlQuery images;
    if (supportsSharedSize(engine.expected()))
        images.addQueryItem(QStringLiteral("shared-size"), QStringLiteral("1"));
    engine.prefetch(QStringLiteral("/images/json"), images);
    // Not the containers that use them: the first paint does not wait for those, and
    // on two cores the engine listing both at once makes the images come later.
}

QString ImagesModel::sharedSizeNoteFor(const EngineInfo &info)
{
    if (info.podman)
        return tr("%1 %2 does not report how much of an image is shared with other images.").arg(info.productName(), info.version);
    return tr("%1 %2 (API %3) does not report how much of an image is shared with other images: "
              "engines report it from API 1.42 (Docker 23.0) on.")
        .arg(info.productName(), info.version, info.apiVersion);
}

void ImagesModel::setSharedSizeNote(const QString &note)
{
    if (note == m_sharedSizeNote)
        return;
    m_sharedSizeNote = note;
    Q_EMIT headerDataChanged(Qt::Horizontal, SharedSizeColumn, SharedSizeColumn);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, SharedSizeColumn), index(int(m_rows.size()) - 1, SharedSizeColumn));
}

QString ImagesModel::filterTextOf(const ImageSummary &img)
{
    QString text = img.repoTags.join(QLatin1Char(' ')) + QLatin1Char(' ') + img.id;
    for (auto it = img.labels.begin(); it != img.labels.end(); ++it)
        text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value();
    if (img.isDangling())
        text += QLatin1String(" <none>");
    return text;
}

void ImagesModel::setUsage(Row &row) const
{
    if (m_usageKnown)
        row.containers = int(m_usage.value(row.image.id).size());
    else
        row.containers = row.image.containers >= 0 ? int(row.image.containers) : -1;
}

void ImagesModel::mergeTags(int row, const QStringList &newTags)
{
    Row &r = *m_rows.at(size_t(row));
    const QModelIndex parent = index(row, 0);
    // Tags that went, in contiguous runs from the end.
    int i = int(r.tags.size()) - 1;
    while (i >= 0) {
        if (newTags.contains(r.tags.at(i))) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !newTags.contains(r.tags.at(i)))
            --i;
        beginRemoveRows(parent, i + 1, last);
        r.tags.remove(i + 1, last - i);
        endRemoveRows();
    }
    QStringList added;
    for (const QString &t : newTags) {
        if (!r.tags.contains(t))
            added << t;
    }
    if (!added.isEmpty()) {
        const int first = int(r.tags.size());
        beginInsertRows(parent, first, first + int(added.size()) - 1);
        r.tags += added;
        endInsertRows();
    }
    if (!r.tags.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent), index(int(r.tags.size()) - 1, ColumnCount - 1, parent));
}

void ImagesModel::setImages(const QList<ImageSummary> &images)
{
    m_imagesKnown = true;
    QHash<QString, const ImageSummary *> incoming;
    incoming.reserve(images.size());
    for (const ImageSummary &img : images)
        incoming.insert(img.id, &img);

    // 1. Remove rows whose ID is gone, in contiguous runs from the end. The rows
    //    below a run move up at once: their tag rows find their parent by it.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(size_t(row))->image.id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incoming.contains(m_rows.at(size_t(row))->image.id))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        for (int i = first; i <= last; ++i)
            m_rowOfId.remove(m_rows.at(size_t(i))->image.id);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        for (size_t i = size_t(first); i < m_rows.size(); ++i)
            m_rows[i]->row = int(i);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowOfId.insert(m_rows[i]->image.id, int(i));
    }

    // 2. Update rows that changed, in contiguous runs.
    int runStart = -1;
    for (int i = 0; i <= int(m_rows.size()); ++i) {
        bool changed = false;
        if (i < int(m_rows.size())) {
            Row &r = *m_rows.at(size_t(i));
            const ImageSummary *next = incoming.value(r.image.id);
            if (!(*next == r.image)) {
                if (next->repoTags != r.image.repoTags || next->repoDigests != r.image.repoDigests)
                    mergeTags(i, childTagsOf(*next));
                r.image = *next;
                r.filterText = filterTextOf(r.image);
                setUsage(r);
                changed = true;
            }
        }
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(i - 1, ColumnCount - 1));
            runStart = -1;
        }
    }

    // 3. Append the new ones, in the engine's order.
    QList<const ImageSummary *> added;
    for (const ImageSummary &img : images) {
        if (!m_rowOfId.contains(img.id))
            added.append(&img);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.reserve(m_rows.size() + size_t(added.size()));
        for (const ImageSummary *img : std::as_const(added)) {
            auto r = std::make_unique<Row>();
            r->image = *img;
            r->tags = childTagsOf(*img);
            r->row = int(m_rows.size());
            r->filterText = filterTextOf(*img);
            setUsage(*r);
            m_rowOfId.insert(img->id, r->row);
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
}

void ImagesModel::setContainers(const QList<ImageUser> &containers)
{
    QHash<QString, QList<ImageUser>> usage;
    for (const ImageUser &c : containers)
        usage[c.imageId].append(c);
    const bool changedAny = !m_usageKnown || usage != m_usage;
    m_usage = std::move(usage);
    m_usageKnown = true;
    if (!changedAny)
        return;
    int runStart = -1;
    for (int i = 0; i <= int(m_rows.size()); ++i) {
        bool changed = false;
        if (i < int(m_rows.size())) {
            Row &r = *m_rows.at(size_t(i));
            const int before = r.containers;
            setUsage(r);
            // The names in the tooltip may change while the count does not.
            changed = before != r.containers || r.containers > 0;
        }
        if (changed && runStart < 0)
            runStart = i;
        if (!changed && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, ContainersColumn), index(i - 1, StatusColumn));
            runStart = -1;
        }
    }
    Q_EMIT containersChanged();
}

QModelIndex ImagesModel::indexOfId(const QString &id, int column) const
{
    const int row = rowOfId(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex ImagesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_rows.size()))
        return {}; // tag rows have no children
    Row *r = m_rows.at(size_t(parent.row())).get();
    return row < r->tags.size() ? createIndex(row, column, r) : QModelIndex();
}

QModelIndex ImagesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const Row *r = static_cast<const Row *>(child.internalPointer());
    return createIndex(r->row, 0);
}

int ImagesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_rows.at(size_t(parent.row()))->tags.size());
}

int ImagesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ImagesModel::repositories(const ImageSummary &img) const
{
    if (img.isDangling())
        return QStringLiteral("<none>");
    QStringList repos;
    for (const QString &rt : img.repoTags) {
        const QString repo = splitRepoTag(rt).first;
        if (!repos.contains(repo))
            repos << repo;
    }
    return repos.join(QLatin1String(", "));
}

QString ImagesModel::tags(const ImageSummary &img) const
{
    if (img.isDangling())
        return QStringLiteral("<none>");
    QStringList repos;
    QStringList tagsOnly;
    for (const QString &rt : img.repoTags) {
        const auto [repo, tag] = splitRepoTag(rt);
        if (!repos.contains(repo))
            repos << repo;
        tagsOnly << tag;
    }
    // One repository: its tags. Several: the full references, so each stays unambiguous.
    return repos.size() == 1 ? tagsOnly.join(QLatin1String(", ")) : img.repoTags.join(QLatin1String(", "));
}

QString ImagesModel::status(const Row &row) const
{
    const bool dangling = row.image.isDangling();
    if (row.containers < 0)
        return dangling ? tr("Dangling") : QString();
    if (row.containers > 0)
        return dangling ? tr("Dangling, in use") : tr("In use");
    return dangling ? tr("Dangling") : tr("Unused");
}

QString ImagesModel::relativeTime(const QDateTime &then, const QDateTime &now)
{
    const qint64 s = then.secsTo(now);
    if (s < 1)
        return tr("Less than a second ago");
    if (s < 60)
        return tr("%n second(s) ago", nullptr, int(s));
    if (s < 3600)
        return tr("%n minute(s) ago", nullptr, int(s / 60));
    if (s < 48 * 3600)
        return tr("%n hour(s) ago", nullptr, int(s / 3600));
    if (s < 14 * 86400)
        return tr("%n day(s) ago", nullptr, int(s / 86400));
    if (s < 60 * 86400)
        return tr("%n week(s) ago", nullptr, int(s / (7 * 86400)));
    if (s < 730 * 86400)
        return tr("%n month(s) ago", nullptr, int(s / (30 * 86400)));
    return tr("%n year(s) ago", nullptr, int(s / (365 * 86400)));
}

QVariant ImagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Row *r = static_cast<const Row *>(index.internalPointer()))
        return tagData(*r, index.row(), index.column(), role);
    return imageData(*m_rows.at(size_t(index.row())), index.column(), role);
}

QVariant ImagesModel::imageData(const Row &row, int column, int role) const
{
    const ImageSummary &img = row.image;
    const auto dimmed = [] { return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text); };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RepositoryColumn: return repositories(img);
        case TagColumn: return tags(img);
        case IdColumn: return img.shortId();
        case CreatedColumn: return relativeTime(QDateTime::fromSecsSinceEpoch(img.created), m_clock());
        case SizeColumn: return QLocale().formattedDataSize(img.size, 2, QLocale::DataSizeSIFormat);
        case SharedSizeColumn:
            return img.sharedSize < 0 ? notReported() : QLocale().formattedDataSize(img.sharedSize, 2, QLocale::DataSizeSIFormat);
        case ContainersColumn: return row.containers < 0 ? QString() : QLocale().toString(row.containers);
        case StatusColumn: return status(row);
        case LabelsColumn: return ModelText::labels(img.labels);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(img.created), QLocale::LongFormat);
        case SharedSizeColumn:
            if (img.sharedSize < 0 && !m_sharedSizeNote.isEmpty())
                return m_sharedSizeNote;
            return img.sharedSize < 0 ? tr("This engine did not say how much of the image is shared with other images.")
                                      : tr("Bytes in layers this image shares with other images; %1 are its own.")
                                            .arg(QLocale().formattedDataSize(img.size - img.sharedSize, 2, QLocale::DataSizeSIFormat));
        case ContainersColumn:
        case StatusColumn: {
            if (row.containers < 0)
                return tr("The containers using this image are not known yet.");
            if (row.containers == 0)
                return img.isDangling() ? tr("Dangling: no tag points to this image, and no container uses it.")
                                        : tr("No container uses this image.");
            QStringList names;
            const QList<ImageUser> users = m_usage.value(img.id);
            for (const ImageUser &u : users)
                names << tr("%1 (%2)").arg(u.name, u.state);
            return tr("Used by: %1").arg(names.join(QLatin1String(", ")));
        }
        case LabelsColumn: {
            QStringList lines;
            for (auto it = img.labels.begin(); it != img.labels.end(); ++it)
                lines << it.key() + QLatin1Char('=') + it.value();
            return lines.join(QLatin1Char('\n'));
        }
        default: {
            QStringList lines;
            if (img.isDangling())
                lines << tr("Dangling image: no tag points to it.");
            for (const QString &rt : img.repoTags)
                lines << rt;
            for (const QString &d : img.repoDigests)
                lines << d;
            lines << img.id;
            lines << tr("Created %1").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(img.created), QLocale::LongFormat));
            return lines.join(QLatin1Char('\n'));
        }
        }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == SharedSizeColumn || column == ContainersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (img.isDangling() && (column == RepositoryColumn || column == TagColumn)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if ((img.isDangling() && (column == RepositoryColumn || column == TagColumn))
            || (column == StatusColumn && row.containers == 0) || column == LabelsColumn)
            return dimmed();
        break;
    case Qt::AccessibleTextRole:
        if (column == CreatedColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(img.created), QLocale::LongFormat);
        if (column == SharedSizeColumn && img.sharedSize < 0)
            return tr("Not reported");
        break;
    case IdRole: return img.id;
    case RepoTagsRole: return img.repoTags;
    case DanglingRole: return img.isDangling();
    case CreatedRole: return img.created;
    case SizeRole: return img.size;
    case SharedSizeRole: return img.sharedSize;
    case ContainersRole: return row.containers;
    case InUseRole: return row.containers > 0;
    case ContainerNamesRole: {
        QStringList names;
        const QList<ImageUser> users = m_usage.value(img.id);
        for (const ImageUser &u : users)
            names << u.name;
        return names;
    }
    case IsTagRole: return false;
    case RepoTagRole: return img.repoTags.size() == 1 ? img.repoTags.first() : QString();
    case LabelsRole: {
        QVariantMap m;
        for (auto it = img.labels.begin(); it != img.labels.end(); ++it)
            m.insert(it.key(), it.value());
        return m;
    }
    case SortRole:
        switch (column) {
        case RepositoryColumn: return img.isDangling() ? QString() : img.repoTags.value(0);
        case TagColumn: return tags(img);
        case IdColumn: return img.id;
        case CreatedColumn: return img.created;
        case SizeColumn: return img.size;
        case SharedSizeColumn: return img.sharedSize;
        case ContainersColumn: return qint64(row.containers);
        case StatusColumn: return status(row);
        case LabelsColumn: return ModelText::labels(img.labels);
        }
        break;
    case FilterRole: return row.filterText;
    }
    return {};
}

QVariant ImagesModel::tagData(const Row &row, int tagRow, int column, int role) const
{
    if (tagRow < 0 || tagRow >= row.tags.size())
        return {};
    const QString &repoTag = row.tags.at(tagRow);
    const auto [repo, tag] = splitRepoTag(repoTag);
    QString digest;
    for (const QString &d : row.image.repoDigests) {
        if (d.startsWith(repo + QLatin1Char('@')))
            digest = d.mid(repo.size() + 1);
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RepositoryColumn: return repo;
        case TagColumn: return tag;
        case IdColumn: return digest.isEmpty() ? QString() : digest.left(19); // "sha256:" + 12
        }
        break;
    case Qt::ToolTipRole:
        return digest.isEmpty() ? repoTag : tr("%1\nRepository digest: %2").arg(repoTag, digest);
    case IdRole: return row.image.id;
    case RepoTagsRole: return QStringList{repoTag};
    case RepoTagRole: return repoTag;
    case IsTagRole: return true;
    case DanglingRole: return false;
    case SortRole: return repoTag;
    case FilterRole: return repoTag;
    case CreatedRole: return row.image.created;
    case SizeRole: return row.image.size;
    case ContainersRole: return row.containers;
    case InUseRole: return row.containers > 0;
    }
    return {};
}

QVariant ImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SharedSizeColumn) {
        const QString what = tr("Bytes in layers an image shares with other images.");
        return m_sharedSizeNote.isEmpty() ? what : what + QLatin1Char('\n') + m_sharedSizeNote;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn: return tr("Repository");
    case TagColumn: return tr("Tags");
    case IdColumn: return tr("Image ID");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    case SharedSizeColumn: return tr("Shared");
    case ContainersColumn: return tr("Containers");
    case StatusColumn: return tr("Status");
    case LabelsColumn: return tr("Labels");
    }
    return {};
}
