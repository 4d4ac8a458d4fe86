// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobcontext.h"
#include "jobstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace saasodoo::jobs {

// The work of a job, run on a worker thread. It returns an error to fail the
// job; when it returns after a cancel request, the job ends as cancelled.
using JobBody = std::function<Status(JobContext &context)>;

// Runs long operations (provision, backup, restore, upgrade) on a bounded
// pool of worker threads, at most `perHost` at a time on one host, and keeps
// their state, steps, progress and log in a JobStore.
//
// submit() and cancel() return at once and may be called from any thread.
// The signals are emitted from the worker threads; receivers on the UI
// thread get them queued, so the UI never waits on a job.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConcurrent = 4;
        int perHost = 2;
        // How often the runner checks the store for cancel requests that
        // another process made for its running jobs. Zero turns it off.
        std::chrono::milliseconds cancelPollInterval { 500 };
    };

    explicit JobRunner(JobStore *store, Limits limits, QObject *parent = nullptr);
    explicit JobRunner(JobStore *store, QObject *parent = nullptr);
    // Cancels the jobs still running and waits for them to return.
    ~JobRunner() override;

    // Marks as interrupted every job that the store still lists as queued
    // or running while the process that ran it is gone: it stopped before
    // the job ended. Jobs of live processes, and of processes on other
    // machines, are left as they are. Returns the jobs it marked so the
    // caller can offer to resume or clean up after each. Call it at start.
    // Later calls, from any thread, are safe too, because every job this
    // runner submits records this live process as its owner.
    QList<JobInfo> recoverInterrupted();

    // Returns the message that recoverInterrupted() stores on `job`: it
    // offers only the take-over commands (`saasodoo job resume`, `job
    // cleanup` or `job cancel`) that the CLI accepts for the job's kind.
    static QString interruptedMessage(const JobInfo &job);

    // Cancels this runner's running jobs that another process asked to
    // cancel through the store (`saasodoo job cancel`). A thread of the
    // runner calls it every cancelPollInterval while jobs run; callers may
    // also call it to check at once.
    void pollCancelRequests();

    // Queues `body` and returns the new job's id. `request` supplies kind,
    // title, target, host and planned steps; the rest is filled in.
    QString submit(JobInfo request, JobBody body);

    // Asks a queued or running job to stop. A queued job ends as cancelled
    // at once; a running one when its body next checks the token.
    bool cancel(const QString &jobId);

    std::optional<JobInfo> job(const QString &jobId) const;
    QList<JobInfo> activeJobs() const;
    JobStore *store() const { return m_store; }

    // Blocks until the job ends or `timeoutMs` passes. For the CLI and
    // tests: never call it on the UI thread.
    bool waitForFinished(const QString &jobId, int timeoutMs);

signals:
    void jobQueued(const saasodoo::jobs::JobInfo &job);
    void jobUpdated(const saasodoo::jobs::JobInfo &job);
    void jobLogged(const QString &jobId, const saasodoo::jobs::JobLogEntry &entry);
    void jobFinished(const saasodoo::jobs::JobInfo &job);

private:
    friend class JobContext;

    struct Record
    {
        JobInfo info;
        JobBody body;
        CancellationToken token;
        bool stepProgressOnly = true; // no setProgress() call yet
        // The request or the body declared steps, so the log gives totals.
        bool stepsCounted = false;
        // The body declared its remaining steps while running (declareSteps),
        // so a step it did not declare is a part of the current one, and the
        // total stays as declared.
        bool stepsDeclaredWhileRunning = false;
    };

    void schedule();
    void pollWhileRunning();
    void run(const QString &jobId);
    void finish(const QString &jobId, JobState state, const QString &error);
    void reportStep(const QString &jobId, const QString &step);
    void reportProgress(const QString &jobId, int percent);
    void reportPlannedSteps(const QString &jobId, const QStringList &steps);
    void reportTarget(const QString &jobId, const QString &type, const QString &id);
    void reportLog(const QString &jobId, const QString &level, const QString &message);
    void persist(const JobInfo &info);

    JobStore *m_store;
    Limits m_limits;
    QThreadPool m_pool;

    mutable QMutex m_mutex;
    QWaitCondition m_finished;
    QHash<QString, Record> m_records; // queued and running jobs
    QList<QString> m_queue; // ids in submission order
    QHash<QString, int> m_runningPerHost;
    QHash<QString, JobInfo> m_finishing; // ended, history being written
    QHash<QString, JobInfo> m_done; // finished in this session, for job() and waitForFinished()
    bool m_shuttingDown = false;
    QWaitCondition m_pollWake; // wakes the cancel poller on a new job and at shutdown
    std::unique_ptr<QThread> m_cancelPoller;
};

} // namespace saasodoo::jobs
