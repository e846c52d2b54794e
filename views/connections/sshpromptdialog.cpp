#include "sshpromptdialog.h"

#include "sshtransport.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SshPromptDialog::SshPromptDialog(SshPrompt *prompt, QWidget *parent)
    : QDialog(parent)
    , m_question(prompt->text())
    , m_hostKey(prompt->kind() == SshPrompt::Kind::HostKey)
{
    setObjectName(QStringLiteral("sshPromptDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(m_hostKey ? tr("Unknown ssh host") : tr("ssh asks"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("sshPromptIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    if (m_hostKey) {
        const QString host = prompt->host().isEmpty() ? tr("this host") : prompt->host();
        intro->setText(prompt->fingerprint().isEmpty()
            ? tr("Cais has never connected to %1 over ssh, and ssh cannot check that it is the host you mean. "
                 "Trust its key only if you know it is right: ssh then remembers it in your known_hosts file.").arg(host)
            : tr("Cais has never connected to %1 over ssh, and ssh cannot check that it is the host you mean. Its key "
                 "fingerprint is:\n\n%2\n\nTrust it only if this is your host's fingerprint (\"ssh-keygen -lf\" on the host "
                 "shows it): ssh then remembers it in your known_hosts file.").arg(host, prompt->fingerprint()));
    } else {
        intro->setText(tr("ssh needs an answer to connect to the engine:"));
    }
    intro->setAccessibleName(tr("Explanation"));
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    auto *said = new QPlainTextEdit(prompt->text().trimmed(), this);
    said->setObjectName(QStringLiteral("sshPromptText"));
    said->setAccessibleName(tr("What ssh asks"));
    said->setReadOnly(true);
    said->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    said->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    said->setLineWrapMode(QPlainTextEdit::NoWrap);
    said->setMaximumHeight(m_hostKey ? 140 : 60);
    layout->addWidget(said);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("sshPromptButtons"));
    if (m_hostKey) {
        QPushButton *trust = buttons->addButton(tr("&Trust and connect"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("sshTrustButton"));
        trust->setAccessibleName(tr("Trust the host key and connect"));
        trust->setAutoDefault(false);
        QPushButton *refuse = buttons->addButton(tr("Do &not connect"), QDialogButtonBox::RejectRole);
        refuse->setObjectName(QStringLiteral("sshRefuseButton"));
        refuse->setAccessibleName(tr("Do not connect"));
        refuse->setDefault(true);
        refuse->setFocus();
    } else {
        m_answer = new QLineEdit(this);
        m_answer->setObjectName(QStringLiteral("sshAnswer"));
        m_answer->setAccessibleName(tr("Answer"));
        if (prompt->kind() == SshPrompt::Kind::Secret)
            m_answer->setEchoMode(QLineEdit::Password);
        layout->addWidget(m_answer);
        buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Send the answer"));
        buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the connection"));
        m_answer->setFocus();
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { finish(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { finish(false); });
    // Escape or the window's close button refuse, as "Do not connect" does.
    connect(this, &QDialog::finished, this, [this] {
        for (const auto &p : std::as_const(m_prompts))
            if (p)
                p->cancel();
        m_prompts.clear();
    });
    adopt(prompt);
    // Wide enough for ssh's lines (about 80 columns) without a scroll bar, on most screens.
    int widest = 0;
    for (const auto range = prompt->text().split(QLatin1Char('\n')); const QString &line : range)
        widest = qMax(widest, said->fontMetrics().horizontalAdvance(line));
    resize(qBound(560, widest + 60, 960), sizeHint().height());
}

void SshPromptDialog::adopt(SshPrompt *prompt)
{
    m_prompts << prompt;
    connect(prompt, &SshPrompt::withdrawn, this, [this] {
        // ssh went away (the connection was dropped): nothing is left to answer.
        for (const auto &p : std::as_const(m_prompts))
            if (p && !p->isAnswered())
                return;
        m_prompts.clear();
        reject();
    });
}

void SshPromptDialog::finish(bool accepted)
{
    const QString reply = m_hostKey ? QStringLiteral("yes") : (m_answer ? m_answer->text() : QString());
    for (const auto &p : std::as_const(m_prompts)) {
        if (!p)
            continue;
        if (accepted)
            p->answer(reply);
        else
            p->cancel();
    }
    m_prompts.clear();
    if (m_answer)
        m_answer->clear();
    accepted ? accept() : reject();
}

void SshPromptDialog::install(QWidget *window)
{
    QObject::connect(SshPrompter::instance(), &SshPrompter::promptRequested, window, [window](SshPrompt *prompt) {
        const auto open = window->findChildren<SshPromptDialog *>();
        for (SshPromptDialog *d : open) {
            if (d->isVisible() && d->question() == prompt->text()) {
                d->adopt(prompt);
                return;
            }
        }
        auto *dialog = new SshPromptDialog(prompt, window);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    });
}
