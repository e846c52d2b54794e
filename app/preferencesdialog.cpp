#include "preferencesdialog.h"

#include "containeralerts.h"
#include "containersmodel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(ContainersModel *containers, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *box = new QGroupBox(tr("Notifications"), this);
    box->setAccessibleName(tr("Notifications"));
    auto *boxLayout = new QVBoxLayout(box);
    auto *intro = new QLabel(tr("Show a desktop notification when a container exits without being stopped or killed, "
                                "or turns unhealthy."),
                             box);
    intro->setWordWrap(true);
    boxLayout->addWidget(intro);
    m_off = new QRadioButton(tr("&Off"), box);
    m_off->setAccessibleName(tr("Notifications off"));
    m_all = new QRadioButton(tr("&All containers"), box);
    m_all->setAccessibleName(tr("Notify for all containers"));
    m_chosen = new QRadioButton(tr("Only the containers &chosen below"), box);
    m_chosen->setAccessibleName(tr("Notify only for the chosen containers"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_off, m_all, m_chosen}) {
        group->addButton(b);
        boxLayout->addWidget(b);
    }
    m_list = new QListWidget(box);
    m_list->setAccessibleName(tr("Containers to notify for"));
    boxLayout->addWidget(m_list);
    layout->addWidget(box);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QSettings settings;
    const ContainerAlerts::Mode mode = ContainerAlerts::modeFromString(settings.value(QStringLiteral("notifications/mode")).toString());
    (mode == ContainerAlerts::Mode::All ? m_all : mode == ContainerAlerts::Mode::Chosen ? m_chosen : m_off)->setChecked(true);
    QStringList chosen = settings.value(QStringLiteral("notifications/chosen")).toStringList();
    // The current containers, and the chosen ones that do not exist right now.
    QStringList names;
    if (containers) {
        for (int r = 0; r < containers->rowCount(); ++r) {
            const QModelIndex project = containers->index(r, 0);
            const QString name = project.data(ContainersModel::NameRole).toString();
            if (containers->rowCount(project) == 0 && !name.isEmpty())
                names << name;
            for (int c = 0; c < containers->rowCount(project); ++c)
                names << containers->index(c, 0, project).data(ContainersModel::NameRole).toString();
        }
    }
    names << chosen;
    names.removeAll(QString());
    names.sort();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setEnabled(m_chosen->isChecked());
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            save();
    });
    connect(m_list, &QListWidget::itemChanged, this, &PreferencesDialog::save);
    resize(460, 420);
}

void PreferencesDialog::save()
{
    m_list->setEnabled(m_chosen->isChecked());
    QSettings settings;
    const ContainerAlerts::Mode mode = m_all->isChecked()      ? ContainerAlerts::Mode::All
                                       : m_chosen->isChecked() ? ContainerAlerts::Mode::Chosen
                                                               : ContainerAlerts::Mode::Off;
    settings.setValue(QStringLiteral("notifications/mode"), ContainerAlerts::modeToString(mode));
    QStringList chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_list->item(i)->text();
    }
    settings.setValue(QStringLiteral("notifications/chosen"), chosen);
    Q_EMIT notificationSettingsChanged();
}
