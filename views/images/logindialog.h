#pragma once

#include "registryauth.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Asks for a registry's user name and password when it answered 401. The
/// password is never echoed, never logged, and never saved: the credentials live
/// in memory (RegistryAuth::remember) until Cais quits.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    /// `registryKey` as RegistryAuth gives it; `message` is the registry's refusal.
    LoginDialog(const QString &registryKey, const QString &message, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUsername(const QString &username);
    /// What was typed, for `registryKey`.
    RegistryCredentials credentials() const;
    QString registryKey() const { return m_key; }

    QLineEdit *usernameEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// "Docker Hub" for Docker Hub's key, else the host[:port].
    static QString registryName(const QString &registryKey);

private:
    void updateButtons();

    QString m_key;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};
