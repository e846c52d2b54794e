#pragma once

#include "buildapi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

/// How an image was built from Cais's editor in this session.
struct BuildRecord
{
    QString imageId;        ///< "sha256:..."
    QString dockerfilePath; ///< absolute
    QString contextDir;
    QString target;
    QStringList tags;
    QDateTime builtAt;
    QList<BuildStep> steps;
    QList<BuildLayerLink> layers; ///< the image's history rows linked to Dockerfile lines

    static BuildRecord fromResult(const BuildResult &result, const QString &contextDir);
};

/// The images built in this session and, for each, which Dockerfile line made each
/// row of its layer history. The image details' history table asks it for a row's
/// line: `BuildRecords::instance()->linkForHistoryRow(imageId, row)`.
/// Lives on the GUI thread; records are kept until the application quits.
class BuildRecords : public QObject
{
    Q_OBJECT
public:
    static BuildRecords *instance();

    void add(const BuildRecord &record);
    /// By full id ("sha256:..."), bare hex id, or a unique prefix of at least 12 digits.
    std::optional<BuildRecord> record(const QString &imageId) const;
    bool contains(const QString &imageId) const { return record(imageId).has_value(); }
    /// The link of a row of GET /images/{id}/history (0 = the newest row); nullopt when
    /// the image was not built here or the row is not linked.
    std::optional<BuildLayerLink> linkForHistoryRow(const QString &imageId, int row) const;
    /// The Dockerfile line of that row, 0 when unknown; `dockerfilePath` receives the file.
    int lineForHistoryRow(const QString &imageId, int row, QString *dockerfilePath = nullptr) const;
    void clear();

Q_SIGNALS:
    void recordAdded(const QString &imageId);

private:
    explicit BuildRecords(QObject *parent = nullptr);
    static QString key(const QString &imageId);
    QHash<QString, BuildRecord> m_records; ///< by bare hex id
};
