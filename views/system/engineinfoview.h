#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class Engine;
class QFormLayout;
class QLabel;
class QPushButton;

/// What the engine says about itself (`docker info` and `docker version`): product and
/// version, API, OS and kernel, storage and cgroup drivers, CPUs and memory, root
/// directory, registries, and the warnings it reports, shown first and prominently.
class EngineInfoView : public QWidget
{
    Q_OBJECT
public:
    explicit EngineInfoView(Engine *engine, QWidget *parent = nullptr);

    /// Asks the engine again.
    void refresh();
    /// Shows this `/info` answer (tests feed it).
    void setInfo(const QJsonObject &info);

    QLabel *warningsLabel() const { return m_warnings; }
    /// The value shown for a field (by its object name, e.g. "storageDriver"), for tests.
    QString valueOf(const QString &field) const;

Q_SIGNALS:
    void updated();

private:
    QLabel *addField(const QString &objectName, const QString &label);

    QPointer<Engine> m_engine;
    QLabel *m_warnings;
    QLabel *m_status;
    QFormLayout *m_form;
    QPushButton *m_refresh;
    QList<QLabel *> m_values;
};
