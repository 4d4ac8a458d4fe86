// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

const QString TenantColumns =
    QStringLiteral("t.id, t.customer_id, t.name, t.slug, t.created_at, t.updated_at, t.updated_by, t.row_version");

Tenant tenantFromQuery(const QSqlQuery &query)
{
    Tenant tenant;
    tenant.id = query.value(0).toString();
    tenant.customerId = query.value(1).toString();
    tenant.name = query.value(2).toString();
    tenant.slug = query.value(3).toString();
    tenant.createdAt = decodeTime(query.value(4));
    tenant.updatedAt = decodeTime(query.value(5));
    tenant.updatedBy = query.value(6).toString();
    tenant.rowVersion = query.value(7).toLongLong();
    return tenant;
}

} // namespace

Result<Tenant> Catalog::createTenant(Tenant tenant)
{
    resetError();
    if (Status valid = normalizeAndValidate(tenant); !valid)
        return failure(ErrorKind::Validation, valid.error());
    if (!customer(tenant.customerId)) {
        return failure(ErrorKind::Validation,
            tr("Customer %1 was not found: create the customer before its tenants.").arg(tenant.customerId));
    }

    tenant.id = newId();
    tenant.createdAt = nowUtc();
    tenant.updatedAt = tenant.createdAt;
    tenant.updatedBy = actorName();
    tenant.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO tenants (id, customer_id, name, slug, created_at, updated_at, updated_by, row_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        bind(query, tenant.id);
        bind(query, tenant.customerId);
        bind(query, tenant.name);
        bind(query, tenant.slug);
        bind(query, encodeTime(tenant.createdAt));
        bind(query, encodeTime(tenant.updatedAt));
        bind(query, tenant.updatedBy);
        bind(query, tenant.rowVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("tenant"),
                { { QStringLiteral("ux_tenants_slug"), QStringLiteral("tenants.slug"),
                    tr("Tenant slug \"%1\" is already taken: slugs are unique because they name subdomains.")
                        .arg(tenant.slug) } });
        }
        return audit(QStringLiteral("tenant.create"), QStringLiteral("tenant"), tenant.id,
            { { QStringLiteral("name"), tenant.name }, { QStringLiteral("slug"), tenant.slug },
                { QStringLiteral("customer_id"), tenant.customerId } });
    });
    if (!written)
        return makeError(written.error());
    return tenant;
}

Result<Tenant> Catalog::updateTenant(Tenant tenant)
{
    resetError();
    if (Status valid = normalizeAndValidate(tenant); !valid)
        return failure(ErrorKind::Validation, valid.error());
    if (!validateUuid(tr("Tenant id"), tenant.id))
        return failure(ErrorKind::NotFound, tr("Tenant %1 was not found.").arg(tenant.id));

    const qint64 expectedVersion = tenant.rowVersion;
    tenant.updatedAt = nowUtc();
    tenant.updatedBy = actorName();
    tenant.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        // The stored record, read in the transaction, so the checks below
        // compare against what the UPDATE replaces.
        const Result<Tenant> stored = readTenant(QStringLiteral("id"), tenant.id);
        if (!stored)
            return makeError(stored.error());
        if (stored->rowVersion != expectedVersion)
            return conflict(QStringLiteral("tenants"), tr("tenant"), tenant.id);
        tenant.createdAt = stored->createdAt;

        const bool slugChanged = stored->slug != tenant.slug;
        const bool customerChanged = stored->customerId != tenant.customerId;
        if (slugChanged || customerChanged) {
            QSqlQuery instances = prepare(QStringLiteral(
                "SELECT name, status FROM instances WHERE tenant_id = ? ORDER BY name"));
            bind(instances, tenant.id);
            if (Status ran = execute(instances, tr("instance list")); !ran)
                return ran;
            QStringList live;
            QStringList all;
            while (instances.next()) {
                const QString name = instances.value(0).toString();
                all << name;
                if (instances.value(1).toString() != toString(InstanceStatus::Deleted))
                    live << name;
            }
            if (slugChanged && !live.isEmpty()) {
                return failure(ErrorKind::Validation,
                    tr("The slug of tenant %1 cannot change while instances use it (%2): their subdomains and "
                       "databases were named from it. Keep the slug \"%3\", or delete those instances first.")
                        .arg(stored->name, live.join(QStringLiteral(", ")), stored->slug));
            }
            if (customerChanged && !all.isEmpty()) {
                return failure(ErrorKind::Validation,
                    tr("Tenant %1 cannot move to another customer because it has instances (%2), deleted ones "
                       "included: their backups, usage and invoices belong to the current customer. Create a "
                       "new tenant for the other customer instead.")
                        .arg(stored->name, all.join(QStringLiteral(", "))));
            }
        }
        if (customerChanged && !customer(tenant.customerId)) {
            return failure(ErrorKind::Validation,
                tr("Customer %1 was not found: choose an existing customer for the tenant.").arg(tenant.customerId));
        }

        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE tenants SET customer_id = ?, name = ?, slug = ?, updated_at = ?, updated_by = ?, "
            "row_version = ? WHERE id = ? AND row_version = ?"));
        bind(query, tenant.customerId);
        bind(query, tenant.name);
        bind(query, tenant.slug);
        bind(query, encodeTime(tenant.updatedAt));
        bind(query, tenant.updatedBy);
        bind(query, tenant.rowVersion);
        bind(query, tenant.id);
        bind(query, expectedVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("tenant"),
                { { QStringLiteral("ux_tenants_slug"), QStringLiteral("tenants.slug"),
                    tr("Tenant slug \"%1\" is already taken: slugs are unique because they name subdomains.")
                        .arg(tenant.slug) } });
        }
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("tenants"), tr("tenant"), tenant.id);
        QJsonObject details { { QStringLiteral("name"), tenant.name }, { QStringLiteral("slug"), tenant.slug },
            { QStringLiteral("customer_id"), tenant.customerId } };
        if (slugChanged)
            details.insert(QStringLiteral("previous_slug"), stored->slug);
        if (customerChanged)
            details.insert(QStringLiteral("previous_customer_id"), stored->customerId);
        return audit(QStringLiteral("tenant.update"), QStringLiteral("tenant"), tenant.id, details);
    });
    if (!written)
        return makeError(written.error());
    return tenant;
}

Result<Tenant> Catalog::readTenant(const QString &column, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM tenants t WHERE t.%2 = ?").arg(TenantColumns, column));
    bind(query, value);
    if (Status ran = execute(query, tr("tenant")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Tenant %1 was not found.").arg(value.toString()));
    return tenantFromQuery(query);
}

Result<Tenant> Catalog::tenant(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Tenant id"), id))
        return failure(ErrorKind::NotFound, tr("Tenant %1 was not found.").arg(id));
    return readTenant(QStringLiteral("id"), id);
}

Result<Tenant> Catalog::tenantBySlug(const QString &slug)
{
    resetError();
    return readTenant(QStringLiteral("slug"), slug.trimmed());
}

Result<QList<TenantRow>> Catalog::tenantRows(const QString &customerId)
{
    resetError();
    if (!customerId.isEmpty() && !validateUuid(tr("Customer id"), customerId))
        return failure(ErrorKind::NotFound, tr("Customer %1 was not found.").arg(customerId));
    QString sql = QStringLiteral(
        "SELECT %1, c.name, COALESCE(i.instances, 0) FROM tenants t JOIN customers c ON c.id = t.customer_id "
        "LEFT JOIN (SELECT tenant_id, COUNT(*) AS instances FROM instances WHERE status <> 'deleted' "
        "GROUP BY tenant_id) i ON i.tenant_id = t.id")
                      .arg(TenantColumns);
    if (!customerId.isEmpty())
        sql += QStringLiteral(" WHERE t.customer_id = ?");
    sql += QStringLiteral(" ORDER BY t.name, t.id");
    QSqlQuery query = prepare(sql);
    if (!customerId.isEmpty())
        bind(query, customerId);
    if (Status ran = execute(query, tr("tenant list")); !ran)
        return makeError(ran.error());
    QList<TenantRow> rows;
    while (query.next()) {
        TenantRow row;
        row.tenant = tenantFromQuery(query);
        row.customerName = query.value(8).toString();
        row.instanceCount = query.value(9).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace saasodoo::catalog
