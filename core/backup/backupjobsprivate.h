// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the backup and restore job bodies.

#include "backupjobs.h"

#include "core/postgres/pgconnection.h"
#include "core/provisioning/instanceplan.h"

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::docker {
class DockerClient;
struct ClientOptions;
}

namespace saasodoo::backup::detail {

// Blocks this worker thread on a keychain read.
Result<QString> readSecret(secrets::SecretStore *store, const QString &key);

// An instance with the records and secrets a backup or restore needs.
struct InstanceScope
{
    catalog::Instance instance;
    catalog::Tenant tenant;
    catalog::Host host;
    provisioning::InstancePlan plan;
    QString rolePassword;
    QString adminPassword; // only when asked for

    postgres::PgEndpoint roleEndpoint() const;
    postgres::PgEndpoint adminEndpoint() const;
    QString containerName() const;
};

Result<InstanceScope> loadInstance(catalog::Catalog &db, secrets::SecretStore *secrets, const QString &instanceId,
    bool withAdminPassword = false);

// Runs resetRoleChanges() (restore.h) for the instance's role, as the
// console's PostgreSQL login. `scope` needs the admin password.
Status resetInstanceRole(const InstanceScope &scope);

// Options for a client of `host`'s engine, with the TLS key passphrase from
// the keychain. `cancellation` then ends whichever call of the client is in
// flight, so pass a job's token only for a client that runs no undo step
// after a cancel.
Result<docker::ClientOptions> clientOptions(const catalog::Host &host, secrets::SecretStore *secrets,
    const CancellationToken &cancellation = {});

QString objectKey(const BackupSettings &settings, const catalog::Backup &backup, const QString &fileName);

// Creates `path` and its missing parents. The error names the directory
// and the operating system's reason, such as "Permission denied".
Status createDirectory(const QString &path);

// Uploads the record's local file, verifies the object by metadata and
// read-back, and saves the S3 key and times on the record. It resumes the
// upload saved at uploadStatePath() by an earlier attempt, and a failure
// keeps the upload and saves its state and error there for the next one.
// The upload keeps the lock file at uploadLockPath() locked throughout.
// When another live process has it locked, nothing is sent, `*busy` is set and the
// returned error says the backup is being uploaded by another process.
Status archive(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs, catalog::Backup &record,
    bool *busy = nullptr);

// Checks a completed backup's local file against its catalogued SHA-256,
// archives it and prunes older local copies as `create` does. An archived
// backup is left alone. `busy` is set as archive() sets it.
Status archiveBackup(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs, catalog::Backup &record,
    bool *busy = nullptr);

// The lock file beside a local backup that one upload of it holds, so
// that two processes never send parts to the same multipart upload.
QString uploadLockPath(const QString &location);

// The file beside a local backup that keeps its unfinished multipart upload
// (upload id, confirmed parts) and the error of the last failed attempt.
QString uploadStatePath(const QString &location);

// Aborts the unfinished upload saved beside the backup's local file, if
// any, and removes that file. A failed abort is logged as a warning.
void discardPendingUpload(jobs::JobContext &context, const BackupJobs &jobs, const catalog::Backup &backup);

// Aborts the unfinished multipart uploads under the key prefix that no
// backup waits for (after 15 minutes, in case another process just started
// one) and those older than abandonUploadAfterHours.
Status abortAbandonedUploads(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs,
    RunDueReport &report);

// Removes the local files of archived backups beyond the newest `keep`.
void pruneLocalCopies(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId, int keep);

// Saves the port that the engine published for 8069 after a restart.
// Without a fixed port range on the host, the engine picks a new one on
// every start.
Status savePublishedPort(catalog::Catalog &db, const docker::DockerClient &client, const QString &instanceId,
    const QString &container);

// An instance that a restore job marked "restoring" before it checks the
// backup, so that no other backup or restore starts on it meanwhile. The
// fields keep its state from before, which releaseRestoreClaim() puts back.
struct RestoreClaim
{
    catalog::InstanceStatus before = catalog::InstanceStatus::Running;
    QString beforeMessage;
};

// Marks the instance "restoring" for job `context`. Rejects an instance
// that is not running, stopped or in error, naming the job that restores
// it when it is restoring already.
Result<RestoreClaim> claimForRestore(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId);

// Puts back the state and status message the instance had before the claim.
void releaseRestoreClaim(jobs::JobContext &context, catalog::Catalog &db, const QString &instanceId,
    const RestoreClaim &claim);

// The file name, inside the backup's instance folder, of the copy of an S3
// backup that restore job `jobId` downloads: ".restore-<job id>.zip". The
// job id in the name lets a clean-up remove exactly that job's copy.
QString restoreDownloadName(const QString &jobId);
// The status message of the record that restore-as-new job `jobId` adds.
// It contains the job id, which the clean-up after an interrupted job
// searches for when the job stopped before pointing at the record.
QString restoreAsNewMarker(const QString &jobId);

// The audit action recorded on a backup each time a restore reads it.
// Retention keeps a backup for restoreHoldDays after the newest such event.
inline constexpr char restoreReadAuditAction[] = "backup.restore_read";
// The audit action recorded on an instance the moment a restore job has
// switched it over to the restored database and filestore, before the
// container starts on them. Details: job_id, database, previous_database,
// previous_filestore (empty when the instance kept its filestore). A
// clean-up of that job finishes the restore instead of undoing it.
inline constexpr char restoreSwitchedAuditAction[] = "backup.restore_switched";

// The id of the queued or running in-place restore job whose safety backup
// `backup` is: a backup.restore job on the backup's instance, created
// before the backup. Empty for none, and for any other kind of backup.
QString runningRestoreOf(catalog::Catalog &db, const catalog::Backup &backup);

// Hex SHA-256 of a file, read in 1 MiB blocks.
Result<QByteArray> fileSha256(const QString &path, const CancellationToken &cancellation = {});

} // namespace saasodoo::backup::detail
