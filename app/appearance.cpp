#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyleHints>

namespace Appearance {

namespace {

constexpr QLatin1StringView SchemeKey("appearance/scheme");
constexpr QLatin1StringView LanguageKey("appearance/language");

/// The application palette before Cais chose one: what System goes back to.
QPalette &systemPalette()
{
    static QPalette p = QApplication::palette();
    return p;
}

bool &ownPalette()
{
    static bool set = false;
    return set;
}

/// The colours of Qt's Fusion style for each scheme (qfusionstyle.cpp), so that a chosen
/// scheme looks like the desktop's own where the desktop cannot be asked.
QPalette fusionPalette(bool dark)
{
    const QColor window = dark ? QColor(50, 50, 50) : QColor(239, 239, 239);
    const QColor text = dark ? QColor(Qt::white) : QColor(Qt::black);
    const QColor base = dark ? QColor(36, 36, 36) : QColor(Qt::white);
    const QColor disabledText = dark ? QColor(130, 130, 130) : QColor(190, 190, 190);
    const QColor light = window.lighter(150);
    const QColor mid = window.darker(130);
    const QColor darkColor = window.darker(150);
    QPalette p(text, window, light, darkColor, mid, text, QColor(Qt::white), base, window);
    p.setColor(QPalette::Midlight, mid.lighter(110));
    p.setColor(QPalette::Shadow, darkColor.darker(135));
    p.setColor(QPalette::AlternateBase, dark ? base.lighter(120) : QColor(247, 247, 247));
    p.setColor(QPalette::ToolTipBase, dark ? QColor(60, 60, 60) : QColor(255, 255, 220));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, dark ? QColor(90, 170, 240) : QColor(0, 0, 255));
    p.setColor(QPalette::LinkVisited, dark ? QColor(200, 140, 240) : QColor(255, 0, 255));
    QColor placeholder = text;
    placeholder.setAlpha(128);
    p.setColor(QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(145, 145, 145));
    return p;
}

} // namespace

QString schemeToString(Scheme s)
{
    switch (s) {
    case Scheme::Light: return QStringLiteral("light");
    case Scheme::Dark: return QStringLiteral("dark");
    case Scheme::System: break;
    }
    return QStringLiteral("system");
}

Scheme schemeFromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Scheme::Light;
    if (text == QLatin1String("dark"))
        return Scheme::Dark;
    return Scheme::System;
}

Scheme savedScheme()
{
    return schemeFromString(QSettings().value(SchemeKey).toString());
}

void setScheme(Scheme scheme)
{
    QSettings().setValue(SchemeKey, schemeToString(scheme));
    apply(scheme);
}

void apply(Scheme scheme)
{
    (void)systemPalette(); // taken before the first change
    QStyleHints *hints = QGuiApplication::styleHints();
    const Qt::ColorScheme wanted = scheme == Scheme::Dark ? Qt::ColorScheme::Dark
                                   : scheme == Scheme::Light ? Qt::ColorScheme::Light
                                                            : Qt::ColorScheme::Unknown;
    hints->setColorScheme(wanted);
    if (scheme == Scheme::System) {
        if (ownPalette()) {
            QApplication::setPalette(systemPalette());
            ownPalette() = false;
        }
        return;
    }
    // The desktop's theme took the request when its scheme is now the one asked for
    // (and its palette with it); otherwise Cais paints that scheme itself.
    if (hints->colorScheme() == wanted && !ownPalette() && isDark() == (scheme == Scheme::Dark))
        return;
    QApplication::setPalette(fusionPalette(scheme == Scheme::Dark));
    ownPalette() = true;
}

bool isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString savedLanguage()
{
    const QString l = QSettings().value(LanguageKey).toString();
    return l == QLatin1String("en") || l == QLatin1String("pt_BR") ? l : QStringLiteral("system");
}

void setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

QLocale startLocale()
{
    const QString l = savedLanguage();
    if (l == QLatin1String("system"))
        return QLocale();
    return QLocale(l);
}

} // namespace Appearance
