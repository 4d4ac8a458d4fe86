// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobscheduler.h"

#include "core/common/logging.h"

#include <QCoreApplication>
#include <QSettings>

namespace saasodoo::jobs {

JobScheduler::JobScheduler(JobRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &JobScheduler::tick);
    // The runner emits jobFinished on a worker thread, so `this` as the
    // context queues it to the scheduler's thread.
    connect(m_runner, &JobRunner::jobFinished, this, &JobScheduler::handleJobFinished);
}

JobScheduler::~JobScheduler() = default;

void JobScheduler::addTask(ScheduledTask task)
{
    m_tasks.append(std::move(task));
}

void JobScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds JobScheduler::interval() const
{
    return m_timer.intervalAsDuration();
}

void JobScheduler::start()
{
    m_stopping = false;
    m_timer.start();
    tick();
}

void JobScheduler::stop()
{
    m_stopping = true;
    m_timer.stop();
}

bool JobScheduler::tick()
{
    if (m_tasks.isEmpty())
        return false;
    if (isRoundRunning()) {
        const QString reason = tr("The previous scheduled run (job %1, %2) is still running; this round is skipped.")
                                   .arg(m_currentJobId, m_tasks.at(m_currentTask).kind);
        qCInfo(lcJobs).noquote() << reason;
        emit roundSkipped(reason);
        return false;
    }
    m_stopping = false;
    qCInfo(lcJobs) << "scheduled round started with" << m_tasks.size() << "task(s)";
    emit roundStarted();
    submitTask(0);
    return true;
}

void JobScheduler::submitTask(int index)
{
    if (index >= m_tasks.size() || m_stopping) {
        m_currentTask = -1;
        m_currentJobId.clear();
        emit roundFinished();
        return;
    }
    const ScheduledTask &task = m_tasks.at(index);
    ScheduledJob job = task.prepare();
    job.request.kind = task.kind;
    m_currentTask = index;
    m_currentJobId = m_runner->submit(job.request, std::move(job.body));
    qCInfo(lcJobs) << "scheduled job" << m_currentJobId << task.kind << "submitted";
    emit jobSubmitted(m_currentJobId, task.kind);
}

void JobScheduler::handleJobFinished(const JobInfo &job)
{
    if (job.id != m_currentJobId)
        return;
    if (job.state != JobState::Succeeded)
        qCWarning(lcJobs).noquote() << "scheduled job" << job.id << job.kind << stateName(job.state) << job.error;
    submitTask(m_currentTask + 1);
}

namespace {

const QString intervalKey = QStringLiteral("scheduler/interval-minutes");
constexpr int defaultIntervalMinutes = 60;
constexpr int maximumIntervalMinutes = 24 * 60;

} // namespace

int loadSchedulerIntervalMinutes(const QSettings &settings)
{
    bool ok = false;
    const int minutes = settings.value(intervalKey, defaultIntervalMinutes).toInt(&ok);
    return ok && validateSchedulerInterval(minutes).ok() ? minutes : defaultIntervalMinutes;
}

Status validateSchedulerInterval(int minutes)
{
    if (minutes < 0 || minutes > maximumIntervalMinutes)
        return makeError(QCoreApplication::translate("Jobs", "Scheduler interval %1 is invalid: use 0 (off) to %2 "
                                                             "minutes.")
                             .arg(minutes)
                             .arg(maximumIntervalMinutes));
    return {};
}

Status saveSchedulerInterval(QSettings &settings, int minutes)
{
    if (Status valid = validateSchedulerInterval(minutes); !valid)
        return valid;
    settings.setValue(intervalKey, minutes);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return makeError(QCoreApplication::translate("Jobs", "Could not write the settings file %1.")
                             .arg(settings.fileName()));
    return {};
}

} // namespace saasodoo::jobs
