#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

/// Installs Qt's and Cais's translations for `locale`. English plural forms are
/// always installed first, so that "%n image(s)" reads "1 image" / "2 images".
/// Cais's own .qm files are taken from installedTranslationsDir() when they are there,
/// from the copies embedded in the binary otherwise.
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

/// Where `cmake --install` puts the .qm files, found from the running binary.
QString installedTranslationsDir();
