#pragma once

#include "system/objectlistpage.h"

class QAction;
class NetworksModel;

/// The Networks page: every network with its driver, scope, subnet and gateway,
/// whether it is internal, and its containers (links); the selected network's inspect
/// below; create, remove, connect and disconnect a container, prune.
class NetworksPage : public ObjectListPage
{
    Q_OBJECT
public:
    explicit NetworksPage(NetworksModel *model, QWidget *parent = nullptr);

    QAction *createAction() const { return m_createAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *connectAction() const { return m_connectAction; }
    QAction *disconnectAction() const { return m_disconnectAction; }
    QAction *pruneAction() const { return m_pruneAction; }
    QDialog *openCreateDialog();
    QDialog *openConnectDialog();
    /// Asks, then disconnects `container` (ID) from the current network.
    QDialog *openDisconnectDialog(const QString &container = {});
    QDialog *openRemoveDialog();
    QDialog *openPruneDialog();
    QString currentNetworkId() const { return currentKey(); }

protected:
    void showDetails(const QString &id) override;
    void updateActions() override;
    QString countText(int shown, int total) const override;

private:
    NetworksModel *m_networks;
    QAction *m_createAction;
    QAction *m_removeAction;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_pruneAction;
};
