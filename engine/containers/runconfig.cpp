#include "runconfig.h"

#include "reference.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QRegularExpression &namePattern()
{
    // The engine's RestrictedNamePattern, for container and volume names.
    static const QRegularExpression re(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    return re;
}

bool isVolumeName(const QString &s)
{
    return !s.startsWith(QLatin1Char('/')) && namePattern().match(s).hasMatch();
}

std::optional<std::pair<int, int>> parseRange(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() > 2)
        return std::nullopt;
    bool ok1 = false, ok2 = true;
    const int a = parts.at(0).toInt(&ok1);
    const int b = parts.size() == 2 ? parts.at(1).toInt(&ok2) : a;
    if (!ok1 || !ok2 || a < 1 || b < 1 || a > 65535 || b > 65535 || b < a)
        return std::nullopt;
    // toInt accepts "+80" and " 80": the CLI does not.
    for (const QString &p : parts) {
        if (p.isEmpty() || !std::all_of(p.begin(), p.end(), [](QChar c) { return c.isDigit(); }))
            return std::nullopt;
    }
    return std::pair{a, b};
}

QString rangeText(int a, int b)
{
    if (a == 0)
        return {};
    return a == b ? QString::number(a) : QString::number(a) + QLatin1Char('-') + QString::number(b);
}

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a)
        out << e.toString();
    return out;
}

bool parseBool(const QString &v, bool *ok)
{
    *ok = true;
    if (v.isEmpty() || v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    *ok = false;
    return false;
}

} // namespace

// --- ports -----------------------------------------------------------------------

QString PortMapping::hostPortText() const
{
    return rangeText(hostStart, hostEnd);
}

QString PortMapping::containerPortText() const
{
    return rangeText(containerStart, containerEnd);
}

QString PortMapping::toString() const
{
    QString s;
    if (!hostIp.isEmpty()) {
        s = hostIp.contains(QLatin1Char(':')) ? QLatin1Char('[') + hostIp + QLatin1Char(']') : hostIp;
        s += QLatin1Char(':') + hostPortText() + QLatin1Char(':');
    } else if (hostStart != 0) {
        s = hostPortText() + QLatin1Char(':');
    }
    s += containerPortText();
    if (protocol != QLatin1String("tcp"))
        s += QLatin1Char('/') + protocol;
    return s;
}

namespace {

// `display` is how the mapping is named in messages: what the user wrote.
std::expected<PortMapping, QString> buildPort(const QString &display, const QString &hostIpIn, const QString &hostPort,
                                              const QString &containerPort, const QString &protocolIn)
{
    PortMapping m;
    QString ip = hostIpIn.trimmed();
    if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
        ip = ip.mid(1, ip.size() - 2);
    if (!ip.isEmpty() && QHostAddress(ip).isNull())
        return std::unexpected(PortMapping::tr("Port mapping %1: \"%2\" is not an IP address.").arg(display, hostIpIn));
    m.hostIp = ip;
    const QString proto = protocolIn.trimmed().isEmpty() ? QStringLiteral("tcp") : protocolIn.trimmed().toLower();
    if (proto != QLatin1String("tcp") && proto != QLatin1String("udp") && proto != QLatin1String("sctp"))
        return std::unexpected(PortMapping::tr("Port mapping %1: the protocol must be tcp, udp or sctp, not \"%2\".").arg(display, protocolIn));
    m.protocol = proto;
    if (containerPort.trimmed().isEmpty())
        return std::unexpected(PortMapping::tr("Port mapping %1: the container port is missing.").arg(display));
    const auto c = parseRange(containerPort.trimmed());
    if (!c)
        return std::unexpected(PortMapping::tr("Port mapping %1: \"%2\" is not a port or a range of ports (1 to 65535) in the container.").arg(display, containerPort));
    m.containerStart = c->first;
    m.containerEnd = c->second;
    if (!hostPort.trimmed().isEmpty()) {
        const auto h = parseRange(hostPort.trimmed());
        if (!h)
            return std::unexpected(PortMapping::tr("Port mapping %1: \"%2\" is not a port or a range of ports (1 to 65535) on the host.").arg(display, hostPort));
        // A host range for one container port lets the engine pick one of them.
        if (h->second - h->first != c->second - c->first && c->first != c->second)
            return std::unexpected(PortMapping::tr("Port mapping %1: the host range and the container range must have the same size.").arg(display));
        m.hostStart = h->first;
        m.hostEnd = h->second;
    }
    return m;
}

} // namespace

std::expected<PortMapping, QString> PortMapping::fromParts(const QString &hostIp, const QString &hostPort,
                                                           const QString &containerPort, const QString &protocol)
{
    QString display;
    if (!hostIp.isEmpty())
        display = (hostIp.contains(QLatin1Char(':')) && !hostIp.startsWith(QLatin1Char('[')) ? QLatin1Char('[') + hostIp + QLatin1Char(']') : hostIp)
            + QLatin1Char(':') + hostPort + QLatin1Char(':');
    else if (!hostPort.isEmpty())
        display = hostPort + QLatin1Char(':');
    display += containerPort;
    if (!protocol.isEmpty())
        display += QLatin1Char('/') + protocol;
    return buildPort(display, hostIp, hostPort, containerPort, protocol);
}

std::expected<PortMapping, QString> PortMapping::parse(const QString &specIn)
{
    const QString spec = specIn.trimmed();
    if (spec.isEmpty())
        return std::unexpected(tr("A port mapping is empty."));
    QString rest = spec;
    QString proto;
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0) {
        proto = rest.mid(slash + 1);
        rest = rest.left(slash);
        if (proto.isEmpty())
            return std::unexpected(tr("Port mapping %1: the protocol after \"/\" is missing.").arg(spec));
    }
    // As nat.splitParts: the last part is the container port, the one before the host
    // port, everything before that the address (an IPv6 address in brackets has colons).
    const QStringList parts = rest.split(QLatin1Char(':'));
    QString ip, host;
    const QString &container = parts.last();
    if (parts.size() == 2) {
        host = parts.at(0);
    } else if (parts.size() >= 3) {
        ip = parts.mid(0, parts.size() - 2).join(QLatin1Char(':'));
        host = parts.at(parts.size() - 2);
        if (ip.isEmpty())
            return std::unexpected(tr("Port mapping %1: the IP address before the host port is empty.").arg(spec));
        if (ip.contains(QLatin1Char(':')) && !(ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']'))))
            return std::unexpected(tr("Port mapping %1: write an IPv6 address in brackets, as in [::1]:8080:80.").arg(spec));
    }
    return buildPort(spec, ip, host, container, proto);
}

// --- mounts ----------------------------------------------------------------------

QString MountSpec::typeName(Type t)
{
    switch (t) {
    case Type::Bind: return QStringLiteral("bind");
    case Type::Volume: return QStringLiteral("volume");
    case Type::Tmpfs: return QStringLiteral("tmpfs");
    }
    return {};
}

bool MountSpec::needsMountSyntax() const
{
    return type == Type::Tmpfs || (type == Type::Volume && source.isEmpty() && readOnly);
}

QString MountSpec::toString() const
{
    if (mountSyntax || needsMountSyntax()) {
        QStringList kv{QStringLiteral("type=") + typeName(type)};
        if (!source.isEmpty())
            kv << QStringLiteral("source=") + source;
        kv << QStringLiteral("target=") + target;
        if (readOnly)
            kv << QStringLiteral("readonly");
        return kv.join(QLatin1Char(','));
    }
    QString s = source.isEmpty() ? target : source + QLatin1Char(':') + target;
    if (readOnly)
        s += QLatin1String(":ro");
    return s;
}

std::expected<MountSpec, QString> MountSpec::parseVolume(const QString &specIn)
{
    const QString spec = specIn.trimmed();
    if (spec.isEmpty())
        return std::unexpected(tr("A volume (-v) is empty."));
    const QStringList parts = spec.split(QLatin1Char(':'));
    auto isMode = [](const QString &m) { return m == QLatin1String("ro") || m == QLatin1String("rw"); };
    MountSpec m;
    QString mode;
    switch (parts.size()) {
    case 1:
        m.target = parts.at(0);
        break;
    case 2:
        if (isMode(parts.at(1))) {
            m.target = parts.at(0);
            mode = parts.at(1);
        } else {
            m.source = parts.at(0);
            m.target = parts.at(1);
        }
        break;
    case 3:
        m.source = parts.at(0);
        m.target = parts.at(1);
        mode = parts.at(2);
        break;
    default:
        return std::unexpected(tr("Volume %1: expected host-path-or-volume:container-path[:ro].").arg(spec));
    }
    for (const auto range = mode.split(QLatin1Char(','), Qt::SkipEmptyParts); const QString &opt : range) {
        if (opt == QLatin1String("ro"))
            m.readOnly = true;
        else if (opt != QLatin1String("rw"))
            return std::unexpected(tr("Volume %1: Cais knows the options ro and rw, not \"%2\".").arg(spec, opt));
    }
    if (m.source.isEmpty()) {
        if (parts.size() > 1 && parts.at(0).isEmpty())
            return std::unexpected(tr("Volume %1: the host path or volume name before \":\" is empty.").arg(spec));
        m.type = Type::Volume;
    } else if (m.source.startsWith(QLatin1Char('/'))) {
        m.type = Type::Bind;
    } else if (isVolumeName(m.source)) {
        m.type = Type::Volume;
    } else if (m.source.startsWith(QLatin1Char('.')) || m.source.startsWith(QLatin1Char('~')) || m.source.contains(QLatin1Char('/'))) {
        return std::unexpected(tr("Volume %1: the host path %2 is relative; write it as an absolute path (starting with /).").arg(spec, m.source));
    } else {
        return std::unexpected(tr("Volume %1: \"%2\" is neither an absolute host path nor a volume name (letters, digits, '_', '.', '-').").arg(spec, m.source));
    }
    if (m.target.isEmpty())
        return std::unexpected(tr("Volume %1: the path in the container is missing.").arg(spec));
    if (!m.target.startsWith(QLatin1Char('/')))
        return std::unexpected(tr("Volume %1: the path in the container must be absolute (start with /), not \"%2\".").arg(spec, m.target));
    return m;
}

std::expected<MountSpec, QString> MountSpec::parseMount(const QString &specIn)
{
    const QString spec = specIn.trimmed();
    MountSpec m;
    m.mountSyntax = true;
    m.type = Type::Volume; // the CLI's default type
    for (const auto range = spec.split(QLatin1Char(','), Qt::SkipEmptyParts); const QString &field : range) {
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? field : field.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : field.mid(eq + 1).trimmed();
        if (key == QLatin1String("type")) {
            if (value == QLatin1String("bind"))
                m.type = Type::Bind;
            else if (value == QLatin1String("volume"))
                m.type = Type::Volume;
            else if (value == QLatin1String("tmpfs"))
                m.type = Type::Tmpfs;
            else
                return std::unexpected(tr("Mount %1: the type must be bind, volume or tmpfs, not \"%2\".").arg(spec, value));
        } else if (key == QLatin1String("source") || key == QLatin1String("src")) {
            m.source = value;
        } else if (key == QLatin1String("target") || key == QLatin1String("destination") || key == QLatin1String("dst")) {
            m.target = value;
        } else if (key == QLatin1String("readonly") || key == QLatin1String("ro")) {
            bool ok = false;
            m.readOnly = parseBool(value, &ok);
            if (!ok)
                return std::unexpected(tr("Mount %1: readonly must be true or false, not \"%2\".").arg(spec, value));
        } else {
            return std::unexpected(tr("Mount %1: Cais cannot set the option \"%2\"; it knows type, source, target and readonly.").arg(spec, key));
        }
    }
    if (m.target.isEmpty())
        return std::unexpected(tr("Mount %1: the target (the path in the container) is missing.").arg(spec));
    if (!m.target.startsWith(QLatin1Char('/')))
        return std::unexpected(tr("Mount %1: the target must be an absolute path (start with /), not \"%2\".").arg(spec, m.target));
    switch (m.type) {
    case Type::Bind:
        if (m.source.isEmpty())
            return std::unexpected(tr("Mount %1: a bind mount needs a source (the host path).").arg(spec));
        if (!m.source.startsWith(QLatin1Char('/')))
            return std::unexpected(tr("Mount %1: the host path %2 is relative; write it as an absolute path (starting with /).").arg(spec, m.source));
        break;
    case Type::Volume:
        if (!m.source.isEmpty() && !isVolumeName(m.source))
            return std::unexpected(tr("Mount %1: \"%2\" is not a valid volume name (letters, digits, '_', '.', '-').").arg(spec, m.source));
        break;
    case Type::Tmpfs:
        if (!m.source.isEmpty())
            return std::unexpected(tr("Mount %1: a tmpfs mount has no source.").arg(spec));
        break;
    }
    return m;
}

// --- run config ------------------------------------------------------------------

QString RunConfig::validateName(const QString &name)
{
    if (name.isEmpty())
        return {};
    if (!namePattern().match(name).hasMatch()) {
        return tr("\"%1\" is not a valid container name: it must start with a letter or a digit and have at least two "
                  "characters, using only letters, digits, '_', '.' and '-'.")
            .arg(name);
    }
    return {};
}

std::expected<std::pair<QString, int>, QString> RunConfig::parseRestart(const QString &specIn)
{
    const QString spec = specIn.trimmed();
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString policy = colon < 0 ? spec : spec.left(colon);
    static const QStringList known{QStringLiteral("no"), QStringLiteral("always"), QStringLiteral("unless-stopped"), QStringLiteral("on-failure")};
    if (!known.contains(policy))
        return std::unexpected(tr("Restart policy \"%1\": use no, always, unless-stopped or on-failure[:N].").arg(spec));
    int retries = 0;
    if (colon >= 0) {
        if (policy != QLatin1String("on-failure"))
            return std::unexpected(tr("Restart policy \"%1\": only on-failure takes a number of retries.").arg(spec));
        bool ok = false;
        retries = spec.mid(colon + 1).toInt(&ok);
        if (!ok || retries < 0)
            return std::unexpected(tr("Restart policy \"%1\": the number of retries must be a whole number, 0 or more.").arg(spec));
    }
    return std::pair{policy, retries};
}

QString RunConfig::restartText() const
{
    if (restartPolicy == QLatin1String("on-failure") && restartMaxRetries > 0)
        return restartPolicy + QLatin1Char(':') + QString::number(restartMaxRetries);
    return restartPolicy;
}

QList<RunConfig::Problem> RunConfig::problems(bool checkHostPaths) const
{
    QList<Problem> out;
    const QString img = image.trimmed();
    if (img.isEmpty()) {
        out.append({Field::Image, tr("Choose an image to run.")});
    } else if (!Reference::isImageId(img)) {
        if (auto r = Reference::parseNormalized(img); !r)
            out.append({Field::Image, r.error().userMessage});
    }
    if (const QString e = validateName(name); !e.isEmpty())
        out.append({Field::Name, e});
    // What a message quotes of a long input: its start (a megabyte is not shown back).
    const auto shortened = [](const QString &text) { return text.size() > 60 ? text.left(60) + QChar(0x2026) : text; };
    for (const QString &e : env) {
        const qsizetype eq = e.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? e : e.left(eq);
        if (key.trimmed().isEmpty())
            out.append({Field::Env, tr("The environment variable \"%1\" has no name.").arg(shortened(e))});
        else if (key.contains(QLatin1Char(' ')) || key.contains(QLatin1Char('\t')))
            out.append({Field::Env, tr("The environment variable name \"%1\" contains a space.").arg(shortened(key))});
        // Linux gives a program each variable as one string of at most 128 KiB (with its
        // name and "="): the engine would create the container, and it would not start.
        else if (const qsizetype bytes = e.toUtf8().size(); bytes >= kMaxEnvBytes)
            out.append({Field::Env, tr("The environment variable %1 is %2 long; a program can be given at most 128 KiB per variable. "
                                       "Pass a large value in a file instead (a bind mount).")
                                        .arg(shortened(key), QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat))});
    }
    QSet<QString> hostBindings;
    for (const PortMapping &p : ports) {
        if (auto check = PortMapping::fromParts(p.hostIp, p.hostPortText(), p.containerPortText(), p.protocol); !check) {
            out.append({Field::Ports, check.error()});
            continue;
        }
        if (p.hostStart != 0 && p.hostStart == p.hostEnd) {
            const QString key = p.hostIp + QLatin1Char('|') + QString::number(p.hostStart) + QLatin1Char('/') + p.protocol;
            if (hostBindings.contains(key))
                out.append({Field::Ports, tr("Host port %1/%2 is published twice.").arg(p.hostStart).arg(p.protocol)});
            hostBindings.insert(key);
        }
    }
    QSet<QString> targets;
    for (const MountSpec &m : mounts) {
        if (m.target.isEmpty() || !m.target.startsWith(QLatin1Char('/'))) {
            out.append({Field::Mounts, tr("The path in the container \"%1\" must be absolute (start with /).").arg(m.target)});
            continue;
        }
        const QString target = QDir::cleanPath(m.target);
        if (targets.contains(target))
            out.append({Field::Mounts, tr("Two mounts use the same path in the container: %1.").arg(target)});
        targets.insert(target);
        switch (m.type) {
        case MountSpec::Type::Bind:
            if (m.source.isEmpty())
                out.append({Field::Mounts, tr("The bind mount on %1 needs a host path.").arg(m.target)});
            else if (!m.source.startsWith(QLatin1Char('/')))
                out.append({Field::Mounts, tr("The host path %1 is relative; write it as an absolute path (starting with /).").arg(m.source)});
            else if (checkHostPaths && !QFileInfo::exists(m.source))
                out.append({Field::Mounts, tr("The host path %1 does not exist. Create it first, or correct the path.").arg(m.source)});
            break;
        case MountSpec::Type::Volume:
            if (!m.source.isEmpty() && !isVolumeName(m.source))
                out.append({Field::Mounts, tr("\"%1\" is not a valid volume name (letters, digits, '_', '.', '-'; at least two characters).").arg(m.source)});
            else if (m.source.isEmpty() && m.readOnly)
                out.append({Field::Mounts, tr("The anonymous volume on %1 cannot be read-only (the engine refuses it): give the volume a name, or make it writable.").arg(m.target)});
            break;
        case MountSpec::Type::Tmpfs:
            break;
        }
    }
    if (!workingDir.isEmpty() && !workingDir.startsWith(QLatin1Char('/')))
        out.append({Field::WorkingDir, tr("The working directory \"%1\" must be an absolute path (start with /).").arg(workingDir)});
    if (!restartPolicy.isEmpty()) {
        if (auto r = parseRestart(restartText()); !r)
            out.append({Field::Restart, r.error()});
        else if (restartMaxRetries > 0 && restartPolicy != QLatin1String("on-failure"))
            out.append({Field::Restart, tr("Restart policy \"%1\": only on-failure takes a number of retries.").arg(restartPolicy)});
        else if (autoRemove && restartPolicy != QLatin1String("no"))
            out.append({Field::Restart, tr("A container removed when it exits (--rm) cannot have a restart policy: choose one or the other.")});
        if (restartMaxRetries < 0)
            out.append({Field::Restart, tr("The number of retries must be 0 or more.")});
    }
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().trimmed().isEmpty())
            out.append({Field::Labels, tr("A label has no name (its value is \"%1\").").arg(it.value())});
    }
    if (network.contains(QLatin1Char(' ')))
        out.append({Field::Network, tr("The network \"%1\" contains a space.").arg(network)});
    if (network == QLatin1String("container:"))
        out.append({Field::Network, tr("Name the container whose network to share: container:<name>.")});
    return out;
}

QJsonObject RunConfig::toCreateBody(const QProcessEnvironment &environment) const
{
    QJsonObject body;
    body.insert(QStringLiteral("Image"), image.trimmed());
    if (!command.isEmpty())
        body.insert(QStringLiteral("Cmd"), toArray(command));
    if (entrypoint)
        body.insert(QStringLiteral("Entrypoint"), QJsonArray{*entrypoint}); // [""] clears the image's
    // As the CLI: -d attaches nothing; otherwise stdout/stderr, and stdin with -i.
    const bool attach = !detach;
    body.insert(QStringLiteral("AttachStdin"), attach && interactive);
    body.insert(QStringLiteral("AttachStdout"), attach);
    body.insert(QStringLiteral("AttachStderr"), attach);
    body.insert(QStringLiteral("OpenStdin"), interactive);
    body.insert(QStringLiteral("StdinOnce"), attach && interactive);
    body.insert(QStringLiteral("Tty"), tty);
    QJsonArray envArray;
    for (const QString &e : env) {
        if (e.contains(QLatin1Char('='))) {
            envArray.append(e);
        } else if (environment.contains(e)) {
            envArray.append(QString(e + QLatin1Char('=') + environment.value(e)));
        }
    }
    if (!envArray.isEmpty())
        body.insert(QStringLiteral("Env"), envArray);
    if (!labels.isEmpty()) {
        QJsonObject l;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            l.insert(it.key(), it.value());
        body.insert(QStringLiteral("Labels"), l);
    }
    if (!workingDir.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), workingDir);
    if (!user.isEmpty())
        body.insert(QStringLiteral("User"), user);

    QJsonObject host;
    QJsonObject exposed;
    QJsonObject bindings;
    for (const PortMapping &p : ports) {
        const int count = p.containerEnd - p.containerStart + 1;
        for (int i = 0; i < count; ++i) {
            const QString key = QString::number(p.containerStart + i) + QLatin1Char('/') + p.protocol;
            QString hostPort;
            if (p.hostStart != 0)
                hostPort = count == 1 ? rangeText(p.hostStart, p.hostEnd) : QString::number(p.hostStart + i);
            QJsonArray list = bindings.value(key).toArray();
            list.append(QJsonObject{{QStringLiteral("HostIp"), p.hostIp}, {QStringLiteral("HostPort"), hostPort}});
            bindings.insert(key, list);
            exposed.insert(key, QJsonObject());
        }
    }
    if (!exposed.isEmpty())
        body.insert(QStringLiteral("ExposedPorts"), exposed);
    // Always, even empty: the CLI does, and the engine records {} rather than null.
    host.insert(QStringLiteral("PortBindings"), bindings);
    QJsonArray binds;
    QJsonObject volumes;
    QJsonArray mountList;
    for (const MountSpec &m : mounts) {
        if (m.mountSyntax || m.needsMountSyntax()) {
            QJsonObject o{{QStringLiteral("Type"), MountSpec::typeName(m.type)}, {QStringLiteral("Target"), m.target}};
            if (!m.source.isEmpty())
                o.insert(QStringLiteral("Source"), m.source);
            if (m.readOnly)
                o.insert(QStringLiteral("ReadOnly"), true);
            mountList.append(o);
        } else if (m.source.isEmpty()) {
            volumes.insert(m.target, QJsonObject());
        } else {
            binds.append(m.toString());
        }
    }
    if (!volumes.isEmpty())
        body.insert(QStringLiteral("Volumes"), volumes);
    if (!binds.isEmpty())
        host.insert(QStringLiteral("Binds"), binds);
    if (!mountList.isEmpty())
        host.insert(QStringLiteral("Mounts"), mountList);
    if (autoRemove)
        host.insert(QStringLiteral("AutoRemove"), true);
    if (!restartPolicy.isEmpty()) {
        host.insert(QStringLiteral("RestartPolicy"), QJsonObject{{QStringLiteral("Name"), restartPolicy},
                                                                 {QStringLiteral("MaximumRetryCount"), restartMaxRetries}});
    }
    if (!network.isEmpty())
        host.insert(QStringLiteral("NetworkMode"), network);
    body.insert(QStringLiteral("HostConfig"), host);
    return body;
}

RunConfig RunConfig::fromCreateBody(const QJsonObject &body, const QString &name)
{
    RunConfig c;
    c.name = name;
    c.image = body.value(QLatin1String("Image")).toString();
    c.command = toStringList(body.value(QLatin1String("Cmd")));
    if (body.value(QLatin1String("Entrypoint")).isArray()) {
        const QStringList ep = toStringList(body.value(QLatin1String("Entrypoint")));
        c.entrypoint = ep.value(0);
        // The dialog has one entrypoint word: the rest goes before the command.
        c.command = ep.mid(1) + c.command;
    }
    const bool attached = body.value(QLatin1String("AttachStdout")).toBool() || body.value(QLatin1String("AttachStderr")).toBool()
        || body.value(QLatin1String("AttachStdin")).toBool();
    c.detach = !attached;
    c.interactive = body.value(QLatin1String("OpenStdin")).toBool();
    c.tty = body.value(QLatin1String("Tty")).toBool();
    c.env = toStringList(body.value(QLatin1String("Env")));
    const QJsonObject labels = body.value(QLatin1String("Labels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        c.labels.insert(it.key(), it.value().toString());
    c.workingDir = body.value(QLatin1String("WorkingDir")).toString();
    c.user = body.value(QLatin1String("User")).toString();

    const QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
    // Bindings come per port; consecutive ports of one address collapse back into a range.
    struct Entry
    {
        int port;
        QString proto;
        QString ip;
        QString hostPort;
    };
    QList<Entry> entries;
    const QJsonObject bindings = host.value(QLatin1String("PortBindings")).toObject();
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('/'));
        const int port = key.value(0).toInt();
        const QString proto = key.value(1, QStringLiteral("tcp"));
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &b : list) {
            const QJsonObject o = b.toObject();
            entries.append({port, proto, o.value(QLatin1String("HostIp")).toString(), o.value(QLatin1String("HostPort")).toString()});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.proto, a.ip, a.port) < std::tie(b.proto, b.ip, b.port);
    });
    for (const Entry &e : std::as_const(entries)) {
        PortMapping m;
        m.hostIp = e.ip;
        m.protocol = e.proto;
        m.containerStart = m.containerEnd = e.port;
        if (const auto h = parseRange(e.hostPort)) {
            m.hostStart = h->first;
            m.hostEnd = h->second;
        }
        if (!c.ports.isEmpty()) {
            PortMapping &last = c.ports.last();
            const bool singleHost = m.hostStart == m.hostEnd;
            if (last.protocol == m.protocol && last.hostIp == m.hostIp && last.containerEnd + 1 == m.containerStart && singleHost
                && ((last.hostStart == 0 && m.hostStart == 0) || (last.hostStart != 0 && last.hostEnd == last.hostStart + (last.containerEnd - last.containerStart)
                                                                  && last.hostEnd + 1 == m.hostStart))) {
                last.containerEnd = m.containerEnd;
                last.hostEnd = m.hostEnd;
                continue;
            }
        }
        c.ports.append(m);
    }
    const QStringList binds = toStringList(host.value(QLatin1String("Binds")));
    for (const QString &b : binds) {
        if (auto m = MountSpec::parseVolume(b))
            c.mounts.append(*m);
    }
    const QJsonObject volumes = body.value(QLatin1String("Volumes")).toObject();
    for (auto it = volumes.begin(); it != volumes.end(); ++it) {
        MountSpec m;
        m.type = MountSpec::Type::Volume;
        m.target = it.key();
        c.mounts.append(m);
    }
    const QJsonArray mounts = host.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &v : mounts) {
        const QJsonObject o = v.toObject();
        MountSpec m;
        m.mountSyntax = true;
        const QString type = o.value(QLatin1String("Type")).toString();
        m.type = type == QLatin1String("bind") ? MountSpec::Type::Bind
            : type == QLatin1String("tmpfs")   ? MountSpec::Type::Tmpfs
                                               : MountSpec::Type::Volume;
        m.source = o.value(QLatin1String("Source")).toString();
        m.target = o.value(QLatin1String("Target")).toString();
        m.readOnly = o.value(QLatin1String("ReadOnly")).toBool();
        c.mounts.append(m);
    }
    c.autoRemove = host.value(QLatin1String("AutoRemove")).toBool();
    const QJsonObject restart = host.value(QLatin1String("RestartPolicy")).toObject();
    c.restartPolicy = restart.value(QLatin1String("Name")).toString();
    c.restartMaxRetries = restart.value(QLatin1String("MaximumRetryCount")).toInt();
    c.network = host.value(QLatin1String("NetworkMode")).toString();
    return c;
}

QStringList RunConfig::toArguments() const
{
    QStringList a{QStringLiteral("run")};
    if (detach)
        a << QStringLiteral("-d");
    if (interactive && tty)
        a << QStringLiteral("-it");
    else if (interactive)
        a << QStringLiteral("-i");
    else if (tty)
        a << QStringLiteral("-t");
    if (autoRemove)
        a << QStringLiteral("--rm");
    if (!name.isEmpty())
        a << QStringLiteral("--name") << name;
    for (const QString &e : env)
        a << QStringLiteral("-e") << e;
    for (const PortMapping &p : ports)
        a << QStringLiteral("-p") << p.toString();
    for (const MountSpec &m : mounts)
        a << ((m.mountSyntax || m.needsMountSyntax()) ? QStringLiteral("--mount") : QStringLiteral("-v")) << m.toString();
    if (!workingDir.isEmpty())
        a << QStringLiteral("-w") << workingDir;
    if (!user.isEmpty())
        a << QStringLiteral("-u") << user;
    if (!restartPolicy.isEmpty())
        a << QStringLiteral("--restart") << restartText();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        a << QStringLiteral("-l") << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    if (!network.isEmpty())
        a << QStringLiteral("--network") << network;
    if (entrypoint)
        a << QStringLiteral("--entrypoint") << *entrypoint;
    // An image that reads as an option (no valid name then, which problems() says)
    // goes after "--", so that the line still reads back with it as the image.
    if (image.trimmed().startsWith(QLatin1Char('-')))
        a << QStringLiteral("--");
    a << image.trimmed();
    a << command;
    return a;
}

QString RunConfig::toCommandLine(const QString &program) const
{
    return joinShellWords(QStringList{program} + toArguments());
}

std::expected<RunConfig, QStringList> RunConfig::fromCommandLine(const QString &line)
{
    auto words = splitShellWords(line);
    if (!words)
        return std::unexpected(QStringList{words.error()});
    QStringList w = *words;
    if (!w.isEmpty() && (w.first() == QLatin1String("$") || w.first() == QLatin1String("#")))
        w.removeFirst();
    if (!w.isEmpty() && w.first() == QLatin1String("sudo"))
        w.removeFirst();
    if (!w.isEmpty()) {
        const QString prog = w.first().section(QLatin1Char('/'), -1);
        if (prog == QLatin1String("docker") || prog == QLatin1String("podman")) {
            w.removeFirst();
            if (!w.isEmpty() && w.first() == QLatin1String("container"))
                w.removeFirst();
            if (w.isEmpty() || w.first() != QLatin1String("run")) {
                return std::unexpected(QStringList{tr("This is not a \"%1 run\" command line: after \"%1\" comes \"%2\".")
                                                       .arg(prog, w.value(0))});
            }
        }
    }
    if (!w.isEmpty() && w.first() == QLatin1String("run"))
        w.removeFirst();
    if (w.isEmpty())
        return std::unexpected(QStringList{tr("The command line is empty: paste a \"docker run ...\" command.")});

    RunConfig c;
    c.detach = false; // the CLI's default is to attach
    QStringList errors;
    enum class Opt { Detach, Interactive, Tty, Rm, Name, Env, Publish, Volume, Mount, Workdir, User, Restart, Label, Network, Entrypoint };
    struct Flag
    {
        Opt opt;
        bool takesValue;
    };
    static const QHash<QString, Flag> longFlags{
        {QStringLiteral("detach"), {Opt::Detach, false}},    {QStringLiteral("interactive"), {Opt::Interactive, false}},
        {QStringLiteral("tty"), {Opt::Tty, false}},          {QStringLiteral("rm"), {Opt::Rm, false}},
        {QStringLiteral("name"), {Opt::Name, true}},         {QStringLiteral("env"), {Opt::Env, true}},
        {QStringLiteral("publish"), {Opt::Publish, true}},   {QStringLiteral("volume"), {Opt::Volume, true}},
        {QStringLiteral("mount"), {Opt::Mount, true}},       {QStringLiteral("workdir"), {Opt::Workdir, true}},
        {QStringLiteral("user"), {Opt::User, true}},         {QStringLiteral("restart"), {Opt::Restart, true}},
        {QStringLiteral("label"), {Opt::Label, true}},       {QStringLiteral("network"), {Opt::Network, true}},
        {QStringLiteral("net"), {Opt::Network, true}},       {QStringLiteral("entrypoint"), {Opt::Entrypoint, true}},
    };
    static const QHash<QChar, Flag> shortFlags{
        {QLatin1Char('d'), {Opt::Detach, false}}, {QLatin1Char('i'), {Opt::Interactive, false}},
        {QLatin1Char('t'), {Opt::Tty, false}},    {QLatin1Char('e'), {Opt::Env, true}},
        {QLatin1Char('p'), {Opt::Publish, true}}, {QLatin1Char('v'), {Opt::Volume, true}},
        {QLatin1Char('w'), {Opt::Workdir, true}}, {QLatin1Char('u'), {Opt::User, true}},
        {QLatin1Char('l'), {Opt::Label, true}},
    };

    auto apply = [&](Opt opt, const QString &flag, const QString &value, bool boolValue) {
        switch (opt) {
        case Opt::Detach: c.detach = boolValue; break;
        case Opt::Interactive: c.interactive = boolValue; break;
        case Opt::Tty: c.tty = boolValue; break;
        case Opt::Rm: c.autoRemove = boolValue; break;
        case Opt::Name:
            c.name = value;
            if (const QString e = validateName(value); !e.isEmpty())
                errors << e;
            break;
        case Opt::Env:
            if (value.isEmpty() || value.startsWith(QLatin1Char('=')))
                errors << tr("%1 %2: an environment variable needs a name.").arg(flag, value);
            else
                c.env << value;
            break;
        case Opt::Publish:
            if (auto p = PortMapping::parse(value))
                c.ports << *p;
            else
                errors << p.error();
            break;
        case Opt::Volume:
            if (auto m = MountSpec::parseVolume(value))
                c.mounts << *m;
            else
                errors << m.error();
            break;
        case Opt::Mount:
            if (auto m = MountSpec::parseMount(value))
                c.mounts << *m;
            else
                errors << m.error();
            break;
        case Opt::Workdir: c.workingDir = value; break;
        case Opt::User: c.user = value; break;
        case Opt::Restart:
            if (auto r = parseRestart(value)) {
                c.restartPolicy = r->first;
                c.restartMaxRetries = r->second;
            } else {
                errors << r.error();
            }
            break;
        case Opt::Label: {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            const QString key = eq < 0 ? value : value.left(eq);
            if (key.isEmpty())
                errors << tr("%1 %2: a label needs a name.").arg(flag, value);
            else
                c.labels.insert(key, eq < 0 ? QString() : value.mid(eq + 1));
            break;
        }
        case Opt::Network: c.network = value; break;
        case Opt::Entrypoint: c.entrypoint = value; break;
        }
    };
    auto unknown = [&](const QString &flag) {
        errors << tr("Cais cannot set the option %1 from a command line. Remove it, or run the command in a terminal.").arg(flag);
    };

    qsizetype i = 0;
    bool stop = false;
    while (i < w.size() && !stop) {
        const QString &word = w.at(i);
        if (word == QLatin1String("--")) {
            ++i;
            break;
        }
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-"))
            break;
        ++i;
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            const QString key = word.mid(2, eq < 0 ? -1 : eq - 2);
            const auto it = longFlags.constFind(key);
            if (it == longFlags.cend()) {
                unknown(QStringLiteral("--") + key);
                stop = true;
                break;
            }
            const QString flag = QStringLiteral("--") + key;
            if (!it->takesValue) {
                bool ok = true;
                const bool v = eq < 0 ? true : parseBool(word.mid(eq + 1), &ok);
                if (!ok)
                    errors << tr("%1 takes true or false, not \"%2\".").arg(flag, word.mid(eq + 1));
                apply(it->opt, flag, {}, v);
                continue;
            }
            QString value;
            if (eq >= 0) {
                value = word.mid(eq + 1);
            } else if (i < w.size()) {
                value = w.at(i++);
            } else {
                errors << tr("%1 needs a value.").arg(flag);
                stop = true;
                break;
            }
            apply(it->opt, flag, value, true);
            continue;
        }
        // Short flags, possibly clustered: -it, -dit, -p8080:80, -eA=1, -p=80.
        for (qsizetype k = 1; k < word.size(); ++k) {
            const QChar ch = word.at(k);
            const auto it = shortFlags.constFind(ch);
            const QString flag = QStringLiteral("-") + ch;
            if (it == shortFlags.cend()) {
                unknown(flag);
                stop = true;
                break;
            }
            if (!it->takesValue) {
                apply(it->opt, flag, {}, true);
                continue;
            }
            QString value = word.mid(k + 1);
            if (value.startsWith(QLatin1Char('=')))
                value = value.mid(1);
            else if (value.isEmpty()) {
                if (i < w.size()) {
                    value = w.at(i++);
                } else {
                    errors << tr("%1 needs a value.").arg(flag);
                    stop = true;
                    break;
                }
            }
            apply(it->opt, flag, value, true);
            break;
        }
    }
    if (!stop) {
        if (i >= w.size()) {
            errors << tr("The command line names no image to run.");
        } else {
            c.image = w.at(i);
            c.command = w.mid(i + 1);
        }
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return c;
}

// --- shell words -------------------------------------------------------------------

std::expected<QStringList, QString> splitShellWords(const QString &line)
{
    QStringList words;
    QString cur;
    bool inWord = false;
    enum { None, Single, Double } quote = None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quote == Single) {
            if (ch == QLatin1Char('\''))
                quote = None;
            else
                cur += ch;
            continue;
        }
        if (quote == Double) {
            if (ch == QLatin1Char('"')) {
                quote = None;
            } else if (ch == QLatin1Char('\\') && i + 1 < line.size()) {
                const QChar n = line.at(i + 1);
                if (n == QLatin1Char('\n')) {
                    ++i;
                } else if (n == QLatin1Char('$') || n == QLatin1Char('`') || n == QLatin1Char('"') || n == QLatin1Char('\\')) {
                    cur += n;
                    ++i;
                } else {
                    cur += ch;
                }
            } else {
                cur += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('\\')) {
            if (i + 1 < line.size()) {
                const QChar n = line.at(++i);
                if (n == QLatin1Char('\n'))
                    continue; // line continuation
                if (n == QLatin1Char('\r') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('\n')) {
                    ++i;
                    continue;
                }
                cur += n;
                inWord = true;
            }
            continue;
        }
        if (ch == QLatin1Char('\'')) {
            quote = Single;
            inWord = true;
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quote = Double;
            inWord = true;
            continue;
        }
        if (ch == QLatin1Char('#') && !inWord) {
            while (i + 1 < line.size() && line.at(i + 1) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (ch.isSpace()) {
            if (inWord) {
                words << cur;
                cur.clear();
                inWord = false;
            }
            continue;
        }
        cur += ch;
        inWord = true;
    }
    if (quote != None)
        return std::unexpected(QCoreApplication::translate("RunConfig", "A quote (%1) is not closed.")
                                   .arg(quote == Single ? QStringLiteral("'") : QStringLiteral("\"")));
    if (inWord)
        words << cur;
    return words;
}

QString quoteShellWord(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    // Anchored to the whole word: "$" alone also matches before a final newline, and a
    // word ending in one went out bare, so the newline ended the command line.
    static const QRegularExpression safe(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (safe.match(word).hasMatch())
        return word;
    QString out = word;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString joinShellWords(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted << quoteShellWord(w);
    return quoted.join(QLatin1Char(' '));
}
