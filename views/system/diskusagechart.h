#pragma once

#include <QWidget>

class QAbstractItemModel;

/// Bars of the disk usage per kind: the whole bar is the size, the highlighted part what
/// a prune can reclaim. Drawn with QPainter (Qt Charts stays inside StatsChart).
class DiskUsageChart : public QWidget
{
    Q_OBJECT
public:
    /// `model` is a DiskUsageModel.
    explicit DiskUsageChart(QAbstractItemModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void modelChanged();

    QAbstractItemModel *m_model;
};
