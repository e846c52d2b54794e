#pragma once

#include "images/transferdialog.h"
#include "reference.h"

class PullOperation;

/// "Pull…": an image reference checked as it is typed, with the full reference
/// grammar and the CLI's normalisation ("busybox" will pull
/// docker.io/library/busybox:latest; errors say what is wrong), then one progress
/// tab per pull. Several pulls run at once. Keep one instance: closing it hides
/// it and the pulls go on; showing it again shows them.
class PullDialog : public TransferDialog
{
    Q_OBJECT
public:
    PullDialog(Engine *engine, RegistryAuth *auth, QWidget *parent = nullptr);

    /// Fills the reference field (from a search result, a selected image) and
    /// focuses it; nothing is pulled yet.
    void setReference(const QString &text);
    QString referenceText() const;

    /// Pulls what the field holds, if valid; returns the new operation (owned by its tab).
    PullOperation *startPull();

    /// What the validation line says for `text`, and whether it can be pulled.
    struct Check
    {
        bool ok = false;
        QString message;
        Reference reference; ///< normalised, with "latest" when no tag or digest was given
    };
    static Check check(const QString &text);

    QPushButton *pullButton() const { return actionButton(); }

Q_SIGNALS:
    /// A pull ended; `ok` when the image is now there.
    void pullFinished(const QString &reference, bool ok);

private:
    void validate();
};
