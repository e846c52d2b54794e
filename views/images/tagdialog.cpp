#include "tagdialog.h"

#include "common/wraplabel.h"
#include "engine.h"
#include "imagesapi.h"
#include "reference.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TagDialog::TagDialog(Engine *engine, const QString &imageId, const QStringList &imageTags, const QString &sourceTag, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_imageId(imageId)
    , m_imageTags(imageTags)
    , m_sourceTag(sourceTag)
    , m_name(new QLineEdit(this))
    , m_feedback(new WrapLabel(this))
    , m_rename(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Tag Image"));
    setAccessibleName(tr("Tag image"));

    // Names can be long (a tag alone up to 128 characters): the labels that show them
    // wrap inside a name rather than widen the dialog.
    auto *intro = new WrapLabel(this);
    intro->setText(imageTags.isEmpty()
                       ? tr("Give the image %1 (no tag yet) a name.").arg(shortImageId(imageId))
                       : tr("Give the image %1 (%2) another name.").arg(shortImageId(imageId), imageTags.join(QLatin1String(", "))));

    m_name->setObjectName(QStringLiteral("tagName"));
    m_name->setAccessibleName(tr("New name"));
    m_name->setPlaceholderText(tr("repository[:tag], e.g. myapp:1.0 or localhost:5000/team/app"));
    m_name->setClearButtonEnabled(true);
    if (!sourceTag.isEmpty()) {
        // Start from the repository: the tag is what usually changes.
        const qsizetype colon = sourceTag.lastIndexOf(QLatin1Char(':'));
        m_name->setText(colon > sourceTag.lastIndexOf(QLatin1Char('/')) ? sourceTag.left(colon + 1) : sourceTag + QLatin1Char(':'));
    }

    m_feedback->setObjectName(QStringLiteral("tagFeedback"));
    m_feedback->setAccessibleName(tr("Name check"));
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().lineSpacing() * 3);
    m_feedback->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_rename->setObjectName(QStringLiteral("tagRename"));
    m_rename->setText(tr("Then remove the tag %1 (rename)")
                          .arg(m_rename->fontMetrics().elidedText(sourceTag, Qt::ElideMiddle, m_rename->fontMetrics().averageCharWidth() * 40)));
    m_rename->setToolTip(tr("Removes the tag %1 once the image has the new name").arg(sourceTag));
    m_rename->setAccessibleName(tr("Remove the old tag afterwards"));
    m_rename->setVisible(!sourceTag.isEmpty());

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Tag"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TagDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TagDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&New name:"), m_name);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addLayout(form);
    lay->addWidget(m_feedback);
    lay->addWidget(m_rename);
    lay->addWidget(m_buttons);
    resize(520, sizeHint().height());
    m_name->setFocus();
    m_name->setCursorPosition(int(m_name->text().size()));
    validate();
}

void TagDialog::setKnownTags(const QHash<QString, QString> &tagToImage)
{
    m_known = tagToImage;
    validate();
}

void TagDialog::validate()
{
    const QString text = m_name->text().trimmed();
    QPalette pal = m_feedback->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_valid = false;
    if (text.isEmpty()) {
        m_feedback->setText(tr("Type a name such as myapp:1.0. Without a tag, “latest” is used."));
    } else if (const auto ref = Reference::parseTagTarget(text); !ref) {
        m_feedback->setText(ref.error().userMessage);
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    } else {
        const QString familiar = ref->familiar();
        QStringList lines;
        if (m_imageTags.contains(familiar)) {
            lines << tr("The image already has the name %1.").arg(familiar);
        } else {
            m_valid = true;
            lines << tr("Will be tagged %1").arg(familiar);
            if (ref->toString() != familiar)
                lines.last() += QLatin1Char(' ') + tr("(in full: %1)").arg(ref->toString());
            const QString owner = m_known.value(familiar);
            if (!owner.isEmpty() && owner != m_imageId)
                lines << tr("%1 now names the image %2: the name moves to this image.").arg(familiar, shortImageId(owner));
        }
        m_feedback->setText(lines.join(QLatin1Char('\n')));
    }
    m_feedback->setPalette(pal);
    // A screen reader says the check with the field, as the pull dialog does.
    m_name->setAccessibleDescription(m_feedback->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && m_engine);
}

void TagDialog::setBusy(bool busy)
{
    m_name->setEnabled(!busy);
    m_rename->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_valid);
}

void TagDialog::apply()
{
    const auto ref = Reference::parseTagTarget(m_name->text().trimmed());
    if (!ref || !m_valid || !m_engine)
        return;
    setBusy(true);
    m_feedback->setText(tr("Tagging…"));
    const QString name = ref->familiar();
    const bool rename = m_rename->isVisible() && m_rename->isChecked();
    ImagesApi::tag(*m_engine, m_imageId, *ref).then(this, [this, name, rename](const Result<Done> &r) {
        if (!r) {
            setBusy(false);
            QPalette pal = m_feedback->palette();
            pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
            m_feedback->setPalette(pal);
            m_feedback->setText(r.error().fullText());
            m_name->setAccessibleDescription(m_feedback->text());
            return;
        }
        m_applied = name;
        if (!rename || !m_engine) {
            Q_EMIT tagged(name, {});
            accept();
            return;
        }
        m_feedback->setText(tr("Removing the tag %1…").arg(m_sourceTag));
        ImagesApi::remove(*m_engine, m_sourceTag).then(this, [this, name](const Result<QList<ImageDeleteItem>> &rr) {
            if (!rr) {
                setBusy(false);
                m_feedback->setText(tr("Tagged %1, but the old tag stayed: %2").arg(name, rr.error().fullText()));
                return;
            }
            Q_EMIT tagged(name, m_sourceTag);
            accept();
        });
    });
}
