// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupschedule.h"

#include "backupjobs.h"

#include <QCoreApplication>

namespace saasodoo::backup {

jobs::ScheduledTask scheduledDueBackups(BackupJobs *backups)
{
    jobs::ScheduledTask task;
    task.kind = QStringLiteral("backup.run-due");
    task.prepare = [backups]() {
        jobs::JobInfo request;
        request.title = QCoreApplication::translate("Backup", "Scheduled backups and retention");
        request.targetType = QStringLiteral("backup");
        jobs::JobBody body = [backups](jobs::JobContext &context) -> Status {
            RunDueReport report;
            const Status done = backups->runDue(context, {}, &report);
            context.info(QCoreApplication::translate("Backup", "Scheduled backups: %1 taken, %2 deleted by retention.")
                             .arg(report.backedUp.size())
                             .arg(report.deleted.size()));
            return done;
        };
        return jobs::ScheduledJob { request, body };
    };
    return task;
}

} // namespace saasodoo::backup
