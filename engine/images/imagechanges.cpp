#include "imagechanges.h"

#include "dockerfile.h"

#include <QRegularExpression>

const QStringList &ImageChanges::allowedInstructions()
{
    static const QStringList keywords{
        QStringLiteral("CMD"),   QStringLiteral("ENTRYPOINT"), QStringLiteral("ENV"),  QStringLiteral("EXPOSE"),
        QStringLiteral("HEALTHCHECK"), QStringLiteral("LABEL"), QStringLiteral("ONBUILD"), QStringLiteral("STOPSIGNAL"),
        QStringLiteral("USER"),  QStringLiteral("VOLUME"),     QStringLiteral("WORKDIR"),
    };
    return keywords;
}

namespace {

/// KEY=value pairs (ENV, LABEL), or ENV's older "KEY value".
bool hasPairs(const DockerfileInstruction &ins)
{
    const QStringList words = Dockerfile::splitWords(ins.arguments);
    if (words.isEmpty())
        return false;
    if (!words.first().contains(QLatin1Char('=')))
        return ins.keyword == QLatin1String("ENV") && words.size() >= 2;
    for (const QString &w : words) {
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return false;
    }
    return true;
}

QString badPort(const QString &arguments)
{
    static const QRegularExpression port(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?(?:/(tcp|udp|sctp))?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (const auto range = Dockerfile::splitWords(arguments); const QString &w : range) {
        const QRegularExpressionMatch m = port.match(w);
        if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(1).toInt() > 65535
            || (m.hasCaptured(2) && (m.captured(2).toInt() < m.captured(1).toInt() || m.captured(2).toInt() > 65535)))
            return w;
    }
    return {};
}

} // namespace

ImageChanges::Parsed ImageChanges::parse(const QString &text)
{
    Parsed out;
    const Dockerfile df = Dockerfile::parse(text);
    for (const auto range = df.lint(); const DockerfileDiagnostic &d : range) {
        if (d.code == DockerfileDiagnostic::Code::BrokenJson || d.code == DockerfileDiagnostic::Code::EmptyInstruction)
            out.problems.append({d.line, d.message});
    }
    for (const DockerfileInstruction &ins : df.instructions()) {
        if (!allowedInstructions().contains(ins.keyword)) {
            out.problems.append({ins.line, ins.isKnown()
                ? tr("%1 cannot be a change: a change only sets the image's configuration (%2).")
                      .arg(ins.keyword, allowedInstructions().join(QLatin1String(", ")))
                : tr("“%1” is not an instruction. Write one of %2, then its value.")
                      .arg(ins.keyword, allowedInstructions().join(QLatin1String(", ")))});
            continue;
        }
        if (ins.arguments.isEmpty())
            continue; // named by lint() above
        if ((ins.keyword == QLatin1String("ENV") || ins.keyword == QLatin1String("LABEL")) && !hasPairs(ins)) {
            out.problems.append({ins.line, tr("%1 needs KEY=value (for example %1 MODE=production).").arg(ins.keyword)});
            continue;
        }
        if (ins.keyword == QLatin1String("EXPOSE")) {
            if (const QString bad = badPort(ins.arguments); !bad.isEmpty()) {
                out.problems.append({ins.line, tr("“%1” is not a port: write a number from 1 to 65535, optionally with /tcp, /udp or /sctp (for example EXPOSE 8080/tcp).").arg(bad)});
                continue;
            }
        }
        out.changes.append(ins.original);
    }
    std::sort(out.problems.begin(), out.problems.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return out;
}
