// The tag dialog keeps its width whatever the length of the name typed: the preview
// wraps inside a long name (a tag alone may have 128 characters) instead of
// stretching the dialog past the main window. No engine is needed for this.
#include "images/tagdialog.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestTagDialog : public QObject
{
    Q_OBJECT

    static void settle() { QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); }

private Q_SLOTS:
    void initTestCase() { installTranslations(QCoreApplication::instance(), QLocale(QLocale::English)); }

    void aLongNameWrapsAndKeepsTheWidth()
    {
        const QString image = QStringLiteral("sha256:") + QString(64, QLatin1Char('e'));
        TagDialog dialog(nullptr, image, {QStringLiteral("app:1")}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle();
        const int width = dialog.width();
        const int lineHeight = dialog.feedback()->fontMetrics().lineSpacing();

        // The longest tag there is (128 characters), after a long repository.
        const QString name = QStringLiteral("registry.example.com:5000/some-team/") + QString(90, QLatin1Char('r')) + QLatin1Char(':')
            + QString(128, QLatin1Char('t'));
        QTest::keyClicks(dialog.nameEdit(), name);
        settle();
        QVERIFY(dialog.isNameValid());
        // The preview shows the whole name, as typed (nothing inserted in the text).
        QVERIFY2(dialog.feedback()->text().contains(name), qPrintable(dialog.feedback()->text()));
        QCOMPARE(dialog.width(), width);
        QVERIFY2(dialog.minimumSizeHint().width() <= width,
                 qPrintable(QStringLiteral("%1 > %2").arg(dialog.minimumSizeHint().width()).arg(width)));
        QVERIFY(dialog.feedback()->width() <= width);
        // It wraps: several lines, all of them shown.
        const int needed = dialog.feedback()->heightForWidth(dialog.feedback()->width());
        QVERIFY2(needed >= 3 * lineHeight, qPrintable(QString::number(needed)));
        QVERIFY(dialog.feedback()->height() >= needed);
    }

    void aLongSourceTagKeepsTheWidth()
    {
        const QString image = QStringLiteral("sha256:") + QString(64, QLatin1Char('f'));
        const QString source = QStringLiteral("localhost:5000/") + QString(100, QLatin1Char('n')) + QLatin1Char(':') + QString(128, QLatin1Char('v'));
        TagDialog shortOne(nullptr, image, {QStringLiteral("app:1")}, QStringLiteral("app:1"));
        TagDialog longOne(nullptr, image, {source}, source);
        shortOne.show();
        longOne.show();
        QVERIFY(QTest::qWaitForWindowExposed(&longOne));
        settle();
        QCOMPARE(longOne.width(), shortOne.width());
        QVERIFY(longOne.minimumSizeHint().width() <= shortOne.width());
        QVERIFY(longOne.renameBox()->toolTip().contains(source));
    }
};

QTEST_MAIN(TestTagDialog)
#include "tst_tagdialog.moc"
