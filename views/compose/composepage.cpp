#include "composepage.h"

#include "common/syntaxrepository.h"
#include "common/wraplabel.h"
#include "composeservicesmodel.h"
#include "engine.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QEvent>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

ComposePage::ComposePage(QWidget *parent)
    : QWidget(parent)
    , m_services(new ComposeServicesModel(this))
    , m_toolBar(new QToolBar(this))
    , m_title(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_status(new WrapLabel(this, WrapLabel::Breaks::BetweenWords))
    , m_servicesView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_output(new QPlainTextEdit(this))
    , m_logs(new QPlainTextEdit(this))
    , m_file(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
{
    setObjectName(QStringLiteral("composePage"));
    setAccessibleName(tr("Compose"));

    const auto make = [this](Action a, const QString &text, const QIcon &icon, const QString &tip, const QString &name) {
        auto *act = new QAction(icon, text, this);
        act->setToolTip(tip);
        act->setObjectName(name);
        connect(act, &QAction::triggered, this, [this, a] { trigger(a); });
        m_actions.insert(int(a), act);
        m_toolBar->addAction(act);
        if (QWidget *w = m_toolBar->widgetForAction(act))
            w->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
        return act;
    };
    make(Action::Open, tr("&Open…"), style()->standardIcon(QStyle::SP_DialogOpenButton),
         tr("Open a Compose file (compose.yaml or docker-compose.yml)"), QStringLiteral("composeOpenAction"));
    make(Action::Reload, tr("Re&load"), style()->standardIcon(QStyle::SP_BrowserReload),
         tr("Read the file and its services again (docker compose config)"), QStringLiteral("composeReloadAction"));
    m_toolBar->addSeparator();
    make(Action::Up, tr("&Up"), style()->standardIcon(QStyle::SP_MediaPlay),
         tr("Create and start the project's containers (docker compose up -d)"), QStringLiteral("composeUpAction"));
    make(Action::Down, tr("&Down…"), style()->standardIcon(QStyle::SP_MediaStop),
         tr("Stop and remove the project's containers and networks (docker compose down), after saying what goes"),
         QStringLiteral("composeDownAction"));
    make(Action::Restart, tr("&Restart"), style()->standardIcon(QStyle::SP_BrowserReload),
         tr("Restart the project's containers (docker compose restart)"), QStringLiteral("composeRestartAction"));
    make(Action::Pull, tr("&Pull"), style()->standardIcon(QStyle::SP_ArrowDown),
         tr("Pull the images of the project's services (docker compose pull)"), QStringLiteral("composePullAction"));
    m_toolBar->addSeparator();
    make(Action::Logs, tr("&Logs"), style()->standardIcon(QStyle::SP_FileDialogDetailedView),
         tr("Show the logs of every container of the project, merged in time order (docker compose logs)"),
         QStringLiteral("composeLogsAction"));
    make(Action::Cancel, tr("&Cancel"), style()->standardIcon(QStyle::SP_DialogCancelButton),
         tr("Stop the running docker compose command"), QStringLiteral("composeCancelAction"));
    m_toolBar->setAccessibleName(tr("Compose actions"));
    // Up, Restart and Pull look alike as icons alone: their words go beside them.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_title->setObjectName(QStringLiteral("composeTitle"));
    m_title->setAccessibleName(tr("Compose project"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setAccessibleName(tr("Compose status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_servicesView->setObjectName(QStringLiteral("composeServices"));
    m_servicesView->setAccessibleName(tr("Services"));
    m_servicesView->setModel(m_services);
    m_servicesView->setRootIsDecorated(false);
    m_servicesView->setUniformRowHeights(true);
    m_servicesView->setSelectionMode(QAbstractItemView::SingleSelection);
    // The columns share the list's width: no horizontal scrolling for three short columns.
    m_servicesView->header()->setStretchLastSection(false);
    m_servicesView->header()->setSectionResizeMode(ComposeServicesModel::ServiceColumn, QHeaderView::ResizeToContents);
    m_servicesView->header()->setSectionResizeMode(ComposeServicesModel::ImageColumn, QHeaderView::Stretch);
    m_servicesView->header()->setSectionResizeMode(ComposeServicesModel::StatusColumn, QHeaderView::ResizeToContents);
    m_servicesView->setCurrentIndex(m_services->index(0, 0));
    // Follow the selection, not only the current item: assistive tools select.
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComposePage::showLines);
    connect(m_servicesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ComposePage::showLines);
    connect(m_services, &ComposeServicesModel::lineAdded, this, [this](const QString &service, const QString &text) {
        const QModelIndex cur = m_servicesView->currentIndex();
        const QString shown = cur.isValid() ? cur.data(ComposeServicesModel::ServiceRole).toString() : QString();
        if (service == shown)
            m_output->appendPlainText(text);
    });

    for (QPlainTextEdit *e : {m_output, m_logs, m_file}) {
        e->setReadOnly(true);
        e->setTabChangesFocus(true); // read-only: Tab moves on (it went round these three)
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_output->setObjectName(QStringLiteral("composeOutput"));
    m_output->setAccessibleName(tr("Output of the selected service"));
    m_output->setPlaceholderText(tr("The output of docker compose appears here, filed by service."));
    m_logs->setObjectName(QStringLiteral("composeLogs"));
    m_logs->setAccessibleName(tr("Logs of the project"));
    m_logs->setPlaceholderText(tr("Logs shows the logs of every container of the project, merged in time order."));
    m_file->setObjectName(QStringLiteral("composeFile"));
    m_file->setAccessibleName(tr("Compose file"));
    m_file->setPlaceholderText(tr("Open a compose.yaml or docker-compose.yml (File > Open Compose File…)."));
    // The YAML is coloured once the file is first seen: the syntax definitions take
    // tens of milliseconds to load, which the start need not wait for.
    m_file->installEventFilter(this);

    m_tabs->setObjectName(QStringLiteral("composeTabs"));
    m_tabs->setAccessibleName(tr("Compose views"));
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_logs, tr("Logs"));
    m_tabs->addTab(m_file, tr("File"));

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("composeSplit"));
    split->addWidget(m_servicesView);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 620});

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_toolBar);
    lay->addWidget(m_title);
    lay->addWidget(m_status);
    lay->addWidget(split, 1);

    m_title->setText(tr("No Compose file is open."));
    m_status->hide();
    updateActions();
}

ComposePage::~ComposePage() = default;

QLabel *ComposePage::statusLabel() const
{
    return m_status;
}

void ComposePage::setEngine(Engine *engine)
{
    m_engine = engine;
    updateActions();
}

bool ComposePage::isBusy() const
{
    return m_command && m_command->isRunning();
}

void ComposePage::askOpen()
{
    const QString start = m_target.isValid() ? QFileInfo(m_target.files.constFirst()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Compose File"), start,
                                                      tr("Compose files (compose.yaml compose.yml docker-compose.yaml docker-compose.yml *.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ComposePage::openFile(const QString &path)
{
    ComposeTarget t;
    t.files << QFileInfo(path).absoluteFilePath();
    openTarget(t);
}

void ComposePage::openTarget(const ComposeTarget &target, std::optional<Action> then)
{
    if (isBusy()) {
        // Never cut a command short behind the user's back (an up half done).
        setStatus(tr("docker compose is still running: wait for it to end, or cancel it, then open the project again."), true);
        return;
    }
    m_after = then;
    const bool sameProject = m_target.files == target.files && m_target.project == target.project;
    m_target = target;
    if (!sameProject) {
        m_project = ComposeProject{};
        m_services->setProject(m_project);
        m_services->clearOutput();
        m_output->clear();
        m_logs->clear();
        m_logLines.clear();
        m_loaded = false;
    }
    m_title->setText(m_target.project.isEmpty() ? QDir::toNativeSeparators(m_target.files.join(QStringLiteral(", ")))
                                                : tr("Project %1: %2").arg(m_target.project, QDir::toNativeSeparators(m_target.files.join(QStringLiteral(", ")))));
    trigger(Action::Reload);
}

void ComposePage::readFileText()
{
    m_fileText.clear();
    markErrorLine(0);
    if (!m_target.isValid()) {
        m_file->clear();
        return;
    }
    QFile f(m_target.files.constFirst());
    if (!f.open(QIODevice::ReadOnly)) {
        m_file->clear();
        setStatus(tr("Cannot read %1: %2").arg(m_target.files.constFirst(), f.errorString()), true);
        return;
    }
    m_fileText = QString::fromUtf8(f.readAll());
    m_file->setPlainText(m_fileText);
}

void ComposePage::trigger(Action action)
{
    switch (action) {
    case Action::Open: askOpen(); return;
    case Action::Reload:
        if (!m_target.isValid())
            return;
        readFileText();
        run(ComposeCommand::Verb::Config);
        return;
    case Action::Up: run(ComposeCommand::Verb::Up); return;
    case Action::Down: askDown(); return;
    case Action::Restart: run(ComposeCommand::Verb::Restart); return;
    case Action::Pull: run(ComposeCommand::Verb::Pull); return;
    case Action::Logs: run(ComposeCommand::Verb::Logs); return;
    case Action::Cancel:
        if (m_command)
            m_command->cancel();
        return;
    }
}

QString ComposePage::downDescription(bool removeVolumes) const
{
    const QString name = m_target.project.isEmpty() ? m_project.name : m_target.project;
    const QStringList services = m_project.serviceNames();
    const QStringList networks = m_project.networks;
    QString text = tr("Down stops and removes the containers of project %1 (services: %2)").arg(name, services.isEmpty() ? tr("none known") : services.join(QStringLiteral(", ")));
    if (!networks.isEmpty())
        text += tr(", and its networks: %1").arg(networks.join(QStringLiteral(", ")));
    text += QLatin1Char('.');
    text += QLatin1Char(' ');
    if (removeVolumes)
        text += m_project.volumes.isEmpty() ? tr("The anonymous volumes of its containers are removed too.")
                                           : tr("Its volumes are removed too, with their data: %1.").arg(m_project.volumes.join(QStringLiteral(", ")));
    else
        text += tr("Volumes are kept.");
    return text;
}

void ComposePage::askDown()
{
    if (!m_target.isValid())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Down Project"));
    dialog.setAccessibleName(tr("Down project"));
    auto *lay = new QVBoxLayout(&dialog);
    auto *text = new WrapLabel(&dialog, WrapLabel::Breaks::BetweenWords);
    text->setAccessibleName(tr("What Down removes"));
    auto *volumes = new QCheckBox(tr("Also remove &volumes"), &dialog);
    volumes->setAccessibleName(tr("Also remove volumes"));
    volumes->setToolTip(tr("docker compose down -v: the named volumes of the file and the anonymous volumes of its containers, with their data"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *go = buttons->addButton(tr("&Down"), QDialogButtonBox::DestructiveRole);
    go->setAccessibleName(tr("Down"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    lay->addWidget(text);
    lay->addWidget(volumes);
    lay->addWidget(buttons);
    const auto describe = [this, text, volumes] { text->setText(downDescription(volumes->isChecked())); };
    describe();
    connect(volumes, &QCheckBox::toggled, &dialog, describe);
    connect(go, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(460, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        down(volumes->isChecked());
}

void ComposePage::down(bool removeVolumes)
{
    ComposeCommand::Options o;
    o.removeVolumes = removeVolumes;
    run(ComposeCommand::Verb::Down, o);
}

void ComposePage::run(ComposeCommand::Verb verb, const ComposeCommand::Options &options)
{
    if (!m_target.isValid() || isBusy())
        return;
    if (!m_engine) {
        setStatus(tr("Cais is not connected to an engine: docker compose needs one."), true);
        return;
    }
    if (verb != ComposeCommand::Verb::Config && verb != ComposeCommand::Verb::Logs) {
        m_services->clearOutput();
        m_output->clear();
    }
    markErrorLine(0);
    auto *cmd = new ComposeCommand(m_engine->endpoint(), this);
    m_command = cmd;
    connect(cmd, &ComposeCommand::lineReceived, this, [this](const ComposeLine &line) { m_services->addLine(line); });
    connect(cmd, &ComposeCommand::finished, this, [this, cmd](const ComposeCommand::Result &r) {
        cmd->deleteLater();
        onFinished(r);
    });
    const QString name = m_target.project.isEmpty() ? QFileInfo(m_target.files.constFirst()).fileName() : m_target.project;
    switch (verb) {
    case ComposeCommand::Verb::Config: setStatus(tr("Reading %1…").arg(name), false); break;
    case ComposeCommand::Verb::Up: setStatus(tr("Bringing %1 up…").arg(name), false); break;
    case ComposeCommand::Verb::Down: setStatus(tr("Taking %1 down…").arg(name), false); break;
    case ComposeCommand::Verb::Restart: setStatus(tr("Restarting %1…").arg(name), false); break;
    case ComposeCommand::Verb::Pull: setStatus(tr("Pulling the images of %1…").arg(name), false); break;
    case ComposeCommand::Verb::Logs: setStatus(tr("Reading the logs of %1…").arg(name), false); break;
    case ComposeCommand::Verb::Ps: break;
    }
    cmd->start(verb, m_target, options, m_fileText, m_services->services());
    updateActions();
}

void ComposePage::onFinished(const ComposeCommand::Result &r)
{
    QString message;
    if (r.verb == ComposeCommand::Verb::Config) {
        if (r.ok) {
            const Result<ComposeProject> p = ComposeProject::fromConfigJson(r.output);
            if (p) {
                m_project = *p;
                if (m_target.project.isEmpty())
                    m_target.project = m_project.name;
                m_services->setProject(m_project);
                m_loaded = true;
                m_title->setText(tr("Project %1: %2").arg(m_target.project, QDir::toNativeSeparators(m_target.files.join(QStringLiteral(", ")))));
                message = tr("%n service(s) in %1.", nullptr, int(m_project.services.size())).arg(QFileInfo(m_target.files.constFirst()).fileName());
                setStatus(message, false);
            } else {
                message = p.error().userMessage;
                setStatus(message, true);
            }
        } else {
            m_loaded = false;
            message = r.error.message;
            setStatus(message, true);
            markErrorLine(r.error.line);
            if (r.error.line > 0)
                m_tabs->setCurrentWidget(m_file);
        }
        updateActions();
        Q_EMIT projectLoaded(m_loaded);
        Q_EMIT commandFinished(r.verb, r.ok, message);
        if (const std::optional<Action> after = std::exchange(m_after, std::nullopt); after && m_loaded)
            trigger(*after);
        return;
    }
    if (r.verb == ComposeCommand::Verb::Logs && r.ok) {
        m_logLines = ComposeLogs::parse(QString::fromUtf8(r.output));
        QStringList text;
        text.reserve(m_logLines.size());
        qsizetype width = 0;
        for (const ComposeLogLine &l : std::as_const(m_logLines))
            width = std::max(width, l.container.size());
        for (const ComposeLogLine &l : std::as_const(m_logLines))
            text << QLocale().toString(l.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1String("  ")
                        + l.container.leftJustified(width) + QLatin1String(" | ") + l.text;
        m_logs->setPlainText(text.join(QLatin1Char('\n')));
        m_logs->moveCursor(QTextCursor::End);
        m_tabs->setCurrentWidget(m_logs);
        message = tr("%n line(s) of logs, merged in time order across the project's containers.", nullptr, int(m_logLines.size()));
        setStatus(message, false);
    } else if (r.ok) {
        const QString name = m_target.project;
        switch (r.verb) {
        case ComposeCommand::Verb::Up: message = tr("%1 is up.").arg(name); break;
        case ComposeCommand::Verb::Down: message = tr("%1 is down: its containers and networks are removed.").arg(name); break;
        case ComposeCommand::Verb::Restart: message = tr("%1 restarted.").arg(name); break;
        case ComposeCommand::Verb::Pull: message = tr("The images of %1 are pulled.").arg(name); break;
        default: break;
        }
        setStatus(message, false);
    } else {
        message = r.error.message;
        setStatus(message, true);
        markErrorLine(r.error.line);
        if (r.error.line > 0)
            m_tabs->setCurrentWidget(m_file);
    }
    updateActions();
    Q_EMIT commandFinished(r.verb, r.ok, message);
}

void ComposePage::showLines()
{
    const QModelIndex cur = m_servicesView->currentIndex();
    const QModelIndexList sel = m_servicesView->selectionModel()->selectedRows();
    const QModelIndex row = !sel.isEmpty() ? sel.constFirst() : cur;
    if (!sel.isEmpty() && sel.constFirst().row() != cur.row()) {
        m_servicesView->selectionModel()->setCurrentIndex(sel.constFirst(), QItemSelectionModel::NoUpdate);
        return; // currentChanged comes back here
    }
    const QString service = row.isValid() ? row.data(ComposeServicesModel::ServiceRole).toString() : QString();
    m_output->setPlainText(m_services->linesOf(service).join(QLatin1Char('\n')));
    m_output->moveCursor(QTextCursor::End);
}

void ComposePage::markErrorLine(int line)
{
    m_errorLine = line;
    QList<QTextEdit::ExtraSelection> extras;
    if (line > 0 && line <= m_file->document()->blockCount()) {
        QTextEdit::ExtraSelection sel;
        sel.format.setBackground(QColor(255, 80, 80, 70));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.cursor = QTextCursor(m_file->document()->findBlockByNumber(line - 1));
        extras << sel;
        m_file->setTextCursor(sel.cursor);
        m_file->centerCursor();
    }
    m_file->setExtraSelections(extras);
}

void ComposePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(pal);
}

void ComposePage::updateActions()
{
    const bool busy = isBusy();
    const bool can = m_engine && m_target.isValid() && !busy;
    const auto enable = [this](Action a, bool on) {
        if (QAction *act = m_actions.value(int(a)))
            act->setEnabled(on);
    };
    enable(Action::Open, !busy);
    enable(Action::Reload, can);
    // The CLI reads the file for every verb: none of them runs on a file it rejects.
    for (Action a : {Action::Up, Action::Down, Action::Restart, Action::Pull, Action::Logs})
        enable(a, can && m_loaded);
    enable(Action::Cancel, busy);
}

bool ComposePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_file && event->type() == QEvent::Show && !m_highlighter) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_file->document());
        m_highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));
        m_highlighter->setDefinition(SyntaxRepository::instance().definitionForName(QStringLiteral("YAML")));
    }
    return QWidget::eventFilter(watched, event);
}

void ComposePage::changeEvent(QEvent *event)
{
    // Light or dark switched: the file's colours follow.
    if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
    QWidget::changeEvent(event);
}
