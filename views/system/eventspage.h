#pragma once

#include <QPointer>
#include <QWidget>

class Engine;
class EventsModel;
class EventsProxyModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

/// The engine's live events (`docker events`) as a table: filter by type, action and
/// name, pause, look back (`--since`), export as JSON lines. The history is bounded
/// (EventsModel: the newest 10,000) and batched, so a flood of events stays fluid.
class EventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPage(Engine *engine, QWidget *parent = nullptr);

    EventsModel *model() const { return m_model; }
    EventsProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *actionFilter() const { return m_action; }
    QLineEdit *nameFilter() const { return m_name; }
    QPushButton *pauseButton() const { return m_pause; }
    QLabel *statusLabel() const { return m_status; }

    /// View > Refresh: adds the events the live stream missed (EventsModel::catchUp).
    void refresh();

    /// Writes the events shown (filtered) as JSON lines; false with `error` set on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void updateStatus();
    void lookBack();

    QPointer<Engine> m_engine;
    EventsModel *m_model;
    EventsProxyModel *m_proxy;
    QComboBox *m_type;
    QLineEdit *m_action;
    QLineEdit *m_name;
    QPushButton *m_pause;
    QComboBox *m_since;
    QPushButton *m_sinceButton;
    QPushButton *m_export;
    QTableView *m_view;
    QLabel *m_status;
    QTimer *m_statusTimer;
    bool m_follow = true;
    QString m_refreshNote; ///< what the last refresh found, shown after the counts
};
