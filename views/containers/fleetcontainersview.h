#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class ContainersApi;
class ContainersModel;
class Engine;
class EngineRegistry;
class FleetContainersModel;
class FleetContainersProxyModel;
class QAction;
class QLabel;
class QMessageBox;
class QToolBar;
class QTreeView;

/// The containers of every engine in use, in one list: grouped by engine, the engine
/// also a column, filtered and sorted like one engine's list. The lifecycle verbs
/// (start, stop, restart, pause, resume, kill, remove) act on the selected containers
/// whatever their engines, each call going to its container's own engine, with the
/// results per container. Opening a container (Enter, a double click, "Open in Its
/// Window") asks for its engine's window, where its details, logs and terminal are.
///
/// The page's own engine lists through the page's model; every other engine in use
/// gets a list of its own while the view is active, and none when it is not.
class FleetContainersView : public QWidget
{
    Q_OBJECT
public:
    enum class Verb { Start, Stop, Restart, Pause, Unpause, Kill, Remove, Open };
    Q_ENUM(Verb)

    explicit FleetContainersView(QWidget *parent = nullptr);
    ~FleetContainersView() override;

    /// The engines of `registry`; `name` is the page's own, listed by `model`.
    void setEngines(EngineRegistry *registry, const QString &name, ContainersModel *model);
    /// Lists every engine in use while active; drops the other engines' lists when not.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setFilterText(const QString &text);
    void setRunningOnly(bool runningOnly);

    FleetContainersModel *model() const { return m_model; }
    FleetContainersProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *action(Verb verb) const { return m_actions.value(verb); }
    QLabel *resultsLabel() const { return m_results; }
    /// The removal's question while it is open (non-modal), else null.
    QMessageBox *removeQuestion() const;

    /// The selected containers, as (engine, id).
    QList<std::pair<QString, QString>> selected() const;
    /// Selects these containers of `engine`.
    void select(const QString &engine, const QStringList &ids);
    /// Runs `verb` on these containers (no question: Remove asks in its action).
    void act(Verb verb, const QList<std::pair<QString, QString>> &containers);

Q_SIGNALS:
    /// The user asked to open a container of another engine's list (or this one's).
    void openRequested(const QString &engine, const QString &id);
    /// A batch ended; `errors` holds one sentence per container that failed.
    void actionsFinished(const QString &summary, const QStringList &errors);

private:
    void sync();
    void updateActions();
    void askRemove();
    QString who(const QString &engine, const QString &id) const;
    QAction *makeAction(Verb verb, const QString &text, const QString &tip);

    FleetContainersModel *m_model;
    FleetContainersProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QLabel *m_results;
    QHash<Verb, QAction *> m_actions;
    QPointer<EngineRegistry> m_registry;
    QString m_name;
    QPointer<ContainersModel> m_own;
    QHash<QString, ContainersModel *> m_feeds; ///< the other engines' lists, by name
    QPointer<QMessageBox> m_removeQuestion;
    bool m_active = false;
};
