#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QTableWidget;

/// An editable two-column table of KEY=value pairs (labels, driver options) with
/// Add and Remove buttons; empty keys are ignored.
class KeyValueTable : public QWidget
{
    Q_OBJECT
public:
    /// `what` names the table for screen readers ("Labels").
    KeyValueTable(const QString &what, QWidget *parent = nullptr);

    QMap<QString, QString> values() const;
    void addRow(const QString &key = {}, const QString &value = {});
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
};

/// A label that shows error text in the error colour, or plain status text.
void setStatusText(QLabel *label, const QString &text, bool error);
