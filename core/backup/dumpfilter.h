// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace saasodoo::backup {

// Rewrites a plain-format SQL dump on its way into psql so that a database
// owner without superuser rights can replay it with ON_ERROR_STOP:
// - drops COMMENT ON EXTENSION (needs ownership of the extension),
//   ALTER … OWNER TO and ALTER DEFAULT PRIVILEGES FOR ROLE (need membership
//   in the named role), and SET transaction_timeout (written by pg_dump 17+,
//   rejected by PostgreSQL 16 and older);
// - turns CREATE EXTENSION into CREATE EXTENSION IF NOT EXISTS;
// - drops GRANT, REVOKE and ALTER DEFAULT PRIVILEGES written on one line
//   that name a role other than PUBLIC and the restore's role, which may not
//   exist on this server;
// - rejects psql meta-commands other than \restrict and \unrestrict (which
//   pg_dump 15.14+ writes), so a dump cannot run shell commands or connect
//   elsewhere;
// - rejects statements on the database, roles or the server (CREATE, ALTER
//   or DROP DATABASE, ROLE, USER or GROUP, SET ROLE, SET SESSION
//   AUTHORIZATION, ALTER SYSTEM, COPY ... PROGRAM), because the restore's
//   role owns the live database.
// COPY data passes through untouched. Quotes, dollar quotes and comments are
// read as psql reads them, so their contents never count as statements.
// Statements are skipped or rewritten only where a line begins a statement,
// as pg_dump writes them.
// NOTE: SQL run inside a function or a DO block (EXECUTE '...') is not
// checked; only the role's privileges limit it. restoreBackup() resets the
// role's password and settings, and those of the databases it owns, after
// the replay.
class DumpFilter
{
public:
    // `role` is the role psql runs as; GRANTs to it are kept.
    explicit DumpFilter(const QString &role = {})
        : m_role(role)
    {
    }

    // Returns the filtered bytes for complete lines; keeps a partial last line.
    QByteArray feed(QByteArrayView chunk);
    // Returns the rest at the end of the input.
    QByteArray finish();

    // Why the dump was rejected, naming the line, or empty.
    const QString &error() const { return m_error; }
    // The statements dropped, first line of each, at most 100.
    const QStringList &skipped() const { return m_skipped; }
    int skippedCount() const { return m_skippedCount; }
    // One sentence per reason for the statements dropped, with their count,
    // such as the pg_dump 17 setting that older servers reject.
    QStringList skippedSummary() const;

private:
    enum class Quote { None, Single, Double, Dollar, Comment };
    // Why a statement is dropped, in the order skippedSummary() lists them.
    enum SkipReason { ExtensionComment, Ownership, NewerServerSetting, OtherRoleGrant, SkipReasonCount };

    void processLine(QByteArrayView line, QByteArray &out);
    bool scanLine(QByteArrayView line);
    bool grantsToOtherRole(QByteArrayView content) const;
    void reject(const QString &message);
    void appendToStatement(char c);

    QString m_role;
    QByteArray m_pending;
    bool m_inCopy = false;
    qint64 m_lineNumber = 0;
    Quote m_quote = Quote::None;
    QByteArray m_dollarTag;
    int m_commentDepth = 0;
    bool m_backslashEscapes = false;
    bool m_standardStrings = true;
    QString m_statement; // the current statement outside quotes, at most about 4 KiB
    // The current statement as written, quotes included, at most about
    // 4 KiB, which an error quotes.
    QByteArray m_statementText;
    QString m_error;
    QStringList m_skipped;
    int m_skippedCount = 0;
    int m_skippedByReason[SkipReasonCount] = {};
};

} // namespace saasodoo::backup
