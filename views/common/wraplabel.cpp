#include "common/wraplabel.h"

#include <QPainter>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>
#include <climits>
#include <cmath>

WrapLabel::WrapLabel(QWidget *parent, Breaks breaks)
    : QLabel(parent)
    , m_breaks(breaks)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // for the size policy's height-for-width
}

int WrapLabel::textFlags() const
{
    return int(QStyle::visualAlignment(layoutDirection(), alignment())) | Qt::TextWrapAnywhere;
}

namespace {

/// Lays `text` out in lines of `width`: between words where it can, inside a word only
/// when the word alone is wider than the line. Returns the height used.
qreal layOut(QTextLayout &layout, const QString &text, const QFont &font, qreal width, Qt::Alignment align)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(t);
    layout.setFont(font);
    QTextOption option(align & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

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
    if (m_breaks == Breaks::Anywhere) {
        const QRect r = fontMetrics().boundingRect(QRect(0, 0, textWidth, INT_MAX / 2), textFlags(), text());
        return std::max(r.height(), fontMetrics().lineSpacing()) + extra.height();
    }
    QTextLayout layout;
    const int height = int(std::ceil(layOut(layout, text(), font(), textWidth, alignment())));
    return std::max(height, fontMetrics().lineSpacing()) + extra.height();
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
    if (m_breaks == Breaks::Anywhere) {
        style()->drawItemText(&p, r, textFlags(), palette(), isEnabled(), text(), foregroundRole());
        return;
    }
    QTextLayout layout;
    const qreal height = layOut(layout, text(), font(), r.width(), QStyle::visualAlignment(layoutDirection(), alignment()));
    qreal top = r.top();
    if (alignment() & Qt::AlignVCenter)
        top += (r.height() - height) / 2;
    else if (alignment() & Qt::AlignBottom)
        top += r.height() - height;
    p.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    layout.draw(&p, QPointF(r.left(), top));
}
