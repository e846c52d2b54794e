// The Build page offscreen against the real engine: the editor's cache gutter after
// builds, "will rebuild" after an edit, a failed build pointing at its line, and the
// editor's own features (lint marks, help, completion, find/replace, files, theme).
#include "build/buildpage.h"
#include "build/buildpanel.h"
#include "build/dockerfileeditor.h"
#include "buildrecords.h"
#include "common/syntaxrepository.h"
#include "buildstepsmodel.h"
#include "engine.h"
#include "buildtesthelpers.h"
#include "testengine.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using Mark = DockerfileEditor::LineMark;

using namespace BuildTest;

namespace {

// Replaces line `line` (1-based) of the editor's text, as typing would.
void replaceLine(DockerfileEditor &editor, int line, const QString &text)
{
    QTextCursor c(editor.textEdit()->document()->findBlockByNumber(line - 1));
    c.select(QTextCursor::LineUnderCursor);
    c.insertText(text);
}

QList<Mark> marks(const DockerfileEditor &editor, const QList<int> &lines)
{
    QList<Mark> out;
    for (int l : lines)
        out << editor.lineMark(l);
    return out;
}

/// Answers every modal dialog that opens, as a hasty user would, and remembers what
/// it saw: a file dialog is accepted (with `fileChoice` when set), a message box gets
/// its Save/Yes/Replace button (`agree`) or its Cancel/No.
class ModalWatcher : public QObject
{
public:
    struct Seen
    {
        QString kind; ///< "file", "box" or the class of anything else
        QString text;
        QString suggested; ///< a file dialog's selection when it opened
    };
    QList<Seen> seen;
    QString fileChoice;
    bool agree = true;

    ModalWatcher()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &ModalWatcher::poll);
        m_timer.start();
    }
    QString describe() const
    {
        QStringList out;
        for (const Seen &s : seen)
            out << s.kind + u": "_s + s.text + u" ["_s + s.suggested + u']';
        return out.join(u" | "_s);
    }

private:
    void poll()
    {
        QWidget *w = QApplication::activeModalWidget();
        if (!w)
            return;
        if (auto *files = qobject_cast<QFileDialog *>(w)) {
            if (!m_handled.contains(files)) {
                m_handled << files;
                m_attempts = 0;
                seen.append({u"file"_s, files->windowTitle(), files->selectedFiles().value(0)});
            } else if (fileChoice.isEmpty() || ++m_attempts > 20) {
                files->reject(); // still open after its answer: give up
                return;
            }
            // Typed in the name field, as a user does (selectFile() leaves a focused
            // field alone), then accepted once the dialog holds that name.
            if (!fileChoice.isEmpty() && QFileInfo(files->selectedFiles().value(0)).absoluteFilePath() != fileChoice) {
                if (auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s))
                    name->setText(fileChoice);
                return;
            }
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept(), as the Save button does
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            seen.append({u"box"_s, box->text() + u'\n' + box->informativeText(), {}});
            QAbstractButton *pick = nullptr;
            for (QAbstractButton *b : box->buttons()) {
                const QMessageBox::ButtonRole role = box->buttonRole(b);
                const bool yes = role == QMessageBox::AcceptRole || role == QMessageBox::YesRole || role == QMessageBox::DestructiveRole;
                const bool no = role == QMessageBox::RejectRole || role == QMessageBox::NoRole;
                if (!pick && (agree ? yes : no))
                    pick = b;
            }
            if (pick)
                pick->click();
            else
                box->reject();
        } else {
            seen.append({QString::fromLatin1(w->metaObject()->className()), w->windowTitle(), {}});
            w->close();
        }
    }

    QTimer m_timer;
    QList<QPointer<QWidget>> m_handled;
    int m_attempts = 0; ///< polls of the open file dialog since it was first seen
};

} // namespace

class TestBuildEditor : public QObject
{
    Q_OBJECT
    std::unique_ptr<Engine> m_engine;
    QStringList m_images;

    Engine &connected() { return TestEngine::connected(m_engine); }

    /// Builds through the panel's Build button; returns the result.
    BuildResult buildThroughPanel(BuildPage &page)
    {
        QSignalSpy finished(page.panel(), &BuildPanel::buildFinished);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page.panel()->buildButton()->isEnabled(), 20000); }();
        QTest::mouseClick(page.panel()->buildButton(), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000); }();
        const BuildResult r = page.panel()->lastResult();
        if (r.succeeded())
            m_images << r.imageId;
        m_images << page.panel()->tags();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"cais-tests"_s);
        QCoreApplication::setApplicationName(u"tst_buildeditor"_s);
        QSettings().clear();
        REQUIRE_TEST_ENGINE();
        connected();
    }

    void cleanupTestCase()
    {
        for (const QString &i : std::as_const(m_images))
            TestEngine::docker({u"rmi"_s, u"-f"_s, i});
    }

    void theNextStartReopensTheDockerfileAndItsContext()
    {
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(u"ctx"_s));
        const QString df = QFileInfo(tmp.filePath(u"Dockerfile"_s)).absoluteFilePath();
        const QString ctx = QFileInfo(tmp.filePath(u"ctx"_s)).absoluteFilePath();
        QVERIFY(writeFile(tmp.filePath(u"ctx/hello.txt"_s), "hello"));
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\nCOPY hello.txt /hello.txt\n"));
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            QVERIFY(page.openDockerfile(df));
            page.panel()->setContextDir(ctx); // not the file's folder: the user's choice
            page.panel()->setTags({unique(u"cais-test/session"_s) + u":1"_s});
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
        }
        QCOMPARE(BuildPanel::recentContexts().value(0), ctx);

        // The next start: the same file, and the context it was built with.
        BuildPage next(&connected());
        next.restoreSession();
        QCOMPARE(next.editor()->filePath(), df);
        QCOMPARE(next.panel()->contextDir(), ctx);
        QVERIFY(!next.editor()->isModified());

        // The Browse button's menu offers the folders built before; one click sets it.
        next.panel()->setContextDir(tmp.path());
        QMenu *menu = next.panel()->recentContextsMenu();
        Q_EMIT menu->aboutToShow();
        QAction *offered = nullptr;
        const auto actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == QDir::toNativeSeparators(ctx))
                offered = a;
        }
        QVERIFY(offered);
        QVERIFY(offered->isEnabled());
        offered->trigger();
        QCOMPARE(next.panel()->contextDir(), ctx);

        // A Dockerfile deleted since: the editor starts from its template, as the first time.
        QVERIFY(QFile::remove(df));
        BuildPage gone(&connected());
        gone.restoreSession();
        QVERIFY(gone.editor()->filePath().isEmpty());
        QVERIFY(!gone.editor()->isModified());
    }

    void cacheGutterAfterBuilds()
    {
        QTemporaryDir tmp;
        const QString df = tmp.filePath(u"Dockerfile"_s);
        const QByteArray marker = unique(u"gutter"_s).toUtf8();
        QVERIFY(writeFile(tmp.filePath(u"app.txt"_s), "twelve bytes"));
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\n"              // 1
                              "RUN echo " + marker + " > /marker\n"  // 2
                              "COPY app.txt /app/app.txt\n"          // 3
                              "\n"                                   // 4
                              "RUN echo first > /late && \\\n"       // 5
                              "    echo more >> /late\n"             // 6
                              "CMD [\"cat\", \"/late\"]\n"));        // 7
        BuildPage page(&connected());
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.openDockerfile(df));
        const QString tag = unique(u"cais-test/editor"_s) + u":1"_s;
        page.panel()->setTags({tag});
        QCOMPARE(page.panel()->dockerfilePath(), QFileInfo(df).absoluteFilePath());
        QCOMPARE(page.panel()->contextDir(), QFileInfo(df).absolutePath());
        // The context's size is known before sending.
        QTRY_COMPARE_WITH_TIMEOUT(page.panel()->contextFiles(), 2, 10000);
        QCOMPARE(page.panel()->contextBytes(), QFileInfo(df).size() + 12);
        QVERIFY2(page.panel()->contextLabel()->text().contains(u"Context: 2 file"_s), qPrintable(page.panel()->contextLabel()->text()));

        QSignalSpy built(&page, &BuildPage::imageBuilt);
        const BuildResult first = buildThroughPanel(page);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        QCOMPARE(built.size(), 1);
        QCOMPARE(built.at(0).at(0).toString(), first.imageId);
        QCOMPARE(built.at(0).at(1).toStringList(), QStringList{tag});
        const QList<int> instructionLines{1, 2, 3, 5, 7};
        QCOMPARE(marks(*page.editor(), instructionLines), (QList<Mark>{Mark::Base, Mark::Rebuilt, Mark::Rebuilt, Mark::Rebuilt, Mark::Rebuilt}));
        QCOMPARE(page.editor()->lineMark(4), Mark::None);
        QCOMPARE(page.editor()->lineMark(6), Mark::None); // a continuation line: the badge is on line 5
        QCOMPARE(page.editor()->lineLayerSize(3), 12);
        QVERIFY(page.editor()->lineMarkText(3).startsWith(u"rebuilt · 12"_s));
        QVERIFY(page.editor()->lineMarkText(1).startsWith(u"base · "_s));

        // The steps view: one row per step, a badge in words.
        BuildStepsModel *model = page.panel()->stepsModel();
        QCOMPARE(model->stepCount(), 5);
        QCOMPARE(model->indexOfStep(2, BuildStepsModel::StatusColumn).data().toString(), u"Rebuilt"_s);
        QVERIFY(!model->indexOfStep(2, BuildStepsModel::DurationColumn).data().toString().isEmpty());
        QVERIFY(model->rawLog()->rowCount() > 10);

        // The session remembers which line made which layer of the image.
        QString path;
        QCOMPARE(BuildRecords::instance()->lineForHistoryRow(first.imageId, 0, &path), 7);
        QCOMPARE(path, QFileInfo(df).absoluteFilePath());
        QCOMPARE(BuildRecords::instance()->lineForHistoryRow(first.imageId, 1), 5);

        // Run is offered for the new image.
        QVERIFY(page.panel()->runButton()->isEnabled());
        QSignalSpy run(&page, &BuildPage::runRequested);
        QTest::mouseClick(page.panel()->runButton(), Qt::LeftButton);
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.at(0).at(0).toString(), first.imageId);

        // The same file again: every layer from the cache.
        const BuildResult again = buildThroughPanel(page);
        QVERIFY2(again.succeeded(), qPrintable(again.message));
        QCOMPARE(marks(*page.editor(), instructionLines), (QList<Mark>{Mark::Base, Mark::Cached, Mark::Cached, Mark::Cached, Mark::Cached}));
        QVERIFY(page.editor()->lineMarkText(3).startsWith(u"cached · 12"_s));

        // Edit the instruction on line 5: it and all after it will rebuild.
        replaceLine(*page.editor(), 6, u"    echo changed >> /late"_s);
        page.editor()->relintNow();
        QCOMPARE(marks(*page.editor(), instructionLines),
                 (QList<Mark>{Mark::Base, Mark::Cached, Mark::Cached, Mark::WillRebuild, Mark::WillRebuild}));
        QCOMPARE(page.editor()->lineMarkText(7), u"will rebuild"_s);
        // A comment or a blank line changes no layer.
        replaceLine(*page.editor(), 4, u"# only a comment"_s);
        page.editor()->relintNow();
        QCOMPARE(page.editor()->lineMark(3), Mark::Cached);
        // Undoing the edit brings the cached marks back.
        page.editor()->textEdit()->undo();
        page.editor()->textEdit()->undo();
        page.editor()->relintNow();
        QCOMPARE(page.editor()->lineMark(5), Mark::Cached);
        replaceLine(*page.editor(), 6, u"    echo changed >> /late"_s);
        page.editor()->relintNow();
        QVERIFY(page.editor()->isModified());

        // Build (the page saves first): the edited layer and those after it are new.
        const BuildResult edited = buildThroughPanel(page);
        QVERIFY2(edited.succeeded(), qPrintable(edited.message));
        QVERIFY(!page.editor()->isModified());
        QVERIFY(readFile(df).contains("echo changed >> /late"));
        QCOMPARE(marks(*page.editor(), instructionLines), (QList<Mark>{Mark::Base, Mark::Cached, Mark::Cached, Mark::Rebuilt, Mark::Rebuilt}));
        TestEngine::runImage({tag});
    }

    void failedBuildPointsAtItsLine()
    {
        QTemporaryDir tmp;
        const QString df = tmp.filePath(u"Dockerfile"_s);
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\n"
                              "# prepare\n"
                              "RUN echo " + unique(u"ok"_s).toUtf8() + "\n"
                              "RUN echo about to fail && \\\n"
                              "    exit 3\n"
                              "CMD [\"true\"]\n"));
        BuildPage page(&connected());
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.openDockerfile(df));
        page.editor()->goToLine(1);
        QSignalSpy failedAt(page.panel(), &BuildPanel::buildFailedAt);
        const BuildResult r = buildThroughPanel(page);
        QCOMPARE(r.outcome, BuildResult::Outcome::Failed);
        QCOMPARE(failedAt.size(), 1);
        QCOMPARE(failedAt.at(0).at(0).toInt(), 4);
        // The editor jumped to the line and marks it.
        QCOMPARE(page.editor()->errorLine(), 4);
        QCOMPARE(page.editor()->currentLine(), 4);
        QCOMPARE(page.editor()->lineMark(4), Mark::Failed);
        QCOMPARE(page.editor()->lineMark(3), Mark::Rebuilt);
        QCOMPARE(page.editor()->lineMark(6), Mark::None); // never ran
        // The panel says it in words and shows the failed step.
        QVERIFY(page.panel()->errorLabel()->isVisible());
        QVERIFY2(page.panel()->errorLabel()->text().contains(u"The command on line 4 failed with exit code 3."_s),
                 qPrintable(page.panel()->errorLabel()->text()));
        const QModelIndex current = page.panel()->stepsView()->currentIndex();
        QCOMPARE(current.data(BuildStepsModel::StepIndexRole).toInt(), 2);
        QCOMPARE(current.siblingAtColumn(BuildStepsModel::StatusColumn).data().toString(), u"Failed"_s);
        QVERIFY(page.panel()->stepsView()->isExpanded(current));
        QVERIFY(!page.panel()->runButton()->isEnabled());
        // The raw log is searchable.
        page.panel()->rawLogFind()->setText(u"about to fail"_s);
        QVERIFY(page.panel()->findInRawLog());
        QVERIFY(page.panel()->rawLogView()->currentIndex().data().toString().startsWith(u"Step 3/4 : RUN echo about to fail"_s));
        QVERIFY(page.panel()->findInRawLog());
        QCOMPARE(page.panel()->rawLogView()->currentIndex().data().toString(), u"about to fail"_s);
        QVERIFY(page.panel()->findInRawLog(true));
        QVERIFY(page.panel()->rawLogView()->currentIndex().data().toString().startsWith(u"Step 3/4"_s));

        // The sentence under the text says it too, until a build succeeds.
        QVERIFY2(page.editor()->helpLabel()->text().contains(u"The build failed here"_s), qPrintable(page.editor()->helpLabel()->text()));
        replaceLine(*page.editor(), 5, u"    true"_s);
        const BuildResult fixed = buildThroughPanel(page);
        QVERIFY2(fixed.succeeded(), qPrintable(fixed.message));
        QCOMPARE(page.editor()->errorLine(), 0);
        QCOMPARE(page.editor()->lineMark(4), Mark::Rebuilt);
        QVERIFY2(!page.editor()->helpLabel()->text().contains(u"failed"_s), qPrintable(page.editor()->helpLabel()->text()));
    }

    void buildKitThroughTheEditor()
    {
        // docker-buildx is part of the toolchain (tools/dev), so BuildKit is offered here.
        QTemporaryDir tmp;
        const QString df = tmp.filePath(u"Dockerfile"_s);
        const QByteArray marker = unique(u"bk"_s).toUtf8();
        QVERIFY(writeFile(tmp.filePath(u"app.txt"_s), "from the context\n"));
        // The unique RUN comes first, so that no other build's cache serves the rest.
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\n"                  // 1
                              "RUN echo " + marker + " > /marker.txt\n"   // 2
                              "WORKDIR /srv\n"                            // 3
                              "COPY app.txt .\n"                          // 4
                              "RUN echo late > late.txt\n"                // 5
                              "CMD [\"cat\", \"/marker.txt\"]\n"));       // 6: no BuildKit step of its own
        BuildPage page(&connected());
        page.resize(1200, 700);
        page.show();
        QVERIFY(page.openDockerfile(df));
        const QString tag = unique(u"cais-test/buildkit-editor"_s) + u":1"_s;
        page.panel()->setTags({tag});
        QTRY_VERIFY_WITH_TIMEOUT(page.panel()->isBuildKitAvailable(), 20000);
        QVERIFY(page.panel()->builderCombo()->itemText(1).startsWith(u"BuildKit (docker buildx "_s));
        QVERIFY(page.panel()->setBuilder(BuildOptions::Builder::BuildKit));
        // The test engine has no bridge network: RUN steps get none.
        page.panel()->setNetwork(u"none"_s);
        QCOMPARE(page.panel()->options().builder, BuildOptions::Builder::BuildKit);
        QCOMPARE(page.panel()->options().network, u"none"_s);

        const BuildResult first = buildThroughPanel(page);
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        QVERIFY(first.imageId.startsWith(u"sha256:"_s));
        const QList<int> instructionLines{1, 2, 3, 4, 5};
        QCOMPARE(marks(*page.editor(), instructionLines), (QList<Mark>{Mark::Base, Mark::Rebuilt, Mark::Rebuilt, Mark::Rebuilt, Mark::Rebuilt}));
        QByteArray out;
        out = TestEngine::runImage({u"--network"_s, u"none"_s, tag});
        QCOMPARE(out.trimmed(), marker);

        // An edit of the late RUN: the steps before it come from BuildKit's cache.
        replaceLine(*page.editor(), 5, u"RUN echo later > late.txt"_s);
        page.editor()->relintNow();
        QCOMPARE(page.editor()->lineMark(4), Mark::Rebuilt);
        QCOMPARE(page.editor()->lineMark(5), Mark::WillRebuild);
        QCOMPARE(page.editor()->lineMark(6), Mark::WillRebuild);
        const BuildResult second = buildThroughPanel(page);
        QVERIFY2(second.succeeded(), qPrintable(second.message));
        QCOMPARE(marks(*page.editor(), instructionLines), (QList<Mark>{Mark::Base, Mark::Cached, Mark::Cached, Mark::Cached, Mark::Rebuilt}));
    }

    void aChosenDockerfileIsOpenedAndNeverOverwritten()
    {
        QTemporaryDir tmp;
        const QString df = QFileInfo(tmp.filePath(u"ctx/Dockerfile"_s)).absoluteFilePath();
        const QByteArray content = "FROM cais-test/shell:1\nLABEL cais.test=" + unique(u"chosen"_s).toUtf8() + "\nCMD [\"true\"]\n";
        QVERIFY(writeFile(df, content));
        ModalWatcher modals; // clicks Save, then Replace, whenever asked
        modals.fileChoice = df;

        // Typed in the Dockerfile field, then Return: the editor shows that file.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            QCOMPARE(page.editor()->text(), DockerfileEditor::templateText());
            QTest::keyClicks(page.panel()->dockerfileEdit(), QDir::toNativeSeparators(df));
            QTest::keyClick(page.panel()->dockerfileEdit(), Qt::Key_Return);
            QCOMPARE(page.editor()->filePath(), df);
            QCOMPARE(page.editor()->text().toUtf8(), content);
            QVERIFY(!page.editor()->isModified());
            QCOMPARE(page.panel()->contextDir(), QFileInfo(df).absolutePath());
            page.panel()->setTags({unique(u"cais-test/chosen"_s) + u":1"_s});
            // Build: no dialog, and the file on disk is the user's.
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
            QCOMPARE(QFileInfo(r.dockerfilePath).canonicalFilePath(), QFileInfo(df).canonicalFilePath());
            QCOMPARE(readFile(df), content);
            QVERIFY2(modals.seen.isEmpty(), qPrintable(modals.describe()));
        }

        // Typed, and Build pressed at once: the file is opened and built as it is.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            QTest::keyClicks(page.panel()->dockerfileEdit(), QDir::toNativeSeparators(df));
            page.panel()->setTags({unique(u"cais-test/chosen"_s) + u":2"_s});
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
            QCOMPARE(page.editor()->filePath(), df);
            QCOMPARE(page.editor()->text().toUtf8(), content);
            QCOMPARE(readFile(df), content);
            QVERIFY2(modals.seen.isEmpty(), qPrintable(modals.describe()));
        }

        // Browsed to, with unsaved edits: asked about first; Cancel keeps the edits
        // (and the field names the editor's file again), Discard opens the file.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            const QString edited = u"FROM scratch\n"_s;
            page.editor()->setText(edited);
            int asked = 0;
            page.editor()->setUnsavedChangesPrompt([&] {
                ++asked;
                return int(QMessageBox::Cancel);
            });
            auto *browse = page.panel()->findChild<QAbstractButton *>(u"browseDockerfileButton"_s);
            QVERIFY(browse);
            browse->click();
            QCOMPARE(asked, 1);
            QCOMPARE(page.editor()->text(), edited);
            QVERIFY(page.panel()->dockerfilePath().isEmpty());
            page.editor()->setUnsavedChangesPrompt([&] {
                ++asked;
                return int(QMessageBox::Discard);
            });
            browse->click();
            QCOMPARE(asked, 2);
            QCOMPARE(page.editor()->filePath(), df);
            QCOMPARE(page.editor()->text().toUtf8(), content);
            QCOMPARE(page.panel()->dockerfilePath(), df);
            QCOMPARE(modals.seen.size(), 2); // the two open dialogs
            QCOMPARE(modals.seen.at(0).kind, u"file"_s);
            QCOMPARE(readFile(df), content);
            modals.seen.clear();
        }

        // Only a context folder chosen, the template untouched: the context's own
        // Dockerfile is opened and built, as docker build would.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            page.panel()->setContextDir(QFileInfo(df).absolutePath());
            page.panel()->setTags({unique(u"cais-test/chosen"_s) + u":4"_s});
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
            QCOMPARE(page.editor()->filePath(), df);
            QCOMPARE(page.editor()->text().toUtf8(), content);
            QCOMPARE(readFile(df), content);
            QVERIFY2(modals.seen.isEmpty(), qPrintable(modals.describe()));
        }

        // A new name typed in the field: the editor's text is saved there (a new
        // file, nothing replaced), without a dialog.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            const QString text = u"FROM cais-test/shell:1\nCMD [\"echo\", \"new\"]\n"_s;
            page.editor()->setText(text);
            page.panel()->setContextDir(QFileInfo(df).absolutePath());
            QTest::keyClicks(page.panel()->dockerfileEdit(), u"Dockerfile.new"_s);
            QTest::keyClick(page.panel()->dockerfileEdit(), Qt::Key_Return);
            QVERIFY(page.editor()->filePath().isEmpty()); // nothing to open
            page.panel()->setTags({unique(u"cais-test/chosen"_s) + u":5"_s});
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
            const QString created = QFileInfo(df).absolutePath() + u"/Dockerfile.new"_s;
            QCOMPARE(page.editor()->filePath(), created);
            QCOMPARE(readFile(created), text.toUtf8());
            QCOMPARE(readFile(df), content);
            QVERIFY2(modals.seen.isEmpty(), qPrintable(modals.describe()));
        }

        // Edits of the untitled template, built in a context that has a Dockerfile:
        // the save dialog does not offer that file, and choosing it brings a question
        // that names it. Cancel keeps the file and builds nothing.
        {
            BuildPage page(&connected());
            page.resize(1200, 700);
            page.show();
            const QString edited = u"FROM cais-test/shell:1\nCMD [\"false\"]\n"_s;
            page.editor()->setText(edited);
            page.panel()->setContextDir(QFileInfo(df).absolutePath());
            QSignalSpy started(page.panel(), &BuildPanel::buildStarted);
            QTRY_VERIFY_WITH_TIMEOUT(page.panel()->buildButton()->isEnabled(), 20000);
            modals.agree = false;
            QTest::mouseClick(page.panel()->buildButton(), Qt::LeftButton);
            QCOMPARE(modals.seen.size(), 2);
            QCOMPARE(modals.seen.at(0).kind, u"file"_s);
            QVERIFY2(QFileInfo(modals.seen.at(0).suggested).absoluteFilePath() != df, qPrintable(modals.describe()));
            QCOMPARE(modals.seen.at(1).kind, u"box"_s);
            QVERIFY2(modals.seen.at(1).text.contains(QDir::toNativeSeparators(df)), qPrintable(modals.describe()));
            QCOMPARE(readFile(df), content);
            QCOMPARE(started.size(), 0);
            QVERIFY(page.editor()->filePath().isEmpty());
            QVERIFY(page.editor()->isModified());

            // Replace, when the user says so: then the editor's text is built from there.
            modals.seen.clear();
            modals.agree = true;
            page.panel()->setTags({unique(u"cais-test/chosen"_s) + u":3"_s});
            const BuildResult r = buildThroughPanel(page);
            QVERIFY2(r.succeeded(), qPrintable(r.message));
            QCOMPARE(modals.seen.size(), 2);
            QCOMPARE(readFile(df), edited.toUtf8());
            QCOMPARE(page.editor()->filePath(), df);
            QCOMPARE(page.panel()->dockerfilePath(), df);
        }
    }

    void panelChecksItsOptions()
    {
        BuildPage page(&connected());
        page.show();
        BuildPanel *panel = page.panel();
        QTRY_VERIFY(panel->buildButton()->isEnabled());
        QTest::keyClicks(panel->tagsEdit(), u"Bad Tag"_s);
        QVERIFY2(panel->tagError().contains(u"“Bad”"_s), qPrintable(panel->tagError()));
        QVERIFY(!panel->buildButton()->isEnabled());
        panel->tagsEdit()->clear();
        QTest::keyClicks(panel->tagsEdit(), u"cais-test/ok:1, registry.local:5000/team/app"_s);
        QVERIFY(panel->tagError().isEmpty());
        QVERIFY(panel->buildButton()->isEnabled());
        QCOMPARE(panel->tags(), (QStringList{u"cais-test/ok:1"_s, u"registry.local:5000/team/app"_s}));
        panel->tagsEdit()->setText(u"ok@sha256:0123456789012345678901234567890123456789012345678901234567890123"_s);
        QVERIFY(!panel->tagError().isEmpty());

        // Target stages come from the Dockerfile's FROM ... AS names.
        page.editor()->setText(u"FROM cais-test/shell:1 AS build\nRUN true\nFROM cais-test/shell:1 AS Test\nFROM scratch\n"_s);
        page.editor()->relintNow();
        QCOMPARE(panel->targetCombo()->count(), 3);
        QCOMPARE(panel->targetCombo()->itemText(1), u"build"_s);
        QCOMPARE(panel->targetCombo()->itemText(2), u"Test"_s);
        panel->setTarget(u"Test"_s);
        QCOMPARE(panel->options().target, u"Test"_s);
    }

    void editorFeatures()
    {
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(u"ctx/there.txt"_s), "x"));
        QVERIFY(writeFile(tmp.filePath(u"ctx/.dockerignore"_s), "*.log\n"));
        QVERIFY(writeFile(tmp.filePath(u"ctx/noise.log"_s), "x"));
        const QString df = tmp.filePath(u"ctx/Dockerfile"_s);
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\nRUM echo typo\nCOPY there.txt missing.txt noise.log /x/\nCMD ['a', 'b']\n"));
        DockerfileEditor editor;
        editor.resize(900, 500);
        editor.show();
        QVERIFY(editor.openFile(df));
        QCOMPARE(editor.contextDir(), tmp.filePath(u"ctx"_s));
        QVERIFY(editor.recentFiles().contains(QFileInfo(df).absoluteFilePath()));

        // Lint: marked with a wavy underline, explained on hover.
        editor.relintNow();
        QStringList found;
        for (const DockerfileDiagnostic &d : editor.diagnostics())
            found << u"%1:%2"_s.arg(d.line).arg(d.column);
        QCOMPARE(found, (QStringList{u"2:0"_s, u"3:15"_s, u"3:27"_s, u"4:4"_s}));
        int waves = 0;
        for (const QTextEdit::ExtraSelection &s : editor.textEdit()->extraSelections())
            waves += s.format.underlineStyle() == QTextCharFormat::WaveUnderline;
        QCOMPARE(waves, 4);
        QVERIFY(editor.helpAt(1, 2).contains(u"base image"_s));
        QVERIFY(editor.helpAt(3, 1).contains(u"build context"_s));
        QVERIFY(editor.helpAt(3, 20).isEmpty());

        // Help follows the cursor.
        editor.goToLine(3);
        QVERIFY(editor.helpLabel()->text().contains(u"COPY"_s));

        // Completion of instruction names, with their help.
        editor.textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.textEdit(), u"wor"_s);
        QTRY_VERIFY(editor.completer()->popup()->isVisible());
        QCOMPARE(editor.completer()->currentCompletion(), u"WORKDIR"_s);
        QVERIFY(editor.helpLabel()->text().contains(u"WORKDIR"_s));
        QTest::keyClick(editor.completer()->popup(), Qt::Key_Return);
        QVERIFY(editor.text().endsWith(u"WORKDIR "_s));

        // Find and replace; undo.
        editor.showFindBar(true);
        QVERIFY(editor.isFindBarVisible());
        QVERIFY(editor.findNext(u"echo"_s));
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), u"echo"_s);
        QVERIFY(!editor.findNext(u"nowhere"_s));
        QCOMPARE(editor.replaceAll(u"there.txt"_s, u"here.txt"_s), 1);
        QVERIFY(editor.text().contains(u"COPY here.txt"_s));
        editor.textEdit()->undo();
        QVERIFY(editor.text().contains(u"COPY there.txt"_s));
        editor.hideFindBar();
        QVERIFY(!editor.isFindBarVisible());

        // Save, then another program changes the file: offered to reload.
        QVERIFY(editor.save());
        QCOMPARE(readFile(df), editor.text().toUtf8());
        QTest::qWait(100); // our own save must not look like another program's
        QVERIFY(!editor.externalChangeBar()->isVisible());
        QVERIFY(writeFile(df, "FROM cais-test/shell:1\nCMD [\"changed\"]\n"));
        QTRY_VERIFY_WITH_TIMEOUT(editor.externalChangeBar()->isVisible(), 10000);
        QVERIFY(editor.reload());
        QCOMPARE(editor.text(), u"FROM cais-test/shell:1\nCMD [\"changed\"]\n"_s);
        QVERIFY(!editor.externalChangeBar()->isVisible());

        // Unsaved changes: Cancel keeps them, Discard lets go.
        editor.setText(u"FROM scratch\n"_s);
        QVERIFY(editor.isModified());
        editor.setUnsavedChangesPrompt([] { return int(QMessageBox::Cancel); });
        editor.newFromTemplate();
        QCOMPARE(editor.text(), u"FROM scratch\n"_s);
        editor.setUnsavedChangesPrompt([] { return int(QMessageBox::Discard); });
        editor.newFromTemplate();
        QCOMPARE(editor.text(), DockerfileEditor::templateText());
        QVERIFY(editor.filePath().isEmpty());
        QCOMPARE(Dockerfile::parse(editor.text()).lint().size(), 0);

        // Save As writes a new file and follows it.
        const QString other = tmp.filePath(u"ctx/Containerfile"_s);
        QVERIFY(editor.saveAs(other));
        QCOMPARE(editor.filePath(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(readFile(other), DockerfileEditor::templateText().toUtf8());
    }

    void oneRepositoryForDockerfileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dockerfile");
        for (const char *n : {"Dockerfile", "dockerfile", "Containerfile", "Dockerfile.prod", "Containerfile.dev", "app.dockerfile",
                              "/src/x/build.Dockerfile", "web.containerfile"})
            QTest::newRow(n) << QString::fromLatin1(n) << true;
        for (const char *n : {"Dockerfiles.txt", "notes.md", "compose.yaml", "mydockerfile"})
            QTest::newRow(n) << QString::fromLatin1(n) << false;
    }

    void oneRepositoryForDockerfileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, dockerfile);
        QCOMPARE(SyntaxRepository::isDockerfileName(name), dockerfile);
        QCOMPARE(SyntaxRepository::definitionForFileName(name).name() == u"Dockerfile"_s, dockerfile);
        QCOMPARE(&SyntaxRepository::instance(), &SyntaxRepository::instance());
        QVERIFY(SyntaxRepository::dockerfileDefinition().isValid());
    }

    void themeFollowsThePalette()
    {
        DockerfileEditor editor;
        editor.show();
        const QPalette original = QApplication::palette();
        auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x1a, 0x1a, 0x1a));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::WindowText, Qt::black);

        QApplication::setPalette(light);
        QTRY_VERIFY(!editor.hasDarkTheme());
        const QString lightTheme = editor.themeName();
        QVERIFY(editor.textEdit()->palette().color(QPalette::Base).lightness() > 128);
        QApplication::setPalette(dark);
        QTRY_VERIFY(editor.hasDarkTheme());
        QVERIFY(editor.themeName() != lightTheme);
        QVERIFY(editor.textEdit()->palette().color(QPalette::Base).lightness() < 128);
        QApplication::setPalette(light);
        QTRY_VERIFY(!editor.hasDarkTheme());
    }
};

QTEST_MAIN(TestBuildEditor)
#include "tst_buildeditor.moc"
