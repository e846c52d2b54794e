#pragma once

#include "engineerror.h"

#include <QMap>
#include <QString>
#include <QStringList>

/// The filters of `docker system prune --filter` (and of each kind's prune): `until=`
/// and `label=` / `label!=`. The preview and the engine must read them the same way,
/// so a relative `until` (`24h`) is turned into one absolute time when the preview is
/// made, and that time is what the engine is sent.
struct PruneFilters
{
    /// Unix seconds: only objects created before it go. 0: no `until` filter.
    qint64 untilSeconds = 0;
    QStringList labels;    ///< "key" or "key=value": an object must carry every one
    QStringList notLabels; ///< label!=: an object carrying all of these stays

    bool isEmpty() const { return untilSeconds == 0 && labels.isEmpty() && notLabels.isEmpty(); }

    /// Reads CLI-style filters, one per entry: "until=24h", "label=a=b", "label!=a".
    /// `until` takes what the docker CLI takes: a Go duration (before `nowSeconds`),
    /// unix seconds, or an RFC 3339 date/time (local time when it has no zone).
    static Result<PruneFilters> parse(const QStringList &filters, qint64 nowSeconds);
    /// A Go duration ("1h30m", "90s", "24h") in seconds, or -1.
    static qint64 parseDuration(const QString &text);

    /// The engine's label filter (MatchKVList): every `labels` entry present (and equal).
    bool matchesLabels(const QMap<QString, QString> &objectLabels) const;
    /// Created before `until` (or no `until` given). `createdSeconds` unix seconds.
    bool matchesCreated(qint64 createdSeconds) const { return untilSeconds == 0 || createdSeconds <= untilSeconds; }

    /// The `filters=` JSON for a prune call, with `extra` entries (e.g. dangling=true).
    QString toJson(const QMap<QString, QString> &extra = {}, bool withUntil = true) const;
    /// "until=1767225600, label=a=b" for the user.
    QStringList describe() const;
};
