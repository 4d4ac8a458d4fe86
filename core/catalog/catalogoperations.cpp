// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Jobs: the records that long-running operations write.
#include "catalog.h"
#include "validation.h"

#include <QCoreApplication>
#include <QSqlError>

namespace saasodoo::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Catalog", text);
}

const QString JobColumns = QStringLiteral(
    "id, kind, target_type, target_id, state, progress, steps, current_step, error, created_at, started_at, "
    "finished_at, owner, cancel_requested");

Result<Job> jobFromQuery(const QSqlQuery &query)
{
    Job job;
    job.id = query.value(0).toString();
    job.kind = query.value(1).toString();
    job.targetType = query.value(2).toString();
    job.targetId = query.value(3).toString();
    job.state = jobStateFromString(query.value(4).toString()).value_or(JobState::Failed);
    job.progress = query.value(5).toInt();
    Result<QStringList> steps = decodeList(query.value(6), QStringLiteral("jobs.steps"));
    if (!steps)
        return makeError(steps.error());
    job.steps = *steps;
    job.currentStep = query.value(7).toInt();
    job.error = query.value(8).toString();
    job.createdAt = decodeTime(query.value(9));
    job.startedAt = decodeTime(query.value(10));
    job.finishedAt = decodeTime(query.value(11));
    job.owner = query.value(12).toString();
    job.cancelRequested = query.value(13).toBool();
    return job;
}

Status validateJob(const Job &job)
{
    if (Status kind = validateRequiredText(tr("Job kind"), job.kind, 100); !kind)
        return kind;
    if (Status target = validateRequiredText(tr("Job target type"), job.targetType, 50); !target)
        return target;
    if (job.progress < 0 || job.progress > 100)
        return makeError(tr("Job progress %1 is invalid: use a percentage from 0 to 100.").arg(job.progress));
    return {};
}

} // namespace

Result<Job> Catalog::createJob(Job job)
{
    resetError();
    if (Status valid = validateJob(job); !valid)
        return failure(ErrorKind::Validation, valid.error());
    // The job runner names its jobs itself; other callers get a new id.
    if (job.id.isEmpty())
        job.id = newId();
    else if (Status id = validateUuid(tr("Job id"), job.id); !id)
        return failure(ErrorKind::Validation, id.error());
    if (!job.createdAt.isValid())
        job.createdAt = nowUtc();

    const Status written = write([&]() -> Status {
        QSqlQuery query = prepare(
            QStringLiteral("INSERT INTO jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(JobColumns));
        bind(query, job.id);
        bind(query, job.kind);
        bind(query, job.targetType);
        bind(query, job.targetId);
        bind(query, toString(job.state));
        bind(query, job.progress);
        bind(query, encodeList(job.steps));
        bind(query, job.currentStep);
        bind(query, job.error);
        bind(query, encodeTime(job.createdAt));
        bind(query, encodeTime(job.startedAt));
        bind(query, encodeTime(job.finishedAt));
        bind(query, job.owner);
        bind(query, job.cancelRequested);
        if (!query.exec())
            return constraintError(query.lastError(), tr("job"), {});
        return audit(QStringLiteral("job.create"), job.targetType, job.targetId,
            { { QStringLiteral("job_id"), job.id }, { QStringLiteral("kind"), job.kind } });
    });
    if (!written)
        return makeError(written.error());
    return job;
}

Result<Job> Catalog::updateJob(Job job)
{
    resetError();
    if (Status valid = validateJob(job); !valid)
        return failure(ErrorKind::Validation, valid.error());

    const Status written = write([&]() -> Status {
        QSqlQuery previous = prepare(QStringLiteral("SELECT state FROM jobs WHERE id = ?"));
        bind(previous, job.id);
        if (Status ran = execute(previous, tr("job")); !ran)
            return ran;
        if (!previous.next())
            return failure(ErrorKind::NotFound, tr("Job %1 was not found.").arg(job.id));
        const QString previousState = previous.value(0).toString();
        previous.finish();

        QSqlQuery query = prepare(QStringLiteral(
            "UPDATE jobs SET target_type = ?, target_id = ?, state = ?, progress = ?, steps = ?, current_step = ?, "
            "error = ?, started_at = ?, finished_at = ?, owner = ? WHERE id = ?"));
        bind(query, job.targetType);
        bind(query, job.targetId);
        bind(query, toString(job.state));
        bind(query, job.progress);
        bind(query, encodeList(job.steps));
        bind(query, job.currentStep);
        bind(query, job.error);
        bind(query, encodeTime(job.startedAt));
        bind(query, encodeTime(job.finishedAt));
        bind(query, job.owner);
        bind(query, job.id);
        if (!query.exec())
            return constraintError(query.lastError(), tr("job"), {});
        if (previousState == toString(job.state))
            return {};
        return audit(QStringLiteral("job.state"), job.targetType, job.targetId,
            { { QStringLiteral("job_id"), job.id }, { QStringLiteral("kind"), job.kind },
                { QStringLiteral("state"), toString(job.state) }, { QStringLiteral("error"), job.error } });
    });
    if (!written)
        return makeError(written.error());
    return job;
}

Status Catalog::requestJobCancel(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Job id"), id))
        return failure(ErrorKind::NotFound, tr("Job %1 was not found.").arg(id));
    return write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral("UPDATE jobs SET cancel_requested = ? WHERE id = ?"));
        bind(query, true);
        bind(query, id);
        if (!query.exec())
            return constraintError(query.lastError(), tr("job"), {});
        if (query.numRowsAffected() != 1)
            return failure(ErrorKind::NotFound, tr("Job %1 was not found.").arg(id));
        return audit(QStringLiteral("job.cancel"), QStringLiteral("job"), id, {});
    });
}

Status Catalog::appendJobLog(const QString &jobId, const QString &level, const QString &message)
{
    resetError();
    static const QStringList levels { QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error") };
    if (!levels.contains(level)) {
        return failure(ErrorKind::Validation,
            tr("Log level \"%1\" is invalid: use info, warning or error.").arg(level));
    }
    return write([&]() -> Status {
        QSqlQuery query = prepare(QStringLiteral(
            "INSERT INTO job_log (job_id, sequence, logged_at, level, message) "
            "SELECT ?, COALESCE(MAX(sequence), 0) + 1, ?, ?, ? FROM job_log WHERE job_id = ?"));
        bind(query, jobId);
        bind(query, encodeTime(nowUtc()));
        bind(query, level);
        bind(query, message);
        bind(query, jobId);
        if (!query.exec())
            return constraintError(query.lastError(), tr("job log line"), {});
        return {};
    });
}

Result<Job> Catalog::job(const QString &id)
{
    resetError();
    if (!validateUuid(tr("Job id"), id))
        return failure(ErrorKind::NotFound, tr("Job %1 was not found.").arg(id));
    QSqlQuery query = prepare(QStringLiteral("SELECT %1 FROM jobs WHERE id = ?").arg(JobColumns));
    bind(query, id);
    if (Status ran = execute(query, tr("job")); !ran)
        return makeError(ran.error());
    if (!query.next())
        return failure(ErrorKind::NotFound, tr("Job %1 was not found.").arg(id));
    Result<Job> decoded = jobFromQuery(query);
    if (!decoded)
        return failure(ErrorKind::Database, decoded.error());
    return decoded;
}

Result<QList<Job>> Catalog::jobs(int limit)
{
    resetError();
    QString sql = QStringLiteral("SELECT %1 FROM jobs ORDER BY created_at DESC").arg(JobColumns);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query = prepare(sql);
    if (Status ran = execute(query, tr("jobs")); !ran)
        return makeError(ran.error());
    QList<Job> result;
    while (query.next()) {
        Result<Job> decoded = jobFromQuery(query);
        if (!decoded)
            return failure(ErrorKind::Database, decoded.error());
        result.append(decoded.value());
    }
    return result;
}

Result<QList<Job>> Catalog::liveJobs()
{
    resetError();
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1 FROM jobs WHERE state IN (?, ?) ORDER BY created_at DESC").arg(JobColumns));
    bind(query, toString(JobState::Queued));
    bind(query, toString(JobState::Running));
    if (Status ran = execute(query, tr("jobs")); !ran)
        return makeError(ran.error());
    QList<Job> result;
    while (query.next()) {
        Result<Job> decoded = jobFromQuery(query);
        if (!decoded)
            return failure(ErrorKind::Database, decoded.error());
        result.append(decoded.value());
    }
    return result;
}

Result<QList<JobLogLine>> Catalog::jobLog(const QString &jobId)
{
    resetError();
    if (!validateUuid(tr("Job id"), jobId))
        return QList<JobLogLine>();
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT sequence, logged_at, level, message FROM job_log WHERE job_id = ? ORDER BY sequence"));
    bind(query, jobId);
    if (Status ran = execute(query, tr("job log")); !ran)
        return makeError(ran.error());
    QList<JobLogLine> lines;
    while (query.next()) {
        JobLogLine line;
        line.sequence = query.value(0).toLongLong();
        line.at = decodeTime(query.value(1));
        line.level = query.value(2).toString();
        line.message = query.value(3).toString();
        lines.append(line);
    }
    return lines;
}

} // namespace saasodoo::catalog
