#include "removeimagesdialog.h"

#include "images/imagefields.h"

#include "engine.h"
#include "types.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { WhatColumn, ResultColumn };

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeSIFormat);
}

} // namespace

RemoveImagesDialog::RemoveImagesDialog(Engine *engine, const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_targets(targets)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_force(new QCheckBox(this))
    , m_prune(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("removeImagesDialog"));
    setWindowTitle(tr("Remove Images"));
    setAccessibleName(tr("Remove images"));
    qint64 total = 0;
    for (const Target &t : std::as_const(m_targets))
        total += t.size;
    m_intro->setText(tr("Remove these %n image(s) (%1 in all)? This removes every tag and image listed:", nullptr, int(m_targets.size()))
                         .arg(sizeText(total)));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_tree->setObjectName(QStringLiteral("removeImagesAffected"));
    m_tree->setAccessibleName(tr("The images to remove, their tags and the containers that use them"));
    m_tree->setHeaderLabels({tr("What"), tr("Result")});
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    for (const Target &t : std::as_const(m_targets)) {
        auto *row = new QTreeWidgetItem(m_tree, {tr("Image %1 (%2)").arg(shortImageId(t.imageId), sizeText(t.size))});
        row->setData(WhatColumn, Qt::UserRole, t.imageId);
        row->setToolTip(WhatColumn, t.imageId);
        if (t.tags.isEmpty())
            new QTreeWidgetItem(row, {tr("No tag (a dangling image)")});
        for (const QString &tag : t.tags)
            new QTreeWidgetItem(row, {tr("Tag %1").arg(tag)});
        row->setExpanded(true);
    }
    m_tree->header()->resizeSection(WhatColumn, 330);

    m_force->setObjectName(QStringLiteral("removeImagesForce"));
    m_force->setText(tr("Force: also remove images that stopped containers use"));
    m_force->setToolTip(tr("Stopped containers stay, without an image name. An image that a running container uses cannot be "
                           "removed, not even by force: stop and remove that container first."));
    m_force->setAccessibleName(tr("Force the removal"));
    m_force->hide();

    m_prune->setObjectName(QStringLiteral("removeImagesPrune"));
    m_prune->setText(tr("Also remove untagged parent images that nothing else needs"));
    m_prune->setAccessibleName(tr("Remove untagged parents"));
    m_prune->setChecked(true);

    m_message->setObjectName(QStringLiteral("removeImagesMessage"));
    m_message->setAccessibleName(tr("Removal status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Looking for containers that use them…"));

    m_removeButton = m_buttons->addButton(tr("Remove %n Image(s)", nullptr, int(m_targets.size())), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeImagesButton"));
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { lookUpUsers(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addWidget(m_tree, 1);
    lay->addWidget(m_force);
    lay->addWidget(m_prune);
    lay->addWidget(m_message);
    lay->addWidget(m_buttons);
    resize(720, 460);
    lookUpUsers(false);
}

QTreeWidgetItem *RemoveImagesDialog::rowOf(const QString &imageId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(WhatColumn, Qt::UserRole).toString() == imageId)
            return m_tree->topLevelItem(i);
    }
    return nullptr;
}

void RemoveImagesDialog::lookUpUsers(bool thenRemove)
{
    if (!m_engine) {
        showFieldMessage(m_message, tr("Not connected to an engine."), true);
        return;
    }
    m_removeButton->setEnabled(false);
    if (thenRemove)
        m_message->setText(tr("Checking the containers once more…"));
    // One request for every container, not one per image.
    ImagesApi::containers(*m_engine).then(this, [this, thenRemove](const Result<QList<ImageUser>> &r) {
        if (!r) {
            showFieldMessage(m_message, r.error().fullText(), true);
            m_removeButton->setEnabled(true);
            return;
        }
        QHash<QString, QList<ImageUser>> users;
        for (const ImageUser &u : *r) {
            if (rowOf(u.imageId))
                users[u.imageId] << u;
        }
        bool more = false;
        if (m_usersKnown) {
            for (auto it = users.cbegin(); it != users.cend() && !more; ++it)
                more = it.value().size() > m_users.value(it.key()).size();
        }
        m_users = users;
        m_usersKnown = true;
        showUsers();
        // Containers started using one meanwhile: the user decides again.
        if (thenRemove && more && !m_force->isChecked()) {
            showFieldMessage(m_message, tr("Containers started using some of these images meanwhile. Check the list and confirm again."), true);
            return;
        }
        if (thenRemove) {
            m_removeButton->setEnabled(false);
            m_force->setEnabled(false);
            m_prune->setEnabled(false);
            m_next = 0;
            removeNext();
        }
    });
}

void RemoveImagesDialog::showUsers()
{
    int used = 0, running = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        for (int c = row->childCount() - 1; c >= 0; --c) {
            if (row->child(c)->data(WhatColumn, Qt::UserRole).toString() == QLatin1String("user"))
                delete row->takeChild(c);
        }
        const QList<ImageUser> users = m_users.value(row->data(WhatColumn, Qt::UserRole).toString());
        if (!users.isEmpty())
            ++used;
        bool anyRunning = false;
        for (const ImageUser &u : users) {
            auto *child = new QTreeWidgetItem(row, {tr("Container %1 (%2) uses it").arg(u.name, u.state)});
            child->setData(WhatColumn, Qt::UserRole, QStringLiteral("user"));
            child->setIcon(WhatColumn, style()->standardIcon(u.isRunning() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation));
            child->setToolTip(WhatColumn, u.id);
            anyRunning = anyRunning || u.isRunning();
        }
        if (anyRunning)
            ++running;
    }
    m_force->setVisible(used > running);
    if (running > 0)
        showFieldMessage(m_message,
                     tr("Running containers use %n of these images: those stay (stop and remove the containers first). The others "
                        "are removed.",
                        nullptr, running),
                     true);
    else if (used > 0)
        showFieldMessage(m_message, tr("Stopped containers use %n of these images. Without “Force”, such an image stays.", nullptr, used), false);
    else
        showFieldMessage(m_message, tr("No container uses any of them."), false);
    m_removeButton->setEnabled(true);
}

void RemoveImagesDialog::removeNext()
{
    if (m_next >= m_targets.size() || !m_engine)
        return finishAll();
    const Target t = m_targets.at(m_next++);
    QTreeWidgetItem *row = rowOf(t.imageId);
    const QList<ImageUser> users = m_users.value(t.imageId);
    const bool forced = !m_force->isHidden() && m_force->isChecked(); // offered, and ticked
    if (!users.isEmpty() && !forced) {
        QStringList names;
        for (const ImageUser &u : users)
            names << u.name;
        m_outcomes.insert(t.imageId, Outcome::Failed);
        m_resultTexts.insert(t.imageId, tr("Kept: used by %1").arg(names.join(QLatin1String(", "))));
        if (row) {
            row->setText(ResultColumn, m_resultTexts.value(t.imageId));
            row->setToolTip(ResultColumn, m_resultTexts.value(t.imageId));
            row->setIcon(ResultColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        return removeNext();
    }
    if (row)
        row->setText(ResultColumn, tr("Removing…"));
    showFieldMessage(m_message, tr("Removing %1 of %2…").arg(m_next).arg(m_targets.size()), false);
    // Every tag of the image was confirmed, and no container uses it (or force was
    // ticked): by ID, the engine wants force for an image with several tags.
    const bool force = forced || (users.isEmpty() && t.tags.size() > 1);
    const QString id = t.imageId;
    ImagesApi::remove(*m_engine, id, force, !m_prune->isChecked()).then(this, [this, id](const Result<QList<ImageDeleteItem>> &r) {
        QTreeWidgetItem *row = rowOf(id);
        if (r) {
            int untagged = 0, deleted = 0;
            for (const ImageDeleteItem &i : *r)
                (i.kind == ImageDeleteItem::Kind::Untagged ? untagged : deleted) += 1;
            m_outcomes.insert(id, Outcome::Removed);
            m_resultTexts.insert(id, tr("Removed: %n tag(s) untagged", nullptr, untagged) + QLatin1String(", ")
                                         + tr("%n image(s) or layer(s) deleted", nullptr, deleted));
        } else if (r.error().httpStatus == 404) {
            // Taken already, as the untagged parent of an image removed before it.
            m_outcomes.insert(id, Outcome::Removed);
            m_resultTexts.insert(id, tr("Removed already, with another image of the list"));
        } else {
            m_outcomes.insert(id, Outcome::Failed);
            m_resultTexts.insert(id, tr("Failed: %1").arg(r.error().fullText()));
        }
        if (row) {
            row->setText(ResultColumn, m_resultTexts.value(id));
            row->setToolTip(ResultColumn, m_resultTexts.value(id));
            row->setIcon(ResultColumn, style()->standardIcon(m_outcomes.value(id) == Outcome::Removed ? QStyle::SP_DialogApplyButton
                                                                                                     : QStyle::SP_MessageBoxWarning));
        }
        removeNext();
    });
}

void RemoveImagesDialog::finishAll()
{
    m_finished = true;
    int removed = 0, failed = 0;
    for (const Target &t : std::as_const(m_targets))
        (outcome(t.imageId) == Outcome::Removed ? removed : failed) += 1;
    m_intro->setText(tr("What happened to each image:"));
    m_force->hide();
    m_prune->hide();
    const QString text = tr("%1 of %n image(s) removed.", nullptr, int(m_targets.size())).arg(removed)
        + (failed > 0 ? QLatin1Char(' ') + tr("%n kept: see why in the list.", nullptr, failed) : QString());
    showFieldMessage(m_message, text, failed > 0);
    m_removeButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setFocus();
    Q_EMIT removalsDone(removed, failed);
}
