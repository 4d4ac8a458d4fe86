// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/dockererror.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace saasodoo::docker {

// The address of a Docker engine and the credentials to reach it, as a docker
// CLI context or the DOCKER_* variables describe them.
struct Endpoint
{
    QString name; // context name, or "environment" / "default"
    QString host; // unix:///path or tcp://host:port
    QString caFile; // PEM; empty means the system trust store
    QString certFile; // client certificate, PEM
    QString keyFile; // client key, PEM, optionally encrypted
    QString tlsServerName; // name to verify in the engine's certificate, if not the host's
    bool tls = false; // tcp:// only: speak TLS (plain TCP is rejected by the client)
    bool skipTlsVerify = false; // a context's SkipTLSVerify; the client rejects it

    bool isUnixSocket() const { return host.startsWith(QLatin1String("unix://")); }
    QString socketPath() const; // the path of a unix:// host
    QString tcpHost() const; // host name or IP of a tcp:// host, without brackets
    int tcpPort() const;
};

// The socket the docker CLI uses when nothing else is configured.
inline constexpr const char defaultDockerHost[] = "unix:///var/run/docker.sock";

// Normalises a DOCKER_HOST value the way the docker CLI does: an empty value
// means the default socket, "unix://" alone means /var/run/docker.sock, and
// "tcp://host" gets port 2376 with TLS or 2375 without. ssh:// and npipe://
// are rejected because this client does not implement them.
DockerResult<QString> normalizeHost(const QString &host, bool tls);

// Reads DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH as the docker CLI
// does: any non-empty DOCKER_TLS_VERIFY enables TLS with verification, and
// the certificates come from DOCKER_CERT_PATH or <home>/.docker. Like the
// CLI, DOCKER_CERT_PATH alone does not enable TLS. Without
// DOCKER_HOST it falls back to DOCKER_CONTEXT, then to the currentContext of
// <home>/.docker/config.json (DOCKER_CONFIG overrides that directory), then
// to the default socket.
DockerResult<Endpoint> endpointFromEnvironment(const QProcessEnvironment &environment, const QString &homeDir);

// Reads the docker CLI context `name` from configDir (usually ~/.docker):
// contexts/meta/<sha256(name)>/meta.json and the TLS files in
// contexts/tls/<sha256(name)>/docker/{ca,cert,key}.pem.
DockerResult<Endpoint> loadContext(const QString &configDir, const QString &name);

// Reads every context under configDir, sorted by name. Contexts without a
// docker endpoint are skipped; a context that fails to parse is an error.
DockerResult<QList<Endpoint>> loadContexts(const QString &configDir);

// Checks that the client can connect to `endpoint` safely: rejects plain TCP
// with a hint on how to enable TLS, skipped verification, a client
// certificate without a key and missing files.
DockerStatus validateEndpoint(const Endpoint &endpoint);

} // namespace saasodoo::docker
