// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace saasodoo::catalog {

enum class Backend { Sqlite, Postgres };

// The location of a catalog. Copy it to each worker thread and
// open a Catalog there, because a QSqlDatabase connection belongs to the
// thread that opened it.
struct CatalogConfig
{
    Backend backend = Backend::Sqlite;

    // SQLite: the database file; empty means defaultSqlitePath().
    QString sqlitePath;

    // PostgreSQL. The password comes from the caller (the keychain); when it
    // is empty, libpq falls back to PGPASSWORD and ~/.pgpass.
    QString pgHost;
    int pgPort = 5432;
    QString pgDatabase;
    QString pgUser;
    QString pgPassword;
    QString pgSslMode = QStringLiteral("prefer");

    // Returns <AppDataLocation>/catalog.sqlite.
    static QString defaultSqlitePath();
    static CatalogConfig sqlite(const QString &path = {});
    static CatalogConfig postgres(const QString &host, int port, const QString &database, const QString &user,
        const QString &password);

    // Parses a location as given on the command line or in SAASODOO_CATALOG:
    // a file path, or postgresql://user@host[:port]/database. A password in
    // the URL is rejected, so it never lands in shell history.
    static Result<CatalogConfig> fromLocation(const QString &location);

    // Returns a description for logs and messages, without the password.
    QString displayName() const;
};

// Opens a new connection named `connectionName` on the calling thread and
// applies the per-connection settings (SQLite: foreign keys, busy timeout;
// PostgreSQL: UTC session time zone). It does not touch the schema, so it is
// safe on a catalog newer than the program.
Result<QSqlDatabase> openConnection(const CatalogConfig &config, const QString &connectionName);

} // namespace saasodoo::catalog
