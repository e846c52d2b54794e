#pragma once

#include <QWidget>

class ImagesModel;
class ImagesProxyModel;
class QLabel;
class QLineEdit;
class QTreeView;

/// The image list: a filter box, the sortable table, and a count.
class ImagesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesPage(ImagesModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ImagesProxyModel *proxy() const { return m_proxy; }

private:
    void updateCount();

    ImagesModel *m_model;
    ImagesProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTreeView *m_view;
};
