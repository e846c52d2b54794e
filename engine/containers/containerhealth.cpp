#include "containerhealth.h"

#include "runconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

std::optional<HealthCheck> HealthCheck::fromConfig(const QJsonObject &config)
{
    const QJsonValue v = config.value(QLatin1String("Healthcheck"));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    HealthCheck h;
    const QJsonArray test = o.value(QLatin1String("Test")).toArray();
    for (const QJsonValue &t : test)
        h.test << t.toString();
    h.interval = o.value(QLatin1String("Interval")).toInteger();
    h.timeout = o.value(QLatin1String("Timeout")).toInteger();
    h.startPeriod = o.value(QLatin1String("StartPeriod")).toInteger();
    h.startInterval = o.value(QLatin1String("StartInterval")).toInteger();
    h.retries = o.value(QLatin1String("Retries")).toInt();
    // An empty Test inherits the image's: with nothing else set there is no check.
    if (h.test.isEmpty() && h.interval == 0 && h.timeout == 0 && h.retries == 0)
        return std::nullopt;
    return h;
}

bool HealthCheck::disabled() const
{
    return test.value(0) == QLatin1String("NONE");
}

bool HealthCheck::runsInShell() const
{
    return test.value(0) == QLatin1String("CMD-SHELL");
}

QString HealthCheck::commandText() const
{
    if (test.isEmpty() || disabled())
        return {};
    if (runsInShell())
        return test.mid(1).join(QLatin1Char(' '));
    if (test.value(0) == QLatin1String("CMD"))
        return joinShellWords(test.mid(1));
    return joinShellWords(test);
}

QList<std::pair<QString, QString>> HealthCheck::describe() const
{
    auto duration = [](qint64 ns, qint64 fallback) {
        return ns > 0 ? durationText(ns) : tr("%1 (the engine's default)").arg(durationText(fallback));
    };
    const int failures = retries > 0 ? retries : kDefaultRetries;
    return {
        {tr("Command"), runsInShell() ? tr("%1 (in a shell)").arg(commandText()) : commandText()},
        {tr("Interval"), duration(interval, kDefaultInterval)},
        {tr("Timeout"), duration(timeout, kDefaultTimeout)},
        {tr("Start period"), startPeriod > 0 ? durationText(startPeriod) : tr("None")},
        {tr("Interval while starting"), duration(startInterval, kDefaultStartInterval)},
        {tr("Unhealthy after"), retries > 0 ? tr("%n failed run(s) in a row", nullptr, failures)
                                            : tr("%n failed run(s) in a row (the engine's default)", nullptr, failures)},
    };
}

QString HealthCheck::durationText(qint64 ns)
{
    if (ns <= 0)
        return QStringLiteral("0s");
    if (ns % 1'000'000'000 != 0) {
        if (ns < 1'000'000'000 && ns % 1'000'000 == 0)
            return QString::number(ns / 1'000'000) + QLatin1String("ms");
        // Fractions of a second: seconds with up to three decimals, as Go prints them.
        QString s = QString::number(double(ns) / 1e9, 'f', 3);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        return s + QLatin1Char('s');
    }
    qint64 secs = ns / 1'000'000'000;
    QString out;
    if (secs >= 3600) {
        out += QString::number(secs / 3600) + QLatin1Char('h');
        secs %= 3600;
    }
    if (secs >= 60 || (!out.isEmpty() && secs > 0)) {
        out += QString::number(secs / 60) + QLatin1Char('m');
        secs %= 60;
    }
    if (secs > 0 || out.isEmpty())
        out += QString::number(secs) + QLatin1Char('s');
    return out;
}

qint64 HealthProbe::durationMs() const
{
    if (!start.isValid() || !end.isValid())
        return -1;
    return start.msecsTo(end);
}

std::optional<HealthState> HealthState::fromState(const QJsonObject &state)
{
    const QJsonValue v = state.value(QLatin1String("Health"));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    HealthState h;
    h.status = o.value(QLatin1String("Status")).toString();
    if (h.status == QLatin1String("none"))
        return std::nullopt;
    h.failingStreak = o.value(QLatin1String("FailingStreak")).toInt();
    const QJsonArray log = o.value(QLatin1String("Log")).toArray();
    for (const QJsonValue &e : log) {
        const QJsonObject p = e.toObject();
        HealthProbe probe;
        probe.startRaw = p.value(QLatin1String("Start")).toString();
        probe.start = parseEngineTime(probe.startRaw);
        probe.end = parseEngineTime(p.value(QLatin1String("End")).toString());
        probe.exitCode = p.value(QLatin1String("ExitCode")).toInt();
        probe.output = p.value(QLatin1String("Output")).toString();
        h.log.append(probe);
    }
    return h;
}

QDateTime parseEngineTime(const QString &iso)
{
    if (iso.isEmpty() || iso.startsWith(QLatin1String("0001-")))
        return {};
    // Qt reads at most milliseconds: the rest of the nanoseconds go.
    QString s = iso;
    static const QRegularExpression frac(QStringLiteral("\\.(\\d{1,3})\\d*"));
    s.replace(frac, QStringLiteral(".\\1"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}
