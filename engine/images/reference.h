#pragma once

#include "engineerror.h"

#include <QString>

/// An image reference (`[domain/]path[:tag][@digest]`) with the grammar and the
/// normalisation of distribution/reference, the library the docker CLI and the
/// engine use, so that Cais accepts, rejects and rewrites exactly what they do.
///
/// parse() is the strict grammar: nothing is added or moved ("busybox" has no
/// domain, "a/b" has the domain "a"). parseNormalized() is what `docker pull`,
/// `docker tag` and `docker build -t` do with what the user typed: "busybox"
/// becomes docker.io/library/busybox. Errors name what is wrong and how to fix it.
struct Reference
{
    Q_DECLARE_TR_FUNCTIONS(Reference)
public:
    /// Whether parseNormalized() adds the CLI's default tag "latest" to a bare name.
    enum class DefaultTag { Keep, Latest };

    QString domain; ///< registry host[:port]; "docker.io" once normalised, empty for none
    QString path;   ///< repository path below the domain, e.g. "library/busybox"
    QString tag;    ///< empty for none
    QString digest; ///< "algorithm:hex", empty for none

    /// domain/path, or path alone when there is no domain.
    QString name() const;
    /// The reference as written: name[:tag][@digest].
    QString toString() const;
    /// name() without "docker.io/" and, for official images, "library/": what the
    /// CLI prints ("busybox", "someone/app", "127.0.0.1:5000/x").
    QString familiarName() const;
    /// familiarName()[:tag][@digest].
    QString familiar() const;
    /// The fully qualified form containerd and the engine store: docker.io/library/busybox:latest.
    /// A bare name gets "latest"; a reference with both a tag and a digest keeps only
    /// the digest, because the digest alone decides what is pulled.
    QString normalized() const;

    /// Neither a tag nor a digest.
    bool isNameOnly() const { return tag.isEmpty() && digest.isEmpty(); }
    /// This reference with the tag "latest" when it has neither tag nor digest.
    Reference withDefaultTag() const;

    /// `fromImage` of POST /images/create, as the docker CLI sends it: the
    /// normalised name (docker.io/library/busybox), without tag or digest.
    QString fromImage() const;
    /// `tag` of POST /images/create: the digest when there is one (the engine takes
    /// digests in that parameter), else the tag, else "latest".
    QString tagOrDigest() const;

    /// The strict grammar, no normalisation (distribution/reference Parse).
    static Result<Reference> parse(const QString &text);
    /// What the user typed, normalised like the docker CLI (ParseNormalizedNamed,
    /// then TagNameOnly when defaultTag is Latest).
    static Result<Reference> parseNormalized(const QString &text, DefaultTag defaultTag = DefaultTag::Keep);
    /// A name for a new image (docker tag, docker commit, docker build -t): normalised,
    /// "latest" when no tag is given, and refused when it carries a digest, which the
    /// engine assigns and a user cannot choose, or when the engine would refuse the
    /// name ("sha256", or 64 hex digits once "docker.io/library/" is taken off).
    static Result<Reference> parseTagTarget(const QString &text);
    /// A tag alone, as typed in a tag field: returns it unchanged when valid.
    static Result<QString> validateTag(const QString &tag);
    /// True for what the CLI reads as an image ID rather than a name: 64 lowercase
    /// hex digits, or a complete digest such as sha256:<64 hex> (ParseAnyReference).
    static bool isImageId(const QString &text);

    static constexpr qsizetype maxPathLength = 255;
    static constexpr qsizetype maxTagLength = 128;

    bool operator==(const Reference &) const = default;
};
