// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include "core/catalog/catalog.h"
#include "core/jobs/jobowner.h"
#include "core/provisioning/provisioner.h"

#include <QCoreApplication>

#include <optional>

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

namespace {

// The action as a verb phrase before "instance NAME", for the messages
// that reject it.
QString actionVerb(Action action)
{
    switch (action) {
    case Action::UpdateModules:
        return QCoreApplication::translate("Lifecycle", "update the modules of");
    case Action::SetLimits:
        return QCoreApplication::translate("Lifecycle", "change the limits of");
    case Action::SetEnvironment:
        return QCoreApplication::translate("Lifecycle", "change the environment variables of");
    case Action::Retry:
        return QCoreApplication::translate("Lifecycle", "retry the create of");
    case Action::Backup:
        return QCoreApplication::translate("Lifecycle", "back up");
    default:
        return actionName(action);
    }
}

} // namespace

QString statusPhrase(catalog::InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Error:
        return QCoreApplication::translate("Lifecycle", "in error");
    case InstanceStatus::BackingUp:
        return QCoreApplication::translate("Lifecycle", "backing up");
    default:
        return catalog::toString(status);
    }
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

QList<Action> allowedActions(InstanceStatus status, bool hasRun)
{
    if (status != InstanceStatus::Error)
        return allowedActions(status);
    if (!hasRun)
        return { Action::Retry, Action::Delete };
    QList<Action> allowed = allowedActions(status);
    allowed.removeAll(Action::Retry);
    return allowed;
}

Status checkAction(const catalog::Instance &instance, Action action, bool hasRun)
{
    if (instance.status != InstanceStatus::Error)
        return checkAction(instance, action);
    const QList<Action> allowed = allowedActions(instance.status, hasRun);
    if (allowed.contains(action))
        return {};
    QStringList names;
    for (Action candidate : allowed)
        names << actionName(candidate);
    if (!hasRun)
        return makeError(QCoreApplication::translate("Lifecycle",
            "Cannot %1 instance %2: its create failed before it ever ran, so it has no container or data. "
            "Allowed now: %3. Run the create again with 'saasodoo instance retry %2', or delete it.")
                             .arg(actionVerb(action), instance.name, names.join(QStringLiteral(", "))));
    return makeError(QCoreApplication::translate("Lifecycle", "Cannot %1 instance %2: it is %3. Allowed now: %4.")
                         .arg(actionVerb(action), instance.name, statusPhrase(instance.status),
                             names.join(QStringLiteral(", "))));
}

Status checkAction(const catalog::Instance &instance, Action action)
{
    const QList<Action> allowed = allowedActions(instance.status);
    if (allowed.contains(action))
        return {};
    QStringList names;
    for (Action candidate : allowed)
        names << actionName(candidate);
    const QString state = statusPhrase(instance.status);
    if (instance.status == InstanceStatus::Deleted)
        return makeError(QCoreApplication::translate("Lifecycle",
            "Cannot %1 instance %2: it is %3, and no action is allowed on a deleted instance.")
                             .arg(actionVerb(action), instance.name, state));
    if (names.isEmpty())
        return makeError(QCoreApplication::translate("Lifecycle",
            "Cannot %1 instance %2: it is %3, and no action is allowed until that finishes.")
                             .arg(actionVerb(action), instance.name, state));
    return makeError(QCoreApplication::translate("Lifecycle", "Cannot %1 instance %2: it is %3. Allowed now: %4.")
                         .arg(actionVerb(action), instance.name, state, names.join(QStringLiteral(", "))));
}

namespace {

// The busy states that only jobs targeting the instance set. Backups and
// restores also set busy states, but their jobs may target a backup or
// nothing, so those states are never judged by the instance's jobs.
bool setByInstanceJob(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Creating:
    case InstanceStatus::Starting:
    case InstanceStatus::Stopping:
    case InstanceStatus::Restarting:
    case InstanceStatus::Updating:
    case InstanceStatus::Deleting:
        return true;
    default:
        return false;
    }
}

struct InstanceJobs
{
    std::optional<catalog::Job> live; // queued or running in a live process
    std::optional<catalog::Job> latest; // the newest of any state
    // The newest job whose process died before it ended (interrupted, or
    // queued or running in a dead process), which 'job cleanup' repairs.
    std::optional<catalog::Job> interrupted;
};

Result<InstanceJobs> readInstanceJobs(catalog::Catalog &db, const QString &instanceId, const QString &currentJobId)
{
    const Result<QList<catalog::Job>> jobs = db.jobs();
    if (!jobs.ok())
        return makeError(jobs.error());
    InstanceJobs found;
    for (const catalog::Job &job : jobs.value()) { // newest first
        if (job.targetType != QLatin1String("instance") || job.targetId != instanceId || job.id == currentJobId)
            continue;
        if (!found.latest)
            found.latest = job;
        const bool active = job.state == catalog::JobState::Queued || job.state == catalog::JobState::Running;
        // A process on another machine cannot be checked, so its job counts as live.
        if (active && !found.live && jobs::ownerLiveness(job.owner) != jobs::OwnerLiveness::Dead)
            found.live = job;
        if (!found.interrupted && (active || job.state == catalog::JobState::Interrupted))
            found.interrupted = job;
    }
    return found;
}

QString repairCommands(const catalog::Job &job)
{
    static const QStringList resumable { QStringLiteral("instance.create"), QStringLiteral("instance.delete"),
        QStringLiteral("instance.remove"), QStringLiteral("instance.start"), QStringLiteral("instance.resume"),
        QStringLiteral("instance.restart"), QStringLiteral("instance.stop") };
    if (resumable.contains(job.kind))
        return QCoreApplication::translate("Lifecycle",
            "Repair it with 'saasodoo job cleanup %1' or run the job again with 'saasodoo job resume %1'.")
            .arg(job.id);
    return QCoreApplication::translate("Lifecycle", "Repair it with 'saasodoo job cleanup %1'.").arg(job.id);
}

// The note for an instance left "backing up" or "restoring" by a backup or
// restore job on it whose process is gone. Such a state may also come from
// a job that targets a backup or nothing (run-due, the console), so only
// the instance's latest job is named, and only when it is such a job.
QString strandedBackupNote(catalog::Catalog &db, const catalog::Instance &instance, const QString &currentJobId)
{
    const Result<InstanceJobs> jobs = readInstanceJobs(db, instance.id, currentJobId);
    if (!jobs.ok() || jobs->live || !jobs->latest)
        return {};
    const catalog::Job &job = *jobs->latest;
    // A failed restore whose own undo failed too is cleaned up the same way.
    const bool interrupted = job.state == catalog::JobState::Interrupted || job.state == catalog::JobState::Queued
        || job.state == catalog::JobState::Running
        || (job.state == catalog::JobState::Failed && job.kind == QLatin1String("backup.restore"));
    if (!job.kind.startsWith(QLatin1String("backup.")) || !interrupted)
        return {};
    return QCoreApplication::translate("Lifecycle",
        "Instance %1 is %2, but job %3 (%4) that works on it was interrupted: its process is gone. %5")
        .arg(instance.name, catalog::toString(instance.status), job.id, job.kind, repairCommands(job));
}

} // namespace

QString strandedInstanceNote(catalog::Catalog &db, const catalog::Instance &instance, const QString &currentJobId)
{
    if (instance.status == InstanceStatus::BackingUp || instance.status == InstanceStatus::Restoring)
        return strandedBackupNote(db, instance, currentJobId);
    if (!setByInstanceJob(instance.status))
        return {};
    const Result<InstanceJobs> jobs = readInstanceJobs(db, instance.id, currentJobId);
    if (!jobs.ok() || jobs->live)
        return {};
    const QString state = statusPhrase(instance.status);
    if (!jobs->latest)
        return QCoreApplication::translate("Lifecycle",
            "Instance %1 is %2, but no job works on it: the process that made the record stopped before its job "
            "was stored. Delete it with 'saasodoo instance delete %1 --yes'.")
            .arg(instance.name, state);
    // A failed 'job cleanup' is newer than the job it repairs, and the
    // repair is still that job's clean-up.
    if (jobs->interrupted) {
        const catalog::Job &job = *jobs->interrupted;
        // Only a create that never finished has no data to lose.
        if (job.kind == QLatin1String("instance.create"))
            return QCoreApplication::translate("Lifecycle",
                "Instance %1 is %2, but job %3 (%4) that works on it was interrupted: its process is gone. %5 "
                "Deleting the instance is also allowed.")
                .arg(instance.name, state, job.id, job.kind, repairCommands(job));
        return QCoreApplication::translate("Lifecycle",
            "Instance %1 is %2, but job %3 (%4) that works on it was interrupted: its process is gone. %5")
            .arg(instance.name, state, job.id, job.kind, repairCommands(job));
    }
    const catalog::Job &job = *jobs->latest;
    return QCoreApplication::translate("Lifecycle",
        "Instance %1 is %2, but its last job %3 (%4) ended as %5 without setting a final state. Delete it with "
        "'saasodoo instance delete %1 --yes'.")
        .arg(instance.name, state, job.id, job.kind, catalog::toString(job.state));
}

Status checkActionWithJobs(catalog::Catalog &db, const catalog::Instance &instance, Action action,
    const QString &currentJobId)
{
    Status allowed = checkAction(instance, action);
    // Delete is always allowed here. A retry of an instance that has run is
    // left to checkRetry(), whose error explains that it contains data.
    // When the history cannot be read, the rule of the state alone applies.
    if (instance.status == InstanceStatus::Error && action != Action::Retry && action != Action::Delete) {
        if (const Result<bool> ran = hasRun(db.config(), instance.id); ran.ok())
            allowed = checkAction(instance, action, ran.value());
    }
    if (allowed.ok() || !setByInstanceJob(instance.status))
        return allowed;
    const Result<InstanceJobs> jobs = readInstanceJobs(db, instance.id, currentJobId);
    if (!jobs.ok())
        return allowed;
    const QString state = statusPhrase(instance.status);
    if (jobs->live)
        return makeError(QCoreApplication::translate("Lifecycle",
            "Cannot %1 instance %2: it is %3 in job %4, and no action is allowed until that job finishes.")
                             .arg(actionVerb(action), instance.name, state, jobs->live->id));
    // NOTE: a create of this version stores its job a few milliseconds
    // after the record, so a delete in that window treats it as stranded.
    if (action == Action::Delete)
        return {};
    return makeError(QCoreApplication::translate("Lifecycle", "Cannot %1 instance %2: %3")
                         .arg(actionVerb(action), instance.name, strandedInstanceNote(db, instance, currentJobId)));
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
