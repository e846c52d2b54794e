#pragma once

#include "prunedifference.h"

#include "volumesmodel.h"

#include <QDialog>
#include <QPointer>

class Engine;
class KeyValueTable;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

/// `docker volume create`: name, driver, driver options and labels.
class CreateVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateVolumeDialog(Engine *engine, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *driverBox() const { return m_driver; }
    KeyValueTable *optionsTable() const { return m_options; }
    KeyValueTable *labelsTable() const { return m_labels; }
    QPushButton *createButton() const { return m_create; }
    QLabel *statusLabel() const { return m_status; }
    VolumeCreateSpec spec() const;

Q_SIGNALS:
    void created(const QString &name);

private:
    void create();

    QPointer<Engine> m_engine;
    QLineEdit *m_name;
    QComboBox *m_driver;
    KeyValueTable *m_options;
    KeyValueTable *m_labels;
    QLabel *m_status;
    QPushButton *m_create;
};

/// Removes one volume after naming the containers that mount it.
class RemoveVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    RemoveVolumeDialog(Engine *engine, const VolumeRow &volume, QWidget *parent = nullptr);

    QListWidget *affectedList() const { return m_affected; }
    QCheckBox *forceBox() const { return m_force; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void removed(const QString &name);

private:
    QPointer<Engine> m_engine;
    VolumeRow m_volume;
    QListWidget *m_affected;
    QCheckBox *m_force;
    QLabel *m_status;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
    bool m_finished = false;
};

/// `docker volume prune`: the unused anonymous volumes, or with “all” every unused
/// volume (API 1.42+). The preview lists exactly those from the model; the result
/// lists what the engine removed and the space it freed.
class PruneVolumesDialog : public QDialog
{
    Q_OBJECT
public:
    PruneVolumesDialog(Engine *engine, VolumesModel *model, QWidget *parent = nullptr);

    QCheckBox *allBox() const { return m_all; }
    QListWidget *previewList() const { return m_preview; }
    QPushButton *pruneButton() const { return m_prune; }
    QLabel *statusLabel() const { return m_status; }
    bool isFinished() const { return m_finished; }
    const VolumePruneReport &report() const { return m_report; }
    /// The volumes the preview shows, by name.
    QStringList previewNames() const { return m_names; }
    /// After the prune: what the engine did that the preview did not say.
    const PruneDifference &difference() const { return m_difference; }

Q_SIGNALS:
    void pruned(const VolumePruneReport &report);

private:
    void updatePreview();

    QPointer<Engine> m_engine;
    QPointer<VolumesModel> m_model;
    QLabel *m_intro;
    QCheckBox *m_all;
    QListWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_prune;
    QDialogButtonBox *m_buttons;
    QStringList m_names;
    PruneDifference m_difference;
    VolumePruneReport m_report;
    bool m_finished = false;
};
