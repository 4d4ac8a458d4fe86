// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Clean-up after a backup or restore job whose process stopped before the
// job ended: partial files, half-restored databases and directories, and
// the instance's state.
#include "backupjobs.h"

#include "backupjobsprivate.h"
#include "databaseadmin.h"
#include "volumecommand.h"

#include "core/catalog/catalog.h"
#include "core/docker/dockerclient.h"
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/httpprobe.h"
#include "core/provisioning/provisioner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>

#include <optional>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backups", text);
}

const QString filestoreRoot = QStringLiteral("/var/lib/odoo/filestore/");

// The databases or filestore directories that a restore of `live` started at
// or after `since` made beside it: "<live>_restore_<stamp>" and
// "<live>_old_<stamp>", the name cut to 63 bytes before the suffix as the
// restore does. Older names belong to other jobs and are left alone.
struct SideNames
{
    QStringList fresh;
    QStringList old;
};

SideNames sideNames(const QStringList &names, const QString &live, const QDateTime &since)
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)_(restore|old)_(\\d{14})$"));
    const QString earliest = since.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    SideNames found;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch() || !live.startsWith(match.captured(1)) || match.captured(3) < earliest)
            continue;
        if (match.captured(2) == QLatin1String("restore"))
            found.fresh << name;
        else
            found.old << name;
    }
    found.old.sort();
    return found;
}

// A shell command that drops `database`, a copy kept beside the instance's
// live database, as the console's role. That role may drop it only as a
// member of the owner, so the command grants and revokes the membership.
QString dropDatabaseCommand(const detail::InstanceScope &scope, const QString &database)
{
    const auto quoted = [](const QString &name) {
        QString escaped = name;
        escaped.replace(u'"', QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(escaped);
    };
    const auto shellQuoted = [](const QString &text) {
        QString escaped = text;
        escaped.replace(u'\'', QStringLiteral("'\\''"));
        return QStringLiteral("'%1'").arg(escaped);
    };
    const QString role = quoted(scope.plan.roleName);
    return QStringLiteral("psql -h %1 -p %2 -U %3 -d postgres -c %4 -c %5 -c %6")
        .arg(shellQuoted(scope.host.pgHost))
        .arg(scope.host.pgPort)
        .arg(shellQuoted(scope.host.pgAdminUser), shellQuoted(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(role)),
            shellQuoted(QStringLiteral("DROP DATABASE %1").arg(quoted(database))),
            shellQuoted(QStringLiteral("REVOKE %1 FROM CURRENT_USER").arg(role)));
}

// A shell command that removes the filestore directory `path` from the
// instance's volume through its container.
QString removeDirectoryCommand(const detail::InstanceScope &scope, const QString &path)
{
    return QStringLiteral("docker exec %1 rm -rf -- '%2'").arg(scope.containerName(), path);
}

// The state the instance had before a job moved it to `transitional`, read
// from the audit trail of its status changes. Returns nullopt when the trail
// does not show it.
std::optional<catalog::InstanceStatus> statusBefore(catalog::Catalog &db, const QString &instanceId,
    catalog::InstanceStatus transitional)
{
    const Result<QList<catalog::AuditEvent>> events = db.auditEvents(instanceId, 200);
    if (!events)
        return std::nullopt;
    bool passedTransition = false;
    for (const catalog::AuditEvent &event : events.value()) { // newest first
        const QString status = event.details.value(QStringLiteral("status")).toString();
        if (status.isEmpty())
            continue;
        if (!passedTransition) {
            passedTransition = status == catalog::toString(transitional);
            continue;
        }
        const std::optional<catalog::InstanceStatus> parsed = catalog::instanceStatusFromString(status);
        if (parsed && *parsed != transitional)
            return parsed;
    }
    return std::nullopt;
}

// Removes the copy of an S3 backup that restore job `jobId` downloaded into
// the backup directory (see detail::restoreDownloadName()), and its partial file.
void removeRestoreDownloads(jobs::JobContext &context, const QString &directory, const QString &jobId)
{
    if (jobId.isEmpty())
        return;
    const QString name = detail::restoreDownloadName(jobId);
    const QStringList folders = QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        for (const QString &file : QStringList { name, name + QStringLiteral(".partial") }) {
            const QString path = QDir(QDir(directory).filePath(folder)).filePath(file);
            if (!QFile::exists(path))
                continue;
            if (QFile::remove(path))
                context.info(tr("Removed the downloaded copy %1.").arg(path));
            else
                context.warning(tr("Could not remove the downloaded copy %1.").arg(path));
        }
    }
}

// The id of the instance record that restore-as-new job `jobId` added
// without pointing at it: a record in the creating state, created after the
// job, whose status message contains the job id (detail::restoreAsNewMarker()).
// Returns an empty string when there is none.
Result<QString> recordAddedBy(catalog::Catalog &db, const QString &jobId, const QDateTime &jobCreatedAt)
{
    catalog::InstanceFilter filter;
    filter.statuses = { catalog::InstanceStatus::Creating };
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows)
        return makeError(rows.error());
    for (const catalog::InstanceRow &row : rows.value()) {
        const Result<catalog::Instance> candidate = db.instance(row.id);
        if (!candidate)
            return makeError(candidate.error());
        if (candidate->createdAt >= jobCreatedAt.addSecs(-1) && candidate->statusMessage.contains(jobId))
            return candidate->id;
    }
    return QString();
}

// The switch-over that restore job `jobId` recorded on the instance (see
// detail::restoreSwitchedAuditAction), or nullopt when the job stopped
// before its switch-over was complete.
std::optional<QJsonObject> recordedSwitchOver(catalog::Catalog &db, const QString &instanceId, const QString &jobId)
{
    if (jobId.isEmpty())
        return std::nullopt;
    const Result<QList<catalog::AuditEvent>> events = db.auditEvents(instanceId, 500);
    if (!events)
        return std::nullopt;
    for (const catalog::AuditEvent &event : events.value()) {
        if (event.action == QLatin1String(detail::restoreSwitchedAuditAction)
            && event.details.value(QStringLiteral("job_id")).toString() == jobId)
            return event.details;
    }
    return std::nullopt;
}

// Finishes a restore that stopped after its switch-over. The live names
// contain the restored data and maybe rows written since, so they stay.
// The previous database and filestore stay too, as the copy the admin may
// still need. Only the job's half-restored "_restore_" leftovers are removed.
Status rollForwardRestore(jobs::JobContext &context, const detail::InstanceScope &scope,
    const docker::DockerClient &client, const QDateTime &jobCreatedAt, const QJsonObject &switchOver)
{
    context.beginStep(tr("Finish the restore"));
    const QString live = scope.plan.databaseName;
    const QString role = scope.plan.roleName;
    const QString container = scope.containerName();
    context.info(tr("The job had switched the instance over to the restored data, so the clean-up finishes the "
                    "restore and keeps database %1.")
                     .arg(live));
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(scope.adminEndpoint(), scope.adminPassword);
    if (!admin)
        return makeError(admin.error());
    const Result<postgres::PgRows> owned = admin.value().query(
        QStringLiteral("SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)"),
        { role });
    if (!owned)
        return makeError(owned.error());
    QStringList databases;
    for (const QStringList &row : owned->rows)
        databases << row.at(0);
    if (!databases.contains(live))
        return makeError(tr("The job switched the instance over, but its database %1 is missing. Nothing was "
                            "changed; check the server before you run the clean-up again.")
                             .arg(live));
    for (const QString &fresh : sideNames(databases, live, jobCreatedAt).fresh) {
        if (Status dropped = dropOwnedDatabase(admin.value(), fresh, role); !dropped)
            return makeError(tr("Could not drop the half-restored database %1: %2").arg(fresh, dropped.error()));
        context.info(tr("Dropped the half-restored database %1.").arg(fresh));
    }
    const QString previousDatabase = switchOver.value(QStringLiteral("previous_database")).toString();
    if (databases.contains(previousDatabase))
        context.warning(tr("The database from before the restore is kept as %1. Once the instance works, drop it "
                           "with: %2 ('saasodoo instance delete' drops it with the instance.)")
                            .arg(previousDatabase, dropDatabaseCommand(scope, previousDatabase)));
    const QString previousFilestore = switchOver.value(QStringLiteral("previous_filestore")).toString();
    if (!previousFilestore.isEmpty() && client.statPath(container, previousFilestore, context.token()).ok())
        context.warning(tr("The filestore from before the restore is kept as %1. Once the instance works, remove it "
                           "with: %2")
                            .arg(previousFilestore, removeDirectoryCommand(scope, previousFilestore)));
    const Result<QByteArray> listing = readWithVolumes(client, container,
        { QStringLiteral("ls"), QStringLiteral("-1"), QStringLiteral("-A"), filestoreRoot },
            context.token(), context.jobId());
    if (!listing)
        return makeError(tr("Could not list the filestore directories: %1").arg(listing.error()));
    for (const QString &fresh :
        sideNames(QString::fromUtf8(listing.value()).split(u'\n', Qt::SkipEmptyParts), live, jobCreatedAt).fresh) {
        const Status removed = runWithVolumes(client, container,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestoreRoot + fresh },
            context.token(), context.jobId());
        if (!removed)
            return makeError(tr("Could not remove the half-restored filestore %1: %2").arg(fresh, removed.error()));
        context.info(tr("Removed the half-restored filestore %1.").arg(filestoreRoot + fresh));
    }
    return {};
}

// Stops the instance's container, so that the clean-up's file system work
// runs in a helper container. The killed job may have left a stop in
// progress, and an exec in a container that the engine is stopping is
// killed with it (exit code 137). A second stop waits for the first one.
Status stopForCleanUp(jobs::JobContext &context, const docker::DockerClient &client, const QString &container)
{
    const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
    if (!info.ok())
        return makeError(tr("Could not check container %1: %2").arg(container, info.error()));
    if (!info->state.running && !info->state.restarting)
        return {};
    const docker::DockerStatus stopped = client.stopContainer(container, std::chrono::seconds(30));
    if (!stopped.ok())
        return makeError(tr("Could not stop container %1 for the clean-up: %2").arg(container, stopped.error()));
    context.info(tr("Stopped container %1 for the clean-up. It starts again at the end if the instance was running.")
                     .arg(container));
    return {};
}

// Waits until Odoo in `container` returns "pass" from /web/health on the
// port the host publishes, or fails when the container stops or the time
// runs out.
Status waitForOdooHealth(const docker::DockerClient &client, const QString &container, int publishedPort,
    std::chrono::seconds timeout, const CancellationToken &token)
{
    const QString address
        = client.endpoint().isUnixSocket() ? QStringLiteral("127.0.0.1") : client.endpoint().tcpHost();
    const QString url = QStringLiteral("http://%1:%2/web/health").arg(address).arg(publishedPort);
    const QDeadlineTimer deadline(timeout);
    while (true) {
        if (token.isCancelled())
            return makeError(tr("Cancelled by the admin."));
        const provisioning::HttpReply health = provisioning::httpRequest(url, {}, std::chrono::seconds(5), token);
        if (health.status == 200
            && QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString()
                == QLatin1String("pass"))
            return {};
        const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
        if (info.ok() && !info->state.running && !info->state.restarting)
            return makeError(tr("Container %1 stopped with exit code %2 before Odoo answered %3.")
                                 .arg(container)
                                 .arg(info->state.exitCode)
                                 .arg(url));
        if (deadline.hasExpired())
            return makeError(tr("Odoo did not answer %1 within %2 s (last result: %3).")
                                 .arg(url)
                                 .arg(timeout.count())
                                 .arg(health.status ? QStringLiteral("HTTP %1").arg(health.status)
                                                    : health.transportError));
        QThread::msleep(500);
    }
}

} // namespace

Status BackupJobs::cleanUpInterrupted(jobs::JobContext &context, const QString &jobKind, const QString &instanceId,
    const QDateTime &jobCreatedAt, const QString &jobId, bool jobFailed)
{
    const Status cleaned = cleanUpInterruptedSteps(context, jobKind, instanceId, jobCreatedAt, jobId, jobFailed);
    if (cleaned || jobKind != QLatin1String("backup.restore"))
        return cleaned;
    // A failed restore clean-up must not leave the instance "restoring",
    // which names a job that no longer runs and rejects a new restore.
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return cleaned;
    const Result<catalog::Instance> current = opened.value()->instance(instanceId);
    if (!current || current->status != catalog::InstanceStatus::Restoring)
        return cleaned;
    const QString message = tr("The clean-up of interrupted restore job %1 failed: %2 Run 'saasodoo job cleanup %1' "
                               "again once the cause is fixed.")
                                .arg(jobId, cleaned.error());
    const Result<catalog::Instance> saved = opened.value()->setInstanceStatus(
        instanceId, current->rowVersion, catalog::InstanceStatus::Error, message);
    if (saved)
        context.error(tr("Instance %1 is now in error.").arg(current->name));
    return cleaned;
}

Status BackupJobs::cleanUpInterruptedSteps(jobs::JobContext &context, const QString &jobKind,
    const QString &instanceId, const QDateTime &jobCreatedAt, const QString &jobId, bool jobFailed)
{
    const bool wasRestore = jobKind == QLatin1String("backup.restore");
    if (jobKind != QLatin1String("backup.create") && !wasRestore)
        return makeError(tr("Jobs of kind %1 leave nothing to clean up on an instance.").arg(jobKind));
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();

    context.beginStep(tr("Check the instance"));
    Result<detail::InstanceScope> loaded = detail::loadInstance(db, m_secrets, instanceId, wasRestore);
    if (!loaded)
        return makeError(loaded.error());
    const detail::InstanceScope scope = std::move(loaded).value();
    // A restore killed during its replay never reset what the dump may
    // have changed on the role and its databases.
    if (wasRestore) {
        if (const Status reset = detail::resetInstanceRole(scope); !reset)
            context.warning(
                tr("Could not reset role %1 and its databases: %2").arg(scope.plan.roleName, reset.error()));
        else
            context.info(tr("Reset role %1 and its databases to the console's settings.").arg(scope.plan.roleName));
    }
    // A cancelled clean-up can run again, so Cancel may end any call.
    const Result<docker::ClientOptions> clientOptions
        = detail::clientOptions(scope.host, m_secrets, context.token());
    if (!clientOptions)
        return makeError(clientOptions.error());
    docker::DockerClient client(provisioning::dockerEndpoint(scope.host), clientOptions.value());
    const QString container = scope.containerName();

    // A helper container that the killed process left mounts the volume, and
    // one in the created state would run its command if anything started it.
    context.beginStep(tr("Remove leftover helper containers"));
    const Result<QStringList> helpers = removeLeftoverHelpers(client, instanceId, jobId, context.token());
    if (!helpers)
        return makeError(helpers.error());
    for (const QString &helper : helpers.value())
        context.info(tr("Removed helper container %1, which job %2 left behind, with its anonymous volumes.")
                         .arg(helper, jobId));

    context.beginStep(tr("Remove partial backups"));
    const Result<QList<catalog::Backup>> backups = db.backups(instanceId);
    if (!backups)
        return makeError(backups.error());
    for (catalog::Backup backup : backups.value()) {
        if (backup.state != catalog::BackupState::Running || backup.createdAt < jobCreatedAt.addSecs(-1))
            continue;
        const QStringList files { backup.location + QStringLiteral(".partial"), backup.location };
        for (const QString &file : files) {
            if (!backup.location.isEmpty() && QFile::exists(file) && !QFile::remove(file))
                return makeError(tr("Could not remove the partial backup file %1.").arg(file));
        }
        backup.state = catalog::BackupState::Failed;
        backup.error = tr("Interrupted: the process writing this backup stopped before it ended.");
        backup.location.clear();
        if (const Result<catalog::Backup> saved = db.updateBackup(backup); !saved)
            return makeError(saved.error());
        context.info(tr("Marked backup %1 failed and removed its partial file.").arg(backup.id));
    }

    const std::optional<QJsonObject> switchOver
        = wasRestore ? recordedSwitchOver(db, instanceId, jobId) : std::nullopt;
    if (wasRestore) {
        if (Status stopped = stopForCleanUp(context, client, container); !stopped)
            return stopped;
    }
    if (switchOver) {
        if (Status finished = rollForwardRestore(context, scope, client, jobCreatedAt, *switchOver); !finished)
            return finished;
        removeRestoreDownloads(context, m_settings.directory, jobId);
    } else if (wasRestore) {
        if (Status rolledBack = rollBackRestore(context, scope, client, jobCreatedAt, jobFailed); !rolledBack)
            return rolledBack;
        removeRestoreDownloads(context, m_settings.directory, jobId);
    }

    context.beginStep(tr("Put the instance back in its state"));
    const Result<catalog::Instance> current = db.instance(instanceId);
    if (!current)
        return makeError(current.error());
    const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(container);
    if (!info.ok())
        return makeError(tr("Could not check container %1: %2").arg(container, info.error()));
    // The killed job may have started the container again, and the engine
    // may then have published another port than the catalog records.
    if (info->state.running) {
        if (Status saved = detail::savePublishedPort(db, client, instanceId, container); !saved)
            context.warning(tr("Could not record the container's published port: %1").arg(saved.error()));
    }
    const catalog::InstanceStatus transitional
        = wasRestore ? catalog::InstanceStatus::Restoring : catalog::InstanceStatus::BackingUp;
    if (current->status != transitional) {
        // The clean-up stopped the container, so a running instance gets it back.
        if (current->status == catalog::InstanceStatus::Running && !info->state.running) {
            const docker::DockerStatus started = client.startContainer(container);
            if (!started.ok())
                return makeError(tr("Could not start container %1 again: %2").arg(container, started.error()));
            context.info(tr("Started container %1 again.").arg(container));
            if (Status saved = detail::savePublishedPort(db, client, instanceId, container); !saved)
                context.warning(tr("Could not record the container's published port: %1").arg(saved.error()));
        }
        context.info(tr("Instance %1 is %2; its state stays.").arg(current->name, provisioning::statusPhrase(current->status)));
        return {};
    }
    std::optional<catalog::InstanceStatus> before = statusBefore(db, instanceId, transitional);
    if (!before) {
        before = info->state.running ? catalog::InstanceStatus::Running : catalog::InstanceStatus::Stopped;
        context.warning(tr("The audit trail does not show the state before the job; the container's state %1 is used.")
                            .arg(catalog::toString(*before)));
    }
    // A finished restore leaves an instance that was in error stopped, as the job does.
    if (switchOver && *before == catalog::InstanceStatus::Error)
        before = catalog::InstanceStatus::Stopped;
    // A restore stops the container while it switches databases, and so
    // does its clean-up.
    if (*before == catalog::InstanceStatus::Running && !info->state.running) {
        const docker::DockerStatus started = client.startContainer(container);
        if (!started.ok())
            return makeError(tr("Could not start container %1 again: %2").arg(container, started.error()));
        context.info(tr("Started container %1 again.").arg(container));
        if (Status saved = detail::savePublishedPort(db, client, instanceId, container); !saved)
            context.warning(tr("Could not record the container's published port: %1").arg(saved.error()));
    }
    if (wasRestore && *before == catalog::InstanceStatus::Running) {
        const Result<catalog::Instance> started = db.instance(instanceId);
        if (!started)
            return makeError(started.error());
        if (Status healthy = waitForOdooHealth(client, container, started->publishedPort, std::chrono::seconds(120),
                context.token());
            !healthy)
            return makeError(tr("Container %1 was started, but Odoo did not come up: %2").arg(container, healthy.error()));
    }
    const QString message = switchOver ? tr("Job %1 was interrupted after its switch-over, so the clean-up finished it.").arg(jobKind)
                                       : tr("Job %1 was interrupted and cleaned up.").arg(jobKind);
    // Re-read: saving the published port changed the row version.
    const Result<catalog::Instance> latest = db.instance(instanceId);
    if (!latest)
        return makeError(latest.error());
    const Result<catalog::Instance> saved = db.setInstanceStatus(instanceId, latest->rowVersion, *before, message);
    if (!saved)
        return makeError(saved.error());
    context.info(tr("Instance %1 is %2 again.").arg(current->name, provisioning::statusPhrase(*before)));
    return {};
}

Status BackupJobs::cleanUpInterruptedRestoreAsNew(jobs::JobContext &context, const QString &jobId,
    const QString &targetInstanceId, const QDateTime &jobCreatedAt, QString *removedInstanceId)
{
    if (removedInstanceId)
        removedInstanceId->clear();
    context.beginStep(tr("Remove the downloaded copy"));
    removeRestoreDownloads(context, m_settings.directory, jobId);

    context.beginStep(tr("Check the new instance"));
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_catalog);
    if (!opened)
        return makeError(opened.error());
    catalog::Catalog &db = *opened.value();
    QString instanceId = targetInstanceId;
    if (instanceId.isEmpty()) {
        const Result<QString> unpointed = recordAddedBy(db, jobId, jobCreatedAt);
        if (!unpointed)
            return makeError(unpointed.error());
        instanceId = unpointed.value();
        if (instanceId.isEmpty()) {
            context.info(tr("Job %1 stopped before it added an instance; nothing else to remove.").arg(jobId));
            return {};
        }
        context.info(tr("Job %1 added instance record %2 but stopped before pointing at it.").arg(jobId, instanceId));
        context.setTarget(QStringLiteral("instance"), instanceId);
    }
    if (removedInstanceId)
        *removedInstanceId = instanceId;
    const Result<catalog::Instance> instance = db.instance(instanceId);
    if (!instance)
        return makeError(instance.error());
    if (instance->status == catalog::InstanceStatus::Deleted) {
        context.info(tr("Instance %1 is deleted; nothing to clean up.").arg(instance->name));
        return {};
    }
    // The job adds the record after it starts. An older record is not the
    // job's own and stays.
    if (instance->createdAt < jobCreatedAt.addSecs(-1)) {
        return makeError(tr("Instance %1 existed before job %2 started, so the clean-up leaves it alone.")
                             .arg(instance->name, jobId));
    }
    const Result<catalog::Tenant> tenant = db.tenant(instance->tenantId);
    const Result<catalog::Host> host = db.host(instance->hostId);
    if (!tenant || !host)
        return makeError(tenant ? host.error() : tenant.error());
    // The plan's names (database, role, container, volume) do not depend on the network.
    const Result<provisioning::InstancePlan> plan
        = provisioning::planInstance(instance.value(), tenant.value(), host.value(), QStringLiteral("saasodoo"));
    if (!plan)
        return makeError(plan.error());

    // The restore's own databases ("<db>_restore_<time>", "<db>_old_<time>")
    // belong to the new role, which cannot be dropped while it owns them.
    context.beginStep(tr("Drop the restore's databases"));
    const Result<QString> adminPassword = detail::readSecret(m_secrets, provisioning::pgPasswordKey(host.value()));
    if (!adminPassword) {
        return makeError(tr("The PostgreSQL password of host %1 is not available from the keychain: %2")
                             .arg(host->name, adminPassword.error()));
    }
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(
        { host->pgHost, host->pgPort, host->pgAdminUser }, adminPassword.value());
    if (!admin)
        return makeError(admin.error());
    const Result<postgres::PgRows> owned = admin.value().query(
        QStringLiteral("SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)"),
        { plan->roleName });
    if (!owned)
        return makeError(owned.error());
    QStringList databases;
    for (const QStringList &row : owned->rows)
        databases << row.at(0);
    const SideNames side = sideNames(databases, plan->databaseName, jobCreatedAt);
    for (const QString &name : side.fresh + side.old) {
        if (Status dropped = dropOwnedDatabase(admin.value(), name, plan->roleName); !dropped)
            return makeError(tr("Could not drop database %1: %2").arg(name, dropped.error()));
        context.info(tr("Dropped database %1.").arg(name));
    }

    // The provisioner's clean-up after an interrupted create removes the
    // containers and volume labelled for the instance, its database and
    // role, and its keychain entries. It runs from the creating, starting
    // or error state.
    static const QList<catalog::InstanceStatus> creating { catalog::InstanceStatus::Creating,
        catalog::InstanceStatus::Starting, catalog::InstanceStatus::Error };
    if (!creating.contains(instance->status)) {
        const Result<catalog::Instance> marked = db.setInstanceStatus(instanceId, instance->rowVersion,
            catalog::InstanceStatus::Error, tr("Restore as a new instance was interrupted, so the instance is being removed."));
        if (!marked)
            return makeError(marked.error());
    }
    provisioning::Provisioner provisioner(m_catalog, m_secrets);
    if (Status removed = provisioner.cleanUpInterrupted(context, instanceId, QStringLiteral("backup.restore-new"));
        !removed)
        return makeError(tr("Could not remove the new instance %1: %2").arg(instance->name, removed.error()));

    const Result<catalog::Instance> latest = db.instance(instanceId);
    if (!latest)
        return makeError(latest.error());
    const Result<catalog::Instance> deleted = db.setInstanceStatus(instanceId, latest->rowVersion,
        catalog::InstanceStatus::Deleted,
        tr("Restore as a new instance was interrupted, and the job clean-up removed the instance. The catalog keeps "
           "this record."));
    if (!deleted)
        return makeError(deleted.error());
    context.info(tr("Removed instance %1, which the interrupted restore had added.").arg(instance->name));
    return {};
}

Status BackupJobs::rollBackRestore(jobs::JobContext &context, const detail::InstanceScope &scope,
    const docker::DockerClient &client, const QDateTime &jobCreatedAt, bool jobFailed)
{
    context.beginStep(tr("Undo the restore"));
    const QString live = scope.plan.databaseName;
    const QString role = scope.plan.roleName;
    const QString container = scope.containerName();
    Result<postgres::PgConnection> admin = postgres::PgConnection::open(scope.adminEndpoint(), scope.adminPassword);
    if (!admin)
        return makeError(admin.error());
    const Result<postgres::PgRows> owned = admin.value().query(
        QStringLiteral("SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = $1)"),
        { role });
    if (!owned)
        return makeError(owned.error());
    QStringList databases;
    for (const QStringList &row : owned->rows)
        databases << row.at(0);
    const SideNames sideDatabases = sideNames(databases, live, jobCreatedAt);

    // The switch renames the live database to "_old_" first. So while an
    // "_old_" copy of this job exists, the live name is the restored copy or
    // missing, and the original goes back under the live name.
    // A failed job ran its own undo, which may have stopped half-way. Its
    // "_old_" copy goes back only where the live name is missing, because a
    // job that failed after a complete switch (its container did not start)
    // left the restored data live on purpose.
    const bool liveDatabase = databases.contains(live);
    if (!sideDatabases.old.isEmpty() && jobFailed && liveDatabase) {
        context.warning(tr("Database %1 is live and the job left the previous one as %2. Both stay. Once the "
                           "instance works, drop %2 with: %3")
                            .arg(live, sideDatabases.old.last(), dropDatabaseCommand(scope, sideDatabases.old.last())));
    } else if (!sideDatabases.old.isEmpty()) {
        const QString original = sideDatabases.old.last();
        if (databases.contains(live)) {
            if (Status dropped = dropOwnedDatabase(admin.value(), live, role); !dropped)
                return makeError(tr("Could not drop the restored copy %1: %2").arg(live, dropped.error()));
            context.info(tr("Dropped database %1, the restored copy, to put the original back.")
                             .arg(live));
        }
        if (Status renamed = renameOwnedDatabase(admin.value(), original, live, role); !renamed)
            return makeError(tr("Could not rename %1 back to %2: %3").arg(original, live, renamed.error()));
        context.info(tr("Renamed the original database %1 back to %2.").arg(original, live));
    }
    for (const QString &fresh : sideDatabases.fresh) {
        if (Status dropped = dropOwnedDatabase(admin.value(), fresh, role); !dropped)
            return makeError(tr("Could not drop the half-restored database %1: %2").arg(fresh, dropped.error()));
        context.info(tr("Dropped the half-restored database %1.").arg(fresh));
    }

    // The filestore directories follow the same order as the databases.
    const Result<QByteArray> listing = readWithVolumes(client, container,
        { QStringLiteral("ls"), QStringLiteral("-1"), QStringLiteral("-A"), filestoreRoot },
            context.token(), context.jobId());
    if (!listing)
        return makeError(tr("Could not list the filestore directories: %1").arg(listing.error()));
    const SideNames sideDirectories
        = sideNames(QString::fromUtf8(listing.value()).split(u'\n', Qt::SkipEmptyParts), live, jobCreatedAt);
    const bool liveDirectory = QString::fromUtf8(listing.value()).split(u'\n').contains(live);
    if (!sideDirectories.old.isEmpty() && jobFailed && liveDirectory) {
        context.warning(tr("Filestore %1 is live and the job left the previous one as %2. Both stay. Once the "
                           "instance works, remove %2 with: %3")
                            .arg(filestoreRoot + live, filestoreRoot + sideDirectories.old.last(),
                                removeDirectoryCommand(scope, filestoreRoot + sideDirectories.old.last())));
    } else if (!sideDirectories.old.isEmpty()) {
        const QString original = filestoreRoot + sideDirectories.old.last();
        // The paths are positional parameters of the script, never pasted into it.
        const Status moved = runWithVolumes(client, container,
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("rm -rf -- \"$2\" && mv -- \"$1\" \"$2\""),
                QStringLiteral("sh"), original, filestoreRoot + live },
            context.token(), context.jobId());
        if (!moved)
            return makeError(tr("Could not move the original filestore %1 back: %2").arg(original, moved.error()));
        context.info(tr("Moved the original filestore %1 back to %2.").arg(original, filestoreRoot + live));
    }
    for (const QString &fresh : sideDirectories.fresh) {
        const Status removed = runWithVolumes(client, container,
            { QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), filestoreRoot + fresh },
            context.token(), context.jobId());
        if (!removed)
            return makeError(tr("Could not remove the half-restored filestore %1: %2").arg(fresh, removed.error()));
        context.info(tr("Removed the half-restored filestore %1.").arg(filestoreRoot + fresh));
    }
    return {};
}

} // namespace saasodoo::backup
