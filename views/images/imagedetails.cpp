#include "imagedetails.h"

#include "common/syntaxrepository.h"
#include "engine.h"
#include "buildrecords.h"
#include "historymodel.h"
#include "imagesmodel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

/// A command as a shell would take it: words quoted only where needed.
QString shellJoin(const QStringList &args)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    QStringList out;
    out.reserve(args.size());
    for (const QString &a : args) {
        if (!a.isEmpty() && safe.match(a).hasMatch())
            out << a;
        else
            out << QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\"'\"'")) + QLatin1Char('\'');
    }
    return out.join(QLatin1Char(' '));
}

QString jsonArray(const QStringList &args)
{
    QJsonArray a;
    for (const QString &s : args)
        a.append(s);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

ImageDetails::ImageDetails(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_config(new QTreeWidget(this))
    , m_historyView(new QTreeView(this))
    , m_history(new HistoryModel(this))
    , m_historySummary(new QLabel(this))
    , m_historyText(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_findPrev(new QPushButton(this))
    , m_findNext(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_matches(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Image details"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_message->setObjectName(QStringLiteral("imageDetailsMessage"));
    m_message->setAccessibleName(tr("Image details status"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // --- overview
    m_config->setObjectName(QStringLiteral("imageConfig"));
    m_config->setAccessibleName(tr("Image configuration"));
    m_config->setColumnCount(2);
    m_config->setHeaderLabels({tr("Property"), tr("Value")});
    m_config->setUniformRowHeights(true);
    m_config->setAlternatingRowColors(true);
    m_config->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_config->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_config->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(tr("Copy Value"), m_config);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, m_config, [this] {
        QStringList lines;
        const auto items = m_config->selectedItems();
        for (const QTreeWidgetItem *it : items)
            lines << it->data(1, Qt::UserRole).toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    m_config->addAction(copyValue);

    // --- history
    auto *historyPage = new QWidget(this);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("Layer history"));
    m_historyView->setModel(m_history);
    m_historyView->setRootIsDecorated(false);
    m_historyView->setUniformRowHeights(true); // 100+ layers scroll without measuring each row
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setTextElideMode(Qt::ElideMiddle);
    m_historyView->setAllColumnsShowFocus(true);
    QHeaderView *hh = m_historyView->header();
    hh->setStretchLastSection(false);
    hh->setSectionResizeMode(HistoryModel::InstructionColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    hh->resizeSection(HistoryModel::SizeColumn, fm.horizontalAdvance(QStringLiteral("999.99 MB")) + 16);
    {
        const QDateTime now = QDateTime::currentDateTime();
        int widest = 0;
        for (qint64 ago : {59LL, 59LL * 60, 47LL * 3600, 13LL * 86400, 23LL * 30 * 86400})
            widest = std::max(widest, fm.horizontalAdvance(ImagesModel::relativeTime(now.addSecs(-ago), now)));
        hh->resizeSection(HistoryModel::CreatedColumn, widest + 16);
    }
    hh->resizeSection(HistoryModel::IdColumn, QFontMetrics(mono).horizontalAdvance(QStringLiteral("0123456789ab")) + 16);
    hh->resizeSection(HistoryModel::CommentColumn, fm.horizontalAdvance(QStringLiteral("buildkit.dockerfile.v0")) / 2);
    m_historySummary->setObjectName(QStringLiteral("historySummary"));
    m_historySummary->setAccessibleName(tr("Layer history summary"));
    m_historySummary->setWordWrap(true);
    m_historySummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyText->setObjectName(QStringLiteral("historyInstruction"));
    m_historyText->setAccessibleName(tr("Full instruction of the selected step"));
    m_historyText->setReadOnly(true);
    m_historyText->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_historyText->setFont(mono);
    m_historyText->setPlaceholderText(tr("Select a step to read its whole instruction."));
    m_historyText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImageDetails::updateHistoryText);
    // Images built in the editor link their layers back to the Dockerfile lines.
    hh->setSectionHidden(HistoryModel::DockerfileColumn, true);
    connect(m_historyView, &QTreeView::activated, this, [this](const QModelIndex &idx) {
        const int line = idx.siblingAtColumn(HistoryModel::DockerfileColumn).data(HistoryModel::DockerfileLineRole).toInt();
        if (line > 0)
            Q_EMIT dockerfileLineRequested(m_history->dockerfilePath(), line);
    });
    connect(BuildRecords::instance(), &BuildRecords::recordAdded, this, &ImageDetails::updateDockerfileLinks);
    auto *historySplit = new QSplitter(Qt::Vertical, historyPage);
    historySplit->addWidget(m_historyView);
    historySplit->addWidget(m_historyText);
    historySplit->setStretchFactor(0, 4);
    historySplit->setStretchFactor(1, 1);
    historySplit->setChildrenCollapsible(false);
    auto *hl = new QVBoxLayout(historyPage);
    hl->setContentsMargins(0, 4, 0, 0);
    hl->addWidget(m_historySummary);
    hl->addWidget(historySplit, 1);

    // --- raw inspect
    auto *rawPage = new QWidget(this);
    m_search->setObjectName(QStringLiteral("inspectSearch"));
    m_search->setAccessibleName(tr("Search the inspect JSON"));
    m_search->setPlaceholderText(tr("Search the JSON"));
    m_search->setClearButtonEnabled(true);
    m_findPrev->setText(tr("Previous"));
    m_findPrev->setAccessibleName(tr("Previous match"));
    m_findNext->setText(tr("Next"));
    m_findNext->setAccessibleName(tr("Next match"));
    m_copy->setText(tr("Copy JSON"));
    m_copy->setObjectName(QStringLiteral("copyInspect"));
    m_copy->setAccessibleName(tr("Copy the inspect JSON"));
    m_matches->setAccessibleName(tr("Matches"));
    m_raw->setObjectName(QStringLiteral("inspectJson"));
    m_raw->setAccessibleName(tr("Inspect JSON"));
    m_raw->setReadOnly(true);
    m_raw->setTabChangesFocus(true); // read-only: Tab moves on, not into the text
    m_raw->setFont(mono);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The JSON is coloured once it is first seen: loading the syntax definitions costs
    // about 20 ms, which a start that shows the image list does not need to wait for.
    m_raw->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        highlightMatches();
        QTextCursor c = m_raw->textCursor();
        c.setPosition(c.selectionStart());
        m_raw->setTextCursor(c);
        findInRaw();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findInRaw(); });
    connect(m_findNext, &QPushButton::clicked, this, [this] { findInRaw(); });
    connect(m_findPrev, &QPushButton::clicked, this, [this] { findInRaw(true); });
    connect(m_copy, &QPushButton::clicked, this, &ImageDetails::copyRaw);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);
    bar->addWidget(m_findPrev);
    bar->addWidget(m_findNext);
    bar->addWidget(m_copy);
    auto *rl = new QVBoxLayout(rawPage);
    rl->setContentsMargins(0, 4, 0, 0);
    rl->addLayout(bar);
    rl->addWidget(m_raw, 1);

    m_tabs->setObjectName(QStringLiteral("imageDetailsTabs"));
    m_tabs->setAccessibleName(tr("Image details"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_config, tr("Configuration"));
    m_tabs->addTab(historyPage, tr("Layer History"));
    m_tabs->addTab(rawPage, tr("Inspect"));

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_tabs);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_stack);
    showImage({});
}

bool ImageDetails::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_raw && event->type() == QEvent::Show && !m_highlighter) {
        m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_raw->document());
        m_highlighter->setDefinition(SyntaxRepository::instance().definitionForName(QStringLiteral("JSON")));
        m_highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));
    }
    return QWidget::eventFilter(watched, event);
}

void ImageDetails::changeEvent(QEvent *event)
{
    // A light or dark colour scheme switched while shown: the JSON follows it.
    if (event->type() == QEvent::PaletteChange && m_highlighter) {
        m_highlighter->setTheme(SyntaxRepository::themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
    QWidget::changeEvent(event);
}

void ImageDetails::setEngine(Engine *engine)
{
    m_engine = engine;
}

void ImageDetails::clearAll()
{
    m_inspect = {};
    m_config->clear();
    m_history->clear();
    m_historySummary->clear();
    m_historyText->clear();
    m_raw->clear();
    m_matches->clear();
}

void ImageDetails::showError(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ImageDetails::showImage(const QString &id)
{
    const bool same = id == m_id;
    m_id = id;
    ++m_generation;
    if (!same)
        clearAll();
    if (id.isEmpty()) {
        m_pending = 0;
        showError(tr("Select an image to see its configuration, layer history and inspect data."));
        return;
    }
    if (!m_engine) {
        m_pending = 0;
        showError(tr("Not connected to an engine."));
        return;
    }
    if (!same) {
        m_message->setText(tr("Loading %1…").arg(shortImageId(id)));
        m_stack->setCurrentWidget(m_message);
    }
    const quint64 gen = m_generation;
    m_pending = 2;
    auto settle = [this] {
        if (--m_pending == 0)
            Q_EMIT loaded(m_id);
    };
    ImagesApi::inspect(*m_engine, id).then(this, [this, gen, settle](const Result<ImageInspect> &r) {
        if (gen != m_generation)
            return;
        if (!r) {
            clearAll();
            showError(r.error().fullText());
        } else {
            showInspect(*r);
            m_stack->setCurrentWidget(m_tabs);
        }
        settle();
    });
    ImagesApi::history(*m_engine, id).then(this, [this, gen, settle](const Result<QList<ImageHistoryEntry>> &r) {
        if (gen != m_generation)
            return;
        if (r) {
            // The same image again keeps the selected step.
            m_history->setHistory(*r);
            updateDockerfileLinks();
            showHistorySummary();
            updateHistoryText();
        } else {
            m_history->clear();
            m_historySummary->setText(r.error().fullText());
        }
        settle();
    });
}

void ImageDetails::reload()
{
    showImage(m_id);
}

QTreeWidgetItem *ImageDetails::addRow(const QString &name, const QString &value, const QString &tip)
{
    auto *it = new QTreeWidgetItem(m_config, {name, value});
    it->setData(1, Qt::UserRole, value);
    it->setToolTip(1, tip.isEmpty() ? value : tip);
    return it;
}

QTreeWidgetItem *ImageDetails::addList(const QString &name, const QStringList &values, const QString &empty)
{
    if (values.isEmpty()) {
        QTreeWidgetItem *it = addRow(name, empty);
        it->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        it->setData(1, Qt::UserRole, QString());
        return it;
    }
    QTreeWidgetItem *it = addRow(name, values.size() == 1 ? values.first() : tr("%n item(s)", nullptr, int(values.size())));
    it->setData(1, Qt::UserRole, values.join(QLatin1Char('\n')));
    it->setToolTip(1, values.join(QLatin1Char('\n')));
    if (values.size() > 1) {
        for (const QString &v : values) {
            auto *child = new QTreeWidgetItem(it, {QString(), v});
            child->setData(1, Qt::UserRole, v);
            child->setToolTip(1, v);
        }
        it->setExpanded(true);
    }
    return it;
}

void ImageDetails::showInspect(const ImageInspect &i)
{
    // Keep what was expanded and where the user was, across a reload.
    const int scroll = m_config->verticalScrollBar()->value();
    m_inspect = i;
    m_config->clear();
    const QLocale loc;
    auto dim = [this](QTreeWidgetItem *it) { it->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text)); };

    addRow(tr("Image ID"), i.id);
    addList(tr("Tags"), i.repoTags, tr("none (dangling)"));
    addList(tr("Digests"), i.repoDigests, tr("none (never pushed or pulled by digest)"));
    if (i.created.isValid()) {
        addRow(tr("Created"),
               tr("%1 (%2)").arg(loc.toString(i.created.toLocalTime(), QLocale::LongFormat),
                                 ImagesModel::relativeTime(i.created, QDateTime::currentDateTime())),
               i.created.toString(Qt::ISODateWithMs));
    } else {
        dim(addRow(tr("Created"), tr("unknown")));
    }
    addRow(tr("Size"), tr("%1 (%2 bytes)").arg(loc.formattedDataSize(i.size, 2, QLocale::DataSizeSIFormat), loc.toString(i.size)));
    QString platform = i.os + QLatin1Char('/') + i.architecture;
    if (!i.variant.isEmpty())
        platform += QLatin1Char('/') + i.variant;
    if (!i.osVersion.isEmpty())
        platform += QLatin1Char(' ') + i.osVersion;
    addRow(tr("Platform (OS/architecture)"), platform);

    auto command = [&](const QString &name, const QStringList &args, const QString &empty) {
        if (args.isEmpty()) {
            dim(addRow(name, empty));
            return;
        }
        QTreeWidgetItem *it = addRow(name, shellJoin(args), tr("As the engine stores it: %1").arg(jsonArray(args)));
        it->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    };
    command(tr("Entrypoint"), i.entrypoint, tr("none"));
    command(tr("Command"), i.cmd, tr("none"));
    if (i.workingDir.isEmpty())
        dim(addRow(tr("Working directory"), tr("/ (default)")));
    else
        addRow(tr("Working directory"), i.workingDir);
    if (i.user.isEmpty())
        dim(addRow(tr("User"), tr("root (default)")));
    else
        addRow(tr("User"), i.user);
    addList(tr("Environment"), i.env, tr("none"));
    addList(tr("Exposed ports"), i.exposedPorts, tr("none"));
    addList(tr("Volumes"), i.volumes, tr("none"));
    QStringList labels;
    for (auto it = i.labels.begin(); it != i.labels.end(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    addList(tr("Labels"), labels, tr("none"));
    if (!i.stopSignal.isEmpty())
        addRow(tr("Stop signal"), i.stopSignal);
    if (!i.healthcheck.isEmpty())
        addRow(tr("Health check"), jsonArray(i.healthcheck.value(QLatin1String("Test")).toVariant().toStringList()),
               QString::fromUtf8(QJsonDocument(i.healthcheck).toJson(QJsonDocument::Indented)));
    if (!i.shell.isEmpty())
        addRow(tr("Shell"), jsonArray(i.shell));
    if (!i.onBuild.isEmpty())
        addList(tr("On build"), i.onBuild, QString());
    if (!i.author.isEmpty())
        addRow(tr("Author"), i.author);
    if (!i.comment.isEmpty())
        addRow(tr("Comment"), i.comment);
    if (!i.dockerVersion.isEmpty())
        addRow(tr("Built with Docker"), i.dockerVersion);
    addRow(tr("Layers"), loc.toString(i.layers.size()), i.layers.join(QLatin1Char('\n')));
    if (!i.parent.isEmpty())
        addRow(tr("Parent image"), i.parent);
    if (m_config->verticalScrollBar())
        m_config->verticalScrollBar()->setValue(scroll);

    const QString json = QString::fromUtf8(QJsonDocument(i.raw).toJson(QJsonDocument::Indented));
    if (json != m_raw->toPlainText()) {
        m_raw->setPlainText(json);
        highlightMatches();
    }
    showHistorySummary();
}

void ImageDetails::showHistorySummary()
{
    if (m_history->rowCount() == 0)
        return;
    const QLocale loc;
    const qint64 total = m_history->totalSize();
    QString text = tr("%n step(s)", nullptr, m_history->rowCount());
    text += QStringLiteral(" · ") + tr("%n of them add no bytes", nullptr, m_history->emptyCount());
    if (!m_inspect.id.isEmpty()) {
        if (total == m_inspect.size)
            text += QStringLiteral(" · ") + tr("the layers add up to %1, the image's size").arg(loc.formattedDataSize(total, 2, QLocale::DataSizeSIFormat));
        else
            text += QStringLiteral(" · ") + tr("the layers add up to %1; the engine gives the image %2")
                                               .arg(loc.formattedDataSize(total, 2, QLocale::DataSizeSIFormat),
                                                    loc.formattedDataSize(m_inspect.size, 2, QLocale::DataSizeSIFormat));
    }
    if (m_history->missingCount() > 0)
        text += QLatin1Char('\n') + tr("%n step(s) show <missing>: they were built elsewhere (pulled, loaded or built with BuildKit). "
                                       "Their layers are part of this image, but they are not stored here as separate images, "
                                       "so they have no image ID.", nullptr, m_history->missingCount());
    m_historySummary->setText(text);
}

void ImageDetails::updateDockerfileLinks()
{
    QHash<int, int> lines;
    QString path;
    if (!m_id.isEmpty() && BuildRecords::instance()->contains(m_id)) {
        for (int row = 0; row < m_history->rowCount(); ++row) {
            QString file;
            if (const int line = BuildRecords::instance()->lineForHistoryRow(m_id, row, &file); line > 0) {
                lines.insert(row, line);
                path = file;
            }
        }
    }
    m_history->setDockerfileLinks(path, lines);
    m_historyView->header()->setSectionHidden(HistoryModel::DockerfileColumn, lines.isEmpty());
}

void ImageDetails::updateHistoryText()
{
    const QModelIndex idx = m_historyView->currentIndex();
    m_historyText->setPlainText(idx.isValid() ? idx.data(HistoryModel::FullTextRole).toString() : QString());
}

void ImageDetails::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString needle = m_search->text();
    int count = 0;
    if (!needle.isEmpty()) {
        // Marker yellow, unlike the selection that shows the current match.
        QTextCharFormat fmt;
        fmt.setBackground(QColor(0xff, 0xe0, 0x66));
        fmt.setForeground(QColor(Qt::black));
        QTextDocument *doc = m_raw->document();
        QTextCursor c(doc);
        // The first thousand marks are enough to see where matches are.
        while (count < 1000) {
            c = doc->find(needle, c);
            if (c.isNull())
                break;
            marks.append({c, fmt});
            ++count;
        }
    }
    m_raw->setExtraSelections(marks);
    m_matches->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
}

bool ImageDetails::findInRaw(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_raw->find(needle, flags))
        return true;
    // Wrap around.
    QTextCursor c = m_raw->textCursor();
    c.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_raw->setTextCursor(c);
    return m_raw->find(needle, flags);
}

void ImageDetails::copyRaw()
{
    QApplication::clipboard()->setText(m_raw->toPlainText());
}
