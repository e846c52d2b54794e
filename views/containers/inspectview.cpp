#include "containers/inspectview.h"

#include "containerhealth.h"
#include "containersapi.h"
#include "containerupdate.h"
#include "engine.h"
#include "portlinks.h"
#include "runconfig.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

QString yesNo(bool b)
{
    return b ? InspectView::tr("Yes") : InspectView::tr("No");
}

QString timeText(const QString &iso)
{
    // The engine writes nanoseconds and "0001-01-01T00:00:00Z" for never.
    if (iso.isEmpty() || iso.startsWith(QLatin1String("0001-")))
        return InspectView::tr("Never");
    QString s = iso;
    static const QRegularExpression frac(QStringLiteral("\\.(\\d{1,3})\\d*"));
    s.replace(frac, QStringLiteral(".\\1"));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return QLocale().toString(t.toLocalTime(), QLocale::LongFormat);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeSIFormat);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

} // namespace

InspectView::InspectView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_json(new QToolButton(this))
    , m_size(new QPushButton(tr("Compute Size"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_raw(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_ports(new QLabel(this))
{
    setObjectName(QStringLiteral("inspectView"));
    setAccessibleName(tr("Container details"));

    m_title->setObjectName(QStringLiteral("inspectTitle"));
    m_title->setAccessibleName(tr("Inspected container"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_search->setObjectName(QStringLiteral("inspectSearch"));
    m_search->setAccessibleName(tr("Search the container's details"));
    m_search->setPlaceholderText(tr("Search details"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &InspectView::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_stack->currentWidget() == m_raw)
            findInJson(QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });

    m_json->setObjectName(QStringLiteral("inspectShowJson"));
    m_json->setText(tr("JSON"));
    m_json->setToolTip(tr("Show the engine's raw answer (docker inspect)"));
    m_json->setAccessibleName(tr("Show raw JSON"));
    m_json->setCheckable(true);
    connect(m_json, &QToolButton::toggled, this, &InspectView::setShowJson);

    m_size->setObjectName(QStringLiteral("inspectComputeSize"));
    m_size->setAccessibleName(tr("Compute the container's size"));
    m_size->setToolTip(tr("Asks the engine for the size of the container's files. This can take a while for big containers."));
    connect(m_size, &QPushButton::clicked, this, [this] { fetch(true); });

    m_copy->setObjectName(QStringLiteral("inspectCopy"));
    m_copy->setAccessibleName(tr("Copy the details"));
    m_copy->setToolTip(tr("Copy the selected rows, or everything shown"));
    connect(m_copy, &QPushButton::clicked, this, &InspectView::copy);

    m_tree->setObjectName(QStringLiteral("inspectDetails"));
    m_tree->setAccessibleName(tr("Container details"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 220);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QTreeWidgetItem *item = m_tree->itemAt(pos);
        QMenu menu(this);
        QAction *value = menu.addAction(tr("Copy Value"));
        value->setEnabled(item && !item->text(1).isEmpty());
        QAction *rows = menu.addAction(tr("Copy Selected Rows"));
        QAction *chosen = menu.exec(m_tree->viewport()->mapToGlobal(pos));
        if (chosen == value && item)
            QGuiApplication::clipboard()->setText(item->text(1));
        else if (chosen == rows)
            copy();
    });
    auto *copyShortcut = new QAction(tr("Copy"), m_tree);
    copyShortcut->setShortcut(QKeySequence::Copy);
    copyShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QAction::triggered, this, &InspectView::copy);
    m_tree->addAction(copyShortcut);

    m_raw->setObjectName(QStringLiteral("inspectJson"));
    m_raw->setAccessibleName(tr("Raw JSON of the container"));
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_message->setObjectName(QStringLiteral("inspectMessage"));
    m_message->setAccessibleName(tr("Details status"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_ports->setObjectName(QStringLiteral("inspectPortLinks"));
    m_ports->setAccessibleName(tr("Published ports to open in a browser"));
    m_ports->setWordWrap(true);
    m_ports->setTextFormat(Qt::RichText);
    // Tab reaches each link, Enter opens it.
    m_ports->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_ports->setOpenExternalLinks(false);
    connect(m_ports, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_ports->hide();
    // A published port's row opens it (double-click or Enter).
    connect(m_tree, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        const QUrl url = item->data(1, Qt::UserRole).toUrl();
        if (url.isValid() && !url.isEmpty())
            QDesktopServices::openUrl(url);
    });

    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_search, 2);
    top->addWidget(m_json);
    top->addWidget(m_size);
    top->addWidget(m_copy);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 4, 0, 0);
    lay->addLayout(top);
    lay->addWidget(m_message);
    lay->addWidget(m_ports);
    lay->addWidget(m_stack, 1);
    setContainer({});
}

void InspectView::setEngine(Engine *engine)
{
    m_engine = engine;
}

void InspectView::setContainer(const QString &id)
{
    if (id == m_id && !id.isEmpty())
        return;
    m_id = id;
    m_data = {};
    ++m_request;
    m_size->setEnabled(!id.isEmpty());
    m_copy->setEnabled(!id.isEmpty());
    m_json->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_title->setText(tr("No container selected"));
        m_tree->clear();
        m_raw->clear();
        m_error.clear();
        showMessage({});
        updatePorts();
        return;
    }
    m_title->setText(id.left(12));
    fetch(false);
}

void InspectView::reload()
{
    if (m_id.isEmpty())
        return;
    // Keep a size the user asked for: it is costly, and rarely what changed.
    fetch(m_data.contains(QLatin1String("SizeRw")));
}

void InspectView::fetch(bool withSize)
{
    if (!m_engine || m_id.isEmpty())
        return;
    const quint64 request = ++m_request;
    if (withSize) {
        m_size->setEnabled(false);
        m_size->setText(tr("Computing…"));
    }
    const QString id = m_id;
    ContainersApi(m_engine).inspect(id, withSize).then(this, [this, request, withSize](const Result<QJsonObject> &r) {
        if (withSize) {
            m_size->setText(tr("Compute Size"));
            m_size->setEnabled(!m_id.isEmpty());
        }
        if (request != m_request)
            return;
        if (!r) {
            m_error = r.error().fullText();
            showMessage({});
            Q_EMIT loaded(m_error);
            return;
        }
        setInspectData(*r);
        Q_EMIT loaded({});
    });
}

void InspectView::setInspectData(const QJsonObject &inspect)
{
    m_data = inspect;
    const QString id = inspect.value(QLatin1String("Id")).toString();
    if (!id.isEmpty())
        m_id = id;
    m_error.clear();
    QString name = inspect.value(QLatin1String("Name")).toString();
    if (name.startsWith(QLatin1Char('/')))
        name = name.mid(1);
    m_title->setText(tr("%1 (%2)").arg(name, m_id.left(12)));
    m_size->setEnabled(true);
    m_copy->setEnabled(true);
    m_json->setEnabled(true);
    const int scroll = m_raw->verticalScrollBar() ? m_raw->verticalScrollBar()->value() : 0;
    m_raw->setPlainText(QString::fromUtf8(QJsonDocument(inspect).toJson(QJsonDocument::Indented)));
    m_raw->verticalScrollBar()->setValue(scroll);
    rebuild();
    applySearch();
    updatePorts();
}

QList<QUrl> InspectView::portUrls() const
{
    QList<QUrl> out;
    if (!m_engine)
        return out;
    const QJsonObject ports = m_data.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Ports")).toObject();
    for (const auto range = PortLink::openable(PortLink::fromInspect(ports, m_engine->endpoint())); const PortLink &l : range)
        out << l.url;
    return out;
}

void InspectView::updatePorts()
{
    const QJsonObject ports = m_data.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Ports")).toObject();
    const QList<PortLink> links = m_engine && !m_id.isEmpty() ? PortLink::fromInspect(ports, m_engine->endpoint()) : QList<PortLink>();
    QStringList parts, reasons;
    for (const PortLink &l : links) {
        if (l.canOpen()) {
            parts << QStringLiteral("<a href=\"%1\">%2</a>").arg(l.url.toString().toHtmlEscaped(), l.label().toHtmlEscaped());
        } else {
            parts << l.label().toHtmlEscaped();
            reasons << l.label() + QLatin1String(": ") + l.unavailable;
        }
    }
    m_ports->setText(parts.isEmpty() ? QString() : tr("Open in a browser: %1").arg(parts.join(QStringLiteral(" · "))));
    m_ports->setToolTip(reasons.join(QLatin1Char('\n')));
    m_ports->setVisible(!parts.isEmpty());
}

void InspectView::setShowJson(bool json)
{
    if (m_json->isChecked() != json)
        m_json->setChecked(json);
    m_stack->setCurrentWidget(json ? static_cast<QWidget *>(m_raw) : m_tree);
    m_search->setPlaceholderText(json ? tr("Find in JSON (Enter: next, Shift+Enter: previous)") : tr("Search details"));
    applySearch();
}

QTreeWidgetItem *InspectView::section(const QString &title, const QString &key)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setData(0, Qt::UserRole, key);
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    return item;
}

QTreeWidgetItem *InspectView::row(QTreeWidgetItem *parent, const QString &field, const QString &value)
{
    auto *item = new QTreeWidgetItem(parent, {field, value});
    item->setToolTip(1, value);
    item->setData(1, Qt::AccessibleTextRole, value.isEmpty() ? tr("empty") : value);
    return item;
}

void InspectView::rebuild()
{
    // Remember what was open and where, so a refresh after an event does not jump.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    }
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    const QJsonObject &d = m_data;
    const QJsonObject state = d.value(QLatin1String("State")).toObject();
    const QJsonObject config = d.value(QLatin1String("Config")).toObject();
    const QJsonObject host = d.value(QLatin1String("HostConfig")).toObject();
    const QJsonObject net = d.value(QLatin1String("NetworkSettings")).toObject();

    QTreeWidgetItem *s = section(tr("Overview"), QStringLiteral("overview"));
    QString name = d.value(QLatin1String("Name")).toString();
    row(s, tr("Name"), name.startsWith(QLatin1Char('/')) ? name.mid(1) : name);
    row(s, tr("ID"), d.value(QLatin1String("Id")).toString());
    row(s, tr("Image"), config.value(QLatin1String("Image")).toString());
    row(s, tr("Image ID"), d.value(QLatin1String("Image")).toString());
    row(s, tr("Created"), timeText(d.value(QLatin1String("Created")).toString()));
    row(s, tr("Runs"), joinShellWords(QStringList{d.value(QLatin1String("Path")).toString()} + strings(d.value(QLatin1String("Args")))));
    row(s, tr("Restart count"), QString::number(d.value(QLatin1String("RestartCount")).toInt()));
    row(s, tr("Platform"), d.value(QLatin1String("Platform")).toString());
    row(s, tr("Storage driver"), d.value(QLatin1String("Driver")).toString());
    if (d.contains(QLatin1String("SizeRw"))) {
        row(s, tr("Size of the writable layer"), sizeText(d.value(QLatin1String("SizeRw")).toInteger()));
        row(s, tr("Size with the image"), sizeText(d.value(QLatin1String("SizeRootFs")).toInteger()));
    }

    s = section(tr("State"), QStringLiteral("state"));
    row(s, tr("Status"), state.value(QLatin1String("Status")).toString());
    row(s, tr("Running"), yesNo(state.value(QLatin1String("Running")).toBool()));
    row(s, tr("Paused"), yesNo(state.value(QLatin1String("Paused")).toBool()));
    row(s, tr("Restarting"), yesNo(state.value(QLatin1String("Restarting")).toBool()));
    row(s, tr("Killed for lack of memory"), yesNo(state.value(QLatin1String("OOMKilled")).toBool()));
    row(s, tr("Process ID"), QString::number(state.value(QLatin1String("Pid")).toInteger()));
    row(s, tr("Exit code"), QString::number(state.value(QLatin1String("ExitCode")).toInt()));
    if (!state.value(QLatin1String("Error")).toString().isEmpty())
        row(s, tr("Error"), state.value(QLatin1String("Error")).toString());
    row(s, tr("Started"), timeText(state.value(QLatin1String("StartedAt")).toString()));
    row(s, tr("Finished"), timeText(state.value(QLatin1String("FinishedAt")).toString()));
    if (state.contains(QLatin1String("Health"))) {
        const QJsonObject h = state.value(QLatin1String("Health")).toObject();
        QTreeWidgetItem *health = row(s, tr("Health"), h.value(QLatin1String("Status")).toString());
        row(health, tr("Failing streak"), QString::number(h.value(QLatin1String("FailingStreak")).toInt()));
        // Every run the engine kept, newest first.
        const auto state = HealthState::fromState(d.value(QLatin1String("State")).toObject());
        const QList<HealthProbe> log = state ? state->log : QList<HealthProbe>();
        for (auto it = log.crbegin(); it != log.crend(); ++it) {
            QTreeWidgetItem *probe = row(health, tr("Check at %1").arg(timeText(it->startRaw)),
                                         tr("exit code %1, %2").arg(it->exitCode).arg(it->output.trimmed().section(QLatin1Char('\n'), 0, 0)));
            row(probe, tr("Started"), timeText(it->startRaw));
            row(probe, tr("Took"), it->durationMs() < 0 ? QString() : tr("%1 ms").arg(QLocale().toString(it->durationMs())));
            row(probe, tr("Exit code"), QString::number(it->exitCode));
            row(probe, tr("Output"), it->output.trimmed());
        }
        health->setExpanded(true);
    }

    s = section(tr("Configuration"), QStringLiteral("config"));
    row(s, tr("Hostname"), config.value(QLatin1String("Hostname")).toString());
    row(s, tr("User"), config.value(QLatin1String("User")).toString());
    row(s, tr("Working directory"), config.value(QLatin1String("WorkingDir")).toString());
    row(s, tr("Entrypoint"), joinShellWords(strings(config.value(QLatin1String("Entrypoint")))));
    row(s, tr("Command"), joinShellWords(strings(config.value(QLatin1String("Cmd")))));
    row(s, tr("Terminal (TTY)"), yesNo(config.value(QLatin1String("Tty")).toBool()));
    row(s, tr("Standard input open"), yesNo(config.value(QLatin1String("OpenStdin")).toBool()));
    const QStringList env = strings(config.value(QLatin1String("Env")));
    QTreeWidgetItem *envItem = row(s, tr("Environment"), tr("%n variable(s)", nullptr, int(env.size())));
    for (const QString &e : env) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        row(envItem, eq < 0 ? e : e.left(eq), eq < 0 ? QString() : e.mid(eq + 1));
    }
    envItem->setExpanded(true);
    const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    QTreeWidgetItem *labelItem = row(s, tr("Labels"), tr("%n label(s)", nullptr, int(labels.size())));
    for (auto it = labels.begin(); it != labels.end(); ++it)
        row(labelItem, it.key(), it.value().toString());
    labelItem->setExpanded(true);
    row(s, tr("Exposed ports"), config.value(QLatin1String("ExposedPorts")).toObject().keys().join(QLatin1String(", ")));
    if (const auto check = HealthCheck::fromConfig(config)) {
        QTreeWidgetItem *hc = row(s, tr("Healthcheck"), check->disabled() ? tr("Switched off (--no-healthcheck)") : check->commandText());
        if (!check->disabled()) {
            for (const auto range = check->describe(); const auto &[field, value] : range)
                row(hc, field, value);
        }
        hc->setExpanded(true);
    }

    s = section(tr("Host configuration"), QStringLiteral("host"));
    const QJsonObject restart = host.value(QLatin1String("RestartPolicy")).toObject();
    QString policy = restart.value(QLatin1String("Name")).toString();
    if (policy == QLatin1String("on-failure") && restart.value(QLatin1String("MaximumRetryCount")).toInt() > 0)
        policy += QLatin1Char(':') + QString::number(restart.value(QLatin1String("MaximumRetryCount")).toInt());
    row(s, tr("Restart policy"), policy.isEmpty() ? QStringLiteral("no") : policy);
    row(s, tr("Removed when it exits"), yesNo(host.value(QLatin1String("AutoRemove")).toBool()));
    row(s, tr("Network mode"), host.value(QLatin1String("NetworkMode")).toString());
    const QJsonObject bindings = host.value(QLatin1String("PortBindings")).toObject();
    QTreeWidgetItem *bindItem = row(s, tr("Port bindings"), tr("%n port(s)", nullptr, int(bindings.size())));
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        QStringList hosts;
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &b : list) {
            const QString ip = b.toObject().value(QLatin1String("HostIp")).toString();
            const QString port = b.toObject().value(QLatin1String("HostPort")).toString();
            hosts << (ip.isEmpty() ? tr("all addresses") : ip) + QLatin1Char(':') + (port.isEmpty() ? tr("any port") : port);
        }
        row(bindItem, it.key(), hosts.join(QLatin1String(", ")));
    }
    bindItem->setExpanded(true);
    row(s, tr("Privileged"), yesNo(host.value(QLatin1String("Privileged")).toBool()));
    row(s, tr("Read-only root file system"), yesNo(host.value(QLatin1String("ReadonlyRootfs")).toBool()));
    const qint64 memory = host.value(QLatin1String("Memory")).toInteger();
    row(s, tr("Memory limit"), memory > 0 ? ContainerLimits::memoryText(memory) : tr("None"));
    const ContainerLimits limits = ContainerLimits::fromInspect(d);
    row(s, tr("CPU limit"), limits.cpus > 0 ? tr("%1 CPUs").arg(QLocale().toString(limits.cpus, 'g', 3)) : tr("None"));

    const QJsonArray mounts = d.value(QLatin1String("Mounts")).toArray();
    s = section(tr("Mounts (%1)").arg(mounts.size()), QStringLiteral("mounts"));
    for (const QJsonValue &v : mounts) {
        const QJsonObject m = v.toObject();
        const QString type = m.value(QLatin1String("Type")).toString();
        const QString source = type == QLatin1String("volume") ? m.value(QLatin1String("Name")).toString() : m.value(QLatin1String("Source")).toString();
        const bool rw = m.value(QLatin1String("RW")).toBool();
        QTreeWidgetItem *mi = row(s, m.value(QLatin1String("Destination")).toString(),
                                  tr("%1 %2 (%3)").arg(type, source, rw ? tr("read-write") : tr("read-only")));
        row(mi, tr("Type"), type);
        if (!m.value(QLatin1String("Name")).toString().isEmpty())
            row(mi, tr("Volume"), m.value(QLatin1String("Name")).toString());
        row(mi, tr("Source"), m.value(QLatin1String("Source")).toString());
        row(mi, tr("Destination"), m.value(QLatin1String("Destination")).toString());
        row(mi, tr("Writable"), yesNo(rw));
        if (!m.value(QLatin1String("Mode")).toString().isEmpty())
            row(mi, tr("Mode"), m.value(QLatin1String("Mode")).toString());
        if (!m.value(QLatin1String("Propagation")).toString().isEmpty())
            row(mi, tr("Propagation"), m.value(QLatin1String("Propagation")).toString());
        if (!m.value(QLatin1String("Driver")).toString().isEmpty())
            row(mi, tr("Driver"), m.value(QLatin1String("Driver")).toString());
    }

    s = section(tr("Network settings"), QStringLiteral("network"));
    const QJsonObject ports = net.value(QLatin1String("Ports")).toObject();
    QTreeWidgetItem *published = row(s, tr("Published ports"), tr("%n port(s)", nullptr, int(ports.size())));
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        QStringList hosts;
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &b : list) {
            hosts << b.toObject().value(QLatin1String("HostIp")).toString() + QLatin1Char(':')
                    + b.toObject().value(QLatin1String("HostPort")).toString();
        }
        QTreeWidgetItem *portItem = row(published, it.key(), hosts.isEmpty() ? tr("not published") : hosts.join(QLatin1String(", ")));
        // Openable: shown as a link, opened by double-click or Enter.
        const QList<PortLink> links = m_engine ? PortLink::openable(PortLink::fromInspect(QJsonObject{{it.key(), it.value()}}, m_engine->endpoint()))
                                               : QList<PortLink>();
        if (!links.isEmpty()) {
            portItem->setData(1, Qt::UserRole, links.first().url);
            portItem->setForeground(1, palette().color(QPalette::Link));
            QFont f = portItem->font(1);
            f.setUnderline(true);
            portItem->setFont(1, f);
            portItem->setToolTip(1, tr("Open %1 (double-click or Enter)").arg(links.first().url.toString()));
        }
    }
    published->setExpanded(true);
    const QJsonObject networks = net.value(QLatin1String("Networks")).toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        const QJsonObject n = it.value().toObject();
        QTreeWidgetItem *ni = row(s, tr("Network %1").arg(it.key()), n.value(QLatin1String("IPAddress")).toString());
        row(ni, tr("IP address"), n.value(QLatin1String("IPAddress")).toString());
        row(ni, tr("Prefix length"), QString::number(n.value(QLatin1String("IPPrefixLen")).toInt()));
        row(ni, tr("Gateway"), n.value(QLatin1String("Gateway")).toString());
        row(ni, tr("MAC address"), n.value(QLatin1String("MacAddress")).toString());
        row(ni, tr("IPv6 address"), n.value(QLatin1String("GlobalIPv6Address")).toString());
        row(ni, tr("Aliases"), strings(n.value(QLatin1String("Aliases"))).join(QLatin1String(", ")));
        row(ni, tr("DNS names"), strings(n.value(QLatin1String("DNSNames"))).join(QLatin1String(", ")));
        ni->setExpanded(true);
    }
    row(s, tr("Sandbox"), net.value(QLatin1String("SandboxKey")).toString());

    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        top->setExpanded(!collapsed.contains(top->data(0, Qt::UserRole).toString()));
    }
    m_tree->verticalScrollBar()->setValue(scroll);
}

void InspectView::applySearch()
{
    const QString text = m_search->text().trimmed();
    if (m_stack->currentWidget() == m_raw) {
        // Highlight every match; Enter walks through them.
        QList<QTextEdit::ExtraSelection> marks;
        if (!text.isEmpty()) {
            QTextCursor c(m_raw->document());
            QTextCharFormat fmt;
            fmt.setBackground(palette().color(QPalette::Highlight).lighter(160));
            while (!(c = m_raw->document()->find(text, c)).isNull())
                marks.append({c, fmt});
        }
        showMessage(!text.isEmpty() && marks.isEmpty() ? tr("Nothing in the JSON matches \"%1\".").arg(text) : QString());
        m_raw->setExtraSelections(marks);
        if (!marks.isEmpty()) {
            QTextCursor first = marks.first().cursor;
            m_raw->setTextCursor(first);
            m_raw->centerCursor();
        }
        return;
    }
    // Details: rows whose field or value match, with their sections; a matching
    // section or parent shows all its rows.
    std::function<bool(QTreeWidgetItem *, bool)> filter = [&](QTreeWidgetItem *item, bool parentMatched) {
        const bool self = text.isEmpty() || parentMatched || item->text(0).contains(text, Qt::CaseInsensitive)
            || item->text(1).contains(text, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild |= filter(item->child(i), self);
        const bool visible = self || anyChild;
        item->setHidden(!visible);
        if (!text.isEmpty() && anyChild)
            item->setExpanded(true);
        return visible;
    };
    bool any = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        any |= filter(m_tree->topLevelItem(i), false);
    showMessage(!text.isEmpty() && !any && !m_data.isEmpty() ? tr("No detail matches \"%1\".").arg(text) : QString());
}

void InspectView::showMessage(const QString &searchNote)
{
    QStringList parts;
    if (!m_error.isEmpty())
        parts << m_error;
    if (!searchNote.isEmpty())
        parts << searchNote;
    m_message->setText(parts.join(QLatin1Char('\n')));
    m_message->setVisible(!parts.isEmpty());
}

void InspectView::findInJson(bool backwards)
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (!m_raw->find(text, flags)) {
        // Wrap around.
        QTextCursor c = m_raw->textCursor();
        c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_raw->setTextCursor(c);
        m_raw->find(text, flags);
    }
    m_raw->centerCursor();
}

QString InspectView::detailsText() const
{
    QStringList lines;
    std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        if (item->isHidden())
            return;
        const QString indent(depth * 2, QLatin1Char(' '));
        lines << (item->text(1).isEmpty() && item->childCount() ? QString(indent + item->text(0)) : QString(indent + item->text(0) + QLatin1String(": ") + item->text(1)));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i), 0);
    return lines.join(QLatin1Char('\n'));
}

void InspectView::copy()
{
    QString text;
    if (m_stack->currentWidget() == m_raw) {
        text = m_raw->textCursor().hasSelection() ? m_raw->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
                                                  : m_raw->toPlainText();
    } else {
        const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
        if (selected.isEmpty()) {
            text = detailsText();
        } else {
            QStringList lines;
            for (QTreeWidgetItem *item : selected)
                lines << (item->text(1).isEmpty() ? item->text(0) : item->text(0) + QLatin1String(": ") + item->text(1));
            text = lines.join(QLatin1Char('\n'));
        }
    }
    QGuiApplication::clipboard()->setText(text);
}
