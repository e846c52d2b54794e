#pragma once

#include "buildapi.h"
#include "dockerfile.h"

#include <QFileSystemWatcher>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
class Definition;
}

class QAction;
class QCheckBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStandardItemModel;
class QToolBar;
class QToolButton;
class DockerfileGutter;
class DockerfileTextEdit;

/// The Dockerfile editor: syntax highlighting (the app's one KSyntaxHighlighting
/// repository, a theme that follows the palette and switches with it), line numbers,
/// the current line, find and replace, undo/redo, files (new from a template, open,
/// recent, save, save as, a prompt for unsaved changes, a bar when another program
/// changes the file), help for the instruction under the mouse or being completed,
/// lint marks (wavy underline, tooltip, a gutter marker), and after a build a gutter
/// that shows per instruction whether its layer came from the cache or was rebuilt,
/// with its size; an edit marks that instruction and all after it "will rebuild".
class DockerfileEditor : public QWidget
{
    Q_OBJECT
public:
    /// What the gutter shows for an instruction after a build.
    enum class LineMark { None, Cached, Rebuilt, Base, Done, Failed, WillRebuild };
    Q_ENUM(LineMark)

    explicit DockerfileEditor(QWidget *parent = nullptr);
    ~DockerfileEditor() override;

    QPlainTextEdit *textEdit() const;
    QString text() const;
    /// Replaces the text (undoable, marks the document modified).
    void setText(const QString &text);
    QString filePath() const { return m_path; }
    bool isModified() const;
    /// The name shown in titles: the file name, or "Untitled".
    QString displayName() const;

    /// Loads a file; false (and `error`) when it cannot be read. Does not ask about
    /// unsaved changes: call maybeSave() first.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Saves to filePath(); asks for a name when there is none (saveAs()).
    bool save();
    /// Saves under `path`; an empty path asks with a file dialog. Another file that
    /// exists there is replaced only after a question that names it (confirmReplace()).
    bool saveAs(const QString &path = {});
    /// A new untitled document with a commented starter Dockerfile.
    void newFromTemplate();
    static QString templateText();
    /// When modified: Save / Discard / Cancel. True when it is fine to go on.
    bool maybeSave();
    /// Replaces the question of maybeSave() (tests): returns the button "pressed".
    void setUnsavedChangesPrompt(std::function<int()> prompt) { m_prompt = std::move(prompt); }
    QStringList recentFiles() const;

    /// The build context, for the COPY/ADD checks of lint (and .dockerignore).
    void setContextDir(const QString &dir);
    QString contextDir() const { return m_contextDir; }
    /// The current text, parsed (updated shortly after each edit).
    const Dockerfile &dockerfile() const { return m_dockerfile; }
    /// The lint marks shown.
    QList<DockerfileDiagnostic> diagnostics() const { return m_diagnostics; }
    /// Parses and lints now (tests; edits do it after a short pause).
    void relintNow();

    /// After a build of `built` (the Dockerfile as the engine read it): the gutter marks.
    void setBuildResult(const BuildResult &result, const Dockerfile &built);
    void clearBuildMarks();
    LineMark lineMark(int line) const;
    /// The gutter's text for a line ("cached · 5 B"), empty when none.
    QString lineMarkText(int line) const;
    qint64 lineLayerSize(int line) const;
    /// Marks a line as where the build failed, moves the cursor there and shows it.
    void markBuildError(int line, const QString &message);
    int errorLine() const { return m_errorLine; }
    void goToLine(int line);
    int currentLine() const;

    /// Help for the instruction keyword at a position of the text, "" when none.
    QString helpAt(int line, int column) const;
    /// Help shown below the text (for the instruction at the cursor or being completed).
    QLabel *helpLabel() const { return m_help; }
    QCompleter *completer() const { return m_completer; }
    /// Shows completion of the word before the cursor (also Ctrl+Space).
    void complete();

    /// Find bar.
    void showFindBar(bool replace = false);
    void hideFindBar();
    bool isFindBarVisible() const;
    bool findNext(const QString &text, bool backward = false);
    int replaceAll(const QString &find, const QString &replacement);
    QLineEdit *findEdit() const { return m_findEdit; }
    QLineEdit *replaceEdit() const { return m_replaceEdit; }
    /// The bar shown when another program changed the file ("Reload").
    QWidget *externalChangeBar() const { return m_changedBar; }
    /// Reloads the file from disk (discarding edits).
    bool reload();

    /// Whether the current theme is dark (its background is).
    bool hasDarkTheme() const;
    QString themeName() const;

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);
    /// The text was parsed again (after edits): stages, instructions.
    void dockerfileChanged();
    void diagnosticsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class DockerfileGutter;
    struct Mark
    {
        QString text;    ///< normalized instruction text when built
        LineMark mark = LineMark::None;
        qint64 size = -1;
        QString layerId;
        qint64 durationMs = 0;
    };

    bool confirmReplace(const QString &path);
    void setupActions();
    void setupFindBar();
    void setupChangedBar();
    void applyTheme();
    /// Makes the highlighter, with the definition for the file and the palette's theme.
    void ensureHighlighting();
    KSyntaxHighlighting::Definition definitionForPath() const;
    void setPath(const QString &path);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void scheduleLint();
    void parseNow();
    void startLint();
    void updateExtraSelections();
    void updateHelpForCursor();
    void updateWillRebuild();
    void onFileChanged(const QString &path);
    void watch(const QString &path);
    int instructionIndexForLine(int line) const; ///< instruction starting on `line`, -1
    LineMark markOfInstruction(int index) const;
    qint64 sizeOfInstruction(int index) const;
    QString markText(LineMark mark, qint64 size) const;
    QString diagnosticAt(int line, int column) const;
    void insertCompletion(const QString &keyword);
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    QString gutterToolTip(int y) const;

    DockerfileTextEdit *m_edit;
    DockerfileGutter *m_gutter;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QToolBar *m_toolBar;
    QLabel *m_fileLabel;
    QLabel *m_help;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLineEdit *m_replaceEdit = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QLabel *m_findStatus = nullptr;
    QWidget *m_replaceRow = nullptr;
    QWidget *m_changedBar = nullptr;
    QLabel *m_changedLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QCompleter *m_completer;
    QStandardItemModel *m_completionModel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;

    QString m_path;
    QByteArray m_diskContent; ///< what the file held when loaded or saved
    QFileSystemWatcher m_watcher;
    QString m_contextDir;
    Dockerfile m_dockerfile;
    QList<DockerfileDiagnostic> m_diagnostics;
    QTimer m_lintTimer;
    quint64 m_lintGeneration = 0;
    QList<Mark> m_marks;      ///< per instruction of the last build, empty when none
    bool m_haveBuild = false;
    int m_firstChanged = -1;  ///< first instruction edited since the build, -1 none
    int m_errorLine = 0;
    QString m_errorMessage;
    QColor m_currentLineColor;
    QColor m_gutterBackground;
    QColor m_lineNumberColor;
    QColor m_currentLineNumberColor;
    QString m_themeName;
    bool m_darkTheme = false;
    bool m_applyingTheme = false;
    std::function<int()> m_prompt;
};
