// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseadmin.h"

#include "core/common/logging.h"

#include <QScopeGuard>

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

Status dropOwnedDatabase(postgres::PgConnection &admin, const QString &database, const QString &owner)
{
    return withRoleMembership(admin, owner, [&]() -> Status {
        return admin.execute(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(admin.quoteIdentifier(database)));
    });
}

Status renameOwnedDatabase(postgres::PgConnection &admin, const QString &from, const QString &to, const QString &owner)
{
    return withRoleMembership(admin, owner, [&]() -> Status {
        // Connections may come back between these two statements, so retry.
        Status renamed;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const Result<postgres::PgRows> terminated = admin.query(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                               "WHERE datname = $1 AND pid <> pg_backend_pid()"),
                { from });
            if (!terminated.ok())
                return makeError(terminated.error());
            renamed = admin.execute(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                        .arg(admin.quoteIdentifier(from), admin.quoteIdentifier(to)));
            if (renamed.ok())
                return renamed;
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
