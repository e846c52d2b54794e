#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class SshPrompt;

/// Asks the user what ssh would ask on a terminal while Cais connects to an ssh://
/// engine: whether to trust an unknown host key (shown with its fingerprint; refusing
/// is the default), a key's passphrase or a password (typed without echo). Prompts with
/// the same question (several connections opening at once) share one dialog and one answer.
class SshPromptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SshPromptDialog(SshPrompt *prompt, QWidget *parent = nullptr);

    /// Shows a dialog, over `window`, for each question SshPrompter receives from now on.
    static void install(QWidget *window);

    /// Another prompt with the same question: it gets this dialog's answer.
    void adopt(SshPrompt *prompt);
    QString question() const { return m_question; }

private:
    void finish(bool accepted);

    QString m_question;
    QList<QPointer<SshPrompt>> m_prompts;
    bool m_hostKey = false;
    QLineEdit *m_answer = nullptr;
};
