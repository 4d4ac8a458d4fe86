// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// In-place restore: safety backup, restore beside the live database, swap.
#include "backupjobs.h"

#include "backupjobsprivate.h"
#include "backupreader.h"
#include "backupstate.h"
#include "databaseadmin.h"
#include "restore.h"
#include "retention.h"
#include "volumecommand.h"

#include "core/billing/planlimits.h"
#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/docker/dockerclient.h"
#include "core/provisioning/hostcapacity.h"
#include "core/provisioning/lifecycle.h"
#include "core/provisioning/provisioner.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

#include <cerrno>
#include <optional>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

// The backup id or the admin's file, for messages: never the temporary
// copy or link that the job reads.
QString sourceName(const RestoreSource &source)
{
    return source.backupId.isEmpty() ? source.path : tr("backup %1").arg(source.backupId);
}

const QString stepValidate = QStringLiteral("Validate the backup");
const QString stepSafety = QStringLiteral("Take a safety backup");
const QString stepRestore = QStringLiteral("Restore into a new database");
const QString stepSwitch = QStringLiteral("Switch the instance over");
const QString stepCleanUp = QStringLiteral("Drop the old database");

// A PostgreSQL identifier is at most 63 bytes long, and the suffix must survive.
QString sideName(const QString &database, const QString &suffix)
{
    QString base = database;
    while ((base + suffix).toUtf8().size() > 63)
        base.chop(1);
    return base + suffix;
}

QString filestorePath(const QString &database)
{
    return QStringLiteral("/var/lib/odoo/filestore/") + database;
}

// Moves `from` to `to` inside the instance's volume when `from` exists.
Status moveDirectory(const docker::DockerClient &client, const QString &container, const QString &from,
    const QString &to, const QString &jobId)
{
    // The paths are passed as positional parameters, never pasted into the script.
    return runWithVolumes(client, container,
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("[ ! -e \"$1\" ] || mv \"$1\" \"$2\""),
            QStringLiteral("sh"), from, to },
        {}, jobId);
}

// Estimates the size of a backup of the instance as the database's size
// (pg_database_size, which also counts indexes that a dump does not hold)
// plus the filestore's size on disk (du -sk). The zip is smaller whenever
// anything compresses, so the estimate is an upper bound in practice.
struct BackupEstimate
{
    qint64 databaseBytes = 0;
    qint64 filestoreBytes = 0;
    qint64 total() const { return databaseBytes + filestoreBytes; }
};

Result<BackupEstimate> estimateBackupSize(const detail::InstanceScope &scope, const docker::DockerClient &client,
    const CancellationToken &cancellation, const QString &jobId)
{
    BackupEstimate estimate;
    Result<postgres::PgConnection> connection
        = postgres::PgConnection::open(scope.roleEndpoint(), scope.rolePassword, scope.plan.databaseName);
    if (!connection)
        return makeError(connection.error());
    const Result<postgres::PgRows> size
        = connection.value().query(QStringLiteral("SELECT pg_database_size(current_database())"));
    if (!size)
        return makeError(tr("Could not read the size of database %1: %2").arg(scope.plan.databaseName, size.error()));
    estimate.databaseBytes = size->value(0, 0).toLongLong();

    // A missing filestore counts as empty, as the backup treats it.
    const Result<QByteArray> usage = readWithVolumes(client, scope.containerName(),
        { QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("if [ -d \"$1\" ]; then du -sk -- \"$1\"; else echo 0; fi"), QStringLiteral("sh"),
            filestorePath(scope.plan.databaseName) },
        cancellation, jobId);
    if (!usage)
        return makeError(tr("Could not read the size of the filestore: %1").arg(usage.error()));
    bool ok = false;
    const qint64 kibibytes = usage->trimmed().split('\t').value(0).split(' ').value(0).toLongLong(&ok);
    if (!ok) {
        return makeError(tr("Could not read the size of the filestore: du printed \"%1\".")
                             .arg(QString::fromUtf8(usage->trimmed())));
    }
    estimate.filestoreBytes = kibibytes * 1024;
    return estimate;
}

// Checks, before backup `backupId` is downloaded from S3 for an in-place
// restore into `instanceId`, that the local backup directory has room for
// the download (the catalogued size) and the safety backup that follows it.
// Does nothing when the backup has a local file, which needs no download,
// or is not a restorable catalog entry, which resolveSource() reports.
// NOTE: the download goes to the backup's own instance folder and the safety
// backup to the target's; both are counted on the target folder's file system.
// NOTE: a local file that fails its SHA-256 check is replaced by a download
// later, in resolveSource(), which checks the space for the download only.
Status requireSpaceForDownload(jobs::JobContext &context, catalog::Catalog &db, secrets::SecretStore *secrets,
    const QString &directory, const QString &backupId, const QString &instanceId, bool safetyBackup)
{
    const Result<catalog::Backup> backup = db.backup(backupId);
    if (!backup || backup->state != catalog::BackupState::Completed || backup->s3Key.isEmpty())
        return {};
    if (!backup->location.isEmpty() && QFile::exists(backup->location))
        return {};
    Result<detail::InstanceScope> loaded = detail::loadInstance(db, secrets, instanceId, true);
    if (!loaded)
        return makeError(loaded.error());
    const detail::InstanceScope scope = std::move(loaded).value();
    // Only checks run here, so Cancel may end any call of this client.
    const Result<docker::ClientOptions> clientOptions = detail::clientOptions(scope.host, secrets, context.token());
    if (!clientOptions)
        return makeError(clientOptions.error());
    docker::DockerClient client(provisioning::dockerEndpoint(scope.host), clientOptions.value());
    Result<BackupEstimate> estimate = BackupEstimate {};
    if (safetyBackup)
        estimate = estimateBackupSize(scope, client, context.token(), context.jobId());
    if (!estimate) {
        return makeError(tr("Could not estimate the size of the safety backup: %1 Nothing was changed. If the "
                            "instance's database is missing or damaged, restore without a safety backup (saasodoo "
                            "restore --no-safety-backup).")
                             .arg(endSentence(estimate.error())));
    }
    const QLocale locale = QLocale::c();
    const QString purpose = tr("the download of backup %1 (%2) and the safety backup of instance %3 (estimated "
                               "at %4 from its database and filestore)")
                                .arg(backupId, locale.formattedDataSize(backup->sizeBytes), scope.instance.name,
                                    locale.formattedDataSize(estimate->total()));
    if (Status space = requireLocalFreeSpace(purpose, QDir(directory).filePath(instanceId),
            backup->sizeBytes + estimate->total());
        !space)
        return makeError(tr("%1 Nothing was downloaded or changed.").arg(space.error()));
    return {};
}

// Decides whether the restored database keeps database.uuid and
// database.secret, and logs the choice. A new identity that the admin
// did not choose is a warning, because Odoo then treats the instance as
// another database.
bool keepsIdentity(jobs::JobContext &context, RestoreIdentity identity, bool sameInstance,
    const BackupSummary &summary, const detail::InstanceScope &scope)
{
    const QString database = scope.plan.databaseName;
    const bool sameDatabase = !summary.databaseName.isEmpty() && summary.databaseName == database;
    switch (identity) {
    case RestoreIdentity::Moved:
        context.info(tr("Keeping the backup's database.uuid and database.secret: the database moved here."));
        return true;
    case RestoreIdentity::Copied:
        context.info(tr("The restored database gets a new database.uuid and database.secret, as a copy does, so "
                        "Odoo treats instance %1 as another database.")
                         .arg(scope.instance.name));
        return false;
    case RestoreIdentity::Automatic:
        break;
    }
    if (sameInstance || sameDatabase) {
        context.info(tr("Keeping the backup's database.uuid and database.secret: the backup is instance %1's own "
                        "database %2. Restore it as a copy (saasodoo restore --copy) to give it new ones.")
                         .arg(scope.instance.name, database));
        return true;
    }
    const QString from = summary.databaseName.isEmpty() ? tr("a database of unknown name")
                                                        : tr("database %1").arg(summary.databaseName);
    context.warning(tr("The restored database gets a new database.uuid and database.secret, because the backup is "
                       "from %1, not instance %2's own database %3. Odoo then treats it as another database. If "
                       "the database moved here, restore with saasodoo restore --moved to keep them.")
                        .arg(from, scope.instance.name, database));
    return false;
}

} // namespace

namespace {

// A backup file ready to restore, checked against the catalog.
struct ResolvedBackup
{
    QString path;
    QString downloaded; // a temporary download to remove afterwards; empty for none
    QString instanceId; // the instance the catalogued backup belongs to; empty for a file
    BackupSummary summary;
};

// Records that a restore reads `backup`, so that retention keeps it for
// restoreHoldDays, and moves a manual or safety backup's expiry to the end
// of that hold when it is earlier, so the expiry shown stays true.
void holdForRestore(jobs::JobContext &context, catalog::Catalog &db, catalog::Backup backup)
{
    const QDateTime holdEnd = catalog::nowUtc().addDays(restoreHoldDays);
    const Status audited = db.recordAudit(QLatin1String(detail::restoreReadAuditAction), QStringLiteral("backup"),
        backup.id, { { QStringLiteral("job_id"), context.jobId() }, { QStringLiteral("hold_until"),
                                                                     holdEnd.toString(Qt::ISODate) } });
    if (!audited)
        context.warning(tr("Could not record the restore on backup %1, so retention may not hold it: %2")
                            .arg(backup.id, audited.error()));
    if (backup.kind == catalog::BackupKind::Scheduled || backup.expiresAt.isNull() || backup.expiresAt >= holdEnd)
        return;
    backup.expiresAt = holdEnd;
    if (const Result<catalog::Backup> saved = db.updateBackup(backup); !saved)
        context.warning(tr("Could not extend the expiry of backup %1: %2").arg(backup.id, saved.error()));
    else
        context.info(tr("Backup %1 now expires on %2, %3 days after this restore.")
                         .arg(backup.id, holdEnd.toString(Qt::ISODate))
                         .arg(restoreHoldDays));
}

// Makes `pin`, a hard link to the local backup file `location` in the
// job's own name, so that the file cannot vanish while the restore reads
// it, whatever removes the original meanwhile. Returns the path to read:
// `pin`, else `location` itself on a file system without hard links, else
// an empty string when the file is missing.
QString pinLocalFile(const QString &location, const QString &pin)
{
#ifdef Q_OS_UNIX
    QFile::remove(pin);
    QDir().mkpath(QFileInfo(pin).path());
    if (::link(QFile::encodeName(location).constData(), QFile::encodeName(pin).constData()) == 0)
        return pin;
    if (errno == ENOENT)
        return QFile::exists(location) ? location : QString();
#endif
    // NOTE: without a hard link, a file removed after its SHA-256 check
    // makes the restore fail instead of falling back to the S3 copy.
    return QFile::exists(location) ? location : QString();
}

// Finds the file of `source`: a catalogued backup's local file (pinned by
// a hard link) after a SHA-256 check, else its S3 copy downloaded and
// checked, else the given path. Then inspects it. Nothing is changed yet.
Result<ResolvedBackup> resolveSource(jobs::JobContext &context, catalog::Catalog &db, BackupJobs &jobs,
    const RestoreSource &source)
{
    ResolvedBackup resolved;
    resolved.path = source.path;
    std::optional<catalog::Backup> catalogued;
    if (!source.backupId.isEmpty()) {
        const Result<catalog::Backup> backup = db.backup(source.backupId);
        if (!backup)
            return makeError(backup.error());
        if (backup->state != catalog::BackupState::Completed) {
            return makeError(tr("Backup %1 is %2: only a completed backup can be restored.")
                                 .arg(source.backupId, stateName(backup.value())));
        }
        catalogued = backup.value();
        resolved.instanceId = backup->instanceId;
        const QString jobCopy = QDir(QDir(jobs.settings().directory).filePath(backup->instanceId))
                                    .filePath(detail::restoreDownloadName(context.jobId()));
        // A backup that failed its last verification is restored only with
        // a warning, after the same SHA-256 and CRC-32 checks as any other.
        const QString lastCheck = backup->checkedAt.toString(Qt::ISODate);
        if (!catalog::isUsable(backup.value())) {
            context.warning(tr("Backup %1 failed its last verification on %2: %3 The restore reads it anyway, and "
                               "fails before changing anything when it is still damaged.")
                                .arg(source.backupId, lastCheck, endSentence(backup->verifyError.section(u'\n', 0, 0))));
        }
        const bool skipLocal = backup->verifyStatus == catalog::BackupVerifyStatus::LocalDamaged
            && !backup->location.isEmpty() && !backup->s3Key.isEmpty();
        if (skipLocal) {
            context.warning(tr("The verification on %1 found the local file %2 of backup %3 damaged. Restoring "
                               "from the S3 copy %4 instead.")
                                .arg(lastCheck, backup->location, source.backupId, backup->s3Key));
        }
        bool localIntact = false;
        QString local = backup->location.isEmpty() || skipLocal ? QString() : pinLocalFile(backup->location, jobCopy);
        if (local == jobCopy)
            resolved.downloaded = jobCopy;
        if (!backup->location.isEmpty() && local.isEmpty() && !skipLocal) {
            if (backup->s3Key.isEmpty()) {
                return makeError(tr("The local file %1 of backup %2 is missing, and the backup has no S3 copy. "
                                    "Nothing was changed.")
                                     .arg(backup->location, source.backupId));
            }
            context.warning(tr("The local file %1 of backup %2 is missing. Restoring from the S3 copy %3 instead.")
                                .arg(backup->location, source.backupId, backup->s3Key));
        }
        if (!local.isEmpty()) {
            const Result<QByteArray> hash = detail::fileSha256(local, context.token());
            if (!hash) {
                if (!resolved.downloaded.isEmpty())
                    QFile::remove(resolved.downloaded);
                return makeError(hash.error());
            }
            localIntact = QString::fromLatin1(hash.value()) == backup->sha256;
            if (!localIntact) {
                if (!resolved.downloaded.isEmpty())
                    QFile::remove(resolved.downloaded);
                resolved.downloaded.clear();
                const QString mismatch = tr("The local file %1 of backup %2 has SHA-256 %3, but the catalog "
                                            "recorded %4.")
                                             .arg(backup->location, source.backupId,
                                                 QString::fromLatin1(hash.value()), backup->sha256);
                if (backup->s3Key.isEmpty())
                    return makeError(tr("%1 Nothing was changed.").arg(endSentence(mismatch)));
                // The S3 copy is checked against the same SHA-256 after its download.
                context.warning(tr("%1 Restoring from the S3 copy %2 instead. Run 'saasodoo backup download %3' "
                                   "to replace the damaged local file.")
                                    .arg(mismatch, backup->s3Key, source.backupId));
            }
        }
        if (localIntact) {
            resolved.path = local;
        } else if (!backup->s3Key.isEmpty()) {
            if (Status fetched = jobs.download(context, source.backupId, jobCopy, &resolved.downloaded);
                !fetched)
                return makeError(tr("Could not download backup %1: %2 Nothing was changed.")
                                     .arg(source.backupId, endSentence(fetched.error())));
            resolved.path = resolved.downloaded;
        } else {
            return makeError(tr("Backup %1 has neither a local file nor an S3 copy.").arg(source.backupId));
        }
    }
    if (resolved.path.isEmpty())
        return makeError(tr("Name a backup id or a file to restore."));
    const Result<BackupSummary> summary = inspectBackup(resolved.path);
    if (!summary) {
        if (!resolved.downloaded.isEmpty())
            QFile::remove(resolved.downloaded);
        return makeError(tr("%1 Nothing was changed.").arg(endSentence(summary.error())));
    }
    // The structure check reads only the central directory, so a damaged
    // filestore member would surface only half-way through the restore,
    // after the safety backup. Reading every member once finds it first.
    if (summary->kind == BackupKind::OdooZip) {
        context.info(tr("Checking the CRC-32 of every member of %1.").arg(resolved.path));
        if (const Status tested = testArchive(resolved.path, context.token()); !tested) {
            if (!resolved.downloaded.isEmpty())
                QFile::remove(resolved.downloaded);
            return makeError(tr("%1 Nothing was changed.").arg(endSentence(tested.error())));
        }
    }
    // Retention keeps the backup for this restore only once the restore has
    // read and checked it, so a failed download or a damaged file keeps nothing.
    // NOTE: until then a run-due pass may expire the backup. The local file
    // is pinned by its hard link, but a deleted S3 copy fails the download.
    if (catalogued)
        holdForRestore(context, db, *catalogued);
    resolved.summary = summary.value();
    context.info(tr("Backup %1: Odoo %2, database %3, %4 filestore files.")
                     .arg(resolved.path, resolved.summary.odooVersion, resolved.summary.databaseName)
                     .arg(resolved.summary.filestoreFiles));
    return resolved;
}

} // namespace

Status BackupJobs::restoreInto(jobs::JobContext &context, const RestoreSource &source, const QString &instanceId,
    const InPlaceRestoreOptions &options)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    context.beginStep(stepValidate);
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    // An instance whose create failed before it ever ran has no database
    // or secrets to restore into, so only a retry or a restore as new fits.
    if (const Result<catalog::Instance> target = db.instance(instanceId);
        target && target->status == catalog::InstanceStatus::Error) {
        const Result<bool> ran = provisioning::hasRun(m_catalog, instanceId);
        if (ran && !ran.value())
            return makeError(tr("Cannot restore into instance %1: its create failed before it ever ran, so it has no "
                                "database to restore into. Retry or delete it, or restore the backup as a new "
                                "instance. Nothing was changed.")
                                 .arg(target->name));
    }
    // The claim comes first, so that no backup or restore of the instance
    // starts while this one checks the file and takes its safety backup.
    const Result<detail::RestoreClaim> claim = detail::claimForRestore(context, db, instanceId);
    if (!claim)
        return makeError(claim.error());
    const auto release = [&](const QString &message) -> Status {
        detail::releaseRestoreClaim(context, db, instanceId, claim.value());
        return makeError(message);
    };
    if (!source.backupId.isEmpty()) {
        if (Status space
            = requireSpaceForDownload(context, db, m_secrets, m_settings.directory, source.backupId, instanceId,
                !options.skipSafetyBackup);
            !space)
            return release(space.error());
    }
    Result<ResolvedBackup> resolved = resolveSource(context, db, *this, source);
    if (!resolved)
        return release(resolved.error());
    const auto removeDownload = qScopeGuard([&resolved] {
        if (!resolved->downloaded.isEmpty())
            QFile::remove(resolved->downloaded);
    });
    return restoreFile(context, resolved->path, sourceName(source), resolved->summary, instanceId, claim.value(),
        options, resolved->instanceId == instanceId, !options.skipSafetyBackup);
}

Status BackupJobs::restoreFile(jobs::JobContext &context, const QString &path, const QString &source,
    const BackupSummary &summary,
    const QString &instanceId, const detail::RestoreClaim &claim, const InPlaceRestoreOptions &options,
    bool sameInstance, bool safetyBackup)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened) {
        // NOTE: without a catalog connection the claim cannot be released;
        // 'saasodoo job cleanup' puts the instance back.
        return makeError(opened.error());
    }
    catalog::Catalog &db = *opened.value();
    const auto release = [&](const QString &message) -> Status {
        detail::releaseRestoreClaim(context, db, instanceId, claim);
        return makeError(message);
    };

    // --- validate, before anything changes --------------------------------
    Result<detail::InstanceScope> loaded = detail::loadInstance(db, m_secrets, instanceId, true);
    if (!loaded)
        return release(loaded.error());
    const detail::InstanceScope scope = std::move(loaded).value();
    const catalog::InstanceStatus before = claim.before;
    // A restore is how an instance in error gets repaired, so that state is
    // accepted too; it ends stopped, for the admin to start.
    const bool inError = before == catalog::InstanceStatus::Error;
    // A dump without that row is not an Odoo database (or not a complete
    // one), and replacing the instance's database with it breaks Odoo.
    // A new instance made for this restore takes such a dump with the
    // series the admin gave (restore --new --odoo-version).
    const bool intoExisting = safetyBackup || options.skipSafetyBackup;
    if (intoExisting && summary.kind != BackupKind::OdooZip && summary.odooVersion.isEmpty())
        return release(tr("%1 holds no Odoo database: its table ir_module_module is missing or has no row for "
                          "module base, so it was not restored into instance %2. Nothing was changed.")
                           .arg(source, scope.instance.name));
    if (Status series = checkSeries(summary, scope.instance.odooVersion); !series)
        return release(tr("%1 Nothing was changed.").arg(endSentence(series.error())));
    if (Status statements = checkDumpStatements(path, summary, scope.plan.roleName, context.token()); !statements)
        return release(tr("%1 Nothing was changed.").arg(endSentence(statements.error())));
    // --- repair what an earlier restore's dump may have changed -----------
    // A replay that was killed before its own reset may have left the
    // role with another password, so the safety backup could not log in.
    if (const Status reset = detail::resetInstanceRole(scope); !reset)
        context.warning(tr("Could not reset role %1 and its databases: %2").arg(scope.plan.roleName, reset.error()));

    // The switch-over and the undo steps use this client after a cancel, so
    // the job's token goes to each call that may be cut short, not to the
    // client. The switch-over itself is not cancellable: it is short, and
    // stopping half-way would leave the instance on neither copy.
    const Result<docker::ClientOptions> clientOptions = detail::clientOptions(scope.host, m_secrets);
    if (!clientOptions)
        return release(tr("%1 Nothing was changed.").arg(endSentence(clientOptions.error())));
    docker::DockerClient client(provisioning::dockerEndpoint(scope.host), clientOptions.value());
    if (Status space = checkFilestoreSpace(client, scope.containerName(), QStringLiteral("/var/lib/odoo"), summary,
            context.token(), context.jobId());
        !space)
        return release(tr("%1 Nothing was changed.").arg(endSentence(space.error())));
    // The safety backup goes to the local directory, which must hold it.
    // A downloaded S3 copy is on that disk already, so it is counted.
    if (safetyBackup) {
        const Result<BackupEstimate> estimate = estimateBackupSize(scope, client, context.token(), context.jobId());
        if (!estimate)
            return release(tr("Could not estimate the size of the safety backup: %1 Nothing was changed. If the "
                              "instance's database is missing or damaged, restore without a safety backup "
                              "(saasodoo restore --no-safety-backup).")
                               .arg(endSentence(estimate.error())));
        const QLocale locale = QLocale::c();
        const QString purpose = tr("the safety backup of instance %1 (estimated from database %2 of %3 and a "
                                "filestore of %4)")
                                 .arg(scope.instance.name, scope.plan.databaseName,
                                     locale.formattedDataSize(estimate->databaseBytes),
                                     locale.formattedDataSize(estimate->filestoreBytes));
        if (Status space = requireLocalFreeSpace(purpose, QDir(m_settings.directory).filePath(instanceId),
                estimate->total());
            !space)
            return release(tr("%1 Nothing was changed.").arg(endSentence(space.error())));
    }

    // --- take the safety backup -------------------------------------------
    const auto endWith = [&](catalog::InstanceStatus status, const QString &message) {
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current)
            db.setInstanceStatus(instanceId, current->rowVersion, status, message);
    };
    const auto failUntouched = [&](const QString &message) -> Status {
        // An instance made for this restore (no safety backup) is removed by
        // the caller, which reports the removal.
        const QString text = safetyBackup || options.skipSafetyBackup
            ? tr("%1 The instance was not changed.").arg(endSentence(message))
            : message;
        context.error(text);
        endWith(before, tr("Restore failed: %1").arg(text));
        return makeError(text);
    };

    QString safetyId;
    if (safetyBackup) {
        context.beginStep(stepSafety);
        const Status safety = create(context, instanceId, catalog::BackupKind::Safety, &safetyId);
        if (safety) {
            context.info(tr("Safety backup %1 taken.").arg(safetyId));
        } else {
            // An S3 failure still leaves a complete local safety copy.
            const Result<catalog::Backup> record = safetyId.isEmpty()
                ? Result<catalog::Backup>(makeError(safety.error()))
                : db.backup(safetyId);
            if (context.isCancelled())
                return failUntouched(tr("Cancelled by the admin during the safety backup, whose partial file was "
                                        "removed."));
            if (!record || record->state != catalog::BackupState::Completed)
                return failUntouched(tr("The safety backup failed: %1 If the instance's database is missing or "
                                        "damaged, restore without a safety backup (saasodoo restore "
                                        "--no-safety-backup).")
                                         .arg(endSentence(safety.error())));
            context.warning(safety.error());
        }
    } else if (options.skipSafetyBackup) {
        context.warning(tr("No safety backup: skipped at the admin's request. The restore cannot be undone."));
    } else {
        context.info(tr("No safety backup: the instance was created for this restore."));
    }

    // --- restore beside the live database ---------------------------------
    context.beginStep(stepRestore);
    const QString stamp = catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString live = scope.plan.databaseName;
    const QString fresh = sideName(live, QStringLiteral("_restore_") + stamp);
    const QString old = sideName(live, QStringLiteral("_old_") + stamp);
    RestoreTarget target;
    target.adminEndpoint = scope.adminEndpoint();
    target.adminPassword = scope.adminPassword;
    target.role = scope.plan.roleName;
    target.rolePassword = scope.rolePassword;
    target.database = fresh;
    // A custom-format dump holds only the database, and a zip without
    // filestore entries is treated the same way: the instance keeps the
    // filestore it has instead of switching to an empty one.
    const bool keepFilestore = summary.kind != BackupKind::OdooZip || summary.filestoreFiles == 0;
    target.client = keepFilestore ? nullptr : &client;
    target.containerId = scope.containerName();
    target.jobId = context.jobId();
    RestoreOptions restoreOptions;
    restoreOptions.newIdentity = !keepsIdentity(context, options.identity, sameInstance, summary, scope);
    restoreOptions.neutralize = options.neutralize;
    restoreOptions.adminPassword = options.adminPassword;
    restoreOptions.adminLogin = options.adminLogin;
    restoreOptions.cancellation = context.token();
    restoreOptions.progress = [&context](qint64 read, qint64 total) {
        if (total > 0)
            context.setProgress(int(30 + 50 * read / total));
    };
    const Result<RestoreReport> restored = restoreBackup(path, target, restoreOptions);
    if (!restored && context.isCancelled()) {
        return failUntouched(tr("Cancelled by the admin while restoring into the new database %1, which was "
                                "removed again.")
                                 .arg(fresh));
    }
    if (!restored)
        return failUntouched(tr("Restoring into the new database %1 failed: %2").arg(fresh, restored.error()));
    for (const QString &warning : restored->warnings)
        context.warning(warning);
    for (const QString &skipped : restored->skippedSummary)
        context.info(skipped);

    // --- switch over -------------------------------------------------------
    context.beginStep(stepSwitch);
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(scope.adminEndpoint(), scope.adminPassword);
    const auto dropFresh = [&] {
        if (admin && dropOwnedDatabase(admin.value(), fresh, scope.plan.roleName))
            context.info(tr("Dropped the restored copy %1.").arg(fresh));
        runWithVolumes(client, target.containerId,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestorePath(fresh) }, {},
            context.jobId());
    };
    if (!admin) {
        dropFresh();
        return failUntouched(admin.error());
    }
    // A cancel that arrived after the replay still stops the restore here,
    // the last point where the instance has not changed.
    // NOTE: no test hits this window; tests cancel during the replay.
    if (context.isCancelled()) {
        dropFresh();
        return failUntouched(tr("Cancelled by the admin before the switch-over."));
    }
    const bool wasRunning = before == catalog::InstanceStatus::Running;
    // The container of an instance in error may still run, holding
    // connections that would block the rename; stopping a stopped one
    // succeeds.
    if (wasRunning || inError) {
        const docker::DockerStatus stopped = client.stopContainer(target.containerId, std::chrono::seconds(30));
        if (!stopped.ok()) {
            dropFresh();
            return failUntouched(tr("Could not stop the instance's container: %1").arg(stopped.error()));
        }
    }
    const auto startAgain = [&]() -> Status {
        if (!wasRunning)
            return {};
        const docker::DockerStatus started = client.startContainer(target.containerId);
        return started.ok() ? Status() : makeError(started.error());
    };

    // A live database that is gone (the case a restore without a safety
    // backup is for) has nothing to move aside.
    const Result<bool> liveExists = databaseExists(admin.value(), live);
    Status switched = !liveExists ? Status(makeError(liveExists.error()))
        : liveExists.value()      ? renameOwnedDatabase(admin.value(), live, old, scope.plan.roleName)
                                  : Status();
    if (switched) {
        switched = renameOwnedDatabase(admin.value(), fresh, live, scope.plan.roleName);
        if (!switched && liveExists.value())
            renameOwnedDatabase(admin.value(), old, live, scope.plan.roleName);
    }
    if (switched && !keepFilestore) {
        switched = moveDirectory(client, target.containerId, filestorePath(live), filestorePath(old), context.jobId());
        if (switched) {
            switched = moveDirectory(client, target.containerId, filestorePath(fresh), filestorePath(live), context.jobId());
            if (!switched)
                moveDirectory(client, target.containerId, filestorePath(old), filestorePath(live), context.jobId());
        }
        if (!switched) {
            // Put the live database back under its name.
            // NOTE: these undo steps are best effort. Should one fail too,
            // the job log records which copy carries which name.
            renameOwnedDatabase(admin.value(), live, fresh, scope.plan.roleName);
            renameOwnedDatabase(admin.value(), old, live, scope.plan.roleName);
        }
    }
    if (switched) {
        // From here on the live names hold the restored data. Record that
        // before the container starts on it, so that a clean-up after a kill
        // finishes the restore instead of undoing it over new customer data.
        const Status recorded = db.recordAudit(QLatin1String(detail::restoreSwitchedAuditAction),
            QStringLiteral("instance"), instanceId,
            { { QStringLiteral("job_id"), context.jobId() }, { QStringLiteral("database"), live },
                { QStringLiteral("previous_database"), old },
                { QStringLiteral("previous_filestore"), keepFilestore ? QString() : filestorePath(old) } });
        if (!recorded) {
            // Nothing ran on the restored data yet, so the switch is undone.
            if (!keepFilestore) {
                moveDirectory(client, target.containerId, filestorePath(live), filestorePath(fresh), context.jobId());
                moveDirectory(client, target.containerId, filestorePath(old), filestorePath(live), context.jobId());
            }
            renameOwnedDatabase(admin.value(), live, fresh, scope.plan.roleName);
            renameOwnedDatabase(admin.value(), old, live, scope.plan.roleName);
            switched = makeError(tr("Could not record the switch-over in the catalog, so it was undone: %1")
                                     .arg(recorded.error()));
        }
    }
    if (!switched) {
        dropFresh();
        const Status restarted = startAgain();
        if (!restarted)
            context.warning(tr("Could not start the instance again: %1").arg(restarted.error()));
        // The engine may publish the started container on another port.
        else if (wasRunning) {
            if (Status saved = detail::savePublishedPort(db, client, instanceId, target.containerId); !saved)
                context.warning(tr("Could not record the container's published port: %1").arg(saved.error()));
        }
        return failUntouched(tr("Switching to the restored database failed: %1").arg(switched.error()));
    }
    if (keepFilestore && summary.kind == BackupKind::OdooZip)
        context.warning(tr("The instance now uses the restored database, and the old one is %1. The backup contains "
                           "no filestore files, so the instance keeps its current filestore.")
                            .arg(old));
    else if (keepFilestore)
        context.info(tr("The instance now uses the restored database, and the old one is %1. The backup holds no "
                        "filestore, so the instance keeps its current filestore.")
                         .arg(old));
    else
        context.info(tr("The instance now uses the restored database and filestore; the old ones are %1.").arg(old));
    if (Status restarted = startAgain(); !restarted) {
        const QString message = tr("The restore finished, but the container did not start: %1").arg(restarted.error());
        endWith(catalog::InstanceStatus::Error, message);
        return makeError(message);
    }
    if (wasRunning) {
        if (Status saved = detail::savePublishedPort(db, client, instanceId, target.containerId); !saved)
            context.warning(tr("Could not record the container's published port: %1").arg(saved.error()));
    }

    // --- drop the old ones ------------------------------------------------
    context.beginStep(stepCleanUp);
    if (!liveExists.value())
        context.info(tr("Database %1 did not exist before the restore, so there is no old database to drop.").arg(live));
    else if (Status dropped = dropOwnedDatabase(admin.value(), old, scope.plan.roleName); !dropped)
        context.warning(tr("Could not drop the old database %1: %2").arg(old, dropped.error()));
    else
        context.info(tr("Dropped the old database %1.").arg(old));
    if (Status removed = keepFilestore ? Status() : runWithVolumes(client, target.containerId,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestorePath(old) }, {},
            context.jobId());
        !removed)
        context.warning(tr("Could not remove the old filestore %1: %2").arg(filestorePath(old), removed.error()));
    endWith(inError ? catalog::InstanceStatus::Stopped : before, tr("Restored from %1.").arg(source));
    return {};
}

Status BackupJobs::restoreAsNew(jobs::JobContext &context, const RestoreSource &source,
    const NewInstanceRequest &request, const provisioning::ProvisionerOptions &provisionerOptions,
    QString *instanceId)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    context.beginStep(stepValidate);
    // The options the admin gave are checked first, by instance create's rules.
    if (Status valid = catalog::validateInstanceName(request.name.trimmed()); !valid)
        return makeError(tr("%1 Nothing was changed.").arg(valid.error()));
    if (request.cpuLimit != 0) {
        if (Status valid = catalog::validateCpu(tr("CPU limit"), request.cpuLimit); !valid)
            return makeError(tr("%1 Nothing was changed.").arg(endSentence(valid.error())));
    }
    if (request.memoryLimitBytes != 0) {
        if (Status valid = catalog::validateMemoryLimit(tr("Memory limit"), request.memoryLimitBytes); !valid)
            return makeError(tr("%1 Nothing was changed.").arg(endSentence(valid.error())));
    }
    if (!request.adminEmail.isEmpty()) {
        if (Status valid = catalog::validateEmail(tr("Admin email"), request.adminEmail); !valid)
            return makeError(tr("%1 Nothing was changed.").arg(endSentence(valid.error())));
    }
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    Result<ResolvedBackup> resolved = resolveSource(context, db, *this, source);
    if (!resolved)
        return makeError(resolved.error());
    const auto removeDownload = qScopeGuard([&resolved] {
        if (!resolved->downloaded.isEmpty())
            QFile::remove(resolved->downloaded);
    });

    // The new record: the backup's series, the rest from the backup's instance.
    std::optional<catalog::Instance> original;
    if (!resolved->instanceId.isEmpty()) {
        const Result<catalog::Instance> found = db.instance(resolved->instanceId);
        if (found)
            original = found.value();
    }
    catalog::Instance instance;
    instance.name = request.name.trimmed();
    instance.tenantId = request.tenantId;
    instance.hostId = request.hostId;
    instance.odooVersion = resolved->summary.odooVersion;
    if (!request.odooVersion.isEmpty()) {
        // A zip's manifest fixes its series, and Odoo cannot open another.
        if (!instance.odooVersion.isEmpty() && instance.odooVersion != request.odooVersion) {
            return makeError(tr("%1 is a backup of Odoo %2, so it cannot be restored as an Odoo %3 instance. "
                                "Nothing was changed.")
                                 .arg(resolved->path, instance.odooVersion, request.odooVersion));
        }
        instance.odooVersion = request.odooVersion;
    }
    if (original) {
        if (instance.tenantId.isEmpty())
            instance.tenantId = original->tenantId;
        if (instance.hostId.isEmpty())
            instance.hostId = original->hostId;
        if (instance.odooVersion.isEmpty())
            instance.odooVersion = original->odooVersion;
    }
    if (instance.tenantId.isEmpty()) {
        return makeError(tr("%1 belongs to no instance in the catalog, so the new instance has no tenant. Name one "
                            "with --tenant. Nothing was changed.")
                             .arg(sourceName(source)));
    }
    if (instance.odooVersion.isEmpty())
        return makeError(tr("%1 names no Odoo version, so a new instance cannot be chosen for it. Give the series "
                            "with --odoo-version, such as 17.0.")
                             .arg(resolved->path));
    instance.imageTag = original && original->odooVersion == instance.odooVersion ? original->imageTag
                                                                                  : instance.odooVersion;
    instance.type = original ? original->type : catalog::InstanceType::Development;
    instance.cpuLimit = original ? original->cpuLimit : 1.0;
    instance.memoryLimitBytes = original ? original->memoryLimitBytes : 2LL * 1024 * 1024 * 1024;
    instance.storageLimitBytes = original ? original->storageLimitBytes : 10LL * 1024 * 1024 * 1024;
    instance.customAddons = original ? original->customAddons : QStringList();
    instance.environment = original ? original->environment : QMap<QString, QString>();
    if (original) {
        instance.adminEmail = original->adminEmail;
    } else {
        const Result<catalog::Tenant> owner = db.tenant(instance.tenantId);
        const Result<catalog::Customer> customer
            = owner ? db.customer(owner->customerId) : Result<catalog::Customer>(makeError(owner.error()));
        if (!customer)
            return makeError(customer.error());
        instance.adminEmail = customer->email;
    }
    if (request.cpuLimit != 0)
        instance.cpuLimit = request.cpuLimit;
    if (request.memoryLimitBytes != 0)
        instance.memoryLimitBytes = request.memoryLimitBytes;
    if (!request.adminEmail.isEmpty())
        instance.adminEmail = request.adminEmail;
    // A host that is retired or in maintenance takes no new instance, as
    // with instance create. The original's host is then passed over too.
    if (!instance.hostId.isEmpty()) {
        const Result<catalog::Host> placed = db.host(instance.hostId);
        if (placed && placed->status != catalog::HostStatus::Active) {
            if (!request.hostId.isEmpty())
                return makeError(tr("Host %1 is %2 and takes no new instances. Choose an active host. Nothing was "
                                    "changed.")
                                     .arg(placed->name, catalog::toString(placed->status)));
            context.info(tr("The backup's host %1 is %2, so another host is chosen.")
                             .arg(placed->name, catalog::toString(placed->status)));
            instance.hostId.clear();
        }
    }
    if (instance.hostId.isEmpty()) {
        // No host given and no original to follow: pick one as instance
        // create does, the active host with the most free memory that fits.
        const Result<catalog::Host> chosen
            = provisioning::chooseHost(db, m_secrets, instance.cpuLimit, instance.memoryLimitBytes);
        if (!chosen)
            return makeError(tr("%1 Name a host for the new instance with --host. Nothing was changed.")
                                 .arg(endSentence(chosen.error())));
        instance.hostId = chosen->id;
        context.info(tr("Chose host %1 for the new instance.").arg(chosen->name));
    }
    // Derived as create derives them: "<tenant>_<name>" and
    // "<tenant>-<name>", so copies in different tenants do not clash. A
    // name that gives an invalid database name or subdomain is rejected as
    // create rejects it, never rewritten.
    const Result<catalog::Tenant> tenant = db.tenant(instance.tenantId);
    if (!tenant)
        return makeError(tenant.error());
    // The catalog reports a clash on the derived database name or
    // subdomain only, and --database can avoid that one.
    // NOTE: two restores started at once can still both take the name.
    catalog::InstanceFilter sameTenant;
    sameTenant.tenantId = tenant->id;
    const Result<QList<catalog::InstanceRow>> siblings = db.instanceRows(sameTenant);
    if (!siblings)
        return makeError(siblings.error());
    for (const catalog::InstanceRow &row : siblings.value()) {
        if (row.name == request.name.trimmed())
            return makeError(tr("Instance name \"%1\" is already used in tenant %2. Choose another name for the new "
                                "instance. Nothing was changed.")
                                 .arg(request.name, tenant->slug));
    }
    if (Status valid = catalog::validateNewInstanceName(tenant->slug, instance.name, !request.databaseName.isEmpty());
        !valid)
        return makeError(tr("%1 Choose another name. Nothing was changed.").arg(valid.error()));
    instance.databaseName = request.databaseName.isEmpty() ? catalog::derivedDatabaseName(tenant->slug, instance.name)
                                                           : request.databaseName;
    instance.subdomain = catalog::derivedSubdomain(tenant->slug, instance.name);
    instance.description = tr("Restored from %1").arg(sourceName(source));
    instance.status = catalog::InstanceStatus::Creating;
    // The plan is checked before the record exists, as instance create does.
    if (Status limits = billing::checkPlanLimits(db, instance); !limits)
        return makeError(tr("%1 Nothing was changed.").arg(endSentence(limits.error())));
    // The job id in the status message lets a clean-up find the record if
    // the process stops before setTarget() below stores it on the job.
    instance.statusMessage = detail::restoreAsNewMarker(context.jobId());
    const Result<catalog::Instance> created = db.createInstance(instance);
    if (!created)
        return makeError(tr("%1 Nothing was changed.").arg(endSentence(created.error())));
    if (instanceId)
        *instanceId = created->id;
    // From here on the job belongs to the new instance, so that a clean-up
    // after an interrupted run finds what to remove.
    context.setTarget(QStringLiteral("instance"), created->id);
    context.info(tr("Created instance record %1 (database %2) for the restore.").arg(created->name, created->databaseName));

    provisioning::Provisioner provisioner(m_catalog, m_secrets, provisionerOptions);
    const auto removeInstance = [&](const QString &message) -> Status {
        context.error(message);
        context.info(tr("Removing the new instance %1.").arg(created->name));
        const Status removed = provisioner.remove(context, created->id);
        if (!removed)
            context.warning(tr("Could not remove the new instance %1: %2").arg(created->name, removed.error()));
        if (!removed)
            return makeError(tr("%1 The new instance %2 could not be removed: %3")
                                 .arg(message, created->name, removed.error()));
        return makeError(tr("%1 The new instance %2 was removed.").arg(message, created->name));
    };
    if (Status provisioned = provisioner.create(context, created->id); !provisioned)
        return removeInstance(tr("Provisioning the new instance failed: %1").arg(provisioned.error()));

    // The restored database brings its own users. Its admin user gets the
    // new password that provisioning generated and stored in the keychain.
    const QString adminPasswordKey = secrets::SecretStore::instanceKey(created->id, QStringLiteral("admin-password"));
    const Result<QString> adminPassword = detail::readSecret(m_secrets, adminPasswordKey);
    if (!adminPassword)
        return removeInstance(tr("The admin password of the new instance is not available from the keychain: %1")
                                  .arg(adminPassword.error()));
    InPlaceRestoreOptions options;
    options.identity = request.moved ? RestoreIdentity::Moved : RestoreIdentity::Copied;
    options.neutralize = request.neutralize;
    options.adminPassword = adminPassword.value();
    // Only a login the admin gave replaces the backup's.
    options.adminLogin = request.adminEmail;
    Status restored;
    if (const Result<detail::RestoreClaim> claim = detail::claimForRestore(context, db, created->id); !claim)
        restored = makeError(claim.error());
    else
        restored = restoreFile(context, resolved->path, sourceName(source), resolved->summary, created->id,
            claim.value(), options, false, false);
    if (!restored)
        return removeInstance(tr("Restoring into the new instance failed: %1").arg(restored.error()));
    context.info(tr("The admin user of %1 has a new password, stored in the keychain under %2.")
                     .arg(created->name, adminPasswordKey));
    return {};
}

namespace detail {

Status resetInstanceRole(const InstanceScope &scope)
{
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(scope.adminEndpoint(), scope.adminPassword);
    if (!admin)
        return makeError(admin.error());
    RestoreTarget role;
    role.adminEndpoint = scope.adminEndpoint();
    role.adminPassword = scope.adminPassword;
    role.role = scope.plan.roleName;
    role.rolePassword = scope.rolePassword;
    return resetRoleChanges(admin.value(), role);
}

Result<RestoreClaim> claimForRestore(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId)
{
    const auto busy = [](const catalog::Instance &instance) -> Status {
        if (instance.status == catalog::InstanceStatus::Restoring) {
            return makeError(tr("Instance %1 is being restored, so another restore cannot start. %2 Wait for that "
                                "job to end, then try again. Nothing was changed.")
                                 .arg(instance.name, instance.statusMessage));
        }
        const catalog::InstanceStatus status = instance.status;
        if (status != catalog::InstanceStatus::Running && status != catalog::InstanceStatus::Stopped
            && status != catalog::InstanceStatus::Error) {
            return makeError(tr("Instance %1 is %2: an in-place restore needs it running, stopped or in error.")
                                 .arg(instance.name, provisioning::statusPhrase(status)));
        }
        return {};
    };
    const Result<catalog::Instance> instance = db.instance(instanceId);
    if (!instance)
        return makeError(instance.error());
    if (Status free = busy(instance.value()); !free)
        return makeError(free.error());
    const Result<catalog::Instance> marked = db.setInstanceStatus(instanceId, instance->rowVersion,
        catalog::InstanceStatus::Restoring, tr("Restore job %1 is running.").arg(context.jobId()));
    if (!marked) {
        // Another job changed the instance since it was read: name its state.
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current) {
            if (Status free = busy(current.value()); !free)
                return makeError(free.error());
        }
        return makeError(marked.error());
    }
    return RestoreClaim { instance->status, instance->statusMessage };
}

void releaseRestoreClaim(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId,
    const RestoreClaim &claim)
{
    const Result<catalog::Instance> current = db.instance(instanceId);
    const Result<catalog::Instance> released = current
        ? db.setInstanceStatus(instanceId, current->rowVersion, claim.before, claim.beforeMessage)
        : Result<catalog::Instance>(makeError(current.error()));
    if (!released) {
        context.warning(tr("Could not put instance %1 back in its state %2: %3")
                            .arg(instanceId, catalog::toString(claim.before), released.error()));
    }
}

QString runningRestoreOf(catalog::Catalog &db, const catalog::Backup &backup)
{
    if (backup.kind != catalog::BackupKind::Safety)
        return {};
    const Result<QList<catalog::Job>> live = db.liveJobs();
    if (!live)
        return {};
    for (const catalog::Job &job : live.value()) {
        if (job.kind == QLatin1String("backup.restore") && job.targetType == QLatin1String("instance")
            && job.targetId == backup.instanceId && job.createdAt <= backup.createdAt)
            return job.id;
    }
    return {};
}

QString restoreDownloadName(const QString &jobId)
{
    return QStringLiteral(".restore-%1.zip").arg(jobId);
}

QString restoreAsNewMarker(const QString &jobId)
{
    return tr("Added by restore job %1; not provisioned yet.").arg(jobId);
}

Status savePublishedPort(catalog::Catalog &db, const docker::DockerClient &client, const QString &instanceId,
    const QString &container)
{
    const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
    if (!info.ok())
        return makeError(info.error());
    const auto bindings = info->ports.value(QStringLiteral("8069/tcp"));
    const int port = bindings.isEmpty() ? 0 : bindings.first().hostPort.toInt();
    const Result<catalog::Instance> current = db.instance(instanceId);
    if (!current)
        return makeError(current.error());
    if (port == 0 || port == current->publishedPort)
        return {};
    catalog::Instance changed = current.value();
    changed.publishedPort = port;
    const Result<catalog::Instance> saved = db.updateInstance(changed);
    return saved ? Status() : makeError(saved.error());
}

} // namespace detail

} // namespace saasodoo::backup
