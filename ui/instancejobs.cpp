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

} // namespace saasodoo::ui
