#include "connectiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(EngineRegistry *registry, const EngineEntry *editing, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_previousName(editing ? editing->name : QString())
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(editing ? tr("Edit Engine") : tr("Add Engine"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("build-server"));
    form->addRow(tr("&Name:"), m_name);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("connectionAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(QStringLiteral("ssh://me@build.example.org"));
    m_address->setToolTip(tr("As DOCKER_HOST: unix:///run/user/1000/podman/podman.sock, tcp://host:2376, ssh://user@host"));
    form->addRow(tr("&Address:"), m_address);

    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("connectionDescription"));
    m_description->setAccessibleName(tr("Description"));
    form->addRow(tr("&Description:"), m_description);

    m_ca = fileRow(tr("&CA certificate:"), tr("CA certificate file"), form);
    m_cert = fileRow(tr("C&lient certificate:"), tr("Client certificate file"), form);
    m_key = fileRow(tr("Client &key:"), tr("Client key file"), form);
    m_skipVerify = new QCheckBox(tr("Do not check the engine's certificate (insecure)"), this);
    m_skipVerify->setObjectName(QStringLiteral("connectionSkipVerify"));
    m_skipVerify->setAccessibleName(m_skipVerify->text());
    form->addRow(QString(), m_skipVerify);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("connectionProblem"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the engine"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (editing) {
        m_name->setText(editing->name);
        m_address->setText(editing->address);
        m_description->setText(editing->description);
        m_ca->setText(editing->caFile);
        m_cert->setText(editing->certFile);
        m_key->setText(editing->keyFile);
        m_skipVerify->setChecked(editing->skipTlsVerify);
    }
    for (QLineEdit *e : {m_name, m_address, m_ca, m_cert, m_key})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::check);
    connect(m_skipVerify, &QCheckBox::toggled, this, &ConnectionDialog::check);
    check();
    resize(560, sizeHint().height());
}

QLineEdit *ConnectionDialog::fileRow(const QString &label, const QString &accessible, QFormLayout *form)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(tr("for TLS over tcp://"));
    auto *browse = new QPushButton(tr("Choose…"), row);
    browse->setAccessibleName(tr("Choose the %1").arg(accessible.toLower()));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, accessible] {
        const QString file = QFileDialog::getOpenFileName(this, accessible, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        if (!file.isEmpty())
            edit->setText(file);
    });
    form->addRow(label, row);
    return edit;
}

EngineEntry ConnectionDialog::entry() const
{
    EngineEntry e;
    e.origin = EngineEntry::Origin::Cais;
    e.name = m_name->text().trimmed();
    e.address = m_address->text().trimmed();
    e.description = m_description->text().trimmed();
    e.caFile = m_ca->text().trimmed();
    e.certFile = m_cert->text().trimmed();
    e.keyFile = m_key->text().trimmed();
    e.skipTlsVerify = m_skipVerify->isChecked();
    return e;
}

void ConnectionDialog::check()
{
    const EngineEntry e = entry();
    QString problem;
    if (e.name.isEmpty())
        problem = tr("Give the engine a name.");
    else if (const EngineEntry *same = m_registry->entry(e.name); same && e.name != m_previousName)
        problem = tr("An engine is already named \"%1\".").arg(e.name);
    else if (e.address.isEmpty())
        problem = tr("Type the engine's address.");
    else if (const Result<Endpoint> ep = e.endpoint(); !ep)
        problem = ep.error().userMessage;
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

void ConnectionDialog::accept()
{
    const Result<Done> saved = m_registry->saveConnection(entry(), m_previousName);
    if (!saved) {
        m_problem->setText(saved.error().userMessage);
        return;
    }
    QDialog::accept();
}
