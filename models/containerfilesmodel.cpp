#include "containerfilesmodel.h"

#include "containerdragdata.h"

#include "engine.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

struct ContainerFilesModel::Node
{
    ContainerFileEntry entry;
    QString path;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children; ///< sorted by name
    bool fetched = false;
    bool loading = false;
    QString error; ///< why the folder could not be read

    bool isFolder() const { return entry.type == ContainerFileEntry::Type::Directory; }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return -1;
    }
};

namespace {
QString childPath(const QString &parent, const QString &name)
{
    return parent.endsWith(u'/') ? QString(parent + name) : QString(parent + u'/' + name);
}
} // namespace

ContainerFilesModel::ContainerFilesModel(QObject *parent) : QAbstractItemModel(parent)
{
    resetTree(QStringLiteral("/"));
}

ContainerFilesModel::~ContainerFilesModel() = default;

void ContainerFilesModel::resetTree(const QString &rootPath)
{
    beginResetModel();
    ++m_generation;
    m_root = std::make_unique<Node>();
    m_root->path = rootPath;
    m_root->entry.name = rootPath;
    m_root->entry.type = ContainerFileEntry::Type::Directory;
    m_lastMethod.reset();
    endResetModel();
}

void ContainerFilesModel::setContainer(Engine *engine, const QString &containerId, const QString &rootPath, bool preferExec)
{
    QPointer<Engine> e = engine;
    const QString endpoint = engine ? engine->endpoint().toString() : QString();
    setLister(rootPath, [e, containerId, preferExec](const QString &path) {
        if (!e)
            return QtFuture::makeReadyValueFuture(Result<DirectoryListing>(
                std::unexpected(EngineError::make(EngineError::Kind::Closed, tr("The engine connection is gone.")))));
        return ContainerFiles(e).listDirectory(containerId, path, preferExec);
    });
    m_container = containerId;
    m_endpoint = endpoint;
    m_engine = engine;
}

void ContainerFilesModel::setLister(const QString &rootPath, Lister lister)
{
    // A different container is a different tree: the one time a reset is right.
    m_lister = std::move(lister);
    m_container.clear();
    m_endpoint.clear();
    m_engine.clear();
    resetTree(rootPath);
}

QString ContainerFilesModel::rootPath() const
{
    return m_root->path;
}

ContainerFilesModel::Node *ContainerFilesModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ContainerFilesModel::indexOf(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

ContainerFilesModel::Node *ContainerFilesModel::findNode(const QString &path) const
{
    const QString root = m_root->path;
    if (path == root)
        return m_root.get();
    const QString prefix = root.endsWith(u'/') ? root : root + u'/';
    if (!path.startsWith(prefix))
        return nullptr;
    Node *node = m_root.get();
    for (const auto range = path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts); const QString &part : range) {
        Node *next = nullptr;
        for (const auto &c : node->children)
            if (c->entry.name == part) {
                next = c.get();
                break;
            }
        if (!next)
            return nullptr;
        node = next;
    }
    return node;
}

QModelIndex ContainerFilesModel::indexForPath(const QString &path) const
{
    return indexOf(findNode(path));
}

void ContainerFilesModel::request(Node *node)
{
    if (!m_lister || node->loading)
        return;
    node->loading = true;
    if (node != m_root.get()) {
        const QModelIndex idx = indexOf(node);
        Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1), {LoadingRole});
    }
    const QString path = node->path;
    const quint64 generation = m_generation;
    m_lister(path).then(this, [this, path, generation](const Result<DirectoryListing> &r) {
        if (generation == m_generation)
            applyListing(path, r);
    });
}

void ContainerFilesModel::refresh(const QModelIndex &folder)
{
    Node *node = nodeOf(folder);
    if (node->isFolder() && node->fetched)
        request(node);
}

void ContainerFilesModel::applyListing(const QString &path, const Result<DirectoryListing> &listing)
{
    Node *node = findNode(path);
    if (!node)
        return; // the folder went away meanwhile
    node->loading = false;
    node->fetched = true;
    const QModelIndex parentIndex = indexOf(node);
    if (!listing) {
        node->error = listing.error().fullText();
        if (node != m_root.get())
            Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1), {ErrorRole, LoadingRole, Qt::ToolTipRole});
        Q_EMIT folderFailed(path, listing.error());
        return;
    }
    node->error.clear();
    m_lastMethod = listing->method;
    QList<ContainerFileEntry> incoming = listing->entries;
    std::sort(incoming.begin(), incoming.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    // Merge two name-sorted lists.
    size_t i = 0;
    qsizetype j = 0;
    while (i < node->children.size() || j < incoming.size()) {
        Node *have = i < node->children.size() ? node->children[i].get() : nullptr;
        const ContainerFileEntry *want = j < incoming.size() ? &incoming[j] : nullptr;
        if (have && (!want || have->entry.name < want->name)) {
            // Gone: remove the run of gone rows at once.
            size_t end = i + 1;
            while (end < node->children.size() && (!want || node->children[end]->entry.name < want->name))
                ++end;
            beginRemoveRows(parentIndex, int(i), int(end - 1));
            node->children.erase(node->children.begin() + qsizetype(i), node->children.begin() + qsizetype(end));
            endRemoveRows();
            continue;
        }
        if (want && (!have || want->name < have->entry.name)) {
            qsizetype end = j + 1;
            while (end < incoming.size() && (!have || incoming[end].name < have->entry.name))
                ++end;
            beginInsertRows(parentIndex, int(i), int(i + size_t(end - j) - 1));
            for (qsizetype k = j; k < end; ++k) {
                auto n = std::make_unique<Node>();
                n->entry = incoming[k];
                n->path = childPath(node->path, incoming[k].name);
                n->parent = node;
                node->children.insert(node->children.begin() + qsizetype(i) + (k - j), std::move(n));
            }
            endInsertRows();
            i += size_t(end - j);
            j = end;
            continue;
        }
        // The same name: update in place.
        if (!(have->entry == *want)) {
            const bool wasFolder = have->isFolder();
            have->entry = *want;
            if (wasFolder && !have->isFolder() && !have->children.empty()) {
                const QModelIndex idx = indexOf(have);
                beginRemoveRows(idx, 0, int(have->children.size()) - 1);
                have->children.clear();
                endRemoveRows();
                have->fetched = false;
            }
            const QModelIndex idx = indexOf(have);
            Q_EMIT dataChanged(idx, idx.siblingAtColumn(ColumnCount - 1));
        }
        ++i;
        ++j;
    }
    if (node != m_root.get())
        Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1), {ErrorRole, LoadingRole, Qt::ToolTipRole});
    Q_EMIT folderLoaded(path, listing->method);
}

QModelIndex ContainerFilesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node *p = nodeOf(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ContainerFilesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<Node *>(child.internalPointer())->parent);
}

int ContainerFilesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ContainerFilesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ContainerFilesModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    if (!n->isFolder())
        return false;
    return !n->fetched || !n->children.empty();
}

bool ContainerFilesModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    return m_lister && n->isFolder() && !n->fetched && !n->loading;
}

void ContainerFilesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(nodeOf(parent));
}

QVariant ContainerFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const ContainerFileEntry &e = n->entry;
    const QString owner = !e.owner.isEmpty() ? QString(e.owner + u':' + (e.group.isEmpty() ? QString::number(e.gid) : e.group))
                                             : QString(QString::number(e.uid) + u':' + QString::number(e.gid));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case SizeColumn:
            return e.type == ContainerFileEntry::Type::File ? QVariant(e.size) : QVariant();
        case ModeColumn:
            return e.error.isEmpty() ? ContainerFileEntry::modeString(e.mode) : QString();
        case OwnerColumn:
            return e.error.isEmpty() ? owner : QString();
        case ModifiedColumn:
            return e.modified;
        case LinkColumn:
            return e.linkTarget;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!e.error.isEmpty())
            return e.error;
        if (!n->error.isEmpty())
            return n->error;
        if (e.type == ContainerFileEntry::Type::Symlink)
            return tr("%1 → %2").arg(n->path, e.linkTarget);
        return n->path;
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? n->path : QVariant();
    case PathRole:
        return n->path;
    case TypeRole:
        return int(e.type);
    case SizeRole:
        return e.size;
    case ModeRole:
        return e.mode;
    case ModifiedRole:
        return e.modified;
    case ErrorRole:
        return !e.error.isEmpty() ? e.error : n->error;
    case LoadingRole:
        return n->loading;
    case SortRole:
        switch (index.column()) {
        case SizeColumn:
            return e.size;
        case ModifiedColumn:
            return e.modified.toSecsSinceEpoch();
        case ModeColumn:
            return e.mode;
        case OwnerColumn:
            return owner;
        case LinkColumn:
            return e.linkTarget;
        default:
            return QString((n->isFolder() ? u'0' : u'1') + e.name);
        }
    default:
        return {};
    }
}

QVariant ContainerFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    case ModifiedColumn:
        return tr("Modified");
    case LinkColumn:
        return tr("Link target");
    default:
        return {};
    }
}

Qt::ItemFlags ContainerFilesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && !m_container.isEmpty())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ContainerFilesModel::mimeTypes() const
{
    return {QString::fromLatin1(kContainerPathsMime)};
}

QMimeData *ContainerFilesModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    for (const QModelIndex &i : indexes) {
        const QString p = nodeOf(i)->path;
        if (i.isValid() && !paths.contains(p))
            paths.append(p);
    }
    if (paths.isEmpty() || m_container.isEmpty())
        return nullptr;
    QJsonObject o;
    o.insert(u"endpoint", m_endpoint);
    o.insert(u"container", m_container);
    o.insert(u"paths", QJsonArray::fromStringList(paths));
    QMimeData *mime = nullptr;
    if (m_engine) {
        auto *drag = new ContainerDragData(m_engine, m_container, paths, m_copyOptions);
        connect(drag, &ContainerDragData::fetchStarted, const_cast<ContainerFilesModel *>(this), &ContainerFilesModel::dragFetchStarted);
        mime = drag;
    } else {
        mime = new QMimeData;
    }
    mime->setData(QString::fromLatin1(kContainerPathsMime), QJsonDocument(o).toJson(QJsonDocument::Compact));
    return mime;
}

std::optional<ContainerFilesModel::DraggedPaths> ContainerFilesModel::draggedPaths(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kContainerPathsMime)))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(mime->data(QString::fromLatin1(kContainerPathsMime))).object();
    DraggedPaths d{o.value(u"endpoint").toString(), o.value(u"container").toString(), {}};
    for (const auto range = o.value(u"paths").toArray(); const QJsonValue &v : range)
        d.paths.append(v.toString());
    if (d.container.isEmpty() || d.paths.isEmpty())
        return std::nullopt;
    return d;
}
