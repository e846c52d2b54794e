// Container logs against the real engine: LogsStream compared with `docker logs`,
// and the LogsView on top of it (follow, search, save, clear).
#include "containers/logsview.h"
#include "engine.h"
#include "logsmodel.h"
#include "logsstream.h"
#include "testengine.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString unique(const QString &base)
{
    static int n = 0;
    return base + QLatin1Char('-') + QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') + QString::number(++n);
}

struct Collected
{
    LogLines lines;
    bool finished = false;
    QString error;
};

/// Runs a LogsStream to its end (no follow) and collects what it gave.
Collected collect(Engine &e, const QString &container, const LogsOptions &options, std::optional<bool> *tty = nullptr)
{
    Collected c;
    LogsStream s(&e, container);
    QObject ctx;
    QObject::connect(&s, &LogsStream::linesReceived, &ctx, [&](const LogLines &l) { c.lines.append(l); });
    QObject::connect(&s, &LogsStream::finished, &ctx, [&] { c.finished = true; });
    QObject::connect(&s, &LogsStream::failed, &ctx, [&](const EngineError &err) {
        c.finished = true;
        c.error = err.fullText();
    });
    s.start(options);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(c.finished, 20000); }();
    if (tty)
        *tty = s.isTty();
    return c;
}

// The test tells a container when to write with signals, never with `docker exec`
// (where exec is not confined to the container's root, a file made by it lands on
// the host).
const QString kWaitForSignals = QStringLiteral(
    "trap 'go=1' USR1; trap 'stop=1' USR2; echo first; until [ -n \"$go\" ]; do sleep 0.05; done; "
    "echo second; echo second-err >&2; until [ -n \"$stop\" ]; do sleep 0.05; done; echo third");

bool signal(const QString &container, const char *name)
{
    return TestEngine::docker({QStringLiteral("kill"), QStringLiteral("--signal"), QString::fromLatin1(name), container});
}

/// What `docker logs` prints on one stream, rebuilt from lines.
QByteArray asCli(const LogLines &lines, LogStream stream, bool timestamps, const QByteArray &eol = "\n")
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.stream(i) != stream)
            continue;
        if (timestamps)
            out += LogsDecoder::formatTimestamp(lines.timestamp(i)).toLatin1() + ' ';
        out += lines.text(i).toByteArray() + eol;
    }
    return out;
}

QStringList linesOf(const LogLines &lines, LogStream stream)
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.stream(i) == stream)
            out.append(QString::fromUtf8(lines.text(i)));
    }
    return out;
}

} // namespace

class TestLogs : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_containers;
    QString m_mixed; ///< a finished non-TTY container: two bursts of lines, 1.5 s apart

    Engine &connected() { return TestEngine::connected(m_engine); }

    bool run(const QString &name, const QStringList &runArgs, const QString &script)
    {
        QStringList args{QStringLiteral("run"), QStringLiteral("--name"), name};
        args += runArgs;
        args += {QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), script};
        m_containers.append(name);
        return TestEngine::docker(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        m_mixed = unique(QStringLiteral("cais-logs-mixed"));
        QVERIFY(run(m_mixed, {},
                    QStringLiteral("for i in 1 2 3 4 5; do echo line $i; echo oops $i >&2; done; sleep 1.5; "
                                   "for i in 6 7 8; do echo later $i; echo late-err $i >&2; done; printf 'no newline'")));
    }

    void cleanupTestCase()
    {
        for (const QString &c : std::as_const(m_containers))
            TestEngine::docker({QStringLiteral("rm"), QStringLiteral("-f"), c});
    }

    void stdoutAndStderrApart()
    {
        Engine &e = connected();
        std::optional<bool> tty;
        LogsOptions o;
        o.follow = false;
        const Collected c = collect(e, m_mixed, o, &tty);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(tty, std::optional<bool>(false));
        QCOMPARE(linesOf(c.lines, LogStream::Stdout),
                 (QStringList{QStringLiteral("line 1"), QStringLiteral("line 2"), QStringLiteral("line 3"), QStringLiteral("line 4"),
                              QStringLiteral("line 5"), QStringLiteral("later 6"), QStringLiteral("later 7"), QStringLiteral("later 8"),
                              QStringLiteral("no newline")}));
        QCOMPARE(linesOf(c.lines, LogStream::Stderr).size(), 8);
        QCOMPARE(linesOf(c.lines, LogStream::Stderr).first(), QStringLiteral("oops 1"));
        for (qsizetype i = 0; i < c.lines.size(); ++i)
            QVERIFY(c.lines.timestamp(i) > 0);
    }

    void likeDockerLogs_data()
    {
        QTest::addColumn<int>("tail");
        QTest::addColumn<bool>("timestamps");
        QTest::addColumn<bool>("useSince");
        QTest::newRow("everything") << -1 << false << false;
        QTest::newRow("timestamps") << -1 << true << false;
        QTest::newRow("tail 3") << 3 << false << false;
        QTest::newRow("tail 3 with timestamps") << 3 << true << false;
        QTest::newRow("tail 0") << 0 << false << false;
        QTest::newRow("tail larger than the log") << 1000 << true << false;
        QTest::newRow("since the second burst") << -1 << true << true;
        QTest::newRow("since and tail") << 2 << false << true;
    }

    void likeDockerLogs()
    {
        // Same container, same options: the same lines as the CLI, stream by stream.
        QFETCH(int, tail);
        QFETCH(bool, timestamps);
        QFETCH(bool, useSince);
        Engine &e = connected();

        QStringList cli{QStringLiteral("logs")};
        LogsOptions o;
        o.follow = false;
        o.tail = tail;
        o.timestamps = timestamps;
        if (tail >= 0)
            cli += {QStringLiteral("--tail"), QString::number(tail)};
        if (timestamps)
            cli += QStringLiteral("-t");
        if (useSince) {
            // The time of the first line of the second burst, as `docker logs -t` shows it.
            QByteArray all;
            QVERIFY(TestEngine::docker({QStringLiteral("logs"), QStringLiteral("-t"), m_mixed}, &all));
            QByteArray since;
            for (const QByteArray &l : all.split('\n')) {
                if (l.endsWith(" later 6"))
                    since = l.left(l.indexOf(' '));
            }
            QVERIFY(!since.isEmpty());
            cli += {QStringLiteral("--since"), QString::fromLatin1(since)};
            QString error;
            const auto arg = LogsOptions::timeArgument(QString::fromLatin1(since), QDateTime::currentDateTime(), &error);
            QVERIFY2(arg, qPrintable(error));
            o.since = *arg;
        }
        cli += m_mixed;
        QByteArray out, err;
        QVERIFY(TestEngine::docker(cli, &out, &err));

        const Collected c = collect(e, m_mixed, o);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        // The CLI copies bytes; Cais has lines: a last line without newline gets one.
        QByteArray cliOut = out;
        if (!cliOut.isEmpty() && !cliOut.endsWith('\n'))
            cliOut += '\n';
        QCOMPARE(asCli(c.lines, LogStream::Stdout, timestamps), cliOut);
        QCOMPARE(asCli(c.lines, LogStream::Stderr, timestamps), err);
        if (useSince)
            QVERIFY(!out.contains("line "));
    }

    void ttyContainer()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-logs-tty"));
        QVERIFY(run(name, {QStringLiteral("-t")}, QStringLiteral("echo tty one; echo tty err >&2; printf 'a\\tb\\n'; echo tty last")));
        std::optional<bool> tty;
        LogsOptions o;
        o.follow = false;
        const Collected c = collect(e, name, o, &tty);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(tty, std::optional<bool>(true));
        // One stream, no carriage returns: the terminal's "\r\n" is a line end.
        QCOMPARE(linesOf(c.lines, LogStream::Stdout),
                 (QStringList{QStringLiteral("tty one"), QStringLiteral("tty err"), QStringLiteral("a\tb"), QStringLiteral("tty last")}));
        QVERIFY(linesOf(c.lines, LogStream::Stderr).isEmpty());
        QByteArray out;
        QVERIFY(TestEngine::docker({QStringLiteral("logs"), QStringLiteral("-t"), name}, &out));
        QCOMPARE(asCli(c.lines, LogStream::Stdout, true, "\r\n"), out);
    }

    void followReceivesNewLines()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-logs-follow"));
        // Writes on signals, so the test decides when lines come.
        m_containers.append(name);
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"), kWaitForSignals}));
        LogsStream s(&e, name);
        LogLines got;
        bool finished = false;
        connect(&s, &LogsStream::linesReceived, this, [&](const LogLines &l) { got.append(l); });
        connect(&s, &LogsStream::finished, this, [&] { finished = true; });
        LogsOptions o;
        o.follow = true;
        s.start(o);
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(got, LogStream::Stdout), QStringList{QStringLiteral("first")}, 15000);
        QVERIFY(s.isRunning());

        QVERIFY(signal(name, "USR1"));
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(got, LogStream::Stdout), (QStringList{QStringLiteral("first"), QStringLiteral("second")}), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(linesOf(got, LogStream::Stderr), QStringList{QStringLiteral("second-err")}, 15000);
        QVERIFY(!finished);
        QVERIFY(s.isRunning());

        // The container ends: so does the followed stream.
        QVERIFY(signal(name, "USR2"));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
        QCOMPARE(linesOf(got, LogStream::Stdout).last(), QStringLiteral("third"));
        QVERIFY(!s.isRunning());
    }

    void noSuchContainer()
    {
        Engine &e = connected();
        LogsOptions o;
        o.follow = false;
        const Collected c = collect(e, QStringLiteral("cais-no-such-container"), o);
        QVERIFY(c.error.contains(QLatin1String("No such container")));
    }

    // --- the view --------------------------------------------------------------------

    void viewShowsTailFollowsSearchesSaves()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-logs-view"));
        m_containers.append(name);
        QVERIFY(TestEngine::docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name,
                                    QStringLiteral("cais-test/shell:1"), QStringLiteral("sh"), QStringLiteral("-c"),
                                    QStringLiteral("trap 'go=1' USR1; seq 1 3000; sleep 0.5; echo needle-err >&2; "
                                                   "until [ -n \"$go\" ]; do sleep 0.05; done; seq 3001 3010; "
                                                   "while true; do sleep 1; done")}));
        LogsView view(&e, name);
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.follow());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 3001, 20000);
        QTRY_VERIFY(view.isAtBottom());
        QCOMPARE(view.model()->lineText(3000), QStringLiteral("needle-err"));
        QCOMPARE(view.model()->lineStream(3000), LogStream::Stderr);

        // Follow: new lines arrive and the end stays in view.
        QVERIFY(signal(name, "USR1"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 3011, 15000);
        QTRY_VERIFY(view.isAtBottom());
        QCOMPARE(view.model()->lineText(3010), QStringLiteral("3010"));

        // Search: "300" is in 300, 1300, 2300 and 3000-3009: next/previous move between them.
        QCOMPARE(view.search(QStringLiteral("300")), 13);
        QVERIFY(view.currentMatch() >= 0);
        view.findNext();
        const int a = view.currentMatch();
        view.findNext();
        QCOMPARE(view.currentMatch(), (a + 1) % 13);
        view.findPrevious();
        QCOMPARE(view.currentMatch(), a);
        QCOMPARE(view.listView()->currentIndex().row(), view.model()->matchRow(a));

        view.search(QStringLiteral("needle"));
        QCOMPARE(view.model()->matchCount(), 1);
        QCOMPARE(view.listView()->currentIndex().row(), 3000);

        // Save: the lines shown, as `docker logs` prints them (both streams, in order).
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("logs.txt"));
        QVERIFY2(view.saveTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QCOMPARE(saved.count('\n'), 3011);
        QVERIFY(saved.startsWith("1\n2\n3\n"));
        QVERIFY(saved.contains("3000\nneedle-err\n3001\n"));
        view.setTimestampsShown(true);
        QVERIFY(view.saveTo(path, &error));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray cli;
        QVERIFY(TestEngine::docker({QStringLiteral("logs"), QStringLiteral("-t"), QStringLiteral("--tail"), QStringLiteral("3"), name}, &cli));
        QVERIFY2(f.readAll().endsWith(cli), cli.constData());

        // Clear: empty, and following goes on.
        view.clearView();
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.follow());

        // Tail: a reload with the last 5 lines only.
        view.setTail(5);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 5, 15000);
        QCOMPARE(view.model()->lineText(4), QStringLiteral("3010"));
        QVERIFY2(view.statusText().contains(QLatin1String("5 line")), qPrintable(view.statusText()));

        // A since that is no time: said in words, nothing reloaded.
        view.setSince(QStringLiteral("last tuesday"));
        view.reload();
        QVERIFY(view.statusText().contains(QLatin1String("is not a time")));
        QCOMPARE(view.model()->rowCount(), 5);

        // Follow off stops the stream; on again resumes after the last line shown.
        view.setSince(QString());
        view.setFollow(false);
        QVERIFY(!view.stream()->isRunning());
        view.setFollow(true);
        QVERIFY(view.stream()->isRunning());
        QTest::qWait(500);
        QCOMPARE(view.model()->rowCount(), 5); // nothing twice
    }

    void viewOfATtyContainer()
    {
        Engine &e = connected();
        const QString name = unique(QStringLiteral("cais-logs-view-tty"));
        QVERIFY(run(name, {QStringLiteral("-t")}, QStringLiteral("echo one; echo two")));
        LogsView view(&e, name);
        view.setFollow(false);
        view.reload();
        QSignalSpy done(&view, &LogsView::streamFinished);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->lineText(1), QStringLiteral("two"));
        QVERIFY(view.statusText().contains(QLatin1String("All requested lines are loaded.")));
    }
};

QTEST_MAIN(TestLogs)
#include "tst_logs.moc"
