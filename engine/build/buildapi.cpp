#include "buildapi.h"
#include "poolstart.h"

#include "buildkit.h"
#include "engine.h"
#include "logging.h"
#include "reference.h"
#include "reply.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QPromise>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>


namespace {

bool isHex(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

// Removes terminal escape sequences (CSI: ESC [ ... final byte). The classic builder
// wraps a RUN's stderr in ESC[91m ... ESC[0m; `stderrState` follows those switches and
// `printedInStderr` tells whether a visible character was printed in that state.
QString stripEscapes(const QString &line, bool &stderrState, bool &printedInStderr)
{
    if (!line.contains(QChar(0x1b))) {
        printedInStderr = stderrState && !line.isEmpty();
        return line;
    }
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c != QChar(0x1b)) {
            out += c;
            printedInStderr = printedInStderr || stderrState;
            continue;
        }
        if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('[')) {
            qsizetype j = i + 2;
            while (j < line.size() && !(line.at(j).unicode() >= 0x40 && line.at(j).unicode() <= 0x7e))
                ++j;
            const QStringView params = QStringView(line).mid(i + 2, j - i - 2);
            if (j < line.size() && line.at(j) == QLatin1Char('m')) {
                if (params == u"91" || params == u"31") {
                    stderrState = true;
                } else if (params.isEmpty() || params == u"0" || params == u"39") {
                    stderrState = false;
                }
            }
            i = j;
        }
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------

qint64 BuildStep::durationMs(qint64 nowMs) const
{
    if (startedMs <= 0)
        return 0;
    const qint64 end = finishedMs > 0 ? finishedMs : (nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch());
    return std::max<qint64>(0, end - startedMs);
}

QString BuildStep::keyword() const
{
    const QString t = text.trimmed();
    const qsizetype sp = t.indexOf(QLatin1Char(' '));
    return (sp < 0 ? t : t.left(sp)).toUpper();
}

// ---------------------------------------------------------------------------

BuildStreamParser::BuildStreamParser(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

void BuildStreamParser::setDockerfile(const Dockerfile &dockerfile, const QString &target)
{
    m_dockerfile = dockerfile;
    m_target = target;
    m_haveDockerfile = true;
    m_usedInstructions = QList<bool>(dockerfile.instructions().size(), false);
}

QList<BuildEvent> BuildStreamParser::feed(const QByteArray &bytes)
{
    QList<BuildEvent> out;
    // Only the new bytes can hold a newline: a long line cut in pieces is scanned once.
    qsizetype from = m_buffer.size();
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl < 0)
            break;
        handleRawLine(QByteArrayView(m_buffer).mid(start, nl - start), out);
        start = nl + 1;
        from = start;
    }
    m_buffer.remove(0, start);
    return out;
}

QList<BuildEvent> BuildStreamParser::finish()
{
    QList<BuildEvent> out = feed(QByteArray());
    if (!m_buffer.isEmpty())
        handleRawLine(QByteArrayView(std::exchange(m_buffer, {})), out);
    if (!m_pending.isEmpty())
        handleLine(std::exchange(m_pending, {}), m_stderr, out);
    if (!m_steps.isEmpty() && !m_steps.last().isFinished())
        finishCurrent(m_failed ? BuildStep::State::Failed : BuildStep::State::Done, out);
    return out;
}

bool BuildStreamParser::decodeStreamLine(QByteArrayView line, QString &text)
{
    // Nearly every line of a build is {"stream":"..."}: decoding its one string here
    // costs a fraction of building a QJsonDocument for it. Anything else (another
    // key, odd spacing) goes to the JSON parser.
    static constexpr QByteArrayView prefix = "{\"stream\":\"";
    if (line.size() < prefix.size() + 2 || !line.startsWith(prefix) || !line.endsWith("\"}"))
        return false;
    const QByteArrayView body = line.mid(prefix.size(), line.size() - prefix.size() - 2);
    if (!body.contains('\\')) {
        if (body.contains('"'))
            return false;
        text = QString::fromUtf8(body);
        return true;
    }
    QByteArray utf8;
    utf8.reserve(body.size());
    auto hex4 = [&](qsizetype at, char32_t &value) {
        if (at + 4 > body.size())
            return false;
        value = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const char c = body.at(k);
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (c == '"')
            return false; // the string ended before the closing brace: not our shape
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        if (++i >= body.size())
            return false;
        switch (body.at(i)) {
        case 'n': utf8 += '\n'; break;
        case 't': utf8 += '\t'; break;
        case 'r': utf8 += '\r'; break;
        case 'b': utf8 += '\b'; break;
        case 'f': utf8 += '\f'; break;
        case '"': utf8 += '"'; break;
        case '\\': utf8 += '\\'; break;
        case '/': utf8 += '/'; break;
        case 'u': {
            char32_t cp = 0;
            if (!hex4(i + 1, cp))
                return false;
            i += 4;
            if (cp >= 0xd800 && cp < 0xdc00 && i + 6 < body.size() && body.at(i + 1) == '\\' && body.at(i + 2) == 'u') {
                char32_t low = 0;
                if (hex4(i + 3, low) && low >= 0xdc00 && low < 0xe000) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    i += 6;
                }
            }
            utf8 += QString::fromUcs4(&cp, 1).toUtf8();
            break;
        }
        default:
            return false;
        }
    }
    text = QString::fromUtf8(utf8);
    return true;
}

void BuildStreamParser::handleRawLine(QByteArrayView line, QList<BuildEvent> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    QString text;
    if (decodeStreamLine(line, text)) {
        handleText(text, out);
        return;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &err);
    if (err.error == QJsonParseError::NoError && doc.isObject())
        handleObject(doc.object(), out);
    else
        output(QString::fromUtf8(line), false, true, out);
}

void BuildStreamParser::handleObject(const QJsonObject &o, QList<BuildEvent> &out)
{
    const QJsonValue stream = o.value(QLatin1String("stream"));
    if (stream.isString())
        handleText(stream.toString(), out);

    const QJsonObject aux = o.value(QLatin1String("aux")).toObject();
    const QString id = aux.value(QLatin1String("ID")).toString();
    if (!id.isEmpty()) {
        m_imageId = id;
        BuildEvent e;
        e.type = BuildEvent::Type::ImageId;
        e.step = int(m_steps.size()) - 1;
        e.text = id;
        e.timeMs = now();
        out.append(e);
    }

    const QJsonObject detail = o.value(QLatin1String("errorDetail")).toObject();
    QString message = detail.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = o.value(QLatin1String("error")).toString();
    if (!message.isEmpty() || o.contains(QLatin1String("errorDetail"))) {
        // Whatever the step printed before the error belongs to it.
        if (!m_pending.isEmpty())
            handleLine(std::exchange(m_pending, {}), m_stderr, out);
        if (message.isEmpty())
            message = QCoreApplication::translate("BuildStreamParser", "The build failed without saying why.");
        m_failed = true;
        m_error = message.trimmed();
        m_errorCode = detail.value(QLatin1String("code")).toInt();
        if (!m_steps.isEmpty()) {
            m_failedStep = int(m_steps.size()) - 1;
            BuildStep &s = m_steps.last();
            s.state = BuildStep::State::Failed;
            if (s.finishedMs <= 0)
                s.finishedMs = now();
            BuildEvent c;
            c.type = BuildEvent::Type::StepChanged;
            c.step = m_failedStep;
            c.info = s;
            c.timeMs = s.finishedMs;
            out.append(c);
        }
        BuildEvent e;
        e.type = BuildEvent::Type::Error;
        e.step = m_failedStep;
        e.text = m_error;
        e.isStderr = true;
        e.timeMs = now();
        out.append(e);
    }
    // Podman's compat service may send a plain "message" too.
    const QString msg = o.value(QLatin1String("message")).toString();
    if (!msg.isEmpty() && !o.contains(QLatin1String("errorDetail")))
        output(msg, false, true, out);
}

void BuildStreamParser::handleText(const QString &text, QList<BuildEvent> &out)
{
    m_pending += text;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_pending.indexOf(QLatin1Char('\n'), start);
        if (nl < 0)
            break;
        handleLine(m_pending.mid(start, nl - start), m_stderr, out);
        start = nl + 1;
    }
    if (start > 0)
        m_pending.remove(0, start);
}

void BuildStreamParser::handleLine(QString line, bool, QList<BuildEvent> &out)
{
    bool isStderr = false;
    const bool hadText = !line.isEmpty();
    line = stripEscapes(line, m_stderr, isStderr);
    // "ESC[0m" left after the last newline of a stderr block only switches colour back.
    if (line.isEmpty() && hadText)
        return;
    line = lastProgressSegment(line);

    // Docker: "Step 3/7 : RUN ..."
    if (line.startsWith(QLatin1String("Step "))) {
        static const QRegularExpression re(QStringLiteral("^Step (\\d+)/(\\d+) : (.*)$"));
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch()) {
            BuildStep s;
            s.number = m.captured(1).toInt();
            s.total = m.captured(2).toInt();
            s.text = m.captured(3).trimmed();
            startStep(s, line, out);
            return;
        }
    }
    // Podman/Buildah: "STEP 3/7: ..." with "[2/3] " before it in multi-stage builds.
    if (line.startsWith(QLatin1String("STEP ")) || line.startsWith(QLatin1Char('['))) {
        static const QRegularExpression re(QStringLiteral("^(?:\\[(\\d+)/(\\d+)\\] )?STEP (\\d+)/(\\d+): (.*)$"));
        const QRegularExpressionMatch m = re.match(line);
        if (m.hasMatch()) {
            m_podman = true;
            BuildStep s;
            s.stage = m.captured(1).toInt();
            s.stageCount = m.captured(2).toInt();
            s.number = m.captured(3).toInt();
            s.total = m.captured(4).toInt();
            s.text = m.captured(5).trimmed();
            startStep(s, line, out);
            return;
        }
    }
    const bool inStep = !m_steps.isEmpty() && !m_steps.last().isFinished();
    if (line.startsWith(QLatin1String(" ---> "))) {
        const QString rest = line.mid(6).trimmed();
        if (inStep && rest == QLatin1String("Using cache")) {
            BuildStep &s = m_steps.last();
            s.state = BuildStep::State::Cached; // still running until its id comes
            BuildEvent e;
            e.type = BuildEvent::Type::StepChanged;
            e.step = int(m_steps.size()) - 1;
            e.info = s;
            e.text = line;
            e.isMeta = true;
            e.timeMs = now();
            out.append(e);
            return;
        }
        if (inStep && isHex(rest) && rest.size() >= 12) {
            BuildStep &s = m_steps.last();
            s.layerId = rest;
            const bool cached = s.state == BuildStep::State::Cached;
            finishCurrent(cached ? BuildStep::State::Cached
                                 : (s.keyword() == QLatin1String("FROM") ? BuildStep::State::Base : BuildStep::State::Built),
                          out, line);
            return;
        }
        output(line, isStderr, true, out);
        return;
    }
    if (line.startsWith(QLatin1String("--> "))) {
        const QString rest = line.mid(4).trimmed();
        if (!m_steps.isEmpty()) {
            const bool cacheHit = rest.startsWith(QLatin1String("Using cache "));
            const QString id = cacheHit ? rest.mid(12).trimmed() : rest;
            if (isHex(id) && id.size() >= 12) {
                // Podman prints the id after the step ends; a FROM gets none.
                int idx = int(m_steps.size()) - 1;
                BuildStep &s = m_steps[idx];
                s.layerId = id;
                if (cacheHit || !s.isFinished()) {
                    finishCurrent(cacheHit ? BuildStep::State::Cached
                                           : (s.keyword() == QLatin1String("FROM") ? BuildStep::State::Base : BuildStep::State::Built),
                                  out, line);
                } else {
                    BuildEvent e;
                    e.type = BuildEvent::Type::StepChanged;
                    e.step = idx;
                    e.info = s;
                    e.text = line;
                    e.isMeta = true;
                    e.timeMs = now();
                    out.append(e);
                }
                return;
            }
        }
        output(line, isStderr, true, out);
        return;
    }
    if (line.startsWith(QLatin1String("Successfully tagged "))) {
        const QString tag = line.mid(20).trimmed();
        if (!m_tags.contains(tag))
            m_tags.append(tag);
        output(line, false, true, out);
        BuildEvent e;
        e.type = BuildEvent::Type::Tagged;
        e.step = int(m_steps.size()) - 1;
        e.text = tag;
        e.timeMs = now();
        out.append(e);
        return;
    }
    if (line.startsWith(QLatin1String("Successfully built "))) {
        if (inStep)
            finishCurrent(BuildStep::State::Done, out);
        output(line, false, true, out);
        return;
    }
    // Podman ends with the full image id alone on a line.
    if (m_podman && line.size() == 64 && isHex(line)) {
        if (m_imageId.isEmpty()) {
            m_imageId = QStringLiteral("sha256:") + line;
            BuildEvent e;
            e.type = BuildEvent::Type::ImageId;
            e.step = int(m_steps.size()) - 1;
            e.text = m_imageId;
            e.timeMs = now();
            out.append(e);
        }
        output(line, false, true, out);
        return;
    }
    static const QRegularExpression stagePrefix(QStringLiteral("^\\[\\d+/\\d+\\] "));
    const QString bare = line.startsWith(QLatin1Char('[')) ? QString(line).remove(stagePrefix) : line;
    const bool meta = bare.startsWith(QLatin1String("COMMIT ")) || line.startsWith(QLatin1String("[Warning]"));
    output(line, isStderr, meta, out);
}

void BuildStreamParser::output(const QString &line, bool isStderr, bool meta, QList<BuildEvent> &out)
{
    BuildEvent e;
    e.type = BuildEvent::Type::Output;
    e.step = int(m_steps.size()) - 1;
    e.text = line;
    e.isStderr = isStderr;
    e.isMeta = meta;
    e.timeMs = now();
    if (e.step >= 0)
        ++m_steps[e.step].outputLines;
    out.append(std::move(e));
}

void BuildStreamParser::mapStep(BuildStep &step) const
{
    if (!m_haveDockerfile)
        return;
    const QList<DockerfileInstruction> &ins = m_dockerfile.instructions();
    int idx = m_podman ? m_dockerfile.instructionForPodmanStep(step.stage, step.number, m_target)
                       : m_dockerfile.instructionForDockerStep(step.number, m_target);
    const QString want = Dockerfile::normalizedText(step.text);
    auto sameKeyword = [&](int i) {
        return i >= 0 && i < ins.size() && ins.at(i).keyword == step.keyword();
    };
    if (!sameKeyword(idx)) {
        // The count did not line up (an engine that numbers differently): find the
        // first instruction not yet used that reads the same.
        idx = -1;
        for (qsizetype i = 0; i < ins.size(); ++i) {
            if (!m_usedInstructions.value(i) && Dockerfile::normalizedText(ins.at(i).original) == want) {
                idx = int(i);
                break;
            }
        }
    }
    if (idx >= 0) {
        step.instruction = idx;
        step.line = ins.at(idx).line;
    }
}

void BuildStreamParser::startStep(BuildStep step, const QString &line, QList<BuildEvent> &out)
{
    if (!m_steps.isEmpty() && !m_steps.last().isFinished())
        finishCurrent(m_steps.last().keyword() == QLatin1String("FROM") ? BuildStep::State::Base : BuildStep::State::Done, out);
    step.startedMs = now();
    mapStep(step);
    if (step.instruction >= 0 && step.instruction < m_usedInstructions.size())
        m_usedInstructions[step.instruction] = true;
    m_steps.append(step);
    out.append(stepEvent(BuildEvent::Type::StepStarted, line, true));
}

BuildEvent BuildStreamParser::stepEvent(BuildEvent::Type type, const QString &line, bool meta) const
{
    // Always about the newest step, with its state as it is now.
    const BuildStep &s = m_steps.last();
    BuildEvent e;
    e.type = type;
    e.step = int(m_steps.size()) - 1;
    e.info = s;
    e.text = line;
    e.isMeta = meta;
    e.timeMs = type == BuildEvent::Type::StepStarted ? s.startedMs : s.finishedMs;
    return e;
}

void BuildStreamParser::finishCurrent(BuildStep::State state, QList<BuildEvent> &out, const QString &line, bool meta)
{
    if (m_steps.isEmpty())
        return;
    BuildStep &s = m_steps.last();
    if (s.isFinished() && line.isEmpty())
        return;
    // A cache hit stays one when the step ends without more news.
    if (!(state == BuildStep::State::Done && s.state == BuildStep::State::Cached))
        s.state = state;
    s.finishedMs = now();
    out.append(stepEvent(BuildEvent::Type::StepChanged, line, meta));
}

// ---------------------------------------------------------------------------

struct BuildOperation::Prepared
{
    Result<BuildContextPlan> plan = std::unexpected(EngineError());
    QString dockerfilePath;
    QString dockerfileText;
    QString readError;
};

BuildOperation::BuildOperation(Engine *engine, BuildOptions options, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_options(std::move(options))
{
}

BuildOperation::~BuildOperation()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // buildx ends the build in the engine when its session goes away. The process
        // outlives the operation until it is reaped: a QProcess deleted while running
        // would block the GUI thread waiting for it.
        QProcess *p = m_process;
        p->disconnect(this);
        p->setParent(nullptr);
        connect(p, &QProcess::finished, p, &QObject::deleteLater);
        p->kill();
    }
    if (m_reply)
        m_reply->abort();
    for (const QPointer<Reply> &r : std::as_const(m_historyReplies)) {
        if (r)
            r->abort();
    }
}

void BuildOperation::setClock(BuildStreamParser::Clock clock)
{
    m_parser = BuildStreamParser(std::move(clock));
}

qint64 BuildOperation::bytesSent() const
{
    return m_stream ? m_stream->bytesSent() : 0;
}

const QList<BuildStep> &BuildOperation::steps() const
{
    return m_kit ? m_kit->steps() : m_parser.steps();
}

Result<Done> BuildOperation::validate(const BuildOptions &options, bool podman)
{
    auto fail = [](const QString &message) {
        return Result<Done>(std::unexpected(EngineError::make(EngineError::Kind::Other, message)));
    };
    if (options.contextDir.trimmed().isEmpty())
        return fail(tr("Choose the build context: the folder whose files the build can copy into the image."));
    const QFileInfo ctx(options.contextDir);
    if (!ctx.exists())
        return fail(tr("The build context folder “%1” does not exist.").arg(QDir::toNativeSeparators(options.contextDir)));
    if (!ctx.isDir())
        return fail(tr("The build context “%1” is not a folder.").arg(QDir::toNativeSeparators(options.contextDir)));
    for (const QString &tag : options.tags) {
        const Result<Reference> r = Reference::parseTagTarget(tag.trimmed());
        if (!r)
            return fail(tr("The tag “%1” is not valid: %2").arg(tag, r.error().userMessage));
    }
    for (const auto &[name, value] : options.buildArgs) {
        Q_UNUSED(value);
        if (name.trimmed().isEmpty())
            return fail(tr("A build argument has no name."));
        if (name.contains(QLatin1Char('=')) || name.contains(QLatin1Char(' ')))
            return fail(tr("The build argument name “%1” may not contain “=” or spaces.").arg(name));
    }
    for (const auto &[name, value] : options.labels) {
        Q_UNUSED(value);
        if (name.trimmed().isEmpty())
            return fail(tr("A label has no name."));
    }
    if (options.network.contains(QLatin1Char(' ')))
        return fail(tr("The network name “%1” may not contain spaces.").arg(options.network));
    if (options.builder == BuildOptions::Builder::BuildKit && podman)
        return fail(tr("Podman has no BuildKit: its builds use its own builder. Choose the classic builder to build on Podman."));
    return Done{};
}

void BuildOperation::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_elapsed.start();
    m_result.target = m_options.target;

    if (const Result<Done> ok = validate(m_options, m_engine && m_engine->info().podman); !ok) {
        const QString message = ok.error().userMessage;
        QTimer::singleShot(0, this, [this, message] { finish(BuildResult::Outcome::Failed, message); });
        return;
    }
    if (!m_engine) {
        QTimer::singleShot(0, this, [this] { finish(BuildResult::Outcome::Failed, tr("Not connected to an engine.")); });
        return;
    }

    // Reading the Dockerfile and walking the context touch the disk: off the GUI thread.
    const BuildContextOptions ctxOptions{m_options.contextDir, m_options.dockerfile, {}};
    QString dfPath = m_options.dockerfile;
    if (dfPath.isEmpty()) {
        dfPath = QDir(m_options.contextDir).filePath(QStringLiteral("Dockerfile"));
    } else if (QFileInfo(dfPath).isRelative()) {
        dfPath = QDir(m_options.contextDir).filePath(dfPath);
    }
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto promise = std::make_shared<QPromise<std::shared_ptr<Prepared>>>();
    QFuture<std::shared_ptr<Prepared>> future = promise->future();
    promise->start();
    std::shared_ptr<std::atomic_bool> cancelFlag = m_cancelFlag;
    Pool::start([promise, ctxOptions, dfPath, cancelFlag] {
        auto p = std::make_shared<Prepared>();
        QString path = dfPath;
        if (!QFileInfo::exists(path) && QFileInfo(path).fileName() == QLatin1String("Dockerfile")) {
            const QString lower = QFileInfo(path).dir().filePath(QStringLiteral("dockerfile"));
            if (QFileInfo::exists(lower))
                path = lower;
        }
        p->dockerfilePath = QFileInfo(path).absoluteFilePath();
        QByteArray bytes;
        // A binary or huge file is refused here, before anything is sent.
        p->readError = Dockerfile::readFile(path, Dockerfile::Use::Build, &bytes);
        if (!p->readError.isEmpty()) { // no need to walk the context of a build that cannot start
            promise->addResult(p);
            promise->finish();
            return;
        }
        p->dockerfileText = QString::fromUtf8(bytes);
        p->plan = BuildContext::scan(ctxOptions, [cancelFlag] { return cancelFlag->load(); });
        promise->addResult(p);
        promise->finish();
    });
    future.then(this, [this](const std::shared_ptr<Prepared> &p) { onPrepared(p); });
}

void BuildOperation::onPrepared(const std::shared_ptr<Prepared> &prepared)
{
    if (m_done)
        return;
    if (m_canceled) {
        finish(BuildResult::Outcome::Canceled, tr("The build was canceled."));
        return;
    }
    m_dockerfilePath = prepared->dockerfilePath;
    m_result.dockerfilePath = m_dockerfilePath;
    if (!prepared->readError.isEmpty()) {
        finish(BuildResult::Outcome::Failed, prepared->readError);
        return;
    }
    if (!prepared->plan) {
        const EngineError &e = prepared->plan.error();
        if (e.kind == EngineError::Kind::Canceled) {
            finish(BuildResult::Outcome::Canceled, tr("The build was canceled."));
            return;
        }
        finish(BuildResult::Outcome::Failed, e.userMessage, e.engineMessage);
        return;
    }
    m_plan = *prepared->plan;
    m_dockerfile = Dockerfile::parse(prepared->dockerfileText);
    if (!m_options.target.isEmpty() && m_dockerfile.stageIndex(m_options.target) < 0) {
        finish(BuildResult::Outcome::Failed,
               tr("There is no stage named “%1” in the Dockerfile. Stages are named with FROM image AS name.").arg(m_options.target));
        return;
    }
    m_parser.setDockerfile(m_dockerfile, m_options.target);
    m_result.contextFiles = m_plan.fileCount;
    m_result.contextBytes = m_plan.totalBytes;
    Q_EMIT contextReady(m_plan.fileCount, m_plan.totalBytes);
    if (m_options.builder == BuildOptions::Builder::BuildKit)
        startBuildKit();
    else
        send();
}

void BuildOperation::send()
{
    if (!m_engine) {
        finish(BuildResult::Outcome::Failed, tr("Not connected to an engine."));
        return;
    }
    QUrlQuery q;
    for (const QString &t : std::as_const(m_options.tags)) {
        if (!t.trimmed().isEmpty())
            q.addQueryItem(QStringLiteral("t"), Engine::queryValue(t.trimmed()));
    }
    q.addQueryItem(QStringLiteral("dockerfile"), Engine::queryValue(m_plan.dockerfileName));
    if (!m_options.buildArgs.isEmpty()) {
        QJsonObject args;
        for (const auto &[k, v] : std::as_const(m_options.buildArgs))
            args.insert(k.trimmed(), v);
        q.addQueryItem(QStringLiteral("buildargs"), Engine::queryValue(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))));
    }
    if (!m_options.labels.isEmpty()) {
        QJsonObject labels;
        for (const auto &[k, v] : std::as_const(m_options.labels))
            labels.insert(k.trimmed(), v);
        q.addQueryItem(QStringLiteral("labels"), Engine::queryValue(QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact))));
    }
    if (!m_options.target.isEmpty())
        q.addQueryItem(QStringLiteral("target"), Engine::queryValue(m_options.target));
    if (m_options.noCache)
        q.addQueryItem(QStringLiteral("nocache"), QStringLiteral("1"));
    if (m_options.pull)
        q.addQueryItem(QStringLiteral("pull"), QStringLiteral("1"));
    if (!m_options.network.isEmpty())
        q.addQueryItem(QStringLiteral("networkmode"), Engine::queryValue(m_options.network));
    q.addQueryItem(QStringLiteral("rm"), m_options.removeIntermediate ? QStringLiteral("1") : QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("version"), QStringLiteral("1"));

    m_stream = std::make_unique<BuildContextStream>(m_plan);
    if (!m_stream->open(QIODevice::ReadOnly)) {
        finish(BuildResult::Outcome::Failed, tr("Could not start writing the build context."));
        return;
    }
    HttpRequest req;
    req.method = "POST";
    req.target = m_engine->target(QStringLiteral("/build"), q);
    req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-tar")});
    req.bodyDevice = m_stream.get();
    req.stream = true;
    m_reply = m_engine->send(req);
    m_reply->setKeepBody(false);
    connect(m_reply, &Reply::dataReceived, this, [this](const QByteArray &chunk) { emitEvents(m_parser.feed(chunk)); });
    connect(m_reply, &Reply::finished, this, &BuildOperation::onReplyFinished);
    connect(m_reply, &Reply::failed, this, &BuildOperation::onReplyFailed);
}

void BuildOperation::emitEvents(QList<BuildEvent> batch)
{
    if (!batch.isEmpty())
        Q_EMIT events(batch);
}

void BuildOperation::onReplyFinished()
{
    m_reply = nullptr;
    emitEvents(m_parser.finish());
    if (m_stream && m_stream->hasFailed()) {
        finish(BuildResult::Outcome::Failed, m_stream->error().userMessage, m_stream->error().engineMessage);
        return;
    }
    if (m_parser.hasFailed()) {
        const BuildStep *step = m_parser.failedStep() >= 0 ? &m_parser.steps().at(m_parser.failedStep()) : nullptr;
        int line = 0;
        const QString message = explainError(m_parser.errorMessage(), step, &line);
        finish(BuildResult::Outcome::Failed, message, m_parser.errorMessage(), line);
        return;
    }
    if (m_parser.imageId().isEmpty()) {
        finish(BuildResult::Outcome::Failed, tr("The engine ended the build without naming the image it made."));
        return;
    }
    fetchHistory();
}

void BuildOperation::onReplyFailed(const EngineError &error)
{
    m_reply = nullptr;
    emitEvents(m_parser.finish());
    if (error.kind == EngineError::Kind::Canceled || m_canceled) {
        finish(BuildResult::Outcome::Canceled, tr("The build was canceled."));
        return;
    }
    if (m_stream && m_stream->hasFailed()) {
        finish(BuildResult::Outcome::Failed, m_stream->error().userMessage, m_stream->error().engineMessage);
        return;
    }
    if (error.kind == EngineError::Kind::Http) {
        int line = 0;
        const BuildStep *step = m_parser.steps().isEmpty() ? nullptr : &m_parser.steps().last();
        const QString message = explainError(error.engineMessage, step, &line);
        finish(BuildResult::Outcome::Failed, message, error.engineMessage, line);
        return;
    }
    finish(BuildResult::Outcome::Failed, error.userMessage, error.engineMessage);
}

QList<BuildLayerLink> BuildOperation::linkHistory(const Dockerfile &dockerfile, const QString &target, QList<BuildStep> &steps,
                                                  const QJsonArray &rows, bool byId)
{
    const QList<DockerfileInstruction> &ins = dockerfile.instructions();
    auto stageOf = [&](const BuildStep &s) {
        return s.instruction >= 0 && s.instruction < ins.size() ? ins.at(s.instruction).stage : -2;
    };
    auto isFrom = [&](int si) { return steps.at(si).keyword() == QLatin1String("FROM"); };
    QList<int> stepOfRow(rows.size(), -1);

    if (byId) {
        bool any = false;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QString rid = rows.at(r).toObject().value(QLatin1String("Id")).toString();
            if (rid.startsWith(QLatin1String("sha256:")))
                rid = rid.mid(7);
            if (rid.size() < 12 || !isHex(rid))
                continue;
            int best = -1;
            for (qsizetype si = 0; si < steps.size(); ++si) {
                const QString &id = steps.at(si).layerId;
                if (id.size() < 12 || !rid.startsWith(id))
                    continue;
                // `FROM base` ends on the id of the base stage's last step: the step
                // that made the layer wins.
                if (!isFrom(int(si))) {
                    best = int(si);
                    break;
                }
                if (best < 0)
                    best = int(si);
            }
            stepOfRow[r] = best;
            any = any || best >= 0;
        }
        byId = any;
    }
    if (!byId) {
        // Podman's history ids do not name the step images. Every step of the built
        // stage commits one history entry, newest first; a FROM naming an earlier stage
        // continues with that stage's steps; the FROM of an image ends the chain.
        QList<int> chain;
        int s = target.isEmpty() ? int(dockerfile.stages().size()) - 1 : dockerfile.stageIndex(target);
        const int finalStage = s;
        while (s >= 0 && !chain.contains(s)) {
            chain.append(s);
            const QString base = dockerfile.stages().at(s).baseImage.toLower();
            int next = -1;
            for (const DockerfileStage &st : dockerfile.stages()) {
                if (st.index < s && ((!st.name.isEmpty() && st.name == base) || QString::number(st.index) == base))
                    next = st.index;
            }
            s = next;
        }
        int r = 0;
        for (qsizetype c = 0; c < chain.size() && r < rows.size(); ++c) {
            const int stage = chain.at(c);
            int fromStep = -1;
            for (qsizetype si = steps.size() - 1; si >= 0 && r < rows.size(); --si) {
                const int st = stageOf(steps.at(si));
                // The LABEL of --label is no line of the file and belongs to the last stage.
                if (st != stage && !(st == -2 && steps.at(si).instruction < 0 && stage == finalStage && steps.at(si).number > 0))
                    continue;
                if (isFrom(int(si))) {
                    fromStep = int(si);
                    continue;
                }
                stepOfRow[r++] = int(si);
            }
            if (c == chain.size() - 1 && fromStep >= 0 && r < rows.size())
                stepOfRow[r] = fromStep;
        }
    }

    QList<BuildLayerLink> links;
    int baseFrom = -1;
    QList<bool> sized(steps.size(), false);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        BuildLayerLink link;
        link.historyRow = int(r);
        link.historyId = row.value(QLatin1String("Id")).toString();
        link.size = row.value(QLatin1String("Size")).toInteger();
        const int si = stepOfRow.at(r);
        if (si >= 0 && !isFrom(si)) {
            link.step = si;
            if (!sized.at(si)) {
                steps[si].size = link.size;
                sized[si] = true;
            }
        } else if (si >= 0) {
            baseFrom = si;
            qint64 total = 0;
            for (qsizetype k = r; k < rows.size(); ++k)
                total += rows.at(k).toObject().value(QLatin1String("Size")).toInteger();
            steps[si].size = total;
            sized[si] = true;
            link.step = si;
            link.fromBaseImage = true;
        } else if (baseFrom >= 0) {
            link.step = baseFrom;
            link.fromBaseImage = true;
        } else {
            continue;
        }
        link.line = steps.at(link.step).line;
        link.instruction = steps.at(link.step).text;
        links.append(link);
    }
    return links;
}

void BuildOperation::fetchHistory()
{
    if (!m_engine) {
        finish(BuildResult::Outcome::Succeeded);
        return;
    }
    Reply *r = m_engine->get(QStringLiteral("/images/%1/history").arg(m_parser.imageId()));
    m_historyReplies.append(r);
    connect(r, &Reply::finished, this, [this, r] {
        const QJsonDocument doc = QJsonDocument::fromJson(r->body());
        QList<BuildStep> steps = m_parser.steps();
        const bool byId = !m_parser.isPodmanFormat();
        m_result.layers = linkHistory(m_dockerfile, m_options.target, steps, doc.array(), byId);
        m_result.steps = steps;
        if (!byId) {
            finish(BuildResult::Outcome::Succeeded);
            return;
        }
        // Stages the final image does not contain (used through COPY --from): their
        // last image's history gives their sizes.
        QMap<int, QString> lastIdOfStage;
        for (const BuildStep &s : std::as_const(steps)) {
            if (s.instruction >= 0 && !s.layerId.isEmpty() && s.size < 0 && s.keyword() != QLatin1String("FROM"))
                lastIdOfStage[m_dockerfile.instructions().at(s.instruction).stage] = s.layerId;
        }
        for (const BuildStep &s : std::as_const(steps)) {
            if (s.instruction >= 0 && !s.layerId.isEmpty() && lastIdOfStage.contains(m_dockerfile.instructions().at(s.instruction).stage))
                lastIdOfStage[m_dockerfile.instructions().at(s.instruction).stage] = s.layerId;
        }
        if (lastIdOfStage.isEmpty()) {
            finish(BuildResult::Outcome::Succeeded);
            return;
        }
        auto remaining = std::make_shared<int>(int(lastIdOfStage.size()));
        for (const QString &id : std::as_const(lastIdOfStage)) {
            Reply *h = m_engine ? m_engine->get(QStringLiteral("/images/%1/history").arg(id)) : nullptr;
            if (!h) {
                finish(BuildResult::Outcome::Succeeded);
                return;
            }
            m_historyReplies.append(h);
            connect(h, &Reply::finished, this, [this, h, remaining] {
                QList<BuildStep> steps = m_result.steps;
                linkHistory(m_dockerfile, m_options.target, steps, QJsonDocument::fromJson(h->body()).array(), true);
                for (qsizetype i = 0; i < steps.size(); ++i) {
                    if (m_result.steps.at(i).size < 0)
                        m_result.steps[i].size = steps.at(i).size;
                }
                if (--*remaining == 0)
                    finish(BuildResult::Outcome::Succeeded);
            });
            connect(h, &Reply::failed, this, [this, remaining] {
                if (--*remaining == 0)
                    finish(BuildResult::Outcome::Succeeded);
            });
        }
    });
    connect(r, &Reply::failed, this, [this](const EngineError &e) {
        // The image is built; only its layer sizes are missing.
        qCWarning(lcEngine) << "image history after build failed:" << e.fullText();
        finish(BuildResult::Outcome::Succeeded);
    });
}

void BuildOperation::cancel()
{
    if (m_done || !m_running)
        return;
    m_canceled = true;
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_reply) {
        m_reply->abort(); // ends in onReplyFailed(Canceled)
        return;
    }
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // buildx cancels the build in the engine on SIGTERM; SIGKILL if it lingers.
        // Ends in onBuildKitFinished().
        m_process->terminate();
        QTimer::singleShot(5000, m_process, [p = m_process] {
            if (p && p->state() != QProcess::NotRunning)
                p->kill();
        });
        return;
    }
    // Still preparing: onPrepared() sees m_canceled. Reading the history after a
    // successful build: the image exists, let that finish.
}

void BuildOperation::finish(BuildResult::Outcome outcome, const QString &message, const QString &engineMessage, int line)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_result.outcome = outcome;
    if (m_result.steps.isEmpty())
        m_result.steps = steps();
    m_result.imageId = m_kit ? m_kitImageId : m_parser.imageId();
    m_result.tags = m_kit ? QStringList() : m_parser.tags();
    if (m_result.tags.isEmpty() && outcome == BuildResult::Outcome::Succeeded)
        m_result.tags = m_options.tags;
    m_result.message = message;
    m_result.engineMessage = engineMessage;
    m_result.errorLine = line;
    m_result.failedStep = m_kit ? m_kit->failedStep() : m_parser.failedStep();
    m_result.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (outcome != BuildResult::Outcome::Succeeded)
        m_result.imageId.clear();
    Q_EMIT finished(m_result);
}

QString BuildOperation::explainError(const QString &engineMessage, const BuildStep *step, int *line)
{
    const QString msg = engineMessage.trimmed();
    int l = step ? step->line : 0;
    QString text;

    static const QRegularExpression parseLine(QStringLiteral("(?:dockerfile parse error|parse error)[^\\n]*?line (\\d+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    // Classic: "returned a non-zero code: 3"; BuildKit: "did not complete successfully: exit code: 3".
    static const QRegularExpression exitCode(QStringLiteral("(?:returned a non-zero code|did not complete successfully: exit code): (\\d+)"));
    static const QRegularExpression podmanExit(QStringLiteral("exit status (\\d+)"));
    static const QRegularExpression target(QStringLiteral("(?:failed to reach build target (\\S+)|target stage \"([^\"]+)\" could not be found)"));

    const bool isFrom = step && step->keyword() == QLatin1String("FROM");
    const QString image = isFrom ? Dockerfile::splitWords(step->text.mid(4)).value(0) : QString();
    const bool unreachable = msg.contains(QLatin1String("dial tcp")) || msg.contains(QLatin1String("no such host"))
        || msg.contains(QLatin1String("lookup ")) || msg.contains(QLatin1String("i/o timeout"))
        || msg.contains(QLatin1String("network is unreachable")) || msg.contains(QLatin1String("connection refused"))
        || msg.contains(QLatin1String("TLS handshake timeout")) || msg.contains(QLatin1String("Client.Timeout"))
        || msg.contains(QLatin1String("temporary failure in name resolution"), Qt::CaseInsensitive);
    const bool notFound = msg.contains(QLatin1String("pull access denied")) || msg.contains(QLatin1String("manifest unknown"))
        || msg.contains(QLatin1String("repository does not exist")) || msg.contains(QLatin1String("not found: manifest"))
        || (msg.contains(QLatin1String("manifest for")) && msg.contains(QLatin1String("not found")));

    if (const QRegularExpressionMatch m = parseLine.match(msg); m.hasMatch()) {
        l = m.captured(1).toInt();
        text = tr("The Dockerfile has an error on line %1: %2").arg(l).arg(msg.mid(msg.indexOf(QLatin1Char(':'), m.capturedEnd(1)) + 1).trimmed());
    } else if (const QRegularExpressionMatch m = target.match(msg); m.hasMatch()) {
        text = tr("There is no stage named “%1” in the Dockerfile. Stages are named with FROM image AS name.")
                   .arg(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    } else if (isFrom && unreachable) {
        text = tr("The base image “%1” is not on this engine, and it could not be downloaded because no registry can be reached. "
                  "Build or load the base image on this engine first, or use a base image it already has.")
                   .arg(image);
    } else if (isFrom && notFound) {
        text = tr("The base image “%1” is not on this engine, and the registry does not have it (or asks for a login). "
                  "Check the image name and tag.")
                   .arg(image);
    } else if (unreachable && (msg.contains(QLatin1String("pull")) || msg.contains(QLatin1String("registry")))) {
        text = tr("An image this build needs could not be downloaded: no registry can be reached.");
    } else if (msg.contains(QLatin1String("network bridge not found"))) {
        text = l > 0 ? tr("The command on line %1 could not start: the engine has no network bridge. "
                          "Choose the network “none” (or “host”) for the build.").arg(l)
                     : tr("A build command could not start: the engine has no network bridge. "
                          "Choose the network “none” (or “host”) for the build.");
    } else if (const QRegularExpressionMatch m = exitCode.match(msg); m.hasMatch()) {
        text = l > 0 ? tr("The command on line %1 failed with exit code %2.").arg(l).arg(m.captured(1))
                     : tr("A build command failed with exit code %1.").arg(m.captured(1));
    } else if (step && step->keyword() == QLatin1String("RUN") && podmanExit.match(msg).hasMatch()) {
        const QString code = podmanExit.match(msg).captured(1);
        text = l > 0 ? tr("The command on line %1 failed with exit code %2.").arg(l).arg(code)
                     : tr("A build command failed with exit code %1.").arg(code);
    } else if (msg.contains(QLatin1String("COPY failed")) || msg.contains(QLatin1String("ADD failed"))
               || (step && (step->keyword() == QLatin1String("COPY") || step->keyword() == QLatin1String("ADD"))
                   && (msg.contains(QLatin1String("no such file")) || msg.contains(QLatin1String("not found"))
                       || msg.contains(QLatin1String("does not exist"))))) {
        text = l > 0 ? tr("A file that line %1 copies is not in the build context, or .dockerignore excludes it.").arg(l)
                     : tr("A file to copy is not in the build context, or .dockerignore excludes it.");
    } else if (msg.contains(QLatin1String("Cannot locate specified Dockerfile"))
               || (msg.contains(QLatin1String("no such file or directory")) && msg.contains(QLatin1String("Dockerfile"), Qt::CaseInsensitive))) {
        text = tr("The engine did not find the Dockerfile in the build context.");
    } else if (msg.contains(QLatin1String("unknown instruction"), Qt::CaseInsensitive)) {
        text = tr("The Dockerfile uses an unknown instruction: %1").arg(msg);
    } else if (msg.isEmpty()) {
        text = tr("The build failed without an explanation from the engine.");
    } else {
        text = l > 0 ? tr("The build failed at line %1.").arg(l) : tr("The build failed.");
    }
    if (line)
        *line = l;
    return text;
}

// --- BuildKit through `docker buildx build` ----------------------------------

void BuildOperation::startBuildKit()
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty()) {
        finish(BuildResult::Outcome::Failed, BuildKit::missingMessage());
        return;
    }
    m_iidDir = std::make_unique<QTemporaryDir>();
    if (!m_iidDir->isValid()) {
        finish(BuildResult::Outcome::Failed, tr("Could not make a temporary folder for the build: %1").arg(m_iidDir->errorString()));
        return;
    }
    m_kit = std::make_unique<BuildKitStreamParser>();
    m_kit->setDockerfile(m_dockerfile, m_options.target);

    QStringList args{QStringLiteral("buildx"), QStringLiteral("build"), QStringLiteral("--progress=rawjson"),
                     QStringLiteral("--iidfile"), m_iidDir->filePath(QStringLiteral("iid")),
                     QStringLiteral("-f"), m_dockerfilePath};
    for (const QString &t : std::as_const(m_options.tags)) {
        if (!t.trimmed().isEmpty())
            args << QStringLiteral("-t") << t.trimmed();
    }
    for (const auto &[k, v] : std::as_const(m_options.buildArgs))
        args << QStringLiteral("--build-arg") << k.trimmed() + QLatin1Char('=') + v;
    for (const auto &[k, v] : std::as_const(m_options.labels))
        args << QStringLiteral("--label") << k.trimmed() + QLatin1Char('=') + v;
    if (!m_options.target.isEmpty())
        args << QStringLiteral("--target") << m_options.target;
    if (m_options.noCache)
        args << QStringLiteral("--no-cache");
    if (m_options.pull)
        args << QStringLiteral("--pull");
    if (!m_options.network.isEmpty())
        args << QStringLiteral("--network") << m_options.network;
    args << QDir(m_options.contextDir).absolutePath();

    // The CLI must talk to the engine this window is connected to, whatever the
    // user's docker context says.
    const QProcessEnvironment env = m_engine->endpoint().cliEnvironment(QProcessEnvironment::systemEnvironment(), {QStringLiteral("BUILDX_BUILDER")});

    m_process = new QProcess(this);
    m_process->setProgram(docker);
    m_process->setArguments(args);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(m_options.contextDir);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        if (m_process && m_kit)
            emitEvents(m_kit->feed(m_process->readAllStandardError()));
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onBuildKitFinished(exitCode, status == QProcess::CrashExit); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // the end comes through finished()
        if (m_process)
            m_process->deleteLater();
        if (m_canceled)
            finish(BuildResult::Outcome::Canceled, tr("The build was canceled."));
        else
            finish(BuildResult::Outcome::Failed, BuildKit::missingMessage(), m_process ? m_process->errorString() : QString());
    });
    qCDebug(lcEngine) << "buildx:" << docker << args;
    m_process->start();
}

void BuildOperation::onBuildKitFinished(int exitCode, bool crashed)
{
    if (m_process) {
        emitEvents(m_kit->feed(m_process->readAllStandardError()));
        m_process->deleteLater();
    }
    emitEvents(m_kit->finish());
    if (m_canceled) {
        finish(BuildResult::Outcome::Canceled, tr("The build was canceled."));
        return;
    }
    if (exitCode == 0 && !crashed) {
        QFile iid(m_iidDir->filePath(QStringLiteral("iid")));
        if (iid.open(QIODevice::ReadOnly))
            m_kitImageId = QString::fromUtf8(iid.readAll()).trimmed();
        if (m_kitImageId.isEmpty())
            m_kitImageId = m_kit->imageId();
        if (m_kitImageId.isEmpty()) {
            finish(BuildResult::Outcome::Failed, tr("docker buildx ended the build without naming the image it made."));
            return;
        }
        BuildEvent e;
        e.type = BuildEvent::Type::ImageId;
        e.step = int(m_kit->steps().size()) - 1;
        e.text = m_kitImageId;
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
        emitEvents({e});
        fetchBuildKitHistory();
        return;
    }
    if (m_kit->hasFailed()) {
        int line = 0;
        const QString message = m_kit->explainFailure(&line);
        const QString engineMessage = m_kit->cliError().isEmpty() ? m_kit->errorMessage() : m_kit->cliError();
        finish(BuildResult::Outcome::Failed, message, engineMessage, line);
        return;
    }
    const QString text = m_kit->textLines().join(QLatin1Char('\n')).trimmed();
    if (!m_kit->sawJson()
        && (text.contains(QLatin1String("is not a docker command")) || text.contains(QLatin1String("unknown command"))
            || text.contains(QLatin1String("unknown flag")))) {
        finish(BuildResult::Outcome::Failed, BuildKit::missingMessage(), text);
        return;
    }
    finish(BuildResult::Outcome::Failed,
           crashed ? tr("docker buildx stopped unexpectedly.") : tr("docker buildx failed with exit code %1.").arg(exitCode), text);
}

void BuildOperation::fetchBuildKitHistory()
{
    if (!m_engine) {
        finish(BuildResult::Outcome::Succeeded);
        return;
    }
    Reply *r = m_engine->get(QStringLiteral("/images/%1/history").arg(m_kitImageId));
    m_historyReplies.append(r);
    connect(r, &Reply::finished, this, [this, r] {
        QList<BuildStep> steps = m_kit->steps();
        m_result.layers = BuildKitStreamParser::linkHistory(m_dockerfile, m_options.target, steps,
                                                             QJsonDocument::fromJson(r->body()).array());
        m_result.steps = steps;
        finish(BuildResult::Outcome::Succeeded);
    });
    connect(r, &Reply::failed, this, [this](const EngineError &e) {
        // The image is built; only its layer sizes are missing.
        qCWarning(lcEngine) << "image history after build failed:" << e.fullText();
        finish(BuildResult::Outcome::Succeeded);
    });
}
