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
    // A container of another engine, opened from the list of all engines: its window.
    connect(window, &MainWindow::containerOfEngineRequested, this, [this](const QString &other, const QString &id) {
        if (MainWindow *w = open(other))
            w->showContainer(id);
    });
}

MainWindow *EngineWindows::open(const QString &name)
{
    // A connection renamed keeps its Engine (EngineRegistry::saveConnection): its window
    // is found by the engine and filed under the new name, not opened a second time.
    if (!window(name)) {
        if (Engine *engine = m_registry->engine(name)) {
            for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
                if (it.value() && it.value()->engine() == engine) {
                    // A copy: erase() ends the value a reference would name.
                    QPointer<MainWindow> w = it.value(); // NOLINT(performance-unnecessary-copy-initialization)
                    m_windows.erase(it);
                    m_windows.insert(name, w);
                    break;
                }
            }
        }
    }
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
