#include "filesview.h"

#include "containerfiles.h"
#include "containerfilesmodel.h"
#include "engine.h"

#include <QDragEnterEvent>
#include <functional>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

/// Sizes and dates as the user's locale writes them.
class FilesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::LongLong)
            return locale.formattedDataSize(value.toLongLong());
        if (value.typeId() == QMetaType::QDateTime)
            return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        return QStyledItemDelegate::displayText(value, locale);
    }
};

} // namespace

FilesView::FilesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ContainerFilesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_path(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_method(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_upload(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContainerFilesModel::SortRole);
    m_proxy->setFilterKeyColumn(ContainerFilesModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_path->setPlaceholderText(tr("Path in the container, for example /etc"));
    m_path->setAccessibleName(tr("Path in the container"));
    m_path->setText(m_root);
    m_filter->setPlaceholderText(tr("Filter the folders read so far"));
    m_filter->setAccessibleName(tr("Filter files"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Read the folders again"));
    m_save->setText(tr("Save to computer…"));
    m_save->setAccessibleName(tr("Save the selected file or folder to this computer"));
    m_upload->setText(tr("Upload…"));
    m_upload->setAccessibleName(tr("Upload files into the selected folder"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the copy"));
    m_cancel->hide();
    m_progress->hide();
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Copy progress"));
    m_method->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new FilesDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ContainerFilesModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Files of the container"));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->viewport()->installEventFilter(this);
    m_tree->header()->setSectionResizeMode(ContainerFilesModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_path, 2);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_save);
    top->addWidget(m_upload);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_progress, 1);
    copyRow->addWidget(m_cancel);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_method);
    lay->addWidget(m_tree, 1);
    lay->addLayout(copyRow);
    lay->addWidget(m_status);

    connect(m_path, &QLineEdit::returnPressed, this, [this] { openPath(m_path->text().trimmed()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex());
        m_model->refresh(cur.isValid() && m_model->hasChildren(cur.siblingAtColumn(0)) ? cur.siblingAtColumn(0) : QModelIndex());
    });
    connect(m_save, &QToolButton::clicked, this, &FilesView::saveSelected);
    connect(m_upload, &QToolButton::clicked, this, &FilesView::uploadChosen);
    connect(m_cancel, &QToolButton::clicked, this, &FilesView::cancelCopy);
    connect(m_model, &ContainerFilesModel::folderLoaded, this, &FilesView::showMethod);
    connect(m_model, &ContainerFilesModel::folderFailed, this, [this](const QString &path, const EngineError &error) {
        m_status->setText(tr("“%1” could not be read: %2").arg(path, error.fullText()));
    });
}

FilesView::~FilesView() = default;

void FilesView::setEngine(Engine *engine)
{
    m_engine = engine;
    m_loaded.clear();
    if (isVisible())
        load();
}

void FilesView::setContainer(const QString &containerId)
{
    if (containerId == m_container)
        return;
    m_container = containerId;
    if (isVisible())
        load();
}

void FilesView::openPath(const QString &path)
{
    m_root = path.isEmpty() ? QStringLiteral("/") : path;
    m_path->setText(m_root);
    m_loaded.clear();
    load();
}

void FilesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded != m_container)
        load();
}

void FilesView::load()
{
    m_loaded = m_container;
    m_status->clear();
    m_method->clear();
    if (!m_engine || m_container.isEmpty()) {
        m_model->setLister(m_root, {});
        return;
    }
    m_model->setContainer(m_engine, m_container, m_root);
    m_model->fetchMore({});
}

void FilesView::showMethod()
{
    const auto method = m_model->lastMethod();
    if (!method)
        return;
    m_method->setText(*method == DirectoryListing::Method::Exec
                          ? tr("Read through a shell in the container: one short command per folder, no file contents.")
                          : tr("Read from the engine's archive of each folder (the container is stopped or has no shell): "
                               "everything below a folder is transferred to read its names, which is slow for large folders."));
}

QString FilesView::dropFolder(const QPoint &pos) const
{
    const QModelIndex at = m_proxy->mapToSource(m_tree->indexAt(pos)).siblingAtColumn(0);
    if (!at.isValid())
        return m_model->rootPath();
    const QString path = at.data(ContainerFilesModel::PathRole).toString();
    if (at.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::Directory))
        return path;
    return CopyRules::splitPathDirEntry(path).first; // a file: its folder
}

bool FilesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *e = static_cast<QDragMoveEvent *>(event);
            const auto dragged = ContainerFilesModel::draggedPaths(e->mimeData());
            const bool fromOther = dragged && m_engine && dragged->endpoint == m_engine->endpoint().toString()
                                   && dragged->container != m_container;
            if ((e->mimeData()->hasUrls() || fromOther) && !m_container.isEmpty() && !m_job) {
                e->acceptProposedAction();
                return true;
            }
            if (dragged) { // its own paths, or another engine's: nothing to do here
                e->ignore();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *e = static_cast<QDropEvent *>(event);
            if (const auto dragged = ContainerFilesModel::draggedPaths(e->mimeData()); dragged && !m_job) {
                if (!m_engine || dragged->endpoint != m_engine->endpoint().toString()) {
                    m_status->setText(tr("These files are in a container of another engine; copy them through this computer instead."));
                    return true;
                }
                if (dragged->container != m_container) {
                    copyFromContainer(dragged->container, dragged->paths, dropFolder(e->position().toPoint()));
                    e->acceptProposedAction();
                }
                return true;
            }
            QStringList paths;
            for (const QUrl &url : e->mimeData()->urls())
                if (url.isLocalFile())
                    paths.append(url.toLocalFile());
            if (!paths.isEmpty() && !m_job) {
                upload(paths, dropFolder(e->position().toPoint()));
                e->acceptProposedAction();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilesView::upload(const QStringList &hostPaths, const QString &folder)
{
    QList<std::function<CopyJob *()>> jobs;
    for (const QString &p : hostPaths)
        jobs.append([this, p, folder] { return ContainerFiles(m_engine).copyToContainer(p, m_container, folder, {}, this); });
    runJobs(jobs, tr("Copied %1 into “%2”.").arg(hostPaths.join(QStringLiteral(", ")), folder), folder);
}

void FilesView::copyFromContainer(const QString &sourceContainer, const QStringList &paths, const QString &folder)
{
    QList<std::function<CopyJob *()>> jobs;
    for (const QString &p : paths)
        jobs.append([this, sourceContainer, p, folder] {
            return ContainerFiles(m_engine).copyBetween(sourceContainer, p, m_container, folder, {}, this);
        });
    runJobs(jobs, tr("Copied %1 into “%2”.").arg(paths.join(QStringLiteral(", ")), folder), folder);
}

void FilesView::saveTo(const QString &path, const QString &hostFolder)
{
    runJobs({[this, path, hostFolder] { return ContainerFiles(m_engine).copyFromContainer(m_container, path, hostFolder, {}, this); }},
            tr("Saved “%1” in “%2”.").arg(path, hostFolder), {});
}

void FilesView::cancelCopy()
{
    if (m_job)
        m_job->cancel();
}

void FilesView::runJobs(QList<std::function<CopyJob *()>> jobs, const QString &doneText, const QString &refreshFolder)
{
    if (jobs.isEmpty() || !m_engine || m_container.isEmpty() || m_job)
        return;
    CopyJob *job = jobs.takeFirst()();
    m_job = job;
    m_progress->show();
    m_cancel->show();
    m_status->clear();
    connect(job, &CopyJob::progress, this, [this](qint64 bytes) {
        m_progress->setFormat(QLocale().formattedDataSize(bytes));
        m_progress->setTextVisible(true);
        m_status->setText(tr("Copying… %1 so far").arg(QLocale().formattedDataSize(bytes)));
    });
    connect(job, &CopyJob::finished, this, [this, job, jobs, doneText, refreshFolder] {
        job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancel->hide();
        const auto &r = job->result();
        if (!r) {
            m_status->setText(r.error().fullText());
            Q_EMIT copyFinished(false, r.error().fullText());
            return;
        }
        QString text = doneText;
        if (!r->refused.isEmpty()) {
            QStringList lines;
            for (const RefusedEntry &e : r->refused)
                lines.append(tr("“%1”: %2").arg(e.name, e.reason));
            text += u' ' + tr("Not copied, for safety: %1").arg(lines.join(QStringLiteral("; ")));
        }
        if (!refreshFolder.isEmpty()) {
            const QModelIndex folder = m_model->indexForPath(refreshFolder);
            if (folder.isValid() || refreshFolder == m_model->rootPath())
                m_model->refresh(folder);
        }
        if (!jobs.isEmpty()) {
            runJobs(jobs, doneText, refreshFolder);
            return;
        }
        m_status->setText(text);
        Q_EMIT copyFinished(true, text);
    });
}

void FilesView::saveSelected()
{
    const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    const QString path = cur.isValid() ? cur.data(ContainerFilesModel::PathRole).toString() : m_model->rootPath();
    auto *dialog = new QFileDialog(this, tr("Save “%1” in a folder").arg(path));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, path](const QString &folder) { saveTo(path, folder); });
    dialog->open();
}

void FilesView::uploadChosen()
{
    const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    QString folder = m_model->rootPath();
    if (cur.isValid())
        folder = cur.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::Directory)
                     ? cur.data(ContainerFilesModel::PathRole).toString()
                     : CopyRules::splitPathDirEntry(cur.data(ContainerFilesModel::PathRole).toString()).first;
    auto *dialog = new QFileDialog(this, tr("Upload files into “%1”").arg(folder));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this, folder](const QStringList &files) { upload(files, folder); });
    dialog->open();
}
