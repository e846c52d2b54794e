#pragma once

#include "buildapi.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class BuildStepsModel;
class Engine;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QListView;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeView;

/// Builds an image: the options of `docker build` (context folder, Dockerfile inside
/// or outside it, tags checked as they are typed, build arguments, target stage,
/// no-cache, pull, labels), the context's size before sending, Build and Cancel, and
/// the output grouped per step (foldable, with duration and a cached/rebuilt badge)
/// next to the searchable raw log. A failure is explained in words and points at its
/// Dockerfile line (buildFailedAt()); a success emits imageBuilt() and offers Run.
class BuildPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPanel(QWidget *parent = nullptr);
    ~BuildPanel() override;

    void setEngine(Engine *engine);

    void setContextDir(const QString &dir);
    QString contextDir() const;
    /// The context folders built before, newest first (at most kRecentContexts); the
    /// Browse button's menu offers them.
    static QStringList recentContexts();
    static void rememberContext(const QString &dir);
    static constexpr int kRecentContexts = 10;
    /// The menu of recent context folders (on the context's Browse button).
    QMenu *recentContextsMenu() const { return m_recentContexts; }
    void setDockerfilePath(const QString &path);
    QString dockerfilePath() const;
    /// The absolute path of the Dockerfile a build reads: the field's path (relative
    /// ones are in the context folder), or the context's Dockerfile when the field is
    /// empty. Empty when neither the field nor the context says.
    QString resolvedDockerfilePath() const;
    /// Tags separated by commas or spaces.
    void setTags(const QStringList &tags);
    QStringList tags() const;
    /// Why the tags cannot be used, empty when they can.
    QString tagError() const { return m_tagError; }
    void setBuildArgs(const QList<QPair<QString, QString>> &args);
    QList<QPair<QString, QString>> buildArgs() const;
    void setLabels(const QList<QPair<QString, QString>> &labels);
    QList<QPair<QString, QString>> labels() const;
    /// The stage names offered as targets (the Dockerfile's FROM ... AS names).
    void setStages(const QStringList &names);
    void setTarget(const QString &stage);
    QString target() const;
    void setNoCache(bool on);
    void setPull(bool on);
    /// The builder: the classic one, or BuildKit through `docker buildx` (offered when
    /// the plugin is installed and the engine is Docker). False when not available.
    bool setBuilder(BuildOptions::Builder builder);
    bool isBuildKitAvailable() const;
    /// The network of RUN steps: empty (the engine's default), "none" or "host".
    void setNetwork(const QString &network);
    BuildOptions options() const;

    /// Called before a build starts (the page saves the editor); false stops it.
    void setBeforeBuild(std::function<bool()> check) { m_beforeBuild = std::move(check); }

    bool isBuilding() const { return m_operation != nullptr; }
    const BuildResult &lastResult() const { return m_lastResult; }
    /// The context's files and bytes as last scanned; -1 before the first scan.
    qint64 contextFiles() const { return m_contextFiles; }
    qint64 contextBytes() const { return m_contextBytes; }

    BuildStepsModel *stepsModel() const { return m_model; }
    QTreeView *stepsView() const { return m_stepsView; }
    QListView *rawLogView() const { return m_rawView; }
    QLineEdit *rawLogFind() const { return m_rawFind; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *contextLabel() const { return m_contextSize; }
    QPushButton *buildButton() const { return m_buildButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *runButton() const { return m_runButton; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *builderCombo() const { return m_builder; }
    QComboBox *networkCombo() const { return m_network; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *dockerfileEdit() const { return m_dockerfile; }
    QLineEdit *contextEdit() const { return m_context; }

public Q_SLOTS:
    void startBuild();
    void cancelBuild();
    /// Scans the context again (off the GUI thread) for its size.
    void refreshContextSize();
    /// Selects the next raw log line holding the find text (backwards: the previous).
    bool findInRawLog(bool backwards = false);

Q_SIGNALS:
    void contextDirChanged(const QString &dir);
    /// The user chose a Dockerfile: typed in the field (on Return or leaving it) or
    /// browsed to. `path` is absolute (see resolvedDockerfilePath()).
    void dockerfileChosen(const QString &path);
    void buildStarted();
    /// `built` is the Dockerfile as the engine read it.
    void buildFinished(const BuildResult &result, const Dockerfile &built);
    /// The build failed at this Dockerfile line (of dockerfilePath()).
    void buildFailedAt(int line, const QString &message);
    void imageBuilt(const QString &imageId, const QStringList &tags);
    void runRequested(const QString &imageId, const QStringList &tags);

private:
    void updateBuilders();
    void validateContext();
    void validateTags();
    void updateButtons();
    void updateOutsideNote();
    void onFinished(const BuildResult &result);
    void onFlushed(int newSteps);
    void showError(const QString &message, const QString &detail = {});
    static QList<QPair<QString, QString>> pairs(const QTableWidget *table);
    static void setPairs(QTableWidget *table, const QList<QPair<QString, QString>> &pairs);

    QPointer<Engine> m_engine;
    QLineEdit *m_context;
    QMenu *m_recentContexts = nullptr;
    QLabel *m_contextStatus; ///< under the context field: why it cannot be built
    QLineEdit *m_dockerfile;
    QLabel *m_outsideNote;
    QLineEdit *m_tags;
    QLabel *m_tagStatus;
    QComboBox *m_target;
    QCheckBox *m_noCache;
    QCheckBox *m_pull;
    QComboBox *m_builder;
    QComboBox *m_network;
    QString m_buildxVersion; ///< "0.13.1" once `docker buildx version` answered
    QString m_buildxError;   ///< why BuildKit cannot be offered, while it cannot
    QTableWidget *m_args;
    QTableWidget *m_labels;
    QLabel *m_contextSize;
    QPushButton *m_buildButton;
    QPushButton *m_cancelButton;
    QPushButton *m_runButton;
    QLabel *m_status;
    QLabel *m_error;
    QTabWidget *m_outputTabs;
    QTreeView *m_stepsView;
    QListView *m_rawView;
    QLineEdit *m_rawFind;
    BuildStepsModel *m_model;
    BuildOperation *m_operation = nullptr;
    BuildResult m_lastResult;
    QString m_tagError;
    QTimer m_scanTimer;
    quint64 m_scanGeneration = 0;
    qint64 m_contextFiles = -1;
    qint64 m_contextBytes = -1;
    bool m_followSteps = true;
    bool m_followRaw = true;
    std::function<bool()> m_beforeBuild;
};
