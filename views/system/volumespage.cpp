#include "system/volumespage.h"

#include "engine.h"
#include "system/volumedialogs.h"
#include "volumesmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>

#include <algorithm>

VolumesPage::VolumesPage(VolumesModel *model, QWidget *parent)
    : ObjectListPage(model, VolumesModel::NameRole, VolumesModel::SortRole, VolumesModel::FilterRole, parent)
    , m_volumes(model)
{
    setObjectName(QStringLiteral("volumesPage"));
    setAccessibleName(tr("Volumes"));
    m_toolBar->setObjectName(QStringLiteral("volumesToolBar"));
    m_toolBar->setAccessibleName(tr("Volume actions"));
    m_createAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                                          tr("Create…"), this, [this] { openCreateDialog(); });
    m_createAction->setObjectName(QStringLiteral("createVolumeAction"));
    m_createAction->setToolTip(tr("Create a volume (docker volume create)"));
    m_removeAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon)),
                                          tr("Remove…"), this, [this] { openRemoveDialog(); });
    m_removeAction->setObjectName(QStringLiteral("removeVolumeAction"));
    m_removeAction->setToolTip(tr("Remove the selected volume, after naming what uses it (Delete)"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);
    m_pruneAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-clear-all"), style()->standardIcon(QStyle::SP_DialogResetButton)),
                                         tr("Prune…"), this, [this] { openPruneDialog(); });
    m_pruneAction->setObjectName(QStringLiteral("pruneVolumesAction"));
    m_pruneAction->setToolTip(tr("Remove unused volumes, after a preview of what goes"));

    m_filter->setObjectName(QStringLiteral("volumesFilter"));
    m_filter->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_filter->setPlaceholderText(tr("Filter by name, driver, label or container"));
    m_filter->setAccessibleName(tr("Filter volumes"));
    m_count->setObjectName(QStringLiteral("volumesCount"));
    m_count->setAccessibleName(tr("Number of volumes"));
    m_view->setObjectName(QStringLiteral("volumesView"));
    m_view->setAccessibleName(tr("Volume list"));
    m_links->setObjectName(QStringLiteral("volumeUsers"));
    m_links->setAccessibleName(tr("Containers that use the volume"));
    m_inspect->setObjectName(QStringLiteral("volumeInspect"));
    m_inspect->setAccessibleName(tr("Volume details (docker volume inspect)"));

    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    QHeaderView *h = m_view->header();
    h->resizeSection(VolumesModel::NameColumn, 20 * em);
    h->resizeSection(VolumesModel::DriverColumn, 5 * em);
    h->resizeSection(VolumesModel::SizeColumn, std::max(fm.horizontalAdvance(QStringLiteral("999.99 MB")), fm.horizontalAdvance(tr("Measuring…"))) + em);
    h->resizeSection(VolumesModel::UsedByColumn, 12 * em);
    h->resizeSection(VolumesModel::CreatedColumn, 9 * em);
    h->resizeSection(VolumesModel::MountpointColumn, 18 * em);
    updateActions();
    showDetails({});
}

QString VolumesPage::countText(int shown, int total) const
{
    return shown == total ? tr("%n volume(s)", nullptr, total) : tr("%1 of %n volume(s)", nullptr, total).arg(shown);
}

void VolumesPage::updateActions()
{
    const bool any = currentSourceRow() >= 0;
    m_removeAction->setEnabled(any);
}

void VolumesPage::showDetails(const QString &name)
{
    const int row = m_volumes->rowOfKey(name);
    if (name.isEmpty() || row < 0) {
        m_links->setText(tr("Select a volume to see what uses it and its details."));
        setInspectText({});
        return;
    }
    const VolumeRow &v = m_volumes->rowAt(row);
    QList<std::pair<QString, QString>> users;
    for (const VolumeUser &u : v.users)
        users.append({u.containerId, tr("%1 (%2, at %3)").arg(u.containerName, containerStateWord(u.state), u.destination)});
    setLinks(tr("Used by:"), users, m_volumes->usersKnown() ? tr("No container uses this volume.") : QString());
    Engine *engine = m_volumes->engine();
    if (!engine)
        return;
    const quint64 generation = m_detailsGeneration;
    VolumesApi::inspect(*engine, name).then(this, [this, generation](const Result<VolumeInspect> &r) {
        if (generation != m_detailsGeneration)
            return;
        setInspectText(r ? QString::fromUtf8(QJsonDocument(r->raw).toJson(QJsonDocument::Indented)) : r.error().fullText());
    });
}

QDialog *VolumesPage::openCreateDialog()
{
    if (!m_volumes->engine())
        return nullptr;
    auto *d = new CreateVolumeDialog(m_volumes->engine(), this);
    connect(d, &CreateVolumeDialog::created, this, [this](const QString &name) {
        // Selected as soon as the list has it.
        auto pending = std::make_shared<QMetaObject::Connection>();
        *pending = connect(m_volumes, &VolumesModel::refreshed, this, [this, name, pending] {
            if (selectKey(name))
                disconnect(*pending);
        });
        m_volumes->refresh();
    });
    showModeless(d);
    return d;
}

QDialog *VolumesPage::openRemoveDialog()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_volumes->engine())
        return nullptr;
    auto *d = new RemoveVolumeDialog(m_volumes->engine(), m_volumes->rowAt(row), this);
    showModeless(d);
    return d;
}

QDialog *VolumesPage::openPruneDialog()
{
    if (!m_volumes->engine())
        return nullptr;
    auto *d = new PruneVolumesDialog(m_volumes->engine(), m_volumes, this);
    showModeless(d);
    return d;
}
