#include "common/wraplabel.h"

#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <climits>

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // for the size policy's height-for-width
}

int WrapLabel::textFlags() const
{
    return int(QStyle::visualAlignment(layoutDirection(), alignment())) | Qt::TextWrapAnywhere;
}

QSize WrapLabel::frameExtra() const
{
    const QMargins m = contentsMargins();
    const int extra = 2 * std::max(0, margin()) + std::max(0, indent());
    return {m.left() + m.right() + extra, m.top() + m.bottom() + 2 * std::max(0, margin())};
}

int WrapLabel::heightForWidth(int width) const
{
    const QSize extra = frameExtra();
    const int textWidth = std::max(1, width - extra.width());
    const QRect r = fontMetrics().boundingRect(QRect(0, 0, textWidth, INT_MAX / 2), textFlags(), text());
    return std::max(r.height(), fontMetrics().lineSpacing()) + extra.height();
}

QSize WrapLabel::sizeHint() const
{
    // At most a comfortable line; a longer text takes more lines, not more width.
    const QFontMetrics fm = fontMetrics();
    const int natural = fm.boundingRect(QRect(0, 0, INT_MAX / 2, INT_MAX / 2), textFlags(), text()).width();
    const int width = std::clamp(natural, fm.averageCharWidth() * 10, fm.averageCharWidth() * 50) + frameExtra().width();
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.averageCharWidth() * 10, fm.lineSpacing()) + frameExtra();
}

void WrapLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    drawFrame(&p);
    QRect r = contentsRect();
    const int m = std::max(0, margin());
    r.adjust(m, m, -m, -m);
    if (indent() > 0) {
        if (alignment() & Qt::AlignLeft)
            r.setLeft(r.left() + indent());
        else if (alignment() & Qt::AlignRight)
            r.setRight(r.right() - indent());
    }
    style()->drawItemText(&p, r, textFlags(), palette(), isEnabled(), text(), foregroundRole());
}
