#include "images/pulldialog.h"

#include "images/progressview.h"
#include "engine.h"
#include "pullpush.h"
#include "registryauth.h"

#include <QLineEdit>
#include <QPushButton>

PullDialog::PullDialog(Engine *engine, RegistryAuth *auth, QWidget *parent)
    : TransferDialog(engine, auth,
                     {tr("Pull an Image"), tr("&Image:"), tr("busybox, busybox:1.36, registry.example:5000/team/app@sha256:…"),
                      tr("Image reference"), tr("&Pull"), tr("Pull the image"), tr("What will be pulled")},
                     parent)
{
    connect(referenceEdit(), &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(referenceEdit(), &QLineEdit::returnPressed, this, &PullDialog::startPull);
    connect(pullButton(), &QPushButton::clicked, this, &PullDialog::startPull);
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
    const Check c = check(referenceEdit()->text());
    showCheck(c.ok, c.message);
}

void PullDialog::setReference(const QString &text)
{
    referenceEdit()->setText(text);
    referenceEdit()->setFocus();
    referenceEdit()->selectAll();
}

QString PullDialog::referenceText() const
{
    return referenceEdit()->text();
}

PullOperation *PullDialog::startPull()
{
    const Check c = check(referenceEdit()->text());
    if (!c.ok || !m_engine)
        return nullptr;
    auto *op = new PullOperation(m_engine, c.reference);
    const QString name = c.reference.familiar();
    connect(op, &RegistryOperation::finished, this, [this, op, name] {
        Q_EMIT pullFinished(name, op->state() == RegistryOperation::State::Succeeded);
    });
    startInTab(op);
    referenceEdit()->selectAll();
    return op;
}
