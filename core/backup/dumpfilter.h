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
// - rejects psql meta-commands other than \restrict and \unrestrict (which
//   pg_dump 15.14+ writes), so a dump cannot run shell commands or connect
//   elsewhere.
// COPY data passes through untouched. Statements are recognised only at
// the start of a line that begins a statement, as pg_dump writes them.
class DumpFilter
{
public:
    // Returns the filtered bytes for complete lines; keeps a partial last line.
    QByteArray feed(QByteArrayView chunk);
    // Returns the rest at the end of the input.
    QByteArray finish();

    // A rejected meta-command, or empty.
    const QString &error() const { return m_error; }
    // The statements dropped, first line of each, at most 100.
    const QStringList &skipped() const { return m_skipped; }
    int skippedCount() const { return m_skippedCount; }

private:
    void processLine(QByteArrayView line, QByteArray &out);

    QByteArray m_pending;
    bool m_inCopy = false;
    bool m_atStatementStart = true;
    QString m_error;
    QStringList m_skipped;
    int m_skippedCount = 0;
};

} // namespace saasodoo::backup
