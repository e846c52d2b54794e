#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAbstractItemModel;
class QDialog;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QToolBar;
class QTreeView;

/// What the Volumes and Networks pages share: a tool bar and a filter above a sortable
/// list, and below it the selected object's containers (as links) and its inspect JSON.
class ObjectListPage : public QWidget
{
    Q_OBJECT
public:
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *linksLabel() const { return m_links; }
    QPlainTextEdit *inspectView() const { return m_inspect; }
    QLabel *countLabel() const { return m_count; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The source row of the current item, or -1.
    int currentSourceRow() const;
    /// Makes the object with this key current; false when it is not listed.
    bool selectKey(const QString &key);
    /// The dialog opened last (kept while open), for tests.
    QDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    /// A container link was followed: show that container.
    void containerRequested(const QString &id);

protected:
    /// `keyRole`: the role that gives an object's key (name or ID), `sortRole` and
    /// `filterRole` the model's raw-value and filter-text roles.
    ObjectListPage(QAbstractItemModel *model, int keyRole, int sortRole, int filterRole, QWidget *parent);
    /// The current object changed (empty key: none): load its details.
    virtual void showDetails(const QString &key) = 0;
    virtual void updateActions() = 0;
    /// "%n volume(s)" / "%1 of %n volume(s)".
    virtual QString countText(int shown, int total) const = 0;
    QString currentKey() const;
    /// Links to containers: (id, text) pairs, or `empty` when there are none.
    void setLinks(const QString &title, const QList<std::pair<QString, QString>> &containers, const QString &empty);
    void setInspectText(const QString &text);
    void showModeless(QDialog *dialog);

    QAbstractItemModel *m_model;
    int m_keyRole;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QLabel *m_count;
    QSplitter *m_split;
    QTreeView *m_view;
    QLabel *m_links;
    QPlainTextEdit *m_inspect;
    QTimer m_detailsDelay;
    QString m_shownKey;
    quint64 m_detailsGeneration = 0;

private:
    void updateCount();
    QPointer<QDialog> m_dialog;
};
