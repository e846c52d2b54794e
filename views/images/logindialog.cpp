#include "images/logindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

LoginDialog::LoginDialog(const QString &registryKey, const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_key(registryKey)
{
    setWindowTitle(tr("Log in to %1").arg(registryName(registryKey)));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32, 32));
    icon->setAccessibleName(tr("Question"));
    auto *intro = new QLabel(tr("The registry <b>%1</b> asks for credentials.").arg(registryName(registryKey).toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    intro->setAccessibleName(tr("Why credentials are needed"));
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(intro, 1);

    auto *said = new QLabel(message);
    said->setWordWrap(true);
    said->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    said->setTextInteractionFlags(Qt::TextSelectableByMouse);
    said->setAccessibleName(tr("The registry's answer"));
    said->setVisible(!message.isEmpty());

    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User name"));
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password or access token"));
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password or token:"), m_password);

    auto *note = new QLabel(tr("Cais keeps these credentials in memory until it quits. They are not saved; to save them, "
                               "use “docker login”."));
    note->setWordWrap(true);
    note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    note->setAccessibleName(tr("Where the credentials are kept"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in and retry"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Log in and retry"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(said);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    updateButtons();
    m_user->setFocus();
}

LoginDialog::~LoginDialog()
{
    // Less time in memory for the secret (the line edit's undo stack included).
    m_password->clear();
}

QString LoginDialog::registryName(const QString &registryKey)
{
    if (registryKey == RegistryAuth::registryKeyForDomain(QStringLiteral("docker.io")))
        return tr("Docker Hub");
    return registryKey;
}

void LoginDialog::setUsername(const QString &username)
{
    m_user->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void LoginDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

RegistryCredentials LoginDialog::credentials() const
{
    RegistryCredentials c;
    c.username = m_user->text().trimmed();
    c.password = m_password->text();
    c.serverAddress = m_key;
    return c;
}
