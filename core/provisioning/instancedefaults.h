// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

class QSettings;

namespace saasodoo::provisioning {

// Values that the new-instance wizard proposes, kept in QSettings under
// "defaults/…". The defaults are 1 core, 2 GiB of memory and 10 GiB of
// storage on the newest supported Odoo version.
struct InstanceDefaults
{
    QString odooVersion; // empty: the newest supported version
    double cpuCores = 1.0;
    qint64 memoryBytes = 2LL * 1024 * 1024 * 1024;
    qint64 storageBytes = 10LL * 1024 * 1024 * 1024;
};

// Reads the saved defaults; a missing or invalid value keeps its default.
InstanceDefaults loadInstanceDefaults(const QSettings &settings);

// Checks the values with the catalog's rules for an instance.
Status validateInstanceDefaults(const InstanceDefaults &defaults);

// Validates and writes `defaults`.
Status saveInstanceDefaults(QSettings &settings, const InstanceDefaults &defaults);

} // namespace saasodoo::provisioning
