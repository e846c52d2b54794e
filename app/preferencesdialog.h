#pragma once

#include <QDialog>

class ContainersModel;
class QListWidget;
class QRadioButton;

/// Cais's preferences: for now when to show desktop notifications (off, every container,
/// or only the chosen ones, by name). Saved in QSettings under notifications/ at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(ContainersModel *containers, QWidget *parent = nullptr);

    QRadioButton *offButton() const { return m_off; }
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *chosenButton() const { return m_chosen; }
    QListWidget *containerList() const { return m_list; }

Q_SIGNALS:
    /// After each change was saved.
    void notificationSettingsChanged();

private:
    void save();

    QRadioButton *m_off;
    QRadioButton *m_all;
    QRadioButton *m_chosen;
    QListWidget *m_list;
};
