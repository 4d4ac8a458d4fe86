// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"

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

} // namespace saasodoo::backup
