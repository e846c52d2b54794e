#pragma once

#include <QLocale>
#include <QString>

class QApplication;

/// The user's choices of how Cais looks and speaks (Settings > Preferences), kept in
/// QSettings under `appearance/`.
namespace Appearance {

enum class Scheme { System, Light, Dark };

QString schemeToString(Scheme s);
Scheme schemeFromString(const QString &text);

/// The scheme chosen in Preferences (System when none was).
Scheme savedScheme();
/// Saves `scheme` and applies it to the running application at once.
void setScheme(Scheme scheme);
/// Applies `scheme`: System follows the desktop (and its live changes); Light and Dark
/// ask the desktop's theme for that scheme and, where the platform cannot change
/// schemes (plain X11, offscreen), set a Fusion-like palette of that scheme.
void apply(Scheme scheme);
/// Whether the palette in use is a dark one (the window darker than its text).
bool isDark();

/// "system", or a language Cais is translated to: "en", "pt_BR".
QString savedLanguage();
void setLanguage(const QString &language);
/// The locale whose translations Cais installs at start: the system's, or the one chosen.
QLocale startLocale();

} // namespace Appearance
