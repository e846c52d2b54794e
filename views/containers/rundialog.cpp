#include "containers/rundialog.h"

#include "containersapi.h"
#include "containerspec.h"
#include "engine.h"
#include "recreate.h"
#include "networksapi.h"
#include "volumesapi.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace {

enum Mode { Detached, Interactive, Attached };
enum EnvColumn { EnvName, EnvValue };
enum PortColumn { PortHostIp, PortHost, PortContainer, PortProtocol };
enum MountColumn { MountType, MountSource, MountTarget, MountReadOnly };
constexpr int kInheritRole = Qt::UserRole + 1;
constexpr int kMountSyntaxRole = Qt::UserRole + 2;

QString cell(const QTableWidget *t, int row, int col)
{
    const QTableWidgetItem *i = t->item(row, col);
    return i ? i->text().trimmed() : QString();
}

QComboBox *cellCombo(const QTableWidget *t, int row, int col)
{
    return qobject_cast<QComboBox *>(t->cellWidget(row, col));
}

/// The editor of a mount's source: a line edit completing the engine's volume names.
class VolumeSourceDelegate : public QStyledItemDelegate
{
public:
    VolumeSourceDelegate(const QStringList *names, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_names(names)
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            auto *completer = new QCompleter(*m_names, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
            edit->setCompleter(completer);
            edit->setAccessibleName(QCoreApplication::translate("RunDialog", "Host path or volume"));
        }
        return w;
    }

private:
    const QStringList *m_names;
};

/// The editor of a value that may be long (a certificate in an environment variable):
/// a line edit takes up to 32767 characters unless told, and would cut a longer paste
/// short without a word.
class LongValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *w = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setMaxLength(std::numeric_limits<int>::max());
        return w;
    }
    /// The cell shows the start of a long value: laying out all of a megabyte at each
    /// paint would freeze the dialog.
    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        const QString text = QStyledItemDelegate::displayText(value, locale);
        return text.size() > kShownCharacters ? text.left(kShownCharacters) + QChar(0x2026) : text;
    }
    static constexpr qsizetype kShownCharacters = 1000;
};

} // namespace

RunDialog::RunDialog(Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_origin(new QLabel(this))
    , m_image(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_overrideEntrypoint(new QCheckBox(tr("Override"), this))
    , m_entrypoint(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_stdin(new QCheckBox(tr("Keep standard input open (-i)"), this))
    , m_tty(new QCheckBox(tr("Allocate a terminal (-t)"), this))
    , m_rm(new QCheckBox(tr("Remove the container when it exits (--rm)"), this))
    , m_restart(new QComboBox(this))
    , m_retries(new QSpinBox(this))
    , m_network(new QComboBox(this))
    , m_workdir(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_commandLine(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_run(m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("runDialog"));
    setWindowTitle(tr("Run a Container"));
    setAccessibleName(tr("Run a container"));

    m_image->setObjectName(QStringLiteral("runImage"));
    m_image->setEditable(true);
    m_image->setInsertPolicy(QComboBox::NoInsert);
    m_image->setAccessibleName(tr("Image"));
    m_image->lineEdit()->setPlaceholderText(tr("Image to run, e.g. cais-test/shell:1"));
    m_image->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_image->completer()->setFilterMode(Qt::MatchContains);

    m_name->setObjectName(QStringLiteral("runName"));
    m_name->setAccessibleName(tr("Container name"));
    m_name->setPlaceholderText(tr("Chosen by the engine"));
    m_command->setObjectName(QStringLiteral("runCommand"));
    m_command->setAccessibleName(tr("Command"));
    m_command->setPlaceholderText(tr("The image's default command"));
    m_command->setToolTip(tr("Words as in a shell: sh -c 'echo hello'"));
    m_overrideEntrypoint->setObjectName(QStringLiteral("runOverrideEntrypoint"));
    m_overrideEntrypoint->setAccessibleName(tr("Override the entrypoint"));
    m_entrypoint->setObjectName(QStringLiteral("runEntrypoint"));
    m_entrypoint->setAccessibleName(tr("Entrypoint"));
    m_entrypoint->setPlaceholderText(tr("The image's entrypoint"));
    m_entrypoint->setToolTip(tr("One program (--entrypoint). Empty with Override checked: no entrypoint at all."));
    m_entrypoint->setEnabled(false);

    m_mode->setObjectName(QStringLiteral("runMode"));
    m_mode->setAccessibleName(tr("How to run"));
    m_mode->addItem(tr("Detached, in the background (-d)"), int(Detached));
    m_mode->addItem(tr("Interactive, in a terminal (-it)"), int(Interactive));
    m_mode->addItem(tr("Attached, showing its output"), int(Attached));
    m_stdin->setObjectName(QStringLiteral("runStdin"));
    m_stdin->setAccessibleName(m_stdin->text());
    m_tty->setObjectName(QStringLiteral("runTty"));
    m_tty->setAccessibleName(m_tty->text());
    m_rm->setObjectName(QStringLiteral("runAutoRemove"));
    m_rm->setAccessibleName(m_rm->text());

    m_restart->setObjectName(QStringLiteral("runRestart"));
    m_restart->setAccessibleName(tr("Restart policy"));
    m_restart->addItem(tr("Never (engine default)"), QString());
    m_restart->addItem(tr("No (--restart no)"), QStringLiteral("no"));
    m_restart->addItem(tr("Always"), QStringLiteral("always"));
    m_restart->addItem(tr("Unless stopped"), QStringLiteral("unless-stopped"));
    m_restart->addItem(tr("On failure"), QStringLiteral("on-failure"));
    m_retries->setObjectName(QStringLiteral("runRetries"));
    m_retries->setAccessibleName(tr("Maximum retries"));
    m_retries->setRange(0, 1000);
    m_retries->setSpecialValueText(tr("Unlimited"));
    m_retries->setPrefix(tr("retries: "));
    m_retries->setEnabled(false);

    m_network->setObjectName(QStringLiteral("runNetwork"));
    m_network->setAccessibleName(tr("Network"));
    m_network->setEditable(true);
    m_network->addItems({QString(), QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")});
    m_network->lineEdit()->setPlaceholderText(tr("Engine default"));
    m_network->setToolTip(tr("bridge, host, none, container:<name>, or the name of a network"));
    m_workdir->setObjectName(QStringLiteral("runWorkdir"));
    m_workdir->setAccessibleName(tr("Working directory"));
    m_workdir->setPlaceholderText(tr("The image's"));
    m_user->setObjectName(QStringLiteral("runUser"));
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("The image's (name, uid or uid:gid)"));

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Under a field of the form, what is wrong with it.
    auto message = [this, form](RunConfig::Field which, QWidget *field) {
        auto *label = new QLabel(this);
        form->addRow(QString(), label);
        addFieldMessage(which, field, label);
    };
    form->addRow(tr("&Image:"), m_image);
    message(RunConfig::Field::Image, m_image);
    form->addRow(tr("&Name:"), m_name);
    message(RunConfig::Field::Name, m_name);
    form->addRow(tr("&Command:"), m_command);
    message(RunConfig::Field::Command, m_command);
    auto *epRow = new QHBoxLayout;
    epRow->addWidget(m_overrideEntrypoint);
    epRow->addWidget(m_entrypoint, 1);
    // A row of two widgets gets no buddy from the form: the label needs one for its key.
    auto *epLabel = new QLabel(tr("&Entrypoint:"), this);
    epLabel->setBuddy(m_overrideEntrypoint);
    form->addRow(epLabel, epRow);
    message(RunConfig::Field::Entrypoint, m_entrypoint);
    form->addRow(tr("&Mode:"), m_mode);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_stdin);
    flags->addWidget(m_tty);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    form->addRow(QString(), m_rm);
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restart, 1);
    restartRow->addWidget(m_retries);
    auto *restartLabel = new QLabel(tr("Re&start:"), this);
    restartLabel->setBuddy(m_restart);
    form->addRow(restartLabel, restartRow);
    message(RunConfig::Field::Restart, m_restart);
    form->addRow(tr("Ne&twork:"), m_network);
    message(RunConfig::Field::Network, m_network);
    form->addRow(tr("&Working directory:"), m_workdir);
    message(RunConfig::Field::WorkingDir, m_workdir);
    form->addRow(tr("&User:"), m_user);
    message(RunConfig::Field::User, m_user);

    m_env = makeTable(QStringLiteral("runEnv"), tr("Environment variables"), {tr("Name"), tr("Value")});
    m_ports = makeTable(QStringLiteral("runPorts"), tr("Published ports"), {tr("Host address"), tr("Host port"), tr("Container port"), tr("Protocol")});
    m_mounts = makeTable(QStringLiteral("runMounts"), tr("Volumes and bind mounts"), {tr("Type"), tr("Host path or volume"), tr("Path in the container"), tr("Read-only")});
    m_labels = makeTable(QStringLiteral("runLabels"), tr("Labels"), {tr("Name"), tr("Value")});
    m_env.table->setItemDelegateForColumn(EnvValue, new LongValueDelegate(m_env.table));
    m_labels.table->setItemDelegateForColumn(1, new LongValueDelegate(m_labels.table));
    // Under each table, what is wrong with its rows.
    for (const auto &[which, table] : {std::pair{RunConfig::Field::Env, m_env}, std::pair{RunConfig::Field::Ports, m_ports},
                                       std::pair{RunConfig::Field::Mounts, m_mounts}, std::pair{RunConfig::Field::Labels, m_labels}}) {
        auto *label = new QLabel(table.page);
        qobject_cast<QVBoxLayout *>(table.page->layout())->addWidget(label);
        addFieldMessage(which, table.table, label);
    }
    m_ports.table->horizontalHeaderItem(PortHostIp)->setToolTip(tr("Empty: every address of the host"));
    m_ports.table->horizontalHeaderItem(PortHost)->setToolTip(tr("Empty: the engine picks a free port. A range, like 8000-8010, is allowed."));
    m_mounts.table->horizontalHeaderItem(MountSource)->setToolTip(tr("An absolute path on the engine's host (bind mount), a volume name, or empty for an anonymous volume"));
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setAccessibleName(tr("Environment, ports, volumes and labels"));
    m_tabs->addTab(m_env.page, tr("Environment"));
    m_tabs->addTab(m_ports.page, tr("Ports"));
    m_tabs->addTab(m_mounts.page, tr("Volumes"));
    m_tabs->addTab(m_labels.page, tr("Labels"));
    m_tabs->tabBar()->setAccessibleName(tr("Environment, ports, volumes and labels"));

    m_commandLine->setObjectName(QStringLiteral("runCommandLine"));
    m_commandLine->setAccessibleName(tr("Equivalent command line"));
    m_commandLine->setReadOnly(true);
    m_commandLine->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_commandLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandLine->setMaximumHeight(m_commandLine->fontMetrics().lineSpacing() * 4 + 12);
    auto *copy = new QPushButton(tr("Cop&y"), this);
    copy->setObjectName(QStringLiteral("runCopyCommandLine"));
    copy->setAccessibleName(tr("Copy the command line"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(commandLine()); });
    auto *paste = new QPushButton(tr("&Paste a Command Line…"), this);
    paste->setObjectName(QStringLiteral("runPasteCommandLine"));
    paste->setAccessibleName(tr("Fill the dialog from a docker run command line"));
    connect(paste, &QPushButton::clicked, this, &RunDialog::pasteDialog);
    auto *cmdBox = new QGroupBox(tr("Equivalent command line"), this);
    auto *cmdLay = new QVBoxLayout(cmdBox);
    cmdLay->addWidget(m_commandLine);
    auto *cmdButtons = new QHBoxLayout;
    cmdButtons->addStretch(1);
    cmdButtons->addWidget(copy);
    cmdButtons->addWidget(paste);
    cmdLay->addLayout(cmdButtons);

    m_problems->setObjectName(QStringLiteral("runProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problems->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(warn);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setAccessibleName(tr("Run status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setAccessibleName(tr("Run"));
    m_run->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // Run does its work first and closes only when the container runs.
    connect(m_run, &QPushButton::clicked, this, &RunDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_origin->setObjectName(QStringLiteral("runOrigin"));
    m_origin->setAccessibleName(tr("What this does to the original container"));
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setFrameShape(QFrame::StyledPanel);
    m_origin->setMargin(6);
    m_origin->hide();

    auto *lay = new QVBoxLayout(this);
    lay->addWidget(m_origin);
    lay->addLayout(form);
    lay->addWidget(m_tabs, 1);
    lay->addWidget(cmdBox);
    lay->addWidget(m_problems);
    lay->addWidget(m_status);
    lay->addWidget(m_buttons);

    for (QLineEdit *e : {m_name, m_command, m_entrypoint, m_workdir, m_user})
        connect(e, &QLineEdit::textChanged, this, &RunDialog::update);
    connect(m_image, &QComboBox::currentTextChanged, this, &RunDialog::update);
    connect(m_network, &QComboBox::currentTextChanged, this, &RunDialog::update);
    connect(m_overrideEntrypoint, &QCheckBox::toggled, this, [this](bool on) {
        m_entrypoint->setEnabled(on);
        update();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RunDialog::modeChanged);
    for (QCheckBox *b : {m_stdin, m_tty, m_rm})
        connect(b, &QCheckBox::toggled, this, &RunDialog::update);
    connect(m_restart, &QComboBox::currentIndexChanged, this, [this] {
        m_retries->setEnabled(m_restart->currentData().toString() == QLatin1String("on-failure"));
        update();
    });
    connect(m_retries, &QSpinBox::valueChanged, this, &RunDialog::update);

    resize(780, 720);
    modeChanged();
    loadImages();
    loadVolumesAndNetworks();
    update();
}

RunDialog::Table RunDialog::makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers)
{
    Table t;
    t.page = new QWidget(this);
    t.table = new QTableWidget(0, int(headers.size()), t.page);
    t.table->setObjectName(objectName);
    t.table->setAccessibleName(accessibleName);
    t.table->setHorizontalHeaderLabels(headers);
    t.table->horizontalHeader()->setStretchLastSection(true);
    t.table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t.table->verticalHeader()->hide();
    t.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int c = 0; c < headers.size(); ++c)
        t.table->setColumnWidth(c, c + 1 == headers.size() ? 120 : 200);
    auto *add = new QPushButton(tr("&Add"), t.page);
    add->setObjectName(objectName + QStringLiteral("Add"));
    add->setAccessibleName(tr("Add a row to %1").arg(accessibleName));
    auto *remove = new QPushButton(tr("Remo&ve"), t.page);
    remove->setObjectName(objectName + QStringLiteral("Remove"));
    remove->setAccessibleName(tr("Remove the selected rows of %1").arg(accessibleName));
    QTableWidget *table = t.table;
    connect(add, &QPushButton::clicked, this, [this, table] {
        if (table == m_env.table)
            addEnvRow({}, {}, false);
        else if (table == m_ports.table)
            addPortRow({});
        else if (table == m_mounts.table)
            addMountRow({});
        else
            addLabelRow({}, {});
        table->setCurrentCell(table->rowCount() - 1, table == m_mounts.table ? MountSource : 0);
        table->editItem(table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this, table] {
        QList<int> rows;
        for (const auto range = table->selectionModel()->selectedRows(); const QModelIndex &i : range)
            rows << i.row();
        if (rows.isEmpty() && table->currentRow() >= 0)
            rows << table->currentRow();
        std::sort(rows.rbegin(), rows.rend());
        for (int r : std::as_const(rows))
            table->removeRow(r);
        update();
    });
    connect(table, &QTableWidget::itemChanged, this, [this, table](QTableWidgetItem *item) {
        // A value typed for "-e NAME" is a value of its own now.
        if (table == m_env.table && item->column() == EnvValue && !m_filling)
            item->setData(kInheritRole, false);
        update();
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(t.table, 1);
    row->addLayout(buttons);
    auto *lay = new QVBoxLayout(t.page);
    lay->setContentsMargins({});
    lay->addLayout(row, 1);
    return t;
}

void RunDialog::addEnvRow(const QString &key, const QString &value, bool inherit)
{
    const bool filling = std::exchange(m_filling, true);
    const int r = m_env.table->rowCount();
    m_env.table->insertRow(r);
    m_env.table->setItem(r, EnvName, new QTableWidgetItem(key));
    auto *v = new QTableWidgetItem(value);
    v->setData(kInheritRole, inherit);
    if (inherit)
        v->setToolTip(tr("No value: Cais passes its own value of %1, as the docker CLI does with -e %1").arg(key));
    m_env.table->setItem(r, EnvValue, v);
    m_filling = filling;
}

void RunDialog::addPortRow(const PortMapping &p)
{
    const bool filling = std::exchange(m_filling, true);
    const int r = m_ports.table->rowCount();
    m_ports.table->insertRow(r);
    m_ports.table->setItem(r, PortHostIp, new QTableWidgetItem(p.hostIp));
    m_ports.table->setItem(r, PortHost, new QTableWidgetItem(p.hostPortText()));
    m_ports.table->setItem(r, PortContainer, new QTableWidgetItem(p.containerPortText()));
    auto *proto = new QComboBox(m_ports.table);
    proto->addItems({QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("sctp")});
    proto->setCurrentText(p.protocol);
    proto->setAccessibleName(tr("Protocol of port mapping %1").arg(r + 1));
    connect(proto, &QComboBox::currentIndexChanged, this, &RunDialog::update);
    m_ports.table->setCellWidget(r, PortProtocol, proto);
    m_filling = filling;
}

void RunDialog::addMountRow(const MountSpec &m)
{
    const bool filling = std::exchange(m_filling, true);
    const int r = m_mounts.table->rowCount();
    m_mounts.table->insertRow(r);
    auto *type = new QComboBox(m_mounts.table);
    type->addItem(tr("Bind mount"), int(MountSpec::Type::Bind));
    type->addItem(tr("Volume"), int(MountSpec::Type::Volume));
    type->addItem(tr("tmpfs"), int(MountSpec::Type::Tmpfs));
    type->setCurrentIndex(type->findData(int(m.type)));
    type->setProperty("mountSyntax", m.mountSyntax);
    type->setAccessibleName(tr("Type of mount %1").arg(r + 1));
    connect(type, &QComboBox::currentIndexChanged, this, &RunDialog::update);
    m_mounts.table->setCellWidget(r, MountType, type);
    m_mounts.table->setItem(r, MountSource, new QTableWidgetItem(m.source));
    m_mounts.table->setItem(r, MountTarget, new QTableWidgetItem(m.target));
    auto *ro = new QTableWidgetItem;
    ro->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    ro->setCheckState(m.readOnly ? Qt::Checked : Qt::Unchecked);
    ro->setData(Qt::AccessibleTextRole, tr("Read-only"));
    m_mounts.table->setItem(r, MountReadOnly, ro);
    m_filling = filling;
}

void RunDialog::addLabelRow(const QString &key, const QString &value)
{
    const bool filling = std::exchange(m_filling, true);
    const int r = m_labels.table->rowCount();
    m_labels.table->insertRow(r);
    m_labels.table->setItem(r, 0, new QTableWidgetItem(key));
    m_labels.table->setItem(r, 1, new QTableWidgetItem(value));
    m_filling = filling;
}

void RunDialog::setImage(const QString &image)
{
    m_image->setCurrentText(image);
}

void RunDialog::setConfig(const RunConfig &c)
{
    m_filling = true;
    m_image->setCurrentText(c.image);
    m_name->setText(c.name);
    m_command->setText(joinShellWords(c.command));
    m_overrideEntrypoint->setChecked(c.entrypoint.has_value());
    m_entrypoint->setText(c.entrypoint.value_or(QString()));
    m_mode->setCurrentIndex(c.detach ? Detached : (c.interactive && c.tty) ? Interactive : Attached);
    m_stdin->setChecked(c.interactive);
    m_tty->setChecked(c.tty);
    m_rm->setChecked(c.autoRemove);
    m_restart->setCurrentIndex(std::max(0, m_restart->findData(c.restartPolicy)));
    m_retries->setValue(c.restartMaxRetries);
    m_network->setCurrentText(c.network);
    m_workdir->setText(c.workingDir);
    m_user->setText(c.user);
    for (const Table &t : {m_env, m_ports, m_mounts, m_labels})
        t.table->setRowCount(0);
    for (const QString &e : c.env) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        addEnvRow(eq < 0 ? e : e.left(eq), eq < 0 ? QString() : e.mid(eq + 1), eq < 0);
    }
    for (const PortMapping &p : c.ports)
        addPortRow(p);
    for (const MountSpec &m : c.mounts)
        addMountRow(m);
    for (auto it = c.labels.begin(); it != c.labels.end(); ++it)
        addLabelRow(it.key(), it.value());
    m_filling = false;
    modeChanged();
}

void RunDialog::addFieldMessage(RunConfig::Field which, QWidget *field, QLabel *label)
{
    label->setObjectName(field->objectName() + QStringLiteral("Problem"));
    label->setProperty("fieldMessageFor", QVariant::fromValue(field));
    label->setAccessibleName(tr("Problem with %1").arg(field->accessibleName()));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(warn);
    label->hide();
    m_fieldMessages.insert(which, {field, label});
}

RunConfig RunDialog::collect(QList<RunConfig::Problem> *tableProblems) const
{
    RunConfig c;
    c.image = m_image->currentText().trimmed();
    c.name = m_name->text().trimmed();
    if (auto words = splitShellWords(m_command->text()))
        c.command = *words;
    else if (tableProblems)
        *tableProblems << RunConfig::Problem{RunConfig::Field::Command, tr("Command: %1").arg(words.error())};
    if (m_overrideEntrypoint->isChecked())
        c.entrypoint = m_entrypoint->text().trimmed();
    const int mode = m_mode->currentData().toInt();
    c.detach = mode == Detached;
    c.interactive = mode == Interactive || m_stdin->isChecked();
    c.tty = mode == Interactive || m_tty->isChecked();
    c.autoRemove = m_rm->isChecked();
    c.restartPolicy = m_restart->currentData().toString();
    c.restartMaxRetries = c.restartPolicy == QLatin1String("on-failure") ? m_retries->value() : 0;
    c.network = m_network->currentText().trimmed();
    c.workingDir = m_workdir->text().trimmed();
    c.user = m_user->text().trimmed();

    for (int r = 0; r < m_env.table->rowCount(); ++r) {
        const QString key = cell(m_env.table, r, EnvName);
        const QTableWidgetItem *v = m_env.table->item(r, EnvValue);
        const QString value = v ? v->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        const bool inherit = v && v->data(kInheritRole).toBool() && value.isEmpty();
        // A name is all before the first "=": one typed in the name would change name and value.
        if (key.contains(QLatin1Char('='))) {
            if (tableProblems)
                *tableProblems << RunConfig::Problem{RunConfig::Field::Env,
                                                     tr("The environment variable name \"%1\" contains \"=\"; put what follows it in the value.")
                                                         .arg(key.size() > 60 ? key.left(60) + QChar(0x2026) : key)};
            continue;
        }
        c.env << (inherit ? key : key + QLatin1Char('=') + value);
    }
    for (int r = 0; r < m_ports.table->rowCount(); ++r) {
        const QString ip = cell(m_ports.table, r, PortHostIp), host = cell(m_ports.table, r, PortHost),
                      container = cell(m_ports.table, r, PortContainer);
        if (ip.isEmpty() && host.isEmpty() && container.isEmpty())
            continue;
        const QComboBox *proto = cellCombo(m_ports.table, r, PortProtocol);
        auto p = PortMapping::fromParts(ip, host, container, proto ? proto->currentText() : QString());
        if (p)
            c.ports << *p;
        else if (tableProblems)
            *tableProblems << RunConfig::Problem{RunConfig::Field::Ports, p.error()};
    }
    for (int r = 0; r < m_mounts.table->rowCount(); ++r) {
        MountSpec m;
        m.source = cell(m_mounts.table, r, MountSource);
        m.target = cell(m_mounts.table, r, MountTarget);
        if (m.source.isEmpty() && m.target.isEmpty())
            continue;
        if (const QComboBox *type = cellCombo(m_mounts.table, r, MountType)) {
            m.type = MountSpec::Type(type->currentData().toInt());
            m.mountSyntax = type->property("mountSyntax").toBool();
        }
        const QTableWidgetItem *ro = m_mounts.table->item(r, MountReadOnly);
        m.readOnly = ro && ro->checkState() == Qt::Checked;
        if (m.type == MountSpec::Type::Tmpfs && !m.source.isEmpty() && tableProblems)
            *tableProblems << RunConfig::Problem{RunConfig::Field::Mounts, tr("A tmpfs mount has no host path or volume (row %1 of Volumes).").arg(r + 1)};
        c.mounts << m;
    }
    for (int r = 0; r < m_labels.table->rowCount(); ++r) {
        const QString key = cell(m_labels.table, r, 0);
        const QString value = m_labels.table->item(r, 1) ? m_labels.table->item(r, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty())
            continue;
        c.labels.insert(key, value);
    }
    return c;
}

RunConfig RunDialog::config() const
{
    return collect(nullptr);
}

QStringList RunDialog::problems() const
{
    QList<RunConfig::Problem> all;
    const RunConfig c = collect(&all);
    all << c.problems(hostPathsAreLocal());
    QStringList out;
    for (const RunConfig::Problem &p : std::as_const(all))
        out << p.message;
    return out;
}

QString RunDialog::commandLine() const
{
    return m_fullCommandLine;
}

bool RunDialog::hostPathsAreLocal() const
{
    // Bind sources are paths on the engine's host: only checkable when that is this one.
    return m_engine && m_engine->endpoint().transport == Endpoint::Transport::Unix;
}

QString RunDialog::program() const
{
    return m_engine && m_engine->info().podman ? QStringLiteral("podman") : QStringLiteral("docker");
}

void RunDialog::modeChanged()
{
    const bool interactive = m_mode->currentData().toInt() == Interactive;
    // -it is what Interactive means; the boxes stay for -dit and other combinations.
    m_stdin->setEnabled(!interactive);
    m_tty->setEnabled(!interactive);
    if (interactive) {
        const bool filling = std::exchange(m_filling, true);
        m_stdin->setChecked(true);
        m_tty->setChecked(true);
        m_filling = filling;
    }
    update();
}

void RunDialog::update()
{
    if (m_filling)
        return;
    QList<RunConfig::Problem> all;
    const RunConfig c = collect(&all);
    m_fullCommandLine = m_purpose == Purpose::Run ? c.toCommandLine(program()) : ContainerSpec::commandLine(c, m_keptOptions, program());
    // A line of megabytes (a huge environment value) is shown cut: wrapping all of it
    // took minutes. Copy still copies all of it.
    constexpr qsizetype kShown = 4000;
    m_commandLine->setPlainText(m_fullCommandLine.size() <= kShown
                                    ? m_fullCommandLine
                                    : m_fullCommandLine.left(kShown) + QChar(0x2026) + QLatin1Char(' ')
                                        + tr("(%n more character(s), copied with Copy)", nullptr, int(m_fullCommandLine.size() - kShown)));
    all << c.problems(hostPathsAreLocal());
    QStringList problems;
    QMap<RunConfig::Field, QStringList> byField;
    for (const RunConfig::Problem &p : std::as_const(all)) {
        problems << p.message;
        byField[p.field] << p.message;
    }
    // Each field says what is wrong with it, to the eye and to a screen reader.
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it) {
        const QString text = byField.value(it.key()).join(QLatin1Char('\n'));
        const auto &[field, label] = it.value();
        label->setText(text);
        // A row of the form is hidden with its message, leaving no gap.
        if (m_form->indexOf(label) >= 0)
            m_form->setRowVisible(label, !text.isEmpty());
        label->setVisible(!text.isEmpty());
        field->setAccessibleDescription(text);
    }
    QStringList bullets;
    for (const QString &p : std::as_const(problems))
        bullets << QStringLiteral("• ") + p;
    m_problems->setText(bullets.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_run->setEnabled(problems.isEmpty() && m_created.isEmpty() && m_status->property("busy").toBool() == false && !m_recreation);
    m_tabs->setTabText(0, c.env.isEmpty() ? tr("Environment") : tr("Environment (%1)").arg(c.env.size()));
    m_tabs->setTabText(1, c.ports.isEmpty() ? tr("Ports") : tr("Ports (%1)").arg(c.ports.size()));
    m_tabs->setTabText(2, c.mounts.isEmpty() ? tr("Volumes") : tr("Volumes (%1)").arg(c.mounts.size()));
    m_tabs->setTabText(3, c.labels.isEmpty() ? tr("Labels") : tr("Labels (%1)").arg(c.labels.size()));
}

bool RunDialog::fillFromCommandLine(const QString &line, QStringList *errors)
{
    const auto parsed = RunConfig::fromCommandLine(line);
    if (!parsed) {
        if (errors)
            *errors = parsed.error();
        return false;
    }
    setConfig(*parsed);
    return true;
}

void RunDialog::pasteDialog()
{
    QDialog d(this);
    d.setWindowTitle(tr("Paste a Command Line"));
    d.setAccessibleName(tr("Paste a command line"));
    auto *text = new QPlainTextEdit(&d);
    text->setObjectName(QStringLiteral("pasteCommandLine"));
    text->setTabChangesFocus(true); // a command line has no tabs: Tab goes on to the buttons
    text->setAccessibleName(tr("docker run command line"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlaceholderText(QStringLiteral("docker run -d --name web -p 8080:80 -e KEY=value image:tag"));
    const QString clip = QGuiApplication::clipboard()->text().trimmed();
    if (clip.contains(QLatin1String(" run ")) || clip.startsWith(QLatin1String("run ")))
        text->setPlainText(clip);
    auto *errors = new QLabel(&d);
    errors->setAccessibleName(tr("Why the command line cannot be used"));
    errors->setWordWrap(true);
    errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &d);
    QPushButton *fill = buttons->addButton(tr("&Fill the Dialog"), QDialogButtonBox::AcceptRole);
    fill->setAccessibleName(tr("Fill the dialog"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(fill, &QPushButton::clicked, &d, [this, &d, text, errors] {
        QStringList why;
        if (fillFromCommandLine(text->toPlainText(), &why)) {
            d.accept();
            return;
        }
        errors->setText(why.join(QLatin1Char('\n')));
        errors->show();
    });
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    auto *lay = new QVBoxLayout(&d);
    auto *hint = new QLabel(tr("Paste a docker run (or podman run) command line; line continuations and quotes are fine."), &d);
    hint->setWordWrap(true);
    lay->addWidget(hint);
    lay->addWidget(text, 1);
    lay->addWidget(errors);
    lay->addWidget(buttons);
    d.resize(640, 300);
    d.exec();
}

void RunDialog::loadImages()
{
    if (!m_engine || m_engine->state() != Engine::State::Connected)
        return;
    m_engine->listImages().then(this, [this](const Result<QList<ImageSummary>> &r) {
        if (!r)
            return;
        QStringList tags;
        for (const ImageSummary &img : *r)
            tags << img.repoTags;
        tags.sort();
        tags.removeDuplicates();
        const QString current = m_image->currentText();
        const bool filling = std::exchange(m_filling, true);
        m_image->clear();
        m_image->addItems(tags);
        m_image->setCurrentText(current);
        m_filling = filling;
        update();
    });
}

void RunDialog::loadVolumesAndNetworks()
{
    m_mounts.table->setItemDelegateForColumn(MountSource, new VolumeSourceDelegate(&m_volumeNames, m_mounts.table));
    if (!m_engine || m_engine->state() != Engine::State::Connected)
        return;
    VolumesApi::list(*m_engine).then(this, [this](const Result<QList<VolumeSummary>> &r) {
        if (!r)
            return;
        m_volumeNames.clear();
        for (const VolumeSummary &v : *r) {
            if (!v.isAnonymous())
                m_volumeNames << v.name;
        }
        m_volumeNames.sort();
    });
    NetworksApi::list(*m_engine).then(this, [this](const Result<QList<NetworkSummary>> &r) {
        if (!r)
            return;
        QStringList names;
        for (const NetworkSummary &n : *r) {
            if (m_network->findText(n.name) < 0)
                names << n.name;
        }
        names.sort();
        const QString current = m_network->currentText();
        const bool filling = std::exchange(m_filling, true);
        m_network->addItems(names);
        m_network->setCurrentText(current);
        m_filling = filling;
    });
}

void RunDialog::setBusy(bool busy, const QString &text)
{
    m_status->setProperty("busy", busy);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    update();
}

void RunDialog::run()
{
    if (!problems().isEmpty() || !m_created.isEmpty() || m_status->property("busy").toBool())
        return;
    if (!m_engine) {
        setBusy(false, tr("Not connected to an engine."));
        return;
    }
    if (m_purpose == Purpose::Recreate) {
        recreate();
        return;
    }
    const RunConfig c = config();
    setBusy(true, tr("Creating the container…"));
    QPointer<Engine> engine = m_engine;
    // A duplicate: the original's settings, a second time; its other networks too.
    const auto networks = m_purpose == Purpose::Duplicate ? ContainerSpec::extraNetworks(m_originInspect, c.network)
                                                          : QList<std::pair<QString, NetworkConnectSpec>>();
    auto created = m_purpose == Purpose::Run ? ContainersApi(m_engine).create(c) : ContainersApi(m_engine).create(createBody(), c.name);
    created.then(this, [this, c, engine, networks](const Result<ContainersApi::Created> &r) {
        if (!r) {
            setBusy(false, tr("Could not create the container: %1").arg(r.error().fullText()));
            return;
        }
        const QString id = r->id;
        Q_EMIT containerCreated(id, r->warnings);
        if (networks.isEmpty() || !engine) {
            startCreated(id, c);
            return;
        }
        auto plain = networks;
        for (auto &n : plain)
            n.second.ipv4.clear(); // one container per fixed address
        setBusy(true, tr("Connecting the container to its networks…"));
        ContainerSpec::connectNetworks(*engine, id, plain).then(this, [this, id, c](const Result<Done> &n) {
            if (!n) {
                m_created = id;
                setBusy(false, tr("%1 was created but could not be connected to all of its networks: %2")
                                   .arg(c.name.isEmpty() ? id.left(12) : c.name, n.error().fullText()));
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                return;
            }
            startCreated(id, c);
        });
    });
}

void RunDialog::startCreated(const QString &id, const RunConfig &c)
{
    QPointer<Engine> engine = m_engine;
    {
        const bool interactive = !c.detach && (c.interactive || c.tty);
        if (interactive && isSignalConnected(QMetaMethod::fromSignal(&RunDialog::interactiveRunRequested))) {
            Q_EMIT interactiveRunRequested(id);
            setBusy(false);
            accept();
            return;
        }
        if (!engine) {
            setBusy(false, tr("Not connected to an engine."));
            return;
        }
        setBusy(true, tr("Starting the container…"));
        ContainersApi(engine).start(id).then(this, [this, id, c](const Result<ContainersApi::Outcome> &s) {
            if (!s) {
                // It exists now (as the CLI leaves it): say so, and do not create another.
                m_created = id;
                const QString who = c.name.isEmpty() ? id.left(12) : c.name;
                setBusy(false, c.autoRemove ? tr("%1 did not start and was removed (--rm). %2").arg(who, s.error().fullText())
                                            : tr("%1 was created but did not start. It stays in the list as Created: fix the cause, then start "
                                                 "or remove it there. %2")
                                                  .arg(who, s.error().fullText()));
                m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
                return;
            }
            setBusy(false);
            Q_EMIT containerStarted(id);
            accept();
        });
    }
}

void RunDialog::setOrigin(const QJsonObject &inspect, const QJsonObject &imageConfig, Purpose purpose)
{
    m_purpose = purpose;
    m_originInspect = inspect;
    m_originImage = imageConfig;
    m_base = ContainerSpec::createBody(inspect);
    QStringList unexpressed;
    m_keptOptions = ContainerSpec::otherOptions(inspect, imageConfig, &unexpressed);
    RunConfig c = ContainerSpec::runConfig(inspect, imageConfig);
    const QString name = c.name;
    if (purpose == Purpose::Duplicate) {
        c.name = name + QStringLiteral("-copy");
        m_base = ContainerSpec::withoutFixedAddresses(m_base);
    }
    setConfig(c);
    QStringList kept;
    if (!m_keptOptions.isEmpty())
        kept << joinShellWords(m_keptOptions);
    kept << unexpressed;
    const QString keptText = kept.isEmpty() ? QString() : tr("Kept as they were (no field here): %1").arg(kept.join(QLatin1String(", ")));
    QString text;
    if (purpose == Purpose::Recreate) {
        setWindowTitle(tr("Edit and Recreate %1").arg(name));
        setAccessibleName(tr("Edit and recreate %1").arg(name));
        m_run->setText(tr("&Recreate"));
        text = tr("Recreate replaces %1 with a new container made from these settings: it stops %1, renames it aside, creates and "
                  "starts the new one, and removes %1 only once the new one runs. Its anonymous volumes go to the new container. "
                  "If a step fails, %1 is put back as it was: its name, and running again if it ran.")
                   .arg(name);
    } else {
        setWindowTitle(tr("Duplicate %1").arg(name));
        setAccessibleName(tr("Duplicate %1").arg(name));
        m_run->setText(tr("C&reate and Start"));
        text = tr("A new container with the settings of %1; %1 itself is not touched. Fixed addresses (IP, MAC) are left out: only one "
                  "container can have them.")
                   .arg(name);
    }
    if (!keptText.isEmpty())
        text += QLatin1Char('\n') + keptText;
    m_origin->setText(text);
    m_origin->show();
    update();
}

void RunDialog::reject()
{
    // A recreation half done is not left: it ends, or puts the old container back.
    if (m_recreation && m_recreation->isRunning())
        return;
    QDialog::reject();
}

QJsonObject RunDialog::createBody() const
{
    const RunConfig c = config();
    return m_purpose == Purpose::Run ? c.toCreateBody() : ContainerSpec::withRunConfig(m_base, c);
}

void RunDialog::recreate()
{
    const RunConfig c = config();
    const QString oldId = m_originInspect.value(QLatin1String("Id")).toString();
    ContainerRecreation::Plan plan;
    plan.body = ContainerSpec::keepAnonymousVolumes(createBody(), m_originInspect, m_originImage);
    plan.name = c.name;
    plan.networks = ContainerSpec::extraNetworks(m_originInspect, c.network);
    // Owned by the engine, not the dialog: once begun, it ends (or puts the old one back).
    auto *r = new ContainerRecreation(m_engine, oldId, plan, m_engine);
    connect(r, &ContainerRecreation::finished, r, &QObject::deleteLater);
    m_recreation = r;
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    connect(r, &ContainerRecreation::progressed, this, [this](ContainerRecreation::Step, const QString &text) { setBusy(true, text); });
    connect(r, &ContainerRecreation::finished, this, [this, r, oldId](bool ok, const QString &message) {
        const QString newId = r->newId();
        m_recreation.clear();
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
        if (!ok) {
            setBusy(false, message);
            return;
        }
        setBusy(false);
        Q_EMIT containerRecreated(newId, oldId, message);
        accept();
    });
    r->start();
}
