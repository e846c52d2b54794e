#pragma once

#include <QFrame>
#include <QPointer>

class Engine;
class QLabel;
class QPushButton;

/// A bar above the pages that says why the engine cannot be reached and what to
/// do, and offers to retry now. Hidden while the engine is connected.
class EngineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit EngineBanner(QWidget *parent = nullptr);
    void setEngine(Engine *engine);
    /// For an engine address that could not even be parsed.
    void showPermanentError(const QString &message);
    QString message() const;

private:
    void update();
    QPointer<Engine> m_engine;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};
