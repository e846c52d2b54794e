#pragma once

#include "engineregistry.h"
#include "keyedlistmodel.h"

#include <QPointer>

/// One row of the engines list: an engine Cais knows and, when it is in use, how it is.
struct EngineRow
{
    enum class State { NotInUse, Connecting, Connected, Unreachable, Unusable };
    QString name;
    EngineEntry::Origin origin = EngineEntry::Origin::Cais;
    QString address;     ///< as the user wrote it (DOCKER_HOST form); empty: the default socket
    QString description;
    QString transport;   ///< "local", "TCP", "TLS", "ssh"
    QString product;     ///< "Docker" or "Podman" once known, else a guess from the address
    QString version;     ///< the engine's, once connected
    State state = State::NotInUse;
    QString reason;      ///< why it is unreachable or unusable
    bool isDefault = false;
    bool operator==(const EngineRow &) const = default;
};

/// Every engine of an EngineRegistry, with its state, kind and version, following the
/// registry: merged on every change, never reset.
class EnginesModel : public KeyedListModel<EngineRow>
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, StateColumn, VersionColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        StateRole,    ///< EngineRow::State as int
        ReasonRole,   ///< QString
        InUseRole,    ///< bool
        OriginRole,   ///< EngineEntry::Origin as int
        DefaultRole,  ///< bool
        AddressRole,  ///< QString
    };

    explicit EnginesModel(EngineRegistry *registry, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The row for one entry, as the registry has it now.
    static EngineRow rowFor(const EngineEntry &entry, const Engine *engine, bool isDefault);
    static QString stateText(EngineRow::State state);

protected:
    QString keyOf(const EngineRow &row) const override { return row.name; }

private:
    void follow();

    QPointer<EngineRegistry> m_registry;
};
