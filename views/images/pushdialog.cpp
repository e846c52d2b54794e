#include "images/pushdialog.h"

#include "images/logindialog.h"
#include "images/progressview.h"
#include "engine.h"
#include "pullpush.h"
#include "registryauth.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

PushDialog::PushDialog(Engine *engine, RegistryAuth *auth, QWidget *parent)
    : TransferDialog(engine, auth,
                     {tr("Push an Image"), tr("&Tag:"), tr("registry.example:5000/team/app:1"), tr("Tag to push"), tr("&Push"),
                      tr("Push the tag"), tr("Where the tag goes")},
                     parent)
    , m_credentials(new QLabel(this))
{
    m_credentials->setWordWrap(true);
    m_credentials->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_credentials->setAccessibleName(tr("Credentials"));
    addBelowCheck(m_credentials);

    // Credentials may come from a helper program: ask once typing pauses.
    m_lookupDelay.setSingleShot(true);
    m_lookupDelay.setInterval(300);
    connect(&m_lookupDelay, &QTimer::timeout, this, &PushDialog::lookUpCredentials);
    connect(referenceEdit(), &QLineEdit::textChanged, this, &PushDialog::validate);
    connect(referenceEdit(), &QLineEdit::returnPressed, this, &PushDialog::startPush);
    connect(pushButton(), &QPushButton::clicked, this, &PushDialog::startPush);
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
    const Check c = check(referenceEdit()->text());
    showCheck(c.ok, c.message);
    ++m_lookupGeneration;
    m_credentials->clear();
    if (c.ok && m_auth)
        m_lookupDelay.start();
}

void PushDialog::lookUpCredentials()
{
    const Check c = check(referenceEdit()->text());
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
    referenceEdit()->setText(repoTag);
    referenceEdit()->setFocus();
}

QString PushDialog::referenceText() const
{
    return referenceEdit()->text();
}

PushOperation *PushDialog::startPush()
{
    const Check c = check(referenceEdit()->text());
    if (!c.ok || !m_engine)
        return nullptr;
    auto *op = new PushOperation(m_engine, c.reference);
    const QString name = c.reference.familiar();
    connect(op, &RegistryOperation::finished, this, [this, op, name] {
        Q_EMIT pushFinished(name, op->state() == RegistryOperation::State::Succeeded);
    });
    startInTab(op);
    return op;
}
