// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupformat.h"

#include "core/common/cancellation.h"

#include <functional>

namespace saasodoo::backup {

enum class BackupKind {
    OdooZip, // Odoo's zip: dump.sql, manifest.json, filestore/
    PgCustomDump, // pg_dump --format=custom: the database only, no manifest, no filestore
};

// What the UI shows about a dropped or chosen file before anything runs.
struct BackupSummary
{
    QString path;
    BackupKind kind = BackupKind::OdooZip;
    // The Odoo series: a zip's manifest major_version, or for a custom-format
    // dump the series of module base's latest_version in ir_module_module.
    // Empty for a dump without that row.
    QString odooVersion;
    QString databaseName;
    int moduleCount = 0;
    qint64 sizeBytes = 0; // of the file
    qint64 uncompressedBytes = 0; // of every member, as the zip declares them
    qint64 dumpBytes = 0; // dump.sql, uncompressed
    qint64 filestoreBytes = 0; // the filestore/ members, uncompressed
    int filestoreFiles = 0;
    Manifest manifest; // empty for a custom-format dump
};

struct ValidationLimits
{
    // A zip may expand to at most max(minimumBudgetBytes, maxExpansionRatio
    // times its own size), as Odoo's master-branch restore allows, which
    // stops zip bombs before any byte is extracted.
    qint64 maxExpansionRatio = 50;
    qint64 minimumBudgetBytes = 100LL * 1024 * 1024;
    // Space free where the restore writes, when the caller knows it; -1 skips the check.
    qint64 availableBytes = -1;
};

// Reads a backup's structure without extracting it: for a zip, the central
// directory and manifest.json only, so it takes milliseconds even for a
// multi-gigabyte file. Rejects, each with its own message: a missing or
// unreadable file, a file that is neither a zip nor a custom-format dump, a
// damaged or truncated zip, a zip without dump.sql or manifest.json, an
// unparseable manifest, member names with "..", absolute paths or
// backslashes, symbolic links, device files and other non-regular members,
// two members that would be extracted to one path (such as "filestore/ab"
// twice, or a file "filestore/ab" beside "filestore/ab/c"), an uncompressed
// size beyond the limits, and not enough free space. Names that differ only
// in case are distinct, as on Linux file systems.
Result<BackupSummary> inspectBackup(const QString &path, const ValidationLimits &limits = {});

// Checks that a backup of Odoo series `summary.odooVersion` can be restored
// into an instance running `targetSeries`. Odoo cannot open a database of
// another series, so a mismatch is rejected with the offer to restore it as
// a new instance of the backup's own version. A custom-format dump whose
// version could not be read passes.
Status checkSeries(const BackupSummary &summary, const QString &targetSeries);

// Reads every member of a zip and checks its CRC-32, as `unzip -t` does.
// Returns the first damaged member's error.
Status testArchive(const QString &path, const CancellationToken &cancellation = {},
    const std::function<void(qint64 bytesRead)> &progress = {});

// Rejects a write of `neededBytes` for `what` (such as "the download of
// backup X") into `where` when only `availableBytes` are free there. The
// message names both sizes.
Status requireFreeSpace(const QString &what, const QString &where, qint64 neededBytes, qint64 availableBytes);

// requireFreeSpace() for a directory on this machine, read with
// QStorageInfo. The directory need not exist yet: its nearest existing
// parent is measured.
Status requireLocalFreeSpace(const QString &what, const QString &directory, qint64 neededBytes);

// The message for a failed write of `moreBytes` to `path` after
// `writtenBytes`. When the file system has less than that free, it names
// the full file system, its free space and the bytes needed, because a short
// write there leaves QFile with no error text ("Unknown error").
QString describeWriteFailure(const QString &path, const QString &errorText, qint64 writtenBytes, qint64 moreBytes);

// Checks one member name against the rules above; returns an empty string
// when it is safe, else the reason.
QString unsafeMemberReason(const QString &name);

} // namespace saasodoo::backup
