#include "prunedifference.h"

PruneDifference PruneDifference::of(const QStringList &previewed, const QStringList &removed)
{
    PruneDifference d;
    for (const QString &n : removed) {
        if (!previewed.contains(n))
            d.unexpected << n;
    }
    for (const QString &n : previewed) {
        if (!removed.contains(n))
            d.kept << n;
    }
    return d;
}

QString PruneDifference::text() const
{
    if (isEmpty())
        return tr("The engine removed exactly what the preview showed.");
    QStringList parts;
    if (!unexpected.isEmpty())
        parts << tr("The engine also removed %1, which the preview did not show: it changed in the meantime.").arg(unexpected.join(QLatin1String(", ")));
    if (!kept.isEmpty())
        parts << tr("It kept %1, which the preview showed: something uses it again.").arg(kept.join(QLatin1String(", ")));
    return parts.join(QLatin1Char(' '));
}
