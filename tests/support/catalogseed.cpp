// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogseed.h"

#include "paynowemulator.h"
#include "testservices.h"

#include "core/billing/billingrun.h"
#include "core/billing/billingsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace saasodoo::test {

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

void isolateSettings(const QString &directory, const QString &application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(application);
}

Result<CustomerWithTenant> createCustomerWithTenant(catalog::Catalog &db, const QString &name, const QString &prefix)
{
    const QString id = shortId();
    catalog::Customer customer;
    customer.name = name;
    customer.email = QStringLiteral("%1-%2@example.co.zw").arg(prefix, id);
    const Result<catalog::Customer> createdCustomer = db.createCustomer(customer);
    if (!createdCustomer)
        return makeError(createdCustomer.error());

    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = name;
    tenant.slug = prefix + id;
    const Result<catalog::Tenant> createdTenant = db.createTenant(tenant);
    if (!createdTenant)
        return makeError(createdTenant.error());
    return CustomerWithTenant { createdCustomer.value(), createdTenant.value() };
}

catalog::Host harnessHost(qint64 memoryBytes)
{
    const PostgresService pg = postgres();
    catalog::Host host;
    host.name = QStringLiteral("host-%1").arg(shortId());
    host.dockerEndpoint = dockerUnix().host;
    host.pgHost = pg.host;
    host.pgPort = pg.port;
    host.pgAdminUser = pg.adminUser;
    host.pgContainerHost = dockerUnix().postgresHost;
    host.baseDomain = QStringLiteral("odoo.test");
    host.imageRepository = qEnvironmentVariable("SAASODOO_TEST_STANDIN_IMAGE");
    host.cpuCores = 2;
    host.memoryBytes = memoryBytes;
    return host;
}

Result<catalog::Subscription> subscribeToNewPlan(
    catalog::Catalog &db, const QString &customerId, const catalog::Plan &plan, const QDate &start)
{
    const Result<catalog::Plan> created = db.createPlan(plan);
    if (!created)
        return makeError(created.error());
    return billing::subscribe(db, customerId, created->id, catalog::Currency::Usd, start, false);
}

Status usePaynowEmulator(catalog::Catalog &db, const PaynowEmulator &emulator)
{
    const QList<std::pair<QString, QString>> settings {
        { QStringLiteral("paynow_base_url"), emulator.baseUrl().toString() },
        { QStringLiteral("paynow_return_url"), QStringLiteral("https://console.example.co.zw/paynow/return") },
        // Nothing listens on port 9, so the emulator's result POSTs fail at once.
        { QStringLiteral("paynow_result_url"), QStringLiteral("http://127.0.0.1:9/paynow/result") },
    };
    for (const auto &[name, value] : settings) {
        if (Status saved = billing::saveBillingSetting(db, name, value); !saved)
            return saved;
    }
    return {};
}

} // namespace saasodoo::test
