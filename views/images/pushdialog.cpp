#include "images/pushdialog.h"

#include "images/logindialog.h"
#include "images/progressview.h"
#include "engine.h"
#include "pullpush.h"
#include "registryauth.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

PushDialog::PushDialog(Engine *engine, RegistryAuth *auth, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_auth(auth)
{
    setWindowTitle(tr("Push an Image"));
    setAccessibleName(windowTitle());

    auto *label = new QLabel(tr("&Tag:"));
    m_edit = new QLineEdit;
    m_edit->setPlaceholderText(tr("registry.example:5000/team/app:1"));
    m_edit->setAccessibleName(tr("Tag to push"));
    m_edit->setClearButtonEnabled(true);
    label->setBuddy(m_edit);
    m_push = new QPushButton(tr("&Push"));
    m_push->setAccessibleName(tr("Push the tag"));
    m_push->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_push);

    m_validationIcon = new QLabel;
    m_validationIcon->setFixedSize(18, 18);
    m_validation = new QLabel;
    m_validation->setWordWrap(true);
    m_validation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->setAccessibleName(tr("Where the tag goes"));
    auto *check = new QHBoxLayout;
    check->addWidget(m_validationIcon, 0, Qt::AlignTop);
    check->addWidget(m_validation, 1);

    m_credentials = new QLabel;
    m_credentials->setWordWrap(true);
    m_credentials->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_credentials->setAccessibleName(tr("Credentials"));

    m_tabs = new ProgressTabs;
    m_tabs->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(check);
    layout->addWidget(m_credentials);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the room while there are no tabs
    layout->addWidget(buttons);

    // Credentials may come from a helper program: ask once typing pauses.
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(300);
    connect(&m_lookupDelay, &QTimer::timeout, this, &PushDialog::lookUpCredentials);
    connect(m_edit, &QLineEdit::textChanged, this, &PushDialog::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &PushDialog::startPush);
    connect(m_push, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this] {
        QMetaObject::invokeMethod(this, [this] { m_tabs->setVisible(m_tabs->count() > 0); }, Qt::QueuedConnection);
    });
    resize(640, 180);
    validate();
}

PushDialog::Check PushDialog::check(const QString &text)
{
    Check c;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        c.message = tr("Type the tag to push, as for “docker push”.");
        return c;
    }
    const auto parsed = Reference::parseNormalized(t);
    if (!parsed) {
        c.message = parsed.error().userMessage;
        return c;
    }
    const auto valid = PushOperation::validate(*parsed);
    if (!valid) {
        c.message = valid.error().userMessage;
        return c;
    }
    c.ok = true;
    c.reference = *valid;
    const Reference &r = *valid;
    if (r.domain == QLatin1String("docker.io"))
        c.message = tr("Will push %1 to Docker Hub, repository %2.").arg(r.familiar(), r.path);
    else
        c.message = tr("Will push %1 to the registry %2, repository %3.").arg(r.familiar(), r.domain, r.path);
    return c;
}

void PushDialog::validate()
{
    const Check c = check(m_edit->text());
    const bool empty = m_edit->text().trimmed().isEmpty();
    m_validation->setText(c.message);
    const QStyle::StandardPixmap icon = c.ok ? QStyle::SP_DialogApplyButton : (empty ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning);
    m_validationIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_validationIcon->setAccessibleName(c.ok ? tr("Valid") : (empty ? tr("Hint") : tr("Invalid")));
    m_push->setEnabled(c.ok && m_engine);
    m_edit->setAccessibleDescription(c.message);
    ++m_lookupGeneration;
    m_credentials->clear();
    if (c.ok && m_auth)
        m_lookupDelay.start();
}

void PushDialog::lookUpCredentials()
{
    const Check c = check(m_edit->text());
    if (!c.ok || !m_auth)
        return;
    const quint64 gen = ++m_lookupGeneration;
    const QString key = RegistryAuth::registryKey(c.reference);
    m_credentials->setText(tr("Looking up the credentials for %1…").arg(LoginDialog::registryName(key)));
    m_auth->lookup(key).then(this, [this, gen, key](const RegistryAuth::Lookup &l) {
        if (gen != m_lookupGeneration)
            return;
        QString text;
        if (!l.credentials.hasSecret())
            text = tr("No saved credentials for %1: the push is anonymous; you will be asked to log in if the registry wants it.")
                       .arg(LoginDialog::registryName(key));
        else if (l.credentials.username.isEmpty())
            text = tr("Credentials for %1: a token from %2.").arg(LoginDialog::registryName(key), l.source);
        else
            text = tr("Credentials for %1: user %2, from %3.").arg(LoginDialog::registryName(key), l.credentials.username, l.source);
        if (!l.warning.isEmpty())
            text += QLatin1Char(' ') + l.warning;
        m_credentials->setText(text);
    });
}

void PushDialog::setReference(const QString &repoTag)
{
    m_edit->setText(repoTag);
    m_edit->setFocus();
}

QString PushDialog::referenceText() const
{
    return m_edit->text();
}

PushOperation *PushDialog::startPush()
{
    const Check c = check(m_edit->text());
    if (!c.ok || !m_engine)
        return nullptr;
    auto *op = new PushOperation(m_engine, c.reference);
    op->setRegistryAuth(m_auth);
    const QString name = c.reference.familiar();
    connect(op, &RegistryOperation::finished, this, [this, op, name] {
        Q_EMIT pushFinished(name, op->state() == RegistryOperation::State::Succeeded);
    });
    m_tabs->addOperation(op);
    m_tabs->show();
    if (height() < 420)
        resize(std::max(width(), 640), 420);
    op->start();
    return op;
}
