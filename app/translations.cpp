#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

QString installedTranslationsDir()
{
    // Relative to the binary, so that an installed tree works wherever it was put
    // (a DESTDIR, /usr, /opt/cais).
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(CAIS_TRANSLATIONS_RELATIVE_DIR));
}

namespace {

// The installed .qm files first (a packager may update them), the embedded copies
// otherwise (a build tree, or an install that lost them).
bool loadCaisTranslation(QTranslator *translator, const QLocale *locale, const QString &fileName)
{
    for (const QString &dir : {installedTranslationsDir(), QStringLiteral(":/i18n")}) {
        if (locale ? translator->load(*locale, fileName, QStringLiteral("_"), dir) : translator->load(fileName, dir))
            return true;
    }
    return false;
}

} // namespace

void installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *english = new QTranslator(app);
    if (loadCaisTranslation(english, nullptr, QStringLiteral("cais_en.qm")))
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
    if (loadCaisTranslation(cais, &locale, QStringLiteral("cais")))
        QCoreApplication::installTranslator(cais);
    else
        delete cais;
}
