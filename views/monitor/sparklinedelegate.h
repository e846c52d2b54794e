#pragma once

#include <QList>
#include <QPointF>
#include <QStyledItemDelegate>

#include <functional>

/// Draws a small line of recent values (a minute of CPU %) inside a cell, left of
/// its right-aligned text (if any). The scale is the row's own, at least `minTop`,
/// so an idle container draws flat. Colours follow the palette.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Source = std::function<QList<QPointF>(const QModelIndex &)>;

    SparklineDelegate(Source source, double minTop, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Source m_source;
    double m_minTop;
};
