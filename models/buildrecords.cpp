#include "buildrecords.h"

#include <QCoreApplication>

BuildRecord BuildRecord::fromResult(const BuildResult &result, const QString &contextDir)
{
    BuildRecord r;
    r.imageId = result.imageId;
    r.dockerfilePath = result.dockerfilePath;
    r.contextDir = contextDir;
    r.target = result.target;
    r.tags = result.tags;
    r.builtAt = QDateTime::currentDateTime();
    r.steps = result.steps;
    r.layers = result.layers;
    return r;
}

BuildRecords::BuildRecords(QObject *parent)
    : QObject(parent)
{
}

BuildRecords *BuildRecords::instance()
{
    // Parented to the application so that it goes with it; plain static otherwise (tests
    // without an application object).
    static BuildRecords *records = [] {
        auto *r = new BuildRecords(QCoreApplication::instance());
        return r;
    }();
    return records;
}

QString BuildRecords::key(const QString &imageId)
{
    QString k = imageId.trimmed().toLower();
    if (k.startsWith(QLatin1String("sha256:")))
        k = k.mid(7);
    return k;
}

void BuildRecords::add(const BuildRecord &record)
{
    const QString k = key(record.imageId);
    if (k.isEmpty())
        return;
    m_records.insert(k, record);
    Q_EMIT recordAdded(record.imageId);
}

std::optional<BuildRecord> BuildRecords::record(const QString &imageId) const
{
    const QString k = key(imageId);
    if (k.isEmpty())
        return std::nullopt;
    if (const auto it = m_records.constFind(k); it != m_records.cend())
        return *it;
    if (k.size() < 12)
        return std::nullopt;
    const BuildRecord *found = nullptr;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it.key().startsWith(k)) {
            if (found)
                return std::nullopt; // ambiguous
            found = &it.value();
        }
    }
    return found ? std::optional<BuildRecord>(*found) : std::nullopt;
}

std::optional<BuildLayerLink> BuildRecords::linkForHistoryRow(const QString &imageId, int row) const
{
    const std::optional<BuildRecord> r = record(imageId);
    if (!r)
        return std::nullopt;
    for (const BuildLayerLink &l : r->layers) {
        if (l.historyRow == row)
            return l;
    }
    return std::nullopt;
}

int BuildRecords::lineForHistoryRow(const QString &imageId, int row, QString *dockerfilePath) const
{
    const std::optional<BuildRecord> r = record(imageId);
    if (!r)
        return 0;
    for (const BuildLayerLink &l : r->layers) {
        if (l.historyRow == row) {
            if (dockerfilePath)
                *dockerfilePath = r->dockerfilePath;
            return l.line;
        }
    }
    return 0;
}

void BuildRecords::clear()
{
    m_records.clear();
}
