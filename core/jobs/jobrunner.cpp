// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include "jobowner.h"

#include "core/common/logging.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QUuid>

#include <exception>

namespace saasodoo::jobs {

JobRunner::JobRunner(JobStore *store, Limits limits, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_limits(limits)
{
    qRegisterMetaType<JobInfo>();
    qRegisterMetaType<JobLogEntry>();
    m_limits.maxConcurrent = std::max(1, m_limits.maxConcurrent);
    m_limits.perHost = std::max(1, m_limits.perHost);
    m_pool.setMaxThreadCount(m_limits.maxConcurrent);
    m_pool.setObjectName(QStringLiteral("jobs"));
    if (m_limits.cancelPollInterval.count() > 0) {
        m_cancelPoller.reset(QThread::create([this] { pollWhileRunning(); }));
        m_cancelPoller->setObjectName(QStringLiteral("job-cancel-poller"));
        m_cancelPoller->start();
    }
}

JobRunner::JobRunner(JobStore *store, QObject *parent)
    : JobRunner(store, Limits {}, parent)
{
}

JobRunner::~JobRunner()
{
    QList<QString> queued;
    {
        QMutexLocker locker(&m_mutex);
        m_shuttingDown = true;
        for (auto it = m_records.begin(); it != m_records.end(); ++it)
            it->token.cancel();
        queued = m_queue;
        m_pollWake.wakeAll();
    }
    if (m_cancelPoller)
        m_cancelPoller->wait();
    for (const QString &id : std::as_const(queued))
        finish(id, JobState::Cancelled, tr("The console closed before the job started."));
    m_pool.waitForDone();
}

// Runs on the poller thread: sleeps while no job runs, and otherwise reads
// the store's cancel requests every cancelPollInterval, off the UI thread.
void JobRunner::pollWhileRunning()
{
    QMutexLocker locker(&m_mutex);
    while (!m_shuttingDown) {
        if (m_records.isEmpty()) {
            m_pollWake.wait(&m_mutex);
            continue;
        }
        m_pollWake.wait(&m_mutex, QDeadlineTimer(m_limits.cancelPollInterval));
        if (m_shuttingDown)
            break;
        locker.unlock();
        pollCancelRequests();
        locker.relock();
    }
}

QList<JobInfo> JobRunner::recoverInterrupted()
{
    QList<JobInfo> interrupted;
    const Result<QList<JobInfo>> stored = m_store->jobs();
    if (!stored.ok()) {
        qCWarning(lcJobs) << "could not read job history:" << stored.error();
        return interrupted;
    }
    for (JobInfo info : stored.value()) {
        if (isFinal(info.state) || ownerLiveness(info.owner) != OwnerLiveness::Dead)
            continue;
        info.state = JobState::Interrupted;
        info.finishedAt = QDateTime::currentDateTimeUtc();
        info.error = interruptedMessage(info);
        persist(info);
        m_store->appendLog(info.id, { info.finishedAt, QStringLiteral("warning"), info.error });
        interrupted.append(info);
    }
    return interrupted;
}

QString JobRunner::interruptedMessage(const JobInfo &job)
{
    // The same kinds as the take-over commands in app/cli accept: instance
    // jobs that a resume runs again, billing jobs that only a resume
    // finishes, and jobs on an instance that only a clean-up handles.
    static const QStringList resumable { QStringLiteral("instance.create"), QStringLiteral("instance.delete"),
        QStringLiteral("instance.remove"), QStringLiteral("instance.start"), QStringLiteral("instance.resume"),
        QStringLiteral("instance.restart"), QStringLiteral("instance.stop") };
    static const QStringList resumeOnly { QStringLiteral("billing.run"), QStringLiteral("billing.invoices"),
        QStringLiteral("billing.reactivate") };
    const QString stopped = tr("The process running this job stopped before it ended.");
    if (resumable.contains(job.kind))
        return tr("%1 Resume it or clean up after it (saasodoo job resume|cleanup %2).").arg(stopped, job.id);
    if (resumeOnly.contains(job.kind))
        return tr("%1 Finish it with 'saasodoo job resume %2', or dismiss it with 'saasodoo job cancel %2'.")
            .arg(stopped, job.id);
    const bool onInstance = job.targetType == QLatin1String("instance") && !job.targetId.isEmpty();
    if (onInstance || job.kind == QLatin1String("backup.restore-new"))
        return tr("%1 Clean up after it with 'saasodoo job cleanup %2', then run the action again.")
            .arg(stopped, job.id);
    return tr("%1 It has no instance to clean up after: dismiss it with 'saasodoo job cancel %2'.")
        .arg(stopped, job.id);
}

QString JobRunner::submit(JobInfo request, JobBody body)
{
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.state = JobState::Queued;
    request.progress = 0;
    request.currentStep = -1;
    request.error.clear();
    request.createdAt = QDateTime::currentDateTimeUtc();
    request.startedAt = {};
    request.finishedAt = {};
    request.owner = currentProcessOwner();
    persist(request);
    {
        QMutexLocker locker(&m_mutex);
        m_records.insert(request.id,
            Record { request, std::move(body), CancellationToken(), true, !request.steps.isEmpty() });
        m_queue.append(request.id);
        m_pollWake.wakeAll();
    }
    qCDebug(lcJobs) << "queued" << request.kind << request.id;
    emit jobQueued(request);
    schedule();
    return request.id;
}

bool JobRunner::cancel(const QString &jobId)
{
    bool wasQueued = false;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return false;
        it->token.cancel();
        wasQueued = m_queue.contains(jobId);
    }
    reportLog(jobId, QStringLiteral("warning"), tr("Cancel requested."));
    if (wasQueued)
        finish(jobId, JobState::Cancelled, tr("Cancelled by the admin before it started."));
    return true;
}

void JobRunner::pollCancelRequests()
{
    QList<QString> running;
    {
        QMutexLocker locker(&m_mutex);
        for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
            if (!it->token.isCancelled())
                running.append(it.key());
        }
    }
    for (const QString &id : std::as_const(running)) {
        const Result<bool> requested = m_store->cancelRequested(id);
        if (requested.ok() && requested.value()) {
            qCInfo(lcJobs) << "cancel of job" << id << "requested by another process";
            cancel(id);
        }
    }
}

std::optional<JobInfo> JobRunner::job(const QString &jobId) const
{
    QMutexLocker locker(&m_mutex);
    const auto record = m_records.constFind(jobId);
    if (record != m_records.cend())
        return record->info;
    const auto done = m_done.constFind(jobId);
    if (done != m_done.cend())
        return *done;
    const auto finishing = m_finishing.constFind(jobId);
    if (finishing != m_finishing.cend())
        return *finishing;
    return std::nullopt;
}

QList<JobInfo> JobRunner::activeJobs() const
{
    QMutexLocker locker(&m_mutex);
    QList<JobInfo> result;
    for (const Record &record : m_records)
        result.append(record.info);
    return result;
}

bool JobRunner::waitForFinished(const QString &jobId, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker locker(&m_mutex);
    while (!m_done.contains(jobId)) {
        if (!m_records.contains(jobId) && !m_finishing.contains(jobId))
            return false; // unknown job
        if (!m_finished.wait(&m_mutex, deadline))
            return m_done.contains(jobId);
    }
    return true;
}

void JobRunner::schedule()
{
    QList<QString> toStart;
    {
        QMutexLocker locker(&m_mutex);
        if (m_shuttingDown)
            return;
        int running = 0;
        for (const Record &record : std::as_const(m_records))
            running += record.info.state == JobState::Running ? 1 : 0;
        for (auto it = m_queue.begin(); it != m_queue.end() && running < m_limits.maxConcurrent;) {
            Record &record = m_records[*it];
            const QString host = record.info.hostId;
            // NOTE: the per-host limit counts this runner's jobs only. Jobs
            // of other processes on the host are not counted, and each
            // `saasodoo` command runs its own runner.
            if (!host.isEmpty() && m_runningPerHost.value(host) >= m_limits.perHost) {
                ++it; // this host is busy; a later job on another host may start
                continue;
            }
            record.info.state = JobState::Running;
            record.info.startedAt = QDateTime::currentDateTimeUtc();
            if (!host.isEmpty())
                ++m_runningPerHost[host];
            ++running;
            toStart.append(*it);
            it = m_queue.erase(it);
        }
    }
    for (const QString &id : std::as_const(toStart))
        m_pool.start([this, id] { run(id); });
}

void JobRunner::run(const QString &jobId)
{
    JobInfo started;
    JobBody body;
    CancellationToken token;
    {
        QMutexLocker locker(&m_mutex);
        const Record &record = m_records[jobId];
        started = record.info;
        body = record.body;
        token = record.token;
    }
    persist(started);
    emit jobUpdated(started);
    reportLog(jobId, QStringLiteral("info"), tr("Started: %1").arg(started.title.isEmpty() ? started.kind : started.title));

    Status result;
    JobContext context(this, jobId, token);
    try {
        result = token.isCancelled() ? context.checkCancelled() : body(context);
    } catch (const std::exception &exception) {
        result = makeError(tr("Internal error in the job: %1").arg(QString::fromUtf8(exception.what())));
    } catch (...) {
        result = makeError(tr("Internal error in the job."));
    }

    if (result.ok())
        finish(jobId, JobState::Succeeded, {});
    else if (token.isCancelled())
        finish(jobId, JobState::Cancelled, result.error());
    else
        finish(jobId, JobState::Failed, result.error());
}

void JobRunner::finish(const QString &jobId, JobState state, const QString &error)
{
    JobInfo info;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return;
        info = it->info;
        const bool wasRunning = info.state == JobState::Running;
        if (wasRunning && !info.hostId.isEmpty())
            --m_runningPerHost[info.hostId];
        m_queue.removeAll(jobId);
        m_records.erase(it);
        info.state = state;
        info.error = error;
        info.finishedAt = QDateTime::currentDateTimeUtc();
        if (state == JobState::Succeeded)
            info.progress = 100;
        // Between here and m_done the job is neither queued nor done;
        // waitForFinished() must keep waiting for it.
        m_finishing.insert(jobId, info);
    }
    const QString level = state == JobState::Succeeded ? QStringLiteral("info") : QStringLiteral("error");
    const QString line = state == JobState::Succeeded ? tr("Finished.")
        : state == JobState::Cancelled                ? tr("Cancelled: %1").arg(error)
                                                      : tr("Failed: %1").arg(error);
    const JobLogEntry entry { info.finishedAt, level, line };
    m_store->appendLog(jobId, entry);
    persist(info);
    emit jobLogged(jobId, entry);
    emit jobFinished(info);
    {
        QMutexLocker locker(&m_mutex);
        m_finishing.remove(jobId);
        m_done.insert(jobId, info);
        m_finished.wakeAll();
    }
    schedule();
}

void JobRunner::reportStep(const QString &jobId, const QString &step)
{
    JobInfo info;
    // Without declared steps the total is unknown, so the log gives none.
    bool counted = true;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return;
        // Only the steps after the current one can be next: a name that
        // repeats (two actions alike) is a new step, not an earlier one.
        const int next = std::max(0, it->info.currentStep + 1);
        int index = int(it->info.steps.indexOf(step, next));
        if (index < 0 && it->stepsDeclaredWhileRunning && it->info.currentStep >= 0) {
            // A sub-step of an action, such as the provisioner's steps in a
            // billing run's suspension: logged under the current step, so the
            // declared total never grows while the job runs.
            info = it->info;
            locker.unlock();
            reportLog(jobId, QStringLiteral("info"),
                tr("Step %1 of %2 continues: %3").arg(info.currentStep + 1).arg(info.steps.size()).arg(step));
            return;
        }
        if (index < 0) {
            // An undeclared step, such as a sub-step of an action, goes
            // in before the declared steps that remain, so the total grows
            // and N never exceeds M.
            it->info.steps.insert(next, step);
            index = next;
        }
        it->info.currentStep = index;
        if (it->stepProgressOnly)
            it->info.progress = int(100 * index / std::max<qsizetype>(1, it->info.steps.size()));
        counted = it->stepsCounted;
        info = it->info;
    }
    persist(info);
    reportLog(jobId, QStringLiteral("info"),
        counted ? tr("Step %1 of %2: %3").arg(info.currentStep + 1).arg(info.steps.size()).arg(step)
                : tr("Step %1: %2").arg(info.currentStep + 1).arg(step));
    emit jobUpdated(info);
}

void JobRunner::reportProgress(const QString &jobId, int percent)
{
    JobInfo info;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return;
        const int clamped = std::clamp(percent, 0, 100);
        if (clamped == it->info.progress)
            return;
        it->stepProgressOnly = false;
        it->info.progress = clamped;
        info = it->info;
    }
    // Progress is not persisted on every tick: the step changes and the end
    // of the job are, which is what history needs.
    emit jobUpdated(info);
}

void JobRunner::reportPlannedSteps(const QString &jobId, const QStringList &steps)
{
    JobInfo info;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return;
        // The steps begun so far stay, so the current index still points at
        // the running step.
        QStringList planned = it->info.steps.mid(0, std::max(0, it->info.currentStep + 1));
        planned.append(steps);
        it->info.steps = planned;
        it->stepsCounted = true;
        it->stepsDeclaredWhileRunning = true;
        if (it->stepProgressOnly && it->info.currentStep >= 0)
            it->info.progress = int(100 * it->info.currentStep / std::max<qsizetype>(1, planned.size()));
        info = it->info;
    }
    persist(info);
    emit jobUpdated(info);
}

void JobRunner::reportTarget(const QString &jobId, const QString &type, const QString &id)
{
    JobInfo info;
    {
        QMutexLocker locker(&m_mutex);
        auto it = m_records.find(jobId);
        if (it == m_records.end())
            return;
        it->info.targetType = type;
        it->info.targetId = id;
        info = it->info;
    }
    persist(info);
    emit jobUpdated(info);
}

void JobRunner::reportLog(const QString &jobId, const QString &level, const QString &message)
{
    const JobLogEntry entry { QDateTime::currentDateTimeUtc(), level, message };
    const Status stored = m_store->appendLog(jobId, entry);
    if (!stored.ok())
        qCWarning(lcJobs) << "could not store a log line of job" << jobId << ":" << stored.error();
    emit jobLogged(jobId, entry);
}

void JobRunner::persist(const JobInfo &info)
{
    const Status saved = m_store->save(info);
    if (!saved.ok())
        qCWarning(lcJobs) << "could not store job" << info.id << ":" << saved.error();
}

} // namespace saasodoo::jobs
