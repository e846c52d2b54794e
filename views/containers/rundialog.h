#pragma once

#include "runconfig.h"

#include <QDialog>
#include <QMap>
#include <QJsonObject>
#include <QPointer>

class Engine;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class ContainerRecreation;

/// `docker run` as a form: image, name, command and entrypoint, detached or
/// interactive (-it), --rm, environment, ports, volumes and binds, working
/// directory, user, restart policy, labels, network. It always shows the
/// equivalent command line (copyable), and a pasted command line fills it.
/// Problems are named as they are typed; Run creates and starts the container,
/// and keeps the dialog open with the engine's reason when that fails.
///
/// Filled from an existing container (setOrigin()), it duplicates it (a new
/// container beside it) or recreates it (replaces it, see ContainerRecreation);
/// either way the settings it has no field for are kept as they were, and named.
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Run, Duplicate, Recreate };

    explicit RunDialog(Engine *engine, QWidget *parent = nullptr);

    /// Fills the dialog from the container `inspect` (and its image's `Config`, to
    /// leave out what the image gives anyway), to duplicate or recreate it.
    void setOrigin(const QJsonObject &inspect, const QJsonObject &imageConfig, Purpose purpose);
    Purpose purpose() const { return m_purpose; }
    /// The original's settings without a field here, as `docker run` options.
    QStringList keptOptions() const { return m_keptOptions; }
    /// What Run sends to POST /containers/create now.
    QJsonObject createBody() const;
    QLabel *originLabel() const { return m_origin; }
    QLabel *statusLabel() const { return m_status; }

    void setImage(const QString &image);
    void setConfig(const RunConfig &config);
    /// What the fields say now (rows that do not parse are left out; see problems()).
    RunConfig config() const;
    /// Everything that stops Run, in words: the fields' own and RunConfig's checks.
    QStringList problems() const;
    /// The equivalent command line, as shown (all of it, where the view shows a long one cut).
    QString commandLine() const;
    /// Fills the dialog from a `docker run ...` line; false (and why) when it cannot.
    bool fillFromCommandLine(const QString &line, QStringList *errors = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *imageBox() const { return m_image; }
    QPushButton *runButton() const { return m_run; }
    QLabel *problemsLabel() const { return m_problems; }
    QPlainTextEdit *commandLineView() const { return m_commandLine; }
    QComboBox *networkBox() const { return m_network; }
    /// The engine's volumes, offered as the source of a volume mount (sorted).
    QStringList volumeChoices() const { return m_volumeNames; }

public Q_SLOTS:
    /// Creates and starts the container (what the Run button does).
    void run();
    /// Closes, except while a recreation runs (it cannot be left half done).
    void reject() override;

Q_SIGNALS:
    void containerCreated(const QString &id, const QStringList &warnings);
    /// The container was created and started.
    void containerStarted(const QString &id);
    /// Interactive (-i/-t without -d): the container is created but NOT started, so
    /// that whoever shows the terminal attaches first and loses no output, then
    /// starts it. Without a receiver, the dialog starts it itself.
    void interactiveRunRequested(const QString &id);
    /// Recreate: the new container replaced the old one (`message` says how it went).
    void containerRecreated(const QString &newId, const QString &oldId, const QString &message);

private:
    struct Table
    {
        QTableWidget *table = nullptr;
        QWidget *page = nullptr;
    };
    Table makeTable(const QString &objectName, const QString &accessibleName, const QStringList &headers);
    void addEnvRow(const QString &key, const QString &value, bool inherit);
    void addPortRow(const PortMapping &p);
    void addMountRow(const MountSpec &m);
    void addLabelRow(const QString &key, const QString &value);
    RunConfig collect(QList<RunConfig::Problem> *tableProblems) const;
    /// A message line under `field`, shown while `which` has a problem.
    void addFieldMessage(RunConfig::Field which, QWidget *field, QLabel *label);
    void update();
    void modeChanged();
    void pasteDialog();
    void loadImages();
    /// Offers the engine's volumes (mount sources) and networks (the network field).
    void loadVolumesAndNetworks();
    bool hostPathsAreLocal() const;
    QString program() const;
    void setBusy(bool busy, const QString &text = {});
    void recreate();
    void startCreated(const QString &id, const RunConfig &c);

    QPointer<Engine> m_engine;
    bool m_filling = false;
    QString m_created; ///< a container created whose start failed
    Purpose m_purpose = Purpose::Run;
    QJsonObject m_originInspect;
    QJsonObject m_originImage;
    QJsonObject m_base; ///< the original's create body
    QStringList m_keptOptions;
    QPointer<ContainerRecreation> m_recreation;
    QLabel *m_origin;
    QComboBox *m_image;
    QLineEdit *m_name;
    QLineEdit *m_command;
    QCheckBox *m_overrideEntrypoint;
    QLineEdit *m_entrypoint;
    QComboBox *m_mode;
    QCheckBox *m_stdin;
    QCheckBox *m_tty;
    QCheckBox *m_rm;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QComboBox *m_network;
    QLineEdit *m_workdir;
    QLineEdit *m_user;
    QTabWidget *m_tabs;
    Table m_env;
    Table m_ports;
    Table m_mounts;
    QStringList m_volumeNames;
    Table m_labels;
    QPlainTextEdit *m_commandLine;
    QString m_fullCommandLine; ///< what m_commandLine shows, uncut
    QLabel *m_problems;
    /// Under each field, what is wrong with it (hidden when nothing is).
    QMap<RunConfig::Field, std::pair<QWidget *, QLabel *>> m_fieldMessages;
    QFormLayout *m_form = nullptr;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run;
};
