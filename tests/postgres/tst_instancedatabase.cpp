// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Least-privilege provisioning of instance databases and roles, against the
// harness's PostgreSQL 15 as the product's role saasodoo_admin (CREATEDB
// CREATEROLE, not a superuser). The fixture superuser only inspects.
#include "core/postgres/instancedatabase.h"

#include "tests/support/testservices.h"

#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace saasodoo;
using namespace saasodoo::postgres;

namespace {

test::PostgresService pgService()
{
    return test::postgres();
}

PgEndpoint adminEndpoint()
{
    const test::PostgresService pg = pgService();
    return PgEndpoint { pg.host, pg.port, pg.adminUser };
}

PgEndpoint superEndpoint()
{
    const test::PostgresService pg = pgService();
    return PgEndpoint { pg.host, pg.port, pg.superuser };
}

QString uniqueName(const char *prefix)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix), QUuid::createUuid().toString(QUuid::Id128).left(10));
}

} // namespace

class TestInstanceDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void consoleRoleIsAccepted();
    void superuserIsRejectedUnlessOverridden();
    void createsIsolatedDatabase();
    void otherInstanceRoleCannotConnect();
    void passwordIsStoredHashed();
    void existingDatabaseIsRejected();
    void oddIdentifiersAreQuoted();
    void dropRemovesEverythingAndIsIdempotent();
    void dropBlockedByForeignSessionFails();
};

void TestInstanceDatabase::init()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
}

void TestInstanceDatabase::consoleRoleIsAccepted()
{
    auto connection = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    const Result<ConsoleRoleCheck> check = checkConsoleRole(connection.value(), false);
    QVERIFY2(check.ok(), qPrintable(check.error()));
    QVERIFY(!check->superuser);
    QVERIFY(check->createDatabase);
    QVERIFY(check->createRole);
    // The harness runs PostgreSQL 15, where CREATEROLE reaches too far.
    QCOMPARE(check->serverVersion / 10000, 15);
    QCOMPARE(check->warnings.size(), 1);
    QVERIFY(check->warnings.first().contains(QLatin1String("PostgreSQL 16")));
}

void TestInstanceDatabase::superuserIsRejectedUnlessOverridden()
{
    auto connection = PgConnection::open(superEndpoint(), pgService().superpassword);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
    const Result<ConsoleRoleCheck> refused = checkConsoleRole(connection.value(), false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("superuser")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(pgService().superuser), qPrintable(refused.error()));

    const Result<ConsoleRoleCheck> allowed = checkConsoleRole(connection.value(), true);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error()));
    QVERIFY(allowed->superuser);
    QVERIFY(!allowed->warnings.isEmpty());
}

void TestInstanceDatabase::createsIsolatedDatabase()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec spec { uniqueName("role"), uniqueName("db") };
    CreatedObjects created;
    const Status status = createInstanceDatabase(admin.value(), spec, QStringLiteral("instance-pass"), &created);
    const auto cleanup = qScopeGuard([&] { dropInstanceDatabase(admin.value(), spec); });
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(created.role);
    QVERIFY(created.database);

    // The instance role owns its database and can use it and `postgres`.
    PgEndpoint instanceEndpoint = adminEndpoint();
    instanceEndpoint.user = spec.role;
    auto own = PgConnection::open(instanceEndpoint, QStringLiteral("instance-pass"), spec.database);
    QVERIFY2(own.ok(), qPrintable(own.error()));
    QVERIFY(own.value().execute(QStringLiteral("CREATE TABLE probe (id int)")).ok());
    auto maintenance = PgConnection::open(instanceEndpoint, QStringLiteral("instance-pass"), QStringLiteral("postgres"));
    QVERIFY2(maintenance.ok(), qPrintable(maintenance.error()));

    // It got no server-wide privileges.
    const Result<PgRows> flags = admin.value().query(
        QStringLiteral("SELECT rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = $1"), { spec.role });
    QVERIFY(flags.ok());
    QCOMPARE(flags->rows.first(), (QStringList { QStringLiteral("f"), QStringLiteral("f"), QStringLiteral("f") }));

    // The console took back its temporary membership in the instance role.
    const Result<PgRows> member = admin.value().query(
        QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = $1 AND u.rolname = current_user"),
        { spec.role });
    QVERIFY(member.ok());
    QCOMPARE(member->value(0, 0), QStringLiteral("0"));

    // Encoding and template as Odoo expects.
    const Result<PgRows> encoding = admin.value().query(
        QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate FROM pg_database WHERE datname = $1"),
        { spec.database });
    QVERIFY(encoding.ok());
    QCOMPARE(encoding->value(0, 0), QStringLiteral("UTF8"));
    QCOMPARE(encoding->value(0, 1), QStringLiteral("C"));
}

void TestInstanceDatabase::otherInstanceRoleCannotConnect()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec a { uniqueName("role_a"), uniqueName("db_a") };
    const InstanceDatabaseSpec b { uniqueName("role_b"), uniqueName("db_b") };
    QVERIFY(createInstanceDatabase(admin.value(), a, QStringLiteral("pass-a"), nullptr).ok());
    const auto cleanupA = qScopeGuard([&] { dropInstanceDatabase(admin.value(), a); });
    QVERIFY(createInstanceDatabase(admin.value(), b, QStringLiteral("pass-b"), nullptr).ok());
    const auto cleanupB = qScopeGuard([&] { dropInstanceDatabase(admin.value(), b); });

    PgEndpoint asB = adminEndpoint();
    asB.user = b.role;
    auto intruder = PgConnection::open(asB, QStringLiteral("pass-b"), a.database);
    QVERIFY(!intruder.ok());
    QVERIFY2(intruder.error().contains(QLatin1String("permission denied for database")), qPrintable(intruder.error()));
}

void TestInstanceDatabase::passwordIsStoredHashed()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec spec { uniqueName("role"), uniqueName("db") };
    QVERIFY(createInstanceDatabase(admin.value(), spec, QStringLiteral("hash-me"), nullptr).ok());
    const auto cleanup = qScopeGuard([&] { dropInstanceDatabase(admin.value(), spec); });

    auto super = PgConnection::open(superEndpoint(), pgService().superpassword);
    QVERIFY2(super.ok(), qPrintable(super.error()));
    const Result<PgRows> stored
        = super.value().query(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"), { spec.role });
    QVERIFY(stored.ok());
    QVERIFY2(stored->value(0, 0).startsWith(QLatin1String("SCRAM-SHA-256$")), qPrintable(stored->value(0, 0)));
    QVERIFY(!stored->value(0, 0).contains(QLatin1String("hash-me")));
}

void TestInstanceDatabase::existingDatabaseIsRejected()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec first { uniqueName("role"), uniqueName("db") };
    QVERIFY(createInstanceDatabase(admin.value(), first, QStringLiteral("p"), nullptr).ok());
    const auto cleanup = qScopeGuard([&] { dropInstanceDatabase(admin.value(), first); });

    const InstanceDatabaseSpec clash { uniqueName("role"), first.database };
    CreatedObjects created;
    const Status status = createInstanceDatabase(admin.value(), clash, QStringLiteral("p"), &created);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(first.database), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("already exists")), qPrintable(status.error()));
    QVERIFY(!created.role);
    QVERIFY(!created.database);
    QVERIFY(!roleExists(admin.value(), clash.role));
}

void TestInstanceDatabase::oddIdentifiersAreQuoted()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    // Quotes, a semicolon and spaces must end up as part of the names.
    const InstanceDatabaseSpec spec { uniqueName("r\"; DROP ROLE x; --"), uniqueName("d'b \"x\"") };
    CreatedObjects created;
    const Status status = createInstanceDatabase(admin.value(), spec, QStringLiteral("it's \"quoted\""), &created);
    const auto cleanup = qScopeGuard([&] { dropInstanceDatabase(admin.value(), spec); });
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QVERIFY(roleExists(admin.value(), spec.role));
    QVERIFY(databaseExists(admin.value(), spec.database));

    PgEndpoint asInstance = adminEndpoint();
    asInstance.user = spec.role;
    auto connection = PgConnection::open(asInstance, QStringLiteral("it's \"quoted\""), spec.database);
    QVERIFY2(connection.ok(), qPrintable(connection.error()));
}

void TestInstanceDatabase::dropRemovesEverythingAndIsIdempotent()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec spec { uniqueName("role"), uniqueName("db") };
    QVERIFY(createInstanceDatabase(admin.value(), spec, QStringLiteral("p"), nullptr).ok());

    // An open session of the instance does not block the drop.
    PgEndpoint asInstance = adminEndpoint();
    asInstance.user = spec.role;
    auto session = PgConnection::open(asInstance, QStringLiteral("p"), spec.database);
    QVERIFY2(session.ok(), qPrintable(session.error()));

    const Status dropped = dropInstanceDatabase(admin.value(), spec);
    QVERIFY2(dropped.ok(), qPrintable(dropped.error()));
    QVERIFY(!databaseExists(admin.value(), spec.database));
    QVERIFY(!roleExists(admin.value(), spec.role));

    const Status again = dropInstanceDatabase(admin.value(), spec);
    QVERIFY2(again.ok(), qPrintable(again.error()));
}

// A session of a role the console is not a member of makes both DROP
// DATABASE WITH (FORCE) and the plain fallback fail. The error names both,
// and the database and role stay.
void TestInstanceDatabase::dropBlockedByForeignSessionFails()
{
    auto admin = PgConnection::open(adminEndpoint(), pgService().adminPassword);
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    const InstanceDatabaseSpec target { uniqueName("role"), uniqueName("db") };
    const InstanceDatabaseSpec other { uniqueName("role"), uniqueName("db") };
    QVERIFY(createInstanceDatabase(admin.value(), target, QStringLiteral("p"), nullptr).ok());
    QVERIFY(createInstanceDatabase(admin.value(), other, QStringLiteral("q"), nullptr).ok());
    const auto cleanup = qScopeGuard([&] {
        dropInstanceDatabase(admin.value(), target);
        dropInstanceDatabase(admin.value(), other);
    });
    auto super = PgConnection::open(superEndpoint(), pgService().superpassword);
    QVERIFY2(super.ok(), qPrintable(super.error()));
    QVERIFY(super.value()
                .execute(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                             .arg(super.value().quoteIdentifier(target.database),
                                 super.value().quoteIdentifier(other.role)))
                .ok());

    PgEndpoint asOther = adminEndpoint();
    asOther.user = other.role;
    std::optional<PgConnection> foreign;
    {
        auto opened = PgConnection::open(asOther, QStringLiteral("q"), target.database);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        foreign.emplace(std::move(opened.value()));
    }

    const Status dropped = dropInstanceDatabase(admin.value(), target);
    QVERIFY(!dropped.ok());
    QVERIFY2(dropped.error().contains(QLatin1String("FORCE")), qPrintable(dropped.error()));
    QVERIFY2(dropped.error().contains(QLatin1String("must be a member of the role whose process is being terminated")),
        qPrintable(dropped.error()));
    QVERIFY2(dropped.error().contains(QLatin1String("being accessed by other users")), qPrintable(dropped.error()));
    QVERIFY(databaseExists(admin.value(), target.database));
    QVERIFY(roleExists(admin.value(), target.role));

    // Once the foreign session ends, the drop works.
    foreign.reset();
    const Status retried = dropInstanceDatabase(admin.value(), target);
    QVERIFY2(retried.ok(), qPrintable(retried.error()));
    QVERIFY(!databaseExists(admin.value(), target.database));
}

QTEST_GUILESS_MAIN(TestInstanceDatabase)
#include "tst_instancedatabase.moc"
