// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalogfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace saasodoo::catalog {

namespace {

QMutex registryMutex;

QStringList &openCatalogPaths()
{
    static QStringList paths;
    return paths;
}

// Returns the path with symbolic links in its folder resolved. The file
// itself may not exist yet, as a -journal often does not.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
    const QString folder = info.absoluteDir().canonicalPath();
    const QString resolved = folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
    const QString target = QFileInfo(resolved).canonicalFilePath();
    return target.isEmpty() ? resolved : target;
}

bool sameFile(const QString &first, const QString &second)
{
#ifdef Q_OS_UNIX
    struct stat a {};
    struct stat b {};
    if (::stat(QFile::encodeName(first).constData(), &a) == 0
        && ::stat(QFile::encodeName(second).constData(), &b) == 0)
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#endif
    return resolvedPath(first) == resolvedPath(second);
}

} // namespace

void CatalogFiles::registerOpen(const QString &databasePath)
{
    const QString path = QDir::current().absoluteFilePath(databasePath);
    const QMutexLocker lock(&registryMutex);
    if (!openCatalogPaths().contains(path))
        openCatalogPaths().append(path);
}

QStringList CatalogFiles::sqliteFiles(const QString &databasePath)
{
    return { databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
        databasePath + QStringLiteral("-journal") };
}

Status CatalogFiles::rejectCatalogFile(const QString &path, Allow allow)
{
    QStringList catalogs;
    {
        const QMutexLocker lock(&registryMutex);
        catalogs = openCatalogPaths();
    }
    for (const QString &databasePath : catalogs) {
        if (Status checked = rejectCatalogFile(path, databasePath, allow); !checked)
            return checked;
    }
    return {};
}

Status CatalogFiles::rejectCatalogFile(const QString &path, const QString &databasePath, Allow allow)
{
    if (path.isEmpty() || databasePath.isEmpty())
        return {};
    for (const QString &file : sqliteFiles(databasePath)) {
        if (!sameFile(path, file))
            continue;
        if (file == databasePath && allow == Allow::Database)
            return {};
        if (file == databasePath)
            return makeError(tr("%1 is the console's catalog database, not a backup or export file. "
                                "Choose another file: opening the catalog outside SQLite can corrupt it.")
                                 .arg(path));
        return makeError(tr("%1 is a working file of the console's catalog %2. Choose another file: opening it "
                            "outside SQLite can corrupt the catalog.")
                             .arg(path, databasePath));
    }
    return {};
}

} // namespace saasodoo::catalog
