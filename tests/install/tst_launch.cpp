// The cais binary as a desktop starts it: --help and --version, in English and in
// Portuguese, and the single-instance rule with real processes (offscreen): a second
// start hands its arguments to the running Cais, which raises its window, and exits 0.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A private runtime, config and data location, no display and no engine: nothing of
// the user's (or of a test running beside this one) is seen or changed.
QProcessEnvironment launchEnvironment(const QString &home)
{
    // A runtime directory as the session makes it: private to the user.
    QDir().mkdir(home + u"/run"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"XDG_ACTIVATION_TOKEN"_s})
        env.remove(name);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"DOCKER_HOST"_s, u"unix://"_s + home + u"/no-engine.sock"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"cais.*.debug=false;cais.app.instance.debug=true"_s);
    return env;
}

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

Finished runToEnd(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CAIS_BINARY), arguments);
    Finished f;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        f.err = u"did not finish"_s;
        return f;
    }
    f.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    f.out = QString::fromUtf8(p.readAllStandardOutput());
    f.err = QString::fromUtf8(p.readAllStandardError());
    return f;
}

// A Cais that keeps running, its log gathered as it comes.
class Running
{
public:
    explicit Running(const QProcessEnvironment &env, const QStringList &arguments = {})
    {
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(CAIS_BINARY), arguments);
    }
    ~Running()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(20000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    bool exitedWith(int code) const
    {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == code;
    }
    void killHard()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
    }

    void version()
    {
        const Finished f = runToEnd({u"--version"_s}, launchEnvironment(m_home.path()));
        QCOMPARE(f.exitCode, 0);
        QCOMPARE(f.out, u"cais " CAIS_VERSION_STRING "\n"_s);
    }

    // Over ssh, with no display at all, the options that only print still work.
    void textOnlyOptionsNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << u"--version"_s << u"cais " CAIS_VERSION_STRING "\n"_s;
        QTest::newRow("-v") << u"-v"_s << u"cais " CAIS_VERSION_STRING "\n"_s;
        QTest::newRow("--help") << u"--help"_s << u"Usage: "_s;
        QTest::newRow("-h") << u"-h"_s << u"Usage: "_s;
    }
    void textOnlyOptionsNeedNoDisplay()
    {
        QFETCH(QString, option);
        QFETCH(QString, expected);
        QProcessEnvironment env = launchEnvironment(m_home.path());
        env.remove(u"QT_QPA_PLATFORM"_s);
        const Finished f = runToEnd({option}, env);
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.out.startsWith(expected), qPrintable(f.out + f.err));
    }

    void help_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("English") << u"C.UTF-8"_s << QString()
                                 << QStringList{u"Usage: "_s, u"Manage Docker and Podman images and containers."_s,
                                                u"-H, --host <address>"_s, u"Engine address, as DOCKER_HOST"_s,
                                                u"--help"_s, u"--version"_s};
        QTest::newRow("Brazilian Portuguese") << u"pt_BR.UTF-8"_s << u"pt_BR"_s
                                              << QStringList{u"Gerencie imagens e contêineres Docker e Podman."_s,
                                                             u"-H, --host <address>"_s, u"Endereço do motor, como DOCKER_HOST"_s,
                                                             u"--help"_s, u"--version"_s};
    }
    void help()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QProcessEnvironment env = launchEnvironment(m_home.path());
        env.insert(u"LANG"_s, lang);
        if (!language.isEmpty())
            env.insert(u"LANGUAGE"_s, language);
        const Finished f = runToEnd({u"--help"_s}, env);
        QCOMPARE(f.exitCode, 0);
        for (const QString &text : expected)
            QVERIFY2(f.out.contains(text), qPrintable(u"missing \""_s + text + u"\" in:\n"_s + f.out));
    }

    // The language chosen in Settings > Preferences wins over the system's.
    void languageChosenInPreferences_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Portuguese on an English system") << u"C.UTF-8"_s << u"pt_BR"_s << u"Gerencie imagens e contêineres Docker e Podman."_s;
        QTest::newRow("English on a Portuguese system") << u"pt_BR.UTF-8"_s << u"en"_s << u"Manage Docker and Podman images and containers."_s;
        QTest::newRow("the system's") << u"pt_BR.UTF-8"_s << u"system"_s << u"Gerencie imagens e contêineres Docker e Podman."_s;
    }
    void languageChosenInPreferences()
    {
        QFETCH(QString, lang);
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = launchEnvironment(home.path());
        env.insert(u"LANG"_s, lang);
        // Where QSettings keeps Cais's settings (organisation domain cais.app).
        QVERIFY(QDir().mkpath(home.path() + u"/config/cais.app"_s));
        QFile conf(home.path() + u"/config/cais.app/cais.conf"_s);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[appearance]\nlanguage=" + chosen.toUtf8() + "\n");
        conf.close();
        const Finished f = runToEnd({u"--help"_s}, env);
        QCOMPARE(f.exitCode, 0);
        QVERIFY2(f.out.contains(expected), qPrintable(f.out));
    }

    void unknownOptionFails()
    {
        const Finished f = runToEnd({u"--no-such-option"_s}, launchEnvironment(m_home.path()));
        QCOMPARE(f.exitCode, 1);
        QVERIFY2(f.err.contains(u"no-such-option"_s), qPrintable(f.err));
    }

    void secondStartRaisesTheFirst()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment env = launchEnvironment(home.path());
        Running first(env);
        QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(u"listening on"_s), 60000);

        QProcessEnvironment fromLauncher = env;
        fromLauncher.insert(u"XDG_ACTIVATION_TOKEN"_s, u"token-of-the-second-start"_s);
        const Finished second = runToEnd({u"-H"_s, u"unix:///elsewhere/docker.sock"_s}, fromLauncher);
        QCOMPARE(second.exitCode, 0);
        // It handed over and left without a window or an engine connection of its own.
        QVERIFY2(!second.err.contains(u"listening on"_s), qPrintable(second.err));
        QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(u"raised the window: visible true minimized false"_s), 30000);
        QVERIFY2(first.log().contains(u"started again with QList(\"%1\", \"-H\", \"unix:///elsewhere/docker.sock\") activation token \"token-of-the-second-start\""_s
                                          .arg(QStringLiteral(CAIS_BINARY))),
                 qPrintable(first.log()));
        QVERIFY(first.running());

        // Once more: the running Cais answers every later start.
        const Finished third = runToEnd({}, env);
        QCOMPARE(third.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(first.log().count(u"raised the window"_s), 2, 30000);
    }

    // Three starts at the same moment: one runs, the two others hand over to it.
    void simultaneousStarts()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment env = launchEnvironment(home.path());
        std::array<std::unique_ptr<Running>, 3> starts;
        for (auto &start : starts)
            start = std::make_unique<Running>(env);
        const auto handedOver = [&starts] {
            return std::ranges::count_if(starts, [](const auto &s) { return s->exitedWith(0); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(handedOver(), 2, 60000);
        const auto first = std::ranges::find_if(starts, [](const auto &s) { return s->running(); });
        QVERIFY(first != starts.end());
        QVERIFY((*first)->log().contains(u"listening on"_s));
        QTRY_COMPARE_WITH_TIMEOUT((*first)->log().count(u"raised the window"_s), 2, 30000);
    }

    void aCrashedInstanceIsReplaced()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment env = launchEnvironment(home.path());
        {
            Running crashed(env);
            QTRY_VERIFY_WITH_TIMEOUT(crashed.log().contains(u"listening on"_s), 60000);
            crashed.killHard(); // its socket file stays behind
        }
        Running next(env);
        QTRY_VERIFY_WITH_TIMEOUT(next.log().contains(u"listening on"_s), 60000);
        QVERIFY(next.running());
        const Finished again = runToEnd({}, env);
        QCOMPARE(again.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(next.log().contains(u"raised the window"_s), 30000);
    }

    void oneInstancePerDisplay()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment onFirst = launchEnvironment(home.path());
        onFirst.insert(u"DISPLAY"_s, u":71"_s);
        QProcessEnvironment onSecond = onFirst;
        onSecond.insert(u"DISPLAY"_s, u":72.0"_s);
        QProcessEnvironment onFirstScreen1 = onFirst;
        onFirstScreen1.insert(u"DISPLAY"_s, u":71.1"_s);

        Running first(onFirst);
        QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(u"listening on"_s), 60000);
        Running second(onSecond);
        QTRY_VERIFY_WITH_TIMEOUT(second.log().contains(u"listening on"_s), 60000);
        QVERIFY(first.running());
        QVERIFY(second.running());
        // Another screen of the first display is the same display.
        const Finished third = runToEnd({}, onFirstScreen1);
        QCOMPARE(third.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(first.log().contains(u"raised the window"_s), 30000);
        QVERIFY(!second.log().contains(u"raised the window"_s));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "tst_launch.moc"
