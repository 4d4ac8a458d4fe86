// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupoverdue.h"

#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace saasodoo::backup {

Result<QList<BackupScheduleRow>> backupScheduleRows(catalog::Catalog &catalog)
{
    // One read-only query on the catalog's connection, so the dashboard reads
    // 10,000 instances without a query per instance.
    QSqlQuery query(catalog.database());
    query.setForwardOnly(true);
    const bool ran = query.exec(QStringLiteral(
        "SELECT i.id, i.name, i.status, i.created_at, p.interval_hours, "
        "(SELECT MAX(b.created_at) FROM backups b WHERE b.instance_id = i.id AND b.state = 'completed' "
        "AND b.kind NOT IN ('safety', 'final') AND b.verify_status <> 'damaged') "
        "FROM instances i LEFT JOIN backup_policies p ON p.instance_id = i.id "
        "WHERE i.status <> 'deleted' ORDER BY i.name, i.id"));
    if (!ran) {
        return makeError(QCoreApplication::translate("Backups", "Could not read the backup schedules: %1")
                             .arg(query.lastError().text()));
    }
    QList<BackupScheduleRow> rows;
    while (query.next()) {
        BackupScheduleRow row;
        row.instanceId = query.value(0).toString();
        row.instanceName = query.value(1).toString();
        row.status = catalog::instanceStatusFromString(query.value(2).toString())
                         .value_or(catalog::InstanceStatus::Error);
        row.instanceCreatedAt = catalog::decodeTime(query.value(3));
        if (!query.value(4).isNull())
            row.intervalHours = query.value(4).toInt();
        row.lastCompletedAt = catalog::decodeTime(query.value(5));
        rows.append(row);
    }
    return rows;
}

QList<OverdueBackup> overdueBackups(const QList<BackupScheduleRow> &rows, const QDateTime &now)
{
    const qint64 slackSeconds = std::chrono::duration_cast<std::chrono::seconds>(overdueSlack).count();
    QList<OverdueBackup> overdue;
    for (const BackupScheduleRow &row : rows) {
        if (row.status != catalog::InstanceStatus::Running && row.status != catalog::InstanceStatus::Stopped)
            continue;
        if (row.intervalHours <= 0)
            continue;
        const QDateTime since = row.lastCompletedAt.isValid() ? row.lastCompletedAt : row.instanceCreatedAt;
        if (!since.isValid())
            continue;
        const QDateTime due = since.addSecs(3600LL * row.intervalHours);
        if (due.addSecs(slackSeconds) >= now)
            continue;
        overdue.append({ row.instanceId, row.instanceName, row.intervalHours, row.lastCompletedAt, due });
    }
    std::stable_sort(overdue.begin(), overdue.end(),
        [](const OverdueBackup &left, const OverdueBackup &right) { return left.dueSince < right.dueSince; });
    return overdue;
}

Result<QList<OverdueBackup>> overdueBackups(catalog::Catalog &catalog, const QDateTime &now)
{
    const Result<QList<BackupScheduleRow>> rows = backupScheduleRows(catalog);
    if (!rows)
        return makeError(rows.error());
    return overdueBackups(rows.value(), now);
}

} // namespace saasodoo::backup
