#pragma once

#include "engineerror.h"
#include "reply.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

class Engine;
class MultiplexDecoder;

/// An interactive process in a container over the engine's hijacked connection
/// (`101 UPGRADED`): `docker exec -it`, `docker attach` or `docker start -ai`.
/// Bytes typed go in with write(), the process's output comes out of output();
/// with a TTY both are the raw terminal bytes, without one the output is
/// demultiplexed into stdout and stderr. resize() tells the engine the terminal's
/// size. When the connection ends, the exit code is fetched from the engine and
/// ended() reports it.
class ExecSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Exec, Attach, StartAttach };
    enum class State { Idle, Starting, Running, Ended, Failed };
    enum class Channel { Stdout, Stderr };

    ExecSession(Engine *engine, const QString &containerId, QObject *parent = nullptr);
    ~ExecSession() override;

    /// The size sent with the exec's creation and once the stream is open.
    void setInitialSize(int columns, int lines);

    /// `docker exec -it`: runs `command` in the container; without one, the first
    /// of shellCandidates() the container has (each tried with a quick probe).
    void startExec(const QStringList &command = {}, bool tty = true);
    /// The shells an exec without a command looks for, in order; the last one is
    /// used without a probe. Default: /bin/bash, then /bin/sh.
    void setShellCandidates(const QStringList &shells) { m_shells = shells; }
    const QStringList &shellCandidates() const { return m_shells; }
    /// `docker attach`: the container's own process, which must be running.
    void attach();
    /// `docker start -ai`: attaches first (no output is lost), then starts.
    void startAndAttach();

    /// Sends bytes to the process. Bytes written before the stream is open wait.
    void write(const QByteArray &bytes);
    /// Tells the engine the terminal's size (coalesced: one request at a time).
    void resize(int columns, int lines);
    /// End of input (Ctrl+D for a process that reads without a TTY).
    void closeInput();
    /// Drops the connection at once. The engine does not end an exec'd process
    /// whose client went away; an attached container keeps running.
    void close();
    /// Leaves the session for good, politely: an exec'd shell at its prompt is sent
    /// an end of input (Ctrl+E Ctrl+U Ctrl+D) so that it exits instead of lingering
    /// in the container; an attached container is just detached from. The session
    /// then deletes itself once the engine closed the connection (or after 3 s).
    void hangUp();

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    bool isTty() const { return m_tty; }
    const QString &containerId() const { return m_containerId; }
    /// The command that runs (for exec, once chosen).
    const QStringList &command() const { return m_command; }
    const QString &execId() const { return m_execId; }
    /// Known after ended(); -1 when unknown (the container was detached from, or
    /// kept running).
    int exitCode() const { return m_exitCode; }
    /// The last size the engine confirmed.
    QSize engineSize() const { return m_sentSize; }

    /// `{"Cmd": ...}` style body for POST /containers/{id}/exec.
    static QByteArray execCreateBody(const QStringList &command, bool tty, const QSize &size, bool consoleSize);

Q_SIGNALS:
    /// The command was chosen (exec without a command: after the probe).
    void commandChosen(const QStringList &command);
    /// The stream is open: output flows, input is taken.
    void started();
    void output(const QByteArray &bytes, ExecSession::Channel channel);
    /// The engine applied a size.
    void resized(const QSize &size);
    /// The process ended (or the connection did); exitCode -1 when unknown.
    void ended(int exitCode);
    void failed(const EngineError &error);

private:
    void probeShell(int index);
    void createExec();
    void startExecStream();
    void openAttach();
    void onUpgraded(Reply *reply);
    void onStreamClosed();
    void onReceived(const QByteArray &bytes);
    void fetchExitCode(int attempt);
    void sendResize();
    void fail(const EngineError &error);
    bool apiAtLeast(int minor) const;

    QPointer<Engine> m_engine;
    QString m_containerId;
    Mode m_mode = Mode::Exec;
    State m_state = State::Idle;
    bool m_tty = true;
    QStringList m_command;
    QStringList m_shells{QStringLiteral("/bin/bash"), QStringLiteral("/bin/sh")};
    QString m_execId;
    int m_exitCode = -1;
    std::unique_ptr<HijackedStream> m_stream;
    std::unique_ptr<MultiplexDecoder> m_mux;
    QByteArray m_pendingInput;
    bool m_inputClosed = false;
    QSize m_wantedSize{80, 24};
    QSize m_sentSize;
    bool m_resizing = false;
    quint64 m_generation = 0;
};
