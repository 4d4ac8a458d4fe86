// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"

namespace saasodoo::provisioning {

// Labels that mark what the console owns on an engine. The reconciler and
// the clean-up find containers and volumes by them.
inline constexpr char labelManaged[] = "saasodoo.managed";
inline constexpr char labelInstance[] = "saasodoo.instance";
inline constexpr char labelTenant[] = "saasodoo.tenant";
inline constexpr char labelCustomer[] = "saasodoo.customer";
inline constexpr char labelHost[] = "saasodoo.host";
inline constexpr char labelRole[] = "saasodoo.role"; // server, init or helper
// The role of a short-lived container that runs one command on a stopped
// instance's volume (backup/volumecommand.h).
inline constexpr char helperRole[] = "helper";
// The id of the job that made the container or volume. A clean-up removes a
// ledger-listed object by name only when it carries its row's job.
inline constexpr char labelJob[] = "saasodoo.job";

// Where the instance's Odoo configuration file lives: inside its volume,
// so the init run and the server read the same file.
inline constexpr char configDirectory[] = "/var/lib/odoo/.saasodoo";
inline constexpr char configPath[] = "/var/lib/odoo/.saasodoo/odoo.conf";

// Everything a provisioning job creates for one instance, derived from the
// catalog records alone so that a retry or a clean-up after a crash finds
// the same names again.
struct InstancePlan
{
    QString roleName;
    QString databaseName;
    QString volumeName;
    QString containerName;
    QString initContainerName;
    QString image; // repository:tag
    QString network;
    int workers = 0;
    int maxCronThreads = 1;
    QStringList initCommand;
    QStringList serverCommand;
    QStringList serverEnv; // KEY=VALUE: HOST, PORT, USER, ODOO_RC and the instance's variables
    QStringList initEnv;
    docker::Labels labels; // ownership labels plus Traefik routing
    qint64 nanoCpus = 0;
    qint64 memoryBytes = 0;
    QString publishAddress; // host address the published ports bind to; empty means all
    QString publicHost; // <subdomain>.<base domain>, empty without a base domain
};

// Odoo's prefork mode for production instances: 2 workers per core plus
// one, at least 2; development and staging instances run threaded (0).
int workersFor(catalog::InstanceType type, double cpuCores);

// A name Docker accepts for containers and volumes: lower-case letters,
// digits, '.', '_' and '-', starting with a letter or digit.
QString dockerName(const QString &text);

// The Docker network for hosts that have none of their own:
// $SAASODOO_DOCKER_NETWORK when set, else `configured` when not empty, else
// "saasodoo". The CLI's fallbackNetwork() applies the same order without a
// setting.
QString defaultDockerNetwork(const QString &configured = {});

// The Docker network of `host`: its own, else `fallback`.
QString hostNetwork(const catalog::Host &host, const QString &fallback);

// Builds the plan for `instance` on `host`. Fails when the request makes no
// sense, for example a module both installed and disabled.
Result<InstancePlan> planInstance(const catalog::Instance &instance, const catalog::Tenant &tenant,
    const catalog::Host &host, const QString &network);

// The server container's settings for `plan`, with `hostPort` published for
// 8069 (and `hostPort` + 1 for 8072 when the instance runs workers); an
// empty port lets the engine choose.
docker::ContainerSpec serverContainerSpec(const InstancePlan &plan, const QString &hostPort);
docker::ContainerSpec initContainerSpec(const InstancePlan &plan);

// The Docker endpoint of a catalog host: its socket or TCP address and,
// for tcp://, the TLS material the client must present.
docker::Endpoint dockerEndpoint(const catalog::Host &host);

} // namespace saasodoo::provisioning
