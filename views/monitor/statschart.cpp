#include "statschart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

/// A round number at or above `v` (1, 2, 2.5, 5 times a power of ten) for the axis top.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= v)
            return m * p;
    }
    return 10 * p;
}

} // namespace

QList<QPointF> StatsChart::decimate(const QList<QPointF> &points, double fromX, double toX, int buckets)
{
    // Min-max decimation: per bucket of time, the lowest and the highest point in their
    // time order, so a one-second spike still shows when an hour is drawn on a few
    // hundred pixels; the first and last points are always kept.
    if (buckets <= 0 || points.size() <= 2 * buckets + 2 || toX <= fromX)
        return points;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    out.append(points.constFirst());
    const double width = (toX - fromX) / buckets;
    qsizetype i = 1;
    const qsizetype end = points.size() - 1;
    while (i < end) {
        const qint64 bucket = qint64(std::floor((points.at(i).x() - fromX) / width));
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        while (j < end && qint64(std::floor((points.at(j).x() - fromX) / width)) == bucket) {
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
            ++j;
        }
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
        i = j;
    }
    out.append(points.constLast());
    return out;
}

StatsChart::StatsChart(const QString &title, Unit unit, QWidget *parent)
    : QWidget(parent)
    , m_unit(unit)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_time(new QDateTimeAxis(m_chart))
    , m_values(new QValueAxis(m_chart))
{
    // The title is for assistive technology: the view writes it beside the figures.
    setAccessibleName(title);
    m_title = title;
    m_chart->legend()->setVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(5);
    m_values->setMin(0);
    m_values->setTickCount(5);
    m_values->setLabelFormat(QStringLiteral("%.3g"));
    // Axis figures in the user's locale (pt_BR: "1,5", not "1.5").
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setAccessibleName(title);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_view);
    applyPalette();
    rescale();
}

StatsChart::~StatsChart() = default;

QString StatsChart::title() const
{
    return m_title;
}

int StatsChart::addSeries(const QString &name)
{
    auto *s = new QLineSeries(m_chart);
    s->setName(name);
    // OpenGL would not draw offscreen; raster is cheap for a few thousand points.
    s->setUseOpenGL(false);
    m_chart->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(m_values);
    m_series.append(s);
    m_points.append(QList<QPointF>());
    m_chart->legend()->setVisible(m_series.size() > 1);
    applyPalette();
    return int(m_series.size()) - 1;
}

void StatsChart::setSeries(int index, const QList<QPointF> &points)
{
    if (index < 0 || index >= m_series.size())
        return;
    // Only what can be drawn is kept: the points decimated to the plot's width (an
    // hour of samples is thousands of points, the plot a few hundred pixels), so the
    // memory of an open chart does not grow as its window fills.
    m_points[index] = decimate(points, double(m_from), double(m_to), buckets());
    rescale();
}

void StatsChart::setLimit(std::optional<double> value)
{
    m_limitValue = value;
    if (value && !m_limit) {
        m_limit = new QLineSeries(m_chart);
        m_limit->setName(tr("Limit"));
        m_chart->addSeries(m_limit);
        m_limit->attachAxis(m_time);
        m_limit->attachAxis(m_values);
        m_chart->legend()->setVisible(true);
        applyPalette();
    } else if (!value && m_limit) {
        m_chart->removeSeries(m_limit);
        delete std::exchange(m_limit, nullptr);
        m_chart->legend()->setVisible(m_series.size() > 1);
    }
    rescale();
}

void StatsChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from = fromMs;
    m_to = std::max(toMs, fromMs + 1000);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    rescale();
}

int StatsChart::seriesCount() const
{
    return int(m_series.size());
}

int StatsChart::pointCount(int index) const
{
    return index >= 0 && index < m_series.size() ? int(m_series.at(index)->count()) : 0;
}

QString StatsChart::axisUnit() const
{
    return m_unitText;
}

int StatsChart::buckets() const
{
    // A lowest and a highest point per four pixel columns of the plot (a point every
    // second column): a one-second spike still shows, and an hour at one sample per
    // second is not handed to the chart as thousands of points per series. Qt Charts
    // keeps about 300 bytes a point (the series, the item's points, its line, full and
    // hover-shape paths), so what it is handed is what an open chart costs.
    const int plotWidth = int(m_chart->plotArea().width());
    return std::max(64, (plotWidth > 0 ? plotWidth : 600) / 4);
}

void StatsChart::rescale()
{
    double top = 0;
    for (const QList<QPointF> &pts : std::as_const(m_points)) {
        for (const QPointF &p : pts)
            top = std::max(top, p.y());
    }
    if (m_limitValue)
        top = std::max(top, *m_limitValue);

    // The units of docker stats: binary for memory, decimal for I/O.
    static const char *const binary[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    static const char *const decimal[] = {"B", "kB", "MB", "GB", "TB"};
    m_scale = 1;
    switch (m_unit) {
    case Unit::Percent:
        m_unitText = QStringLiteral("%");
        break;
    case Unit::Bytes:
    case Unit::BytesPerSecond: {
        const double base = m_unit == Unit::Bytes ? 1024 : 1000;
        const char *const *names = m_unit == Unit::Bytes ? binary : decimal;
        int i = 0;
        while (top / m_scale >= base && i < 4) {
            m_scale *= base;
            ++i;
        }
        m_unitText = QLatin1String(names[i]);
        if (m_unit == Unit::BytesPerSecond)
            m_unitText += QLatin1String("/s");
        break;
    }
    }
    m_values->setTitleText(m_unitText);
    m_values->setRange(0, niceCeiling(top / m_scale * 1.05));

    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QList<QPointF> scaled = decimate(m_points.at(i), double(m_from), double(m_to), buckets());
        if (m_scale != 1) {
            for (QPointF &p : scaled)
                p.setY(p.y() / m_scale);
        }
        m_series.at(i)->replace(scaled);
    }
    if (m_limit && m_limitValue) {
        const double y = *m_limitValue / m_scale;
        m_limit->replace(QList<QPointF>{QPointF(double(m_from), y), QPointF(double(m_to), y)});
    }
}

void StatsChart::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    for (QAbstractAxis *a : std::initializer_list<QAbstractAxis *>{m_time, m_values}) {
        a->setLabelsColor(pal.color(QPalette::Text));
        QFont f = a->labelsFont();
        f.setPointSizeF(font().pointSizeF() * 0.85);
        a->setLabelsFont(f);
        a->setTitleFont(f);
        a->setTitleBrush(pal.brush(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        a->setGridLineColor(grid);
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    // The highlight colour first, then a second hue that reads on both backgrounds.
    const QColor colours[] = {pal.color(QPalette::Highlight), dark ? QColor(0xf0, 0xa0, 0x40) : QColor(0xc0, 0x60, 0x00)};
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        QPen pen(colours[i % 2]);
        pen.setWidthF(1.5);
        m_series.at(i)->setPen(pen);
    }
    if (m_limit) {
        QPen pen(dark ? QColor(0xff, 0x70, 0x70) : QColor(0xb0, 0x20, 0x20));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        m_limit->setPen(pen);
    }
}

void StatsChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}
