#include "statsview.h"

#include "engine.h"
#include "monitor/statschart.h"
#include "stats.h"
#include "statssampler.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &accessibleName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAccessibleName(accessibleName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QChar decimalPoint()
{
    return QLocale().decimalPoint().at(0);
}

} // namespace

StatsView::StatsView(StatsSampler *sampler, Engine *engine, const QString &containerId, QWidget *parent)
    : QWidget(parent)
    , m_sampler(sampler)
    , m_engine(engine)
    , m_containerId(containerId)
    , m_window(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_cpu(new StatsChart(tr("CPU"), StatsChart::Unit::Percent, this))
    , m_memory(new StatsChart(tr("Memory"), StatsChart::Unit::Bytes, this))
    , m_network(new StatsChart(tr("Network"), StatsChart::Unit::BytesPerSecond, this))
    , m_block(new StatsChart(tr("Block I/O"), StatsChart::Unit::BytesPerSecond, this))
    , m_cpuText(valueLabel(tr("Current CPU"), this))
    , m_memoryText(valueLabel(tr("Current memory"), this))
    , m_networkText(valueLabel(tr("Current network I/O"), this))
    , m_blockText(valueLabel(tr("Current block I/O"), this))
{
    setAccessibleName(tr("Container stats"));
    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 15 minutes"), 900);
    m_window->addItem(tr("Last hour"), 3600);
    m_window->setAccessibleName(tr("Time window"));
    connect(m_window, &QComboBox::currentIndexChanged, this, &StatsView::refresh);

    m_cpu->addSeries(tr("CPU"));
    m_memory->addSeries(tr("Used"));
    m_network->addSeries(tr("Received"));
    m_network->addSeries(tr("Sent"));
    m_block->addSeries(tr("Read"));
    m_block->addSeries(tr("Written"));

    m_state->setAccessibleName(tr("Stats status"));
    m_state->setWordWrap(true);
    m_state->hide();

    auto *bar = new QHBoxLayout;
    auto *windowLabel = new QLabel(tr("&Show:"), this);
    windowLabel->setBuddy(m_window);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    bar->addStretch(1);

    // Two by two; each chart under its current figures.
    auto *grid = new QGridLayout;
    int cell = 0;
    for (auto [chart, text] : {std::pair{m_cpu, m_cpuText}, std::pair{m_memory, m_memoryText}, std::pair{m_network, m_networkText},
                               std::pair{m_block, m_blockText}}) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(text);
        box->addWidget(chart, 1);
        grid->addLayout(box, cell / 2, cell % 2);
        ++cell;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *content = new QWidget(this);
    content->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Stats charts"));

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(bar);
    lay->addWidget(m_state);
    lay->addWidget(scroll, 1);

    if (m_sampler) {
        connect(m_sampler, &StatsSampler::sampled, this, [this](const QString &id) {
            if (id == m_containerId && isVisible())
                refresh();
        });
        connect(m_sampler, &StatsSampler::notRunning, this, [this](const QString &id) {
            if (id == m_containerId)
                showNotRunning();
        });
    }
    // Started again while shown: the sampling resumes (the engine ended the old stream).
    if (m_engine) {
        connect(m_engine, &Engine::eventReceived, this, [this](const EngineEvent &e) {
            if (e.type == QLatin1String("container") && e.action == QLatin1String("start") && e.id == m_containerId && isVisible() && m_sampler)
                m_sampler->setWatched(viewerName(), {m_containerId});
        });
    }
    refresh();
}

StatsView::~StatsView()
{
    if (m_sampler) {
        m_sampler->setWatched(viewerName(), {});
        m_sampler->setLongHistory(m_containerId, false);
    }
}

QString StatsView::viewerName() const
{
    return QStringLiteral("chart:") + m_containerId;
}

int StatsView::windowSeconds() const
{
    return m_window->currentData().toInt();
}

void StatsView::setWindowSeconds(int seconds)
{
    const int i = m_window->findData(seconds);
    if (i >= 0)
        m_window->setCurrentIndex(i);
}

void StatsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sampler) {
        m_sampler->setLongHistory(m_containerId, true);
        m_sampler->setWatched(viewerName(), {m_containerId});
    }
    refresh();
}

void StatsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: the engine is asked nothing; the history stays.
    if (m_sampler)
        m_sampler->setWatched(viewerName(), {});
}

void StatsView::showNotRunning()
{
    m_state->setText(tr("The container is not running: there are no current figures."));
    m_state->show();
    showTitlesOnly();
}

void StatsView::showTitlesOnly()
{
    for (auto [chart, text] : {std::pair{m_cpu, m_cpuText}, std::pair{m_memory, m_memoryText}, std::pair{m_network, m_networkText},
                               std::pair{m_block, m_blockText}})
        text->setText(chart->title());
}

void StatsView::refresh()
{
    const StatsHistory *h = m_sampler ? m_sampler->history(m_containerId) : nullptr;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 to = now;
    if (h && h->hasLatest())
        to = std::max(to, h->latest().readNs / 1'000'000);
    const qint64 from = to - qint64(windowSeconds()) * 1000;
    for (StatsChart *c : {m_cpu, m_memory, m_network, m_block})
        c->setTimeRange(from, to);
    if (!h || !h->hasLatest()) {
        for (StatsChart *c : {m_cpu, m_memory, m_network, m_block}) {
            for (int i = 0; i < c->seriesCount(); ++i)
                c->setSeries(i, {});
        }
        showTitlesOnly();
        return;
    }
    m_state->hide();
    m_cpu->setSeries(0, h->points(StatsHistory::Cpu, from));
    m_memory->setSeries(0, h->points(StatsHistory::MemoryUsed, from));
    m_network->setSeries(0, h->points(StatsHistory::NetRx, from));
    m_network->setSeries(1, h->points(StatsHistory::NetTx, from));
    m_block->setSeries(0, h->points(StatsHistory::BlockRead, from));
    m_block->setSeries(1, h->points(StatsHistory::BlockWrite, from));

    const ContainerStats &s = h->latest();
    // Docker reports the host's memory as the limit of a container without one.
    const qint64 hostMemory = m_engine ? m_engine->info().memTotal : 0;
    const bool limited = s.memoryLimit > 0 && (hostMemory <= 0 || s.memoryLimit < double(hostMemory));
    m_memory->setLimit(limited ? std::optional<double>(s.memoryLimit) : std::nullopt);

    const QChar p = decimalPoint();
    m_cpuText->setText(s.precpu.isEmpty() ? tr("CPU: measuring…") : tr("CPU: %1").arg(DockerStats::percentage(s.cpuPercent, p)));
    m_memoryText->setText(tr("Memory: %1 (%2) · PIDs: %3")
                              .arg(DockerStats::memoryText(s, p), DockerStats::percentage(s.memoryPercent, p), QLocale().toString(s.pids)));
    m_networkText->setText(tr("Network: received %1/s, sent %2/s · in all %3")
                               .arg(DockerStats::humanSize(h->last(StatsHistory::NetRx), 3, p),
                                    DockerStats::humanSize(h->last(StatsHistory::NetTx), 3, p), DockerStats::networkText(s, p)));
    m_blockText->setText(tr("Block I/O: read %1/s, written %2/s · in all %3")
                             .arg(DockerStats::humanSize(h->last(StatsHistory::BlockRead), 3, p),
                                  DockerStats::humanSize(h->last(StatsHistory::BlockWrite), 3, p), DockerStats::blockIoText(s, p)));
}
