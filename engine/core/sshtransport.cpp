#include "sshtransport.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <linux/close_range.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

constexpr auto kAskpassVariable = "CAIS_SSH_ASKPASS";

// POSIX shell quoting, as docker/cli quotes the remote command (syntax.Quote): ssh
// hands the remote command to the user's shell there.
QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString q = word;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString lastLines(const QByteArray &standardError, int n = 3)
{
    QStringList lines;
    const QStringList all = QString::fromUtf8(standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : all) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('@')))
            lines << t;
    }
    return lines.mid(qMax(0, lines.size() - n)).join(QLatin1Char(' '));
}

// Blocking I/O on a raw socket: the askpass helper runs before any Qt object exists.
bool writeAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

} // namespace

// --- SshTransport -----------------------------------------------------------------------

QString SshTransport::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh"));
}

QStringList SshTransport::arguments(const Endpoint &endpoint)
{
    QStringList args;
    if (!endpoint.user.isEmpty())
        args << QStringLiteral("-l") << endpoint.user;
    if (endpoint.port)
        args << QStringLiteral("-p") << QString::number(endpoint.port);
    args << QStringLiteral("-o") << QStringLiteral("ConnectTimeout=30") << QStringLiteral("-T") << QStringLiteral("--")
         << endpoint.host;
    QStringList remote{QStringLiteral("docker")};
    if (!endpoint.path.isEmpty())
        remote << QStringLiteral("--host=unix://") + endpoint.path;
    remote << QStringLiteral("system") << QStringLiteral("dial-stdio");
    for (QString &word : remote)
        word = shellQuote(word);
    args << remote.join(QLatin1Char(' '));
    return args;
}

QProcessEnvironment SshTransport::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QLatin1String(kAskpassVariable));
    const QString server = SshPrompter::instance()->serverPath();
    if (server.isEmpty()) {
        // Nobody to ask: ssh must not wait for an answer that never comes.
        env.insert(QStringLiteral("SSH_ASKPASS"), QStringLiteral("/bin/false"));
    } else {
        env.insert(QStringLiteral("SSH_ASKPASS"), SshPrompter::askpassProgram());
        env.insert(QLatin1String(kAskpassVariable), server);
    }
    env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    return env;
}

QProcess *SshTransport::makeProcess(const Endpoint &endpoint, QObject *parent, int stdioFd)
{
    auto *p = new QProcess(parent);
    p->setProgram(program());
    p->setArguments(arguments(endpoint));
    p->setProcessEnvironment(environment());
    QProcess::UnixProcessParameters params;
    params.flags = QProcess::UnixProcessFlag::CreateNewSession | QProcess::UnixProcessFlag::IgnoreSigPipe
        | QProcess::UnixProcessFlag::ResetSignalHandlers;
    if (stdioFd < 0) {
        params.flags |= QProcess::UnixProcessFlag::CloseFileDescriptors;
    } else {
        // ssh's stdin and stdout are one end of a socket pair, the other end Cais's
        // socket: Cais reads it only as fast as it consumes (a paused stream stops
        // ssh, and through ssh the engine), where a QProcess pipe is read without limit.
        p->setStandardInputFile(QProcess::nullDevice());
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setChildProcessModifier([stdioFd] {
            ::dup2(stdioFd, STDIN_FILENO);
            ::dup2(stdioFd, STDOUT_FILENO);
            // As CloseFileDescriptors would, without closing the pair before it is
            // copied: nothing else open here reaches ssh.
            ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
        });
    }
    p->setUnixProcessParameters(params);
    return p;
}

namespace {
int s_loginAllowanceMs = 30000;
} // namespace

int SshTransport::loginAllowanceMs()
{
    return s_loginAllowanceMs;
}

void SshTransport::setLoginAllowanceMs(int ms)
{
    s_loginAllowanceMs = std::max(0, ms);
}

bool SshTransport::socketPair(int fds[2])
{
    return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0;
}

void SshTransport::dispose(QProcess *process)
{
    if (!process)
        return;
    process->disconnect();
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill(); // ssh goes, and with it the relay on the remote host
}

EngineError SshTransport::explainFailure(const Endpoint &endpoint, QProcess::ProcessError error, int exitCode,
                                         const QByteArray &standardError)
{
    using K = EngineError::Kind;
    const QString where = endpoint.toString();
    const QString host = endpoint.host;
    const QString said = lastLines(standardError);
    if (error == QProcess::FailedToStart)
        return EngineError::make(K::Ssh,
            QCoreApplication::translate("SshTransport", "Cannot reach %1: the ssh program was not found. Install the OpenSSH client (\"sudo apt install openssh-client\").")
                .arg(where));
    const QString text = QString::fromUtf8(standardError);
    auto has = [&](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    // The remote docker CLI's words when it cannot reach its engine
    // ("failed to open the raw stream connection: dial unix ...: connect: ...").
    if (has("raw stream connection") || has("Cannot connect to the Docker daemon") || has("Is the docker daemon running")
        || has("while trying to connect to the Docker daemon")) {
        if (has("permission denied"))
            return EngineError::make(K::PermissionDenied,
                QCoreApplication::translate("SshTransport", "ssh to %1 works, but the remote user may not use its engine. Add that user to the \"docker\" group "
                      "on the remote host.").arg(host), said);
        return EngineError::make(K::ConnectionRefused,
            QCoreApplication::translate("SshTransport", "ssh to %1 works, but no engine runs there at the address its docker CLI uses. Start the engine on "
                  "the remote host, or name its socket in the address (ssh://host/run/docker.sock).").arg(host), said);
    }
    if (has("REMOTE HOST IDENTIFICATION HAS CHANGED") || (has("host key for") && has("has changed")))
        return EngineError::make(K::SshHostKey,
            QCoreApplication::translate("SshTransport", "The host key of %1 has changed since you last connected. Someone may be intercepting the connection, or "
                  "the host was reinstalled. Check with its administrator, then remove the old key with "
                  "\"ssh-keygen -R %1\" and connect again.").arg(host), said);
    if (has("Host key verification failed") || has("host key is known for") || has("No matching host key"))
        return EngineError::make(K::SshHostKey,
            QCoreApplication::translate("SshTransport", "The host key of %1 was not accepted, so Cais did not connect. Connect again and accept the key if its "
                  "fingerprint is the one of your host (\"ssh-keyscan %1 | ssh-keygen -lf -\" on a trusted network shows it).")
                .arg(host), said);
    if (has("Permission denied (") || has("Too many authentication failures"))
        return EngineError::make(K::SshAuth,
            QCoreApplication::translate("SshTransport", "%1 refused the login. Check the user name in the address, and that your ssh key is in the remote "
                  "user's authorized_keys (\"ssh-copy-id %1\") or loaded in your ssh agent (\"ssh-add\").").arg(where), said);
    if (has("Could not resolve hostname"))
        return EngineError::make(K::HostNotFound,
            QCoreApplication::translate("SshTransport", "The host \"%1\" is unknown. Check the address, or the Host entries of your ssh config.").arg(host), said);
    if (has("Connection refused"))
        return EngineError::make(K::ConnectionRefused,
            QCoreApplication::translate("SshTransport", "Nothing accepts ssh connections at %1. Check the host and port, and that the ssh server runs there.").arg(where),
            said);
    if (has("timed out"))
        return EngineError::make(K::Timeout, QCoreApplication::translate("SshTransport", "%1 did not answer in time (ssh gave up after 30 seconds).").arg(where), said);
    if (exitCode == 127 || has("docker: not found") || has("docker: command not found")
        || (has("No such file or directory") && has("docker")))
        return EngineError::make(K::Ssh,
            QCoreApplication::translate("SshTransport", "There is no docker command on %1. Install the docker CLI there: Cais runs \"docker system dial-stdio\" "
                  "on the remote host, as the docker CLI does.").arg(host), said);
    if (has("dial-stdio") && (has("not a docker command") || has("unknown command") || has("unrecognized command")))
        return EngineError::make(K::Ssh,
            QCoreApplication::translate("SshTransport", "The docker command on %1 cannot relay a connection (\"docker system dial-stdio\" needs Docker 18.09 "
                  "or later; Podman's docker alias lacks it). Install the docker CLI there.").arg(host), said);
    if (has("Connection closed by") || has("Connection reset"))
        return EngineError::make(K::Closed, QCoreApplication::translate("SshTransport", "%1 closed the ssh connection.").arg(where), said);
    if (error == QProcess::Crashed)
        return EngineError::make(K::Closed, QCoreApplication::translate("SshTransport", "The ssh connection to %1 was cut.").arg(where), said);
    if (said.isEmpty())
        return EngineError::make(K::Closed, QCoreApplication::translate("SshTransport", "The ssh connection to %1 ended (exit code %2).").arg(where).arg(exitCode));
    return EngineError::make(K::Ssh, QCoreApplication::translate("SshTransport", "ssh to %1 failed: %2").arg(where, said), said);
}

bool SshTransport::needsUser(const EngineError &error)
{
    return error.kind == EngineError::Kind::SshHostKey || error.kind == EngineError::Kind::SshAuth;
}

// --- SshPrompt --------------------------------------------------------------------------

SshPrompt::SshPrompt(const QString &text, QLocalSocket *socket, QObject *parent)
    : QObject(parent)
    , m_text(text)
    , m_kind(kindOf(text))
    , m_socket(socket)
{
    if (socket)
        connect(socket, &QLocalSocket::disconnected, this, [this] {
            if (!m_answered) {
                m_answered = true;
                Q_EMIT withdrawn();
                deleteLater();
            }
        });
}

SshPrompt::~SshPrompt() = default;

SshPrompt::Kind SshPrompt::kindOf(const QString &text)
{
    if (text.contains(QLatin1String("continue connecting")))
        return Kind::HostKey;
    static const QRegularExpression secret(QStringLiteral("(password|passphrase|PIN)[^\\n]*:\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (secret.match(text).hasMatch())
        return Kind::Secret;
    return Kind::Other;
}

QString SshPrompt::host() const
{
    // "The authenticity of host '[127.0.0.1]:2222 ([127.0.0.1]:2222)' can't be established."
    static const QRegularExpression re(QStringLiteral("authenticity of host '([^' ]+)"));
    const auto m = re.match(m_text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString SshPrompt::fingerprint() const
{
    static const QRegularExpression re(QStringLiteral("key fingerprint is (\\S+)"));
    const auto m = re.match(m_text);
    QString fp = m.hasMatch() ? m.captured(1) : QString();
    if (fp.endsWith(QLatin1Char('.'))) // the end of ssh's sentence
        fp.chop(1);
    return fp;
}

void SshPrompt::answer(const QString &reply)
{
    send(true, reply);
}

void SshPrompt::cancel()
{
    send(false, {});
}

void SshPrompt::send(bool ok, const QString &reply)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_socket) {
        m_socket->write(ok ? QByteArray("1") + reply.toUtf8() : QByteArray("0"));
        m_socket->disconnectFromServer();
    }
    deleteLater();
}

// --- SshPrompter ------------------------------------------------------------------------

SshPrompter *SshPrompter::instance()
{
    static QPointer<SshPrompter> prompter;
    if (!prompter)
        prompter = new SshPrompter(QCoreApplication::instance());
    return prompter;
}

SshPrompter::SshPrompter(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString path = QDir::temp().filePath(QStringLiteral("cais-askpass-%1-%2")
                                                   .arg(QCoreApplication::applicationPid())
                                                   .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    if (!m_server->listen(path))
        qCWarning(lcEngine) << "ssh questions cannot be asked: cannot listen on" << path << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, &SshPrompter::onNewConnection);
}

SshPrompter::~SshPrompter()
{
    m_server->close(); // removes the socket file
}

QString SshPrompter::serverPath() const
{
    return m_server->isListening() ? m_server->fullServerName() : QString();
}

QString SshPrompter::askpassProgram()
{
    return QCoreApplication::applicationFilePath();
}

void SshPrompter::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadable(socket); });
        onReadable(socket);
    }
}

void SshPrompter::onReadable(QLocalSocket *socket)
{
    // "<length>\n<question>", once.
    if (socket->property("cais-asked").toBool())
        return;
    const QByteArray buffered = socket->peek(socket->bytesAvailable());
    const qsizetype nl = buffered.indexOf('\n');
    if (nl < 0) {
        if (buffered.size() > 16)
            socket->abort();
        return;
    }
    bool ok = false;
    const qsizetype length = buffered.left(nl).toLongLong(&ok);
    if (!ok || length < 0 || length > 64 * 1024) {
        socket->abort();
        return;
    }
    if (buffered.size() < nl + 1 + length)
        return;
    socket->read(nl + 1);
    const QString text = QString::fromUtf8(socket->read(length));
    socket->setProperty("cais-asked", true);
    auto *prompt = new SshPrompt(text, socket, this);
    ++m_asked;
    ++m_open;
    connect(prompt, &QObject::destroyed, this, [this] {
        --m_open;
        Q_EMIT openPromptsChanged(m_open);
    });
    Q_EMIT openPromptsChanged(m_open);
    qCInfo(lcEngine) << "ssh asks:" << prompt->kind() << text.simplified().left(200);
    if (!isSignalConnected(QMetaMethod::fromSignal(&SshPrompter::promptRequested))) {
        prompt->cancel();
        return;
    }
    Q_EMIT promptRequested(prompt);
}

int SshPrompter::runAskpassIfAsked(int argc, char **argv)
{
    // ssh's askpass helper, before any QCoreApplication: plain libc.
    const char *server = std::getenv(kAskpassVariable); // clazy:exclude=raw-environment-function
    if (!server || !*server)
        return -1;
    const std::string question = argc > 1 ? std::string(argv[1]) : std::string();
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (std::strlen(server) >= sizeof(addr.sun_path))
        return 1;
    std::strncpy(addr.sun_path, server, sizeof(addr.sun_path) - 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 1;
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr)) != 0
        || !writeAll(fd, std::to_string(question.size()) + '\n' + question)) {
        ::close(fd);
        return 1;
    }
    std::string reply;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        reply.append(buf, size_t(n));
        if (reply.size() > 64 * 1024)
            break;
    }
    ::close(fd);
    if (reply.empty() || reply[0] != '1')
        return 1;
    std::fwrite(reply.data() + 1, 1, reply.size() - 1, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}
