#include "imagesmodel.h"

#include "engine.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

ImagesModel::ImagesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &ImagesModel::refresh);
    m_ageTick.setInterval(30'000);
    connect(&m_ageTick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn), {Qt::DisplayRole});
    });
    m_ageTick.start();
}

void ImagesModel::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &Engine::stateChanged, this, [this](Engine::State s) {
        if (s == Engine::State::Connected)
            refresh();
    });
    connect(engine, &Engine::eventReceived, this, [this](const EngineEvent &e) {
        // Image changes, and builds/commits that make images, come as image events.
        if (e.type == QLatin1String("image"))
            m_debounce.start();
    });
    if (engine->state() == Engine::State::Connected)
        refresh();
}

void ImagesModel::refresh()
{
    if (!m_engine)
        return;
    if (m_refreshing) {
        m_refreshAgain = true; // one more after this one, not one per event
        return;
    }
    m_refreshing = true;
    m_engine->listImages().then(this, [this](const Result<QList<ImageSummary>> &r) {
        m_refreshing = false;
        if (r) {
            m_lastError.clear();
            setImages(*r);
        } else {
            m_lastError = r.error().fullText();
        }
        Q_EMIT refreshed(m_lastError);
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
}

void ImagesModel::rebuildIndex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
}

void ImagesModel::setImages(const QList<ImageSummary> &images)
{
    QHash<QString, const ImageSummary *> incoming;
    incoming.reserve(images.size());
    for (const ImageSummary &img : images)
        incoming.insert(img.id, &img);

    // 1. Remove rows whose id is gone, in contiguous runs from the end.
    int row = int(m_rows.size()) - 1;
    int lowestRemoved = int(m_rows.size());
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incoming.contains(m_rows.at(row).id))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        for (int i = last; i >= first; --i)
            m_rowOfId.remove(m_rows.at(i).id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        lowestRemoved = first;
    }
    if (lowestRemoved < m_rows.size())
        rebuildIndex(lowestRemoved);

    // 2. Update rows that changed, in contiguous runs.
    int runStart = -1;
    for (int i = 0; i <= m_rows.size(); ++i) {
        bool changed = false;
        if (i < m_rows.size()) {
            const ImageSummary *next = incoming.value(m_rows.at(i).id);
            if (!(*next == m_rows.at(i))) {
                m_rows[i] = *next;
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
        for (const ImageSummary *img : std::as_const(added)) {
            m_rows.append(*img);
            m_rowOfId.insert(img->id, int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
}

int ImagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSummary &img = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RepositoryColumn: return repositories(img);
        case TagColumn: return tags(img);
        case IdColumn: return img.shortId();
        case CreatedColumn: return relativeTime(QDateTime::fromSecsSinceEpoch(img.created), m_clock());
        case SizeColumn: return QLocale().formattedDataSize(img.size, 2, QLocale::DataSizeSIFormat);
        }
        break;
    case Qt::ToolTipRole: {
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
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (img.isDangling() && (index.column() == RepositoryColumn || index.column() == TagColumn)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == CreatedColumn)
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(img.created), QLocale::LongFormat);
        break;
    case IdRole: return img.id;
    case RepoTagsRole: return img.repoTags;
    case DanglingRole: return img.isDangling();
    case CreatedRole: return img.created;
    case SizeRole: return img.size;
    case SortRole:
        switch (index.column()) {
        case RepositoryColumn: return img.isDangling() ? QString() : img.repoTags.value(0);
        case TagColumn: return tags(img);
        case IdColumn: return img.id;
        case CreatedColumn: return img.created;
        case SizeColumn: return img.size;
        }
        break;
    case FilterRole: {
        QString text = img.repoTags.join(QLatin1Char(' ')) + QLatin1Char(' ') + img.id;
        for (auto it = img.labels.begin(); it != img.labels.end(); ++it)
            text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value();
        if (img.isDangling())
            text += QLatin1String(" <none>");
        return text;
    }
    }
    return {};
}

QVariant ImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RepositoryColumn: return tr("Repository");
    case TagColumn: return tr("Tags");
    case IdColumn: return tr("Image ID");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    }
    return {};
}
