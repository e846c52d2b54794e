#pragma once

#include "engineregistry.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Adds or edits a connection of Cais's own: a name, an address (unix://, tcp://,
/// ssh://, checked as it is typed) and, for TLS, the CA, certificate and key files.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(EngineRegistry *registry, const EngineEntry *editing, QWidget *parent = nullptr);

    EngineEntry entry() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void check();
    QLineEdit *fileRow(const QString &label, const QString &accessible, class QFormLayout *form);

    EngineRegistry *m_registry;
    QString m_previousName;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_description;
    QLineEdit *m_ca;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QCheckBox *m_skipVerify;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
