#include "commitdialog.h"

#include "common/wraplabel.h"
#include "containercommit.h"
#include "containersapi.h"
#include "containersmodel.h"
#include "engine.h"
#include "images/imagefields.h"
#include "reference.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CommitDialog::CommitDialog(Engine *engine, const QString &containerId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_id(containerId)
    , m_who(containerId.left(12))
    , m_intro(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_name(new ImageNameField(this))
    , m_author(new QLineEdit(this))
    , m_message(new QLineEdit(this))
    , m_changes(new ChangesField(this))
    , m_pause(new QCheckBox(this))
    , m_status(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_commit(new QPushButton(tr("&Commit"), this))
{
    setObjectName(QStringLiteral("commitDialog"));
    setWindowTitle(tr("Commit Container"));
    setAccessibleName(tr("Commit a container to an image"));
    m_intro->setObjectName(QStringLiteral("commitIntro"));
    m_intro->setText(tr("Reading the container %1…").arg(m_who));

    m_author->setObjectName(QStringLiteral("commitAuthor"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setPlaceholderText(tr("e.g. Ana Souza <ana@example.com> (optional)"));
    m_message->setObjectName(QStringLiteral("commitMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("What this image is (optional)"));
    m_pause->setObjectName(QStringLiteral("commitPause"));
    m_pause->setText(tr("&Pause the container while its files are read"));
    m_pause->setToolTip(tr("Recommended: a program that writes meanwhile could otherwise leave a file half-written in the image. "
                           "The container goes on once the image is made."));
    m_pause->setAccessibleName(tr("Pause the container during the commit"));
    m_pause->setChecked(true);
    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_status->setAccessibleName(tr("Commit status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setAccessibleName(tr("Commit"));
    m_commit->setDefault(true);
    m_buttons->addButton(m_commit, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_commit, &QPushButton::clicked, this, &CommitDialog::commit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &ImageNameField::validityChanged, this, &CommitDialog::updateState);
    connect(m_changes, &ChangesField::validityChanged, this, &CommitDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("C&hanges:"), m_changes);
    form->addRow(QString(), m_pause);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addLayout(form, 1);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(680, 540);
    m_name->edit()->setFocus();
    updateState();

    if (!m_engine)
        return;
    ContainersApi(m_engine).inspect(m_id).then(this, [this](const Result<QJsonObject> &r) {
        if (!r) {
            showFieldMessage(m_intro, r.error().fullText(), true);
            return;
        }
        QString name = r->value(QLatin1String("Name")).toString();
        if (name.startsWith(QLatin1Char('/')))
            name.remove(0, 1);
        if (!name.isEmpty())
            m_who = name;
        const QJsonObject state = r->value(QLatin1String("State")).toObject();
        ContainerSummary summary;
        summary.state = state.value(QLatin1String("Status")).toString();
        const QString status = ContainersModel::stateText(summary);
        const bool running = state.value(QLatin1String("Running")).toBool() && !state.value(QLatin1String("Paused")).toBool();
        const QString image = r->value(QLatin1String("Config")).toObject().value(QLatin1String("Image")).toString();
        m_intro->setText(tr("Make an image of the container %1 (%2, made from %3): its files, with what changed in it, and its "
                            "configuration. Volumes are not part of it.")
                             .arg(m_who, status, image));
        m_pause->setEnabled(running);
        if (!running)
            m_pause->setToolTip(tr("Only a running container is paused."));
        m_ready = true;
        updateState();
    });
}

void CommitDialog::updateState()
{
    const bool ok = m_engine && m_ready && !m_busy && m_name->isValid() && m_changes->isValid();
    m_commit->setEnabled(ok);
}

void CommitDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_author, m_message, m_changes})
        w->setEnabled(!busy);
    updateState();
}

void CommitDialog::commit()
{
    updateState();
    if (!m_commit->isEnabled())
        return;
    CommitRequest req;
    req.container = m_id;
    req.reference = m_name->text();
    req.author = m_author->text().trimmed();
    req.comment = m_message->text();
    req.changes = m_changes->changes();
    req.pause = m_pause->isEnabled() && m_pause->isChecked();
    setBusy(true);
    showFieldMessage(m_status, tr("Committing %1…").arg(m_who), false);
    ContainerCommit::commit(*m_engine, req).then(this, [this, ref = req.reference](const Result<QString> &r) {
        setBusy(false);
        if (!r) {
            showFieldMessage(m_status, r.error().fullText(), true);
            return;
        }
        m_imageId = *r;
        const QString shortId = r->mid(r->indexOf(QLatin1Char(':')) + 1, 12);
        const auto parsed = Reference::parseTagTarget(ref);
        showFieldMessage(m_status, ref.isEmpty() ? tr("Committed %1 as the image %2 (no name).").arg(m_who, shortId)
                                                 : tr("Committed %1 as %2 (%3).").arg(m_who, parsed ? parsed->familiar() : ref, shortId),
                         false);
        Q_EMIT committed(*r);
    });
}
