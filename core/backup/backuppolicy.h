// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QString>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::backup {

// Source of the retention policy that applies to an instance.
enum class PolicySource {
    Default, // the built-in 7 daily, 4 weekly and 3 monthly slots
    Plan, // derived from the backup retention days of the customer's plan
    Instance, // stored for the instance with `saasodoo backup policy`
};

// The retention policy that applies to an instance, with its source.
struct AppliedBackupPolicy
{
    catalog::BackupPolicy policy;
    PolicySource source = PolicySource::Default;
    QString planName; // PolicySource::Plan only
    int planRetentionDays = 0; // PolicySource::Plan only
};

// Reads the retention policy that applies to the instance. A policy stored
// for the instance wins. Without one, the customer's live subscription
// (trial, active, past due or suspended) decides: when its plan has backup
// retention days above 0, the slots are derived from those days
// (retentionForPlanDays in retention.h) and the interval is the default.
// Otherwise the built-in default applies. Backup jobs, retention runs, the
// CLI and the Backups pane read the policy through this function.
Result<AppliedBackupPolicy> appliedBackupPolicy(catalog::Catalog &catalog, const QString &instanceId);

// The source for display: "set for this instance", "from plan Basic (14
// days of backup retention)" or "default", translated.
QString policySourceText(const AppliedBackupPolicy &applied);

// Describes, translated, what a plan's backup retention days give the
// instances of its subscribers that have no policy of their own, such as
// "14 days: 7 daily, 2 weekly and 0 monthly backups for instances without
// their own policy".
QString planRetentionText(int days);

// The source for JSON output: "instance", "plan" or "default".
QString policySourceName(PolicySource source);

} // namespace saasodoo::backup
