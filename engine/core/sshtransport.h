#pragma once

#include "endpoint.h"
#include "engineerror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

/// ssh:// engines, as the docker CLI reaches them (cli/connhelper): one child `ssh`
/// process per connection, running `docker system dial-stdio` on the remote host, with
/// HTTP over its stdin and stdout. The user's ssh (its config, keys and agent) does the
/// work; what ssh would ask on a terminal (an unknown host key, a passphrase, a
/// password) comes to Cais through SSH_ASKPASS and is asked of the user, never
/// answered silently.
namespace SshTransport {

/// The ssh found in PATH, or empty.
QString program();
/// ssh's arguments for one connection, as the CLI makes them: `-l user`, `-p port`,
/// `-o ConnectTimeout=30 -T -- host docker system dial-stdio`, with
/// `--host=unix://PATH` before `system` when the address names a remote socket.
QStringList arguments(const Endpoint &endpoint);
/// The child's environment: this process's (SSH_AUTH_SOCK and the rest stay), with
/// ssh's prompts sent to SshPrompter when it listens, else none asked at all.
QProcessEnvironment environment();
/// A QProcess for one connection, not started; its own session (no controlling
/// terminal, so ssh never asks on the terminal Cais was started from). With
/// `stdioFd`, ssh's stdin and stdout are that socket (one end of socketPair()); its
/// stderr stays a pipe of the QProcess.
QProcess *makeProcess(const Endpoint &endpoint, QObject *parent, int stdioFd = -1);
/// A connected pair of local stream sockets (close-on-exec), for makeProcess().
bool socketPair(int fds[2]);

/// How long a fresh ssh connection may take, beyond the request's own first-byte
/// timeout, to log in and start the relay (ssh's ConnectTimeout is 30 s). The clock
/// stops while ssh waits on the user (a host key, a passphrase). Tests shorten it.
int loginAllowanceMs();
void setLoginAllowanceMs(int ms);

/// Ends a connection's ssh process without blocking: killed, and deleted once reaped.
void dispose(QProcess *process);

/// What the failure of an ssh connection means, in words a user can act on, from how
/// the process ended and what it wrote on stderr.
EngineError explainFailure(const Endpoint &endpoint, QProcess::ProcessError error, int exitCode,
                           const QByteArray &standardError);

/// Whether reconnecting by itself would only ask the user the same question again or
/// fail the same way (a refused host key, refused authentication): then Cais waits
/// for the user to reconnect.
bool needsUser(const EngineError &error);
} // namespace SshTransport

/// One question ssh asks: a host key to accept, a passphrase or a password.
class SshPrompt : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        HostKey, ///< "Are you sure you want to continue connecting (yes/no/[fingerprint])?"
        Secret,  ///< a password, passphrase or PIN: typed without echo
        Other,   ///< any other question, answered in clear
    };
    Q_ENUM(Kind)

    SshPrompt(const QString &text, QLocalSocket *socket, QObject *parent = nullptr);
    ~SshPrompt() override;

    QString text() const { return m_text; }
    Kind kind() const { return m_kind; }
    /// For a host key: the host and the key's fingerprint, as ssh printed them (may be empty).
    QString host() const;
    QString fingerprint() const;

    /// Gives ssh this answer ("yes" or "no" for a host key).
    void answer(const QString &reply);
    /// Gives ssh no answer: it treats the question as refused.
    void cancel();
    bool isAnswered() const { return m_answered; }

    static Kind kindOf(const QString &text);

Q_SIGNALS:
    /// ssh went away before the question was answered (the connection was dropped).
    void withdrawn();

private:
    void send(bool ok, const QString &reply);

    QString m_text;
    Kind m_kind;
    QPointer<QLocalSocket> m_socket;
    bool m_answered = false;
};

/// Receives ssh's questions from the askpass helper (this program started again as
/// SSH_ASKPASS) on a private local socket, and hands them to whoever asks the user.
/// With nobody connected to promptRequested(), every question is refused at once.
class SshPrompter : public QObject
{
    Q_OBJECT
public:
    /// The one prompter of this process, made on first use in the calling thread (the GUI's).
    static SshPrompter *instance();
    ~SshPrompter() override;

    /// The socket the askpass helper reaches; empty when it could not listen.
    QString serverPath() const;
    /// The program ssh runs as SSH_ASKPASS: this executable.
    static QString askpassProgram();

    /// When this process was started by ssh as SSH_ASKPASS (CAIS_SSH_ASKPASS in its
    /// environment, the question as its one argument): asks the prompter of the Cais
    /// that started ssh, prints the answer for ssh and returns the exit code (0, or 1
    /// when refused). Otherwise returns -1 at once. Call first thing in main().
    static int runAskpassIfAsked(int argc, char **argv);

    /// The questions asked so far in this process (for tests and logs).
    int promptsAsked() const { return m_asked; }
    /// The questions asked and not answered yet.
    int openPrompts() const { return m_open; }

Q_SIGNALS:
    /// A question was asked or answered (or ssh went away): `open` are still waiting.
    void openPromptsChanged(int open);
    /// A question for the user. The receiver answers or cancels it (now or later);
    /// the prompt is deleted after that, or when ssh goes away.
    void promptRequested(SshPrompt *prompt);

private:
    explicit SshPrompter(QObject *parent = nullptr);
    void onNewConnection();
    void onReadable(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
    int m_asked = 0;
    int m_open = 0;
};
