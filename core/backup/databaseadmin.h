// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/postgres/pgconnection.h"

#include <chrono>
#include <functional>

namespace saasodoo::backup {

// Database operations the console's role (CREATEDB, CREATEROLE, not a
// superuser) runs on an instance's behalf. Each one that needs ownership
// of the instance's database takes membership in the instance's role for
// its duration and gives it back afterwards, also on failure.

// Runs `body` while the connected role is a member of `role`.
Status withRoleMembership(postgres::PgConnection &admin, const QString &role, const std::function<Status()> &body);

// Creates an empty UTF8 database from template0 with C collation (as Odoo
// does) owned by `owner`, which only `owner` may connect to.
Status createOwnedDatabase(postgres::PgConnection &admin, const QString &database, const QString &owner);

// Drops `database`, closing its connections first. A missing database is
// not an error. Sessions that the console's role may not end (an
// autovacuum worker on a freshly loaded database, a superuser's session)
// are waited for, for at most `timeout`. After that the error names them.
Status dropOwnedDatabase(postgres::PgConnection &admin, const QString &database, const QString &owner,
    std::chrono::milliseconds timeout = std::chrono::seconds(60));

// Renames `from` to `to` after closing the connections to `from`.
Status renameOwnedDatabase(postgres::PgConnection &admin, const QString &from, const QString &to, const QString &owner);

// Returns whether a database of exactly this name exists on the server (all
// databases, not only those an Odoo dbfilter shows). PostgreSQL compares
// quoted names case-sensitively, so "Acme" and "acme" differ.
Result<bool> databaseExists(postgres::PgConnection &admin, const QString &database);

} // namespace saasodoo::backup
