#include "preferencesdialog.h"

#include "appearance.h"
#include "containeralerts.h"
#include "containersmodel.h"
#include "userpreferences.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(ContainersModel *containers, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("preferencesTabs"));
    tabs->setAccessibleName(tr("Preference pages"));
    auto *general = new QWidget(tabs);
    general->setAccessibleName(tr("General"));
    auto *generalLayout = new QVBoxLayout(general);
    auto *notifications = new QWidget(tabs);
    notifications->setAccessibleName(tr("Notifications"));
    auto *notificationsLayout = new QVBoxLayout(notifications);
    tabs->addTab(general, tr("&General"));
    tabs->addTab(notifications, tr("&Notifications"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);

    auto *look = new QGroupBox(tr("Appearance"), general);
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
    generalLayout->addWidget(look);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        Appearance::setScheme(Appearance::schemeFromString(m_scheme->currentData().toString()));
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString chosen = m_language->currentData().toString();
        Appearance::setLanguage(chosen);
        m_languageNote->setVisible(chosen != m_startLanguage);
    });

    // How often things are sampled, applied at once to every open view.
    UserPreferences *prefs = UserPreferences::instance();
    auto *rates = new QGroupBox(tr("Updates"), general);
    rates->setAccessibleName(tr("Updates"));
    auto *ratesForm = new QFormLayout(rates);
    auto seconds = [rates](const QString &name, const QString &objectName, int value) {
        auto *box = new QSpinBox(rates);
        box->setObjectName(objectName);
        box->setAccessibleName(name);
        box->setRange(UserPreferences::kMinSeconds, UserPreferences::kMaxSeconds);
        box->setSuffix(tr(" s"));
        box->setValue(value);
        return box;
    };
    m_sampling = seconds(tr("Seconds between stats samples of lists and the dashboard"), QStringLiteral("samplingBox"), prefs->samplingSeconds());
    m_sampling->setToolTip(tr("The CPU, memory, network and disk columns of the container list and the dashboard. "
                              "Each sample costs the engine some work for every container shown."));
    ratesForm->addRow(tr("Container &stats in lists, every:"), m_sampling);
    m_processes = seconds(tr("Seconds between two process lists"), QStringLiteral("processesBox"), prefs->processesSeconds());
    m_processes->setToolTip(tr("How often an open Processes tab asks for the container's processes (docker top)."));
    ratesForm->addRow(tr("&Processes (top), every:"), m_processes);
    auto *chartsNote = new QLabel(tr("An open stats chart gets a sample every second, as docker stats does."), rates);
    chartsNote->setWordWrap(true);
    ratesForm->addRow(chartsNote);
    generalLayout->addWidget(rates);
    connect(m_sampling, &QSpinBox::valueChanged, prefs, &UserPreferences::setSamplingSeconds);
    connect(m_processes, &QSpinBox::valueChanged, prefs, &UserPreferences::setProcessesSeconds);

    auto *ask = new QGroupBox(tr("Ask before"), general);
    ask->setAccessibleName(tr("Ask before"));
    auto *askLayout = new QVBoxLayout(ask);
    m_confirmLifecycle = new QCheckBox(tr("S&topping, restarting or pausing containers"), ask);
    m_confirmLifecycle->setObjectName(QStringLiteral("confirmLifecycleBox"));
    m_confirmLifecycle->setAccessibleName(tr("Ask before stopping, restarting or pausing containers"));
    m_confirmLifecycle->setChecked(prefs->confirmLifecycle());
    m_confirmTerminal = new QCheckBox(tr("Closing a &terminal whose program still runs"), ask);
    m_confirmTerminal->setObjectName(QStringLiteral("confirmTerminalBox"));
    m_confirmTerminal->setAccessibleName(tr("Ask before closing a terminal whose program still runs"));
    m_confirmTerminal->setChecked(prefs->confirmCloseTerminal());
    auto *alwaysNote = new QLabel(tr("Removing and pruning always ask first: they list what will be deleted."), ask);
    alwaysNote->setWordWrap(true);
    askLayout->addWidget(m_confirmLifecycle);
    askLayout->addWidget(m_confirmTerminal);
    askLayout->addWidget(alwaysNote);
    generalLayout->addWidget(ask);
    generalLayout->addStretch(1);
    connect(m_confirmLifecycle, &QCheckBox::toggled, prefs, &UserPreferences::setConfirmLifecycle);
    connect(m_confirmTerminal, &QCheckBox::toggled, prefs, &UserPreferences::setConfirmCloseTerminal);

    auto *box = notifications;
    auto *boxLayout = notificationsLayout;
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
    resize(480, 520);
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
