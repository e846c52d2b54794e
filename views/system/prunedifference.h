#pragma once

#include <QCoreApplication>
#include <QStringList>

/// What a prune removed against what its preview named, in words: the engine decides
/// at the moment it prunes, and a container started or stopped meanwhile changes it.
struct PruneDifference
{
    Q_DECLARE_TR_FUNCTIONS(PruneDifference)
public:
    /// Names removed that the preview did not show.
    QStringList unexpected;
    /// Names the preview showed that are still there.
    QStringList kept;

    static PruneDifference of(const QStringList &previewed, const QStringList &removed);
    bool isEmpty() const { return unexpected.isEmpty() && kept.isEmpty(); }
    /// "The engine removed exactly what the preview showed." or what differed.
    QString text() const;
};
