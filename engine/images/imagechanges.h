#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/// The Dockerfile instructions `docker commit --change` and `docker import --change`
/// take: one per line (a line ending in `\` goes on), checked before they are sent
/// with the rules the engines apply (moby's validCommitCommands; Podman takes the
/// same ones), so a mistake is named with its line instead of failing the commit.
class ImageChanges
{
    Q_DECLARE_TR_FUNCTIONS(ImageChanges)
public:
    struct Problem
    {
        int line = 0;    ///< 1-based
        QString message; ///< translated, says what to write instead
    };
    struct Parsed
    {
        QStringList changes; ///< the instructions to send, one per change, as written
        QList<Problem> problems;
        bool isValid() const { return problems.isEmpty(); }
    };

    /// CMD, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, ONBUILD, STOPSIGNAL, USER,
    /// VOLUME, WORKDIR.
    static const QStringList &allowedInstructions();
    /// Reads the text of a changes field. Blank lines and # comments are skipped.
    static Parsed parse(const QString &text);
};
