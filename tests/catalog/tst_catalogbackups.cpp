// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backup records and retention policies in the catalog, once on a SQLite
// file and once on a PostgreSQL database from the harness.
#include "catalogfixture.h"

#include "core/catalog/catalog.h"
#include "core/catalog/migrations.h"
#include "core/catalog/validation.h"
#include "tests/support/testservices.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace saasodoo;
using namespace saasodoo::catalog;
using namespace saasodoo::test;

namespace {

struct Fixture
{
    Instance first;
    Instance second;
};

Instance makeInstance(Catalog &catalog, const Tenant &tenant, const Host &host, const QString &database)
{
    Instance instance;
    instance.tenantId = tenant.id;
    instance.hostId = host.id;
    instance.name = database;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = InstanceType::Production;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 2LL * 1024 * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@moyo.co.zw");
    instance.databaseName = database;
    instance.subdomain = database;
    return *catalog.createInstance(instance);
}

Fixture createFixture(Catalog &catalog)
{
    Customer customer;
    customer.name = QStringLiteral("Moyo Hardware");
    customer.email = QStringLiteral("it@moyo.co.zw");
    const Customer savedCustomer = *catalog.createCustomer(customer);
    Tenant tenant;
    tenant.customerId = savedCustomer.id;
    tenant.name = QStringLiteral("Moyo");
    tenant.slug = QStringLiteral("moyo");
    const Tenant savedTenant = *catalog.createTenant(tenant);
    Host host;
    host.name = QStringLiteral("hre-1");
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("apps.example.co.zw");
    host.cpuCores = 4;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Host savedHost = *catalog.createHost(host);
    return { makeInstance(catalog, savedTenant, savedHost, QStringLiteral("moyo")),
        makeInstance(catalog, savedTenant, savedHost, QStringLiteral("moyo-staging")) };
}

Backup pendingBackup(const Instance &instance, BackupKind kind, const QDateTime &createdAt = {})
{
    Backup backup;
    backup.instanceId = instance.id;
    backup.kind = kind;
    backup.location = QStringLiteral("/srv/backups/%1/%2.zip").arg(instance.databaseName, newId());
    backup.odooVersion = instance.odooVersion;
    backup.state = BackupState::Running;
    backup.createdAt = createdAt;
    return backup;
}

// The audit actions on `targetId`, sorted: events written in the same
// millisecond have no defined order.
QStringList auditActions(Catalog &catalog, const QString &targetId)
{
    QStringList actions;
    const QList<AuditEvent> events = *catalog.auditEvents(targetId, 100);
    for (const AuditEvent &event : events)
        actions.append(event.action);
    actions.sort();
    return actions;
}

} // namespace

class TestCatalogBackups : public QObject
{
    Q_OBJECT

private slots:
#define OPEN_CATALOG(location, name)                                                                         \
    QFETCH(QString, backend);                                                                                \
    SAASODOO_REQUIRE_BACKEND(backend);                                                                       \
    CatalogLocation location(backend);                                                                       \
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));                                  \
    auto name##Opened = location.open();                                                                     \
    QVERIFY2(name##Opened.ok(), qPrintable(name##Opened.ok() ? QString() : name##Opened.error()));           \
    Catalog &name = **name##Opened

    void backupLifecycleAudited_data() { addBackendColumn(); addBackendRows(); }
    void backupLifecycleAudited();
    void listsByInstanceAndOverall_data() { addBackendColumn(); addBackendRows(); }
    void listsByInstanceAndOverall();
    void rejectsInvalidBackups_data() { addBackendColumn(); addBackendRows(); }
    void rejectsInvalidBackups();
    void policyDefaultsAndOverride_data() { addBackendColumn(); addBackendRows(); }
    void policyDefaultsAndOverride();
    void upgradeMapsTiersToKinds_data() { addBackendColumn(); addBackendRows(); }
    void upgradeMapsTiersToKinds();
};

void TestCatalogBackups::backupLifecycleAudited()
{
    OPEN_CATALOG(location, catalog);
    const Fixture fixture = createFixture(catalog);

    const Result<Backup> created = catalog.createBackup(pendingBackup(fixture.first, BackupKind::Manual));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
    QCOMPARE(toString(created->state), QStringLiteral("running"));

    Backup completed = *created;
    completed.state = BackupState::Completed;
    completed.sizeBytes = 3LL * 1024 * 1024 * 1024;
    completed.sha256 = QString(64, u'B');
    completed.expiresAt = nowUtc().addDays(93);
    Result<Backup> saved = catalog.updateBackup(completed);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
    QCOMPARE(saved->sha256, QString(64, u'b'));

    Backup archived = *saved;
    archived.s3Key = QStringLiteral("moyo/2026-12-05 backup+ü.zip");
    archived.archivedAt = nowUtc();
    archived.verifiedAt = archived.archivedAt;
    archived.location.clear(); // pruned once archived
    saved = catalog.updateBackup(archived);
    QVERIFY(saved.ok());

    const Result<Backup> read = catalog.backup(created->id);
    QVERIFY(read.ok());
    QCOMPARE(toString(read->kind), QStringLiteral("manual"));
    QCOMPARE(read->s3Key, archived.s3Key);
    QCOMPARE(read->location, QString());
    QCOMPARE(read->sizeBytes, completed.sizeBytes);
    QCOMPARE(read->archivedAt, archived.archivedAt);
    QCOMPARE(read->verifiedAt, archived.verifiedAt);
    QCOMPARE(read->expiresAt, completed.expiresAt);
    QVERIFY(!read->deletedAt.isValid());

    const Result<Backup> expired = catalog.markBackupExpired(created->id);
    QVERIFY(expired.ok());
    QCOMPARE(toString(catalog.backup(created->id)->state), QStringLiteral("expired"));

    const Result<Backup> deleted = catalog.markBackupDeleted(created->id, QStringLiteral("retention"));
    QVERIFY(deleted.ok());
    const Result<Backup> gone = catalog.backup(created->id);
    QCOMPARE(toString(gone->state), QStringLiteral("deleted"));
    QCOMPARE(gone->s3Key, QString());
    QVERIFY(gone->deletedAt.isValid());
    QVERIFY(!catalog.markBackupExpired(created->id).ok());

    QCOMPARE(auditActions(catalog, created->id),
        (QStringList { QStringLiteral("backup.create"), QStringLiteral("backup.delete"), QStringLiteral("backup.expire"),
            QStringLiteral("backup.update"), QStringLiteral("backup.update") }));
    AuditEvent deleteEvent;
    const QList<AuditEvent> events = *catalog.auditEvents(created->id, 100);
    for (const AuditEvent &event : events) {
        if (event.action == QLatin1String("backup.delete"))
            deleteEvent = event;
    }
    QCOMPARE(deleteEvent.details.value(QStringLiteral("s3_key")).toString(), archived.s3Key);
    QCOMPARE(deleteEvent.details.value(QStringLiteral("reason")).toString(), QStringLiteral("retention"));

    QVERIFY(!catalog.backup(newId()).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::NotFound);
    QVERIFY(!catalog.backup(QStringLiteral("not-an-id")).ok());
}

void TestCatalogBackups::listsByInstanceAndOverall()
{
    OPEN_CATALOG(location, catalog);
    const Fixture fixture = createFixture(catalog);
    const QDateTime now = nowUtc();
    const Backup older = *catalog.createBackup(pendingBackup(fixture.first, BackupKind::Scheduled, now.addDays(-2)));
    const Backup newer = *catalog.createBackup(pendingBackup(fixture.first, BackupKind::Safety, now.addDays(-1)));
    const Backup other = *catalog.createBackup(pendingBackup(fixture.second, BackupKind::Manual, now));
    QVERIFY(catalog.markBackupDeleted(older.id, QStringLiteral("admin")).ok());

    const QList<Backup> first = *catalog.backups(fixture.first.id);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().id, newer.id);
    QCOMPARE(toString(first.first().kind), QStringLiteral("safety"));

    const QList<Backup> firstAll = *catalog.backups(fixture.first.id, true);
    QCOMPARE(firstAll.size(), 2);
    QCOMPARE(firstAll.at(0).id, newer.id);
    QCOMPARE(firstAll.at(1).id, older.id);

    const QList<Backup> all = *catalog.allBackups();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, other.id);
    QCOMPARE(all.at(1).id, newer.id);
    QCOMPARE(catalog.allBackups(true)->size(), 3);
    QCOMPARE(catalog.backups(QStringLiteral("nonsense"))->size(), 0);
}

void TestCatalogBackups::rejectsInvalidBackups()
{
    OPEN_CATALOG(location, catalog);
    const Fixture fixture = createFixture(catalog);

    Backup badHash = pendingBackup(fixture.first, BackupKind::Manual);
    badHash.sha256 = QStringLiteral("xyz");
    QVERIFY(!catalog.createBackup(badHash).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);

    Backup nowhere = pendingBackup(fixture.first, BackupKind::Manual);
    nowhere.location.clear();
    nowhere.state = BackupState::Completed;
    const Result<Backup> rejected = catalog.createBackup(nowhere);
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().contains(QStringLiteral("S3 key")), qPrintable(rejected.error()));

    Backup unknownInstance = pendingBackup(fixture.first, BackupKind::Manual);
    unknownInstance.instanceId = newId();
    QVERIFY(!catalog.createBackup(unknownInstance).ok());

    Backup negative = pendingBackup(fixture.first, BackupKind::Manual);
    negative.sizeBytes = -1;
    QVERIFY(!catalog.createBackup(negative).ok());

    Backup missing = pendingBackup(fixture.first, BackupKind::Manual);
    missing.id = newId();
    QVERIFY(!catalog.updateBackup(missing).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::NotFound);
    QCOMPARE(catalog.allBackups(true)->size(), 0);
}

void TestCatalogBackups::policyDefaultsAndOverride()
{
    OPEN_CATALOG(location, catalog);
    const Fixture fixture = createFixture(catalog);

    const Result<BackupPolicy> defaults = catalog.backupPolicy(fixture.first.id);
    QVERIFY(defaults.ok());
    QVERIFY(defaults->isDefault);
    QCOMPARE(defaults->keepDaily, 7);
    QCOMPARE(defaults->keepWeekly, 4);
    QCOMPARE(defaults->keepMonthly, 3);
    QCOMPARE(defaults->intervalHours, 24);

    BackupPolicy custom = *defaults;
    custom.keepDaily = 14;
    custom.keepWeekly = 0;
    custom.keepMonthly = 12;
    custom.intervalHours = 6;
    QVERIFY(catalog.setBackupPolicy(custom).ok());
    custom.keepDaily = 10; // saving again replaces the row
    QVERIFY(catalog.setBackupPolicy(custom).ok());
    const Result<BackupPolicy> read = catalog.backupPolicy(fixture.first.id);
    QVERIFY(!read->isDefault);
    QCOMPARE(read->keepDaily, 10);
    QCOMPARE(read->keepWeekly, 0);
    QCOMPARE(read->keepMonthly, 12);
    QCOMPARE(read->intervalHours, 6);
    QVERIFY(catalog.backupPolicy(fixture.second.id)->isDefault);
    QCOMPARE(auditActions(catalog, fixture.first.id).count(QStringLiteral("backup.policy")), 2);

    BackupPolicy negative = custom;
    negative.keepMonthly = -1;
    QVERIFY(!catalog.setBackupPolicy(negative).ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    BackupPolicy unknown = custom;
    unknown.instanceId = newId();
    QVERIFY(!catalog.setBackupPolicy(unknown).ok());
}

void TestCatalogBackups::upgradeMapsTiersToKinds()
{
    QFETCH(QString, backend);
    SAASODOO_REQUIRE_BACKEND(backend);
    CatalogLocation location(backend);
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));

    // Turn a new catalog back into one from before version 5, which still
    // has backups.tier, and fill it by raw SQL.
    QString instanceId;
    QString manualId = newId();
    QString weeklyId = newId();
    {
        auto opened = location.open();
        QVERIFY(opened.ok());
        const Fixture fixture = createFixture(**opened);
        instanceId = fixture.first.id;
    }
    {
        auto raw = openConnection(location.config(), QStringLiteral("downgrade"));
        QVERIFY(raw.ok());
        QSqlDatabase db = *raw;
        QSqlQuery query(db);
        const QString now = encodeTime(nowUtc()).toString();
        // Rebuild the version 2 table as an older program left it.
        QVERIFY(query.exec(QStringLiteral("DROP TABLE backup_policies")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE backups")));
        // Version 16 adds columns to the table that this drops, so an older
        // program has not applied it either.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_version WHERE version IN (5, 16)")));
        const SqlDialect dialect(location.config().backend);
        QVERIFY2(query.exec(dialect.translate(QStringLiteral(
                     "CREATE TABLE backups (id {uuid} PRIMARY KEY, instance_id {uuid} NOT NULL REFERENCES instances "
                     "(id), location TEXT NOT NULL, tier TEXT NOT NULL, size_bytes {bigint} NOT NULL DEFAULT 0, "
                     "sha256 TEXT NOT NULL DEFAULT '', odoo_version TEXT NOT NULL, state TEXT NOT NULL, created_at "
                     "{timestamp} NOT NULL, expires_at {timestamp})"))),
            qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("CREATE INDEX ix_backups_instance ON backups (instance_id, created_at)")));
        for (const auto &[id, tier] : { std::pair { manualId, QStringLiteral("manual") },
                 std::pair { weeklyId, QStringLiteral("weekly") } }) {
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO backups (id, instance_id, location, tier, size_bytes, "
                                               "odoo_version, state, created_at) VALUES ('%1', '%2', '/b/%3.zip', "
                                               "'%3', 42, '18.0', 'completed', '%4')")
                                    .arg(id, instanceId, tier, now)),
                qPrintable(query.lastError().text()));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    auto upgraded = location.open();
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error()));
    Catalog &catalog = **upgraded;
    QCOMPARE(*readSchemaVersion(catalog.database()), latestSchemaVersion());
    const Result<Backup> manual = catalog.backup(manualId);
    QVERIFY2(manual.ok(), qPrintable(manual.ok() ? QString() : manual.error()));
    QCOMPARE(toString(manual->kind), QStringLiteral("manual"));
    QCOMPARE(manual->location, QStringLiteral("/b/manual.zip"));
    QCOMPARE(manual->sizeBytes, 42);
    QCOMPARE(toString(catalog.backup(weeklyId)->kind), QStringLiteral("scheduled"));
    QVERIFY(catalog.backupPolicy(instanceId)->isDefault);
}

QTEST_GUILESS_MAIN(TestCatalogBackups)
#include "tst_catalogbackups.moc"
