#include "system/keyvaluetable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueTable::KeyValueTable(const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setAccessibleName(what);
    m_table->setAccessibleName(what);
    m_table->setTabKeyNavigation(false); // read-only: Tab moves on, arrows move in the table
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::changed);
    auto *add = new QPushButton(tr("Add"), this);
    add->setAccessibleName(tr("Add a row to %1").arg(what));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setAccessibleName(tr("Remove the selected row of %1").arg(what));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_table, 1);
    lay->addLayout(buttons);
}

QMap<QString, QString> KeyValueTable::values() const
{
    QMap<QString, QString> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString key = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        if (!key.isEmpty())
            out.insert(key, m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString());
    }
    return out;
}

void KeyValueTable::addRow(const QString &key, const QString &value)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, 0, new QTableWidgetItem(key));
    m_table->setItem(r, 1, new QTableWidgetItem(value));
    Q_EMIT changed();
}

void setStatusText(QLabel *label, const QString &text, bool error)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText,
                 error ? QColor(0xc0, 0x1c, 0x28) : (label->parentWidget() ? label->parentWidget()->palette() : label->palette()).color(QPalette::WindowText));
    label->setPalette(pal);
    label->setText(text);
}
