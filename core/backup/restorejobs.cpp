// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// In-place restore: safety backup, restore beside the live database, swap.
#include "backupjobs.h"

#include "backupjobsprivate.h"
#include "backupreader.h"
#include "databaseadmin.h"
#include "restore.h"
#include "volumecommand.h"

#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
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
    const QString &to)
{
    // The paths are passed as positional parameters, never pasted into the script.
    return runWithVolumes(client, container,
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("[ ! -e \"$1\" ] || mv \"$1\" \"$2\""),
            QStringLiteral("sh"), from, to });
}

} // namespace

Status BackupJobs::restoreInto(jobs::JobContext &context, const RestoreSource &source, const QString &instanceId,
    const InPlaceRestoreOptions &options)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    // --- validate, before anything changes --------------------------------
    context.beginStep(stepValidate);
    Result<detail::InstanceScope> loaded = detail::loadInstance(db, m_secrets, instanceId, true);
    if (!loaded)
        return makeError(loaded.error());
    const detail::InstanceScope scope = std::move(loaded).value();
    const catalog::InstanceStatus before = scope.instance.status;
    if (before != catalog::InstanceStatus::Running && before != catalog::InstanceStatus::Stopped) {
        return makeError(tr("Instance %1 is %2: an in-place restore needs it running or stopped.")
                             .arg(scope.instance.name, catalog::toString(before)));
    }

    QString path = source.path;
    QString downloaded;
    const auto removeDownload = qScopeGuard([&downloaded] {
        if (!downloaded.isEmpty())
            QFile::remove(downloaded);
    });
    bool sameInstance = false;
    if (!source.backupId.isEmpty()) {
        const Result<catalog::Backup> backup = db.backup(source.backupId);
        if (!backup)
            return makeError(backup.error());
        if (backup->state != catalog::BackupState::Completed) {
            return makeError(tr("Backup %1 is %2: only a completed backup can be restored.")
                                 .arg(source.backupId, catalog::toString(backup->state)));
        }
        sameInstance = backup->instanceId == instanceId;
        if (!backup->location.isEmpty() && QFile::exists(backup->location)) {
            const Result<QByteArray> hash = detail::fileSha256(backup->location, context.token());
            if (!hash)
                return makeError(hash.error());
            if (QString::fromLatin1(hash.value()) != backup->sha256) {
                return makeError(tr("The local file %1 of backup %2 has SHA-256 %3, but the catalog recorded %4. "
                                    "Nothing was changed.")
                                     .arg(backup->location, source.backupId, QString::fromLatin1(hash.value()),
                                         backup->sha256));
            }
            path = backup->location;
        } else if (!backup->s3Key.isEmpty()) {
            const QString destination = QDir(QDir(m_settings.directory).filePath(backup->instanceId))
                                            .filePath(QStringLiteral(".restore-%1.zip").arg(backup->id));
            if (Status fetched = download(context, source.backupId, destination, &downloaded); !fetched)
                return makeError(tr("Could not download backup %1: %2 Nothing was changed.")
                                     .arg(source.backupId, fetched.error()));
            path = downloaded;
        } else {
            return makeError(tr("Backup %1 has neither a local file nor an S3 copy.").arg(source.backupId));
        }
    }
    if (path.isEmpty())
        return makeError(tr("Name a backup id or a file to restore."));
    context.beginStep(stepValidate);
    const Result<BackupSummary> summary = inspectBackup(path);
    if (!summary)
        return makeError(tr("%1 Nothing was changed.").arg(summary.error()));
    if (Status series = checkSeries(summary.value(), scope.instance.odooVersion); !series)
        return makeError(tr("%1 Nothing was changed.").arg(series.error()));
    context.info(tr("Backup %1: Odoo %2, database %3, %4 filestore files.")
                     .arg(path, summary->odooVersion, summary->databaseName)
                     .arg(summary->filestoreFiles));

    // --- mark the instance and take the safety backup ---------------------
    const auto marked = db.setInstanceStatus(instanceId, scope.instance.rowVersion,
        catalog::InstanceStatus::Restoring, tr("Restore in progress."));
    if (!marked)
        return makeError(marked.error());
    const auto endWith = [&](catalog::InstanceStatus status, const QString &message) {
        const Result<catalog::Instance> current = db.instance(instanceId);
        if (current)
            db.setInstanceStatus(instanceId, current->rowVersion, status, message);
    };
    const auto failUntouched = [&](const QString &message) -> Status {
        const QString text = tr("%1 The instance was not changed.").arg(message);
        context.error(text);
        endWith(before, tr("Restore failed: %1").arg(text));
        return makeError(text);
    };

    context.beginStep(stepSafety);
    QString safetyId;
    if (Status safety = create(context, instanceId, catalog::BackupKind::Safety, &safetyId); !safety) {
        // An S3 failure still leaves a complete local safety copy.
        const Result<catalog::Backup> record = safetyId.isEmpty() ? Result<catalog::Backup>(makeError(safety.error()))
                                                                  : db.backup(safetyId);
        if (!record || record->state != catalog::BackupState::Completed)
            return failUntouched(tr("The safety backup failed: %1").arg(safety.error()));
        context.warning(safety.error());
    }
    context.info(tr("Safety backup %1 taken.").arg(safetyId));

    // --- restore beside the live database ---------------------------------
    context.beginStep(stepRestore);
    const QString stamp = catalog::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QString live = scope.plan.databaseName;
    const QString fresh = sideName(live, QStringLiteral("_restore_") + stamp);
    const QString old = sideName(live, QStringLiteral("_old_") + stamp);
    docker::DockerClient client(provisioning::dockerEndpoint(scope.host));
    RestoreTarget target;
    target.adminEndpoint = scope.adminEndpoint();
    target.adminPassword = scope.adminPassword;
    target.role = scope.plan.roleName;
    target.rolePassword = scope.rolePassword;
    target.database = fresh;
    target.client = &client;
    target.containerId = scope.containerName();
    RestoreOptions restoreOptions;
    restoreOptions.newIdentity = !(options.moved || sameInstance);
    restoreOptions.neutralize = options.neutralize;
    restoreOptions.cancellation = context.token();
    restoreOptions.progress = [&context](qint64 read, qint64 total) {
        if (total > 0)
            context.setProgress(int(30 + 50 * read / total));
    };
    const Result<RestoreReport> restored = restoreBackup(path, target, restoreOptions);
    if (!restored)
        return failUntouched(tr("Restoring into the new database %1 failed: %2").arg(fresh, restored.error()));
    for (const QString &warning : restored->warnings)
        context.warning(warning);
    if (restored->skippedCount > 0)
        context.info(tr("Skipped %1 statements that only a superuser may run.").arg(restored->skippedCount));

    // --- switch over -------------------------------------------------------
    context.beginStep(stepSwitch);
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(scope.adminEndpoint(), scope.adminPassword);
    const auto dropFresh = [&] {
        if (admin)
            dropOwnedDatabase(admin.value(), fresh, scope.plan.roleName);
        runWithVolumes(client, target.containerId,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestorePath(fresh) });
    };
    if (!admin) {
        dropFresh();
        return failUntouched(admin.error());
    }
    const bool wasRunning = before == catalog::InstanceStatus::Running;
    if (wasRunning) {
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

    Status switched = renameOwnedDatabase(admin.value(), live, old, scope.plan.roleName);
    if (switched) {
        switched = renameOwnedDatabase(admin.value(), fresh, live, scope.plan.roleName);
        if (!switched)
            renameOwnedDatabase(admin.value(), old, live, scope.plan.roleName);
    }
    if (switched) {
        switched = moveDirectory(client, target.containerId, filestorePath(live), filestorePath(old));
        if (switched) {
            switched = moveDirectory(client, target.containerId, filestorePath(fresh), filestorePath(live));
            if (!switched)
                moveDirectory(client, target.containerId, filestorePath(old), filestorePath(live));
        }
        if (!switched) {
            // Put the live database back under its name.
            // NOTE: these undo steps are best effort. Should one fail too,
            // the job log and the old and new names say where each copy is.
            renameOwnedDatabase(admin.value(), live, fresh, scope.plan.roleName);
            renameOwnedDatabase(admin.value(), old, live, scope.plan.roleName);
        }
    }
    if (!switched) {
        dropFresh();
        const Status restarted = startAgain();
        if (!restarted)
            context.warning(tr("Could not start the instance again: %1").arg(restarted.error()));
        return failUntouched(tr("Switching to the restored database failed: %1").arg(switched.error()));
    }
    context.info(tr("The instance now uses the restored database and filestore; the old ones are %1.").arg(old));
    if (Status restarted = startAgain(); !restarted) {
        const QString message = tr("The restore finished, but the container did not start: %1").arg(restarted.error());
        endWith(catalog::InstanceStatus::Error, message);
        return makeError(message);
    }

    // --- drop the old ones ------------------------------------------------
    context.beginStep(stepCleanUp);
    if (Status dropped = dropOwnedDatabase(admin.value(), old, scope.plan.roleName); !dropped)
        context.warning(tr("Could not drop the old database %1: %2").arg(old, dropped.error()));
    if (Status removed = runWithVolumes(client, target.containerId,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestorePath(old) });
        !removed)
        context.warning(tr("Could not remove the old filestore %1: %2").arg(filestorePath(old), removed.error()));
    endWith(before, tr("Restored from %1.").arg(source.backupId.isEmpty() ? path : source.backupId));
    return {};
}

} // namespace saasodoo::backup
