// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmonitor.h"

#include "jobtablemodel.h"

#include "core/jobs/jobrunner.h"

namespace saasodoo::ui {

JobMonitor::JobMonitor(jobs::JobRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_model(new JobTableModel(this))
{
    qRegisterMetaType<jobs::JobInfo>();
    qRegisterMetaType<jobs::JobLogEntry>();
    if (!m_runner)
        return;

    const Result<QList<jobs::JobInfo>> known = m_runner->store()->jobs();
    if (known) {
        QList<jobs::JobInfo> rows = known.value();
        std::sort(rows.begin(), rows.end(),
            [](const jobs::JobInfo &left, const jobs::JobInfo &right) { return left.createdAt > right.createdAt; });
        m_model->setRows(rows);
    }

    // The runner emits from worker threads: queue every signal to this thread.
    connect(m_runner, &jobs::JobRunner::jobQueued, this, &JobMonitor::update, Qt::QueuedConnection);
    connect(m_runner, &jobs::JobRunner::jobUpdated, this, &JobMonitor::update, Qt::QueuedConnection);
    connect(m_runner, &jobs::JobRunner::jobFinished, this, [this](const jobs::JobInfo &job) {
        update(job);
        emit jobFinished(job);
    }, Qt::QueuedConnection);
    connect(m_runner, &jobs::JobRunner::jobLogged, this, &JobMonitor::jobLogged, Qt::QueuedConnection);
}

QList<jobs::JobInfo> JobMonitor::activeJobs() const
{
    QList<jobs::JobInfo> active;
    for (const jobs::JobInfo &job : m_model->rows()) {
        if (!jobs::isFinal(job.state))
            active.append(job);
    }
    return active;
}

void JobMonitor::update(const jobs::JobInfo &job)
{
    // A late jobUpdated can arrive after jobFinished: never let it bring a
    // finished job back to running.
    if (const int row = m_model->rowOf(job.id); row >= 0) {
        const jobs::JobInfo &known = m_model->rowAt(row);
        if (jobs::isFinal(known.state) && !jobs::isFinal(job.state))
            return;
    }
    m_model->upsert(job);
    emit jobChanged(job);
}

} // namespace saasodoo::ui
