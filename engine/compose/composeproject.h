#pragma once

#include "engineerror.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// One published port of a service, as `docker compose config --format json` gives it.
struct ComposePort
{
    QString hostIp;
    int target = 0;
    QString published;
    QString protocol;

    bool operator==(const ComposePort &) const = default;
};

/// A service of a Compose file, from the CLI's normalised configuration.
struct ComposeService
{
    QString name;
    QString image;        ///< empty when only built
    QString buildContext; ///< empty when not built
    QStringList command;
    QList<ComposePort> ports;
    QMap<QString, QString> dependsOn; ///< service -> condition (service_started, ...)

    bool operator==(const ComposeService &) const = default;
};

/// What Cais needs to run `docker compose` on a project: its files, its name, the
/// folder relative paths start from. Read from a file the user opens, or from the
/// labels Compose puts on the project's containers.
struct ComposeTarget
{
    QStringList files;
    QString project;    ///< empty: the CLI derives it from the folder
    QString workingDir; ///< empty: the first file's folder

    bool isValid() const { return !files.isEmpty(); }
    /// From a container's labels (com.docker.compose.project, .project.config_files,
    /// .project.working_dir); invalid when they name no file.
    static ComposeTarget fromLabels(const QMap<QString, QString> &labels);
};

/// A Compose project as `docker compose -f FILE config --format json` prints it.
struct ComposeProject
{
    Q_DECLARE_TR_FUNCTIONS(ComposeProject)
public:
    QString name;
    QList<ComposeService> services; ///< in the file's order of names (sorted, as the CLI prints)
    QStringList networks; ///< the engine's names of the project's own networks (not external ones)
    QStringList volumes;  ///< the engine's names of the project's own named volumes

    const ComposeService *service(const QString &name) const;
    QStringList serviceNames() const;

    static Result<ComposeProject> fromConfigJson(const QByteArray &json);
};

/// Finding a key's line in a Compose file's text, without a YAML library: the
/// block-style keys of the top-level `services:` mapping, as people write them.
namespace ComposeYaml {
/// 1-based line of `services: <service>:`, 0 when not found.
int serviceLine(const QString &text, const QString &service);
/// 1-based line of `key` directly under the service (falls back to the service's line
/// when the key is not there; 0 when the service is not either).
int serviceKeyLine(const QString &text, const QString &service, const QString &key);
/// 1-based line of the first line that contains `needle` (0 when none).
int lineContaining(const QString &text, const QString &needle, int fromLine = 1);
} // namespace ComposeYaml

/// One line of `docker compose --progress plain` output, mapped to its service.
struct ComposeLine
{
    enum class Kind { Container, Network, Volume, Image, Service, Other };
    Kind kind = Kind::Other;
    QString object;  ///< the container, network, volume or service named
    QString service; ///< the service it belongs to, empty when none
    QString status;  ///< "Created", "Started", "Pulling", "Skipped - No image to be pulled"...
    QString text;    ///< the whole line, trimmed, escapes removed
};

namespace ComposeOutput {
/// Strips terminal escapes (the CLI clears lines with ESC[2K even without a terminal).
QString stripEscapes(const QString &line);
/// ` Container shop-web-1  Started` -> Container shop-web-1, service web, status Started;
/// ` web Pulled` -> Service web. `services` lets a bare service name be recognised.
ComposeLine parseLine(const QString &line, const QString &project, const QStringList &services);
/// `shop-web-1` (or `shop_web_1`) -> `web`; empty when it does not follow the pattern.
QString serviceOfContainer(const QString &container, const QString &project);
} // namespace ComposeOutput

/// A failed `docker compose` run explained: a sentence a user can act on and, where
/// the CLI names it, the line of the file at fault.
struct ComposeError
{
    Q_DECLARE_TR_FUNCTIONS(ComposeError)
public:
    QString message;
    int line = 0; ///< 1-based line in the (first) file, 0 when none
    QString service;
    QString cliText; ///< the CLI's own words

    /// `output` is what the CLI printed on stderr, `fileText` the file's content.
    static ComposeError explain(const QString &output, int exitCode, const QString &fileText);
    /// The plugin is not there ("docker: 'compose' is not a docker command").
    static bool isMissingPlugin(const QString &output);
    static QString missingMessage();
};

/// One line of `docker compose logs -t --no-color`.
struct ComposeLogLine
{
    QString container; ///< "web-1" as the CLI prefixes it
    QString service;   ///< "web"
    QDateTime time;    ///< UTC, nanoseconds cut to milliseconds
    QString timestamp; ///< as printed (RFC 3339 with nanoseconds), for an exact order
    QString text;

    bool operator==(const ComposeLogLine &) const = default;
};

namespace ComposeLogs {
/// Parses the output of `docker compose logs -t --no-color` and sorts it in time order
/// across containers (a stable sort: lines of one container keep their order).
QList<ComposeLogLine> parse(const QString &output);
} // namespace ComposeLogs
