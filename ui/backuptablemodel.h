// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"

namespace saasodoo::ui {

// One backup with the names the Backups pane shows beside it.
struct BackupRow
{
    catalog::Backup backup;
    QString instanceName; // empty when the catalog has no record of the instance
    bool instanceDeleted = false; // the catalog keeps the record of a deleted instance
    QString hostId;
    QString tenantId; // the instance's tenant, where "Restore as new instance" puts the copy
};

// The Backups pane's table: one row per catalogued backup.
class BackupTableModel final : public RowTableModel<BackupRow>
{
    Q_OBJECT

public:
    enum Column { Instance, Kind, Created, Size, Sha256, OdooVersion, Location, State, Expires, ColumnCount };
    Q_ENUM(Column)

    explicit BackupTableModel(QObject *parent = nullptr);

    // "Local", "S3", "Local and S3" or "None", by the copies that exist.
    static QString locationText(const catalog::Backup &backup);
    static QString kindText(catalog::BackupKind kind);
    static QString stateText(catalog::BackupState state);
    // The state as the pane shows it: "Cancelled" for a backup that failed
    // because an admin cancelled its job, "Damaged" or "Completed, <copy>
    // damaged" after a failed verification, else stateText().
    static QString stateText(const catalog::Backup &backup);
    // The result of the backup's last verification, for the details.
    static QString verificationText(const catalog::Backup &backup);
    // Whether `backup` failed because an admin cancelled its job. The catalog
    // stores such a backup as failed, with the job's cancel message.
    static bool wasCancelled(const catalog::Backup &backup);
    // When retention removes the backup: a date, "Never", or for a
    // scheduled backup that did not fail "By retention slots".
    static QString expiryText(const catalog::Backup &backup);
    static QString expiryToolTip(const catalog::Backup &backup);
    // The instance's name, or its id when the instance is gone.
    static QString instanceLabel(const BackupRow &row);
    // A short name for messages: "<instance> of <time>".
    static QString label(const BackupRow &row);

protected:
    QString rowId(const BackupRow &row) const override { return row.backup.id; }
    bool sameContent(const BackupRow &left, const BackupRow &right) const override;
    QString statusKey(const BackupRow &row) const override;
    QString searchText(const BackupRow &row) const override;
};

} // namespace saasodoo::ui
