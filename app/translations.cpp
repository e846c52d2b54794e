#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/cais_en.qm")))
        QCoreApplication::installTranslator(english);
    else
        delete english;

    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *cais = new QTranslator(app);
    if (cais->load(locale, QStringLiteral("cais"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(cais);
    else
        delete cais;
}
