#pragma once

#include "execsession.h"

#include <QByteArray>
#include <QPointer>
#include <QSize>
#include <QTimer>
#include <QWidget>

#include <optional>

class Engine;
class QLabel;
class QSocketNotifier;
class QTermWidget;
class QToolButton;

/// A terminal on a process in a container: `docker exec -it`, `docker attach` or
/// `docker start -ai`. QTermWidget runs in teletype mode (no local process): the
/// bytes of the engine's hijacked connection go into its pseudo-terminal, the
/// keystrokes it emits go to the engine, size changes are sent to the engine, and
/// the exit code is shown when the process ends.
class TerminalView : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    /// Runs `command` (empty: /bin/bash if the container has it, else /bin/sh) with
    /// a TTY. `containerName` is for titles; the id is used when empty.
    void openExec(Engine *engine, const QString &containerId, const QStringList &command = {}, const QString &containerName = {});
    /// Attaches to the container's running process.
    void attach(Engine *engine, const QString &containerId, const QString &containerName = {});
    /// Starts the container attached to it (`docker start -ai`).
    void startAttached(Engine *engine, const QString &containerId, const QString &containerName = {});

    /// The shells an exec without a command looks for (see ExecSession); set
    /// before openExec().
    void setShellCandidates(const QStringList &shells) { m_shells = shells; }

    ExecSession *session() const { return m_session; }
    QString title() const;
    bool isRunning() const;
    /// An exec'd program (it ends with its terminal), not an attached container.
    bool isExec() const { return m_how == How::Exec; }
    /// Set once the process ended and its code is known.
    std::optional<int> exitCode() const { return m_exitCode; }
    /// The text of the terminal's history and screen, one line per row.
    QString screenText() const;
    /// Columns and lines of the terminal.
    QSize terminalSize() const;
    /// The widget that takes the keyboard.
    QWidget *terminalWidget() const;
    /// The message shown under the terminal (the exit code, an error); empty while running.
    QString statusText() const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    /// The process ended; exitCode -1 when unknown.
    void finished(int exitCode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class How { Exec, Attach, StartAttach };
    void begin(Engine *engine, const QString &containerId, How how, const QStringList &command, const QString &containerName);
    void feed(const QByteArray &bytes);
    void drainOutbox();
    void onKeys(const char *data, int size);
    void checkSize();
    void onEnded(int exitCode);
    void onFailed(const EngineError &error);
    void showStatus(const QString &text, bool error);
    void setRawOutput(bool raw);
    void applyColours();
    void restart();

    QTermWidget *m_term = nullptr;
    QWidget *m_statusBar = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_again = nullptr;
    QPointer<ExecSession> m_session;
    QPointer<Engine> m_engine;
    QString m_containerId;
    QString m_containerName;
    QStringList m_requestedCommand;
    QStringList m_shells;
    How m_how = How::Exec;
    std::optional<int> m_exitCode;

    int m_slaveFd = -1;
    QSocketNotifier *m_writable = nullptr;
    QByteArray m_outbox;
    QTimer m_sizeTimer;
    QSize m_reportedSize;
    QByteArray m_line; ///< without a TTY: the line being typed (local echo and editing)
};
