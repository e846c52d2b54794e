#pragma once

#include <QDialog>
#include <QPointer>

class Engine;
class ProgressTabs;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class RegistryAuth;
class RegistryOperation;

/// What the pull and push dialogs share: a reference typed in a field and checked
/// as it is typed (an icon and a sentence below it), an action button, then one
/// progress tab per transfer. Closing hides the dialog; the transfers go on.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    QLineEdit *referenceEdit() const { return m_edit; }
    QLabel *validationLabel() const { return m_validation; }
    ProgressTabs *tabs() const { return m_tabs; }

protected:
    struct Texts
    {
        QString title;
        QString fieldLabel;       ///< with its mnemonic: "&Image:"
        QString placeholder;
        QString fieldName;        ///< accessible name of the field
        QString action;           ///< the button: "&Pull"
        QString actionName;       ///< its accessible name
        QString validationName;   ///< accessible name of the sentence
    };
    TransferDialog(Engine *engine, RegistryAuth *auth, const Texts &texts, QWidget *parent);

    /// Shows what the check of the field's text said; the action is possible when `ok`.
    void showCheck(bool ok, const QString &message);
    /// Puts `widget` between the check and the progress tabs.
    void addBelowCheck(QWidget *widget);
    /// Gives `op` a progress tab, makes room for it and starts it.
    void startInTab(RegistryOperation *op);

    QPushButton *actionButton() const { return m_action; }

    QPointer<Engine> m_engine;
    QPointer<RegistryAuth> m_auth;

private:
    QLineEdit *m_edit;
    QLabel *m_validationIcon;
    QLabel *m_validation;
    QPushButton *m_action;
    ProgressTabs *m_tabs;
    QVBoxLayout *m_layout;
};
