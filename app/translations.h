#pragma once

#include <QLocale>

class QCoreApplication;

/// Installs Qt's and Cais's translations for `locale`. English plural forms are
/// always installed first, so that "%n image(s)" reads "1 image" / "2 images".
void installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());
