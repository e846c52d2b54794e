#pragma once

#include "pullpush.h"

#include <QPointer>
#include <QTabWidget>
#include <QWidget>

class PullProgressModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

/// The progress of one pull or push: what is happening in a sentence, an overall
/// bar, one row per layer (state and bytes, with its own bar), and Cancel. On a
/// failure the engine's message is shown with Retry; when the registry asks for
/// credentials, a login dialog opens (and "Log in…" reopens it).
class ProgressView : public QWidget
{
    Q_OBJECT
public:
    /// Follows `operation` (not owned; it may start before or after).
    explicit ProgressView(RegistryOperation *operation, QWidget *parent = nullptr);
    ~ProgressView() override;

    RegistryOperation *operation() const { return m_op; }
    PullProgressModel *model() const { return m_model; }
    /// Open the login dialog by itself when the registry asks (default true).
    void setAskForLogin(bool ask) { m_askForLogin = ask; }

    /// "busybox:latest", for a tab.
    QString title() const;
    /// The sentence shown above the bars.
    QString statusText() const;

    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *overallBar() const { return m_overall; }
    QTreeView *layersView() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *loginButton() const { return m_login; }

    /// Opens the login dialog for the operation's registry (window-modal).
    void askForLogin();

Q_SIGNALS:
    /// The title or the state changed (a tab shows both).
    void changed();

private:
    void refresh();

    QPointer<RegistryOperation> m_op;
    PullProgressModel *m_model;
    QLabel *m_icon;
    QLabel *m_status;
    QLabel *m_error;
    QLabel *m_warning;
    QProgressBar *m_overall;
    QTreeView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_login;
    bool m_askForLogin = true;
    bool m_loginOpen = false;
};

/// Several pulls or pushes at once: one tab per operation, titled with its image
/// and state. Closing the tab of a running operation cancels it.
class ProgressTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit ProgressTabs(QWidget *parent = nullptr);

    /// Shows `operation` in a new tab (made current) and takes ownership of it.
    ProgressView *addOperation(RegistryOperation *operation);
    ProgressView *view(int index) const;
    /// Operations still running.
    int runningCount() const;

private:
    void refreshTab(ProgressView *view);
};
