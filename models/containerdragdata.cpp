#include "containerdragdata.h"

#include "containerfiles.h"
#include "copyrules.h"
#include "engine.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace {
constexpr QLatin1StringView kUriList("text/uri-list");

/// Staging folders of earlier drags are removed after a day: the file manager has
/// long since copied them.
void removeOldStaging(const QString &root)
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const auto range = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot); const QFileInfo &fi : range)
        if (fi.lastModified().toUTC() < dayAgo)
            QDir(fi.absoluteFilePath()).removeRecursively();
}
} // namespace

ContainerDragData::ContainerDragData(Engine *engine, const QString &containerId, const QStringList &paths, const CopyOptions &options)
    : m_engine(engine), m_container(containerId), m_paths(paths), m_options(options)
{
}

ContainerDragData::~ContainerDragData() = default;

QString ContainerDragData::stagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/cais/drag";
}

QStringList ContainerDragData::formats() const
{
    QStringList f = QMimeData::formats();
    if (m_engine && !f.contains(kUriList))
        f.append(kUriList);
    return f;
}

bool ContainerDragData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QVariant ContainerDragData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType != kUriList || !m_engine)
        return QMimeData::retrieveData(mimeType, type);
    if (!m_urls && !m_fetching)
        m_urls = materialise();
    QVariantList list;
    for (const auto range = m_urls.value_or(QList<QUrl>()); const QUrl &u : range)
        list.append(u);
    return list;
}

QList<QUrl> ContainerDragData::materialise() const
{
    m_fetching = true;
    m_error.clear();
    const QString root = stagingRoot();
    removeOldStaging(root);
    const QString staging = root + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(staging)) {
        m_error = tr("Cais could not create the folder “%1” to fetch the files into.").arg(staging);
        m_fetching = false;
        return {};
    }
    QEventLoop loop;
    int running = 0;
    QList<QUrl> urls(m_paths.size()); // in the order dragged, whichever comes first
    QStringList errors;
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        const QString &path = m_paths.at(i);
        if (!m_engine)
            break;
        CopyJob *job = ContainerFiles(m_engine).copyFromContainer(m_container, path, staging, m_options);
        ++running;
        const QString name = CopyRules::base(path) == u"/" ? QStringLiteral("root") : CopyRules::base(path);
        connect(job, &CopyJob::finished, &loop, [&, job, name, i] {
            if (job->result())
                urls[i] = QUrl::fromLocalFile(staging + u'/' + name);
            else
                errors.append(job->result().error().fullText());
            job->deleteLater();
            if (--running == 0)
                loop.quit();
        });
        Q_EMIT const_cast<ContainerDragData *>(this)->fetchStarted(job);
    }
    // The drop target waits for the data; the window keeps painting the progress and
    // takes a click on Cancel meanwhile.
    if (running > 0)
        loop.exec();
    m_fetching = false;
    if (!errors.isEmpty()) {
        m_error = errors.join(u'\n');
        QDir(staging).removeRecursively();
        return {};
    }
    urls.removeAll(QUrl());
    return urls;
}
