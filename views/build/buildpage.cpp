#include "build/buildpage.h"

#include "build/buildpanel.h"
#include "build/dockerfileeditor.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

constexpr const char *kLastDockerfileKey = "build/lastDockerfile";
constexpr const char *kLastContextKey = "build/lastContext";
constexpr const char *kLastContextDockerfileKey = "build/lastContextDockerfile";

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a), fb(b);
    return fa.absoluteFilePath() == fb.absoluteFilePath()
        || (!fa.canonicalFilePath().isEmpty() && fa.canonicalFilePath() == fb.canonicalFilePath());
}

} // namespace

BuildPage::BuildPage(Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_editor(new DockerfileEditor(this))
    , m_panel(new BuildPanel(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("buildPage"));
    setAccessibleName(tr("Build"));
    m_split->setObjectName(QStringLiteral("buildSplitter"));
    m_split->addWidget(m_editor);
    m_split->addWidget(m_panel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_split);

    m_panel->setEngine(engine);
    connect(m_editor, &DockerfileEditor::filePathChanged, this, &BuildPage::followEditorFile);
    connect(m_panel, &BuildPanel::contextDirChanged, m_editor, &DockerfileEditor::setContextDir);
    connect(m_editor, &DockerfileEditor::dockerfileChanged, this, [this] { m_panel->setStages(m_editor->dockerfile().stageNames()); });

    // The field and the editor name the same file: a Dockerfile chosen in the field
    // is opened in the editor.
    connect(m_panel, &BuildPanel::dockerfileChosen, this, &BuildPage::useChosenDockerfile);
    // The engine reads the file on disk: build what the editor shows.
    m_panel->setBeforeBuild([this] { return prepareBuild(); });
    connect(m_panel, &BuildPanel::buildFinished, this, [this](const BuildResult &result, const Dockerfile &built) {
        const bool sameFile = !m_editor->filePath().isEmpty()
            && QFileInfo(result.dockerfilePath).canonicalFilePath() == QFileInfo(m_editor->filePath()).canonicalFilePath();
        if (!sameFile || result.outcome == BuildResult::Outcome::Canceled)
            return;
        m_editor->setBuildResult(result, built);
        if (result.outcome == BuildResult::Outcome::Failed && result.errorLine > 0)
            m_editor->markBuildError(result.errorLine, result.message);
    });
    connect(m_panel, &BuildPanel::imageBuilt, this, &BuildPage::imageBuilt);
    connect(m_panel, &BuildPanel::runRequested, this, &BuildPage::runRequested);

    // Remembered for the next start (restoreSession()): the file open, and the
    // context it was last built with.
    connect(m_editor, &DockerfileEditor::filePathChanged, this, [](const QString &path) {
        if (!path.isEmpty())
            QSettings().setValue(QLatin1String(kLastDockerfileKey), path);
    });
    connect(m_panel, &BuildPanel::buildStarted, this, [this] {
        QSettings settings;
        settings.setValue(QLatin1String(kLastContextKey), m_panel->contextDir());
        settings.setValue(QLatin1String(kLastContextDockerfileKey), m_editor->filePath());
        BuildPanel::rememberContext(m_panel->contextDir());
    });

    m_editor->newFromTemplate();
}

void BuildPage::restoreSession()
{
    const QSettings settings;
    const QString file = settings.value(QLatin1String(kLastDockerfileKey)).toString();
    if (file.isEmpty() || !QFileInfo(file).isFile() || !m_editor->filePath().isEmpty() || m_editor->isModified())
        return;
    QString error;
    if (!m_editor->openFile(file, &error))
        return; // unreadable now: the editor keeps its template, as on a first start
    const QString context = settings.value(QLatin1String(kLastContextKey)).toString();
    if (!context.isEmpty() && QFileInfo(context).isDir() && sameFile(settings.value(QLatin1String(kLastContextDockerfileKey)).toString(), file))
        m_panel->setContextDir(context);
}

void BuildPage::followEditorFile(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString dir = QFileInfo(path).absolutePath();
    // The file's folder is the natural context, unless the user chose another one.
    if (m_panel->contextDir().isEmpty() || m_panel->contextDir() == m_autoContext) {
        m_autoContext = dir;
        m_panel->setContextDir(dir);
    }
    m_panel->setDockerfilePath(path);
    m_editor->setContextDir(m_panel->contextDir());
}

bool BuildPage::useChosenDockerfile(const QString &path)
{
    if (path.isEmpty() || sameFile(path, m_editor->filePath()) || !QFileInfo(path).isFile())
        return true; // a new name: the editor's text is saved there when building
    if (m_choosing)
        return false; // the field lost focus to the question about this very choice
    const QScopedValueRollback<bool> choosing(m_choosing, true);
    QString error;
    if (!m_editor->maybeSave()) {
        // The editor keeps its file, and so does the field.
        m_panel->setDockerfilePath(m_editor->filePath());
        return false;
    }
    if (!m_editor->openFile(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Open Dockerfile"), error, QMessageBox::Ok, this);
        box.setAccessibleName(tr("Could not open the Dockerfile"));
        box.exec();
        m_panel->setDockerfilePath(m_editor->filePath());
        return false;
    }
    return true;
}

bool BuildPage::prepareBuild()
{
    const QString chosen = m_panel->resolvedDockerfilePath();
    const bool untouchedTemplate = m_editor->filePath().isEmpty() && !m_editor->isModified();
    // A Dockerfile named in the field, or the context's own when the editor holds
    // only the untouched template, is what is built: the editor shows it first.
    if ((!m_panel->dockerfilePath().isEmpty() || untouchedTemplate) && !sameFile(chosen, m_editor->filePath())
        && QFileInfo(chosen).isFile()) {
        if (!useChosenDockerfile(chosen))
            return false;
    } else if (!m_panel->dockerfilePath().isEmpty() && !chosen.isEmpty() && !sameFile(chosen, m_editor->filePath())
               && !QFileInfo::exists(chosen)) {
        // A new name typed in the field: the editor's text is saved under it.
        if (!m_editor->saveAs(chosen))
            return false;
    }
    if (m_editor->filePath().isEmpty() || m_editor->isModified()) {
        if (!m_editor->save())
            return false;
    }
    if (m_panel->dockerfilePath().isEmpty())
        followEditorFile(m_editor->filePath());
    return true;
}

bool BuildPage::openDockerfile(const QString &path, QString *error)
{
    if (!m_editor->maybeSave())
        return false;
    return m_editor->openFile(path, error);
}

bool BuildPage::showDockerfileLine(const QString &path, int line, QString *error)
{
    const QString shown = QFileInfo(m_editor->filePath()).canonicalFilePath();
    if (shown.isEmpty() || shown != QFileInfo(path).canonicalFilePath()) {
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!openDockerfile(path, error))
            return false;
    }
    m_editor->goToLine(line);
    m_editor->textEdit()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool BuildPage::maybeSave()
{
    return m_editor->maybeSave();
}
