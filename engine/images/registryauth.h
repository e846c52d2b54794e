#pragma once

#include "engineerror.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

struct Reference;

/// Credentials for one registry: the engine's AuthConfig. Serialised for the
/// X-Registry-Auth header exactly as the docker CLI does (Go's json.Marshal of
/// its AuthConfig, then base64url with padding), so the engine sees the same bytes.
/// Never logged: there is deliberately no QDebug operator.
struct RegistryCredentials
{
    QString username;
    QString password;
    QString auth; ///< only set when a config entry could not be decoded
    QString email;
    QString serverAddress;
    QString identityToken;
    QString registryToken;

    bool hasSecret() const { return !password.isEmpty() || !identityToken.isEmpty() || !registryToken.isEmpty(); }
    bool isEmpty() const;
    /// Go's json.Marshal of docker's registry.AuthConfig: fields in struct order,
    /// empty ones omitted, <, > and & escaped as \u003c \u003e \u0026.
    QByteArray toJson() const;
    /// The value of X-Registry-Auth: base64url (padded) of toJson(). "e30=" when empty.
    QByteArray toHeader() const;
    bool operator==(const RegistryCredentials &) const = default;
};

/// Reads the docker CLI's credentials (~/.docker/config.json, or $DOCKER_CONFIG):
/// `auths` entries (base64 "user:password" or username/password, identitytoken),
/// `credsStore` and `credHelpers` through the `docker-credential-<name> get`
/// programs, run asynchronously with QProcess. Credentials typed in a login
/// dialog are kept in memory for the session and win over the file; nothing is
/// ever written to disk or to a log.
class RegistryAuth : public QObject
{
    Q_OBJECT
public:
    /// What config.json says about credentials.
    struct Config
    {
        QHash<QString, RegistryCredentials> auths; ///< by key as written, decoded
        QHash<QString, QString> badAuths;          ///< key -> why its entry cannot be used
        QString credsStore;
        QHash<QString, QString> credHelpers;
    };

    /// What a lookup found, plus a warning for the user when something was wrong
    /// (a helper that failed): the operation then proceeds without credentials,
    /// as the docker CLI does.
    struct Lookup
    {
        RegistryCredentials credentials;
        QString source;  ///< "config.json", "docker-credential-pass", "login dialog"; empty when none
        QString warning; ///< translated; empty when all went well
    };

    explicit RegistryAuth(QObject *parent = nullptr);

    /// $DOCKER_CONFIG, else ~/.docker.
    static QString defaultConfigDir();
    /// Reads config.json from `dir` instead (tests, --config).
    void setConfigDir(const QString &dir) { m_configDir = dir; }
    QString configDir() const { return m_configDir; }
    /// Time a credential helper may take (it may ask the user to unlock a keyring).
    void setHelperTimeout(int ms) { m_helperTimeoutMs = ms; }

    /// The key the CLI stores a registry's credentials under:
    /// "https://index.docker.io/v1/" for Docker Hub, else the host[:port].
    static QString registryKey(const Reference &reference);
    static QString registryKeyForDomain(const QString &domain);
    /// "https://host:5000/v2/" -> "host:5000" (the CLI's ConvertToHostname).
    static QString convertToHostname(const QString &url);

    /// Parses config.json. A missing file is an empty config; unreadable JSON is an error.
    static Result<Config> parseConfig(const QByteArray &json);
    /// The helper program's name for `key`: credHelpers[key], else credsStore, else
    /// empty (the file's auths are used).
    static QString helperFor(const Config &config, const QString &key);
    /// The file store's answer for `key` (exact key, else a key with the same host).
    static RegistryCredentials fromFile(const Config &config, const QString &key, QString *problem = nullptr);
    /// Decodes a helper's `get` output; a "credentials not found" answer is empty credentials.
    static Result<RegistryCredentials> fromHelperOutput(const QString &key, int exitCode, const QByteArray &output);

    /// Looks the credentials for `key` up without blocking: the future resolves on
    /// this object's thread once the helper (if any) has answered.
    QFuture<Lookup> lookup(const QString &key);

    /// Remembers credentials typed by the user, for this session only.
    void remember(const QString &key, const RegistryCredentials &credentials);
    void forget(const QString &key);

private:
    QString m_configDir;
    int m_helperTimeoutMs = 60000;
    QHash<QString, RegistryCredentials> m_session;
};
