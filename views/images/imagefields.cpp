#include "imagefields.h"

#include "common/wraplabel.h"
#include "imagechanges.h"
#include "reference.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

void showFieldMessage(QLabel *label, const QString &text, bool error)
{
    QPalette pal = label->palette();
    const QWidget *owner = label->parentWidget() ? label->parentWidget() : label;
    pal.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : owner->palette().color(QPalette::WindowText));
    label->setPalette(pal);
    label->setText(text);
}

// --- ImageNameField -------------------------------------------------------------------

ImageNameField::ImageNameField(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_feedback(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
{
    m_edit->setObjectName(QStringLiteral("imageNameEdit"));
    m_edit->setAccessibleName(tr("Name of the new image"));
    m_edit->setPlaceholderText(tr("repository[:tag], e.g. myapp:1.0 (optional)"));
    m_edit->setClearButtonEnabled(true);
    m_feedback->setObjectName(QStringLiteral("imageNameFeedback"));
    m_feedback->setAccessibleName(tr("Name check"));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_edit);
    lay->addWidget(m_feedback);
    connect(m_edit, &QLineEdit::textChanged, this, &ImageNameField::check);
    check();
}

QString ImageNameField::text() const
{
    return m_edit->text().trimmed();
}

void ImageNameField::check()
{
    const bool was = m_valid;
    const QString t = text();
    if (t.isEmpty()) {
        m_valid = true;
        showFieldMessage(m_feedback, tr("Without a name the image is only known by its ID."), false);
    } else if (const auto ref = Reference::parseTagTarget(t); !ref) {
        m_valid = false;
        showFieldMessage(m_feedback, ref.error().userMessage, true);
    } else {
        m_valid = true;
        const QString familiar = ref->familiar();
        showFieldMessage(m_feedback, ref->toString() != familiar ? tr("Will be named %1 (in full: %2)").arg(familiar, ref->toString())
                                                                 : tr("Will be named %1").arg(familiar),
                         false);
    }
    if (was != m_valid)
        Q_EMIT validityChanged();
}

// --- ChangesField ------------------------------------------------------------------------

ChangesField::ChangesField(QWidget *parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_feedback(new WrapLabel(this, WrapLabel::Breaks::BetweenWords)), m_add(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("changesEdit"));
    m_edit->setAccessibleName(tr("Changes to the image's configuration"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setPlaceholderText(tr("One instruction per line, as in a Dockerfile:\n"
                                  "CMD [\"/app/server\", \"--port\", \"8080\"]\n"
                                  "ENV MODE=production\n"
                                  "EXPOSE 8080/tcp"));
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 5);
    m_feedback->setObjectName(QStringLiteral("changesFeedback"));
    m_feedback->setAccessibleName(tr("Changes check"));

    m_add->setObjectName(QStringLiteral("addChangeButton"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add an example of an instruction, to edit"));
    m_add->setAccessibleName(tr("Add an instruction"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_add);
    menu->setAccessibleName(tr("Instructions"));
    const struct
    {
        const char *line;
        const char *what;
    } examples[] = {
        {"CMD [\"/bin/sh\", \"-c\", \"echo hello\"]", QT_TR_NOOP("the command it runs")},
        {"ENTRYPOINT [\"/app/server\"]", QT_TR_NOOP("the program it starts")},
        {"ENV KEY=value", QT_TR_NOOP("an environment variable")},
        {"EXPOSE 8080/tcp", QT_TR_NOOP("a port it listens on")},
        {"LABEL key=value", QT_TR_NOOP("a label")},
        {"WORKDIR /app", QT_TR_NOOP("the working directory")},
        {"USER 1000:1000", QT_TR_NOOP("the user it runs as")},
        {"VOLUME /data", QT_TR_NOOP("a volume")},
        {"STOPSIGNAL SIGTERM", QT_TR_NOOP("the signal that stops it")},
        {"HEALTHCHECK --interval=30s CMD wget -q -O- http://localhost:8080/ || exit 1", QT_TR_NOOP("a health check")},
        {"ONBUILD RUN echo built", QT_TR_NOOP("an instruction for images built on it")},
    };
    for (const auto &e : examples) {
        const QString line = QString::fromLatin1(e.line);
        menu->addAction(tr("%1 (%2)").arg(line.section(QLatin1Char(' '), 0, 0), tr(e.what)), this, [this, line] { addExample(line); });
    }
    m_add->setMenu(menu);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_add, 0, Qt::AlignTop);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(row);
    lay->addWidget(m_feedback);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ChangesField::check);
    check();
}

void ChangesField::addExample(const QString &line)
{
    QTextCursor c = m_edit->textCursor();
    c.movePosition(QTextCursor::End);
    if (!m_edit->document()->lastBlock().text().trimmed().isEmpty())
        c.insertText(QStringLiteral("\n"));
    c.insertText(line);
    m_edit->setTextCursor(c);
    m_edit->setFocus();
}

void ChangesField::check()
{
    const bool was = m_valid;
    const ImageChanges::Parsed parsed = ImageChanges::parse(m_edit->toPlainText());
    m_valid = parsed.isValid();
    m_changes = parsed.changes;
    if (!m_valid) {
        QStringList lines;
        for (const ImageChanges::Problem &p : parsed.problems)
            lines << tr("Line %1: %2").arg(p.line).arg(p.message);
        showFieldMessage(m_feedback, lines.join(QLatin1Char('\n')), true);
    } else if (m_changes.isEmpty()) {
        showFieldMessage(m_feedback, tr("No changes: the image keeps the configuration it would have."), false);
    } else {
        showFieldMessage(m_feedback, tr("%n change(s) to the configuration.", nullptr, int(m_changes.size())), false);
    }
    if (was != m_valid)
        Q_EMIT validityChanged();
}
