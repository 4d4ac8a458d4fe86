// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QList>

#include <chrono>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::backup {

// An instance's backup schedule and its newest completed backup.
struct BackupScheduleRow
{
    QString instanceId;
    QString instanceName;
    catalog::InstanceStatus status = catalog::InstanceStatus::Creating;
    QDateTime instanceCreatedAt;
    int intervalHours = catalog::BackupPolicy().intervalHours; // the stored policy's, else the default
    QDateTime lastCompletedAt; // null when the instance has no usable completed backup (catalog::isUsable)
};

// Reads every instance that is not deleted, with its backup interval and
// the time of its newest completed backup, in one query.
Result<QList<BackupScheduleRow>> backupScheduleRows(catalog::Catalog &catalog);

// Time allowed past an instance's backup interval before its backup counts
// as overdue: `backup run-due` is meant to run hourly (docs/backups.md), and
// the backup itself takes a while after the run starts.
inline constexpr std::chrono::hours overdueSlack { 2 };

// An instance whose newest completed backup is older than its schedule allows.
struct OverdueBackup
{
    QString instanceId;
    QString instanceName;
    int intervalHours = 0;
    QDateTime lastCompletedAt; // null when the instance never had a completed backup
    QDateTime dueSince; // when the missed scheduled backup was due
};

// Returns the instances among `rows` whose backups are overdue at `now`.
// Only running and stopped instances count, because `backup run-due` backs
// up only those, and an interval of 0 (scheduled backups off) never makes
// an instance overdue. An instance without a completed backup is due one
// interval after its creation. The oldest overdue instance comes first.
QList<OverdueBackup> overdueBackups(const QList<BackupScheduleRow> &rows, const QDateTime &now);

// Reads the schedule rows of `catalog` and applies overdueBackups to them.
Result<QList<OverdueBackup>> overdueBackups(catalog::Catalog &catalog, const QDateTime &now);

} // namespace saasodoo::backup
