// LogsView and TerminalView without an engine: the view's own behaviour, fed
// lines directly (following the end, keeping the place, search, wrap, save) and
// the accessibility of every control.
#include "containers/logsview.h"
#include "logsmodel.h"
#include "terminal/terminaltabs.h"
#include "terminal/terminalview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

LogLines numbered(int first, int count)
{
    LogLines lines;
    for (int n = first; n < first + count; ++n)
        lines.append(n % 5 == 0 ? LogStream::Stderr : LogStream::Stdout, qint64(n + 1) * 1'000'000'000,
                     QByteArray(QByteArray("line ") + QByteArray::number(n)));
    return lines;
}

void feed(LogsView &view, const LogLines &lines)
{
    view.model()->append(lines);
    view.model()->flush();
    QCoreApplication::processEvents(); // the list lays out
}

/// Without an engine the first load fails at once; lines are fed after it.
void settle(LogsView &view)
{
    QTRY_VERIFY(view.statusText().contains(QLatin1String("Not connected")));
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *w : children) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        // The inner parts of a spin box or a line edit are named through it.
        const bool inner = qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QLineEdit *>(w->parentWidget());
        if (interactive && w->accessibleName().isEmpty() && !inner && w->isVisibleTo(root))
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName());
    }
    return unnamed;
}

} // namespace

class TestLogsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // the choices a previous run remembered
    }

    void everyControlHasAnAccessibleName()
    {
        LogsView logs(nullptr, QStringLiteral("c"));
        QVERIFY2(unnamedControls(&logs).isEmpty(), qPrintable(unnamedControls(&logs).join(QLatin1String(", "))));
        TerminalView terminal;
        QVERIFY2(unnamedControls(&terminal).isEmpty(), qPrintable(unnamedControls(&terminal).join(QLatin1String(", "))));
        TerminalTabs tabs;
        QVERIFY2(unnamedControls(&tabs).isEmpty(), qPrintable(unnamedControls(&tabs).join(QLatin1String(", "))));
    }

    void theUsersChoicesAreRememberedForTheNextView()
    {
        auto named = [](QWidget &view, const QString &name) -> QWidget * {
            const auto children = view.findChildren<QWidget *>();
            for (QWidget *w : children) {
                if (w->accessibleName() == name)
                    return w;
            }
            return nullptr;
        };
        {
            LogsView first(nullptr, QStringLiteral("c"));
            QVERIFY(!first.timestampsShown());
            QVERIFY(!first.wrap());
            QCOMPARE(first.tail(), LogsView::kDefaultTail);
            // Code setting an option is no choice of the user's: not remembered.
            first.setWrap(true);
            // The user's clicks and typing are.
            auto *timestamps = qobject_cast<QAbstractButton *>(named(first, QStringLiteral("Show timestamps")));
            auto *matchCase = qobject_cast<QAbstractButton *>(named(first, QStringLiteral("Match case")));
            auto *tail = qobject_cast<QSpinBox *>(named(first, QStringLiteral("Number of last lines to load")));
            QVERIFY(timestamps && matchCase && tail);
            timestamps->click();
            matchCase->click();
            tail->setValue(250);
            Q_EMIT tail->editingFinished();
            QVERIFY(first.timestampsShown());
        }
        LogsView second(nullptr, QStringLiteral("d"));
        QVERIFY(second.timestampsShown());
        QVERIFY(!second.wrap());
        QCOMPARE(second.tail(), 250);
        auto *matchCase = qobject_cast<QAbstractButton *>(named(second, QStringLiteral("Match case")));
        QVERIFY(matchCase && matchCase->isChecked());
        // And back: unticking is remembered too.
        qobject_cast<QAbstractButton *>(named(second, QStringLiteral("Show timestamps")))->click();
        LogsView third(nullptr, QStringLiteral("e"));
        QVERIFY(!third.timestampsShown());
        QSettings().clear();
    }

    void withoutAnEngineItSaysSo()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        QTRY_VERIFY(view.statusText().contains(QLatin1String("Not connected")));
        TerminalView terminal;
        terminal.openExec(nullptr, QStringLiteral("c"));
        QTRY_VERIFY(terminal.statusText().contains(QLatin1String("Not connected")));
        QVERIFY(!terminal.isRunning());
    }

    void followsTheEndOnlyWhenAtTheEnd()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        settle(view);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        feed(view, numbered(0, 500));
        QTRY_VERIFY(view.isAtBottom());
        feed(view, numbered(500, 10));
        QTRY_VERIFY(view.isAtBottom());
        QCOMPARE(view.model()->rowCount(), 510);

        // Scrolled up: new lines do not move what the user reads.
        view.listView()->scrollToTop();
        QVERIFY(!view.isAtBottom());
        const QModelIndex top = view.listView()->indexAt(QPoint(1, 1));
        feed(view, numbered(510, 50));
        QCOMPARE(view.listView()->indexAt(QPoint(1, 1)), top);
        QVERIFY(!view.isAtBottom());

        // Back at the end: following again.
        view.listView()->scrollToBottom();
        feed(view, numbered(560, 5));
        QTRY_VERIFY(view.isAtBottom());
        QCOMPARE(view.model()->lineText(view.model()->rowCount() - 1), QStringLiteral("line 564"));
    }

    void keepsThePlaceWhenOldLinesGo()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        settle(view);
        view.model()->setCapacity(1000);
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        feed(view, numbered(0, 1000));
        view.listView()->scrollTo(view.model()->index(600, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        QCOMPARE(view.listView()->indexAt(QPoint(1, 1)).data().toString(), QStringLiteral("line 600"));
        feed(view, numbered(1000, 300)); // lines 0-299 leave the ring
        QCOMPARE(view.model()->rowCount(), 1000);
        QCOMPARE(view.listView()->indexAt(QPoint(1, 1)).data().toString(), QStringLiteral("line 600"));
        QVERIFY(view.statusText().contains(QLatin1String("oldest 300 lines")));
    }

    void searchMovesBetweenMatches()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        settle(view);
        view.resize(700, 400);
        view.show();
        feed(view, numbered(0, 300));
        // "line 7", "line 7x", "line 1x7"... : the rows that hold "7".
        const QList<int> rows = view.model()->findRows(QStringLiteral("7"), Qt::CaseInsensitive);
        QCOMPARE(view.search(QStringLiteral("7")), rows.size());
        QVERIFY(view.currentMatch() >= 0);
        const int first = view.currentMatch();
        view.findNext();
        QCOMPARE(view.currentMatch(), (first + 1) % rows.size());
        QCOMPARE(view.listView()->currentIndex().row(), rows.at(view.currentMatch()));
        view.findPrevious();
        view.findPrevious();
        QCOMPARE(view.currentMatch(), (first - 1 + rows.size()) % rows.size());
        QCOMPARE(view.search(QStringLiteral("no such text")), 0);
        QCOMPARE(view.currentMatch(), -1);
        view.findNext(); // nothing to go to: nothing happens
        QCOMPARE(view.currentMatch(), -1);
        QCOMPARE(view.search(QString()), 0);
    }

    void wrapAndTimestampsRelayout()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        settle(view);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LogLines lines;
        lines.append(LogStream::Stdout, 1, QByteArray(400, 'x'));
        lines.append(LogStream::Stdout, 2, "short");
        feed(view, lines);
        const int oneLine = view.listView()->visualRect(view.model()->index(1, 0)).height();
        view.setWrap(true);
        QTRY_VERIFY(view.listView()->visualRect(view.model()->index(0, 0)).height() >= 3 * oneLine - 6);
        QCOMPARE(view.listView()->visualRect(view.model()->index(1, 0)).height(), oneLine);
        view.setWrap(false);
        QTRY_COMPARE(view.listView()->visualRect(view.model()->index(0, 0)).height(), oneLine);
        // Unwrapped, a long line is reached by scrolling sideways.
        QTRY_VERIFY(view.listView()->horizontalScrollBar()->maximum() > 0);
    }

    void saveAndClear()
    {
        LogsView view(nullptr, QStringLiteral("c"));
        settle(view);
        feed(view, numbered(0, 3));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.log"));
        QString error;
        QVERIFY2(view.saveTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("line 0\nline 1\nline 2\n"));
        view.setTimestampsShown(true);
        QVERIFY(view.saveTo(path, &error));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("1970-01-01T00:00:01.000000000Z line 0\n"));
        QVERIFY(!view.saveTo(dir.filePath(QStringLiteral("no/such/dir/out.log")), &error));
        QVERIFY(error.startsWith(QLatin1String("Cannot write")));
        view.clearView();
        QCOMPARE(view.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestLogsView)
#include "tst_logsview.moc"
