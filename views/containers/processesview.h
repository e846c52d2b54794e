#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class Engine;
class ProcessesModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

/// `docker top` for one container: the columns the engine returns, a choice of ps
/// argument presets (or the user's own), sort by value, filter as you type. While
/// the view is visible it refreshes every 2 seconds (or as often as the user chose in
/// Preferences, UserPreferences::processesSeconds); hidden (another tab, a
/// minimised window) it asks the engine nothing. Rows are merged by PID, so a row
/// keeps its selection; new and ended processes are marked for one refresh.
class ProcessesView : public QWidget
{
    Q_OBJECT
public:
    ProcessesView(Engine *engine, const QString &containerId, QWidget *parent = nullptr);

    ProcessesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *treeView() const { return m_view; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *messageLabel() const { return m_message; }
    const QString &containerId() const { return m_containerId; }

    /// The ps arguments of the preset (or the text typed); empty for the engine's default.
    QString psArgs() const;
    void setPsArgs(const QString &args);
    /// Asks the engine now (once the answer of an earlier ask is in).
    void refresh();
    /// True while the view refreshes by itself (it is visible).
    bool isRefreshing() const { return m_timer.isActive(); }
    /// Milliseconds between two refreshes.
    int refreshInterval() const { return m_timer.interval(); }
    /// Requests sent so far; for tests and benchmarks that count what reaches the engine.
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    /// One answer (or error) has been merged into the model.
    void refreshed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QPointer<Engine> m_engine;
    QString m_containerId;
    ProcessesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_preset;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_message;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_again = false;
    int m_requests = 0;
    quint64 m_generation = 0;
};
