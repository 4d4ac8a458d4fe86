// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include <QCoreApplication>

namespace saasodoo::provisioning {

using catalog::InstanceStatus;

QString actionName(Action action)
{
    switch (action) {
    case Action::Start:
        return QStringLiteral("start");
    case Action::Stop:
        return QStringLiteral("stop");
    case Action::Restart:
        return QStringLiteral("restart");
    case Action::Suspend:
        return QStringLiteral("suspend");
    case Action::Resume:
        return QStringLiteral("resume");
    case Action::UpdateModules:
        return QStringLiteral("update");
    case Action::SetLimits:
        return QStringLiteral("set-limits");
    case Action::SetEnvironment:
        return QStringLiteral("set-env");
    case Action::Retry:
        return QStringLiteral("retry");
    case Action::Backup:
        return QStringLiteral("backup");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("unknown");
}

QList<Action> allowedActions(InstanceStatus status)
{
    // Backup and restore match the states BackupJobs::create and
    // BackupJobs::restoreInto accept.
    switch (status) {
    case InstanceStatus::Running:
        return { Action::Stop, Action::Restart, Action::Suspend, Action::UpdateModules, Action::SetLimits,
            Action::SetEnvironment, Action::Backup, Action::Restore, Action::Delete };
    case InstanceStatus::Stopped:
        return { Action::Start, Action::Suspend, Action::UpdateModules, Action::SetLimits, Action::SetEnvironment,
            Action::Backup, Action::Restore, Action::Delete };
    case InstanceStatus::Suspended:
        return { Action::Resume, Action::Backup, Action::Delete };
    case InstanceStatus::Error:
        // An instance in error may have a container or only a half-made
        // past: starting, stopping, retrying and deleting all make sense.
        // Set-env is allowed so that variables that keep the container from
        // starting can be corrected, and restore so that a backup can
        // repair a broken database.
        return { Action::Start, Action::Stop, Action::Restart, Action::SetEnvironment, Action::Retry, Action::Restore,
            Action::Delete };
    case InstanceStatus::Creating:
    case InstanceStatus::Starting:
    case InstanceStatus::Stopping:
    case InstanceStatus::Restarting:
    case InstanceStatus::Updating:
    case InstanceStatus::BackingUp:
    case InstanceStatus::Restoring:
    case InstanceStatus::Deleting:
    case InstanceStatus::Deleted:
        return {};
    }
    return {};
}

Status checkAction(const catalog::Instance &instance, Action action)
{
    const QList<Action> allowed = allowedActions(instance.status);
    if (allowed.contains(action))
        return {};
    QStringList names;
    for (Action candidate : allowed)
        names << actionName(candidate);
    const QString state = catalog::toString(instance.status);
    if (names.isEmpty())
        return makeError(QCoreApplication::translate("Lifecycle",
            "Cannot %1 instance %2: it is %3, and no action is allowed until that finishes.")
                             .arg(actionName(action), instance.name, state));
    return makeError(QCoreApplication::translate("Lifecycle", "Cannot %1 instance %2: it is %3. Allowed now: %4.")
                         .arg(actionName(action), instance.name, state, names.join(QStringLiteral(", "))));
}

InstanceStatus transitionalStatus(Action action)
{
    switch (action) {
    case Action::Start:
    case Action::Resume:
        return InstanceStatus::Starting;
    case Action::Stop:
    case Action::Suspend:
        return InstanceStatus::Stopping;
    case Action::Restart:
    case Action::SetLimits:
    case Action::SetEnvironment:
        return InstanceStatus::Restarting;
    case Action::UpdateModules:
        return InstanceStatus::Updating;
    case Action::Retry:
        return InstanceStatus::Creating;
    case Action::Backup:
        return InstanceStatus::BackingUp;
    case Action::Restore:
        return InstanceStatus::Restoring;
    case Action::Delete:
        return InstanceStatus::Deleting;
    }
    return InstanceStatus::Error;
}

InstanceStatus finalStatus(Action action)
{
    switch (action) {
    case Action::Stop:
        return InstanceStatus::Stopped;
    case Action::Suspend:
        return InstanceStatus::Suspended;
    case Action::Delete:
        return InstanceStatus::Deleted;
    default:
        return InstanceStatus::Running;
    }
}

} // namespace saasodoo::provisioning
