#include "build/dockerfileeditor.h"
#include "poolstart.h"

#include "buildstepsmodel.h"
#include "common/syntaxrepository.h"
#include "dockerignore.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

constexpr int kMaxRecent = 10;
constexpr int kMarkerWidth = 16;
const char *const kRecentKey = "build/recentDockerfiles";

QColor markColor(DockerfileEditor::LineMark mark)
{
    switch (mark) {
    case DockerfileEditor::LineMark::Cached: return QColor(0x1e, 0x84, 0x49);
    case DockerfileEditor::LineMark::Rebuilt: return QColor(0xb9, 0x77, 0x0e);
    case DockerfileEditor::LineMark::Base: return QColor(0x5d, 0x6d, 0x7e);
    case DockerfileEditor::LineMark::Done: return QColor(0x5d, 0x6d, 0x7e);
    case DockerfileEditor::LineMark::Failed: return QColor(0xc0, 0x39, 0x2b);
    case DockerfileEditor::LineMark::WillRebuild: return QColor(0x2e, 0x6d, 0xb4);
    case DockerfileEditor::LineMark::None: break;
    }
    return {};
}

// "<b>COPY [--from=<stage>] <source>... <destination></b><br>Copies files..."
QString helpHtml(const QString &keyword)
{
    const QString help = Dockerfile::instructionHelp(keyword);
    if (help.isEmpty())
        return {};
    return DockerfileEditor::tr("<b>%1</b><br>%2").arg(Dockerfile::instructionSyntax(keyword).toHtmlEscaped(), help.toHtmlEscaped());
}

QList<DockerfileDiagnostic> lintText(const QString &text, const QString &contextDir)
{
    const Dockerfile df = Dockerfile::parse(text);
    std::optional<DockerIgnore> ignore;
    if (!contextDir.isEmpty()) {
        QFile f(QDir(contextDir).filePath(QStringLiteral(".dockerignore")));
        if (f.open(QIODevice::ReadOnly)) {
            if (Result<DockerIgnore> parsed = DockerIgnore::parse(f.readAll()))
                ignore = std::move(*parsed);
        }
    }
    return df.lint({contextDir, ignore ? &*ignore : nullptr});
}

} // namespace

// ---------------------------------------------------------------------------

class DockerfileTextEdit : public QPlainTextEdit
{
public:
    DockerfileTextEdit(DockerfileEditor *owner, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_owner(owner)
    {
    }
    QTextBlock firstVisible() const { return firstVisibleBlock(); }
    QRectF geometryOf(const QTextBlock &block) const { return blockBoundingGeometry(block).translated(contentOffset()); }
    void setLeftMargin(int width) { setViewportMargins(width, 0, 0, 0); }
    std::function<void(QKeyEvent *)> afterKey;
    std::function<void()> onResize;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        QCompleter *c = m_owner->completer();
        if (c->popup()->isVisible()) {
            switch (e->key()) {
            case Qt::Key_Enter:
            case Qt::Key_Return:
            case Qt::Key_Escape:
            case Qt::Key_Tab:
            case Qt::Key_Backtab:
                e->ignore(); // the completer takes them
                return;
            default:
                break;
            }
        }
        if (e->key() == Qt::Key_Space && (e->modifiers() & Qt::ControlModifier)) {
            m_owner->complete();
            return;
        }
        // Tab is text here; Ctrl+Tab and Ctrl+Shift+Tab leave the editor, so that a
        // keyboard user is never trapped in it.
        if ((e->key() == Qt::Key_Tab || e->key() == Qt::Key_Backtab) && (e->modifiers() & Qt::ControlModifier)) {
            // QPlainTextEdit refuses to move focus while editable: the widget rule, then.
            // NOLINTNEXTLINE(bugprone-parent-virtual-call): skipping QPlainTextEdit's rule is the point
            QWidget::focusNextPrevChild(e->key() == Qt::Key_Tab && !(e->modifiers() & Qt::ShiftModifier));
            return;
        }
        QPlainTextEdit::keyPressEvent(e);
        if (afterKey)
            afterKey(e);
    }
    void resizeEvent(QResizeEvent *e) override
    {
        QPlainTextEdit::resizeEvent(e);
        if (onResize)
            onResize();
    }

private:
    DockerfileEditor *m_owner;
};

class DockerfileGutter : public QWidget
{
public:
    explicit DockerfileGutter(DockerfileEditor *owner, QWidget *parent)
        : QWidget(parent)
        , m_owner(owner)
    {
        setObjectName(QStringLiteral("dockerfileGutter"));
        setAccessibleName(DockerfileEditor::tr("Line numbers and build cache"));
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return QSize(m_owner->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_owner->paintGutter(event); }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *he = static_cast<QHelpEvent *>(e);
            const QString tip = m_owner->gutterToolTip(he->pos().y());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(he->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(e);
    }

private:
    DockerfileEditor *m_owner;
};

// ---------------------------------------------------------------------------

DockerfileEditor::DockerfileEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new DockerfileTextEdit(this, this))
    , m_gutter(new DockerfileGutter(this, m_edit))
    , m_highlighter(nullptr)
    , m_toolBar(new QToolBar(this))
    , m_fileLabel(new QLabel(this))
    , m_help(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("dockerfileEditor"));
    setAccessibleName(tr("Dockerfile editor"));

    m_edit->setObjectName(QStringLiteral("dockerfileText"));
    m_edit->setAccessibleName(tr("Dockerfile text"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabChangesFocus(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_edit->setFont(mono);
    m_edit->setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_edit->viewport()->installEventFilter(this);
    m_edit->onResize = [this] {
        const QRect cr = m_edit->contentsRect();
        m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    };
    m_edit->afterKey = [this](QKeyEvent *e) {
        // Offer completions while the first word of a line is being typed.
        const QTextCursor c = m_edit->textCursor();
        const QString word = c.block().text().left(c.positionInBlock()).trimmed();
        bool letters = !word.isEmpty();
        for (QChar ch : word)
            letters = letters && ch.isLetter();
        const bool typedLetter = !e->text().isEmpty() && e->text().at(0).isLetter();
        const bool popup = m_completer->popup()->isVisible();
        if (letters && (typedLetter || (popup && e->key() == Qt::Key_Backspace)))
            complete();
        else if (popup)
            m_completer->popup()->hide();
    };

    // Completion of instruction keywords, with their help as tooltips.
    for (const QString &k : Dockerfile::knownInstructions()) {
        auto *item = new QStandardItem(k);
        item->setToolTip(Dockerfile::instructionHelp(k));
        item->setEditable(false);
        m_completionModel->appendRow(item);
    }
    m_completionModel->sort(0);
    m_completer->setModel(m_completionModel);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->popup()->setObjectName(QStringLiteral("instructionCompletions"));
    m_completer->popup()->setAccessibleName(tr("Instruction completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &DockerfileEditor::insertCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::highlighted), this, [this](const QString &k) {
        m_help->setText(helpHtml(k));
    });

    m_help->setObjectName(QStringLiteral("instructionHelp"));
    m_help->setAccessibleName(tr("Instruction help"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setMinimumHeight(m_help->fontMetrics().height() * 2 + 6);
    m_help->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_help->setContentsMargins(6, 3, 6, 3);

    m_fileLabel->setObjectName(QStringLiteral("dockerfileName"));
    m_fileLabel->setAccessibleName(tr("File"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setupActions();
    setupFindBar();
    setupChangedBar();

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar);
    top->addStretch(1);
    top->addWidget(m_fileLabel);
    lay->addLayout(top);
    lay->addWidget(m_changedBar);
    lay->addWidget(m_edit, 1);
    lay->addWidget(m_findBar);
    lay->addWidget(m_help);

    connect(m_edit, &QPlainTextEdit::blockCountChanged, this, [this] {
        m_edit->setLeftMargin(gutterWidth());
        m_edit->onResize();
    });
    connect(m_edit, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        updateHelpForCursor();
        m_gutter->update();
    });
    connect(m_edit->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        m_saveAction->setEnabled(modified || m_path.isEmpty());
        m_fileLabel->setText(modified ? tr("%1 (modified)").arg(displayName()) : displayName());
        Q_EMIT modificationChanged(modified);
    });
    connect(m_edit->document(), &QTextDocument::contentsChanged, this, &DockerfileEditor::scheduleLint);

    m_lintTimer.setSingleShot(true);
    m_lintTimer.setInterval(250);
    connect(&m_lintTimer, &QTimer::timeout, this, [this] {
        parseNow();
        startLint();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DockerfileEditor::onFileChanged);

    m_edit->setLeftMargin(gutterWidth());
    // The highlighting and its theme come when the editor is first shown (or asked for
    // its theme): loading the syntax definitions costs tens of milliseconds that a
    // start on another page need not wait for.
    setPath(QString());
    updateHelpForCursor();
}

DockerfileEditor::~DockerfileEditor()
{
    // ~QWidget destroys the children after this object has stopped being a
    // DockerfileEditor: none of them may call back into it (UBSan caught one).
    const auto children = findChildren<QObject *>();
    for (QObject *child : children) {
        child->removeEventFilter(this);
        disconnect(child, nullptr, this, nullptr);
    }
    if (m_edit)
        disconnect(m_edit->document(), nullptr, this, nullptr);
}

QPlainTextEdit *DockerfileEditor::textEdit() const
{
    return m_edit;
}

QString DockerfileEditor::text() const
{
    return m_edit->toPlainText();
}

void DockerfileEditor::setText(const QString &text)
{
    QTextCursor c(m_edit->document());
    c.select(QTextCursor::Document);
    c.insertText(text);
    parseNow();
}

bool DockerfileEditor::isModified() const
{
    return m_edit->document()->isModified();
}

QString DockerfileEditor::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

void DockerfileEditor::setupActions()
{
    m_toolBar->setObjectName(QStringLiteral("dockerfileToolBar"));
    m_toolBar->setAccessibleName(tr("Dockerfile actions"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto add = [this](const QString &objectName, const QString &icon, QStyle::StandardPixmap fallback, const QString &text,
                      const QString &tip, QKeySequence::StandardKey key) {
        auto *a = new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, this);
        a->setObjectName(objectName);
        a->setToolTip(tip);
        if (key != QKeySequence::UnknownKey)
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_newAction = add(QStringLiteral("newDockerfileAction"), QStringLiteral("document-new"), QStyle::SP_FileIcon, tr("&New Dockerfile"),
                      tr("Start a new Dockerfile from a commented template"), QKeySequence::New);
    m_openAction = add(QStringLiteral("openDockerfileAction"), QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, tr("&Open…"),
                       tr("Open a Dockerfile"), QKeySequence::Open);
    m_saveAction = add(QStringLiteral("saveDockerfileAction"), QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, tr("&Save"),
                       tr("Save the Dockerfile"), QKeySequence::Save);
    m_saveAsAction = add(QStringLiteral("saveDockerfileAsAction"), QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton,
                         tr("Save &As…"), tr("Save the Dockerfile under another name"), QKeySequence::SaveAs);
    m_undoAction = add(QStringLiteral("undoAction"), QStringLiteral("edit-undo"), QStyle::SP_ArrowBack, tr("&Undo"), tr("Undo"),
                       QKeySequence::UnknownKey);
    m_redoAction = add(QStringLiteral("redoAction"), QStringLiteral("edit-redo"), QStyle::SP_ArrowForward, tr("&Redo"), tr("Redo"),
                       QKeySequence::UnknownKey);
    m_findAction = add(QStringLiteral("findAction"), QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView, tr("&Find…"),
                       tr("Find text in the Dockerfile"), QKeySequence::Find);
    m_replaceAction = add(QStringLiteral("replaceAction"), QStringLiteral("edit-find-replace"), QStyle::SP_BrowserReload,
                          tr("&Replace…"), tr("Find and replace text"), QKeySequence::Replace);
    // QPlainTextEdit handles Ctrl+Z/Ctrl+Y itself; the actions are for the tool bar.
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_edit, &QPlainTextEdit::undoAvailable, m_undoAction, &QAction::setEnabled);
    connect(m_edit, &QPlainTextEdit::redoAvailable, m_redoAction, &QAction::setEnabled);
    connect(m_undoAction, &QAction::triggered, m_edit, &QPlainTextEdit::undo);
    connect(m_redoAction, &QAction::triggered, m_edit, &QPlainTextEdit::redo);

    connect(m_newAction, &QAction::triggered, this, &DockerfileEditor::newFromTemplate);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Dockerfile"), dir,
            tr("Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.* *.containerfile);;All files (*)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!openFile(path, &error))
            QMessageBox::warning(this, tr("Open Dockerfile"), error);
    });
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_findAction, &QAction::triggered, this, [this] { showFindBar(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { showFindBar(true); });

    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("recentDockerfilesMenu"));
    m_recentMenu->setAccessibleName(tr("Recent Dockerfiles"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DockerfileEditor::rebuildRecentMenu);
    auto *recentButton = new QToolButton(this);
    recentButton->setObjectName(QStringLiteral("recentDockerfilesButton"));
    recentButton->setAccessibleName(tr("Recent Dockerfiles"));
    recentButton->setToolTip(tr("Open a recently used Dockerfile"));
    recentButton->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    recentButton->setMenu(m_recentMenu);
    recentButton->setPopupMode(QToolButton::InstantPopup);

    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addWidget(recentButton);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_saveAsAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_findAction);
    m_toolBar->addAction(m_replaceAction);
}

void DockerfileEditor::setupFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->setAccessibleName(tr("Find and replace"));
    auto *lay = new QVBoxLayout(m_findBar);
    lay->setContentsMargins(2, 2, 2, 2);
    lay->setSpacing(2);

    auto *findRow = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("Find:"), m_findBar);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setAccessibleName(tr("Text to find"));
    m_findEdit->setClearButtonEnabled(true);
    findLabel->setBuddy(m_findEdit);
    auto *prev = new QToolButton(m_findBar);
    prev->setObjectName(QStringLiteral("findPreviousButton"));
    prev->setText(tr("Previous"));
    prev->setAccessibleName(tr("Find previous"));
    prev->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *next = new QToolButton(m_findBar);
    next->setObjectName(QStringLiteral("findNextButton"));
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Find next"));
    next->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_caseSensitive = new QCheckBox(tr("Match case"), m_findBar);
    m_caseSensitive->setObjectName(QStringLiteral("matchCase"));
    m_caseSensitive->setAccessibleName(tr("Match case"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("findStatus"));
    m_findStatus->setAccessibleName(tr("Find result"));
    auto *close = new QToolButton(m_findBar);
    close->setObjectName(QStringLiteral("closeFindBar"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setToolTip(tr("Close (Esc)"));
    close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    findRow->addWidget(findLabel);
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(prev);
    findRow->addWidget(next);
    findRow->addWidget(m_caseSensitive);
    findRow->addWidget(m_findStatus);
    findRow->addWidget(close);
    lay->addLayout(findRow);

    m_replaceRow = new QWidget(m_findBar);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    auto *replaceLabel = new QLabel(tr("Replace:"), m_replaceRow);
    m_replaceEdit = new QLineEdit(m_replaceRow);
    m_replaceEdit->setObjectName(QStringLiteral("replaceEdit"));
    m_replaceEdit->setAccessibleName(tr("Replacement text"));
    replaceLabel->setBuddy(m_replaceEdit);
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    replaceOne->setObjectName(QStringLiteral("replaceButton"));
    replaceOne->setAccessibleName(tr("Replace this match"));
    auto *replaceAllButton = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    replaceAllButton->setAccessibleName(tr("Replace all matches"));
    replaceRow->addWidget(replaceLabel);
    replaceRow->addWidget(m_replaceEdit, 1);
    replaceRow->addWidget(replaceOne);
    replaceRow->addWidget(replaceAllButton);
    lay->addWidget(m_replaceRow);
    m_findBar->hide();

    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { findNext(m_findEdit->text()); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        // Search as you type, from the start of the current match.
        QTextCursor c = m_edit->textCursor();
        c.setPosition(c.selectionStart());
        m_edit->setTextCursor(c);
        if (!t.isEmpty())
            findNext(t);
        else
            m_findStatus->clear();
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(m_findEdit->text()); });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(m_findEdit->text(), true); });
    connect(close, &QToolButton::clicked, this, &DockerfileEditor::hideFindBar);
    connect(replaceOne, &QPushButton::clicked, this, [this] {
        const QString find = m_findEdit->text();
        QTextCursor c = m_edit->textCursor();
        const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        if (c.hasSelection() && c.selectedText().compare(find, cs) == 0)
            c.insertText(m_replaceEdit->text());
        findNext(find);
    });
    connect(replaceAllButton, &QPushButton::clicked, this, [this] { replaceAll(m_findEdit->text(), m_replaceEdit->text()); });
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findBar->addAction(escape);
    connect(escape, &QAction::triggered, this, &DockerfileEditor::hideFindBar);
}

void DockerfileEditor::setupChangedBar()
{
    m_changedBar = new QWidget(this);
    m_changedBar->setObjectName(QStringLiteral("externalChangeBar"));
    m_changedBar->setAccessibleName(tr("File changed on disk"));
    m_changedBar->setAutoFillBackground(true);
    QPalette p = m_changedBar->palette();
    p.setColor(QPalette::Window, QColor(0xfc, 0xf3, 0xcf));
    p.setColor(QPalette::WindowText, QColor(0x33, 0x33, 0x33));
    m_changedBar->setPalette(p);
    auto *lay = new QHBoxLayout(m_changedBar);
    lay->setContentsMargins(6, 3, 6, 3);
    m_changedLabel = new QLabel(m_changedBar);
    m_changedLabel->setObjectName(QStringLiteral("externalChangeMessage"));
    m_changedLabel->setWordWrap(true);
    m_reloadButton = new QPushButton(tr("Reload"), m_changedBar);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Reload the file from disk"));
    auto *keep = new QPushButton(tr("Keep Mine"), m_changedBar);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setAccessibleName(tr("Keep the text in the editor"));
    lay->addWidget(m_changedLabel, 1);
    lay->addWidget(m_reloadButton);
    lay->addWidget(keep);
    m_changedBar->hide();
    connect(m_reloadButton, &QPushButton::clicked, this, [this] { reload(); });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_changedBar->hide();
        // What is on disk now is not what the editor holds: saving must write it.
        m_edit->document()->setModified(true);
    });
}

void DockerfileEditor::showFindBar(bool replace)
{
    m_replaceRow->setVisible(replace);
    m_findBar->show();
    const QString selected = m_edit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void DockerfileEditor::hideFindBar()
{
    m_findBar->hide();
    m_edit->setFocus();
}

bool DockerfileEditor::isFindBarVisible() const
{
    return m_findBar->isVisible();
}

bool DockerfileEditor::findNext(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_edit->find(text, flags)) {
        m_findStatus->clear();
        return true;
    }
    // Wrap around once.
    const QTextCursor saved = m_edit->textCursor();
    QTextCursor c = saved;
    c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_edit->setTextCursor(c);
    if (m_edit->find(text, flags)) {
        m_findStatus->setText(backward ? tr("Continued from the end") : tr("Continued from the start"));
        return true;
    }
    m_edit->setTextCursor(saved);
    m_findStatus->setText(tr("Not found"));
    return false;
}

int DockerfileEditor::replaceAll(const QString &find, const QString &replacement)
{
    if (find.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextCursor edit(m_edit->document());
    edit.beginEditBlock(); // one undo step
    int count = 0;
    QTextCursor found = m_edit->document()->find(find, 0, flags);
    while (!found.isNull()) {
        found.insertText(replacement);
        ++count;
        found = m_edit->document()->find(find, found.position(), flags);
    }
    edit.endEditBlock();
    m_findStatus->setText(tr("%n replacement(s)", nullptr, count));
    return count;
}

// ---------------------------------------------------------------------------
// Theme

void DockerfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void DockerfileEditor::showEvent(QShowEvent *event)
{
    ensureHighlighting();
    QWidget::showEvent(event);
}

void DockerfileEditor::ensureHighlighting()
{
    if (m_highlighter)
        return;
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
    m_highlighter->setDefinition(definitionForPath());
    applyTheme();
}

KSyntaxHighlighting::Definition DockerfileEditor::definitionForPath() const
{
    const KSyntaxHighlighting::Definition def = m_path.isEmpty() ? SyntaxRepository::dockerfileDefinition()
                                                                  : SyntaxRepository::definitionForFileName(m_path);
    // Whatever the name, this is a Dockerfile editor.
    return def.isValid() ? def : SyntaxRepository::dockerfileDefinition();
}

void DockerfileEditor::applyTheme()
{
    if (m_applyingTheme || !m_highlighter)
        return;
    m_applyingTheme = true;
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeForPalette(palette());
    m_highlighter->setTheme(theme);
    const QColor background = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base, background);
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(QPalette::Highlight, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    p.setColor(QPalette::HighlightedText, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_edit->setPalette(p);
    m_currentLineColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
    m_gutterBackground = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder));
    m_lineNumberColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    m_currentLineNumberColor = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLineNumber));
    m_darkTheme = background.lightness() < 128;
    m_themeName = theme.name();
    m_highlighter->rehighlight();
    updateExtraSelections();
    m_gutter->update();
    m_applyingTheme = false;
}

bool DockerfileEditor::hasDarkTheme() const
{
    const_cast<DockerfileEditor *>(this)->ensureHighlighting();
    return m_darkTheme;
}

QString DockerfileEditor::themeName() const
{
    const_cast<DockerfileEditor *>(this)->ensureHighlighting();
    return m_themeName;
}

// ---------------------------------------------------------------------------
// Files

void DockerfileEditor::setPath(const QString &path)
{
    const bool changed = path != m_path;
    m_path = path;
    m_fileLabel->setText(isModified() ? tr("%1 (modified)").arg(displayName()) : displayName());
    m_fileLabel->setToolTip(path.isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(path));
    m_saveAction->setEnabled(isModified() || path.isEmpty());
    if (m_highlighter)
        m_highlighter->setDefinition(definitionForPath());
    if (changed)
        Q_EMIT filePathChanged(path);
}

void DockerfileEditor::watch(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher.addPath(path);
}

bool DockerfileEditor::openFile(const QString &path, QString *error)
{
    // A binary file, a huge one or one that is not UTF-8 is refused before the editor
    // takes it (it would freeze on megabytes, and saving would change its bytes).
    QByteArray bytes;
    if (const QString why = Dockerfile::readFile(path, Dockerfile::Use::Edit, &bytes); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool sameFile = absolute == m_path;
    m_diskContent = bytes;
    m_edit->setPlainText(QString::fromUtf8(bytes));
    m_edit->document()->setModified(false);
    setPath(absolute);
    addRecent(absolute);
    watch(absolute);
    m_changedBar->hide();
    if (!sameFile) {
        clearBuildMarks();
        if (m_contextDir.isEmpty())
            m_contextDir = QFileInfo(absolute).absolutePath();
    }
    parseNow();
    startLint();
    return true;
}

bool DockerfileEditor::reload()
{
    if (m_path.isEmpty())
        return false;
    QString error;
    const int line = currentLine();
    if (!openFile(m_path, &error)) {
        m_changedLabel->setText(error);
        return false;
    }
    goToLine(std::min(line, m_edit->document()->blockCount()));
    return true;
}

bool DockerfileEditor::save()
{
    if (m_path.isEmpty())
        return saveAs();
    const QByteArray bytes = text().toUtf8();
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        QMessageBox box(QMessageBox::Warning, tr("Save Dockerfile"),
                        tr("Could not save “%1”: %2").arg(QDir::toNativeSeparators(m_path), f.errorString()), QMessageBox::Ok, this);
        box.setAccessibleName(tr("Save failed"));
        box.exec();
        return false;
    }
    m_diskContent = bytes;
    m_edit->document()->setModified(false);
    m_changedBar->hide();
    watch(m_path); // a file replaced by the save is a new file to watch
    addRecent(m_path);
    return true;
}

bool DockerfileEditor::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        QString suggestion = m_path;
        if (suggestion.isEmpty()) {
            // An existing Dockerfile is not offered as the name: one click would replace it.
            const QDir dir(m_contextDir.isEmpty() ? QDir::homePath() : m_contextDir);
            const QString dockerfile = dir.filePath(QStringLiteral("Dockerfile"));
            suggestion = QFileInfo::exists(dockerfile) ? dir.absolutePath() + QLatin1Char('/') : dockerfile;
        }
        // The replace question is ours (confirmReplace()), which says what is lost.
        target = QFileDialog::getSaveFileName(this, tr("Save Dockerfile As"), suggestion,
                                              tr("Dockerfiles (Dockerfile Dockerfile.* *.dockerfile Containerfile Containerfile.*);;All files (*)"),
                                              nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return false;
    }
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute != m_path && QFileInfo::exists(absolute) && !confirmReplace(absolute))
        return false;
    const QString old = m_path;
    setPath(absolute);
    if (!save()) {
        setPath(old);
        return false;
    }
    return true;
}

bool DockerfileEditor::confirmReplace(const QString &path)
{
    QMessageBox box(QMessageBox::Warning, tr("Replace File"),
                    tr("“%1” already exists. Replace it with the text in the editor?").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("replaceFileBox"));
    box.setAccessibleName(tr("Replace file"));
    box.setInformativeText(tr("What the file holds now is lost."));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceFileButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

QString DockerfileEditor::templateText()
{
    return tr("# A Dockerfile describes an image, one instruction per line.\n"
              "# Each instruction adds a layer; when you change one, that layer and\n"
              "# every layer after it are built again, the ones before come from the cache.\n"
              "\n"
              "# The image to start from.\n"
              "FROM alpine:3.20\n"
              "\n"
              "# The folder the next instructions work in, inside the image.\n"
              "WORKDIR /app\n"
              "\n"
              "# Copy files from the build context (the folder you build) into the image.\n"
              "COPY . .\n"
              "\n"
              "# Run a command while building; what it changes is saved in the image.\n"
              "RUN echo \"Built on $(date)\" > /app/built.txt\n"
              "\n"
              "# The port the program listens on (documentation; publish it with docker run -p).\n"
              "EXPOSE 8080\n"
              "\n"
              "# What a container runs when it starts.\n"
              "CMD [\"cat\", \"/app/built.txt\"]\n");
}

void DockerfileEditor::newFromTemplate()
{
    if (!maybeSave())
        return;
    m_edit->setPlainText(templateText());
    m_edit->document()->setModified(false);
    m_diskContent.clear();
    watch({});
    setPath(QString());
    clearBuildMarks();
    m_changedBar->hide();
    parseNow();
    startLint();
}

bool DockerfileEditor::maybeSave()
{
    if (!isModified())
        return true;
    int answer = 0;
    if (m_prompt) {
        answer = m_prompt();
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("“%1” has changes that are not saved. Save them?").arg(displayName()),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedChangesBox"));
        box.setAccessibleName(tr("Unsaved changes"));
        box.setDefaultButton(QMessageBox::Save);
        answer = box.exec();
    }
    switch (answer) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

QStringList DockerfileEditor::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void DockerfileEditor::addRecent(const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(QLatin1String(kRecentKey)).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings.setValue(QLatin1String(kRecentKey), list);
}

void DockerfileEditor::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    if (list.isEmpty()) {
        m_recentMenu->addAction(tr("No recent Dockerfiles"))->setEnabled(false);
        return;
    }
    for (const QString &path : list) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            if (!openFile(path, &error))
                QMessageBox::warning(this, tr("Open Dockerfile"), error);
        });
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear the List")), &QAction::triggered, this,
            [] { QSettings().remove(QLatin1String(kRecentKey)); });
}

void DockerfileEditor::onFileChanged(const QString &path)
{
    if (path != m_path)
        return;
    QFile f(path);
    if (!f.exists()) {
        m_changedLabel->setText(tr("“%1” was deleted or renamed by another program. Save to write it again.").arg(displayName()));
        m_reloadButton->hide();
        m_changedBar->show();
        m_edit->document()->setModified(true);
        return;
    }
    // Editors that save by replacing the file make the watcher forget it.
    if (!m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = f.readAll();
    if (bytes == m_diskContent)
        return; // our own save, or a touch
    m_diskContent = bytes;
    m_changedLabel->setText(isModified() ? tr("“%1” was changed by another program. Reload it? Your edits would be lost.").arg(displayName())
                                         : tr("“%1” was changed by another program. Reload it?").arg(displayName()));
    m_reloadButton->show();
    m_changedBar->show();
}

// ---------------------------------------------------------------------------
// Parsing and lint

void DockerfileEditor::setContextDir(const QString &dir)
{
    if (dir == m_contextDir)
        return;
    m_contextDir = dir;
    startLint();
}

void DockerfileEditor::scheduleLint()
{
    m_lintTimer.start();
}

void DockerfileEditor::parseNow()
{
    m_dockerfile = Dockerfile::parse(text());
    updateWillRebuild();
    updateHelpForCursor();
    m_gutter->update();
    Q_EMIT dockerfileChanged();
}

void DockerfileEditor::startLint()
{
    // Checking COPY sources touches the disk: off the GUI thread. A newer edit makes
    // an older result stale.
    const quint64 generation = ++m_lintGeneration;
    auto promise = std::make_shared<QPromise<QList<DockerfileDiagnostic>>>();
    QFuture<QList<DockerfileDiagnostic>> future = promise->future();
    promise->start();
    Pool::start([promise, text = text(), dir = m_contextDir] {
        promise->addResult(lintText(text, dir));
        promise->finish();
    });
    future.then(this, [this, generation](const QList<DockerfileDiagnostic> &diags) {
        if (generation != m_lintGeneration)
            return;
        m_diagnostics = diags;
        updateExtraSelections();
        updateHelpForCursor();
        m_gutter->update();
        Q_EMIT diagnosticsChanged();
    });
}

void DockerfileEditor::relintNow()
{
    m_lintTimer.stop();
    ++m_lintGeneration;
    parseNow();
    m_diagnostics = lintText(text(), m_contextDir);
    updateExtraSelections();
    updateHelpForCursor();
    m_gutter->update();
    Q_EMIT diagnosticsChanged();
}

QString DockerfileEditor::diagnosticAt(int line, int column) const
{
    QStringList out;
    for (const DockerfileDiagnostic &d : m_diagnostics) {
        if (d.line != line)
            continue;
        if (column < 0 || d.length == 0 || (column >= d.column && column <= d.column + d.length))
            out << d.message;
    }
    return out.join(QLatin1Char('\n'));
}

QString DockerfileEditor::helpAt(int line, int column) const
{
    for (const DockerfileInstruction &ins : m_dockerfile.instructions()) {
        if (ins.line != line)
            continue;
        if (column >= ins.keywordColumn && column <= ins.keywordColumn + ins.keyword.size()) {
            return helpHtml(ins.keyword);
        }
    }
    return {};
}

void DockerfileEditor::updateHelpForCursor()
{
    if (m_completer->popup()->isVisible())
        return;
    // The problems of the cursor's line first: hovering is not the only way to read them.
    QString problems;
    const int line = currentLine();
    for (const DockerfileDiagnostic &d : std::as_const(m_diagnostics)) {
        if (d.line == line)
            problems += QStringLiteral("<span style=\"color:#c0392b\">") + d.message.toHtmlEscaped() + QStringLiteral("</span><br>");
    }
    if (line == m_errorLine && !m_errorMessage.isEmpty())
        problems += QStringLiteral("<span style=\"color:#c0392b\">") + tr("The build failed here: %1").arg(m_errorMessage.toHtmlEscaped())
            + QStringLiteral("</span><br>");
    const int idx = m_dockerfile.instructionAtLine(line);
    if (idx < 0) {
        m_help->setText(problems + tr("Move the cursor to an instruction to see what it does. Ctrl+Space completes instruction names; Ctrl+Tab leaves the editor."));
        return;
    }
    const QString k = m_dockerfile.instructions().at(idx).keyword;
    const QString help = helpHtml(k);
    m_help->setText(problems + (help.isEmpty() ? tr("“%1” is not a Dockerfile instruction.").arg(k.toHtmlEscaped()) : help));
}

void DockerfileEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_currentLineColor);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = m_edit->textCursor();
    current.cursor.clearSelection();
    selections.append(current);

    QTextDocument *doc = m_edit->document();
    if (m_errorLine > 0) {
        const QTextBlock b = doc->findBlockByNumber(m_errorLine - 1);
        if (b.isValid()) {
            QTextEdit::ExtraSelection error;
            QColor bg(0xc0, 0x39, 0x2b);
            bg.setAlpha(m_darkTheme ? 90 : 50);
            error.format.setBackground(bg);
            error.format.setProperty(QTextFormat::FullWidthSelection, true);
            error.cursor = QTextCursor(b);
            selections.append(error);
        }
    }
    for (const DockerfileDiagnostic &d : std::as_const(m_diagnostics)) {
        const QTextBlock b = doc->findBlockByNumber(d.line - 1);
        if (!b.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(d.severity == DockerfileDiagnostic::Severity::Error ? QColor(0xe7, 0x4c, 0x3c) : QColor(0xf3, 0x9c, 0x12));
        QTextCursor c(b);
        const int len = b.length() - 1;
        const int from = std::clamp(d.column, 0, std::max(0, len));
        const int to = d.length > 0 ? std::min(len, from + d.length) : len;
        if (to <= from)
            continue;
        c.setPosition(b.position() + from);
        c.setPosition(b.position() + to, QTextCursor::KeepAnchor);
        s.cursor = c;
        selections.append(s);
    }
    m_edit->setExtraSelections(selections);
}

bool DockerfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::ToolTip) {
        auto *he = static_cast<QHelpEvent *>(event);
        const QTextCursor c = m_edit->cursorForPosition(he->pos());
        const int line = c.blockNumber() + 1;
        const int column = c.positionInBlock();
        QStringList parts;
        if (const QString lint = diagnosticAt(line, column); !lint.isEmpty())
            parts << lint.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        if (line == m_errorLine && !m_errorMessage.isEmpty())
            parts << tr("The build failed here: %1").arg(m_errorMessage.toHtmlEscaped());
        if (const QString help = helpAt(line, column); !help.isEmpty())
            parts << help;
        if (parts.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(he->globalPos(), parts.join(QLatin1String("<hr>")), m_edit->viewport());
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DockerfileEditor::complete()
{
    QTextCursor c = m_edit->textCursor();
    const QString before = c.block().text().left(c.positionInBlock());
    const QString word = before.trimmed();
    if (word.contains(QLatin1Char(' ')) || word.startsWith(QLatin1Char('#'))) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion().compare(word, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect r = m_edit->cursorRect();
    r.translate(gutterWidth(), 0);
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(r);
    m_help->setText(helpHtml(m_completer->currentCompletion()));
}

void DockerfileEditor::insertCompletion(const QString &keyword)
{
    QTextCursor c = m_edit->textCursor();
    const QString before = c.block().text().left(c.positionInBlock());
    // Replace the word typed so far (from the first non-blank character).
    int wordStart = 0;
    while (wordStart < before.size() && before.at(wordStart).isSpace())
        ++wordStart;
    c.setPosition(c.block().position() + wordStart);
    c.setPosition(m_edit->textCursor().position(), QTextCursor::KeepAnchor);
    c.insertText(keyword + QLatin1Char(' '));
    m_edit->setTextCursor(c);
}

// ---------------------------------------------------------------------------
// Build marks

void DockerfileEditor::setBuildResult(const BuildResult &result, const Dockerfile &built)
{
    // An edit just before the build may not be parsed yet; "will rebuild" compares
    // the text as it is now with what was built.
    m_dockerfile = Dockerfile::parse(text());
    m_marks.clear();
    for (qsizetype i = 0; i < built.instructions().size(); ++i)
        m_marks.append({Dockerfile::normalizedText(built.sourceText(int(i))), LineMark::None, -1, {}, 0});
    for (const BuildStep &s : result.steps) {
        if (s.instruction < 0 || s.instruction >= m_marks.size())
            continue;
        Mark &m = m_marks[s.instruction];
        switch (s.state) {
        case BuildStep::State::Cached: m.mark = LineMark::Cached; break;
        case BuildStep::State::Built: m.mark = LineMark::Rebuilt; break;
        case BuildStep::State::Base: m.mark = LineMark::Base; break;
        case BuildStep::State::Done: m.mark = LineMark::Done; break;
        case BuildStep::State::Failed: m.mark = LineMark::Failed; break;
        case BuildStep::State::Running: m.mark = LineMark::None; break;
        }
        m.size = s.size;
        m.layerId = s.layerId;
        m.durationMs = s.durationMs();
    }
    m_haveBuild = true;
    if (result.succeeded()) {
        m_errorLine = 0;
        m_errorMessage.clear();
    }
    updateWillRebuild();
    m_edit->setLeftMargin(gutterWidth());
    m_edit->onResize();
    updateExtraSelections();
    m_gutter->update();
    updateHelpForCursor(); // a failure's sentence below the text goes with the failure
}

void DockerfileEditor::clearBuildMarks()
{
    m_marks.clear();
    m_haveBuild = false;
    m_firstChanged = -1;
    m_errorLine = 0;
    m_errorMessage.clear();
    m_edit->setLeftMargin(gutterWidth());
    m_edit->onResize();
    updateExtraSelections();
    m_gutter->update();
    updateHelpForCursor();
}

void DockerfileEditor::updateWillRebuild()
{
    if (!m_haveBuild) {
        m_firstChanged = -1;
        return;
    }
    const int current = int(m_dockerfile.instructions().size());
    int first = -1;
    for (int i = 0; i < current; ++i) {
        if (i >= m_marks.size() || Dockerfile::normalizedText(m_dockerfile.sourceText(i)) != m_marks.at(i).text) {
            first = i;
            break;
        }
    }
    m_firstChanged = first;
}

int DockerfileEditor::instructionIndexForLine(int line) const
{
    const QList<DockerfileInstruction> &ins = m_dockerfile.instructions();
    for (qsizetype i = 0; i < ins.size(); ++i) {
        if (ins.at(i).line == line)
            return int(i);
        if (ins.at(i).line > line)
            break;
    }
    return -1;
}

DockerfileEditor::LineMark DockerfileEditor::markOfInstruction(int index) const
{
    if (!m_haveBuild || index < 0)
        return LineMark::None;
    if (m_firstChanged >= 0 && index >= m_firstChanged)
        return LineMark::WillRebuild;
    return index < m_marks.size() ? m_marks.at(index).mark : LineMark::None;
}

qint64 DockerfileEditor::sizeOfInstruction(int index) const
{
    if (index < 0 || index >= m_marks.size() || (m_firstChanged >= 0 && index >= m_firstChanged))
        return -1;
    return m_marks.at(index).size;
}

DockerfileEditor::LineMark DockerfileEditor::lineMark(int line) const
{
    return markOfInstruction(instructionIndexForLine(line));
}

qint64 DockerfileEditor::lineLayerSize(int line) const
{
    return sizeOfInstruction(instructionIndexForLine(line));
}

QString DockerfileEditor::lineMarkText(int line) const
{
    const int idx = instructionIndexForLine(line);
    return markText(markOfInstruction(idx), sizeOfInstruction(idx));
}

QString DockerfileEditor::markText(LineMark mark, qint64 size) const
{
    const QString sz = size >= 0 ? QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat) : QString();
    switch (mark) {
    case LineMark::Cached: return sz.isEmpty() ? tr("cached") : tr("cached · %1").arg(sz);
    case LineMark::Rebuilt: return sz.isEmpty() ? tr("rebuilt") : tr("rebuilt · %1").arg(sz);
    case LineMark::Base: return sz.isEmpty() ? tr("base") : tr("base · %1").arg(sz);
    case LineMark::Done: return tr("done");
    case LineMark::Failed: return tr("failed");
    case LineMark::WillRebuild: return tr("will rebuild");
    case LineMark::None: break;
    }
    return {};
}

void DockerfileEditor::markBuildError(int line, const QString &message)
{
    m_errorLine = line;
    m_errorMessage = message;
    if (line > 0)
        goToLine(line);
    updateExtraSelections();
    updateHelpForCursor();
    m_gutter->update();
}

void DockerfileEditor::goToLine(int line)
{
    const QTextBlock b = m_edit->document()->findBlockByNumber(std::max(0, line - 1));
    if (!b.isValid())
        return;
    QTextCursor c(b);
    m_edit->setTextCursor(c);
    m_edit->centerCursor();
}

int DockerfileEditor::currentLine() const
{
    return m_edit->textCursor().blockNumber() + 1;
}

// ---------------------------------------------------------------------------
// Gutter

int DockerfileEditor::gutterWidth() const
{
    const QFontMetrics fm(m_edit->font());
    int digits = 2;
    for (int max = std::max(1, m_edit->document()->blockCount()); max >= 100; max /= 10)
        ++digits;
    int w = 8 + fm.horizontalAdvance(QLatin1Char('9')) * digits + kMarkerWidth;
    if (m_haveBuild)
        w += fm.horizontalAdvance(tr("rebuilt · 999.9 MB")) + 12;
    return w;
}

void DockerfileEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), m_gutterBackground);
    const QFontMetrics fm(m_edit->font());
    painter.setFont(m_edit->font());
    int digits = 2;
    for (int max = std::max(1, m_edit->document()->blockCount()); max >= 100; max /= 10)
        ++digits;
    const int numberWidth = fm.horizontalAdvance(QLatin1Char('9')) * digits;
    const int markerX = 4 + numberWidth + 2;
    const int statusX = markerX + kMarkerWidth;
    const int statusW = m_gutter->width() - statusX - 4;
    const int current = currentLine();

    // Lines that carry a lint mark, and the instruction ranges for the cache bars.
    QHash<int, DockerfileDiagnostic::Severity> lintLines;
    for (const DockerfileDiagnostic &d : std::as_const(m_diagnostics)) {
        if (!lintLines.contains(d.line) || d.severity == DockerfileDiagnostic::Severity::Error)
            lintLines.insert(d.line, d.severity);
    }

    QTextBlock block = m_edit->firstVisible();
    int blockNumber = block.blockNumber();
    qreal top = m_edit->geometryOf(block).top();
    qreal bottom = top + m_edit->geometryOf(block).height();
    const QList<DockerfileInstruction> &ins = m_dockerfile.instructions();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = blockNumber + 1;
            const int h = fm.height();
            painter.setPen(line == current ? m_currentLineNumberColor : m_lineNumberColor);
            painter.drawText(QRect(4, int(top), numberWidth, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));

            const QRect marker(markerX + 2, int(top) + (h - 11) / 2, 11, 11);
            painter.setRenderHint(QPainter::Antialiasing, true);
            if (line == m_errorLine) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(QColor(0xc0, 0x39, 0x2b));
                painter.drawEllipse(marker);
                painter.setPen(QPen(Qt::white, 1.6));
                painter.drawLine(marker.topLeft() + QPoint(3, 3), marker.bottomRight() - QPoint(3, 3));
                painter.drawLine(marker.topRight() + QPoint(-3, 3), marker.bottomLeft() + QPoint(3, -3));
            } else if (const auto it = lintLines.constFind(line); it != lintLines.cend()) {
                const bool error = *it == DockerfileDiagnostic::Severity::Error;
                painter.setPen(Qt::NoPen);
                painter.setBrush(error ? QColor(0xe7, 0x4c, 0x3c) : QColor(0xf3, 0x9c, 0x12));
                if (error) {
                    painter.drawEllipse(marker);
                } else {
                    QPainterPath tri;
                    tri.moveTo(marker.center().x(), marker.top());
                    tri.lineTo(marker.right(), marker.bottom());
                    tri.lineTo(marker.left(), marker.bottom());
                    tri.closeSubpath();
                    painter.drawPath(tri);
                }
                painter.setPen(Qt::white);
                QFont bold = painter.font();
                bold.setBold(true);
                bold.setPixelSize(9);
                painter.setFont(bold);
                painter.drawText(marker, Qt::AlignCenter, QStringLiteral("!"));
                painter.setFont(m_edit->font());
            }
            painter.setRenderHint(QPainter::Antialiasing, false);

            if (m_haveBuild && statusW > 0) {
                // The instruction this line belongs to: a badge on its first line, a bar on the others.
                int idx = -1;
                for (qsizetype i = 0; i < ins.size(); ++i) {
                    if (ins.at(i).contains(line)) {
                        idx = int(i);
                        break;
                    }
                    if (ins.at(i).line > line)
                        break;
                }
                const LineMark mark = markOfInstruction(idx);
                if (mark != LineMark::None) {
                    const QColor c = markColor(mark);
                    if (ins.at(idx).line == line) {
                        const QString t = fm.elidedText(markText(mark, sizeOfInstruction(idx)), Qt::ElideRight, statusW - 8);
                        const QRect badge(statusX, int(top) + 1, std::min(statusW, fm.horizontalAdvance(t) + 10), h - 2);
                        QColor fill = c;
                        fill.setAlpha(mark == LineMark::WillRebuild ? 40 : 55);
                        painter.setRenderHint(QPainter::Antialiasing, true);
                        painter.setPen(QPen(c, 1));
                        painter.setBrush(fill);
                        painter.drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
                        painter.setRenderHint(QPainter::Antialiasing, false);
                        painter.setPen(m_darkTheme ? c.lighter(160) : c.darker(130));
                        painter.drawText(badge.adjusted(5, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, t);
                    } else {
                        painter.fillRect(QRect(statusX + 2, int(top), 3, int(bottom - top)), c);
                    }
                }
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + m_edit->geometryOf(block).height();
        ++blockNumber;
    }
}

QString DockerfileEditor::gutterToolTip(int y) const
{
    QTextBlock block = m_edit->firstVisible();
    while (block.isValid()) {
        const QRectF g = m_edit->geometryOf(block);
        if (y >= g.top() && y < g.bottom())
            break;
        if (g.top() > y)
            return {};
        block = block.next();
    }
    if (!block.isValid())
        return {};
    const int line = block.blockNumber() + 1;
    QStringList parts;
    if (line == m_errorLine)
        parts << tr("The build failed here: %1").arg(m_errorMessage.toHtmlEscaped());
    if (const QString lint = diagnosticAt(line, -1); !lint.isEmpty())
        parts << lint.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    const int idx = m_dockerfile.instructionAtLine(line);
    const LineMark mark = markOfInstruction(idx);
    if (mark != LineMark::None) {
        const qint64 size = sizeOfInstruction(idx);
        const QString sz = size >= 0 ? QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat) : QString();
        const QString layer = idx < m_marks.size() ? m_marks.at(idx).layerId.left(12) : QString();
        switch (mark) {
        case LineMark::Cached:
            parts << tr("The last build reused this layer from the build cache (layer %1, %2).").arg(layer, sz);
            break;
        case LineMark::Rebuilt:
            parts << tr("The last build ran this instruction and made a new layer (layer %1, %2, %3).")
                         .arg(layer, sz, BuildStepsModel::formatDuration(m_marks.at(idx).durationMs));
            break;
        case LineMark::Base:
            parts << tr("The base image of this stage (%1).").arg(sz.isEmpty() ? layer : sz);
            break;
        case LineMark::Done:
            parts << tr("Done: this instruction makes no layer.");
            break;
        case LineMark::Failed:
            parts << tr("The last build failed at this instruction.");
            break;
        case LineMark::WillRebuild:
            parts << tr("Will rebuild: you changed this instruction or one before it since the last build, so the engine "
                        "cannot reuse the cached layer and builds this one and every one after it again.");
            break;
        case LineMark::None:
            break;
        }
    }
    return parts.join(QLatin1String("<hr>"));
}
