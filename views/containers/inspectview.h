#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class Engine;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

/// `docker inspect` of one container: readable details (state, health, restart
/// count, configuration, mounts, network settings, size on demand) and the raw
/// JSON. One search box filters the details or finds in the JSON; both copy.
class InspectView : public QWidget
{
    Q_OBJECT
public:
    explicit InspectView(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    /// Shows (and fetches) the container `id`; empty shows nothing.
    void setContainer(const QString &id);
    QString containerId() const { return m_id; }
    /// Fetches the current container again (keeps a computed size).
    void reload();
    /// Shows an inspect result directly (what reload() does with the engine's answer).
    void setInspectData(const QJsonObject &inspect);
    const QJsonObject &inspectData() const { return m_data; }

    QTreeWidget *details() const { return m_tree; }
    QPlainTextEdit *rawJson() const { return m_raw; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *messageLabel() const { return m_message; }
    /// The published ports as links ("Open: localhost:8080 → 80/tcp"); hidden when none.
    QLabel *portsLabel() const { return m_ports; }
    /// The URLs the ports label and the Published ports rows open.
    QList<QUrl> portUrls() const;
    /// Switches between the readable details and the raw JSON.
    void setShowJson(bool json);
    /// Text of every visible details row, "Field: value", for copying and tests.
    QString detailsText() const;

Q_SIGNALS:
    /// A fetch ended (the data is shown) or failed (`error` says why).
    void loaded(const QString &error);

private:
    void fetch(bool withSize);
    void rebuild();
    void applySearch();
    void findInJson(bool backwards);
    void copy();
    QTreeWidgetItem *section(const QString &title, const QString &key);
    void showMessage(const QString &searchNote);
    void updatePorts();
    QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &field, const QString &value);

    QPointer<Engine> m_engine;
    QString m_id;
    QJsonObject m_data;
    QString m_error; ///< why the last fetch failed
    quint64 m_request = 0;
    QLabel *m_title;
    QLineEdit *m_search;
    QToolButton *m_json;
    QPushButton *m_size;
    QPushButton *m_copy;
    QStackedWidget *m_stack;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_raw;
    QLabel *m_message;
    QLabel *m_ports;
};
