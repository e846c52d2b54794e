#include "containercommit.h"

#include "engine.h"
#include "reference.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace {

EngineError explainCommit(const EngineError &error, const QString &who)
{
    if (error.kind != EngineError::Kind::Http)
        return error;
    EngineError e = error;
    const QString m = error.engineMessage;
    if (error.httpStatus == 404 || m.contains(u"No such container", Qt::CaseInsensitive) || m.contains(u"no container with name"))
        e.userMessage = ContainerCommit::tr("The container %1 no longer exists: it was removed meanwhile.").arg(who);
    else if (m.contains(u"dockerfile parse error", Qt::CaseInsensitive) || m.contains(u"change", Qt::CaseInsensitive))
        e.userMessage = ContainerCommit::tr("The engine refused a change for the image of %1. Check the changes.").arg(who);
    else
        e.userMessage = ContainerCommit::tr("The engine could not commit the container %1.").arg(who);
    return e;
}

} // namespace

QFuture<Result<QString>> ContainerCommit::commit(Engine &engine, const CommitRequest &request)
{
    const QString who = request.container.size() == 64 ? request.container.left(12) : request.container;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("container"), request.container);
    if (!request.reference.trimmed().isEmpty()) {
        const auto ref = Reference::parseTagTarget(request.reference.trimmed());
        if (!ref)
            return QtFuture::makeReadyValueFuture(Result<QString>(std::unexpected(ref.error())));
        // As the docker CLI sends it: the normalised name, and the tag apart.
        const Reference tagged = ref->withDefaultTag();
        q.addQueryItem(QStringLiteral("repo"), tagged.name());
        q.addQueryItem(QStringLiteral("tag"), tagged.tag);
    }
    if (!request.comment.isEmpty())
        q.addQueryItem(QStringLiteral("comment"), Engine::queryValue(request.comment));
    if (!request.author.isEmpty())
        q.addQueryItem(QStringLiteral("author"), Engine::queryValue(request.author));
    for (const QString &c : request.changes)
        q.addQueryItem(QStringLiteral("changes"), Engine::queryValue(c));
    // Explicit both ways: Docker pauses unless told not to, Podman only when told to.
    q.addQueryItem(QStringLiteral("pause"), request.pause ? QStringLiteral("true") : QStringLiteral("false"));

    HttpRequest r;
    r.method = "POST";
    r.target = engine.target(QStringLiteral("/commit"), q);
    // Reading a large container's file system takes a while.
    r.firstByteTimeoutMs = 30 * 60 * 1000;
    return engine.call<QString>(engine.send(r), [](const Reply &reply) -> Result<QString> {
                      const auto doc = Engine::parseJson(reply.body());
                      if (!doc)
                          return std::unexpected(doc.error());
                      QString id = doc->object().value(QLatin1String("Id")).toString();
                      if (id.size() == 64 && !id.contains(QLatin1Char(':')))
                          id.prepend(QLatin1String("sha256:"));
                      if (id.isEmpty())
                          return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
                              tr("The engine committed the container but did not say which image it made.")));
                      return id;
                  })
        .then(QtFuture::Launch::Sync, [who](Result<QString> r) {
            if (!r)
                return Result<QString>(std::unexpected(explainCommit(r.error(), who)));
            return r;
        });
}
