#include "systemprunedialog.h"

#include "engine.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString systemPruneBytesText(qint64 bytes)
{
    return SystemApi::humanSize(bytes);
}

} // namespace

SystemPruneDialog::SystemPruneDialog(Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_containers(new QCheckBox(tr("Stopped &containers"), this))
    , m_networks(new QCheckBox(tr("&Networks no running container uses"), this))
    , m_volumes(new QCheckBox(tr("Anonymous &volumes no container uses (--volumes)"), this))
    , m_images(new QCheckBox(tr("&Images:"), this))
    , m_dangling(new QRadioButton(tr("&dangling only"), this))
    , m_allImages(new QRadioButton(tr("every &unused image (-a)"), this))
    , m_buildCache(new QCheckBox(tr("&Build cache (unused; all of it with -a)"), this))
    , m_filterEdit(new QLineEdit(this))
    , m_notes(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("systemPruneDialog"));
    setWindowTitle(tr("Prune Unused Data"));
    setAccessibleName(tr("Prune unused data"));

    m_containers->setObjectName(QStringLiteral("pruneContainers"));
    m_containers->setAccessibleName(tr("Prune stopped containers"));
    m_networks->setObjectName(QStringLiteral("pruneNetworks"));
    m_networks->setAccessibleName(tr("Prune unused networks"));
    m_volumes->setObjectName(QStringLiteral("pruneVolumes"));
    m_volumes->setAccessibleName(tr("Prune anonymous volumes"));
    m_images->setObjectName(QStringLiteral("pruneImages"));
    m_images->setAccessibleName(tr("Prune images"));
    m_dangling->setObjectName(QStringLiteral("pruneDanglingImages"));
    m_dangling->setAccessibleName(tr("Dangling images only"));
    m_allImages->setObjectName(QStringLiteral("pruneAllImages"));
    m_allImages->setAccessibleName(tr("Every unused image"));
    m_buildCache->setObjectName(QStringLiteral("pruneBuildCache"));
    m_buildCache->setAccessibleName(tr("Prune build cache"));
    m_containers->setChecked(true);
    m_networks->setChecked(true);
    m_images->setChecked(true);
    m_buildCache->setChecked(true);
    m_dangling->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_dangling);
    group->addButton(m_allImages);

    m_filterEdit->setObjectName(QStringLiteral("pruneFilters"));
    m_filterEdit->setAccessibleName(tr("Prune filters"));
    m_filterEdit->setPlaceholderText(tr("until=24h label=env=test label!=keep"));
    m_filterEdit->setToolTip(tr("Only what matches every filter goes: until= (a duration, a date or unix seconds; created before it), label=key or label=key=value, label!=… (does not carry)."));
    m_filterEdit->setClearButtonEnabled(true);

    m_notes->setObjectName(QStringLiteral("pruneNotes"));
    m_notes->setAccessibleName(tr("Notes about this engine"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("systemPruneStatus"));
    m_status->setAccessibleName(tr("Prune status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progress->hide();

    m_tree->setObjectName(QStringLiteral("systemPrunePreview"));
    m_tree->setAccessibleName(tr("What the prune removes"));
    m_tree->setHeaderLabels({tr("Object"), tr("ID"), tr("Preview"), tr("Engine's result")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(NameColumn, 300);
    m_tree->header()->resizeSection(IdColumn, 120);
    m_tree->header()->resizeSection(PreviewColumn, 200);

    m_pruneButton = m_buttons->addButton(tr("Prune"), QDialogButtonBox::DestructiveRole);
    m_pruneButton->setObjectName(QStringLiteral("systemPruneButton"));
    m_pruneButton->setAccessibleName(tr("Prune"));
    m_pruneButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_pruneButton->setEnabled(false);
    auto *previewButton = m_buttons->addButton(tr("&Refresh Preview"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("systemPrunePreviewButton"));
    previewButton->setAccessibleName(tr("Refresh the preview"));
    connect(previewButton, &QPushButton::clicked, this, &SystemPruneDialog::computePreview);
    connect(m_pruneButton, &QPushButton::clicked, this, &SystemPruneDialog::prune);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QCheckBox *b : {m_containers, m_networks, m_volumes, m_images, m_buildCache})
        connect(b, &QCheckBox::toggled, this, &SystemPruneDialog::computePreview);
    connect(m_images, &QCheckBox::toggled, m_dangling, &QWidget::setEnabled);
    connect(m_images, &QCheckBox::toggled, m_allImages, &QWidget::setEnabled);
    connect(m_allImages, &QRadioButton::toggled, this, &SystemPruneDialog::computePreview);
    connect(m_filterEdit, &QLineEdit::editingFinished, this, [this] { setFilterText(m_filterEdit->text()); });

    auto *imagesRow = new QHBoxLayout;
    imagesRow->addWidget(m_images);
    imagesRow->addWidget(m_dangling);
    imagesRow->addWidget(m_allImages);
    imagesRow->addStretch(1);
    auto *filterRow = new QFormLayout;
    filterRow->addRow(tr("&Filters:"), m_filterEdit);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_containers);
    lay->addWidget(m_networks);
    lay->addWidget(m_volumes);
    lay->addLayout(imagesRow);
    lay->addWidget(m_buildCache);
    lay->addLayout(filterRow);
    lay->addWidget(m_notes);
    lay->addWidget(m_status);
    lay->addWidget(m_progress);
    lay->addWidget(m_tree, 1);
    lay->addWidget(m_buttons);
    resize(900, 620);
    updateNotes();
    computePreview();
}

SystemPruneDialog::~SystemPruneDialog() = default;

SystemPruneOptions SystemPruneDialog::options() const
{
    SystemPruneOptions o;
    o.containers = m_containers->isChecked();
    o.networks = m_networks->isChecked();
    o.volumes = m_volumes->isChecked();
    o.images = m_images->isChecked();
    o.all = m_allImages->isChecked();
    o.buildCache = m_buildCache->isChecked();
    o.filters = m_filters;
    return o;
}

void SystemPruneDialog::setOptions(const SystemPruneOptions &o)
{
    m_updating = true;
    m_containers->setChecked(o.containers);
    m_networks->setChecked(o.networks);
    m_volumes->setChecked(o.volumes);
    m_images->setChecked(o.images);
    (o.all ? m_allImages : m_dangling)->setChecked(true);
    m_buildCache->setChecked(o.buildCache);
    m_filters = o.filters;
    m_filterError.clear();
    m_filterEdit->setText(o.filters.describe().join(QLatin1Char(' ')));
    m_appliedFilterText = m_filterEdit->text();
    m_updating = false;
    updateNotes();
    computePreview();
}

void SystemPruneDialog::setSingleKind(DiskUsageLine::Kind kind)
{
    SystemPruneOptions o = options();
    o.containers = kind == DiskUsageLine::Kind::Containers;
    o.networks = false;
    o.volumes = kind == DiskUsageLine::Kind::Volumes;
    o.images = kind == DiskUsageLine::Kind::Images;
    o.buildCache = kind == DiskUsageLine::Kind::BuildCache;
    m_containers->setVisible(o.containers);
    m_networks->setVisible(false);
    m_volumes->setVisible(o.volumes);
    m_images->setVisible(o.images);
    m_dangling->setVisible(o.images);
    m_allImages->setVisible(o.images || o.buildCache);
    if (o.buildCache)
        m_allImages->setText(tr("all build cache, not only unused regular records (-a)"));
    m_buildCache->setVisible(o.buildCache);
    switch (kind) {
    case DiskUsageLine::Kind::Containers:
        setWindowTitle(tr("Prune Stopped Containers"));
        break;
    case DiskUsageLine::Kind::Images:
        setWindowTitle(tr("Prune Images"));
        break;
    case DiskUsageLine::Kind::Volumes:
        setWindowTitle(tr("Prune Volumes"));
        break;
    case DiskUsageLine::Kind::BuildCache:
        setWindowTitle(tr("Prune Build Cache"));
        break;
    }
    setOptions(o);
}

void SystemPruneDialog::setFilterText(const QString &text)
{
    // Losing focus finishes an edit too: only a changed text is a new preview.
    if (text == m_appliedFilterText && m_filterEdit->text() == text)
        return;
    m_appliedFilterText = text;
    const auto parsed = PruneFilters::parse(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), QDateTime::currentSecsSinceEpoch());
    if (m_filterEdit->text() != text)
        m_filterEdit->setText(text);
    if (parsed) {
        m_filters = *parsed;
        m_filterError.clear();
    } else {
        m_filterError = parsed.error().userMessage;
    }
    updateNotes();
    computePreview();
}

void SystemPruneDialog::updateNotes()
{
    QStringList notes;
    const bool podman = m_engine && m_engine->info().podman;
    if (podman) {
        notes << tr("Podman has no build cache prune: that step is left out.");
        if (m_volumes->isChecked())
            notes << tr("Podman prunes every unused volume, named ones too, not only anonymous ones.");
        if (m_networks->isChecked())
            notes << tr("Podman keeps a network while any container, even a stopped one, is attached to it.");
    } else if (m_buildCache->isChecked() && (!m_filters.labels.isEmpty() || !m_filters.notLabels.isEmpty())) {
        notes << tr("Docker accepts label filters for the build cache but ignores them: all unused build cache goes.");
    }
    if (podman && m_previewReady && m_images->isChecked() && m_plan.images.engineReportsSpace >= 0
        && m_plan.images.engineReportsSpace != m_plan.images.spaceReclaimed)
        notes << tr("Podman will report %1 for the images: it counts each image's whole size, layers that images which stay "
                    "share with them included. What is actually freed is %2.")
                     .arg(systemPruneBytesText(m_plan.images.engineReportsSpace), systemPruneBytesText(m_plan.images.spaceReclaimed));
    if (!podman && m_previewReady && m_images->isChecked() && m_plan.buildCacheSharedWithImages > 0 && !m_plan.images.deletedImages.isEmpty())
        notes << tr("The build cache shares %1 with images (layers that BuildKit also keeps). Docker frees such a layer only when the "
                    "build cache record goes too, and counts it there: the images may free up to that much less, and the build cache "
                    "that much more.")
                     .arg(systemPruneBytesText(m_plan.buildCacheSharedWithImages));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void SystemPruneDialog::setStatus(const QString &text, bool error)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(text);
}

void SystemPruneDialog::computePreview()
{
    if (m_finished || m_updating || m_pruning)
        return; // the preview shown is the one being pruned: it stays
    const quint64 gen = ++m_generation; // an older preview still under way is now stale
    m_previewReady = false;
    m_pruneButton->setEnabled(false);
    m_tree->clear();
    m_progress->hide();
    updateNotes();
    if (!m_engine)
        return setStatus(tr("Not connected to an engine."), true);
    if (!m_filterError.isEmpty())
        return setStatus(m_filterError, true);
    setStatus(tr("Working out what would be removed…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    SystemApi::previewPrune(*m_engine, options()).then(this, [this, gen](const Result<SystemPrunePlan> &r) {
        if (gen != m_generation)
            return; // the options changed meanwhile
        m_progress->hide();
        if (!r)
            return setStatus(tr("Cannot preview the prune: %1").arg(r.error().fullText()), true);
        m_plan = *r;
        showPreview();
    });
}

QTreeWidgetItem *SystemPruneDialog::addKind(const QString &title)
{
    auto *it = new QTreeWidgetItem(m_tree);
    it->setText(NameColumn, title);
    QFont f = it->font(NameColumn);
    f.setBold(true);
    it->setFont(NameColumn, f);
    it->setExpanded(true);
    return it;
}

void SystemPruneDialog::showPreview()
{
    m_tree->clear();
    const SystemPrunePlan &p = m_plan;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto child = [&](QTreeWidgetItem *kind, const QString &name, const QString &id, const QString &preview) {
        auto *c = new QTreeWidgetItem(kind);
        c->setText(NameColumn, name);
        c->setToolTip(NameColumn, name);
        if (id != name) { // volumes and networks are known by their name alone
            c->setText(IdColumn, shortImageId(id));
            c->setToolTip(IdColumn, id);
            c->setFont(IdColumn, mono);
        }
        c->setData(IdColumn, Qt::UserRole, id);
        c->setText(PreviewColumn, preview);
        return c;
    };
    const SystemPruneOptions &o = p.options;
    if (o.containers) {
        auto *k = addKind(tr("Containers"));
        for (const DfContainer &c : p.containers)
            child(k, c.name, c.id, tr("goes, frees %1").arg(systemPruneBytesText(c.sizeRw)));
        k->setText(PreviewColumn, tr("%n container(s), %1", nullptr, int(p.containers.size())).arg(systemPruneBytesText(p.containersSpace)));
        k->setData(NameColumn, Qt::UserRole, int(DiskUsageLine::Kind::Containers));
    }
    if (o.networks) {
        auto *k = addKind(tr("Networks"));
        for (const QString &n : p.networks)
            child(k, n, n, tr("goes"));
        k->setText(PreviewColumn, tr("%n network(s)", nullptr, int(p.networks.size())));
    }
    if (o.volumes) {
        auto *k = addKind(tr("Volumes"));
        for (const DfVolume &v : p.volumes)
            child(k, v.name, v.name, v.size >= 0 ? tr("goes, frees %1").arg(systemPruneBytesText(v.size)) : tr("goes"));
        k->setText(PreviewColumn, tr("%n volume(s), %1", nullptr, int(p.volumes.size())).arg(systemPruneBytesText(p.volumesSpace)));
    }
    if (o.images) {
        auto *k = addKind(tr("Images"));
        for (const QString &id : p.images.deletedImages) {
            const ImageSummary img = p.images.images.value(id);
            const QString name = img.repoTags.isEmpty() ? tr("<none> (intermediate or dangling)") : img.repoTags.join(QLatin1String(", "));
            child(k, name, id, tr("deleted"));
        }
        for (const QString &id : p.images.untaggedOnly)
            child(k, p.images.untaggedByImage.value(id).join(QLatin1String(", ")), id, tr("untagged; the image stays"));
        k->setText(PreviewColumn, tr("%n image(s), %1", nullptr, int(p.images.deletedImages.size()))
                                      .arg(p.images.spaceReclaimed >= 0 ? systemPruneBytesText(p.images.spaceReclaimed) : tr("space unknown")));
    }
    if (o.buildCache) {
        auto *k = addKind(tr("Build cache"));
        if (!p.buildCacheSupported) {
            k->setText(PreviewColumn, tr("not on Podman"));
        } else {
            for (const DfBuildCache &b : p.buildCache)
                child(k, b.description.isEmpty() ? b.type : b.description, b.id, tr("goes, frees %1").arg(systemPruneBytesText(b.size)));
            k->setText(PreviewColumn, tr("%n record(s), %1", nullptr, int(p.buildCache.size())).arg(systemPruneBytesText(p.buildCacheSpace)));
        }
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(true);

    const bool empty = p.containers.isEmpty() && p.networks.isEmpty() && p.volumes.isEmpty() && p.images.isEmpty() && p.buildCache.isEmpty();
    setStatus(empty ? tr("Nothing to prune with these options.")
                    : tr("The prune will free %1. Nothing is removed until you press Prune.").arg(systemPruneBytesText(p.totalSpace())));
    m_previewReady = true;
    updateNotes(); // some notes depend on the preview
    m_pruneButton->setEnabled(!empty);
    Q_EMIT previewReady();
}

void SystemPruneDialog::prune()
{
    if (!m_engine || !m_previewReady || m_finished || m_pruning)
        return;
    m_pruning = true;
    ++m_generation; // no preview may replace the one being pruned
    m_pruneButton->setEnabled(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_containers, m_networks, m_volumes, m_images, m_dangling, m_allImages, m_buildCache, m_filterEdit})
        w->setEnabled(false);
    setStatus(tr("Pruning…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    SystemApi::prune(*m_engine, m_plan.options).then(this, [this](const Result<SystemPruneReport> &r) {
        m_progress->hide();
        m_pruning = false;
        if (!r)
            return setStatus(r.error().fullText(), true);
        m_report = *r;
        m_difference = SystemApi::compare(m_plan, m_report);
        m_finished = true;
        showReport();
        Q_EMIT pruned(m_report);
    });
}

void SystemPruneDialog::showReport()
{
    const SystemPruneReport &r = m_report;
    const SystemPruneOptions &o = m_plan.options;
    // Mark each planned object, then add what the engine removed beyond the preview.
    auto kindItem = [this](const QString &title) -> QTreeWidgetItem * {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->text(NameColumn) == title)
                return m_tree->topLevelItem(i);
        }
        return addKind(title);
    };
    auto mark = [](QTreeWidgetItem *kind, const QStringList &done, bool byName) {
        const QSet<QString> d(done.begin(), done.end());
        QSet<QString> seen;
        for (int i = 0; i < kind->childCount(); ++i) {
            QTreeWidgetItem *c = kind->child(i);
            const QString key = byName ? c->text(NameColumn) : c->data(IdColumn, Qt::UserRole).toString();
            seen.insert(key);
            const bool gone = d.contains(key);
            c->setText(ResultColumn, gone ? tr("removed") : tr("NOT removed"));
            if (!gone)
                c->setForeground(ResultColumn, QColor(0xc0, 0x1c, 0x28));
        }
        for (const QString &x : done) {
            if (seen.contains(x))
                continue;
            auto *c = new QTreeWidgetItem(kind);
            c->setText(NameColumn, x);
            c->setText(IdColumn, shortImageId(x));
            c->setToolTip(IdColumn, x);
            c->setText(PreviewColumn, tr("not in the preview"));
            c->setText(ResultColumn, tr("removed"));
            c->setForeground(ResultColumn, QColor(0xc0, 0x1c, 0x28));
        }
    };
    if (o.containers) {
        QTreeWidgetItem *k = kindItem(tr("Containers"));
        mark(k, r.containersDeleted, false);
        k->setText(ResultColumn, tr("%n container(s), %1", nullptr, int(r.containersDeleted.size())).arg(systemPruneBytesText(r.containersSpace)));
    }
    if (o.networks) {
        QTreeWidgetItem *k = kindItem(tr("Networks"));
        mark(k, r.networksDeleted, true);
        k->setText(ResultColumn, tr("%n network(s)", nullptr, int(r.networksDeleted.size())));
    }
    if (o.volumes) {
        QTreeWidgetItem *k = kindItem(tr("Volumes"));
        mark(k, r.volumesDeleted, true);
        k->setText(ResultColumn, tr("%n volume(s), %1", nullptr, int(r.volumesDeleted.size())).arg(systemPruneBytesText(r.volumesSpace)));
    }
    if (o.images) {
        QTreeWidgetItem *k = kindItem(tr("Images"));
        QStringList deleted;
        int images = 0;
        for (const ImageDeleteItem &i : r.images.items) {
            if (i.kind == ImageDeleteItem::Kind::Deleted && m_plan.images.allImageIds.contains(i.ref)) {
                deleted << i.ref;
                ++images;
            }
        }
        const QSet<QString> d(deleted.begin(), deleted.end());
        for (int i = 0; i < k->childCount(); ++i) {
            QTreeWidgetItem *c = k->child(i);
            const QString id = c->data(IdColumn, Qt::UserRole).toString();
            const bool untagOnly = m_plan.images.untaggedOnly.contains(id);
            const bool ok = untagOnly ? !d.contains(id) : d.contains(id);
            c->setText(ResultColumn, ok ? (untagOnly ? tr("untagged") : tr("removed")) : tr("NOT as previewed"));
            if (!ok)
                c->setForeground(ResultColumn, QColor(0xc0, 0x1c, 0x28));
        }
        for (const QString &x : std::as_const(m_difference.imagesOnlyDone)) {
            auto *c = new QTreeWidgetItem(k);
            c->setText(NameColumn, x);
            c->setText(PreviewColumn, tr("not in the preview"));
            c->setText(ResultColumn, tr("removed"));
            c->setForeground(ResultColumn, QColor(0xc0, 0x1c, 0x28));
        }
        k->setText(ResultColumn, tr("%n image(s), %1", nullptr, images).arg(systemPruneBytesText(r.images.spaceReclaimed)));
    }
    if (o.buildCache && r.buildCacheRan) {
        QTreeWidgetItem *k = kindItem(tr("Build cache"));
        mark(k, r.buildCacheDeleted, false);
        k->setText(ResultColumn, tr("%n record(s), %1", nullptr, int(r.buildCacheDeleted.size())).arg(systemPruneBytesText(r.buildCacheSpace)));
    }

    QString text = tr("Total reclaimed space: %1 (the preview said %2).").arg(systemPruneBytesText(r.totalSpace()), systemPruneBytesText(m_plan.totalSpace()));
    const bool same = m_difference.isEmpty() && r.errors.isEmpty();
    text += QLatin1Char('\n');
    if (same) {
        text += tr("The engine removed exactly what the preview showed.");
        if (m_plan.images.engineReportsSpace >= 0 && m_plan.images.engineReportsSpace != m_plan.images.spaceReclaimed)
            text += QLatin1Char(' ')
                + tr("Podman counted each image's whole size (%1); the space actually freed by the images is %2.")
                      .arg(systemPruneBytesText(m_plan.images.engineReportsSpace), systemPruneBytesText(m_plan.images.spaceReclaimed));
        if (m_difference.imagesSpaceFreedWithCache > 0)
            text += QLatin1Char(' ')
                + tr("%1 of the images' layers was kept by the build cache until its step, which freed it and counted it.")
                      .arg(systemPruneBytesText(m_difference.imagesSpaceFreedWithCache));
    } else {
        QStringList what;
        if (!m_difference.containersOnlyPlanned.isEmpty() || !m_difference.containersOnlyDone.isEmpty() || m_difference.containersSpaceDiffers)
            what << tr("containers");
        if (!m_difference.networksOnlyPlanned.isEmpty() || !m_difference.networksOnlyDone.isEmpty())
            what << tr("networks");
        if (!m_difference.volumesOnlyPlanned.isEmpty() || !m_difference.volumesOnlyDone.isEmpty() || m_difference.volumesSpaceDiffers)
            what << tr("volumes");
        if (!m_difference.imagesOnlyPlanned.isEmpty() || !m_difference.imagesOnlyDone.isEmpty() || m_difference.imagesSpaceDiffers)
            what << tr("images");
        if (!m_difference.cacheOnlyPlanned.isEmpty() || !m_difference.cacheOnlyDone.isEmpty() || m_difference.buildCacheSpaceDiffers)
            what << tr("build cache");
        if (!what.isEmpty())
            text += tr("This differs from the preview (%1): the engine changed between the preview and the prune. The rows marked in red show how.")
                        .arg(what.join(QLatin1String(", ")));
        for (const QString &e : r.errors)
            text += QLatin1Char('\n') + e;
    }
    setStatus(text, !same);
    m_pruneButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
}
