// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobrunner.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QSettings;

namespace saasodoo::jobs {

// A job's request and body, built when a round reaches its task.
struct ScheduledJob
{
    JobInfo request;
    JobBody body;
};

// One piece of recurring work. The scheduler calls `prepare` on each round,
// so that the job can depend on the day the round runs.
struct ScheduledTask
{
    QString kind; // the job kind, such as billing.run
    std::function<ScheduledJob()> prepare;
};

// Starts recurring maintenance (the billing run with dunning, the due
// backups) as jobs on a JobRunner: one round at start() and then one per
// interval. A round submits its tasks one after another, each when the
// previous one's job has ended, so two scheduled jobs never run at once.
// A tick that comes while the previous round still runs is skipped.
//
// The scheduler lives on the thread that created it, usually the UI
// thread, and only submits jobs there. The work runs on the runner's
// worker threads. The runner must outlive the scheduler.
class JobScheduler final : public QObject
{
    Q_OBJECT

public:
    explicit JobScheduler(JobRunner *runner, QObject *parent = nullptr);
    ~JobScheduler() override;

    // Appends a task to every round. Call before start().
    void addTask(ScheduledTask task);

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;

    // Runs a round now, then one per interval.
    void start();
    // Stops the timer. A round that runs finishes its current job, and
    // starts no further task.
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // Starts a round unless the previous one still runs. Returns false when
    // the round was skipped, or when there are no tasks.
    bool tick();
    // Returns true while a round's job is queued or running.
    bool isRoundRunning() const { return !m_currentJobId.isEmpty(); }

signals:
    void roundStarted();
    void roundSkipped(const QString &reason);
    void roundFinished();
    void jobSubmitted(const QString &jobId, const QString &kind);

private:
    void submitTask(int index);
    void handleJobFinished(const JobInfo &job);

    JobRunner *m_runner;
    QList<ScheduledTask> m_tasks;
    QTimer m_timer;
    bool m_stopping = false;
    int m_currentTask = -1;
    QString m_currentJobId;
};

// The scheduler's interval in minutes, kept in QSettings as
// "scheduler/interval-minutes": 60 by default, 0 turns the scheduler off,
// at most 1440 (one day).
int loadSchedulerIntervalMinutes(const QSettings &settings);
Status validateSchedulerInterval(int minutes);
Status saveSchedulerInterval(QSettings &settings, int minutes);

} // namespace saasodoo::jobs
