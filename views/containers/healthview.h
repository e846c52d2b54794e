#pragma once

#include "containerhealth.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class Engine;
class HealthLogModel;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

/// The Health tab of a container: its healthcheck (what runs, how often, how long it
/// may take, how many failures make it unhealthy), its status and failing streak, and
/// every run the engine kept (start, duration, exit code, output), newest first, with
/// the whole output of the selected run below. While it is shown and the container
/// runs, it reads the container again as often as the check runs (1 to 30 s).
class HealthView : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    /// Shows (and fetches) the container `id`; empty shows nothing.
    void setContainer(const QString &id);
    QString containerId() const { return m_id; }
    /// Reads the container again now.
    void reload();
    /// Shows an inspect result (what reload() does with the engine's answer).
    void setInspectData(const QJsonObject &inspect);

    HealthLogModel *model() const { return m_model; }
    QTreeView *logView() const { return m_log; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *outputView() const { return m_output; }
    /// The healthcheck's settings as shown, "Field: value" per line.
    QString settingsText() const;
    std::optional<HealthCheck> healthCheck() const { return m_check; }
    std::optional<HealthState> healthState() const { return m_state; }

Q_SIGNALS:
    /// A fetch ended (the data is shown) or failed (`error` says why).
    void loaded(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fetch();
    void showOutput();
    void schedule();

    QPointer<Engine> m_engine;
    QString m_id;
    quint64 m_request = 0;
    bool m_running = false;
    std::optional<HealthCheck> m_check;
    std::optional<HealthState> m_state;
    QLabel *m_status;
    QLabel *m_settingsTitle;
    QWidget *m_settings;
    QFormLayout *m_form;
    HealthLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_log;
    QPlainTextEdit *m_output;
    QTimer *m_poll;
};
