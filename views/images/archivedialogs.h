#pragma once

#include "imagearchive.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class ChangesField;
class Engine;
class ImageNameField;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

/// What the save, load, export and import dialogs share: a file chosen by typing or
/// with Browse (checked as it is typed), an action button, then the transfer's
/// progress in bytes with its rate, and its outcome. Cancel (or Esc) during a
/// transfer stops it, and nothing of a file being written is left; once nothing
/// runs, it closes the dialog.
class ArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *pathFeedback() const { return m_pathFeedback; }
    QPushButton *actionButton() const { return m_action; }
    QPushButton *closeButton() const { return m_close; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    /// The transfer under way or last made; null before the first.
    ArchiveTransfer *transfer() const { return m_transfer; }
    bool isRunning() const { return m_transfer && !m_transfer->isFinished(); }
    void setPath(const QString &path);

    /// What the action button does: starts the transfer; null when the form is not ready.
    ArchiveTransfer *start();

    void reject() override;

Q_SIGNALS:
    /// The transfer ended (see transfer()->result()).
    void transferFinished();

protected:
    enum class FileMode { Write, Read };
    struct Texts
    {
        QString title;
        QString accessibleName;
        QString objectName;
        QString intro;
        QString action;     ///< the button: "&Save"
        QString fileLabel;  ///< "&File:"
        QString fileDialogTitle;
    };
    ArchiveDialog(Engine *engine, FileMode mode, const Texts &texts, QWidget *parent);

    /// The form below the file row, for the dialog's own fields.
    QFormLayout *form() const { return m_form; }
    /// Bytes a download is expected to bring (0: unknown), for the progress bar.
    void setExpectedBytes(qint64 bytes) { m_expected = bytes; }
    /// Re-checks the form (call when a field of the subclass changes).
    void updateState();
    /// Fills in a file to write that does not exist yet (save, export), and checks
    /// the file field: the subclass's constructor calls it last.
    void initPath();
    /// The folder Browse starts in: Documents, else home.
    static QString defaultFolder();

    /// Why the dialog's own fields are not ready (empty: ready).
    virtual QString formProblem() const { return {}; }
    virtual ArchiveTransfer *makeTransfer(const QString &path) = 0;
    virtual QString successText(const ArchiveReport &report) const = 0;
    /// The sentence shown while the engine works on what it received (load, import).
    virtual QString processingText() const { return {}; }
    virtual void succeeded(const ArchiveReport &) { }
    /// A file name to offer in Browse and when the field is empty (save, export).
    virtual QString suggestedFileName() const { return {}; }

    QPointer<Engine> m_engine;

private:
    void browse();
    void checkPath();
    void onProgress(qint64 done, qint64 total);
    void onStage(ArchiveTransfer::Stage stage);
    void onFinished();
    void setRunning(bool running);

    FileMode m_mode;
    Texts m_texts;
    QLabel *m_intro;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_pathFeedback;
    QFormLayout *m_form;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_action;
    QPushButton *m_close;
    QPointer<ArchiveTransfer> m_transfer;
    QElapsedTimer m_clock;
    qint64 m_expected = 0;
    bool m_pathOk = false;
};

/// docker save: the chosen images (several go into one archive) to a .tar or .tar.gz.
class SaveImagesDialog : public ArchiveDialog
{
    Q_OBJECT
public:
    struct Choice
    {
        QString id;
        QStringList tags; ///< every tag goes into the archive; none: saved by ID, loads back without a name
        qint64 size = 0;
    };
    /// `images`: what can be chosen; `checked`: the IDs chosen at first.
    SaveImagesDialog(Engine *engine, const QList<Choice> &images, const QStringList &checked, QWidget *parent = nullptr);

    QListWidget *imageList() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Checks exactly the images with these IDs.
    void setChecked(const QStringList &ids);
    /// The names sent to the engine for the checked images.
    QStringList names() const;

protected:
    QString formProblem() const override;
    ArchiveTransfer *makeTransfer(const QString &path) override;
    QString successText(const ArchiveReport &report) const override;
    QString suggestedFileName() const override;

private:
    QList<Choice> checkedChoices() const;
    void updateSummary();

    QList<Choice> m_images;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
};

/// docker load: the images of an archive (plain or compressed) into the engine.
class LoadImagesDialog : public ArchiveDialog
{
    Q_OBJECT
public:
    explicit LoadImagesDialog(Engine *engine, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The engine loaded these images (names, or IDs of images without one).
    void loaded(const QStringList &names);

protected:
    ArchiveTransfer *makeTransfer(const QString &path) override;
    QString successText(const ArchiveReport &report) const override;
    QString processingText() const override;
    void succeeded(const ArchiveReport &report) override;
};

/// docker import: a tar of files as a new image, with a name, a message and changes.
class ImportImageDialog : public ArchiveDialog
{
    Q_OBJECT
public:
    explicit ImportImageDialog(Engine *engine, QWidget *parent = nullptr);

    ImageNameField *nameField() const { return m_name; }
    QLineEdit *messageEdit() const { return m_message; }
    ChangesField *changesField() const { return m_changes; }

Q_SIGNALS:
    void imported(const QString &imageId);

protected:
    QString formProblem() const override;
    ArchiveTransfer *makeTransfer(const QString &path) override;
    QString successText(const ArchiveReport &report) const override;
    QString processingText() const override;
    void succeeded(const ArchiveReport &report) override;

private:
    ImageNameField *m_name;
    QLineEdit *m_message;
    ChangesField *m_changes;
};

/// docker export: a container's file system as a tar (or .tar.gz).
class ExportContainerDialog : public ArchiveDialog
{
    Q_OBJECT
public:
    ExportContainerDialog(Engine *engine, const QString &containerId, const QString &containerName, QWidget *parent = nullptr);

protected:
    ArchiveTransfer *makeTransfer(const QString &path) override;
    QString successText(const ArchiveReport &report) const override;
    QString suggestedFileName() const override;

private:
    QString m_id;
    QString m_name;
};
