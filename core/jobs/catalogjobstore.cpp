// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogjobstore.h"

#include "core/catalog/catalog.h"

#include <atomic>

namespace saasodoo::jobs {

namespace {

catalog::JobState toCatalog(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return catalog::JobState::Queued;
    case JobState::Running:
        return catalog::JobState::Running;
    case JobState::Succeeded:
        return catalog::JobState::Succeeded;
    case JobState::Cancelled:
        return catalog::JobState::Cancelled;
    case JobState::Failed:
        return catalog::JobState::Failed;
    case JobState::Interrupted:
        return catalog::JobState::Interrupted;
    }
    return catalog::JobState::Failed;
}

JobState fromCatalog(catalog::JobState state)
{
    switch (state) {
    case catalog::JobState::Queued:
        return JobState::Queued;
    case catalog::JobState::Running:
        return JobState::Running;
    case catalog::JobState::Succeeded:
        return JobState::Succeeded;
    case catalog::JobState::Cancelled:
        return JobState::Cancelled;
    case catalog::JobState::Failed:
        return JobState::Failed;
    case catalog::JobState::Interrupted:
        return JobState::Interrupted;
    }
    return JobState::Failed;
}

} // namespace

CatalogJobStore::ThreadCatalog::~ThreadCatalog() = default;

CatalogJobStore::CatalogJobStore(catalog::CatalogConfig config)
    : m_config(std::move(config))
{
    static std::atomic<quint64> lastSerial { 0 };
    m_serial = ++lastSerial;
}

// QThreadStorage deletes each thread's catalog when that thread ends. The
// destroying thread's one (usually the main thread, which lives on) is
// deleted here.
CatalogJobStore::~CatalogJobStore()
{
    if (m_catalogs.hasLocalData())
        m_catalogs.setLocalData(nullptr);
}

Result<catalog::Catalog *> CatalogJobStore::catalogForThread()
{
    if (m_catalogs.hasLocalData() && m_catalogs.localData()->owner == m_serial)
        return m_catalogs.localData()->catalog.get();
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_config);
    if (!opened.ok())
        return makeError(opened.error());
    auto *entry = new ThreadCatalog;
    entry->owner = m_serial;
    entry->catalog = std::move(opened).value();
    // Replacing the data deletes a stale entry of an earlier store, on the
    // thread that opened it.
    m_catalogs.setLocalData(entry);
    return entry->catalog.get();
}

Status CatalogJobStore::save(const JobInfo &job)
{
    const Result<catalog::Catalog *> db = catalogForThread();
    if (!db.ok())
        return makeError(db.error());
    catalog::Job record;
    record.id = job.id;
    record.kind = job.kind.isEmpty() ? QStringLiteral("job") : job.kind;
    record.targetType = job.targetType.isEmpty() ? QStringLiteral("none") : job.targetType;
    record.targetId = job.targetId;
    record.state = toCatalog(job.state);
    record.progress = job.progress;
    record.steps = job.steps;
    record.currentStep = std::max(0, job.currentStep);
    record.error = job.error;
    record.createdAt = job.createdAt;
    record.startedAt = job.startedAt;
    record.finishedAt = job.finishedAt;
    record.owner = job.owner;
    const Result<catalog::Job> existing = (*db)->job(job.id);
    const Result<catalog::Job> saved = existing.ok() ? (*db)->updateJob(record) : (*db)->createJob(record);
    return saved.ok() ? Status {} : Status(makeError(saved.error()));
}

Status CatalogJobStore::appendLog(const QString &jobId, const JobLogEntry &entry)
{
    const Result<catalog::Catalog *> db = catalogForThread();
    if (!db.ok())
        return makeError(db.error());
    return (*db)->appendJobLog(jobId, entry.level, entry.message);
}

Result<QList<JobLogEntry>> CatalogJobStore::log(const QString &jobId)
{
    const Result<catalog::Catalog *> db = catalogForThread();
    if (!db.ok())
        return makeError(db.error());
    const Result<QList<catalog::JobLogLine>> lines = (*db)->jobLog(jobId);
    if (!lines.ok())
        return makeError(lines.error());
    QList<JobLogEntry> result;
    for (const catalog::JobLogLine &line : lines.value())
        result.append(JobLogEntry { line.at, line.level, line.message });
    return result;
}

Result<QList<JobInfo>> CatalogJobStore::jobs()
{
    const Result<catalog::Catalog *> db = catalogForThread();
    if (!db.ok())
        return makeError(db.error());
    const Result<QList<catalog::Job>> records = (*db)->jobs();
    if (!records.ok())
        return makeError(records.error());
    QList<JobInfo> result;
    for (const catalog::Job &record : records.value()) {
        JobInfo info;
        info.id = record.id;
        info.kind = record.kind;
        // The catalog stores no title, so it stays empty: the console names
        // the job from its kind and its target.
        info.targetType = record.targetType;
        info.targetId = record.targetId;
        info.state = fromCatalog(record.state);
        info.progress = record.progress;
        info.steps = record.steps;
        info.currentStep = record.currentStep;
        info.error = record.error;
        info.createdAt = record.createdAt;
        info.startedAt = record.startedAt;
        info.finishedAt = record.finishedAt;
        info.owner = record.owner;
        result.append(info);
    }
    return result;
}

Result<bool> CatalogJobStore::cancelRequested(const QString &jobId)
{
    const Result<catalog::Catalog *> db = catalogForThread();
    if (!db.ok())
        return makeError(db.error());
    const Result<catalog::Job> record = (*db)->job(jobId);
    if (!record.ok())
        return makeError(record.error());
    return record->cancelRequested;
}

} // namespace saasodoo::jobs
