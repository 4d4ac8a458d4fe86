// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// The one place where SQLite and PostgreSQL differ: column types, the
// statement that starts a write transaction, constraint error codes, and
// how times, lists and maps are written and read.
namespace saasodoo::catalog {

class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) { }

    Backend backend() const { return m_backend; }

    // Replaces the type placeholders in portable DDL:
    //   {uuid}      UUID         / TEXT
    //   {timestamp} TIMESTAMPTZ  / TEXT (ISO 8601 UTC, see encodeTime)
    //   {json}      JSONB        / TEXT
    //   {bigint}    BIGINT       / INTEGER (64-bit in SQLite)
    //   {bool}      BOOLEAN      / INTEGER
    //   {false}     FALSE        / 0
    QString translate(const QString &portableSql) const;

    // SQLite takes the write lock at BEGIN IMMEDIATE, so two writers queue
    // on the busy timeout instead of failing when a reader upgrades.
    QString beginWriteStatement() const;

    bool isUniqueViolation(const QSqlError &error) const;
    bool isForeignKeyViolation(const QSqlError &error) const;

private:
    Backend m_backend;
};

// Binds the next positional parameter of `query`. A null QString is bound
// as an empty string, because the catalog's text columns are NOT NULL; an
// invalid QVariant() binds SQL NULL.
void bind(QSqlQuery &query, const QVariant &value);

// Returns a LIKE pattern that matches `text` anywhere, lower-cased, with
// '%', '_' and '\' escaped for "LIKE ? ESCAPE '\'".
QString containsPattern(const QString &text);

// Returns a new random (version 4) UUID without braces.
QString newId();

// Returns the current UTC time truncated to milliseconds, the precision the
// catalog stores.
QDateTime nowUtc();

// Times are bound as ISO 8601 text in UTC with milliseconds and a 'Z'
// ("2026-08-17T09:30:00.000Z"). PostgreSQL parses that into TIMESTAMPTZ;
// SQLite keeps the text, whose fixed width makes it sort in time order.
QVariant encodeTime(const QDateTime &time);
QDateTime decodeTime(const QVariant &value);

// Lists and maps are stored as JSON text: an array of strings and an object
// of string values. Empty ones are "[]" and "{}", never NULL. Decoding
// rejects anything else instead of returning an empty value.
QString encodeList(const QStringList &list);
QString encodeMap(const QMap<QString, QString> &map);
QString encodeObject(const QJsonObject &object);
Result<QStringList> decodeList(const QVariant &value, const QString &column);
Result<QMap<QString, QString>> decodeMap(const QVariant &value, const QString &column);
QJsonObject decodeObject(const QVariant &value);

} // namespace saasodoo::catalog
