// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupstate.h"

#include "retention.h"

#include <QCoreApplication>

namespace saasodoo::backup {

namespace {
// In the "Backups" context of core/backup/backupjobs.cpp, whose tr() this
// message used to go through, so existing translations still apply.
const char *const cancelledSource = QT_TRANSLATE_NOOP("Backups", "Cancelled by the admin; the partial file was removed.");
} // namespace

QString cancelledBackupError()
{
    return QCoreApplication::translate("Backups", cancelledSource);
}

bool wasCancelled(const catalog::Backup &backup)
{
    if (backup.state != catalog::BackupState::Failed)
        return false;
    return backup.error == QLatin1String(cancelledSource) || backup.error == cancelledBackupError();
}

QString stateName(const catalog::Backup &backup)
{
    return wasCancelled(backup) ? QStringLiteral("cancelled") : catalog::toString(backup.state);
}

QString verifyProblemText(const catalog::Backup &backup)
{
    switch (backup.verifyStatus) {
    case catalog::BackupVerifyStatus::Unchecked:
    case catalog::BackupVerifyStatus::Passed:
        return {};
    case catalog::BackupVerifyStatus::LocalDamaged:
        return QCoreApplication::translate("Backups", "local copy damaged, S3 copy usable");
    case catalog::BackupVerifyStatus::S3Damaged:
        return QCoreApplication::translate("Backups", "S3 copy damaged, local copy usable");
    case catalog::BackupVerifyStatus::Damaged:
        return QCoreApplication::translate("Backups", "damaged: no copy passed verification");
    }
    return {};
}

bool expiresBySlots(const catalog::Backup &backup)
{
    return backup.kind == catalog::BackupKind::Scheduled && backup.state != catalog::BackupState::Failed;
}

QDateTime recordExpiry(const catalog::Backup &backup)
{
    if (!backup.expiresAt.isValid() && backup.state == catalog::BackupState::Failed)
        return backup.createdAt.addDays(failedRecordDays);
    return backup.expiresAt;
}

} // namespace saasodoo::backup
