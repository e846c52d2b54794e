#include "prunedialog.h"

#include "engine.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString pruneBytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeSIFormat);
}

enum PreviewColumn { NameColumn, IdColumn, SizeColumn, OutcomeColumn };

} // namespace

PruneDialog::PruneDialog(Engine *engine, QWidget *parent, KnownLists known)
    : QDialog(parent)
    , m_engine(engine)
    , m_known(std::move(known))
    , m_danglingButton(new QRadioButton(this))
    , m_allButton(new QRadioButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_preview(new QTreeWidget(this))
    , m_result(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pruneDialog"));
    setWindowTitle(tr("Prune Images"));
    setAccessibleName(tr("Prune images"));

    m_danglingButton->setObjectName(QStringLiteral("pruneDangling"));
    m_danglingButton->setText(tr("&Dangling images only: no tag, and no container uses them"));
    m_danglingButton->setAccessibleName(tr("Prune dangling images only"));
    m_danglingButton->setChecked(true);
    m_allButton->setObjectName(QStringLiteral("pruneAll"));
    m_allButton->setText(tr("&All unused images: every image no container uses, tagged or not (docker image prune -a)"));
    m_allButton->setToolTip(tr("Like docker image prune -a, this also takes all but the last tag from images that containers use."));
    m_allButton->setAccessibleName(tr("Prune all unused images"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_danglingButton);
    group->addButton(m_allButton);
    connect(m_allButton, &QRadioButton::toggled, this, [this] { computePreview(); });

    m_status->setObjectName(QStringLiteral("pruneStatus"));
    m_status->setAccessibleName(tr("Prune status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Preview progress"));
    m_progress->hide();

    m_preview->setObjectName(QStringLiteral("prunePreview"));
    m_preview->setAccessibleName(tr("Images that would be removed"));
    m_preview->setHeaderLabels({tr("Image"), tr("Image ID"), tr("Image size"), tr("What happens")});
    m_preview->setRootIsDecorated(true);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->header()->setStretchLastSection(true);
    m_preview->header()->resizeSection(NameColumn, 240);
    m_preview->header()->resizeSection(IdColumn, QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QStringLiteral("0123456789abc")) + 12);
    m_preview->header()->resizeSection(SizeColumn, 90);

    m_result->setObjectName(QStringLiteral("pruneResult"));
    m_result->setAccessibleName(tr("What the engine removed"));
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->hide();

    m_pruneButton = m_buttons->addButton(tr("Prune"), QDialogButtonBox::DestructiveRole);
    m_pruneButton->setObjectName(QStringLiteral("pruneButton"));
    m_pruneButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_pruneButton->setEnabled(false);
    connect(m_pruneButton, &QPushButton::clicked, this, &PruneDialog::prune);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_danglingButton);
    lay->addWidget(m_allButton);
    lay->addWidget(m_status);
    lay->addWidget(m_progress);
    lay->addWidget(m_preview, 1);
    lay->addWidget(m_result, 1);
    lay->addWidget(m_buttons);
    resize(860, 480);
    computePreview();
}

PruneDialog::~PruneDialog() = default;

void PruneDialog::setAll(bool all)
{
    (all ? m_allButton : m_danglingButton)->setChecked(true);
}

bool PruneDialog::isAll() const
{
    return m_allButton->isChecked();
}

void PruneDialog::setStatus(const QString &text, bool error)
{
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
    m_status->setText(text);
}

void PruneDialog::computePreview()
{
    if (m_finished)
        return;
    m_previewReady = false;
    m_pruneButton->setEnabled(false);
    m_preview->clear();
    if (!m_engine)
        return setStatus(tr("Not connected to an engine."), true);
    setStatus(tr("Working out what would be removed…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    const quint64 gen = ++m_generation;
    const bool all = isAll();
    QFuture<Result<ImagePrunePlan>> f = ImagesApi::previewPrune(*m_engine, all, {}, ImagesApi::PruneMeasure::Auto,
                                                                m_known ? m_known() : std::nullopt);
    m_watcher.setFuture(f);
    f.then(this, [this, gen](const Result<ImagePrunePlan> &r) {
        if (gen != m_generation)
            return; // the user switched modes meanwhile
        m_progress->hide();
        if (!r)
            return setStatus(tr("Cannot preview the prune: %1").arg(r.error().fullText()), true);
        showPreview(*r);
    });
}

void PruneDialog::showPreview(const ImagePrunePlan &plan)
{
    m_plan = plan;
    m_preview->clear();
    const QSet<QString> shown(plan.shownDeleted.begin(), plan.shownDeleted.end());
    QTreeWidgetItem *intermediates = nullptr;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto addImage = [&](QTreeWidgetItem *parent, const QString &id, const QString &outcome) {
        const ImageSummary img = plan.images.value(id);
        const QString name = img.repoTags.isEmpty() ? QStringLiteral("<none>") : img.repoTags.join(QLatin1String(", "));
        auto *it = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_preview);
        it->setText(NameColumn, name);
        it->setToolTip(NameColumn, name);
        it->setText(IdColumn, shortImageId(id));
        it->setToolTip(IdColumn, id);
        it->setFont(IdColumn, mono);
        it->setText(SizeColumn, pruneBytesText(img.size));
        it->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        it->setText(OutcomeColumn, outcome);
        it->setToolTip(OutcomeColumn, outcome);
        return it;
    };
    for (const QString &id : plan.deletedImages) {
        if (shown.contains(id)) {
            addImage(nullptr, id, plan.images.value(id).repoTags.isEmpty() ? tr("Deleted") : tr("Untagged and deleted"));
            continue;
        }
        if (!intermediates) {
            intermediates = new QTreeWidgetItem(m_preview);
            intermediates->setFirstColumnSpanned(true);
        }
        addImage(intermediates, id, tr("Deleted: an intermediate image only the images above needed"));
    }
    if (intermediates) {
        intermediates->setText(NameColumn, tr("%n intermediate image(s) from builds, not shown in the list", nullptr, intermediates->childCount()));
    }
    for (const QString &id : plan.untaggedOnly) {
        const QString lost = plan.untaggedByImage.value(id).join(QLatin1String(", "));
        addImage(nullptr, id, plan.inUse.contains(id) ? tr("Loses %1; stays, a container uses it").arg(lost)
                                                      : tr("Loses %1; stays, images built on it need it").arg(lost));
    }

    QString text;
    const int shownCount = int(plan.shownDeleted.size());
    if (plan.isEmpty()) {
        text = isAll() ? tr("Nothing to prune: every image is used by a container or needed by one that is.")
                       : tr("Nothing to prune: there are no dangling images that no container uses.");
    } else {
        text = tr("%n image(s) will be removed", nullptr, shownCount);
        if (plan.deletedImages.size() > shownCount)
            text += QLatin1Char(' ') + tr("(and %n intermediate image(s))", nullptr, int(plan.deletedImages.size()) - shownCount);
        if (!plan.untagged.isEmpty())
            text += QLatin1String(", ") + tr("%n tag(s) removed", nullptr, int(plan.untagged.size()));
        text += QLatin1String(". ");
        text += plan.spaceReclaimed >= 0 ? tr("Space freed: %1.").arg(pruneBytesText(plan.spaceReclaimed))
                                         : tr("The space freed could not be worked out.");
    }
    if (m_engine && m_engine->info().podman) {
        text += QLatin1Char('\n') + tr("This preview follows Docker's rules; Podman may decide slightly differently.");
        if (plan.engineReportsSpace >= 0 && plan.engineReportsSpace != plan.spaceReclaimed && plan.spaceReclaimed >= 0)
            text += QLatin1Char(' ')
                + tr("Podman will report %1: it counts each image's whole size, layers shared with images that stay included.")
                      .arg(pruneBytesText(plan.engineReportsSpace));
    }
    setStatus(text);
    m_previewReady = true;
    m_pruneButton->setEnabled(!plan.isEmpty());
    Q_EMIT previewReady();
}

void PruneDialog::prune()
{
    if (!m_engine || !m_previewReady)
        return;
    m_pruneButton->setEnabled(false);
    m_danglingButton->setEnabled(false);
    m_allButton->setEnabled(false);
    setStatus(tr("Pruning…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    ImagesApi::prune(*m_engine, isAll()).then(this, [this](const Result<ImagePruneReport> &r) {
        m_progress->hide();
        if (!r) {
            setStatus(r.error().fullText(), true);
            m_danglingButton->setEnabled(true);
            m_allButton->setEnabled(true);
            m_pruneButton->setEnabled(true);
            return;
        }
        showReport(*r);
    });
}

void PruneDialog::showReport(const ImagePruneReport &report)
{
    m_report = report;
    m_finished = true;
    int untagged = 0, images = 0, layers = 0;
    for (const ImageDeleteItem &i : report.items) {
        if (i.kind == ImageDeleteItem::Kind::Untagged) {
            ++untagged;
            m_result->addItem(tr("Untagged: %1").arg(i.ref));
        } else {
            (m_plan.allImageIds.contains(i.ref) ? images : layers) += 1;
            m_result->addItem(tr("Deleted: %1").arg(i.ref));
        }
    }
    m_preview->hide();
    m_result->show();
    QString text = tr("The engine removed %n image(s)", nullptr, images) + QLatin1String(", ")
        + tr("%n layer(s)", nullptr, layers) + QLatin1String(", ") + tr("%n tag(s)", nullptr, untagged)
        + QLatin1String(", ") + tr("and freed %1.").arg(pruneBytesText(report.spaceReclaimed));
    text += QLatin1Char('\n')
        + (m_plan.matches(report) ? tr("That is exactly what the preview showed.")
                                  : tr("That differs from the preview: images or containers changed in the meantime."));
    setStatus(text);
    m_pruneButton->hide();
    m_buttons->setStandardButtons(QDialogButtonBox::Close);
    Q_EMIT pruned(report);
}
