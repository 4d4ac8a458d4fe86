// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfixture.h"

#include "tests/support/testservices.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace saasodoo::test {

namespace {

// Runs `statement` on the maintenance database as the admin role.
QString runAdminStatement(const QString &statement)
{
    const PostgresService pg = postgres();
    const QString name = QStringLiteral("catalog-fixture-") + QUuid::createUuid().toString(QUuid::Id128);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pg.host);
        db.setPort(pg.port);
        db.setUserName(pg.adminUser);
        db.setPassword(pg.adminPassword);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(statement))
                failure = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

} // namespace

CatalogLocation::CatalogLocation(const QString &backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_config = catalog::CatalogConfig::sqlite(m_directory.filePath(QStringLiteral("catalog.sqlite")));
        if (!m_directory.isValid())
            m_failure = QStringLiteral("could not create a temporary directory");
        return;
    }

    const QString reason = serviceFailure("postgresql", "SAASODOO_TEST_PG_PORT");
    if (!reason.isEmpty()) {
        m_failure = reason;
        return;
    }
    const PostgresService pg = postgres();
    m_database = QStringLiteral("catalog_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString created = runAdminStatement(
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_database));
    if (!created.isEmpty()) {
        m_failure = QStringLiteral("could not create database %1: %2").arg(m_database, created);
        m_database.clear();
        return;
    }
    m_config = catalog::CatalogConfig::postgres(pg.host, pg.port, m_database, pg.adminUser, pg.adminPassword);
    m_config.pgSslMode = QStringLiteral("disable");
}

CatalogLocation::~CatalogLocation()
{
    if (m_database.isEmpty())
        return;
    const QString dropped = runAdminStatement(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
    if (!dropped.isEmpty())
        qWarning("could not drop test database %s: %s", qPrintable(m_database), qPrintable(dropped));
}

void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
}

void addBackendRows(const char *suffix)
{
    for (const char *backend : { "sqlite", "postgresql" }) {
        const QByteArray name = suffix ? QByteArray(backend) + ' ' + suffix : QByteArray(backend);
        QTest::newRow(name.constData()) << QString::fromLatin1(backend);
    }
}

int postgresLockWaits(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    // pg_stat_activity is read once per transaction; drop that snapshot.
    if (!query.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")))
        return -1;
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                   "AND wait_event_type = 'Lock'"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace saasodoo::test
