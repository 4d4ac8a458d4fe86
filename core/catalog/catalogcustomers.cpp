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

const QString CustomerColumns = QStringLiteral(
    "c.id, c.name, c.email, c.phone, c.company, c.country, c.status, c.notes, c.created_at, c.updated_at, "
    "c.updated_by, c.row_version");

Customer customerFromQuery(const QSqlQuery &query)
{
    Customer customer;
    customer.id = query.value(0).toString();
    customer.name = query.value(1).toString();
    customer.email = query.value(2).toString();
    customer.phone = query.value(3).toString();
    customer.company = query.value(4).toString();
    customer.country = query.value(5).toString();
    customer.status = customerStatusFromString(query.value(6).toString()).value_or(CustomerStatus::Active);
    customer.notes = query.value(7).toString();
    customer.createdAt = decodeTime(query.value(8));
    customer.updatedAt = decodeTime(query.value(9));
    customer.updatedBy = query.value(10).toString();
    customer.rowVersion = query.value(11).toLongLong();
    return customer;
}

// The key of the case-insensitive unique index on email.
QString emailKey(const QString &email)
{
    return email.toCaseFolded();
}

QJsonObject customerDetails(const Customer &customer)
{
    return { { QStringLiteral("name"), customer.name }, { QStringLiteral("email"), customer.email },
        { QStringLiteral("status"), toString(customer.status) } };
}

} // namespace

Result<Customer> Catalog::createCustomer(Customer customer)
{
    resetError();
    if (Status valid = normalizeAndValidate(customer); !valid)
        return failure(ErrorKind::Validation, valid.error());

    customer.id = newId();
    customer.createdAt = nowUtc();
    customer.updatedAt = customer.createdAt;
    customer.updatedBy = actorName();
    customer.rowVersion = 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO customers (id, name, email, email_key, phone, company, country, status, notes, created_at, "
            "updated_at, updated_by, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bind(query, customer.id);
        bind(query, customer.name);
        bind(query, customer.email);
        bind(query, emailKey(customer.email));
        bind(query, customer.phone);
        bind(query, customer.company);
        bind(query, customer.country);
        bind(query, toString(customer.status));
        bind(query, customer.notes);
        bind(query, encodeTime(customer.createdAt));
        bind(query, encodeTime(customer.updatedAt));
        bind(query, customer.updatedBy);
        bind(query, customer.rowVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("customer"),
                { { QStringLiteral("ux_customers_email"), QStringLiteral("customers.email_key"),
                    tr("Email \"%1\" is already used by another customer (email addresses are compared "
                       "case-insensitively).")
                        .arg(customer.email) } });
        }
        return audit(QStringLiteral("customer.create"), QStringLiteral("customer"), customer.id,
            customerDetails(customer));
    });
    if (!written)
        return makeError(written.error());
    return customer;
}

Result<Customer> Catalog::updateCustomer(Customer customer)
{
    resetError();
    if (Status valid = normalizeAndValidate(customer); !valid)
        return failure(ErrorKind::Validation, valid.error());

    const qint64 expectedVersion = customer.rowVersion;
    customer.updatedAt = nowUtc();
    customer.updatedBy = actorName();
    customer.rowVersion = expectedVersion + 1;

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE customers SET name = ?, email = ?, email_key = ?, phone = ?, company = ?, country = ?, "
            "status = ?, notes = ?, updated_at = ?, updated_by = ?, row_version = ? WHERE id = ? AND row_version = ?"));
        bind(query, customer.name);
        bind(query, customer.email);
        bind(query, emailKey(customer.email));
        bind(query, customer.phone);
        bind(query, customer.company);
        bind(query, customer.country);
        bind(query, toString(customer.status));
        bind(query, customer.notes);
        bind(query, encodeTime(customer.updatedAt));
        bind(query, customer.updatedBy);
        bind(query, customer.rowVersion);
        bind(query, customer.id);
        bind(query, expectedVersion);
        if (!query.exec()) {
            return constraintError(query.lastError(), tr("customer"),
                { { QStringLiteral("ux_customers_email"), QStringLiteral("customers.email_key"),
                    tr("Email \"%1\" is already used by another customer.").arg(customer.email) } });
        }
        if (query.numRowsAffected() != 1)
            return conflict(QStringLiteral("customers"), tr("customer"), customer.id);
        return audit(QStringLiteral("customer.update"), QStringLiteral("customer"), customer.id,
            customerDetails(customer));
    });
    if (!written)
        return makeError(written.error());
    return customer;
}

Result<Customer> Catalog::readCustomer(const QString &column, const QVariant &value)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM customers c WHERE c.%2 = ?").arg(CustomerColumns, column));
    bind(query, value);
    if (Status ran = execute(query, tr("customer")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Customer %1 was not found.").arg(value.toString()));
    return customerFromQuery(query);
}

Result<Customer> Catalog::customer(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Customer id"), id))
        return failure(ErrorKind::NotFound, tr("Customer %1 was not found.").arg(id));
    return readCustomer(QStringLiteral("id"), id);
}

Result<Customer> Catalog::customerByEmail(const QString &email)
{
    resetError();
    return readCustomer(QStringLiteral("email_key"), emailKey(email.trimmed()));
}

Result<QList<CustomerRow>> Catalog::customerRows(const QString &text)
{
    resetError();
    QString sql = QStringLiteral(
        "SELECT %1, COALESCE(t.tenants, 0), COALESCE(i.instances, 0) FROM customers c "
        "LEFT JOIN (SELECT customer_id, COUNT(*) AS tenants FROM tenants GROUP BY customer_id) t "
        "ON t.customer_id = c.id "
        "LEFT JOIN (SELECT tn.customer_id, COUNT(*) AS instances FROM instances x "
        "JOIN tenants tn ON tn.id = x.tenant_id WHERE x.status <> 'deleted' GROUP BY tn.customer_id) i "
        "ON i.customer_id = c.id")
                      .arg(CustomerColumns);
    const QString pattern = containsPattern(text);
    if (!text.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE lower(c.name) LIKE ? ESCAPE '\\' OR c.email_key LIKE ? ESCAPE '\\' "
                              "OR lower(c.company) LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY c.name, c.id");

    QSqlQuery query = prepare(sql);
    if (!text.trimmed().isEmpty()) {
        for (int i = 0; i < 3; ++i)
            bind(query, pattern);
    }
    if (Status ran = execute(query, tr("customer list")); !ran)
        return makeError(ran.error());
    QList<CustomerRow> rows;
    while (query.next()) {
        CustomerRow row;
        row.customer = customerFromQuery(query);
        row.tenantCount = query.value(12).toInt();
        row.instanceCount = query.value(13).toInt();
        rows.append(row);
    }
    return rows;
}

} // namespace saasodoo::catalog
