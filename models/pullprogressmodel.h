#pragma once

#include "progress.h"

#include <QAbstractTableModel>
#include <QHash>

/// The layers of one pull or push, one row per layer id, in the order the engine
/// first named them. Fed from a Progress: rows are appended and changed, never
/// removed or reset, so selection and scroll survive a whole pull (and a retry,
/// whose layers merge into the same rows).
class PullProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LayerColumn, StateColumn, ProgressColumn, ColumnCount };
    enum Role {
        LayerIdRole = Qt::UserRole + 1,
        StateRole,    ///< int(Progress::LayerState)
        FractionRole, ///< double 0..1 of the current phase (download, extraction, push), -1 while the size is unknown
        SkippedRole,  ///< bool: nothing to transfer (already there, mounted)
        CurrentRole,  ///< qint64 bytes of the current phase
        TotalRole,    ///< qint64 bytes of the current phase, -1 unknown
        SizeRole,     ///< qint64 transfer size, -1 unknown
        DoneRole,     ///< bool
        SortRole,
    };

    explicit PullProgressModel(Progress::Kind kind = Progress::Kind::Pull, QObject *parent = nullptr);

    Progress::Kind kind() const { return m_kind; }
    void setKind(Progress::Kind kind) { m_kind = kind; }

    /// Merges the layers that `update` names (changed and new ones).
    void apply(const Progress &progress, const Progress::Update &update);
    /// Merges every layer of `progress`.
    void sync(const Progress &progress);

    const Progress::Layer &layer(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rowOf.value(id, -1); }

    /// 0..1 of the layer's current phase, as the CLI's bar per line shows it: the
    /// download, then the extraction, each from empty to full.
    static double phaseFraction(const Progress::Layer &layer);
    /// "1.2 MB of 5 MB", "512 B", or empty: the bytes text of a layer.
    static QString bytesText(const Progress::Layer &layer, Progress::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void upsert(const QList<const Progress::Layer *> &layers);

    Progress::Kind m_kind;
    QList<Progress::Layer> m_rows;
    QHash<QString, int> m_rowOf;
};
