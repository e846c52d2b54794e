#pragma once

#include "images/transferdialog.h"
#include "reference.h"

#include <QTimer>

class PushOperation;

/// "Push…" on a tag: says where the tag goes (registry and repository) and
/// which credentials will be sent, then shows the push's progress in a tab.
/// Several pushes run at once. Keep one instance, like PullDialog.
class PushDialog : public TransferDialog
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

    QLabel *credentialsLabel() const { return m_credentials; }
    QPushButton *pushButton() const { return actionButton(); }

Q_SIGNALS:
    void pushFinished(const QString &reference, bool ok);

private:
    void validate();
    void lookUpCredentials();

    QLabel *m_credentials;
    QTimer m_lookupDelay;
    quint64 m_lookupGeneration = 0;
};
