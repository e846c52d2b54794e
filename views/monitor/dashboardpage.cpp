#include "dashboardpage.h"

#include "dashboardmodel.h"
#include "engine.h"
#include "stats.h"
#include "sparklinedelegate.h"
#include "statssampler.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

class DashboardProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override
    {
        const QVariant a = l.data(DashboardModel::SortRole), b = r.data(DashboardModel::SortRole);
        if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong && a.toLongLong() != b.toLongLong())
            return a.toLongLong() < b.toLongLong();
        return QString::compare(l.siblingAtColumn(0).data().toString(), r.siblingAtColumn(0).data().toString(), Qt::CaseInsensitive) < 0;
    }
};

} // namespace

DashboardPage::DashboardPage(ContainersModel *containers, StatsSampler *sampler, QWidget *parent)
    : QWidget(parent)
    , m_sampler(sampler)
    , m_model(new DashboardModel(this))
    , m_proxy(new DashboardProxy(this))
    , m_filter(new QLineEdit(this))
    , m_totals(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_samplingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    setAccessibleName(tr("Dashboard"));
    m_model->setSampler(sampler);
    m_model->setContainersModel(containers);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(DashboardModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter running containers by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the dashboard"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_totals->setAccessibleName(tr("Engine totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Running containers and their stats"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DashboardModel::CpuColumn, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(DashboardModel::CpuTrendColumn,
                                     new SparklineDelegate([](const QModelIndex &i) { return i.data(DashboardModel::TrendRole).value<QList<QPointF>>(); },
                                                           1.0, m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    const int widths[] = {200, 80, 140, 170, 80, 150, 150, 60};
    for (int c = 0; c < DashboardModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(DashboardModel::NameColumn, QHeaderView::Stretch);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT statsRequested(i.data(DashboardModel::IdRole).toString());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_totals);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(bar);
    lay->addWidget(m_view, 1);

    if (sampler) {
        connect(sampler, &StatsSampler::sampled, this, [this](const QString &id, const ContainerStats &s) {
            m_model->setStats(id, s);
            updateTotals();
        });
        connect(sampler, &StatsSampler::notRunning, this, [this](const QString &id) {
            m_model->clearStats(id);
            updateTotals();
        });
    }
    m_samplingDelay->setSingleShot(true);
    m_samplingDelay->setInterval(150);
    connect(m_samplingDelay, &QTimer::timeout, this, &DashboardPage::updateSampling);
    auto later = [this] { m_samplingDelay->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, later);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    m_view->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DashboardPage::updateTotals);
    updateTotals();
}

void DashboardPage::setEngine(Engine *engine)
{
    m_engine = engine;
    if (engine)
        connect(engine, &Engine::stateChanged, this, &DashboardPage::updateTotals);
    updateTotals();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_samplingDelay->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateSampling();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_samplingDelay->start();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::updateSampling()
{
    if (!m_sampler)
        return;
    QStringList ids;
    if (isVisible() && !(window()->windowState() & Qt::WindowMinimized)) {
        const int bottom = m_view->viewport()->height();
        for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid(); i = m_view->indexBelow(i)) {
            if (m_view->visualRect(i).top() > bottom)
                break;
            ids << i.data(DashboardModel::IdRole).toString();
        }
    }
    for (const QString &id : std::as_const(m_sampled)) {
        if (!ids.contains(id))
            m_model->clearStats(id);
    }
    m_sampled = ids;
    m_sampler->setWatched(QStringLiteral("dashboard"), ids);
}

void DashboardPage::updateTotals()
{
    const QChar p = QLocale().decimalPoint().at(0);
    const int cpus = m_engine ? m_engine->info().cpus : 0;
    const qint64 memory = m_engine ? m_engine->info().memTotal : 0;
    // docker stats counts 100 % per CPU: the host has cpus × 100 %.
    const QString cpu = cpus > 0 ? tr("CPU %1 of %2 (%3 CPUs)")
                                       .arg(DockerStats::percentage(m_model->totalCpuPercent(), p), DockerStats::percentage(cpus * 100.0, p))
                                       .arg(cpus)
                                 : tr("CPU %1").arg(DockerStats::percentage(m_model->totalCpuPercent(), p));
    const QString mem = memory > 0 ? tr("memory %1 of %2").arg(DockerStats::bytesSize(m_model->totalMemory(), p), DockerStats::bytesSize(double(memory), p))
                                   : tr("memory %1").arg(DockerStats::bytesSize(m_model->totalMemory(), p));
    m_totals->setText(tr("%1 running · %2 · %3").arg(m_model->rowCount()).arg(cpu, mem));
}
