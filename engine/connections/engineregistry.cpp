#include "engineregistry.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

namespace {

EngineError registryError(const QString &message)
{
    return EngineError::make(EngineError::Kind::Other, message);
}

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QString podmanName(LocalSocket::Kind kind)
{
    return kind == LocalSocket::Kind::PodmanRootless ? QStringLiteral("podman-rootless") : QStringLiteral("podman");
}

} // namespace

Result<Endpoint> EngineEntry::endpoint() const
{
    DockerContext c;
    c.name = name;
    c.host = address;
    c.skipTlsVerify = skipTlsVerify;
    c.tls = tls;
    c.caFile = caFile;
    c.certFile = certFile;
    c.keyFile = keyFile;
    c.error = error;
    return c.endpoint();
}

EngineRegistry::EngineRegistry(const DockerContexts::Options &where, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_where(where)
    , m_settingsFile(settingsFile)
{
    m_defaultName = openSettings(m_settingsFile)->value(QStringLiteral("engines/default")).toString();
    reload();
}

EngineRegistry::~EngineRegistry()
{
    for (const QPointer<Engine> &e : std::as_const(m_owned))
        delete e.data();
}

void EngineRegistry::reload()
{
    QList<EngineEntry> next;
    QSet<QString> names;
    for (const auto range = DockerContexts::list(m_where); const DockerContext &c : range) {
        EngineEntry e;
        e.name = c.name;
        e.origin = EngineEntry::Origin::Context;
        e.address = c.host;
        e.description = c.description;
        e.caFile = c.caFile;
        e.certFile = c.certFile;
        e.keyFile = c.keyFile;
        e.skipTlsVerify = c.skipTlsVerify;
        e.tls = c.tls;
        e.error = c.error;
        names.insert(e.name);
        next << e;
    }
    for (const auto range = cais(); const EngineEntry &e : range) {
        if (names.contains(e.name))
            continue; // a context of that name was made since: the context wins
        names.insert(e.name);
        next << e;
    }
    for (const auto range = DockerContexts::localSockets(m_where); const LocalSocket &s : range) {
        if (s.kind == LocalSocket::Kind::Docker || names.contains(podmanName(s.kind)))
            continue;
        EngineEntry e;
        e.name = podmanName(s.kind);
        e.origin = EngineEntry::Origin::Socket;
        e.address = QStringLiteral("unix://") + s.path;
        e.description = s.kind == LocalSocket::Kind::PodmanRootless ? tr("Podman, your own (rootless)") : tr("Podman, the system's (rootful)");
        names.insert(e.name);
        next << e;
    }
    // Engines in use keep an entry, even when what named them is gone.
    for (auto it = m_engines.cbegin(); it != m_engines.cend(); ++it) {
        if (!names.contains(it.key()) && it.value()) {
            EngineEntry e;
            e.name = it.key();
            e.origin = EngineEntry::Origin::Context;
            e.address = it.value()->endpoint().toString();
            next << e;
        }
    }
    if (next == m_entries)
        return;
    m_entries = next;
    Q_EMIT entriesChanged();
}

const EngineEntry *EngineRegistry::entry(const QString &name) const
{
    for (const EngineEntry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

Engine *EngineRegistry::engine(const QString &name) const
{
    return m_engines.value(name).data();
}

QStringList EngineRegistry::inUse() const
{
    QStringList names;
    for (auto it = m_engines.cbegin(); it != m_engines.cend(); ++it)
        if (it.value())
            names << it.key();
    names.sort();
    return names;
}

Engine *EngineRegistry::use(const QString &name, QString *error)
{
    if (Engine *e = engine(name))
        return e;
    const EngineEntry *en = entry(name);
    if (!en) {
        if (error)
            *error = tr("There is no engine named \"%1\".").arg(name);
        return nullptr;
    }
    const Result<Endpoint> ep = en->endpoint();
    if (!ep) {
        if (error)
            *error = ep.error().userMessage;
        return nullptr;
    }
    auto *e = new Engine(*ep, this);
    if (en->origin == EngineEntry::Origin::Context)
        e->setContextName(name);
    m_owned << e;
    watch(name, e);
    e->connectToEngine();
    return e;
}

void EngineRegistry::adopt(const QString &name, Engine *engine)
{
    watch(name, engine);
    reload();
}

void EngineRegistry::watch(const QString &name, Engine *engine)
{
    m_engines.insert(name, engine);
    connect(engine, &Engine::stateChanged, this, [this, name] { Q_EMIT engineChanged(name); });
    connect(engine, &QObject::destroyed, this, [this, name] {
        if (!m_engines.value(name)) // not another engine taken under that name since
            m_engines.remove(name);
        Q_EMIT engineChanged(name);
    });
    Q_EMIT engineChanged(name);
}

QList<EngineEntry> EngineRegistry::cais() const
{
    QList<EngineEntry> list;
    auto s = openSettings(m_settingsFile);
    const int n = s->beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        EngineEntry e;
        e.origin = EngineEntry::Origin::Cais;
        e.name = s->value(QStringLiteral("name")).toString();
        e.address = s->value(QStringLiteral("address")).toString();
        e.description = s->value(QStringLiteral("description")).toString();
        e.caFile = s->value(QStringLiteral("ca")).toString();
        e.certFile = s->value(QStringLiteral("cert")).toString();
        e.keyFile = s->value(QStringLiteral("key")).toString();
        e.skipTlsVerify = s->value(QStringLiteral("skipTlsVerify")).toBool();
        if (!e.name.isEmpty())
            list << e;
    }
    s->endArray();
    return list;
}

Result<Done> EngineRegistry::writeCais(const QList<EngineEntry> &list)
{
    auto s = openSettings(m_settingsFile);
    s->remove(QStringLiteral("connections"));
    s->beginWriteArray(QStringLiteral("connections"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s->setArrayIndex(i);
        const EngineEntry &x = list.at(i);
        s->setValue(QStringLiteral("name"), x.name);
        s->setValue(QStringLiteral("address"), x.address);
        s->setValue(QStringLiteral("description"), x.description);
        s->setValue(QStringLiteral("ca"), x.caFile);
        s->setValue(QStringLiteral("cert"), x.certFile);
        s->setValue(QStringLiteral("key"), x.keyFile);
        s->setValue(QStringLiteral("skipTlsVerify"), x.skipTlsVerify);
    }
    s->endArray();
    s->sync();
    if (s->status() != QSettings::NoError)
        return std::unexpected(registryError(tr("Cais could not save its settings in %1.").arg(s->fileName())));
    return Done{};
}

Result<Done> EngineRegistry::saveConnection(const EngineEntry &in, const QString &previousName)
{
    EngineEntry e = in;
    e.name = e.name.trimmed();
    e.address = e.address.trimmed();
    e.origin = EngineEntry::Origin::Cais;
    if (e.name.isEmpty())
        return std::unexpected(registryError(tr("Give the engine a name.")));
    const EngineEntry *same = entry(e.name);
    if (same && e.name != previousName)
        return std::unexpected(registryError(same->origin == EngineEntry::Origin::Context
                                                 ? tr("A docker context is already named \"%1\": choose another name.").arg(e.name)
                                                 : tr("An engine is already named \"%1\": choose another name.").arg(e.name)));
    if (const Result<Endpoint> ep = Endpoint::parse(e.address, false); !ep)
        return std::unexpected(ep.error());
    for (const QString *file : {&e.caFile, &e.certFile, &e.keyFile}) {
        if (!file->isEmpty() && !QFileInfo(*file).isReadable())
            return std::unexpected(registryError(tr("Cannot read %1.").arg(*file)));
    }
    QList<EngineEntry> list = cais();
    bool replaced = false;
    for (EngineEntry &old : list) {
        if (!previousName.isEmpty() && old.name == previousName) {
            old = e;
            replaced = true;
        }
    }
    if (!replaced)
        list << e;
    if (const Result<Done> written = writeCais(list); !written)
        return written;
    if (!previousName.isEmpty() && previousName != e.name && defaultName() == previousName)
        setDefaultName(e.name);
    // An engine in use stays the same object, so that its windows keep it: renamed, it
    // is followed under the new name; given another address, it connects there now.
    if (!previousName.isEmpty()) {
        if (Engine *old = engine(previousName); old && m_owned.contains(old)) {
            if (previousName != e.name) {
                disconnect(old, nullptr, this, nullptr);
                m_engines.remove(previousName);
                watch(e.name, old);
                Q_EMIT engineChanged(previousName);
            }
            old->setEndpoint(e.endpoint().value_or(Endpoint{}));
        }
    }
    reload();
    return Done{};
}

Result<Done> EngineRegistry::removeConnection(const QString &name)
{
    const EngineEntry *e = entry(name);
    if (!e || e->origin != EngineEntry::Origin::Cais)
        return std::unexpected(registryError(tr("\"%1\" is not a connection of Cais's own: remove a docker context with \"docker context rm\".").arg(name)));
    QList<EngineEntry> list = cais();
    list.removeIf([&](const EngineEntry &x) { return x.name == name; });
    if (const Result<Done> written = writeCais(list); !written)
        return written;
    if (defaultName() == name)
        setDefaultName({});
    if (Engine *old = engine(name); old && m_owned.contains(old)) {
        m_engines.remove(name);
        m_owned.removeAll(old);
        old->deleteLater();
    }
    reload();
    return Done{};
}

Result<Done> EngineRegistry::writeDockerContext(const QString &name)
{
    const EngineEntry *found = entry(name);
    if (!found)
        return std::unexpected(registryError(tr("There is no engine named \"%1\".").arg(name)));
    if (found->origin == EngineEntry::Origin::Context)
        return std::unexpected(registryError(tr("\"%1\" is a docker context already.").arg(name)));
    const EngineEntry e = *found;
    // The CLI's rules for a context name (docker/cli's store.ValidateContextName).
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"));
    if (!valid.match(e.name).hasMatch() || e.name == QLatin1String("default"))
        return std::unexpected(registryError(
            tr("The docker CLI does not accept \"%1\" as a context name: use letters, digits, \"_\", \".\", \"+\" and \"-\", "
               "starting with a letter or a digit (and not \"default\"). Rename the engine first.").arg(e.name)));
    const QDir config(DockerContexts::configDir(m_where.env));
    const QString id = DockerContexts::storageId(e.name);
    const QString metaDir = config.filePath(QStringLiteral("contexts/meta/") + id);
    const QString tlsDir = config.filePath(QStringLiteral("contexts/tls/") + id + QStringLiteral("/docker"));
    if (QFileInfo::exists(metaDir + QStringLiteral("/meta.json")))
        return std::unexpected(registryError(tr("A docker context named \"%1\" exists already.").arg(e.name)));
    if (!QDir().mkpath(metaDir))
        return std::unexpected(registryError(tr("Cannot create %1.").arg(metaDir)));
    // The material goes where the CLI keeps it, as `docker context create` copies it.
    const std::pair<const QString *, const char *> material[] = {{&e.caFile, "ca.pem"}, {&e.certFile, "cert.pem"}, {&e.keyFile, "key.pem"}};
    for (const auto &[from, to] : material) {
        if (from->isEmpty())
            continue;
        if (!QDir().mkpath(tlsDir))
            return std::unexpected(registryError(tr("Cannot create %1.").arg(tlsDir)));
        const QString target = tlsDir + QLatin1Char('/') + QLatin1String(to);
        QFile::remove(target);
        if (!QFile::copy(*from, target))
            return std::unexpected(registryError(tr("Cannot copy %1 to %2.").arg(*from, target)));
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QJsonObject docker{{QStringLiteral("Host"), e.address}, {QStringLiteral("SkipTLSVerify"), e.skipTlsVerify}};
    QJsonObject meta{{QStringLiteral("Name"), e.name},
                     {QStringLiteral("Metadata"), QJsonObject{{QStringLiteral("Description"), e.description}}},
                     {QStringLiteral("Endpoints"), QJsonObject{{QStringLiteral("docker"), docker}}}};
    QSaveFile f(metaDir + QStringLiteral("/meta.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(meta).toJson(QJsonDocument::Compact)) < 0 || !f.commit())
        return std::unexpected(registryError(tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())));
    // It is a context now: Cais reads it from there, as the CLI does.
    Engine *inUse = engine(e.name);
    m_engines.remove(e.name); // kept in use: only where its entry comes from changes
    const bool wasDefault = defaultName() == e.name;
    const Result<Done> removed = removeConnection(e.name);
    if (inUse)
        m_engines.insert(e.name, inUse);
    if (wasDefault)
        setDefaultName(e.name);
    if (!removed)
        return removed;
    reload();
    return Done{};
}

void EngineRegistry::setDefaultName(const QString &name)
{
    m_defaultName = name;
    auto s = openSettings(m_settingsFile);
    if (name.isEmpty())
        s->remove(QStringLiteral("engines/default"));
    else
        s->setValue(QStringLiteral("engines/default"), name);
    s->sync();
    Q_EMIT entriesChanged();
}
