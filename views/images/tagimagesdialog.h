#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class Engine;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

/// `docker tag` for several tags at once, as when moving images to another registry:
/// each selected name gets a new one made of a prefix (a registry and namespace, such as
/// "registry.example:5000/team") in front of its name, and its own tag or one given for
/// all. Every new name is shown, and checked with the reference grammar, before anything
/// is tagged; then each gets its result.
class TagImagesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Tagged, Failed };

    /// `sources`: existing names ("cais-demo/web:1"), each of an image the engine has.
    TagImagesDialog(Engine *engine, const QStringList &sources, QWidget *parent = nullptr);

    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *tagEdit() const { return m_tag; }
    QTreeWidget *previewTree() const { return m_tree; }
    QPushButton *tagButton() const { return m_tagButton; }
    QLabel *messageLabel() const { return m_message; }

    /// The new name for `source` with the current fields, or an empty string and `error`.
    QString targetFor(const QString &source, QString *error = nullptr) const;
    bool isFinished() const { return m_finished; }
    Outcome outcome(const QString &source) const { return m_outcomes.value(source, Outcome::Pending); }
    QString resultText(const QString &source) const { return m_results.value(source); }

    /// Tags every source (what the button does).
    void tagAll();

Q_SIGNALS:
    void taggingDone(int tagged, int failed);

private:
    void updatePreview();
    void tagNext();

    QPointer<Engine> m_engine;
    QStringList m_sources;
    int m_next = 0;
    bool m_finished = false;
    QHash<QString, Outcome> m_outcomes;
    QHash<QString, QString> m_results;
    QHash<QString, QString> m_targets; ///< frozen when tagging starts

    QLineEdit *m_prefix;
    QLineEdit *m_tag;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_tagButton;
    class QDialogButtonBox *m_buttons;
};
