#include "imagespage.h"

#include "images/archivedialogs.h"
#include "images/imagedetails.h"
#include "images/prunedialog.h"
#include "images/pulldialog.h"
#include "images/pushdialog.h"
#include "pullpush.h"
#include "images/removedialog.h"
#include "images/removeimagesdialog.h"
#include "images/searchdialog.h"
#include "images/tagdialog.h"
#include "images/tagimagesdialog.h"
#include "imagesmodel.h"
#include "imagesapi.h"
#include "imagesproxymodel.h"
#include "reference.h"
#include "registryauth.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>
#include <memory>

ImagesPage::ImagesPage(ImagesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ImagesProxyModel(this))
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_dangling(new QToolButton(this))
    , m_inUse(new QToolButton(this))
    , m_unused(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_view(new QTreeView(m_split))
    , m_details(new ImageDetails(m_split))
{
    setObjectName(QStringLiteral("imagesPage"));
    setAccessibleName(tr("Images"));
    m_proxy->setSourceModel(model);

    // --- actions
    m_toolBar->setObjectName(QStringLiteral("imagesToolBar"));
    m_toolBar->setAccessibleName(tr("Image actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_runAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start"), style()->standardIcon(QStyle::SP_MediaPlay)),
                                       tr("Run…"), this, &ImagesPage::run);
    m_runAction->setObjectName(QStringLiteral("runImageAction"));
    m_runAction->setToolTip(tr("Run a container of the selected image (Enter)"));
    m_tagAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("tag-new"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                                       tr("Tag…"), this, [this] { openTagDialog(); });
    m_tagAction->setObjectName(QStringLiteral("tagImageAction"));
    m_tagAction->setToolTip(tr("Give the selected image another name (docker tag)"));
    m_removeAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon)),
                                          tr("Remove…"), this, [this] {
                                              if (selectedImageIds().size() > 1 || !m_view->currentIndex().data(ImagesModel::IsTagRole).toBool())
                                                  openRemoveDialog();
                                              else
                                                  openUntagDialog(currentTag());
                                          });
    m_removeAction->setObjectName(QStringLiteral("removeImageAction"));
    m_removeAction->setToolTip(tr("Remove the selected image, or the selected tag (Delete)"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_pruneAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-clear-all"), style()->standardIcon(QStyle::SP_DialogResetButton)),
                                         tr("Prune…"), this, [this] { openPruneDialog(); });
    m_pruneAction->setObjectName(QStringLiteral("pruneImagesAction"));
    m_pruneAction->setToolTip(tr("Remove dangling or unused images, after a preview of what goes"));
    m_toolBar->addSeparator();
    m_pullAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("download"), style()->standardIcon(QStyle::SP_ArrowDown)),
                                        tr("Pull…"), this, [this] { openPullDialog(); });
    m_pullAction->setObjectName(QStringLiteral("pullImageAction"));
    m_pullAction->setToolTip(tr("Pull an image from a registry"));
    m_pushAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("upload"), style()->standardIcon(QStyle::SP_ArrowUp)),
                                        tr("Push…"), this, [this] {
                                            if (selectedTags().size() > 1)
                                                askPushSelected();
                                            else
                                                openPushDialog(currentTag());
                                        });
    m_pushAction->setObjectName(QStringLiteral("pushImageAction"));
    m_pushAction->setToolTip(tr("Push the selected tag to its registry"));
    m_searchAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-find"), style()->standardIcon(QStyle::SP_FileDialogContentsView)),
                                          tr("Search Docker Hub…"), this, [this] { openSearchDialog(); });
    m_searchAction->setObjectName(QStringLiteral("searchHubAction"));
    m_searchAction->setToolTip(tr("Find images on Docker Hub"));
    // Save, load and import share one button: the tool bar stays narrow enough to show it.
    auto archiveAction = [this](const QString &icon, QStyle::StandardPixmap fallback, const QString &text, const QString &name,
                                const QString &tip, const std::function<void()> &open) {
        auto *a = new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, open);
        return a;
    };
    m_saveAction = archiveAction(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, tr("Save Images…"), QStringLiteral("saveImagesAction"),
                                 tr("Save images to a .tar or .tar.gz archive (docker save)"), [this] { openSaveDialog(); });
    m_loadAction = archiveAction(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, tr("Load Images…"), QStringLiteral("loadImagesAction"),
                                 tr("Load the images of an archive (docker load)"), [this] { openLoadDialog(); });
    m_importAction = archiveAction(QStringLiteral("document-import"), QStyle::SP_FileDialogToParent, tr("Import Image…"),
                                   QStringLiteral("importImageAction"), tr("Make an image from a tar of files (docker import)"),
                                   [this] { openImportDialog(); });
    auto *archives = new QToolButton(this);
    archives->setObjectName(QStringLiteral("imageArchivesButton"));
    archives->setText(tr("Save/Load"));
    archives->setIcon(m_saveAction->icon());
    archives->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    archives->setToolTip(tr("Save images to an archive, load an archive, or import a tar of files"));
    archives->setAccessibleName(tr("Save, load or import images"));
    archives->setPopupMode(QToolButton::InstantPopup);
    auto *archiveMenu = new QMenu(archives);
    archiveMenu->setAccessibleName(tr("Image archives"));
    archiveMenu->addActions({m_saveAction, m_loadAction, m_importAction});
    archives->setMenu(archiveMenu);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(archives);
    // Shortcuts of the tool bar's actions work while the list has focus.
    m_view->addAction(m_removeAction);

    // --- filter
    m_filter->setObjectName(QStringLiteral("imagesFilter"));
    m_filter->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_filter->setPlaceholderText(tr("Filter by repository, tag, ID or label"));
    m_filter->setAccessibleName(tr("Filter images"));
    m_filter->setClearButtonEnabled(true);
    // In a narrow window the toolbar folds its actions into its » menu; the filter,
    // used all the time, keeps room to type in.
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ImagesProxyModel::setFilterText);

    auto *focusFilter = new QAction(tr("Filter images"), this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(focusFilter);

    const struct
    {
        QToolButton *button;
        QString name;
        QString text;
        QString tip;
    } toggles[] = {
        {m_dangling, QStringLiteral("danglingToggle"), tr("Dangling"), tr("Show images without a tag")},
        {m_inUse, QStringLiteral("inUseToggle"), tr("In use"), tr("Show images that containers use")},
        {m_unused, QStringLiteral("unusedToggle"), tr("Unused"), tr("Show images no container uses")},
    };
    for (const auto &t : toggles) {
        t.button->setObjectName(t.name);
        t.button->setText(t.text);
        t.button->setToolTip(t.tip + QLatin1Char('\n') + tr("With none of these on, every image shows."));
        t.button->setAccessibleName(t.tip);
        t.button->setCheckable(true);
        t.button->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
        t.button->setAutoRaise(false); // they must look like the switches they are
        connect(t.button, &QToolButton::toggled, this, &ImagesPage::updateStateFilter);
    }

    m_count->setObjectName(QStringLiteral("imagesCount"));
    m_count->setAccessibleName(tr("Number of images"));

    // --- list
    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setAccessibleName(tr("Image list"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    // Several images at once for Remove (Ctrl/Shift+click); the other actions take the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(ImagesModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView *h = m_view->header();
    h->setStretchLastSection(true);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionsMovable(true);
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(ImagesModel::RepositoryColumn, 16 * em);
    h->resizeSection(ImagesModel::TagColumn, 9 * em);
    h->resizeSection(ImagesModel::IdColumn, fm.horizontalAdvance(QStringLiteral("0123456789abc")) + em);
    {
        // As wide as the longest of the usual ages, in this language.
        const QDateTime now = QDateTime::currentDateTime();
        int widest = 0;
        for (qint64 ago : {59LL, 59LL * 60, 47LL * 3600, 13LL * 86400, 8LL * 7 * 86400, 23LL * 30 * 86400})
            widest = std::max(widest, fm.horizontalAdvance(ImagesModel::relativeTime(now.addSecs(-ago), now)));
        h->resizeSection(ImagesModel::CreatedColumn, widest + 2 * em);
    }
    h->resizeSection(ImagesModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("999.99 MB")) + em);
    h->resizeSection(ImagesModel::SharedSizeColumn, fm.horizontalAdvance(QStringLiteral("999.99 MB")) + em);
    h->resizeSection(ImagesModel::ContainersColumn, fm.horizontalAdvance(tr("Containers")) + em);
    h->resizeSection(ImagesModel::StatusColumn, fm.horizontalAdvance(tr("Dangling, in use")) + em);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ImagesPage::showContextMenu);
    // Enter or a double click runs the image, as in the other tools.
    connect(m_view, &QTreeView::activated, this, &ImagesPage::run);

    // --- details of the current image, loaded once the selection rests
    m_details->setObjectName(QStringLiteral("imageDetails"));
    m_detailsDelay.setSingleShot(true);
    m_detailsDelay.setInterval(80);
    connect(&m_detailsDelay, &QTimer::timeout, this, [this] {
        m_details->setEngine(m_model->engine());
        m_details->showImage(currentImageId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImagesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        if (currentImageId() != m_details->imageId())
            m_detailsDelay.start();
    });
    // The shown image got or lost a name: the details follow. (Ages ticking and
    // container counts change cells too, but nothing the details show.)
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        const QString id = m_details->imageId();
        if (id.isEmpty() || tl.internalPointer() || !m_details->isLoaded() || m_details->inspected().id != id)
            return;
        const int row = m_model->rowOfId(id);
        if (row < tl.row() || row > br.row())
            return;
        const ImageSummary &img = m_model->image(row);
        const ImageInspect &shown = m_details->inspected();
        const auto asSet = [](const QStringList &l) { return QSet<QString>(l.begin(), l.end()); };
        if (asSet(img.repoTags) != asSet(shown.repoTags) || asSet(img.repoDigests) != asSet(shown.repoDigests))
            m_details->reload();
    });
    connect(m_details, &ImageDetails::dockerfileLineRequested, this, &ImagesPage::dockerfileLineRequested);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingReveal.isEmpty())
            tryReveal();
    });
    connect(m_model, &ImagesModel::refreshed, this, [this] {
        if (!m_pendingReveal.isEmpty())
            tryReveal();
        // A list that was empty (at start, or on another engine) is painted as soon as
        // it is in, before what else came from the engine meanwhile (the other pages'
        // lists) is read: it is what the user is waiting for.
        const bool empty = m_model->rowCount() == 0;
        if (m_listWasEmpty && !empty && m_view->isVisible())
            m_view->viewport()->repaint();
        m_listWasEmpty = empty;
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_details->imageId().isEmpty() && m_model->rowOfId(m_details->imageId()) < 0)
            m_details->showImage(currentImageId());
    });

    m_split->setObjectName(QStringLiteral("imagesSplitter"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_toolBar);
    top->addWidget(m_filter, 1);
    top->addWidget(m_dangling);
    top->addWidget(m_inUse);
    top->addWidget(m_unused);
    top->addSpacing(6);
    top->addWidget(m_count);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_split, 1);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ImagesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ImagesPage::updateCount);
    updateCount();
    updateActions();
}

void ImagesPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_count->setText(tr("%n image(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n image(s)", nullptr, total).arg(shown));
}

void ImagesPage::updateActions()
{
    const bool any = !currentImageId().isEmpty();
    m_runAction->setEnabled(any);
    const qsizetype many = selectedImageIds().size();
    const qsizetype tags = selectedTags().size();
    m_tagAction->setEnabled(any || tags > 0);
    m_tagAction->setText(tags > 1 ? tr("Tag %n Names…", nullptr, int(tags)) : tr("Tag…"));
    m_removeAction->setEnabled(any || many > 0);
    const bool tagRow = m_view->currentIndex().data(ImagesModel::IsTagRole).toBool();
    m_removeAction->setText(many > 1 ? tr("Remove %n Images…", nullptr, int(many)) : tagRow ? tr("Untag…") : tr("Remove…"));
    m_pushAction->setEnabled(!currentTag().isEmpty() || tags > 0);
    m_pushAction->setText(tags > 1 ? tr("Push %n Tags…", nullptr, int(tags)) : tr("Push…"));
}

void ImagesPage::updateStateFilter()
{
    ImagesProxyModel::StateFilters f;
    if (m_dangling->isChecked())
        f |= ImagesProxyModel::Dangling;
    if (m_inUse->isChecked())
        f |= ImagesProxyModel::InUse;
    if (m_unused->isChecked())
        f |= ImagesProxyModel::Unused;
    m_proxy->setStateFilter(f);
}

QString ImagesPage::currentImageId() const
{
    return m_view->currentIndex().data(ImagesModel::IdRole).toString();
}

QString ImagesPage::currentTag() const
{
    return m_view->currentIndex().data(ImagesModel::RepoTagRole).toString();
}

QString ImagesPage::currentRunReference() const
{
    const QModelIndex idx = m_view->currentIndex();
    const QString id = idx.data(ImagesModel::IdRole).toString();
    if (id.isEmpty())
        return {};
    QString tag = idx.data(ImagesModel::RepoTagRole).toString();
    if (!tag.isEmpty())
        return tag;
    const QStringList tags = idx.data(ImagesModel::RepoTagsRole).toStringList();
    return tags.isEmpty() ? id.mid(id.indexOf(QLatin1Char(':')) + 1, 12) : tags.first();
}

void ImagesPage::run()
{
    const QString ref = currentRunReference();
    if (!ref.isEmpty())
        Q_EMIT runRequested(ref);
}

bool ImagesPage::selectImage(const QString &id)
{
    const QModelIndex src = m_model->indexOfId(id);
    const QModelIndex idx = m_proxy->mapFromSource(src);
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

void ImagesPage::revealImage(const QString &id)
{
    m_pendingReveal = id;
    if (!tryReveal())
        m_model->refresh(); // an untagged build sends no image event
}

bool ImagesPage::tryReveal()
{
    const QString id = m_pendingReveal;
    if (id.isEmpty() || !m_model->indexOfId(id).isValid())
        return false;
    m_pendingReveal.clear();
    if (!selectImage(id)) {
        // Filtered out: show everything rather than select nothing.
        m_filter->clear();
        for (QToolButton *b : {m_dangling, m_inUse, m_unused})
            b->setChecked(false);
        selectImage(id);
    }
    return true;
}

QHash<QString, QString> ImagesPage::knownTags() const
{
    QHash<QString, QString> tags;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ImageSummary &img = m_model->image(r);
        for (const QString &t : img.repoTags)
            tags.insert(t, img.id);
    }
    return tags;
}

void ImagesPage::showModeless(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QDialog *ImagesPage::openTagDialog()
{
    // Several names selected: one new name each (a prefix, a tag), in one dialog.
    if (const QStringList names = selectedTags(); names.size() > 1 && m_model->engine()) {
        auto *d = new TagImagesDialog(m_model->engine(), names, this);
        showModeless(d);
        return d;
    }
    const QString id = currentImageId();
    if (id.isEmpty() || !m_model->engine())
        return nullptr;
    const int row = m_model->rowOfId(id);
    auto *d = new TagDialog(m_model->engine(), id, row >= 0 ? m_model->image(row).repoTags : QStringList(), currentTag(), this);
    d->setKnownTags(knownTags());
    showModeless(d);
    return d;
}

QModelIndexList ImagesPage::selectedRowsInOrder() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    // As listed: by the image row, a tag row after its image's.
    const auto place = [](const QModelIndex &i) {
        return i.parent().isValid() ? std::pair{i.parent().row(), i.row() + 1} : std::pair{i.row(), 0};
    };
    std::sort(rows.begin(), rows.end(), [&place](const QModelIndex &a, const QModelIndex &b) { return place(a) < place(b); });
    return rows;
}

QStringList ImagesPage::selectedImageIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectedRowsInOrder();
    for (const QModelIndex &i : rows) {
        const QString id = i.data(ImagesModel::IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QDialog *ImagesPage::openRemoveDialog()
{
    const QStringList selected = selectedImageIds();
    if (selected.size() > 1 && m_model->engine()) {
        QList<RemoveImagesDialog::Target> targets;
        for (const QString &id : selected) {
            const int row = m_model->rowOfId(id);
            if (row < 0)
                continue;
            targets << RemoveImagesDialog::Target{id, m_model->image(row).repoTags, m_model->image(row).size};
        }
        auto *d = new RemoveImagesDialog(m_model->engine(), targets, this);
        showModeless(d);
        return d;
    }
    const QString id = currentImageId().isEmpty() ? selected.value(0) : currentImageId();
    const int row = m_model->rowOfId(id);
    if (row < 0 || !m_model->engine())
        return nullptr;
    RemoveDialog::Target t;
    t.imageId = id;
    t.tags = m_model->image(row).repoTags;
    t.size = m_model->image(row).size;
    auto *d = new RemoveDialog(m_model->engine(), t, this);
    showModeless(d);
    return d;
}

QDialog *ImagesPage::openUntagDialog(const QString &repoTag)
{
    const QString id = currentImageId();
    const int row = m_model->rowOfId(id);
    if (row < 0 || repoTag.isEmpty() || !m_model->engine())
        return nullptr;
    RemoveDialog::Target t;
    t.imageId = id;
    t.tags = m_model->image(row).repoTags;
    t.size = m_model->image(row).size;
    t.tag = repoTag;
    auto *d = new RemoveDialog(m_model->engine(), t, this);
    showModeless(d);
    return d;
}

QDialog *ImagesPage::openPruneDialog()
{
    if (!m_model->engine())
        return nullptr;
    auto *d = new PruneDialog(m_model->engine(), this, [model = QPointer<ImagesModel>(m_model)] {
        return model ? model->pruneKnownLists() : std::nullopt;
    });
    showModeless(d);
    return d;
}

void ImagesPage::setRegistryAuth(RegistryAuth *auth)
{
    m_auth = auth;
}

RegistryAuth *ImagesPage::registryAuth()
{
    if (!m_auth)
        m_auth = new RegistryAuth(this);
    return m_auth;
}

void ImagesPage::bringUp(QDialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

PullDialog *ImagesPage::openPullDialog(const QString &reference)
{
    if (!m_model->engine())
        return nullptr;
    if (!m_pull)
        m_pull = new PullDialog(m_model->engine(), registryAuth(), this);
    if (!reference.isEmpty())
        m_pull->setReference(reference);
    bringUp(m_pull);
    return m_pull;
}

QStringList ImagesPage::selectedTags() const
{
    const QModelIndexList rows = selectedRowsInOrder();
    QStringList tags;
    for (const QModelIndex &i : rows) {
        QStringList of;
        if (i.data(ImagesModel::IsTagRole).toBool()) {
            of << i.data(ImagesModel::RepoTagRole).toString();
        } else {
            const int row = m_model->rowOfId(i.data(ImagesModel::IdRole).toString());
            if (row >= 0)
                of = m_model->image(row).repoTags;
        }
        for (const QString &t : std::as_const(of)) {
            if (!t.isEmpty() && !tags.contains(t))
                tags << t;
        }
    }
    return tags;
}

QDialog *ImagesPage::askPushSelected()
{
    const QStringList tags = selectedTags();
    if (tags.isEmpty() || !m_model->engine())
        return nullptr;
    QStringList good, lines;
    for (const QString &t : tags) {
        const PushDialog::Check c = PushDialog::check(t);
        if (c.ok)
            good << t;
        lines << (c.ok ? c.message : tr("Cannot push %1: %2").arg(t, c.message));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Push Tags"),
                                tr("Push %n tag(s)? Each goes to the registry its name says:", nullptr, int(good.size())), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("pushTagsConfirmation"));
    box->setAccessibleName(tr("Push tags"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton *push = box->addButton(tr("Push %n Tag(s)", nullptr, int(good.size())), QMessageBox::AcceptRole);
    push->setObjectName(QStringLiteral("pushTagsButton"));
    push->setEnabled(!good.isEmpty());
    box->setDefaultButton(push);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(push, &QPushButton::clicked, this, [this, good] { pushTags(good); });
    box->open();
    return box;
}

QList<PushOperation *> ImagesPage::pushTags(const QStringList &tags)
{
    QList<PushOperation *> ops;
    PushDialog *d = openPushDialog(QString());
    if (!d)
        return ops;
    // Repositories at once, the tags of one repository one after the other (as
    // `docker push --all-tags` does): two pushes of the same blobs into one repository
    // at the same moment can make a registry answer 500 (seen with distribution 2.8).
    auto queues = std::make_shared<QHash<QString, QStringList>>();
    QStringList order;
    for (const QString &t : tags) {
        const PushDialog::Check c = PushDialog::check(t);
        const QString repo = c.ok ? c.reference.name() : t;
        if (!queues->contains(repo))
            order << repo;
        (*queues)[repo] << t;
    }
    QPointer<PushDialog> dialog(d);
    auto startNext = std::make_shared<std::function<PushOperation *(const QString &)>>();
    // Held by the pushes' connections only (weakly by itself): no cycle.
    *startNext = [dialog, queues, weak = std::weak_ptr(startNext)](const QString &repo) -> PushOperation * {
        while (dialog && !(*queues)[repo].isEmpty()) {
            dialog->setReference((*queues)[repo].takeFirst());
            if (PushOperation *op = dialog->startPush()) {
                // The next tag of this repository when this one has ended, however it ended.
                if (auto self = weak.lock())
                    QObject::connect(op, &RegistryOperation::finished, dialog, [self, repo] { (*self)(repo); });
                return op;
            }
        }
        return nullptr;
    };
    for (const QString &repo : std::as_const(order)) {
        if (PushOperation *op = (*startNext)(repo))
            ops << op;
    }
    return ops;
}

PushDialog *ImagesPage::openPushDialog(const QString &repoTag)
{
    if (!m_model->engine())
        return nullptr;
    if (!m_push)
        m_push = new PushDialog(m_model->engine(), registryAuth(), this);
    if (!repoTag.isEmpty())
        m_push->setReference(repoTag);
    bringUp(m_push);
    return m_push;
}

SearchDialog *ImagesPage::openSearchDialog()
{
    if (!m_model->engine())
        return nullptr;
    if (!m_search) {
        m_search = new SearchDialog(m_model->engine(), this);
        if (!m_pull) // shown when a result is pulled
            m_pull = new PullDialog(m_model->engine(), registryAuth(), this);
        m_search->setPullDialog(m_pull);
    }
    bringUp(m_search);
    return m_search;
}

SaveImagesDialog *ImagesPage::openSaveDialog()
{
    if (!m_model->engine())
        return nullptr;
    if (m_save && m_save->isRunning()) {
        bringUp(m_save);
        return m_save;
    }
    if (m_save)
        m_save->deleteLater();
    QList<SaveImagesDialog::Choice> choices;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ImageSummary &img = m_model->image(r);
        choices.append({img.id, img.repoTags, img.size});
    }
    const QString current = currentImageId();
    m_save = new SaveImagesDialog(m_model->engine(), choices, current.isEmpty() ? QStringList() : QStringList{current}, this);
    m_save->setAttribute(Qt::WA_DeleteOnClose);
    bringUp(m_save);
    return m_save;
}

LoadImagesDialog *ImagesPage::openLoadDialog()
{
    if (!m_model->engine())
        return nullptr;
    if (!m_load) {
        m_load = new LoadImagesDialog(m_model->engine(), this);
        m_load->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_load, &LoadImagesDialog::loaded, this, [this](const QStringList &names) {
            if (!names.isEmpty())
                revealLoaded(names.first());
        });
    }
    bringUp(m_load);
    return m_load;
}

ImportImageDialog *ImagesPage::openImportDialog()
{
    if (!m_model->engine())
        return nullptr;
    if (!m_import) {
        m_import = new ImportImageDialog(m_model->engine(), this);
        m_import->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_import, &ImportImageDialog::imported, this, &ImagesPage::revealLoaded);
    }
    bringUp(m_import);
    return m_import;
}

void ImagesPage::revealLoaded(const QString &nameOrId)
{
    if (Reference::isImageId(nameOrId)) {
        revealImage(nameOrId.startsWith(u"sha256:") ? nameOrId : u"sha256:" + nameOrId);
        return;
    }
    if (!m_model->engine())
        return;
    ImagesApi::inspect(*m_model->engine(), nameOrId).then(this, [this](const Result<ImageInspect> &r) {
        if (r)
            revealImage(r->id);
    });
}

void ImagesPage::copyText(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

void ImagesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    const QString id = idx.data(ImagesModel::IdRole).toString();
    const bool tagRow = idx.data(ImagesModel::IsTagRole).toBool();
    const QStringList tags = idx.data(ImagesModel::RepoTagsRole).toStringList();

    QMenu menu(this);
    menu.setAccessibleName(tr("Image actions"));
    menu.addAction(m_runAction);
    menu.addSeparator();
    menu.addAction(m_tagAction);
    if (tagRow) {
        const QString tag = idx.data(ImagesModel::RepoTagRole).toString();
        menu.addAction(tr("Untag %1…").arg(tag), this, [this, tag] { openUntagDialog(tag); });
    } else if (tags.size() == 1) {
        menu.addAction(tr("Untag %1…").arg(tags.first()), this, [this, tag = tags.first()] { openUntagDialog(tag); });
    } else if (tags.size() > 1) {
        QMenu *untag = menu.addMenu(tr("Untag"));
        for (const QString &t : tags)
            untag->addAction(t, this, [this, t] { openUntagDialog(t); });
    }
    const QString pushable = tagRow ? idx.data(ImagesModel::RepoTagRole).toString() : (tags.size() == 1 ? tags.first() : QString());
    if (!pushable.isEmpty())
        menu.addAction(tr("Push %1…").arg(pushable), this, [this, pushable] { openPushDialog(pushable); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Remove Image…"), this, [this] { openRemoveDialog(); });
    menu.addSeparator();
    menu.addAction(tr("Copy Image ID"), this, [this, id] { copyText(id); });
    const QString name = tagRow ? idx.data(ImagesModel::RepoTagRole).toString() : tags.value(0);
    if (!name.isEmpty())
        menu.addAction(tr("Copy Name %1").arg(name), this, [this, name] { copyText(name); });
    menu.addSeparator();
    menu.addAction(m_saveAction);
    menu.addAction(m_pruneAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}
