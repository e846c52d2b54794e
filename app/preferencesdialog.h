#pragma once

#include <QDialog>

class ContainersModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

/// Cais's preferences, each saved in QSettings as soon as it changes. General: the
/// colour scheme (system, light, dark; applied at once), the language (system,
/// English, Portuguese; from the next start), how often stats and processes are
/// sampled, and which actions ask first (UserPreferences; applied at once).
/// Notifications: when to show desktop notifications (off, every container, or only
/// the chosen ones, by name).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(ContainersModel *containers, QWidget *parent = nullptr);

    QRadioButton *offButton() const { return m_off; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *chosenButton() const { return m_chosen; }
    QListWidget *containerList() const { return m_list; }
    QComboBox *schemeBox() const { return m_scheme; }
    QComboBox *languageBox() const { return m_language; }
    /// "From the next start", shown when the language chosen is not the one in use.
    QLabel *languageNote() const { return m_languageNote; }
    QSpinBox *samplingBox() const { return m_sampling; }
    QSpinBox *processesBox() const { return m_processes; }
    QCheckBox *confirmLifecycleBox() const { return m_confirmLifecycle; }
    QCheckBox *confirmTerminalBox() const { return m_confirmTerminal; }

Q_SIGNALS:
    /// After each change was saved.
    void notificationSettingsChanged();

private:
    void save();

    QRadioButton *m_off;
    QRadioButton *m_all;
    QRadioButton *m_chosen;
    QListWidget *m_list;
    QComboBox *m_scheme;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_sampling;
    QSpinBox *m_processes;
    QCheckBox *m_confirmLifecycle;
    QCheckBox *m_confirmTerminal;
    QString m_startLanguage;
};
