#pragma once

#include <QPointer>
#include <QStringList>
#include <QTabWidget>

class Engine;
class QMessageBox;
class TerminalView;

/// Several container terminals side by side, one tab each. Closing a tab hangs up
/// its session (an exec'd shell ends; an attached container keeps running).
class TerminalTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit TerminalTabs(QWidget *parent = nullptr);

    /// `docker exec -it` in a new tab; `command` empty: /bin/bash, else /bin/sh.
    TerminalView *openExec(Engine *engine, const QString &containerId, const QStringList &command = {}, const QString &containerName = {});
    /// Asks which command to run (empty: a shell, /bin/bash or /bin/sh; the commands
    /// run before are offered, newest first), then opens it as openExec() does.
    /// Nothing happens when the user cancels.
    TerminalView *openExecAsking(Engine *engine, const QString &containerId, const QString &containerName = {});
    /// `docker attach` in a new tab.
    TerminalView *attach(Engine *engine, const QString &containerId, const QString &containerName = {});
    /// `docker start -ai` in a new tab.
    TerminalView *startAttached(Engine *engine, const QString &containerId, const QString &containerName = {});

    TerminalView *terminalAt(int index) const;
    int terminalCount() const { return count(); }
    /// Closes the tab at `index` and hangs up its session.
    void closeTerminal(int index);
    /// The tab's close button and Ctrl+Shift+W: closes at once, or after a question
    /// when the program still runs and the user asked for one (Preferences,
    /// UserPreferences::confirmCloseTerminal, on by default).
    void requestClose(int index);
    /// The question of requestClose() while it is open (non-modal), else null.
    QMessageBox *closeQuestion() const;

    /// The commands typed in openExecAsking(), newest first (at most kRecentCommands).
    static QStringList recentCommands();
    static void rememberCommand(const QString &command);
    static constexpr int kRecentCommands = 10;

Q_SIGNALS:
    /// The last tab was closed.
    void empty();

private:
    TerminalView *add(TerminalView *view);

    QPointer<QMessageBox> m_closeQuestion;
};
