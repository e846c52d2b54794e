#pragma once

#include "containerupdate.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class Engine;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

/// `docker update` for one container, running or not: its restart policy, CPU limit
/// and memory limit, shown as they are now and changed in place (no restart). It sends
/// what the engine at hand understands (see ContainerLimits), says what cannot be done
/// (removing a limit on Docker: recreate instead) before anything is sent, and shows
/// the engine's answer.
class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateDialog(Engine *engine, const QString &containerId, QWidget *parent = nullptr);

    /// Reads the container (done by the constructor; again after an update).
    void load();
    bool isLoaded() const { return m_loaded; }
    /// The limits the container has now, as last read.
    const ContainerLimits &current() const { return m_current; }
    /// What the fields say.
    ContainerLimits wanted() const;
    /// Sets the fields (tests, and load()).
    void setWanted(const ContainerLimits &limits);
    QStringList problems() const;

    QComboBox *restartBox() const { return m_restart; }
    QSpinBox *retriesBox() const { return m_retries; }
    QDoubleSpinBox *cpusBox() const { return m_cpus; }
    QSpinBox *memoryBox() const { return m_memory; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *problemsLabel() const { return m_problems; }

public Q_SLOTS:
    /// Sends the update (what Apply does).
    void apply();

Q_SIGNALS:
    /// The container was read (or not: `error`).
    void loaded(const QString &error);
    /// The engine took the update.
    void updated(const QString &id, const QStringList &warnings);

private:
    void refresh();

    QPointer<Engine> m_engine;
    QString m_id;
    QString m_name;
    bool m_loaded = false;
    bool m_busy = false;
    ContainerLimits m_current;
    QLabel *m_intro;
    QComboBox *m_restart;
    QSpinBox *m_retries;
    QDoubleSpinBox *m_cpus;
    QSpinBox *m_memory;
    QLabel *m_swap;
    QLabel *m_problems;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};
