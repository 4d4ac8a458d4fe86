// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Verify, download, delete and the scheduled run: the jobs on existing backups.
#include "backupjobs.h"

#include "backupjobsprivate.h"
#include "backupreader.h"
#include "backuppolicy.h"
#include "backupstate.h"
#include "retention.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogfiles.h"
#include "core/docker/dockerclient.h"
#include "core/provisioning/instanceplan.h"
#include "core/provisioning/lifecycle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

Result<catalog::Backup> readBackup(catalog::Catalog &db, const QString &backupId)
{
    Result<catalog::Backup> backup = db.backup(backupId);
    if (!backup)
        return backup;
    if (backup->state == catalog::BackupState::Deleted)
        return makeError(tr("Backup %1 was deleted on %2.").arg(backupId, backup->deletedAt.toString(Qt::ISODate)));
    return backup;
}

} // namespace

Status BackupJobs::verify(jobs::JobContext &context, const QString &backupId)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    Result<catalog::Backup> loaded = readBackup(db, backupId);
    if (!loaded)
        return makeError(loaded.error());
    catalog::Backup backup = loaded.value();
    if (backup.state != catalog::BackupState::Completed) {
        return makeError(tr("Backup %1 is %2: only a completed backup can be verified.")
                             .arg(backupId, stateName(backup)));
    }
    if (backup.location.isEmpty() && backup.s3Key.isEmpty())
        return makeError(tr("Backup %1 has neither a local file nor an S3 copy.").arg(backupId));

    // Damage is what the copies themselves show. A check that could not
    // run (S3 unreachable, a cancel) is a problem but records no damage.
    QStringList problems;
    QStringList damage;
    std::optional<bool> localPassed;
    std::optional<bool> s3Passed;
    if (!backup.location.isEmpty()) {
        context.beginStep(tr("Verify the local file"));
        QString found;
        if (!QFile::exists(backup.location)) {
            // Deleted outside the tool: the S3 copy can replace it.
            found = backup.s3Key.isEmpty()
                ? tr("The local file %1 is missing, and the backup has no S3 copy.").arg(backup.location)
                : tr("The local file %1 is missing. Run 'saasodoo backup download %2' to fetch it again from "
                     "the S3 copy.")
                      .arg(backup.location, backupId);
        } else if (const Result<QByteArray> hash = detail::fileSha256(backup.location, context.token()); !hash) {
            if (context.isCancelled())
                return context.checkCancelled();
            found = hash.error();
        } else if (QString::fromLatin1(hash.value()) != backup.sha256) {
            found = tr("The local file %1 has SHA-256 %2, but the catalog recorded %3.")
                        .arg(backup.location, QString::fromLatin1(hash.value()), backup.sha256);
        } else if (const Result<BackupSummary> summary = inspectBackup(backup.location); !summary) {
            found = tr("The local file %1 is not a valid backup: %2").arg(backup.location, summary.error());
        } else if (const Status tested = testArchive(backup.location, context.token()); !tested) {
            if (context.isCancelled())
                return context.checkCancelled();
            found = tr("The local file %1 is damaged: %2").arg(backup.location, tested.error());
        } else {
            context.info(tr("The local file %1 matches its SHA-256, and every member passes its CRC-32 check.")
                             .arg(backup.location));
        }
        localPassed = found.isEmpty();
        if (!found.isEmpty()) {
            problems << found;
            damage << found;
        }
    }
    if (!backup.s3Key.isEmpty()) {
        context.beginStep(tr("Verify the S3 copy"));
        Result<std::unique_ptr<storage::S3Client>> client = s3Client(&context);
        bool objectDamaged = false;
        if (!client) {
            problems << client.error();
        } else if (const Status verified = client.value()->verify(backup.s3Key, backup.sha256.toLatin1(),
                       context.token(), &objectDamaged);
                   !verified) {
            if (context.isCancelled())
                return context.checkCancelled();
            problems << verified.error();
            if (objectDamaged) {
                s3Passed = false;
                damage << verified.error();
            }
        } else {
            s3Passed = true;
            context.info(tr("The S3 object %1 has the recorded SHA-256 in its metadata and when read back.")
                             .arg(backup.s3Key));
        }
    }

    // Record the result. A copy that could not be checked keeps the backup
    // usable as long as the other copy did not fail too.
    const bool localFailed = localPassed.has_value() && !*localPassed;
    const bool s3Failed = s3Passed.has_value() && !*s3Passed;
    const bool localUsable = !backup.location.isEmpty() && !localFailed;
    const bool s3Usable = !backup.s3Key.isEmpty() && !s3Failed;
    bool record = true;
    if (!localFailed && !s3Failed) {
        if (problems.isEmpty()) {
            backup.verifyStatus = catalog::BackupVerifyStatus::Passed;
            backup.verifiedAt = catalog::nowUtc();
        } else {
            record = false; // nothing failed, but not every copy was checked
        }
    } else if (!localUsable && !s3Usable) {
        backup.verifyStatus = catalog::BackupVerifyStatus::Damaged;
    } else {
        backup.verifyStatus
            = localFailed ? catalog::BackupVerifyStatus::LocalDamaged : catalog::BackupVerifyStatus::S3Damaged;
    }
    if (record) {
        backup.checkedAt = catalog::nowUtc();
        backup.verifyError = damage.join(u'\n');
        const Result<catalog::Backup> saved = db.updateBackup(backup);
        if (!saved)
            return makeError(saved.error());
    }

    if (problems.isEmpty())
        return {};
    for (const QString &problem : std::as_const(problems))
        context.error(problem);
    QString consequence;
    if (backup.verifyStatus == catalog::BackupVerifyStatus::Damaged) {
        consequence = tr("Backup %1 is now marked damaged: it no longer counts as the instance's newest backup, so "
                         "the next 'saasodoo backup run-due' takes a new one.")
                          .arg(backupId);
    } else if (backup.verifyStatus == catalog::BackupVerifyStatus::LocalDamaged) {
        consequence = tr("The S3 copy of backup %1 is still usable, and a restore reads it instead. Run 'saasodoo "
                         "backup download %1' to replace the local file.")
                          .arg(backupId);
    } else if (backup.verifyStatus == catalog::BackupVerifyStatus::S3Damaged) {
        consequence = tr("The local file of backup %1 is still usable, and a restore reads it.").arg(backupId);
    }
    if (record && !consequence.isEmpty()) {
        context.warning(consequence);
        problems << consequence;
    }
    return makeError(problems.join(u'\n'));
}

Status BackupJobs::download(jobs::JobContext &context, const QString &backupId, const QString &destination,
    QString *path)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    Result<catalog::Backup> loaded = readBackup(db, backupId);
    if (!loaded)
        return makeError(loaded.error());
    catalog::Backup backup = loaded.value();
    if (backup.s3Key.isEmpty())
        return makeError(tr("Backup %1 has no S3 copy to download.").arg(backupId));

    if (Status checked = catalog::CatalogFiles::rejectCatalogFile(destination); !checked)
        return checked;
    context.beginStep(tr("Download from S3"));
    const bool intoCatalog = destination.isEmpty();
    const QString target = intoCatalog
        ? QDir(QDir(m_settings.directory).filePath(backup.instanceId)).filePath(QFileInfo(backup.s3Key).fileName())
        : destination;
    if (Status space = requireLocalFreeSpace(tr("the download of backup %1").arg(backupId),
            QFileInfo(target).absolutePath(), backup.sizeBytes);
        !space)
        return space;
    if (const Status created = detail::createDirectory(QFileInfo(target).absolutePath()); !created)
        return created;
    Result<std::unique_ptr<storage::S3Client>> client = s3Client(&context);
    if (!client)
        return makeError(client.error());

    const QString partial = target + QStringLiteral(".partial");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(tr("Could not create %1: %2").arg(partial, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    bool writeFailed = false;
    const Result<storage::ObjectInfo> object = client.value()->getObject(
        backup.s3Key,
        [&](QByteArrayView data) {
            hash.addData(data);
            received += data.size();
            if (backup.sizeBytes > 0)
                context.setProgress(int(95 * received / backup.sizeBytes));
            writeFailed = file.write(data.constData(), data.size()) != data.size();
            return !writeFailed;
        },
        context.token());
    file.close();
    if (!object || writeFailed) {
        QFile::remove(partial);
        return makeError(writeFailed
                ? describeWriteFailure(partial, file.errorString(), received, qMax<qint64>(backup.sizeBytes - received, 1))
                                     : tr("Download of %1 failed: %2").arg(backup.s3Key, object.error()));
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (actual != backup.sha256) {
        QFile::remove(partial);
        return makeError(tr("The downloaded copy of backup %1 has SHA-256 %2, but the catalog recorded %3. The "
                            "download was discarded.")
                             .arg(backupId, actual, backup.sha256));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(tr("Could not move the download into place at %1.").arg(target));
    }
    context.info(tr("Downloaded %1 bytes to %2; the SHA-256 matches the catalog.").arg(received).arg(target));
    if (intoCatalog) {
        backup.location = target;
        // Both copies now have the recorded SHA-256, so a damage found by an
        // earlier verification no longer applies.
        if (backup.verifyStatus == catalog::BackupVerifyStatus::LocalDamaged
            || backup.verifyStatus == catalog::BackupVerifyStatus::Damaged) {
            backup.verifyStatus = catalog::BackupVerifyStatus::Unchecked;
            backup.verifyError.clear();
            context.info(tr("The download replaced the damaged local file of backup %1. Run 'saasodoo backup verify "
                            "%1' to check every member again.")
                             .arg(backupId));
        }
        const Result<catalog::Backup> saved = db.updateBackup(backup);
        if (!saved)
            return makeError(saved.error());
    }
    if (path)
        *path = target;
    return {};
}

namespace {

// Removes both copies of `backup` and marks it deleted; returns what failed.
Status removeCopies(jobs::JobContext &context, catalog::Catalog &db, const BackupJobs &jobs,
    const catalog::Backup &backup, const QString &reason)
{
    detail::discardPendingUpload(context, jobs, backup);
    if (!backup.location.isEmpty() && QFile::exists(backup.location)) {
        if (!QFile::remove(backup.location))
            return makeError(tr("Could not remove the local file %1.").arg(backup.location));
        context.info(tr("Removed the local file %1.").arg(backup.location));
    }
    if (!backup.s3Key.isEmpty()) {
        Result<std::unique_ptr<storage::S3Client>> client = jobs.s3Client();
        if (!client)
            return makeError(client.error());
        if (Status removed = client.value()->deleteObject(backup.s3Key); !removed)
            return makeError(tr("Could not delete the S3 object %1: %2").arg(backup.s3Key, removed.error()));
        context.info(tr("Deleted the S3 object %1.").arg(backup.s3Key));
    }
    const Result<catalog::Backup> marked = db.markBackupDeleted(backup.id, reason);
    if (!marked)
        return makeError(marked.error());
    return {};
}

// Pings the engine of host `hostId` with a short limit. run-due calls it
// once per host, so an engine that is down costs one connection attempt
// per run, not one per instance. Returns an empty string when the engine
// replies, else the error.
QString pingHost(catalog::Catalog &db, secrets::SecretStore *secrets, const QString &hostId,
    const CancellationToken &cancellation)
{
    const Result<catalog::Host> host = db.host(hostId);
    if (!host)
        return host.error();
    const Result<docker::ClientOptions> options = detail::clientOptions(host.value(), secrets, cancellation);
    if (!options)
        return options.error();
    docker::ClientOptions pingOptions = options.value();
    pingOptions.connectTimeout = std::min(pingOptions.connectTimeout, std::chrono::milliseconds(5000));
    pingOptions.requestTimeout = std::min(pingOptions.requestTimeout, std::chrono::milliseconds(5000));
    const docker::DockerClient client(provisioning::dockerEndpoint(host.value()), pingOptions);
    const docker::DockerResult<docker::PingInfo> ping = client.ping(cancellation);
    return ping.ok() ? QString() : ping.error();
}

// The time of the newest restore that read `backupId`, or null for none.
QDateTime lastRestoredAt(catalog::Catalog &db, const QString &backupId)
{
    const Result<QList<catalog::AuditEvent>> events = db.auditEvents(backupId, 50);
    if (!events)
        return {};
    for (const catalog::AuditEvent &event : events.value()) { // newest first
        if (event.action == QLatin1String(detail::restoreReadAuditAction))
            return event.at;
    }
    return {};
}

} // namespace

Status BackupJobs::remove(jobs::JobContext &context, const QString &backupId, const QString &reason)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    Result<catalog::Backup> loaded = readBackup(db, backupId);
    if (!loaded)
        return makeError(loaded.error());
    if (loaded->state == catalog::BackupState::Running)
        return makeError(tr("Backup %1 is still being written. Cancel its job first.").arg(backupId));
    if (const QString restoreJob = detail::runningRestoreOf(db, loaded.value()); !restoreJob.isEmpty()) {
        return makeError(tr("Backup %1 is the safety backup of restore job %2, which is still running, and the only "
                            "way back if that restore goes wrong. Wait for the job to end, then delete the backup.")
                             .arg(backupId, restoreJob));
    }
    context.beginStep(tr("Delete the backup"));
    return removeCopies(context, db, *this, loaded.value(), reason);
}

Status BackupJobs::runDue(jobs::JobContext &context, const RunDueOptions &options, RunDueReport *report)
{
    if (Status settings = checkSettings(); !settings)
        return settings;
    RunDueReport local;
    RunDueReport &result = report ? *report : local;
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : catalog::nowUtc();

    QList<catalog::InstanceRow> instances;
    {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
        if (!opened)
            return makeError(opened.error());
        Result<QList<catalog::InstanceRow>> rows = opened.value()->instanceRows();
        if (!rows)
            return makeError(rows.error());
        instances = rows.value();
    }

    QSet<QString> attempted; // backups made in this run, whose archive create has just tried
    if (options.takeBackups) {
        context.beginStep(tr("Take the scheduled backups"));
        QHash<QString, QString> hostErrors; // host id -> ping error, empty when the engine replied
        const auto skip = [&](const catalog::InstanceRow &row, const QString &reason, const QString &message) {
            result.skipped.append({ reason, row.id, row.name, message });
            context.info(tr("Skipped instance %1: %2").arg(row.name, message));
        };
        for (const catalog::InstanceRow &row : std::as_const(instances)) {
            if (Status cancelled = context.checkCancelled(); !cancelled)
                return cancelled;
            if (row.status == catalog::InstanceStatus::BackingUp || row.status == catalog::InstanceStatus::Restoring) {
                skip(row, QStringLiteral("busy"),
                    tr("it is %1, so a backup or restore of it is already running.")
                        .arg(provisioning::statusPhrase(row.status)));
                continue;
            }
            if (row.status != catalog::InstanceStatus::Running && row.status != catalog::InstanceStatus::Stopped) {
                skip(row, QStringLiteral("status"),
                    tr("it is %1; scheduled backups are taken of running and stopped instances only.")
                        .arg(provisioning::statusPhrase(row.status)));
                continue;
            }
            Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
            if (!opened)
                return makeError(opened.error());
            const Result<AppliedBackupPolicy> applied = appliedBackupPolicy(*opened.value(), row.id);
            const Result<QList<catalog::Backup>> existing = opened.value()->backups(row.id);
            if (!applied || !existing) {
                result.failures << (applied ? existing.error() : applied.error());
                continue;
            }
            const catalog::BackupPolicy &policy = applied->policy;
            if (policy.intervalHours == 0) {
                skip(row, QStringLiteral("off"),
                    tr("its backup policy turns scheduled backups off (interval 0 hours)."));
                continue;
            }
            // A safety backup contains the state before a restore, and a
            // final one the state before a deletion, so neither counts as a
            // scheduled backup of the current state.
            // A backup that its last verification found damaged in every
            // copy cannot be restored, so it does not count either.
            QDateTime newest;
            std::optional<catalog::Backup> newestDamaged;
            for (const catalog::Backup &backup : existing.value()) {
                if (backup.state != catalog::BackupState::Completed || backup.kind == catalog::BackupKind::Safety
                    || backup.kind == catalog::BackupKind::Final)
                    continue;
                if (!catalog::isUsable(backup)) {
                    if (!newestDamaged || backup.createdAt > newestDamaged->createdAt)
                        newestDamaged = backup;
                    continue;
                }
                if (!newest.isValid() || backup.createdAt > newest)
                    newest = backup.createdAt;
            }
            if (newest.isValid() && newest.addSecs(3600LL * policy.intervalHours) > now) {
                skip(row, QStringLiteral("not-due"),
                    tr("not due until %1 (its newest backup is from %2, the interval is %3 hours).")
                        .arg(newest.addSecs(3600LL * policy.intervalHours).toString(Qt::ISODate),
                            newest.toString(Qt::ISODate))
                        .arg(policy.intervalHours));
                continue;
            }
            if (!hostErrors.contains(row.hostId))
                hostErrors.insert(row.hostId, pingHost(*opened.value(), m_secrets, row.hostId, context.token()));
            if (const QString unreachable = hostErrors.value(row.hostId); !unreachable.isEmpty()) {
                // Counted as a failure too, so that a cron run reports it.
                skip(row, QStringLiteral("unreachable"),
                    tr("host %1 is unreachable: %2").arg(row.hostName, unreachable));
                result.failures << tr("Instance %1: host %2 is unreachable: %3").arg(row.name, row.hostName, unreachable);
                continue;
            }
            opened.value().reset();
            if (newestDamaged && (!newest.isValid() || newestDamaged->createdAt > newest)) {
                context.info(tr("Instance %1 is due for a scheduled backup: its newer backup %2 of %3 failed "
                                "verification on %4.")
                                 .arg(row.name, newestDamaged->id, newestDamaged->createdAt.toString(Qt::ISODate),
                                     newestDamaged->checkedAt.toString(Qt::ISODate)));
            } else {
                context.info(tr("Instance %1 is due for a scheduled backup.").arg(row.name));
            }
            QString backupId;
            const Status created = create(context, row.id, catalog::BackupKind::Scheduled, &backupId);
            attempted.insert(backupId);
            if (!backupId.isEmpty() && created)
                result.backedUp << backupId;
            if (!created)
                result.failures << tr("Instance %1: %2").arg(row.name, created.error());
        }
    }

    context.beginStep(tr("Apply retention"));
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    for (const catalog::InstanceRow &row : std::as_const(instances)) {
        if (Status cancelled = context.checkCancelled(); !cancelled)
            return cancelled;
        const Result<AppliedBackupPolicy> applied = appliedBackupPolicy(db, row.id);
        const Result<QList<catalog::Backup>> existing = db.backups(row.id);
        if (!applied || !existing) {
            result.failures << (applied ? existing.error() : applied.error());
            continue;
        }
        const catalog::BackupPolicy &policy = applied->policy;
        QList<RetainedBackup> candidates;
        for (const catalog::Backup &backup : existing.value()) {
            // Only completed backups are considered. A backup dated after
            // `now` (a test clock, or a skewed one) is ranked as made at `now`.
            // The expiry of a scheduled backup is not used: its slots decide.
            if (backup.state != catalog::BackupState::Completed)
                continue;
            const bool scheduled = backup.kind == catalog::BackupKind::Scheduled;
            candidates.append({ backup.id, std::min(backup.createdAt, now), scheduled,
                scheduled ? QDateTime() : backup.expiresAt, false, !catalog::isUsable(backup) });
        }
        if (!candidates.isEmpty()) {
            context.info(tr("Instance %1 keeps the newest backup of %2 days, %3 weeks and %4 months. Policy source: %5.")
                             .arg(row.name)
                             .arg(policy.keepDaily)
                             .arg(policy.keepWeekly)
                             .arg(policy.keepMonthly)
                             .arg(policySourceText(applied.value())));
        }
        const RetentionPolicy periods { policy.keepDaily, policy.keepWeekly, policy.keepMonthly };
        QSet<QString> keep = backupsToKeep(candidates, periods, now);
        // Only the backups that would go are looked up in the audit trail.
        bool held = false;
        for (RetainedBackup &candidate : candidates) {
            if (keep.contains(candidate.id))
                continue;
            const QDateTime restoredAt = lastRestoredAt(db, candidate.id);
            if (restoredAt.isValid() && restoredAt.addDays(restoreHoldDays) > now) {
                candidate.restoredRecently = true;
                held = true;
                context.info(tr("Retention keeps backup %1 of instance %2: a restore read it on %3.")
                                 .arg(candidate.id, row.name, restoredAt.toString(Qt::ISODate)));
            }
        }
        if (held)
            keep = backupsToKeep(candidates, periods, now);
        for (const catalog::Backup &backup : existing.value()) {
            if (keep.contains(backup.id)) {
                result.kept << backup.id;
                continue;
            }
            // A failed backup's record stays until its expiry, or for
            // failedRecordDays when it has none, then goes with any
            // partial file it left.
            const QDateTime failedRecordEnd = recordExpiry(backup);
            const bool failedAndExpired = backup.state == catalog::BackupState::Failed && failedRecordEnd.isValid()
                && failedRecordEnd <= now;
            if (backup.state != catalog::BackupState::Completed && backup.state != catalog::BackupState::Expired
                && !failedAndExpired)
                continue;
            if (backup.state == catalog::BackupState::Completed || failedAndExpired) {
                const Result<catalog::Backup> expired = db.markBackupExpired(backup.id);
                if (!expired) {
                    result.failures << expired.error();
                    continue;
                }
            }
            if (failedAndExpired && !backup.location.isEmpty()) {
                const QString partial = backup.location + QStringLiteral(".partial");
                if (QFile::exists(partial) && QFile::remove(partial))
                    context.info(tr("Removed the partial file %1.").arg(partial));
            }
            const Status removed = removeCopies(context, db, *this, backup, QStringLiteral("retention"));
            if (removed && failedAndExpired) {
                result.deleted << backup.id;
                context.info(tr("Retention removed the record of failed %1 backup %2 of instance %3 (made %4, "
                                "expired %5).")
                                 .arg(catalog::toString(backup.kind), backup.id, row.name,
                                     backup.createdAt.toString(Qt::ISODate), failedRecordEnd.toString(Qt::ISODate)));
            } else if (removed) {
                result.deleted << backup.id;
                context.info(tr("Retention removed %1 backup %2 of instance %3 (made %4).")
                                 .arg(catalog::toString(backup.kind), backup.id, row.name,
                                     backup.createdAt.toString(Qt::ISODate)));
            } else {
                result.failures << tr("Backup %1: %2").arg(backup.id, removed.error());
                context.error(result.failures.constLast());
            }
        }
    }

    if (options.takeBackups && m_settings.s3.isConfigured()) {
        context.beginStep(tr("Archive pending backups"));
        const Result<QList<catalog::Backup>> all = db.allBackups();
        if (!all)
            return makeError(all.error());
        for (catalog::Backup backup : all.value()) {
            if (Status cancelled = context.checkCancelled(); !cancelled)
                return cancelled;
            if (backup.state != catalog::BackupState::Completed || !backup.s3Key.isEmpty()
                || backup.location.isEmpty() || attempted.contains(backup.id))
                continue;
            // Its local file failed verification, so the upload would fail its SHA-256 check again.
            if (backup.verifyStatus == catalog::BackupVerifyStatus::Damaged) {
                context.info(tr("Backup %1 has no S3 copy, but is not archived: its local file failed verification "
                                "on %2.")
                                 .arg(backup.id, backup.checkedAt.toString(Qt::ISODate)));
                continue;
            }
            context.info(tr("Backup %1 has no S3 copy yet; archiving it.").arg(backup.id));
            bool busy = false;
            if (const Status archived = detail::archiveBackup(context, db, *this, backup, &busy); archived) {
                result.archived << backup.id;
            } else if (busy) {
                context.info(archived.error());
            } else {
                result.failures << tr("Backup %1: %2").arg(backup.id, archived.error());
                context.error(result.failures.constLast());
            }
        }
    }
    if (m_settings.s3.isConfigured()) {
        context.beginStep(tr("Abort abandoned uploads"));
        if (const Status aborted = detail::abortAbandonedUploads(context, db, *this, result); !aborted)
            result.failures << aborted.error();
    }

    context.info(tr("Run finished: %1 new backups, %2 instances skipped, %3 removed by retention, %4 kept, "
                    "%5 archived, %6 unfinished uploads aborted.")
                     .arg(result.backedUp.size())
                     .arg(result.skipped.size())
                     .arg(result.deleted.size())
                     .arg(result.kept.size())
                     .arg(result.archived.size())
                     .arg(result.abortedUploads.size()));
    if (!result.failures.isEmpty())
        return makeError(result.failures.join(u'\n'));
    return {};
}

} // namespace saasodoo::backup
