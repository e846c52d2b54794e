#pragma once

#include "engineerror.h"

#include <QDialog>
#include <QPointer>

class Engine;
class HubSearch;
class PullDialog;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class SearchModel;
class SearchProxyModel;

/// "Search Docker Hub…": asks the engine to search the Hub and lists name,
/// description, an official badge (icon and text) and stars, most starred first;
/// sortable by any column, filterable to official images. "Pull" on a result opens
/// the pull dialog filled with its name. When the engine cannot reach the Hub the
/// dialog says so in words, within the search timeout.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(Engine *engine, QWidget *parent = nullptr);

    /// Where "Pull" goes (optional; pullRequested() is emitted either way).
    void setPullDialog(PullDialog *dialog) { m_pullDialog = dialog; }
    /// Starts a search for `term` (as if typed and confirmed).
    void search(const QString &term);
    HubSearch *hubSearch() const { return m_search; }
    SearchModel *model() const { return m_model; }
    SearchProxyModel *proxy() const { return m_proxy; }

    QLineEdit *termEdit() const { return m_term; }
    QPushButton *searchButton() const { return m_searchButton; }
    QCheckBox *officialOnlyBox() const { return m_official; }
    QTreeView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pullButton() const { return m_pull; }
    /// The name of the selected result, or empty.
    QString selectedName() const;

Q_SIGNALS:
    /// "Pull" on a result: its name, ready for the pull dialog.
    void pullRequested(const QString &name);

private:
    void startSearch();
    void pullSelected();
    void setStatus(const QString &text, int icon);
    void updateButtons();

    QPointer<PullDialog> m_pullDialog;
    HubSearch *m_search;
    SearchModel *m_model;
    SearchProxyModel *m_proxy;
    QLineEdit *m_term;
    QPushButton *m_searchButton;
    QCheckBox *m_official;
    QTreeView *m_view;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QPushButton *m_pull;
    QString m_lastTerm;
};
