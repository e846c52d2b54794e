#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class DockerIgnore;

/// A here-document of a RUN/COPY/ADD instruction (`RUN <<EOF` ... `EOF`).
struct DockerfileHeredoc
{
    QString name;      ///< the terminator word ("EOF")
    int bodyLine = 0;  ///< first line of the body (1-based)
    int endLine = 0;   ///< the terminator's line; 0 when the file ends before it
};

/// One instruction of a Dockerfile, with where it is written.
struct DockerfileInstruction
{
    QString keyword;     ///< upper case: "RUN"
    QString arguments;   ///< everything after the keyword, continuation lines joined, comments dropped
    /// The instruction as the classic builder prints it in "Step N/M : ...": the logical
    /// line with the escape-newline pairs removed, trimmed.
    QString original;
    int line = 0;        ///< first line (1-based)
    int endLine = 0;     ///< last line, continuation and heredoc lines included
    int keywordColumn = 0; ///< 0-based column of the keyword on `line`
    int stage = -1;      ///< index of the stage it belongs to; -1 for ARG before the first FROM
    QList<DockerfileHeredoc> heredocs;
    /// `["a", "b"]` form: the arguments start with '[' (CMD, ENTRYPOINT, RUN, SHELL,
    /// COPY, ADD, VOLUME). jsonValid tells whether they are a JSON array of strings.
    bool looksJson = false;
    bool jsonValid = false;
    QStringList jsonArguments;

    bool isKnown() const;
    bool contains(int line1) const { return line1 >= line && line1 <= endLine; }
};

/// A build stage: a FROM and what follows it up to the next FROM.
struct DockerfileStage
{
    int index = 0;
    QString name;        ///< the `AS name`, lower-cased as the builder compares it; empty when unnamed
    QString nameAsWritten;
    QString baseImage;   ///< the FROM argument ("cais-test/shell:1", or another stage's name)
    int fromInstruction = -1; ///< index in Dockerfile::instructions()
    int line = 0;
};

/// Something wrong with a Dockerfile that can be seen before building.
struct DockerfileDiagnostic
{
    Q_DECLARE_TR_FUNCTIONS(DockerfileDiagnostic)
public:
    enum class Severity { Error, Warning };
    enum class Code {
        UnknownInstruction,
        MissingFrom,        ///< an instruction other than ARG before the first FROM, or no FROM at all
        BrokenJson,         ///< `CMD ["a", "b"` or `CMD ['a']`: runs as a shell command instead
        EmptyInstruction,   ///< RUN with nothing to run, FROM without an image...
        UnterminatedHeredoc,
        CopySourceMissing,  ///< COPY/ADD source not in the build context
        CopySourceIgnored,  ///< COPY/ADD source excluded by .dockerignore
        DuplicateStageName,
    };
    Severity severity = Severity::Error;
    Code code = Code::UnknownInstruction;
    int line = 0;       ///< 1-based
    int column = 0;     ///< 0-based, on `line`
    int length = 0;     ///< characters to mark; 0: to the end of the line
    QString message;    ///< translated, says what is wrong and what to do
};

/// What Dockerfile::lint() may look at on disk.
struct DockerfileLintContext
{
    QString contextDir;                   ///< empty: no COPY/ADD source checks
    const DockerIgnore *ignore = nullptr; ///< the context's .dockerignore rules, if any
};

/// A parsed Dockerfile: the instructions with their line ranges, the stages, and
/// the checks an editor can make before building. Follows the rules of the
/// Dockerfile parser that the engines use: the `# escape=` directive (only at the
/// top), `\` (or the chosen escape) at the end of a line continues the
/// instruction, comment lines are dropped even inside a continued instruction,
/// keywords are case-insensitive, heredocs (`<<EOF`, `<<-EOF`, quoted names) run
/// until their terminator line. Pure: no file access except in lint().
class Dockerfile
{
    Q_DECLARE_TR_FUNCTIONS(Dockerfile)
public:
    using LintContext = DockerfileLintContext;

    static Dockerfile parse(const QString &text);

    /// The largest Dockerfile Cais reads: instructions, not data (1 MiB is some ten
    /// thousand lines); a larger file is almost surely another file chosen by mistake.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    enum class Use { Build, Edit };
    /// Reads the Dockerfile at `path` into `bytes`. Empty when it can be used, else why
    /// not, in words naming the file: it cannot be opened, is larger than
    /// kMaxFileBytes, is binary (holds a NUL byte), or (to Edit, as saving would change
    /// those bytes) is not UTF-8 text. Never reads more than kMaxFileBytes + 1 bytes.
    static QString readFile(const QString &path, Use use, QByteArray *bytes);

    const QList<DockerfileInstruction> &instructions() const { return m_instructions; }
    const QList<DockerfileStage> &stages() const { return m_stages; }
    /// Problems the parser itself found (unterminated heredoc...); lint() includes them.
    const QList<DockerfileDiagnostic> &parseDiagnostics() const { return m_parseDiagnostics; }
    QChar escapeCharacter() const { return m_escape; }

    /// The names of the `FROM ... AS name` stages, in order, as written.
    QStringList stageNames() const;
    /// The stage index for a `--target` name (case-insensitive); -1 when there is none.
    int stageIndex(const QString &name) const;
    /// Index of the instruction that covers `line` (1-based), or -1.
    int instructionAtLine(int line) const;
    /// The lines of an instruction as written (continuations and heredoc bodies included).
    QString sourceText(int instruction) const;

    /// Which instruction the classic builder (Docker, `POST /build?version=1`) runs as
    /// "Step N/M": the ARGs before the first FROM, then every stage's FROM and
    /// instructions in file order, up to the target stage. Returns an index in
    /// instructions(), or -1 for a step the Dockerfile does not contain (the LABEL the
    /// builder appends for `--label`).
    int instructionForDockerStep(int step, const QString &target = {}) const;
    /// The number of steps the classic builder will announce ("Step 1/M"), without the
    /// LABEL step that labels add.
    int dockerStepCount(const QString &target = {}) const;
    /// Which instruction Podman/Buildah runs as "[stage/stages] STEP N/M": step 1 is the
    /// stage's FROM, then its instructions. `stage` is 1-based; 0 when the output had no
    /// "[s/S]" prefix (a single-stage build, or the target stage). Returns -1 when unknown.
    int instructionForPodmanStep(int stage, int step, const QString &target = {}) const;
    /// Which instruction BuildKit runs as the vertex "[stage k/n] ...": k counts the
    /// instructions that make a filesystem operation (FROM of an image, RUN, COPY, ADD,
    /// WORKDIR) in that stage. `stage` is the stage's name, "stage-i" for the i-th
    /// (0-based) unnamed one, or empty when the vertex had no prefix (a single-stage
    /// file: the target or last stage). `total` (n; 0 when unknown) picks whether the
    /// FROM counts. Returns -1 when unknown.
    int instructionForBuildKitStep(const QString &stage, int step, int total = 0, const QString &target = {}) const;
    /// The stage a BuildKit vertex prefix names ("build", "stage-1", empty = target or
    /// last); -1 when there is none.
    int stageForBuildKitPrefix(const QString &stage, const QString &target = {}) const;

    /// The checks of the editor: unknown instructions, instructions before the first
    /// FROM, broken JSON form, COPY/ADD sources missing from the context or excluded
    /// by .dockerignore, plus parseDiagnostics(). Sorted by line.
    QList<DockerfileDiagnostic> lint(const LintContext &context = {}) const;

    /// Every instruction the Dockerfile reference knows, upper case.
    static const QStringList &knownInstructions();
    /// What an instruction does, in plain words (translated); empty for an unknown one.
    static QString instructionHelp(const QString &keyword);
    /// A one-line form of the instruction, e.g. "COPY <source>... <destination>".
    static QString instructionSyntax(const QString &keyword);

    /// Splits shell-form arguments into words the way the builder does for COPY/ADD
    /// (whitespace separates, quotes group, the escape character escapes).
    static QStringList splitWords(const QString &arguments, QChar escape = QLatin1Char('\\'));
    /// Whitespace runs collapsed to one space, trimmed: to compare what the builder
    /// prints with what the file says.
    static QString normalizedText(const QString &text);

private:
    void lintCopySources(const DockerfileInstruction &ins, const LintContext &context, QList<DockerfileDiagnostic> &out) const;

    QList<DockerfileInstruction> m_instructions;
    QList<DockerfileStage> m_stages;
    QList<DockerfileDiagnostic> m_parseDiagnostics;
    QStringList m_lines;
    QChar m_escape = QLatin1Char('\\');
};
