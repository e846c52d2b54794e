#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

#include <optional>

/// A container's healthcheck, as inspect's `Config.Healthcheck` (docker run
/// --health-cmd, or the image's HEALTHCHECK) describes it. Durations are in
/// nanoseconds; 0 means the engine's default.
struct HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)
public:
    QStringList test;          ///< ["CMD-SHELL", "curl -f ..."], ["CMD", "prog", "arg"], ["NONE"]
    qint64 interval = 0;
    qint64 timeout = 0;
    qint64 startPeriod = 0;
    qint64 startInterval = 0;  ///< API 1.44+
    int retries = 0;

    static constexpr qint64 kDefaultInterval = 30'000'000'000;
    static constexpr qint64 kDefaultTimeout = 30'000'000'000;
    static constexpr qint64 kDefaultStartInterval = 5'000'000'000;
    static constexpr int kDefaultRetries = 3;

    /// Absent when the container has none (neither its own nor its image's).
    static std::optional<HealthCheck> fromConfig(const QJsonObject &config);
    /// "NONE": the image's check is switched off for this container.
    bool disabled() const;
    /// What runs: the shell command of CMD-SHELL, the words of CMD.
    QString commandText() const;
    /// How it runs: "shell" for CMD-SHELL, "exec" for CMD.
    bool runsInShell() const;

    /// The settings as a user reads them, (field, value) in order, translated, with the
    /// engine's defaults named as such: command, interval, timeout, start period,
    /// interval while starting, failures that make it unhealthy.
    QList<std::pair<QString, QString>> describe() const;

    /// A Go-like duration, as the CLI takes it: "30s", "1m30s", "500ms", "1h".
    static QString durationText(qint64 nanoseconds);

    bool operator==(const HealthCheck &) const = default;
};

/// One run of the healthcheck, from `State.Health.Log` (the engine keeps the last five).
struct HealthProbe
{
    QString startRaw;   ///< the engine's timestamp, exactly (identifies the run)
    QDateTime start;
    QDateTime end;
    int exitCode = 0;   ///< 0 healthy, 1 unhealthy, anything else: the check could not run
    QString output;

    qint64 durationMs() const;
    bool operator==(const HealthProbe &) const = default;
};

/// `State.Health` of inspect: the status, how many checks failed in a row, and the log.
struct HealthState
{
    QString status;     ///< starting, healthy, unhealthy (empty: no healthcheck)
    int failingStreak = 0;
    QList<HealthProbe> log;

    static std::optional<HealthState> fromState(const QJsonObject &state);
    bool operator==(const HealthState &) const = default;
};

/// The engine's timestamps ("2026-12-02T15:28:02.72381029Z", nanoseconds) as local
/// time with milliseconds; invalid for "0001-01-01T00:00:00Z" (never).
QDateTime parseEngineTime(const QString &iso);
