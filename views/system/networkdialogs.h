#pragma once

#include "prunedifference.h"

#include "networksmodel.h"

#include <QDialog>
#include <QPointer>

class Engine;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// `docker network create`: driver, subnet, gateway and IP range (checked as typed),
/// internal, attachable, labels.
class CreateNetworkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateNetworkDialog(Engine *engine, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    QLineEdit *subnetEdit() const { return m_subnet; }
    QLineEdit *gatewayEdit() const { return m_gateway; }
    QLineEdit *ipRangeEdit() const { return m_ipRange; }
    QCheckBox *internalBox() const { return m_internal; }
    QCheckBox *attachableBox() const { return m_attachable; }
    KeyValueTable *labelsTable() const { return m_labels; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    NetworkCreateSpec spec() const;

Q_SIGNALS:
    void created(const QString &id, const QString &name);

private:
    void validate();
    void create();

    QPointer<Engine> m_engine;
    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_subnet;
    QLineEdit *m_gateway;
    QLineEdit *m_ipRange;
    QCheckBox *m_internal;
    QCheckBox *m_attachable;
    KeyValueTable *m_labels;
    QLabel *m_status;
    QPushButton *m_create;
    bool m_busy = false;
};

/// `docker network connect`: a container, aliases and a fixed IPv4 address.
class ConnectNetworkDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectNetworkDialog(Engine *engine, const NetworkRow &network, QWidget *parent = nullptr);

    QComboBox *containerBox() const { return m_container; }
    QLineEdit *aliasesEdit() const { return m_aliases; }
    QLineEdit *ipEdit() const { return m_ip; }
    QPushButton *connectButton() const { return m_connect; }
    QLabel *statusLabel() const { return m_status; }
    /// Problems with the address as typed (not an IPv4 address, outside the subnet).
    QString ipProblem() const;

Q_SIGNALS:
    void connected(const QString &container);

private:
    void validate();

    QPointer<Engine> m_engine;
    NetworkRow m_network;
    QComboBox *m_container;
    QLineEdit *m_aliases;
    QLineEdit *m_ip;
    QLabel *m_status;
    QPushButton *m_connect;
    bool m_busy = false;
};

/// `docker network prune`: networks no container uses, never the engine's own.
class PruneNetworksDialog : public QDialog
{
    Q_OBJECT
public:
    PruneNetworksDialog(Engine *engine, NetworksModel *model, QWidget *parent = nullptr);

    QListWidget *previewList() const { return m_preview; }
    QPushButton *pruneButton() const { return m_prune; }
    QLabel *statusLabel() const { return m_status; }
    bool isFinished() const { return m_finished; }
    QStringList previewNames() const { return m_names; }
    /// After the prune: what the engine did that the preview did not say.
    const PruneDifference &difference() const { return m_difference; }
    QStringList deleted() const { return m_deleted; }

Q_SIGNALS:
    void pruned(const QStringList &deleted);

private:
    void updatePreview();

    QPointer<Engine> m_engine;
    QPointer<NetworksModel> m_model;
    QLabel *m_intro;
    QListWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_prune;
    QDialogButtonBox *m_buttons;
    QStringList m_names;
    PruneDifference m_difference;
    QStringList m_deleted;
    bool m_finished = false;
};
