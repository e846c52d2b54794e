#include "system/networkdialogs.h"

#include "engine.h"
#include "system/keyvaluetable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

// --- create -----------------------------------------------------------------------

CreateNetworkDialog::CreateNetworkDialog(Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_subnet(new QLineEdit(this))
    , m_gateway(new QLineEdit(this))
    , m_ipRange(new QLineEdit(this))
    , m_internal(new QCheckBox(tr("&Internal: no access to the outside world"), this))
    , m_attachable(new QCheckBox(tr("&Attachable (swarm overlay networks)"), this))
    , m_labels(new KeyValueTable(tr("Labels"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("createNetworkDialog"));
    setWindowTitle(tr("Create Network"));
    setAccessibleName(tr("Create network"));
    m_name->setObjectName(QStringLiteral("networkName"));
    m_name->setAccessibleName(tr("Network name"));
    m_driver->setObjectName(QStringLiteral("networkDriver"));
    m_driver->setAccessibleName(tr("Network driver"));
    m_driver->setEditable(true);
    m_driver->addItems({QStringLiteral("bridge"), QStringLiteral("macvlan"), QStringLiteral("ipvlan"), QStringLiteral("overlay")});
    m_driver->setToolTip(tr("bridge: a private network on the engine's host. macvlan and ipvlan: on a host interface "
                            "(give the option “parent”). overlay: across a swarm."));
    m_subnet->setObjectName(QStringLiteral("networkSubnet"));
    m_subnet->setAccessibleName(tr("Subnet"));
    m_subnet->setPlaceholderText(tr("Empty: the engine picks one, e.g. 172.18.0.0/16"));
    m_gateway->setObjectName(QStringLiteral("networkGateway"));
    m_gateway->setAccessibleName(tr("Gateway"));
    m_gateway->setPlaceholderText(tr("Empty: the subnet's first address"));
    m_ipRange->setObjectName(QStringLiteral("networkIpRange"));
    m_ipRange->setAccessibleName(tr("IP range"));
    m_ipRange->setPlaceholderText(tr("Empty: the whole subnet"));
    m_ipRange->setToolTip(tr("The part of the subnet that containers get their addresses from, in CIDR form."));
    m_internal->setObjectName(QStringLiteral("networkInternal"));
    m_internal->setAccessibleName(tr("Internal network"));
    m_attachable->setObjectName(QStringLiteral("networkAttachable"));
    m_attachable->setAccessibleName(tr("Attachable network"));
    m_labels->setObjectName(QStringLiteral("networkLabels"));
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createNetworkButton"));
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &CreateNetworkDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_name, m_subnet, m_gateway, m_ipRange})
        connect(e, &QLineEdit::textChanged, this, &CreateNetworkDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("&Subnet:"), m_subnet);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(tr("IP &range:"), m_ipRange);
    form->addRow(QString(), m_internal);
    form->addRow(QString(), m_attachable);
    form->addRow(tr("&Labels:"), m_labels);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_status);
    lay->addWidget(buttons);
    resize(540, sizeHint().height());
    validate();
}

NetworkCreateSpec CreateNetworkDialog::spec() const
{
    NetworkCreateSpec s;
    s.name = m_name->text().trimmed();
    s.driver = m_driver->currentText().trimmed();
    s.subnet = m_subnet->text().trimmed();
    s.gateway = m_gateway->text().trimmed();
    s.ipRange = m_ipRange->text().trimmed();
    s.internal = m_internal->isChecked();
    s.attachable = m_attachable->isChecked();
    s.labels = m_labels->values();
    return s;
}

void CreateNetworkDialog::validate()
{
    const QStringList problems = spec().problems();
    // An empty name is not worth a red sentence before anything was typed.
    const bool onlyName = problems.size() == 1 && m_name->text().trimmed().isEmpty();
    setStatusText(m_status, onlyName ? QString() : problems.join(QLatin1Char('\n')), !problems.isEmpty());
    m_create->setEnabled(problems.isEmpty() && !m_busy);
}

void CreateNetworkDialog::create()
{
    if (!m_engine)
        return setStatusText(m_status, tr("Not connected to an engine."), true);
    if (!spec().problems().isEmpty())
        return validate();
    m_busy = true;
    m_create->setEnabled(false);
    setStatusText(m_status, tr("Creating the network…"), false);
    const QString name = spec().name;
    NetworksApi::create(*m_engine, spec()).then(this, [this, name](const Result<QString> &r) {
        m_busy = false;
        m_create->setEnabled(true);
        if (!r)
            return setStatusText(m_status, r.error().fullText(), true);
        Q_EMIT created(*r, name);
        accept();
    });
}

// --- connect ----------------------------------------------------------------------

ConnectNetworkDialog::ConnectNetworkDialog(Engine *engine, const NetworkRow &network, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_network(network)
    , m_container(new QComboBox(this))
    , m_aliases(new QLineEdit(this))
    , m_ip(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("connectNetworkDialog"));
    setWindowTitle(tr("Connect a Container to %1").arg(network.network.name));
    setAccessibleName(tr("Connect a container to %1").arg(network.network.name));
    m_container->setObjectName(QStringLiteral("connectContainer"));
    m_container->setAccessibleName(tr("Container"));
    m_container->setEditable(true);
    m_container->lineEdit()->setPlaceholderText(tr("Name or ID of a container"));
    m_aliases->setObjectName(QStringLiteral("connectAliases"));
    m_aliases->setAccessibleName(tr("Aliases"));
    m_aliases->setPlaceholderText(tr("Other names on this network, separated by commas"));
    m_ip->setObjectName(QStringLiteral("connectIp"));
    m_ip->setAccessibleName(tr("IPv4 address"));
    QStringList subnets;
    for (const NetworkIpam &p : network.network.ipam)
        subnets << p.subnet;
    m_ip->setPlaceholderText(subnets.isEmpty() ? tr("Empty: the next free address") : tr("Empty: the next free address in %1").arg(subnets.join(QLatin1String(", "))));
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_container, &QComboBox::currentTextChanged, this, &ConnectNetworkDialog::validate);
    connect(m_ip, &QLineEdit::textChanged, this, &ConnectNetworkDialog::validate);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return setStatusText(m_status, tr("Not connected to an engine."), true);
        NetworkConnectSpec s;
        s.container = m_container->currentText().trimmed();
        const QStringList aliases = m_aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &a : aliases) {
            if (!a.trimmed().isEmpty())
                s.aliases << a.trimmed();
        }
        s.ipv4 = m_ip->text().trimmed();
        m_busy = true;
        m_connect->setEnabled(false);
        setStatusText(m_status, tr("Connecting…"), false);
        NetworksApi::connectContainer(*m_engine, m_network.network.id, s).then(this, [this, c = s.container](const Result<Done> &r) {
            m_busy = false;
            validate();
            if (!r)
                return setStatusText(m_status, r.error().fullText(), true);
            Q_EMIT connected(c);
            accept();
        });
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Container:"), m_container);
    form->addRow(tr("&Aliases:"), m_aliases);
    form->addRow(tr("&IPv4 address:"), m_ip);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addWidget(m_status);
    lay->addWidget(buttons);
    resize(480, sizeHint().height());
    validate();

    // The containers not on the network yet, as choices.
    if (engine && engine->state() == Engine::State::Connected) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        engine->call<QStringList>(engine->get(QStringLiteral("/containers/json"), q), [](const Reply &r) -> Result<QStringList> {
            auto doc = Engine::parseJson(r.body());
            if (!doc)
                return std::unexpected(doc.error());
            QStringList names;
            const QJsonArray a = doc->array();
            for (const QJsonValue &v : a) {
                const QJsonArray n = v.toObject().value(QLatin1String("Names")).toArray();
                if (!n.isEmpty())
                    names << n.at(0).toString().mid(1);
            }
            return names;
        }).then(this, [this](const Result<QStringList> &r) {
            if (!r)
                return;
            QStringList names = *r;
            for (const NetworkMember &m : std::as_const(m_network.members))
                names.removeAll(m.containerName);
            names.sort();
            const QString typed = m_container->currentText();
            m_container->addItems(names);
            m_container->setCurrentText(typed);
        });
    }
}

QString ConnectNetworkDialog::ipProblem() const
{
    const QString ip = m_ip->text().trimmed();
    if (ip.isEmpty())
        return {};
    const QHostAddress a(ip);
    if (a.isNull() || a.protocol() != QAbstractSocket::IPv4Protocol)
        return tr("“%1” is not an IPv4 address.").arg(ip);
    bool inAny = m_network.network.ipam.isEmpty();
    QStringList subnets;
    for (const NetworkIpam &p : m_network.network.ipam) {
        subnets << p.subnet;
        if (a.isInSubnet(QHostAddress::parseSubnet(p.subnet)))
            inAny = true;
    }
    if (!inAny)
        return tr("%1 is not in the network's subnet (%2).").arg(ip, subnets.join(QLatin1String(", ")));
    return {};
}

void ConnectNetworkDialog::validate()
{
    const QString problem = ipProblem();
    if (!m_busy)
        setStatusText(m_status, problem, !problem.isEmpty());
    m_connect->setEnabled(!m_busy && problem.isEmpty() && !m_container->currentText().trimmed().isEmpty());
}

// --- prune ------------------------------------------------------------------------

PruneNetworksDialog::PruneNetworksDialog(Engine *engine, NetworksModel *model, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(model)
    , m_intro(new QLabel(tr("Remove every network that no running container uses? Stopped containers lose the networks that go; "
                            "the engine's own networks (bridge, host, none) stay."),
                         this))
    , m_preview(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pruneNetworksDialog"));
    setWindowTitle(tr("Prune Networks"));
    setAccessibleName(tr("Prune networks"));
    m_intro->setObjectName(QStringLiteral("pruneNetworksIntro"));
    if (engine && NetworksApi::pruneKeepsStoppedMembers(*engine))
        m_intro->setText(tr("Remove every network that no container uses? Podman keeps a network while any container, even a stopped "
                            "one, is attached to it; its own network stays."));
    m_intro->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("pruneNetworksPreview"));
    m_preview->setAccessibleName(tr("Networks that the prune removes"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_status->setObjectName(QStringLiteral("pruneNetworksStatus"));
    m_status->setAccessibleName(tr("Prune status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prune = m_buttons->addButton(tr("Prune"), QDialogButtonBox::DestructiveRole);
    m_prune->setObjectName(QStringLiteral("pruneNetworksButton"));
    m_prune->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PruneNetworksDialog::updatePreview);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PruneNetworksDialog::updatePreview);
        connect(model, &QAbstractItemModel::dataChanged, this, &PruneNetworksDialog::updatePreview);
    }
    connect(m_prune, &QPushButton::clicked, this, [this] {
        if (!m_engine)
            return setStatusText(m_status, tr("Not connected to an engine."), true);
        m_prune->setEnabled(false);
        setStatusText(m_status, tr("Pruning…"), false);
        NetworksApi::prune(*m_engine).then(this, [this](const Result<QStringList> &r) {
            if (!r) {
                m_prune->setEnabled(true);
                return setStatusText(m_status, r.error().fullText(), true);
            }
            m_deleted = *r;
            m_finished = true;
            if (m_model)
                disconnect(m_model, nullptr, this, nullptr);
            m_intro->setText(tr("The engine removed:"));
            m_preview->clear();
            m_preview->addItems(m_deleted);
            if (m_deleted.isEmpty())
                m_preview->addItem(tr("Nothing: every network was in use."));
            m_difference = PruneDifference::of(m_names, m_deleted);
            setStatusText(m_status, tr("%n network(s) removed.", nullptr, int(m_deleted.size())) + QLatin1Char(' ') + m_difference.text(),
                          !m_difference.isEmpty());
            m_prune->hide();
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            Q_EMIT pruned(m_deleted);
        });
    });
    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_intro);
    lay->addWidget(m_preview, 1);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);
    resize(520, 380);
    updatePreview();
}

void PruneNetworksDialog::updatePreview()
{
    if (m_finished || !m_model)
        return;
    m_preview->clear();
    m_names.clear();
    // Docker prunes a network that no running container uses: stopped ones lose it
    // (seen on dockerd 26). Podman keeps one while any container is attached.
    const bool keepsStopped = m_engine && NetworksApi::pruneKeepsStoppedMembers(*m_engine);
    for (const NetworkRow &r : m_model->rows()) {
        const bool kept = std::any_of(r.members.begin(), r.members.end(), [keepsStopped](const NetworkMember &m) { return keepsStopped || m.isRunning(); });
        if (r.network.isPredefined() || kept)
            continue;
        m_names << r.network.name;
        QStringList stopped;
        for (const NetworkMember &m : r.members)
            stopped << m.containerName;
        m_preview->addItem(stopped.isEmpty() ? tr("%1 (%2)").arg(r.network.name, r.network.driver)
                                             : tr("%1 (%2): the stopped containers %3 lose it").arg(r.network.name, r.network.driver, stopped.join(QLatin1String(", "))));
    }
    if (m_names.isEmpty())
        m_preview->addItem(tr("No network would be removed: every one is in use or the engine's own."));
    if (!m_model->membersKnown())
        setStatusText(m_status, tr("Still looking for the containers on the networks…"), false);
    else
        setStatusText(m_status, tr("%n network(s) go.", nullptr, int(m_names.size())), false);
    m_prune->setEnabled(!m_names.isEmpty() && m_model->membersKnown());
}
