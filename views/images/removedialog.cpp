#include "removedialog.h"

#include "images/imagefields.h"

#include "engine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

void setError(QLabel *label, const QString &text)
{
    showFieldMessage(label, text, !text.isEmpty());
}

} // namespace

RemoveDialog::RemoveDialog(Engine *engine, const Target &target, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_target(target)
    , m_intro(new QLabel(this))
    , m_affected(new QListWidget(this))
    , m_force(new QCheckBox(this))
    , m_prune(new QCheckBox(this))
    , m_message(new QLabel(this))
    , m_result(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("removeDialog"));
    const QString who = shortImageId(target.imageId);
    const bool lastTag = isUntag() && target.tags.size() <= 1;
    if (isUntag()) {
        setWindowTitle(tr("Untag Image"));
        setAccessibleName(tr("Untag image"));
        m_intro->setText(lastTag ? tr("Remove the tag %1 from the image %2?\n\nIt is the image's only tag: the image (%3) is deleted "
                                      "with it, unless a container uses it.")
                                       .arg(target.tag, who, QLocale().formattedDataSize(target.size, 2, QLocale::DataSizeSIFormat))
                                 : tr("Remove the tag %1 from the image %2? The image keeps its other tags.").arg(target.tag, who));
    } else {
        setWindowTitle(tr("Remove Image"));
        setAccessibleName(tr("Remove image"));
        m_intro->setText(tr("Remove the image %1 (%2)? This removes:")
                             .arg(who, QLocale().formattedDataSize(target.size, 2, QLocale::DataSizeSIFormat)));
    }
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_affected->setObjectName(QStringLiteral("removeAffected"));
    m_affected->setAccessibleName(tr("What the removal affects"));
    m_affected->setSelectionMode(QAbstractItemView::NoSelection);
    m_affected->setMaximumHeight(m_affected->fontMetrics().lineSpacing() * 10);
    const QStringList tags = isUntag() ? QStringList{target.tag} : target.tags;
    for (const QString &t : tags)
        m_affected->addItem(tr("Tag %1").arg(t));
    if (!isUntag() || lastTag)
        m_affected->addItem(tr("Image %1").arg(target.imageId));
    auto *looking = new QListWidgetItem(tr("Looking for containers that use it…"), m_affected);
    looking->setData(Qt::UserRole, QStringLiteral("looking"));

    m_force->setObjectName(QStringLiteral("removeForce"));
    m_force->setText(isUntag() ? tr("Force: untag although containers use the image")
                               : tr("Force: remove although containers use the image"));
    m_force->setToolTip(tr("Stopped containers stay, without an image name. An image that a running container uses cannot be "
                           "removed, not even by force: stop and remove that container first."));
    m_force->setAccessibleName(tr("Force the removal"));
    m_force->hide();

    m_prune->setObjectName(QStringLiteral("removePrune"));
    m_prune->setText(tr("Also remove untagged parent images that nothing else needs"));
    m_prune->setAccessibleName(tr("Remove untagged parents"));
    m_prune->setChecked(true);
    m_prune->setVisible(!isUntag() || lastTag);

    m_message->setObjectName(QStringLiteral("removeMessage"));
    m_message->setAccessibleName(tr("Removal status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_result->setObjectName(QStringLiteral("removeResult"));
    m_result->setAccessibleName(tr("What the engine removed"));
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->hide();

    m_removeButton = m_buttons->addButton(isUntag() ? tr("Untag") : tr("Remove"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_removeButton->setEnabled(false);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { lookUpUsers(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addWidget(m_affected);
    lay->addWidget(m_force);
    lay->addWidget(m_prune);
    lay->addWidget(m_message);
    lay->addWidget(m_result, 1);
    lay->addWidget(m_buttons);
    resize(560, sizeHint().height());
    lookUpUsers(false);
}

void RemoveDialog::lookUpUsers(bool thenRemove)
{
    if (!m_engine)
        return fail(tr("Not connected to an engine."));
    m_removeButton->setEnabled(false);
    if (thenRemove)
        m_message->setText(tr("Checking the containers once more…"));
    const int before = int(m_users.size());
    ImagesApi::containers(*m_engine, m_target.imageId).then(this, [this, thenRemove, before](const Result<QList<ImageUser>> &r) {
        if (!r)
            return fail(r.error().fullText());
        m_users.clear();
        m_descendantUsers = 0;
        for (const ImageUser &u : *r) {
            if (u.imageId == m_target.imageId)
                m_users << u;
            else
                ++m_descendantUsers;
        }
        const bool firstLook = !m_usersKnown;
        m_usersKnown = true;
        showUsers();
        // New users appeared since the user confirmed: let them decide again.
        if (thenRemove && !firstLook && int(m_users.size()) > before && !m_force->isChecked()) {
            setError(m_message, tr("Containers started using the image meanwhile. Check the list and confirm again."));
            m_removeButton->setEnabled(true);
            return;
        }
        if (thenRemove)
            run();
    });
}

void RemoveDialog::showUsers()
{
    for (int i = m_affected->count() - 1; i >= 0; --i) {
        if (!m_affected->item(i)->data(Qt::UserRole).toString().isEmpty())
            delete m_affected->takeItem(i);
    }
    auto add = [this](const QString &text, const QString &tip = {}) {
        auto *it = new QListWidgetItem(text, m_affected);
        it->setData(Qt::UserRole, QStringLiteral("user"));
        it->setToolTip(tip);
        return it;
    };
    if (m_users.isEmpty()) {
        add(tr("No container uses the image."))->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    } else {
        for (const ImageUser &u : std::as_const(m_users)) {
            QListWidgetItem *it = add(tr("Container %1 (%2) uses the image").arg(u.name, u.state), u.id);
            it->setIcon(style()->standardIcon(u.isRunning() ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation));
        }
    }
    if (m_descendantUsers > 0)
        add(tr("%n container(s) use images built on this one; those images keep it.", nullptr, m_descendantUsers));
    m_force->setVisible(!m_users.isEmpty());
    const bool running = std::any_of(m_users.begin(), m_users.end(), [](const ImageUser &u) { return u.isRunning(); });
    if (running)
        setError(m_message, tr("A running container uses the image: stop and remove it first. Not even a forced removal can take "
                               "an image from a running container."));
    else if (!m_users.isEmpty())
        m_message->setText(tr("Containers use the image: remove them first, or force the removal."));
    else
        m_message->clear();
    m_removeButton->setEnabled(true);
}

void RemoveDialog::run()
{
    if (!m_engine)
        return fail(tr("Not connected to an engine."));
    m_removeButton->setEnabled(false);
    m_force->setEnabled(false);
    m_prune->setEnabled(false);
    setError(m_message, {});
    m_message->setText(isUntag() ? tr("Removing the tag…") : tr("Removing the image…"));
    const bool noprune = !m_prune->isChecked();
    QString what = m_target.tag;
    bool force = m_force->isVisible() && m_force->isChecked();
    // Containers were looked up a moment ago: the engine would refuse, and for an
    // image with several tags it would name the tags, not the containers.
    const bool lastName = !isUntag() || m_target.tags.size() <= 1;
    if (!force && lastName && !m_users.isEmpty()) {
        QStringList names;
        for (const ImageUser &u : std::as_const(m_users))
            names << u.name;
        fail(tr("The image is used by %1. Remove those containers first, or tick “Force”.").arg(names.join(QLatin1String(", "))));
        m_force->setEnabled(true);
        m_prune->setEnabled(true);
        m_removeButton->setEnabled(true);
        return;
    }
    if (!isUntag()) {
        what = m_target.imageId;
        // The engine refuses to remove an image with several tags by ID unless
        // forced; the user has just confirmed every one of those tags, and no
        // container uses the image (checked a moment ago), so that is all force adds.
        if (m_users.isEmpty() && m_target.tags.size() > 1)
            force = true;
    }
    ImagesApi::remove(*m_engine, what, force, noprune).then(this, [this](const Result<QList<ImageDeleteItem>> &r) {
        if (!r) {
            fail(r.error().fullText());
            m_force->setEnabled(true);
            m_prune->setEnabled(true);
            m_removeButton->setEnabled(true);
            return;
        }
        finish(*r);
    });
}

void RemoveDialog::fail(const QString &text)
{
    setError(m_message, text);
}

void RemoveDialog::finish(const QList<ImageDeleteItem> &items)
{
    m_items = items;
    m_finished = true;
    int untagged = 0, deleted = 0;
    for (const ImageDeleteItem &i : items) {
        const bool u = i.kind == ImageDeleteItem::Kind::Untagged;
        (u ? untagged : deleted) += 1;
        m_result->addItem(u ? tr("Untagged: %1").arg(i.ref) : tr("Deleted: %1").arg(i.ref));
    }
    m_intro->setText(tr("The engine removed:"));
    m_affected->hide();
    m_force->hide();
    m_prune->hide();
    m_result->show();
    m_message->setText(tr("%n tag(s) untagged", nullptr, untagged) + QLatin1String(", ") + tr("%n image(s) or layer(s) deleted", nullptr, deleted));
    m_removeButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setFocus();
    Q_EMIT removed(items);
}
