#pragma once

#include <QLabel>

/// A label of plain text that wraps anywhere or, with Breaks::BetweenWords, between
/// words and inside a word only when it is longer than its width (an image name, a
/// path, an ID): it never asks for more width than a few characters, so a long name
/// cannot widen its window. Its text() stays the text as given (no break characters
/// are inserted).
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    /// Where a line may end: anywhere (for a name alone), or between words, inside a
    /// word only when the word is longer than a line (for sentences that name things).
    enum class Breaks { Anywhere, BetweenWords };

    explicit WrapLabel(QWidget *parent = nullptr, Breaks breaks = Breaks::Anywhere);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int textFlags() const;
    QSize frameExtra() const; ///< what the frame, margins and indent add to the text's size
    Breaks m_breaks;
};
