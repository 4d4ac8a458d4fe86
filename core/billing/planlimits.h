// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/catalogconfig.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::billing {

// Checks that `instance`, with its CPU, memory and storage limits as given,
// fits the plan of its customer's subscription, counting the customer's
// other instances that are not deleted. The error names the plan, the limit
// and the total the customer would reach. A customer without a subscription
// that is not cancelled has no limits. A suspended subscription takes no new
// or larger instances.
// With `stored`, the instance's current record, the check is for a resize.
// Only the limits that grow are checked, and the instance count is not. So
// one limit can be raised while a plan lowered since is exceeded on another.
// NOTE: customers without a subscription are not limited, so instances made
// before billing existed keep working.
Status checkPlanLimits(catalog::Catalog &catalog, const catalog::Instance &instance,
    const catalog::Instance *stored = nullptr);

// The same check for a resize of a stored instance, opening its own catalog
// connection, for callers on a worker thread.
Status checkPlanLimitsForResize(const catalog::CatalogConfig &config, const QString &instanceId, double cpuCores,
    qint64 memoryBytes);

} // namespace saasodoo::billing
