#pragma once

#include <QSortFilterProxyModel>

/// Sorts containers on raw values (dates and states as numbers) and filters them as
/// the user types: every word must appear in the container's name, id, image,
/// command, state, ports or labels, or in its Compose project's name. "Running
/// only" hides stopped containers, and projects with none running. Project rows
/// stay while any of their containers is shown.
class ContainersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContainersProxyModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(QLatin1Char(' ')); }
    void setRunningOnly(bool runningOnly);
    bool runningOnly() const { return m_runningOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    /// Every word typed is in `hay` (case aside).
    bool matches(const QString &hay) const;

private:
    QStringList m_words;
    bool m_runningOnly = false;
};
