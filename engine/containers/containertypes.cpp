#include "containertypes.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QLatin1String kComposeProject("com.docker.compose.project");
const QLatin1String kComposeService("com.docker.compose.service");

} // namespace

QString ContainerSummary::name() const
{
    const QString first = names.value(0);
    return first.startsWith(QLatin1Char('/')) ? first.mid(1) : first;
}

ContainerSummary::State ContainerSummary::stateKind() const
{
    // Podman's compat API says "configured" for created and "stopped" for exited.
    static const QHash<QString, State> states{
        {QStringLiteral("created"), State::Created},       {QStringLiteral("configured"), State::Created},
        {QStringLiteral("running"), State::Running},       {QStringLiteral("paused"), State::Paused},
        {QStringLiteral("restarting"), State::Restarting}, {QStringLiteral("removing"), State::Removing},
        {QStringLiteral("exited"), State::Exited},         {QStringLiteral("stopped"), State::Exited},
        {QStringLiteral("dead"), State::Dead},
    };
    return states.value(state.toLower(), State::Unknown);
}

ContainerSummary::Health ContainerSummary::health() const
{
    QString h = healthStatus;
    if (h.isEmpty()) {
        // Before API 1.52 health is only in the status text: "Up 3 minutes (healthy)".
        static const QRegularExpression re(QStringLiteral("\\((healthy|unhealthy|health: starting)\\)\\s*$"));
        const auto m = re.match(status);
        if (!m.hasMatch())
            return Health::None;
        h = m.captured(1);
    }
    if (h == QLatin1String("healthy"))
        return Health::Healthy;
    if (h == QLatin1String("unhealthy"))
        return Health::Unhealthy;
    if (h == QLatin1String("starting") || h == QLatin1String("health: starting"))
        return Health::Starting;
    return Health::None;
}

std::optional<int> ContainerSummary::exitCode() const
{
    static const QRegularExpression re(QStringLiteral("^(?:Exited|Restarting) \\((-?\\d+)\\)"));
    const auto m = re.match(status);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int code = m.captured(1).toInt(&ok);
    return ok ? std::optional<int>(code) : std::nullopt;
}

QString ContainerSummary::composeProject() const
{
    return labels.value(kComposeProject);
}

QString ContainerSummary::composeService() const
{
    return labels.value(kComposeService);
}

QString ContainerSummary::portsText() const
{
    // As the CLI's DisplayablePorts: consecutive ports of one address and protocol
    // collapse into a range ("0.0.0.0:9000-9001->9000-9001/udp").
    QList<ContainerPort> sorted = ports;
    std::sort(sorted.begin(), sorted.end(), [](const ContainerPort &a, const ContainerPort &b) {
        return std::tie(a.ip, a.type, a.privatePort, a.publicPort) < std::tie(b.ip, b.type, b.privatePort, b.publicPort);
    });
    auto endpoint = [](const ContainerPort &p) {
        return p.ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.ip + QLatin1Char(']') : p.ip;
    };
    auto range = [](int a, int b) { return a == b ? QString::number(a) : QString::number(a) + QLatin1Char('-') + QString::number(b); };
    QStringList out;
    for (qsizetype i = 0; i < sorted.size();) {
        const ContainerPort &first = sorted.at(i);
        qsizetype j = i + 1;
        while (j < sorted.size()) {
            const ContainerPort &prev = sorted.at(j - 1);
            const ContainerPort &next = sorted.at(j);
            const bool published = first.publicPort != 0;
            if (next.ip != first.ip || next.type != first.type || next.privatePort != prev.privatePort + 1
                || (published ? next.publicPort != prev.publicPort + 1 : next.publicPort != 0))
                break;
            ++j;
        }
        const ContainerPort &last = sorted.at(j - 1);
        if (first.publicPort == 0) {
            out << range(first.privatePort, last.privatePort) + QLatin1Char('/') + first.type;
        } else {
            out << endpoint(first) + QLatin1Char(':') + range(first.publicPort, last.publicPort) + QLatin1String("->")
                    + range(first.privatePort, last.privatePort) + QLatin1Char('/') + first.type;
        }
        i = j;
    }
    out.removeDuplicates();
    return out.join(QLatin1String(", "));
}

ContainerSummary ContainerSummary::fromJson(const QJsonObject &o)
{
    ContainerSummary c;
    c.id = o.value(QLatin1String("Id")).toString();
    const QJsonArray names = o.value(QLatin1String("Names")).toArray();
    for (const QJsonValue &n : names)
        c.names << n.toString();
    c.image = o.value(QLatin1String("Image")).toString();
    c.imageId = o.value(QLatin1String("ImageID")).toString();
    c.command = o.value(QLatin1String("Command")).toString();
    c.created = o.value(QLatin1String("Created")).toInteger();
    c.state = o.value(QLatin1String("State")).toString();
    c.status = o.value(QLatin1String("Status")).toString();
    c.healthStatus = o.value(QLatin1String("Health")).toObject().value(QLatin1String("Status")).toString();
    if (c.healthStatus == QLatin1String("none"))
        c.healthStatus.clear();
    const QJsonArray ports = o.value(QLatin1String("Ports")).toArray();
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        c.ports.append({p.value(QLatin1String("IP")).toString(), p.value(QLatin1String("PrivatePort")).toInt(),
                        p.value(QLatin1String("PublicPort")).toInt(), p.value(QLatin1String("Type")).toString()});
    }
    const QJsonObject labels = o.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    c.networkMode = o.value(QLatin1String("HostConfig")).toObject().value(QLatin1String("NetworkMode")).toString();
    return c;
}

std::optional<qint64> parseHumanDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("Less than a second"))
        return 0;
    if (t == QLatin1String("About a minute"))
        return 60;
    if (t == QLatin1String("About an hour"))
        return 3600;
    static const QRegularExpression re(QStringLiteral("^(\\d+) (second|minute|hour|day|week|month|year)s?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    static const QHash<QString, qint64> unit{
        {QStringLiteral("second"), 1},       {QStringLiteral("minute"), 60},         {QStringLiteral("hour"), 3600},
        {QStringLiteral("day"), 86400},      {QStringLiteral("week"), 7 * 86400},    {QStringLiteral("month"), 30 * 86400},
        {QStringLiteral("year"), 365 * 86400},
    };
    return n * unit.value(m.captured(2));
}

StatusAge parseStatusAge(const QString &status)
{
    // The daemon's State.String(): "Up <d>[ (Paused|healthy|unhealthy|health: starting)]",
    // "Exited (<code>) <d> ago", "Restarting (<code>) <d> ago".
    static const QRegularExpression up(QStringLiteral("^Up (.+?)(?: \\([^()]*\\))?$"));
    static const QRegularExpression ago(QStringLiteral("^(Exited|Restarting) \\(-?\\d+\\) (.+) ago$"));
    StatusAge a;
    if (const auto m = up.match(status); m.hasMatch()) {
        if (const auto s = parseHumanDuration(m.captured(1))) {
            a.kind = StatusAge::Kind::Up;
            a.seconds = *s;
        }
    } else if (const auto m2 = ago.match(status); m2.hasMatch()) {
        if (const auto s = parseHumanDuration(m2.captured(2))) {
            a.kind = m2.captured(1) == QLatin1String("Exited") ? StatusAge::Kind::ExitedAgo : StatusAge::Kind::RestartingAgo;
            a.seconds = *s;
        }
    }
    return a;
}

QChar ContainerChange::letter() const
{
    switch (kind) {
    case Kind::Added: return QLatin1Char('A');
    case Kind::Deleted: return QLatin1Char('D');
    case Kind::Changed: break;
    }
    return QLatin1Char('C');
}

QList<ContainerChange> ContainerChange::listFromJson(const QJsonValue &v)
{
    QList<ContainerChange> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        ContainerChange c;
        c.path = o.value(QLatin1String("Path")).toString();
        const int kind = o.value(QLatin1String("Kind")).toInt();
        c.kind = kind == 1 ? Kind::Added : kind == 2 ? Kind::Deleted : Kind::Changed;
        if (!c.path.isEmpty())
            out.append(c);
    }
    return out;
}
