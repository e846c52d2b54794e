// Settings > Preferences on a real main window (no engine: the address is refused):
// the colour scheme changes the whole running window at once (lists, the Dockerfile
// editor's theme) and back, and is kept; the language is kept for the next start and
// says so, and the translations of that language are the ones installed then.
#include "appearance.h"
#include "containers/processesview.h"
#include "build/buildpage.h"
#include "build/dockerfileeditor.h"
#include "engine.h"
#include "images/imagespage.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "statssampler.h"
#include "translations.h"
#include "userpreferences.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

int lightnessOf(const QWidget *w, QPalette::ColorRole role)
{
    return w->palette().color(role).lightness();
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT
    QPalette m_start;

    static PreferencesDialog *openPreferences(MainWindow &w)
    {
        auto *action = w.findChild<QAction *>(u"preferencesAction"_s);
        if (!action)
            return nullptr;
        action->trigger();
        const auto dialogs = w.findChildren<PreferencesDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }

    static void choose(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"cais-tests"_s);
        QCoreApplication::setApplicationName(u"tst_preferences-%1"_s.arg(QCoreApplication::applicationPid()));
        QSettings().clear();
        installTranslations(QCoreApplication::instance(), QLocale(QLocale::English));
        m_start = QApplication::palette();
        QVERIFY2(!Appearance::isDark(), "the offscreen platform starts light");
    }

    void cleanupTestCase()
    {
        QSettings s;
        const QString file = s.fileName();
        s.clear();
        s.sync();
        QFile::remove(file);
    }

    void schemeChangesTheRunningWindow()
    {
        MainWindow w(nullptr, u"no engine here"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PreferencesDialog *d = openPreferences(w);
        QVERIFY(d);
        QCOMPARE(d->schemeBox()->currentData().toString(), u"system"_s);
        QTreeView *images = w.imagesPage()->view();
        DockerfileEditor *editor = w.buildPage()->editor();
        const QString lightTheme = editor->themeName();
        QVERIFY(lightnessOf(images, QPalette::Base) > 200);

        choose(d->schemeBox(), u"dark"_s);
        QVERIFY(Appearance::isDark());
        QCOMPARE(QSettings().value(u"appearance/scheme"_s).toString(), u"dark"_s);
        QTRY_VERIFY(lightnessOf(images, QPalette::Base) < 80);
        QVERIFY(lightnessOf(images, QPalette::Text) > 200);
        QVERIFY(lightnessOf(&w, QPalette::Window) < 80);
        // The editor takes a dark highlighting theme, not only a dark background.
        QTRY_VERIFY(editor->themeName() != lightTheme);
        QVERIFY(lightnessOf(editor->textEdit(), QPalette::Base) < 100);

        choose(d->schemeBox(), u"light"_s);
        QVERIFY(!Appearance::isDark());
        QCOMPARE(QSettings().value(u"appearance/scheme"_s).toString(), u"light"_s);
        QTRY_VERIFY(lightnessOf(images, QPalette::Base) > 200);
        QTRY_COMPARE(editor->themeName(), lightTheme);

        choose(d->schemeBox(), u"dark"_s);
        choose(d->schemeBox(), u"system"_s);
        QCOMPARE(QSettings().value(u"appearance/scheme"_s).toString(), u"system"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_start.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_start.color(QPalette::Base));
        QTRY_COMPARE(editor->themeName(), lightTheme);
        d->close();
    }

    void aSavedSchemeIsWhatTheNextStartApplies()
    {
        QSettings().setValue(u"appearance/scheme"_s, u"dark"_s);
        QCOMPARE(Appearance::savedScheme(), Appearance::Scheme::Dark);
        Appearance::apply(Appearance::savedScheme());
        QVERIFY(Appearance::isDark());
        MainWindow w(nullptr, u"no engine here"_s);
        PreferencesDialog *d = openPreferences(w);
        QVERIFY(d);
        QCOMPARE(d->schemeBox()->currentData().toString(), u"dark"_s);
        choose(d->schemeBox(), u"system"_s);
        QVERIFY(!Appearance::isDark());
    }

    void ratesAndConfirmationsApplyAtOnceAndStay()
    {
        MainWindow w(nullptr, u"no engine here"_s);
        StatsSampler list;      // a list's sampler follows the user's choice
        StatsSampler pinned;    // one given its own interval (a bench's) keeps it
        pinned.setPollInterval(300);
        ProcessesView top(nullptr, u"c"_s);
        QCOMPARE(list.pollInterval(), 2000);
        QCOMPARE(top.refreshInterval(), 2000);

        PreferencesDialog *d = openPreferences(w);
        QVERIFY(d);
        QCOMPARE(d->samplingBox()->value(), 2);
        QCOMPARE(d->processesBox()->value(), 2);
        d->samplingBox()->setValue(5);
        d->processesBox()->setValue(10);
        QCOMPARE(list.pollInterval(), 5000);
        QCOMPARE(pinned.pollInterval(), 300);
        QCOMPARE(top.refreshInterval(), 10000);
        StatsSampler later; // made after the choice
        QCOMPARE(later.pollInterval(), 5000);
        QCOMPARE(QSettings().value(u"refresh/samplingSeconds"_s).toInt(), 5);
        QCOMPARE(QSettings().value(u"refresh/processesSeconds"_s).toInt(), 10);

        // Stop, restart and pause do not ask unless asked to; closing a running
        // terminal does unless told not to.
        QVERIFY(!d->confirmLifecycleBox()->isChecked());
        QVERIFY(d->confirmTerminalBox()->isChecked());
        d->confirmLifecycleBox()->setChecked(true);
        d->confirmTerminalBox()->setChecked(false);
        QVERIFY(UserPreferences::instance()->confirmLifecycle());
        QVERIFY(!UserPreferences::instance()->confirmCloseTerminal());
        d->close();
        d->deleteLater();

        // The next opening shows what was chosen.
        PreferencesDialog again(nullptr);
        QCOMPARE(again.samplingBox()->value(), 5);
        QCOMPARE(again.processesBox()->value(), 10);
        QVERIFY(again.confirmLifecycleBox()->isChecked());
        QVERIFY(!again.confirmTerminalBox()->isChecked());

        // A hand-edited file: out of range is brought in range, nonsense is the default.
        QSettings().setValue(u"refresh/samplingSeconds"_s, 0);
        QCOMPARE(UserPreferences::instance()->samplingSeconds(), UserPreferences::kMinSeconds);
        QSettings().setValue(u"refresh/samplingSeconds"_s, 100000);
        QCOMPARE(UserPreferences::instance()->samplingSeconds(), UserPreferences::kMaxSeconds);
        QSettings().setValue(u"refresh/samplingSeconds"_s, u"often"_s);
        QCOMPARE(UserPreferences::instance()->samplingSeconds(), UserPreferences::kDefaultSamplingSeconds);

        again.samplingBox()->setValue(2);
        again.processesBox()->setValue(2);
        again.confirmLifecycleBox()->setChecked(false);
        again.confirmTerminalBox()->setChecked(true);
        QCOMPARE(list.pollInterval(), 2000);
    }

    void languageIsForTheNextStart()
    {
        MainWindow w(nullptr, u"no engine here"_s);
        PreferencesDialog *d = openPreferences(w);
        QVERIFY(d);
        QCOMPARE(d->languageBox()->currentData().toString(), u"system"_s);
        QVERIFY(d->languageNote()->isHidden());
        choose(d->languageBox(), u"pt_BR"_s);
        QCOMPARE(QSettings().value(u"appearance/language"_s).toString(), u"pt_BR"_s);
        QVERIFY(!d->languageNote()->isHidden());
        QCOMPARE(Appearance::startLocale().name(), u"pt_BR"_s);
        // What main() installs with that locale speaks Portuguese.
        installTranslations(QCoreApplication::instance(), Appearance::startLocale());
        QCOMPARE(QCoreApplication::translate("PreferencesDialog", "Appearance"), u"Aparência"_s);

        choose(d->languageBox(), u"en"_s);
        QCOMPARE(Appearance::startLocale().language(), QLocale::English);
        choose(d->languageBox(), u"system"_s);
        QVERIFY(d->languageNote()->isHidden());
        QCOMPARE(Appearance::startLocale(), QLocale());
        // Anything else in the file (an older or hand-edited one) is the system's.
        QSettings().setValue(u"appearance/language"_s, u"xx_YY"_s);
        QCOMPARE(Appearance::savedLanguage(), u"system"_s);
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
