// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace saasodoo::docker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Docker", text);
}

QString readOperation()
{
    return tr("read the Docker endpoint settings");
}

DockerError endpointError(const QString &message)
{
    return configurationError(readOperation(), message);
}

QString configDirectory(const QProcessEnvironment &environment, const QString &homeDir)
{
    const QString configured = environment.value(QStringLiteral("DOCKER_CONFIG"));
    if (!configured.isEmpty())
        return configured;
    return QDir(homeDir).filePath(QStringLiteral(".docker"));
}

QString contextDirectoryName(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString existingFile(const QString &path)
{
    return QFileInfo::exists(path) ? path : QString();
}

std::string stringField(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return it->get<std::string>();
}

} // namespace

QString Endpoint::socketPath() const
{
    return isUnixSocket() ? host.mid(int(qstrlen("unix://"))) : QString();
}

QString Endpoint::tcpHost() const
{
    return QUrl(host).host();
}

int Endpoint::tcpPort() const
{
    return QUrl(host).port(tls ? 2376 : 2375);
}

DockerResult<QString> normalizeHost(const QString &rawHost, bool tls)
{
    const QString host = rawHost.trimmed();
    if (host.isEmpty())
        return QString::fromLatin1(defaultDockerHost);

    const qsizetype schemeEnd = host.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return endpointError(tr("The Docker host \"%1\" is invalid: it needs a scheme, for example "
                                "unix:///var/run/docker.sock or tcp://host:2376.")
                                 .arg(host));
    const QString scheme = host.left(schemeEnd).toLower();
    const QString rest = host.mid(schemeEnd + 3);

    if (scheme == QLatin1String("unix")) {
        if (rest.isEmpty())
            return QString::fromLatin1(defaultDockerHost);
        if (!rest.startsWith(u'/'))
            return endpointError(tr("The Docker host \"%1\" is invalid: a unix socket needs an absolute path.")
                                     .arg(host));
        return QString(u"unix://" + rest);
    }
    if (scheme == QLatin1String("tcp")) {
        const QUrl url(host, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return endpointError(tr("The Docker host \"%1\" is invalid: expected tcp://host:port.").arg(host));
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            return endpointError(tr("The Docker host \"%1\" is invalid: a path after the port is not supported.")
                                     .arg(host));
        const int port = url.port(tls ? 2376 : 2375);
        const QString hostPart = url.host().contains(u':') ? QString(u'[' + url.host() + u']') : url.host();
        return QStringLiteral("tcp://%1:%2").arg(hostPart).arg(port);
    }
    if (scheme == QLatin1String("ssh") || scheme == QLatin1String("npipe") || scheme == QLatin1String("fd"))
        return endpointError(tr("The Docker host \"%1\" uses %2://, which this client does not support. Use "
                                "unix:// or tcp:// with TLS.")
                                 .arg(host, scheme));
    return endpointError(tr("The Docker host \"%1\" has the unknown scheme %2://. Use unix:// or tcp://.")
                             .arg(host, scheme));
}

DockerResult<Endpoint> endpointFromEnvironment(const QProcessEnvironment &environment, const QString &homeDir)
{
    const QString configDir = configDirectory(environment, homeDir);
    const QString dockerHost = environment.value(QStringLiteral("DOCKER_HOST"));

    if (dockerHost.isEmpty()) {
        QString contextName = environment.value(QStringLiteral("DOCKER_CONTEXT"));
        if (contextName.isEmpty()) {
            QFile config(QDir(configDir).filePath(QStringLiteral("config.json")));
            if (config.open(QIODevice::ReadOnly)) {
                const nlohmann::json json = nlohmann::json::parse(config.readAll().toStdString(), nullptr, false);
                if (json.is_object())
                    contextName = QString::fromStdString(stringField(json, "currentContext"));
            }
        }
        if (!contextName.isEmpty() && contextName != QLatin1String("default"))
            return loadContext(configDir, contextName);
    }

    Endpoint endpoint;
    endpoint.name = dockerHost.isEmpty() ? QStringLiteral("default") : QStringLiteral("environment");
    endpoint.tls = !environment.value(QStringLiteral("DOCKER_TLS_VERIFY")).isEmpty();

    const DockerResult<QString> host = normalizeHost(dockerHost, endpoint.tls);
    if (!host)
        return host.dockerError();
    endpoint.host = host.value();

    if (endpoint.tls && !endpoint.isUnixSocket()) {
        QString certPath = environment.value(QStringLiteral("DOCKER_CERT_PATH"));
        if (certPath.isEmpty())
            certPath = configDir;
        const QDir certDir(certPath);
        endpoint.caFile = certDir.filePath(QStringLiteral("ca.pem"));
        endpoint.certFile = certDir.filePath(QStringLiteral("cert.pem"));
        endpoint.keyFile = certDir.filePath(QStringLiteral("key.pem"));
    }
    if (endpoint.isUnixSocket())
        endpoint.tls = false;
    return endpoint;
}

DockerResult<Endpoint> loadContext(const QString &configDir, const QString &name)
{
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"));
    if (!validName.match(name).hasMatch())
        return endpointError(tr("The Docker context name \"%1\" is invalid: it must match %2.")
                                 .arg(name, validName.pattern()));

    const QString hash = contextDirectoryName(name);
    const QString metaPath = QDir(configDir).filePath(QStringLiteral("contexts/meta/%1/meta.json").arg(hash));
    QFile metaFile(metaPath);
    if (!metaFile.open(QIODevice::ReadOnly))
        return endpointError(tr("The Docker context \"%1\" was not found: %2 could not be read (%3).")
                                 .arg(name, metaPath, metaFile.errorString()));

    const nlohmann::json meta = nlohmann::json::parse(metaFile.readAll().toStdString(), nullptr, false);
    if (!meta.is_object())
        return endpointError(tr("The Docker context file %1 is not valid JSON.").arg(metaPath));
    const auto endpoints = meta.find("Endpoints");
    if (endpoints == meta.end() || !endpoints->is_object() || !endpoints->contains("docker")
        || !(*endpoints)["docker"].is_object())
        return endpointError(tr("The Docker context \"%1\" in %2 has no docker endpoint.").arg(name, metaPath));
    const nlohmann::json &docker = (*endpoints)["docker"];

    Endpoint endpoint;
    endpoint.name = name;
    const auto skip = docker.find("SkipTLSVerify");
    endpoint.skipTlsVerify = skip != docker.end() && skip->is_boolean() && skip->get<bool>();

    const QDir tlsDir(QDir(configDir).filePath(QStringLiteral("contexts/tls/%1/docker").arg(hash)));
    endpoint.caFile = existingFile(tlsDir.filePath(QStringLiteral("ca.pem")));
    endpoint.certFile = existingFile(tlsDir.filePath(QStringLiteral("cert.pem")));
    endpoint.keyFile = existingFile(tlsDir.filePath(QStringLiteral("key.pem")));
    endpoint.tls = !endpoint.caFile.isEmpty() || !endpoint.certFile.isEmpty() || endpoint.skipTlsVerify;

    const DockerResult<QString> host = normalizeHost(QString::fromStdString(stringField(docker, "Host")), endpoint.tls);
    if (!host)
        return host.dockerError();
    endpoint.host = host.value();
    if (endpoint.isUnixSocket())
        endpoint.tls = false;
    return endpoint;
}

DockerResult<QList<Endpoint>> loadContexts(const QString &configDir)
{
    QList<Endpoint> endpoints;
    const QDir metaRoot(QDir(configDir).filePath(QStringLiteral("contexts/meta")));
    const QStringList entries = metaRoot.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &entry : entries) {
        const QString metaPath = metaRoot.filePath(entry + QStringLiteral("/meta.json"));
        QFile metaFile(metaPath);
        if (!metaFile.open(QIODevice::ReadOnly))
            continue;
        const nlohmann::json meta = nlohmann::json::parse(metaFile.readAll().toStdString(), nullptr, false);
        if (!meta.is_object())
            return endpointError(tr("The Docker context file %1 is not valid JSON.").arg(metaPath));
        const QString name = QString::fromStdString(stringField(meta, "Name"));
        const auto contextEndpoints = meta.find("Endpoints");
        if (contextEndpoints == meta.end() || !contextEndpoints->is_object() || !contextEndpoints->contains("docker"))
            continue;
        if (contextDirectoryName(name) != entry)
            return endpointError(tr("The Docker context file %1 names the context \"%2\", whose hash is not the "
                                    "directory name.")
                                     .arg(metaPath, name));
        DockerResult<Endpoint> endpoint = loadContext(configDir, name);
        if (!endpoint)
            return endpoint.dockerError();
        endpoints.append(std::move(endpoint).value());
    }
    std::sort(endpoints.begin(), endpoints.end(),
        [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });
    return endpoints;
}

DockerStatus validateEndpoint(const Endpoint &endpoint)
{
    const QString operation = tr("connect to %1").arg(endpoint.host);
    const DockerResult<QString> normalized = normalizeHost(endpoint.host, endpoint.tls);
    if (!normalized)
        return normalized.dockerError();

    if (endpoint.isUnixSocket())
        return {};

    if (!endpoint.tls)
        return configurationError(operation,
            tr("Plain TCP to the Docker engine at %1 is rejected: anyone on the network could control the "
               "engine. Enable TLS: start dockerd with --tlsverify, --tlscacert, --tlscert and --tlskey, then "
               "set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the directory holding ca.pem, cert.pem and "
               "key.pem (usually port 2376), or use a unix:// socket.")
                .arg(endpoint.host));
    if (endpoint.skipTlsVerify)
        return configurationError(operation,
            tr("The Docker endpoint %1 (%2) skips verification of the engine's certificate, which this client "
               "rejects. Give the endpoint the CA file that signed the engine's certificate.")
                .arg(endpoint.name, endpoint.host));
    if (endpoint.certFile.isEmpty() != endpoint.keyFile.isEmpty())
        return configurationError(operation,
            tr("The Docker endpoint %1 has a client certificate without a key, or a key without a certificate. "
               "Set both cert.pem and key.pem.")
                .arg(endpoint.host));
    for (const QString &file : { endpoint.caFile, endpoint.certFile, endpoint.keyFile }) {
        if (!file.isEmpty() && !QFileInfo(file).isReadable())
            return configurationError(operation,
                tr("The TLS file %1 for the Docker engine at %2 is missing or not readable.").arg(file, endpoint.host));
    }
    return {};
}

} // namespace saasodoo::docker
