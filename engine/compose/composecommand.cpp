#include "composecommand.h"

#include "logging.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

ComposeCommand::ComposeCommand(const Endpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
}

ComposeCommand::~ComposeCommand()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // The process outlives this object until it is reaped: a QProcess deleted
        // while running blocks in waitForFinished.
        QProcess *p = m_process;
        p->setParent(nullptr);
        disconnect(p, nullptr, this, nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->terminate();
        QTimer::singleShot(5000, p, [p] { p->kill(); });
    }
}

QString ComposeCommand::verbName(Verb verb)
{
    switch (verb) {
    case Verb::Config: return QStringLiteral("config");
    case Verb::Up: return QStringLiteral("up");
    case Verb::Down: return QStringLiteral("down");
    case Verb::Restart: return QStringLiteral("restart");
    case Verb::Pull: return QStringLiteral("pull");
    case Verb::Logs: return QStringLiteral("logs");
    case Verb::Ps: return QStringLiteral("ps");
    }
    return {};
}

QStringList ComposeCommand::arguments(Verb verb, const ComposeTarget &target, const Options &options)
{
    QStringList args{QStringLiteral("compose")};
    for (const QString &f : target.files)
        args << QStringLiteral("-f") << f;
    if (!target.project.isEmpty())
        args << QStringLiteral("-p") << target.project;
    if (!target.workingDir.isEmpty())
        args << QStringLiteral("--project-directory") << target.workingDir;
    args << QStringLiteral("--progress") << QStringLiteral("plain") << QStringLiteral("--ansi") << QStringLiteral("never");
    args << verbName(verb);
    switch (verb) {
    case Verb::Config: args << QStringLiteral("--format") << QStringLiteral("json"); break;
    case Verb::Up: args << QStringLiteral("-d"); break;
    case Verb::Down:
        if (options.removeVolumes)
            args << QStringLiteral("-v");
        break;
    // The newest lines of each container: a project that ran for weeks must not fill memory.
    case Verb::Logs:
        args << QStringLiteral("-t") << QStringLiteral("--no-color") << QStringLiteral("--tail") << QString::number(logTailLines);
        break;
    case Verb::Ps: args << QStringLiteral("-a") << QStringLiteral("--format") << QStringLiteral("json"); break;
    case Verb::Restart:
    case Verb::Pull: break;
    }
    if (verb != Verb::Config && verb != Verb::Down && verb != Verb::Ps)
        args << options.services;
    return args;
}

void ComposeCommand::start(Verb verb, const ComposeTarget &target, const Options &options, const QString &fileText,
                           const QStringList &services)
{
    m_verb = verb;
    m_target = target;
    m_fileText = fileText;
    m_services = services;
    m_pending.clear();
    m_errors.clear();
    m_canceled = false;
    m_reported = false;
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            Result r;
            r.verb = m_verb;
            r.error.message = tr("The docker command is not installed. Install the docker CLI and its Compose plugin, which Cais runs for Compose files.");
            m_reported = true;
            Q_EMIT finished(r);
        });
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(docker);
    m_process->setArguments(arguments(verb, target, options));
    m_process->setProcessEnvironment(m_endpoint.cliEnvironment());
    const QString dir = !target.workingDir.isEmpty() ? target.workingDir
                        : !target.files.isEmpty()     ? QFileInfo(target.files.constFirst()).absolutePath()
                                                      : QString();
    if (QFileInfo(dir).isDir())
        m_process->setWorkingDirectory(dir);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readErrors(false); });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { done(exitCode, status == QProcess::CrashExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || m_reported)
            return;
        m_reported = true;
        Result r;
        r.verb = m_verb;
        r.error.message = tr("The docker command could not be started: %1").arg(m_process ? m_process->errorString() : QString());
        if (m_process)
            m_process->deleteLater();
        Q_EMIT finished(r);
    });
    qCDebug(lcEngine) << "compose:" << docker << m_process->arguments();
    m_process->start();
}

bool ComposeCommand::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ComposeCommand::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_process->terminate();
    QTimer::singleShot(5000, m_process, [p = m_process] {
        if (p && p->state() != QProcess::NotRunning)
            p->kill();
    });
}

void ComposeCommand::readErrors(bool atEnd)
{
    if (!m_process)
        return;
    m_pending += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(nl));
        m_pending.remove(0, nl + 1);
        m_errors += line + QLatin1Char('\n');
        const ComposeLine parsed = ComposeOutput::parseLine(line, m_target.project, m_services);
        if (!parsed.text.isEmpty())
            Q_EMIT lineReceived(parsed);
    }
    if (atEnd && !m_pending.isEmpty()) {
        const QString line = QString::fromUtf8(m_pending);
        m_pending.clear();
        m_errors += line;
        const ComposeLine parsed = ComposeOutput::parseLine(line, m_target.project, m_services);
        if (!parsed.text.isEmpty())
            Q_EMIT lineReceived(parsed);
    }
}

void ComposeCommand::done(int exitCode, bool crashed)
{
    if (m_reported)
        return;
    m_reported = true;
    readErrors(true);
    Result r;
    r.verb = m_verb;
    r.exitCode = crashed ? -1 : exitCode;
    r.canceled = m_canceled;
    r.ok = !crashed && exitCode == 0 && !m_canceled;
    r.errors = m_errors;
    if (m_process) {
        r.output = m_process->readAllStandardOutput();
        m_process->deleteLater();
    }
    if (m_canceled)
        r.error.message = tr("docker compose %1 was canceled.").arg(verbName(m_verb));
    else if (crashed)
        r.error.message = tr("docker compose stopped unexpectedly.");
    else if (!r.ok)
        r.error = ComposeError::explain(m_errors, exitCode, m_fileText);
    Q_EMIT finished(r);
}
