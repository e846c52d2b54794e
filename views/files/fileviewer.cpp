#include "fileviewer.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FileViewer::FileViewer(const QString &containerName, const QString &path, QWidget *parent)
    : QDialog(parent), m_note(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("%1 in %2 (read-only)").arg(path, containerName));
    m_note->setWordWrap(true);
    m_note->setText(tr("Reading “%1”…").arg(path));
    m_note->setAccessibleName(tr("About this file"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Contents of %1").arg(path));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the viewer"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_note);
    lay->addWidget(m_text, 1);
    lay->addWidget(buttons);
    resize(760, 520);
}

void FileViewer::setContents(const Result<FileContents> &contents)
{
    if (!contents) {
        m_note->setText(contents.error().fullText());
        m_text->hide();
        return;
    }
    const QLocale locale;
    if (contents->binary) {
        m_note->setText(tr("“%1” is a binary file (%2), not text: save it to this computer to open it with a program that knows it.")
                            .arg(contents->path, locale.formattedDataSize(contents->size)));
        m_text->hide();
        return;
    }
    m_text->setPlainText(QString::fromUtf8(contents->data));
    m_text->show();
    m_note->setText(contents->truncated
                        ? tr("Only the first %1 of %2 are shown. Save the file to this computer to see all of it.")
                              .arg(locale.formattedDataSize(contents->data.size()), locale.formattedDataSize(contents->size))
                        : tr("%1, read-only.").arg(locale.formattedDataSize(contents->size)));
}
