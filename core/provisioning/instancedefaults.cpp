// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancedefaults.h"

#include "core/catalog/validation.h"

#include <QCoreApplication>
#include <QSettings>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Provisioning", text);
}

const QString versionKey = QStringLiteral("defaults/odoo-version");
const QString cpuKey = QStringLiteral("defaults/cpu-cores");
const QString memoryKey = QStringLiteral("defaults/memory-bytes");
const QString storageKey = QStringLiteral("defaults/storage-bytes");

} // namespace

InstanceDefaults loadInstanceDefaults(const QSettings &settings)
{
    const InstanceDefaults fallback;
    InstanceDefaults defaults;
    defaults.odooVersion = settings.value(versionKey).toString();
    if (!defaults.odooVersion.isEmpty() && !catalog::validateOdooVersion(defaults.odooVersion).ok())
        defaults.odooVersion.clear();
    bool ok = false;
    defaults.cpuCores = settings.value(cpuKey, fallback.cpuCores).toDouble(&ok);
    if (!ok || !catalog::validateCpu(tr("CPU limit"), defaults.cpuCores).ok())
        defaults.cpuCores = fallback.cpuCores;
    defaults.memoryBytes = settings.value(memoryKey, fallback.memoryBytes).toLongLong(&ok);
    if (!ok || !catalog::validateMemoryLimit(tr("Memory limit"), defaults.memoryBytes).ok())
        defaults.memoryBytes = fallback.memoryBytes;
    defaults.storageBytes = settings.value(storageKey, fallback.storageBytes).toLongLong(&ok);
    if (!ok || !catalog::validateStorageLimit(tr("Storage limit"), defaults.storageBytes).ok())
        defaults.storageBytes = fallback.storageBytes;
    return defaults;
}

Status validateInstanceDefaults(const InstanceDefaults &defaults)
{
    if (!defaults.odooVersion.isEmpty()) {
        if (Status version = catalog::validateOdooVersion(defaults.odooVersion); !version)
            return version;
    }
    if (Status cpu = catalog::validateCpu(tr("CPU limit"), defaults.cpuCores); !cpu)
        return cpu;
    if (Status memory = catalog::validateMemoryLimit(tr("Memory limit"), defaults.memoryBytes); !memory)
        return memory;
    return catalog::validateStorageLimit(tr("Storage limit"), defaults.storageBytes);
}

Status saveInstanceDefaults(QSettings &settings, const InstanceDefaults &defaults)
{
    if (Status valid = validateInstanceDefaults(defaults); !valid)
        return valid;
    settings.setValue(versionKey, defaults.odooVersion);
    settings.setValue(cpuKey, defaults.cpuCores);
    settings.setValue(memoryKey, defaults.memoryBytes);
    settings.setValue(storageKey, defaults.storageBytes);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError(tr("Could not write the settings file %1.").arg(settings.fileName()));
    return {};
}

} // namespace saasodoo::provisioning
