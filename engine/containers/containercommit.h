#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

class Engine;

/// What `docker commit` takes.
struct CommitRequest
{
    QString container;   ///< ID or name
    QString reference;   ///< the new image's name as typed ("app:1"); empty: an image without a name
    QString comment;     ///< -m
    QString author;      ///< -a
    QStringList changes; ///< -c, from ImageChanges::parse
    bool pause = true;   ///< pause a running container while its file system is read
};

/// `POST /commit`: a new image from a container's file system and configuration.
class ContainerCommit
{
    Q_DECLARE_TR_FUNCTIONS(ContainerCommit)
public:
    /// Commits; resolves to the new image's ID ("sha256:..."). The name is checked with
    /// the reference grammar first (Reference::parseTagTarget); the engine's refusals
    /// are rewritten into sentences that name the container.
    static QFuture<Result<QString>> commit(Engine &engine, const CommitRequest &request);
};
