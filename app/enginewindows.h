#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class EngineRegistry;
class MainWindow;

/// One window per engine: each stays on its engine with its own pages, all engines
/// connected at once; switching is going to another window (no reconnect, no reload).
/// The engines list of every window opens, or brings to the front, an engine's window.
class EngineWindows : public QObject
{
    Q_OBJECT
public:
    explicit EngineWindows(EngineRegistry *registry, QObject *parent = nullptr);

    /// Takes a window made elsewhere (the first one) as the one of `name`.
    void adopt(const QString &name, MainWindow *window);
    /// The window of `name`, opened (and its engine connected) if needed, in front.
    MainWindow *open(const QString &name);
    MainWindow *window(const QString &name) const { return m_windows.value(name).data(); }

private:
    void follow(const QString &name, MainWindow *window);

    EngineRegistry *m_registry;
    QHash<QString, QPointer<MainWindow>> m_windows;
};
