// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogconfig.h"
#include "connectionrecovery.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace saasodoo::catalog {

namespace {

// How long a SQLite writer waits for another connection's write lock before
// it reports "database is locked".
constexpr int SqliteBusyTimeoutMs = 10000;

Status execSetting(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return makeError(QCoreApplication::translate("Catalog", "Could not configure the catalog connection (%1): %2")
                             .arg(statement, query.lastError().text()));
    }
    return {};
}

Status configureConnection(QSqlDatabase &db, bool sqlite)
{
    if (sqlite) {
        // Foreign keys and the busy timeout are per connection and write
        // nothing to the file. WAL mode is persistent, so the caller turns it
        // on only after checking the schema version.
        Status configured = execSetting(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        if (configured)
            configured = execSetting(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(SqliteBusyTimeoutMs));
        return configured;
    }
    return execSetting(db, QStringLiteral("SET TIME ZONE 'UTC'"));
}

} // namespace

QString CatalogConfig::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog.sqlite");
}

CatalogConfig CatalogConfig::sqlite(const QString &path)
{
    CatalogConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = path;
    return config;
}

CatalogConfig CatalogConfig::postgres(
    const QString &host, int port, const QString &database, const QString &user, const QString &password)
{
    CatalogConfig config;
    config.backend = Backend::Postgres;
    config.pgHost = host;
    config.pgPort = port;
    config.pgDatabase = database;
    config.pgUser = user;
    config.pgPassword = password;
    return config;
}

Result<CatalogConfig> CatalogConfig::fromLocation(const QString &location)
{
    if (location.isEmpty())
        return sqlite();
    if (!location.startsWith(QLatin1String("postgresql://")) && !location.startsWith(QLatin1String("postgres://")))
        return sqlite(location);

    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || url.userName().isEmpty()) {
        return makeError(QCoreApplication::translate("Catalog",
            "Catalog location \"%1\" is invalid: expected postgresql://user@host[:port]/database.")
                             .arg(location));
    }
    if (!url.password().isEmpty()) {
        return makeError(QCoreApplication::translate("Catalog",
            "Catalog location must not contain a password. Store it in the keychain, PGPASSWORD or ~/.pgpass."));
    }
    return postgres(url.host(), url.port(5432), database, url.userName(), QString());
}

QString CatalogConfig::displayName() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath.isEmpty() ? defaultSqlitePath() : sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(pgUser, pgHost).arg(pgPort).arg(pgDatabase);
}

Result<QSqlDatabase> openConnection(const CatalogConfig &config, const QString &connectionName)
{
    const bool sqlite = config.backend == Backend::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(QCoreApplication::translate("Catalog",
            "The Qt SQL driver for %1 is not installed (package libqt6sql6-%2).")
                             .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                                 sqlite ? QStringLiteral("sqlite") : QStringLiteral("psql")));
    }

    if (sqlite) {
        const QString path = config.sqlitePath.isEmpty() ? CatalogConfig::defaultSqlitePath() : config.sqlitePath;
        QDir().mkpath(QFileInfo(path).absolutePath());
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
    } else {
        db.setHostName(config.pgHost);
        db.setPort(config.pgPort);
        db.setDatabaseName(config.pgDatabase);
        db.setUserName(config.pgUser);
        db.setPassword(config.pgPassword);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=saasodoo;sslmode=%1")
                                 .arg(config.pgSslMode.isEmpty() ? QStringLiteral("prefer") : config.pgSslMode));
    }

    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        qCWarning(lcCatalog) << "opening the catalog" << config.displayName() << "failed:" << reason;
        return makeError(QCoreApplication::translate("Catalog", "Could not open the catalog %1: %2")
                             .arg(config.displayName(), reason));
    }

    const Status configured = configureConnection(db, sqlite);
    if (!configured) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(configured.error());
    }
    return db;
}

Result<bool> reopenIfLost(QSqlDatabase db, Backend backend)
{
    {
        QSqlQuery probe(db);
        if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
            return false;
    }
    qCWarning(lcCatalog) << "the catalog connection" << db.connectionName() << "was lost; opening it again";
    db.close();
    if (!db.open()) {
        return makeError(QCoreApplication::translate("Catalog", "Could not reconnect to the catalog: %1")
                             .arg(db.lastError().text()));
    }
    if (Status configured = configureConnection(db, backend == Backend::Sqlite); !configured) {
        db.close();
        return makeError(configured.error());
    }
    return true;
}

} // namespace saasodoo::catalog
