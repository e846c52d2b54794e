#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

/// One `-p/--publish` mapping: [ip:][hostPort[-end]:]containerPort[-end][/proto],
/// with the rules of the CLI (go-connections nat.ParsePortSpec).
struct PortMapping
{
    Q_DECLARE_TR_FUNCTIONS(PortMapping)
public:
    QString hostIp;          ///< empty: every address
    int hostStart = 0;       ///< 0: the engine picks a free port
    int hostEnd = 0;
    int containerStart = 0;
    int containerEnd = 0;
    QString protocol = QStringLiteral("tcp");

    /// The CLI form, "127.0.0.1:8080:80/tcp" (no "/tcp": it is the default).
    QString toString() const;
    static std::expected<PortMapping, QString> parse(const QString &spec);
    /// A mapping built from separate fields (the run dialog's table).
    static std::expected<PortMapping, QString> fromParts(const QString &hostIp, const QString &hostPort,
                                                         const QString &containerPort, const QString &protocol);
    QString hostPortText() const;
    QString containerPortText() const;

    bool operator==(const PortMapping &) const = default;
};

/// A bind mount, a named or anonymous volume, or a tmpfs; from `-v` (HostConfig.Binds,
/// Config.Volumes) or `--mount` (HostConfig.Mounts).
struct MountSpec
{
    Q_DECLARE_TR_FUNCTIONS(MountSpec)
public:
    enum class Type { Bind, Volume, Tmpfs };

    Type type = Type::Bind;
    QString source;        ///< host path (bind), volume name (volume; empty: anonymous); none for tmpfs
    QString target;        ///< absolute path in the container
    bool readOnly = false;
    bool mountSyntax = false; ///< written as --mount rather than -v

    /// True when this can only be written with --mount (tmpfs, read-only anonymous volume).
    bool needsMountSyntax() const;
    /// The value of -v ("src:dst:ro") or of --mount ("type=bind,source=...,target=...").
    QString toString() const;
    /// `-v` syntax: dst, src:dst, dst:mode, src:dst:mode (mode ro or rw).
    static std::expected<MountSpec, QString> parseVolume(const QString &spec);
    /// `--mount` syntax: comma-separated type=, source=/src=, target=/destination=/dst=, readonly[=bool].
    static std::expected<MountSpec, QString> parseMount(const QString &spec);
    static QString typeName(Type t);

    bool operator==(const MountSpec &) const = default;
};

/// Everything the run dialog can set, and its two other faces: the body of
/// `POST /containers/create`, and the equivalent `docker run` command line (both
/// ways: a pasted command line fills the dialog).
struct RunConfig
{
    Q_DECLARE_TR_FUNCTIONS(RunConfig)
public:
    /// The longest "NAME=value" Linux passes to a program (MAX_ARG_STRLEN, with its NUL).
    static constexpr qsizetype kMaxEnvBytes = 128 * 1024;
    enum class Field { Image, Name, Command, Entrypoint, Env, Ports, Mounts, WorkingDir, User, Restart, Labels, Network };
    struct Problem
    {
        Field field;
        QString message;
        bool operator==(const Problem &) const = default;
    };

    QString image;
    QString name;                     ///< empty: the engine makes one up
    QStringList command;              ///< empty: the image's CMD
    std::optional<QString> entrypoint; ///< set: overrides the image's (an empty string clears it)
    bool detach = true;               ///< -d
    bool interactive = false;         ///< -i: keep stdin open
    bool tty = false;                 ///< -t
    bool autoRemove = false;          ///< --rm
    QStringList env;                  ///< "KEY=value", or "KEY" to pass Cais's own value
    QList<PortMapping> ports;
    QList<MountSpec> mounts;
    QString workingDir;
    QString user;
    QString restartPolicy;            ///< empty or no, always, unless-stopped, on-failure
    int restartMaxRetries = 0;        ///< on-failure only
    QMap<QString, QString> labels;
    QString network;                  ///< empty: the engine's default; none, host, bridge, container:x, a name

    /// What stops this from running, in words a user can act on. Bind sources are
    /// checked to exist only with `checkHostPaths` (the engine runs on this computer).
    QList<Problem> problems(bool checkHostPaths) const;

    /// The body of POST /containers/create (the name goes in the query). "KEY"
    /// entries of env take their value from `environment`, as the CLI does, and are
    /// left out when it has none.
    QJsonObject toCreateBody(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const;
    /// The reverse of toCreateBody().
    static RunConfig fromCreateBody(const QJsonObject &body, const QString &name = {});

    /// The words after the program: "run", "-d", "--name", "web", ..., image, command.
    QStringList toArguments() const;
    /// The whole command line, quoted for a POSIX shell.
    QString toCommandLine(const QString &program = QStringLiteral("docker")) const;
    /// Reads a `docker run ...` (or `podman run`, `docker container run`, or just
    /// its arguments) command line. Errors name the option that is wrong.
    static std::expected<RunConfig, QStringList> fromCommandLine(const QString &line);

    /// The engine's rule for names: /?[a-zA-Z0-9][a-zA-Z0-9_.-]+. Empty when valid.
    static QString validateName(const QString &name);
    /// "no", "always", "unless-stopped", "on-failure[:N]".
    static std::expected<std::pair<QString, int>, QString> parseRestart(const QString &spec);
    QString restartText() const;

    bool operator==(const RunConfig &) const = default;
};

/// Splits a command line into words like a POSIX shell (quotes, backslashes, line
/// continuations, comments); no expansion.
std::expected<QStringList, QString> splitShellWords(const QString &line);
/// Quotes a word for a POSIX shell, only when needed.
QString quoteShellWord(const QString &word);
QString joinShellWords(const QStringList &words);
