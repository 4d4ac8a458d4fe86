// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseadmin.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>

namespace saasodoo::backup {

Status withRoleMembership(postgres::PgConnection &admin, const QString &role, const std::function<Status()> &body)
{
    const QString me = admin.currentUser();
    const Result<postgres::PgRows> member
        = admin.query(QStringLiteral("SELECT pg_has_role($1, $2, 'MEMBER')"), { me, role });
    if (!member.ok())
        return makeError(member.error());
    const bool alreadyMember = member->value(0, 0) == QLatin1String("t");
    if (!alreadyMember) {
        const Status granted = admin.execute(
            QStringLiteral("GRANT %1 TO %2").arg(admin.quoteIdentifier(role), admin.quoteIdentifier(me)));
        if (!granted.ok())
            return granted;
    }
    const auto revoke = qScopeGuard([&] {
        if (alreadyMember)
            return;
        const Status revoked = admin.execute(
            QStringLiteral("REVOKE %1 FROM %2").arg(admin.quoteIdentifier(role), admin.quoteIdentifier(me)));
        if (!revoked.ok())
            qCWarning(lcStorage) << "could not take back membership in" << role << ":" << revoked.error();
    });
    return body();
}

Status createOwnedDatabase(postgres::PgConnection &admin, const QString &database, const QString &owner)
{
    const QString name = admin.quoteIdentifier(database);
    const QString role = admin.quoteIdentifier(owner);
    return withRoleMembership(admin, owner, [&]() -> Status {
        Status step = admin.execute(QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE template0 "
                                                   "ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
                                        .arg(name, role));
        if (!step.ok())
            return step;
        step = admin.execute(QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(name));
        if (!step.ok())
            return step;
        return admin.execute(QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(name, role));
    });
}

namespace {

// Ends the sessions on `database` that the connected role may end: client
// backends of roles it is a member of, never a superuser's.
Status terminateOwnSessions(postgres::PgConnection &admin, const QString &database)
{
    const Result<postgres::PgRows> terminated = admin.query(
        QStringLiteral("SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a JOIN pg_roles r ON r.oid = a.usesysid "
                       "WHERE a.datname = $1 AND a.pid <> pg_backend_pid() AND a.backend_type = 'client backend' "
                       "AND NOT r.rolsuper AND pg_has_role(a.usesysid, 'MEMBER')"),
        { database });
    return terminated.ok() ? Status() : makeError(terminated.error());
}

// Describes the other sessions on `database`, such as "autovacuum worker,
// client backend of postgres", or returns an empty string when none is left.
QString otherSessions(postgres::PgConnection &admin, const QString &database)
{
    const Result<postgres::PgRows> rows = admin.query(
        QStringLiteral("SELECT backend_type, COALESCE(usename::text, '') FROM pg_stat_activity "
                       "WHERE datname = $1 AND pid <> pg_backend_pid()"),
        { database });
    if (!rows.ok())
        return {};
    QStringList sessions;
    for (const QStringList &row : rows->rows) {
        if (row.at(1).isEmpty())
            sessions << row.at(0);
        else
            sessions << QCoreApplication::translate("Backup", "%1 of %2").arg(row.at(0), row.at(1));
    }
    return sessions.join(QStringLiteral(", "));
}

} // namespace

Status dropOwnedDatabase(postgres::PgConnection &admin, const QString &database, const QString &owner,
    std::chrono::milliseconds timeout)
{
    // WITH (FORCE) (PostgreSQL 13 and later) ends every other session first.
    // It fails as a whole when the role may not end one of them, such as a
    // superuser's session or, seen on PostgreSQL 15, an autovacuum worker
    // analyzing a freshly loaded database. Plain DROP DATABASE stops
    // autovacuum workers itself and waits up to 5 s for them, once the
    // role's own sessions are ended. Sessions that stay are waited for.
    const QString name = admin.quoteIdentifier(database);
    return withRoleMembership(admin, owner, [&]() -> Status {
        QElapsedTimer waited;
        waited.start();
        Status dropped;
        while (true) {
            if (admin.serverVersion() >= 130000) {
                dropped = admin.execute(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
                if (dropped.ok())
                    return dropped;
            }
            if (Status ended = terminateOwnSessions(admin, database); !ended.ok())
                return ended;
            dropped = admin.execute(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            if (dropped.ok())
                return dropped;
            const QString sessions = otherSessions(admin, database);
            if (sessions.isEmpty())
                return dropped;
            if (waited.elapsed() >= timeout.count()) {
                return makeError(QCoreApplication::translate("Backup",
                    "Could not drop database %1: after %2 s these sessions are still connected and the console's "
                    "role may not end them: %3. End them on the server, then drop it by hand.")
                                     .arg(database)
                                     .arg(waited.elapsed() / 1000)
                                     .arg(sessions));
            }
            qCInfo(lcStorage) << "database" << database << "is in use by" << sessions << "- retrying the drop";
            QThread::msleep(1000);
        }
    });
}

Status renameOwnedDatabase(postgres::PgConnection &admin, const QString &from, const QString &to, const QString &owner)
{
    return withRoleMembership(admin, owner, [&]() -> Status {
        // Connections may come back between these two statements, and
        // sessions the role may not end (an autovacuum worker on a freshly
        // loaded database, a superuser) end by themselves, so retry for
        // about 10 s.
        Status renamed;
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (attempt > 0)
                QThread::msleep(500);
            if (Status ended = terminateOwnSessions(admin, from); !ended.ok())
                return ended;
            renamed = admin.execute(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                        .arg(admin.quoteIdentifier(from), admin.quoteIdentifier(to)));
            if (renamed.ok())
                return renamed;
            qCInfo(lcStorage) << "database" << from << "is in use by" << otherSessions(admin, from)
                              << "- retrying the rename:" << renamed.error();
        }
        return renamed;
    });
}

Result<bool> databaseExists(postgres::PgConnection &admin, const QString &database)
{
    const Result<postgres::PgRows> rows
        = admin.query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"), { database });
    if (!rows.ok())
        return makeError(rows.error());
    return !rows->rows.isEmpty();
}

} // namespace saasodoo::backup
