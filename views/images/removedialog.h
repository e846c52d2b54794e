#pragma once

#include "imagesapi.h"

#include <QDialog>
#include <QPointer>

class Engine;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

/// Confirms and runs the removal of an image, or of one of its tags. Before
/// asking it lists exactly what goes: the tags, and the containers that use the
/// image (looked up again just before removing). When containers use it, a force
/// option appears. Afterwards it shows the engine's own account: each
/// `Untagged:` and `Deleted:` line.
class RemoveDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString imageId;
        QStringList tags; ///< every tag of the image
        qint64 size = 0;
        QString tag;      ///< not empty: remove only this tag (untag)
    };

    RemoveDialog(Engine *engine, const Target &target, QWidget *parent = nullptr);

    bool isUntag() const { return !m_target.tag.isEmpty(); }
    /// The containers that use the image, once looked up.
    const QList<ImageUser> &users() const { return m_users; }
    bool usersKnown() const { return m_usersKnown; }
    QListWidget *affectedList() const { return m_affected; }
    QCheckBox *forceBox() const { return m_force; }
    QCheckBox *pruneBox() const { return m_prune; }
    QLabel *messageLabel() const { return m_message; }
    QListWidget *resultList() const { return m_result; }
    QPushButton *removeButton() const { return m_removeButton; }
    /// What the engine answered, once done.
    const QList<ImageDeleteItem> &result() const { return m_items; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The engine removed something (the list of Untagged/Deleted lines).
    void removed(const QList<ImageDeleteItem> &items);

private:
    void lookUpUsers(bool thenRemove);
    void showUsers();
    void run();
    void finish(const QList<ImageDeleteItem> &items);
    void fail(const QString &text);

    QPointer<Engine> m_engine;
    Target m_target;
    QList<ImageUser> m_users;     ///< containers created from exactly this image
    int m_descendantUsers = 0;    ///< containers of images built on it
    bool m_usersKnown = false;
    bool m_finished = false;
    QList<ImageDeleteItem> m_items;
    QLabel *m_intro;
    QListWidget *m_affected;
    QCheckBox *m_force;
    QCheckBox *m_prune;
    QLabel *m_message;
    QListWidget *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_removeButton;
};
