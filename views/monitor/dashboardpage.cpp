#include "dashboardpage.h"

#include "containersmodel.h"
#include "dashboardmodel.h"
#include "engine.h"
#include "engineregistry.h"
#include "fleetdashboardmodel.h"
#include "stats.h"
#include "sparklinedelegate.h"
#include "statssampler.h"

#include <QCheckBox>
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
        // Text columns (the engine of "All engines") by their text, then by name.
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
            if (const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive); c != 0)
                return c < 0;
        }
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
    , m_allEngines(new QCheckBox(tr("All engines"), this))
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
        // The Stats tab is this window's engine's: another engine's row has its own window.
        if (m_fleet && m_proxy->sourceModel() == m_fleet && i.data(FleetDashboardModel::EngineRole).toString() != m_name)
            return;
        Q_EMIT statsRequested(i.data(DashboardModel::IdRole).toString());
    });

    m_allEngines->setObjectName(QStringLiteral("dashboardAllEngines"));
    m_allEngines->setAccessibleName(tr("Show the containers of every engine in use"));
    m_allEngines->setToolTip(tr("The running containers of every connected engine in use, with their engine in a column"));
    m_allEngines->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_allEngines->hide();
    connect(m_allEngines, &QCheckBox::toggled, this, &DashboardPage::setAllEngines);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_allEngines);
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
        connect(m_proxy, signal, this, later); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, later);
    m_view->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DashboardPage::updateTotals); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    updateTotals();
}

void DashboardPage::setEngine(Engine *engine)
{
    m_engine = engine;
    if (engine)
        connect(engine, &Engine::stateChanged, this, &DashboardPage::updateTotals);
    updateTotals();
}

void DashboardPage::setEngines(EngineRegistry *registry, const QString &name)
{
    m_registry = registry;
    m_name = name;
    m_allEngines->setVisible(registry != nullptr);
    if (!registry)
        return;
    connect(registry, &EngineRegistry::entriesChanged, this, &DashboardPage::syncFleet);
    connect(registry, &EngineRegistry::engineChanged, this, &DashboardPage::syncFleet);
    if (m_allEngines->isChecked())
        setAllEngines(true);
}

void DashboardPage::setAllEngines(bool on)
{
    const bool fleetShown = m_fleet && m_proxy->sourceModel() == m_fleet;
    if (on && m_registry) {
        if (!m_fleet)
            m_fleet = new FleetDashboardModel(this);
        m_fleet->setEngine(m_name, m_model);
        syncFleet();
        if (!fleetShown) {
            m_proxy->setSourceModel(m_fleet);
            m_view->header()->resizeSection(FleetDashboardModel::EngineColumn, 140);
        }
    } else if (!on && fleetShown) {
        m_proxy->setSourceModel(m_model);
        for (const auto range = m_feeds.keys(); const QString &name : range) // a copy: dropFeed() takes from m_feeds
            dropFeed(name);
        m_sampledElsewhere.clear();
    }
    m_samplingDelay->start();
    updateTotals();
}

void DashboardPage::dropFeed(const QString &name)
{
    const Feed f = m_feeds.take(name);
    if (m_fleet)
        m_fleet->removeEngine(name);
    if (f.sampler)
        f.sampler->setWatched(QStringLiteral("dashboard"), {});
    delete f.model;
    delete f.sampler;
    delete f.containers;
}

void DashboardPage::syncFleet()
{
    if (!m_fleet || !m_registry || !m_allEngines->isChecked())
        return;
    QSet<QString> inUse;
    for (const EngineEntry &entry : m_registry->entries()) {
        Engine *e = m_registry->engine(entry.name);
        if (!e || entry.name == m_name)
            continue;
        inUse.insert(entry.name);
        if (m_feeds.contains(entry.name) && m_feeds.value(entry.name).engine == e)
            continue;
        if (m_feeds.contains(entry.name))
            dropFeed(entry.name);
        Feed f;
        f.engine = e;
        f.containers = new ContainersModel(this);
        f.sampler = new StatsSampler(this);
        f.model = new DashboardModel(this);
        f.containers->setEngine(e);
        f.sampler->setEngine(e);
        f.model->setSampler(f.sampler);
        f.model->setContainersModel(f.containers);
        DashboardModel *model = f.model;
        connect(f.sampler, &StatsSampler::sampled, this, [this, model](const QString &id, const ContainerStats &s) {
            model->setStats(id, s);
            updateTotals();
        });
        connect(f.sampler, &StatsSampler::notRunning, this, [this, model](const QString &id) {
            model->clearStats(id);
            updateTotals();
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(f.model, signal, this, &DashboardPage::updateTotals); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
        connect(e, &Engine::stateChanged, this, &DashboardPage::updateTotals);
        m_feeds.insert(entry.name, f);
        m_fleet->setEngine(entry.name, f.model);
    }
    for (const auto range = m_feeds.keys(); const QString &name : range) { // a copy: dropFeed() takes from m_feeds
        if (!inUse.contains(name))
            dropFeed(name);
    }
    m_samplingDelay->start();
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
    QHash<QString, QStringList> elsewhere;
    const bool fleetShown = m_fleet && m_proxy->sourceModel() == m_fleet;
    if (isVisible() && !(window()->windowState() & Qt::WindowMinimized)) {
        const int bottom = m_view->viewport()->height();
        for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid(); i = m_view->indexBelow(i)) {
            if (m_view->visualRect(i).top() > bottom)
                break;
            const QString engine = fleetShown ? i.data(FleetDashboardModel::EngineRole).toString() : m_name;
            if (engine == m_name)
                ids << i.data(DashboardModel::IdRole).toString();
            else
                elsewhere[engine] << i.data(DashboardModel::IdRole).toString();
        }
    }
    // Every other engine samples its rows on screen, and nothing else.
    for (auto it = m_feeds.cbegin(); it != m_feeds.cend(); ++it) {
        const QStringList now = elsewhere.value(it.key());
        for (const auto range = m_sampledElsewhere.value(it.key()); const QString &id : range) {
            if (!now.contains(id))
                it->model->clearStats(id);
        }
        it->sampler->setWatched(QStringLiteral("dashboard"), now);
    }
    m_sampledElsewhere = elsewhere;
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
    if (m_fleet && m_proxy->sourceModel() == m_fleet) {
        // Every engine in the table: its CPUs and memory add up.
        int allCpus = cpus;
        qint64 allMemory = memory;
        for (const Feed &f : std::as_const(m_feeds)) {
            if (f.engine) {
                allCpus += f.engine->info().cpus;
                allMemory += f.engine->info().memTotal;
            }
        }
        const QString fleetCpu = tr("CPU %1 of %2 (%3 CPUs)")
                                     .arg(DockerStats::percentage(m_fleet->totalCpuPercent(), p), DockerStats::percentage(allCpus * 100.0, p))
                                     .arg(allCpus);
        const QString fleetMem = tr("memory %1 of %2").arg(DockerStats::bytesSize(m_fleet->totalMemory(), p), DockerStats::bytesSize(double(allMemory), p));
        m_totals->setText(tr("%1 running on %n engine(s) · %2 · %3", nullptr, int(m_fleet->engines().size()))
                              .arg(m_fleet->rowCount())
                              .arg(fleetCpu, fleetMem));
        return;
    }
    m_totals->setText(tr("%1 running · %2 · %3").arg(m_model->rowCount()).arg(cpu, mem));
}
