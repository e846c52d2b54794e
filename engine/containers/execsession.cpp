#include "execsession.h"

#include "engine.h"
#include "logging.h"
#include "streamdecoders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace {

// How long the engine may take to record an exit after the stream closed.
constexpr int kExitPolls = 30;
constexpr int kExitPollMs = 100;

} // namespace

ExecSession::ExecSession(Engine *engine, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_containerId(containerId)
{
}

ExecSession::~ExecSession()
{
    ++m_generation;
    if (m_stream) {
        disconnect(m_stream.get(), nullptr, this, nullptr);
        m_stream->close();
    }
}

bool ExecSession::apiAtLeast(int minor) const
{
    if (!m_engine)
        return false;
    const QStringList v = m_engine->info().apiVersion.split(QLatin1Char('.'));
    return v.size() == 2 && (v.at(0).toInt() > 1 || v.at(1).toInt() >= minor);
}

void ExecSession::setInitialSize(int columns, int lines)
{
    if (columns > 0 && lines > 0)
        m_wantedSize = QSize(columns, lines);
}

QByteArray ExecSession::execCreateBody(const QStringList &command, bool tty, const QSize &size, bool consoleSize)
{
    QJsonObject o{{QStringLiteral("AttachStdin"), true},
                  {QStringLiteral("AttachStdout"), true},
                  {QStringLiteral("AttachStderr"), true},
                  {QStringLiteral("Tty"), tty},
                  {QStringLiteral("Cmd"), QJsonArray::fromStringList(command)}};
    if (tty) {
        // The widget is an xterm-compatible terminal; without TERM, programs such
        // as `top` or `vi` refuse to draw.
        o.insert(QStringLiteral("Env"), QJsonArray{QStringLiteral("TERM=xterm-256color")});
        if (consoleSize && size.isValid())
            o.insert(QStringLiteral("ConsoleSize"), QJsonArray{size.height(), size.width()});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ExecSession::fail(const EngineError &error)
{
    ++m_generation;
    m_state = State::Failed;
    if (m_stream)
        m_stream->close();
    Q_EMIT failed(error);
}

// --- exec ------------------------------------------------------------------------

void ExecSession::startExec(const QStringList &command, bool tty)
{
    if (m_state != State::Idle)
        return;
    m_mode = Mode::Exec;
    m_tty = tty;
    m_state = State::Starting;
    if (!m_engine) {
        fail(EngineError::make(EngineError::Kind::Other, tr("Not connected to an engine.")));
        return;
    }
    if (command.isEmpty()) {
        probeShell(0);
        return;
    }
    m_command = command;
    Q_EMIT commandChosen(m_command);
    createExec();
}

void ExecSession::probeShell(int index)
{
    const quint64 gen = m_generation;
    auto choose = [this, gen](const QString &shell) {
        if (gen != m_generation)
            return;
        m_command = {shell};
        Q_EMIT commandChosen(m_command);
        createExec();
    };
    if (m_shells.isEmpty()) {
        choose(QStringLiteral("/bin/sh"));
        return;
    }
    const QString shell = m_shells.at(index);
    // The last candidate is used untried: if even it is missing, the engine's own
    // words ("executable file not found") reach the terminal.
    if (index + 1 >= m_shells.size()) {
        choose(shell);
        return;
    }
    // `<shell> -c "exit 0"` without a TTY: exit 0 means the shell is there. Any other
    // outcome (126/127, or an engine that refuses to start it) moves on to the next.
    auto next = [this, gen, index, choose, shell](bool found) {
        if (gen != m_generation)
            return;
        if (found)
            choose(shell);
        else
            probeShell(index + 1);
    };
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("AttachStdout"), true},
                                  {QStringLiteral("AttachStderr"), true},
                                  {QStringLiteral("Tty"), false},
                                  {QStringLiteral("Cmd"), QJsonArray{shell, QStringLiteral("-c"), QStringLiteral("exit 0")}}})
            .toJson(QJsonDocument::Compact);
    Reply *created = m_engine->post(QStringLiteral("/containers/%1/exec").arg(m_containerId), {}, body);
    connect(created, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation)
            fail(e); // not running, no such container: the real exec would fail alike
    });
    connect(created, &Reply::finished, this, [this, gen, created, next] {
        if (gen != m_generation)
            return;
        const QString id = QJsonDocument::fromJson(created->body()).object().value(QLatin1String("Id")).toString();
        if (id.isEmpty()) {
            next(false);
            return;
        }
        HttpRequest r;
        r.method = "POST";
        r.target = m_engine->target(QStringLiteral("/exec/%1/start").arg(id));
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        r.body = R"({"Detach":false,"Tty":false})";
        r.upgrade = true;
        Reply *start = m_engine->send(r);
        connect(start, &Reply::failed, this, [next](const EngineError &) { next(false); });
        connect(start, &Reply::upgraded, this, [this, gen, start, id, next] {
            if (gen != m_generation)
                return;
            std::shared_ptr<HijackedStream> probe(start->takeHijackedStream().release(), [](HijackedStream *s) { s->deleteLater(); });
            if (!probe) {
                next(false);
                return;
            }
            auto inspect = [this, gen, id, next](auto &&self, int attempt) -> void {
                if (gen != m_generation || !m_engine)
                    return;
                Reply *r = m_engine->get(QStringLiteral("/exec/%1/json").arg(id));
                connect(r, &Reply::failed, this, [next](const EngineError &) { next(false); });
                connect(r, &Reply::finished, this, [this, r, self, attempt, next] {
                    const QJsonObject o = QJsonDocument::fromJson(r->body()).object();
                    const bool running = o.value(QLatin1String("Running")).toBool();
                    if (running && attempt < kExitPolls) {
                        QTimer::singleShot(kExitPollMs, this, [self, attempt] { self(self, attempt + 1); });
                        return;
                    }
                    next(!running && o.value(QLatin1String("ExitCode")).toInt(-1) == 0);
                });
            };
            // The probe's output is of no interest; its end is.
            connect(probe.get(), &HijackedStream::closed, this, [probe, inspect]() mutable {
                inspect(inspect, 0);
                probe.reset();
            });
        });
    });
}

void ExecSession::createExec()
{
    if (!m_engine)
        return;
    const quint64 gen = m_generation;
    Reply *created = m_engine->post(QStringLiteral("/containers/%1/exec").arg(m_containerId), {},
                                    execCreateBody(m_command, m_tty, m_wantedSize, apiAtLeast(42)));
    connect(created, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation)
            fail(e);
    });
    connect(created, &Reply::finished, this, [this, gen, created] {
        if (gen != m_generation)
            return;
        m_execId = QJsonDocument::fromJson(created->body()).object().value(QLatin1String("Id")).toString();
        if (m_execId.isEmpty()) {
            fail(EngineError::make(EngineError::Kind::Protocol, tr("The engine did not say which process it created.")));
            return;
        }
        startExecStream();
    });
}

void ExecSession::startExecStream()
{
    QJsonObject body{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), m_tty}};
    if (m_tty && apiAtLeast(42))
        body.insert(QStringLiteral("ConsoleSize"), QJsonArray{m_wantedSize.height(), m_wantedSize.width()});
    HttpRequest r;
    r.method = "POST";
    r.target = m_engine->target(QStringLiteral("/exec/%1/start").arg(m_execId));
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.upgrade = true;
    Reply *start = m_engine->send(r);
    const quint64 gen = m_generation;
    connect(start, &Reply::upgraded, this, [this, gen, start] {
        if (gen == m_generation)
            onUpgraded(start);
    });
    connect(start, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation)
            fail(e);
    });
}

// --- attach ------------------------------------------------------------------------

void ExecSession::attach()
{
    if (m_state != State::Idle)
        return;
    m_mode = Mode::Attach;
    m_state = State::Starting;
    openAttach();
}

void ExecSession::startAndAttach()
{
    if (m_state != State::Idle)
        return;
    m_mode = Mode::StartAttach;
    m_state = State::Starting;
    openAttach();
}

void ExecSession::openAttach()
{
    if (!m_engine) {
        fail(EngineError::make(EngineError::Kind::Other, tr("Not connected to an engine.")));
        return;
    }
    const quint64 gen = m_generation;
    // The container's TTY decides the stream's format; its state whether attaching
    // makes sense.
    Reply *inspect = m_engine->get(QStringLiteral("/containers/%1/json").arg(m_containerId));
    connect(inspect, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen == m_generation)
            fail(e);
    });
    connect(inspect, &Reply::finished, this, [this, gen, inspect] {
        if (gen != m_generation)
            return;
        const QJsonObject o = QJsonDocument::fromJson(inspect->body()).object();
        const QJsonObject config = o.value(QLatin1String("Config")).toObject();
        const bool running = o.value(QLatin1String("State")).toObject().value(QLatin1String("Running")).toBool();
        m_tty = config.value(QLatin1String("Tty")).toBool();
        const QJsonValue cmd = config.value(QLatin1String("Cmd"));
        m_command.clear();
        const QJsonArray entry = config.value(QLatin1String("Entrypoint")).toArray();
        for (const QJsonValue &v : entry)
            m_command.append(v.toString());
        for (const auto range = cmd.toArray(); const QJsonValue &v : range)
            m_command.append(v.toString());
        Q_EMIT commandChosen(m_command);
        if (m_mode == Mode::Attach && !running) {
            fail(EngineError::make(EngineError::Kind::Other,
                                   tr("The container is not running, so there is nothing to attach to. Start it first.")));
            return;
        }
        if (m_mode == Mode::StartAttach && running)
            m_mode = Mode::Attach; // already started: plain attach, as `docker start -ai` does
        QUrlQuery q;
        for (const char *k : {"stream", "stdin", "stdout", "stderr"})
            q.addQueryItem(QString::fromLatin1(k), QStringLiteral("1"));
        HttpRequest r;
        r.method = "POST";
        r.target = m_engine->target(QStringLiteral("/containers/%1/attach").arg(m_containerId), q);
        r.upgrade = true;
        Reply *att = m_engine->send(r);
        connect(att, &Reply::upgraded, this, [this, gen, att] {
            if (gen != m_generation)
                return;
            onUpgraded(att);
            if (m_mode != Mode::StartAttach)
                return;
            Reply *start = m_engine->post(QStringLiteral("/containers/%1/start").arg(m_containerId));
            connect(start, &Reply::failed, this, [this, gen](const EngineError &e) {
                if (gen == m_generation)
                    fail(e);
            });
        });
        connect(att, &Reply::failed, this, [this, gen](const EngineError &e) {
            if (gen == m_generation)
                fail(e);
        });
    });
}

// --- the stream ------------------------------------------------------------------------

void ExecSession::onUpgraded(Reply *reply)
{
    m_stream = reply->takeHijackedStream();
    if (!m_stream) {
        fail(EngineError::make(EngineError::Kind::Protocol, tr("The engine did not hand over the connection.")));
        return;
    }
    if (!m_tty)
        m_mux = std::make_unique<MultiplexDecoder>();
    m_state = State::Running;
    connect(m_stream.get(), &HijackedStream::received, this, &ExecSession::onReceived);
    connect(m_stream.get(), &HijackedStream::closed, this, &ExecSession::onStreamClosed);
    Q_EMIT started();
    const QByteArray leftover = m_stream->takeLeftover();
    if (!leftover.isEmpty())
        onReceived(leftover);
    if (!m_pendingInput.isEmpty())
        m_stream->write(std::exchange(m_pendingInput, {}));
    if (m_inputClosed)
        m_stream->closeWrite();
    // The size must reach the engine even when ConsoleSize did (a process started
    // before the request was made does not see ConsoleSize), as the CLI does.
    if (m_tty)
        sendResize();
}

void ExecSession::onReceived(const QByteArray &bytes)
{
    if (!m_mux) {
        Q_EMIT output(bytes, Channel::Stdout);
        return;
    }
    const auto frames = m_mux->feed(bytes);
    for (const auto &f : frames) {
        if (f.stream == MultiplexDecoder::StreamType::Stderr || f.stream == MultiplexDecoder::StreamType::SystemError)
            Q_EMIT output(f.payload, Channel::Stderr);
        else if (f.stream == MultiplexDecoder::StreamType::Stdout)
            Q_EMIT output(f.payload, Channel::Stdout);
    }
    if (m_mux->isFrameTooLarge()) {
        fail(EngineError::make(EngineError::Kind::Protocol,
                               tr("The engine sent a frame of %1 MiB, more than the %2 MiB any engine sends: the session's output cannot be read.")
                                   .arg(m_mux->announcedFrameBytes() / (1024 * 1024))
                                   .arg(MultiplexDecoder::kMaxFrameBytes / (1024 * 1024))));
        return;
    }
    if (m_mux->isCorrupt()) {
        // Not multiplexed after all: show the rest as it came rather than nothing,
        // from the first byte that did not come out in a frame.
        const QByteArray rest = m_mux->takeUndecoded();
        m_mux.reset();
        if (!rest.isEmpty())
            Q_EMIT output(rest, Channel::Stdout);
    }
}

void ExecSession::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_inputClosed)
        return;
    if (m_state == State::Running && m_stream)
        m_stream->write(bytes);
    else if (m_state == State::Idle || m_state == State::Starting)
        m_pendingInput += bytes;
}

void ExecSession::closeInput()
{
    if (m_inputClosed)
        return;
    m_inputClosed = true;
    if (m_state == State::Running && m_stream)
        m_stream->closeWrite();
}

void ExecSession::close()
{
    if (m_state == State::Running && m_stream)
        m_stream->close();
}

void ExecSession::hangUp()
{
    disconnect(this, nullptr, nullptr, nullptr); // whoever listened is going away
    if (m_state != State::Running || !m_stream) {
        ++m_generation;
        deleteLater();
        return;
    }
    ++m_generation; // no exit code wanted any more
    if (m_mode == Mode::Exec && m_tty)
        m_stream->write(QByteArrayLiteral("\x05\x15\x04"));
    disconnect(m_stream.get(), nullptr, this, nullptr);
    connect(m_stream.get(), &HijackedStream::closed, this, &QObject::deleteLater);
    m_stream->closeWrite();
    QTimer::singleShot(3000, this, &QObject::deleteLater);
}

void ExecSession::resize(int columns, int lines)
{
    if (columns <= 0 || lines <= 0)
        return;
    m_wantedSize = QSize(columns, lines);
    if (m_state == State::Running && m_tty)
        sendResize();
}

void ExecSession::sendResize()
{
    if (m_resizing || !m_engine || m_wantedSize == m_sentSize)
        return;
    m_resizing = true;
    const QSize size = m_wantedSize;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("h"), QString::number(size.height()));
    q.addQueryItem(QStringLiteral("w"), QString::number(size.width()));
    const QString path = m_mode == Mode::Exec ? QStringLiteral("/exec/%1/resize").arg(m_execId)
                                              : QStringLiteral("/containers/%1/resize").arg(m_containerId);
    Reply *r = m_engine->post(path, q);
    const quint64 gen = m_generation;
    connect(r, &Reply::finished, this, [this, gen, size] {
        if (gen != m_generation)
            return;
        m_resizing = false;
        m_sentSize = size;
        Q_EMIT resized(size);
        if (m_state == State::Running && m_wantedSize != m_sentSize)
            sendResize();
    });
    connect(r, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen != m_generation)
            return;
        m_resizing = false;
        // A process that just ended cannot be resized: nothing to tell the user.
        qCInfo(lcEngine) << "resize failed:" << e.kindName() << e.engineMessage;
    });
}

void ExecSession::onStreamClosed()
{
    if (m_state != State::Running)
        return;
    fetchExitCode(0);
}

void ExecSession::fetchExitCode(int attempt)
{
    if (!m_engine) {
        m_state = State::Ended;
        Q_EMIT ended(-1);
        return;
    }
    const quint64 gen = m_generation;
    const bool exec = m_mode == Mode::Exec;
    Reply *r = m_engine->get(exec ? QStringLiteral("/exec/%1/json").arg(m_execId) : QStringLiteral("/containers/%1/json").arg(m_containerId));
    connect(r, &Reply::finished, this, [this, gen, r, exec, attempt] {
        if (gen != m_generation)
            return;
        const QJsonObject o = QJsonDocument::fromJson(r->body()).object();
        const QJsonObject state = exec ? o : o.value(QLatin1String("State")).toObject();
        const bool running = state.value(QLatin1String("Running")).toBool();
        if (running && attempt < kExitPolls) {
            // The engine records the exit a moment after the stream closes.
            QTimer::singleShot(kExitPollMs, this, [this, gen, attempt] {
                if (gen == m_generation)
                    fetchExitCode(attempt + 1);
            });
            return;
        }
        m_exitCode = running ? -1 : state.value(QLatin1String("ExitCode")).toInt(-1);
        m_state = State::Ended;
        m_stream.reset();
        Q_EMIT ended(m_exitCode);
    });
    connect(r, &Reply::failed, this, [this, gen](const EngineError &e) {
        if (gen != m_generation)
            return;
        if (e.kind != EngineError::Kind::Http) {
            // Not the process ending: the engine itself went away (killed, stopped,
            // restarting) and took the session's connection with it.
            m_stream.reset();
            EngineError lost = e;
            lost.userMessage = tr("The connection to the engine was lost during the session. %1").arg(e.userMessage);
            fail(lost);
            return;
        }
        // The container is gone (`--rm`): the exit code went with it.
        m_state = State::Ended;
        m_stream.reset();
        Q_EMIT ended(-1);
    });
}
