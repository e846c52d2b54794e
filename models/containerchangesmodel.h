#pragma once

#include "containertypes.h"
#include "keyedlistmodel.h"

#include <QPointer>
#include <QSortFilterProxyModel>

class Engine;

/// What changed in a container's file system compared with its image (`docker diff`,
/// `GET /containers/{id}/changes`): one row per path, added, changed or deleted.
/// Keyed by path and merged on each load, so a reload after more changes keeps the
/// selection and scroll.
class ContainerChangesModel : public KeyedListModel<ContainerChange>
{
    Q_OBJECT
public:
    enum Column { KindColumn, PathColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int ContainerChange::Kind
        PathRole,
        SortRole,
    };

    explicit ContainerChangesModel(QObject *parent = nullptr);

    /// Asks `engine` for the changes of `containerId` (a new container empties the
    /// model first); loaded() tells when they are in.
    void load(Engine *engine, const QString &containerId);
    /// Asks again for the same container.
    void reload();
    void clear();
    QString containerId() const { return m_id; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    /// Merges the engine's list (what load() does with the answer).
    void setChanges(const QList<ContainerChange> &changes);
    int count(ContainerChange::Kind kind) const;

    /// "Added", "Changed", "Deleted", translated.
    static QString kindText(ContainerChange::Kind kind);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A load ended: merged, or failed with `error`.
    void loaded(const QString &error);

protected:
    QString keyOf(const ContainerChange &c) const override { return c.path; }

private:
    QPointer<Engine> m_engine;
    QString m_id;
    quint64 m_request = 0;
    bool m_loading = false;
    QString m_error;
};

/// The changes a user looks for: paths containing a text, of the kinds chosen.
class ContainerChangesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContainerChangesProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setKindShown(ContainerChange::Kind kind, bool shown);
    bool isKindShown(ContainerChange::Kind kind) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_shown[3] = {true, true, true};
};
