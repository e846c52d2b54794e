#pragma once

#include "containerfiles.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

/// A container file shown read-only: its first kLimit bytes as text, or a note when
/// it is binary, larger than the limit, or could not be read.
class FileViewer : public QDialog
{
    Q_OBJECT
public:
    static constexpr qint64 kLimit = 1024 * 1024;

    explicit FileViewer(const QString &containerName, const QString &path, QWidget *parent = nullptr);
    /// Shows what was read (or why nothing was).
    void setContents(const Result<FileContents> &contents);
    QPlainTextEdit *text() const { return m_text; }
    QLabel *note() const { return m_note; }

private:
    QLabel *m_note;
    QPlainTextEdit *m_text;
};
