#pragma once

#include <QModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class ImageDetails;
class ImagesModel;
class ImportImageDialog;
class LoadImagesDialog;
class SaveImagesDialog;
class PullDialog;
class PushDialog;
class PushOperation;
class RegistryAuth;
class SearchDialog;
class ImagesProxyModel;
class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QToolBar;
class QToolButton;
class QTreeView;

/// The image browser: actions, a filter box with state toggles, the sortable
/// image tree (one row per image, one child row per tag when it has several) and,
/// below it, the selected image's details (configuration, layer history, inspect).
class ImagesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImagesPage(ImagesModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ImagesProxyModel *proxy() const { return m_proxy; }
    ImageDetails *details() const { return m_details; }
    /// The page's actions; others (pull, push, search) may be added to it.
    QToolBar *toolBar() const { return m_toolBar; }
    QToolButton *danglingToggle() const { return m_dangling; }
    QToolButton *inUseToggle() const { return m_inUse; }
    QToolButton *unusedToggle() const { return m_unused; }
    QAction *runAction() const { return m_runAction; }
    QAction *tagAction() const { return m_tagAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *pruneAction() const { return m_pruneAction; }
    QAction *pullAction() const { return m_pullAction; }
    QAction *pushAction() const { return m_pushAction; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *loadAction() const { return m_loadAction; }
    QAction *importAction() const { return m_importAction; }

    /// The registry credentials pulls and pushes use. Without one, the page makes its
    /// own on first use; an application with a login elsewhere shares its instance.
    void setRegistryAuth(RegistryAuth *auth);

    /// The image ID of the current row (a tag row gives its image's); empty for none.
    QString currentImageId() const;
    /// The tag of the current row: a tag row's, or an image row's only tag.
    QString currentTag() const;
    /// What `docker run` is given for the current row: its tag, an image row's first
    /// tag, or the short ID of an image without one; empty for none.
    QString currentRunReference() const;
    /// Makes the image with `id` current (and visible).
    bool selectImage(const QString &id);
    /// Makes image `id` current as soon as the list holds it (a build's image arrives
    /// before the list hears of it), clearing a filter that would hide it.
    void revealImage(const QString &id);
    QString pendingReveal() const { return m_pendingReveal; }

    /// The dialogs, opened for the current row (tests drive them; users click).
    QDialog *openTagDialog();
    /// Remove… for the selection: the one image's dialog, or, when several images are
    /// selected, one confirmation for them all (RemoveImagesDialog).
    QDialog *openRemoveDialog();
    /// The distinct images of the selected rows (a tag row counts as its image), in
    /// the list's order.
    QStringList selectedImageIds() const;
    QDialog *openUntagDialog(const QString &repoTag);
    QDialog *openPruneDialog();
    /// The pull, push and search windows: one each, kept while their transfers run.
    PullDialog *openPullDialog(const QString &reference = {});
    PushDialog *openPushDialog(const QString &repoTag);
    /// The tags the selection names: a tag row's tag, every tag of an image row; in the
    /// list's order.
    QStringList selectedTags() const;
    /// Push… with several tags selected: a confirmation that says where each one goes
    /// (registry, repository) and which cannot be pushed, then one push per tag in the
    /// push window, each in its tab with its progress and result. Returns the confirmation.
    QDialog *askPushSelected();
    /// Starts one push per tag in the push window (what the confirmation does).
    QList<PushOperation *> pushTags(const QStringList &tags);
    SearchDialog *openSearchDialog();
    /// Save (the current image checked), load and import: one window each, kept while
    /// its transfer runs.
    SaveImagesDialog *openSaveDialog();
    LoadImagesDialog *openLoadDialog();
    ImportImageDialog *openImportDialog();

Q_SIGNALS:
    /// Run… (or Enter, or a double click) on an image: `reference` names it.
    void runRequested(const QString &reference);
    /// The user asked for the Dockerfile line that made a layer of an image built in Cais.
    void dockerfileLineRequested(const QString &dockerfilePath, int line);

private:
    bool tryReveal();
    void updateCount();
    void updateActions();
    /// The selected rows in the list's order (an image row, then its tag rows).
    QModelIndexList selectedRowsInOrder() const;
    void updateStateFilter();
    void showContextMenu(const QPoint &pos);
    void copyText(const QString &text);
    void run();
    /// Selects the image a load or an import made (a name is looked up first).
    void revealLoaded(const QString &nameOrId);
    QHash<QString, QString> knownTags() const;
    void showModeless(QDialog *dialog);
    RegistryAuth *registryAuth();
    static void bringUp(QDialog *dialog);

    ImagesModel *m_model;
    ImagesProxyModel *m_proxy;
    QString m_pendingReveal;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QToolButton *m_dangling;
    QToolButton *m_inUse;
    QToolButton *m_unused;
    QLabel *m_count;
    QSplitter *m_split;
    QTreeView *m_view;
    ImageDetails *m_details;
    QAction *m_runAction;
    QAction *m_tagAction;
    QAction *m_removeAction;
    QAction *m_pruneAction;
    QAction *m_pullAction;
    QAction *m_pushAction;
    QAction *m_searchAction;
    QAction *m_saveAction;
    QAction *m_loadAction;
    QAction *m_importAction;
    QPointer<RegistryAuth> m_auth;
    QPointer<PullDialog> m_pull;
    QPointer<PushDialog> m_push;
    QPointer<SearchDialog> m_search;
    QPointer<SaveImagesDialog> m_save;
    QPointer<LoadImagesDialog> m_load;
    QPointer<ImportImageDialog> m_import;
    QTimer m_detailsDelay; ///< arrow keys through the list must not fire a request per row
    QPointer<QDialog> m_dialog;
    bool m_listWasEmpty = true; ///< when the last list came (or before the first)
};
