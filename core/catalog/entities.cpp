// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"
#include "enumnames.h"

#include <array>
#include <utility>

namespace saasodoo::catalog {

namespace {

using detail::nameOf;
using detail::valueOf;

constexpr std::array<std::pair<CustomerStatus, const char *>, 3> CustomerStatusNames { {
    { CustomerStatus::Active, "active" },
    { CustomerStatus::Suspended, "suspended" },
    { CustomerStatus::Closed, "closed" },
} };

constexpr std::array<std::pair<HostStatus, const char *>, 3> HostStatusNames { {
    { HostStatus::Active, "active" },
    { HostStatus::Maintenance, "maintenance" },
    { HostStatus::Retired, "retired" },
} };

constexpr std::array<std::pair<InstanceType, const char *>, 3> InstanceTypeNames { {
    { InstanceType::Development, "development" },
    { InstanceType::Staging, "staging" },
    { InstanceType::Production, "production" },
} };

constexpr std::array<std::pair<InstanceStatus, const char *>, 13> InstanceStatusNames { {
    { InstanceStatus::Creating, "creating" },
    { InstanceStatus::Starting, "starting" },
    { InstanceStatus::Running, "running" },
    { InstanceStatus::Stopping, "stopping" },
    { InstanceStatus::Stopped, "stopped" },
    { InstanceStatus::Restarting, "restarting" },
    { InstanceStatus::Suspended, "suspended" },
    { InstanceStatus::Updating, "updating" },
    { InstanceStatus::BackingUp, "backing_up" },
    { InstanceStatus::Restoring, "restoring" },
    { InstanceStatus::Error, "error" },
    { InstanceStatus::Deleting, "deleting" },
    { InstanceStatus::Deleted, "deleted" },
} };

constexpr std::array<std::pair<BackupState, const char *>, 6> BackupStateNames { {
    { BackupState::Pending, "pending" },
    { BackupState::Running, "running" },
    { BackupState::Completed, "completed" },
    { BackupState::Failed, "failed" },
    { BackupState::Expired, "expired" },
    { BackupState::Deleted, "deleted" },
} };

constexpr std::array<std::pair<BackupKind, const char *>, 4> BackupKindNames { {
    { BackupKind::Manual, "manual" },
    { BackupKind::Scheduled, "scheduled" },
    { BackupKind::Safety, "safety" },
    { BackupKind::Final, "final" },
} };

constexpr std::array<std::pair<BackupVerifyStatus, const char *>, 5> BackupVerifyStatusNames { {
    { BackupVerifyStatus::Unchecked, "unchecked" },
    { BackupVerifyStatus::Passed, "passed" },
    { BackupVerifyStatus::LocalDamaged, "local_damaged" },
    { BackupVerifyStatus::S3Damaged, "s3_damaged" },
    { BackupVerifyStatus::Damaged, "damaged" },
} };

constexpr std::array<std::pair<JobState, const char *>, 6> JobStateNames { {
    { JobState::Queued, "queued" },
    { JobState::Running, "running" },
    { JobState::Succeeded, "succeeded" },
    { JobState::Failed, "failed" },
    { JobState::Cancelled, "cancelled" },
    { JobState::Interrupted, "interrupted" },
} };

} // namespace

QString toString(CustomerStatus value) { return nameOf(CustomerStatusNames, value); }
QString toString(HostStatus value) { return nameOf(HostStatusNames, value); }
QString toString(InstanceType value) { return nameOf(InstanceTypeNames, value); }
QString toString(InstanceStatus value) { return nameOf(InstanceStatusNames, value); }
QString toString(BackupState value) { return nameOf(BackupStateNames, value); }
QString toString(BackupKind value) { return nameOf(BackupKindNames, value); }
QString toString(BackupVerifyStatus value) { return nameOf(BackupVerifyStatusNames, value); }
QString toString(JobState value) { return nameOf(JobStateNames, value); }

std::optional<CustomerStatus> customerStatusFromString(const QString &text) { return valueOf(CustomerStatusNames, text); }
std::optional<HostStatus> hostStatusFromString(const QString &text) { return valueOf(HostStatusNames, text); }
std::optional<InstanceType> instanceTypeFromString(const QString &text) { return valueOf(InstanceTypeNames, text); }
std::optional<InstanceStatus> instanceStatusFromString(const QString &text) { return valueOf(InstanceStatusNames, text); }
std::optional<BackupState> backupStateFromString(const QString &text) { return valueOf(BackupStateNames, text); }
std::optional<BackupKind> backupKindFromString(const QString &text) { return valueOf(BackupKindNames, text); }
std::optional<BackupVerifyStatus> backupVerifyStatusFromString(const QString &text)
{
    return valueOf(BackupVerifyStatusNames, text);
}
std::optional<JobState> jobStateFromString(const QString &text) { return valueOf(JobStateNames, text); }

bool isUsable(const Backup &backup)
{
    return backup.state == BackupState::Completed && backup.verifyStatus != BackupVerifyStatus::Damaged;
}

QStringList allInstanceStatusNames()
{
    QStringList names;
    for (const auto &entry : InstanceStatusNames)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace saasodoo::catalog
