#pragma once

#include <QLabel>

/// A label of plain text that wraps between words and, when a word is longer than
/// its width (an image name, a path, an ID), inside the word: it never asks for more
/// width than a few characters, so a long name cannot widen its window. Its text()
/// stays the text as given (no break characters are inserted).
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int textFlags() const;
    QSize frameExtra() const; ///< what the frame, margins and indent add to the text's size
};
