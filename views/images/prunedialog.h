#pragma once

#include "imagesapi.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <functional>
#include <optional>

class Engine;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

/// Removes unused images: dangling ones only, or every image no container uses
/// (`-a`). Before asking, it works out exactly which images would go and how much
/// space that frees, by the engine's own rules; after pruning it shows what the
/// engine really removed and says whether that matched the preview.
class PruneDialog : public QDialog
{
    Q_OBJECT
public:
    /// What the page already holds (ImagesModel::pruneKnownLists), asked for at each
    /// preview so that the preview starts from it rather than listing again.
    using KnownLists = std::function<std::optional<ImagesApi::PruneKnownLists>()>;
    explicit PruneDialog(Engine *engine, QWidget *parent = nullptr, KnownLists known = {});
    ~PruneDialog() override;

    /// Dangling only (false) or every unused image (true); recomputes the preview.
    void setAll(bool all);
    bool isAll() const;
    bool isPreviewReady() const { return m_previewReady; }
    const ImagePrunePlan &plan() const { return m_plan; }
    bool isFinished() const { return m_finished; }
    const ImagePruneReport &report() const { return m_report; }

    QRadioButton *danglingButton() const { return m_danglingButton; }
    QRadioButton *allButton() const { return m_allButton; }
    QTreeWidget *previewTree() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *resultList() const { return m_result; }
    QPushButton *pruneButton() const { return m_pruneButton; }

Q_SIGNALS:
    void previewReady();
    void pruned(const ImagePruneReport &report);

private:
    void computePreview();
    void showPreview(const ImagePrunePlan &plan);
    void prune();
    void showReport(const ImagePruneReport &report);
    void setStatus(const QString &text, bool error = false);

    QPointer<Engine> m_engine;
    KnownLists m_known;
    QFutureWatcher<Result<ImagePrunePlan>> m_watcher;
    quint64 m_generation = 0;
    bool m_previewReady = false;
    bool m_finished = false;
    ImagePrunePlan m_plan;
    ImagePruneReport m_report;
    QRadioButton *m_danglingButton;
    QRadioButton *m_allButton;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeWidget *m_preview;
    QListWidget *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pruneButton;
};
