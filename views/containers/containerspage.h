#pragma once

#include "composeproject.h"
#include "containersapi.h"
#include "containers/rundialog.h"
#include "portlinks.h"

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QStyle>
#include <QWidget>

#include <functional>
#include <optional>

class ChangesView;
class CommitDialog;
class ContainersModel;
class HealthView;
class UpdateDialog;
class ContainersProxyModel;
class Engine;
class EngineRegistry;
class FleetContainersView;
class ExportContainerDialog;
class InspectView;
class FilesView;
class QAction;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QMessageBox;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTreeView;
class StatsSampler;

/// `docker ps -a` with its verbs: the live container list (grouped by Compose
/// project, filter as you type, running only or all), a toolbar, context menu and
/// shortcuts for start, stop (with a timeout), restart, pause/unpause, kill (with a
/// signal), remove (force, anonymous volumes; the confirmation names exactly what
/// goes) and rename on one or many containers, the run dialog, and a details area
/// below the list whose first tab is the inspect view. Results and errors are
/// reported per container.
///
/// Other areas plug in here: detailsTabs() takes more tabs (logs), and
/// addContainerAction() adds an action for the current container (open a terminal).
class ContainersPage : public QWidget
{
    Q_OBJECT
public:
    enum class Verb {
        Run, Start, Stop, StopWithTimeout, Restart, Pause, Unpause, Kill, Remove, Rename, Inspect, Refresh,
        // Everyday workflows on one container.
        Duplicate, Recreate, UpdateLimits, CopyRunCommand, OpenPorts,
    };

    /// What a Compose project's row offers, through the real `docker compose`.
    enum class ComposeVerb { Up, Down, Restart, Pull, Logs, OpenFile };
    Q_ENUM(ComposeVerb)

    explicit ContainersPage(ContainersModel *model, QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    /// The engines of `registry`, for "All engines" (the containers of every engine in
    /// use in one list, instead of this engine's list and details); `name` is this page's.
    void setEngines(EngineRegistry *registry, const QString &name);
    QCheckBox *allEnginesBox() const { return m_allEngines; }
    FleetContainersView *fleetView() const { return m_fleet; }
    bool showsAllEngines() const;
    /// Samples the CPU and memory of the running containers whose rows are on
    /// screen, while the page is visible (viewer "list" of the sampler).
    void setStatsSampler(StatsSampler *sampler);
    /// The containers sampled for the list now.
    QStringList sampledIds() const { return m_listSampled; }

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *runningOnlyBox() const { return m_runningOnly; }
    ContainersProxyModel *proxy() const { return m_proxy; }
    QToolBar *toolBar() const { return m_toolBar; }
    QTabWidget *detailsTabs() const { return m_details; }
    InspectView *inspectView() const { return m_inspect; }
    FilesView *filesView() const { return m_files; }
    HealthView *healthView() const { return m_health; }
    ChangesView *changesView() const { return m_changes; }
    QLabel *resultsLabel() const { return m_resultsText; }
    QAction *action(Verb verb) const { return m_actions.value(verb); }
    QAction *composeAction(ComposeVerb verb) const { return m_composeActions.value(verb); }
    /// The Compose project of the current row (a project row, or a container of one),
    /// from its containers' labels; invalid when they name no file.
    ComposeTarget currentComposeTarget() const;

    /// Adds `action` to the context menu (and the toolbar when `onToolBar`); it is
    /// enabled when exactly one container is selected, unless the action carries the
    /// property ownEnabledProperty (true): then its owner enables it. Read
    /// currentContainerId() in its slot.
    void addContainerAction(QAction *action, bool onToolBar = true);
    static constexpr const char *ownEnabledProperty = "caisOwnEnabled";
    /// The container of the current row; empty on a project row or none.
    QString currentContainerId() const;
    /// The selected containers, a selected project standing for all of its own.
    QStringList selectedContainerIds() const;
    /// Selects exactly these containers (and makes the first current).
    void selectContainers(const QStringList &ids);
    /// Selects this container, showing it first if the filter or "Running only" hides
    /// it, or as soon as the list has it if it is not listed yet.
    void showContainer(const QString &id);

    // The verbs without their dialogs, on any containers (the dialogs end here too).
    void startContainers(const QStringList &ids);
    void stopContainers(const QStringList &ids, std::optional<int> timeoutSeconds = std::nullopt);
    void restartContainers(const QStringList &ids);
    void pauseContainers(const QStringList &ids);
    void unpauseContainers(const QStringList &ids);
    void killContainers(const QStringList &ids, const QString &signal);
    void removeContainers(const QStringList &ids, bool force, bool removeVolumes);
    void renameContainer(const QString &id, const QString &newName);
    /// The Stop, Restart and Pause actions: at once, or after a question that names the
    /// containers when the user asked for one (Preferences, UserPreferences::confirmLifecycle).
    void stopAsked(const QStringList &ids);
    void restartAsked(const QStringList &ids);
    void pauseAsked(const QStringList &ids);
    /// The question of stopAsked() and the others while it is open (non-modal), else null.
    QMessageBox *lifecycleQuestion() const;
    /// What a removal of `ids` takes away with these options, by name, and what stays.
    std::pair<QStringList, QStringList> removalPlan(const QStringList &ids, bool force) const;

    /// The published ports of a container, as links (see PortLink).
    QList<PortLink> portLinks(const QString &id) const;
    /// Opens the container's published port in the browser; with several, a menu at
    /// `globalPos` offers them. False when it has none to open (the results say why).
    bool openPorts(const QString &id, const QPoint &globalPos);

public Q_SLOTS:
    /// Opens the run dialog (non-modal), with `image` filled in when given.
    RunDialog *openRunDialog(const QString &image = {});
    /// Reads the container and its image, then opens the run dialog filled from it to
    /// duplicate or recreate it (runDialogOpened() gives the dialog).
    void openOriginDialog(const QString &id, RunDialog::Purpose purpose);
    /// Opens the dialog that changes the restart policy and limits of a container.
    UpdateDialog *openUpdateDialog(const QString &id);
    /// Puts the `docker run` line that makes the container again on the clipboard.
    void copyRunCommand(const QString &id);
    /// docker commit and docker export of container `id` (non-modal dialogs).
    CommitDialog *openCommitDialog(const QString &id);
    ExportContainerDialog *openExportDialog(const QString &id);

Q_SIGNALS:
    void currentContainerChanged(const QString &id);
    /// Forwarded from the run dialog: created, not started; attach, then start it.
    void interactiveRunRequested(const QString &id);
    void containerStarted(const QString &id);
    /// A batch of actions ended; `errors` holds one sentence per container that failed.
    void actionsFinished(const QString &summary, const QStringList &errors);
    /// A run dialog was opened (to run, duplicate or recreate).
    void runDialogOpened(RunDialog *dialog);
    /// copyRunCommand() put `line` on the clipboard (empty: it failed, the results say why).
    void runCommandCopied(const QString &line);
    /// A container of the list of all engines was opened (Enter, double click).
    void fleetOpenRequested(const QString &engine, const QString &id);
    /// A Compose project's action was chosen on its row (the main window runs it on the Compose page).
    void composeRequested(const ComposeTarget &target, ContainersPage::ComposeVerb verb);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSampling();
    void setAllEngines(bool on);
    using Call = std::function<QFuture<Result<ContainersApi::Outcome>>(const ContainersApi &, const QString &id)>;
    void createActions();
    QAction *makeAction(Verb verb, const QString &text, QStyle::StandardPixmap icon, const QKeySequence &shortcut, const QString &tip);
    /// Duplicate, recreate, change limits, copy as docker run, open ports.
    void createFlowActions();
    /// Up, Down, Restart, Pull, Logs and Open File on a Compose project's row.
    void createComposeActions();
    /// The container's inspect and its image's Config, then `then` (not called on failure: the results say why).
    void readOrigin(const QString &id, std::function<void(const QJsonObject &inspect, const QJsonObject &imageConfig)> then);
    void connectRunDialog(RunDialog *dialog);
    void runBatch(ContainersApi::Action action, const QStringList &ids, const QString &pending, Call call, const QString &doneText = {});
    void showResults(const QString &summary, const QStringList &lines, bool failed);
    void updateActions();
    void updateCount();
    void onCurrentChanged();
    void contextMenu(const QPoint &pos);
    QString who(const QString &id) const;
    void confirmLifecycle(const QString &title, const QString &question, const QString &button, const QStringList &ids,
                          std::function<void(const QStringList &)> act);
    void askStopTimeout();
    void askKill();
    void askRemove();
    void askRename();

    ContainersModel *m_model;
    ContainersProxyModel *m_proxy;
    QPointer<Engine> m_engine;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QCheckBox *m_runningOnly;
    QLabel *m_count;
    QFrame *m_results;
    QLabel *m_resultsText;
    QSplitter *m_split;
    QTreeView *m_view;
    QTabWidget *m_details;
    InspectView *m_inspect;
    FilesView *m_files;
    HealthView *m_health;
    ChangesView *m_changes;
    QHash<Verb, QAction *> m_actions;
    QHash<ComposeVerb, QAction *> m_composeActions;
    QList<QAction *> m_containerActions;
    QString m_current;
    QString m_selectWhenListed;
    QPointer<StatsSampler> m_sampler;
    QPointer<QMessageBox> m_lifecycleQuestion;
    QTimer *m_samplingDelay = nullptr;
    QStringList m_listSampled;
    QCheckBox *m_allEngines = nullptr;
    FleetContainersView *m_fleet = nullptr;
};
