#include "enginebanner.h"

#include "engine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

EngineBanner::EngineBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry now"), this))
{
    setObjectName(QStringLiteral("engineBanner"));
    setAccessibleName(tr("Engine connection problem"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x3b, 0x0c) : QColor(0xff, 0xf4, 0xd6));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf0, 0xd0) : QColor(0x4a, 0x32, 0x00));
    setPalette(pal);

    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_icon->setAccessibleName(tr("Warning"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Engine connection status"));
    m_retry->setAccessibleName(tr("Retry connecting to the engine"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->connectToEngine();
    });

    auto *lay = new QHBoxLayout(this);
    lay->addWidget(m_icon, 0, Qt::AlignTop);
    lay->addWidget(m_text, 1);
    lay->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

void EngineBanner::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine)
        connect(engine, &Engine::stateChanged, this, &EngineBanner::update);
    update();
}

void EngineBanner::showPermanentError(const QString &message)
{
    m_engine = nullptr;
    m_text->setText(message);
    m_retry->hide();
    show();
}

QString EngineBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

void EngineBanner::update()
{
    if (!m_engine)
        return;
    if (m_engine->state() == Engine::State::Unreachable) {
        m_text->setText(tr("<b>Cannot reach the engine at %1.</b><br>%2<br><small>Cais keeps trying and reconnects by itself when the engine comes back.</small>")
                            .arg(m_engine->endpoint().toString().toHtmlEscaped(), m_engine->lastError().fullText().toHtmlEscaped()));
        m_retry->show();
        show();
    } else {
        hide();
    }
}
