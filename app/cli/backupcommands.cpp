// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "cli/commandrun.h"
#include "cli/jobsignals.h"
#include "cli/secretinput.h"
#include "core/backup/backupconfig.h"
#include "core/backup/backupjobs.h"
#include "core/backup/backuppolicy.h"
#include "core/backup/backupstate.h"
#include "core/backup/retention.h"
#include "core/catalog/catalogfiles.h"
#include "core/catalog/validation.h"
#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/lifecycle.h"
#include "core/secrets/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>

namespace saasodoo::cli {

namespace {

// Resolves a full backup id, or a prefix of one such as the 8 characters
// that `backup list` shows. Returns an empty string when nothing matches,
// and an error when the prefix matches more than one backup.
Result<QString> resolveBackupId(catalog::Catalog &db, const QString &given)
{
    if (given.isEmpty())
        return QString();
    if (db.backup(given))
        return given;
    const Result<QList<catalog::Backup>> all = db.allBackups();
    if (!all)
        return makeError(all.error());
    QStringList matches;
    for (const catalog::Backup &backup : all.value()) {
        if (backup.id.startsWith(given, Qt::CaseInsensitive))
            matches << backup.id;
    }
    if (matches.size() > 1)
        return makeError(tr("Backup id prefix %1 matches %2 backups (%3). Give more characters of the id.")
                             .arg(given)
                             .arg(matches.size())
                             .arg(matches.join(QStringLiteral(", "))));
    return matches.isEmpty() ? QString() : matches.first();
}

QJsonObject backupJson(const catalog::Backup &backup)
{
    return {
        { QStringLiteral("id"), backup.id },
        { QStringLiteral("instance_id"), backup.instanceId },
        { QStringLiteral("kind"), catalog::toString(backup.kind) },
        { QStringLiteral("state"), saasodoo::backup::stateName(backup) },
        { QStringLiteral("location"), backup.location },
        { QStringLiteral("s3_key"), backup.s3Key },
        { QStringLiteral("size_bytes"), double(backup.sizeBytes) },
        { QStringLiteral("sha256"), backup.sha256 },
        { QStringLiteral("odoo_version"), backup.odooVersion },
        { QStringLiteral("error"), backup.error },
        { QStringLiteral("created_at"), time(backup.createdAt) },
        { QStringLiteral("expires_at"), saasodoo::backup::expiresBySlots(backup) ? QString() : time(saasodoo::backup::recordExpiry(backup)) },
        { QStringLiteral("retention"), saasodoo::backup::expiresBySlots(backup) ? QStringLiteral("slots") : QStringLiteral("expiry") },
        { QStringLiteral("archived_at"), time(backup.archivedAt) },
        { QStringLiteral("verified_at"), time(backup.verifiedAt) },
        { QStringLiteral("deleted_at"), time(backup.deletedAt) },
        { QStringLiteral("verify_status"), catalog::toString(backup.verifyStatus) },
        { QStringLiteral("checked_at"), time(backup.checkedAt) },
        { QStringLiteral("verify_error"), backup.verifyError },
        { QStringLiteral("usable"), catalog::isUsable(backup) },
    };
}

// Finds an instance by id, or by its exact name (with --tenant when names repeat).
Result<catalog::Instance> findInstance(catalog::Catalog &db, const QString &key, const QString &tenantSlug)
{
    if (const Result<catalog::Instance> byId = db.instance(key); byId)
        return byId;
    catalog::InstanceFilter filter;
    filter.text = key;
    if (!tenantSlug.isEmpty()) {
        const Result<catalog::Tenant> tenant = db.tenantBySlug(tenantSlug);
        if (!tenant)
            return makeError(tenant.error());
        filter.tenantId = tenant->id;
    }
    const Result<QList<catalog::InstanceRow>> rows = db.instanceRows(filter);
    if (!rows)
        return makeError(rows.error());
    QStringList matches;
    for (const catalog::InstanceRow &row : rows.value()) {
        if (row.name == key)
            matches << row.id;
    }
    if (matches.isEmpty())
        return makeError(tr("Instance %1 was not found.").arg(key));
    if (matches.size() > 1)
        return makeError(tr("%1 instances are named %2: add --tenant <slug> or use the instance id.")
                             .arg(matches.size())
                             .arg(key));
    return db.instance(matches.first());
}

// Stops a command that would run a backup job when a backup setting is
// invalid, before the job changes anything.
std::optional<int> rejectInvalidSettings(CommandRun &run)
{
    const QString invalid = backup::loadBackupSettings().invalidSetting;
    if (invalid.isEmpty())
        return std::nullopt;
    return run.fail(ExitCode::ValidationError, invalid);
}

// Runs one backup job in this process and waits for it, printing its log
// on stderr as lines arrive. Returns the job's final state.
jobs::JobInfo runJob(CommandRun &run, const QString &kind, const QString &targetType, const QString &targetId,
    const std::function<Status(backup::BackupJobs &, jobs::JobContext &)> &body, QTextStream &err)
{
    secrets::SecretStore secrets;
    jobs::CatalogJobStore store(run.catalog().config());
    jobs::JobRunner runner(&store);
    runner.recoverInterrupted();
    backup::BackupJobs backups(run.catalog().config(), &secrets, backup::loadBackupSettings());
    QObject::connect(
        &runner, &jobs::JobRunner::jobLogged, &runner,
        [](const QString &, const jobs::JobLogEntry &entry) {
            std::fprintf(stderr, "%s %s\n", qPrintable(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                qPrintable(entry.message));
        },
        Qt::DirectConnection);
    jobs::JobInfo request;
    request.kind = kind;
    request.title = kind;
    request.targetType = targetType;
    request.targetId = targetId;
    err.flush();
    const QString id = runner.submit(request, [&](jobs::JobContext &context) { return body(backups, context); });
    std::fprintf(stderr, "%s\n", qPrintable(tr("Job %1 (%2).").arg(id, kind)));
    waitForJob(runner, id);
    return runner.job(id).value_or(jobs::JobInfo {});
}

// Prints the backup after a job, or the job's error.
int finishBackupJob(CommandRun &run, const jobs::JobInfo &job, const QString &backupId, QTextStream &out,
    const QString &done)
{
    const Result<catalog::Backup> backup = backupId.isEmpty()
        ? Result<catalog::Backup>(makeError(tr("The job recorded no backup.")))
        : run.catalog().backup(backupId);
    if (job.state != jobs::JobState::Succeeded) {
        if (run.json() && backup) {
            QJsonObject result = backupJson(backup.value());
            result.insert(QStringLiteral("job_id"), job.id);
            result.insert(QStringLiteral("error"), job.error);
            result.insert(QStringLiteral("exit_code"), int(ExitCode::OperationFailed));
            run.printJson(result);
            return ExitCode::OperationFailed;
        }
        return run.fail(ExitCode::OperationFailed, job.error);
    }
    if (!backup)
        return run.fail(ExitCode::OperationFailed, backup.error());
    // A backup that succeeded may still lack something, such as a missing
    // filestore. The job log's warnings name it.
    QStringList warnings;
    if (const Result<QList<catalog::JobLogLine>> log = run.catalog().jobLog(job.id); log) {
        for (const catalog::JobLogLine &line : log.value()) {
            if (line.level == QLatin1String("warning"))
                warnings << line.message;
        }
    }
    if (run.json()) {
        QJsonObject result = backupJson(backup.value());
        result.insert(QStringLiteral("job_id"), job.id);
        result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
        run.printJson(result);
    } else {
        out << done << '\n';
        run.printFields({ { tr("Backup"), backup->id }, { tr("Kind"), catalog::toString(backup->kind) },
            { tr("State"), saasodoo::backup::stateName(*backup) }, { tr("File"), backup->location },
            { tr("S3 key"), backup->s3Key }, { tr("Size"), QString::number(backup->sizeBytes) },
            { tr("SHA-256"), backup->sha256 } });
        for (const QString &warning : std::as_const(warnings))
            out << tr("Warning: %1").arg(warning) << '\n';
    }
    return ExitCode::Success;
}

int backupCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup create"), out, err);
    run.parser().setApplicationDescription(tr("Backs an instance up into the local backup directory and, when an "
                                              "S3 bucket is configured, archives and verifies it there."));
    run.parser().addOption({ QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    if (auto stop = rejectInvalidSettings(run))
        return *stop;
    const Result<catalog::Instance> instance
        = findInstance(run.catalog(), run.parser().positionalArguments().first(), run.value("tenant"));
    if (!instance)
        return run.fail(ExitCode::ValidationError, instance.error());
    // A state that the backup job rejects is rejected before the job starts.
    // An instance whose create never ran has no database or keychain
    // entries, and its message states to retry or delete it.
    if (const Status allowed
        = provisioning::checkActionWithJobs(run.catalog(), instance.value(), provisioning::Action::Backup);
        !allowed.ok())
        return run.fail(ExitCode::ValidationError, allowed.error());
    const QString instanceId = instance->id;
    QString backupId;
    const jobs::JobInfo job = runJob(run, QStringLiteral("backup.create"), QStringLiteral("instance"), instanceId,
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) {
            return jobs.create(context, instanceId, catalog::BackupKind::Manual, &backupId);
        },
        err);
    return finishBackupJob(run, job, backupId, out, tr("Backed up instance %1.").arg(instance->name));
}

int backupList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup list"), out, err);
    run.parser().setApplicationDescription(tr("Lists the backups of one instance, or of every instance."));
    run.parser().addOptions({ { QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") },
        { QStringLiteral("all"), tr("Also list deleted backups.") } });
    run.parser().addPositionalArgument(QStringLiteral("instance"), tr("Instance name or id (optional)."));
    if (!run.parser().parse(QStringList { QStringLiteral("list") } + arguments))
        return run.usageError(run.parser().errorText());
    const int positionals = int(qMin<qsizetype>(run.parser().positionalArguments().size(), 1));
    if (auto stop = run.parse(arguments, positionals, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const bool includeDeleted = run.parser().isSet(QStringLiteral("all"));
    Result<QList<catalog::Backup>> list = makeError(QString());
    if (positionals == 1) {
        const Result<catalog::Instance> instance
            = findInstance(run.catalog(), run.parser().positionalArguments().first(), run.value("tenant"));
        if (!instance)
            return run.fail(ExitCode::ValidationError, instance.error());
        list = run.catalog().backups(instance->id, includeDeleted);
    } else {
        list = run.catalog().allBackups(includeDeleted);
    }
    if (!list)
        return run.failCatalog(list.error());
    if (run.json()) {
        QJsonArray array;
        for (const catalog::Backup &backup : list.value())
            array.append(backupJson(backup));
        run.printJson(array);
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    QHash<QString, QString> instanceNames; // by id; the id itself when the instance is not found
    for (const catalog::Backup &backup : list.value()) {
        if (!instanceNames.contains(backup.instanceId)) {
            const Result<catalog::Instance> instance = run.catalog().instance(backup.instanceId);
            instanceNames.insert(backup.instanceId, instance ? instance->name : backup.instanceId);
        }
        const QString tiers = QStringList { backup.location.isEmpty() ? QString() : tr("local"),
            backup.s3Key.isEmpty() ? QString() : QStringLiteral("s3") }
                                  .join(u' ')
                                  .trimmed();
        const QDateTime expiry = saasodoo::backup::recordExpiry(backup);
        QString expires = expiry.isValid() ? time(expiry) : tr("never");
        if (saasodoo::backup::expiresBySlots(backup))
            expires = tr("by slots");
        QString state = saasodoo::backup::stateName(backup);
        if (const QString problem = saasodoo::backup::verifyProblemText(backup); !problem.isEmpty())
            state = tr("%1 (%2)").arg(state, problem);
        rows.append({ backup.id, instanceNames.value(backup.instanceId), catalog::toString(backup.kind), state,
            time(backup.createdAt), QString::number(backup.sizeBytes), tiers,
            expires });
    }
    run.printTable({ tr("ID"), tr("INSTANCE"), tr("KIND"), tr("STATE"), tr("CREATED"), tr("BYTES"), tr("COPIES"),
                       tr("EXPIRES") },
        rows);
    return ExitCode::Success;
}

int backupShow(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup show"), out, err);
    run.parser().setApplicationDescription(
        tr("Shows one backup: its copies, SHA-256, expiry and the result of its last verification."));
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const QString given = run.parser().positionalArguments().first();
    const Result<QString> resolved = resolveBackupId(run.catalog(), given);
    if (!resolved)
        return run.fail(ExitCode::ValidationError, resolved.error());
    const Result<catalog::Backup> backup = run.catalog().backup(resolved->isEmpty() ? given : resolved.value());
    if (!backup)
        return run.failCatalog(backup.error());
    if (run.json()) {
        run.printJson(backupJson(backup.value()));
        return ExitCode::Success;
    }
    const Result<catalog::Instance> instance = run.catalog().instance(backup->instanceId);
    const QDateTime expiry = saasodoo::backup::recordExpiry(backup.value());
    QString verification = tr("never");
    if (backup->verifyStatus == catalog::BackupVerifyStatus::Passed)
        verification = tr("passed on %1").arg(time(backup->verifiedAt));
    else if (backup->verifyStatus != catalog::BackupVerifyStatus::Unchecked)
        verification = tr("%1, found on %2").arg(saasodoo::backup::verifyProblemText(backup.value()),
            time(backup->checkedAt));
    QList<std::pair<QString, QString>> fields { { tr("Backup"), backup->id },
        { tr("Instance"), instance ? instance->name : backup->instanceId },
        { tr("Kind"), catalog::toString(backup->kind) }, { tr("State"), saasodoo::backup::stateName(*backup) },
        { tr("Created"), time(backup->createdAt) }, { tr("File"), backup->location }, { tr("S3 key"), backup->s3Key },
        { tr("Size"), QString::number(backup->sizeBytes) }, { tr("SHA-256"), backup->sha256 },
        { tr("Odoo"), backup->odooVersion },
        { tr("Expires"),
            saasodoo::backup::expiresBySlots(backup.value()) ? tr("by slots")
                                                            : (expiry.isValid() ? time(expiry) : tr("never")) },
        { tr("Verification"), verification } };
    if (!backup->verifyError.isEmpty())
        fields.append({ tr("Found"), backup->verifyError });
    if (!backup->error.isEmpty())
        fields.append({ tr("Error"), backup->error });
    run.printFields(fields);
    return ExitCode::Success;
}

// archive, verify, download and delete: one backup id and a job on it.
int backupAction(const QString &action, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup ") + action, out, err);
    if (action == QLatin1String("archive")) {
        run.parser().setApplicationDescription(
            tr("Uploads a completed backup's local file to S3 and reads it back, resuming the unfinished upload of "
               "an earlier attempt. Does nothing for a backup that is already archived."));
    } else if (action == QLatin1String("verify")) {
        run.parser().setApplicationDescription(tr("Re-hashes and validates the local file and reads the S3 copy "
                                                  "back. Fails when a copy differs from the catalog."));
    } else if (action == QLatin1String("download")) {
        run.parser().setApplicationDescription(tr("Downloads the S3 copy and checks its SHA-256 before use."));
        run.parser().addOption({ QStringLiteral("output"),
            tr("File to write (default: the backup's place in the local backup directory)."), tr("file") });
    } else {
        run.parser().setApplicationDescription(tr("Deletes the local file and the S3 copy; the catalog keeps the "
                                                  "record as deleted."));
        run.parser().addOption({ QStringLiteral("yes"), tr("Confirm the deletion.") });
    }
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    if (auto stop = rejectInvalidSettings(run))
        return *stop;
    const QString given = run.parser().positionalArguments().first();
    const Result<QString> resolved = resolveBackupId(run.catalog(), given);
    if (!resolved)
        return run.fail(ExitCode::ValidationError, resolved.error());
    const QString backupId = resolved->isEmpty() ? given : resolved.value();
    const Result<catalog::Backup> backup = run.catalog().backup(backupId);
    if (!backup)
        return run.failCatalog(backup.error());
    if (action == QLatin1String("delete") && !run.parser().isSet(QStringLiteral("yes"))) {
        return run.fail(ExitCode::UsageError,
            tr("Deleting backup %1 removes its local file and its S3 copy. Add --yes to confirm.").arg(backupId));
    }
    const QString output = action == QLatin1String("download") ? run.value("output") : QString();
    if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(output); !checked)
        return run.fail(ExitCode::ValidationError, checked.error());
    if (!output.isEmpty() && QFileInfo::exists(output))
        return run.fail(ExitCode::ValidationError, tr("%1 exists already: choose another --output file.").arg(output));
    QString path;
    const jobs::JobInfo job = runJob(run, QStringLiteral("backup.") + action, QStringLiteral("backup"), backupId,
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) {
            if (action == QLatin1String("archive"))
                return jobs.archive(context, backupId);
            if (action == QLatin1String("verify"))
                return jobs.verify(context, backupId);
            if (action == QLatin1String("download"))
                return jobs.download(context, backupId, output, &path);
            return jobs.remove(context, backupId, QStringLiteral("admin"));
        },
        err);
    QString done;
    if (action == QLatin1String("archive"))
        done = tr("Backup %1 is archived to S3.").arg(backupId);
    else if (action == QLatin1String("verify"))
        done = tr("Every copy of backup %1 matches the catalog.").arg(backupId);
    else if (action == QLatin1String("download"))
        done = tr("Downloaded backup %1 to %2.").arg(backupId, path);
    else
        done = tr("Deleted backup %1.").arg(backupId);
    return finishBackupJob(run, job, backupId, out, done);
}

int backupRunDue(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup run-due"), out, err);
    run.parser().setApplicationDescription(
        tr("Takes the scheduled backups that are due, then deletes from both tiers the backups that each instance's "
           "retention policy no longer keeps, retries archiving the backups that have no S3 copy yet and aborts "
           "abandoned S3 uploads. Meant for cron or a systemd timer."));
    run.parser().addOption({ QStringLiteral("retention-only"), tr("Apply retention and abort abandoned uploads, without taking or archiving backups.") });
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    if (auto stop = rejectInvalidSettings(run))
        return *stop;
    backup::RunDueOptions options;
    options.takeBackups = !run.parser().isSet(QStringLiteral("retention-only"));
    backup::RunDueReport report;
    const jobs::JobInfo job = runJob(run, QStringLiteral("backup.run-due"), QStringLiteral("backup"), QString(),
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) { return jobs.runDue(context, options, &report); },
        err);
    const bool ok = job.state == jobs::JobState::Succeeded;
    if (run.json()) {
        QJsonArray skipped;
        for (const backup::SkippedInstance &instance : std::as_const(report.skipped)) {
            skipped.append(QJsonObject { { QStringLiteral("instance_id"), instance.instanceId },
                { QStringLiteral("instance"), instance.instanceName }, { QStringLiteral("reason"), instance.reason },
                { QStringLiteral("message"), instance.message } });
        }
        QJsonObject result { { QStringLiteral("job_id"), job.id },
            { QStringLiteral("backed_up"), QJsonArray::fromStringList(report.backedUp) },
            { QStringLiteral("skipped"), skipped },
            { QStringLiteral("deleted"), QJsonArray::fromStringList(report.deleted) },
            { QStringLiteral("kept"), QJsonArray::fromStringList(report.kept) },
            { QStringLiteral("archived"), QJsonArray::fromStringList(report.archived) },
            { QStringLiteral("aborted_uploads"), QJsonArray::fromStringList(report.abortedUploads) },
            { QStringLiteral("failures"), QJsonArray::fromStringList(report.failures) } };
        if (!ok) {
            result.insert(QStringLiteral("error"), job.error);
            result.insert(QStringLiteral("exit_code"), int(ExitCode::OperationFailed));
        }
        run.printJson(result);
        return ok ? ExitCode::Success : ExitCode::OperationFailed;
    }
    for (const backup::SkippedInstance &instance : std::as_const(report.skipped))
        out << tr("Skipped %1 (%2): %3").arg(instance.instanceName, instance.reason, instance.message) << '\n';
    if (!ok)
        return run.fail(ExitCode::OperationFailed, job.error);
    out << tr("%1 new backups, %2 instances skipped, %3 removed by retention, %4 kept, %5 archived, %6 unfinished "
              "uploads aborted.")
               .arg(report.backedUp.size())
               .arg(report.skipped.size())
               .arg(report.deleted.size())
               .arg(report.kept.size())
               .arg(report.archived.size())
               .arg(report.abortedUploads.size())
        << '\n';
    return ExitCode::Success;
}

int backupPolicy(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup policy"), out, err);
    run.parser().setApplicationDescription(
        tr("Shows the retention policy that applies to an instance, or changes it with the options given. Without a "
           "policy of its own, an instance follows its customer's plan (the plan's backup retention days), or the "
           "default of 7 daily, 4 weekly and 3 monthly backups. Changing any option stores a policy for the "
           "instance, starting from the one that applies, and unset options keep their value."));
    run.parser().addOptions({ { QStringLiteral("tenant"), tr("Tenant slug, when instance names repeat."), tr("slug") },
        { QStringLiteral("daily"), tr("Days whose newest backup is kept."), tr("count") },
        { QStringLiteral("weekly"), tr("ISO weeks whose newest backup is kept."), tr("count") },
        { QStringLiteral("monthly"), tr("Months whose newest backup is kept."), tr("count") },
        { QStringLiteral("interval-hours"), tr("Hours between scheduled backups; 0 turns them off."), tr("hours") } });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    if (auto stop = run.openCatalog())
        return *stop;
    const Result<catalog::Instance> instance
        = findInstance(run.catalog(), run.parser().positionalArguments().first(), run.value("tenant"));
    if (!instance)
        return run.fail(ExitCode::ValidationError, instance.error());
    Result<backup::AppliedBackupPolicy> applied = backup::appliedBackupPolicy(run.catalog(), instance->id);
    if (!applied)
        return run.failCatalog(applied.error());

    catalog::BackupPolicy edited = applied->policy;
    bool changed = false;
    for (const auto &[option, field] : { std::pair { "daily", &catalog::BackupPolicy::keepDaily },
             std::pair { "weekly", &catalog::BackupPolicy::keepWeekly },
             std::pair { "monthly", &catalog::BackupPolicy::keepMonthly },
             std::pair { "interval-hours", &catalog::BackupPolicy::intervalHours } }) {
        if (!run.parser().isSet(QString::fromLatin1(option)))
            continue;
        bool isNumber = false;
        const int value = run.value(option).toInt(&isNumber);
        if (!isNumber)
            return run.fail(ExitCode::ValidationError,
                tr("--%1 \"%2\" is invalid: use a whole number.").arg(QString::fromLatin1(option), run.value(option)));
        edited.*field = value;
        changed = true;
    }
    if (changed) {
        const Result<catalog::BackupPolicy> stored = run.catalog().setBackupPolicy(edited);
        if (!stored)
            return run.failCatalog(stored.error());
        applied = backup::AppliedBackupPolicy { stored.value(), backup::PolicySource::Instance, {}, 0 };
    }
    const catalog::BackupPolicy &policy = applied->policy;
    if (run.json()) {
        // "default" is true whenever no policy is stored for the instance,
        // as before "source" was added. "source" separates plan from default.
        QJsonObject json { { QStringLiteral("instance_id"), instance->id }, { QStringLiteral("daily"), policy.keepDaily },
            { QStringLiteral("weekly"), policy.keepWeekly }, { QStringLiteral("monthly"), policy.keepMonthly },
            { QStringLiteral("interval_hours"), policy.intervalHours },
            { QStringLiteral("default"), applied->source != backup::PolicySource::Instance },
            { QStringLiteral("source"), backup::policySourceName(applied->source) } };
        if (applied->source == backup::PolicySource::Plan) {
            json.insert(QStringLiteral("plan"), applied->planName);
            json.insert(QStringLiteral("plan_backup_retention_days"), applied->planRetentionDays);
        }
        run.printJson(json);
        return ExitCode::Success;
    }
    run.printFields({ { tr("Instance"), instance->name }, { tr("Daily"), QString::number(policy.keepDaily) },
        { tr("Weekly"), QString::number(policy.keepWeekly) }, { tr("Monthly"), QString::number(policy.keepMonthly) },
        { tr("Interval"), tr("%1 hours").arg(policy.intervalHours) },
        { tr("Source"), backup::policySourceText(applied.value()) } });
    return ExitCode::Success;
}

int backupSetS3Credentials(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo backup set-s3-credentials"), out, err);
    run.parser().setApplicationDescription(tr("Stores the S3 access key id (first line of standard input) and "
                                              "secret access key (second line) in the keychain, never an argument."));
    if (auto stop = run.parse(arguments, 0, {}))
        return *stop;
    const QString accessKey = readSecretLine(err, tr("S3 access key id: ")).trimmed();
    const QString secretKey = readSecretLine(err, tr("S3 secret access key: "));
    if (accessKey.isEmpty() || secretKey.isEmpty())
        return run.fail(ExitCode::ValidationError,
            tr("Standard input needs two lines: the access key id, then the secret access key."));
    for (const Status &check : { backup::validateS3AccessKey(accessKey), backup::validateS3SecretKey(secretKey) }) {
        if (!check)
            return run.fail(ExitCode::ValidationError, tr("%1 Nothing was stored.").arg(check.error()));
    }
    secrets::SecretStore store;
    for (const auto &[name, value] : { std::pair { QLatin1String(backup::s3AccessKeyName), accessKey },
             std::pair { QLatin1String(backup::s3SecretKeyName), secretKey } }) {
        QFuture<Status> written = store.write(secrets::SecretStore::settingKey(name), value);
        written.waitForFinished();
        if (!written.result())
            return run.fail(ExitCode::OperationFailed, written.result().error());
    }
    if (run.json())
        run.printJson(QJsonObject { { QStringLiteral("stored"), true } });
    else
        out << tr("Stored the S3 credentials in the keychain.") << '\n';
    return ExitCode::Success;
}

int restoreAsNew(CommandRun &run, const backup::RestoreSource &source, QTextStream &out, QTextStream &err)
{
    backup::NewInstanceRequest request;
    request.name = run.value("new");
    request.databaseName = run.value("database");
    request.odooVersion = run.value("odoo-version");
    static const QRegularExpression series(QStringLiteral("^\\d{1,3}\\.\\d$"));
    if (!request.odooVersion.isEmpty() && !series.match(request.odooVersion).hasMatch()) {
        return run.fail(ExitCode::ValidationError,
            tr("--odoo-version %1 is not an Odoo series: give it as major.minor, such as 17.0.")
                .arg(request.odooVersion));
    }
    request.moved = run.parser().isSet(QStringLiteral("moved"));
    request.neutralize = run.parser().isSet(QStringLiteral("neutralize"));
    // Checked by the rules of instance create; the plan limits follow in the job.
    if (!run.value("cpu").isEmpty()) {
        bool cpuOk = false;
        request.cpuLimit = run.value("cpu").toDouble(&cpuOk);
        const Status valid = cpuOk ? catalog::validateCpu(tr("CPU limit"), request.cpuLimit)
                                   : Status(makeError(tr("CPU limit %1 is invalid: give cores, such as 1.5.")
                                                          .arg(run.value("cpu"))));
        if (!valid)
            return run.fail(ExitCode::ValidationError, valid.error());
    }
    if (!run.value("memory").isEmpty()) {
        const Result<qint64> bytes = catalog::parseByteSize(tr("Memory limit"), run.value("memory"));
        if (!bytes)
            return run.fail(ExitCode::ValidationError, bytes.error());
        if (const Status valid = catalog::validateMemoryLimit(tr("Memory limit"), bytes.value()); !valid)
            return run.fail(ExitCode::ValidationError, valid.error());
        request.memoryLimitBytes = bytes.value();
    }
    request.adminEmail = run.value("admin-email");
    if (!request.adminEmail.isEmpty()) {
        if (const Status valid = catalog::validateEmail(tr("Admin email"), request.adminEmail); !valid)
            return run.fail(ExitCode::ValidationError, valid.error());
    }
    if (!run.value("tenant").isEmpty()) {
        const Result<catalog::Tenant> tenant = run.catalog().tenantBySlug(run.value("tenant"));
        if (!tenant)
            return run.failCatalog(tenant.error());
        request.tenantId = tenant->id;
    }
    if (!run.value("host").isEmpty()) {
        const Result<catalog::Host> host = run.catalog().hostByName(run.value("host"));
        if (!host)
            return run.failCatalog(host.error());
        request.hostId = host->id;
    }
    provisioning::ProvisionerOptions provisionerOptions;
    provisionerOptions.network = run.value("network");
    if (provisionerOptions.network.isEmpty())
        provisionerOptions.network = qEnvironmentVariable("SAASODOO_DOCKER_NETWORK", QStringLiteral("saasodoo"));

    QString instanceId;
    const jobs::JobInfo job = runJob(run, QStringLiteral("backup.restore-new"), QStringLiteral("backup"),
        source.backupId,
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) {
            return jobs.restoreAsNew(context, source, request, provisionerOptions, &instanceId);
        },
        err);
    const bool ok = job.state == jobs::JobState::Succeeded;
    const Result<catalog::Instance> instance = ok ? run.catalog().instance(instanceId)
                                                  : Result<catalog::Instance>(makeError(job.error));
    if (run.json()) {
        QJsonObject result { { QStringLiteral("job_id"), job.id }, { QStringLiteral("instance_id"), instanceId },
            { QStringLiteral("source"), source.backupId.isEmpty() ? source.path : source.backupId } };
        if (instance) {
            result.insert(QStringLiteral("name"), instance->name);
            result.insert(QStringLiteral("database"), instance->databaseName);
            result.insert(QStringLiteral("status"), catalog::toString(instance->status));
        } else {
            result.insert(QStringLiteral("error"), instance.error());
            result.insert(QStringLiteral("exit_code"), int(ExitCode::OperationFailed));
        }
        run.printJson(result);
        return instance ? ExitCode::Success : ExitCode::OperationFailed;
    }
    if (!instance)
        return run.fail(ExitCode::OperationFailed, instance.error());
    out << tr("Restored as the new instance %1 (database %2).").arg(instance->name, instance->databaseName) << '\n';
    return ExitCode::Success;
}

int restore(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandRun run(QStringLiteral("saasodoo restore"), out, err);
    run.parser().setApplicationDescription(
        tr("Restores a catalogued backup (by id) or a backup file into an instance, or as a new instance. The "
           "archive is validated first. An in-place restore takes a safety backup and switches the instance to the "
           "restored copy only when it is complete."));
    run.parser().addOptions({ { QStringLiteral("into"), tr("Instance to restore into (name or id)."), tr("instance") },
        { QStringLiteral("new"),
            tr("Name of a new instance to restore as, checked as instance create checks it, with the database name "
               "and subdomain made from it."),
            tr("name") },
        { QStringLiteral("tenant"),
            tr("Tenant slug: of --into when instance names repeat, or of the --new instance (default: the backup's "
               "instance's tenant)."),
            tr("slug") },
        { QStringLiteral("host"),
            tr("Host of the --new instance (default: the backup's instance's host, else the active host with the "
               "most free memory that fits)."),
            tr("name") },
        { QStringLiteral("database"),
            tr("Database name of the --new instance (default: <tenant slug>_<name>, as instance create proposes)."),
            tr("name") },
        { QStringLiteral("network"),
            tr("Docker network the --new instance joins when its host names none (default: $SAASODOO_DOCKER_NETWORK, "
               "else saasodoo). A host registered with --network always uses its own."),
            tr("name") },
        { QStringLiteral("odoo-version"),
            tr("Odoo series of the --new instance, such as 17.0. Needed for a custom-format .dump file whose table "
               "ir_module_module has no row for module base. A zip's manifest, or a dump's module base, must name "
               "the same series."),
            tr("series") },
        { QStringLiteral("cpu"),
            tr("CPU limit of the --new instance in cores, such as 1.5 (default: the backup's instance's, else 1)."),
            tr("cores") },
        { QStringLiteral("memory"),
            tr("Memory limit of the --new instance, such as 512M or 2G (default: the backup's instance's, else 2G)."),
            tr("size") },
        { QStringLiteral("admin-email"),
            tr("The Odoo admin's login in the --new instance (default: the backup's instance's, else the tenant's "
               "customer's email)."),
            tr("email") },
        { QStringLiteral("neutralize"), tr("Disable outgoing mail and scheduled actions in the restored copy.") },
        { QStringLiteral("moved"),
            tr("Keep the backup's database.uuid and database.secret: the database moved here. The default of "
               "--into for the instance's own backups and for a file whose manifest names its database.") },
        { QStringLiteral("copy"),
            tr("Give the restored database a new database.uuid and database.secret: the database was copied. The "
               "default of --new, and of --into for a backup of another database.") },
        { QStringLiteral("no-safety-backup"),
            tr("With --into: restore without taking a safety backup of the instance first, for an instance whose "
               "database is missing or too damaged to dump. Nothing can undo such a restore.") } });
    if (auto stop = run.parse(arguments, 1, {}))
        return *stop;
    const bool into = run.parser().isSet(QStringLiteral("into"));
    const bool asNew = run.parser().isSet(QStringLiteral("new"));
    if (into == asNew)
        return run.usageError(tr("give exactly one of --into <instance> and --new <name>."));
    if (run.parser().isSet(QStringLiteral("moved")) && run.parser().isSet(QStringLiteral("copy")))
        return run.usageError(tr("give at most one of --moved and --copy."));
    if (asNew && run.parser().isSet(QStringLiteral("no-safety-backup")))
        return run.usageError(tr("--no-safety-backup applies only to --into: a --new instance has nothing to back up."));
    if (into) {
        // The instance restored into keeps its own settings, so an option
        // that only shapes a new instance would be silently ignored.
        for (const char *option : { "host", "database", "network", "odoo-version", "cpu", "memory", "admin-email" }) {
            if (run.parser().isSet(QLatin1String(option)))
                return run.usageError(tr("--%1 applies only to --new: a restore with --into keeps the instance's "
                                         "own settings.")
                                          .arg(QLatin1String(option)));
        }
    }
    if (auto stop = run.openCatalog())
        return *stop;
    if (auto stop = rejectInvalidSettings(run))
        return *stop;
    const QString given = run.parser().positionalArguments().first();
    if (QFileInfo(given).isDir())
        return run.fail(ExitCode::ValidationError,
            tr("%1 is a folder. Give a backup file (.zip or .dump) or a backup id.").arg(given));
    backup::RestoreSource source;
    // A full id comes first, then a file of that name, then an id prefix.
    const bool fullId = run.catalog().backup(given).ok();
    const Result<QString> resolved = fullId || QFileInfo(given).isFile() ? Result<QString>(fullId ? given : QString())
                                                                         : resolveBackupId(run.catalog(), given);
    if (!resolved)
        return run.fail(ExitCode::ValidationError, resolved.error());
    if (!resolved->isEmpty())
        source.backupId = resolved.value();
    else if (const Status checked = catalog::CatalogFiles::rejectCatalogFile(given); !checked)
        return run.fail(ExitCode::ValidationError, checked.error());
    else if (QFileInfo(given).isFile())
        source.path = QFileInfo(given).absoluteFilePath();
    else
        return run.fail(ExitCode::ValidationError,
            tr("%1 is neither a backup id in the catalog nor a file.").arg(given));
    if (asNew)
        return restoreAsNew(run, source, out, err);

    const Result<catalog::Instance> instance = findInstance(run.catalog(), run.value("into"), run.value("tenant"));
    if (!instance)
        return run.fail(ExitCode::ValidationError, instance.error());

    backup::InPlaceRestoreOptions options;
    if (run.parser().isSet(QStringLiteral("moved")))
        options.identity = backup::RestoreIdentity::Moved;
    else if (run.parser().isSet(QStringLiteral("copy")))
        options.identity = backup::RestoreIdentity::Copied;
    options.neutralize = run.parser().isSet(QStringLiteral("neutralize"));
    options.skipSafetyBackup = run.parser().isSet(QStringLiteral("no-safety-backup"));
    const QString instanceId = instance->id;
    const jobs::JobInfo job = runJob(run, QStringLiteral("backup.restore"), QStringLiteral("instance"), instanceId,
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) {
            return jobs.restoreInto(context, source, instanceId, options);
        },
        err);
    const bool ok = job.state == jobs::JobState::Succeeded;
    if (run.json()) {
        QJsonObject result { { QStringLiteral("job_id"), job.id }, { QStringLiteral("instance_id"), instanceId },
            { QStringLiteral("source"), source.backupId.isEmpty() ? source.path : source.backupId } };
        if (!ok) {
            result.insert(QStringLiteral("error"), job.error);
            result.insert(QStringLiteral("exit_code"), int(ExitCode::OperationFailed));
        }
        run.printJson(result);
        return ok ? ExitCode::Success : ExitCode::OperationFailed;
    }
    if (!ok)
        return run.fail(ExitCode::OperationFailed, job.error);
    out << tr("Restored %1 into instance %2.").arg(given, instance->name) << '\n';
    return ExitCode::Success;
}

} // namespace

int takeOverBackupJob(const QString &action, CommandRun &run, const catalog::Job &job, QTextStream &out,
    QTextStream &err)
{
    if (action != QLatin1String("cleanup")) {
        return run.fail(ExitCode::ValidationError,
            tr("Jobs of kind %1 cannot be resumed. Clean up with 'saasodoo job cleanup %2', then run the backup or "
               "restore again.")
                .arg(job.kind, job.id));
    }
    err << (job.state == catalog::JobState::Failed ? tr("Cleaning up after failed job %1 (%2).")
                                                   : tr("Cleaning up after interrupted job %1 (%2)."))
                .arg(job.id, job.kind)
        << '\n';
    const bool restoreAsNew = job.kind == QLatin1String("backup.restore-new");
    const QString instanceId = job.targetType == QLatin1String("instance") ? job.targetId : QString();
    const QString kind = job.kind;
    const QString jobId = job.id;
    const QDateTime createdAt = job.createdAt;
    const bool failed = job.state == catalog::JobState::Failed;
    // A restore as a new instance may have added a record without pointing
    // at it; the clean-up finds it and returns its id here.
    QString removedInstanceId;
    const jobs::JobInfo done = runJob(run, QStringLiteral("backup.cleanup"),
        instanceId.isEmpty() ? job.targetType : QStringLiteral("instance"),
        instanceId.isEmpty() ? job.targetId : instanceId,
        [&](backup::BackupJobs &jobs, jobs::JobContext &context) {
            if (restoreAsNew)
                return jobs.cleanUpInterruptedRestoreAsNew(context, jobId, instanceId, createdAt, &removedInstanceId);
            return jobs.cleanUpInterrupted(context, kind, instanceId, createdAt, jobId, failed);
        },
        err);
    const bool ok = done.state == jobs::JobState::Succeeded;
    if (ok && job.state == catalog::JobState::Failed) {
        // A failed job keeps its state and error; its log records the clean-up.
        run.catalog().appendJobLog(job.id, QStringLiteral("info"), tr("Cleaned up by job %1.").arg(done.id));
    } else if (ok) {
        // The interrupted job is closed, so it is no longer offered for a clean-up.
        catalog::Job closed = job;
        closed.state = catalog::JobState::Cancelled;
        closed.error = tr("Interrupted; cleaned up by job %1.").arg(done.id);
        run.catalog().updateJob(closed);
        run.catalog().appendJobLog(job.id, QStringLiteral("info"), closed.error);
    }
    const QString cleanedInstanceId = removedInstanceId.isEmpty() ? instanceId : removedInstanceId;
    const Result<catalog::Instance> instance = cleanedInstanceId.isEmpty()
        ? Result<catalog::Instance>(makeError(tr("Job %1 had added no instance.").arg(job.id)))
        : run.catalog().instance(cleanedInstanceId);
    if (run.json()) {
        QJsonObject result { { QStringLiteral("job_id"), done.id },
            { QStringLiteral("instance_id"), cleanedInstanceId } };
        if (instance)
            result.insert(QStringLiteral("status"), catalog::toString(instance->status));
        if (!ok) {
            result.insert(QStringLiteral("error"), done.error);
            result.insert(QStringLiteral("exit_code"), int(ExitCode::OperationFailed));
        }
        run.printJson(result);
        return ok ? ExitCode::Success : ExitCode::OperationFailed;
    }
    if (!ok)
        return run.fail(ExitCode::OperationFailed, done.error);
    if (instance) {
        out << tr("Cleaned up after job %1; instance %2 is %3.")
                   .arg(job.id, instance->name, provisioning::statusPhrase(instance->status))
            << '\n';
    } else {
        out << tr("Cleaned up after job %1.").arg(job.id) << '\n';
    }
    return ExitCode::Success;
}

bool isBackupCommand(const QStringList &arguments)
{
    return arguments.value(0) == QLatin1String("backup") || arguments.value(0) == QLatin1String("restore");
}

int runBackupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == QLatin1String("restore"))
        return restore(arguments.mid(1), out, err);
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (action == QLatin1String("create"))
        return backupCreate(rest, out, err);
    if (action == QLatin1String("list"))
        return backupList(rest, out, err);
    if (action == QLatin1String("show"))
        return backupShow(rest, out, err);
    if (action == QLatin1String("archive") || action == QLatin1String("verify") || action == QLatin1String("download")
        || action == QLatin1String("delete"))
        return backupAction(action, rest, out, err);
    if (action == QLatin1String("run-due"))
        return backupRunDue(rest, out, err);
    if (action == QLatin1String("set-s3-credentials"))
        return backupSetS3Credentials(rest, out, err);
    if (action == QLatin1String("policy"))
        return backupPolicy(rest, out, err);
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || action == QLatin1String("help")) {
        out << tr("Usage: saasodoo backup COMMAND [options]\nCommands: create, list, show, archive, verify, "
                  "download, delete, run-due, policy, set-s3-credentials.\nRun 'saasodoo backup COMMAND --help' for the options of "
                  "one. 'saasodoo restore --help' shows how to restore a backup.")
            << '\n';
        return ExitCode::Success;
    }
    err << tr("saasodoo backup: unknown action '%1'. Use create, list, show, archive, verify, download, delete, run-due, "
              "policy or set-s3-credentials.")
               .arg(action)
        << '\n';
    return ExitCode::UsageError;
}

} // namespace saasodoo::cli
