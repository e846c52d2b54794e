#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;
class QWidget;

/// One Cais per user and per display: the first start listens on a local socket in
/// the user's runtime directory, a later start hands its arguments to it and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,    ///< this process runs the window; activated() reports later starts
        Secondary,  ///< the running Cais took the arguments: exit with 0
        Unanswered, ///< a Cais holds the socket but did not take the arguments
        Alone,      ///< no socket could be made: run without the rule
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket's path: the runtime directory is per user, the name per display.
    static QString serverPath();

    Role start(const QStringList &arguments);
    QString errorString() const { return m_error; }

    /// start(), with what main() needs: false when this process must end now, with
    /// exitCode() (0 once the running Cais took the arguments).
    bool claim(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }

    /// Raises `window` whenever Cais is started again.
    void follow(QWidget *window);
    /// Shows, restores and raises `window`.
    static void raise(QWidget *window);

Q_SIGNALS:
    void activated(const QStringList &arguments);

private:
    bool handOver(QLocalSocket &socket, const QStringList &arguments);
    void readConnection();

    QLocalServer *m_server = nullptr;
    QString m_error;
    int m_exitCode = 0;
};
