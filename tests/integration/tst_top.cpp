// `docker top` on the real engine: ContainersApi::top with each preset of the
// Processes tab (the columns ps printed), the sentence for arguments the engine
// refuses, and the ProcessesView on a container whose process is killed: the row
// is marked ended, then goes, while the other rows keep their place and selection.
// Refreshing stops while the view is hidden.
#include "containers/processesview.h"
#include "containersapi.h"
#include "engine.h"
#include "processesmodel.h"
#include "testengine.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

QString unique(const QString &base)
{
    return u"cais-it-%1-%2"_s.arg(base).arg(QCoreApplication::applicationPid());
}

/// The rows of `p` whose command is `text`.
QList<QStringList> rowsWith(const ContainersApi::Processes &p, const QString &text)
{
    QList<QStringList> out;
    for (const QStringList &row : p.rows) {
        if (row.constLast() == text)
            out.append(row);
    }
    return out;
}

} // namespace

class TestTop : public QObject
{
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    QString m_name;

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_TEST_ENGINE();
        m_name = unique(u"top"_s);
        // Two sleeps told apart by their argument, and a shell that waits for both.
        QVERIFY(TestEngine::docker({u"run"_s, u"-d"_s, u"--name"_s, m_name, u"--network"_s, u"none"_s, u"cais-test/shell:1"_s, u"sh"_s, u"-c"_s,
                                    u"sleep 1001 & sleep 1002 & wait"_s}));
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            TestEngine::docker({u"rm"_s, u"-f"_s, m_name});
    }

    void presets_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("default") << QString() << QStringList{u"UID"_s, u"PID"_s, u"PPID"_s, u"C"_s, u"STIME"_s, u"TTY"_s, u"TIME"_s, u"CMD"_s};
        QTest::newRow("aux") << u"aux"_s
                             << QStringList{u"USER"_s, u"PID"_s, u"%CPU"_s, u"%MEM"_s, u"VSZ"_s, u"RSS"_s, u"TTY"_s, u"STAT"_s, u"START"_s, u"TIME"_s, u"COMMAND"_s};
        QTest::newRow("-eo") << u"-eo pid,ppid,user,%cpu,%mem,etime,args"_s
                             << QStringList{u"PID"_s, u"PPID"_s, u"USER"_s, u"%CPU"_s, u"%MEM"_s, u"ELAPSED"_s, u"COMMAND"_s};
    }
    void presets()
    {
        QFETCH(QString, args);
        QFETCH(QStringList, titles);
        Engine &e = TestEngine::connected(m_engine);
        const auto r = TestEngine::await(ContainersApi(&e).top(m_name, args));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().fullText()));
        QCOMPARE(r->titles, titles);
        QCOMPARE(rowsWith(*r, u"sleep 1001"_s).size(), 1);
        QCOMPARE(rowsWith(*r, u"sleep 1002"_s).size(), 1);
        for (const QStringList &row : r->rows)
            QCOMPARE(row.size(), titles.size());
        // The same processes as the CLI lists with the same arguments.
        QByteArray cli;
        QStringList cmd{u"top"_s, m_name};
        if (!args.isEmpty())
            cmd += args.split(u' ');
        QVERIFY(TestEngine::docker(cmd, &cli));
        const int pid = int(titles.indexOf(u"PID"_s));
        for (const QStringList &row : r->rows)
            QVERIFY2(cli.contains(row.at(pid).toLatin1()), cli.constData());
    }

    void rejectedArguments_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("engineSays");
        QTest::newRow("ps refuses") << u"--bogus"_s << u"unknown gnu long option"_s;
        QTest::newRow("no PID column") << u"-o user"_s << u"PID"_s;
    }
    void rejectedArguments()
    {
        QFETCH(QString, args);
        QFETCH(QString, engineSays);
        Engine &e = TestEngine::connected(m_engine);
        const auto r = TestEngine::await(ContainersApi(&e).top(m_name, args));
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().engineMessage.contains(engineSays), qPrintable(r.error().engineMessage));
        // The sentence names the arguments and keeps the engine's words.
        QVERIFY2(r.error().userMessage.contains(u"“%1”"_s.arg(args)), qPrintable(r.error().userMessage));
        QVERIFY2(r.error().userMessage.contains(r.error().engineMessage), qPrintable(r.error().userMessage));
    }

    void notRunning()
    {
        Engine &e = TestEngine::connected(m_engine);
        const QString stopped = unique(u"top-created"_s);
        QVERIFY(TestEngine::docker({u"create"_s, u"--name"_s, stopped, u"cais-test/shell:1"_s, u"true"_s}));
        const auto r = TestEngine::await(ContainersApi(&e).top(stopped));
        TestEngine::docker({u"rm"_s, u"-f"_s, stopped});
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().httpStatus, 409);
        QVERIFY2(r.error().userMessage.contains(u"not running"_s), qPrintable(r.error().userMessage));
    }

    void viewMergesAndMarks()
    {
        Engine &e = TestEngine::connected(m_engine);
        ProcessesView view(&e, m_name);
        view.resize(800, 400);
        QCOMPARE(view.requestCount(), 0); // nothing is asked before it is shown
        view.show();
        QVERIFY(view.isRefreshing());
        ProcessesModel *model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, 20000);
        QCOMPARE(model->titles().value(1), u"PID"_s);

        auto pidOf = [model](const QString &cmd) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, model->columnCount() - 1).data().toString() == cmd)
                    return model->index(r, model->pidColumn()).data().toString();
            }
            return QString();
        };
        const QString victim = pidOf(u"sleep 1001"_s);
        const QString survivor = pidOf(u"sleep 1002"_s);
        QVERIFY(!victim.isEmpty());
        QVERIFY(!survivor.isEmpty());

        // Select the survivor through the view, as a user would.
        const QModelIndex source = model->index(model->rowOfPid(survivor), 0);
        view.treeView()->selectionModel()->select(view.proxy()->mapFromSource(source),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QPersistentModelIndex kept(source);
        const int rowsBefore = model->rowCount();

        // The PIDs are the host's (the engine runs ps there): kill it from here.
        QCOMPARE(::kill(pid_t(victim.toInt()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfPid(victim) >= 0 && model->rowState(model->rowOfPid(victim)) == ProcessesModel::RowState::Ended, 20000);
        QCOMPARE(model->rowCount(), rowsBefore); // still shown, marked
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfPid(victim) < 0, 20000);
        QCOMPARE(model->rowCount(), rowsBefore - 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(ProcessesModel::PidRole).toString(), survivor);
        QVERIFY(view.treeView()->selectionModel()->isSelected(view.proxy()->mapFromSource(kept)));

        // Another preset: other columns, the same processes.
        view.setPsArgs(u"aux"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model->titles().value(0) == u"USER"_s, 20000);
        QVERIFY(model->rowOfPid(survivor) >= 0);
        QCOMPARE(model->rowState(model->rowOfPid(survivor)), ProcessesModel::RowState::Normal);

        // Refused arguments: the message says so, the last list stays.
        const int rows = model->rowCount();
        view.setPsArgs(u"-o user"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.messageLabel()->isVisible(), 20000);
        QVERIFY2(view.messageLabel()->text().contains(u"-o user"_s), qPrintable(view.messageLabel()->text()));
        QCOMPARE(model->rowCount(), rows);

        // Hidden: no more requests.
        view.hide();
        QVERIFY(!view.isRefreshing());
    }
};

QTEST_MAIN(TestTop)
#include "tst_top.moc"
