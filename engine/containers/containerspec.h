#pragma once

#include "networksapi.h"
#include "engineerror.h"
#include "runconfig.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// A container's settings read back from its inspect, in the forms the run dialog,
/// the engine and the docker CLI take: to duplicate a container, to recreate it with
/// changes, or to copy it as a `docker run` line.
///
/// The run dialog shows what a user set, not what the image gives anyway: the image's
/// environment, labels, command, working directory and user are left out when the
/// container has them unchanged (the engine merges them back in at create, as it did
/// the first time). Settings the dialog has no field for (limits, healthcheck,
/// capabilities, DNS...) are kept as they were by createBody()/withRunConfig(), and
/// named as `docker run` options by otherOptions().
class Engine;

namespace ContainerSpec {

/// What everything here reads: a container's inspect and its image's `Config`.
struct Origin
{
    QJsonObject inspect;
    QJsonObject imageConfig; ///< empty when the image is gone (nothing is then left out as the image's)
};

/// Reads the container `id` and then its image.
QFuture<Result<Origin>> readOrigin(Engine &engine, const QString &id);

/// The run dialog's settings of the container `inspect`; `imageConfig` is the `Config`
/// of its image's inspect (empty: nothing is left out). The name is the container's.
RunConfig runConfig(const QJsonObject &inspect, const QJsonObject &imageConfig);

/// The body of POST /containers/create that makes this container again: its Config
/// and HostConfig as the engine reports them (without the hostname the engine made
/// from the id), and the settings of its first network (aliases, fixed addresses).
QJsonObject createBody(const QJsonObject &inspect);

/// `base` (from createBody()) with what the run dialog sets replaced by `edited`: its
/// image, command, entrypoint, modes, environment, labels, working directory, user,
/// ports, mounts, restart policy and network. Everything else stays as in `base`;
/// mount options the dialog does not show (a tmpfs size...) stay with their mount.
QJsonObject withRunConfig(const QJsonObject &base, const RunConfig &edited,
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/// The networks the container is attached to beyond `networkMode` (connected after
/// create), with their aliases and fixed addresses. `container` is left empty.
QList<std::pair<QString, NetworkConnectSpec>> extraNetworks(const QJsonObject &inspect, const QString &networkMode);

/// Connects `containerId` to each network in turn (see extraNetworks()); the first
/// failure ends it.
QFuture<Result<Done>> connectNetworks(Engine &engine, const QString &containerId, const QList<std::pair<QString, NetworkConnectSpec>> &networks);

/// `body` for a second container beside the first: without the fixed addresses (IP,
/// MAC) that only one container can have.
QJsonObject withoutFixedAddresses(QJsonObject body);

/// The anonymous volumes of `oldInspect` handed to the new container instead of new,
/// empty ones (as Compose does when it recreates a service): each path of `body` that
/// would get an anonymous volume mounts the old container's volume there by name.
/// `kept` receives "volume -> path" for each.
QJsonObject keepAnonymousVolumes(const QJsonObject &body, const QJsonObject &oldInspect, const QJsonObject &imageConfig, QStringList *kept = nullptr);

/// The settings of `inspect` that the run dialog has no field for, as `docker run`
/// options ("--memory", "256m", "--cap-add", "NET_ADMIN"...). Settings that have no
/// option go to `unexpressed` by their API name.
QStringList otherOptions(const QJsonObject &inspect, const QJsonObject &imageConfig, QStringList *unexpressed = nullptr);

/// `docker run` for `config` with `extraOptions` before the image, quoted for a shell.
QString commandLine(const RunConfig &config, const QStringList &extraOptions, const QString &program = QStringLiteral("docker"));

/// The CLI's size notation: "256m", "1g", "1536k", or bytes.
QString sizeOption(qint64 bytes);

} // namespace ContainerSpec
