#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

/// The processes of one container as `docker top` lists them: the columns the
/// engine returned, one row per process. Each refresh is merged by PID: a process
/// keeps its row (and its selection) for as long as it lives; a new process is
/// marked New until the next refresh; one that ended stays, marked Ended, until the
/// next refresh and then goes. Only a change of columns (another ps preset)
/// replaces the rows.
class ProcessesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, ///< a number for numbers and durations ("00:01:02", "1-02:03:04"), else the text
        StateRole,                   ///< RowState as int
        PidRole,                     ///< the row's PID text
    };
    enum class RowState { Normal, New, Ended };
    Q_ENUM(RowState)

    explicit ProcessesModel(QObject *parent = nullptr);

    /// Merges one answer of GET /containers/{id}/top into the rows.
    void setProcesses(const QStringList &titles, const QList<QStringList> &rows);
    /// No rows, no columns (another container).
    void clear();

    const QStringList &titles() const { return m_titles; }
    /// The column titled PID; -1 when ps printed none.
    int pidColumn() const { return m_pidColumn; }
    RowState rowState(int row) const { return m_rows.at(row).state; }
    /// The row of `pid`, or -1.
    int rowOfPid(const QString &pid) const;

    /// What SortRole gives for a cell: a double for "12", "0.5", "00:01:02", "1:05",
    /// "2-03:04:05" (seconds); the text itself otherwise.
    static QVariant sortValue(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QStringList cells;
        RowState state = RowState::Normal;
    };
    QString keyOf(const QStringList &cells) const;
    void replaceColumns(const QStringList &titles);
    void removeRowsWhere(const std::function<bool(const Row &)> &pred);

    QStringList m_titles;
    int m_pidColumn = -1;
    QList<Row> m_rows;
    bool m_loaded = false; ///< false until the first answer: its rows are not "new"
};
