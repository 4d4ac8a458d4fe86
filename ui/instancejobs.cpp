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
    const QString &hostId)
{
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.remove");
    request.title = tr("Delete instance %1").arg(instanceName);
    request.targetType = QStringLiteral("instance");
    request.targetId = instanceId;
    request.hostId = hostId;
    provisioning::Provisioner *provisioner = services.provisioner();
    return services.jobRunner()->submit(request, [provisioner, instanceId](jobs::JobContext &context) {
        return provisioner->remove(context, instanceId);
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
    default:
        return {};
    }
    return services.jobRunner()->submit(request, std::move(body));
}

} // namespace saasodoo::ui
