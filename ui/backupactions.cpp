// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupactions.h"

#include "consoleservices.h"

#include <QFileInfo>

namespace saasodoo::ui {

namespace {

jobs::JobInfo backupRequest(const QString &kind, const QString &title, const catalog::Backup &backup)
{
    jobs::JobInfo request;
    request.kind = kind;
    request.title = title;
    request.targetType = QStringLiteral("backup");
    request.targetId = backup.id;
    return request;
}

} // namespace

QString BackupActions::submitCreate(ConsoleServices &services, const QString &instanceId,
    const QString &instanceName, const QString &hostId)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    jobs::JobInfo request;
    request.kind = QStringLiteral("backup.create");
    request.title = tr("Back up instance %1").arg(instanceName);
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    request.hostId = hostId;
    return services.jobRunner()->submit(request, [backups, instanceId](jobs::JobContext &context) {
        return backups->create(context, instanceId, catalog::BackupKind::Manual);
    });
}

QString BackupActions::submitVerify(ConsoleServices &services, const catalog::Backup &backup, const QString &label)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    const QString backupId = backup.id;
    return services.jobRunner()->submit(
        backupRequest(QStringLiteral("backup.verify"), tr("Verify backup %1").arg(label), backup),
        [backups, backupId](jobs::JobContext &context) { return backups->verify(context, backupId); });
}

QString BackupActions::submitArchive(ConsoleServices &services, const catalog::Backup &backup, const QString &label)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    const QString backupId = backup.id;
    return services.jobRunner()->submit(
        backupRequest(QStringLiteral("backup.archive"), tr("Archive backup %1 to S3").arg(label), backup),
        [backups, backupId](jobs::JobContext &context) { return backups->archive(context, backupId); });
}

QString BackupActions::submitDownload(ConsoleServices &services, const catalog::Backup &backup, const QString &label)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    const QString backupId = backup.id;
    return services.jobRunner()->submit(
        backupRequest(QStringLiteral("backup.download"), tr("Download backup %1 from S3").arg(label), backup),
        [backups, backupId](jobs::JobContext &context) { return backups->download(context, backupId); });
}

QString BackupActions::submitRemove(ConsoleServices &services, const catalog::Backup &backup, const QString &label)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    const QString backupId = backup.id;
    const QString reason = tr("deleted in the console");
    return services.jobRunner()->submit(
        backupRequest(QStringLiteral("backup.delete"), tr("Delete backup %1").arg(label), backup),
        [backups, backupId, reason](jobs::JobContext &context) { return backups->remove(context, backupId, reason); });
}

QString BackupActions::sourceTitle(const backup::RestoreSource &source, const QString &sourceLabel)
{
    if (!sourceLabel.isEmpty())
        return tr("the backup %1").arg(sourceLabel);
    return source.path.isEmpty() ? source.backupId : QFileInfo(source.path).fileName();
}

QString BackupActions::submitRestoreInto(ConsoleServices &services, const backup::RestoreSource &source,
    const QString &instanceId, const QString &instanceName, const QString &sourceLabel,
    const backup::InPlaceRestoreOptions &options)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    jobs::JobInfo request;
    request.kind = QStringLiteral("backup.restore");
    request.title = tr("Restore %1 into %2").arg(sourceTitle(source, sourceLabel), instanceName);
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    return services.jobRunner()->submit(request, [backups, source, instanceId, options](jobs::JobContext &context) {
        return backups->restoreInto(context, source, instanceId, options);
    });
}

QString BackupActions::submitRestoreAsNew(ConsoleServices &services, const backup::RestoreSource &source,
    const backup::NewInstanceRequest &request, const QString &sourceLabel)
{
    backup::BackupJobs *backups = services.backups();
    if (!backups)
        return {};
    jobs::JobInfo job;
    job.kind = QStringLiteral("backup.restore-new");
    job.title = tr("Restore %1 as new instance %2").arg(sourceTitle(source, sourceLabel), request.name);
    job.targetType = QStringLiteral("backup");
    job.targetId = source.backupId;
    const provisioning::ProvisionerOptions provisionerOptions = services.provisionerOptions();
    return services.jobRunner()->submit(job, [backups, source, request, provisionerOptions](jobs::JobContext &context) {
        return backups->restoreAsNew(context, source, request, provisionerOptions);
    });
}

} // namespace saasodoo::ui
