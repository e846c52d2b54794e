#include "terminal/terminalview.h"

#include "engine.h"

#include <QBuffer>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QSocketNotifier>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <qtermwidget.h>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Terminal output is drawn as it comes; a burst bigger than this waits for the
// terminal to read what it has.
constexpr qsizetype kWriteChunk = 16 * 1024;

} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Container terminal"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // 0: no local shell. The terminal shows what the engine sends.
    m_term = new QTermWidget(0, this);
    m_term->setAccessibleName(tr("Terminal"));
    m_term->setAccessibleDescription(tr("Keystrokes go to the process in the container."));
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(std::max<qreal>(font.pointSizeF(), QWidget::font().pointSizeF()));
    m_term->setTerminalFont(font);
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_term->setHistorySize(10000);
    m_term->setTerminalSizeHint(false);
    // Ctrl+S and Ctrl+Q belong to the remote program, not to a local pause.
    m_term->setFlowControlEnabled(false);
    m_term->setAutoClose(false);
    applyColours();
    m_term->startTerminalTeletype();
    layout->addWidget(m_term, 1);
    // QTermWidget's own search bar (Ctrl+Shift+F) has an unnamed field.
    if (auto *search = m_term->findChild<QLineEdit *>(QStringLiteral("searchTextEdit")))
        search->setAccessibleName(tr("Search the terminal"));
    if (QWidget *display = m_term->focusProxy()) {
        display->setAccessibleName(tr("Terminal"));
        display->installEventFilter(this);
    }
    m_term->installEventFilter(this);
    setFocusProxy(m_term);

    m_statusBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_statusBar);
    bar->setContentsMargins(6, 3, 6, 3);
    m_status = new QLabel(m_statusBar);
    m_status->setAccessibleName(tr("Terminal status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    m_again = new QToolButton(m_statusBar);
    m_again->setObjectName(QStringLiteral("terminalAgainButton"));
    m_again->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_again->setText(tr("Run Again")); // renamed when the session ends
    m_again->setAccessibleName(m_again->text());
    bar->addWidget(m_again);
    connect(m_again, &QToolButton::clicked, this, &TerminalView::restart);
    m_statusBar->hide();
    layout->addWidget(m_statusBar);

    // Bytes from the engine enter through the pseudo-terminal's slave side, which
    // QTermWidget reads from its master. Non-blocking: a burst must never block the
    // GUI thread while the terminal is the one that would drain it.
    m_slaveFd = m_term->getPtySlaveFd();
    if (m_slaveFd >= 0) {
        ::fcntl(m_slaveFd, F_SETFL, ::fcntl(m_slaveFd, F_GETFL) | O_NONBLOCK);
        m_writable = new QSocketNotifier(qintptr(m_slaveFd), QSocketNotifier::Write, this);
        m_writable->setEnabled(false);
        connect(m_writable, &QSocketNotifier::activated, this, &TerminalView::drainOutbox);
        setRawOutput(true);
    }
    connect(m_term, &QTermWidget::sendData, this, &TerminalView::onKeys);

    m_sizeTimer.setSingleShot(true);
    m_sizeTimer.setInterval(60);
    connect(&m_sizeTimer, &QTimer::timeout, this, &TerminalView::checkSize);
}

TerminalView::~TerminalView()
{
    if (m_session) {
        // The session outlives the view for a moment, to end its shell properly.
        disconnect(m_session, nullptr, this, nullptr);
        m_session->setParent(nullptr);
        m_session->hangUp();
    }
}

void TerminalView::applyColours()
{
    // Follow the desktop: a dark terminal in a dark theme, a light one otherwise.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QStringList schemes = QTermWidget::availableColorSchemes();
    const QString wanted = dark ? QStringLiteral("Linux") : QStringLiteral("BlackOnWhite");
    if (schemes.contains(wanted))
        m_term->setColorScheme(wanted);
}

void TerminalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_term)
        applyColours();
    QWidget::changeEvent(event);
}

void TerminalView::setRawOutput(bool raw)
{
    if (m_slaveFd < 0)
        return;
    // With a TTY the engine sends finished terminal bytes ("\r\n"): pass them as
    // they are. Without one, programs write bare "\n", which needs the "\r" a
    // terminal would add.
    struct termios t{};
    if (::tcgetattr(m_slaveFd, &t) != 0)
        return;
    if (raw) {
        t.c_oflag &= ~tcflag_t(OPOST);
    } else {
        t.c_oflag |= OPOST | ONLCR;
    }
    ::tcsetattr(m_slaveFd, TCSANOW, &t);
}

// --- starting ---------------------------------------------------------------------

void TerminalView::openExec(Engine *engine, const QString &containerId, const QStringList &command, const QString &containerName)
{
    begin(engine, containerId, How::Exec, command, containerName);
}

void TerminalView::attach(Engine *engine, const QString &containerId, const QString &containerName)
{
    begin(engine, containerId, How::Attach, {}, containerName);
}

void TerminalView::startAttached(Engine *engine, const QString &containerId, const QString &containerName)
{
    begin(engine, containerId, How::StartAttach, {}, containerName);
}

void TerminalView::restart()
{
    if (m_engine)
        begin(m_engine, m_containerId, m_how == How::StartAttach ? How::StartAttach : m_how, m_requestedCommand, m_containerName);
}

void TerminalView::begin(Engine *engine, const QString &containerId, How how, const QStringList &command, const QString &containerName)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        m_session->setParent(nullptr);
        m_session->hangUp();
    }
    m_engine = engine;
    m_containerId = containerId;
    m_containerName = containerName;
    m_requestedCommand = command;
    m_how = how;
    m_exitCode.reset();
    m_line.clear();
    showStatus(how == How::Exec ? tr("Starting…") : tr("Attaching…"), false);
    m_again->hide();

    m_session = new ExecSession(engine, containerId, this);
    if (!m_shells.isEmpty())
        m_session->setShellCandidates(m_shells);
    const QSize size = terminalSize();
    m_reportedSize = size;
    m_session->setInitialSize(size.width(), size.height());
    connect(m_session, &ExecSession::output, this, [this](const QByteArray &bytes, ExecSession::Channel channel) {
        if (channel == ExecSession::Channel::Stderr && m_session && !m_session->isTty()) {
            feed("\x1b[31m" + bytes + "\x1b[0m"); // error output in red, as terminals show it
            return;
        }
        feed(bytes);
    });
    connect(m_session, &ExecSession::started, this, [this] {
        setRawOutput(m_session->isTty());
        m_statusBar->hide();
        checkSize();
    });
    connect(m_session, &ExecSession::commandChosen, this, [this] { Q_EMIT titleChanged(title()); });
    connect(m_session, &ExecSession::ended, this, &TerminalView::onEnded);
    connect(m_session, &ExecSession::failed, this, &TerminalView::onFailed);
    Q_EMIT titleChanged(title());

    switch (how) {
    case How::Exec:
        m_session->startExec(command, true);
        break;
    case How::Attach:
        m_session->attach();
        break;
    case How::StartAttach:
        m_session->startAndAttach();
        break;
    }
    terminalWidget()->setFocus(Qt::OtherFocusReason);
}

// --- bytes both ways ------------------------------------------------------------------

void TerminalView::feed(const QByteArray &bytes)
{
    if (m_slaveFd < 0)
        return;
    m_outbox += bytes;
    drainOutbox();
}

void TerminalView::drainOutbox()
{
    qsizetype done = 0;
    while (done < m_outbox.size()) {
        const qsizetype n = std::min(kWriteChunk, m_outbox.size() - done);
        const ssize_t w = ::write(m_slaveFd, m_outbox.constData() + done, size_t(n));
        if (w > 0) {
            done += w;
            continue;
        }
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break; // the terminal reads on; continue when the pty has room
        done = m_outbox.size(); // the pty is gone: nothing can be shown any more
    }
    m_outbox.remove(0, done);
    m_writable->setEnabled(!m_outbox.isEmpty());
}

void TerminalView::onKeys(const char *data, int size)
{
    if (!m_session || size <= 0)
        return;
    const ExecSession::State state = m_session->state();
    if (state != ExecSession::State::Running && state != ExecSession::State::Starting)
        return;
    const QByteArray bytes(data, size);
    if (m_session->isTty()) {
        m_session->write(bytes);
        return;
    }
    // Without a TTY nothing in the container echoes or edits a line: do what a
    // terminal's line discipline would, and send whole lines.
    if (bytes.startsWith('\x1b'))
        return; // cursor keys and the like mean nothing to a line
    for (const char c : bytes) {
        switch (c) {
        case '\r':
        case '\n':
            feed("\r\n");
            m_session->write(m_line + '\n');
            m_line.clear();
            break;
        case '\x7f':
        case '\b':
            if (!m_line.isEmpty()) {
                // Remove one UTF-8 character, not one byte.
                qsizetype cut = m_line.size() - 1;
                while (cut > 0 && (uchar(m_line.at(cut)) & 0xC0) == 0x80)
                    --cut;
                m_line.truncate(cut);
                feed("\b \b");
            }
            break;
        case '\x03':
            feed("^C\r\n");
            m_line.clear();
            break;
        case '\x04':
            if (m_line.isEmpty()) {
                m_session->closeInput();
            } else {
                m_session->write(m_line);
                m_line.clear();
            }
            break;
        default:
            m_line += c;
            feed(QByteArray(1, c));
        }
    }
}

// --- size ---------------------------------------------------------------------------

QSize TerminalView::terminalSize() const
{
    return QSize(m_term->screenColumnsCount(), m_term->screenLinesCount());
}

bool TerminalView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
        m_sizeTimer.start(); // the terminal counts its rows after its own resize handling
    return QWidget::eventFilter(watched, event);
}

void TerminalView::checkSize()
{
    const QSize size = terminalSize();
    if (size.width() <= 0 || size.height() <= 0 || size == m_reportedSize)
        return;
    m_reportedSize = size;
    if (m_session)
        m_session->resize(size.width(), size.height());
}

// --- the end ------------------------------------------------------------------------

void TerminalView::onEnded(int exitCode)
{
    QString message;
    if (m_how == How::Exec) {
        message = exitCode >= 0 ? tr("The process exited with code %1.").arg(exitCode) : tr("The session ended.");
        m_again->setText(tr("Run Again"));
    } else {
        message = exitCode >= 0 ? tr("The container stopped with exit code %1.").arg(exitCode)
                                : tr("Detached. The container may still be running.");
        m_again->setText(m_how == How::Attach ? tr("Attach Again") : tr("Start Again"));
    }
    m_again->setAccessibleName(m_again->text());
    if (exitCode >= 0)
        m_exitCode = exitCode;
    feed("\r\n\x1b[7m[" + message.toUtf8() + "]\x1b[0m\r\n");
    showStatus(message, false);
    m_again->show();
    Q_EMIT titleChanged(title());
    Q_EMIT finished(exitCode);
}

void TerminalView::onFailed(const EngineError &error)
{
    const QString message = error.fullText();
    feed("\r\n\x1b[31m" + message.toUtf8() + "\x1b[0m\r\n");
    showStatus(message, true);
    m_again->setText(tr("Try Again"));
    m_again->setAccessibleName(m_again->text());
    m_again->show();
    Q_EMIT titleChanged(title());
    Q_EMIT finished(-1);
}

void TerminalView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    m_statusBar->setVisible(!text.isEmpty());
}

QString TerminalView::statusText() const
{
    return m_statusBar->isHidden() ? QString() : m_status->text();
}

// --- queries -------------------------------------------------------------------------

QString TerminalView::title() const
{
    const QString who = m_containerName.isEmpty() ? m_containerId.left(12) : m_containerName;
    QString base;
    if (m_how == How::Exec) {
        QStringList cmd = m_session ? m_session->command() : QStringList();
        if (cmd.isEmpty())
            cmd = m_requestedCommand;
        const QString what = cmd.isEmpty() ? tr("shell") : cmd.join(QLatin1Char(' '));
        base = tr("%1 in %2").arg(what, who);
    } else {
        base = tr("%1 (attached)").arg(who);
    }
    if (m_session && m_session->state() == ExecSession::State::Ended)
        return m_exitCode ? tr("%1 — exited %2").arg(base).arg(*m_exitCode) : tr("%1 — ended").arg(base);
    if (m_session && m_session->state() == ExecSession::State::Failed)
        return tr("%1 — failed").arg(base);
    return base;
}

bool TerminalView::isRunning() const
{
    return m_session && (m_session->state() == ExecSession::State::Running || m_session->state() == ExecSession::State::Starting);
}

QString TerminalView::screenText() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    m_term->saveHistory(&buffer);
    return QString::fromUtf8(buffer.data());
}

QWidget *TerminalView::terminalWidget() const
{
    return m_term->focusProxy() ? m_term->focusProxy() : m_term;
}
