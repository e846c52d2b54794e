#pragma once

#include "engineerror.h"
#include "types.h"

#include <QByteArray>
#include <QList>

/// Decoders for the engine's big lists, straight from the reply's bytes into Cais's
/// types with yyjson: no QJsonDocument in between. `GET /images/json` of 5,000 images
/// is about 3 MB; QJsonDocument took 17 to 25 ms to parse it and QJsonObject's lookups
/// more, where yyjson reads it at memory speed (the figures are in issue 14's notes).
/// The result is what ImageSummary::fromJson gives for the same JSON (tst_jsonlists
/// checks both ways on recorded and odd replies).
namespace JsonLists {

/// `GET /images/json`: the images, or a Protocol error: the body is not JSON (the
/// parser's reason and byte offset, as Engine::parseJson says it), or not an array
/// (`notAList`, the caller's words).
Result<QList<ImageSummary>> images(const QByteArray &body, const QString &notAList);

} // namespace JsonLists
