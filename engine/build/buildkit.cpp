#include "buildkit.h"

#include "reference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QProcess>
#include <QTimeZone>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// RFC 3339 with up to nanoseconds ("2026-11-27T19:39:07.035939286Z"): Qt's ISO
// parser wants at most milliseconds, so the fraction is cut to three digits.
qint64 parseTime(const QString &text)
{
    if (text.size() < 20)
        return 0;
    QString t = text;
    const qsizetype dot = t.indexOf(QLatin1Char('.'), 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        QString frac = t.mid(dot + 1, end - dot - 1).left(3);
        while (frac.size() < 3)
            frac += QLatin1Char('0');
        t = t.left(dot + 1) + frac + t.mid(end);
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

// "name:tag" of an image reference as BuildKit or a Dockerfile writes it; empty when
// it is not a reference.
QString baseImageKey(const QString &text)
{
    const Result<Reference> r = Reference::parseNormalized(text.trimmed(), Reference::DefaultTag::Latest);
    if (!r)
        return {};
    return r->name() + (r->tag.isEmpty() ? QString() : QLatin1Char(':') + r->tag);
}

bool isCancellation(const QString &error)
{
    return error.contains(QLatin1String("context canceled")) || error.startsWith(QLatin1String("Canceled"));
}

} // namespace

void BuildKitStreamParser::setDockerfile(const Dockerfile &dockerfile, const QString &target)
{
    m_dockerfile = dockerfile;
    m_target = target;
    m_haveDockerfile = true;
    m_usedInstructions = QList<bool>(dockerfile.instructions().size(), false);
}

QList<BuildEvent> BuildKitStreamParser::feed(const QByteArray &bytes)
{
    QList<BuildEvent> out;
    m_buffer += bytes;
    qsizetype start = 0; // the first byte of the unit being read
    qsizetype i = m_scan;
    const qsizetype n = m_buffer.size();
    while (i < n) {
        const char c = m_buffer.at(i);
        switch (m_mode) {
        case Mode::LineStart:
            // A pretty-printed object starts with "{" in the first column; any other
            // line between objects is the CLI talking (its error report).
            if (c == '{') {
                m_mode = Mode::Json;
                m_depth = 1;
                m_inString = false;
                m_escape = false;
                start = i;
            } else if (c == '\n' || c == '\r') {
                start = i + 1;
            } else {
                m_mode = Mode::Text;
                start = i;
            }
            break;
        case Mode::Text:
            if (c == '\n') {
                QString line = QString::fromUtf8(m_buffer.constData() + start, i - start);
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                handleText(line, out);
                m_mode = Mode::LineStart;
                start = i + 1;
            }
            break;
        case Mode::Json:
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"')
                    m_inString = false;
            } else if (c == '"') {
                m_inString = true;
            } else if (c == '{') {
                ++m_depth;
            } else if (c == '}' && --m_depth == 0) {
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(m_buffer.mid(start, i + 1 - start), &err);
                if (err.error == QJsonParseError::NoError && doc.isObject()) {
                    m_sawJson = true;
                    handleObject(doc.object(), out);
                } else {
                    handleText(QString::fromUtf8(m_buffer.mid(start, i + 1 - start)), out);
                }
                m_mode = Mode::LineStart;
                start = i + 1;
            }
            break;
        }
        ++i;
    }
    m_buffer.remove(0, start);
    m_scan = m_buffer.size();
    return out;
}

QList<BuildEvent> BuildKitStreamParser::finish()
{
    QList<BuildEvent> out = feed(QByteArray());
    if (!m_buffer.isEmpty()) {
        QString rest = QString::fromUtf8(std::exchange(m_buffer, {})).trimmed();
        m_scan = 0;
        m_mode = Mode::LineStart;
        for (const auto range = rest.split(QLatin1Char('\n')); const QString &line : range) {
            if (!line.trimmed().isEmpty())
                handleText(line, out);
        }
    }
    const QStringList pending = m_logRest.keys();
    for (const QString &key : pending)
        flushLog(key, out);
    qint64 last = 0;
    for (const BuildStep &s : std::as_const(m_steps))
        last = std::max({last, s.startedMs, s.finishedMs});
    if (!m_failed && sawJson()) {
        // A base that was announced and never ran was still the base of what was built
        // (seen when every step after it came from the cache, under load).
        for (const QString &digest : std::as_const(m_announcedFrom)) {
            if (m_stepOfDigest.contains(digest))
                continue;
            QJsonObject v;
            v.insert(QLatin1String("digest"), digest);
            v.insert(QLatin1String("name"), m_nameOfDigest.value(digest));
            v.insert(QLatin1String("completed"),
                     QDateTime::fromMSecsSinceEpoch(std::max<qint64>(last, 1), QTimeZone::UTC).toString(Qt::ISODateWithMs));
            handleVertex(v, out);
        }
    }
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        BuildStep &s = m_steps[i];
        if (s.isFinished())
            continue;
        // Interrupted: the build failed elsewhere or was canceled.
        if (s.state == BuildStep::State::Running)
            s.state = BuildStep::State::Done;
        s.finishedMs = std::max<qint64>(last, 1);
        changed(int(i), out);
    }
    return out;
}

void BuildKitStreamParser::handleObject(const QJsonObject &o, QList<BuildEvent> &out)
{
    const QJsonArray vertexes = o.value(QLatin1String("vertexes")).toArray();
    for (const QJsonValue &v : vertexes)
        handleVertex(v.toObject(), out);
    const QJsonArray statuses = o.value(QLatin1String("statuses")).toArray();
    for (const QJsonValue &s : statuses)
        handleStatus(s.toObject(), out);
    const QJsonArray logs = o.value(QLatin1String("logs")).toArray();
    for (const QJsonValue &l : logs)
        handleLog(l.toObject(), out);
    const QJsonArray warnings = o.value(QLatin1String("warnings")).toArray();
    for (const QJsonValue &w : warnings) {
        const QString text = QString::fromUtf8(QByteArray::fromBase64(w.toObject().value(QLatin1String("short")).toString().toLatin1()));
        if (!text.trimmed().isEmpty())
            output(stepOfVertex(w.toObject().value(QLatin1String("vertex")).toString()), text.trimmed(), true, true, 0, out);
    }
}

int BuildKitStreamParser::fromInstructionForVertex(const QString &text, int proposed) const
{
    // BuildKit shares a vertex between concurrent builds that have it (the same base
    // image has the same digest), and the progress of each carries the name the first
    // of them gave it: "[stage-1 1/2] FROM docker.io/library/busybox:1" may be
    // another Dockerfile's numbering. The image named decides which FROM it is.
    const QList<DockerfileInstruction> &ins = m_dockerfile.instructions();
    const QList<DockerfileStage> &stages = m_dockerfile.stages();
    QString ref = text.trimmed().mid(5).trimmed();
    if (const qsizetype sp = ref.indexOf(QLatin1Char(' ')); sp >= 0)
        ref = ref.left(sp);
    if (const qsizetype at = ref.indexOf(QLatin1Char('@')); at >= 0)
        ref = ref.left(at);
    const QString key = baseImageKey(ref);
    QList<int> matching;
    QList<int> unresolved; // "FROM $BASE": build arguments decide
    bool proposedFits = false;
    // Stages after the target are never built (a stage can only use earlier ones): a
    // shared vertex named after another build's later stage must not land there.
    const int targetIndex = m_target.isEmpty() ? int(stages.size()) - 1 : m_dockerfile.stageIndex(m_target);
    for (const DockerfileStage &st : stages) {
        const QString base = st.baseImage.toLower();
        if (st.fromInstruction < 0 || base == QLatin1String("scratch"))
            continue;
        if (targetIndex >= 0 && st.index > targetIndex)
            continue;
        bool earlierStage = false;
        for (const DockerfileStage &e : stages)
            earlierStage = earlierStage || (e.index < st.index && ((!e.name.isEmpty() && e.name == base) || QString::number(e.index) == base));
        if (earlierStage)
            continue;
        const bool wild = st.baseImage.contains(QLatin1Char('$'));
        QString written = st.baseImage;
        if (const qsizetype at = written.indexOf(QLatin1Char('@')); at >= 0)
            written = written.left(at);
        const bool same = !wild && !key.isEmpty() && baseImageKey(written) == key;
        if (st.fromInstruction == proposed && (wild || same || key.isEmpty()))
            proposedFits = true;
        if (m_usedInstructions.value(st.fromInstruction))
            continue;
        if (same)
            matching.append(st.fromInstruction);
        else if (wild)
            unresolved.append(st.fromInstruction);
    }
    if (proposedFits && proposed >= 0 && proposed < ins.size())
        return proposed;
    if (!matching.isEmpty())
        return matching.first();
    if (!unresolved.isEmpty())
        return unresolved.first();
    return proposed;
}

int BuildKitStreamParser::stepOfVertex(const QString &digest) const
{
    return m_stepOfDigest.value(digest, currentStep());
}

void BuildKitStreamParser::handleVertex(const QJsonObject &v, QList<BuildEvent> &out)
{
    const QString digest = v.value(QLatin1String("digest")).toString();
    QString name = v.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = m_nameOfDigest.value(digest);
    else
        m_nameOfDigest.insert(digest, name);
    const QString startedText = v.value(QLatin1String("started")).toString();
    const QString completedText = v.value(QLatin1String("completed")).toString();
    const qint64 started = parseTime(startedText);
    const qint64 completed = parseTime(completedText);
    const bool cached = v.value(QLatin1String("cached")).toBool();
    const QString error = v.value(QLatin1String("error")).toString();

    static const QRegularExpression stepName(QStringLiteral("^\\[(?:(\\S+) )?(\\d+)/(\\d+)\\] (.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = stepName.match(name);
    if (!m.hasMatch()) {
        // "[internal] load build context", "exporting to image": engine lines.
        if ((!completedText.isEmpty() || cached) && !m_announced.value(digest)) {
            m_announced.insert(digest, true);
            output(currentStep(), name, false, true, completed, out);
        }
        if (!error.isEmpty() && !m_failed && !isCancellation(error)) {
            m_failed = true;
            m_error = error.trimmed();
            BuildEvent e;
            e.type = BuildEvent::Type::Error;
            e.step = -1;
            e.text = m_error;
            e.isStderr = true;
            e.timeMs = completed;
            out.append(e);
        }
        return;
    }
    if (startedText.isEmpty() && completedText.isEmpty() && !cached && error.isEmpty()) {
        // Announced, not running yet. A FROM may never run: when the steps after it
        // are cached, BuildKit resolves the base from its metadata and moves on.
        if (m.captured(4).trimmed().startsWith(QLatin1String("FROM "), Qt::CaseInsensitive) && !m_announcedFrom.contains(digest))
            m_announcedFrom.append(digest);
        return;
    }

    const QString stage = m.captured(1);
    // A FROM is keyed by its digest: its "[stage n/m]" may be another build's (see
    // fromInstructionForVertex) and collide with one of this build's steps.
    const bool fromVertex = m.captured(4).trimmed().startsWith(QLatin1String("FROM "), Qt::CaseInsensitive);
    const QString key = fromVertex ? QString(QLatin1String("from ") + digest) : QString(stage + QLatin1Char(' ') + m.captured(2));
    int idx = m_stepOfKey.value(key, -1);
    if (idx < 0) {
        BuildStep s;
        s.number = m.captured(2).toInt();
        s.total = m.captured(3).toInt();
        s.text = m.captured(4).trimmed();
        s.startedMs = started > 0 ? started : completed;
        if (m_haveDockerfile) {
            const int st = m_dockerfile.stageForBuildKitPrefix(stage, m_target);
            if (!stage.isEmpty() && st >= 0) {
                s.stage = st + 1;
                s.stageCount = int(m_dockerfile.stages().size());
            }
            const QList<DockerfileInstruction> &ins = m_dockerfile.instructions();
            int i = m_dockerfile.instructionForBuildKitStep(stage, s.number, s.total, m_target);
            if (i < 0 || ins.at(i).keyword != s.keyword()) {
                // Numbering that did not line up: the first unused instruction of the
                // stage with the same keyword.
                i = -1;
                for (qsizetype k = 0; k < ins.size(); ++k) {
                    if (!m_usedInstructions.value(k) && ins.at(k).stage == st && ins.at(k).keyword == s.keyword()) {
                        i = int(k);
                        break;
                    }
                }
            }
            if (s.keyword() == QLatin1String("FROM")) {
                i = fromInstructionForVertex(s.text, i);
                if (i >= 0 && ins.at(i).stage != st) {
                    s.stage = ins.at(i).stage + 1;
                    s.stageCount = int(m_dockerfile.stages().size());
                }
            }
            if (i >= 0) {
                s.instruction = i;
                s.line = ins.at(i).line;
                m_usedInstructions[i] = true;
            }
        }
        idx = int(m_steps.size());
        m_steps.append(s);
        m_stepOfKey.insert(key, idx);
        BuildEvent e;
        e.type = BuildEvent::Type::StepStarted;
        e.step = idx;
        e.info = s;
        e.text = name;
        e.isMeta = true;
        e.timeMs = s.startedMs;
        out.append(e);
    }
    m_stepOfDigest.insert(digest, idx);

    BuildStep &s = m_steps[idx];
    const BuildStep before = s;
    if (s.startedMs <= 0 && started > 0)
        s.startedMs = started;
    const bool isFrom = s.keyword() == QLatin1String("FROM");
    if (cached && !isFrom)
        s.state = BuildStep::State::Cached;
    bool failedHere = false;
    if (!error.isEmpty()) {
        const QStringList pending = m_logRest.keys();
        for (const QString &k : pending) {
            if (k.startsWith(digest))
                flushLog(k, out);
        }
        if (!isCancellation(error) || !m_failed) {
            s.state = BuildStep::State::Failed;
            if (!m_failed || m_failedStep < 0) {
                failedHere = true;
                m_failed = true;
                m_failedStep = idx;
                m_error = error.trimmed();
            }
        } else if (s.state == BuildStep::State::Running) {
            s.state = BuildStep::State::Done; // canceled because another step failed
        }
        s.finishedMs = completed > 0 ? completed : std::max<qint64>(s.startedMs, 1);
    } else if (!completedText.isEmpty()) {
        const QStringList pending = m_logRest.keys();
        for (const QString &k : pending) {
            if (k.startsWith(digest))
                flushLog(k, out);
        }
        if (s.state != BuildStep::State::Failed) {
            if (isFrom)
                s.state = BuildStep::State::Base;
            else if (s.state != BuildStep::State::Cached)
                s.state = BuildStep::State::Built;
        }
        // A vertex may run again (a FROM resolved twice): it ends with its last run.
        s.finishedMs = std::max(s.finishedMs, completed > 0 ? completed : std::max<qint64>(s.startedMs, 1));
    }
    if (s.state != before.state || s.startedMs != before.startedMs || s.finishedMs != before.finishedMs)
        changed(idx, out);
    if (failedHere) {
        BuildEvent e;
        e.type = BuildEvent::Type::Error;
        e.step = idx;
        e.text = m_error;
        e.isStderr = true;
        e.timeMs = s.finishedMs;
        out.append(e);
    }
}

void BuildKitStreamParser::changed(int step, QList<BuildEvent> &out)
{
    const BuildStep &s = m_steps.at(step);
    BuildEvent e;
    e.type = BuildEvent::Type::StepChanged;
    e.step = step;
    e.info = s;
    e.isMeta = true;
    e.timeMs = s.finishedMs > 0 ? s.finishedMs : s.startedMs;
    out.append(e);
}

void BuildKitStreamParser::handleStatus(const QJsonObject &st, QList<BuildEvent> &out)
{
    const QString id = st.value(QLatin1String("id")).toString();
    const QString vertex = st.value(QLatin1String("vertex")).toString();
    if (id.isEmpty() || !st.contains(QLatin1String("completed")))
        return;
    const QString key = vertex + QLatin1Char(' ') + id;
    if (m_statusDone.value(key))
        return;
    m_statusDone.insert(key, true);
    QString text = id;
    const qint64 current = st.value(QLatin1String("current")).toInteger();
    if (text.endsWith(QLatin1Char(':')) && current > 0)
        text += QLatin1Char(' ') + QLocale::system().formattedDataSize(current);
    const qint64 time = parseTime(st.value(QLatin1String("completed")).toString());
    output(stepOfVertex(vertex), text, false, true, time, out);
    static const QRegularExpression writing(QStringLiteral("^writing image (sha256:[0-9a-f]{64})"));
    if (const QRegularExpressionMatch m = writing.match(id); m.hasMatch() && m_imageId.isEmpty()) {
        m_imageId = m.captured(1);
        BuildEvent e;
        e.type = BuildEvent::Type::ImageId;
        e.step = currentStep();
        e.text = m_imageId;
        e.timeMs = time;
        out.append(e);
    }
}

void BuildKitStreamParser::handleLog(const QJsonObject &l, QList<BuildEvent> &out)
{
    const QString vertex = l.value(QLatin1String("vertex")).toString();
    const int stream = l.value(QLatin1String("stream")).toInt(1);
    const QString key = vertex + QLatin1Char(' ') + QString::number(stream);
    QByteArray &rest = m_logRest[key];
    rest += QByteArray::fromBase64(l.value(QLatin1String("data")).toString().toLatin1());
    const qint64 time = parseTime(l.value(QLatin1String("timestamp")).toString());
    const int step = stepOfVertex(vertex);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = rest.indexOf('\n', start);
        if (nl < 0)
            break;
        QString line = QString::fromUtf8(rest.constData() + start, nl - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        output(step, lastProgressSegment(line), stream == 2, false, time, out);
        start = nl + 1;
    }
    rest.remove(0, start);
    if (rest.isEmpty())
        m_logRest.remove(key);
}

void BuildKitStreamParser::flushLog(const QString &key, QList<BuildEvent> &out)
{
    const QByteArray rest = m_logRest.take(key);
    if (rest.isEmpty())
        return;
    const qsizetype sp = key.lastIndexOf(QLatin1Char(' '));
    const QString vertex = key.left(sp);
    output(stepOfVertex(vertex), lastProgressSegment(QString::fromUtf8(rest)), key.mid(sp + 1) == QLatin1String("2"), false, 0, out);
}

QString BuildKitStreamParser::explainFailure(int *line) const
{
    if (m_failedStep >= 0)
        return BuildOperation::explainError(m_error, &m_steps.at(m_failedStep), line);
    const int i = m_haveDockerfile && m_reportLine > 0 ? m_dockerfile.instructionAtLine(m_reportLine) : -1;
    if (i < 0) {
        int l = 0;
        const QString text = BuildOperation::explainError(m_error, nullptr, &l);
        if (line)
            *line = l > 0 ? l : m_reportLine;
        return text;
    }
    const DockerfileInstruction &ins = m_dockerfile.instructions().at(i);
    BuildStep step;
    step.text = ins.keyword + QLatin1Char(' ') + ins.arguments;
    step.instruction = i;
    step.line = ins.line;
    step.state = BuildStep::State::Failed;
    return BuildOperation::explainError(m_error, &step, line);
}

void BuildKitStreamParser::handleText(const QString &line, QList<BuildEvent> &out)
{
    m_textLines.append(line);
    // The report starts with "Dockerfile:4" (the file's name and the failing line).
    static const QRegularExpression where(QStringLiteral("^\\S+:(\\d+)$"));
    if (const QRegularExpressionMatch m = where.match(line); m.hasMatch() && m_reportLine == 0)
        m_reportLine = m.captured(1).toInt();
    const int step = m_failedStep >= 0 ? m_failedStep : currentStep();
    if (line.startsWith(QLatin1String("ERROR: "))) {
        m_cliError = line.mid(7).trimmed();
        if (!m_failed) {
            m_failed = true;
            m_error = m_cliError;
            BuildEvent e;
            e.type = BuildEvent::Type::Error;
            e.step = m_failedStep;
            e.text = m_error;
            e.isStderr = true;
            out.append(e);
            return;
        }
    }
    output(step, line, true, true, 0, out);
}

void BuildKitStreamParser::output(int step, const QString &line, bool isStderr, bool meta, qint64 timeMs, QList<BuildEvent> &out)
{
    BuildEvent e;
    e.type = BuildEvent::Type::Output;
    e.step = step;
    e.text = line;
    e.isStderr = isStderr;
    e.isMeta = meta;
    e.timeMs = timeMs;
    if (step >= 0 && step < m_steps.size())
        ++m_steps[step].outputLines;
    out.append(std::move(e));
}

QList<BuildLayerLink> BuildKitStreamParser::linkHistory(const Dockerfile &dockerfile, const QString &target, QList<BuildStep> &steps,
                                                        const QJsonArray &rows)
{
    const QList<DockerfileInstruction> &ins = dockerfile.instructions();
    const QList<DockerfileStage> &stages = dockerfile.stages();
    // The instructions whose history the image carries, newest first: the built
    // stage's, then (for FROM <stage>) the earlier stage's, and so on.
    QList<int> chain;
    int baseFrom = -1; // the FROM of an image that ends the chain
    QList<int> seen;
    int s = target.isEmpty() ? int(stages.size()) - 1 : dockerfile.stageIndex(target);
    while (s >= 0 && s < stages.size() && !seen.contains(s)) {
        seen.append(s);
        for (qsizetype i = ins.size() - 1; i >= 0; --i) {
            if (ins.at(i).stage == s && i != stages.at(s).fromInstruction)
                chain.append(int(i));
        }
        const QString base = stages.at(s).baseImage.toLower();
        int next = -1;
        for (const DockerfileStage &st : stages) {
            if (st.index < s && ((!st.name.isEmpty() && st.name == base) || QString::number(st.index) == base))
                next = st.index;
        }
        if (next < 0)
            baseFrom = stages.at(s).fromInstruction;
        s = next;
    }
    auto stepOf = [&](int instruction) {
        for (qsizetype k = 0; k < steps.size(); ++k) {
            if (steps.at(k).instruction == instruction)
                return int(k);
        }
        return -1;
    };

    QList<BuildLayerLink> links;
    qsizetype c = 0;
    int fromStep = baseFrom >= 0 ? stepOf(baseFrom) : -1;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        BuildLayerLink link;
        link.historyRow = int(r);
        link.historyId = row.value(QLatin1String("Id")).toString();
        link.size = row.value(QLatin1String("Size")).toInteger();
        if (row.value(QLatin1String("Comment")).toString() == QLatin1String("buildkit.dockerfile.v0")) {
            // "RUN /bin/sh -c ...", "COPY a.txt . # buildkit", "EXPOSE map[80/tcp:{}]":
            // the first word is the instruction's keyword.
            const QString createdBy = row.value(QLatin1String("CreatedBy")).toString().trimmed();
            const QString keyword = createdBy.section(QLatin1Char(' '), 0, 0).toUpper();
            qsizetype k = c;
            while (k < chain.size() && ins.at(chain.at(k)).keyword != keyword)
                ++k;
            if (k >= chain.size())
                continue; // not one of ours (an ONBUILD trigger...)
            c = k + 1;
            const int instruction = chain.at(k);
            link.line = ins.at(instruction).line;
            link.instruction = ins.at(instruction).original;
            link.step = stepOf(instruction);
            if (link.step >= 0) {
                link.instruction = steps.at(link.step).text;
                if (steps.at(link.step).size < 0)
                    steps[link.step].size = link.size;
            }
            links.append(link);
            continue;
        }
        if (baseFrom < 0)
            continue;
        link.fromBaseImage = true;
        link.line = ins.at(baseFrom).line;
        link.instruction = ins.at(baseFrom).original;
        link.step = fromStep;
        if (fromStep >= 0) {
            link.instruction = steps.at(fromStep).text;
            if (steps.at(fromStep).size < 0) {
                qint64 total = 0;
                for (qsizetype k = r; k < rows.size(); ++k)
                    total += rows.at(k).toObject().value(QLatin1String("Size")).toInteger();
                steps[fromStep].size = total;
            }
        }
        links.append(link);
    }
    return links;
}

// ---------------------------------------------------------------------------

namespace BuildKit {

QString missingMessage()
{
    return QCoreApplication::translate("BuildKit",
                                       "BuildKit builds need the docker command with its buildx plugin, and “docker buildx” is not "
                                       "installed here. Install the docker-buildx plugin (the docker-buildx or docker-buildx-plugin "
                                       "package), or use the classic builder.");
}

QString parseVersion(const QString &output)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)v?(\\d+\\.\\d+(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = re.match(output);
    return m.hasMatch() ? m.captured(1) : QString();
}

void detect(QObject *context, std::function<void(const QString &version, const QString &error)> done)
{
    const QString docker = QStandardPaths::findExecutable(QStringLiteral("docker"));
    if (docker.isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done({}, missingMessage()); }, Qt::QueuedConnection);
        return;
    }
    // Not a child of `context`: a widget deletes its children while its connections
    // still stand, and the killed process would report into a half-destroyed widget.
    // It deletes itself once it ends; `context` going away only drops the answer.
    auto *process = new QProcess;
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QObject::connect(process, &QProcess::errorOccurred, process, [process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            process->deleteLater();
    });
    process->setProgram(docker);
    process->setArguments({QStringLiteral("buildx"), QStringLiteral("version")});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_CLI_HINTS"), QStringLiteral("false"));
    process->setProcessEnvironment(env);
    auto reported = std::make_shared<bool>(false);
    QObject::connect(process, &QProcess::finished, context, [process, done, reported](int exitCode, QProcess::ExitStatus status) {
        if (std::exchange(*reported, true))
            return;
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        const QString version = parseVersion(out);
        if (status == QProcess::NormalExit && exitCode == 0 && !version.isEmpty())
            done(version, {});
        else
            done({}, missingMessage());
    });
    QObject::connect(process, &QProcess::errorOccurred, context, [done, reported](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        if (!std::exchange(*reported, true))
            done({}, missingMessage());
    });
    process->start();
}

} // namespace BuildKit

QString lastProgressSegment(const QString &line)
{
    if (!line.contains(QLatin1Char('\r')))
        return line;
    const QStringList parts = line.split(QLatin1Char('\r'));
    for (qsizetype i = parts.size() - 1; i >= 0; --i) {
        if (!parts.at(i).isEmpty())
            return parts.at(i);
    }
    return {};
}
