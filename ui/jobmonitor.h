// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobtypes.h"

#include <QObject>

namespace saasodoo::jobs {
class JobRunner;
}

namespace saasodoo::ui {

class JobTableModel;

// Follows a JobRunner on the UI thread: receives its worker-thread signals
// queued and keeps one JobTableModel of the store's jobs that the Jobs pane
// and the running-jobs dock share.
class JobMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit JobMonitor(jobs::JobRunner *runner, QObject *parent = nullptr);

    JobTableModel *model() const { return m_model; }
    jobs::JobRunner *runner() const { return m_runner; }
    QList<jobs::JobInfo> activeJobs() const;
    // Puts a job that changed outside the runner, such as an interrupted job
    // that a take-over closed, into the model.
    void update(const jobs::JobInfo &job);
    // Reads the store's jobs on a worker and merges them into the model, so
    // jobs of the CLI and of other consoles show with their stored state.
    // First it marks as interrupted the queued or running jobs whose process
    // is gone (JobRunner::recoverInterrupted). This process's own jobs keep
    // the runner's state. A refresh() while one reads runs once it ends.
    void refresh();
    // Whether a refresh() is still reading.
    bool refreshing() const { return m_refreshing; }

signals:
    void jobChanged(const saasodoo::jobs::JobInfo &job);
    void jobFinished(const saasodoo::jobs::JobInfo &job);
    void jobLogged(const QString &jobId, const saasodoo::jobs::JobLogEntry &entry);
    // A refresh() merged the store's jobs into the model, or failed with `error`.
    void refreshed(const QString &error);

private:
    void merge(const QList<jobs::JobInfo> &stored);

    jobs::JobRunner *m_runner;
    JobTableModel *m_model;
    bool m_refreshing = false;
    bool m_refreshQueued = false;
};

} // namespace saasodoo::ui
