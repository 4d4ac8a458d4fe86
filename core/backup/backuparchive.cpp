// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Archiving local backups to S3: the upload, its resume after a failure and
// the clean-up of multipart uploads that nothing will finish.
#include "backupjobs.h"

#include "backupjobsprivate.h"
#include "backupstate.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

const QString stepArchive = QStringLiteral("Archive to S3");
const QString stepVerifyS3 = QStringLiteral("Verify the S3 copy");

// An upload that no backup claims is left alone for this long, because
// another process may have started it and not yet saved its state.
constexpr qint64 unclaimedUploadGraceSeconds = 15 * 60;

// The content of `<backup file>.s3upload.json`.
struct UploadRecord
{
    storage::MultipartState state;
    QString error;
    QDateTime attemptAt;
};

UploadRecord readUploadRecord(const QString &location)
{
    UploadRecord record;
    QFile file(detail::uploadStatePath(location));
    if (!file.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray upload = QJsonDocument(object.value(QStringLiteral("upload")).toObject()).toJson();
    if (const std::optional<storage::MultipartState> state = storage::MultipartState::fromJson(upload))
        record.state = *state;
    record.error = object.value(QStringLiteral("error")).toString();
    record.attemptAt = QDateTime::fromString(object.value(QStringLiteral("attempt_at")).toString(), Qt::ISODate);
    return record;
}

// Saves the record, or removes the file when there is nothing to keep.
bool writeUploadRecord(const QString &location, const UploadRecord &record)
{
    const QString path = detail::uploadStatePath(location);
    if (record.state.isEmpty() && record.error.isEmpty())
        return !QFile::exists(path) || QFile::remove(path);
    QJsonObject object { { QStringLiteral("error"), record.error },
        { QStringLiteral("attempt_at"), record.attemptAt.toUTC().toString(Qt::ISODate) } };
    if (!record.state.isEmpty())
        object.insert(QStringLiteral("upload"), QJsonDocument::fromJson(record.state.toJson()).object());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson());
    return file.commit();
}

bool waitsForArchive(const catalog::Backup &backup)
{
    return backup.state == catalog::BackupState::Completed && backup.s3Key.isEmpty() && !backup.location.isEmpty();
}

} // namespace

namespace detail {

QString uploadStatePath(const QString &location)
{
    return location + QStringLiteral(".s3upload.json");
}

QString uploadLockPath(const QString &location)
{
    return location + QStringLiteral(".s3upload.lock");
}

Status archive(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs, catalog::Backup &record,
    bool *busy)
{
    context.beginStep(stepArchive);
    Result<std::unique_ptr<storage::S3Client>> client = jobs.s3Client(&context);
    if (!client)
        return makeError(client.error());

    // An upload may run for hours, so the lock never goes stale by age.
    // QLockFile still takes over the lock of a process that has died.
    QLockFile lock(uploadLockPath(record.location));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() != QLockFile::LockFailedError)
            return makeError(tr("Could not create the upload lock %1.").arg(uploadLockPath(record.location)));
        qint64 pid = 0;
        QString hostName;
        QString appName;
        lock.getLockInfo(&pid, &hostName, &appName);
        if (busy)
            *busy = true;
        return makeError(tr("Backup %1 is being uploaded by another process (%2, pid %3 on %4), so it was skipped.")
                             .arg(record.id, appName)
                             .arg(pid)
                             .arg(hostName));
    }
    // The other process may have finished the archive while this one
    // waited to read the record.
    if (const Result<catalog::Backup> current = db.backup(record.id); current && !current->s3Key.isEmpty()) {
        record = current.value();
        context.info(tr("Backup %1 was archived by another process as %2.").arg(record.id, record.s3Key));
        return {};
    }
    QFile file(record.location);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not open %1: %2").arg(record.location, file.errorString()));
    const QString key = objectKey(jobs.settings(), record, QFileInfo(record.location).fileName());

    UploadRecord saved = readUploadRecord(record.location);
    storage::MultipartOptions options;
    options.partSize = jobs.settings().s3PartSize;
    options.contentType = QStringLiteral("application/zip");
    options.sha256 = record.sha256.toLatin1();
    options.metadata.insert(QStringLiteral("saasodoo-backup-id"), record.id);
    options.metadata.insert(QStringLiteral("saasodoo-instance-id"), record.instanceId);
    options.cancellation = context.token();
    // A failed or cancelled attempt leaves its parts for the next one, and
    // `backup run-due` aborts the upload once it is abandoned.
    options.keepUploadOnFailure = true;
    options.beforePartAttempt = jobs.settings().beforeArchivePart;
    options.progress = [&context](qint64 sent, qint64 total) {
        if (total > 0)
            context.setProgress(int(50 + 40 * sent / total));
    };
    if (!saved.state.isEmpty()) {
        if (saved.state.key == key && saved.state.sha256 == options.sha256 && saved.state.totalSize == file.size()) {
            options.resume = saved.state;
            context.info(tr("Resuming upload %1 of an earlier attempt, which had saved %2 parts. The server's list "
                            "of parts decides which ones are sent again.")
                             .arg(saved.state.uploadId)
                             .arg(saved.state.parts.size()));
        } else {
            const Status aborted = client.value()->abortMultipartUpload(saved.state.key, saved.state.uploadId);
            context.info(aborted ? tr("Aborted upload %1 of an earlier attempt: it was made for other data.")
                                       .arg(saved.state.uploadId)
                                 : tr("Could not abort upload %1 of an earlier attempt, which was made for other "
                                      "data: %2")
                                       .arg(saved.state.uploadId, aborted.error()));
            saved.state = {};
        }
    }
    bool stateSaveFailed = false;
    options.stateChanged = [&](const storage::MultipartState &state) {
        saved.state = state;
        if (!writeUploadRecord(record.location, saved) && !stateSaveFailed) {
            stateSaveFailed = true;
            context.warning(tr("Could not save the upload's state to %1, so a failed upload cannot resume.")
                                .arg(uploadStatePath(record.location)));
        }
    };
    const auto recordFailure = [&](const QString &message) -> Status {
        saved.error = message;
        saved.attemptAt = catalog::nowUtc();
        writeUploadRecord(record.location, saved);
        return makeError(message);
    };

    const Result<storage::MultipartState> uploaded = client.value()->uploadMultipart(key, &file, file.size(), options);
    if (!uploaded)
        return recordFailure(uploaded.error());
    // The plural is picked here, because the CLI installs no translator,
    // so "%n part(s)" would print as written.
    const qsizetype partCount = uploaded->parts.size();
    const QString parts = partCount == 1 ? tr("1 part") : tr("%1 parts").arg(partCount);
    context.info(tr("Uploaded %1 bytes to s3://%2/%3 in %4.")
                     .arg(file.size())
                     .arg(jobs.settings().s3.bucket, key, parts));
    // The completed upload has no parts left to resume.
    saved.state = {};

    context.beginStep(stepVerifyS3);
    if (Status verified = client.value()->verify(key, record.sha256.toLatin1(), context.token()); !verified) {
        // An object that does not match its backup must not stand in for it.
        client.value()->deleteObject(key);
        return recordFailure(verified.error());
    }
    record.s3Key = key;
    record.archivedAt = catalog::nowUtc();
    record.verifiedAt = record.archivedAt;
    Result<catalog::Backup> updated = db.updateBackup(record);
    if (!updated)
        return recordFailure(updated.error());
    record = updated.value();
    writeUploadRecord(record.location, {});
    context.info(tr("The S3 copy's metadata and read-back SHA-256 match the backup."));
    return {};
}

void discardPendingUpload(jobs::JobContext &context, const BackupJobs &jobs, const catalog::Backup &backup)
{
    if (backup.location.isEmpty())
        return;
    const UploadRecord saved = readUploadRecord(backup.location);
    if (!saved.state.isEmpty() && jobs.settings().s3.isConfigured()) {
        Result<std::unique_ptr<storage::S3Client>> client = jobs.s3Client();
        const Status aborted = client
            ? client.value()->abortMultipartUpload(saved.state.key, saved.state.uploadId)
            : Status(makeError(client.error()));
        if (aborted) {
            context.info(tr("Aborted the unfinished upload %1 of %2.").arg(saved.state.uploadId, saved.state.key));
        } else {
            context.warning(tr("Could not abort the unfinished upload %1 of %2; the next `backup run-due` aborts it: "
                               "%3")
                                .arg(saved.state.uploadId, saved.state.key, aborted.error()));
        }
    }
    QFile::remove(uploadStatePath(backup.location));
}

Status abortAbandonedUploads(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs,
    RunDueReport &report)
{
    const BackupSettings &settings = jobs.settings();
    if (!settings.s3.isConfigured())
        return {};
    Result<std::unique_ptr<storage::S3Client>> client = jobs.s3Client();
    if (!client)
        return makeError(client.error());
    const Result<QList<storage::MultipartUploadSummary>> uploads
        = client.value()->listMultipartUploads(settings.s3.keyPrefix);
    if (!uploads)
        return makeError(tr("Could not list the unfinished S3 uploads: %1").arg(uploads.error()));
    if (uploads->isEmpty())
        return {};
    const Result<QList<catalog::Backup>> backups = db.allBackups();
    if (!backups)
        return makeError(backups.error());
    QHash<QString, catalog::Backup> waiting; // object key -> backup that waits for its archive
    for (const catalog::Backup &backup : backups.value()) {
        if (waitsForArchive(backup) && QFile::exists(backup.location))
            waiting.insert(objectKey(settings, backup, QFileInfo(backup.location).fileName()), backup);
    }

    const qint64 maxAge = 3600LL * settings.abandonUploadAfterHours;
    const qint64 grace = std::min(maxAge, unclaimedUploadGraceSeconds);
    const QDateTime now = catalog::nowUtc();
    QStringList failures;
    for (const storage::MultipartUploadSummary &upload : uploads.value()) {
        // RGW and AWS both return Initiated; an upload without one counts as old.
        const qint64 age = upload.initiated.isValid() ? upload.initiated.secsTo(now) : maxAge;
        const auto claimant = waiting.constFind(upload.key);
        UploadRecord saved;
        if (claimant != waiting.constEnd())
            saved = readUploadRecord(claimant->location);
        const bool claimed = !saved.state.isEmpty() && saved.state.uploadId == upload.uploadId;
        QString reason;
        if (claimed && age >= maxAge)
            reason = tr("it is older than %1 hours").arg(settings.abandonUploadAfterHours);
        else if (!claimed && age >= grace && claimant != waiting.constEnd())
            reason = tr("backup %1 resumes another upload").arg(claimant->id);
        else if (!claimed && age >= grace)
            reason = tr("no backup in the catalog waits for it");
        if (reason.isEmpty())
            continue;
        if (claimant != waiting.constEnd()) {
            // A live process that holds the backup's upload lock is sending
            // parts right now.
            QLockFile lock(uploadLockPath(claimant->location));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(0)) {
                context.info(tr("Left the unfinished upload %1 of %2 alone: backup %3 is being uploaded by another "
                                "process.")
                                 .arg(upload.uploadId, upload.key, claimant->id));
                continue;
            }
        }
        if (const Status aborted = client.value()->abortMultipartUpload(upload.key, upload.uploadId); !aborted) {
            failures << tr("Could not abort the unfinished upload %1 of %2: %3")
                            .arg(upload.uploadId, upload.key, aborted.error());
            context.error(failures.constLast());
            continue;
        }
        if (claimed) {
            saved.state = {};
            writeUploadRecord(claimant->location, saved);
        }
        report.abortedUploads << upload.key;
        context.info(tr("Aborted the unfinished upload %1 of s3://%2/%3, started %4: %5.")
                         .arg(upload.uploadId, settings.s3.bucket, upload.key,
                             upload.initiated.toString(Qt::ISODate), reason));
    }
    if (!failures.isEmpty())
        return makeError(failures.join(u'\n'));
    return {};
}

} // namespace detail

ArchiveStatus archiveStatus(const catalog::Backup &backup, const BackupSettings &settings)
{
    ArchiveStatus status;
    status.pending = settings.s3.isConfigured() && waitsForArchive(backup);
    if (backup.location.isEmpty())
        return status;
    const UploadRecord saved = readUploadRecord(backup.location);
    status.uploadId = saved.state.uploadId;
    status.confirmedParts = int(saved.state.parts.size());
    status.lastError = saved.error;
    status.lastAttemptAt = saved.attemptAt;
    return status;
}

Status BackupJobs::archive(jobs::JobContext &context, const QString &backupId)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    Result<catalog::Backup> loaded = db.backup(backupId);
    if (!loaded)
        return makeError(loaded.error());
    catalog::Backup record = loaded.value();
    return detail::archiveBackup(context, db, *this, record);
}

namespace detail {

Status archiveBackup(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs, catalog::Backup &record,
    bool *busy)
{
    if (record.state != catalog::BackupState::Completed) {
        return makeError(tr("Backup %1 is %2: only a completed backup can be archived.")
                             .arg(record.id, stateName(record)));
    }
    if (!record.s3Key.isEmpty()) {
        context.info(tr("Backup %1 is already archived as %2.").arg(record.id, record.s3Key));
        return {};
    }
    if (!jobs.settings().s3.isConfigured())
        return makeError(tr("No S3 bucket is configured: set backups/s3/bucket or SAASODOO_S3_BUCKET."));
    if (record.location.isEmpty() || !QFile::exists(record.location)) {
        return makeError(tr("Backup %1 has no local file to archive%2.")
                             .arg(record.id,
                                 record.location.isEmpty() ? QString() : tr(" (%1 is missing)").arg(record.location)));
    }

    // Nothing but the catalogued bytes may go to S3 under this backup's name.
    context.beginStep(tr("Check the local file"));
    const Result<QByteArray> hash = fileSha256(record.location, context.token());
    if (!hash)
        return makeError(hash.error());
    if (QString::fromLatin1(hash.value()) != record.sha256) {
        return makeError(tr("The local file %1 has SHA-256 %2, but the catalog recorded %3, so it was not archived.")
                             .arg(record.location, QString::fromLatin1(hash.value()), record.sha256));
    }
    bool uploadBusy = false;
    if (Status archived = archive(context, db, jobs, record, &uploadBusy); !archived) {
        if (busy)
            *busy = uploadBusy;
        if (uploadBusy)
            return archived;
        return makeError(tr("Archiving backup %1 to S3 failed: %2").arg(record.id, archived.error()));
    }
    // A safety backup may be the source of a running restore (see create).
    if (record.kind != catalog::BackupKind::Safety)
        pruneLocalCopies(context, db, record.instanceId, jobs.settings().keepLocalArchived);
    return {};
}

} // namespace detail

} // namespace saasodoo::backup
