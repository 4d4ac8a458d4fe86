// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgconnection.h"

namespace saasodoo::postgres {

// The privileges of the console's own role on a server, read from pg_roles.
struct ConsoleRoleCheck
{
    QString role;
    int serverVersion = 0;
    bool superuser = false;
    bool createDatabase = false;
    bool createRole = false;
    QStringList warnings; // shown to the admin, e.g. the PostgreSQL 15 CREATEROLE caveat
};

// Checks that the connected role can provision instances with least
// privilege: CREATEDB and CREATEROLE, and not a superuser. A superuser is
// rejected unless `allowSuperuser` (the host's explicit override) is set.
Result<ConsoleRoleCheck> checkConsoleRole(PgConnection &connection, bool allowSuperuser);

// An instance's own login role and database.
struct InstanceDatabaseSpec
{
    QString role;
    QString database;
};

// The objects that createInstanceDatabase() made, so a failed provisioning
// job can undo exactly those and nothing else.
struct CreatedObjects
{
    bool role = false;
    bool database = false;
};

// Creates the instance's login role (no superuser, CREATEDB or CREATEROLE;
// the password is sent as a SCRAM hash), a UTF8 database from template0
// owned by it, and revokes CONNECT and TEMPORARY on it from PUBLIC, so no
// other instance's role can connect. The role can still connect to the
// `postgres` maintenance database, which Odoo's image waits on at start.
//
// On PostgreSQL 15 and older a non-superuser must be a member of a role to
// create a database owned by it: the console's role is granted membership
// for the duration and it is revoked before returning, also on failure.
// After the grants the database's ACL is read back; a result that differs
// from what was asked fails the call.
//
// `created` reports what exists afterwards because of this call, also when
// it fails half-way. A non-empty `creatorComment`, such as
// "saasodoo job <id>", is set as the comment of the role and the database,
// so that a clean-up can tell the objects its job made from ones of the
// same name made elsewhere.
Status createInstanceDatabase(PgConnection &connection, const InstanceDatabaseSpec &spec,
    const QString &password, CreatedObjects *created, const QString &creatorComment = {});

// Drops the instance's database (after closing its connections) and role.
// Missing objects are not an error, so it can clean up after a half-done
// create.
Status dropInstanceDatabase(PgConnection &connection, const InstanceDatabaseSpec &spec);

bool databaseExists(PgConnection &connection, const QString &database);
bool roleExists(PgConnection &connection, const QString &role);

// Returns the comment on `database` and on `role` (COMMENT ON), empty
// where the object or its comment is missing.
Result<QString> databaseComment(PgConnection &connection, const QString &database);
Result<QString> roleComment(PgConnection &connection, const QString &role);

} // namespace saasodoo::postgres
