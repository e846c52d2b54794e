#include "preferencesdialog.h"

#include "appearance.h"
#include "containeralerts.h"
#include "containersmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
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

    auto *look = new QGroupBox(tr("Appearance"), this);
    look->setAccessibleName(tr("Appearance"));
    auto *form = new QFormLayout(look);
    m_scheme = new QComboBox(look);
    m_scheme->setObjectName(QStringLiteral("schemeBox"));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    m_scheme->addItem(tr("As the desktop"), Appearance::schemeToString(Appearance::Scheme::System));
    m_scheme->addItem(tr("Light"), Appearance::schemeToString(Appearance::Scheme::Light));
    m_scheme->addItem(tr("Dark"), Appearance::schemeToString(Appearance::Scheme::Dark));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(Appearance::schemeToString(Appearance::savedScheme()))));
    form->addRow(tr("&Colours:"), m_scheme);
    m_language = new QComboBox(look);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    // What the system's language gives: Portuguese for any Portuguese, English otherwise
    // (the C locale of a bare session included).
    const bool systemPortuguese = QLocale().language() == QLocale::Portuguese;
    m_language->addItem(tr("As the system (%1)").arg(systemPortuguese ? QStringLiteral("Português") : QStringLiteral("English")),
                        QStringLiteral("system"));
    // Each language in its own words, so that a user lost in the other one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    m_startLanguage = Appearance::savedLanguage();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("Cais speaks the language chosen from its next start."), look);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    form->addRow(m_languageNote);
    layout->addWidget(look);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        Appearance::setScheme(Appearance::schemeFromString(m_scheme->currentData().toString()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString chosen = m_language->currentData().toString();
        Appearance::setLanguage(chosen);
        m_languageNote->setVisible(chosen != m_startLanguage);
    });

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
    resize(460, 540);
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
