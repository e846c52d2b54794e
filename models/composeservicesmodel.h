#pragma once

#include "composeproject.h"
#include "keyedlistmodel.h"

#include <QHash>

/// A row of the services list of a Compose project: "All", then each service.
struct ComposeServiceRow
{
    QString name; ///< empty for the "All" row
    QString image;
    QString status; ///< the last status the CLI printed for it ("Started", "Pulled"...)
    int lines = 0;

    bool operator==(const ComposeServiceRow &) const = default;
};

/// The services of a Compose project and the CLI's output for each. The first row,
/// "All", holds every line; a line naming a service (its container, or the service
/// itself for a pull) also goes to that service. Updates merge (a reloaded file keeps
/// the rows of the services it still has), never reset.
class ComposeServicesModel : public KeyedListModel<ComposeServiceRow>
{
    Q_OBJECT
public:
    enum Column { ServiceColumn, ImageColumn, StatusColumn, ColumnCount };
    enum Role { ServiceRole = Qt::UserRole + 1, IsAllRole, LineCountRole, StatusRole /**< the CLI's own word */ };

    explicit ComposeServicesModel(QObject *parent = nullptr);

    /// Merges the services of `project` (the "All" row stays first).
    void setProject(const ComposeProject &project);
    /// Files a line of output under its service (and "All").
    void addLine(const ComposeLine &line);
    /// Forgets the output and statuses (before a new command).
    void clearOutput();
    /// The output lines of `service` (empty: all of them).
    QStringList linesOf(const QString &service) const { return m_lines.value(service); }
    QStringList services() const;
    /// The CLI's status word ("Started") in the user's language.
    static QString statusText(const QString &status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A line was filed under `service` (and under "All", service empty).
    void lineAdded(const QString &service, const QString &text);

protected:
    QString keyOf(const ComposeServiceRow &row) const override { return row.name; }

private:
    QHash<QString, QStringList> m_lines;
};
