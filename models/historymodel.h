#pragma once

#include "imagesapi.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

/// The layer history of one image (`docker history`), newest step first, as the
/// engine lists it. The instruction column shows what the Dockerfile said, without
/// the builder's `/bin/sh -c #(nop)` wrapping; the full recorded text stays in
/// FullTextRole and the tooltip.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { InstructionColumn, SizeColumn, CreatedColumn, IdColumn, CommentColumn, DockerfileColumn, ColumnCount };
    enum Role {
        FullTextRole = Qt::UserRole + 1, ///< CreatedBy exactly as recorded
        SizeRole,                        ///< qint64 bytes
        CreatedRole,                     ///< qint64 unix seconds
        EmptyRole,                       ///< bool: the step added no bytes
        MissingRole,                     ///< bool: no local image for this step ("<missing>")
        IdRole,                          ///< the step's image ID, or "<missing>"
        StepRole,                        ///< int: 1 for the oldest step
        SortRole,                        ///< raw value of the column
        DockerfileLineRole,              ///< int: the Dockerfile line that made the step, 0 when unknown
    };

    explicit HistoryModel(QObject *parent = nullptr);

    /// Shows `entries` (newest first). The same history again changes nothing.
    void setHistory(const QList<ImageHistoryEntry> &entries);
    void clear() { setHistory({}); }
    const QList<ImageHistoryEntry> &entries() const { return m_entries; }

    /// Which Dockerfile line made each row (row -> 1-based line), for an image built
    /// in Cais's editor: shown in DockerfileColumn. Empty `lines` removes the links.
    void setDockerfileLinks(const QString &dockerfilePath, const QHash<int, int> &lines);
    QString dockerfilePath() const { return m_dockerfilePath; }
    bool hasDockerfileLinks() const { return !m_lines.isEmpty(); }

    /// The sum of the steps' sizes: what the layers add up to.
    qint64 totalSize() const { return m_total; }
    int missingCount() const { return m_missing; }
    int emptyCount() const { return m_empty; }

    /// For relative dates in tests; defaults to the current time.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// The Dockerfile instruction a recorded CreatedBy stands for, on one line:
    /// "/bin/sh -c #(nop)  CMD [\"sh\"]" -> "CMD [\"sh\"]", "/bin/sh -c make" ->
    /// "RUN make", BuildKit's "RUN /bin/sh -c make # buildkit" -> "RUN make".
    static QString instruction(const QString &createdBy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImageHistoryEntry> m_entries;
    QStringList m_instructions; ///< computed once per history: the view asks on every paint
    qint64 m_total = 0;
    int m_missing = 0;
    int m_empty = 0;
    std::function<QDateTime()> m_clock;
    QString m_dockerfilePath;
    QHash<int, int> m_lines; ///< row -> Dockerfile line
};
