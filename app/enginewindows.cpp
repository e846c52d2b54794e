#include "enginewindows.h"

#include "connections/enginespanel.h"
#include "engineregistry.h"
#include "mainwindow.h"

EngineWindows::EngineWindows(EngineRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

void EngineWindows::adopt(const QString &name, MainWindow *window)
{
    window->setEngines(m_registry, name);
    follow(name, window);
}

void EngineWindows::follow(const QString &name, MainWindow *window)
{
    m_windows.insert(name, window);
    connect(window->enginesPanel(), &EnginesPanel::openRequested, this, [this](const QString &other) { open(other); });
}

MainWindow *EngineWindows::open(const QString &name)
{
    if (MainWindow *w = window(name)) {
        w->show();
        w->raise();
        w->activateWindow();
        return w;
    }
    QString error;
    Engine *engine = m_registry->use(name, &error);
    auto *w = new MainWindow(engine, error);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setEngines(m_registry, name);
    // Tables and splitters as the user left them; the desktop places the new window.
    w->restoreLayout(false);
    follow(name, w);
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}
