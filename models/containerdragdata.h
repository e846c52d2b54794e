#pragma once

#include "containerfiles.h"

#include <QMimeData>
#include <QPointer>
#include <QUrl>

#include <optional>

class Engine;

/// What a drag out of a container's browser carries. Cais's own MIME type (engine,
/// container, paths: for another container's browser) is there at once. The
/// `text/uri-list` a desktop file manager wants is rendered late: only when a drop
/// target asks for it (retrieveData, called at the drop) are the files fetched,
/// through the safe extractor, into a private staging folder, and their URLs handed
/// over. Fetching at the start of every drag would copy whole folders for drags that
/// end nowhere; XDND's direct-save protocol, which would let the file manager name the
/// destination, is not supported by Qt. While the files come, a local event loop keeps
/// the window alive, so the progress of each copy (fetchStarted) is shown and can be
/// canceled; a canceled or failed fetch hands over no URL at all.
class ContainerDragData : public QMimeData
{
    Q_OBJECT
public:
    ContainerDragData(Engine *engine, const QString &containerId, const QStringList &paths, const CopyOptions &options = {});
    ~ContainerDragData() override;

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

    /// Where dragged files are staged: a folder per drag under the user's cache.
    static QString stagingRoot();
    /// Why the last fetch handed over nothing, or empty.
    QString fetchError() const { return m_error; }

Q_SIGNALS:
    /// A copy of one dragged path to the staging folder began (shown by the view).
    void fetchStarted(CopyJob *job);

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QList<QUrl> materialise() const;

    QPointer<Engine> m_engine;
    QString m_container;
    QStringList m_paths;
    CopyOptions m_options;
    mutable std::optional<QList<QUrl>> m_urls;
    mutable QString m_error;
    mutable bool m_fetching = false;
};
