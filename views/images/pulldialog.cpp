#include "images/pulldialog.h"

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

PullDialog::PullDialog(Engine *engine, RegistryAuth *auth, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_auth(auth)
{
    setWindowTitle(tr("Pull an Image"));
    setAccessibleName(windowTitle());

    auto *label = new QLabel(tr("&Image:"));
    m_edit = new QLineEdit;
    m_edit->setPlaceholderText(tr("busybox, busybox:1.36, registry.example:5000/team/app@sha256:…"));
    m_edit->setAccessibleName(tr("Image reference"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    label->setBuddy(m_edit);
    m_pull = new QPushButton(tr("&Pull"));
    m_pull->setAccessibleName(tr("Pull the image"));
    m_pull->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_pull);

    m_validationIcon = new QLabel;
    m_validationIcon->setFixedSize(18, 18);
    m_validation = new QLabel;
    m_validation->setWordWrap(true);
    m_validation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->setAccessibleName(tr("What will be pulled"));
    auto *check = new QHBoxLayout;
    check->addWidget(m_validationIcon, 0, Qt::AlignTop);
    check->addWidget(m_validation, 1);

    m_tabs = new ProgressTabs;
    m_tabs->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(check);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the room while there are no tabs
    layout->addWidget(buttons);

    connect(m_edit, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &PullDialog::startPull);
    connect(m_pull, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this] {
        // The tab goes after this signal; hide the area once nothing is left.
        QMetaObject::invokeMethod(this, [this] { m_tabs->setVisible(m_tabs->count() > 0); }, Qt::QueuedConnection);
    });
    resize(640, 160);
    validate();
}

PullDialog::Check PullDialog::check(const QString &text)
{
    Check c;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        c.message = tr("Type the image to pull, as for “docker pull”.");
        return c;
    }
    if (Reference::isImageId(t)) {
        c.message = tr("“%1” is an image ID. An image ID cannot be pulled; use a name, a tag or a digest.").arg(t.left(80));
        return c;
    }
    const auto r = Reference::parseNormalized(t, Reference::DefaultTag::Latest);
    if (!r) {
        c.message = r.error().userMessage;
        return c;
    }
    c.ok = true;
    c.reference = *r;
    c.message = tr("Will pull %1").arg(r->normalized());
    if (!r->tag.isEmpty() && !r->digest.isEmpty())
        c.message += QLatin1Char(' ') + tr("(the digest decides; the tag is ignored)");
    return c;
}

void PullDialog::validate()
{
    const Check c = check(m_edit->text());
    const bool empty = m_edit->text().trimmed().isEmpty();
    m_validation->setText(c.message);
    const QStyle::StandardPixmap icon = c.ok ? QStyle::SP_DialogApplyButton : (empty ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning);
    m_validationIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_validationIcon->setAccessibleName(c.ok ? tr("Valid") : (empty ? tr("Hint") : tr("Invalid")));
    m_pull->setEnabled(c.ok && m_engine);
    m_edit->setAccessibleDescription(c.message);
}

void PullDialog::setReference(const QString &text)
{
    m_edit->setText(text);
    m_edit->setFocus();
    m_edit->selectAll();
}

QString PullDialog::referenceText() const
{
    return m_edit->text();
}

PullOperation *PullDialog::startPull()
{
    const Check c = check(m_edit->text());
    if (!c.ok || !m_engine)
        return nullptr;
    auto *op = new PullOperation(m_engine, c.reference);
    op->setRegistryAuth(m_auth);
    const QString name = c.reference.familiar();
    connect(op, &RegistryOperation::finished, this, [this, op, name] {
        Q_EMIT pullFinished(name, op->state() == RegistryOperation::State::Succeeded);
    });
    m_tabs->addOperation(op);
    m_tabs->show();
    if (height() < 420)
        resize(std::max(width(), 640), 420);
    op->start();
    m_edit->selectAll();
    return op;
}
