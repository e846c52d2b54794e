#include "sparklinedelegate.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

SparklineDelegate::SparklineDelegate(Source source, double minTop, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_source(std::move(source))
    , m_minTop(minTop)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QList<QPointF> points = m_source ? m_source(index) : QList<QPointF>();
    if (points.size() < 2)
        return;
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = text.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(text) + 8;
    const QRectF r = QRectF(option.rect).adjusted(4, 3, -4 - textWidth, -3);
    if (r.width() < 16)
        return;
    const double x0 = points.constFirst().x();
    const double span = std::max(1.0, points.constLast().x() - x0);
    double top = m_minTop;
    for (const QPointF &p : points)
        top = std::max(top, p.y());
    QPainterPath path;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF at(r.left() + (points.at(i).x() - x0) / span * r.width(), r.bottom() - points.at(i).y() / top * r.height());
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 1.2));
    painter->drawPath(path);
    painter->restore();
}
