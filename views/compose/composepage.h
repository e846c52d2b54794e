#pragma once

#include "composecommand.h"
#include "composeproject.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class ComposeServicesModel;
class Engine;
class QAction;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QToolBar;
class QTreeView;
class WrapLabel;
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

/// A Compose project through the real `docker compose` CLI: the file (read-only, the
/// line at fault marked), its services, and Up, Down, Restart and Pull with the CLI's
/// output filed per service ("All services" holds every line), and the project's logs
/// merged in time order across its containers. Opened from a file (File > Open
/// Compose File…) or from a project's row on the Containers page (its labels name the
/// files, the project and its folder).
class ComposePage : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Reload, Up, Down, Restart, Pull, Logs, Cancel, Open };

    explicit ComposePage(QWidget *parent = nullptr);
    ~ComposePage() override;

    void setEngine(Engine *engine);

    /// Opens a compose.yaml (or docker-compose.yml) and reads its services with `docker compose config`.
    void openFile(const QString &path);
    /// Opens the project a set of containers' labels name; `then` runs once its
    /// services are read (Down asks first).
    void openTarget(const ComposeTarget &target, std::optional<Action> then = std::nullopt);
    /// Asks for a file to open.
    void askOpen();

    /// Up, Restart, Pull, Logs, Reload now; Down asks first (askDown).
    void trigger(Action action);
    /// `docker compose down` without asking (the volumes too when `removeVolumes`).
    void down(bool removeVolumes);
    /// What Down removes, in words, for the confirmation.
    QString downDescription(bool removeVolumes) const;

    ComposeTarget target() const { return m_target; }
    const ComposeProject &project() const { return m_project; }
    QString fileText() const { return m_fileText; }
    bool isBusy() const;
    int errorLine() const { return m_errorLine; }

    ComposeServicesModel *servicesModel() const { return m_services; }
    QTreeView *servicesView() const { return m_servicesView; }
    QPlainTextEdit *outputView() const { return m_output; }
    QPlainTextEdit *fileView() const { return m_file; }
    QPlainTextEdit *logsView() const { return m_logs; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const;
    QAction *action(Action a) const { return m_actions.value(int(a)); }
    /// The merged logs last shown.
    const QList<ComposeLogLine> &logLines() const { return m_logLines; }

Q_SIGNALS:
    /// The file's services were read (ok) or the CLI said what is wrong with it.
    void projectLoaded(bool ok);
    /// A command ended; `message` is what the page shows.
    void commandFinished(ComposeCommand::Verb verb, bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void run(ComposeCommand::Verb verb, const ComposeCommand::Options &options = {});
    void onFinished(const ComposeCommand::Result &result);
    void askDown();
    void showLines();
    void markErrorLine(int line);
    void setStatus(const QString &text, bool error);
    void updateActions();
    void readFileText();

    QPointer<Engine> m_engine;
    ComposeTarget m_target;
    ComposeProject m_project;
    QString m_fileText;
    QPointer<ComposeCommand> m_command;
    ComposeServicesModel *m_services;
    QToolBar *m_toolBar;
    WrapLabel *m_title;
    WrapLabel *m_status;
    QTreeView *m_servicesView;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_output;
    QPlainTextEdit *m_logs;
    QPlainTextEdit *m_file;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QHash<int, QAction *> m_actions;
    QList<ComposeLogLine> m_logLines;
    std::optional<Action> m_after;
    int m_errorLine = 0;
    bool m_loaded = false;
};
