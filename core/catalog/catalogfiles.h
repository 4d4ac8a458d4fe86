// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace saasodoo::catalog {

// The registry and checks that keep this process from opening its SQLite
// catalogs outside SQLite. SQLite keeps POSIX advisory locks, and closing any file
// descriptor of a file releases every POSIX lock the process holds on it
// (see "Posix Advisory Locks" in https://www.sqlite.org/howtocorrupt.html).
// A backup check that reads the catalog file, or an export that writes over
// its -wal file, would let another process checkpoint and delete the WAL
// while this one still writes to it, and so corrupt the catalog.
class CatalogFiles
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFiles)

public:
    // Records a SQLite catalog opened in this process. Catalog::open()
    // calls it; the record stays until the process ends.
    static void registerOpen(const QString &databasePath);

    // Returns the database file and the -wal, -shm and -journal sidecars
    // SQLite keeps beside it.
    static QStringList sqliteFiles(const QString &databasePath);

    // The catalog files that rejectCatalogFile() accepts. A catalog
    // location setting may name the database itself, never a sidecar.
    enum class Allow { Nothing, Database };

    // Rejects `path` when it is, by device and inode or by canonical path,
    // a SQLite catalog open in this process or one of its sidecars. Only
    // stat() and path resolution run, so the check opens no file.
    static Status rejectCatalogFile(const QString &path, Allow allow = Allow::Nothing);

    // The same check against the catalog at `databasePath`, open or not.
    static Status rejectCatalogFile(const QString &path, const QString &databasePath, Allow allow = Allow::Nothing);
};

} // namespace saasodoo::catalog
