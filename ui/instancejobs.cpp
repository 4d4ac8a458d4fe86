// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancejobs.h"

#include "consoleservices.h"

namespace saasodoo::ui {

QString InstanceJobs::submitCreate(ConsoleServices &services, const catalog::Instance &instance)
{
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.create");
    request.title = tr("Create instance %1").arg(instance.name);
    request.targetType = QStringLiteral("instance");
    request.targetId = instance.id;
    request.hostId = instance.hostId;
    request.steps = provisioning::createSteps();
    provisioning::Provisioner *provisioner = services.provisioner();
    const QString instanceId = instance.id;
    return services.jobRunner()->submit(request, [provisioner, instanceId](jobs::JobContext &context) {
        return provisioner->create(context, instanceId);
    });
}

QString InstanceJobs::submitRemove(ConsoleServices &services, const QString &instanceId, const QString &instanceName,
    const QString &hostId, bool finalBackup)
{
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.remove");
    request.title = tr("Delete instance %1").arg(instanceName);
    request.steps = provisioning::removeSteps();
    if (finalBackup)
        request.steps = backup::createSteps() + request.steps;
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    request.hostId = hostId;
    provisioning::Provisioner *provisioner = services.provisioner();
    backup::BackupJobs *backups = finalBackup ? services.backups() : nullptr;
    return services.jobRunner()->submit(request, [provisioner, backups, instanceId](jobs::JobContext &context) {
        if (!backups)
            return provisioner->remove(context, instanceId);
        return provisioner->remove(context, instanceId, [backups, instanceId](jobs::JobContext &inner) {
            QString backupId;
            const Status created = backups->create(inner, instanceId, catalog::BackupKind::Final, &backupId);
            if (created.ok())
                inner.info(tr("Final backup %1 is kept until an admin deletes it.").arg(backupId));
            return created;
        });
    });
}

QString InstanceJobs::submitPowerAction(ConsoleServices &services, provisioning::Action action,
    const catalog::InstanceRow &instance)
{
    jobs::JobInfo request;
    request.targetType = QStringLiteral("instance");
    request.targetId = instance.id;
    request.hostId = instance.hostId;
    provisioning::Provisioner *provisioner = services.provisioner();
    const QString instanceId = instance.id;
    jobs::JobBody body;
    switch (action) {
    case provisioning::Action::Start:
        request.kind = QStringLiteral("instance.start");
        request.title = tr("Start instance %1").arg(instance.name);
        body = [provisioner, instanceId](jobs::JobContext &context) { return provisioner->start(context, instanceId); };
        break;
    case provisioning::Action::Stop:
        request.kind = QStringLiteral("instance.stop");
        request.title = tr("Stop instance %1").arg(instance.name);
        body = [provisioner, instanceId](jobs::JobContext &context) { return provisioner->stop(context, instanceId); };
        break;
    case provisioning::Action::Restart:
        request.kind = QStringLiteral("instance.restart");
        request.title = tr("Restart instance %1").arg(instance.name);
        body = [provisioner, instanceId](jobs::JobContext &context) {
            return provisioner->restart(context, instanceId);
        };
        break;
    case provisioning::Action::Suspend: {
        request.kind = QStringLiteral("instance.suspend");
        request.title = tr("Suspend instance %1").arg(instance.name);
        const QString reason = tr("Suspended in the console.");
        body = [provisioner, instanceId, reason](jobs::JobContext &context) {
            return provisioner->suspend(context, instanceId, reason);
        };
        break;
    }
    case provisioning::Action::Resume:
        request.kind = QStringLiteral("instance.resume");
        request.title = tr("Resume instance %1").arg(instance.name);
        body = [provisioner, instanceId](jobs::JobContext &context) { return provisioner->resume(context, instanceId); };
        break;
    default:
        return {};
    }
    request.steps = provisioning::actionSteps(request.kind);
    return services.jobRunner()->submit(request, std::move(body));
}

namespace {

jobs::JobInfo instanceRequest(const QString &kind, const QString &title, const catalog::InstanceRow &instance)
{
    jobs::JobInfo request;
    request.kind = kind;
    request.title = title;
    request.targetType = QStringLiteral("instance");
    request.targetId = instance.id;
    request.hostId = instance.hostId;
    request.steps = provisioning::actionSteps(kind);
    return request;
}

} // namespace

QString InstanceJobs::submitUpdateModules(ConsoleServices &services, const catalog::InstanceRow &instance,
    const QStringList &modules)
{
    provisioning::Provisioner *provisioner = services.provisioner();
    const QString instanceId = instance.id;
    return services.jobRunner()->submit(
        instanceRequest(QStringLiteral("instance.update-modules"),
            tr("Update modules of %1: %2").arg(instance.name, modules.join(QStringLiteral(", "))), instance),
        [provisioner, instanceId, modules](jobs::JobContext &context) {
            return provisioner->updateModules(context, instanceId, modules);
        });
}

QString InstanceJobs::submitSetLimits(ConsoleServices &services, const catalog::InstanceRow &instance,
    double cpuCores, qint64 memoryBytes)
{
    provisioning::Provisioner *provisioner = services.provisioner();
    const QString instanceId = instance.id;
    return services.jobRunner()->submit(
        instanceRequest(QStringLiteral("instance.set-limits"), tr("Change limits of %1").arg(instance.name), instance),
        [provisioner, instanceId, cpuCores, memoryBytes](jobs::JobContext &context) {
            return provisioner->setLimits(context, instanceId, cpuCores, memoryBytes);
        });
}

QString InstanceJobs::submitSetEnvironment(ConsoleServices &services, const catalog::InstanceRow &instance,
    const QMap<QString, QString> &environment)
{
    provisioning::Provisioner *provisioner = services.provisioner();
    const QString instanceId = instance.id;
    return services.jobRunner()->submit(
        instanceRequest(QStringLiteral("instance.set-environment"),
            tr("Change environment variables of %1").arg(instance.name), instance),
        [provisioner, instanceId, environment](jobs::JobContext &context) {
            return provisioner->setEnvironment(context, instanceId, environment);
        });
}

} // namespace saasodoo::ui
