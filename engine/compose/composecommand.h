#pragma once

#include "composeproject.h"
#include "endpoint.h"

#include <QObject>
#include <QPointer>

class QProcess;

/// How a `docker compose` command runs, beyond its verb.
struct ComposeOptions
{
    bool removeVolumes = false; ///< down -v
    QStringList services;       ///< restrict to these services (up, restart, pull, logs)
};

/// One run of the real `docker compose` CLI on a project, as Cais runs buildx: a
/// QProcess with the connected engine's environment (Endpoint::cliEnvironment), never
/// blocking the GUI thread. Progress lines (stderr, `--progress plain`) come out one
/// by one, mapped to their service; stdout (config, logs, ps) is kept for the end.
class ComposeCommand : public QObject
{
    Q_OBJECT
public:
    enum class Verb { Config, Up, Down, Restart, Pull, Logs, Ps };
    Q_ENUM(Verb)

    using Options = ComposeOptions;

    struct Result
    {
        Verb verb = Verb::Config;
        bool ok = false;
        bool canceled = false;
        int exitCode = -1;
        QByteArray output; ///< stdout
        QString errors;    ///< stderr, whole
        ComposeError error;
    };

    /// How many of each container's newest lines `logs` reads.
    static constexpr int logTailLines = 20000;

    explicit ComposeCommand(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ComposeCommand() override;

    /// The arguments after `docker` for `verb` on `target`.
    static QStringList arguments(Verb verb, const ComposeTarget &target, const Options &options = {});
    static QString verbName(Verb verb);

    /// Starts it; `fileText` explains errors by line, `services` maps bare service names.
    void start(Verb verb, const ComposeTarget &target, const Options &options = {}, const QString &fileText = {},
               const QStringList &services = {});
    bool isRunning() const;
    Verb verb() const { return m_verb; }
    /// Stops the CLI (SIGTERM, as Ctrl+C would); finished() follows with canceled set.
    void cancel();

Q_SIGNALS:
    void lineReceived(const ComposeLine &line);
    void finished(const ComposeCommand::Result &result);

private:
    void readErrors(bool atEnd);
    void done(int exitCode, bool crashed);

    Endpoint m_endpoint;
    QPointer<QProcess> m_process;
    Verb m_verb = Verb::Config;
    ComposeTarget m_target;
    QString m_fileText;
    QStringList m_services;
    QByteArray m_pending;
    QString m_errors;
    bool m_canceled = false;
    bool m_reported = false;
};
