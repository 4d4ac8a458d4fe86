// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"

#include <QDateTime>
#include <QString>

namespace saasodoo::backup {

// The error that a backup cancelled by the admin stores on its record, in
// the console's language. The record's state is Failed, so retention expires
// it as it does any failed backup.
QString cancelledBackupError();

// Whether `backup` failed because the admin cancelled it. Matches the stored
// error in English and in the current language, so a catalog written under
// either reads the same.
bool wasCancelled(const catalog::Backup &backup);

// The state name that the console and the CLI show: "cancelled" for a
// cancelled backup, otherwise catalog::toString(backup.state).
QString stateName(const catalog::Backup &backup);

// A short phrase for the result of the backup's last verification, such
// as "local copy damaged, S3 copy intact"; empty when it passed or never ran.
QString verifyProblemText(const catalog::Backup &backup);

// Whether retention removes `backup` when the period slots drop it. That
// holds for scheduled backups that did not fail, which have no expiry. The
// others go at recordExpiry().
bool expiresBySlots(const catalog::Backup &backup);

// The time retention removes the record at: its expiry, or failedRecordDays
// after it was made for a failed record without one. Null: kept until
// deleted, or (see expiresBySlots) while a period slot keeps it.
QDateTime recordExpiry(const catalog::Backup &backup);

} // namespace saasodoo::backup
