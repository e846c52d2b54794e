#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class Engine;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

/// Gives an image another name (`docker tag`), validating the name as it is
/// typed with the same grammar and normalisation as the docker CLI. Opened from
/// a tag, it can also move that tag: tag with the new name, then untag the old.
class TagDialog : public QDialog
{
    Q_OBJECT
public:
    /// `imageId` is tagged; `imageTags` are its current tags; `sourceTag`, when not
    /// empty, is the tag the user started from (offered for a rename).
    TagDialog(Engine *engine, const QString &imageId, const QStringList &imageTags, const QString &sourceTag,
              QWidget *parent = nullptr);

    /// Every tag the engine has, to warn when the new name takes a tag from another image.
    void setKnownTags(const QHash<QString, QString> &tagToImage);

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *feedback() const { return m_feedback; }
    QCheckBox *renameBox() const { return m_rename; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// The name the engine was asked to give, familiar form ("app:1"), after success.
    QString appliedName() const { return m_applied; }
    /// Whether the name typed so far is acceptable.
    bool isNameValid() const { return m_valid; }

Q_SIGNALS:
    /// The image now has `name` (and, for a rename, lost `removed`).
    void tagged(const QString &name, const QString &removed);

private:
    void validate();
    void apply();
    void setBusy(bool busy);

    QPointer<Engine> m_engine;
    QString m_imageId;
    QStringList m_imageTags;
    QString m_sourceTag;
    QHash<QString, QString> m_known;
    QLineEdit *m_name;
    QLabel *m_feedback;
    QCheckBox *m_rename;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
    QString m_applied;
};
