// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalog.h"

#include "core/catalog/validation.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace saasodoo::demo {

namespace {

const QStringList kTowns { QStringLiteral("Harare"), QStringLiteral("Bulawayo"), QStringLiteral("Mutare"),
    QStringLiteral("Gweru"), QStringLiteral("Masvingo"), QStringLiteral("Kwekwe"), QStringLiteral("Chinhoyi") };
const QStringList kTrades { QStringLiteral("Hardware"), QStringLiteral("Pharmacy"), QStringLiteral("Motors"),
    QStringLiteral("Agro Supplies"), QStringLiteral("Logistics"), QStringLiteral("Textiles") };

} // namespace

Status fillCatalog(catalog::Catalog &db, int hostCount, int instanceCount)
{
    // Each API call is its own transaction: without this, SQLite syncs the
    // file thousands of times. It changes durability only, not the data.
    if (db.backend() == catalog::Backend::Sqlite)
        QSqlQuery(db.database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));

    QList<catalog::Host> hosts;
    for (int h = 0; h < hostCount; ++h) {
        catalog::Host host;
        host.name = QStringLiteral("%1-%2").arg(kTowns.at(h % kTowns.size()).toLower()).arg(h + 1);
        host.dockerEndpoint = QStringLiteral("tcp://docker%1.example.co.zw:2376").arg(h + 1);
        host.tlsCaPath = QStringLiteral("/etc/saasodoo/tls/ca.pem");
        host.tlsCertPath = QStringLiteral("/etc/saasodoo/tls/cert.pem");
        host.tlsKeyPath = QStringLiteral("/etc/saasodoo/tls/key.pem");
        host.pgHost = QStringLiteral("db%1.example.co.zw").arg(h + 1);
        host.pgAdminUser = QStringLiteral("saasodoo_admin");
        host.pgContainerHost = QStringLiteral("10.0.%1.1").arg(h + 1);
        host.baseDomain = QStringLiteral("odoo.example.co.zw");
        host.cpuCores = 16 + 8 * h;
        host.memoryBytes = (64LL + 32 * h) * 1024 * 1024 * 1024;
        host.status = h == 2 ? catalog::HostStatus::Maintenance : catalog::HostStatus::Active;
        Result<catalog::Host> created = db.createHost(host);
        if (!created)
            return makeError(created.error());
        hosts.append(created.value());
    }

    const QStringList statuses = catalog::allInstanceStatusNames();
    QList<catalog::Tenant> tenants;
    for (int i = 0; i < instanceCount; ++i) {
        if (i % 10 == 0) {
            const int n = i / 10;
            catalog::Customer customer;
            customer.name = QStringLiteral("%1 %2 (Pvt) Ltd").arg(kTowns.at(n % kTowns.size()),
                kTrades.at((n / kTowns.size()) % kTrades.size()));
            if (n >= kTowns.size() * kTrades.size())
                customer.name += QStringLiteral(" %1").arg(n);
            customer.email = QStringLiteral("accounts%1@example.co.zw").arg(n);
            customer.phone = QStringLiteral("+26377%1").arg(1000000 + n, 7, 10, QLatin1Char('0'));
            customer.company = customer.name;
            customer.status = n % 9 == 8 ? catalog::CustomerStatus::Suspended : catalog::CustomerStatus::Active;
            Result<catalog::Customer> createdCustomer = db.createCustomer(customer);
            if (!createdCustomer)
                return makeError(createdCustomer.error());
            catalog::Tenant tenant;
            tenant.customerId = createdCustomer->id;
            tenant.name = customer.name.section(QLatin1Char('('), 0, 0).trimmed();
            tenant.slug = QStringLiteral("t%1-%2").arg(n).arg(kTowns.at(n % kTowns.size()).toLower());
            Result<catalog::Tenant> createdTenant = db.createTenant(tenant);
            if (!createdTenant)
                return makeError(createdTenant.error());
            tenants.append(createdTenant.value());
        }
        const catalog::Tenant &tenant = tenants.last();
        const QStringList kinds { QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev") };
        catalog::Instance instance;
        instance.tenantId = tenant.id;
        instance.hostId = hosts.at(i % hosts.size()).id;
        instance.name = QStringLiteral("%1-%2").arg(tenant.slug, kinds.at(i % 10 % 3)) + (i % 10 >= 3
                ? QStringLiteral("-%1").arg(i % 10) : QString());
        instance.odooVersion = catalog::supportedOdooVersions().at(1 + i % 3);
        instance.imageTag = instance.odooVersion;
        instance.type = i % 10 % 3 == 0 ? catalog::InstanceType::Production
            : i % 10 % 3 == 1             ? catalog::InstanceType::Staging
                                          : catalog::InstanceType::Development;
        instance.cpuLimit = 1 + i % 3;
        instance.memoryLimitBytes = (1LL + i % 4) * 1024 * 1024 * 1024;
        instance.storageLimitBytes = 20LL * 1024 * 1024 * 1024;
        instance.adminEmail = QStringLiteral("admin@%1.example.co.zw").arg(tenant.slug);
        instance.databaseName = instance.name;
        instance.databaseName.replace(QLatin1Char('-'), QLatin1Char('_'));
        instance.subdomain = instance.name;
        instance.customAddons = { QStringLiteral("sale_management"), QStringLiteral("stock") };
        instance.environment.insert(QStringLiteral("TZ"), QStringLiteral("Africa/Harare"));
        // Most instances run; the rest cover the other statuses.
        const int pick = (i * 7) % 30;
        const QString statusName = pick < 18 ? QStringLiteral("running") : statuses.at(pick % (statuses.size() - 1));
        instance.status = catalog::instanceStatusFromString(statusName).value_or(catalog::InstanceStatus::Running);
        Result<catalog::Instance> created = db.createInstance(instance);
        if (!created)
            return makeError(created.error());
    }
    return {};
}

Status fillBackups(catalog::Catalog &db, int instanceCount)
{
    const Result<QList<catalog::InstanceRow>> instances = db.instanceRows();
    if (!instances)
        return makeError(instances.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<catalog::BackupKind> kinds { catalog::BackupKind::Scheduled, catalog::BackupKind::Scheduled,
        catalog::BackupKind::Manual, catalog::BackupKind::Safety };
    for (qsizetype i = 0; i < qMin<qsizetype>(instanceCount, instances->size()); ++i) {
        const catalog::InstanceRow &instance = instances->at(i);
        for (int day = 0; day < 3; ++day) {
            catalog::Backup backup;
            backup.instanceId = instance.id;
            backup.kind = kinds.at((i + day) % kinds.size());
            backup.odooVersion = instance.odooVersion;
            backup.createdAt = now.addDays(-day).addSecs(-3600 * (i % 24));
            backup.expiresAt = backup.createdAt.addDays(7);
            backup.sizeBytes = (150 + 37 * i + 11 * day) * 1024LL * 1024;
            const QByteArray seed = instance.id.toUtf8() + QByteArray::number(day);
            backup.sha256
                = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
            const QString fileName = QStringLiteral("%1-%2.zip").arg(instance.name, backup.createdAt.toString(
                QStringLiteral("yyyyMMdd-HHmm")));
            backup.location = day == 2 ? QString() : QStringLiteral("/var/lib/saasodoo/backups/") + fileName;
            backup.s3Key = day == 0 ? QString() : QStringLiteral("saasodoo/%1/%2").arg(instance.id, fileName);
            backup.state = (i + day) % 11 == 5 ? catalog::BackupState::Failed : catalog::BackupState::Completed;
            if (backup.state == catalog::BackupState::Failed) {
                backup.error = QStringLiteral("pg_dump failed: connection to server lost");
                backup.sha256.clear();
                backup.location.clear();
                backup.s3Key.clear();
            }
            if (Result<catalog::Backup> created = db.createBackup(backup); !created)
                return makeError(created.error());
        }
    }
    return {};
}

} // namespace saasodoo::demo
