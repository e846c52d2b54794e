// The interactive terminal against the real engine: exec, attach and start -ai in
// a TerminalView (QTermWidget in teletype mode) offscreen, typed into and read back.
#include "engine.h"
#include "execsession.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalview.h"
#include "testengine.h"
#include "userpreferences.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

QString unique(const QString &base)
{
    static int n = 0;
    return base + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') + QString::number(++n);
}

/// The terminal's lines, trailing blanks trimmed.
QStringList screenLines(const TerminalView &view)
{
    QStringList lines;
    const QStringList raw = view.screenText().split(QLatin1Char('\n'));
    for (const QString &l : raw)
        lines.append(l.trimmed());
    return lines;
}

void type(TerminalView &view, const QString &text)
{
    QTest::keyClicks(view.terminalWidget(), text);
    QTest::keyClick(view.terminalWidget(), Qt::Key_Return);
}

/// A busybox shell prompts with "/ # " (root, in /).
bool showsPrompt(const TerminalView &view)
{
    return view.screenText().contains(QLatin1String("# "));
}

} // namespace

class TestTerminal : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_containers;
    QString m_bashImage;

    Engine &connected() { return TestEngine::connected(m_engine); }

    QString runContainer(const QString &base, const QStringList &runArgs, const QStringList &command,
                         const QString &image = QStringLiteral("cais-test/shell:1"))
    {
        const QString name = unique(base);
        QStringList args{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name};
        args += runArgs;
        args += image;
        args += command;
        if (!TestEngine::docker(args))
            return {};
        m_containers.append(name);
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cais-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_terminal"));
        QSettings().clear();
        REQUIRE_TEST_ENGINE();
        // busybox has no bash: an image of this test's own gets a /bin/bash (a script
        // that runs busybox's sh), so that the default can be seen choosing bash.
        m_bashImage = unique(QStringLiteral("cais-test/term-bash")) + QStringLiteral(":1");
        QVERIFY(!TestEngine::ownImage({m_bashImage}, QStringLiteral("cais-test/shell:1"),
                                      QStringLiteral("RUN printf '#!/bin/sh\\nexec /bin/sh \"$@\"\\n' > /bin/bash && chmod 755 /bin/bash"))
                     .isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), c});
        if (!m_bashImage.isEmpty())
            TestEngine::docker({QStringLiteral("rmi"), QStringLiteral("-f"), m_bashImage});
    }

    void execShellTypeResizeExit()
    {
        // The test: exec `sh` in a busybox container, type a command, read
        // its output back from the terminal, resize, exit, check the exit code.
        Engine &e = connected();
        const QString name = runContainer(QStringLiteral("cais-term"), {}, {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!name.isEmpty());

        TerminalView view;
        view.resize(820, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &TerminalView::finished);
        view.openExec(&e, name, {QStringLiteral("sh")}, name);
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->state(), ExecSession::State::Running, 15000);
        QVERIFY(view.isRunning());
        QVERIFY(view.session()->isTty());
        QCOMPARE(view.title(), QStringLiteral("sh in %1").arg(name));
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(view), 10000);

        type(view, QStringLiteral("echo $((6*7))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(QStringLiteral("42")), qPrintable(view.screenText()), 10000);

        // The engine learns the terminal's size, and the shell inside sees it.
        const QSize before = view.terminalSize();
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->engineSize(), before, 10000);
        view.resize(1100, 330);
        QTRY_VERIFY_WITH_TIMEOUT(view.terminalSize() != before, 5000);
        const QSize after = view.terminalSize();
        QVERIFY(after.width() > before.width());
        QVERIFY(after.height() < before.height());
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->engineSize(), after, 10000);
        type(view, QStringLiteral("stty size"));
        const QString expected = QStringLiteral("%1 %2").arg(after.height()).arg(after.width());
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(expected), qPrintable(expected + QLatin1String(" not in:\n") + view.screenText()),
                                  10000);

        type(view, QStringLiteral("exit 5"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.at(0).at(0).toInt(), 5);
        QCOMPARE(view.exitCode(), std::optional<int>(5));
        QVERIFY(!view.isRunning());
        // Shown to the user twice: in the terminal and under it.
        QCOMPARE(view.statusText(), QStringLiteral("The process exited with code 5."));
        // The line goes through the pty, which the terminal widget reads when it next
        // gets to its event loop: it is on screen soon after, not at the signal.
        QTRY_VERIFY2_WITH_TIMEOUT(view.screenText().contains(QLatin1String("[The process exited with code 5.]")), qPrintable(view.screenText()),
                                  5000);
        QCOMPARE(view.title(), QStringLiteral("sh in %1 — exited 5").arg(name));

        // Keys after the end go nowhere (and do not crash).
        type(view, QStringLiteral("echo too late"));
        QTest::qWait(100);
        QVERIFY(!screenLines(view).contains(QStringLiteral("too late")));
    }

    void defaultCommand_data()
    {
        QTest::addColumn<QStringList>("candidates"); // empty: the default
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<bool>("withBash"); // the image of this test's own, with a /bin/bash
        QTest::newRow("default: bash first") << QStringList() << QStringLiteral("/bin/bash") << true;
        QTest::newRow("default: sh without bash") << QStringList() << QStringLiteral("/bin/sh") << false;
        QTest::newRow("a missing shell is passed over")
            << QStringList{QStringLiteral("/cais/no-such-shell"), QStringLiteral("/bin/sh")} << QStringLiteral("/bin/sh") << false;
        QTest::newRow("the first that exists")
            << QStringList{QStringLiteral("/cais/missing"), QStringLiteral("/bin/bash"), QStringLiteral("/bin/sh")} << QStringLiteral("/bin/bash")
            << true;
    }

    void defaultCommand()
    {
        // exec without a command: /bin/bash when the container has it, else /bin/sh.
        // (Before the build root was entered with pivot_root, exec saw the host's
        // files, and this test found the host's /bin/bash in a busybox container.)
        QFETCH(QStringList, candidates);
        QFETCH(QString, chosen);
        QFETCH(bool, withBash);
        Engine &e = connected();
        const QString name = runContainer(QStringLiteral("cais-term-default"), {}, {QStringLiteral("sleep"), QStringLiteral("300")},
                                          withBash ? m_bashImage : QStringLiteral("cais-test/shell:1"));
        QVERIFY(!name.isEmpty());
        TerminalView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (!candidates.isEmpty())
            view.setShellCandidates(candidates);
        view.openExec(&e, name, {}, name);
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->state(), ExecSession::State::Running, 15000);
        QCOMPARE(view.session()->command(), QStringList{chosen});
        QCOMPARE(view.title(), QStringLiteral("%1 in %2").arg(chosen, name));
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(view), 10000);
        type(view, QStringLiteral("echo pid-of-shell-$$"));
        QTRY_VERIFY_WITH_TIMEOUT(view.screenText().contains(QLatin1String("pid-of-shell-")), 10000);
        QSignalSpy finished(&view, &TerminalView::finished);
        type(view, QStringLiteral("exit"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(view.exitCode(), std::optional<int>(0));
    }

    void attachToInteractiveContainer()
    {
        // `docker run -it`'s container, attached to later (`docker attach`).
        Engine &e = connected();
        const QString name = runContainer(QStringLiteral("cais-term-attach"), {QStringLiteral("-it")}, {QStringLiteral("sh")});
        QVERIFY(!name.isEmpty());
        TerminalView view;
        view.resize(760, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &TerminalView::finished);
        view.attach(&e, name, name);
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->state(), ExecSession::State::Running, 15000);
        QVERIFY(view.session()->isTty());
        QCOMPARE(view.session()->mode(), ExecSession::Mode::Attach);
        QCOMPARE(view.title(), QStringLiteral("%1 (attached)").arg(name));

        type(view, QStringLiteral("echo attach-$((3+4))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(QStringLiteral("attach-7")), qPrintable(view.screenText()), 10000);
        // The container's own size follows the terminal too.
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->engineSize(), view.terminalSize(), 10000);
        type(view, QStringLiteral("stty size"));
        const QString size = QStringLiteral("%1 %2").arg(view.terminalSize().height()).arg(view.terminalSize().width());
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(size), qPrintable(view.screenText()), 10000);

        // Exiting the shell stops the container: its exit code is the one shown.
        type(view, QStringLiteral("exit 3"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(view.statusText(), QStringLiteral("The container stopped with exit code 3."));
        QByteArray state;
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}} {{.State.ExitCode}}"), name},
                                   &state));
        QCOMPARE(state.trimmed(), QByteArray("exited 3"));
    }

    void attachToAStoppedContainerSaysSo()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-term-stopped"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("cais-test/shell:1"), QStringLiteral("true")}));
        m_containers.append(name);
        TerminalView view;
        view.resize(600, 300);
        view.show();
        QSignalSpy finished(&view, &TerminalView::finished);
        view.attach(&e, name, name);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(view.session()->state(), ExecSession::State::Failed);
        QVERIFY2(view.statusText().contains(QLatin1String("not running")), qPrintable(view.statusText()));

        // An exec there fails with the engine's words, shown in the view.
        TerminalView exec;
        QSignalSpy execFinished(&exec, &TerminalView::finished);
        exec.openExec(&e, name, {QStringLiteral("sh")}, name);
        QTRY_COMPARE_WITH_TIMEOUT(execFinished.size(), 1, 10000);
        QVERIFY2(exec.statusText().contains(QLatin1String("not running")), qPrintable(exec.statusText()));
        QCOMPARE(exec.title(), QStringLiteral("sh in %1 — failed").arg(name));
    }

    void startAttachedNoTty()
    {
        // `docker start -ai` on a container made with -i only (no TTY): the output
        // is multiplexed, typed lines are echoed locally and sent whole.
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-term-start"));
        QVERIFY(TestEngine::docker({QStringLiteral("create"), QStringLiteral("-i"), QStringLiteral("--name"), name,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("echo ready; read x; echo got-$x; echo to-stderr >&2; exit 4")}));
        m_containers.append(name);
        TerminalView view;
        view.resize(700, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy finished(&view, &TerminalView::finished);
        view.startAttached(&e, name, name);
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(QStringLiteral("ready")), qPrintable(view.screenText()), 15000);
        QVERIFY(!view.session()->isTty());
        QCOMPARE(view.session()->mode(), ExecSession::Mode::StartAttach);
        QTest::keyClicks(view.terminalWidget(), QStringLiteral("hellx"));
        QTest::keyClick(view.terminalWidget(), Qt::Key_Backspace);
        type(view, QStringLiteral("o"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(view).contains(QStringLiteral("got-hello")), qPrintable(view.screenText()), 10000);
        QVERIFY(screenLines(view).contains(QStringLiteral("hello"))); // the local echo
        QTRY_VERIFY_WITH_TIMEOUT(screenLines(view).contains(QStringLiteral("to-stderr")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.at(0).at(0).toInt(), 4);
        QCOMPARE(view.exitCode(), std::optional<int>(4));
    }

    void closingARunningTerminalAsksFirst()
    {
        Engine &e = connected();
        const QString a = runContainer(QStringLiteral("cais-term-close"), {}, {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!a.isEmpty());
        TerminalTabs tabs;
        tabs.resize(800, 450);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        TerminalView *view = tabs.openExec(&e, a, {QStringLiteral("sh")}, a);
        QTRY_COMPARE_WITH_TIMEOUT(view->session()->state(), ExecSession::State::Running, 15000);

        // The tab's close button: a question that names the program, and Cancel keeps it.
        QVERIFY(UserPreferences::instance()->confirmCloseTerminal());
        Q_EMIT tabs.tabCloseRequested(0);
        QPointer<QMessageBox> question = tabs.closeQuestion();
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("sh in %1").arg(a)), qPrintable(question->text()));
        QVERIFY(question->text().contains(QLatin1String("ends it")));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!question);
        QCOMPARE(tabs.terminalCount(), 1);
        QCOMPARE(view->session()->state(), ExecSession::State::Running);

        // Confirmed: the tab closes.
        Q_EMIT tabs.tabCloseRequested(0);
        question = tabs.closeQuestion();
        QVERIFY(question);
        question->findChild<QPushButton *>(QStringLiteral("closeTerminalConfirm"))->click();
        QCOMPARE(tabs.terminalCount(), 0);

        // An ended program closes without a question.
        TerminalView *ended = tabs.openExec(&e, a, {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 0")}, a);
        QSignalSpy finished(ended, &TerminalView::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        Q_EMIT tabs.tabCloseRequested(0);
        QVERIFY(!tabs.closeQuestion());
        QCOMPARE(tabs.terminalCount(), 0);

        // The user turned the question off: a running one closes at once.
        UserPreferences::instance()->setConfirmCloseTerminal(false);
        auto reset = qScopeGuard([] { UserPreferences::instance()->setConfirmCloseTerminal(true); });
        TerminalView *again = tabs.openExec(&e, a, {QStringLiteral("sh")}, a);
        QTRY_COMPARE_WITH_TIMEOUT(again->session()->state(), ExecSession::State::Running, 15000);
        Q_EMIT tabs.tabCloseRequested(0);
        QVERIFY(!tabs.closeQuestion());
        QCOMPARE(tabs.terminalCount(), 0);
    }

    void theCommandsRunBeforeAreOffered()
    {
        Engine &e = connected();
        const QString a = runContainer(QStringLiteral("cais-term-recent"), {}, {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!a.isEmpty());
        TerminalTabs tabs;
        tabs.resize(800, 450);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        QStringList offered;
        // Answers the dialog when it shows: notes what it offers, then types `command`.
        auto answer = [&](const QString &command) {
            QTimer::singleShot(0, &tabs, [&offered, command] {
                auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(ask);
                offered = ask->comboBoxItems();
                ask->setTextValue(command);
                ask->accept();
            });
        };
        answer(QStringLiteral("sh -c \"echo first-$((20+1))\""));
        TerminalView *first = tabs.openExecAsking(&e, a, a);
        QVERIFY(first);
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(*first).contains(QStringLiteral("first-21")), qPrintable(first->screenText()), 15000);
        QCOMPARE(offered, QStringList{QString()}); // nothing run before: only the empty field (a shell)

        answer(QStringLiteral("echo second"));
        QVERIFY(tabs.openExecAsking(&e, a, a));
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("sh -c \"echo first-$((20+1))\"")}));
        answer(QString()); // a shell, which is not a command to remember
        QVERIFY(tabs.openExecAsking(&e, a, a));
        QCOMPARE(offered, (QStringList{QString(), QStringLiteral("echo second"), QStringLiteral("sh -c \"echo first-$((20+1))\"")}));
        QCOMPARE(TerminalTabs::recentCommands().size(), 2);
        for (int i = 0; i < TerminalTabs::kRecentCommands + 5; ++i)
            TerminalTabs::rememberCommand(QStringLiteral("echo %1").arg(i));
        QCOMPARE(TerminalTabs::recentCommands().size(), TerminalTabs::kRecentCommands);
        QCOMPARE(TerminalTabs::recentCommands().first(), QStringLiteral("echo %1").arg(TerminalTabs::kRecentCommands + 4));
        UserPreferences::instance()->setConfirmCloseTerminal(false);
        auto reset = qScopeGuard([] { UserPreferences::instance()->setConfirmCloseTerminal(true); });
        while (tabs.terminalCount() > 0)
            tabs.closeTerminal(0);
    }

    void severalTerminalsInTabs()
    {
        Engine &e = connected();
        const QString a = runContainer(QStringLiteral("cais-term-tab-a"), {}, {QStringLiteral("sleep"), QStringLiteral("300")});
        const QString b = runContainer(QStringLiteral("cais-term-tab-b"), {}, {QStringLiteral("sleep"), QStringLiteral("300")});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        TerminalTabs tabs;
        tabs.resize(800, 450);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        TerminalView *first = tabs.openExec(&e, a, {QStringLiteral("sh")}, a);
        TerminalView *second = tabs.openExec(&e, b, {QStringLiteral("sh")}, b);
        QCOMPARE(tabs.terminalCount(), 2);
        QCOMPARE(tabs.currentWidget(), second);
        QTRY_COMPARE_WITH_TIMEOUT(first->session()->state(), ExecSession::State::Running, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), ExecSession::State::Running, 15000);
        QCOMPARE(tabs.tabText(0), QStringLiteral("sh in %1").arg(a));
        QCOMPARE(tabs.tabText(1), QStringLiteral("sh in %1").arg(b));

        // Each terminal talks to its own container.
        QTRY_VERIFY_WITH_TIMEOUT(showsPrompt(*first) && showsPrompt(*second), 10000);
        type(*second, QStringLiteral("hostname"));
        tabs.setCurrentIndex(0);
        type(*first, QStringLiteral("hostname"));
        QByteArray idA, idB;
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Config.Hostname}}"), a}, &idA));
        QVERIFY(TestEngine::docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Config.Hostname}}"), b}, &idB));
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(*first).contains(QString::fromUtf8(idA.trimmed())),
                                  qPrintable(QString::fromUtf8(idA) + QLatin1String(" not in:\n") + first->screenText()), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(screenLines(*second).contains(QString::fromUtf8(idB.trimmed())),
                                  qPrintable(QString::fromUtf8(idB) + QLatin1String(" not in:\n") + second->screenText()), 10000);
        QVERIFY(!screenLines(*first).contains(QString::fromUtf8(idB.trimmed())));

        // An ended session marks its tab.
        type(*first, QStringLiteral("exit 2"));
        QTRY_COMPARE_WITH_TIMEOUT(tabs.tabText(0), QStringLiteral("sh in %1 — exited 2").arg(a), 15000);

        // Closing a tab hangs up: the shell in the other container ends.
        auto shells = [&] {
            QByteArray top;
            TestEngine::docker({QStringLiteral("top"), b, QStringLiteral("-o"), QStringLiteral("pid,args")}, &top);
            int n = 0;
            for (const QByteArray &line : top.split('\n')) {
                const QList<QByteArray> words = line.simplified().split(' ');
                n += words.size() == 2 && words.at(1) == "sh";
            }
            return n;
        };
        QCOMPARE(shells(), 1);
        QSignalSpy empty(&tabs, &TerminalTabs::empty);
        tabs.closeTerminal(1);
        QCOMPARE(tabs.terminalCount(), 1);
        tabs.closeTerminal(0);
        QCOMPARE(tabs.terminalCount(), 0);
        QCOMPARE(empty.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shells(), 0, 10000);
    }
};

QTEST_MAIN(TestTerminal)
#include "tst_terminal.moc"
