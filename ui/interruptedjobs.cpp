// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedjobs.h"

#include "consoleservices.h"
#include "statustext.h"

#include "core/catalog/catalog.h"

#include <functional>

namespace saasodoo::ui {

namespace {

using Rerun = std::function<Status(provisioning::Provisioner &, jobs::JobContext &, const QString &)>;

// The instance jobs that a resume runs again after the clean-up. The
// console names a delete instance.remove and the CLI instance.delete.
const QMap<QString, Rerun> &reruns()
{
    static const QMap<QString, Rerun> table {
        { QStringLiteral("instance.create"), [](auto &p, auto &c, const QString &i) { return p.create(c, i); } },
        { QStringLiteral("instance.delete"), [](auto &p, auto &c, const QString &i) { return p.remove(c, i); } },
        { QStringLiteral("instance.remove"), [](auto &p, auto &c, const QString &i) { return p.remove(c, i); } },
        { QStringLiteral("instance.start"), [](auto &p, auto &c, const QString &i) { return p.start(c, i); } },
        { QStringLiteral("instance.resume"), [](auto &p, auto &c, const QString &i) { return p.start(c, i); } },
        { QStringLiteral("instance.restart"), [](auto &p, auto &c, const QString &i) { return p.restart(c, i); } },
        { QStringLiteral("instance.stop"), [](auto &p, auto &c, const QString &i) { return p.stop(c, i); } },
    };
    return table;
}

bool isInstanceJob(const jobs::JobInfo &job)
{
    return job.kind.startsWith(QLatin1String("instance.")) && job.targetType == QLatin1String("instance")
        && !job.targetId.isEmpty();
}

bool isBackupCleanUp(const jobs::JobInfo &job)
{
    if (job.kind == QLatin1String("backup.restore-new"))
        return true;
    return (job.kind == QLatin1String("backup.create") || job.kind == QLatin1String("backup.restore"))
        && job.targetType == QLatin1String("instance") && !job.targetId.isEmpty();
}

} // namespace

QString InterruptedJobs::unavailableReason(const jobs::JobInfo &job, TakeOver mode)
{
    if (job.state != jobs::JobState::Interrupted)
        return tr("Only an interrupted job can be resumed or cleaned up.");
    if (mode == TakeOver::Resume) {
        if (!isInstanceJob(job) || !reruns().contains(job.kind))
            return tr("Jobs of kind %1 cannot be resumed: clean up, then run the action again.").arg(job.kind);
        return {};
    }
    if (!isInstanceJob(job) && !isBackupCleanUp(job))
        return tr("Jobs of kind %1 have no clean-up in the console; use 'saasodoo job cleanup %2'.")
            .arg(job.kind, job.id);
    return {};
}

QString InterruptedJobs::submit(
    ConsoleServices &services, const jobs::JobInfo &job, TakeOver mode, const QString &instanceName, QString *error)
{
    if (const QString reason = unavailableReason(job, mode); !reason.isEmpty()) {
        if (error)
            *error = reason;
        return {};
    }
    jobs::JobStore *store = services.jobRunner()->store();
    const bool resume = mode == TakeOver::Resume;
    const QString label = describe(job, instanceName);
    jobs::JobInfo request;
    request.targetType = job.targetType;
    request.targetId = job.targetId;
    request.hostId = job.hostId;
    request.title = resume ? tr("Resume %1").arg(label) : tr("Clean up after %1").arg(label);

    std::function<Status(jobs::JobContext &)> work;
    const QString instanceId = job.targetId;
    const QString kind = job.kind;
    const QString interruptedId = job.id;
    const QDateTime createdAt = job.createdAt;
    if (job.kind.startsWith(QLatin1String("backup."))) {
        request.kind = QStringLiteral("backup.cleanup");
        backup::BackupJobs *backups = services.backups();
        work = [backups, kind, instanceId, interruptedId, createdAt](jobs::JobContext &context) {
            if (kind == QLatin1String("backup.restore-new"))
                return backups->cleanUpInterruptedRestoreAsNew(context, interruptedId, instanceId, createdAt);
            return backups->cleanUpInterrupted(context, kind, instanceId, createdAt, interruptedId);
        };
    } else {
        provisioning::Provisioner *provisioner = services.provisioner();
        request.kind = resume ? kind : QStringLiteral("instance.cleanup");
        request.steps = provisioning::cleanUpSteps(kind);
        if (resume && (kind == QLatin1String("instance.create")))
            request.steps += provisioning::createSteps();
        else if (resume && (kind == QLatin1String("instance.delete") || kind == QLatin1String("instance.remove")))
            request.steps += provisioning::removeSteps();
        const Rerun rerun = resume ? reruns().value(kind) : Rerun();
        // The clean-up puts the instance in error, the state from which each
        // rerun action may run.
        work = [provisioner, kind, instanceId, interruptedId, rerun](jobs::JobContext &context) -> Status {
            if (Status cleaned = provisioner->cleanUpInterrupted(context, instanceId, kind, interruptedId); !cleaned)
                return cleaned;
            return rerun ? rerun(*provisioner, context, instanceId) : Status();
        };
    }

    jobs::JobInfo closed = job;
    return services.jobRunner()->submit(request,
        [work, store, closed, resume](jobs::JobContext &context) mutable -> Status {
            const Status done = work(context);
            if (!done)
                return done;
            // Closed so that it is no longer offered for a resume or clean-up.
            closed.state = jobs::JobState::Cancelled;
            closed.error = resume ? tr("Interrupted; resumed as job %1.").arg(context.jobId())
                                  : tr("Interrupted; cleaned up by job %1.").arg(context.jobId());
            if (Status saved = store->save(closed); !saved)
                context.warning(tr("Could not close interrupted job %1: %2").arg(closed.id, saved.error()));
            else
                store->appendLog(closed.id, { QDateTime::currentDateTimeUtc(), QStringLiteral("info"), closed.error });
            return {};
        });
}

QString InterruptedJobs::describe(const jobs::JobInfo &job, const QString &instanceName)
{
    const QString title = StatusText::jobTitle(job);
    if (instanceName.isEmpty() || title.contains(instanceName))
        return title;
    return tr("%1 of instance %2").arg(title, instanceName);
}

Result<QHash<QString, QString>> InterruptedJobs::readInstanceNames(
    catalog::Catalog &db, const QList<jobs::JobInfo> &jobs)
{
    QHash<QString, QString> names;
    for (const jobs::JobInfo &job : jobs) {
        if (job.targetType != QLatin1String("instance") || job.targetId.isEmpty() || names.contains(job.targetId))
            continue;
        const Result<catalog::Instance> instance = db.instance(job.targetId);
        if (instance)
            names.insert(job.targetId, instance->name);
        else if (db.lastErrorKind() != catalog::ErrorKind::NotFound)
            return Error { instance.error() };
    }
    return names;
}

const jobs::JobInfo *InterruptedJobs::forInstance(const ConsoleServices &services, const QString &instanceId)
{
    for (const jobs::JobInfo &job : services.interruptedJobs()) {
        if (job.targetType == QLatin1String("instance") && job.targetId == instanceId)
            return &job;
    }
    return nullptr;
}

} // namespace saasodoo::ui
