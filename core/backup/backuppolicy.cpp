// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/backuppolicy.h"

#include "core/backup/retention.h"
#include "core/catalog/catalog.h"

#include <QCoreApplication>

namespace saasodoo::backup {

Result<AppliedBackupPolicy> appliedBackupPolicy(catalog::Catalog &catalog, const QString &instanceId)
{
    const Result<catalog::BackupPolicy> stored = catalog.backupPolicy(instanceId);
    if (!stored)
        return makeError(stored.error());
    AppliedBackupPolicy applied;
    applied.policy = stored.value();
    if (!stored->isDefault) {
        applied.source = PolicySource::Instance;
        return applied;
    }

    const Result<catalog::Instance> instance = catalog.instance(instanceId);
    if (!instance)
        return makeError(instance.error());
    const Result<catalog::Tenant> tenant = catalog.tenant(instance->tenantId);
    if (!tenant)
        return makeError(tenant.error());
    const Result<std::optional<catalog::Subscription>> live = catalog.liveSubscription(tenant->customerId);
    if (!live)
        return makeError(live.error());
    if (!live->has_value())
        return applied;
    const Result<catalog::Plan> plan = catalog.plan((*live)->planId);
    if (!plan)
        return makeError(plan.error());
    if (plan->backupRetentionDays <= 0)
        return applied;

    const RetentionPolicy periods = retentionForPlanDays(plan->backupRetentionDays);
    applied.policy.keepDaily = periods.daily;
    applied.policy.keepWeekly = periods.weekly;
    applied.policy.keepMonthly = periods.monthly;
    applied.source = PolicySource::Plan;
    applied.planName = plan->name;
    applied.planRetentionDays = plan->backupRetentionDays;
    return applied;
}

QString policySourceText(const AppliedBackupPolicy &applied)
{
    switch (applied.source) {
    case PolicySource::Instance:
        return QCoreApplication::translate("Backup", "set for this instance");
    case PolicySource::Plan:
        return QCoreApplication::translate("Backup", "from plan %1 (%2 days of backup retention)")
            .arg(applied.planName)
            .arg(applied.planRetentionDays);
    case PolicySource::Default:
        break;
    }
    return QCoreApplication::translate("Backup", "default");
}

QString planRetentionText(int days)
{
    const RetentionPolicy periods = retentionForPlanDays(days);
    if (days <= 0) {
        return QCoreApplication::translate("Backup",
            "none set: instances without their own policy keep the default %1 daily, %2 weekly and %3 monthly "
            "backups")
            .arg(periods.daily)
            .arg(periods.weekly)
            .arg(periods.monthly);
    }
    return QCoreApplication::translate("Backup",
        "%1 days: instances without their own policy keep %2 daily, %3 weekly and %4 monthly backups")
        .arg(days)
        .arg(periods.daily)
        .arg(periods.weekly)
        .arg(periods.monthly);
}

QString policySourceName(PolicySource source)
{
    switch (source) {
    case PolicySource::Instance:
        return QStringLiteral("instance");
    case PolicySource::Plan:
        return QStringLiteral("plan");
    case PolicySource::Default:
        break;
    }
    return QStringLiteral("default");
}

} // namespace saasodoo::backup
