#include "containers/portlinkdelegate.h"

#include <QAbstractItemView>
#include <QMouseEvent>

PortLinkDelegate::PortLinkDelegate(Openable openable, Activate activate, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_openable(std::move(openable))
    , m_activate(std::move(activate))
{
}

void PortLinkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty() || !m_openable(index))
        return;
    option->font.setUnderline(true);
    const QPalette::ColorGroup group = option->state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    // On a selected row the highlighted text colour stays readable; elsewhere the link colour.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(group, QPalette::Text, option->palette.color(group, QPalette::Link));
}

bool PortLinkDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *me = static_cast<QMouseEvent *>(event);
        // Only a click on the text itself, not on the empty rest of the cell.
        const int textWidth = option.fontMetrics.horizontalAdvance(index.data().toString()) + 8;
        if (me->button() == Qt::LeftButton && !(me->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) && m_openable(index)
            && me->position().x() <= option.rect.left() + textWidth) {
            m_activate(index, me->globalPosition().toPoint());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
