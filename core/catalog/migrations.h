// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/sqldialect.h"
#include "core/common/result.h"

#include <QSqlDatabase>
#include <QStringList>

// Forward-only schema migrations. Each migration runs in its own transaction
// and records its version in schema_version in that transaction, so a failed
// migration leaves the catalog at the previous version.
namespace saasodoo::catalog {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // portable SQL, see SqlDialect::translate
    // Run after `statements` on one backend only, for changes the two
    // spell differently (SQLite cannot alter a CHECK constraint in place).
    QStringList sqliteStatements {};
    QStringList postgresStatements {};
};

// Returns every migration in version order; the last one is the version this
// program writes.
const QList<Migration> &migrations();
int latestSchemaVersion();

// Returns the highest version recorded in schema_version, or 0 when the
// table does not exist. Reads only.
Result<int> readSchemaVersion(const QSqlDatabase &db);

// Applies every migration up to `targetVersion` that schema_version does
// not record yet, in version order (tests stop early to build an old
// catalog). Because versions are reserved per area, one may land below a
// version a catalog already has, and it is still applied. Rejects a catalog
// whose version is above latestSchemaVersion() before writing anything.
Status migrate(const QSqlDatabase &db, const SqlDialect &dialect, int targetVersion);

} // namespace saasodoo::catalog
