#include "system/networkspage.h"

#include "engine.h"
#include "networksmodel.h"
#include "volumesmodel.h"
#include "system/confirmdialog.h"
#include "system/networkdialogs.h"

#include <QAction>
#include <QCursor>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

NetworksPage::NetworksPage(NetworksModel *model, QWidget *parent)
    : ObjectListPage(model, NetworksModel::IdRole, NetworksModel::SortRole, NetworksModel::FilterRole, parent)
    , m_networks(model)
{
    setObjectName(QStringLiteral("networksPage"));
    setAccessibleName(tr("Networks"));
    m_toolBar->setObjectName(QStringLiteral("networksToolBar"));
    m_toolBar->setAccessibleName(tr("Network actions"));
    m_createAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                                          tr("Create…"), this, [this] { openCreateDialog(); });
    m_createAction->setObjectName(QStringLiteral("createNetworkAction"));
    m_createAction->setToolTip(tr("Create a network (docker network create)"));
    m_connectAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("network-connect"), style()->standardIcon(QStyle::SP_ArrowRight)),
                                           tr("Connect…"), this, [this] { openConnectDialog(); });
    m_connectAction->setObjectName(QStringLiteral("connectNetworkAction"));
    m_connectAction->setToolTip(tr("Connect a container to the selected network"));
    m_disconnectAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("network-disconnect"), style()->standardIcon(QStyle::SP_ArrowLeft)),
                                              tr("Disconnect…"), this, [this] { openDisconnectDialog(); });
    m_disconnectAction->setObjectName(QStringLiteral("disconnectNetworkAction"));
    m_disconnectAction->setToolTip(tr("Disconnect a container from the selected network"));
    m_removeAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-delete"), style()->standardIcon(QStyle::SP_TrashIcon)),
                                          tr("Remove…"), this, [this] { openRemoveDialog(); });
    m_removeAction->setObjectName(QStringLiteral("removeNetworkAction"));
    m_removeAction->setToolTip(tr("Remove the selected network (Delete)"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_removeAction);
    m_pruneAction = m_toolBar->addAction(QIcon::fromTheme(QStringLiteral("edit-clear-all"), style()->standardIcon(QStyle::SP_DialogResetButton)),
                                         tr("Prune…"), this, [this] { openPruneDialog(); });
    m_pruneAction->setObjectName(QStringLiteral("pruneNetworksAction"));
    m_pruneAction->setToolTip(tr("Remove the networks no container uses, after a preview"));

    m_filter->setObjectName(QStringLiteral("networksFilter"));
    m_filter->setProperty("caisRemember", true); // kept across runs (app/windowmemory.h)
    m_filter->setPlaceholderText(tr("Filter by name, driver, subnet, label or container"));
    m_filter->setAccessibleName(tr("Filter networks"));
    m_count->setObjectName(QStringLiteral("networksCount"));
    m_count->setAccessibleName(tr("Number of networks"));
    m_view->setObjectName(QStringLiteral("networksView"));
    m_view->setAccessibleName(tr("Network list"));
    m_links->setObjectName(QStringLiteral("networkMembers"));
    m_links->setAccessibleName(tr("Containers on the network"));
    m_inspect->setObjectName(QStringLiteral("networkInspect"));
    m_inspect->setAccessibleName(tr("Network details (docker network inspect)"));

    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    QHeaderView *h = m_view->header();
    h->resizeSection(NetworksModel::NameColumn, 14 * em);
    h->resizeSection(NetworksModel::DriverColumn, 5 * em);
    h->resizeSection(NetworksModel::ScopeColumn, 4 * em);
    h->resizeSection(NetworksModel::SubnetColumn, fm.horizontalAdvance(QStringLiteral("192.168.100.0/24")) + em);
    h->resizeSection(NetworksModel::GatewayColumn, fm.horizontalAdvance(QStringLiteral("192.168.100.1")) + em);
    h->resizeSection(NetworksModel::InternalColumn, fm.horizontalAdvance(tr("Internal")) + 2 * em);
    h->resizeSection(NetworksModel::ContainersColumn, 12 * em);
    h->resizeSection(NetworksModel::CreatedColumn, 9 * em);
    h->resizeSection(NetworksModel::LabelsColumn, 10 * em);
    updateActions();
    showDetails({});
}

QString NetworksPage::countText(int shown, int total) const
{
    return shown == total ? tr("%n network(s)", nullptr, total) : tr("%1 of %n network(s)", nullptr, total).arg(shown);
}

void NetworksPage::updateActions()
{
    const int row = currentSourceRow();
    const bool any = row >= 0;
    const bool predefined = any && m_networks->rowAt(row).network.isPredefined();
    m_removeAction->setEnabled(any && !predefined);
    m_connectAction->setEnabled(any);
    m_disconnectAction->setEnabled(any && !m_networks->rowAt(row).members.isEmpty());
}

void NetworksPage::showDetails(const QString &id)
{
    const int row = m_networks->rowOfKey(id);
    if (id.isEmpty() || row < 0) {
        m_links->setText(tr("Select a network to see its containers and details."));
        setInspectText({});
        return;
    }
    const NetworkRow &n = m_networks->rowAt(row);
    QList<std::pair<QString, QString>> members;
    for (const NetworkMember &m : n.members)
        members.append({m.containerId, m.ipv4.isEmpty() ? tr("%1 (%2)").arg(m.containerName, containerStateWord(m.state))
                                                        : tr("%1 (%2, %3)").arg(m.containerName, containerStateWord(m.state), m.ipv4)});
    setLinks(tr("Containers:"), members, m_networks->membersKnown() ? tr("No container is attached to this network.") : QString());
    Engine *engine = m_networks->engine();
    if (!engine)
        return;
    const quint64 generation = m_detailsGeneration;
    NetworksApi::inspect(*engine, id).then(this, [this, generation](const Result<NetworkInspect> &r) {
        if (generation != m_detailsGeneration)
            return;
        setInspectText(r ? QString::fromUtf8(QJsonDocument(r->raw).toJson(QJsonDocument::Indented)) : r.error().fullText());
    });
}

QDialog *NetworksPage::openCreateDialog()
{
    if (!m_networks->engine())
        return nullptr;
    auto *d = new CreateNetworkDialog(m_networks->engine(), this);
    connect(d, &CreateNetworkDialog::created, this, [this](const QString &id) {
        auto pending = std::make_shared<QMetaObject::Connection>();
        *pending = connect(m_networks, &NetworksModel::refreshed, this, [this, id, pending] {
            if (selectKey(id))
                disconnect(*pending);
        });
        m_networks->refresh();
    });
    showModeless(d);
    return d;
}

QDialog *NetworksPage::openConnectDialog()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_networks->engine())
        return nullptr;
    auto *d = new ConnectNetworkDialog(m_networks->engine(), m_networks->rowAt(row), this);
    showModeless(d);
    return d;
}

QDialog *NetworksPage::openDisconnectDialog(const QString &container)
{
    const int row = currentSourceRow();
    if (row < 0 || !m_networks->engine())
        return nullptr;
    const NetworkRow n = m_networks->rowAt(row);
    if (n.members.isEmpty())
        return nullptr;
    // Which container: the one asked for, or a choice among the network's own.
    QString id = container;
    if (id.isEmpty() && n.members.size() == 1)
        id = n.members.constFirst().containerId;
    if (id.isEmpty()) {
        QMenu menu(this);
        menu.setAccessibleName(tr("Container to disconnect"));
        for (const NetworkMember &m : n.members)
            menu.addAction(m.containerName)->setData(m.containerId);
        QAction *chosen = menu.exec(QCursor::pos());
        if (!chosen)
            return nullptr;
        id = chosen->data().toString();
    }
    QString name = id.left(12);
    for (const NetworkMember &m : n.members) {
        if (m.containerId == id)
            name = m.containerName;
    }
    QPointer<Engine> engine = m_networks->engine();
    auto *d = new ConfirmDialog(tr("Disconnect Container"),
                                tr("Disconnect the container %1 from the network %2? It loses its address and aliases there.").arg(name, n.network.name),
                                {}, tr("Disconnect"),
                                [engine, net = n.network.id, id]() -> QFuture<Result<Done>> {
                                    if (!engine)
                                        return QtFuture::makeReadyValueFuture(Result<Done>(std::unexpected(EngineError::make(
                                            EngineError::Kind::Other, tr("Not connected to an engine.")))));
                                    return NetworksApi::disconnectContainer(*engine, net, id);
                                },
                                tr("%1 was disconnected from %2.").arg(name, n.network.name), this);
    showModeless(d);
    return d;
}

QDialog *NetworksPage::openRemoveDialog()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_networks->engine())
        return nullptr;
    const NetworkRow n = m_networks->rowAt(row);
    QStringList affected;
    for (const NetworkMember &m : n.members)
        affected << tr("Container %1 (%2) is attached to it").arg(m.containerName, containerStateWord(m.state));
    const QString intro = n.members.isEmpty()
        ? tr("Remove the network %1 (%2)?").arg(n.network.name, n.network.driver)
        : tr("Remove the network %1 (%2)? Running containers must be disconnected first; stopped ones lose it.").arg(n.network.name, n.network.driver);
    QPointer<Engine> engine = m_networks->engine();
    auto *d = new ConfirmDialog(tr("Remove Network"), intro, affected, tr("Remove"),
                                [engine, id = n.network.id]() -> QFuture<Result<Done>> {
                                    if (!engine)
                                        return QtFuture::makeReadyValueFuture(Result<Done>(std::unexpected(EngineError::make(
                                            EngineError::Kind::Other, tr("Not connected to an engine.")))));
                                    return NetworksApi::remove(*engine, id);
                                },
                                tr("The network %1 was removed.").arg(n.network.name), this);
    showModeless(d);
    return d;
}

QDialog *NetworksPage::openPruneDialog()
{
    if (!m_networks->engine())
        return nullptr;
    auto *d = new PruneNetworksDialog(m_networks->engine(), m_networks, this);
    showModeless(d);
    return d;
}
