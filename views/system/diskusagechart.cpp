#include "diskusagechart.h"

#include "diskusagemodel.h"

#include <QAbstractItemModel>
#include <QPainter>

namespace {
constexpr int kRowHeight = 26;
constexpr int kLegend = 24;
} // namespace

DiskUsageChart::DiskUsageChart(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("diskUsageChart"));
    setAccessibleName(tr("Disk usage chart"));
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DiskUsageChart::modelChanged); // clazy:exclude=connect-non-signal (a signal from a list: clazy cannot follow the variable)
    connect(model, &QAbstractItemModel::dataChanged, this, &DiskUsageChart::modelChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &DiskUsageChart::modelChanged);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize DiskUsageChart::sizeHint() const
{
    return {500, kLegend + 4 * kRowHeight + 8};
}

QSize DiskUsageChart::minimumSizeHint() const
{
    return {300, kLegend + 4 * kRowHeight + 8};
}

void DiskUsageChart::modelChanged()
{
    // A screen reader gets the numbers the bars show.
    QStringList parts;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        parts << tr("%1: %2, %3 reclaimable")
                     .arg(m_model->index(r, DiskUsageModel::TypeColumn).data().toString(),
                          m_model->index(r, DiskUsageModel::SizeColumn).data().toString(),
                          m_model->index(r, DiskUsageModel::ReclaimableColumn).data().toString());
    }
    setAccessibleDescription(parts.join(QLatin1String("; ")));
    update();
}

void DiskUsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    // Halfway between the text and the background: a grey that shows on light and on
    // dark (the palette's Mid is nearly the background in a dark scheme).
    const QColor text = pal.color(QPalette::WindowText), back = pal.color(QPalette::Window);
    const QColor used = QColor::fromRgbF((text.redF() + back.redF()) / 2, (text.greenF() + back.greenF()) / 2, (text.blueF() + back.blueF()) / 2);
    const QColor reclaim = pal.color(QPalette::Highlight);
    const QFontMetrics fm = fontMetrics();

    // Legend.
    int x = 4;
    const int ly = 4;
    auto legend = [&](const QColor &c, const QString &text) {
        p.fillRect(QRect(x, ly + 3, 12, 12), c);
        x += 16;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x, ly, fm.horizontalAdvance(text) + 4, 18), Qt::AlignVCenter, text);
        x += fm.horizontalAdvance(text) + 16;
    };
    legend(used, tr("In use"));
    legend(reclaim, tr("Reclaimable"));

    qint64 maxSize = 1;
    int labelWidth = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        maxSize = std::max(maxSize, m_model->index(r, 0).data(DiskUsageModel::BytesRole).toLongLong());
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(m_model->index(r, DiskUsageModel::TypeColumn).data().toString()));
    }
    labelWidth += 12;
    const int textWidth = fm.horizontalAdvance(QStringLiteral("999.9MB / 999.9MB (100%)")) + 12;
    const int barLeft = labelWidth + 4;
    const int barWidth = std::max(40, width() - barLeft - textWidth);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int y = kLegend + r * kRowHeight;
        const qint64 size = m_model->index(r, 0).data(DiskUsageModel::BytesRole).toLongLong();
        const qint64 rec = std::clamp<qint64>(m_model->index(r, 0).data(DiskUsageModel::ReclaimableBytesRole).toLongLong(), 0, size);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(4, y, labelWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   m_model->index(r, DiskUsageModel::TypeColumn).data().toString());
        const int w = int(double(size) / double(maxSize) * barWidth);
        const int wr = size > 0 ? int(double(rec) / double(size) * w) : 0;
        const QRect bar(barLeft, y + 5, std::max(w, 1), kRowHeight - 10);
        p.fillRect(bar, used);
        p.fillRect(QRect(bar.right() - wr + 1, bar.top(), wr, bar.height()), reclaim);
        p.drawText(QRect(barLeft + barWidth + 8, y, textWidth, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   m_model->index(r, DiskUsageModel::SizeColumn).data().toString() + QLatin1String(" / ")
                       + m_model->index(r, DiskUsageModel::ReclaimableColumn).data().toString());
    }
}
