#pragma once

#include "system/objectlistpage.h"

class QAction;
class VolumesModel;

/// The Volumes page: every volume with its driver, size (measured in the background),
/// the containers that mount it (links), creation time, mount point and labels; the
/// selected volume's inspect below; create, remove and prune.
class VolumesPage : public ObjectListPage
{
    Q_OBJECT
public:
    explicit VolumesPage(VolumesModel *model, QWidget *parent = nullptr);

    QAction *createAction() const { return m_createAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *pruneAction() const { return m_pruneAction; }
    QDialog *openCreateDialog();
    QDialog *openRemoveDialog();
    QDialog *openPruneDialog();
    QString currentVolume() const { return currentKey(); }

protected:
    void showDetails(const QString &name) override;
    void updateActions() override;
    QString countText(int shown, int total) const override;

private:
    VolumesModel *m_volumes;
    QAction *m_createAction;
    QAction *m_removeAction;
    QAction *m_pruneAction;
};
