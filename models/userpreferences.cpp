#include "userpreferences.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace {

constexpr const char *kSamplingKey = "refresh/samplingSeconds";
constexpr const char *kProcessesKey = "refresh/processesSeconds";
constexpr const char *kConfirmLifecycleKey = "confirm/lifecycle";
constexpr const char *kConfirmCloseTerminalKey = "confirm/closeTerminal";

int secondsFrom(const QSettings &settings, const char *key, int fallback)
{
    bool ok = false;
    const int v = settings.value(QLatin1String(key)).toInt(&ok);
    if (!ok)
        return fallback;
    return std::clamp(v, UserPreferences::kMinSeconds, UserPreferences::kMaxSeconds);
}

} // namespace

UserPreferences::UserPreferences(QObject *parent)
    : QObject(parent)
{
}

UserPreferences *UserPreferences::instance()
{
    // Owned by the application, so it goes before QCoreApplication does; without an
    // application (some unit tests) it lives as long as the process.
    static UserPreferences *self = new UserPreferences(QCoreApplication::instance());
    return self;
}

int UserPreferences::samplingSeconds() const
{
    return secondsFrom(QSettings(), kSamplingKey, kDefaultSamplingSeconds);
}

void UserPreferences::setSamplingSeconds(int seconds)
{
    write(kSamplingKey, std::clamp(seconds, kMinSeconds, kMaxSeconds));
}

int UserPreferences::processesSeconds() const
{
    return secondsFrom(QSettings(), kProcessesKey, kDefaultProcessesSeconds);
}

void UserPreferences::setProcessesSeconds(int seconds)
{
    write(kProcessesKey, std::clamp(seconds, kMinSeconds, kMaxSeconds));
}

bool UserPreferences::confirmLifecycle() const
{
    return QSettings().value(QLatin1String(kConfirmLifecycleKey), false).toBool();
}

void UserPreferences::setConfirmLifecycle(bool on)
{
    write(kConfirmLifecycleKey, on);
}

bool UserPreferences::confirmCloseTerminal() const
{
    return QSettings().value(QLatin1String(kConfirmCloseTerminalKey), true).toBool();
}

void UserPreferences::setConfirmCloseTerminal(bool on)
{
    write(kConfirmCloseTerminalKey, on);
}

void UserPreferences::write(const char *key, const QVariant &value)
{
    QSettings settings;
    if (settings.value(QLatin1String(key)) == value)
        return;
    settings.setValue(QLatin1String(key), value);
    Q_EMIT changed();
}
