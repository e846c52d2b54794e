#pragma once

#include "types.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>

class Engine;

/// The engine's images, one row per image id with every tag it has. Refreshes
/// merge by id (rows are inserted, removed or changed, never reset), so
/// selection and scroll survive. Driven by an Engine (list on connect, re-list
/// after image events) or fed directly with setImages().
class ImagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RepositoryColumn, TagColumn, IdColumn, CreatedColumn, SizeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< full id "sha256:..."
        RepoTagsRole,              ///< QStringList of "repo:tag"
        SortRole,                  ///< raw value of the column (numbers for created/size)
        FilterRole,                ///< text searched by the filter: tags, id, labels
        DanglingRole,              ///< bool
        CreatedRole,               ///< qint64 unix seconds
        SizeRole,                  ///< qint64 bytes
    };

    explicit ImagesModel(QObject *parent = nullptr);

    /// Follows `engine`: lists on connect and after image events (debounced).
    void setEngine(Engine *engine);
    /// Re-lists now (asynchronously).
    void refresh();
    /// Merges `images` into the rows: the model then holds exactly these images.
    void setImages(const QList<ImageSummary> &images);
    /// For relative dates in tests; defaults to the current time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const ImageSummary &image(int row) const { return m_rows.at(row); }
    int rowOfId(const QString &id) const { return m_rowOfId.value(id, -1); }
    /// The last refresh's error, empty after a successful one.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "3 minutes ago", "2 days ago": the CLI's human durations.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);

Q_SIGNALS:
    /// A refresh completed (after the merge), or failed with `error`.
    void refreshed(const QString &error);

private:
    void rebuildIndex(int from);
    QString repositories(const ImageSummary &img) const;
    QString tags(const ImageSummary &img) const;

    QList<ImageSummary> m_rows;
    QHash<QString, int> m_rowOfId;
    QPointer<Engine> m_engine;
    QTimer m_debounce;
    QTimer m_ageTick; ///< "3 minutes ago" must keep ageing while shown
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QString m_lastError;
    std::function<QDateTime()> m_clock;
};
