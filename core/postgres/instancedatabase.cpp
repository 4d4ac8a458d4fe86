// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedatabase.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <functional>

namespace saasodoo::postgres {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postgres", text);
}

// Runs `body` while the console's role is a member of `role`, and takes
// the membership back afterwards unless the console already had it.
Status withMembership(PgConnection &connection, const QString &role, const std::function<Status()> &body)
{
    const QString me = connection.currentUser();
    const Result<PgRows> member = connection.query(
        QStringLiteral("SELECT pg_has_role($1, $2, 'MEMBER')"), { me, role });
    if (!member.ok())
        return makeError(member.error());
    const bool alreadyMember = member->value(0, 0) == QLatin1String("t");

    if (!alreadyMember) {
        const Status granted = connection.execute(QStringLiteral("GRANT %1 TO %2")
                                                      .arg(connection.quoteIdentifier(role),
                                                          connection.quoteIdentifier(me)));
        if (!granted.ok())
            return granted;
    }
    const auto revoke = qScopeGuard([&] {
        if (alreadyMember)
            return;
        const Status revoked = connection.execute(QStringLiteral("REVOKE %1 FROM %2")
                                                      .arg(connection.quoteIdentifier(role),
                                                          connection.quoteIdentifier(me)));
        if (!revoked.ok())
            qCWarning(lcPostgres) << "could not take back membership in" << role << ":" << revoked.error();
    });
    return body();
}

// Reads the database's ACL and checks that PUBLIC has no privilege on it
// and that `owner` is its owner.
Status verifyDatabaseAcl(PgConnection &connection, const QString &database, const QString &owner)
{
    const Result<PgRows> rows = connection.query(
        QStringLiteral("SELECT pg_get_userbyid(datdba), coalesce(array_to_string(datacl, ','), '') "
                       "FROM pg_database WHERE datname = $1"),
        { database });
    if (!rows.ok())
        return makeError(rows.error());
    if (rows->rows.isEmpty())
        return makeError(tr("Database %1 disappeared while its privileges were being set.").arg(database));

    const QString actualOwner = rows->value(0, 0);
    if (actualOwner != owner)
        return makeError(tr("Database %1 is owned by %2 instead of %3.").arg(database, actualOwner, owner));

    // An ACL entry for PUBLIC has an empty grantee: "=c/owner".
    const QStringList entries = rows->value(0, 1).split(u',', Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return makeError(tr("Database %1 still has the default privileges, which let every role connect: "
                            "revoking CONNECT from PUBLIC did not take effect.")
                             .arg(database));
    for (const QString &entry : entries) {
        if (entry.startsWith(u'=')) {
            return makeError(tr("Database %1 still grants %2 to PUBLIC after the REVOKE. The console's role "
                                "may lack the right to change its privileges.")
                                 .arg(database, entry));
        }
    }
    return {};
}

// Closes the sessions of the instance's role on its database, then sends a
// plain DROP DATABASE, which stops autovacuum workers on it and waits up to
// 5 s for other sessions to end. A session that reconnects in between
// gets two more attempts. The caller must be a member of `spec.role`.
Status dropWithoutForce(PgConnection &connection, const InstanceDatabaseSpec &spec)
{
    Status dropped;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!spec.role.isEmpty()) {
            const Result<PgRows> terminated = connection.query(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = $1 AND usename = $2 AND pid <> pg_backend_pid()"),
                { spec.database, spec.role });
            if (!terminated.ok())
                return makeError(terminated.error());
        }
        dropped = connection.execute(
            QStringLiteral("DROP DATABASE IF EXISTS %1").arg(connection.quoteIdentifier(spec.database)));
        if (dropped.ok())
            return {};
    }
    return dropped;
}

} // namespace

Result<ConsoleRoleCheck> checkConsoleRole(PgConnection &connection, bool allowSuperuser)
{
    const Result<PgRows> rows = connection.query(
        QStringLiteral("SELECT rolname, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles "
                       "WHERE rolname = current_user"));
    if (!rows.ok())
        return makeError(rows.error());
    if (rows->rows.isEmpty())
        return makeError(tr("PostgreSQL at %1 did not report the connected role.").arg(connection.endpoint().display()));

    ConsoleRoleCheck check;
    check.role = rows->value(0, 0);
    check.superuser = rows->value(0, 1) == QLatin1String("t");
    check.createDatabase = rows->value(0, 2) == QLatin1String("t");
    check.createRole = rows->value(0, 3) == QLatin1String("t");
    check.serverVersion = connection.serverVersion();

    if (check.superuser && !allowSuperuser) {
        return makeError(tr("The role %1 on %2 is a superuser. The console refuses superuser credentials: a "
                            "provisioning job holding them could read or destroy every customer's database. "
                            "Create a role with CREATEDB CREATEROLE and without SUPERUSER, or set the host's "
                            "superuser override if you accept the risk.")
                             .arg(check.role, connection.endpoint().display()));
    }
    if (check.superuser)
        check.warnings << tr("The role %1 is a superuser; the host's override allows it.").arg(check.role);
    if (!check.superuser && (!check.createDatabase || !check.createRole)) {
        QStringList missing;
        if (!check.createDatabase)
            missing << QStringLiteral("CREATEDB");
        if (!check.createRole)
            missing << QStringLiteral("CREATEROLE");
        return makeError(tr("The role %1 on %2 lacks %3, which the console needs to create each instance's "
                            "database and role. Run: ALTER ROLE %1 %3;")
                             .arg(check.role, connection.endpoint().display(), missing.join(u' ')));
    }
    if (check.serverVersion < 160000) {
        check.warnings << tr("PostgreSQL %1 lets a role with CREATEROLE grant itself built-in roles such as "
                             "pg_execute_server_program, which reach the server's shell. PostgreSQL 16 or newer "
                             "limits CREATEROLE to the roles it created; upgrade the server when you can.")
                              .arg(check.serverVersion / 10000);
    }
    return check;
}

bool databaseExists(PgConnection &connection, const QString &database)
{
    const Result<PgRows> rows
        = connection.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), { database });
    return rows.ok() && !rows->rows.isEmpty();
}

bool roleExists(PgConnection &connection, const QString &role)
{
    const Result<PgRows> rows = connection.query(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), { role });
    return rows.ok() && !rows->rows.isEmpty();
}

Result<QString> databaseComment(PgConnection &connection, const QString &database)
{
    const Result<PgRows> rows = connection.query(
        QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $1"),
        { database });
    if (!rows.ok())
        return makeError(rows.error());
    return rows->rows.isEmpty() ? QString() : rows->value(0, 0);
}

Result<QString> roleComment(PgConnection &connection, const QString &role)
{
    const Result<PgRows> rows = connection.query(
        QStringLiteral("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = $1"), { role });
    if (!rows.ok())
        return makeError(rows.error());
    return rows->rows.isEmpty() ? QString() : rows->value(0, 0);
}

Status createInstanceDatabase(PgConnection &connection, const InstanceDatabaseSpec &spec, const QString &password,
    CreatedObjects *created, const QString &creatorComment)
{
    CreatedObjects local;
    CreatedObjects &made = created ? *created : local;

    if (databaseExists(connection, spec.database))
        return makeError(tr("A database named %1 already exists on %2. Choose another database name, or restore "
                            "into the existing one explicitly.")
                             .arg(spec.database, connection.endpoint().display()));
    if (roleExists(connection, spec.role))
        return makeError(tr("A role named %1 already exists on %2; it may belong to another instance.")
                             .arg(spec.role, connection.endpoint().display()));

    const Result<QString> hash = connection.encryptPassword(password, spec.role);
    if (!hash.ok())
        return makeError(hash.error());
    const QString role = connection.quoteIdentifier(spec.role);
    const QString database = connection.quoteIdentifier(spec.database);

    // The comment is set in the same transaction, so the role never exists
    // without it.
    Status status = connection.execute(QStringLiteral("BEGIN"));
    if (!status.ok())
        return status;
    status = connection.execute(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                                               "NOREPLICATION PASSWORD %2")
                                    .arg(role, connection.quoteLiteral(hash.value())));
    if (status.ok() && !creatorComment.isEmpty())
        status = connection.execute(
            QStringLiteral("COMMENT ON ROLE %1 IS %2").arg(role, connection.quoteLiteral(creatorComment)));
    if (status.ok())
        status = connection.execute(QStringLiteral("COMMIT"));
    if (!status.ok()) {
        connection.execute(QStringLiteral("ROLLBACK"));
        return status;
    }
    made.role = true;

    status = withMembership(connection, spec.role, [&]() -> Status {
        // CREATE DATABASE cannot run inside a transaction block; libpq sends
        // it on its own.
        Status step = connection.execute(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 "
                                                        "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
                                             .arg(database, role));
        if (!step.ok())
            return step;
        made.database = true;
        // CREATE DATABASE cannot share a transaction with COMMENT, so a
        // process killed between the two leaves a database without the
        // comment. A clean-up then recognises it by its owner, whose comment
        // names the job.
        if (!creatorComment.isEmpty()) {
            step = connection.execute(QStringLiteral("COMMENT ON DATABASE %1 IS %2")
                                          .arg(database, connection.quoteLiteral(creatorComment)));
            if (!step.ok())
                return step;
        }

        step = connection.execute(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(database));
        if (!step.ok())
            return step;
        step = connection.execute(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, role));
        if (!step.ok())
            return step;
        const QStringList notices = connection.takeNotices();
        for (const QString &notice : notices) {
            // PostgreSQL only warns when a GRANT or REVOKE changes nothing,
            // for example when issued through a NOINHERIT membership.
            if (notice.contains(QLatin1String("WARNING")))
                return makeError(tr("PostgreSQL did not apply the privileges on %1: %2").arg(spec.database, notice));
        }
        return verifyDatabaseAcl(connection, spec.database, spec.role);
    });
    if (!status.ok())
        return status;

    // Odoo's image waits for a connection to the maintenance database.
    const Result<PgRows> maintenance = connection.query(
        QStringLiteral("SELECT has_database_privilege($1, 'postgres', 'CONNECT')"), { spec.role });
    if (!maintenance.ok())
        return makeError(maintenance.error());
    if (maintenance->value(0, 0) != QLatin1String("t"))
        return makeError(tr("The role %1 cannot connect to the postgres database on %2, so the Odoo container "
                            "would wait for it and exit. Grant CONNECT on database postgres to PUBLIC or to "
                            "the instance roles.")
                             .arg(spec.role, connection.endpoint().display()));
    return {};
}

Status dropInstanceDatabase(PgConnection &connection, const InstanceDatabaseSpec &spec)
{
    const bool hasRole = roleExists(connection, spec.role);
    const bool hasDatabase = databaseExists(connection, spec.database);
    if (!hasRole && !hasDatabase)
        return {};

    auto dropDatabase = [&]() -> Status {
        if (!hasDatabase)
            return {};
        const QString database = connection.quoteIdentifier(spec.database);
        // WITH (FORCE) closes the instance's open connections first
        // (PostgreSQL 13+); the caller must own the database, which the
        // temporary membership provides.
        if (connection.serverVersion() < 130000)
            return dropWithoutForce(connection, spec);
        const Status forced = connection.execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        if (forced.ok() || !databaseExists(connection, spec.database))
            return {};
        // FORCE rejects the whole statement when one session belongs to a
        // role the console is not a member of. An autovacuum worker, which
        // runs without a role, can be such a session on a database that
        // Odoo's init run has just filled. A plain DROP DATABASE stops
        // autovacuum workers itself, so only the instance's sessions need
        // closing first.
        qCInfo(lcPostgres) << "DROP DATABASE WITH (FORCE) of" << spec.database << "failed, dropping without FORCE:"
                           << forced.error();
        const Status plain = dropWithoutForce(connection, spec);
        if (plain.ok())
            return {};
        return makeError(tr("%1 Dropping it without FORCE after closing the sessions of role %2 failed too: %3")
                             .arg(forced.error(), spec.role, plain.error()));
    };

    if (hasRole) {
        const Status dropped = withMembership(connection, spec.role, dropDatabase);
        if (!dropped.ok())
            return dropped;
        return connection.execute(QStringLiteral("DROP ROLE IF EXISTS %1").arg(connection.quoteIdentifier(spec.role)));
    }
    return dropDatabase();
}

} // namespace saasodoo::postgres
