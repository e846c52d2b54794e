#include "build/buildpanel.h"

#include "buildcontext.h"
#include "buildkit.h"
#include "buildrecords.h"
#include "buildstepsmodel.h"
#include "engine.h"
#include "reference.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTableWidget *makePairTable(const QString &objectName, const QString &accessibleName, const QString &keyHeader,
                            const QString &valueHeader, QWidget *parent)
{
    auto *t = new QTableWidget(0, 2, parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels({keyHeader, valueHeader});
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(60);
    return t;
}

QWidget *pairEditor(QTableWidget *table, const QString &addText, const QString &removeText, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *lay = new QVBoxLayout(w);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(w);
    add->setText(addText);
    add->setAccessibleName(addText);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *remove = new QToolButton(w);
    remove->setText(removeText);
    remove->setAccessibleName(removeText);
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    lay->addLayout(buttons);
    QObject::connect(add, &QToolButton::clicked, table, [table] {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    });
    QObject::connect(remove, &QToolButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    return w;
}

bool isInside(const QString &path, const QString &dir)
{
    if (dir.isEmpty())
        return false;
    const QString rel = QDir(dir).relativeFilePath(QFileInfo(path).absoluteFilePath());
    return !rel.startsWith(QLatin1String("..")) && !QFileInfo(rel).isAbsolute();
}

constexpr const char *kRecentContextsKey = "build/recentContexts";

} // namespace

BuildPanel::BuildPanel(QWidget *parent)
    : QWidget(parent)
    , m_context(new QLineEdit(this))
    , m_contextStatus(new QLabel(this))
    , m_dockerfile(new QLineEdit(this))
    , m_outsideNote(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_tagStatus(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_noCache(new QCheckBox(tr("No cache"), this))
    , m_pull(new QCheckBox(tr("Pull base images"), this))
    , m_builder(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_args(makePairTable(QStringLiteral("buildArgsTable"), tr("Build arguments"), tr("Name"), tr("Value"), this))
    , m_labels(makePairTable(QStringLiteral("labelsTable"), tr("Labels"), tr("Key"), tr("Value"), this))
    , m_contextSize(new QLabel(this))
    , m_buildButton(new QPushButton(tr("Build"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_runButton(new QPushButton(tr("Run…"), this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_outputTabs(new QTabWidget(this))
    , m_stepsView(new QTreeView(this))
    , m_rawView(new QListView(this))
    , m_rawFind(new QLineEdit(this))
    , m_model(new BuildStepsModel(this))
{
    setObjectName(QStringLiteral("buildPanel"));
    setAccessibleName(tr("Build"));

    // --- where and what
    m_context->setObjectName(QStringLiteral("contextDirEdit"));
    m_context->setAccessibleName(tr("Build context folder"));
    m_context->setPlaceholderText(tr("The folder whose files the build can copy"));
    auto *browseContext = new QToolButton(this);
    browseContext->setObjectName(QStringLiteral("browseContextButton"));
    browseContext->setText(tr("Browse…"));
    browseContext->setAccessibleName(tr("Choose the build context folder"));
    connect(browseContext, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Build Context"), contextDir().isEmpty() ? QDir::homePath() : contextDir());
        if (!dir.isEmpty())
            setContextDir(dir);
    });
    // The folders built before, on the button's arrow.
    m_recentContexts = new QMenu(tr("Recent Context Folders"), this);
    m_recentContexts->setObjectName(QStringLiteral("recentContextsMenu"));
    m_recentContexts->setAccessibleName(tr("Recent context folders"));
    connect(m_recentContexts, &QMenu::aboutToShow, this, [this] {
        m_recentContexts->clear();
        const QStringList dirs = recentContexts();
        for (const QString &dir : dirs) {
            QAction *a = m_recentContexts->addAction(QDir::toNativeSeparators(dir), this, [this, dir] { setContextDir(dir); });
            a->setEnabled(QFileInfo(dir).isDir());
        }
        if (dirs.isEmpty())
            m_recentContexts->addAction(tr("No folder built yet"))->setEnabled(false);
    });
    browseContext->setMenu(m_recentContexts);
    browseContext->setPopupMode(QToolButton::MenuButtonPopup);
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_context, 1);
    contextRow->addWidget(browseContext);

    m_dockerfile->setObjectName(QStringLiteral("dockerfilePathEdit"));
    m_dockerfile->setAccessibleName(tr("Dockerfile path"));
    m_dockerfile->setPlaceholderText(tr("Dockerfile in the context folder"));
    auto *browseDockerfile = new QToolButton(this);
    browseDockerfile->setObjectName(QStringLiteral("browseDockerfileButton"));
    browseDockerfile->setText(tr("Browse…"));
    browseDockerfile->setAccessibleName(tr("Choose the Dockerfile"));
    connect(browseDockerfile, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Dockerfile"), contextDir());
        if (path.isEmpty())
            return;
        setDockerfilePath(path);
        Q_EMIT dockerfileChosen(resolvedDockerfilePath());
    });
    auto *dockerfileRow = new QHBoxLayout;
    dockerfileRow->addWidget(m_dockerfile, 1);
    dockerfileRow->addWidget(browseDockerfile);
    m_outsideNote->setObjectName(QStringLiteral("dockerfileOutsideNote"));
    m_outsideNote->setWordWrap(true);
    m_outsideNote->setText(tr("The Dockerfile is outside the context: it is sent along with it under a generated name."));
    m_outsideNote->hide();

    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("name:tag, another-name:tag"));
    m_tags->setToolTip(tr("One or more names for the image (docker build -t), separated by commas or spaces"));
    m_contextStatus->setObjectName(QStringLiteral("contextStatus"));
    m_contextStatus->setAccessibleName(tr("Context check"));
    m_contextStatus->setWordWrap(true);
    m_contextStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_contextStatus->hide();
    m_tagStatus->setObjectName(QStringLiteral("tagStatus"));
    m_tagStatus->setAccessibleName(tr("Tag check"));
    m_tagStatus->setWordWrap(true);

    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setAccessibleName(tr("Target stage"));
    m_target->setToolTip(tr("Build only up to this stage (docker build --target)"));
    m_target->addItem(tr("Last stage"), QString());
    m_noCache->setObjectName(QStringLiteral("noCacheCheck"));
    m_noCache->setAccessibleName(tr("Build without the cache"));
    m_noCache->setToolTip(tr("Run every instruction again instead of reusing cached layers (--no-cache)"));
    m_pull->setObjectName(QStringLiteral("pullCheck"));
    m_pull->setAccessibleName(tr("Pull base images"));
    m_pull->setToolTip(tr("Always try to download a newer version of the base images (--pull)"));
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_target, 1);
    optionsRow->addWidget(m_noCache);
    optionsRow->addWidget(m_pull);

    m_builder->setObjectName(QStringLiteral("builderCombo"));
    m_builder->setAccessibleName(tr("Builder"));
    m_builder->addItem(tr("Classic builder"), QVariant::fromValue(int(BuildOptions::Builder::Classic)));
    m_builder->setItemData(0, tr("The engine's classic builder (POST /build), which Docker and Podman both have"), Qt::ToolTipRole);
    m_builder->addItem(tr("BuildKit"), QVariant::fromValue(int(BuildOptions::Builder::BuildKit)));
    m_buildxError = tr("Looking for docker buildx…");
    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_network->setAccessibleName(tr("Network of RUN steps"));
    m_network->setToolTip(tr("The network the RUN instructions get (docker build --network)"));
    m_network->addItem(tr("Default network"), QString());
    m_network->addItem(tr("No network"), QStringLiteral("none"));
    m_network->addItem(tr("Host network"), QStringLiteral("host"));
    auto *builderRow = new QHBoxLayout;
    builderRow->addWidget(m_builder, 1);
    auto *networkLabel = new QLabel(tr("&Network:"), this);
    networkLabel->setBuddy(m_network);
    builderRow->addWidget(networkLabel);
    builderRow->addWidget(m_network, 1);
    updateBuilders();
    BuildKit::detect(this, [this](const QString &version, const QString &error) {
        m_buildxVersion = version;
        m_buildxError = error;
        updateBuilders();
    });

    auto *extras = new QTabWidget(this);
    extras->setObjectName(QStringLiteral("buildExtras"));
    extras->setAccessibleName(tr("Build arguments and labels"));
    extras->addTab(pairEditor(m_args, tr("Add argument"), tr("Remove argument"), extras), tr("Build arguments"));
    extras->addTab(pairEditor(m_labels, tr("Add label"), tr("Remove label"), extras), tr("Labels"));
    extras->setMaximumHeight(150);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Context:"), m_context), contextRow);
    form->addRow(QString(), m_contextStatus);
    form->addRow(label(tr("&Dockerfile:"), m_dockerfile), dockerfileRow);
    form->addRow(QString(), m_outsideNote);
    form->addRow(label(tr("&Tags:"), m_tags), m_tags);
    form->addRow(QString(), m_tagStatus);
    form->addRow(label(tr("T&arget:"), m_target), optionsRow);
    form->addRow(label(tr("B&uilder:"), m_builder), builderRow);

    // --- actions
    m_contextSize->setObjectName(QStringLiteral("contextSize"));
    m_contextSize->setAccessibleName(tr("Build context size"));
    m_buildButton->setObjectName(QStringLiteral("buildButton"));
    m_buildButton->setAccessibleName(tr("Build the image"));
    m_buildButton->setIcon(QIcon::fromTheme(QStringLiteral("run-build"), style()->standardIcon(QStyle::SP_MediaPlay)));
    m_buildButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelBuildButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the build"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_runButton->setObjectName(QStringLiteral("runBuiltImageButton"));
    m_runButton->setAccessibleName(tr("Run the built image"));
    m_runButton->setToolTip(tr("Create and start a container from the image just built"));
    m_runButton->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_contextSize, 1);
    buttons->addWidget(m_buildButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_runButton);

    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_status->setAccessibleName(tr("Build status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("buildError"));
    m_error->setAccessibleName(tr("Build error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setAutoFillBackground(true);
    {
        QPalette p = m_error->palette();
        p.setColor(QPalette::Window, QColor(0xfd, 0xed, 0xec));
        p.setColor(QPalette::WindowText, QColor(0x7b, 0x24, 0x1c));
        m_error->setPalette(p);
    }
    m_error->setContentsMargins(6, 4, 6, 4);
    m_error->hide();

    // --- output
    m_stepsView->setObjectName(QStringLiteral("buildStepsView"));
    m_stepsView->setAccessibleName(tr("Build steps"));
    m_stepsView->setModel(m_model);
    m_stepsView->setUniformRowHeights(true);
    m_stepsView->setAlternatingRowColors(true);
    m_stepsView->header()->setStretchLastSection(false);
    m_stepsView->header()->setSectionResizeMode(BuildStepsModel::StepColumn, QHeaderView::Stretch);
    for (int c : {int(BuildStepsModel::StatusColumn), int(BuildStepsModel::DurationColumn), int(BuildStepsModel::SizeColumn)})
        m_stepsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_stepsView->setTextElideMode(Qt::ElideRight);
    m_stepsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *rawPage = new QWidget(this);
    auto *rawLay = new QVBoxLayout(rawPage);
    rawLay->setContentsMargins(0, 0, 0, 0);
    auto *rawFindRow = new QHBoxLayout;
    m_rawFind->setObjectName(QStringLiteral("rawLogFind"));
    m_rawFind->setAccessibleName(tr("Search the raw log"));
    m_rawFind->setPlaceholderText(tr("Search the raw log"));
    m_rawFind->setClearButtonEnabled(true);
    auto *rawPrev = new QToolButton(rawPage);
    rawPrev->setObjectName(QStringLiteral("rawLogPrevious"));
    rawPrev->setText(tr("Previous"));
    rawPrev->setAccessibleName(tr("Previous match in the raw log"));
    auto *rawNext = new QToolButton(rawPage);
    rawNext->setObjectName(QStringLiteral("rawLogNext"));
    rawNext->setText(tr("Next"));
    rawNext->setAccessibleName(tr("Next match in the raw log"));
    rawFindRow->addWidget(m_rawFind, 1);
    rawFindRow->addWidget(rawPrev);
    rawFindRow->addWidget(rawNext);
    rawLay->addLayout(rawFindRow);
    m_rawView->setObjectName(QStringLiteral("rawLogView"));
    m_rawView->setAccessibleName(tr("Raw build log"));
    m_rawView->setModel(m_model->rawLog());
    m_rawView->setUniformItemSizes(true);
    m_rawView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    rawLay->addWidget(m_rawView, 1);
    connect(m_rawFind, &QLineEdit::returnPressed, this, [this] { findInRawLog(); });
    connect(rawNext, &QToolButton::clicked, this, [this] { findInRawLog(); });
    connect(rawPrev, &QToolButton::clicked, this, [this] { findInRawLog(true); });

    m_outputTabs->setObjectName(QStringLiteral("buildOutputTabs"));
    m_outputTabs->setAccessibleName(tr("Build output"));
    m_outputTabs->addTab(m_stepsView, tr("Steps"));
    m_outputTabs->addTab(rawPage, tr("Raw log"));
    connect(m_outputTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_followSteps && m_stepsView->isVisible())
            m_stepsView->scrollToBottom();
        if (m_followRaw && m_rawView->isVisible())
            m_rawView->scrollToBottom();
    });

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->addLayout(form);
    lay->addWidget(extras);
    lay->addLayout(buttons);
    lay->addWidget(m_status);
    lay->addWidget(m_error);
    lay->addWidget(m_outputTabs, 1);

    // --- behaviour
    connect(m_tags, &QLineEdit::textChanged, this, &BuildPanel::validateTags);
    connect(m_context, &QLineEdit::textChanged, this, [this] {
        validateContext();
        updateOutsideNote();
        m_scanTimer.start();
        Q_EMIT contextDirChanged(contextDir());
    });
    connect(m_dockerfile, &QLineEdit::textChanged, this, [this] {
        updateOutsideNote();
        m_scanTimer.start();
        // Another Dockerfile: the last build's outcome is about a different file.
        if (!isBuilding() && !m_lastResult.dockerfilePath.isEmpty()
            && QFileInfo(m_lastResult.dockerfilePath) != QFileInfo(QDir(contextDir()).filePath(dockerfilePath()))) {
            m_error->hide();
            m_status->clear();
            m_model->clear();
            m_lastResult = BuildResult();
            updateButtons();
        }
    });
    // A path typed in the field is a choice once the user is done typing it.
    connect(m_dockerfile, &QLineEdit::editingFinished, this, [this] {
        // Not when the field loses focus because the window closes.
        if (isVisible() && !dockerfilePath().isEmpty())
            Q_EMIT dockerfileChosen(resolvedDockerfilePath());
    });
    m_scanTimer.setSingleShot(true);
    m_scanTimer.setInterval(300);
    connect(&m_scanTimer, &QTimer::timeout, this, &BuildPanel::refreshContextSize);
    connect(m_buildButton, &QPushButton::clicked, this, &BuildPanel::startBuild);
    connect(m_cancelButton, &QPushButton::clicked, this, &BuildPanel::cancelBuild);
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        if (m_lastResult.succeeded())
            Q_EMIT runRequested(m_lastResult.imageId, m_lastResult.tags);
    });
    connect(m_model, &BuildStepsModel::flushed, this, &BuildPanel::onFlushed);
    // Follow the output while the user looks at its end; stop when they scroll up.
    connect(m_stepsView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_followSteps = v >= m_stepsView->verticalScrollBar()->maximum() - 2;
    });
    connect(m_rawView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        m_followRaw = v >= m_rawView->verticalScrollBar()->maximum() - 2;
    });

    validateTags();
    updateButtons();
    m_contextSize->setText(tr("Choose a context folder"));
}

BuildPanel::~BuildPanel()
{
    if (m_operation) {
        disconnect(m_operation, nullptr, this, nullptr);
        m_operation->cancel();
    }
}

void BuildPanel::setEngine(Engine *engine)
{
    m_engine = engine;
    updateButtons();
    updateBuilders();
    if (engine) {
        connect(engine, &Engine::stateChanged, this, [this] {
            updateButtons();
            updateBuilders();
        });
    }
}

void BuildPanel::updateBuilders()
{
    // BuildKit needs the buildx plugin and a Docker engine (Podman builds with Buildah).
    QString why = m_buildxError;
    if (why.isEmpty() && m_engine && m_engine->state() == Engine::State::Connected && m_engine->info().podman)
        why = tr("BuildKit needs a Docker engine; Podman builds with the classic builder.");
    const bool available = why.isEmpty() && !m_buildxVersion.isEmpty();
    auto *model = qobject_cast<QStandardItemModel *>(m_builder->model());
    if (QStandardItem *item = model ? model->item(1) : nullptr) {
        item->setEnabled(available);
        item->setText(available ? tr("BuildKit (docker buildx %1)").arg(m_buildxVersion) : tr("BuildKit (not available)"));
        item->setToolTip(available ? tr("Builds with BuildKit, through docker buildx build") : why);
    }
    if (!available && m_builder->currentIndex() == 1)
        m_builder->setCurrentIndex(0);
    m_builder->setToolTip(available ? QString() : why);
}

bool BuildPanel::isBuildKitAvailable() const
{
    auto *model = qobject_cast<QStandardItemModel *>(m_builder->model());
    return model && model->item(1) && model->item(1)->isEnabled();
}

bool BuildPanel::setBuilder(BuildOptions::Builder builder)
{
    if (builder == BuildOptions::Builder::BuildKit && !isBuildKitAvailable())
        return false;
    m_builder->setCurrentIndex(builder == BuildOptions::Builder::BuildKit ? 1 : 0);
    return true;
}

void BuildPanel::setNetwork(const QString &network)
{
    const int idx = m_network->findData(network);
    m_network->setCurrentIndex(idx >= 0 ? idx : 0);
}

void BuildPanel::setContextDir(const QString &dir)
{
    m_context->setText(QDir::toNativeSeparators(dir));
}

QString BuildPanel::contextDir() const
{
    return QDir::fromNativeSeparators(m_context->text().trimmed());
}

QStringList BuildPanel::recentContexts()
{
    return QSettings().value(QLatin1String(kRecentContextsKey)).toStringList();
}

void BuildPanel::rememberContext(const QString &dir)
{
    if (dir.isEmpty())
        return;
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    QStringList list = recentContexts();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kRecentContexts)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentContextsKey), list);
}

void BuildPanel::setDockerfilePath(const QString &path)
{
    m_dockerfile->setText(QDir::toNativeSeparators(path));
}

QString BuildPanel::dockerfilePath() const
{
    return QDir::fromNativeSeparators(m_dockerfile->text().trimmed());
}

QString BuildPanel::resolvedDockerfilePath() const
{
    const QString path = dockerfilePath();
    const QString context = contextDir();
    if (!path.isEmpty() && QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    if (context.isEmpty())
        return {};
    const QDir dir(QFileInfo(context).absoluteFilePath());
    if (!path.isEmpty())
        return QDir::cleanPath(dir.filePath(path));
    // As the engine does: Dockerfile, or dockerfile when only that one exists.
    const QString lower = dir.filePath(QStringLiteral("dockerfile"));
    const QString upper = dir.filePath(QStringLiteral("Dockerfile"));
    return !QFileInfo::exists(upper) && QFileInfo::exists(lower) ? lower : upper;
}

void BuildPanel::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QLatin1String(", ")));
}

QStringList BuildPanel::tags() const
{
    static const QRegularExpression sep(QStringLiteral("[,\\s]+"));
    return m_tags->text().split(sep, Qt::SkipEmptyParts);
}

QList<QPair<QString, QString>> BuildPanel::pairs(const QTableWidget *table)
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString k = table->item(r, 0) ? table->item(r, 0)->text().trimmed() : QString();
        const QString v = table->item(r, 1) ? table->item(r, 1)->text() : QString();
        if (!k.isEmpty())
            out.append({k, v});
    }
    return out;
}

void BuildPanel::setPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs)
{
    table->setRowCount(0);
    for (const auto &[k, v] : pairs) {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(k));
        table->setItem(r, 1, new QTableWidgetItem(v));
    }
}

void BuildPanel::setBuildArgs(const QList<QPair<QString, QString>> &args)
{
    setPairs(m_args, args);
}

QList<QPair<QString, QString>> BuildPanel::buildArgs() const
{
    return pairs(m_args);
}

void BuildPanel::setLabels(const QList<QPair<QString, QString>> &labels)
{
    setPairs(m_labels, labels);
}

QList<QPair<QString, QString>> BuildPanel::labels() const
{
    return pairs(m_labels);
}

void BuildPanel::setStages(const QStringList &names)
{
    const QString current = target();
    QStringList existing;
    for (int i = 1; i < m_target->count(); ++i)
        existing << m_target->itemData(i).toString();
    if (existing == names)
        return;
    m_target->blockSignals(true);
    while (m_target->count() > 1)
        m_target->removeItem(1);
    for (const QString &n : names)
        m_target->addItem(n, n);
    const int idx = m_target->findData(current);
    m_target->setCurrentIndex(idx >= 0 ? idx : 0);
    m_target->blockSignals(false);
}

void BuildPanel::setTarget(const QString &stage)
{
    const int idx = m_target->findData(stage);
    m_target->setCurrentIndex(idx >= 0 ? idx : 0);
}

QString BuildPanel::target() const
{
    return m_target->currentData().toString();
}

void BuildPanel::setNoCache(bool on)
{
    m_noCache->setChecked(on);
}

void BuildPanel::setPull(bool on)
{
    m_pull->setChecked(on);
}

BuildOptions BuildPanel::options() const
{
    BuildOptions o;
    o.contextDir = contextDir();
    o.dockerfile = dockerfilePath();
    o.tags = tags();
    o.buildArgs = buildArgs();
    o.labels = labels();
    o.target = target();
    o.noCache = m_noCache->isChecked();
    o.pull = m_pull->isChecked();
    o.builder = BuildOptions::Builder(m_builder->currentData().toInt());
    o.network = m_network->currentData().toString();
    return o;
}

void BuildPanel::validateContext()
{
    // What a build would say of the folder typed, under it as it is typed (an empty
    // field has its placeholder, and Build says what to do).
    QString why;
    if (!contextDir().isEmpty()) {
        BuildOptions o;
        o.contextDir = contextDir();
        if (const Result<Done> ok = BuildOperation::validate(o, false); !ok)
            why = ok.error().userMessage;
    }
    m_contextStatus->setText(why);
    m_contextStatus->setVisible(!why.isEmpty());
    m_context->setAccessibleDescription(why);
}

void BuildPanel::validateTags()
{
    QStringList shown;
    m_tagError.clear();
    for (const auto range = tags(); const QString &t : range) {
        const Result<Reference> r = Reference::parseTagTarget(t);
        if (!r) {
            m_tagError = tr("“%1” cannot be used as a tag: %2").arg(t, r.error().userMessage);
            break;
        }
        shown << r->familiar();
    }
    if (!m_tagError.isEmpty()) {
        m_tagStatus->setText(m_tagError);
        m_tagStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else if (shown.isEmpty()) {
        m_tagStatus->setText(tr("Without a tag the image gets only an ID."));
        m_tagStatus->setStyleSheet(QString());
    } else {
        m_tagStatus->setText(tr("The image will be tagged %1.").arg(shown.join(QLatin1String(", "))));
        m_tagStatus->setStyleSheet(QString());
    }
    updateButtons();
}

void BuildPanel::updateButtons()
{
    const bool building = isBuilding();
    const bool connected = m_engine && m_engine->state() == Engine::State::Connected;
    m_buildButton->setEnabled(!building && connected && m_tagError.isEmpty());
    m_buildButton->setToolTip(!connected ? tr("Not connected to an engine")
                              : !m_tagError.isEmpty() ? m_tagError
                                                      : tr("Build the image (docker build)"));
    m_cancelButton->setEnabled(building);
    m_runButton->setEnabled(!building && m_lastResult.succeeded());
}

void BuildPanel::updateOutsideNote()
{
    const QString df = dockerfilePath();
    m_outsideNote->setVisible(!df.isEmpty() && QFileInfo(df).isAbsolute() && !contextDir().isEmpty() && !isInside(df, contextDir()));
}

void BuildPanel::refreshContextSize()
{
    const QString dir = contextDir();
    if (dir.isEmpty()) {
        m_contextSize->setText(tr("Choose a context folder"));
        return;
    }
    const quint64 generation = ++m_scanGeneration;
    m_contextSize->setText(tr("Measuring the context…"));
    BuildContext::scanAsync({dir, dockerfilePath(), {}}).then(this, [this, generation](const Result<BuildContextPlan> &plan) {
        if (generation != m_scanGeneration)
            return;
        if (!plan) {
            m_contextFiles = m_contextBytes = -1;
            m_contextSize->setText(plan.error().userMessage);
            return;
        }
        m_contextFiles = plan->fileCount;
        m_contextBytes = plan->totalBytes;
        m_contextSize->setText(tr("Context: %n file(s), %1", nullptr, int(std::min<qint64>(plan->fileCount, INT_MAX)))
                                   .arg(QLocale().formattedDataSize(plan->totalBytes, 1, QLocale::DataSizeSIFormat)));
        m_contextSize->setToolTip(plan->patterns.isEmpty() ? tr("No .dockerignore rules")
                                                           : tr(".dockerignore rules: %1").arg(plan->patterns.join(QLatin1String(", "))));
    });
}

void BuildPanel::showError(const QString &message, const QString &detail)
{
    QString html = message.toHtmlEscaped();
    if (!detail.isEmpty() && !message.contains(detail))
        html += QStringLiteral("<br><small>") + tr("The engine said: %1").arg(detail.toHtmlEscaped()) + QStringLiteral("</small>");
    m_error->setText(html);
    m_error->show();
}

void BuildPanel::startBuild()
{
    if (isBuilding())
        return;
    if (m_beforeBuild && !m_beforeBuild())
        return;
    const BuildOptions opts = options();
    if (const Result<Done> ok = BuildOperation::validate(opts, m_engine && m_engine->info().podman); !ok) {
        showError(ok.error().userMessage);
        return;
    }
    if (!m_engine) {
        showError(tr("Not connected to an engine."));
        return;
    }
    m_error->hide();
    m_model->clear();
    m_lastResult = BuildResult();
    m_followSteps = m_followRaw = true;
    m_status->setText(tr("Reading the build context…"));

    m_operation = new BuildOperation(m_engine, opts, this);
    connect(m_operation, &BuildOperation::contextReady, this, [this](qint64 files, qint64 bytes) {
        m_contextFiles = files;
        m_contextBytes = bytes;
        const QString size = QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
        m_contextSize->setText(tr("Context: %n file(s), %1", nullptr, int(std::min<qint64>(files, INT_MAX))).arg(size));
        m_status->setText(tr("Sending %1 of context and building…").arg(size));
    });
    connect(m_operation, &BuildOperation::events, m_model, &BuildStepsModel::append);
    connect(m_operation, &BuildOperation::finished, this, &BuildPanel::onFinished);
    m_operation->start();
    updateButtons();
    Q_EMIT buildStarted();
}

void BuildPanel::cancelBuild()
{
    if (m_operation) {
        m_status->setText(tr("Canceling…"));
        m_operation->cancel();
    }
}

void BuildPanel::onFlushed(int newSteps)
{
    if (newSteps > 0) {
        // Show the step that runs now, fold the ones that are done (failures stay open).
        const int last = m_model->stepCount() - 1;
        for (int i = std::max(0, last - newSteps); i < last; ++i) {
            if (m_model->step(i).state != BuildStep::State::Failed)
                m_stepsView->collapse(m_model->indexOfStep(i));
        }
        if (last >= 0)
            m_stepsView->expand(m_model->indexOfStep(last));
        if (m_model->stepCount() > 0)
            m_status->setText(tr("Step %1 of %2: %3").arg(m_model->step(last).number).arg(m_model->step(last).total).arg(m_model->step(last).text));
    }
    // A hidden view would lay out all its rows for nothing: it catches up when shown.
    if (m_followSteps && m_stepsView->isVisible())
        m_stepsView->scrollToBottom();
    if (m_followRaw && m_rawView->isVisible())
        m_rawView->scrollToBottom();
}

void BuildPanel::onFinished(const BuildResult &result)
{
    BuildOperation *op = m_operation;
    m_operation = nullptr;
    m_lastResult = result;
    m_model->applyResult(result);
    const Dockerfile built = op ? op->dockerfile() : Dockerfile();
    if (op)
        op->deleteLater();

    switch (result.outcome) {
    case BuildResult::Outcome::Succeeded: {
        const QString id = result.imageId.startsWith(QLatin1String("sha256:")) ? result.imageId.mid(7, 12) : result.imageId.left(12);
        int cached = 0, rebuilt = 0;
        for (const BuildStep &s : result.steps) {
            cached += s.state == BuildStep::State::Cached;
            rebuilt += s.state == BuildStep::State::Built;
        }
        m_status->setText(tr("Built %1%2 in %3: %4 cached, %5 rebuilt.")
                              .arg(id, result.tags.isEmpty() ? QString() : tr(" (%1)").arg(result.tags.join(QLatin1String(", "))),
                                   BuildStepsModel::formatDuration(result.elapsedMs))
                              .arg(cached)
                              .arg(rebuilt));
        BuildRecords::instance()->add(BuildRecord::fromResult(result, contextDir()));
        break;
    }
    case BuildResult::Outcome::Canceled:
        m_status->setText(tr("The build was canceled."));
        break;
    case BuildResult::Outcome::Failed: {
        m_status->setText(result.errorLine > 0 ? tr("The build failed at line %1 of the Dockerfile.").arg(result.errorLine)
                                               : tr("The build failed."));
        showError(result.message, result.engineMessage);
        const int failed = m_model->failedStep();
        if (failed >= 0) {
            const QModelIndex idx = m_model->indexOfStep(failed);
            m_stepsView->expand(idx);
            m_stepsView->setCurrentIndex(idx);
            m_stepsView->scrollTo(idx);
        }
        break;
    }
    }
    updateButtons();
    Q_EMIT buildFinished(result, built);
    if (result.outcome == BuildResult::Outcome::Failed && result.errorLine > 0)
        Q_EMIT buildFailedAt(result.errorLine, result.message);
    if (result.succeeded())
        Q_EMIT imageBuilt(result.imageId, result.tags);
}

bool BuildPanel::findInRawLog(bool backwards)
{
    const QString text = m_rawFind->text();
    BuildLogModel *log = m_model->rawLog();
    const int from = m_rawView->currentIndex().isValid() ? m_rawView->currentIndex().row() : (backwards ? log->rowCount() : -1);
    const int row = log->find(text, from, backwards);
    if (row < 0) {
        m_rawFind->setToolTip(tr("No line holds “%1”").arg(text));
        return false;
    }
    m_followRaw = false;
    const QModelIndex idx = log->index(row);
    m_rawView->setCurrentIndex(idx);
    m_rawView->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    m_outputTabs->setCurrentIndex(1);
    return true;
}
