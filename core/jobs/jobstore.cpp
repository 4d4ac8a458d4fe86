// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstore.h"

#include <QMutexLocker>

namespace saasodoo::jobs {

Status InMemoryJobStore::save(const JobInfo &job)
{
    QMutexLocker locker(&m_mutex);
    if (!m_jobs.contains(job.id))
        m_order.append(job.id);
    m_jobs.insert(job.id, job);
    return {};
}

Status InMemoryJobStore::appendLog(const QString &jobId, const JobLogEntry &entry)
{
    QMutexLocker locker(&m_mutex);
    m_logs[jobId].append(entry);
    return {};
}

Result<QList<JobLogEntry>> InMemoryJobStore::log(const QString &jobId)
{
    QMutexLocker locker(&m_mutex);
    return m_logs.value(jobId);
}

Result<QList<JobInfo>> InMemoryJobStore::jobs()
{
    QMutexLocker locker(&m_mutex);
    QList<JobInfo> result;
    result.reserve(m_order.size());
    for (const QString &id : std::as_const(m_order))
        result.append(m_jobs.value(id));
    return result;
}

} // namespace saasodoo::jobs
