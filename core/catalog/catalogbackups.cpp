// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backups and their retention policies.
#include "catalog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

const QString BackupColumns = QStringLiteral(
    "id, instance_id, kind, location, s3_key, size_bytes, sha256, odoo_version, state, error, created_at, "
    "expires_at, archived_at, verified_at, deleted_at, verify_status, checked_at, verify_error");

Backup backupFromQuery(const QSqlQuery &query)
{
    Backup backup;
    backup.id = query.value(0).toString();
    backup.instanceId = query.value(1).toString();
    backup.kind = backupKindFromString(query.value(2).toString()).value_or(BackupKind::Manual);
    backup.location = query.value(3).toString();
    backup.s3Key = query.value(4).toString();
    backup.sizeBytes = query.value(5).toLongLong();
    backup.sha256 = query.value(6).toString();
    backup.odooVersion = query.value(7).toString();
    backup.state = backupStateFromString(query.value(8).toString()).value_or(BackupState::Failed);
    backup.error = query.value(9).toString();
    backup.createdAt = decodeTime(query.value(10));
    backup.expiresAt = decodeTime(query.value(11));
    backup.archivedAt = decodeTime(query.value(12));
    backup.verifiedAt = decodeTime(query.value(13));
    backup.deletedAt = decodeTime(query.value(14));
    backup.verifyStatus = backupVerifyStatusFromString(query.value(15).toString())
                              .value_or(BackupVerifyStatus::Unchecked);
    backup.checkedAt = decodeTime(query.value(16));
    backup.verifyError = query.value(17).toString();
    return backup;
}

QJsonObject backupDetails(const Backup &backup)
{
    QJsonObject details { { QStringLiteral("instance_id"), backup.instanceId },
        { QStringLiteral("kind"), toString(backup.kind) }, { QStringLiteral("location"), backup.location },
        { QStringLiteral("s3_key"), backup.s3Key }, { QStringLiteral("state"), toString(backup.state) },
        { QStringLiteral("size_bytes"), double(backup.sizeBytes) }, { QStringLiteral("sha256"), backup.sha256 } };
    if (!backup.error.isEmpty())
        details.insert(QStringLiteral("error"), backup.error);
    if (backup.verifyStatus != BackupVerifyStatus::Unchecked)
        details.insert(QStringLiteral("verify_status"), toString(backup.verifyStatus));
    return details;
}

} // namespace

Result<Backup> Catalog::createBackup(Backup backup)
{
    resetError();
    if (Status valid = normalizeAndValidate(backup); !valid)
        return failure(ErrorKind::Validation, valid.error());
    backup.id = newId();
    if (!backup.createdAt.isValid())
        backup.createdAt = nowUtc();

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(
            QStringLiteral("INSERT INTO backups (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(BackupColumns));
        bind(query, backup.id);
        bind(query, backup.instanceId);
        bind(query, toString(backup.kind));
        bind(query, backup.location);
        bind(query, backup.s3Key);
        bind(query, backup.sizeBytes);
        bind(query, backup.sha256);
        bind(query, backup.odooVersion);
        bind(query, toString(backup.state));
        bind(query, backup.error);
        bind(query, encodeTime(backup.createdAt));
        bind(query, encodeTime(backup.expiresAt));
        bind(query, encodeTime(backup.archivedAt));
        bind(query, encodeTime(backup.verifiedAt));
        bind(query, encodeTime(backup.deletedAt));
        bind(query, toString(backup.verifyStatus));
        bind(query, encodeTime(backup.checkedAt));
        bind(query, backup.verifyError);
        if (!query.exec())
            return constraintError(query.lastError(), tr("backup"), {});
        return audit(QStringLiteral("backup.create"), QStringLiteral("backup"), backup.id, backupDetails(backup));
    });
    if (!written)
        return makeError(written.error());
    return backup;
}

Result<Backup> Catalog::updateBackup(Backup backup)
{
    resetError();
    if (Status valid = normalizeAndValidate(backup); !valid)
        return failure(ErrorKind::Validation, valid.error());

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE backups SET location = ?, s3_key = ?, size_bytes = ?, sha256 = ?, odoo_version = ?, state = ?, "
            "error = ?, expires_at = ?, archived_at = ?, verified_at = ?, deleted_at = ?, verify_status = ?, checked_at = ?, "
            "verify_error = ? WHERE id = ?"));
        bind(query, backup.location);
        bind(query, backup.s3Key);
        bind(query, backup.sizeBytes);
        bind(query, backup.sha256);
        bind(query, backup.odooVersion);
        bind(query, toString(backup.state));
        bind(query, backup.error);
        bind(query, encodeTime(backup.expiresAt));
        bind(query, encodeTime(backup.archivedAt));
        bind(query, encodeTime(backup.verifiedAt));
        bind(query, encodeTime(backup.deletedAt));
        bind(query, toString(backup.verifyStatus));
        bind(query, encodeTime(backup.checkedAt));
        bind(query, backup.verifyError);
        bind(query, backup.id);
        if (!query.exec())
            return constraintError(query.lastError(), tr("backup"), {});
        if (query.numRowsAffected() != 1)
            return failure(ErrorKind::NotFound, tr("Backup %1 was not found.").arg(backup.id));
        return audit(QStringLiteral("backup.update"), QStringLiteral("backup"), backup.id, backupDetails(backup));
    });
    if (!written)
        return makeError(written.error());
    return readBackup(backup.id);
}

Result<Backup> Catalog::readBackup(const QString &id)
{
    if (!validateUuid(tr("Backup id"), id))
        return failure(ErrorKind::NotFound, tr("Backup %1 was not found.").arg(id));
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM backups WHERE id = ?").arg(BackupColumns));
    bind(query, id);
    if (Status ran = execute(query, tr("backup")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Backup %1 was not found.").arg(id));
    return backupFromQuery(query);
}

Result<Backup> Catalog::backup(const QString &id)
{
    resetError();
    return readBackup(id);
}

Result<QList<Backup>> Catalog::listBackups(const QString &where, const QVariantList &values)
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1 FROM backups %2 ORDER BY created_at DESC, id").arg(BackupColumns, where));
    for (const QVariant &value : values)
        bind(query, value);
    if (Status ran = execute(query, tr("backup list")); !ran)
        return makeError(ran.error());
    QList<Backup> list;
    while (query.next())
        list.append(backupFromQuery(query));
    return list;
}

Result<QList<Backup>> Catalog::backups(const QString &instanceId, bool includeDeleted)
{
    resetError();
    if (!validateUuid(tr("Instance id"), instanceId))
        return QList<Backup>();
    return listBackups(includeDeleted ? QStringLiteral("WHERE instance_id = ?")
                                      : QStringLiteral("WHERE instance_id = ? AND state <> 'deleted'"),
        { instanceId });
}

Result<QList<Backup>> Catalog::allBackups(bool includeDeleted)
{
    resetError();
    return listBackups(includeDeleted ? QString() : QStringLiteral("WHERE state <> 'deleted'"), {});
}

Result<Backup> Catalog::markBackupExpired(const QString &id)
{
    resetError();
    Result<Backup> current = readBackup(id);
    if (!current)
        return current;
    if (current->state == BackupState::Deleted)
        return failure(ErrorKind::Validation, tr("Backup %1 is already deleted.").arg(id));
    Backup expired = *current;
    expired.state = BackupState::Expired;
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral("UPDATE backups SET state = ? WHERE id = ?"));
        bind(query, toString(BackupState::Expired));
        bind(query, id);
        if (Status ran = execute(query, tr("backup")); !ran)
            return ran;
        return audit(QStringLiteral("backup.expire"), QStringLiteral("backup"), id, backupDetails(expired));
    });
    if (!written)
        return makeError(written.error());
    return expired;
}

Result<Backup> Catalog::markBackupDeleted(const QString &id, const QString &reason)
{
    resetError();
    Result<Backup> current = readBackup(id);
    if (!current)
        return current;
    Backup deleted = *current;
    deleted.state = BackupState::Deleted;
    deleted.location.clear();
    deleted.s3Key.clear();
    deleted.deletedAt = nowUtc();
    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(
            QStringLiteral("UPDATE backups SET state = ?, location = '', s3_key = '', deleted_at = ? WHERE id = ?"));
        bind(query, toString(BackupState::Deleted));
        bind(query, encodeTime(deleted.deletedAt));
        bind(query, id);
        if (Status ran = execute(query, tr("backup")); !ran)
            return ran;
        // The details keep the paths that were removed, for the audit trail.
        QJsonObject details = backupDetails(*current);
        details.insert(QStringLiteral("state"), toString(BackupState::Deleted));
        details.insert(QStringLiteral("reason"), reason);
        return audit(QStringLiteral("backup.delete"), QStringLiteral("backup"), id, details);
    });
    if (!written)
        return makeError(written.error());
    return deleted;
}

Result<BackupPolicy> Catalog::backupPolicy(const QString &instanceId)
{
    resetError();
    if (Status id = validateUuid(tr("Instance id"), instanceId); !id)
        return failure(ErrorKind::Validation, id.error());
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT keep_daily, keep_weekly, keep_monthly, interval_hours, updated_at, updated_by FROM backup_policies "
        "WHERE instance_id = ?"));
    bind(query, instanceId);
    if (Status ran = execute(query, tr("backup policy")); !ran)
        return makeError(ran.error());
    BackupPolicy policy;
    policy.instanceId = instanceId;
    // Without a stored row this is the built-in default. The policy that
    // applies, which then follows the customer's plan, comes from
    // backup::appliedBackupPolicy (core/backup/backuppolicy.h).
    if (!query.next())
        return policy;
    policy.keepDaily = query.value(0).toInt();
    policy.keepWeekly = query.value(1).toInt();
    policy.keepMonthly = query.value(2).toInt();
    policy.intervalHours = query.value(3).toInt();
    policy.updatedAt = decodeTime(query.value(4));
    policy.updatedBy = query.value(5).toString();
    policy.isDefault = false;
    return policy;
}

Result<BackupPolicy> Catalog::setBackupPolicy(BackupPolicy policy)
{
    resetError();
    if (Status valid = validateBackupPolicy(policy); !valid)
        return failure(ErrorKind::Validation, valid.error());
    policy.updatedAt = nowUtc();
    policy.updatedBy = actorName();
    policy.isDefault = false;

    const Status written = write([&]() -> Status {
        QSqlQuery remove = prepare(QStringLiteral("DELETE FROM backup_policies WHERE instance_id = ?"));
        bind(remove, policy.instanceId);
        if (Status ran = execute(remove, tr("backup policy")); !ran)
            return ran;
        remove.finish();
        QSqlQuery insert = prepare(QStringLiteral(
            "INSERT INTO backup_policies (instance_id, keep_daily, keep_weekly, keep_monthly, interval_hours, "
            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        bind(insert, policy.instanceId);
        bind(insert, policy.keepDaily);
        bind(insert, policy.keepWeekly);
        bind(insert, policy.keepMonthly);
        bind(insert, policy.intervalHours);
        bind(insert, encodeTime(policy.updatedAt));
        bind(insert, policy.updatedBy);
        if (!insert.exec())
            return constraintError(insert.lastError(), tr("backup policy"), {});
        return audit(QStringLiteral("backup.policy"), QStringLiteral("instance"), policy.instanceId,
            { { QStringLiteral("keep_daily"), policy.keepDaily }, { QStringLiteral("keep_weekly"), policy.keepWeekly },
                { QStringLiteral("keep_monthly"), policy.keepMonthly },
                { QStringLiteral("interval_hours"), policy.intervalHours } });
    });
    if (!written)
        return makeError(written.error());
    return policy;
}

} // namespace saasodoo::catalog
