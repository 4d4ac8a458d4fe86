// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace saasodoo::backup {

// A set of PostgreSQL client programs (pg_dump, pg_restore, psql) that live in
// one directory and share one version.
struct ClientTools
{
    QString directory;
    int majorVersion = 0; // such as 15
    QString versionText; // pg_dump --version output, such as "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"

    QString pgDump() const;
    QString pgRestore() const;
    QString psql() const;
};

// Finds the client tool sets installed in /usr/lib/postgresql/<major>/bin
// (Debian's layout) and in the directories of PATH, newest first. Each set
// is identified by running `pg_dump --version`.
QList<ClientTools> findClientTools(const QStringList &extraDirectories = {});

// Parses the major version out of `pg_dump --version` output: 15 for
// "pg_dump (PostgreSQL) 15.18 (Debian …)", 9 for "… 9.6.24". Returns 0 when
// the text has no version.
int parseClientMajorVersion(const QString &versionText);

// The major version of a server_version_num value: 150018 gives 15, 90624 gives 9.
int serverMajorVersion(int serverVersionNum);

// Picks the tool set for a server whose server_version_num is
// `serverVersionNum`. pg_dump refuses to dump a server newer than itself,
// and a pg_dump newer than the server writes statements that the server
// may reject (pg_dump 17 writes SET transaction_timeout), so the set whose
// major version equals the server's is preferred, else the oldest newer one.
// Fails naming the Debian package to install when every set is older.
Result<ClientTools> chooseClientTools(const QList<ClientTools> &available, int serverVersionNum);

} // namespace saasodoo::backup
