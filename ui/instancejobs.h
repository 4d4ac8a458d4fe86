// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/provisioning/lifecycle.h"

#include <QCoreApplication>

namespace saasodoo::ui {

class ConsoleServices;

// Submits the provisioner's jobs for an instance. Each returns the job id.
class InstanceJobs
{
    Q_DECLARE_TR_FUNCTIONS(InstanceJobs)

public:
    // Provisioner::create, for an instance stored in the creating state.
    static QString submitCreate(ConsoleServices &services, const catalog::Instance &instance);
    // Provisioner::remove: container, volume, database, role and secrets.
    // With `finalBackup`, a backup of kind final first (BackupJobs::create),
    // and the delete stops when it fails.
    static QString submitRemove(ConsoleServices &services, const QString &instanceId, const QString &instanceName,
        const QString &hostId, bool finalBackup = false);
    // Provisioner::start, stop, restart, suspend or resume. Returns an empty
    // id for any other action.
    static QString submitPowerAction(ConsoleServices &services, provisioning::Action action,
        const catalog::InstanceRow &instance);
    static QString submitUpdateModules(ConsoleServices &services, const catalog::InstanceRow &instance,
        const QStringList &modules);
    static QString submitSetLimits(ConsoleServices &services, const catalog::InstanceRow &instance, double cpuCores,
        qint64 memoryBytes);
    static QString submitSetEnvironment(ConsoleServices &services, const catalog::InstanceRow &instance,
        const QMap<QString, QString> &environment);
};

} // namespace saasodoo::ui
