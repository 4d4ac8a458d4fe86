// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/backupjobs.h"

#include <QCoreApplication>

namespace saasodoo::ui {

class ConsoleServices;

// Submits the backup and restore jobs of core/backup on the console's job
// runner. Each returns the job id, or an empty string when the services
// have no backup jobs.
class BackupActions
{
    Q_DECLARE_TR_FUNCTIONS(BackupActions)

public:
    // BackupJobs::create: a manual backup of the instance.
    static QString submitCreate(ConsoleServices &services, const QString &instanceId, const QString &instanceName,
        const QString &hostId);
    // BackupJobs::verify: re-hashes and validates every copy.
    static QString submitVerify(ConsoleServices &services, const catalog::Backup &backup, const QString &label);
    // BackupJobs::archive: uploads the local file to S3, resuming an earlier attempt.
    static QString submitArchive(ConsoleServices &services, const catalog::Backup &backup, const QString &label);
    // BackupJobs::download: fetches the S3 copy into the local directory.
    static QString submitDownload(ConsoleServices &services, const catalog::Backup &backup, const QString &label);
    // BackupJobs::remove: deletes both copies and marks the record deleted.
    static QString submitRemove(ConsoleServices &services, const catalog::Backup &backup, const QString &label);
    // BackupJobs::restoreInto, with its safety backup first. `sourceLabel`
    // names the backup in the job title, such as "prod of 5/12/26 10:00";
    // when empty, the title uses the file name or the backup id.
    static QString submitRestoreInto(ConsoleServices &services, const backup::RestoreSource &source,
        const QString &instanceId, const QString &instanceName, const QString &sourceLabel = {},
        const backup::InPlaceRestoreOptions &options = {});
    // BackupJobs::restoreAsNew; `sourceLabel` as for submitRestoreInto().
    static QString submitRestoreAsNew(ConsoleServices &services, const backup::RestoreSource &source,
        const backup::NewInstanceRequest &request, const QString &sourceLabel = {});

private:
    static QString sourceTitle(const backup::RestoreSource &source, const QString &sourceLabel);
};

} // namespace saasodoo::ui
