// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalog.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace saasodoo::test {

// A fresh, empty catalog location for one test: a SQLite file in a
// temporary directory, or a uniquely named PostgreSQL database on the
// harness server, created as saasodoo_admin and dropped by the destructor.
class CatalogLocation
{
public:
    explicit CatalogLocation(const QString &backend);
    ~CatalogLocation();

    // Returns why the location could not be made, or an empty string.
    QString failure() const { return m_failure; }
    const catalog::CatalogConfig &config() const { return m_config; }
    bool isPostgres() const { return m_config.backend == catalog::Backend::Postgres; }
    QString sqlitePath() const { return m_config.sqlitePath; }

    Result<std::unique_ptr<catalog::Catalog>> open() const { return catalog::Catalog::open(m_config); }

private:
    catalog::CatalogConfig m_config;
    QTemporaryDir m_directory;
    QString m_database;
    QString m_failure;
};

// Adds the "backend" column and one row per backend, named by `prefix`.
void addBackendColumn();
void addBackendRows(const char *suffix = nullptr);

// Returns how many sessions of the PostgreSQL database behind `database`
// wait for a lock, or -1 when the query fails. For tests that hold a lock
// until their writers block on it.
int postgresLockWaits(const QSqlDatabase &database);

// Fails the current test unless the backend of the current row is usable.
#define SAASODOO_REQUIRE_BACKEND(backend)                                                                     \
    do {                                                                                                     \
        if ((backend) == QLatin1String("postgresql"))                                                        \
            SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");                                 \
    } while (false)

} // namespace saasodoo::test
