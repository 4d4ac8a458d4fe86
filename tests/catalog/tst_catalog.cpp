// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The catalog against real databases: every test runs once on a SQLite file
// and once on a PostgreSQL database from the harness.
#include "catalogfixture.h"

#include "core/catalog/catalog.h"
#include "core/catalog/migrations.h"
#include "core/catalog/validation.h"
#include "tests/support/testservices.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

using namespace saasodoo;
using namespace saasodoo::catalog;
using namespace saasodoo::test;

namespace {

Customer sampleCustomer(const QString &email)
{
    Customer customer;
    customer.name = QStringLiteral("Tatenda Moyo");
    customer.email = email;
    customer.phone = QStringLiteral("077 123 4567");
    customer.company = QStringLiteral("Moyo Hardware");
    return customer;
}

Host sampleHost(const QString &name, const QString &pgHost = QStringLiteral("10.0.0.5"))
{
    Host host;
    host.name = name;
    host.dockerEndpoint = QStringLiteral("tcp://10.0.0.4:2376");
    host.tlsCaPath = QStringLiteral("/etc/saasodoo/ca.pem");
    host.tlsCertPath = QStringLiteral("/etc/saasodoo/cert.pem");
    host.tlsKeyPath = QStringLiteral("keychain:hosts/") + name + QStringLiteral("/key");
    host.tlsServerName = QStringLiteral("docker-01");
    host.pgHost = pgHost;
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.pgContainerHost = QStringLiteral("172.17.0.1");
    host.pgPasswordRef = QStringLiteral("host/shared-%1/pg-password").arg(QString(name).remove(u' '));
    host.baseDomain = QStringLiteral("apps.example.co.zw");
    host.imageRepository = QStringLiteral("saasodoo/odoo-standin");
    host.portRangeStart = 20000;
    host.portRangeEnd = 20999;
    host.cpuCores = 8;
    host.memoryBytes = 32LL * 1024 * 1024 * 1024;
    return host;
}

Instance sampleInstance(const Tenant &tenant, const Host &host, const QString &database)
{
    Instance instance;
    instance.tenantId = tenant.id;
    instance.hostId = host.id;
    instance.name = QStringLiteral("Instance ") + database;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0-20260817");
    instance.type = InstanceType::Production;
    instance.cpuLimit = 1.5;
    instance.memoryLimitBytes = *parseByteSize(QStringLiteral("Memory"), QStringLiteral("2G"));
    instance.storageLimitBytes = *parseByteSize(QStringLiteral("Storage"), QStringLiteral("10G"));
    instance.adminEmail = QStringLiteral("admin@moyo.co.zw");
    instance.databaseName = database;
    instance.subdomain = database.toLower().replace(u'_', u'-');
    return instance;
}

// A customer, tenant and host to hang instances on.
struct Owners
{
    Customer customer;
    Tenant tenant;
    Host host;
};

Owners createOwners(Catalog &catalog, const QString &suffix = QStringLiteral("a"))
{
    Owners owners;
    owners.customer = *catalog.createCustomer(sampleCustomer(QStringLiteral("owner-%1@moyo.co.zw").arg(suffix)));
    Tenant tenant;
    tenant.customerId = owners.customer.id;
    tenant.name = QStringLiteral("Moyo ") + suffix;
    tenant.slug = QStringLiteral("moyo-") + suffix;
    owners.tenant = *catalog.createTenant(tenant);
    owners.host = *catalog.createHost(sampleHost(QStringLiteral("host-") + suffix));
    return owners;
}

int countRows(Catalog &catalog, const QString &sql)
{
    QSqlQuery query(catalog.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void migratesEmptyCatalog_data() { addBackendColumn(); addBackendRows(); }
    void migratesEmptyCatalog();
    void upgradesFromEarlierVersion_data();
    void upgradesFromEarlierVersion();
    void rejectsNewerCatalogUntouched_data() { addBackendColumn(); addBackendRows(); }
    void rejectsNewerCatalogUntouched();
    void customerRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void customerRoundTrip();
    void emailUniqueIgnoringCase_data() { addBackendColumn(); addBackendRows(); }
    void emailUniqueIgnoringCase();
    void tenantSlugUnique_data() { addBackendColumn(); addBackendRows(); }
    void tenantSlugUnique();
    void tenantUpdateRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void tenantUpdateRoundTrip();
    void tenantUpdateLockedByInstances_data() { addBackendColumn(); addBackendRows(); }
    void tenantUpdateLockedByInstances();
    void tenantEditConflicts_data() { addBackendColumn(); addBackendRows(); }
    void tenantEditConflicts();
    void hostRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void hostRoundTrip();
    void hostRemoveKeepsRecord_data() { addBackendColumn(); addBackendRows(); }
    void hostRemoveKeepsRecord();
    void freeTextRejectsControlCharacters();
    void listAndMapRoundTrip_data();
    void listAndMapRoundTrip();
    void instanceRejectsInvalidInput_data() { addBackendColumn(); addBackendRows(); }
    void instanceRejectsInvalidInput();
    void concurrentEditConflicts_data() { addBackendColumn(); addBackendRows(); }
    void concurrentEditConflicts();
    void duplicateDatabaseRace_data() { addBackendColumn(); addBackendRows(); }
    void duplicateDatabaseRace();
    void databaseUniquePerServer_data() { addBackendColumn(); addBackendRows(); }
    void databaseUniquePerServer();
    void auditRecordsMutation_data() { addBackendColumn(); addBackendRows(); }
    void auditRecordsMutation();
    void auditRolledBackWithMutation_data() { addBackendColumn(); addBackendRows(); }
    void auditRolledBackWithMutation();
    void instanceListFilters_data() { addBackendColumn(); addBackendRows(); }
    void instanceListFilters();
    void customerRowsCountInstances_data() { addBackendColumn(); addBackendRows(); }
    void customerRowsCountInstances();
    void jobsAndBackupsRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void jobsAndBackupsRoundTrip();
    void catalogPerWorkerThread_data() { addBackendColumn(); addBackendRows(); }
    void catalogPerWorkerThread();
};

#define OPEN_CATALOG(location, name)                                                                         \
    QFETCH(QString, backend);                                                                                \
    CatalogLocation location(backend);                                                                       \
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));                                  \
    auto name##Opened = location.open();                                                                     \
    QVERIFY2(name##Opened.ok(), qPrintable(name##Opened.ok() ? QString() : name##Opened.error()));           \
    Catalog &name = **name##Opened

void TestCatalog::migratesEmptyCatalog()
{
    OPEN_CATALOG(location, catalog);
    QCOMPARE(*readSchemaVersion(catalog.database()), latestSchemaVersion());
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM schema_version")), migrations().size());
    for (const QString &table : { QStringLiteral("customers"), QStringLiteral("tenants"), QStringLiteral("hosts"),
             QStringLiteral("instances"), QStringLiteral("audit_events"), QStringLiteral("jobs"),
             QStringLiteral("job_log"), QStringLiteral("backups") }) {
        QVERIFY2(catalog.database().tables().contains(table), qPrintable(table));
    }
    if (!location.isPostgres()) {
        QSqlQuery query(catalog.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    // Opening again finds nothing to do.
    auto again = location.open();
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM schema_version")), migrations().size());
}

void TestCatalog::upgradesFromEarlierVersion_data()
{
    addBackendColumn();
    QTest::addColumn<int>("fromVersion");
    // Versions are reserved in blocks, so the list may have gaps.
    for (const Migration &migration : migrations()) {
        if (migration.version == latestSchemaVersion())
            continue;
        for (const char *backend : { "sqlite", "postgresql" }) {
            QTest::addRow("%s from v%d", backend, migration.version)
                << QString::fromLatin1(backend) << migration.version;
        }
    }
}

void TestCatalog::upgradesFromEarlierVersion()
{
    QFETCH(QString, backend);
    QFETCH(int, fromVersion);
    CatalogLocation location(backend);
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));

    // Build a catalog at the old version with only its migrations, and fill
    // it with raw SQL as the older program would have.
    const QString customerId = newId();
    const QString tenantId = newId();
    const QString hostId = newId();
    const QString instanceId = newId();
    const QString oldJobId = newId();
    {
        auto raw = openConnection(location.config(), QStringLiteral("old-program"));
        QVERIFY2(raw.ok(), qPrintable(raw.ok() ? QString() : raw.error()));
        QSqlDatabase db = *raw;
        const SqlDialect dialect(location.config().backend);
        const Status migrated = migrate(db, dialect, fromVersion);
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error()));
        QCOMPARE(*readSchemaVersion(db), fromVersion);
        QVERIFY(!db.tables().contains(QStringLiteral("jobs")) || fromVersion >= 2);

        const QString now = encodeTime(nowUtc()).toString();
        const QStringList inserts {
            QStringLiteral("INSERT INTO customers (id, name, email, email_key, phone, company, country, status, "
                           "notes, created_at, updated_at, updated_by, row_version) VALUES ('%1', 'Rudo Ncube', "
                           "'Rudo@Example.co.zw', 'rudo@example.co.zw', '+263771234567', 'Ncube Farms', 'ZW', "
                           "'active', '', '%2', '%2', 'old', 1)")
                .arg(customerId, now),
            QStringLiteral("INSERT INTO tenants (id, customer_id, name, slug, created_at, updated_at, updated_by, "
                           "row_version) VALUES ('%1', '%2', 'Ncube', 'ncube', '%3', '%3', 'old', 1)")
                .arg(tenantId, customerId, now),
            QStringLiteral("INSERT INTO hosts (id, name, name_key, docker_endpoint, pg_host, pg_port, pg_admin_user, "
                           "base_domain, cpu_millicores, memory_bytes, created_at, updated_at) VALUES ('%1', "
                           "'Old-Host', 'old-host', 'unix:///var/run/docker.sock', 'db.local', 5432, 'odoo_admin', "
                           "'apps.example.co.zw', 4000, 8589934592, '%2', '%2')")
                .arg(hostId, now),
            QStringLiteral("INSERT INTO instances (id, tenant_id, host_id, name, odoo_version, image_tag, "
                           "instance_type, cpu_millicores, memory_bytes, storage_bytes, admin_email, database_name, "
                           "pg_server, custom_addons, disabled_modules, environment, subdomain, status, created_at, "
                           "updated_at) VALUES ('%1', '%2', '%3', 'ERP', '17.0', '17.0-20250101', 'production', "
                           "1500, 2147483648, 10737418240, 'admin@example.co.zw', 'ncube_erp', 'db.local:5432', "
                           "'[\"sale\",\"stock\"]', '[]', '{\"TZ\":\"Africa/Harare\"}', 'ncube', 'running', '%4', '%4')")
                .arg(instanceId, tenantId, hostId, now),
        };
        QSqlQuery query(db);
        for (const QString &insert : inserts)
            QVERIFY2(query.exec(insert), qPrintable(query.lastError().text() + u'\n' + insert));
        // Versions 2 to 4 name a backup's tier, which version 5 replaced with its kind.
        if (fromVersion >= 2 && fromVersion < 5) {
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO backups (id, instance_id, location, tier, odoo_version, "
                                               "state, created_at) VALUES ('%1', '%2', 's3://b/ncube.zip', 'daily', "
                                               "'17.0', 'completed', '%3')")
                                    .arg(newId(), instanceId, now)),
                qPrintable(query.lastError().text()));
        } else if (fromVersion >= 5) {
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO backups (id, instance_id, kind, location, odoo_version, "
                                               "state, created_at) VALUES ('%1', '%2', 'scheduled', "
                                               "'s3://b/ncube.zip', '17.0', 'completed', '%3')")
                                    .arg(newId(), instanceId, now)),
                qPrintable(query.lastError().text()));
        }
        if (fromVersion >= 2) {
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO jobs (id, kind, target_type, target_id, state, progress, "
                                               "steps, current_step, created_at) VALUES ('%1', 'instance.create', "
                                               "'instance', '%2', 'running', 40, '[\"a\",\"b\"]', 1, '%3')")
                                    .arg(oldJobId, instanceId, now)),
                qPrintable(query.lastError().text()));
            for (int sequence = 1; sequence <= 2; ++sequence) {
                QVERIFY2(query.exec(QStringLiteral("INSERT INTO job_log (job_id, sequence, logged_at, level, message) "
                                                   "VALUES ('%1', %2, '%3', 'info', 'line %2')")
                                        .arg(oldJobId)
                                        .arg(sequence)
                                        .arg(now)),
                    qPrintable(query.lastError().text()));
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-program"));

    auto opened = location.open();
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    Catalog &catalog = **opened;
    QCOMPARE(*readSchemaVersion(catalog.database()), latestSchemaVersion());

    const Result<Instance> instance = catalog.instance(instanceId);
    QVERIFY2(instance.ok(), qPrintable(instance.ok() ? QString() : instance.error()));
    QCOMPARE(instance->customAddons, (QStringList { QStringLiteral("sale"), QStringLiteral("stock") }));
    QCOMPARE(instance->environment.value(QStringLiteral("TZ")), QStringLiteral("Africa/Harare"));
    QCOMPARE(instance->cpuLimit, 1.5);
    QCOMPARE(toString(instance->status), toString(InstanceStatus::Running));

    const Result<Host> host = catalog.host(hostId);
    QVERIFY(host.ok());
    QCOMPARE(host->tlsServerName, QString());
    QCOMPARE(host->imageRepository, QStringLiteral("odoo"));

    QCOMPARE(catalog.customerByEmail(QStringLiteral("RUDO@example.co.zw"))->id, customerId);
    QCOMPARE(catalog.backups(instanceId)->size(), fromVersion >= 2 ? 1 : 0);

    // The upgraded catalog takes new rows in the new tables and columns.
    Host updated = *host;
    updated.tlsServerName = QStringLiteral("docker-01.example.co.zw");
    QVERIFY(catalog.updateHost(updated).ok());
    QCOMPARE(catalog.host(hostId)->tlsServerName, QStringLiteral("docker-01.example.co.zw"));
    Job job;
    job.kind = QStringLiteral("instance.backup");
    job.targetType = QStringLiteral("instance");
    job.targetId = instanceId;
    QVERIFY(catalog.createJob(job).ok());
    QCOMPARE(catalog.instanceRows()->size(), 1);

    // Version 4 keeps the jobs and their log, and takes the interrupted state.
    if (fromVersion >= 2) {
        Result<Job> oldJob = catalog.job(oldJobId);
        QVERIFY2(oldJob.ok(), qPrintable(oldJob.ok() ? QString() : oldJob.error()));
        QCOMPARE(toString(oldJob->state), QStringLiteral("running"));
        QCOMPARE(oldJob->progress, 40);
        QCOMPARE(oldJob->owner, QString());
        QCOMPARE(catalog.jobLog(oldJobId)->size(), 2);
        Job interrupted = oldJob.value();
        interrupted.state = JobState::Interrupted;
        interrupted.owner = QStringLiteral("machine:1:2");
        QVERIFY(catalog.updateJob(interrupted).ok());
        QCOMPARE(toString(catalog.job(oldJobId)->state), QStringLiteral("interrupted"));
        QVERIFY(catalog.requestJobCancel(oldJobId).ok());
        QVERIFY(catalog.job(oldJobId)->cancelRequested);
        // The rebuilt job_log still follows its job on delete.
        QSqlQuery remove(catalog.database());
        QVERIFY2(remove.exec(QStringLiteral("DELETE FROM jobs WHERE id = '%1'").arg(oldJobId)),
            qPrintable(remove.lastError().text()));
        QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM job_log WHERE job_id = '%1'").arg(oldJobId)), 0);
    }
    // A host's network cannot change under live instances, so the old
    // catalog's instances are taken off it first.
    QSqlQuery retire(catalog.database());
    QVERIFY2(retire.exec(QStringLiteral("UPDATE instances SET status = 'deleted' WHERE host_id = '%1'").arg(hostId)),
        qPrintable(retire.lastError().text()));
    Host networked = catalog.host(hostId).value();
    networked.dockerNetwork = QStringLiteral("odoo-net");
    const Result<Host> networkSaved = catalog.updateHost(networked);
    QVERIFY2(networkSaved.ok(), qPrintable(networkSaved.error()));
    QCOMPARE(catalog.host(hostId)->dockerNetwork, QStringLiteral("odoo-net"));
}

void TestCatalog::rejectsNewerCatalogUntouched()
{
    QFETCH(QString, backend);
    CatalogLocation location(backend);
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));
    const int newer = latestSchemaVersion() + 1;
    {
        auto opened = location.open();
        QVERIFY(opened.ok());
        Catalog &catalog = **opened;
        QVERIFY(catalog.createCustomer(sampleCustomer(QStringLiteral("kept@example.co.zw"))).ok());
        QSqlQuery query(catalog.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, description, applied_at, "
                                          "program_version) VALUES (%1, 'from the future', '%2', '9.0.0')")
                               .arg(newer)
                               .arg(encodeTime(nowUtc()).toString())));
        if (!location.isPostgres()) {
            // Move the WAL into the main file so the file hash covers every change.
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
    }
    const QByteArray before = location.isPostgres() ? QByteArray() : fileHash(location.sqlitePath());

    auto refused = location.open();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QString::number(newer)), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLatin1String("Upgrade the program")), qPrintable(refused.error()));

    if (!location.isPostgres()) {
        QCOMPARE(fileHash(location.sqlitePath()), before);
        QVERIFY(!QFile::exists(location.sqlitePath() + QStringLiteral("-wal")));
        return;
    }
    {
        auto raw = openConnection(location.config(), QStringLiteral("inspect-newer"));
        QVERIFY(raw.ok());
        QSqlDatabase db = *raw;
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), migrations().size() + 1);
        QCOMPARE(query.value(1).toInt(), newer);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect-newer"));
}

void TestCatalog::customerRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    catalog.setAdminName(QStringLiteral("Chipo Admin"));
    Customer input = sampleCustomer(QStringLiteral("  tatenda@moyo.co.zw "));
    input.phone = QStringLiteral(" 077-123-4567 ");
    input.country = QStringLiteral("zw");
    input.notes = QStringLiteral("Pays by EcoCash – prefers Shona: Mhoro 👋");
    const Result<Customer> created = catalog.createCustomer(input);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    QCOMPARE(created->phone, QStringLiteral("+263771234567"));
    QCOMPARE(created->email, QStringLiteral("tatenda@moyo.co.zw"));
    QCOMPARE(created->country, QStringLiteral("ZW"));
    QCOMPARE(created->rowVersion, 1);
    QCOMPARE(created->updatedBy, QStringLiteral("Chipo Admin"));

    const Result<Customer> read = catalog.customer(created->id);
    QVERIFY(read.ok());
    QCOMPARE(read->name, input.name);
    QCOMPARE(read->phone, QStringLiteral("+263771234567"));
    QCOMPARE(read->notes, input.notes);
    QCOMPARE(toString(read->status), toString(CustomerStatus::Active));
    QCOMPARE(read->createdAt, created->createdAt);
    QCOMPARE(read->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(read->updatedBy, QStringLiteral("Chipo Admin"));

    Customer changed = *read;
    changed.status = CustomerStatus::Suspended;
    changed.phone = QStringLiteral("263 78 123 4567");
    const Result<Customer> updated = catalog.updateCustomer(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error()));
    QCOMPARE(toString(catalog.customer(created->id)->status), toString(CustomerStatus::Suspended));
    QCOMPARE(catalog.customer(created->id)->phone, QStringLiteral("+263781234567"));
    QCOMPARE(catalog.customer(created->id)->rowVersion, 2);

    Customer badPhone = sampleCustomer(QStringLiteral("other@moyo.co.zw"));
    badPhone.phone = QStringLiteral("0123");
    const Result<Customer> rejected = catalog.createCustomer(badPhone);
    QVERIFY(!rejected.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(rejected.error().contains(QLatin1String("0123")), qPrintable(rejected.error()));
}

void TestCatalog::emailUniqueIgnoringCase()
{
    OPEN_CATALOG(location, catalog);
    QVERIFY(catalog.createCustomer(sampleCustomer(QStringLiteral("Rudo@Example.co.zw"))).ok());
    const Result<Customer> duplicate = catalog.createCustomer(sampleCustomer(QStringLiteral("rudo@EXAMPLE.co.zw")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(duplicate.error().contains(QLatin1String("rudo@EXAMPLE.co.zw")), qPrintable(duplicate.error()));
    QCOMPARE(catalog.customerRows()->size(), 1);
}

void TestCatalog::tenantSlugUnique()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    Tenant second;
    second.customerId = owners.customer.id;
    second.name = QStringLiteral("Copy");
    second.slug = owners.tenant.slug;
    const Result<Tenant> duplicate = catalog.createTenant(second);
    QVERIFY(!duplicate.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(duplicate.error().contains(owners.tenant.slug), qPrintable(duplicate.error()));

    second.slug = QStringLiteral("Bad_Slug");
    QVERIFY(!catalog.createTenant(second).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    second.slug = QStringLiteral("copy");
    second.customerId = newId();
    QVERIFY(!catalog.createTenant(second).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    QCOMPARE(catalog.tenantBySlug(QStringLiteral("moyo-a"))->id, owners.tenant.id);
    QCOMPARE(catalog.tenantRows(owners.customer.id)->size(), 1);
}

void TestCatalog::tenantUpdateRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    catalog.setAdminName(QStringLiteral("Chipo Admin"));
    const Owners owners = createOwners(catalog);
    const Owners others = createOwners(catalog, QStringLiteral("b"));

    Tenant changed = owners.tenant;
    changed.name = QStringLiteral("  Moyo Hardware Mutare ");
    changed.slug = QStringLiteral("moyo-mutare");
    changed.customerId = others.customer.id;
    const Result<Tenant> updated = catalog.updateTenant(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error()));
    QCOMPARE(updated->rowVersion, 2);

    const Result<Tenant> stored = catalog.tenant(owners.tenant.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, QStringLiteral("Moyo Hardware Mutare"));
    QCOMPARE(stored->slug, QStringLiteral("moyo-mutare"));
    QCOMPARE(stored->customerId, others.customer.id);
    QCOMPARE(stored->createdAt, owners.tenant.createdAt);
    QCOMPARE(stored->updatedBy, QStringLiteral("Chipo Admin"));
    QCOMPARE(stored->rowVersion, 2);
    QVERIFY(!catalog.tenantBySlug(QStringLiteral("moyo-a")).ok());

    const Result<QList<AuditEvent>> events = catalog.auditEvents(owners.tenant.id);
    QVERIFY(events.ok());
    QVERIFY(!events->isEmpty());
    QCOMPARE(events->first().action, QStringLiteral("tenant.update"));
    QCOMPARE(events->first().details.value(QStringLiteral("previous_slug")).toString(), QStringLiteral("moyo-a"));
    QCOMPARE(events->first().details.value(QStringLiteral("previous_customer_id")).toString(), owners.customer.id);

    // A taken slug, an invalid slug, an empty name and an unknown customer
    // are rejected, and the stored record stays as it was.
    Tenant taken = *stored;
    taken.slug = others.tenant.slug;
    const Result<Tenant> duplicate = catalog.updateTenant(taken);
    QVERIFY(!duplicate.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(duplicate.error().contains(others.tenant.slug), qPrintable(duplicate.error()));

    Tenant badSlug = *stored;
    badSlug.slug = QStringLiteral("Bad_Slug");
    QVERIFY(!catalog.updateTenant(badSlug).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    Tenant noName = *stored;
    noName.name = QStringLiteral("   ");
    QVERIFY(!catalog.updateTenant(noName).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    Tenant unknownCustomer = *stored;
    unknownCustomer.customerId = newId();
    const Result<Tenant> orphan = catalog.updateTenant(unknownCustomer);
    QVERIFY(!orphan.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(orphan.error().contains(unknownCustomer.customerId), qPrintable(orphan.error()));

    Tenant missing = *stored;
    missing.id = newId();
    QVERIFY(!catalog.updateTenant(missing).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::NotFound);

    const Result<Tenant> unchanged = catalog.tenant(owners.tenant.id);
    QCOMPARE(unchanged->slug, QStringLiteral("moyo-mutare"));
    QCOMPARE(unchanged->name, QStringLiteral("Moyo Hardware Mutare"));
    QCOMPARE(unchanged->customerId, others.customer.id);
    QCOMPARE(unchanged->rowVersion, 2);
}

void TestCatalog::tenantUpdateLockedByInstances()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    const Owners others = createOwners(catalog, QStringLiteral("b"));
    const Result<Instance> instance
        = catalog.createInstance(sampleInstance(owners.tenant, owners.host, QStringLiteral("moyo_live")));
    QVERIFY2(instance.ok(), qPrintable(instance.ok() ? QString() : instance.error()));

    // The name can change while instances use the tenant.
    Tenant renamed = owners.tenant;
    renamed.name = QStringLiteral("Moyo renamed");
    const Result<Tenant> saved = catalog.updateTenant(renamed);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));

    Tenant reslugged = *saved;
    reslugged.slug = QStringLiteral("moyo-new");
    const Result<Tenant> slugLocked = catalog.updateTenant(reslugged);
    QVERIFY(!slugLocked.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(slugLocked.error().contains(instance->name), qPrintable(slugLocked.error()));
    QVERIFY2(slugLocked.error().contains(QLatin1String("moyo-a")), qPrintable(slugLocked.error()));

    Tenant moved = *saved;
    moved.customerId = others.customer.id;
    const Result<Tenant> customerLocked = catalog.updateTenant(moved);
    QVERIFY(!customerLocked.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(customerLocked.error().contains(instance->name), qPrintable(customerLocked.error()));

    // A deleted instance frees the slug but still ties the tenant to its
    // customer, whose backups and invoices it belongs to.
    QVERIFY(catalog.setInstanceStatus(instance->id, instance->rowVersion, InstanceStatus::Deleted).ok());
    QVERIFY(!catalog.updateTenant(moved).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    const Result<Tenant> freed = catalog.updateTenant(reslugged);
    QVERIFY2(freed.ok(), qPrintable(freed.ok() ? QString() : freed.error()));
    QCOMPARE(catalog.tenant(owners.tenant.id)->slug, QStringLiteral("moyo-new"));
    QCOMPARE(catalog.tenant(owners.tenant.id)->customerId, owners.customer.id);
}

void TestCatalog::tenantEditConflicts()
{
    OPEN_CATALOG(location, first);
    first.setAdminName(QStringLiteral("Farai"));
    auto secondOpened = location.open();
    QVERIFY(secondOpened.ok());
    Catalog &second = **secondOpened;
    second.setAdminName(QStringLiteral("Nyasha"));
    const Owners owners = createOwners(first);

    Tenant fromFirst = *first.tenant(owners.tenant.id);
    Tenant fromSecond = *second.tenant(owners.tenant.id);
    fromSecond.name = QStringLiteral("Nyasha's name");
    const Result<Tenant> saved = second.updateTenant(fromSecond);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));

    fromFirst.name = QStringLiteral("Farai's name");
    const Result<Tenant> lost = first.updateTenant(fromFirst);
    QVERIFY(!lost.ok());
    QCOMPARE(first.lastErrorKind(), ErrorKind::Conflict);
    QVERIFY2(lost.error().contains(QLatin1String("Nyasha")), qPrintable(lost.error()));
    QVERIFY2(lost.error().contains(QLatin1String("Nyasha's name")), qPrintable(lost.error()));
    QVERIFY2(!lost.error().contains(owners.tenant.id), qPrintable(lost.error()));
    QCOMPARE(first.tenant(owners.tenant.id)->name, QStringLiteral("Nyasha's name"));
    QCOMPARE(first.tenant(owners.tenant.id)->rowVersion, 2);
}

void TestCatalog::hostRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    const Host input = sampleHost(QStringLiteral("Harare-1"));
    const Result<Host> created = catalog.createHost(input);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    const Result<Host> read = catalog.hostByName(QStringLiteral("harare-1"));
    QVERIFY(read.ok());
    QCOMPARE(read->name, input.name);
    QCOMPARE(read->dockerEndpoint, input.dockerEndpoint);
    QCOMPARE(read->tlsCaPath, input.tlsCaPath);
    QCOMPARE(read->tlsKeyPath, input.tlsKeyPath);
    QCOMPARE(read->tlsServerName, input.tlsServerName);
    QCOMPARE(read->pgHost, input.pgHost);
    QCOMPARE(read->pgContainerHost, input.pgContainerHost);
    QCOMPARE(read->pgPasswordRef, input.pgPasswordRef);
    QCOMPARE(read->imageRepository, QStringLiteral("saasodoo/odoo-standin"));
    QCOMPARE(read->portRangeStart, 20000);
    QCOMPARE(read->portRangeEnd, 20999);
    QCOMPARE(read->cpuCores, 8.0);
    QCOMPARE(read->memoryBytes, input.memoryBytes);
    QCOMPARE(read->allowSuperuserOverride, false);

    const Result<Host> duplicate = catalog.createHost(sampleHost(QStringLiteral("HARARE-1")));
    QVERIFY(!duplicate.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    Host pem = sampleHost(QStringLiteral("pem"));
    pem.tlsKeyPath = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE...");
    QVERIFY(!catalog.createHost(pem).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    Host overridden = *read;
    overridden.allowSuperuserOverride = true;
    QVERIFY(catalog.updateHost(overridden).ok());
    QCOMPARE(catalog.host(read->id)->allowSuperuserOverride, true);
    QCOMPARE(catalog.hosts()->size(), 1);
}

void TestCatalog::hostRemoveKeepsRecord()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    const Result<Instance> live = catalog.createInstance(sampleInstance(owners.tenant, owners.host, QStringLiteral("live_db")));
    QVERIFY2(live.ok(), qPrintable(live.ok() ? QString() : live.error()));

    const Result<Host> refused = catalog.removeHost(owners.host.id);
    QVERIFY(!refused.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(refused.error().contains(live->name), qPrintable(refused.error()));
    QCOMPARE(catalog.hosts()->size(), 1);

    QVERIFY(catalog.setInstanceStatus(live->id, live->rowVersion, InstanceStatus::Deleted).ok());
    const Result<Host> removed = catalog.removeHost(owners.host.id);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error()));
    QCOMPARE(catalog.hosts()->size(), 0);
    QVERIFY(!catalog.hostByName(owners.host.name).ok());
    // The deleted instance's record still finds its host.
    const Result<Host> kept = catalog.host(owners.host.id);
    QVERIFY(kept.ok());
    QVERIFY(kept->removedAt.isValid());
    QCOMPARE(catalog.instance(live->id)->hostId, owners.host.id);
    QVERIFY(!catalog.removeHost(owners.host.id).ok());

    // The name is free for a new host.
    QVERIFY(catalog.createHost(sampleHost(owners.host.name)).ok());
}

void TestCatalog::freeTextRejectsControlCharacters()
{
    Customer customer = sampleCustomer(QStringLiteral("ctl@moyo.co.zw"));
    customer.name = QStringLiteral("Moyo\x1b[2J Hardware");
    const Status name = normalizeAndValidate(customer);
    QVERIFY(!name);
    QVERIFY2(name.error().contains(QLatin1String("U+001b")), qPrintable(name.error()));
    QVERIFY2(!name.error().contains(QChar(0x1b)), "the message echoes the control character");

    customer.name = QStringLiteral("Moyo Hardware");
    customer.notes = QStringLiteral("Line one\nLine two\twith a tab");
    QVERIFY(normalizeAndValidate(customer));
    customer.company = QStringLiteral("Moyo\nHardware");
    QVERIFY(!normalizeAndValidate(customer));

    Tenant tenant;
    tenant.customerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    tenant.name = QStringLiteral("Moyo\u0007");
    tenant.slug = QStringLiteral("moyo");
    QVERIFY(!normalizeAndValidate(tenant));
}

void TestCatalog::listAndMapRoundTrip_data()
{
    addBackendColumn();
    QTest::addColumn<QStringList>("addons");
    QTest::addColumn<QStringList>("disabled");
    QTest::addColumn<QVariantMap>("environment");
    for (const char *backend : { "sqlite", "postgresql" }) {
        const QString name = QString::fromLatin1(backend);
        QTest::addRow("%s three addons", backend)
            << name << QStringList { QStringLiteral("sale_zw"), QStringLiteral("l10n_zw"), QStringLiteral("ecocash") }
            << QStringList { QStringLiteral("website") }
            << QVariantMap { { QStringLiteral("TZ"), QStringLiteral("Africa/Harare") },
                   { QStringLiteral("WORKERS"), QStringLiteral("2") } };
        QTest::addRow("%s empty", backend) << name << QStringList() << QStringList() << QVariantMap();
        QTest::addRow("%s unicode", backend)
            << name << QStringList { QStringLiteral("mrp") } << QStringList()
            << QVariantMap { { QStringLiteral("GREETING"), QStringLiteral("Mhoro, 你好, Привет 👋 \"quoted\" \\ back") },
                   { QStringLiteral("EMPTY"), QString() },
                   { QStringLiteral("JSONISH"), QStringLiteral("{\"a\": [1, 2]}") } };
    }
}

void TestCatalog::listAndMapRoundTrip()
{
    QFETCH(QStringList, addons);
    QFETCH(QStringList, disabled);
    QFETCH(QVariantMap, environment);
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);

    Instance input = sampleInstance(owners.tenant, owners.host, QStringLiteral("roundtrip"));
    input.customAddons = addons;
    input.disabledModules = disabled;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        input.environment.insert(it.key(), it.value().toString());
    input.description = QStringLiteral("Duka – Bulawayo branch ✓");
    const Result<Instance> created = catalog.createInstance(input);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));

    const Result<Instance> read = catalog.instance(created->id);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
    QCOMPARE(read->customAddons, addons);
    QCOMPARE(read->disabledModules, disabled);
    QCOMPARE(read->environment, input.environment);
    QCOMPARE(read->description, input.description);
    QCOMPARE(read->cpuLimit, 1.5);
    QCOMPARE(read->memoryLimitBytes, 2LL * 1024 * 1024 * 1024);
    QCOMPARE(read->createdAt, created->createdAt);

    // Empty values are stored as empty JSON, never NULL or a bare string.
    QSqlQuery query(catalog.database());
    QVERIFY(query.exec(QStringLiteral("SELECT custom_addons, environment FROM instances WHERE custom_addons IS NULL "
                                      "OR environment IS NULL")));
    QVERIFY(!query.next());
    if (addons.isEmpty()) {
        QVERIFY(query.exec(QStringLiteral("SELECT custom_addons, environment FROM instances")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("[]"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("{}"));
    }
}

void TestCatalog::instanceRejectsInvalidInput()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    const Instance valid = sampleInstance(owners.tenant, owners.host, QStringLiteral("valid_db"));

    struct Case
    {
        const char *name;
        std::function<void(Instance &)> change;
        QString mentioned;
    };
    const QList<Case> cases {
        { "reserved env key", [](Instance &i) { i.environment.insert(QStringLiteral("PASSWORD"), QStringLiteral("x")); }, QStringLiteral("PASSWORD") },
        { "bad env key", [](Instance &i) { i.environment.insert(QStringLiteral("1ABC"), QStringLiteral("x")); }, QStringLiteral("1ABC") },
        { "bad database", [](Instance &i) { i.databaseName = QStringLiteral("_acme"); }, QStringLiteral("_acme") },
        { "bad version", [](Instance &i) { i.odooVersion = QStringLiteral("15.0"); }, QStringLiteral("15.0") },
        { "tag of other version", [](Instance &i) { i.imageTag = QStringLiteral("17.0-20260817"); }, QStringLiteral("17.0-20260817") },
        { "zero cpu", [](Instance &i) { i.cpuLimit = 0; }, QStringLiteral("CPU") },
        { "bad subdomain", [](Instance &i) { i.subdomain = QStringLiteral("-acme"); }, QStringLiteral("-acme") },
        { "name like an option", [](Instance &i) { i.name = QStringLiteral("-shop"); }, QStringLiteral("-shop") },
        { "bad addon", [](Instance &i) { i.customAddons = { QStringLiteral("sale; drop") }; }, QStringLiteral("sale; drop") },
        { "unknown host", [](Instance &i) { i.hostId = newId(); }, QString() },
    };
    for (const Case &testCase : cases) {
        Instance instance = valid;
        testCase.change(instance);
        const Result<Instance> result = catalog.createInstance(instance);
        QVERIFY2(!result.ok(), testCase.name);
        QVERIFY2(catalog.lastErrorKind() == ErrorKind::Validation, testCase.name);
        QVERIFY2(result.error().contains(testCase.mentioned), qPrintable(result.error()));
    }
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM instances")), 0);
    QVERIFY(catalog.createInstance(valid).ok());
}

void TestCatalog::concurrentEditConflicts()
{
    OPEN_CATALOG(location, first);
    first.setAdminName(QStringLiteral("Farai"));
    auto secondOpened = location.open();
    QVERIFY(secondOpened.ok());
    Catalog &second = **secondOpened;
    second.setAdminName(QStringLiteral("Nyasha"));

    const Owners owners = createOwners(first);
    const Result<Instance> created = first.createInstance(sampleInstance(owners.tenant, owners.host, QStringLiteral("shared")));
    QVERIFY(created.ok());

    // Both sessions load the same version.
    Instance fromFirst = *first.instance(created->id);
    Instance fromSecond = *second.instance(created->id);

    fromSecond.description = QStringLiteral("Nyasha's change");
    const Result<Instance> saved = second.updateInstance(fromSecond);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));

    fromFirst.description = QStringLiteral("Farai's change");
    const Result<Instance> lost = first.updateInstance(fromFirst);
    QVERIFY(!lost.ok());
    QCOMPARE(first.lastErrorKind(), ErrorKind::Conflict);
    QVERIFY2(lost.error().contains(QLatin1String("Nyasha")), qPrintable(lost.error()));
    QVERIFY2(lost.error().contains(saved->updatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))), qPrintable(lost.error()));
    // The message names the record as admins know it, not by its id.
    QVERIFY2(lost.error().contains(saved->name), qPrintable(lost.error()));
    QVERIFY2(!lost.error().contains(created->id), qPrintable(lost.error()));

    const Result<Instance> stored = first.instance(created->id);
    QCOMPARE(stored->description, QStringLiteral("Nyasha's change"));
    QCOMPARE(stored->updatedBy, QStringLiteral("Nyasha"));
    QCOMPARE(stored->rowVersion, 2);

    // A status change from a stale copy conflicts too.
    QVERIFY(!first.setInstanceStatus(created->id, 1, InstanceStatus::Stopped).ok());
    QCOMPARE(first.lastErrorKind(), ErrorKind::Conflict);
    QVERIFY(first.setInstanceStatus(created->id, 2, InstanceStatus::Stopped, QStringLiteral("maintenance")).ok());
    QCOMPARE(toString(second.instance(created->id)->status), toString(InstanceStatus::Stopped));
}

void TestCatalog::duplicateDatabaseRace()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    Instance first = sampleInstance(owners.tenant, owners.host, QStringLiteral("acme"));
    Instance second = first;
    second.subdomain = QStringLiteral("acme-two");
    second.name = QStringLiteral("Second");

    // Each worker opens its own catalog, as jobs do; both insert at once.
    QSemaphore ready;
    QSemaphore go;
    auto create = [&](Instance instance) {
        std::pair<bool, QString> outcome { false, QString() };
        auto opened = Catalog::open(location.config());
        if (!opened.ok()) {
            ready.release();
            return std::pair<bool, QString> { false, QStringLiteral("open: ") + opened.error() };
        }
        ready.release();
        go.acquire();
        const Result<Instance> created = (*opened)->createInstance(instance);
        outcome.first = created.ok();
        outcome.second = created.ok() ? QString() : created.error();
        if (!created.ok() && (*opened)->lastErrorKind() != ErrorKind::Validation)
            outcome.second.prepend(QStringLiteral("not a validation error: "));
        return outcome;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QFuture<std::pair<bool, QString>> a = QtConcurrent::run(&pool, create, first);
    QFuture<std::pair<bool, QString>> b = QtConcurrent::run(&pool, create, second);
    ready.acquire(2);
    go.release(2);
    const auto resultA = a.result();
    const auto resultB = b.result();

    QCOMPARE(int(resultA.first) + int(resultB.first), 1);
    const QString error = resultA.first ? resultB.second : resultA.second;
    QVERIFY2(error.contains(QLatin1String("\"acme\"")), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("Database name")), qPrintable(error));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM instances WHERE database_name = 'acme'")), 1);
}

void TestCatalog::databaseUniquePerServer()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    // A second Docker host that uses the same PostgreSQL server, and a third
    // with its own server.
    const Host sameServer = *catalog.createHost(sampleHost(QStringLiteral("host-b"), owners.host.pgHost.toUpper()));
    const Host otherServer = *catalog.createHost(sampleHost(QStringLiteral("host-c"), QStringLiteral("10.0.0.9")));

    const Result<Instance> original = catalog.createInstance(sampleInstance(owners.tenant, owners.host, QStringLiteral("shop")));
    QVERIFY(original.ok());
    // Subdomains are unique per base domain across hosts, so each of these
    // instances gets its own.
    Instance onSameServer = sampleInstance(owners.tenant, sameServer, QStringLiteral("shop"));
    onSameServer.subdomain = QStringLiteral("shop-b");
    const Result<Instance> clash = catalog.createInstance(onSameServer);
    QVERIFY(!clash.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(clash.error().contains(QLatin1String("10.0.0.5:5432")), qPrintable(clash.error()));
    Instance onOtherServer = sampleInstance(owners.tenant, otherServer, QStringLiteral("shop"));
    onOtherServer.subdomain = QStringLiteral("shop-c");
    QVERIFY(catalog.createInstance(onOtherServer).ok());

    // A deleted instance's database name is free again.
    QVERIFY(catalog.setInstanceStatus(original->id, 1, InstanceStatus::Deleted).ok());
    Instance reuse = sampleInstance(owners.tenant, sameServer, QStringLiteral("shop"));
    const Result<Instance> reused = catalog.createInstance(reuse);
    QVERIFY2(reused.ok(), qPrintable(reused.ok() ? QString() : reused.error()));

    // Loopback spellings are one server, and the message names it as the
    // admin gave it, not by the catalog's key for it.
    const Host loopback = *catalog.createHost(sampleHost(QStringLiteral("host-d"), QStringLiteral("127.0.0.1")));
    const Host localhost = *catalog.createHost(sampleHost(QStringLiteral("host-e"), QStringLiteral("localhost")));
    Instance onLoopback = sampleInstance(owners.tenant, loopback, QStringLiteral("local"));
    onLoopback.subdomain = QStringLiteral("local-d");
    QVERIFY(catalog.createInstance(onLoopback).ok());
    Instance onLocalhost = sampleInstance(owners.tenant, localhost, QStringLiteral("local"));
    onLocalhost.subdomain = QStringLiteral("local-e");
    const Result<Instance> localClash = catalog.createInstance(onLocalhost);
    QVERIFY(!localClash.ok());
    QVERIFY2(localClash.error().contains(QLatin1String("server localhost:5432")), qPrintable(localClash.error()));
    QVERIFY2(!localClash.error().contains(QLatin1String("loopback")), qPrintable(localClash.error()));
}

void TestCatalog::auditRecordsMutation()
{
    OPEN_CATALOG(location, catalog);
    catalog.setAdminName(QStringLiteral("Chipo Admin"));
    const Result<Customer> created = catalog.createCustomer(sampleCustomer(QStringLiteral("audit@moyo.co.zw")));
    QVERIFY(created.ok());
    Customer changed = *created;
    changed.notes = QStringLiteral("VIP");
    QVERIFY(catalog.updateCustomer(changed).ok());

    const Result<QList<AuditEvent>> events = catalog.auditEvents(created->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QStringList actions;
    for (const AuditEvent &event : *events) {
        actions.append(event.action);
        QCOMPARE(event.adminName, QStringLiteral("Chipo Admin"));
        QCOMPARE(event.osUser, Catalog::osUserName());
        QCOMPARE(event.targetType, QStringLiteral("customer"));
        QCOMPARE(event.details.value(QStringLiteral("email")).toString(), QStringLiteral("audit@moyo.co.zw"));
        QVERIFY(qAbs(event.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    actions.sort();
    QCOMPARE(actions, (QStringList { QStringLiteral("customer.create"), QStringLiteral("customer.update") }));
}

void TestCatalog::auditRolledBackWithMutation()
{
    OPEN_CATALOG(location, catalog);
    const Result<Customer> created = catalog.createCustomer(sampleCustomer(QStringLiteral("keep@moyo.co.zw")));
    QVERIFY(created.ok());
    const int eventsBefore = countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events"));

    // A failed mutation writes no audit event.
    QVERIFY(!catalog.createCustomer(sampleCustomer(QStringLiteral("KEEP@moyo.co.zw"))).ok());
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events")), eventsBefore);

    // A failed audit insert undoes the mutation: block it with a trigger.
    QSqlQuery query(catalog.database());
    if (location.isPostgres()) {
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE FUNCTION block_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "RAISE EXCEPTION 'audit blocked'; END $$")),
            qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER block_audit BEFORE INSERT ON audit_events FOR EACH ROW "
                                           "EXECUTE FUNCTION block_audit()")),
            qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER block_audit BEFORE INSERT ON audit_events "
                                           "BEGIN SELECT RAISE(ABORT, 'audit blocked'); END")),
            qPrintable(query.lastError().text()));
    }
    Customer changed = *created;
    changed.name = QStringLiteral("Renamed");
    const Result<Customer> updated = catalog.updateCustomer(changed);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(QLatin1String("audit blocked")), qPrintable(updated.error()));
    QCOMPARE(catalog.customer(created->id)->name, created->name);
    QCOMPARE(catalog.customer(created->id)->rowVersion, 1);
    QVERIFY(!catalog.createCustomer(sampleCustomer(QStringLiteral("new@moyo.co.zw"))).ok());
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events")), eventsBefore);
}

void TestCatalog::instanceListFilters()
{
    OPEN_CATALOG(location, catalog);
    const Owners a = createOwners(catalog, QStringLiteral("a"));
    const Owners b = createOwners(catalog, QStringLiteral("b"));
    Customer renamed = b.customer;
    renamed.name = QStringLiteral("Zambezi Traders");
    QVERIFY(catalog.updateCustomer(renamed).ok());

    const Instance alpha = *catalog.createInstance(sampleInstance(a.tenant, a.host, QStringLiteral("alpha_db")));
    const Instance beta = *catalog.createInstance(sampleInstance(a.tenant, a.host, QStringLiteral("beta")));
    Instance gammaInput = sampleInstance(b.tenant, b.host, QStringLiteral("gamma"));
    gammaInput.subdomain = QStringLiteral("shop-100percent");
    const Instance gamma = *catalog.createInstance(gammaInput);
    QVERIFY(catalog.setInstanceStatus(beta.id, 1, InstanceStatus::Running).ok());
    QVERIFY(catalog.setInstanceStatus(alpha.id, 1, InstanceStatus::Deleted).ok());

    auto names = [&](const InstanceFilter &filter) {
        QStringList list;
        const Result<QList<InstanceRow>> rows = catalog.instanceRows(filter);
        for (const InstanceRow &row : rows.value())
            list.append(row.databaseName);
        return list;
    };
    QCOMPARE(names({}), (QStringList { QStringLiteral("beta"), QStringLiteral("gamma") }));
    InstanceFilter withDeleted;
    withDeleted.includeDeleted = true;
    QCOMPARE(names(withDeleted).size(), 3);

    InstanceFilter running;
    running.statuses = { InstanceStatus::Running };
    QCOMPARE(names(running), QStringList { QStringLiteral("beta") });

    InstanceFilter byHost;
    byHost.hostId = b.host.id;
    QCOMPARE(names(byHost), QStringList { QStringLiteral("gamma") });
    InstanceFilter byTenant;
    byTenant.tenantId = a.tenant.id;
    QCOMPARE(names(byTenant), QStringList { QStringLiteral("beta") });
    InstanceFilter byCustomer;
    byCustomer.customerId = b.customer.id;
    QCOMPARE(names(byCustomer), QStringList { QStringLiteral("gamma") });

    InstanceFilter text;
    text.text = QStringLiteral("ZAMBEZI");
    QCOMPARE(names(text), QStringList { QStringLiteral("gamma") });
    text.text = QStringLiteral("BET");
    QCOMPARE(names(text), QStringList { QStringLiteral("beta") });
    text.text = QStringLiteral("100percent");
    QCOMPARE(names(text), QStringList { QStringLiteral("gamma") });
    text.text = QStringLiteral("%");
    QCOMPARE(names(text), QStringList());
    text.text = QStringLiteral("owner-a@");
    QCOMPARE(names(text), QStringList { QStringLiteral("beta") });
    QCOMPARE(*catalog.instanceCount(text), 1);

    const QList<InstanceRow> rows = *catalog.instanceRows(byHost);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().customerName, QStringLiteral("Zambezi Traders"));
    QCOMPARE(rows.first().tenantName, b.tenant.name);
    QCOMPARE(rows.first().hostName, b.host.name);
    QCOMPARE(toString(rows.first().status), toString(InstanceStatus::Creating));
    QCOMPARE(rows.first().id, gamma.id);

    InstanceFilter page;
    page.limit = 1;
    page.offset = 1;
    QCOMPARE(names(page), QStringList { QStringLiteral("gamma") });
}

void TestCatalog::customerRowsCountInstances()
{
    OPEN_CATALOG(location, catalog);
    const Owners a = createOwners(catalog, QStringLiteral("a"));
    const Owners b = createOwners(catalog, QStringLiteral("b"));
    QVERIFY(catalog.createCustomer(sampleCustomer(QStringLiteral("lonely@moyo.co.zw"))).ok());
    QVERIFY(catalog.createInstance(sampleInstance(a.tenant, a.host, QStringLiteral("one"))).ok());
    QVERIFY(catalog.createInstance(sampleInstance(a.tenant, a.host, QStringLiteral("two"))).ok());
    const Instance gone = *catalog.createInstance(sampleInstance(b.tenant, b.host, QStringLiteral("three")));
    QVERIFY(catalog.setInstanceStatus(gone.id, 1, InstanceStatus::Deleted).ok());

    QMap<QString, std::pair<int, int>> counts;
    const Result<QList<CustomerRow>> rows = catalog.customerRows();
    for (const CustomerRow &row : rows.value())
        counts.insert(row.customer.email, { row.tenantCount, row.instanceCount });
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.value(a.customer.email), std::make_pair(1, 2));
    QCOMPARE(counts.value(b.customer.email), std::make_pair(1, 0));
    QCOMPARE(counts.value(QStringLiteral("lonely@moyo.co.zw")), std::make_pair(0, 0));
    QCOMPARE(catalog.customerRows(QStringLiteral("LONELY"))->size(), 1);
}

void TestCatalog::jobsAndBackupsRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog);
    const Instance instance = *catalog.createInstance(sampleInstance(owners.tenant, owners.host, QStringLiteral("jobs")));

    Job job;
    job.kind = QStringLiteral("backup.run");
    job.targetType = QStringLiteral("instance");
    job.targetId = instance.id;
    job.steps = { QStringLiteral("dump"), QStringLiteral("filestore"), QStringLiteral("upload") };
    Result<Job> created = catalog.createJob(job);
    QVERIFY(created.ok());
    Job running = *created;
    running.state = JobState::Running;
    running.startedAt = nowUtc();
    running.progress = 40;
    running.currentStep = 1;
    QVERIFY(catalog.updateJob(running).ok());
    QVERIFY(catalog.appendJobLog(created->id, QStringLiteral("info"), QStringLiteral("pg_dump started")).ok());
    QVERIFY(catalog.appendJobLog(created->id, QStringLiteral("warning"), QStringLiteral("slow upload – 1 MB/s")).ok());
    QVERIFY(!catalog.appendJobLog(created->id, QStringLiteral("debug"), QStringLiteral("x")).ok());

    const Result<Job> read = catalog.job(created->id);
    QVERIFY(read.ok());
    QCOMPARE(toString(read->state), toString(JobState::Running));
    QCOMPARE(read->steps, job.steps);
    QCOMPARE(read->progress, 40);
    QCOMPARE(read->startedAt, running.startedAt);
    QVERIFY(!read->finishedAt.isValid());
    const QList<JobLogLine> lines = *catalog.jobLog(created->id);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).sequence, 1);
    QCOMPARE(lines.at(1).message, QStringLiteral("slow upload – 1 MB/s"));

    Backup backup;
    backup.instanceId = instance.id;
    backup.location = QStringLiteral("backups/moyo/jobs-2026-08-17.zip");
    backup.kind = BackupKind::Scheduled;
    backup.odooVersion = QStringLiteral("18.0");
    backup.expiresAt = nowUtc().addDays(7);
    Result<Backup> stored = catalog.createBackup(backup);
    QVERIFY(stored.ok());
    Backup done = *stored;
    done.state = BackupState::Completed;
    done.sizeBytes = 5LL * 1024 * 1024 * 1024;
    done.sha256 = QString(64, u'a');
    QVERIFY(catalog.updateBackup(done).ok());
    const QList<Backup> list = *catalog.backups(instance.id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(toString(list.first().state), toString(BackupState::Completed));
    QCOMPARE(list.first().sizeBytes, done.sizeBytes);
    QCOMPARE(list.first().expiresAt, backup.expiresAt);
    QCOMPARE(list.first().sha256, done.sha256);

    backup.sha256 = QStringLiteral("XYZ");
    QVERIFY(!catalog.createBackup(backup).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
}

void TestCatalog::catalogPerWorkerThread()
{
    OPEN_CATALOG(location, catalog);
    // Eight workers, each with its own Catalog, write at the same time.
    const CatalogConfig config = location.config();
    QList<QFuture<QString>> futures;
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    for (int worker = 0; worker < 8; ++worker) {
        futures.append(QtConcurrent::run(&pool, [config, worker]() -> QString {
            auto opened = Catalog::open(config);
            if (!opened.ok())
                return opened.error();
            for (int i = 0; i < 5; ++i) {
                const Result<Customer> created = (*opened)->createCustomer(
                    sampleCustomer(QStringLiteral("worker%1-%2@moyo.co.zw").arg(worker).arg(i)));
                if (!created.ok())
                    return created.error();
            }
            return QString();
        }));
    }
    for (QFuture<QString> &future : futures)
        QVERIFY2(future.result().isEmpty(), qPrintable(future.result()));
    QCOMPARE(catalog.customerRows()->size(), 40);
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events")), 40);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
