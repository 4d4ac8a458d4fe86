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

signals:
    void jobChanged(const saasodoo::jobs::JobInfo &job);
    void jobFinished(const saasodoo::jobs::JobInfo &job);
    void jobLogged(const QString &jobId, const saasodoo::jobs::JobLogEntry &entry);

private:
    jobs::JobRunner *m_runner;
    JobTableModel *m_model;
};

} // namespace saasodoo::ui
