#include "registryauth.h"

#include "logging.h"
#include "reference.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

const QLatin1String kHubKey("https://index.docker.io/v1/");
const QLatin1String kTokenUsername("<token>");
const QLatin1String kNotFound("credentials not found in native keychain");

/// A JSON string as Go's encoding/json writes it with HTML escaping on (the
/// default of json.Marshal), since Go 1.22: \b and \f have short forms.
void appendGoString(QByteArray &out, const QString &s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8.at(i));
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        default: break;
        }
        if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            continue;
        }
        // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) break JavaScript; Go escapes them.
        if (c == 0xe2 && i + 2 < utf8.size() && uchar(utf8.at(i + 1)) == 0x80
            && (uchar(utf8.at(i + 2)) == 0xa8 || uchar(utf8.at(i + 2)) == 0xa9)) {
            out += uchar(utf8.at(i + 2)) == 0xa8 ? "\\u2028" : "\\u2029";
            i += 2;
            continue;
        }
        out += char(c);
    }
    out += '"';
}

} // namespace

// --- RegistryCredentials ------------------------------------------------------------

bool RegistryCredentials::isEmpty() const
{
    return username.isEmpty() && password.isEmpty() && auth.isEmpty() && email.isEmpty() && serverAddress.isEmpty()
        && identityToken.isEmpty() && registryToken.isEmpty();
}

QByteArray RegistryCredentials::toJson() const
{
    // The field order of docker's registry.AuthConfig, all `omitempty`.
    const std::pair<const char *, const QString *> fields[] = {
        {"username", &username},           {"password", &password},           {"auth", &auth},
        {"email", &email},                 {"serveraddress", &serverAddress}, {"identitytoken", &identityToken},
        {"registrytoken", &registryToken},
    };
    QByteArray out = "{";
    for (const auto &[name, value] : fields) {
        if (value->isEmpty())
            continue;
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += name;
        out += "\":";
        appendGoString(out, *value);
    }
    out += '}';
    return out;
}

QByteArray RegistryCredentials::toHeader() const
{
    return toJson().toBase64(QByteArray::Base64UrlEncoding);
}

// --- RegistryAuth -------------------------------------------------------------------

RegistryAuth::RegistryAuth(QObject *parent)
    : QObject(parent)
    , m_configDir(defaultConfigDir())
{
}

QString RegistryAuth::defaultConfigDir()
{
    QString env = qEnvironmentVariable("DOCKER_CONFIG");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QLatin1String("/.docker");
}

QString RegistryAuth::registryKeyForDomain(const QString &domain)
{
    if (domain.isEmpty() || domain == QLatin1String("docker.io") || domain == QLatin1String("index.docker.io")
        || domain == QLatin1String("registry-1.docker.io"))
        return kHubKey;
    return domain;
}

QString RegistryAuth::registryKey(const Reference &reference)
{
    return registryKeyForDomain(reference.domain);
}

QString RegistryAuth::convertToHostname(const QString &url)
{
    QString s = url;
    if (s.startsWith(QLatin1String("http://")))
        s = s.mid(7);
    else if (s.startsWith(QLatin1String("https://")))
        s = s.mid(8);
    return s.section(QLatin1Char('/'), 0, 0);
}

Result<RegistryAuth::Config> RegistryAuth::parseConfig(const QByteArray &json)
{
    Config config;
    if (json.trimmed().isEmpty())
        return config;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("The docker configuration file is not valid JSON (%1 at byte %2); its credentials are not used.")
                .arg(err.error != QJsonParseError::NoError ? err.errorString() : tr("not an object"))
                .arg(err.offset)));
    }
    const QJsonObject root = doc.object();
    config.credsStore = root.value(QLatin1String("credsStore")).toString();
    const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        config.credHelpers.insert(it.key(), it.value().toString());

    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        RegistryCredentials c;
        c.username = entry.value(QLatin1String("username")).toString();
        c.password = entry.value(QLatin1String("password")).toString();
        c.email = entry.value(QLatin1String("email")).toString();
        c.identityToken = entry.value(QLatin1String("identitytoken")).toString();
        c.registryToken = entry.value(QLatin1String("registrytoken")).toString();
        c.serverAddress = it.key();
        const QString auth = entry.value(QLatin1String("auth")).toString();
        if (!auth.isEmpty()) {
            const auto decoded = QByteArray::fromBase64Encoding(auth.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
            if (!decoded || auth.size() % 4 != 0) {
                config.badAuths.insert(it.key(), tr("its “auth” value is not base64"));
                continue;
            }
            if (colon <= 0) {
                config.badAuths.insert(it.key(), tr("its “auth” value is not “user:password” in base64"));
                continue;
            }
            c.username = QString::fromUtf8(decoded.decoded.left(colon));
            QByteArray pw = decoded.decoded.mid(colon + 1);
            // Go's strings.Trim(password, "\x00"): some old writers padded with NULs.
            while (pw.startsWith('\0'))
                pw.remove(0, 1);
            while (pw.endsWith('\0'))
                pw.chop(1);
            c.password = QString::fromUtf8(pw);
        }
        config.auths.insert(it.key(), c);
    }
    return config;
}

QString RegistryAuth::helperFor(const Config &config, const QString &key)
{
    if (!key.isEmpty()) {
        const QString h = config.credHelpers.value(key);
        if (!h.isEmpty())
            return h;
    }
    return config.credsStore;
}

RegistryCredentials RegistryAuth::fromFile(const Config &config, const QString &key, QString *problem)
{
    auto badOrEmpty = [&](const QString &k) {
        if (problem && config.badAuths.contains(k))
            *problem = config.badAuths.value(k);
        return RegistryCredentials{};
    };
    if (config.auths.contains(key))
        return config.auths.value(key);
    if (config.badAuths.contains(key))
        return badOrEmpty(key);
    // Legacy keys such as "https://host:5000/v2/": any key with the same host.
    QStringList keys = config.auths.keys();
    keys += config.badAuths.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : std::as_const(keys)) {
        if (convertToHostname(k) == key)
            return config.auths.contains(k) ? config.auths.value(k) : badOrEmpty(k);
    }
    return {};
}

Result<RegistryCredentials> RegistryAuth::fromHelperOutput(const QString &key, int exitCode, const QByteArray &output)
{
    const QString text = QString::fromUtf8(output).trimmed();
    if (exitCode != 0) {
        if (text == kNotFound)
            return RegistryCredentials{};
        return std::unexpected(EngineError::make(EngineError::Kind::Other,
            tr("The credential helper failed (exit code %1): %2").arg(exitCode).arg(text.left(300)), text.left(300)));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(output);
    if (!doc.isObject()) {
        return std::unexpected(EngineError::make(EngineError::Kind::Protocol,
            tr("The credential helper's answer is not the JSON object it should be.")));
    }
    const QJsonObject o = doc.object();
    RegistryCredentials c;
    const QString user = o.value(QLatin1String("Username")).toString();
    const QString secret = o.value(QLatin1String("Secret")).toString();
    if (user == kTokenUsername) {
        c.identityToken = secret;
    } else {
        c.username = user;
        c.password = secret;
    }
    c.serverAddress = key;
    return c;
}

void RegistryAuth::remember(const QString &key, const RegistryCredentials &credentials)
{
    RegistryCredentials c = credentials;
    if (c.serverAddress.isEmpty())
        c.serverAddress = key;
    m_session.insert(key, c);
}

void RegistryAuth::forget(const QString &key)
{
    m_session.remove(key);
}

QFuture<RegistryAuth::Lookup> RegistryAuth::lookup(const QString &key)
{
    auto promise = std::make_shared<QPromise<Lookup>>();
    promise->start();
    QFuture<Lookup> future = promise->future();
    auto resolve = [promise](const Lookup &l) {
        if (promise->future().isFinished())
            return;
        promise->addResult(l);
        promise->finish();
    };

    if (m_session.contains(key)) {
        resolve({m_session.value(key), tr("login dialog"), {}});
        return future;
    }

    const QString path = m_configDir + QLatin1String("/config.json");
    Config config;
    QString warning;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            warning = tr("Cais cannot read %1 (%2); no saved credentials are used.").arg(path, file.errorString());
        } else {
            auto parsed = parseConfig(file.readAll());
            if (parsed)
                config = std::move(*parsed);
            else
                warning = parsed.error().userMessage + QLatin1Char(' ') + tr("(%1)").arg(path);
        }
    }

    const QString helper = helperFor(config, key);
    if (helper.isEmpty()) {
        QString problem;
        Lookup l{fromFile(config, key, &problem), {}, warning};
        if (!l.credentials.isEmpty())
            l.source = QStringLiteral("config.json");
        if (!problem.isEmpty())
            l.warning = tr("The saved credentials for %1 in %2 cannot be used: %3.").arg(key, path, problem);
        resolve(l);
        return future;
    }

    const QString program = QLatin1String("docker-credential-") + helper;
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto fail = [resolve, process](const QString &why) {
        resolve({{}, {}, why});
        process->disconnect();
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
            return;
        }
        // Killed, it goes once reaped: deleting a running QProcess would wait for it.
        QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->kill();
    };
    connect(timer, &QTimer::timeout, this, [fail, program, ms = m_helperTimeoutMs] {
        fail(tr("The credential helper %1 did not answer within %n second(s); continuing without credentials.", nullptr, ms / 1000)
                 .arg(program));
    });
    connect(process, &QProcess::errorOccurred, this, [fail, program](QProcess::ProcessError e) {
        // Crashes end in finished() too; only a program that never ran ends here.
        if (e == QProcess::FailedToStart) {
            fail(tr("The credential helper %1 named in the docker configuration is not installed (or not in PATH); "
                    "continuing without credentials.")
                     .arg(program));
        }
    });
    connect(process, &QProcess::finished, this, [resolve, process, program, key](int exitCode, QProcess::ExitStatus status) {
        const QByteArray out = process->readAllStandardOutput();
        process->deleteLater();
        if (status != QProcess::NormalExit) {
            resolve({{}, {}, tr("The credential helper %1 crashed; continuing without credentials.").arg(program)});
            return;
        }
        const auto r = fromHelperOutput(key, exitCode, out);
        if (!r) {
            // The helper's message is its own; it holds no secret (secrets come only on success).
            qCInfo(lcEngine) << "credential helper" << program << "failed for" << key << "exit" << exitCode;
            resolve({{}, {}, tr("The credential helper %1 failed: %2; continuing without credentials.").arg(program, r.error().engineMessage)});
            return;
        }
        resolve({*r, r->isEmpty() ? QString() : program, {}});
    });
    timer->start(m_helperTimeoutMs);
    process->start(program, {QStringLiteral("get")});
    process->write(key.toUtf8());
    process->closeWriteChannel();
    return future;
}
