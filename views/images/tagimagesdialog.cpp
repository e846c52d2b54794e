#include "tagimagesdialog.h"

#include "engine.h"
#include "imagesapi.h"
#include "reference.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum TagColumn { SourceColumn, TargetColumn, TagResultColumn };

} // namespace

TagImagesDialog::TagImagesDialog(Engine *engine, const QStringList &sources, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_sources(sources)
    , m_prefix(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("tagImagesDialog"));
    setWindowTitle(tr("Tag Images"));
    setAccessibleName(tr("Tag images"));
    auto *intro = new QLabel(tr("Give each of these %n name(s) a new one, as “docker tag” does: the old names stay.", nullptr,
                                int(m_sources.size())),
                             this);
    intro->setWordWrap(true);

    m_prefix->setObjectName(QStringLiteral("tagImagesPrefix"));
    m_prefix->setAccessibleName(tr("In front of each name"));
    m_prefix->setPlaceholderText(tr("registry.example:5000/team"));
    m_prefix->setClearButtonEnabled(true);
    m_tag->setObjectName(QStringLiteral("tagImagesTag"));
    m_tag->setAccessibleName(tr("Tag for every new name"));
    m_tag->setPlaceholderText(tr("each keeps its own tag"));
    m_tag->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&In front of each name:"), m_prefix);
    form->addRow(tr("&Tag:"), m_tag);

    m_tree->setObjectName(QStringLiteral("tagImagesPreview"));
    m_tree->setAccessibleName(tr("The new names"));
    m_tree->setHeaderLabels({tr("Name"), tr("New name"), tr("Result")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setUniformRowHeights(true);
    for (const QString &s : std::as_const(m_sources))
        new QTreeWidgetItem(m_tree, {s});
    m_tree->header()->resizeSection(SourceColumn, 220);
    m_tree->header()->resizeSection(TargetColumn, 300);

    m_message->setObjectName(QStringLiteral("tagImagesMessage"));
    m_message->setAccessibleName(tr("Tagging status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_tagButton = m_buttons->addButton(tr("&Tag %n Name(s)", nullptr, int(m_sources.size())), QDialogButtonBox::AcceptRole);
    m_tagButton->setObjectName(QStringLiteral("tagImagesButton"));
    connect(m_tagButton, &QPushButton::clicked, this, &TagImagesDialog::tagAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prefix, &QLineEdit::textChanged, this, &TagImagesDialog::updatePreview);
    connect(m_tag, &QLineEdit::textChanged, this, &TagImagesDialog::updatePreview);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addLayout(form);
    lay->addWidget(m_tree, 1);
    lay->addWidget(m_message);
    lay->addWidget(m_buttons);
    resize(760, 420);
    updatePreview();
}

QString TagImagesDialog::targetFor(const QString &source, QString *error) const
{
    const auto from = Reference::parseNormalized(source);
    if (!from) {
        if (error)
            *error = from.error().userMessage;
        return {};
    }
    QString prefix = m_prefix->text().trimmed();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const QString tag = m_tag->text().trimmed();
    if (prefix.isEmpty() && tag.isEmpty()) {
        if (error)
            *error = tr("Type what goes in front of the names, or a tag.");
        return {};
    }
    if (!tag.isEmpty()) {
        if (const auto t = Reference::validateTag(tag); !t) {
            if (error)
                *error = t.error().userMessage;
            return {};
        }
    }
    const QString name = (prefix.isEmpty() ? QString() : prefix + u'/') + from->familiarName();
    const QString text = name + u':' + (tag.isEmpty() ? (from->tag.isEmpty() ? QStringLiteral("latest") : from->tag) : tag);
    const auto target = Reference::parseTagTarget(text);
    if (!target) {
        if (error)
            *error = target.error().userMessage;
        return {};
    }
    return target->familiar();
}

void TagImagesDialog::updatePreview()
{
    if (m_next > 0)
        return; // tagging started: the names are fixed
    int good = 0;
    QStringList seen;
    QString firstError;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        QString error;
        QString target = targetFor(row->text(SourceColumn), &error);
        if (!target.isEmpty() && seen.contains(target)) {
            error = tr("Two names would become %1: give them different tags or leave the tag empty.").arg(target);
            target.clear();
        }
        if (!target.isEmpty()) {
            seen << target;
            ++good;
            row->setText(TargetColumn, target);
            row->setForeground(TargetColumn, palette().brush(QPalette::Text));
            row->setToolTip(TargetColumn, target);
        } else {
            row->setText(TargetColumn, error);
            row->setForeground(TargetColumn, QColor(0xc0, 0x1c, 0x28));
            row->setToolTip(TargetColumn, error);
            if (firstError.isEmpty())
                firstError = error;
        }
    }
    const bool all = good == m_tree->topLevelItemCount();
    m_tagButton->setEnabled(all && good > 0);
    m_message->setText(all ? tr("The engine adds these names; nothing is copied or pushed.") : firstError);
}

void TagImagesDialog::tagAll()
{
    if (!m_tagButton->isEnabled() || !m_engine)
        return;
    for (const QString &s : std::as_const(m_sources))
        m_targets.insert(s, targetFor(s));
    m_tagButton->setEnabled(false);
    m_prefix->setEnabled(false);
    m_tag->setEnabled(false);
    m_next = 0;
    tagNext();
}

void TagImagesDialog::tagNext()
{
    if (m_next >= m_sources.size() || !m_engine) {
        m_finished = true;
        int tagged = 0, failed = 0;
        for (const QString &s : std::as_const(m_sources))
            (outcome(s) == Outcome::Tagged ? tagged : failed) += 1;
        m_message->setText(tr("%1 of %n name(s) tagged.", nullptr, int(m_sources.size())).arg(tagged)
                           + (failed > 0 ? QLatin1Char(' ') + tr("%n failed: see why in the list.", nullptr, failed) : QString()));
        m_tagButton->hide();
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        Q_EMIT taggingDone(tagged, failed);
        return;
    }
    const QString source = m_sources.at(m_next++);
    QTreeWidgetItem *row = m_tree->topLevelItem(m_next - 1);
    row->setText(TagResultColumn, tr("Tagging…"));
    const auto target = Reference::parseTagTarget(m_targets.value(source));
    if (!target) {
        m_outcomes.insert(source, Outcome::Failed);
        m_results.insert(source, target.error().userMessage);
        row->setText(TagResultColumn, m_results.value(source));
        return tagNext();
    }
    ImagesApi::tag(*m_engine, source, *target).then(this, [this, source, row](const Result<Done> &r) {
        m_outcomes.insert(source, r ? Outcome::Tagged : Outcome::Failed);
        m_results.insert(source, r ? tr("Tagged") : tr("Failed: %1").arg(r.error().fullText()));
        row->setText(TagResultColumn, m_results.value(source));
        row->setToolTip(TagResultColumn, m_results.value(source));
        row->setIcon(TagResultColumn, style()->standardIcon(r ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        tagNext();
    });
}
