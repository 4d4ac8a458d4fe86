// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/planlimits.h"

#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"

#include <QCoreApplication>

#include <cmath>

namespace saasodoo::billing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Billing", text);
}

QString cores(qint64 millicores)
{
    return QString::number(double(millicores) / 1000.0, 'g', 6);
}

} // namespace

Status checkPlanLimits(catalog::Catalog &catalog, const catalog::Instance &instance, const catalog::Instance *stored)
{
    const Result<catalog::Tenant> tenant = catalog.tenant(instance.tenantId);
    if (!tenant)
        return makeError(tenant.error());
    const Result<std::optional<catalog::Subscription>> live = catalog.liveSubscription(tenant->customerId);
    if (!live)
        return makeError(live.error());
    if (!live->has_value())
        return {};
    const catalog::Subscription &subscription = **live;
    const Result<catalog::Plan> plan = catalog.plan(subscription.planId);
    if (!plan)
        return makeError(plan.error());
    if (subscription.status == catalog::SubscriptionStatus::Suspended) {
        return makeError(tr("The %1 subscription of this customer is suspended for non-payment, so it takes no new "
                            "or larger instances. Settle the overdue invoice first.")
                             .arg(plan->name));
    }

    const Result<catalog::CustomerUsage> others = catalog.customerUsage(tenant->customerId, instance.id);
    if (!others)
        return makeError(others.error());
    const int instances = others->instances + 1;
    const qint64 cpu = others->cpuMillicores + qint64(std::llround(instance.cpuLimit * 1000.0));
    const qint64 memory = others->memoryBytes + instance.memoryLimitBytes;
    const qint64 storage = others->storageBytes + instance.storageLimitBytes;

    const bool resize = stored != nullptr;
    const bool cpuGrows = !resize || instance.cpuLimit > stored->cpuLimit;
    const bool memoryGrows = !resize || instance.memoryLimitBytes > stored->memoryLimitBytes;
    const bool storageGrows = !resize || instance.storageLimitBytes > stored->storageLimitBytes;

    if (!resize && instances > plan->maxInstances) {
        return makeError(tr("Plan %1 allows %2 instance(s); this customer would have %3. Choose a larger plan or "
                            "delete an instance.")
                             .arg(plan->name)
                             .arg(plan->maxInstances)
                             .arg(instances));
    }
    if (cpuGrows && cpu > plan->maxCpuMillicores) {
        return makeError(tr("Plan %1 allows %2 CPU cores in total; this customer's instances would have %3. "
                            "Choose a larger plan or smaller limits.")
                             .arg(plan->name, cores(plan->maxCpuMillicores), cores(cpu)));
    }
    if (memoryGrows && memory > plan->maxMemoryBytes) {
        return makeError(tr("Plan %1 allows %2 of memory in total; this customer's instances would have %3. "
                            "Choose a larger plan or smaller limits.")
                             .arg(plan->name, catalog::formatByteSize(plan->maxMemoryBytes),
                                 catalog::formatByteSize(memory)));
    }
    if (storageGrows && storage > plan->maxStorageBytes) {
        return makeError(tr("Plan %1 allows %2 of storage in total; this customer's instances would have %3. "
                            "Choose a larger plan or smaller limits.")
                             .arg(plan->name, catalog::formatByteSize(plan->maxStorageBytes),
                                 catalog::formatByteSize(storage)));
    }
    return {};
}

Status checkPlanLimitsForResize(const catalog::CatalogConfig &config, const QString &instanceId, double cpuCores,
    qint64 memoryBytes)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(config);
    if (!opened)
        return makeError(opened.error());
    const Result<catalog::Instance> loaded = opened.value()->instance(instanceId);
    if (!loaded)
        return makeError(loaded.error());
    catalog::Instance resized = loaded.value();
    resized.cpuLimit = cpuCores;
    resized.memoryLimitBytes = memoryBytes;
    return checkPlanLimits(*opened.value(), resized, &loaded.value());
}

} // namespace saasodoo::billing
