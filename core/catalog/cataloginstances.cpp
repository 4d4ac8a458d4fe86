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

const QString InstanceColumns = QStringLiteral(
    "i.id, i.tenant_id, i.host_id, i.name, i.description, i.odoo_version, i.image_tag, i.instance_type, "
    "i.cpu_millicores, i.memory_bytes, i.storage_bytes, i.admin_email, i.demo_data, i.database_name, "
    "i.custom_addons, i.disabled_modules, i.environment, i.subdomain, i.published_port, i.container_id, "
    "i.status, i.status_message, i.created_at, i.updated_at, i.updated_by, i.row_version");

Result<Instance> instanceFromQuery(const QSqlQuery &query)
{
    Instance instance;
    instance.id = query.value(0).toString();
    instance.tenantId = query.value(1).toString();
    instance.hostId = query.value(2).toString();
    instance.name = query.value(3).toString();
    instance.description = query.value(4).toString();
    instance.odooVersion = query.value(5).toString();
    instance.imageTag = query.value(6).toString();
    instance.type = instanceTypeFromString(query.value(7).toString()).value_or(InstanceType::Development);
    instance.cpuLimit = query.value(8).toLongLong() / 1000.0;
    instance.memoryLimitBytes = query.value(9).toLongLong();
    instance.storageLimitBytes = query.value(10).toLongLong();
    instance.adminEmail = query.value(11).toString();
    instance.demoData = query.value(12).toBool();
    instance.databaseName = query.value(13).toString();

    Result<QStringList> addons = decodeList(query.value(14), QStringLiteral("instances.custom_addons"));
    Result<QStringList> disabled = decodeList(query.value(15), QStringLiteral("instances.disabled_modules"));
    Result<QMap<QString, QString>> environment = decodeMap(query.value(16), QStringLiteral("instances.environment"));
    if (!addons)
        return makeError(addons.error());
    if (!disabled)
        return makeError(disabled.error());
    if (!environment)
        return makeError(environment.error());
    instance.customAddons = *addons;
    instance.disabledModules = *disabled;
    instance.environment = *environment;

    instance.subdomain = query.value(17).toString();
    instance.publishedPort = query.value(18).toInt();
    instance.containerId = query.value(19).toString();
    instance.status = instanceStatusFromString(query.value(20).toString()).value_or(InstanceStatus::Error);
    instance.statusMessage = query.value(21).toString();
    instance.createdAt = decodeTime(query.value(22));
    instance.updatedAt = decodeTime(query.value(23));
    instance.updatedBy = query.value(24).toString();
    instance.rowVersion = query.value(25).toLongLong();
    return instance;
}

QJsonObject instanceDetails(const Instance &instance)
{
    return { { QStringLiteral("name"), instance.name }, { QStringLiteral("database"), instance.databaseName },
        { QStringLiteral("odoo_version"), instance.odooVersion }, { QStringLiteral("image_tag"), instance.imageTag },
        { QStringLiteral("status"), toString(instance.status) }, { QStringLiteral("host_id"), instance.hostId },
        { QStringLiteral("tenant_id"), instance.tenantId } };
}

} // namespace

void Catalog::bindInstance(QSqlQuery &query, const Instance &instance, const QString &pgServer)
{
    bind(query, instance.tenantId);
    bind(query, instance.hostId);
    bind(query, instance.name);
    bind(query, instance.description);
    bind(query, instance.odooVersion);
    bind(query, instance.imageTag);
    bind(query, toString(instance.type));
    bind(query, qint64(std::llround(instance.cpuLimit * 1000)));
    bind(query, instance.memoryLimitBytes);
    bind(query, instance.storageLimitBytes);
    bind(query, instance.adminEmail);
    bind(query, instance.demoData);
    bind(query, instance.databaseName);
    bind(query, pgServer);
    bind(query, encodeList(instance.customAddons));
    bind(query, encodeList(instance.disabledModules));
    bind(query, encodeMap(instance.environment));
    bind(query, instance.subdomain);
    bind(query, instance.publishedPort == 0 ? QVariant() : QVariant(instance.publishedPort));
    bind(query, instance.containerId);
    bind(query, toString(instance.status));
    bind(query, instance.statusMessage);
    bind(query, encodeTime(instance.updatedAt));
    bind(query, instance.updatedBy);
    bind(query, instance.rowVersion);
}

namespace {

// The validation messages for the instance table's unique indexes.
// Names the server as the host's record spells it, not by its catalog key
// (pgServerKey), which shows every loopback address as "loopback".
QString duplicateDatabase(const Instance &instance, const Host &host)
{
    return QCoreApplication::translate("Catalog",
        "Database name \"%1\" is already used on PostgreSQL server %2:%3: database names are unique per server. "
        "Choose another database name.")
        .arg(instance.databaseName, host.pgHost)
        .arg(host.pgPort);
}

// Returns "<instance> on host <host>" for an instance that is not deleted
// and already uses the subdomain under the same base domain as `target`,
// on any host, or an empty string. Traefik routes by name, so two hosts
// behind one domain must never hand out the same subdomain.
// NOTE: on PostgreSQL this read and the insert after it can interleave
// with another program's insert; the unique index covers one host only.
Result<QString> subdomainHolder(const QSqlDatabase &db, const Instance &instance, const Host &target)
{
    if (instance.subdomain.isEmpty() || target.baseDomain.isEmpty())
        return QString();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT i.name, h.name FROM instances i JOIN hosts h ON h.id = i.host_id "
                                 "WHERE lower(i.subdomain) = lower(?) AND lower(h.base_domain) = lower(?) "
                                 "AND i.status <> 'deleted' AND i.id <> ?"));
    bind(query, instance.subdomain);
    bind(query, target.baseDomain);
    bind(query, instance.id);
    if (!query.exec())
        return makeError(query.lastError().text());
    if (!query.next())
        return QString();
    return QCoreApplication::translate("Catalog", "%1 on host %2")
        .arg(query.value(0).toString(), query.value(1).toString());
}

// Returns the message for another instance, not deleted, on the same
// PostgreSQL server whose database name equals the instance's ignoring
// case, or an empty string. The unique index compares exact spellings, but
// two names that differ only in case (acme_prod, Acme_Prod) are easily
// confused by admins and by tools that fold unquoted identifiers.
// NOTE: checked on insert only, so that instances stored before the check
// with such names can still be updated.
Result<QString> databaseCaseClash(const QSqlDatabase &db, const Instance &instance, const QString &pgServer,
    const Host &target)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name, database_name FROM instances WHERE pg_server = ? "
                                 "AND lower(database_name) = lower(?) AND status <> 'deleted' AND id <> ?"));
    bind(query, pgServer);
    bind(query, instance.databaseName);
    bind(query, instance.id);
    if (!query.exec())
        return makeError(query.lastError().text());
    if (!query.next())
        return QString();
    const QString holderDatabase = query.value(1).toString();
    if (holderDatabase == instance.databaseName)
        return duplicateDatabase(instance, target);
    return QCoreApplication::translate("Catalog",
        "Database name \"%1\" differs only in case from \"%2\" of instance %3 on PostgreSQL server %4:%5, and "
        "such names count as the same. Choose another database name.")
        .arg(instance.databaseName, holderDatabase, query.value(0).toString(), target.pgHost)
        .arg(target.pgPort);
}

QString duplicateSubdomain(const Instance &instance, const Host &target, const QString &holder)
{
    return QCoreApplication::translate("Catalog",
        "Subdomain \"%1\" is already used under %2 by instance %3. Subdomains are unique per base domain, "
        "across hosts. Choose another subdomain.")
        .arg(instance.subdomain, target.baseDomain, holder);
}

} // namespace

Result<Instance> Catalog::createInstance(Instance instance)
{
    resetError();
    if (Status valid = normalizeAndValidate(instance); !valid)
        return failure(ErrorKind::Validation, valid.error());
    const Result<Tenant> owner = tenant(instance.tenantId);
    if (!owner)
        return failure(ErrorKind::Validation, owner.error());

    instance.id = newId();
    instance.createdAt = nowUtc();
    instance.updatedAt = instance.createdAt;
    instance.updatedBy = actorName();
    instance.rowVersion = 1;

    const Status written = write([&]() -> Status {
        // Read the host inside the transaction, so its PostgreSQL endpoint
        // cannot change between the read and the insert.
        const Result<Host> target = host(instance.hostId);
        if (!target)
            return failure(ErrorKind::Validation, target.error());
        const QString pgServer = pgServerKey(*target);
        const Result<QString> holder = subdomainHolder(m_db, instance, *target);
        if (!holder)
            return failure(ErrorKind::Database, holder.error());
        if (!holder->isEmpty())
            return failure(ErrorKind::Validation, duplicateSubdomain(instance, *target, *holder));
        const Result<QString> clash = databaseCaseClash(m_db, instance, pgServer, *target);
        if (!clash)
            return failure(ErrorKind::Database, clash.error());
        if (!clash->isEmpty())
            return failure(ErrorKind::Validation, *clash);

        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO instances (tenant_id, host_id, name, description, odoo_version, image_tag, instance_type, "
            "cpu_millicores, memory_bytes, storage_bytes, admin_email, demo_data, database_name, pg_server, "
            "custom_addons, disabled_modules, environment, subdomain, published_port, container_id, status, "
            "status_message, updated_at, updated_by, row_version, id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindInstance(query, instance, pgServer);
        bind(query, instance.id);
        bind(query, encodeTime(instance.createdAt));
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("instance"),
                { { QStringLiteral("ux_instances_pg_database"),
                      QStringLiteral("instances.pg_server, instances.database_name"),
                      duplicateDatabase(instance, *target) },
                    { QStringLiteral("ux_instances_subdomain"), QStringLiteral("instances.host_id, instances.subdomain"),
                        tr("Subdomain \"%1\" is already used on host %2.").arg(instance.subdomain, target->name) },
                    { QStringLiteral("ux_instances_port"), QStringLiteral("instances.host_id, instances.published_port"),
                        tr("Port %1 is already published on host %2.").arg(instance.publishedPort).arg(target->name) } });
        }
        return audit(QStringLiteral("instance.create"), QStringLiteral("instance"), instance.id,
            instanceDetails(instance));
    });
    if (!written)
        return makeError(written.error());
    return instance;
}

Result<Instance> Catalog::updateInstance(Instance instance)
{
    resetError();
    if (Status valid = normalizeAndValidate(instance); !valid)
        return failure(ErrorKind::Validation, valid.error());

    const qint64 expectedVersion = instance.rowVersion;
    instance.updatedAt = nowUtc();
    instance.updatedBy = actorName();
    instance.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        const Result<Host> target = host(instance.hostId);
        if (!target)
            return failure(ErrorKind::Validation, target.error());
        const QString pgServer = pgServerKey(*target);
        if (instance.status != InstanceStatus::Deleted) {
            const Result<QString> holder = subdomainHolder(m_db, instance, *target);
            if (!holder)
                return failure(ErrorKind::Database, holder.error());
            if (!holder->isEmpty())
                return failure(ErrorKind::Validation, duplicateSubdomain(instance, *target, *holder));
        }

        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE instances SET tenant_id = ?, host_id = ?, name = ?, description = ?, odoo_version = ?, "
            "image_tag = ?, instance_type = ?, cpu_millicores = ?, memory_bytes = ?, storage_bytes = ?, "
            "admin_email = ?, demo_data = ?, database_name = ?, pg_server = ?, custom_addons = ?, "
            "disabled_modules = ?, environment = ?, subdomain = ?, published_port = ?, container_id = ?, "
            "status = ?, status_message = ?, updated_at = ?, updated_by = ?, row_version = ? "
            "WHERE id = ? AND row_version = ?"));
        bindInstance(query, instance, pgServer);
        bind(query, instance.id);
        bind(query, expectedVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("instance"),
                { { QStringLiteral("ux_instances_pg_database"),
                      QStringLiteral("instances.pg_server, instances.database_name"),
                      duplicateDatabase(instance, *target) },
                    { QStringLiteral("ux_instances_subdomain"), QStringLiteral("instances.host_id, instances.subdomain"),
                        tr("Subdomain \"%1\" is already used on host %2.").arg(instance.subdomain, target->name) },
                    { QStringLiteral("ux_instances_port"), QStringLiteral("instances.host_id, instances.published_port"),
                        tr("Port %1 is already published on host %2.").arg(instance.publishedPort).arg(target->name) } });
        }
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("instances"), tr("instance"), instance.id);
        return audit(QStringLiteral("instance.update"), QStringLiteral("instance"), instance.id,
            instanceDetails(instance));
    });
    if (!written)
        return makeError(written.error());
    return instance;
}

Result<Instance> Catalog::setInstanceStatus(
    const QString &id, qint64 expectedRowVersion, InstanceStatus status, const QString &message)
{
    resetError();
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE instances SET status = ?, status_message = ?, updated_at = ?, updated_by = ?, "
            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        bind(query, toString(status));
        bind(query, message);
        bind(query, encodeTime(nowUtc()));
        bind(query, actorName());
        bind(query, id);
        bind(query, expectedRowVersion);
        if (!query.exec())
            return constraintError(query.lastError(), tr("instance"), {});
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("instances"), tr("instance"), id);
        return audit(QStringLiteral("instance.status"), QStringLiteral("instance"), id,
            { { QStringLiteral("status"), toString(status) }, { QStringLiteral("message"), message } });
    });
    if (!written)
        return makeError(written.error());
    return instance(id);
}

Result<Instance> Catalog::instance(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Instance id"), id))
        return failure(ErrorKind::NotFound, tr("Instance %1 was not found.").arg(id));
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM instances i WHERE i.id = ?").arg(InstanceColumns));
    bind(query, id);
    if (Status ran = execute(query, tr("instance")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Instance %1 was not found.").arg(id));
    Result<Instance> decoded = instanceFromQuery(query);
    if (!decoded)
        return failure(ErrorKind::Database, decoded.error());
    return decoded;
}

QString Catalog::buildInstanceWhere(const InstanceFilter &filter, QVariantList &values) const
{
    QStringList conditions;
    if (!filter.statuses.isEmpty()) {
        QStringList placeholders;
        for (InstanceStatus status : filter.statuses) {
            placeholders.append(QStringLiteral("?"));
            values.append(toString(status));
        }
        conditions.append(QStringLiteral("i.status IN (%1)").arg(placeholders.join(QStringLiteral(", "))));
    } else if (!filter.includeDeleted) {
        conditions.append(QStringLiteral("i.status <> 'deleted'"));
    }
    if (!filter.hostId.isEmpty()) {
        conditions.append(QStringLiteral("i.host_id = ?"));
        values.append(filter.hostId);
    }
    if (!filter.tenantId.isEmpty()) {
        conditions.append(QStringLiteral("i.tenant_id = ?"));
        values.append(filter.tenantId);
    }
    if (!filter.customerId.isEmpty()) {
        conditions.append(QStringLiteral("t.customer_id = ?"));
        values.append(filter.customerId);
    }
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = containsPattern(filter.text);
        const QStringList columns { QStringLiteral("lower(i.name)"), QStringLiteral("lower(i.database_name)"),
            QStringLiteral("i.subdomain"), QStringLiteral("lower(t.name)"), QStringLiteral("lower(c.name)"),
            QStringLiteral("c.email_key") };
        QStringList alternatives;
        for (const QString &column : columns) {
            alternatives.append(column + QStringLiteral(" LIKE ? ESCAPE '\\'"));
            values.append(pattern);
        }
        conditions.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    return conditions.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

Result<QList<InstanceRow>> Catalog::instanceRows(const InstanceFilter &filter)
{
    resetError();
    for (const QString &id : { filter.hostId, filter.tenantId, filter.customerId }) {
        if (!id.isEmpty() && !validateUuid(tr("Filter id"), id))
            return QList<InstanceRow>();
    }
    QVariantList values;
    QString sql = QStringLiteral(
        "SELECT i.id, i.name, i.status, i.odoo_version, i.instance_type, i.database_name, i.subdomain, "
        "i.published_port, i.updated_at, t.id, t.name, c.id, c.name, h.id, h.name, h.base_domain "
        "FROM instances i JOIN tenants t ON t.id = i.tenant_id JOIN customers c ON c.id = t.customer_id "
        "JOIN hosts h ON h.id = i.host_id");
    sql += buildInstanceWhere(filter, values);
    sql += QStringLiteral(" ORDER BY i.name, i.id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));

    QSqlQuery query = prepare(sql);
    for (const QVariant &value : std::as_const(values))
        bind(query, value);
    if (Status ran = execute(query, tr("instance list")); !ran)
        return makeError(ran.error());

    // NOTE: with 10,000 rows on SQLite, QSqlQuery::next() takes 88% of this
    // function's instructions (callgrind): the driver converts each of the 16
    // columns to UTF-16 whether or not it is read. Fewer or shorter columns
    // are what would make the list load faster.
    QList<InstanceRow> rows;
    while (query.next()) {
        InstanceRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.status = instanceStatusFromString(query.value(2).toString()).value_or(InstanceStatus::Error);
        row.odooVersion = query.value(3).toString();
        row.type = instanceTypeFromString(query.value(4).toString()).value_or(InstanceType::Development);
        row.databaseName = query.value(5).toString();
        row.subdomain = query.value(6).toString();
        row.publishedPort = query.value(7).toInt();
        row.updatedAt = decodeTime(query.value(8));
        row.tenantId = query.value(9).toString();
        row.tenantName = query.value(10).toString();
        row.customerId = query.value(11).toString();
        row.customerName = query.value(12).toString();
        row.hostId = query.value(13).toString();
        row.hostName = query.value(14).toString();
        row.baseDomain = query.value(15).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<int> Catalog::instanceCount(const InstanceFilter &filter)
{
    resetError();
    for (const QString &id : { filter.hostId, filter.tenantId, filter.customerId }) {
        if (!id.isEmpty() && !validateUuid(tr("Filter id"), id))
            return 0;
    }
    QVariantList values;
    QString sql = QStringLiteral("SELECT COUNT(*) FROM instances i JOIN tenants t ON t.id = i.tenant_id "
                                 "JOIN customers c ON c.id = t.customer_id");
    sql += buildInstanceWhere(filter, values);
    QSqlQuery query = prepare(sql);
    for (const QVariant &value : std::as_const(values))
        bind(query, value);
    if (Status ran = execute(query, tr("instance count")); !ran)
        return makeError(ran.error());
    query.next();
    return query.value(0).toInt();
}

} // namespace saasodoo::catalog
