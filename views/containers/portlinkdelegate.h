#pragma once

#include <QStyledItemDelegate>

#include <functional>

/// The Ports cell of a container that has ports to open: drawn as a link (the
/// palette's link colour, underlined), opened by a click. Keyboard users have the
/// page's Open Port action (the same ports, the same menu).
class PortLinkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `openable`: whether the row has a port to open; `activate`: open it (or offer
    /// a choice at the global position).
    using Openable = std::function<bool(const QModelIndex &)>;
    using Activate = std::function<void(const QModelIndex &, const QPoint &globalPos)>;

    PortLinkDelegate(Openable openable, Activate activate, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;

private:
    Openable m_openable;
    Activate m_activate;
};
