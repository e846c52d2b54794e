#pragma once

#include <QDialog>
#include <QPointer>

class ChangesField;
class Engine;
class ImageNameField;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// `docker commit`: a new image from a container (its files and configuration), with
/// a name checked as it is typed, an author, a message, changes to the configuration
/// (CMD, ENV, EXPOSE...) and whether to pause a running container meanwhile.
class CommitDialog : public QDialog
{
    Q_OBJECT
public:
    CommitDialog(Engine *engine, const QString &containerId, QWidget *parent = nullptr);

    ImageNameField *nameField() const { return m_name; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *messageEdit() const { return m_message; }
    ChangesField *changesField() const { return m_changes; }
    QCheckBox *pauseBox() const { return m_pause; }
    QPushButton *commitButton() const { return m_commit; }
    QLabel *introLabel() const { return m_intro; }
    QLabel *statusLabel() const { return m_status; }
    /// The container has been read (its name and state are shown).
    bool isReady() const { return m_ready; }
    /// The image made, after success.
    QString imageId() const { return m_imageId; }

public Q_SLOTS:
    /// What the Commit button does.
    void commit();

Q_SIGNALS:
    void committed(const QString &imageId);

private:
    void updateState();
    void setBusy(bool busy);

    QPointer<Engine> m_engine;
    QString m_id;
    QString m_who;
    QLabel *m_intro;
    ImageNameField *m_name;
    QLineEdit *m_author;
    QLineEdit *m_message;
    ChangesField *m_changes;
    QCheckBox *m_pause;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_commit;
    bool m_ready = false;
    bool m_busy = false;
    QString m_imageId;
};
