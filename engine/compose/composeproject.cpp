#include "composeproject.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <QTimeZone>

#include <algorithm>

namespace {

QString composeStringOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

QStringList composeListOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            out << composeStringOf(e);
    } else if (v.isString()) {
        out << v.toString();
    }
    return out;
}

// Indentation of a line, and whether it holds nothing but a comment or blanks.
int composeIndent(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

bool composeIsBlank(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

// The key of a block mapping line ("  web:" or "  'web': x"), or empty.
QString composeKeyOf(const QString &line)
{
    static const QRegularExpression re(QString::fromUtf8(R"re(^\s*(?:"([^"]+)"|'([^']+)'|([^\s:#"'][^:#]*?))\s*:(?:\s|$))re"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    for (int g = 1; g <= 3; ++g) {
        if (!m.captured(g).isEmpty())
            return m.captured(g);
    }
    return {};
}

// Lines [first, end) of the block under the key at `keyLine` (0-based), and its children's indent.
struct ComposeBlock
{
    int first = -1;
    int end = -1;
    int indent = -1;
};

ComposeBlock composeBlockUnder(const QStringList &lines, int keyLine)
{
    ComposeBlock b;
    const int parentIndent = composeIndent(lines.at(keyLine));
    for (int i = keyLine + 1; i < lines.size(); ++i) {
        if (composeIsBlank(lines.at(i)))
            continue;
        const int ind = composeIndent(lines.at(i));
        if (ind <= parentIndent) {
            b.end = i;
            break;
        }
        if (b.first < 0) {
            b.first = i;
            b.indent = ind;
        }
    }
    if (b.first >= 0 && b.end < 0)
        b.end = int(lines.size());
    return b;
}

// 0-based line of `key` among the direct children of the block, -1 when absent.
int composeChildLine(const QStringList &lines, const ComposeBlock &b, const QString &key)
{
    if (b.first < 0)
        return -1;
    for (int i = b.first; i < b.end; ++i) {
        if (composeIsBlank(lines.at(i)) || composeIndent(lines.at(i)) != b.indent)
            continue;
        if (composeKeyOf(lines.at(i)) == key)
            return i;
    }
    return -1;
}

int composeServiceLine0(const QStringList &lines, const QString &service)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (composeIndent(lines.at(i)) == 0 && composeKeyOf(lines.at(i)) == QLatin1String("services"))
            return composeChildLine(lines, composeBlockUnder(lines, i), service);
    }
    return -1;
}

QStringList composeLines(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return t.split(QLatin1Char('\n'));
}

} // namespace

// --- targets and projects ------------------------------------------------------

ComposeTarget ComposeTarget::fromLabels(const QMap<QString, QString> &labels)
{
    ComposeTarget t;
    t.project = labels.value(QStringLiteral("com.docker.compose.project"));
    const QString files = labels.value(QStringLiteral("com.docker.compose.project.config_files"));
    for (const auto range = files.split(QLatin1Char(','), Qt::SkipEmptyParts); const QString &f : range)
        t.files << f.trimmed();
    t.workingDir = labels.value(QStringLiteral("com.docker.compose.project.working_dir"));
    return t;
}

const ComposeService *ComposeProject::service(const QString &name) const
{
    for (const ComposeService &s : services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList ComposeProject::serviceNames() const
{
    QStringList out;
    for (const ComposeService &s : services)
        out << s.name;
    return out;
}

Result<ComposeProject> ComposeProject::fromConfigJson(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(EngineError::protocol(tr("docker compose config printed something that is not JSON: %1").arg(err.errorString())));
    const QJsonObject o = doc.object();
    ComposeProject p;
    p.name = o.value(QLatin1String("name")).toString();
    const QJsonObject services = o.value(QLatin1String("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        ComposeService svc;
        svc.name = it.key();
        svc.image = s.value(QLatin1String("image")).toString();
        const QJsonValue build = s.value(QLatin1String("build"));
        svc.buildContext = build.isObject() ? build.toObject().value(QLatin1String("context")).toString() : build.toString();
        svc.command = composeListOf(s.value(QLatin1String("command")));
        const QJsonArray ports = s.value(QLatin1String("ports")).toArray();
        for (const QJsonValue &pv : ports) {
            const QJsonObject po = pv.toObject();
            ComposePort port;
            port.hostIp = po.value(QLatin1String("host_ip")).toString();
            port.target = po.value(QLatin1String("target")).toInt();
            port.published = composeStringOf(po.value(QLatin1String("published")));
            port.protocol = po.value(QLatin1String("protocol")).toString();
            svc.ports << port;
        }
        const QJsonValue deps = s.value(QLatin1String("depends_on"));
        if (deps.isObject()) {
            const QJsonObject d = deps.toObject();
            for (auto dit = d.begin(); dit != d.end(); ++dit)
                svc.dependsOn.insert(dit.key(), dit.value().toObject().value(QLatin1String("condition")).toString());
        } else {
            for (const auto range = composeListOf(deps); const QString &name : range)
                svc.dependsOn.insert(name, QStringLiteral("service_started"));
        }
        p.services << svc;
    }
    // The engine's names (`shop_default`, `shop_data`), as `down` removes them; external
    // ones belong to someone else and are never removed.
    for (const auto &[key, list] : {std::pair{QLatin1String("networks"), &p.networks}, std::pair{QLatin1String("volumes"), &p.volumes}}) {
        const QJsonObject all = o.value(key).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject v = it.value().toObject();
            if (v.value(QLatin1String("external")).toBool())
                continue;
            const QString name = v.value(QLatin1String("name")).toString();
            *list << (name.isEmpty() ? p.name + QLatin1Char('_') + it.key() : name);
        }
    }
    return p;
}

// --- lines of the file ---------------------------------------------------------

int ComposeYaml::serviceLine(const QString &text, const QString &service)
{
    return composeServiceLine0(composeLines(text), service) + 1;
}

int ComposeYaml::serviceKeyLine(const QString &text, const QString &service, const QString &key)
{
    const QStringList lines = composeLines(text);
    const int s = composeServiceLine0(lines, service);
    if (s < 0)
        return 0;
    const int k = composeChildLine(lines, composeBlockUnder(lines, s), key);
    return (k < 0 ? s : k) + 1;
}

int ComposeYaml::lineContaining(const QString &text, const QString &needle, int fromLine)
{
    if (needle.isEmpty())
        return 0;
    const QStringList lines = composeLines(text);
    for (int i = std::max(0, fromLine - 1); i < lines.size(); ++i) {
        if (!composeIsBlank(lines.at(i)) && lines.at(i).contains(needle))
            return i + 1;
    }
    return 0;
}

// --- progress lines ------------------------------------------------------------

QString ComposeOutput::stripEscapes(const QString &line)
{
    static const QRegularExpression re(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]"));
    QString out = line;
    out.remove(re);
    out.remove(QLatin1Char('\r'));
    return out;
}

QString ComposeOutput::serviceOfContainer(const QString &container, const QString &project)
{
    for (const QChar sep : {QLatin1Char('-'), QLatin1Char('_')}) {
        if (!project.isEmpty() && !container.startsWith(project + sep))
            continue;
        QString rest = project.isEmpty() ? container : container.mid(project.size() + 1);
        const qsizetype last = rest.lastIndexOf(sep);
        if (last <= 0)
            continue;
        bool number = false;
        rest.mid(last + 1).toInt(&number);
        if (number)
            return rest.left(last);
    }
    return {};
}

ComposeLine ComposeOutput::parseLine(const QString &lineIn, const QString &project, const QStringList &services)
{
    ComposeLine l;
    l.text = stripEscapes(lineIn).trimmed();
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    const qsizetype firstSpace = l.text.indexOf(ws);
    if (firstSpace < 0) {
        return l;
    }
    const QString first = l.text.left(firstSpace);
    const QString rest = l.text.mid(firstSpace).trimmed();
    const auto split = [](const QString &s, QString *name, QString *status) {
        const qsizetype sp = s.indexOf(ws);
        *name = sp < 0 ? s : s.left(sp);
        *status = sp < 0 ? QString() : s.mid(sp).trimmed();
    };
    if (first == QLatin1String("Container") || first == QLatin1String("Network") || first == QLatin1String("Volume")
        || first == QLatin1String("Image")) {
        split(rest, &l.object, &l.status);
        if (first == QLatin1String("Container")) {
            l.kind = ComposeLine::Kind::Container;
            l.service = serviceOfContainer(l.object, project);
            if (!services.isEmpty() && !services.contains(l.service))
                l.service.clear();
        } else if (first == QLatin1String("Network")) {
            l.kind = ComposeLine::Kind::Network;
        } else if (first == QLatin1String("Volume")) {
            l.kind = ComposeLine::Kind::Volume;
        } else {
            l.kind = ComposeLine::Kind::Image;
        }
        return l;
    }
    if (services.contains(first)) {
        l.kind = ComposeLine::Kind::Service;
        l.object = first;
        l.service = first;
        l.status = rest;
    }
    return l;
}

// --- errors --------------------------------------------------------------------

bool ComposeError::isMissingPlugin(const QString &output)
{
    return output.contains(QLatin1String("'compose' is not a docker command")) || output.contains(QLatin1String("unknown shorthand flag: 'f'"))
        || output.contains(QLatin1String("unknown shorthand flag: 'p'")) || output.contains(QLatin1String("unknown command: docker compose"));
}

QString ComposeError::missingMessage()
{
    return tr("docker compose is not installed. Install the Compose plugin (the docker-compose-plugin or docker-compose "
              "package), which Cais runs for Compose files.");
}

ComposeError ComposeError::explain(const QString &outputIn, int exitCode, const QString &fileText)
{
    ComposeError e;
    const QString output = ComposeOutput::stripEscapes(outputIn).trimmed();
    // The CLI's error is its last lines; progress lines come before it.
    QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString last;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('*'))) {
            last = t;
            break;
        }
    }
    e.cliText = output;

    static const QRegularExpression validating(QString::fromUtf8(R"re(validating ([^:]+(?::[^:\s]+)*): (services\.([^.\s]+)(?:\.(\S+))?) (.*))re"));
    static const QRegularExpression yamlLine(QString::fromUtf8(R"re(yaml: line (\d+): (.*))re"));
    static const QRegularExpression yamlDecode(QString::fromUtf8(R"re(yaml: unmarshal errors:\s*line (\d+): (.*))re"));
    static const QRegularExpression undefinedDep(QString::fromUtf8(R"re(service "([^"]+)" depends on undefined service "([^"]+)")re"));
    static const QRegularExpression additional(QString::fromUtf8(R"re(Additional property (\S+) is not allowed)re"));
    static const QRegularExpression invalidPort(QString::fromUtf8(R"re(Invalid (?:containerPort|hostPort|port|proto)[^:]*: (\S+))re"));
    static const QRegularExpression buildPath(QString::fromUtf8(R"re(unable to prepare context: path "([^"]+)" not found)re"));
    static const QRegularExpression noFile(QString::fromUtf8(R"re(open ([^:]+): no such file or directory)re"));

    if (isMissingPlugin(output)) {
        e.message = missingMessage();
        return e;
    }
    if (output.contains(QLatin1String("Cannot connect to the Docker daemon")) || output.contains(QLatin1String("Is the docker daemon running"))) {
        e.message = tr("docker compose could not reach the engine. Check that the engine runs, then try again.");
        return e;
    }
    QRegularExpressionMatch m = validating.match(output);
    if (m.hasMatch()) {
        e.service = m.captured(3);
        const QString sub = m.captured(4);
        const QString what = m.captured(5);
        const QRegularExpressionMatch a = additional.match(what);
        if (a.hasMatch()) {
            const QString key = a.captured(1);
            e.line = ComposeYaml::serviceKeyLine(fileText, e.service, sub.isEmpty() ? key : sub.section(QLatin1Char('.'), 0, 0));
            e.message = tr("Line %1: the service \"%2\" has a setting Compose does not know: \"%3\". Check its spelling.")
                            .arg(e.line).arg(e.service, key);
        } else {
            e.line = ComposeYaml::serviceKeyLine(fileText, e.service, sub.section(QLatin1Char('.'), 0, 0));
            e.message = tr("Line %1: the service \"%2\" is not valid: %3").arg(e.line).arg(e.service, what);
        }
        return e;
    }
    m = yamlLine.match(output);
    if (m.hasMatch()) {
        // docker compose 2.26 names the line before the one at fault (measured: a tab on
        // line 4, an unclosed `[` on line 4 and a bad indent under `web:` on line 2 were
        // reported as lines 3, 3 and 1).
        e.line = m.captured(1).toInt() + 1;
        e.message = tr("Line %1: the file is not valid YAML: %2").arg(e.line).arg(m.captured(2).trimmed());
        return e;
    }
    // Decoding errors name the right line: "yaml: unmarshal errors:\n  line 4: mapping key ...".
    m = yamlDecode.match(output);
    if (m.hasMatch()) {
        e.line = m.captured(1).toInt();
        e.message = tr("Line %1: the file is not valid YAML: %2").arg(e.line).arg(m.captured(2).trimmed());
        return e;
    }
    m = undefinedDep.match(output);
    if (m.hasMatch()) {
        e.service = m.captured(1);
        const int dep = ComposeYaml::serviceKeyLine(fileText, e.service, QStringLiteral("depends_on"));
        const int named = ComposeYaml::lineContaining(fileText, m.captured(2), dep > 0 ? dep : 1);
        e.line = (named > 0 && dep > 0 && named - dep < 20) ? named : dep;
        e.message = tr("Line %1: the service \"%2\" depends on \"%3\", which the file does not define.")
                        .arg(e.line).arg(e.service, m.captured(2));
        return e;
    }
    m = invalidPort.match(output);
    if (m.hasMatch()) {
        const QString value = m.captured(1);
        e.line = ComposeYaml::lineContaining(fileText, value);
        const int ports = ComposeYaml::lineContaining(fileText, QStringLiteral("ports"));
        if (ports > 0) {
            const int after = ComposeYaml::lineContaining(fileText, value, ports);
            if (after > 0)
                e.line = after;
        }
        e.message = e.line > 0 ? tr("Line %1: a port is not valid: \"%2\". A port is a number from 1 to 65535, like 8080:80.").arg(e.line).arg(value)
                               : tr("A port is not valid: \"%1\". A port is a number from 1 to 65535, like 8080:80.").arg(value);
        return e;
    }
    m = buildPath.match(output);
    if (m.hasMatch()) {
        const QString dir = m.captured(1);
        const QString base = QFileInfo(dir).fileName();
        e.line = ComposeYaml::lineContaining(fileText, base);
        e.message = e.line > 0 ? tr("Line %1: the build folder %2 does not exist.").arg(e.line).arg(dir)
                               : tr("The build folder %1 does not exist.").arg(dir);
        return e;
    }
    m = noFile.match(output);
    if (m.hasMatch() && exitCode == 14) {
        e.message = tr("The file %1 does not exist.").arg(m.captured(1));
        return e;
    }
    if (output.contains(QLatin1String("no such host")) || output.contains(QLatin1String("proxyconnect"))
        || output.contains(QLatin1String("pull access denied"))
        || output.contains(QLatin1String("manifest unknown")) || output.contains(QLatin1String("No such image"))) {
        e.message = tr("An image could not be pulled: %1").arg(last);
        return e;
    }
    if (!last.isEmpty())
        e.message = tr("docker compose failed (exit code %1): %2").arg(exitCode).arg(last);
    else
        e.message = tr("docker compose failed with exit code %1.").arg(exitCode);
    return e;
}

// --- logs ----------------------------------------------------------------------

QList<ComposeLogLine> ComposeLogs::parse(const QString &output)
{
    // By hand rather than with a regular expression and QDateTime::fromString: a
    // project's logs are tens of thousands of lines (see tst_composeparse's figure).
    struct Keyed
    {
        qint64 nanos; ///< since the epoch, UTC: the engine prints up to nanoseconds
        qsizetype index;
    };
    QList<ComposeLogLine> parsed;
    QList<Keyed> keys;
    const auto number = [](QStringView v, int *out) {
        bool ok = false;
        *out = v.toInt(&ok);
        return ok;
    };
    for (QStringView raw : QStringTokenizer(output, QLatin1Char('\n'))) {
        QString stripped;
        if (raw.contains(QChar(0x1b))) {
            stripped = ComposeOutput::stripEscapes(raw.toString());
            raw = stripped;
        }
        const qsizetype bar = raw.indexOf(QLatin1Char('|'));
        if (bar <= 0)
            continue;
        const QStringView container = raw.left(bar).trimmed();
        if (container.isEmpty() || container.contains(QLatin1Char(' ')))
            continue;
        QStringView rest = raw.mid(bar + 1);
        if (rest.startsWith(QLatin1Char(' ')))
            rest = rest.mid(1);
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const QStringView ts = space < 0 ? rest : rest.left(space);
        if (ts.size() < 20 || ts.at(4) != QLatin1Char('-') || ts.at(7) != QLatin1Char('-') || ts.at(10) != QLatin1Char('T')
            || ts.at(13) != QLatin1Char(':') || ts.at(16) != QLatin1Char(':'))
            continue;
        int y, mo, d, h, mi, sec;
        if (!number(ts.mid(0, 4), &y) || !number(ts.mid(5, 2), &mo) || !number(ts.mid(8, 2), &d) || !number(ts.mid(11, 2), &h)
            || !number(ts.mid(14, 2), &mi) || !number(ts.mid(17, 2), &sec))
            continue;
        qsizetype pos = 19;
        qint64 fraction = 0; // nanoseconds
        if (pos < ts.size() && ts.at(pos) == QLatin1Char('.')) {
            int digits = 0;
            for (++pos; pos < ts.size() && ts.at(pos).isDigit(); ++pos) {
                if (digits < 9) {
                    fraction = fraction * 10 + ts.at(pos).digitValue();
                    ++digits;
                }
            }
            for (; digits < 9; ++digits)
                fraction *= 10;
        }
        const QStringView zone = ts.mid(pos);
        int offsetSeconds = 0;
        if (zone.size() == 6 && (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-'))) {
            int oh, om;
            if (!number(zone.mid(1, 2), &oh) || !number(zone.mid(4, 2), &om))
                continue;
            offsetSeconds = (oh * 3600 + om * 60) * (zone.at(0) == QLatin1Char('-') ? -1 : 1);
        } else if (zone != QLatin1String("Z")) {
            continue;
        }
        const QDate date(y, mo, d);
        if (!date.isValid() || h > 23 || mi > 59 || sec > 60)
            continue;
        const qint64 seconds = (date.toJulianDay() - 2440588) * 86400 + h * 3600 + mi * 60 + sec - offsetSeconds; // 2440588: 1970-01-01
        ComposeLogLine l;
        l.container = container.toString();
        const qsizetype dash = l.container.lastIndexOf(QLatin1Char('-'));
        l.service = dash > 0 ? l.container.left(dash) : l.container;
        l.timestamp = ts.toString();
        l.time = QDateTime::fromMSecsSinceEpoch(seconds * 1000 + fraction / 1000000, QTimeZone::UTC);
        l.text = space < 0 ? QString() : rest.mid(space + 1).toString();
        keys.append({seconds * 1000000000 + fraction, parsed.size()});
        parsed.append(std::move(l));
    }
    // Stable: the lines of one container that share a timestamp keep their order.
    std::stable_sort(keys.begin(), keys.end(), [](const Keyed &a, const Keyed &b) { return a.nanos < b.nanos; });
    QList<ComposeLogLine> out;
    out.reserve(keys.size());
    for (const Keyed &k : std::as_const(keys))
        out << std::move(parsed[k.index]);
    return out;
}
