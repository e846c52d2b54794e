#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

#include <optional>

// The one place that knows Qt Charts (deprecated from Qt 6.10 in favour of Qt
// Graphs): its types stay in the .cpp, so swapping the library touches this unit only.
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

/// A line chart of one metric over time: x in ms since the epoch, one or more series
/// (rx and tx, read and write), an optional horizontal limit line (a memory limit).
/// Values are shown in the unit that fits the largest one in view (KiB, MiB...), the
/// way `docker stats` prints them; colours follow the palette, light or dark.
/// Each setSeries() hands the points over in one QXYSeries::replace().
class StatsChart : public QWidget
{
    Q_OBJECT
public:
    enum class Unit { Percent, Bytes, BytesPerSecond };

    StatsChart(const QString &title, Unit unit, QWidget *parent = nullptr);
    ~StatsChart() override;

    /// Adds a series named `name`; returns its index.
    int addSeries(const QString &name);
    void setSeries(int index, const QList<QPointF> &points);
    /// A dashed line at `value` (in the chart's raw unit), or none.
    void setLimit(std::optional<double> value);
    /// The time shown: [fromMs, toMs] (ms since the epoch).
    void setTimeRange(qint64 fromMs, qint64 toMs);

    int seriesCount() const;
    int pointCount(int index) const;
    /// At most about 2 * `buckets` + 2 of `points` (sorted by x), the lowest and the
    /// highest of each of `buckets` equal slices of [fromX, toX].
    static QList<QPointF> decimate(const QList<QPointF> &points, double fromX, double toX, int buckets);
    /// The unit label of the value axis now ("%", "MiB", "kB/s").
    QString axisUnit() const;
    /// The factor raw values are divided by for the axis (1024^n or 1000^n).
    double scale() const { return m_scale; }
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rescale();
    int buckets() const;
    void applyPalette();

    Unit m_unit;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QList<QLineSeries *> m_series;
    QList<QList<QPointF>> m_points; ///< per series, decimated to the plot (buckets())
    QLineSeries *m_limit = nullptr;
    std::optional<double> m_limitValue;
    qint64 m_from = 0;
    qint64 m_to = 0;
    double m_scale = 1;
    QString m_unitText;
    QString m_title;
};
