#pragma once

#include "systemapi.h"

#include <QDialog>
#include <QPointer>

class Engine;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

/// `docker system prune` with its options (-a, --volumes, --filter until= / label=).
/// Before asking, it lists exactly what each step will remove (containers, networks,
/// volumes, images, build cache: the CLI's order) and the space it frees, worked out
/// from the engine's current state; after pruning it shows what the engine reported
/// beside the preview, and names every difference. Opened with one kind only, it is
/// that kind's prune (the pages' "Prune…" actions).
class SystemPruneDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, PreviewColumn, ResultColumn, ColumnCount };

    explicit SystemPruneDialog(Engine *engine, QWidget *parent = nullptr);
    ~SystemPruneDialog() override;

    /// Sets every option and recomputes the preview.
    void setOptions(const SystemPruneOptions &options);
    /// Only one kind, as a page's own prune does; the other kinds are hidden.
    void setSingleKind(DiskUsageLine::Kind kind);
    SystemPruneOptions options() const;
    /// The filters as typed ("until=24h label=a=b"); invalid text disables Prune.
    void setFilterText(const QString &text);

    bool isPreviewReady() const { return m_previewReady; }
    const SystemPrunePlan &plan() const { return m_plan; }
    bool isFinished() const { return m_finished; }
    const SystemPruneReport &report() const { return m_report; }
    const SystemPruneDifference &difference() const { return m_difference; }

    QTreeWidget *tree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *notesLabel() const { return m_notes; }
    QPushButton *pruneButton() const { return m_pruneButton; }

public Q_SLOTS:
    void computePreview();
    void prune();

Q_SIGNALS:
    void previewReady();
    void pruned(const SystemPruneReport &report);

private:
    void showPreview();
    void showReport();
    void updateNotes();
    void setStatus(const QString &text, bool error = false);
    QTreeWidgetItem *addKind(const QString &title);

    QPointer<Engine> m_engine;
    quint64 m_generation = 0;
    bool m_previewReady = false;
    bool m_finished = false;
    bool m_updating = false;
    bool m_pruning = false;
    QString m_appliedFilterText;
    SystemPrunePlan m_plan;
    SystemPruneReport m_report;
    SystemPruneDifference m_difference;
    PruneFilters m_filters;
    QString m_filterError;

    QCheckBox *m_containers;
    QCheckBox *m_networks;
    QCheckBox *m_volumes;
    QCheckBox *m_images;
    QRadioButton *m_dangling;
    QRadioButton *m_allImages;
    QCheckBox *m_buildCache;
    QLineEdit *m_filterEdit;
    QLabel *m_notes;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pruneButton;
};
