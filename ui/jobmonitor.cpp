// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmonitor.h"

#include "jobtablemodel.h"
#include "workerpools.h"

#include "core/jobs/jobrunner.h"

#include <QtConcurrent>

#include <algorithm>

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

void JobMonitor::refresh()
{
    if (!m_runner)
        return;
    if (m_refreshing) {
        m_refreshQueued = true;
        return;
    }
    m_refreshing = true;
    m_refreshQueued = false;
    jobs::JobRunner *runner = m_runner;
    QtConcurrent::run(workerPool(), [runner]() -> Result<QList<jobs::JobInfo>> {
        // The store is thread-safe. recoverInterrupted() leaves alone the
        // jobs of live processes, this one included, and of other machines.
        runner->recoverInterrupted();
        return runner->store()->jobs();
    }).then(this, [this](const Result<QList<jobs::JobInfo>> &stored) {
        m_refreshing = false;
        if (stored)
            merge(stored.value());
        emit refreshed(stored.error());
        if (m_refreshQueued)
            refresh();
    });
}

void JobMonitor::merge(const QList<jobs::JobInfo> &stored)
{
    // Oldest first, because the model puts each new row on top.
    QList<jobs::JobInfo> rows = stored;
    std::sort(rows.begin(), rows.end(),
        [](const jobs::JobInfo &left, const jobs::JobInfo &right) { return left.createdAt < right.createdAt; });
    for (jobs::JobInfo &job : rows) {
        // The runner's signals bring this process's jobs more recent than
        // the store's copy.
        if (m_runner->job(job.id))
            continue;
        const int row = m_model->rowOf(job.id);
        if (row >= 0) {
            const jobs::JobInfo &known = m_model->rowAt(row);
            if (jobs::isFinal(known.state) && !jobs::isFinal(job.state))
                continue;
            if (known.state == job.state && known.progress == job.progress && known.currentStep == job.currentStep
                && known.error == job.error && known.finishedAt == job.finishedAt)
                continue;
            // The store keeps no title.
            if (job.title.isEmpty())
                job.title = known.title;
        }
        m_model->upsert(job);
    }
}

} // namespace saasodoo::ui
