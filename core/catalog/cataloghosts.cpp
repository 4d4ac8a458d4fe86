// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlError>

#include <cmath>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

const QString HostColumns = QStringLiteral(
    "h.id, h.name, h.docker_endpoint, h.tls_ca_path, h.tls_cert_path, h.tls_key_path, h.tls_server_name, "
    "h.pg_host, h.pg_port, h.pg_admin_user, h.pg_container_host, h.pg_password_ref, h.base_domain, "
    "h.image_repository, h.port_range_start, h.port_range_end, h.cpu_millicores, h.memory_bytes, h.status, "
    "h.allow_superuser_override, h.created_at, h.updated_at, h.updated_by, h.row_version, h.docker_network, "
    "h.removed_at");

Host hostFromQuery(const QSqlQuery &query)
{
    Host host;
    host.id = query.value(0).toString();
    host.name = query.value(1).toString();
    host.dockerEndpoint = query.value(2).toString();
    host.tlsCaPath = query.value(3).toString();
    host.tlsCertPath = query.value(4).toString();
    host.tlsKeyPath = query.value(5).toString();
    host.tlsServerName = query.value(6).toString();
    host.pgHost = query.value(7).toString();
    host.pgPort = query.value(8).toInt();
    host.pgAdminUser = query.value(9).toString();
    host.pgContainerHost = query.value(10).toString();
    host.pgPasswordRef = query.value(11).toString();
    host.baseDomain = query.value(12).toString();
    host.imageRepository = query.value(13).toString();
    host.portRangeStart = query.value(14).toInt();
    host.portRangeEnd = query.value(15).toInt();
    host.cpuCores = query.value(16).toLongLong() / 1000.0;
    host.memoryBytes = query.value(17).toLongLong();
    host.status = hostStatusFromString(query.value(18).toString()).value_or(HostStatus::Active);
    host.allowSuperuserOverride = query.value(19).toBool();
    host.createdAt = decodeTime(query.value(20));
    host.updatedAt = decodeTime(query.value(21));
    host.updatedBy = query.value(22).toString();
    host.rowVersion = query.value(23).toLongLong();
    host.dockerNetwork = query.value(24).toString();
    host.removedAt = decodeTime(query.value(25));
    return host;
}

void bindHostFields(QSqlQuery &query, const Host &host)
{
    bind(query, host.name);
    bind(query, host.name.toCaseFolded());
    bind(query, host.dockerEndpoint);
    bind(query, host.tlsCaPath);
    bind(query, host.tlsCertPath);
    bind(query, host.tlsKeyPath);
    bind(query, host.tlsServerName);
    bind(query, host.pgHost);
    bind(query, host.pgPort);
    bind(query, host.pgAdminUser);
    bind(query, host.pgContainerHost);
    bind(query, host.pgPasswordRef);
    bind(query, host.baseDomain);
    bind(query, host.imageRepository);
    bind(query, host.portRangeStart);
    bind(query, host.portRangeEnd);
    bind(query, qint64(std::llround(host.cpuCores * 1000)));
    bind(query, host.memoryBytes);
    bind(query, toString(host.status));
    bind(query, host.allowSuperuserOverride);
    bind(query, host.dockerNetwork);
    bind(query, encodeTime(host.updatedAt));
    bind(query, host.updatedBy);
    bind(query, host.rowVersion);
}

QJsonObject hostDetails(const Host &host)
{
    return { { QStringLiteral("name"), host.name }, { QStringLiteral("docker_endpoint"), host.dockerEndpoint },
        { QStringLiteral("pg_server"), pgServerKey(host) }, { QStringLiteral("status"), toString(host.status) },
        { QStringLiteral("docker_network"), host.dockerNetwork } };
}

} // namespace

Result<Host> Catalog::createHost(Host host)
{
    resetError();
    if (Status valid = normalizeAndValidate(host); !valid)
        return failure(ErrorKind::Validation, valid.error());

    host.id = newId();
    host.createdAt = nowUtc();
    host.updatedAt = host.createdAt;
    host.updatedBy = actorName();
    host.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO hosts (name, name_key, docker_endpoint, tls_ca_path, tls_cert_path, tls_key_path, "
            "tls_server_name, pg_host, pg_port, pg_admin_user, pg_container_host, pg_password_ref, base_domain, "
            "image_repository, port_range_start, port_range_end, cpu_millicores, memory_bytes, status, "
            "allow_superuser_override, docker_network, updated_at, updated_by, row_version, id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindHostFields(query, host);
        bind(query, host.id);
        bind(query, encodeTime(host.createdAt));
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("host"),
                { { QStringLiteral("ux_hosts_name"), QStringLiteral("hosts.name_key"),
                    tr("Host name \"%1\" is already used by another host.").arg(host.name) } });
        }
        return audit(QStringLiteral("host.create"), QStringLiteral("host"), host.id, hostDetails(host));
    });
    if (!written)
        return makeError(written.error());
    return host;
}

Result<Host> Catalog::updateHost(Host host)
{
    resetError();
    if (Status valid = normalizeAndValidate(host); !valid)
        return failure(ErrorKind::Validation, valid.error());

    const qint64 expectedVersion = host.rowVersion;
    host.updatedAt = nowUtc();
    host.updatedBy = actorName();
    host.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        // The instances' databases and roles live on the host's PostgreSQL
        // server, and delete finds them there by the ledger's server key. A
        // new address, even of the same server, would leave them behind.
        QSqlQuery stored = prepare(
            QStringLiteral("SELECT pg_host, pg_port, image_repository, docker_network FROM hosts WHERE id = ?"));
        bind(stored, host.id);
        if (Status ran = execute(stored, tr("host lookup")); !ran)
            return ran;
        // A missing row is reported by the UPDATE below.
        const bool found = stored.next();
        const bool serverChanged
            = found && (stored.value(0).toString() != host.pgHost || stored.value(1).toInt() != host.pgPort);
        // Every container an instance gets (at set-env, update, restore or
        // a move off a taken port) is made from the host's image repository
        // and joins its network. A new repository would swap the instances'
        // image, and a new network would cut them off from PostgreSQL and
        // Traefik.
        QStringList containerSettings;
        if (found && stored.value(2).toString() != host.imageRepository)
            containerSettings << tr("image repository");
        if (found && stored.value(3).toString() != host.dockerNetwork)
            containerSettings << tr("Docker network");
        if (serverChanged || !containerSettings.isEmpty()) {
            QSqlQuery instances = prepare(QStringLiteral(
                "SELECT name FROM instances WHERE host_id = ? AND status <> 'deleted' ORDER BY name"));
            bind(instances, host.id);
            if (Status ran = execute(instances, tr("instance list")); !ran)
                return ran;
            QStringList names;
            while (instances.next())
                names << instances.value(0).toString();
            if (!names.isEmpty() && serverChanged) {
                return failure(ErrorKind::Validation,
                    tr("The PostgreSQL server of host %1 cannot change while it has instances that are not "
                       "deleted: %2. Their databases and roles stay on %3:%4. Delete the instances first.")
                        .arg(host.name, names.join(QStringLiteral(", ")), stored.value(0).toString())
                        .arg(stored.value(1).toInt()));
            }
            if (!names.isEmpty()) {
                return failure(ErrorKind::Validation,
                    tr("The %1 of host %2 cannot change while it has instances that are not deleted: %3. Their "
                       "containers are made from the current one. Move the instances to another host (back up, "
                       "then restore as new there) or delete them first.")
                        .arg(containerSettings.join(tr(" and ")), host.name, names.join(QStringLiteral(", "))));
            }
        }

        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE hosts SET name = ?, name_key = ?, docker_endpoint = ?, tls_ca_path = ?, tls_cert_path = ?, "
            "tls_key_path = ?, tls_server_name = ?, pg_host = ?, pg_port = ?, pg_admin_user = ?, "
            "pg_container_host = ?, pg_password_ref = ?, base_domain = ?, image_repository = ?, "
            "port_range_start = ?, port_range_end = ?, cpu_millicores = ?, memory_bytes = ?, status = ?, "
            "allow_superuser_override = ?, docker_network = ?, updated_at = ?, updated_by = ?, row_version = ? "
            "WHERE id = ? AND row_version = ?"));
        bindHostFields(query, host);
        bind(query, host.id);
        bind(query, expectedVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("host"),
                { { QStringLiteral("ux_hosts_name"), QStringLiteral("hosts.name_key"),
                    tr("Host name \"%1\" is already used by another host.").arg(host.name) } });
        }
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("hosts"), tr("host"), host.id);

        // Subdomains are unique per base domain across hosts, so a new base
        // domain must not bring a subdomain that another host already uses
        // under it.
        if (!host.baseDomain.isEmpty()) {
            QSqlQuery clash = prepare(QStringLiteral(
                "SELECT i.subdomain, j.name, h.name FROM instances i "
                "JOIN instances j ON lower(j.subdomain) = lower(i.subdomain) AND j.host_id <> i.host_id "
                "JOIN hosts h ON h.id = j.host_id "
                "WHERE i.host_id = ? AND i.status <> 'deleted' AND j.status <> 'deleted' "
                "AND i.subdomain <> '' AND lower(h.base_domain) = lower(?)"));
            bind(clash, host.id);
            bind(clash, host.baseDomain);
            if (Status ran = execute(clash, tr("subdomain check")); !ran)
                return ran;
            if (clash.next()) {
                return failure(ErrorKind::Validation,
                    tr("Subdomain \"%1\" of an instance on host %2 is already used under %3 by instance %4 on host "
                       "%5. Subdomains are unique per base domain, across hosts. Change one of the subdomains first.")
                        .arg(clash.value(0).toString(), host.name, host.baseDomain, clash.value(1).toString(),
                            clash.value(2).toString()));
            }
        }

        // Keep the per-server key of the host's instances in step with its
        // PostgreSQL endpoint, so database names stay unique per server.
        QSqlQuery instances = prepare(QStringLiteral("UPDATE instances SET pg_server = ? WHERE host_id = ?"));
        bind(instances, pgServerKey(host));
        bind(instances, host.id);
        if (!instances.exec()) {
            return constraintError(instances.lastError(), tr("host"),
                { { QStringLiteral("ux_instances_pg_database"), QStringLiteral("instances.pg_server, instances.database_name"),
                    tr("PostgreSQL server %1 already holds a database with the name of one of this host's "
                       "instances; rename it before moving the host there.")
                        .arg(pgServerKey(host)) } });
        }
        return audit(QStringLiteral("host.update"), QStringLiteral("host"), host.id, hostDetails(host));
    });
    if (!written)
        return makeError(written.error());
    return host;
}

Result<Host> Catalog::readHost(const QString &column, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM hosts h WHERE h.%2 = ?").arg(HostColumns, column));
    bind(query, value);
    if (Status ran = execute(query, tr("host")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Host %1 was not found.").arg(value.toString()));
    return hostFromQuery(query);
}

Result<Host> Catalog::host(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Host id"), id))
        return failure(ErrorKind::NotFound, tr("Host %1 was not found.").arg(id));
    return readHost(QStringLiteral("id"), id);
}

Result<Host> Catalog::hostByName(const QString &name)
{
    resetError();
    return readHost(QStringLiteral("name_key"), name.trimmed().toCaseFolded());
}

Result<QList<Host>> Catalog::hosts()
{
    resetError();
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1 FROM hosts h WHERE h.removed_at IS NULL ORDER BY h.name, h.id").arg(HostColumns));
    if (Status ran = execute(query, tr("host list")); !ran)
        return makeError(ran.error());
    QList<Host> hosts;
    while (query.next())
        hosts.append(hostFromQuery(query));
    return hosts;
}

Result<Host> Catalog::removeHost(const QString &id)
{
    resetError();
    const Result<Host> existing = host(id);
    if (!existing)
        return makeError(existing.error());
    Host removed = existing.value();

    const Status written = write([&]() -> Status {
        QSqlQuery instances = prepare(QStringLiteral(
            "SELECT name FROM instances WHERE host_id = ? AND status <> 'deleted' ORDER BY name"));
        bind(instances, id);
        if (Status ran = execute(instances, tr("instance list")); !ran)
            return ran;
        QStringList names;
        while (instances.next())
            names << instances.value(0).toString();
        if (!names.isEmpty()) {
            return failure(ErrorKind::Validation,
                tr("Host %1 still has instances that are not deleted: %2. Delete them first.")
                    .arg(removed.name, names.join(QStringLiteral(", "))));
        }

        removed.status = HostStatus::Retired;
        removed.updatedAt = nowUtc();
        removed.updatedBy = actorName();
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE hosts SET removed_at = ?, name_key = ?, status = ?, updated_at = ?, updated_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND removed_at IS NULL"));
        bind(query, encodeTime(removed.updatedAt));
        // The name is free for a new host; the key only has to be unique.
        bind(query, QString(QStringLiteral("removed:") + id));
        bind(query, toString(removed.status));
        bind(query, encodeTime(removed.updatedAt));
        bind(query, removed.updatedBy);
        bind(query, id);
        if (Status ran = execute(query, tr("host")); !ran)
            return ran;
        if (query.numRowsAffected() != 1)
            return failure(ErrorKind::NotFound, tr("Host %1 was already removed.").arg(removed.name));
        return audit(QStringLiteral("host.remove"), QStringLiteral("host"), id, hostDetails(removed));
    });
    if (!written)
        return makeError(written.error());
    ++removed.rowVersion;
    removed.removedAt = removed.updatedAt;
    return removed;
}

} // namespace saasodoo::catalog
