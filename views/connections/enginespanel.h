#pragma once

#include <QWidget>

class EngineRegistry;
class EnginesModel;
class QLabel;
class QToolButton;
class QTreeView;

/// The engines section of the sidebar: every engine Cais knows (docker contexts,
/// connections added in Cais, Podman's sockets) with its kind, state and version, the
/// one this window shows marked. Add, edit, remove and test connections, write one
/// back as a docker context, choose the default, and open an engine in a window of
/// its own (each window stays on its engine, all of them connected at once).
class EnginesPanel : public QWidget
{
    Q_OBJECT
public:
    EnginesPanel(EngineRegistry *registry, const QString &current, QWidget *parent = nullptr);

    EnginesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The engine this window shows.
    QString current() const { return m_current; }
    /// The selected engine's name, or empty.
    QString selected() const;
    void select(const QString &name);

    void addConnection();
    void editSelected();
    void removeSelected();
    void testSelected();
    void openSelected();
    void writeSelectedAsContext();
    void makeSelectedDefault();

Q_SIGNALS:
    /// The user asked to see this engine (its window is opened or raised).
    void openRequested(const QString &name);

private:
    void updateActions();
    void say(const QString &text);

    EngineRegistry *m_registry;
    EnginesModel *m_model;
    QString m_current;
    QTreeView *m_view;
    QLabel *m_message;
    QToolButton *m_add;
    QToolButton *m_edit;
    QToolButton *m_remove;
    QToolButton *m_test;
    QToolButton *m_open;
    QToolButton *m_context;
    QToolButton *m_default;
    bool m_shownTrouble = false; ///< the message shows the selected engine's trouble
};
