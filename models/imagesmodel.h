#pragma once

#include "enginefollower.h"

#include "imagesapi.h"
#include "types.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class Engine;

/// The engine's images, one top-level row per image ID. An image with several
/// tags has one child row per tag, so that every tag can be selected and acted
/// upon (untag, retag, copy). How many containers use each image is counted from
/// the container list, because engines before API 1.51 do not say.
///
/// Refreshes merge by ID (rows are inserted, removed or changed, never reset), so
/// selection, scroll and expanded rows survive. Driven by an Engine: a full list
/// on connect; after image events (pull, tag, untag, delete, ...) a re-list, and
/// after container create/destroy events a re-count; or fed directly with
/// setImages() and setContainers().
class ImagesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        RepositoryColumn,
        TagColumn,
        IdColumn,
        CreatedColumn,
        SizeColumn,
        SharedSizeColumn,
        ContainersColumn,
        StatusColumn,
        LabelsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< full image ID "sha256:..." (tag rows: their image's)
        RepoTagsRole,              ///< QStringList of "repo:tag"
        SortRole,                  ///< raw value of the column (numbers for created/size/containers)
        FilterRole,                ///< text searched by the filter: tags, ID, labels
        DanglingRole,              ///< bool
        CreatedRole,               ///< qint64 unix seconds
        SizeRole,                  ///< qint64 bytes
        SharedSizeRole,            ///< qint64 bytes, -1 when the engine did not compute it
        ContainersRole,            ///< int containers using the image, -1 while unknown
        InUseRole,                 ///< bool: at least one container uses the image
        ContainerNamesRole,        ///< QStringList of the containers' names
        IsTagRole,                 ///< bool: a tag row (child of an image row)
        RepoTagRole,               ///< the tag row's "repo:tag"; an image row's only tag; else empty
        LabelsRole,                ///< QVariantMap of the image's labels
    };

    explicit ImagesModel(QObject *parent = nullptr);
    ~ImagesModel() override;

    /// Follows `engine`: lists on connect, re-lists after image events and
    /// re-counts containers after container events (both debounced).
    void setEngine(Engine *engine);
    Engine *engine() const;
    /// Re-lists images and containers now (asynchronously).
    void refresh();
    /// How long events gather before a re-list (default 150 ms).
    void setEventDelay(int ms);
    /// Merges `images` into the rows: the model then holds exactly these images.
    void setImages(const QList<ImageSummary> &images);
    /// Counts, per image, the containers created from it.
    void setContainers(const QList<ImageUser> &containers);
    /// For relative dates in tests; defaults to the current time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const ImageSummary &image(int row) const { return m_rows.at(size_t(row))->image; }
    /// SortRole of an image row's numeric column (created, sizes, containers) without a
    /// QVariant, for ImagesProxyModel's sort; false for other columns and tag rows.
    bool numericSortKey(const QModelIndex &index, qint64 *key) const;
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    QModelIndex indexOfId(const QString &id, int column = 0) const;
    /// The containers using image `id` (from the last container list).
    QList<ImageUser> containersOf(const QString &id) const { return m_usage.value(id); }
    bool containersKnown() const { return m_usageKnown; }
    /// The images and containers as listed, for the prune preview to start from
    /// (ImagesApi::previewPrune); nothing while a list is missing, failed or under way.
    std::optional<ImagesApi::PruneKnownLists> pruneKnownLists() const;
    /// The last refresh's error, empty after a successful one.
    QString lastError() const { return m_images->lastError(); }
    /// Why the Shared column is empty (the engine cannot report shared sizes: Docker
    /// before API 1.42, Podman), shown in its tooltips; empty when it can.
    QString sharedSizeNote() const { return m_sharedSizeNote; }
    static QString sharedSizeNoteFor(const EngineInfo &info);
    /// Asks `engine` at once for the image list this model fetches once connected, at
    /// the API version it spoke last time (Engine::prefetch): at start it goes out
    /// with the ping, and the engine answers it while the window is built.
    static void prefetch(Engine &engine);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3 minutes ago", "2 days ago": the CLI's human durations.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

Q_SIGNALS:
    /// A refresh completed (after the merge), or failed with `error`.
    void refreshed(const QString &error);
    /// The container counts changed (after setContainers()).
    void containersChanged();

private:
    struct Row
    {
        ImageSummary image;
        QStringList tags; ///< the child rows, in the model's order; empty for fewer than two tags
        int row = 0;      ///< its current top-level row, for parent() of its tag rows
        int containers = -1;
        QString filterText;
    };

    void setSharedSizeNote(const QString &note);
    void setUsage(Row &row) const;
    void mergeTags(int row, const QStringList &tags);
    static QString filterTextOf(const ImageSummary &img);
    QString repositories(const ImageSummary &img) const;
    QString tags(const ImageSummary &img) const;
    QString status(const Row &row) const;
    QVariant imageData(const Row &row, int column, int role) const;
    QVariant tagData(const Row &row, int tagRow, int column, int role) const;

    std::vector<std::unique_ptr<Row>> m_rows;
    QHash<QString, int> m_rowOfId;
    QHash<QString, QList<ImageUser>> m_usage;
    bool m_usageKnown = false;
    bool m_imagesKnown = false; ///< setImages ran since the last setEngine
    EngineFollower *m_images;   ///< the image list
    EngineFollower *m_users;    ///< which containers use which image
    QTimer m_ageTick; ///< "3 minutes ago" must keep ageing while shown
    QString m_sharedSizeNote;
    std::function<QDateTime()> m_clock;
};
