#pragma once

#include "engineerror.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Asks before one engine action, naming exactly what it affects; runs it, shows the
/// engine's error in words (the dialog stays, to try again) or `doneText` on success.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    using Action = std::function<QFuture<Result<Done>>()>;
    ConfirmDialog(const QString &title, const QString &intro, const QStringList &affected, const QString &buttonText,
                  Action action, const QString &doneText, QWidget *parent = nullptr);

    QListWidget *affectedList() const { return m_affected; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *statusLabel() const { return m_status; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The action succeeded (not QDialog::done(int), which this name used to hide).
    void actionDone();

private:
    Action m_action;
    QString m_doneText;
    QListWidget *m_affected;
    QLabel *m_status;
    QPushButton *m_confirm;
    QDialogButtonBox *m_buttons;
    bool m_finished = false;
};
