#include "dockercontexts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString envValue(const QProcessEnvironment &env, const char *name)
{
    return env.value(QLatin1String(name));
}

// docker/cli sorts contexts with fvbommel/sortorder's NaturalLess: runs of digits
// compare as numbers, everything else byte by byte (so "Beta" < "alpha").
bool contextNaturalLess(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    qsizetype i = 0, j = 0;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    while (i < x.size() && j < y.size()) {
        if (isDigit(x[i]) && isDigit(y[j])) {
            qsizetype ie = i, je = j;
            while (ie < x.size() && isDigit(x[ie]))
                ++ie;
            while (je < y.size() && isDigit(y[je]))
                ++je;
            // Numerically: skip leading zeros, then the longer run is larger.
            qsizetype is = i, js = j;
            while (is < ie - 1 && x[is] == '0')
                ++is;
            while (js < je - 1 && y[js] == '0')
                ++js;
            const QByteArrayView nx(x.constData() + is, ie - is), ny(y.constData() + js, je - js);
            if (nx.size() != ny.size())
                return nx.size() < ny.size();
            if (nx != ny)
                return nx.compare(ny) < 0;
            if (ie - i != je - j) // equal numbers: fewer leading zeros first
                return ie - i < je - j;
            i = ie;
            j = je;
            continue;
        }
        if (x[i] != y[j])
            return uchar(x[i]) < uchar(y[j]);
        ++i;
        ++j;
    }
    return x.size() - i < y.size() - j;
}

// The CLI's own words for the default context.
QString defaultContextDescription()
{
    return DockerContexts::tr("Current DOCKER_HOST based configuration");
}

void findTlsMaterial(DockerContext &ctx, const QString &dir)
{
    const QDir d(dir);
    const auto pick = [&d](const char *file) {
        const QString path = d.filePath(QLatin1String(file));
        return QFileInfo::exists(path) ? path : QString();
    };
    ctx.caFile = pick("ca.pem");
    ctx.certFile = pick("cert.pem");
    ctx.keyFile = pick("key.pem");
}

bool hasTlsMaterial(const DockerContext &ctx)
{
    return !ctx.caFile.isEmpty() || !ctx.certFile.isEmpty() || !ctx.keyFile.isEmpty();
}

struct DefaultTls
{
    bool enabled = false;
    bool verify = false;
};

// The CLI turns TLS on for the default context when DOCKER_TLS or DOCKER_TLS_VERIFY
// is set, and verifies the engine's certificate only with DOCKER_TLS_VERIFY.
DefaultTls defaultTls(const QProcessEnvironment &env)
{
    DefaultTls t;
    const QString verify = envValue(env, "DOCKER_TLS_VERIFY");
    t.verify = !verify.isEmpty() && verify != QLatin1String("0") && verify.toLower() != QLatin1String("false");
    t.enabled = t.verify || !envValue(env, "DOCKER_TLS").isEmpty();
    return t;
}

DockerContext defaultContext(const DockerContexts::Options &o)
{
    DockerContext ctx;
    ctx.name = QStringLiteral("default");
    ctx.isDefault = true;
    ctx.description = defaultContextDescription();
    ctx.host = !o.hostOption.isEmpty() ? o.hostOption : envValue(o.env, "DOCKER_HOST");
    const DefaultTls tls = defaultTls(o.env);
    if (tls.enabled) {
        const QString certPath = envValue(o.env, "DOCKER_CERT_PATH");
        findTlsMaterial(ctx, certPath.isEmpty() ? DockerContexts::configDir(o.env) : certPath);
        ctx.skipTlsVerify = !tls.verify;
        ctx.tls = true;
        if (ctx.host.isEmpty())
            ctx.host = QStringLiteral("tcp://localhost:2376"); // the CLI's default TLS host
    }
    return ctx;
}

QString metaRoot(const QProcessEnvironment &env)
{
    return QDir(DockerContexts::configDir(env)).filePath(QStringLiteral("contexts/meta"));
}

QString tlsRoot(const QProcessEnvironment &env)
{
    return QDir(DockerContexts::configDir(env)).filePath(QStringLiteral("contexts/tls"));
}

DockerContext readStoredContext(const QProcessEnvironment &env, const QString &id)
{
    DockerContext ctx;
    ctx.metaFile = QDir(QDir(metaRoot(env)).filePath(id)).filePath(QStringLiteral("meta.json"));
    ctx.name = id;
    QFile f(ctx.metaFile);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.error = DockerContexts::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(ctx.metaFile), f.errorString());
        return ctx;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        ctx.error = DockerContexts::tr("%1 is not valid JSON: %2.").arg(QDir::toNativeSeparators(ctx.metaFile), pe.errorString());
        return ctx;
    }
    const QJsonObject meta = doc.object();
    const QString name = meta.value(QLatin1String("Name")).toString();
    if (!name.isEmpty())
        ctx.name = name;
    ctx.description = meta.value(QLatin1String("Metadata")).toObject().value(QLatin1String("Description")).toString();
    const QJsonValue docker = meta.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker"));
    if (!docker.isObject()) {
        ctx.error = DockerContexts::tr("The context has no docker endpoint.");
        return ctx;
    }
    ctx.host = docker.toObject().value(QLatin1String("Host")).toString();
    ctx.skipTlsVerify = docker.toObject().value(QLatin1String("SkipTLSVerify")).toBool();
    findTlsMaterial(ctx, QDir(QDir(tlsRoot(env)).filePath(id)).filePath(QStringLiteral("docker")));
    return ctx;
}

QString configFilePath(const QProcessEnvironment &env)
{
    return QDir(DockerContexts::configDir(env)).filePath(QStringLiteral("config.json"));
}

// currentContext from config.json. A file that cannot be read is ignored with a
// warning, as the CLI does.
QString configCurrentContext(const QProcessEnvironment &env, QStringList *warnings)
{
    QFile f(configFilePath(env));
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        if (warnings)
            *warnings << DockerContexts::tr("%1 cannot be read (%2); Cais goes on without it, as the docker CLI does.")
                             .arg(QDir::toNativeSeparators(f.fileName()), f.errorString());
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        if (warnings)
            *warnings << DockerContexts::tr("%1 is not valid JSON (%2); Cais goes on without it, as the docker CLI does.")
                             .arg(QDir::toNativeSeparators(f.fileName()), pe.errorString());
        return {};
    }
    return doc.object().value(QLatin1String("currentContext")).toString();
}

EngineError contextError(const QString &message)
{
    return EngineError::make(EngineError::Kind::Other, message);
}

} // namespace

// --- DockerContext ----------------------------------------------------------------------

Result<Endpoint> DockerContext::endpoint() const
{
    if (!error.isEmpty())
        return std::unexpected(contextError(DockerContexts::tr("The docker context \"%1\" cannot be used: %2").arg(name, error)));
    // A context speaks TLS over tcp:// when it has TLS material or skips
    // verification (docker/cli's tlsConfig); an https:// host always does.
    Result<Endpoint> ep = Endpoint::parse(host, tls || hasTlsMaterial(*this) || skipTlsVerify);
    if (!ep || ep->transport == Endpoint::Transport::Unix || ep->transport == Endpoint::Transport::Ssh)
        return ep; // the CLI never uses TLS over a socket or ssh
    if (ep->transport == Endpoint::Transport::Tls) {
        ep->caFile = caFile;
        ep->certFile = certFile;
        ep->keyFile = keyFile;
        ep->verifyPeer = !skipTlsVerify;
    }
    return ep;
}

// --- EngineChoice -----------------------------------------------------------------------

QString EngineChoice::reason() const
{
    switch (source) {
    case Source::HostOption:
        return tr("the --host option");
    case Source::ContextOption:
        return tr("the context \"%1\" (the --context option)").arg(contextName);
    case Source::DockerHost:
        return tr("the DOCKER_HOST variable");
    case Source::DockerContext:
        return tr("the context \"%1\" (the DOCKER_CONTEXT variable)").arg(contextName);
    case Source::ConfigFile:
        return tr("the context \"%1\" (chosen with \"docker context use\")").arg(contextName);
    case Source::Default:
        return tr("the default socket");
    case Source::PodmanSocket:
        return tr("Podman's socket (there is no Docker socket)");
    }
    return {};
}

// --- DockerContexts ---------------------------------------------------------------------

QString DockerContexts::configDir(const QProcessEnvironment &env)
{
    QString dir = envValue(env, "DOCKER_CONFIG");
    if (!dir.isEmpty())
        return dir;
    const QString home = envValue(env, "HOME");
    return QDir(home.isEmpty() ? QDir::homePath() : home).filePath(QStringLiteral(".docker"));
}

QString DockerContexts::storageId(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::pair<QString, EngineChoice::Source> DockerContexts::currentName(const Options &o, QStringList *warnings)
{
    using S = EngineChoice::Source;
    if (!o.contextOption.isEmpty())
        return {o.contextOption, S::ContextOption};
    if (!o.hostOption.isEmpty())
        return {QStringLiteral("default"), S::HostOption};
    if (!envValue(o.env, "DOCKER_HOST").isEmpty())
        return {QStringLiteral("default"), S::DockerHost};
    if (const QString c = envValue(o.env, "DOCKER_CONTEXT"); !c.isEmpty())
        return {c, S::DockerContext};
    if (const QString c = configCurrentContext(o.env, warnings); !c.isEmpty())
        return {c, S::ConfigFile};
    return {QStringLiteral("default"), S::Default};
}

Result<DockerContext> DockerContexts::find(const Options &o, const QString &name)
{
    if (name == QLatin1String("default"))
        return defaultContext(o);
    const QString id = storageId(name);
    const QString meta = QDir(QDir(metaRoot(o.env)).filePath(id)).filePath(QStringLiteral("meta.json"));
    if (!QFileInfo::exists(meta))
        return std::unexpected(contextError(tr("There is no docker context named \"%1\" (it would be in %2). \"docker context ls\" lists "
                                               "the contexts there are.")
                                                .arg(name, QDir::toNativeSeparators(meta))));
    DockerContext ctx = readStoredContext(o.env, id);
    return ctx;
}

QList<DockerContext> DockerContexts::list(const Options &o)
{
    const QString current = currentName(o).first;
    QList<DockerContext> out;
    out << defaultContext(o);
    const QDir root(metaRoot(o.env));
    const QStringList ids = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        if (!QFileInfo::exists(QDir(root.filePath(id)).filePath(QStringLiteral("meta.json"))))
            continue; // the CLI lists only folders with a meta.json
        out << readStoredContext(o.env, id);
    }
    bool found = false;
    for (DockerContext &c : out) {
        c.current = c.name == current;
        found = found || c.current;
    }
    if (!found) {
        DockerContext missing;
        missing.name = current;
        missing.current = true;
        const Result<DockerContext> r = find(o, current);
        missing.error = r ? QString() : r.error().userMessage;
        out << missing;
    }
    std::stable_sort(out.begin(), out.end(), [](const DockerContext &a, const DockerContext &b) { return contextNaturalLess(a.name, b.name); });
    return out;
}

QList<LocalSocket> DockerContexts::localSockets(const Options &o)
{
    QList<LocalSocket> out;
    const auto add = [&out](LocalSocket::Kind kind, const QString &path) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            out.append({kind, path});
    };
    add(LocalSocket::Kind::Docker, o.root + QLatin1String(Endpoint::defaultSocket));
    add(LocalSocket::Kind::PodmanRootful, o.root + QLatin1String("/run/podman/podman.sock"));
    if (const QString runtime = envValue(o.env, "XDG_RUNTIME_DIR"); !runtime.isEmpty())
        add(LocalSocket::Kind::PodmanRootless, QDir(runtime).filePath(QStringLiteral("podman/podman.sock")));
    return out;
}

EngineChoice DockerContexts::resolve(const Options &o)
{
    EngineChoice choice;
    if (!o.hostOption.isEmpty() && !o.contextOption.isEmpty()) {
        // As the CLI: "conflicting options: cannot specify both --host and --context".
        choice.source = EngineChoice::Source::ContextOption;
        choice.contextName = o.contextOption;
        choice.endpoint = std::unexpected(contextError(tr("--host and --context cannot be used together: give one of them.")));
        return choice;
    }
    std::tie(choice.contextName, choice.source) = currentName(o, &choice.warnings);
    if (choice.source == EngineChoice::Source::Default) {
        const DockerContext ctx = defaultContext(o);
        if (ctx.host.isEmpty()) {
            // Nothing chosen. Where Docker's socket is missing and Podman's is there,
            // Podman is what this machine has: use it rather than fail.
            const QList<LocalSocket> sockets = localSockets(o);
            if (!sockets.isEmpty() && sockets.first().kind != LocalSocket::Kind::Docker) {
                Endpoint ep;
                ep.path = sockets.first().path;
                choice.endpoint = ep;
                choice.source = EngineChoice::Source::PodmanSocket;
                return choice;
            }
        }
        choice.endpoint = ctx.endpoint();
        return choice;
    }
    const Result<DockerContext> ctx = find(o, choice.contextName);
    if (!ctx) {
        choice.endpoint = std::unexpected(contextError(tr("Cais looked for %1: %2").arg(choice.reason(), ctx.error().userMessage)));
        return choice;
    }
    choice.endpoint = ctx->endpoint();
    return choice;
}
