#pragma once

#include "containerfiles.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <QMimeData>

#include <functional>
#include <optional>
#include <memory>
#include <vector>

class Engine;

/// A container's file system as a tree, read one folder at a time when it is
/// expanded (fetchMore), through ContainerFiles::listDirectory: exec in a running
/// container, the archive's headers otherwise. A folder read again is merged
/// (inserts, removals, dataChanged), so expansion and selection survive.
/// Display values are raw (sizes in bytes, QDateTime); views format them.
class ContainerFilesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModeColumn, OwnerColumn, ModifiedColumn, LinkColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< absolute path in the container
        TypeRole,                    ///< int ContainerFileEntry::Type
        SizeRole,                    ///< qint64 bytes
        ModeRole,                    ///< quint32 st_mode
        ModifiedRole,                ///< QDateTime
        ErrorRole,                   ///< why the entry or the folder could not be read, or empty
        LoadingRole,                 ///< bool: a folder being read now
        SortRole,                    ///< raw value of the column (folders first by name)
    };

    /// Reads one folder; the default asks the engine through ContainerFiles.
    using Lister = std::function<QFuture<Result<DirectoryListing>>(const QString &path)>;

    explicit ContainerFilesModel(QObject *parent = nullptr);
    ~ContainerFilesModel() override;

    /// Shows `containerId` of `engine` from `rootPath` (default "/"); nothing is read
    /// until the root is fetched. `preferExec` false always reads the archive.
    void setContainer(Engine *engine, const QString &containerId, const QString &rootPath = QStringLiteral("/"), bool preferExec = true);
    /// For tests and other sources: how folders are read.
    void setLister(const QString &rootPath, Lister lister);
    QString rootPath() const;

    /// Reads a folder that was read before again and merges what changed.
    void refresh(const QModelIndex &folder = {});
    /// Merges a listing into the folder it names (what fetchMore/refresh do with a reply).
    void applyListing(const QString &path, const Result<DirectoryListing> &listing);
    QModelIndex indexForPath(const QString &path) const;
    /// How the last folder was read (for the view to say what it costs).
    std::optional<DirectoryListing::Method> lastMethod() const { return m_lastMethod; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    /// The dragged entries as kContainerPathsMime: what a drop on another container's
    /// browser needs to copy them (the engine, the container, the paths); and, for the
    /// desktop's file manager, text/uri-list of the files fetched when dropped
    /// (ContainerDragData).
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /// Cais's own MIME type for container paths: UTF-8 JSON {"endpoint", "container", "paths"}.
    static constexpr auto kContainerPathsMime = "application/x-cais-container-paths";
    struct DraggedPaths
    {
        QString endpoint;
        QString container;
        QStringList paths;
    };
    static std::optional<DraggedPaths> draggedPaths(const QMimeData *mime);
    QString containerId() const { return m_container; }
    /// The options of the copies that files dragged out to the desktop start (-L, -a).
    void setCopyOptions(const CopyOptions &options) { m_copyOptions = options; }

Q_SIGNALS:
    void folderLoaded(const QString &path, DirectoryListing::Method method);
    void folderFailed(const QString &path, const EngineError &error);
    /// Files dragged out to the desktop started coming (ContainerDragData): one job per path.
    void dragFetchStarted(CopyJob *job);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Node *node, int column = 0) const;
    Node *findNode(const QString &path) const;
    void request(Node *node);
    void resetTree(const QString &rootPath);

    std::unique_ptr<Node> m_root;
    Lister m_lister;
    std::optional<DirectoryListing::Method> m_lastMethod;
    QString m_container;
    QString m_endpoint;
    QPointer<Engine> m_engine;
    CopyOptions m_copyOptions;
    quint64 m_generation = 0; ///< bumps when the container changes: late replies are dropped
};
