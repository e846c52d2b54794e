#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

/// The name of a new image (commit, import), checked as it is typed with the
/// reference grammar the docker CLI uses; empty is allowed (an image without a name).
class ImageNameField : public QWidget
{
    Q_OBJECT
public:
    explicit ImageNameField(QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QLabel *feedback() const { return m_feedback; }
    QString text() const;
    bool isValid() const { return m_valid; }

Q_SIGNALS:
    void validityChanged();

private:
    void check();
    QLineEdit *m_edit;
    QLabel *m_feedback;
    bool m_valid = true;
};

/// Dockerfile instructions that set a new image's configuration (`--change`), one per
/// line, checked as they are typed (ImageChanges), with a menu that adds an example of
/// each instruction the engines accept.
class ChangesField : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesField(QWidget *parent = nullptr);

    QPlainTextEdit *edit() const { return m_edit; }
    QLabel *feedback() const { return m_feedback; }
    QToolButton *addButton() const { return m_add; }
    /// The instructions to send (only meaningful while isValid()).
    QStringList changes() const { return m_changes; }
    bool isValid() const { return m_valid; }

Q_SIGNALS:
    void validityChanged();

private:
    void check();
    void addExample(const QString &line);
    QPlainTextEdit *m_edit;
    QLabel *m_feedback;
    QToolButton *m_add;
    QStringList m_changes;
    bool m_valid = true;
};

/// Shows `text` in `label`, in the error colour when `error`.
void showFieldMessage(QLabel *label, const QString &text, bool error);
