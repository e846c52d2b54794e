#include "dockerfile.h"

#include "dockerignore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

bool isBlank(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isCommentLine(QStringView s)
{
    const QStringView t = s.trimmed();
    return t.startsWith(QLatin1Char('#'));
}

qsizetype leadingSpaces(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return i;
}

// A line continues when, after trailing blanks, it ends with the escape character
// (the builder's `\\[ \t]*$`). Returns the line without it, or nullopt.
std::optional<QString> continuation(const QString &line, QChar escape)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == QLatin1Char(' ') || line.at(end - 1) == QLatin1Char('\t')))
        --end;
    if (end > 0 && line.at(end - 1) == escape)
        return line.left(end - 1);
    return std::nullopt;
}

// Instructions whose arguments the builder reads as JSON when they start with '['.
bool takesJsonForm(const QString &keyword)
{
    static const QSet<QString> json{QStringLiteral("CMD"), QStringLiteral("ENTRYPOINT"), QStringLiteral("RUN"),
                                    QStringLiteral("SHELL"), QStringLiteral("COPY"), QStringLiteral("ADD"),
                                    QStringLiteral("VOLUME")};
    return json.contains(keyword);
}

bool takesHeredoc(const QString &keyword)
{
    return keyword == QLatin1String("RUN") || keyword == QLatin1String("COPY") || keyword == QLatin1String("ADD");
}

// Drops leading `--flag` / `--flag=value` words (RUN --mount=..., COPY --from=...).
QString withoutFlags(const QString &args, QStringList *flags = nullptr)
{
    qsizetype i = 0;
    while (true) {
        while (i < args.size() && args.at(i).isSpace())
            ++i;
        if (!args.mid(i).startsWith(QLatin1String("--")))
            break;
        const qsizetype start = i;
        while (i < args.size() && !args.at(i).isSpace())
            ++i;
        if (flags)
            flags->append(args.mid(start, i - start));
    }
    return args.mid(i);
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool hasWildcard(const QString &s)
{
    return s.contains(QLatin1Char('*')) || s.contains(QLatin1Char('?')) || s.contains(QLatin1Char('['));
}

// Paths (relative to the context, '/'-separated) that a COPY source with wildcards
// matches; each '/'-separated element is matched on its own, as filepath.Match does.
QStringList globContext(const QString &contextDir, const QString &pattern, int limit = 2000)
{
    const QStringList parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList current{QString()};
    for (const QString &part : parts) {
        QStringList next;
        const bool wild = hasWildcard(part);
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(part, QRegularExpression::UnanchoredWildcardConversion),
                                    QRegularExpression::NoPatternOption);
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()));
        for (const QString &base : std::as_const(current)) {
            const QString dirPath = base.isEmpty() ? contextDir : contextDir + QLatin1Char('/') + base;
            if (!wild) {
                const QString candidate = base.isEmpty() ? part : base + QLatin1Char('/') + part;
                if (QFileInfo::exists(contextDir + QLatin1Char('/') + candidate))
                    next.append(candidate);
                continue;
            }
            const QStringList entries = QDir(dirPath).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            for (const QString &e : entries) {
                if (anchored.match(e).hasMatch())
                    next.append(base.isEmpty() ? e : base + QLatin1Char('/') + e);
                if (next.size() >= limit)
                    break;
            }
        }
        current = next;
        if (current.isEmpty())
            break;
    }
    return current;
}

} // namespace

bool DockerfileInstruction::isKnown() const
{
    return Dockerfile::knownInstructions().contains(keyword);
}

const QStringList &Dockerfile::knownInstructions()
{
    static const QStringList known{
        QStringLiteral("FROM"), QStringLiteral("RUN"), QStringLiteral("CMD"), QStringLiteral("LABEL"),
        QStringLiteral("MAINTAINER"), QStringLiteral("EXPOSE"), QStringLiteral("ENV"), QStringLiteral("ADD"),
        QStringLiteral("COPY"), QStringLiteral("ENTRYPOINT"), QStringLiteral("VOLUME"), QStringLiteral("USER"),
        QStringLiteral("WORKDIR"), QStringLiteral("ARG"), QStringLiteral("ONBUILD"), QStringLiteral("STOPSIGNAL"),
        QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL")};
    return known;
}

QString Dockerfile::instructionHelp(const QString &keyword)
{
    const QString k = keyword.toUpper();
    if (k == QLatin1String("FROM"))
        return tr("Starts a new build stage from a base image: everything after it builds on top of that image's files. "
                  "“FROM image AS name” names the stage so that a later COPY --from=name or a build target can refer to it.");
    if (k == QLatin1String("WORKDIR"))
        return tr("Sets the folder inside the image where the following RUN, CMD, ENTRYPOINT, COPY and ADD work. "
                  "The folder is created if it does not exist.");
    if (k == QLatin1String("COPY"))
        return tr("Copies files or folders from the build context (the folder you build) into the image. "
                  "The source path is relative to the context; the last argument is the destination in the image. "
                  "With --from=stage it copies from another stage instead.");
    if (k == QLatin1String("ADD"))
        return tr("Like COPY, but it can also download a URL and unpack a local tar archive into the image. "
                  "Prefer COPY for plain files: it does less that can surprise you.");
    if (k == QLatin1String("RUN"))
        return tr("Runs a command while the image is being built, and saves what it changed as a new layer. "
                  "Use it to install packages or compile your program.");
    if (k == QLatin1String("CMD"))
        return tr("The default command a container runs when it starts. Only the last CMD counts, and “docker run image command” replaces it. "
                  "Prefer the JSON form: CMD [\"program\", \"argument\"].");
    if (k == QLatin1String("ENTRYPOINT"))
        return tr("The program a container always runs when it starts; CMD or the arguments of “docker run” are passed to it. "
                  "Prefer the JSON form: ENTRYPOINT [\"program\"].");
    if (k == QLatin1String("EXPOSE"))
        return tr("Documents the network port the program in the container listens on (for example 8080 or 53/udp). "
                  "It does not publish the port: that is done with “docker run -p”.");
    if (k == QLatin1String("ENV"))
        return tr("Sets an environment variable, for the following build steps and for containers made from the image: ENV NAME=value.");
    if (k == QLatin1String("ARG"))
        return tr("Declares a build argument that can be set with “--build-arg NAME=value” when building. "
                  "It exists only while building, not in the final containers. An ARG before the first FROM can be used in FROM lines.");
    if (k == QLatin1String("LABEL"))
        return tr("Adds descriptive information to the image as key=value pairs, such as its version or maintainer.");
    if (k == QLatin1String("USER"))
        return tr("Sets the user (and optionally the group) that the following RUN steps and the container's program run as.");
    if (k == QLatin1String("VOLUME"))
        return tr("Marks a folder as holding data that should live outside the container, in a volume. "
                  "Changes made to it by later build steps are discarded.");
    if (k == QLatin1String("HEALTHCHECK"))
        return tr("Tells the engine how to test that a running container still works, for example "
                  "HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1. “HEALTHCHECK NONE” turns it off.");
    if (k == QLatin1String("SHELL"))
        return tr("Changes the shell that runs the shell form of RUN, CMD and ENTRYPOINT (by default [\"/bin/sh\", \"-c\"]). Written in JSON form.");
    if (k == QLatin1String("STOPSIGNAL"))
        return tr("The signal sent to the container's program to ask it to stop, for example SIGTERM (the default) or SIGINT.");
    if (k == QLatin1String("ONBUILD"))
        return tr("Stores an instruction that runs later, when another Dockerfile uses this image in its FROM.");
    if (k == QLatin1String("MAINTAINER"))
        return tr("Names the author of the image. Deprecated: use LABEL maintainer=\"name\" instead.");
    return {};
}

QString Dockerfile::instructionSyntax(const QString &keyword)
{
    const QString k = keyword.toUpper();
    if (k == QLatin1String("FROM"))
        return QStringLiteral("FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]");
    if (k == QLatin1String("WORKDIR"))
        return QStringLiteral("WORKDIR <path>");
    if (k == QLatin1String("COPY"))
        return QStringLiteral("COPY [--from=<stage>] [--chown=<user>] <source>... <destination>");
    if (k == QLatin1String("ADD"))
        return QStringLiteral("ADD [--chown=<user>] <source or URL>... <destination>");
    if (k == QLatin1String("RUN"))
        return QStringLiteral("RUN <command>  |  RUN [\"executable\", \"argument\"...]");
    if (k == QLatin1String("CMD"))
        return QStringLiteral("CMD [\"executable\", \"argument\"...]  |  CMD <command>");
    if (k == QLatin1String("ENTRYPOINT"))
        return QStringLiteral("ENTRYPOINT [\"executable\", \"argument\"...]  |  ENTRYPOINT <command>");
    if (k == QLatin1String("EXPOSE"))
        return QStringLiteral("EXPOSE <port>[/<protocol>]...");
    if (k == QLatin1String("ENV"))
        return QStringLiteral("ENV <name>=<value>...");
    if (k == QLatin1String("ARG"))
        return QStringLiteral("ARG <name>[=<default value>]");
    if (k == QLatin1String("LABEL"))
        return QStringLiteral("LABEL <key>=<value>...");
    if (k == QLatin1String("USER"))
        return QStringLiteral("USER <user>[:<group>]");
    if (k == QLatin1String("VOLUME"))
        return QStringLiteral("VOLUME <path>...  |  VOLUME [\"<path>\"...]");
    if (k == QLatin1String("HEALTHCHECK"))
        return QStringLiteral("HEALTHCHECK [--interval=<duration>] CMD <command>  |  HEALTHCHECK NONE");
    if (k == QLatin1String("SHELL"))
        return QStringLiteral("SHELL [\"executable\", \"argument\"...]");
    if (k == QLatin1String("STOPSIGNAL"))
        return QStringLiteral("STOPSIGNAL <signal>");
    if (k == QLatin1String("ONBUILD"))
        return QStringLiteral("ONBUILD <instruction>");
    if (k == QLatin1String("MAINTAINER"))
        return QStringLiteral("MAINTAINER <name>");
    return {};
}

QString Dockerfile::normalizedText(const QString &text)
{
    return text.simplified();
}

QStringList Dockerfile::splitWords(const QString &arguments, QChar escape)
{
    QStringList words;
    QString cur;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments.at(i);
        if (quote.isNull() && c.isSpace()) {
            if (inWord)
                words.append(std::exchange(cur, {}));
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == escape && quote != QLatin1Char('\'') && i + 1 < arguments.size()) {
            cur += arguments.at(++i);
            continue;
        }
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        if (!quote.isNull() && c == quote) {
            quote = QChar();
            continue;
        }
        cur += c;
    }
    if (inWord)
        words.append(cur);
    return words;
}

Dockerfile Dockerfile::parse(const QString &text)
{
    Dockerfile df;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xfeff)))
        lines.first().remove(0, 1);
    df.m_lines = lines;

    // Parser directives: comment lines of the form `# name=value` at the very top.
    static const QRegularExpression directive(QStringLiteral("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$"));
    qsizetype i = 0;
    for (; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = directive.match(lines.at(i).trimmed());
        if (!m.hasMatch())
            break;
        if (m.captured(1).compare(QLatin1String("escape"), Qt::CaseInsensitive) == 0) {
            const QString v = m.captured(2);
            if (v == QLatin1String("`") || v == QLatin1String("\\"))
                df.m_escape = v.at(0);
        }
    }

    static const QRegularExpression heredocRe(QStringLiteral("<<(-?)([\"']?)([A-Za-z0-9_.\\-]+)\\2"));
    QSet<QString> stageNames;
    int stage = -1;
    for (i = 0; i < lines.size(); ++i) {
        const QString &first = lines.at(i);
        if (isBlank(first) || isCommentLine(first))
            continue;

        DockerfileInstruction ins;
        ins.line = int(i) + 1;
        ins.keywordColumn = int(leadingSpaces(first));
        QString logical;
        qsizetype j = i;
        while (true) {
            const QString &cur = lines.at(j);
            const std::optional<QString> cont = continuation(cur, df.m_escape);
            if (!cont) {
                logical += cur;
                break;
            }
            logical += *cont;
            // The next line that is neither a comment nor blank continues it.
            qsizetype k = j + 1;
            while (k < lines.size() && (isCommentLine(lines.at(k)) || isBlank(lines.at(k))))
                ++k;
            if (k >= lines.size()) {
                j = lines.size() - 1;
                break;
            }
            j = k;
        }
        ins.endLine = int(j) + 1;
        ins.original = logical.trimmed();

        const QString trimmed = logical.trimmed();
        static const QRegularExpression space(QStringLiteral("\\s"));
        const qsizetype sp = trimmed.indexOf(space);
        ins.keyword = (sp < 0 ? trimmed : trimmed.left(sp)).toUpper();
        ins.arguments = sp < 0 ? QString() : trimmed.mid(sp + 1).trimmed();

        if (takesHeredoc(ins.keyword)) {
            auto it = heredocRe.globalMatch(ins.arguments);
            qsizetype next = j + 1;
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                DockerfileHeredoc h;
                h.name = m.captured(3);
                const bool stripTabs = !m.captured(1).isEmpty();
                h.bodyLine = int(next) + 1;
                qsizetype k = next;
                for (; k < lines.size(); ++k) {
                    QString l = lines.at(k);
                    if (stripTabs) {
                        while (l.startsWith(QLatin1Char('\t')))
                            l.remove(0, 1);
                    }
                    if (l == h.name)
                        break;
                }
                if (k < lines.size()) {
                    h.endLine = int(k) + 1;
                    next = k + 1;
                } else {
                    next = lines.size();
                    DockerfileDiagnostic d;
                    d.code = DockerfileDiagnostic::Code::UnterminatedHeredoc;
                    d.line = ins.line;
                    d.column = int(m.capturedStart(0));
                    d.message = DockerfileDiagnostic::tr("The here-document “%1” is never closed: add a line that holds only “%1” after its text.")
                                    .arg(h.name);
                    df.m_parseDiagnostics.append(d);
                }
                ins.heredocs.append(h);
            }
            if (!ins.heredocs.isEmpty()) {
                j = next - 1;
                ins.endLine = int(std::min<qsizetype>(j, lines.size() - 1)) + 1;
            }
        }

        if (takesJsonForm(ins.keyword)) {
            const QString rest = (ins.keyword == QLatin1String("RUN") || ins.keyword == QLatin1String("COPY")
                                  || ins.keyword == QLatin1String("ADD"))
                ? withoutFlags(ins.arguments).trimmed()
                : ins.arguments;
            if (rest.startsWith(QLatin1Char('['))) {
                // `RUN [ -f x ] && ...` is a shell test, not JSON: only a quote or the
                // closing bracket right after '[' means JSON was meant.
                const QStringView after = QStringView(rest).mid(1).trimmed();
                ins.looksJson = after.startsWith(QLatin1Char('"')) || after.startsWith(QLatin1Char('\''))
                    || after.startsWith(QLatin1Char(']'));
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(rest.toUtf8(), &err);
                if (err.error == QJsonParseError::NoError && doc.isArray()) {
                    bool strings = true;
                    QStringList values;
                    const QJsonArray arr = doc.array();
                    for (const QJsonValue &v : arr) {
                        if (!v.isString()) {
                            strings = false;
                            break;
                        }
                        values.append(v.toString());
                    }
                    if (strings) {
                        ins.looksJson = true;
                        ins.jsonValid = true;
                        ins.jsonArguments = values;
                    }
                }
            }
        }

        if (ins.keyword == QLatin1String("FROM")) {
            ++stage;
            DockerfileStage st;
            st.index = stage;
            st.line = ins.line;
            st.fromInstruction = int(df.m_instructions.size());
            const QStringList words = splitWords(withoutFlags(ins.arguments), df.m_escape);
            st.baseImage = words.value(0);
            if (words.size() >= 3 && words.at(1).compare(QLatin1String("AS"), Qt::CaseInsensitive) == 0) {
                st.nameAsWritten = words.at(2);
                st.name = words.at(2).toLower();
                if (stageNames.contains(st.name)) {
                    DockerfileDiagnostic d;
                    d.code = DockerfileDiagnostic::Code::DuplicateStageName;
                    d.line = ins.line;
                    d.column = int(first.indexOf(st.nameAsWritten));
                    d.length = int(st.nameAsWritten.size());
                    d.message = DockerfileDiagnostic::tr("The stage name “%1” is used twice: give each FROM ... AS its own name.")
                                    .arg(st.nameAsWritten);
                    df.m_parseDiagnostics.append(d);
                }
                stageNames.insert(st.name);
            }
            df.m_stages.append(st);
        }
        ins.stage = stage;
        df.m_instructions.append(ins);
        i = j;
    }
    return df;
}

QStringList Dockerfile::stageNames() const
{
    QStringList names;
    for (const DockerfileStage &s : m_stages) {
        if (!s.nameAsWritten.isEmpty())
            names.append(s.nameAsWritten);
    }
    return names;
}

int Dockerfile::stageIndex(const QString &name) const
{
    const QString lower = name.toLower();
    for (const DockerfileStage &s : m_stages) {
        if (!s.name.isEmpty() && s.name == lower)
            return s.index;
    }
    return -1;
}

int Dockerfile::instructionAtLine(int line) const
{
    for (qsizetype i = 0; i < m_instructions.size(); ++i) {
        if (m_instructions.at(i).contains(line))
            return int(i);
    }
    return -1;
}

QString Dockerfile::sourceText(int instruction) const
{
    if (instruction < 0 || instruction >= m_instructions.size())
        return {};
    const DockerfileInstruction &ins = m_instructions.at(instruction);
    return m_lines.mid(ins.line - 1, ins.endLine - ins.line + 1).join(QLatin1Char('\n'));
}

int Dockerfile::dockerStepCount(const QString &target) const
{
    const int last = target.isEmpty() ? int(m_stages.size()) - 1 : stageIndex(target);
    int n = 0;
    for (const DockerfileInstruction &ins : m_instructions) {
        if (ins.stage <= last)
            ++n;
    }
    return n;
}

int Dockerfile::instructionForDockerStep(int step, const QString &target) const
{
    // The classic builder announces the meta ARGs first, then each stage's FROM and
    // commands; with a target it drops the stages after it. In a Dockerfile the meta
    // ARGs come first anyway, so this is file order, cut at the target stage.
    const int last = target.isEmpty() ? int(m_stages.size()) - 1 : stageIndex(target);
    if (step < 1)
        return -1;
    int n = 0;
    for (qsizetype i = 0; i < m_instructions.size(); ++i) {
        if (m_instructions.at(i).stage > last)
            break;
        if (++n == step)
            return int(i);
    }
    return -1;
}

int Dockerfile::instructionForPodmanStep(int stage, int step, const QString &target) const
{
    if (m_stages.isEmpty() || step < 1)
        return -1;
    int s = stage - 1;
    if (stage <= 0) {
        s = target.isEmpty() ? int(m_stages.size()) - 1 : stageIndex(target);
        if (s < 0)
            s = int(m_stages.size()) - 1;
    }
    if (s < 0 || s >= m_stages.size())
        return -1;
    const int idx = m_stages.at(s).fromInstruction + step - 1;
    if (idx >= m_instructions.size() || m_instructions.at(idx).stage != s)
        return -1;
    return idx;
}

int Dockerfile::stageForBuildKitPrefix(const QString &stage, const QString &target) const
{
    if (m_stages.isEmpty())
        return -1;
    if (stage.isEmpty()) {
        const int s = target.isEmpty() ? -1 : stageIndex(target);
        return s >= 0 ? s : int(m_stages.size()) - 1;
    }
    if (const int s = stageIndex(stage); s >= 0)
        return s;
    if (stage.startsWith(QLatin1String("stage-"))) {
        bool ok = false;
        const int i = stage.mid(6).toInt(&ok);
        if (ok && i >= 0 && i < m_stages.size())
            return i;
    }
    return -1;
}

int Dockerfile::instructionForBuildKitStep(const QString &stage, int step, int total, const QString &target) const
{
    const int s = stageForBuildKitPrefix(stage, target);
    if (s < 0 || step < 1)
        return -1;
    // Only instructions that change the filesystem become vertexes; a FROM does only
    // when it names an image (not "scratch", not an earlier stage).
    static const QStringList ops = {QStringLiteral("RUN"), QStringLiteral("COPY"), QStringLiteral("ADD"), QStringLiteral("WORKDIR")};
    QList<int> withFrom;
    QList<int> withoutFrom;
    for (qsizetype i = 0; i < m_instructions.size(); ++i) {
        const DockerfileInstruction &ins = m_instructions.at(i);
        if (ins.stage != s)
            continue;
        if (ins.keyword == QLatin1String("FROM")) {
            withFrom.append(int(i));
        } else if (ops.contains(ins.keyword)) {
            withFrom.append(int(i));
            withoutFrom.append(int(i));
        }
    }
    const QString base = m_stages.at(s).baseImage.toLower();
    bool fromCounts = base != QLatin1String("scratch");
    for (const DockerfileStage &st : m_stages) {
        if (st.index < s && ((!st.name.isEmpty() && st.name == base) || QString::number(st.index) == base))
            fromCounts = false;
    }
    if (total > 0 && withFrom.size() == total)
        fromCounts = true;
    else if (total > 0 && withoutFrom.size() == total)
        fromCounts = false;
    const QList<int> &list = fromCounts ? withFrom : withoutFrom;
    return step <= list.size() ? list.at(step - 1) : -1;
}

QList<DockerfileDiagnostic> Dockerfile::lint(const LintContext &context) const
{
    QList<DockerfileDiagnostic> out = m_parseDiagnostics;
    bool seenFrom = false;
    for (const DockerfileInstruction &ins : m_instructions) {
        DockerfileDiagnostic d;
        d.line = ins.line;
        d.column = ins.keywordColumn;
        static const QRegularExpression space(QStringLiteral("\\s"));
        d.length = int(ins.original.indexOf(space));
        if (d.length < 0)
            d.length = int(ins.original.size());

        if (!ins.isKnown()) {
            d.code = DockerfileDiagnostic::Code::UnknownInstruction;
            QString best;
            int bestDistance = 3;
            for (const QString &k : knownInstructions()) {
                const int dist = editDistance(ins.keyword, k);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = k;
                }
            }
            d.message = best.isEmpty()
                ? tr("Unknown instruction “%1”: the builder will stop here. Instructions are FROM, RUN, COPY, WORKDIR, CMD and the others of the Dockerfile reference.")
                      .arg(ins.original.left(d.length))
                : tr("Unknown instruction “%1”: the builder will stop here. Did you mean %2?").arg(ins.original.left(d.length), best);
            out.append(d);
            continue;
        }
        if (ins.keyword == QLatin1String("FROM")) {
            seenFrom = true;
        } else if (!seenFrom && ins.keyword != QLatin1String("ARG")) {
            d.code = DockerfileDiagnostic::Code::MissingFrom;
            d.message = tr("%1 comes before the first FROM. A Dockerfile must start with FROM (only ARG may come before it).")
                            .arg(ins.keyword);
            out.append(d);
        }
        if (ins.arguments.isEmpty()) {
            d.code = DockerfileDiagnostic::Code::EmptyInstruction;
            d.message = tr("%1 needs arguments: %2").arg(ins.keyword, instructionSyntax(ins.keyword));
            out.append(d);
            continue;
        }
        if (ins.looksJson && !ins.jsonValid) {
            d.code = DockerfileDiagnostic::Code::BrokenJson;
            const qsizetype bracket = m_lines.value(ins.line - 1).indexOf(QLatin1Char('['));
            d.column = bracket >= 0 ? int(bracket) : ins.keywordColumn;
            d.length = 0;
            const QString rest = ins.arguments.mid(ins.arguments.indexOf(QLatin1Char('[')));
            if (rest.contains(QLatin1Char('\'')) && !rest.contains(QLatin1Char('"'))) {
                QString fixed = rest;
                fixed.replace(QLatin1Char('\''), QLatin1Char('"'));
                d.message = tr("The JSON form needs double quotes: with single quotes %1 runs “%2” as one shell command instead. Write %3.")
                                .arg(ins.keyword, rest, fixed);
            } else {
                QJsonParseError err{};
                QJsonDocument::fromJson(rest.toUtf8(), &err);
                const QString why = err.error == QJsonParseError::NoError ? tr("the list may only hold strings") : err.errorString();
                d.message = tr("This looks like the JSON form but is not valid JSON (%1), so %2 will run it as one shell command instead. "
                               "Check the brackets, the double quotes and the commas.")
                                .arg(why, ins.keyword);
            }
            out.append(d);
        }
        if ((ins.keyword == QLatin1String("COPY") || ins.keyword == QLatin1String("ADD")) && !context.contextDir.isEmpty())
            lintCopySources(ins, context, out);
    }
    std::stable_sort(out.begin(), out.end(), [](const DockerfileDiagnostic &a, const DockerfileDiagnostic &b) {
        return a.line < b.line;
    });
    return out;
}

void Dockerfile::lintCopySources(const DockerfileInstruction &ins, const LintContext &context, QList<DockerfileDiagnostic> &out) const
{
    QStringList flags;
    const QString rest = withoutFlags(ins.arguments, &flags);
    for (const QString &f : std::as_const(flags)) {
        if (f.startsWith(QLatin1String("--from")))
            return; // another stage or image, not the context
    }
    QStringList words = ins.jsonValid ? ins.jsonArguments : splitWords(rest, m_escape);
    if (!ins.heredocs.isEmpty())
        words.removeIf([](const QString &w) { return w.startsWith(QLatin1String("<<")); });
    if (words.size() < 2)
        return;
    words.removeLast(); // the destination

    const QDir ctx(context.contextDir);
    if (!ctx.exists())
        return;
    const bool isAdd = ins.keyword == QLatin1String("ADD");
    for (const QString &src : std::as_const(words)) {
        if (src.contains(QLatin1Char('$')))
            continue; // depends on ARG/ENV values known only while building
        if (isAdd && (src.contains(QLatin1String("://")) || src.startsWith(QLatin1String("git@"))))
            continue;
        QString rel = src;
        while (rel.startsWith(QLatin1Char('/')))
            rel.remove(0, 1);
        rel = DockerIgnore::cleanPath(rel);

        DockerfileDiagnostic d;
        d.line = ins.line;
        d.length = int(src.size());
        d.column = ins.keywordColumn;
        for (int l = ins.line; l <= ins.endLine; ++l) {
            const qsizetype at = m_lines.value(l - 1).indexOf(src, l == ins.line ? ins.keywordColumn + ins.keyword.size() : 0);
            if (at >= 0) {
                d.line = l;
                d.column = int(at);
                break;
            }
        }

        if (rel == QLatin1String(".."))
            rel = QStringLiteral("../");
        if (rel.startsWith(QLatin1String("../"))) {
            d.code = DockerfileDiagnostic::Code::CopySourceMissing;
            d.message = tr("“%1” is outside the build context: %2 can only read files inside the context folder (%3).")
                            .arg(src, ins.keyword, QDir::toNativeSeparators(context.contextDir));
            out.append(d);
            continue;
        }
        if (rel == QLatin1String("."))
            continue;

        QStringList matches;
        if (hasWildcard(rel))
            matches = globContext(context.contextDir, rel);
        else if (QFileInfo::exists(ctx.filePath(rel)) || QFileInfo(ctx.filePath(rel)).isSymLink())
            matches = {rel};

        if (matches.isEmpty()) {
            d.code = DockerfileDiagnostic::Code::CopySourceMissing;
            d.message = hasWildcard(rel)
                ? tr("No file in the build context matches “%1”, so %2 will fail. Paths are relative to the context folder (%3), not to the Dockerfile.")
                      .arg(src, ins.keyword, QDir::toNativeSeparators(context.contextDir))
                : tr("“%1” is not in the build context, so %2 will fail. Paths are relative to the context folder (%3), not to the Dockerfile.")
                      .arg(src, ins.keyword, QDir::toNativeSeparators(context.contextDir));
            out.append(d);
            continue;
        }
        if (!context.ignore || context.ignore->isEmpty())
            continue;
        bool anyIncluded = false;
        for (const QString &m : std::as_const(matches)) {
            if (!context.ignore->matches(m)) {
                anyIncluded = true;
                break;
            }
            // An excluded folder may still send files re-included below it.
            if (QFileInfo(ctx.filePath(m)).isDir() && context.ignore->mayReincludeBelow(m)) {
                anyIncluded = true;
                break;
            }
        }
        if (anyIncluded)
            continue;
        // Name the rule that excluded it: the last non-exception pattern that matches
        // the path or one of its parents.
        const QString path = matches.first();
        const DockerIgnore::Pattern *rule = nullptr;
        QStringList candidates{path};
        for (qsizetype s = path.indexOf(QLatin1Char('/')); s > 0; s = path.indexOf(QLatin1Char('/'), s + 1))
            candidates.append(path.left(s));
        for (const DockerIgnore::Pattern &p : context.ignore->patterns()) {
            for (const QString &c : std::as_const(candidates)) {
                if (p.matches(c)) {
                    rule = p.exclusion ? nullptr : &p;
                    break;
                }
            }
        }
        d.code = DockerfileDiagnostic::Code::CopySourceIgnored;
        d.message = rule
            ? tr("“%1” is excluded by .dockerignore (line %2: “%3”), so the build will not see it and %4 will fail. "
                 "Remove that pattern or add an exception such as “!%5”.")
                  .arg(src)
                  .arg(rule->line)
                  .arg(rule->text, ins.keyword, path)
            : tr("“%1” is excluded by .dockerignore, so the build will not see it and %2 will fail. "
                 "Remove the pattern or add an exception such as “!%3”.")
                  .arg(src, ins.keyword, path);
        out.append(d);
    }
}

QString Dockerfile::readFile(const QString &path, Use use, QByteArray *bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Could not open the Dockerfile “%1”: %2").arg(shown, f.errorString());
    if (f.size() <= kMaxFileBytes)
        *bytes = f.read(kMaxFileBytes + 1);
    if (f.size() > kMaxFileBytes || bytes->size() > kMaxFileBytes) {
        bytes->clear();
        const qint64 size = std::max<qint64>(f.size(), kMaxFileBytes + 1);
        return tr("“%1” is %2: too large for a Dockerfile (Cais reads Dockerfiles of up to %3). Choose the Dockerfile itself.")
            .arg(shown, QLocale().formattedDataSize(size, 1, QLocale::DataSizeIecFormat),
                 QLocale().formattedDataSize(kMaxFileBytes, 0, QLocale::DataSizeIecFormat));
    }
    if (bytes->contains('\0')) {
        bytes->clear();
        return tr("“%1” is not a text file (it holds binary data), so it cannot be a Dockerfile. Choose the Dockerfile itself.").arg(shown);
    }
    if (use == Use::Edit) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(*bytes).operator QString();
        if (utf8.hasError()) {
            bytes->clear();
            return tr("“%1” is not UTF-8 text, and saving it from the editor would replace the characters that are not. Convert "
                      "it to UTF-8 first (for example with iconv -f latin1 -t utf-8), or build it without opening it.")
                .arg(shown);
        }
    }
    return {};
}
