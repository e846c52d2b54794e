#include "pullpush.h"

#include "engine.h"
#include "logging.h"
#include "reply.h"

#include <QUrlQuery>

RegistryOperation::RegistryOperation(Engine *engine, const Reference &reference, Progress::Kind kind, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reference(reference)
    , m_progress(kind)
{
}

RegistryOperation::~RegistryOperation()
{
    ++m_generation;
    if (m_reply)
        m_reply->abort();
}

bool RegistryOperation::isAuthenticationError(const QString &message, int code)
{
    if (code == 401)
        return true;
    // Words of the engine and of registries (distribution, Harbor, Docker Hub) when
    // credentials are missing or wrong.
    static const QLatin1String needles[] = {
        QLatin1String("unauthorized"),
        QLatin1String("authentication required"),
        QLatin1String("no basic auth credentials"),
        QLatin1String("requested access to the resource is denied"),
        QLatin1String("may require 'docker login'"),
        QLatin1String("incorrect username or password"),
    };
    for (const QLatin1String &n : needles) {
        if (message.contains(n, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void RegistryOperation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RegistryOperation::start()
{
    begin();
}

void RegistryOperation::retry()
{
    begin();
}

void RegistryOperation::retryWithCredentials(const RegistryCredentials &credentials)
{
    RegistryCredentials c = credentials;
    if (c.serverAddress.isEmpty())
        c.serverAddress = registryKey();
    if (m_auth)
        m_auth->remember(registryKey(), c);
    ++m_generation; // a run in progress is dropped silently: this one replaces it
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
    m_credentialsSource = tr("login dialog");
    m_credentialsWarning.clear();
    m_progress = Progress(kind());
    m_error = {};
    m_needsLogin = false;
    Q_EMIT restarted();
    send(c);
}

void RegistryOperation::begin()
{
    if (isRunning())
        return;
    const quint64 gen = ++m_generation;
    m_progress = Progress(kind());
    m_error = {};
    m_needsLogin = false;
    m_credentialsSource.clear();
    m_credentialsWarning.clear();
    Q_EMIT restarted();
    if (!m_engine) {
        fail(EngineError::make(EngineError::Kind::Other, tr("There is no engine to talk to.")));
        return;
    }
    if (!m_auth) {
        send({});
        return;
    }
    setState(State::Authenticating);
    m_auth->lookup(registryKey()).then(this, [this, gen](const RegistryAuth::Lookup &l) {
        if (gen != m_generation || m_state != State::Authenticating)
            return;
        m_credentialsSource = l.source;
        m_credentialsWarning = l.warning;
        send(l.credentials);
    });
}

void RegistryOperation::send(const RegistryCredentials &credentials)
{
    if (!m_engine) {
        fail(EngineError::make(EngineError::Kind::Other, tr("There is no engine to talk to.")));
        return;
    }
    const quint64 gen = m_generation;
    setState(State::Running);
    HttpRequest r = request(*m_engine);
    r.headers.append({QByteArrayLiteral("X-Registry-Auth"), credentials.toHeader()});
    // The head comes once the manifest is resolved; then layers may be silent for
    // long (bodies have no timeout).
    r.firstByteTimeoutMs = m_firstByteTimeoutMs;
    Reply *reply = m_engine->send(r);
    reply->setKeepBody(false);
    m_reply = reply;
    connect(reply, &Reply::dataReceived, this, [this, gen, reply](const QByteArray &chunk) {
        // A socket read may hold many progress lines (a fast local registry sends a
        // layer's whole life at once): an update per line, so that every phase a layer
        // goes through is seen, as the CLI prints each.
        qsizetype from = 0;
        // (A slot may cancel: then the reply is gone and the rest is dropped.)
        while (from < chunk.size() && gen == m_generation && m_reply == reply) {
            const qsizetype nl = chunk.indexOf('\n', from);
            const qsizetype end = nl < 0 ? chunk.size() : nl + 1;
            const Progress::Update u = m_progress.feed(chunk.mid(from, end - from));
            from = end;
            if (!u.isEmpty())
                Q_EMIT progressed(u);
        }
    });
    connect(reply, &Reply::finished, this, [this, gen] {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        const Progress::Update u = m_progress.finish();
        if (!u.isEmpty())
            Q_EMIT progressed(u);
        if (m_progress.isFailed()) {
            fail(EngineError::make(EngineError::Kind::Other, failureText(m_progress.errorMessage()), m_progress.errorMessage()),
                 m_progress.errorCode());
            return;
        }
        end(State::Succeeded);
    });
    connect(reply, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen != m_generation)
            return;
        m_reply = nullptr;
        if (e.kind == EngineError::Kind::Canceled) {
            m_error = e;
            end(State::Canceled);
            return;
        }
        EngineError err = e;
        if (e.kind == EngineError::Kind::Http && !e.engineMessage.isEmpty())
            err.userMessage = failureText(e.engineMessage);
        fail(err, e.httpStatus == 401 ? 401 : 0);
    });
}

QString RegistryOperation::plainHttpAdvice(const QString &engineMessage, const QString &registry, bool podman)
{
    if (!engineMessage.contains(QLatin1String("HTTP response to HTTPS client"), Qt::CaseInsensitive))
        return {};
    if (podman) {
        return tr("The registry %1 answers in plain HTTP, and Podman talks to registries only over HTTPS unless told otherwise. "
                  "If you trust it, add it to registries.conf (/etc/containers/registries.conf, or "
                  "~/.config/containers/registries.conf for rootless Podman) as [[registry]] location = \"%1\" insecure = true.")
            .arg(registry);
    }
    return tr("The registry %1 answers in plain HTTP, and Docker talks to registries only over HTTPS unless told otherwise. "
              "If you trust it, add it to \"insecure-registries\" in /etc/docker/daemon.json and restart dockerd.")
        .arg(registry);
}

void RegistryOperation::fail(EngineError error, int code)
{
    const QString advice = plainHttpAdvice(error.engineMessage.isEmpty() ? error.userMessage : error.engineMessage,
                                           m_reference.domain.isEmpty() ? registryKey() : m_reference.domain,
                                           m_engine && m_engine->info().podman);
    if (!advice.isEmpty())
        error.userMessage = failureText(advice);
    m_needsLogin = isAuthenticationError(error.engineMessage, code) || isAuthenticationError(error.userMessage, code);
    if (m_needsLogin) {
        error.userMessage = tr("The registry %1 asks for credentials: log in and try again.")
                                .arg(m_reference.domain.isEmpty() ? registryKey() : m_reference.domain);
    }
    m_error = error;
    // The engine's words only: they never hold a credential.
    qCInfo(lcEngine) << (kind() == Progress::Kind::Pull ? "pull" : "push") << m_reference.toString() << "failed:" << error.kindName()
                     << error.engineMessage;
    if (m_needsLogin)
        Q_EMIT loginRequired(registryKey(), error.fullText());
    end(State::Failed);
}

void RegistryOperation::end(State state)
{
    setState(state);
    if (state == State::Succeeded)
        Q_EMIT succeeded();
    else
        Q_EMIT failed(m_error);
    Q_EMIT finished();
}

void RegistryOperation::cancel()
{
    if (m_state == State::Authenticating) {
        ++m_generation; // the pending lookup's answer is dropped
        m_error = EngineError::make(EngineError::Kind::Canceled, tr("Canceled."));
        end(State::Canceled);
        return;
    }
    if (m_state == State::Running && m_reply)
        m_reply->abort(); // ends in Reply::failed(Canceled), handled above
}

// --- PullOperation ------------------------------------------------------------------

PullOperation::PullOperation(Engine *engine, const Reference &reference, QObject *parent)
    : RegistryOperation(engine, reference, Progress::Kind::Pull, parent)
{
}

HttpRequest PullOperation::request(const Engine &engine) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fromImage"), reference().fromImage());
    q.addQueryItem(QStringLiteral("tag"), reference().tagOrDigest());
    HttpRequest r;
    r.method = "POST";
    r.target = engine.target(QStringLiteral("/images/create"), q);
    return r;
}

QString PullOperation::failureText(const QString &message) const
{
    return tr("Cannot pull %1: %2").arg(reference().familiar(), message);
}

// --- PushOperation ------------------------------------------------------------------

PushOperation::PushOperation(Engine *engine, const Reference &reference, QObject *parent)
    : RegistryOperation(engine, reference, Progress::Kind::Push, parent)
{
}

Result<Reference> PushOperation::validate(const Reference &reference)
{
    if (!reference.digest.isEmpty()) {
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("“%1” names an image by its digest; only a tag can be pushed. Tag the image first, then push the tag.")
                .arg(reference.familiar())));
    }
    return reference.withDefaultTag();
}

HttpRequest PushOperation::request(const Engine &engine) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tag"), reference().tag.isEmpty() ? QStringLiteral("latest") : reference().tag);
    HttpRequest r;
    r.method = "POST";
    r.target = engine.target(QStringLiteral("/images/%1/push").arg(reference().name()), q);
    // The engine refuses a push without X-Registry-Auth (the base always sends it;
    // "e30=", i.e. {}, means anonymous) and wants a body.
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = "{}";
    return r;
}

QString PushOperation::failureText(const QString &message) const
{
    return tr("Cannot push %1: %2").arg(reference().familiar(), message);
}
