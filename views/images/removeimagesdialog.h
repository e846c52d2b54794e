#pragma once

#include "imagesapi.h"

#include <QDialog>
#include <QPointer>

class Engine;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// `docker rmi` of several images at once: one confirmation that names every tag and
/// image that goes and every container that uses one, then one removal after the other
/// with a result per image (a refusal does not stop the others).
class RemoveImagesDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString imageId;
        QStringList tags; ///< every tag of the image
        qint64 size = 0;
    };
    enum class Outcome { Pending, Removed, Failed };

    RemoveImagesDialog(Engine *engine, const QList<Target> &targets, QWidget *parent = nullptr);

    /// One top-level row per image; its children are its tags and the containers using it.
    QTreeWidget *affectedTree() const { return m_tree; }
    QCheckBox *forceBox() const { return m_force; }
    QCheckBox *pruneBox() const { return m_prune; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *removeButton() const { return m_removeButton; }
    bool usersKnown() const { return m_usersKnown; }
    /// The containers using `imageId`, once looked up.
    QList<ImageUser> usersOf(const QString &imageId) const { return m_users.value(imageId); }
    bool isFinished() const { return m_finished; }
    Outcome outcome(const QString &imageId) const { return m_outcomes.value(imageId, Outcome::Pending); }
    /// The engine's words for a failed image, or what it removed for one that went.
    QString resultText(const QString &imageId) const { return m_resultTexts.value(imageId); }

Q_SIGNALS:
    /// After every image was tried (QDialog::finished is the window closing).
    void removalsDone(int removed, int failed);

private:
    void lookUpUsers(bool thenRemove);
    void showUsers();
    void removeNext();
    void finishAll();
    QTreeWidgetItem *rowOf(const QString &imageId) const;

    QPointer<Engine> m_engine;
    QList<Target> m_targets;
    QHash<QString, QList<ImageUser>> m_users;
    bool m_usersKnown = false;
    int m_next = 0;
    bool m_finished = false;
    QHash<QString, Outcome> m_outcomes;
    QHash<QString, QString> m_resultTexts;

    QLabel *m_intro;
    QTreeWidget *m_tree;
    QCheckBox *m_force;
    QCheckBox *m_prune;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_removeButton;
};
