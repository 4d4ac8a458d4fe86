// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupformat.h"
#include "pgclient.h"

#include "core/common/cancellation.h"
#include "core/postgres/pgconnection.h"

#include <functional>
#include <optional>

namespace saasodoo::docker {
class DockerClient;
}

namespace saasodoo::backup {

// The database to dump, reached as the instance's own role.
struct DatabaseSource
{
    postgres::PgEndpoint endpoint; // user is the instance's role
    QString password;
    QString database;
};

// Where the filestore is read: a container (running, stopped or only
// created) that mounts the instance's volume at `dataDirectory`.
struct FilestoreSource
{
    const docker::DockerClient *client = nullptr;
    QString containerId;
    QString dataDirectory = QStringLiteral("/var/lib/odoo");
};

struct WriterOptions
{
    QString odooSeries; // such as "18.0", for the manifest's version fields
    int deflateLevel = 1; // ISA-L's level, 0 to 3 (ZipOutput)
    // The client tools to use; unset picks them with chooseClientTools().
    std::optional<ClientTools> clientTools;
    // Called with the bytes read so far (dump plus filestore), from the calling thread.
    std::function<void(qint64 bytesRead)> progress;
    CancellationToken cancellation;
};

struct WrittenBackup
{
    QString path;
    qint64 sizeBytes = 0;
    QByteArray sha256; // hex, of the whole zip
    Manifest manifest;
    qint64 dumpBytes = 0;
    int filestoreFiles = 0;
    qint64 filestoreBytes = 0;
    int storedFiles = 0; // filestore files written without deflate, not counting hard-link copies
    QStringList warnings; // for the job log, such as a missing filestore
};

// Writes the zip that Odoo's database manager writes to `path`: dump.sql
// from pg_dump --no-owner (plain format), then manifest.json, then the
// filestore under filestore/ in its hash layout. pg_dump's output and the
// engine's tar stream are copied straight into the zip, so memory stays
// bounded whatever the size. Already-compressed files are stored, the rest
// deflated at options.deflateLevel, and the SHA-256 is computed while writing.
//
// The zip is written as `path`.partial and renamed at the end. It fails, and
// removes the partial file, when pg_dump exits non-zero or its output lacks
// the "dump complete" trailer, when the filestore cannot be read, or on
// cancellation.
Result<WrittenBackup> writeBackup(const QString &path, const DatabaseSource &database,
    const FilestoreSource &filestore, const WriterOptions &options);

// Reads the installed modules and their latest_version from ir_module_module.
Result<QMap<QString, QString>> installedModules(postgres::PgConnection &connection,
    const CancellationToken &cancellation = {});

} // namespace saasodoo::backup
