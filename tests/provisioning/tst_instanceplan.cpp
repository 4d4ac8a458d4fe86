// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/validation.h"
#include "core/provisioning/instanceplan.h"
#include "core/provisioning/odooconfig.h"

#include <QPasswordDigestor>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::provisioning;

namespace {

catalog::Instance sampleInstance()
{
    catalog::Instance instance;
    instance.id = QStringLiteral("8b0c6a52-1111-4222-8333-444455556666");
    instance.name = QStringLiteral("prod");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0-20260817");
    instance.type = catalog::InstanceType::Production;
    instance.cpuLimit = 1.5;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.databaseName = QStringLiteral("acme_prod");
    instance.customAddons = { QStringLiteral("sale"), QStringLiteral("purchase") };
    instance.environment = { { QStringLiteral("TZ"), QStringLiteral("Africa/Harare") } };
    instance.subdomain = QStringLiteral("acme");
    return instance;
}

catalog::Tenant sampleTenant()
{
    catalog::Tenant tenant;
    tenant.id = QStringLiteral("tenant-1");
    tenant.customerId = QStringLiteral("customer-1");
    tenant.slug = QStringLiteral("acme");
    return tenant;
}

catalog::Host sampleHost()
{
    catalog::Host host;
    host.id = QStringLiteral("host-1");
    host.name = QStringLiteral("hre-1");
    host.dockerEndpoint = QStringLiteral("tcp://10.0.0.5:2376");
    host.pgHost = QStringLiteral("10.0.0.6");
    host.pgContainerHost = QStringLiteral("pg.internal");
    host.pgPort = 5432;
    host.baseDomain = QStringLiteral("odoo.example.co.zw");
    host.imageRepository = QStringLiteral("odoo");
    return host;
}

} // namespace

class TestInstancePlan : public QObject
{
    Q_OBJECT

private slots:
    void productionPlan()
    {
        const Result<InstancePlan> plan = planInstance(sampleInstance(), sampleTenant(), sampleHost(), QStringLiteral("odoo-net"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->image, QStringLiteral("odoo:18.0-20260817"));
        QCOMPARE(plan->containerName, QStringLiteral("saasodoo-acme-prod-8b0c6a52"));
        QCOMPARE(plan->volumeName, QStringLiteral("saasodoo-acme-prod-8b0c6a52-data"));
        QCOMPARE(plan->roleName, QStringLiteral("odoo_acme_prod"));
        QCOMPARE(plan->workers, 4);
        QCOMPARE(plan->nanoCpus, 1500000000LL);
        QCOMPARE(plan->initCommand,
            (QStringList { QStringLiteral("odoo"), QStringLiteral("-d"), QStringLiteral("acme_prod"), QStringLiteral("-i"),
                QStringLiteral("base,sale,purchase"), QStringLiteral("--stop-after-init"),
                QStringLiteral("--without-demo=all") }));
        QVERIFY(plan->serverCommand.contains(QStringLiteral("--db-filter=^acme_prod$")));
        QVERIFY(plan->serverCommand.contains(QStringLiteral("--proxy-mode")));
        QVERIFY(plan->serverEnv.contains(QStringLiteral("HOST=pg.internal")));
        QVERIFY(plan->serverEnv.contains(QStringLiteral("TZ=Africa/Harare")));
        // The password travels in the config file only.
        for (const QString &entry : plan->serverEnv)
            QVERIFY2(!entry.startsWith(QLatin1String("PASSWORD")), qPrintable(entry));
        QCOMPARE(plan->publishAddress, QString());
        QCOMPARE(plan->publicHost, QStringLiteral("acme.odoo.example.co.zw"));
        QCOMPARE(plan->labels.value(QStringLiteral("traefik.http.routers.saasodoo-acme-prod-8b0c6a52.rule")),
            QStringLiteral("Host(`acme.odoo.example.co.zw`)"));
        QCOMPARE(plan->labels.value(QStringLiteral("traefik.http.services.saasodoo-acme-prod-8b0c6a52-websocket.loadbalancer.server.port")),
            QStringLiteral("8072"));
        QCOMPARE(plan->labels.value(QStringLiteral("saasodoo.instance")), sampleInstance().id);
    }

    void routerNamesWithoutDots()
    {
        catalog::Instance instance = sampleInstance();
        instance.name = QStringLiteral("Shop.V2_test");
        const Result<InstancePlan> plan = planInstance(instance, sampleTenant(), sampleHost(), QStringLiteral("net"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        int routerLabels = 0;
        for (auto it = plan->labels.cbegin(); it != plan->labels.cend(); ++it) {
            const QStringList parts = it.key().split(u'.');
            if (parts.size() < 4 || parts.at(0) != QLatin1String("traefik"))
                continue;
            if (parts.at(2) != QLatin1String("routers") && parts.at(2) != QLatin1String("services"))
                continue;
            ++routerLabels;
            // routers.NAME.rule|service and services.NAME.loadbalancer.server.port
            QCOMPARE(parts.size(), parts.at(2) == QLatin1String("routers") ? 5 : 7);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(parts.at(3)).hasMatch(),
                qPrintable(it.key()));
        }
        QCOMPARE(routerLabels, 6);
        QCOMPARE(plan->labels.value(QStringLiteral("traefik.http.routers.saasodoo-acme-shop-v2-test-8b0c6a52.rule")),
            QStringLiteral("Host(`acme.odoo.example.co.zw`)"));
    }

    void websocketPortOnlyWithWorkers()
    {
        catalog::Instance instance = sampleInstance();
        instance.type = catalog::InstanceType::Development;
        const Result<InstancePlan> plan = planInstance(instance, sampleTenant(), sampleHost(), QStringLiteral("net"));
        QVERIFY(plan.ok());
        QCOMPARE(plan->workers, 0);
        QVERIFY(!plan->labels.contains(QStringLiteral("traefik.http.services.saasodoo-acme-prod-8b0c6a52-websocket.loadbalancer.server.port")));
        const docker::ContainerSpec spec = serverContainerSpec(plan.value(), QStringLiteral("20001"));
        QCOMPARE(spec.exposedPorts, QStringList { QStringLiteral("8069/tcp") });

        const Result<InstancePlan> production = planInstance(sampleInstance(), sampleTenant(), sampleHost(), QStringLiteral("net"));
        const docker::ContainerSpec withWorkers = serverContainerSpec(production.value(), QStringLiteral("20001"));
        QCOMPARE(withWorkers.portBindings.value(QStringLiteral("8072/tcp")).first().hostPort, QStringLiteral("20002"));
        QCOMPARE(withWorkers.restartPolicy.name, QStringLiteral("unless-stopped"));
        QCOMPARE(withWorkers.memorySwap, withWorkers.memory);
    }

    void demoFlagFollowsVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QString>("expectedFlag");
        QTest::newRow("17 without demo") << QStringLiteral("17.0") << false << QStringLiteral("--without-demo=all");
        QTest::newRow("17 with demo") << QStringLiteral("17.0") << true << QString();
        QTest::newRow("19 without demo") << QStringLiteral("19.0") << false << QString();
        QTest::newRow("19 with demo") << QStringLiteral("19.0") << true << QStringLiteral("--with-demo");
    }

    void demoFlagFollowsVersion()
    {
        QFETCH(QString, version);
        QFETCH(bool, demo);
        QFETCH(QString, expectedFlag);
        catalog::Instance instance = sampleInstance();
        instance.odooVersion = version;
        instance.imageTag = version;
        instance.demoData = demo;
        const Result<InstancePlan> plan = planInstance(instance, sampleTenant(), sampleHost(), QStringLiteral("net"));
        QVERIFY(plan.ok());
        const QString last = plan->initCommand.last();
        if (expectedFlag.isEmpty())
            QCOMPARE(last, QStringLiteral("--stop-after-init"));
        else
            QCOMPARE(last, expectedFlag);
    }

    void installedAndDisabledModuleRejected()
    {
        // The catalog's rule rejects the record, so no create or wizard
        // stores it. A record stored before the rule still plans, so that
        // it can be stopped and deleted.
        catalog::Instance instance = sampleInstance();
        instance.tenantId = QStringLiteral("8b0c6a52-2222-4222-8333-444455556666");
        instance.hostId = QStringLiteral("8b0c6a52-3333-4222-8333-444455556666");
        instance.adminEmail = QStringLiteral("admin@acme.co.zw");
        instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
        QVERIFY2(catalog::normalizeAndValidate(instance).ok(), qPrintable(catalog::normalizeAndValidate(instance).error()));
        instance.disabledModules = { QStringLiteral("purchase") };
        const Status conflict = catalog::validateModuleConflict(instance.customAddons, instance.disabledModules);
        QVERIFY(!conflict.ok());
        QVERIFY2(conflict.error().contains(QLatin1String("purchase")), qPrintable(conflict.error()));
        const Status validated = catalog::normalizeAndValidate(instance);
        QVERIFY(!validated.ok());
        QCOMPARE(validated.error(), conflict.error());
        const Result<InstancePlan> plan = planInstance(instance, sampleTenant(), sampleHost(), QStringLiteral("net"));
        QVERIFY2(plan.ok(), qPrintable(plan.error()));

        // Odoo installs base and web in every database.
        const Status always = catalog::validateModuleConflict({}, { QStringLiteral("web") });
        QVERIFY2(always.error().contains(QLatin1String("cannot be disabled")), qPrintable(always.error()));
    }

    void localEnginePublishesOnLoopback()
    {
        catalog::Host host = sampleHost();
        host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
        const Result<InstancePlan> plan = planInstance(sampleInstance(), sampleTenant(), host, QStringLiteral("net"));
        QCOMPARE(plan->publishAddress, QStringLiteral("127.0.0.1"));
    }

    void namesNeverCollideAcrossInstances()
    {
        // "moyo-hardware" + "erp" and "moyo" + "hardware-erp" read the same.
        catalog::Tenant first = sampleTenant();
        first.slug = QStringLiteral("moyo-hardware");
        catalog::Instance erp = sampleInstance();
        erp.name = QStringLiteral("erp");
        catalog::Tenant second = sampleTenant();
        second.slug = QStringLiteral("moyo");
        catalog::Instance other = sampleInstance();
        other.id = QStringLiteral("0a0b0c0d-1111-4222-8333-444455556666");
        other.name = QStringLiteral("hardware-erp");
        const auto a = planInstance(erp, first, sampleHost(), QStringLiteral("net"));
        const auto b = planInstance(other, second, sampleHost(), QStringLiteral("net"));
        QVERIFY(a->containerName != b->containerName);
        QVERIFY(a->volumeName != b->volumeName);
    }

    void longDatabaseNameGetsIdRole()
    {
        catalog::Instance instance = sampleInstance();
        instance.databaseName = QString(60, u'd');
        const Result<InstancePlan> plan = planInstance(instance, sampleTenant(), sampleHost(), QStringLiteral("net"));
        QVERIFY(plan->roleName.toUtf8().size() <= 63);
        QCOMPARE(plan->roleName, QStringLiteral("odoo_8b0c6a52111142228333444455556666"));
    }

    void configCarriesPasswordAndLocksManager()
    {
        OdooConfig config;
        config.dbHost = QStringLiteral("pg");
        config.dbUser = QStringLiteral("odoo_acme");
        config.dbPassword = QStringLiteral("s3cret");
        config.dbName = QStringLiteral("acme");
        config.adminPasswordHash = QStringLiteral("$pbkdf2-sha512$1$x$y");
        config.workers = 3;
        const QByteArray text = renderOdooConfig(config);
        QVERIFY(text.startsWith("[options]\n"));
        QVERIFY(text.contains("db_password = s3cret\n"));
        QVERIFY(text.contains("list_db = False\n"));
        QVERIFY(text.contains("dbfilter = ^acme$\n"));
        QVERIFY(text.contains("gevent_port = 8072\n"));
        // Odoo's defaults: the limits apply to virtual memory, not to the
        // container's share per process.
        QVERIFY(text.contains("limit_memory_hard = 2684354560\n"));
        QVERIFY(text.contains("limit_memory_soft = 2147483648\n"));
    }

    void masterPasswordHashIsPasslibFormat()
    {
        const QString hash = hashMasterPassword(QStringLiteral("master"), 1000);
        const QStringList parts = hash.split(u'$');
        QCOMPARE(parts.size(), 5);
        QCOMPARE(parts.at(1), QStringLiteral("pbkdf2-sha512"));
        QCOMPARE(parts.at(2), QStringLiteral("1000"));
        // Decode passlib's adapted base64 and recompute the checksum.
        auto decode = [](QString text) {
            text.replace(u'.', u'+');
            return QByteArray::fromBase64(text.toLatin1());
        };
        const QByteArray salt = decode(parts.at(3));
        QCOMPARE(salt.size(), 16);
        const QByteArray expected
            = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha512, "master", salt, 1000, 64);
        QCOMPARE(decode(parts.at(4)), expected);
        QVERIFY(hashMasterPassword(QStringLiteral("master"), 1000) != hash);
    }

    // The network for hosts without their own comes from the environment,
    // then the console's setting, then the name saasodoo.
    void defaultNetworkOrder()
    {
        const QByteArray saved = qgetenv("SAASODOO_DOCKER_NETWORK");
        const bool wasSet = qEnvironmentVariableIsSet("SAASODOO_DOCKER_NETWORK");
        const auto restore = qScopeGuard([&] {
            if (wasSet)
                qputenv("SAASODOO_DOCKER_NETWORK", saved);
            else
                qunsetenv("SAASODOO_DOCKER_NETWORK");
        });

        qunsetenv("SAASODOO_DOCKER_NETWORK");
        QCOMPARE(defaultDockerNetwork(), QStringLiteral("saasodoo"));
        QCOMPARE(defaultDockerNetwork(QStringLiteral("from-settings")), QStringLiteral("from-settings"));
        QCOMPARE(defaultDockerNetwork(QStringLiteral("  ")), QStringLiteral("saasodoo"));

        qputenv("SAASODOO_DOCKER_NETWORK", "odoo-prod");
        QCOMPARE(defaultDockerNetwork(), QStringLiteral("odoo-prod"));
        QCOMPARE(defaultDockerNetwork(QStringLiteral("from-settings")), QStringLiteral("odoo-prod"));
    }

    void hostNetworkWinsOverDefault()
    {
        catalog::Host host = sampleHost();
        host.dockerNetwork.clear();
        QCOMPARE(hostNetwork(host, QStringLiteral("saasodoo")), QStringLiteral("saasodoo"));
        host.dockerNetwork = QStringLiteral("odoo-net");
        QCOMPARE(hostNetwork(host, QStringLiteral("saasodoo")), QStringLiteral("odoo-net"));
    }
};

QTEST_GUILESS_MAIN(TestInstancePlan)
#include "tst_instanceplan.moc"
