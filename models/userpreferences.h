#pragma once

#include <QObject>

/// The choices of the Preferences dialog that views follow while they run: how often
/// things are refreshed, and which actions ask first. Each is kept in QSettings (the
/// application's organisation and name, set once in main) and read from there, so a
/// value set in one window applies to every window; changed() tells the views to
/// apply it at once.
///
/// Removals always ask, whatever is chosen here: they say what they delete.
class UserPreferences : public QObject
{
    Q_OBJECT
public:
    static UserPreferences *instance();

    /// Seconds between two stats samples of the containers shown in lists and on the
    /// dashboard (an open chart streams a sample a second, as `docker stats` does).
    static constexpr int kDefaultSamplingSeconds = 2;
    static constexpr int kMinSeconds = 1;
    static constexpr int kMaxSeconds = 60;
    int samplingSeconds() const;
    void setSamplingSeconds(int seconds);

    /// Seconds between two process lists (`docker top`) of an open Processes tab.
    static constexpr int kDefaultProcessesSeconds = 2;
    int processesSeconds() const;
    void setProcessesSeconds(int seconds);

    /// Stop, restart and pause list the containers and ask first (off by default, as
    /// the docker CLI does not ask).
    bool confirmLifecycle() const;
    void setConfirmLifecycle(bool on);

    /// Closing a terminal whose program still runs asks first (on by default).
    bool confirmCloseTerminal() const;
    void setConfirmCloseTerminal(bool on);

Q_SIGNALS:
    void changed();

private:
    explicit UserPreferences(QObject *parent = nullptr);
    void write(const char *key, const QVariant &value);
};
