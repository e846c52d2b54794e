#include "system/volumedialogs.h"

#include "engine.h"
#include "system/keyvaluetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString volumeBytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 2, QLocale::DataSizeSIFormat);
}

} // namespace

// --- create -----------------------------------------------------------------------

CreateVolumeDialog::CreateVolumeDialog(Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_options(new KeyValueTable(tr("Driver options"), this))
    , m_labels(new KeyValueTable(tr("Labels"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("createVolumeDialog"));
    setWindowTitle(tr("Create Volume"));
    setAccessibleName(tr("Create volume"));
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_name->setAccessibleName(tr("Volume name"));
    m_name->setPlaceholderText(tr("Empty: the engine makes up a name"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9_.-]*")), m_name));
    m_driver->setObjectName(QStringLiteral("volumeDriver"));
    m_driver->setAccessibleName(tr("Volume driver"));
    m_driver->setEditable(true);
    m_driver->addItem(QStringLiteral("local"));
    m_driver->setToolTip(tr("“local” keeps the files on the engine's host; a plugin's name uses that plugin."));
    m_options->setObjectName(QStringLiteral("volumeOptions"));
    m_options->setToolTip(tr("Options for the driver, as docker volume create --opt gives them. For “local”: type, device and o "
                             "(for example type=tmpfs, device=tmpfs, o=size=100m)."));
    m_labels->setObjectName(QStringLiteral("volumeLabels"));
    m_status->setObjectName(QStringLiteral("volumeStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createVolumeButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateVolumeDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("Driver &options:"), m_options);
    form->addRow(tr("&Labels:"), m_labels);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_status);
    lay->addWidget(buttons);
    resize(520, sizeHint().height());
}

VolumeCreateSpec CreateVolumeDialog::spec() const
{
    VolumeCreateSpec s;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->currentText().trimmed();
    s.driverOptions = m_options->values();
    s.labels = m_labels->values();
    return s;
}

void CreateVolumeDialog::create()
{
    if (!m_engine)
        return setStatusText(m_status, tr("Not connected to an engine."), true);
    m_create->setEnabled(false);
    setStatusText(m_status, tr("Creating the volume…"), false);
    VolumesApi::create(*m_engine, spec()).then(this, [this](const Result<VolumeSummary> &r) {
        m_create->setEnabled(true);
        if (!r)
            return setStatusText(m_status, r.error().fullText(), true);
        Q_EMIT created(r->name);
        accept();
    });
}

// --- remove -----------------------------------------------------------------------

RemoveVolumeDialog::RemoveVolumeDialog(Engine *engine, const VolumeRow &volume, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_volume(volume)
    , m_affected(new QListWidget(this))
    , m_force(new QCheckBox(tr("Force: remove even if the volume's driver reports an error"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("removeVolumeDialog"));
    setWindowTitle(tr("Remove Volume"));
    setAccessibleName(tr("Remove volume"));
    const QString size = volume.usage.size >= 0 ? volumeBytes(volume.usage.size) : tr("size unknown");
    auto *intro = new QLabel(tr("Remove the volume %1 (%2)? Its files are deleted for good.").arg(volume.volume.name, size), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_affected->setObjectName(QStringLiteral("removeVolumeAffected"));
    m_affected->setAccessibleName(tr("Containers that use the volume"));
    m_affected->setSelectionMode(QAbstractItemView::NoSelection);
    m_affected->setMaximumHeight(m_affected->fontMetrics().lineSpacing() * 8);
    for (const VolumeUser &u : volume.users) {
        auto *it = new QListWidgetItem(tr("Container %1 (%2) mounts it at %3").arg(u.containerName, containerStateWord(u.state), u.destination), m_affected);
        it->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        it->setToolTip(u.containerId);
    }
    if (volume.users.isEmpty())
        m_affected->addItem(tr("No container uses the volume."));
    m_force->setObjectName(QStringLiteral("removeVolumeForce"));
    m_force->setAccessibleName(tr("Force the removal"));
    m_force->setToolTip(tr("Not even a forced removal takes a volume from a container: remove the containers that use it first."));
    m_status->setObjectName(QStringLiteral("removeVolumeStatus"));
    m_status->setAccessibleName(tr("Removal status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!volume.users.isEmpty()) {
        QStringList names;
        for (const VolumeUser &u : volume.users)
            names << u.containerName;
        setStatusText(m_status, tr("The volume is in use by %1: remove those containers first.").arg(names.join(QLatin1String(", "))), true);
    }

    m_remove = m_buttons->addButton(tr("Remove"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeVolumeButton"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return setStatusText(m_status, tr("Not connected to an engine."), true);
        m_remove->setEnabled(false);
        setStatusText(m_status, tr("Removing the volume…"), false);
        VolumesApi::remove(*m_engine, m_volume.volume.name, m_force->isChecked()).then(this, [this](const Result<Done> &r) {
            if (!r) {
                m_remove->setEnabled(true);
                return setStatusText(m_status, r.error().fullText(), true);
            }
            m_finished = true;
            setStatusText(m_status, tr("The volume %1 was removed.").arg(m_volume.volume.name), false);
            m_remove->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            Q_EMIT removed(m_volume.volume.name);
        });
    });

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(intro);
    lay->addWidget(m_affected);
    lay->addWidget(m_force);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

// --- prune ------------------------------------------------------------------------

PruneVolumesDialog::PruneVolumesDialog(Engine *engine, VolumesModel *model, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(model)
    , m_intro(new QLabel(this))
    , m_all(new QCheckBox(tr("Also named volumes (all unused volumes)"), this))
    , m_preview(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pruneVolumesDialog"));
    setWindowTitle(tr("Prune Volumes"));
    setAccessibleName(tr("Prune volumes"));
    m_intro->setWordWrap(true);
    m_all->setObjectName(QStringLiteral("pruneVolumesAll"));
    m_all->setAccessibleName(tr("Also remove unused named volumes"));
    const bool knowsAll = engine && VolumesApi::pruneKnowsAll(*engine);
    if (!knowsAll) {
        // Older engines and Podman prune every unused volume: say so, and show it.
        m_all->setChecked(true);
        m_all->setEnabled(false);
        m_all->setToolTip(tr("This engine removes every unused volume, named or not: choosing only anonymous ones needs "
                             "Docker API 1.42 (Docker 23) or newer."));
    } else {
        m_all->setToolTip(tr("Without this, only anonymous volumes go (those made for a -v without a name)."));
    }
    m_preview->setObjectName(QStringLiteral("pruneVolumesPreview"));
    m_preview->setAccessibleName(tr("Volumes that the prune removes"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_status->setObjectName(QStringLiteral("pruneVolumesStatus"));
    m_status->setAccessibleName(tr("Prune status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_prune = m_buttons->addButton(tr("Prune"), QDialogButtonBox::DestructiveRole);
    m_prune->setObjectName(QStringLiteral("pruneVolumesButton"));
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_all, &QCheckBox::toggled, this, &PruneVolumesDialog::updatePreview);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PruneVolumesDialog::updatePreview);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PruneVolumesDialog::updatePreview);
        connect(model, &QAbstractItemModel::dataChanged, this, &PruneVolumesDialog::updatePreview);
    }
    connect(m_prune, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return setStatusText(m_status, tr("Not connected to an engine."), true);
        m_prune->setEnabled(false);
        m_all->setEnabled(false);
        setStatusText(m_status, tr("Pruning…"), false);
        VolumesApi::prune(*m_engine, m_all->isChecked()).then(this, [this](const Result<VolumePruneReport> &r) {
            if (!r) {
                m_prune->setEnabled(true);
                return setStatusText(m_status, r.error().fullText(), true);
            }
            m_report = *r;
            m_finished = true;
            if (m_model) {
                disconnect(m_model, nullptr, this, nullptr);
            }
            m_intro->setText(tr("The engine removed:"));
            m_preview->clear();
            for (const QString &n : r->deleted)
                m_preview->addItem(n);
            if (r->deleted.isEmpty())
                m_preview->addItem(tr("Nothing: no volume was unused."));
            m_difference = PruneDifference::of(m_names, r->deleted);
            setStatusText(m_status,
                          tr("%n volume(s) removed, %1 freed.", nullptr, int(r->deleted.size())).arg(volumeBytes(r->spaceReclaimed)) + QLatin1Char(' ')
                              + m_difference.text(),
                          !m_difference.isEmpty());
            m_prune->hide();
            m_all->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            Q_EMIT pruned(m_report);
        });
    });

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addWidget(m_all);
    lay->addWidget(m_preview, 1);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(560, 420);
    updatePreview();
}

void PruneVolumesDialog::updatePreview()
{
    if (m_finished)
        return;
    m_preview->clear();
    m_names.clear();
    if (!m_model)
        return;
    const bool all = m_all->isChecked();
    qint64 total = 0;
    bool sizesKnown = true;
    for (const VolumeRow &r : m_model->rows()) {
        if (!r.users.isEmpty() || (!all && !r.volume.isAnonymous()))
            continue;
        m_names << r.volume.name;
        const QString size = r.usage.size >= 0 ? volumeBytes(r.usage.size) : tr("size unknown");
        m_preview->addItem(tr("%1 (%2)").arg(r.volume.name, size));
        if (r.usage.size >= 0)
            total += r.usage.size;
        else
            sizesKnown = false;
    }
    if (m_names.isEmpty())
        m_preview->addItem(all ? tr("No volume would be removed: every one is in use.")
                               : tr("No volume would be removed: every one is in use or has a name."));
    m_intro->setText(all ? tr("Remove every volume that no container uses? Their files are deleted for good.")
                         : tr("Remove the anonymous volumes that no container uses? Their files are deleted for good."));
    if (!m_model->usersKnown())
        setStatusText(m_status, tr("Still looking for the containers that use the volumes…"), false);
    else
        setStatusText(m_status,
                      sizesKnown ? tr("%n volume(s) go, freeing %1.", nullptr, int(m_names.size())).arg(volumeBytes(total))
                                 : tr("%n volume(s) go, freeing at least %1 (some sizes are not known yet).", nullptr, int(m_names.size())).arg(volumeBytes(total)),
                      false);
    m_prune->setEnabled(!m_names.isEmpty() && m_model->usersKnown());
}
