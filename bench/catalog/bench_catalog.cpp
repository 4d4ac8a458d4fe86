// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Fills a catalog with 2,000 customers and 10,000 instances, then times the
// instance list, a text filter and the customer list against raw queries on
// the same tables in the same run. SQLite always runs; PostgreSQL runs when
// SAASODOO_TEST_PG_PORT and the admin role variables of the test harness
// are set, in a database the benchmark creates and drops.
//
// Usage: bench_catalog [repetitions]   (default 7; each figure is the median)
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace saasodoo;
using namespace saasodoo::catalog;

namespace {

constexpr int CustomerCount = 2000;
constexpr int InstanceCount = 10000;
constexpr int HostCount = 5;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double medianMs(int repetitions, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    out() << "fill failed: " << query.lastError().text() << Qt::endl;
    return false;
}

// Inserts the rows in one transaction with raw SQL, because only reading is
// measured and 14,000 audited API calls would take minutes on PostgreSQL.
bool fill(Catalog &catalog)
{
    QSqlDatabase db = catalog.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return false;
    const QVariant now = encodeTime(nowUtc());

    QStringList hostIds;
    for (int h = 0; h < HostCount; ++h) {
        hostIds.append(newId());
        query.prepare(QStringLiteral(
            "INSERT INTO hosts (id, name, name_key, docker_endpoint, pg_host, pg_port, pg_admin_user, base_domain, "
            "cpu_millicores, memory_bytes, created_at, updated_at) VALUES (?, ?, ?, 'unix:///var/run/docker.sock', "
            "?, 5432, 'odoo_admin', 'apps.example.co.zw', 32000, 137438953472, ?, ?)"));
        const QString name = QStringLiteral("host-%1").arg(h);
        for (const QVariant &value : { QVariant(hostIds.last()), QVariant(name), QVariant(name),
                 QVariant(QStringLiteral("db-%1.local").arg(h)), now, now })
            query.addBindValue(value);
        if (!exec(query))
            return false;
    }

    QStringList tenantIds;
    for (int c = 0; c < CustomerCount; ++c) {
        const QString customerId = newId();
        const QString email = QStringLiteral("customer%1@example.co.zw").arg(c);
        query.prepare(QStringLiteral(
            "INSERT INTO customers (id, name, email, email_key, phone, company, country, status, notes, created_at, "
            "updated_at, updated_by, row_version) VALUES (?, ?, ?, ?, '+263771234567', ?, 'ZW', 'active', '', ?, ?, "
            "'bench', 1)"));
        for (const QVariant &value : { QVariant(customerId), QVariant(QStringLiteral("Customer %1").arg(c)),
                 QVariant(email), QVariant(email), QVariant(QStringLiteral("Company %1").arg(c)), now, now })
            query.addBindValue(value);
        if (!exec(query))
            return false;

        tenantIds.append(newId());
        query.prepare(QStringLiteral("INSERT INTO tenants (id, customer_id, name, slug, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : { QVariant(tenantIds.last()), QVariant(customerId),
                 QVariant(QStringLiteral("Tenant %1").arg(c)), QVariant(QStringLiteral("tenant-%1").arg(c)), now, now })
            query.addBindValue(value);
        if (!exec(query))
            return false;
    }

    const QStringList statuses = allInstanceStatusNames();
    for (int i = 0; i < InstanceCount; ++i) {
        const int host = i % HostCount;
        query.prepare(QStringLiteral(
            "INSERT INTO instances (id, tenant_id, host_id, name, odoo_version, image_tag, instance_type, "
            "cpu_millicores, memory_bytes, storage_bytes, admin_email, database_name, pg_server, custom_addons, "
            "disabled_modules, environment, subdomain, status, created_at, updated_at) VALUES (?, ?, ?, ?, '18.0', "
            "'18.0-20260817', 'production', 1500, 2147483648, 10737418240, 'admin@example.co.zw', ?, ?, "
            "'[\"sale\",\"stock\",\"l10n_zw\"]', '[]', '{\"TZ\":\"Africa/Harare\"}', ?, ?, ?, ?)"));
        for (const QVariant &value : { QVariant(newId()), QVariant(tenantIds.at(i % CustomerCount)),
                 QVariant(hostIds.at(host)), QVariant(QStringLiteral("Shop %1").arg(i)),
                 QVariant(QStringLiteral("shop_%1").arg(i)), QVariant(QStringLiteral("db-%1.local:5432").arg(host)),
                 QVariant(QStringLiteral("shop-%1").arg(i)), QVariant(statuses.at(i % (statuses.size() - 1))), now, now })
            query.addBindValue(value);
        if (!exec(query))
            return false;
    }
    query.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return false;
    // Both backends plan the joins from fresh statistics.
    for (const char *table : { "customers", "tenants", "hosts", "instances" })
        query.exec(QStringLiteral("ANALYZE ") + QLatin1String(table));
    return true;
}

void report(const QString &what, double ms, double baselineMs, const QString &note)
{
    out() << QStringLiteral("  %1 %2 ms  %3x of the raw scan  %4")
                 .arg(what.leftJustified(42))
                 .arg(ms, 8, 'f', 2)
                 .arg(ms / baselineMs, 6, 'f', 1)
                 .arg(note)
          << Qt::endl;
}

int runBackend(const QString &label, const CatalogConfig &config, int repetitions)
{
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(config);
    if (!opened) {
        out() << label << ": " << opened.error() << Qt::endl;
        return 1;
    }
    Catalog &catalog = **opened;
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(catalog))
        return 1;
    out() << label << ": filled " << CustomerCount << " customers, " << InstanceCount << " instances in "
          << fillTimer.elapsed() << " ms; median of " << repetitions << " runs" << Qt::endl;

    int count = 0;
    const double countMs = medianMs(repetitions, [&] {
        QSqlQuery query(catalog.database());
        query.exec(QStringLiteral("SELECT count(*) FROM instances"));
        query.next();
        count = query.value(0).toInt();
    });
    int scanned = 0;
    const double scanMs = medianMs(repetitions, [&] {
        QSqlQuery query(catalog.database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT id, name, status, database_name, subdomain, updated_at FROM instances"));
        scanned = 0;
        while (query.next()) {
            const QString id = query.value(0).toString();
            scanned += id.isEmpty() ? 0 : 1;
        }
    });
    qsizetype listed = 0;
    const double listMs = medianMs(repetitions, [&] { listed = catalog.instanceRows().value().size(); });
    qsizetype filtered = 0;
    InstanceFilter text;
    text.text = QStringLiteral("shop_12");
    const double filterMs = medianMs(repetitions, [&] { filtered = catalog.instanceRows(text).value().size(); });
    InstanceFilter customerText;
    customerText.text = QStringLiteral("customer 1999");
    qsizetype byCustomer = 0;
    const double customerFilterMs
        = medianMs(repetitions, [&] { byCustomer = catalog.instanceRows(customerText).value().size(); });
    InstanceFilter statusHost;
    statusHost.statuses = { InstanceStatus::Running };
    qsizetype running = 0;
    const double statusMs = medianMs(repetitions, [&] { running = catalog.instanceRows(statusHost).value().size(); });
    qsizetype customers = 0;
    const double customersMs = medianMs(repetitions, [&] { customers = catalog.customerRows().value().size(); });

    out() << QStringLiteral("  %1 %2 ms  (%3 rows)").arg(QStringLiteral("baseline SELECT count(*)").leftJustified(42)).arg(countMs, 8, 'f', 2).arg(count) << Qt::endl;
    out() << QStringLiteral("  %1 %2 ms  (%3 rows)").arg(QStringLiteral("baseline raw scan of instances").leftJustified(42)).arg(scanMs, 8, 'f', 2).arg(scanned) << Qt::endl;
    report(QStringLiteral("instance list, all rows joined"), listMs, scanMs, QStringLiteral("(%1 rows)").arg(listed));
    report(QStringLiteral("text filter \"shop_12\""), filterMs, scanMs, QStringLiteral("(%1 rows)").arg(filtered));
    report(QStringLiteral("text filter \"customer 1999\""), customerFilterMs, scanMs, QStringLiteral("(%1 rows)").arg(byCustomer));
    report(QStringLiteral("status filter running"), statusMs, scanMs, QStringLiteral("(%1 rows)").arg(running));
    report(QStringLiteral("customer list with instance counts"), customersMs, scanMs, QStringLiteral("(%1 rows)").arg(customers));
    return 0;
}

// Runs `statement` on the maintenance database as the harness admin role.
bool runAdmin(const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(qEnvironmentVariable("SAASODOO_TEST_PG_HOST", QStringLiteral("127.0.0.1")));
        db.setPort(qEnvironmentVariableIntValue("SAASODOO_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("SAASODOO_TEST_PG_ADMIN_USER"));
        db.setPassword(qEnvironmentVariable("SAASODOO_TEST_PG_ADMIN_PASSWORD"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                out() << "postgresql: " << query.lastError().text() << Qt::endl;
        } else {
            out() << "postgresql: " << db.lastError().text() << Qt::endl;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = qMax(1, QCoreApplication::arguments().value(1, QStringLiteral("7")).toInt());
    int failures = 0;

    QTemporaryDir directory;
    failures += runBackend(QStringLiteral("sqlite"), CatalogConfig::sqlite(directory.filePath(QStringLiteral("bench.sqlite"))),
        repetitions);

    if (qEnvironmentVariableIntValue("SAASODOO_TEST_PG_PORT") == 0) {
        out() << "postgresql: skipped, SAASODOO_TEST_PG_PORT is not set (source the test harness env file)" << Qt::endl;
        return failures == 0 ? 0 : 1;
    }
    const QString database = QStringLiteral("catalog_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!runAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(database)))
        return 1;
    CatalogConfig pg = CatalogConfig::postgres(qEnvironmentVariable("SAASODOO_TEST_PG_HOST", QStringLiteral("127.0.0.1")),
        qEnvironmentVariableIntValue("SAASODOO_TEST_PG_PORT"), database, qEnvironmentVariable("SAASODOO_TEST_PG_ADMIN_USER"),
        qEnvironmentVariable("SAASODOO_TEST_PG_ADMIN_PASSWORD"));
    pg.pgSslMode = QStringLiteral("disable");
    failures += runBackend(QStringLiteral("postgresql"), pg, repetitions);
    runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    return failures == 0 ? 0 : 1;
}
