// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupreader.h"

#include "core/catalog/catalogconfig.h"
#include "core/catalog/entities.h"
#include "core/jobs/jobcontext.h"
#include "core/provisioning/provisioner.h"
#include "core/storage/s3client.h"

#include <QDateTime>

#include <functional>

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::docker {
class DockerClient;
}

namespace saasodoo::backup::detail {
struct InstanceScope;
struct RestoreClaim;
}

namespace saasodoo::backup {

// Where archived backups go. The access key id and the secret access key
// are read from the keychain (s3AccessKeyName and s3SecretKeyName under
// SecretStore::settingKey), never from here.
struct S3Target
{
    QUrl endpoint; // empty: AWS in `region`
    QString region = QStringLiteral("us-east-1");
    QString bucket; // empty: no S3 tier
    QString keyPrefix; // such as "saasodoo/"; objects are <prefix><instance id>/<file name>
    storage::AddressingStyle addressing = storage::AddressingStyle::Automatic;
    QString caFile;

    bool isConfigured() const { return !bucket.isEmpty(); }
};

inline constexpr char s3AccessKeyName[] = "s3-access-key-id";
inline constexpr char s3SecretKeyName[] = "s3-secret-key";

struct BackupSettings
{
    QString directory; // local backup directory; each instance gets a folder named by its id
    S3Target s3;
    // Once a backup is archived and verified on S3, only the newest
    // `keepLocalArchived` archived backups of each instance keep their local
    // file. -1 keeps every local file.
    int keepLocalArchived = 1;
    int deflateLevel = 1;
    // Bytes per multipart part ("backups/s3/part-size-mb"); each part is held
    // in memory while it is sent. The S3 client raises it for huge archives.
    qint64 s3PartSize = storage::MultipartOptions::defaultPartSize;
    // `backup run-due` aborts an unfinished multipart upload once it is this
    // old, even when its backup still waits to be archived; the next attempt
    // then starts a new upload. 0 aborts every unfinished upload it finds.
    int abandonUploadAfterHours = 7 * 24;
    // The first wait before an S3 request is retried
    // ("backups/s3/retry-delay-ms"); later waits double it, up to 8 s.
    std::chrono::milliseconds s3RetryDelay { 1000 };
    // How long an S3 transfer may move no byte before the attempt fails as
    // timed out ("backups/s3/idle-timeout", 1 to 3600 s).
    std::chrono::seconds s3IdleTimeout { 60 };
    // The error for the first invalid setting, naming the variable or key,
    // its value and the accepted forms; empty when every setting is valid.
    // Every job of BackupJobs fails with it before it changes anything.
    QString invalidSetting;
    // Test hook, passed on as MultipartOptions::beforePartAttempt.
    std::function<Status(int partNumber, int attempt)> beforeArchivePart;
};

// The state of a completed local backup's archive to S3. It is read
// from the file beside the backup that keeps an unfinished upload
// (`<backup file>.s3upload.json`).
struct ArchiveStatus
{
    bool pending = false; // a completed backup with a local file and no S3 copy, while an S3 target is set
    QString uploadId; // the unfinished multipart upload a retry resumes; empty for none
    int confirmedParts = 0;
    QString lastError; // why the last attempt failed; empty when none failed
    QDateTime lastAttemptAt;
};

ArchiveStatus archiveStatus(const catalog::Backup &backup, const BackupSettings &settings);

// Names of the steps of BackupJobs::create() without an S3 target, in
// order. With one, the archive steps follow.
QStringList createSteps();

// Reads the settings from QSettings ("backups/directory", "backups/s3/…")
// and lets the SAASODOO_BACKUP_DIR and SAASODOO_S3_* environment variables
// override them, as docs/backups.md lists. The default directory is
// "backups" in the application-data directory. An invalid value keeps the
// default and is reported in BackupSettings::invalidSetting.
BackupSettings loadBackupSettings();

struct RunDueOptions
{
    bool takeBackups = true; // false: apply retention only
    QDateTime now; // null: the current time; tests set it
};

// The backup a restore reads: a catalog entry (its local file, else its
// S3 copy, downloaded and checked against its SHA-256) or a file path.
struct RestoreSource
{
    QString backupId;
    QString path;
};

// Whether a restored database keeps the backup's database.uuid and
// database.secret, as Odoo's database manager asks ("moved or copied?").
enum class RestoreIdentity {
    // Keep them when the backup is the instance's own database (a catalogued
    // backup of this instance, or a file whose manifest names its database),
    // else make new ones.
    Automatic,
    Moved, // keep them: the database moved here
    Copied, // make new ones: the database was copied, so two may run
};

struct InPlaceRestoreOptions
{
    RestoreIdentity identity = RestoreIdentity::Automatic;
    // Disable outgoing mail and scheduled actions, as Odoo's staging copies do.
    bool neutralize = false;
    // Set as the restored admin user's password; empty keeps the backup's.
    QString adminPassword;
    // Set as the restored admin user's login; empty keeps the backup's.
    QString adminLogin;
    // Restore without a safety backup first, for an instance whose database
    // is missing or too damaged to dump. Nothing can then undo the restore.
    bool skipSafetyBackup = false;
};

// The new instance that "restore as new instance" creates. Empty fields
// are taken from the instance the catalogued backup belongs to.
struct NewInstanceRequest
{
    QString name;
    QString tenantId;
    QString hostId;
    QString databaseName; // empty: "<tenant slug>_<name>" with '-' as '_', rejected when invalid
    // Odoo series such as "17.0". Empty: the backup's own (a zip's manifest,
    // a dump's module base), else its instance's. Required for a dump that
    // records no version and belongs to no catalogued instance.
    QString odooVersion;
    // Sizing and admin login, as instance create takes them. Zero or empty:
    // the backup's instance's, else 1 core, 2 GiB and the tenant's
    // customer's email.
    double cpuLimit = 0; // cores
    qint64 memoryLimitBytes = 0;
    QString adminEmail;
    bool moved = false; // keep database.uuid and database.secret
    bool neutralize = false;
};

// An instance that a run of the schedule pass did not back up, and why.
struct SkippedInstance
{
    // Why, for scripts: "status" (not running or stopped), "off" (interval
    // 0 in its policy), "not-due", "busy" (a backup or restore runs) or
    // "unreachable" (its host's engine did not answer).
    QString reason;
    QString instanceId;
    QString instanceName;
    QString message; // the reason as a sentence for the admin
};

// What one run of the retention and schedule pass did, for the CLI and the job log.
struct RunDueReport
{
    QList<SkippedInstance> skipped; // instances not backed up by this run
    QStringList backedUp; // ids of the new scheduled backups
    QStringList deleted; // ids of the backups that retention removed
    QStringList kept;
    QStringList archived; // ids of the backups whose pending archive to S3 this run finished
    QStringList abortedUploads; // S3 keys of the unfinished multipart uploads this run aborted
    QStringList failures; // one message per instance or backup that failed
};

// The job bodies of backups: create, verify, download, delete, restore and
// the scheduled run. Each call runs on a worker thread and opens its own
// catalog connection there. It reads secrets through the store, which blocks
// that worker only, and records its steps in the job log. No secret is
// logged or put into a message or a child's argv.
class BackupJobs
{
public:
    BackupJobs(catalog::CatalogConfig catalog, secrets::SecretStore *secrets, BackupSettings settings);

    // Backs the instance up into the local directory and catalogues it.
    // With an S3 target it then uploads the backup, stores its SHA-256 as
    // object metadata, reads it back to verify it and prunes older local copies.
    // The instance shows "backing up" meanwhile and returns to its state.
    // A failure or a cancel removes the partial file and marks the record
    // failed. `backupId` receives the new record's id.
    Status create(jobs::JobContext &context, const QString &instanceId, catalog::BackupKind kind,
        QString *backupId = nullptr);

    // Archives a completed backup's local file to S3, as `create` does after
    // writing it: the file is re-hashed against the catalog, uploaded in
    // parts, and read back. An unfinished upload of an earlier attempt is
    // resumed after the parts that ListParts confirms. A failed attempt keeps
    // its upload on the server and its state beside the file for the next
    // one. An already archived backup is left alone.
    Status archive(jobs::JobContext &context, const QString &backupId);

    // Re-hashes the local file and validates it (structure and every
    // member's CRC-32), and checks the S3 object's metadata and read-back
    // SHA-256. Fails when any existing copy differs from the catalog.
    Status verify(jobs::JobContext &context, const QString &backupId);

    // Downloads the S3 copy to `destination` (empty: the backup's place in
    // the local directory, which is then catalogued) and checks its SHA-256
    // before renaming it into place. `path` receives the file's path.
    Status download(jobs::JobContext &context, const QString &backupId, const QString &destination = {},
        QString *path = nullptr);

    // Removes the local file and the S3 object and marks the record deleted.
    Status remove(jobs::JobContext &context, const QString &backupId, const QString &reason);

    // Takes a scheduled backup of every instance whose interval has passed,
    // then deletes, from both tiers, the completed backups that retention
    // no longer keeps (retention.h): scheduled ones outside the period
    // slots, manual and safety ones past their expiry, and none that a
    // restore read in the last restoreHoldDays days. Then it retries the
    // archive of every completed backup that has no S3 copy yet (not with
    // `takeBackups` off) and aborts the unfinished multipart uploads under
    // the key prefix that no backup waits for or that are older than
    // abandonUploadAfterHours.
    Status runDue(jobs::JobContext &context, const RunDueOptions &options = {}, RunDueReport *report = nullptr);

    // Restores into an existing instance without risking it. It validates
    // the backup first (structure, free space, a version equal to the
    // instance's) and takes a safety backup. Then it restores into a NEW
    // database and a NEW filestore directory. Only when both succeed does it
    // stop the instance, swap the names, start it again and drop the old
    // database and directory. A failure before the swap leaves the instance
    // exactly as it was, and a failure during the swap puts the old names back.
    Status restoreInto(jobs::JobContext &context, const RestoreSource &source, const QString &instanceId,
        const InPlaceRestoreOptions &options = {});

    // Restores as a new instance. It validates the backup, adds an instance
    // record of the backup's Odoo series, provisions it (database, role,
    // volume, container) and restores the backup into it without a safety
    // backup. The copy gets a new database.uuid and database.secret unless
    // `moved`, and its admin user gets the password that provisioning stored
    // in the keychain. A failure after the record was added removes the new
    // instance again. `instanceId` receives its id.
    Status restoreAsNew(jobs::JobContext &context, const RestoreSource &source, const NewInstanceRequest &request,
        const provisioning::ProvisionerOptions &provisionerOptions, QString *instanceId = nullptr);

    // Cleans up after an interrupted backup.create or backup.restore job on
    // the instance, created at `jobCreatedAt`. The backups it was writing
    // are marked failed and their files removed. A restore is undone: the
    // original database and filestore get their names back and the restored
    // ones are removed, and so is the copy of an S3 backup that job `jobId`
    // downloaded. Then the instance returns to the state it had before the
    // job, as the audit trail records it. With `jobFailed` (a restore whose
    // own undo failed, as when PostgreSQL stopped half-way) the original
    // gets its name back only when the live name is missing.
    Status cleanUpInterrupted(jobs::JobContext &context, const QString &jobKind, const QString &instanceId,
        const QDateTime &jobCreatedAt, const QString &jobId = {}, bool jobFailed = false);

    // Cleans up after an interrupted backup.restore-new job `jobId`, created
    // at `jobCreatedAt`: removes its downloaded copy of an S3 backup and the
    // instance it added. That is `instanceId`, the job's target, or when it
    // is empty, a record in the creating state that the job added but did not
    // point at yet (found by the job id in its status message). The clean-up
    // removes the restore's databases, then what the provisioner made
    // (containers, volume, database, role, keychain entries). The record is
    // kept in the deleted state. An instance created before the job is
    // rejected, never removed. `removedInstanceId` receives the id of the
    // instance that was cleaned up, or an empty string for none.
    Status cleanUpInterruptedRestoreAsNew(jobs::JobContext &context, const QString &jobId, const QString &instanceId,
        const QDateTime &jobCreatedAt, QString *removedInstanceId = nullptr);

    const BackupSettings &settings() const { return m_settings; }

    // Builds a client for the S3 target with the keychain's credentials.
    // With a `context`, each retry of an S3 request is added to its job log
    // as a warning.
    Result<std::unique_ptr<storage::S3Client>> s3Client(jobs::JobContext *context = nullptr) const;

private:
    // Fails with BackupSettings::invalidSetting when a setting is invalid.
    Status checkSettings() const;
    // The steps of cleanUpInterrupted(), which marks a restore's instance
    // in error when one of them fails.
    Status cleanUpInterruptedSteps(jobs::JobContext &context, const QString &jobKind, const QString &instanceId,
        const QDateTime &jobCreatedAt, const QString &jobId, bool jobFailed);
    Status rollBackRestore(jobs::JobContext &context, const detail::InstanceScope &scope,
        const docker::DockerClient &client, const QDateTime &jobCreatedAt, bool jobFailed);
    // Restores into an instance that `claim` marked "restoring".
    // `source` names the backup id or the admin's file in messages.
    Status restoreFile(jobs::JobContext &context, const QString &path, const QString &source,
        const BackupSummary &summary,
        const QString &instanceId, const detail::RestoreClaim &claim, const InPlaceRestoreOptions &options,
        bool sameInstance, bool safetyBackup);

    catalog::CatalogConfig m_catalog;
    secrets::SecretStore *m_secrets;
    BackupSettings m_settings;
};

// The expiry of a manual or safety backup made at `createdAt`: the end of
// the policy's monthly, weekly or daily window, whichever is longest.
// Retention removes such a backup once this time has passed. Scheduled
// backups get no expiry because the period slots decide when they go.
QDateTime retentionHorizon(const QDateTime &createdAt, const catalog::BackupPolicy &policy);

} // namespace saasodoo::backup
