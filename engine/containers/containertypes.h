#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// One published port of a container, as `GET /containers/json` lists it.
struct ContainerPort
{
    QString ip;          ///< "0.0.0.0", "::", "127.0.0.1"; empty when not published
    int privatePort = 0; ///< inside the container
    int publicPort = 0;  ///< on the host; 0 when not published
    QString type;        ///< tcp, udp, sctp

    bool operator==(const ContainerPort &) const = default;
};

/// One entry of `GET /containers/json` (never asked with size=true: sizes cost
/// seconds per container on real hosts and come from inspect on demand).
struct ContainerSummary
{
    enum class State { Created, Running, Paused, Restarting, Removing, Exited, Dead, Unknown };
    enum class Health { None, Starting, Healthy, Unhealthy };

    QString id;
    QStringList names;   ///< "/web-1", as the engine sends them
    QString image;       ///< what the user asked for: "cais-test/shell:1" (or an id)
    QString imageId;
    QString command;
    qint64 created = 0;  ///< unix seconds
    QString state;       ///< raw: created, running, paused, restarting, removing, exited, dead
    QString status;      ///< the engine's text: "Up 5 minutes (healthy)", "Exited (3) 2 hours ago"
    QString healthStatus; ///< API 1.52+ `Health.Status`; older engines put it in `status`
    QList<ContainerPort> ports;
    QMap<QString, QString> labels;
    QString networkMode;

    /// The first name without its leading '/': what `docker ps` shows.
    QString name() const;
    /// "abcdef012345", as the CLI prints it.
    QString shortId() const { return id.left(12); }
    State stateKind() const;
    Health health() const;
    /// The exit code in "Exited (3) 2 hours ago" (also "Restarting (1) ..."); none otherwise.
    std::optional<int> exitCode() const;
    bool isRunning() const { return stateKind() == State::Running || stateKind() == State::Restarting; }
    /// `com.docker.compose.project`, or empty.
    QString composeProject() const;
    /// `com.docker.compose.service`, or empty.
    QString composeService() const;
    /// The ports as `docker ps` shows them: "127.0.0.1:8080->80/tcp, 9000/udp".
    QString portsText() const;

    static ContainerSummary fromJson(const QJsonObject &o);
    bool operator==(const ContainerSummary &) const = default;
};

/// Parses the engine's human durations ("Less than a second", "About a minute",
/// "5 minutes", "2 hours", "3 weeks"...; go-units HumanDuration, English) into
/// seconds; nullopt when the text is not one of them.
std::optional<qint64> parseHumanDuration(const QString &text);

/// What the engine's status text says about time: how long the container has been
/// up, or how long ago it exited. Lets the list keep ageing the text between fetches.
struct StatusAge
{
    enum class Kind { None, Up, ExitedAgo, RestartingAgo };
    Kind kind = Kind::None;
    qint64 seconds = 0; ///< the duration in the text
};
StatusAge parseStatusAge(const QString &status);

/// One path of `GET /containers/{id}/changes` (`docker diff`): what the container's
/// writable layer holds compared with its image.
struct ContainerChange
{
    enum class Kind { Changed = 0, Added = 1, Deleted = 2 }; ///< the engine's numbers

    QString path;
    Kind kind = Kind::Changed;

    /// "C", "A" or "D", as `docker diff` prints it.
    QChar letter() const;
    /// The engine's list (null when nothing changed); unknown kinds are read as changes.
    static QList<ContainerChange> listFromJson(const QJsonValue &v);
    bool operator==(const ContainerChange &) const = default;
};

Q_DECLARE_METATYPE(ContainerSummary)
