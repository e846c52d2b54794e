#pragma once

#include "containerhealth.h"
#include "keyedlistmodel.h"

/// A container's healthcheck runs (`State.Health.Log` of inspect; the engine keeps
/// the last five), oldest first, keyed by when each started: a new inspect merges,
/// so the runs that rotated out go and the new ones come at the end.
class HealthLogModel : public KeyedListModel<HealthProbe>
{
    Q_OBJECT
public:
    enum Column { StartColumn, EndColumn, DurationColumn, ExitCodeColumn, OutputColumn, ColumnCount };
    enum Role {
        ExitCodeRole = Qt::UserRole + 1, ///< int
        OutputRole,                      ///< the whole output
        StartRole,                       ///< QDateTime
        SortRole,
    };

    explicit HealthLogModel(QObject *parent = nullptr)
        : KeyedListModel<HealthProbe>(parent)
    {
    }

    void setProbes(const QList<HealthProbe> &probes) { setRows(probes); }
    /// What an exit code means for a healthcheck, in words.
    static QString resultText(int exitCode);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const HealthProbe &p) const override { return p.startRaw; }
};
