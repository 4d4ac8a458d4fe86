// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobtypes.h"

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QMutex>

namespace saasodoo::jobs {

// Storage for the job runner's history, so that it survives a restart. The
// catalog implements it; InMemoryJobStore serves tests and the case where
// no catalog is open. Implementations are called from worker threads and
// must be thread-safe.
class JobStore
{
public:
    virtual ~JobStore() = default;

    virtual Status save(const JobInfo &job) = 0;
    virtual Status appendLog(const QString &jobId, const JobLogEntry &entry) = 0;
    virtual Result<QList<JobLogEntry>> log(const QString &jobId) = 0;
    virtual Result<QList<JobInfo>> jobs() = 0;
    // Returns whether another process requested to cancel the job. A store
    // private to this process has no such requests.
    virtual Result<bool> cancelRequested(const QString &jobId)
    {
        Q_UNUSED(jobId);
        return false;
    }
};

class InMemoryJobStore final : public JobStore
{
public:
    Status save(const JobInfo &job) override;
    Status appendLog(const QString &jobId, const JobLogEntry &entry) override;
    Result<QList<JobLogEntry>> log(const QString &jobId) override;
    Result<QList<JobInfo>> jobs() override;

private:
    QMutex m_mutex;
    QList<QString> m_order;
    QHash<QString, JobInfo> m_jobs;
    QHash<QString, QList<JobLogEntry>> m_logs;
};

} // namespace saasodoo::jobs
