#pragma once

#include "engineerror.h"
#include "progress.h"
#include "reference.h"
#include "registryauth.h"
#include "reply.h"

#include <QObject>
#include <QPointer>

class Engine;

/// One pull or push of one image through the engine, from credentials to the
/// end of the progress stream. Start it, follow progressed(), cancel() at any
/// time (the request is aborted, and the engine stops). It ends exactly once in
/// Succeeded, Failed or Canceled, then emits finished().
///
/// When the registry refuses for lack of credentials (HTTP 401, or an
/// "unauthorized" / "authentication required" error inside the stream), the
/// operation fails with needsLogin() set and emits loginRequired(); calling
/// retryWithCredentials() with what the user typed starts it again.
class RegistryOperation : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Authenticating, Running, Succeeded, Failed, Canceled };
    Q_ENUM(State)

    ~RegistryOperation() override;

    Progress::Kind kind() const { return m_progress.kind(); }
    const Reference &reference() const { return m_reference; }
    /// Where credentials are looked up: "https://index.docker.io/v1/" or host[:port].
    QString registryKey() const { return RegistryAuth::registryKey(m_reference); }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Authenticating || m_state == State::Running; }
    bool isFinished() const { return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Canceled; }
    const Progress &progress() const { return m_progress; }
    /// The engine it runs on (null once that is gone).
    Engine *engine() const { return m_engine.data(); }
    /// Why it failed or was canceled.
    const EngineError &error() const { return m_error; }
    /// The failure is the registry asking for credentials.
    bool needsLogin() const { return m_needsLogin; }
    /// Where the credentials came from ("config.json", a helper, "login dialog"); empty for none.
    QString credentialsSource() const { return m_credentialsSource; }
    /// A problem with the saved credentials, to show next to the progress (translated).
    QString credentialsWarning() const { return m_credentialsWarning; }
    /// Credentials looked up with this (optional: without it none are sent).
    void setRegistryAuth(RegistryAuth *auth) { m_auth = auth; }
    /// Time the engine may take before its first byte (manifest resolution). Default 120 s.
    void setFirstByteTimeout(int ms) { m_firstByteTimeoutMs = ms; }

    /// Looks credentials up (asynchronously), then sends the request.
    void start();
    /// Starts again with `credentials` (typed in a login dialog), remembered for the session.
    void retryWithCredentials(const RegistryCredentials &credentials);
    /// Starts again with the same credentials lookup (after a failure or a cancel).
    void retry();
    /// Aborts the request; ends in Canceled unless already finished.
    void cancel();

    /// Whether an engine message means that the registry wants credentials.
    static bool isAuthenticationError(const QString &engineMessage, int code = 0);
    /// What to do about a registry that speaks plain HTTP ("server gave HTTP response to
    /// HTTPS client"), for Docker or Podman, whose settings differ; empty for other errors.
    static QString plainHttpAdvice(const QString &engineMessage, const QString &registry, bool podman);

Q_SIGNALS:
    void stateChanged(RegistryOperation::State state);
    /// The progress changed as `update` says (see Progress::Update).
    void progressed(const Progress::Update &update);
    /// A (re)start replaced the progress: layers start over.
    void restarted();
    void loginRequired(const QString &registryKey, const QString &message);
    void succeeded();
    void failed(const EngineError &error);
    /// After succeeded() or failed(), once per start.
    void finished();

protected:
    RegistryOperation(Engine *engine, const Reference &reference, Progress::Kind kind, QObject *parent);
    /// The request to send, without X-Registry-Auth (added by the base).
    virtual HttpRequest request(const Engine &engine) const = 0;
    /// The user-facing sentence for a failure with the engine's `message`.
    virtual QString failureText(const QString &message) const = 0;

private:
    void begin();
    void send(const RegistryCredentials &credentials);
    void setState(State state);
    void fail(EngineError error, int code = 0);
    void end(State state);

    QPointer<Engine> m_engine;
    QPointer<RegistryAuth> m_auth;
    QPointer<Reply> m_reply;
    Reference m_reference;
    Progress m_progress;
    State m_state = State::Idle;
    EngineError m_error;
    bool m_needsLogin = false;
    QString m_credentialsSource;
    QString m_credentialsWarning;
    int m_firstByteTimeoutMs = 120000;
    quint64 m_generation = 0; ///< bumps on every (re)start and cancel; late answers are dropped
};

/// `docker pull`: POST /images/create?fromImage=<normalised name>&tag=<tag or digest>.
class PullOperation : public RegistryOperation
{
    Q_OBJECT
public:
    /// `reference` as Reference::parseNormalized() gives it.
    PullOperation(Engine *engine, const Reference &reference, QObject *parent = nullptr);

protected:
    HttpRequest request(const Engine &engine) const override;
    QString failureText(const QString &message) const override;
};

/// `docker push`: POST /images/{name}/push?tag=<tag>, with X-Registry-Auth always
/// and a `{}` body. A reference without a tag pushes "latest", as the CLI does.
class PushOperation : public RegistryOperation
{
    Q_OBJECT
public:
    PushOperation(Engine *engine, const Reference &reference, QObject *parent = nullptr);
    /// Refuses what cannot be pushed (a digest), with a sentence saying why.
    static Result<Reference> validate(const Reference &reference);

protected:
    HttpRequest request(const Engine &engine) const override;
    QString failureText(const QString &message) const override;
};
