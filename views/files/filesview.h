#pragma once

#include "containerfiles.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class ContainerFilesModel;
class CopyToContainerDialog;
class FileViewer;
class QAction;
class QMessageBox;
class Engine;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

/// The Files tab of a container: its tree read one folder at a time, a path bar,
/// a filter, which way the folders are read (and what that costs), saving to the
/// computer, uploading, and files dropped from the desktop's file manager
/// (text/uri-list) copied into the folder they are dropped on, files dragged out to
/// it (fetched when dropped), an overwrite prompt (replace, skip, apply to all),
/// progress in bytes and files with cancel, a read-only viewer, and new folder,
/// rename and delete through exec (argv, never a shell line) in a running container.
class FilesView : public QWidget
{
    Q_OBJECT
public:
    explicit FilesView(QWidget *parent = nullptr);
    ~FilesView() override;

    void setEngine(Engine *engine);
    /// Shows a container (read when the view is visible). Empty clears.
    void setContainer(const QString &containerId);
    /// Opens `path` as the tree's root.
    void openPath(const QString &path);

    /// Copies host files or folders into the container folder `folder` (a drop does this).
    void upload(const QStringList &hostPaths, const QString &folder);
    /// Copies paths of another container (of the same engine) into `folder` of this one.
    void copyFromContainer(const QString &sourceContainer, const QStringList &paths, const QString &folder);
    /// Copies paths of this container into `folder` of another container of the same
    /// engine (`destinationName` names it in messages and in the overwrite prompt).
    void copyToContainer(const QString &destination, const QString &destinationName, const QStringList &paths, const QString &folder);
    /// "Copy to Another Container…": asks where the selected files go (the dialog is
    /// returned, open; it deletes itself when closed), then copies them there.
    CopyToContainerDialog *chooseOtherContainer();
    /// The options of every copy started from the view: docker cp -L and -a, as the
    /// two checkable actions say (kept in the settings), and asking before replacing.
    CopyOptions copyOptions() const;
    QAction *followLinksAction() const { return m_followLinksAction; }
    QAction *keepOwnerAction() const { return m_keepOwnerAction; }
    QAction *copyToContainerAction() const { return m_copyToAction; }
    /// Copies the container path `path` into the host folder `hostFolder`.
    void saveTo(const QString &path, const QString &hostFolder);
    /// Stops the copy in progress.
    void cancelCopy();
    /// Opens a container file read-only in a FileViewer (returned; it deletes itself on close).
    FileViewer *openFile(const QString &path);
    /// Asks to confirm, naming exactly what goes, then `rm -r -- path` in the container.
    void removePath(const QString &path);
    /// `mkdir -- folder/name` in the container.
    void makeFolder(const QString &folder, const QString &name);
    /// `mv -- path folder/newName` in the container (newName is one name, no '/').
    void renamePath(const QString &path, const QString &newName);
    /// The question shown for an existing file, while one is open.
    QMessageBox *conflictPrompt() const;

    ContainerFilesModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    /// The folder a drop at `pos` (viewport coordinates) goes into.
    QString dropFolder(const QPoint &pos) const;
    bool isCopying() const;
    /// The paths of the selected rows (the current one when none is selected).
    QStringList selectedPaths() const;

Q_SIGNALS:
    /// A copy ended: `message` says what was done or what went wrong.
    void copyFinished(bool ok, const QString &message);
    /// A new folder, rename or delete ended.
    void changeFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    /// What the jobs of one gesture left out: files skipped at the user's word and
    /// entries refused for safety, gathered across all the jobs.
    struct CopyNotes
    {
        qint64 skipped = 0;
        QList<RefusedEntry> refused;
        void add(const CopyReport &r);
        QString text() const;
    };
    void runJobs(QList<std::function<CopyJob *()>> jobs, const QString &doneText, const QString &refreshFolder, CopyNotes notes);
    void dragFetchStarted(CopyJob *job);
    void showMethod();
    void showProgress(CopyJob *job);
    void askConflict(CopyJob *job, const QString &path);
    void saveSelected();
    void uploadChosen(bool folders);
    QString selectedPath() const;
    QString selectedFolder() const;
    void change(const QStringList &argv, const QString &doneText, const QString &refreshFolder);
    void updateActions();
    void showMenu(const QPoint &pos);

    QPointer<Engine> m_engine;
    QString m_container;
    QString m_loaded; ///< the container whose tree is shown
    QString m_root = QStringLiteral("/");
    ContainerFilesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_path;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QLabel *m_method;
    QToolButton *m_refresh;
    QToolButton *m_save;
    QToolButton *m_upload;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_status;
    QPointer<CopyJob> m_job;
    /// Files dragged out to the desktop: one job per dragged path, all running at once.
    QList<QPointer<CopyJob>> m_dragJobs;
    QStringList m_dragFetched;
    QStringList m_dragErrors;
    CopyNotes m_dragNotes;
    QString m_conflictContainer; ///< the other container a copy goes into (named in the prompt)
    QPointer<QMessageBox> m_prompt;
    std::optional<CopyJob::Answer> m_answerForAll; ///< "apply to all" for the copies of one gesture
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_uploadFilesAction;
    QAction *m_uploadFolderAction;
    QAction *m_newFolderAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_copyToAction;
    QAction *m_followLinksAction;
    QAction *m_keepOwnerAction;
    QToolButton *m_copyTo;
    QToolButton *m_options;
    QToolButton *m_open;
    QToolButton *m_newFolder;
    QToolButton *m_rename;
    QToolButton *m_delete;
};
