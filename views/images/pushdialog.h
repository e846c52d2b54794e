#pragma once

#include "reference.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class Engine;
class ProgressTabs;
class PushOperation;
class QLabel;
class QLineEdit;
class QPushButton;
class RegistryAuth;

/// "Push…" on a tag: says where the tag goes (registry and repository) and
/// which credentials will be sent, then shows the push's progress in a tab.
/// Several pushes run at once. Keep one instance, like PullDialog.
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    PushDialog(Engine *engine, RegistryAuth *auth, QWidget *parent = nullptr);

    /// The local tag to push ("127.0.0.1:5000/team/app:1").
    void setReference(const QString &repoTag);
    QString referenceText() const;
    PushOperation *startPush();

    struct Check
    {
        bool ok = false;
        QString message;
        Reference reference;
    };
    static Check check(const QString &text);

    QLineEdit *referenceEdit() const { return m_edit; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *credentialsLabel() const { return m_credentials; }
    QPushButton *pushButton() const { return m_push; }
    ProgressTabs *tabs() const { return m_tabs; }

Q_SIGNALS:
    void pushFinished(const QString &reference, bool ok);

private:
    void validate();
    void lookUpCredentials();

    QPointer<Engine> m_engine;
    QPointer<RegistryAuth> m_auth;
    QLineEdit *m_edit;
    QLabel *m_validationIcon;
    QLabel *m_validation;
    QLabel *m_credentials;
    QPushButton *m_push;
    ProgressTabs *m_tabs;
    QTimer m_lookupDelay;
    quint64 m_lookupGeneration = 0;
};
