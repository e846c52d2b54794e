#include "systempage.h"

#include "diskusagechart.h"
#include "diskusagemodel.h"
#include "engine.h"
#include "engineinfoview.h"
#include "systemprunedialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

SystemPage::SystemPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new DiskUsageModel(this))
    , m_itemsProxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTableView(this))
    , m_chart(new DiskUsageChart(m_model, this))
    , m_verbose(new QCheckBox(tr("Show &every object and what holds it (docker system df -v)"), this))
    , m_items(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_prune(new QPushButton(tr("&Prune…"), this))
    , m_pruneKind(new QToolButton(this))
    , m_info(new EngineInfoView(engine, this))
{
    setObjectName(QStringLiteral("systemPage"));
    setAccessibleName(tr("System"));
    m_tabs->setObjectName(QStringLiteral("systemTabs"));
    m_tabs->setAccessibleName(tr("System sections"));

    m_summary->setObjectName(QStringLiteral("diskUsageSummary"));
    m_summary->setAccessibleName(tr("Disk usage"));
    m_summary->setModel(m_model);
    m_summary->verticalHeader()->hide();
    m_summary->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Read-only rows: arrows move between them, Tab moves on to the next control.
    m_summary->setTabKeyNavigation(false);
    m_items->setTabKeyNavigation(false);
    m_summary->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_summary->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowH = m_summary->verticalHeader()->defaultSectionSize();
    m_summary->setFixedHeight(m_summary->horizontalHeader()->sizeHint().height() + 4 * rowH + 2 * m_summary->frameWidth() + 2);

    m_verbose->setObjectName(QStringLiteral("diskUsageVerbose"));
    m_verbose->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_verbose->setAccessibleName(tr("Show every object"));
    m_itemsProxy->setSourceModel(m_model->items());
    m_itemsProxy->setSortRole(DiskUsageItemsModel::SortRole);
    m_items->setObjectName(QStringLiteral("diskUsageItems"));
    m_items->setAccessibleName(tr("Every object and what holds it"));
    m_items->setModel(m_itemsProxy);
    m_items->setSortingEnabled(true);
    m_items->sortByColumn(DiskUsageItemsModel::KindColumn, Qt::AscendingOrder);
    m_items->verticalHeader()->hide();
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setAlternatingRowColors(true);
    m_items->horizontalHeader()->setStretchLastSection(true);
    m_items->horizontalHeader()->resizeSection(DiskUsageItemsModel::NameColumn, 260);
    m_items->horizontalHeader()->resizeSection(DiskUsageItemsModel::HeldByColumn, 220);
    m_items->setVisible(false);
    connect(m_verbose, &QCheckBox::toggled, m_items, &QWidget::setVisible);

    m_status->setObjectName(QStringLiteral("diskUsageStatus"));
    m_status->setAccessibleName(tr("Disk usage status"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("diskUsageRefresh"));
    m_refresh->setAccessibleName(tr("Refresh disk usage"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_prune->setObjectName(QStringLiteral("systemPrune"));
    m_prune->setAccessibleName(tr("Prune unused data"));
    m_prune->setToolTip(tr("docker system prune: stopped containers, unused networks, dangling images and build cache, with a preview first"));
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_pruneKind->setObjectName(QStringLiteral("pruneOneKind"));
    m_pruneKind->setText(tr("Prune One Kind"));
    m_pruneKind->setAccessibleName(tr("Prune one kind only"));
    m_pruneKind->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(m_pruneKind);
    const std::pair<DiskUsageLine::Kind, QString> entries[] = {
        {DiskUsageLine::Kind::Containers, tr("Stopped Containers… (docker container prune)")},
        {DiskUsageLine::Kind::Images, tr("Images… (docker image prune)")},
        {DiskUsageLine::Kind::Volumes, tr("Volumes… (docker volume prune)")},
        {DiskUsageLine::Kind::BuildCache, tr("Build Cache… (docker builder prune)")},
    };
    for (const auto &[kind, text] : entries) {
        const int k = int(kind);
        connect(kinds->addAction(text), &QAction::triggered, this, [this, k] { openKindPruneDialog(k); });
    }
    m_pruneKind->setMenu(kinds);
    connect(m_refresh, &QPushButton::clicked, m_model, &DiskUsageModel::refresh);
    connect(m_prune, &QPushButton::clicked, this, &SystemPage::openPruneDialog);
    connect(m_model, &DiskUsageModel::refreshed, this, &SystemPage::updateStatus);

    auto *disk = new QWidget(this);
    disk->setObjectName(QStringLiteral("diskUsageTab"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_prune);
    buttons->addWidget(m_pruneKind);
    auto *lay = new QVBoxLayout(disk);
    lay->addLayout(buttons);
    lay->addWidget(m_summary);
    lay->addWidget(m_chart);
    lay->addWidget(m_verbose);
    lay->addWidget(m_items, 1);
    lay->addStretch(0);
    m_tabs->addTab(disk, tr("Disk Usage"));
    m_tabs->addTab(m_info, tr("Engine"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);

    updateStatus();
}

void SystemPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_engine && m_model->engine() != m_engine)
        m_model->setEngine(m_engine);
}

void SystemPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setEngine(nullptr);
}

void SystemPage::refresh()
{
    if (m_model->engine())
        m_model->refresh();
    m_info->refresh();
}

void SystemPage::updateStatus(const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not read the disk usage: %1").arg(error));
        return;
    }
    const QDateTime t = m_model->updated();
    m_status->setText(t.isValid() ? tr("As docker system df prints it; measured at %1, and again when containers, images, volumes or the build cache change.")
                                        .arg(QLocale().toString(t.time(), QLocale::ShortFormat))
                                  : tr("Measuring…"));
}

SystemPruneDialog *SystemPage::openPruneDialog()
{
    auto *d = new SystemPruneDialog(m_engine, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &SystemPruneDialog::pruned, m_model, &DiskUsageModel::refresh);
    d->show();
    return d;
}

SystemPruneDialog *SystemPage::openKindPruneDialog(int kind)
{
    SystemPruneDialog *d = openPruneDialog();
    d->setSingleKind(DiskUsageLine::Kind(kind));
    return d;
}
