// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instanceplan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provisioning", text);
}

int majorVersion(const QString &odooVersion)
{
    return odooVersion.section(u'.', 0, 0).toInt();
}

} // namespace

int workersFor(catalog::InstanceType type, double cpuCores)
{
    if (type != catalog::InstanceType::Production)
        return 0;
    return std::max(2, int(std::floor(cpuCores * 2)) + 1);
}

QString dockerName(const QString &text)
{
    QString name = text.toLower();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9_.-]+"));
    name.replace(invalid, QStringLiteral("-"));
    while (!name.isEmpty() && !name.at(0).isLetterOrNumber())
        name.remove(0, 1);
    return name.left(100);
}

QString defaultDockerNetwork(const QString &configured)
{
    const QString fromEnvironment = qEnvironmentVariable("SAASODOO_DOCKER_NETWORK").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    return QStringLiteral("saasodoo");
}

QString hostNetwork(const catalog::Host &host, const QString &fallback)
{
    return host.dockerNetwork.isEmpty() ? fallback : host.dockerNetwork;
}

Result<InstancePlan> planInstance(const catalog::Instance &instance, const catalog::Tenant &tenant,
    const catalog::Host &host, const QString &network)
{
    if (instance.databaseName.isEmpty())
        return makeError(tr("Instance %1 has no database name.").arg(instance.name));

    InstancePlan plan;
    plan.databaseName = instance.databaseName;
    // One login role per instance, named after its database when that fits
    // PostgreSQL's 63-byte identifiers, else after the instance's id.
    plan.roleName = QStringLiteral("odoo_") + instance.databaseName;
    if (plan.roleName.toUtf8().size() > 63)
        plan.roleName = QStringLiteral("odoo_") + QString(instance.id).remove(u'-').left(32);

    // The instance id's first 8 hex digits keep names apart that the
    // readable part would merge ("acme-hardware" + "erp" against "acme" +
    // "hardware-erp", or names that differ only in characters Docker
    // rejects), so one instance can never reach another's container or volume.
    const QString idPart = QString(instance.id).remove(u'-').left(8).toLower();
    const QString base = dockerName(QStringLiteral("saasodoo-%1-%2-%3").arg(tenant.slug, instance.name, idPart));
    plan.containerName = base;
    plan.initContainerName = base + QStringLiteral("-init");
    plan.volumeName = base + QStringLiteral("-data");
    plan.network = network;
    plan.image = QStringLiteral("%1:%2").arg(host.imageRepository,
        instance.imageTag.isEmpty() ? instance.odooVersion : instance.imageTag);

    plan.workers = workersFor(instance.type, instance.cpuLimit);
    plan.maxCronThreads = 1;
    plan.nanoCpus = qint64(std::llround(instance.cpuLimit * 1e9));
    plan.memoryBytes = instance.memoryLimitBytes;

    // Local engines publish on loopback only; remote ones on all interfaces,
    // where the host's firewall and proxy decide who reaches them.
    plan.publishAddress = host.dockerEndpoint.startsWith(QLatin1String("unix://")) ? QStringLiteral("127.0.0.1")
                                                                                  : QString();
    if (!host.baseDomain.isEmpty() && !instance.subdomain.isEmpty())
        plan.publicHost = instance.subdomain + u'.' + host.baseDomain;

    QStringList modules { QStringLiteral("base") };
    for (const QString &module : instance.customAddons) {
        if (!modules.contains(module))
            modules << module;
    }
    plan.initCommand = { QStringLiteral("odoo"), QStringLiteral("-d"), plan.databaseName, QStringLiteral("-i"),
        modules.join(u','), QStringLiteral("--stop-after-init") };
    // Odoo 16 to 18 load demo data by default; Odoo 19 only with --with-demo.
    if (majorVersion(instance.odooVersion) >= 19) {
        if (instance.demoData)
            plan.initCommand << QStringLiteral("--with-demo");
    } else if (!instance.demoData) {
        plan.initCommand << QStringLiteral("--without-demo=all");
    }

    plan.serverCommand = { QStringLiteral("odoo"), QStringLiteral("-d"), plan.databaseName,
        QStringLiteral("--db-filter=^%1$").arg(plan.databaseName), QStringLiteral("--proxy-mode"),
        QStringLiteral("--workers=%1").arg(plan.workers),
        QStringLiteral("--max-cron-threads=%1").arg(plan.maxCronThreads) };

    // The configuration file wins over these for the database connection;
    // they stay for tools and people reading `docker inspect`.
    const QStringList connection { QStringLiteral("HOST=") + host.pgContainerHost,
        QStringLiteral("PORT=") + QString::number(host.pgPort), QStringLiteral("USER=") + plan.roleName,
        QStringLiteral("ODOO_RC=") + QLatin1String(configPath) };
    plan.initEnv = connection;
    plan.serverEnv = connection;
    for (auto it = instance.environment.cbegin(); it != instance.environment.cend(); ++it)
        plan.serverEnv << it.key() + u'=' + it.value();

    plan.labels.insert(QLatin1String(labelManaged), QStringLiteral("true"));
    plan.labels.insert(QLatin1String(labelInstance), instance.id);
    plan.labels.insert(QLatin1String(labelTenant), tenant.id);
    plan.labels.insert(QLatin1String(labelCustomer), tenant.customerId);
    plan.labels.insert(QLatin1String(labelHost), host.id);

    if (!plan.publicHost.isEmpty()) {
        // Traefik routes <subdomain>.<base domain> to the container on its
        // network without extra configuration. With workers, Odoo serves
        // /websocket on the gevent port 8072; without, everything is on 8069.
        // Traefik reads the router name out of a dotted label key, so a dot
        // from an instance name would split it: keep [a-z0-9-] only.
        static const QRegularExpression notRouterName(QStringLiteral("[^a-z0-9-]+"));
        const QString router = QString(base).replace(notRouterName, QStringLiteral("-"));
        const QString rule = QStringLiteral("Host(`%1`)").arg(plan.publicHost);
        plan.labels.insert(QStringLiteral("traefik.enable"), QStringLiteral("true"));
        plan.labels.insert(QStringLiteral("traefik.docker.network"), network);
        plan.labels.insert(QStringLiteral("traefik.http.routers.%1.rule").arg(router), rule);
        plan.labels.insert(QStringLiteral("traefik.http.routers.%1.service").arg(router), router);
        plan.labels.insert(QStringLiteral("traefik.http.services.%1.loadbalancer.server.port").arg(router),
            QStringLiteral("8069"));
        if (plan.workers > 0) {
            const QString websocket = router + QStringLiteral("-websocket");
            plan.labels.insert(QStringLiteral("traefik.http.routers.%1.rule").arg(websocket),
                rule + QStringLiteral(" && PathPrefix(`/websocket`)"));
            plan.labels.insert(QStringLiteral("traefik.http.routers.%1.service").arg(websocket), websocket);
            plan.labels.insert(QStringLiteral("traefik.http.services.%1.loadbalancer.server.port").arg(websocket),
                QStringLiteral("8072"));
        }
    }
    return plan;
}

docker::ContainerSpec initContainerSpec(const InstancePlan &plan)
{
    docker::ContainerSpec spec;
    spec.name = plan.initContainerName;
    spec.image = plan.image;
    spec.cmd = plan.initCommand;
    spec.env = plan.initEnv;
    spec.labels = plan.labels;
    spec.labels.insert(QLatin1String(labelRole), QStringLiteral("init"));
    // Traefik must not route to the one-shot init run.
    spec.labels.remove(QStringLiteral("traefik.enable"));
    spec.volumeMounts = { docker::VolumeMount { plan.volumeName, QStringLiteral("/var/lib/odoo"), false } };
    spec.network = plan.network;
    spec.nanoCpus = plan.nanoCpus;
    spec.memory = plan.memoryBytes;
    return spec;
}

docker::ContainerSpec serverContainerSpec(const InstancePlan &plan, const QString &hostPort)
{
    docker::ContainerSpec spec;
    spec.name = plan.containerName;
    spec.image = plan.image;
    spec.cmd = plan.serverCommand;
    spec.env = plan.serverEnv;
    spec.labels = plan.labels;
    spec.labels.insert(QLatin1String(labelRole), QStringLiteral("server"));
    spec.exposedPorts = { QStringLiteral("8069/tcp") };
    spec.portBindings.insert(QStringLiteral("8069/tcp"), { docker::PortBinding { plan.publishAddress, hostPort } });
    if (plan.workers > 0) {
        spec.exposedPorts << QStringLiteral("8072/tcp");
        const QString websocketPort = hostPort.isEmpty() ? QString() : QString::number(hostPort.toInt() + 1);
        spec.portBindings.insert(QStringLiteral("8072/tcp"), { docker::PortBinding { plan.publishAddress, websocketPort } });
    }
    spec.volumeMounts = { docker::VolumeMount { plan.volumeName, QStringLiteral("/var/lib/odoo"), false } };
    spec.network = plan.network;
    spec.networkAliases = { plan.containerName };
    spec.restartPolicy = docker::RestartPolicy { QStringLiteral("unless-stopped"), 0 };
    spec.nanoCpus = plan.nanoCpus;
    spec.memory = plan.memoryBytes;
    // No swap beyond the memory limit, so the limit is a hard cap.
    spec.memorySwap = plan.memoryBytes;
    spec.logConfig = docker::LogConfig { QStringLiteral("json-file"),
        { { QStringLiteral("max-size"), QStringLiteral("10m") }, { QStringLiteral("max-file"), QStringLiteral("3") } } };
    return spec;
}

docker::Endpoint dockerEndpoint(const catalog::Host &host)
{
    docker::Endpoint endpoint;
    endpoint.name = host.name;
    endpoint.host = host.dockerEndpoint;
    endpoint.tls = host.dockerEndpoint.startsWith(QLatin1String("tcp://"));
    endpoint.caFile = host.tlsCaPath;
    endpoint.certFile = host.tlsCertPath;
    endpoint.keyFile = host.tlsKeyPath;
    endpoint.tlsServerName = host.tlsServerName;
    return endpoint;
}

} // namespace saasodoo::provisioning
