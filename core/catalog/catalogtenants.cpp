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
