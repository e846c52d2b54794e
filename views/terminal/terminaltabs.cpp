#include "terminal/terminaltabs.h"

#include "terminal/terminalview.h"

#include <QAction>
#include <QInputDialog>
#include <QProcess>
#include <QTabBar>

TerminalTabs::TerminalTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setAccessibleName(tr("Terminals"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    tabBar()->setAccessibleName(tr("Open terminals"));
    connect(this, &QTabWidget::tabCloseRequested, this, &TerminalTabs::closeTerminal);

    // Ctrl+Shift+W closes the current terminal (Ctrl+W belongs to the shell).
    auto *close = new QAction(tr("Close Terminal"), this);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] {
        if (currentIndex() >= 0)
            closeTerminal(currentIndex());
    });
    addAction(close);
}

TerminalView *TerminalTabs::add(TerminalView *view)
{
    const int index = addTab(view, view->title());
    setCurrentIndex(index);
    connect(view, &TerminalView::titleChanged, this, [this, view](const QString &title) {
        const int i = indexOf(view);
        if (i < 0)
            return;
        setTabText(i, title);
        setTabToolTip(i, title);
    });
    view->setFocus(Qt::OtherFocusReason);
    return view;
}

TerminalView *TerminalTabs::openExec(Engine *engine, const QString &containerId, const QStringList &command, const QString &containerName)
{
    auto *view = new TerminalView(this);
    add(view);
    view->openExec(engine, containerId, command, containerName);
    return view;
}

TerminalView *TerminalTabs::openExecAsking(Engine *engine, const QString &containerId, const QString &containerName)
{
    bool ok = false;
    const QString who = containerName.isEmpty() ? containerId.left(12) : containerName;
    const QString text = QInputDialog::getText(this, tr("Run a Command in %1").arg(who),
                                               tr("Command to run in the container (leave empty for a shell: bash if it has one, else sh):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return nullptr;
    // Quoted words stay together, as in a shell: sh -c "echo hi".
    return openExec(engine, containerId, QProcess::splitCommand(text), containerName);
}

TerminalView *TerminalTabs::attach(Engine *engine, const QString &containerId, const QString &containerName)
{
    auto *view = new TerminalView(this);
    add(view);
    view->attach(engine, containerId, containerName);
    return view;
}

TerminalView *TerminalTabs::startAttached(Engine *engine, const QString &containerId, const QString &containerName)
{
    auto *view = new TerminalView(this);
    add(view);
    view->startAttached(engine, containerId, containerName);
    return view;
}

TerminalView *TerminalTabs::terminalAt(int index) const
{
    return qobject_cast<TerminalView *>(widget(index));
}

void TerminalTabs::closeTerminal(int index)
{
    QWidget *w = widget(index);
    if (!w)
        return;
    removeTab(index);
    w->deleteLater();
    if (count() == 0)
        Q_EMIT empty();
}
