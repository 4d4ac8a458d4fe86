// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalog.h"

#include "core/billing/billingrun.h"
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
        // The console watches every active host's engine from the start, so
        // a demo host names a socket that does not exist. The bench and the
        // screenshots then send nothing over the network.
        host.dockerEndpoint = QStringLiteral("unix:///run/saasodoo-demo/docker%1.sock").arg(h + 1);
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

Status fillBilling(catalog::Catalog &db, int customerCount)
{
    struct PlanSeed
    {
        const char *name;
        qint64 usd;
        qint64 zwg;
        int instances;
        int trialDays;
    };
    const QList<PlanSeed> seeds { { "Starter", 2500, 65000, 1, 14 }, { "Business", 6000, 156000, 3, 0 },
        { "Enterprise", 15000, 390000, 10, 0 } };
    QList<catalog::Plan> plans;
    for (const PlanSeed &seed : seeds) {
        catalog::Plan plan;
        plan.name = QString::fromLatin1(seed.name);
        plan.priceUsdCents = seed.usd;
        plan.priceZwgCents = seed.zwg;
        plan.maxInstances = seed.instances;
        plan.maxCpuMillicores = 2000 * seed.instances;
        plan.maxMemoryBytes = 4LL * seed.instances << 30;
        plan.maxStorageBytes = 50LL * seed.instances << 30;
        plan.backupRetentionDays = 30;
        plan.trialDays = seed.trialDays;
        Result<catalog::Plan> created = db.createPlan(plan);
        if (!created)
            return makeError(created.error());
        plans.append(created.value());
    }

    const Result<QList<catalog::CustomerRow>> customers = db.customerRows();
    if (!customers)
        return makeError(customers.error());
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (qsizetype i = 0; i < qMin<qsizetype>(customerCount, customers->size()); ++i) {
        const catalog::Customer &customer = customers->at(i).customer;
        const catalog::Plan &plan = plans.at(i % plans.size());
        const catalog::Currency currency = i % 3 == 2 ? catalog::Currency::Zwg : catalog::Currency::Usd;
        const Result<catalog::Subscription> subscription
            = billing::subscribe(db, customer.id, plan.id, currency, thisMonth.addMonths(-3), false);
        if (!subscription)
            return makeError(subscription.error());
        // Three months back: paid; then paid, open or overdue; the current
        // month open, or void for one customer.
        for (int back = 3; back >= 1; --back) {
            catalog::Invoice invoice;
            invoice.customerId = customer.id;
            invoice.subscriptionId = subscription->id;
            invoice.currency = currency;
            invoice.periodStart = thisMonth.addMonths(1 - back);
            invoice.periodEnd = invoice.periodStart.addMonths(1);
            invoice.issueDate = qMin(invoice.periodStart, today);
            invoice.dueDate = invoice.issueDate.addDays(14);
            invoice.vatRateBasisPoints = 1500;
            invoice.lines = { { QStringLiteral("Odoo hosting, plan %1").arg(plan.name), 1, plan.priceCents(currency), 0 } };
            Result<catalog::Invoice> created = db.createInvoice(invoice, true);
            if (!created)
                return makeError(created.error());
            const bool paid = back == 3 || (back == 2 && i % 4 != 1);
            if (back == 1 && i == 4) {
                if (Result<catalog::Invoice> voided = db.voidInvoice(created->id, QStringLiteral("Issued twice")); !voided)
                    return makeError(voided.error());
                continue;
            }
            if (!paid && !(back == 1 && i % 4 == 0))
                continue;
            catalog::Payment payment;
            payment.invoiceId = created->id;
            payment.reference = created->number + QStringLiteral("-1");
            payment.paynowReference = QString::number(4'100'000 + 10 * i + back);
            payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=demo-%1-%2").arg(i).arg(back);
            payment.method = i % 2 == 0 ? catalog::PaymentMethod::EcoCash : catalog::PaymentMethod::Web;
            if (payment.method == catalog::PaymentMethod::EcoCash)
                payment.phone = QStringLiteral("077%1").arg(1234500 + int(i), 7, 10, QLatin1Char('0'));
            else
                payment.browserUrl = QStringLiteral("https://www.paynow.co.zw/Payment/ConfirmPayment/%1").arg(9000 + 10 * i + back);
            payment.amountCents = created->totalCents;
            payment.currency = currency;
            Result<catalog::Payment> stored = db.createPayment(payment);
            if (!stored)
                return makeError(stored.error());
            if (!paid)
                continue; // left pending: the customer has not paid yet
            catalog::Payment settled = stored.value();
            settled.status = catalog::PaymentStatus::Paid;
            settled.paynowStatus = QStringLiteral("Paid");
            if (Result<catalog::Payment> saved = db.updatePaymentStatus(settled); !saved)
                return makeError(saved.error());
            if (Result<catalog::PaymentApplication> applied = db.applyPayment(settled.id); !applied)
                return makeError(applied.error());
            // applyPayment stamps the current time; spread the demo's
            // payments over the months they belong to, for the revenue table.
            QSqlQuery backdate(db.database());
            backdate.prepare(QStringLiteral("UPDATE invoices SET paid_at = ? WHERE id = ?"));
            backdate.addBindValue(catalog::encodeTime(QDateTime(invoice.issueDate.addDays(3 + int(i)), QTime(10, 0), Qt::UTC)));
            backdate.addBindValue(created->id);
            if (!backdate.exec())
                return makeError(QStringLiteral("Could not date the demo payment of %1.").arg(created->number));
        }
    }
    return {};
}

} // namespace saasodoo::demo
