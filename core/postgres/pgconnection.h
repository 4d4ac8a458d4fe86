// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace saasodoo::postgres {

// The address of a PostgreSQL server and the console's role there. The password
// is never part of this struct: callers fetch it from the keychain and pass
// it to PgConnection::open() only.
struct PgEndpoint
{
    QString host;
    int port = 5432;
    QString user;
    QString sslMode = QStringLiteral("prefer");

    QString display() const; // "user@host:port", for messages and logs
};

// One row-set returned by a query, as text values (libpq's text format).
struct PgRows
{
    QStringList columns;
    QList<QStringList> rows;
    QList<QList<bool>> nulls;

    QString value(int row, int column) const { return rows.at(row).at(column); }
};

// A libpq connection owned by one thread at a time. Statements that must
// not run inside a transaction (CREATE DATABASE, DROP DATABASE) work
// because nothing here opens one implicitly.
class PgConnection
{
public:
    static Result<PgConnection> open(const PgEndpoint &endpoint, const QString &password,
        const QString &database = QStringLiteral("postgres"), int connectTimeoutSeconds = 10);

    PgConnection(PgConnection &&) noexcept;
    PgConnection &operator=(PgConnection &&) noexcept;
    ~PgConnection();

    // Runs `sql` with $1, $2, … bound to `parameters` (sent separately from
    // the statement text, never pasted into it).
    Result<PgRows> query(const QString &sql, const QStringList &parameters = {});
    // The same, but a cancellation sends the server a cancel request, so a
    // statement waiting for a lock ends within about 200 ms of cancel().
    Result<PgRows> query(const QString &sql, const QStringList &parameters, const CancellationToken &cancellation);
    Status execute(const QString &sql, const QStringList &parameters = {});

    // Quotes for the SQL text with libpq's escaping, for the places where a
    // parameter cannot be used (identifiers, and literals in utility
    // statements such as CREATE ROLE … PASSWORD).
    QString quoteIdentifier(const QString &identifier) const;
    QString quoteLiteral(const QString &literal) const;

    // Hashes a password for `role` the way the server stores it
    // (SCRAM-SHA-256 on servers that default to it), so CREATE ROLE and
    // ALTER ROLE never send the password itself.
    Result<QString> encryptPassword(const QString &password, const QString &role);

    int serverVersion() const; // e.g. 150018
    QString currentUser();
    const PgEndpoint &endpoint() const { return m_endpoint; }
    QString database() const { return m_database; }

    // NOTICE and WARNING messages the server sent since the last call.
    QStringList takeNotices();

private:
    PgConnection(pg_conn *connection, PgEndpoint endpoint, QString database);
    QString describeFailure(const QString &sql) const;
    Result<PgRows> takeRows(pg_result *result, const QString &sql);

    pg_conn *m_connection = nullptr;
    PgEndpoint m_endpoint;
    QString m_database;
    std::unique_ptr<QStringList> m_notices; // stable address for libpq's notice callback
};

} // namespace saasodoo::postgres
