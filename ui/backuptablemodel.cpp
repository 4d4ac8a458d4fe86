// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backuptablemodel.h"

#include "statustext.h"

#include "core/backup/backupstate.h"
#include "core/backup/retention.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::Backup;
using catalog::BackupKind;
using catalog::BackupState;

BackupTableModel::BackupTableModel(QObject *parent)
    : RowTableModel<BackupRow>(parent)
{
    using Cell = QVariant;
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        { tr("Instance"), [](const BackupRow &row) { return Cell(instanceLabel(row)); } },
        { tr("Kind"), [](const BackupRow &row) { return Cell(kindText(row.backup.kind)); },
            [](const BackupRow &row) { return Cell(int(row.backup.kind)); } },
        { tr("Taken"),
            [](const BackupRow &row) {
                return Cell(QLocale().toString(row.backup.createdAt.toLocalTime(), QLocale::ShortFormat));
            },
            [](const BackupRow &row) { return Cell(row.backup.createdAt); } },
        { tr("Size"), [](const BackupRow &row) { return Cell(StatusText::byteSize(row.backup.sizeBytes)); },
            [](const BackupRow &row) { return Cell(row.backup.sizeBytes); }, number },
        { tr("SHA-256"), [](const BackupRow &row) { return Cell(row.backup.sha256.left(12)); }, nullptr, {},
            [](const BackupRow &row) { return Cell(row.backup.sha256); } },
        { tr("Odoo"), [](const BackupRow &row) { return Cell(row.backup.odooVersion); },
            [](const BackupRow &row) { return Cell(row.backup.odooVersion.toDouble()); }, number },
        { tr("Location"), [](const BackupRow &row) { return Cell(locationText(row.backup)); }, nullptr, {},
            [](const BackupRow &row) {
                const QStringList copies { row.backup.location, row.backup.s3Key };
                return Cell(copies.join(QLatin1Char('\n')).trimmed());
            } },
        { tr("State"), [](const BackupRow &row) { return Cell(stateText(row.backup)); },
            [](const BackupRow &row) { return Cell(int(row.backup.state)); }, {},
            [](const BackupRow &row) {
                if (row.backup.state == BackupState::Failed)
                    return Cell(row.backup.error);
                return row.backup.verifyError.isEmpty() ? Cell() : Cell(row.backup.verifyError);
            } },
        { tr("Expires"), [](const BackupRow &row) { return Cell(expiryText(row.backup)); },
            [](const BackupRow &row) {
                return row.backup.kind == BackupKind::Scheduled ? Cell(QDateTime()) : Cell(row.backup.expiresAt);
            },
            {}, [](const BackupRow &row) { return Cell(expiryToolTip(row.backup)); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString BackupTableModel::locationText(const Backup &backup)
{
    const bool local = !backup.location.isEmpty();
    const bool s3 = !backup.s3Key.isEmpty();
    if (local && s3)
        return tr("Local and S3");
    if (local)
        return tr("Local");
    if (s3)
        return tr("S3");
    return tr("None");
}

QString BackupTableModel::kindText(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Manual: return tr("Manual");
    case BackupKind::Scheduled: return tr("Scheduled");
    case BackupKind::Safety: return tr("Safety");
    case BackupKind::Final: return tr("Final");
    }
    return {};
}

QString BackupTableModel::stateText(BackupState state)
{
    switch (state) {
    case BackupState::Pending: return tr("Pending");
    case BackupState::Running: return tr("Running");
    case BackupState::Completed: return tr("Completed");
    case BackupState::Failed: return tr("Failed");
    case BackupState::Expired: return tr("Expired");
    case BackupState::Deleted: return tr("Deleted");
    }
    return {};
}

QString BackupTableModel::expiryText(const Backup &backup)
{
    if (backup::expiresBySlots(backup))
        return tr("By retention slots");
    const QDateTime expiry = backup::recordExpiry(backup);
    if (expiry.isNull())
        return tr("Never");
    return QLocale().toString(expiry.toLocalTime(), QLocale::ShortFormat);
}

QString BackupTableModel::expiryToolTip(const Backup &backup)
{
    if (backup.state == BackupState::Failed && backup.expiresAt.isNull())
        return tr("This backup failed and holds no file. Retention removes its record, and any partial file it "
                  "left, %n day(s) after it was made.",
            nullptr, backup::failedRecordDays);
    if (backup.kind == BackupKind::Scheduled) {
        return tr("Retention keeps a scheduled backup while it is the newest of one of the instance's last daily, "
                  "weekly or monthly periods (its backup policy), and for %n day(s) after a restore reads it.",
            nullptr, backup::restoreHoldDays);
    }
    if (backup.state == BackupState::Failed && !backup.expiresAt.isNull())
        return tr("This backup failed and holds no file. Retention removes its record, and any partial file it "
                  "left, after this expiry.");
    if (backup.kind == BackupKind::Final)
        return tr("A delete took this backup before it removed the instance. Retention never removes a completed "
                  "final backup; only an admin can delete it.");
    return tr("Retention does not rank manual and safety backups: they stay until this expiry, or until deleted. "
              "A restore that reads one moves its expiry to at least %n day(s) later.",
        nullptr, backup::restoreHoldDays);
}

QString BackupTableModel::instanceLabel(const BackupRow &row)
{
    if (row.instanceName.isEmpty())
        return tr("deleted instance %1").arg(row.backup.instanceId);
    return row.instanceDeleted ? tr("%1 (deleted)").arg(row.instanceName) : row.instanceName;
}

QString BackupTableModel::label(const BackupRow &row)
{
    return tr("%1 of %2").arg(instanceLabel(row),
        QLocale().toString(row.backup.createdAt.toLocalTime(), QLocale::ShortFormat));
}

QString BackupTableModel::stateText(const Backup &backup)
{
    if (wasCancelled(backup))
        return tr("Cancelled");
    if (backup.state != BackupState::Completed)
        return stateText(backup.state);
    switch (backup.verifyStatus) {
    case catalog::BackupVerifyStatus::Unchecked:
    case catalog::BackupVerifyStatus::Passed:
        break;
    case catalog::BackupVerifyStatus::LocalDamaged:
        return tr("Completed, local copy damaged");
    case catalog::BackupVerifyStatus::S3Damaged:
        return tr("Completed, S3 copy damaged");
    case catalog::BackupVerifyStatus::Damaged:
        return tr("Damaged");
    }
    return stateText(backup.state);
}

QString BackupTableModel::verificationText(const Backup &backup)
{
    const auto time = [](const QDateTime &value) {
        return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
    };
    switch (backup.verifyStatus) {
    case catalog::BackupVerifyStatus::Unchecked:
        return backup.verifiedAt.isNull() ? tr("Never") : tr("Passed on %1").arg(time(backup.verifiedAt));
    case catalog::BackupVerifyStatus::Passed:
        return tr("Passed on %1").arg(time(backup.verifiedAt));
    case catalog::BackupVerifyStatus::LocalDamaged:
        return tr("Failed on %1 for the local file. The S3 copy passed, so a restore reads it. Download it again to "
                  "replace the local file.")
            .arg(time(backup.checkedAt));
    case catalog::BackupVerifyStatus::S3Damaged:
        return tr("Failed on %1 for the S3 copy. The local file passed, so a restore reads it.")
            .arg(time(backup.checkedAt));
    case catalog::BackupVerifyStatus::Damaged:
        return tr("Failed on %1 for every copy: this backup cannot be restored, and scheduled backups no longer "
                  "count it.")
            .arg(time(backup.checkedAt));
    }
    return {};
}

bool BackupTableModel::wasCancelled(const Backup &backup)
{
    return saasodoo::backup::wasCancelled(backup);
}

QString BackupTableModel::statusKey(const BackupRow &row) const
{
    // Not a stored state: the status filter's "Cancelled" choice uses it.
    return saasodoo::backup::stateName(row.backup);
}

QString BackupTableModel::searchText(const BackupRow &row) const
{
    // The texts the table shows, so that "(deleted)" or "Cancelled" finds
    // what the admin sees, and the ids and paths that only the details show.
    const Backup &backup = row.backup;
    return instanceLabel(row) % QLatin1Char(' ') % kindText(backup.kind) % QLatin1Char(' ') % stateText(backup)
        % QLatin1Char(' ') % locationText(backup) % QLatin1Char(' ') % backup.id % QLatin1Char(' ') % backup.sha256
        % QLatin1Char(' ') % backup.odooVersion % QLatin1Char(' ') % backup.location % QLatin1Char(' ')
        % backup.s3Key;
}

bool BackupTableModel::sameContent(const BackupRow &left, const BackupRow &right) const
{
    const Backup &a = left.backup;
    const Backup &b = right.backup;
    return left.instanceName == right.instanceName && left.instanceDeleted == right.instanceDeleted
        && left.tenantId == right.tenantId && a.state == b.state && a.location == b.location
        && a.s3Key == b.s3Key && a.sizeBytes == b.sizeBytes && a.sha256 == b.sha256 && a.odooVersion == b.odooVersion
        && a.expiresAt == b.expiresAt && a.verifiedAt == b.verifiedAt && a.archivedAt == b.archivedAt
        && a.error == b.error && a.kind == b.kind && a.createdAt == b.createdAt && a.verifyStatus == b.verifyStatus
        && a.checkedAt == b.checkedAt && a.verifyError == b.verifyError;
}

} // namespace saasodoo::ui
