#pragma once

#include <QWidget>

class BuildPanel;
class DockerfileEditor;
class Engine;
class QSplitter;

/// The Build page: the Dockerfile editor beside the build panel. The panel builds
/// the file the editor shows (saved first), and the editor shows the outcome: the
/// cache gutter after a build, the failing line after a failure.
class BuildPage : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPage(Engine *engine, QWidget *parent = nullptr);

    DockerfileEditor *editor() const { return m_editor; }
    BuildPanel *panel() const { return m_panel; }
    /// Opens a Dockerfile in the editor and builds its folder by default.
    bool openDockerfile(const QString &path, QString *error = nullptr);
    /// Reopens what the last session left (at start, main window only): the Dockerfile
    /// last open, if it still exists, and the context folder last built with it.
    void restoreSession();
    /// Asks about unsaved edits (for closing the window); true when it may go on.
    bool maybeSave();
    /// Shows `line` of `path` in the editor, opening the file (after asking about
    /// unsaved edits) when another one is open. False when it cannot be shown.
    bool showDockerfileLine(const QString &path, int line, QString *error = nullptr);

Q_SIGNALS:
    /// A build succeeded: select the image in the image browser.
    void imageBuilt(const QString &imageId, const QStringList &tags);
    /// The user asked to run the image just built.
    void runRequested(const QString &imageId, const QStringList &tags);

private:
    void followEditorFile(const QString &path);
    /// The user chose `path` in the panel: an existing file opens in the editor (after
    /// asking about unsaved edits). False when it was not opened (the field then
    /// names the editor's file again).
    bool useChosenDockerfile(const QString &path);
    /// Before a build: makes the editor show and save what is built, never writing
    /// over another existing file without a question that names it.
    bool prepareBuild();

    DockerfileEditor *m_editor;
    BuildPanel *m_panel;
    QSplitter *m_split;
    QString m_autoContext; ///< the context the page chose from the file's folder
    bool m_choosing = false; ///< asking about a Dockerfile chosen in the panel
};
