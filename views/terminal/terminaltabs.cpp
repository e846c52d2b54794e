#include "terminal/terminaltabs.h"

#include "terminal/terminalview.h"

#include "userpreferences.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>

namespace {
constexpr const char *kRecentCommandsKey = "terminal/recentCommands";
}

TerminalTabs::TerminalTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setAccessibleName(tr("Terminals"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    tabBar()->setAccessibleName(tr("Open terminals"));
    connect(this, &QTabWidget::tabCloseRequested, this, &TerminalTabs::requestClose);

    // Ctrl+Shift+W closes the current terminal (Ctrl+W belongs to the shell).
    auto *close = new QAction(tr("Close Terminal"), this);
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QAction::triggered, this, [this] {
        if (currentIndex() >= 0)
            requestClose(currentIndex());
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
    const QString who = containerName.isEmpty() ? containerId.left(12) : containerName;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Run a Command in %1").arg(who));
    ask.setAccessibleName(tr("Run a command in a container"));
    ask.setLabelText(tr("Command to run in the container (leave empty for a shell: bash if it has one, else sh):"));
    // The commands run before, newest first, to pick again; the field starts empty.
    ask.setComboBoxItems(QStringList{QString()} + recentCommands());
    ask.setComboBoxEditable(true);
    ask.setTextValue(QString());
    if (auto *box = ask.findChild<QComboBox *>())
        box->setAccessibleName(tr("Command"));
    if (ask.exec() != QDialog::Accepted)
        return nullptr;
    const QString text = ask.textValue().trimmed();
    if (!text.isEmpty())
        rememberCommand(text);
    // Quoted words stay together, as in a shell: sh -c "echo hi".
    return openExec(engine, containerId, QProcess::splitCommand(text), containerName);
}

QStringList TerminalTabs::recentCommands()
{
    return QSettings().value(QLatin1String(kRecentCommandsKey)).toStringList();
}

void TerminalTabs::rememberCommand(const QString &command)
{
    QStringList list = recentCommands();
    list.removeAll(command);
    list.prepend(command);
    while (list.size() > kRecentCommands)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentCommandsKey), list);
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

void TerminalTabs::requestClose(int index)
{
    TerminalView *view = terminalAt(index);
    if (!view)
        return;
    if (!view->isRunning() || !UserPreferences::instance()->confirmCloseTerminal()) {
        closeTerminal(index);
        return;
    }
    if (m_closeQuestion)
        m_closeQuestion->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Close Terminal"),
                                view->isExec() ? tr("%1 still runs. Closing its terminal ends it.").arg(view->title())
                                               : tr("%1 is attached. Closing its terminal detaches; the container keeps running.").arg(view->title()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("closeTerminalQuestion"));
    box->setAccessibleName(tr("Close terminal"));
    QPushButton *yes = box->addButton(tr("&Close Terminal"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("closeTerminalConfirm"));
    yes->setAccessibleName(tr("Close the terminal"));
    box->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<TerminalView> target(view);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, target](QAbstractButton *clicked) {
        if (clicked == yes && target)
            closeTerminal(indexOf(target));
    });
    m_closeQuestion = box;
    box->open();
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

QMessageBox *TerminalTabs::closeQuestion() const
{
    return m_closeQuestion;
}
