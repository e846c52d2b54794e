#pragma once

#include <QPointer>
#include <QWidget>

class ContainerChangesModel;
class ContainerChangesProxyModel;
class Engine;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

/// The Changes tab of a container (`docker diff`): the paths added, changed and
/// deleted in its file system since it was made from its image, filtered as you type
/// and by kind. Read when the tab is shown for a container, and again on Refresh.
class ChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesView(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    void setContainer(const QString &id);
    QString containerId() const { return m_id; }
    /// Asks the engine again.
    void reload();

    ContainerChangesModel *model() const { return m_model; }
    ContainerChangesProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *addedBox() const { return m_added; }
    QCheckBox *changedBox() const { return m_changed; }
    QCheckBox *deletedBox() const { return m_deleted; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void loaded(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();

    QPointer<Engine> m_engine;
    QString m_id;
    ContainerChangesModel *m_model;
    ContainerChangesProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_added;
    QCheckBox *m_changed;
    QCheckBox *m_deleted;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QTreeView *m_view;
};
