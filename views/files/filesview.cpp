#include "filesview.h"

#include "containerfilesmodel.h"
#include "copytocontainerdialog.h"
#include "engine.h"
#include "fileviewer.h"

#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// Where the view keeps its copy options.
constexpr auto kFollowLinksKey = "files/followLinks";
constexpr auto kKeepOwnerKey = "files/keepOwner";

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
    , m_openAction(new QAction(tr("Open"), this))
    , m_saveAction(new QAction(tr("Save to computer…"), this))
    , m_uploadFilesAction(new QAction(tr("Upload files…"), this))
    , m_uploadFolderAction(new QAction(tr("Upload a folder…"), this))
    , m_newFolderAction(new QAction(tr("New folder…"), this))
    , m_renameAction(new QAction(tr("Rename…"), this))
    , m_deleteAction(new QAction(tr("Delete…"), this))
    , m_copyToAction(new QAction(tr("Copy to Another Container…"), this))
    , m_followLinksAction(new QAction(tr("Follow Symbolic Links"), this))
    , m_keepOwnerAction(new QAction(tr("Keep Owner (uid/gid)"), this))
    , m_copyTo(new QToolButton(this))
    , m_options(new QToolButton(this))
    , m_open(new QToolButton(this))
    , m_newFolder(new QToolButton(this))
    , m_rename(new QToolButton(this))
    , m_delete(new QToolButton(this))
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
    m_openAction->setToolTip(tr("Show the selected text file, read-only"));
    m_saveAction->setToolTip(tr("Save the selected file or folder to this computer"));
    m_uploadFilesAction->setToolTip(tr("Upload files into the selected folder"));
    m_uploadFolderAction->setToolTip(tr("Upload a folder into the selected folder"));
    m_newFolderAction->setToolTip(tr("Create a folder in the selected folder (running containers)"));
    m_renameAction->setToolTip(tr("Rename the selected file or folder (running containers)"));
    m_deleteAction->setToolTip(tr("Delete the selected file or folder (running containers)"));
    m_open->setDefaultAction(m_openAction);
    m_open->setAccessibleName(tr("Open the selected file read-only"));
    m_save->setDefaultAction(m_saveAction);
    m_save->setAccessibleName(tr("Save the selected file or folder to this computer"));
    m_upload->setText(tr("Upload…"));
    m_upload->setAccessibleName(tr("Upload files or a folder into the selected folder"));
    m_upload->setPopupMode(QToolButton::InstantPopup);
    auto *uploadMenu = new QMenu(m_upload);
    uploadMenu->setAccessibleName(tr("Upload"));
    uploadMenu->addAction(m_uploadFilesAction);
    uploadMenu->addAction(m_uploadFolderAction);
    m_upload->setMenu(uploadMenu);
    m_newFolder->setDefaultAction(m_newFolderAction);
    m_newFolder->setAccessibleName(tr("Create a folder in the selected folder"));
    m_rename->setDefaultAction(m_renameAction);
    m_rename->setAccessibleName(tr("Rename the selected file or folder"));
    m_delete->setDefaultAction(m_deleteAction);
    m_delete->setAccessibleName(tr("Delete the selected file or folder"));
    m_copyToAction->setToolTip(tr("Copy the selected files or folders into a folder of another container of this engine"));
    m_copyToAction->setIconText(tr("Copy to…")); // what the tool button shows; menus show the full text
    m_copyTo->setDefaultAction(m_copyToAction);
    m_copyTo->setAccessibleName(tr("Copy the selected files or folders to another container"));
    m_followLinksAction->setCheckable(true);
    m_followLinksAction->setToolTip(tr("When a copied item is a symbolic link, copy what it points at instead of the link (docker cp -L)"));
    m_keepOwnerAction->setCheckable(true);
    m_keepOwnerAction->setToolTip(tr("Keep the owner's user and group IDs of the copied files (docker cp -a)"));
    {
        const QSettings settings;
        m_followLinksAction->setChecked(settings.value(QLatin1String(kFollowLinksKey), false).toBool());
        m_keepOwnerAction->setChecked(settings.value(QLatin1String(kKeepOwnerKey), false).toBool());
    }
    m_options->setText(tr("Copy options"));
    m_options->setAccessibleName(tr("Options of every copy: follow symbolic links, keep the owner"));
    m_options->setPopupMode(QToolButton::InstantPopup);
    auto *optionsMenu = new QMenu(m_options);
    optionsMenu->setAccessibleName(tr("Copy options"));
    optionsMenu->addAction(m_followLinksAction);
    optionsMenu->addAction(m_keepOwnerAction);
    m_options->setMenu(optionsMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
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
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
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
    top->addWidget(m_open);
    top->addWidget(m_save);
    top->addWidget(m_upload);
    top->addWidget(m_newFolder);
    top->addWidget(m_rename);
    top->addWidget(m_delete);
    top->addWidget(m_copyTo);
    top->addWidget(m_options);
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
    // Ctrl+L to the path, as in file managers and browsers. (Ctrl+F stays the
    // Containers page's: two of them in one window would cancel each other.)
    const auto focusKey = [this](const QKeySequence &key, QLineEdit *edit, const QString &name) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, edit, [edit] {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
        });
        addAction(a);
    };
    focusKey(QKeySequence(Qt::CTRL | Qt::Key_L), m_path, QStringLiteral("filesFocusPathAction"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QToolButton::clicked, this, [this] {
        const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex());
        m_model->refresh(cur.isValid() && m_model->hasChildren(cur.siblingAtColumn(0)) ? cur.siblingAtColumn(0) : QModelIndex());
    });
    connect(m_openAction, &QAction::triggered, this, [this] { openFile(selectedPath()); });
    connect(m_saveAction, &QAction::triggered, this, &FilesView::saveSelected);
    connect(m_uploadFilesAction, &QAction::triggered, this, [this] { uploadChosen(false); });
    connect(m_uploadFolderAction, &QAction::triggered, this, [this] { uploadChosen(true); });
    connect(m_newFolderAction, &QAction::triggered, this, [this] {
        const QString folder = selectedFolder();
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("New folder"));
        dialog->setLabelText(tr("Name of the new folder in “%1”:").arg(folder));
        dialog->setAccessibleName(tr("New folder"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, folder](const QString &name) { makeFolder(folder, name.trimmed()); });
        dialog->open();
    });
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const QString path = selectedPath();
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Rename"));
        dialog->setLabelText(tr("New name for “%1”:").arg(path));
        dialog->setTextValue(CopyRules::base(path));
        dialog->setAccessibleName(tr("Rename"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, path](const QString &name) { renamePath(path, name.trimmed()); });
        dialog->open();
    });
    connect(m_deleteAction, &QAction::triggered, this, [this] { removePath(selectedPath()); });
    connect(m_copyToAction, &QAction::triggered, this, &FilesView::chooseOtherContainer);
    connect(m_followLinksAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kFollowLinksKey), on);
        m_model->setCopyOptions(copyOptions());
    });
    connect(m_keepOwnerAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kKeepOwnerKey), on);
        m_model->setCopyOptions(copyOptions());
    });
    m_model->setCopyOptions(copyOptions());
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &FilesView::showMenu);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex i = m_proxy->mapToSource(index).siblingAtColumn(0);
        if (i.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::File))
            openFile(i.data(ContainerFilesModel::PathRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilesView::updateActions);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FilesView::updateActions);
    connect(m_cancel, &QToolButton::clicked, this, &FilesView::cancelCopy);
    connect(m_model, &ContainerFilesModel::dragFetchStarted, this, &FilesView::dragFetchStarted);
    updateActions();
    connect(m_model, &ContainerFilesModel::folderLoaded, this, &FilesView::showMethod);
    connect(m_model, &ContainerFilesModel::folderFailed, this, [this](const QString &path, const EngineError &error) {
        m_status->setText(tr("“%1” could not be read: %2").arg(path, error.fullText()));
    });
}

FilesView::~FilesView() = default;

void FilesView::CopyNotes::add(const CopyReport &r)
{
    skipped += r.skipped;
    refused += r.refused;
}

QString FilesView::CopyNotes::text() const
{
    QString text;
    if (skipped > 0)
        text += u' ' + FilesView::tr("%n existing file(s) left as they were.", nullptr, int(skipped));
    if (!refused.isEmpty()) {
        QStringList lines;
        for (const RefusedEntry &e : refused)
            lines.append(FilesView::tr("“%1”: %2").arg(e.name, e.reason));
        text += u' ' + FilesView::tr("Not copied, for safety: %1").arg(lines.join(QStringLiteral("; ")));
    }
    return text;
}

void FilesView::dragFetchStarted(CopyJob *job)
{
    // Files dragged out to the desktop: fetched at the drop, one job per dragged path,
    // all at once. Each is shown and canceled like any copy; what they refused or
    // skipped is told once all of them are done.
    if (std::none_of(m_dragJobs.cbegin(), m_dragJobs.cend(), [](const QPointer<CopyJob> &j) { return !j.isNull(); })) {
        m_dragFetched.clear();
        m_dragErrors.clear();
        m_dragNotes = {};
        m_answerForAll.reset();
    }
    m_dragJobs.append(job);
    showProgress(job);
    connect(job, &CopyJob::finished, this, [this, job] {
        m_dragJobs.removeIf([job](const QPointer<CopyJob> &j) { return j.isNull() || j == job; });
        const auto &r = job->result();
        QString text;
        if (r) {
            m_dragFetched.append(tr("“%1”").arg(r->destination));
            m_dragNotes.add(*r);
            CopyNotes mine;
            mine.add(*r);
            text = tr("Fetched “%1” for the drop.").arg(r->destination) + mine.text();
        } else {
            text = r.error().fullText();
            m_dragErrors.append(text);
        }
        if (m_job == job)
            m_job = m_dragJobs.isEmpty() ? nullptr : m_dragJobs.constLast().data();
        if (m_dragJobs.isEmpty()) {
            m_progress->hide();
            m_cancel->hide();
            QString all = m_dragErrors.join(u' ');
            if (!m_dragFetched.isEmpty())
                all = QString(tr("Fetched %1 for the drop.").arg(m_dragFetched.join(QStringLiteral(", "))) + m_dragNotes.text() + u' ' + all).trimmed();
            m_status->setText(all);
        }
        Q_EMIT copyFinished(bool(r), text);
    });
}

bool FilesView::isCopying() const
{
    return !m_job.isNull() || std::any_of(m_dragJobs.cbegin(), m_dragJobs.cend(), [](const QPointer<CopyJob> &j) { return !j.isNull(); });
}

CopyOptions FilesView::copyOptions() const
{
    // Copies started from the browser ask before replacing a file (docker cp would not).
    return CopyOptions{m_followLinksAction->isChecked(), m_keepOwnerAction->isChecked(), true};
}

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
    QString path = at.data(ContainerFilesModel::PathRole).toString();
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
            for (const auto range = e->mimeData()->urls(); const QUrl &url : range)
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
        jobs.append([this, p, folder, o = copyOptions()] { return ContainerFiles(m_engine).copyToContainer(p, m_container, folder, o, this); });
    m_answerForAll.reset();
    m_conflictContainer.clear();
    runJobs(jobs, tr("Copied %1 into “%2”.").arg(hostPaths.join(QStringLiteral(", ")), folder), folder, {});
}

void FilesView::copyFromContainer(const QString &sourceContainer, const QStringList &paths, const QString &folder)
{
    QList<std::function<CopyJob *()>> jobs;
    for (const QString &p : paths)
        jobs.append([this, sourceContainer, p, folder, o = copyOptions()] {
            return ContainerFiles(m_engine).copyBetween(sourceContainer, p, m_container, folder, o, this);
        });
    m_answerForAll.reset();
    m_conflictContainer.clear();
    runJobs(jobs, tr("Copied %1 into “%2”.").arg(paths.join(QStringLiteral(", ")), folder), folder, {});
}

void FilesView::copyToContainer(const QString &destination, const QString &destinationName, const QStringList &paths, const QString &folder)
{
    if (destination.isEmpty() || paths.isEmpty())
        return;
    QList<std::function<CopyJob *()>> jobs;
    for (const QString &p : paths)
        jobs.append([this, destination, p, folder, o = copyOptions()] {
            return ContainerFiles(m_engine).copyBetween(m_container, p, destination, folder, o, this);
        });
    m_answerForAll.reset();
    const QString name = destinationName.isEmpty() ? destination.left(12) : destinationName;
    m_conflictContainer = name;
    // The other container's folder is not shown here: nothing to read again.
    runJobs(jobs, tr("Copied %1 into “%2” of the container %3.").arg(paths.join(QStringLiteral(", ")), folder, name), {}, {});
}

CopyToContainerDialog *FilesView::chooseOtherContainer()
{
    if (!m_engine || m_container.isEmpty() || isCopying())
        return nullptr;
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return nullptr;
    // By default the same folder as in this container ("/" for the root itself).
    const QString &first = paths.first();
    const QString folder = first == u"/" ? QStringLiteral("/") : CopyRules::splitPathDirEntry(first).first;
    auto *dialog = new CopyToContainerDialog(m_engine, m_container, paths, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        copyToContainer(dialog->destinationContainer(), dialog->destinationName(), dialog->paths(), dialog->destinationPath());
    });
    dialog->open();
    return dialog;
}

QStringList FilesView::selectedPaths() const
{
    QStringList paths;
    for (const auto range = m_tree->selectionModel()->selectedRows(0); const QModelIndex &i : range) {
        const QString p = m_proxy->mapToSource(i).data(ContainerFilesModel::PathRole).toString();
        if (!p.isEmpty() && !paths.contains(p))
            paths.append(p);
    }
    if (paths.isEmpty() && !selectedPath().isEmpty())
        paths.append(selectedPath());
    return paths;
}

void FilesView::saveTo(const QString &path, const QString &hostFolder)
{
    m_answerForAll.reset();
    m_conflictContainer.clear();
    runJobs({[this, path, hostFolder, o = copyOptions()] { return ContainerFiles(m_engine).copyFromContainer(m_container, path, hostFolder, o, this); }},
            tr("Saved “%1” in “%2”.").arg(path, hostFolder), {}, {});
}

void FilesView::cancelCopy()
{
    // Every job of the gesture: a drag out runs one per dragged path at once.
    const QList<QPointer<CopyJob>> drags = m_dragJobs;
    for (const QPointer<CopyJob> &j : drags)
        if (j && j != m_job)
            j->cancel();
    if (m_job)
        m_job->cancel();
}

void FilesView::runJobs(QList<std::function<CopyJob *()>> jobs, const QString &doneText, const QString &refreshFolder, CopyNotes notes)
{
    if (jobs.isEmpty() || !m_engine || m_container.isEmpty() || m_job)
        return;
    CopyJob *job = jobs.takeFirst()();
    m_status->clear();
    showProgress(job);
    connect(job, &CopyJob::finished, this, [this, job, jobs, doneText, refreshFolder, notes]() mutable {
        job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancel->hide();
        const auto &r = job->result();
        if (!r) {
            // What the jobs before this one left out is still told.
            const QString text = QString(r.error().fullText() + notes.text()).trimmed();
            m_status->setText(text);
            Q_EMIT copyFinished(false, text);
            return;
        }
        notes.add(*r);
        if (!refreshFolder.isEmpty()) {
            const QModelIndex folder = m_model->indexForPath(refreshFolder);
            if (folder.isValid() || refreshFolder == m_model->rootPath())
                m_model->refresh(folder);
        }
        if (!jobs.isEmpty()) {
            runJobs(jobs, doneText, refreshFolder, notes);
            return;
        }
        const QString text = doneText + notes.text();
        m_status->setText(text);
        Q_EMIT copyFinished(true, text);
    });
}

void FilesView::showProgress(CopyJob *job)
{
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->show();
    m_cancel->show();
    connect(job, &CopyJob::conflict, this, [this, job](const QString &path) { askConflict(job, path); });
    connect(job, &CopyJob::progress, this, [this, job](qint64 bytes, qint64 files) {
        const QLocale locale;
        QString text;
        if (job->totalBytes() > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, bytes * 1000 / job->totalBytes())));
            text = tr("%1 of %2, %3 of %n file(s)", nullptr, int(job->totalFiles()))
                       .arg(locale.formattedDataSize(std::min(bytes, job->totalBytes())), locale.formattedDataSize(job->totalBytes()))
                       .arg(files);
        } else {
            text = tr("%1, %n file(s) so far", nullptr, int(files)).arg(locale.formattedDataSize(bytes));
        }
        m_progress->setFormat(text);
        m_progress->setTextVisible(true);
        m_status->setText(tr("Copying… %1").arg(text));
    });
}

void FilesView::askConflict(CopyJob *job, const QString &path)
{
    if (m_answerForAll) {
        job->answerConflict(*m_answerForAll, true);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace “%1”?").arg(CopyRules::base(path)),
                                m_conflictContainer.isEmpty()
                                    ? tr("“%1” already exists. Replace it with the one being copied, or skip it and keep what is there?").arg(path)
                                    : tr("“%1” already exists in the container %2. Replace it with the one being copied, or skip it and keep what is there?")
                                          .arg(path, m_conflictContainer),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("A file of that name exists"));
    QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setAccessibleName(tr("Replace the existing file"));
    QPushButton *skip = box->addButton(tr("Skip"), QMessageBox::RejectRole);
    skip->setAccessibleName(tr("Skip this file and keep the existing one"));
    box->setDefaultButton(skip);
    auto *all = new QCheckBox(tr("Do the same for every other existing file of this copy"), box);
    all->setAccessibleName(tr("Apply to all"));
    box->setCheckBox(all);
    QPointer<CopyJob> guard = job;
    connect(box, &QMessageBox::buttonClicked, this, [this, guard, replace, all](QAbstractButton *clicked) {
        const auto answer = clicked == replace ? CopyJob::Answer::Replace : CopyJob::Answer::Skip;
        if (all->isChecked())
            m_answerForAll = answer;
        if (guard)
            guard->answerConflict(answer, all->isChecked());
    });
    connect(job, &CopyJob::finished, box, &QMessageBox::close);
    m_prompt = box;
    box->open();
}

QMessageBox *FilesView::conflictPrompt() const
{
    return m_prompt;
}

QString FilesView::selectedPath() const
{
    const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    return cur.isValid() ? cur.data(ContainerFilesModel::PathRole).toString() : QString();
}

QString FilesView::selectedFolder() const
{
    const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    if (!cur.isValid())
        return m_model->rootPath();
    const QString path = cur.data(ContainerFilesModel::PathRole).toString();
    return cur.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::Directory) ? path
                                                                                                      : CopyRules::splitPathDirEntry(path).first;
}

void FilesView::updateActions()
{
    const QModelIndex cur = m_proxy->mapToSource(m_tree->currentIndex()).siblingAtColumn(0);
    const bool any = cur.isValid();
    m_openAction->setEnabled(any && cur.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::File));
    m_renameAction->setEnabled(any);
    m_copyToAction->setEnabled(any);
    m_deleteAction->setEnabled(any);
}

void FilesView::showMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("File actions"));
    for (QAction *a : {m_openAction, m_saveAction, m_uploadFilesAction, m_uploadFolderAction, m_newFolderAction, m_renameAction, m_deleteAction})
        menu.addAction(a);
    menu.addSeparator();
    menu.addAction(m_copyToAction);
    menu.addSeparator();
    menu.addAction(m_followLinksAction);
    menu.addAction(m_keepOwnerAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

FileViewer *FilesView::openFile(const QString &path)
{
    if (path.isEmpty() || !m_engine)
        return nullptr;
    auto *viewer = new FileViewer(m_container.left(12), path, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    auto *watcher = new QFutureWatcher<Result<FileContents>>(viewer);
    connect(watcher, &QFutureWatcher<Result<FileContents>>::finished, viewer, [viewer, watcher] {
        viewer->setContents(watcher->result());
    });
    watcher->setFuture(ContainerFiles(m_engine).readFile(m_container, path, FileViewer::kLimit));
    viewer->show();
    return viewer;
}

void FilesView::change(const QStringList &argv, const QString &doneText, const QString &refreshFolder)
{
    if (!m_engine || m_container.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(watcher, &QFutureWatcher<Result<QByteArray>>::finished, this, [this, watcher, doneText, refreshFolder] {
        watcher->deleteLater();
        const auto r = watcher->result();
        const QString text = r ? doneText : r.error().fullText();
        m_status->setText(text);
        const QModelIndex folder = m_model->indexForPath(refreshFolder);
        if (folder.isValid() || refreshFolder == m_model->rootPath())
            m_model->refresh(folder);
        Q_EMIT changeFinished(bool(r), text);
    });
    watcher->setFuture(ContainerFiles(m_engine).run(m_container, argv));
}

void FilesView::makeFolder(const QString &folder, const QString &name)
{
    if (name.isEmpty() || name.contains(u'/') || name == u"." || name == u"..") {
        m_status->setText(tr("A folder name cannot be empty, “.” or “..”, nor contain “/”."));
        return;
    }
    const QString path = CopyRules::clean(folder + u'/' + name);
    change({QStringLiteral("mkdir"), QStringLiteral("--"), path}, tr("Created the folder “%1”.").arg(path), folder);
}

void FilesView::renamePath(const QString &path, const QString &newName)
{
    if (newName.isEmpty() || newName.contains(u'/') || newName == u"." || newName == u"..") {
        m_status->setText(tr("A name cannot be empty, “.” or “..”, nor contain “/”."));
        return;
    }
    const QString folder = CopyRules::splitPathDirEntry(path).first;
    const QString target = CopyRules::clean(folder + u'/' + newName);
    if (target == path)
        return;
    // -n: never replaces something already called that.
    change({QStringLiteral("mv"), QStringLiteral("-n"), QStringLiteral("--"), path, target},
           tr("Renamed “%1” to “%2”.").arg(path, target), folder);
}

void FilesView::removePath(const QString &path)
{
    if (path.isEmpty() || path == u"/")
        return;
    const QModelIndex index = m_model->indexForPath(path);
    const bool folder = index.data(ContainerFilesModel::TypeRole).toInt() == int(ContainerFileEntry::Type::Directory);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete “%1”?").arg(CopyRules::base(path)),
                                folder ? tr("The folder “%1” and everything in it will be deleted from the container %2. This cannot be undone.")
                                             .arg(path, m_container.left(12))
                                       : tr("“%1” will be deleted from the container %2. This cannot be undone.").arg(path, m_container.left(12)),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Confirm the deletion"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete %1").arg(path));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setAccessibleName(tr("Keep it"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, path](QAbstractButton *clicked) {
        if (clicked == remove)
            change({QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral("-f"), QStringLiteral("--"), path},
                   tr("Deleted “%1”.").arg(path), CopyRules::splitPathDirEntry(path).first);
    });
    box->open();
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

void FilesView::uploadChosen(bool folders)
{
    const QString folder = selectedFolder();
    auto *dialog = new QFileDialog(this, folders ? tr("Upload a folder into “%1”").arg(folder) : tr("Upload files into “%1”").arg(folder));
    dialog->setFileMode(folders ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (folders)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this, folder](const QStringList &files) { upload(files, folder); });
    dialog->open();
}
