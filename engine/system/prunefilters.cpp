#include "prunefilters.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct PruneFiltersText
{
    Q_DECLARE_TR_FUNCTIONS(PruneFilters)
};

bool labelMatches(const QString &filter, const QMap<QString, QString> &labels)
{
    const qsizetype eq = filter.indexOf(QLatin1Char('='));
    if (eq < 0)
        return labels.contains(filter);
    const QString key = filter.left(eq);
    return labels.contains(key) && labels.value(key) == filter.mid(eq + 1);
}

} // namespace

qint64 PruneFilters::parseDuration(const QString &text)
{
    // Go's time.ParseDuration, whole seconds: "1h30m", "90s", "1.5h", "300ms".
    static const QRegularExpression part(QStringLiteral(R"((\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))"));
    if (text.isEmpty())
        return -1;
    double seconds = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QRegularExpressionMatch m = part.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return -1;
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        double factor = 1;
        if (unit == QLatin1String("h"))
            factor = 3600;
        else if (unit == QLatin1String("m"))
            factor = 60;
        else if (unit == QLatin1String("ms"))
            factor = 1e-3;
        else if (unit == QLatin1String("us") || unit == QStringLiteral("µs"))
            factor = 1e-6;
        else if (unit == QLatin1String("ns"))
            factor = 1e-9;
        seconds += v * factor;
        pos = m.capturedEnd();
    }
    return qint64(seconds);
}

Result<PruneFilters> PruneFilters::parse(const QStringList &filters, qint64 nowSeconds)
{
    PruneFilters out;
    for (const QString &raw : filters) {
        const QString f = raw.trimmed();
        if (f.isEmpty())
            continue;
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::unexpected(EngineError::make(EngineError::Kind::Other, PruneFiltersText::tr("“%1” is not a filter: write key=value, for example until=24h or label=app=web.").arg(f)));
        const QString key = f.left(eq).trimmed();
        const QString value = f.mid(eq + 1).trimmed();
        if (key == QLatin1String("label")) {
            if (value.isEmpty())
                return std::unexpected(EngineError::make(EngineError::Kind::Other, PruneFiltersText::tr("label= needs a label: label=key or label=key=value.")));
            out.labels << value;
        } else if (key == QLatin1String("label!")) {
            if (value.isEmpty())
                return std::unexpected(EngineError::make(EngineError::Kind::Other, PruneFiltersText::tr("label!= needs a label: label!=key or label!=key=value.")));
            out.notLabels << value;
        } else if (key == QLatin1String("until")) {
            if (out.untilSeconds != 0)
                return std::unexpected(EngineError::make(EngineError::Kind::Other, PruneFiltersText::tr("Only one until filter can be given.")));
            qint64 until = -1;
            const qint64 d = parseDuration(value);
            static const QRegularExpression unix(QStringLiteral(R"(^\d+(\.\d+)?$)"));
            if (d >= 0) {
                until = nowSeconds - d;
            } else if (unix.match(value).hasMatch()) {
                until = qint64(value.toDouble());
            } else {
                QDateTime t = QDateTime::fromString(value, Qt::ISODate);
                if (!t.isValid())
                    t = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd"));
                if (t.isValid())
                    until = t.toSecsSinceEpoch();
            }
            if (until <= 0)
                return std::unexpected(EngineError::make(EngineError::Kind::Other,
                                                         PruneFiltersText::tr("until=%1 is not a time: write a duration (24h, 90m), a date (2026-01-31, 2026-01-31T12:00:00) or unix seconds.").arg(value)));
            out.untilSeconds = until;
        } else {
            return std::unexpected(EngineError::make(EngineError::Kind::Other, PruneFiltersText::tr("Unknown prune filter “%1”: prune takes until, label and label!.").arg(key)));
        }
    }
    return out;
}

bool PruneFilters::matchesLabels(const QMap<QString, QString> &objectLabels) const
{
    for (const QString &l : labels) {
        if (!labelMatches(l, objectLabels))
            return false;
    }
    if (!notLabels.isEmpty()) {
        bool all = true;
        for (const QString &l : notLabels)
            all = all && labelMatches(l, objectLabels);
        if (all)
            return false;
    }
    return true;
}

QString PruneFilters::toJson(const QMap<QString, QString> &extra, bool withUntil) const
{
    QJsonObject o;
    if (!labels.isEmpty())
        o.insert(QStringLiteral("label"), QJsonArray::fromStringList(labels));
    if (!notLabels.isEmpty())
        o.insert(QStringLiteral("label!"), QJsonArray::fromStringList(notLabels));
    if (withUntil && untilSeconds != 0)
        o.insert(QStringLiteral("until"), QJsonArray{QString::number(untilSeconds)});
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), QJsonArray{it.value()});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList PruneFilters::describe() const
{
    QStringList out;
    for (const QString &l : labels)
        out << QStringLiteral("label=") + l;
    for (const QString &l : notLabels)
        out << QStringLiteral("label!=") + l;
    if (untilSeconds != 0)
        out << QStringLiteral("until=") + QDateTime::fromSecsSinceEpoch(untilSeconds).toString(Qt::ISODate);
    return out;
}
