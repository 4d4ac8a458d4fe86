// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspane.h"

#include "consoleservices.h"
#include "interruptedjobs.h"
#include "jobmonitor.h"
#include "jobtablemodel.h"
#include "statustext.h"

#include "core/jobs/jobrunner.h"

#include <QAction>
#include <QMessageBox>
#include <QLocale>
#include <QTreeView>

namespace saasodoo::ui {

JobsPane::JobsPane(JobMonitor *monitor, QWidget *parent)
    : ListPane(QStringLiteral("jobsPane"), monitor->model(), parent)
    , m_monitor(monitor)
{
    m_cancelAction = addPaneAction(QStringLiteral("process-stop"), tr("&Cancel job"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_resumeAction = addPaneAction(QStringLiteral("media-playback-start"), tr("R&esume job"), QKeySequence());
    m_cleanUpAction = addPaneAction(QStringLiteral("edit-clear"), tr("C&lean up job"), QKeySequence());
    addSeparator();
    m_refreshAction = addPaneAction(QStringLiteral("view-refresh"), tr("&Refresh"), QKeySequence::Refresh);
    connect(m_cancelAction, &QAction::triggered, this, &JobsPane::cancelSelected);
    connect(m_resumeAction, &QAction::triggered, this, &JobsPane::resumeSelected);
    connect(m_cleanUpAction, &QAction::triggered, this, &JobsPane::cleanUpSelected);
    connect(m_refreshAction, &QAction::triggered, this, &JobsPane::reload);
    connect(m_monitor, &JobMonitor::jobLogged, this, [this](const QString &jobId) {
        if (selectedIds().contains(jobId))
            refreshDetails();
    });
    connect(m_monitor, &JobMonitor::jobChanged, this, &JobsPane::updateActions);
    connect(m_monitor, &JobMonitor::jobChanged, this, [this](const jobs::JobInfo &job) {
        showSummary();
        if (selectedIds().contains(job.id))
            refreshDetails();
    });
    connect(m_monitor, &JobMonitor::refreshed, this, &JobsPane::afterRefresh);

    addStatusChoice(tr("All states"), {});
    addStatusChoice(tr("Active"), { jobs::stateName(jobs::JobState::Queued), jobs::stateName(jobs::JobState::Running) });
    addStatusChoice(tr("Needs attention"),
        { jobs::stateName(jobs::JobState::Failed), jobs::stateName(jobs::JobState::Interrupted) });
    for (jobs::JobState state : StatusText::allJobStates())
        addStatusChoice(StatusText::jobState(state), { jobs::stateName(state) });

    view()->sortByColumn(JobTableModel::Created, Qt::DescendingOrder);
    updateActions();
    refreshDetails();
}

void JobsPane::reload()
{
    m_monitor->refresh();
    showSummary();
    refreshDetails();
}

void JobsPane::showSummary()
{
    setSummary(tr("%n job(s)", nullptr, m_monitor->model()->rowCount()));
}

void JobsPane::afterRefresh(const QString &error)
{
    if (!error.isEmpty())
        emit statusMessage(tr("Could not read the job history: %1").arg(error));
    showSummary();
    updateActions();
    refreshDetails();
    resolveInstanceNames();
    if (!m_services)
        return;

    // The jobs that the catalog lists as interrupted, whether this console,
    // the CLI or another console marked them, are the ones the Instances
    // pane and the dock offer to resume or clean up.
    QList<jobs::JobInfo> interrupted;
    for (const jobs::JobInfo &job : m_monitor->model()->rows()) {
        if (job.state == jobs::JobState::Interrupted)
            interrupted.append(job);
    }
    QStringList knownIds;
    for (const jobs::JobInfo &job : m_services->interruptedJobs())
        knownIds.append(job.id);
    QStringList foundIds;
    for (const jobs::JobInfo &job : interrupted)
        foundIds.append(job.id);
    knownIds.sort();
    foundIds.sort();
    if (knownIds == foundIds)
        return;
    m_services->setInterruptedJobs(interrupted);
    emit interruptedJobsChanged();
}

void JobsPane::setServices(ConsoleServices *services)
{
    m_services = services;
    updateActions();
    resolveInstanceNames();
}

void JobsPane::resolveInstanceNames()
{
    const QStringList ids = m_monitor->model()->untitledInstanceIds();
    if (ids.isEmpty() || !m_services || !m_services->catalog())
        return;
    m_namesRead.start(this, m_services->catalogConfig(),
        [ids](catalog::Catalog &db) -> Result<QHash<QString, QString>> {
            QHash<QString, QString> names;
            for (const QString &id : ids) {
                // A job of an instance that is gone keeps its plain kind.
                if (const Result<catalog::Instance> instance = db.instance(id))
                    names.insert(id, instance->name);
            }
            return names;
        },
        [this](const Result<QHash<QString, QString>> &names) {
            if (!names) {
                emit statusMessage(tr("Could not read the instance names of older jobs: %1").arg(names.error()));
                return;
            }
            m_monitor->model()->setTargetNames(names.value());
            refreshDetails();
        });
}

void JobsPane::cancelSelected()
{
    for (const QString &id : selectedIds())
        m_monitor->runner()->cancel(id);
}

void JobsPane::resumeSelected()
{
    if (const QStringList ids = selectedIds(); ids.size() == 1)
        takeOver(ids.first(), true);
}

void JobsPane::cleanUpSelected()
{
    if (const QStringList ids = selectedIds(); ids.size() == 1)
        takeOver(ids.first(), false);
}

void JobsPane::takeOver(const QString &jobId, bool resume)
{
    if (!m_services)
        return;
    const int row = m_monitor->model()->rowOf(jobId);
    if (row < 0)
        return;
    const jobs::JobInfo job = m_monitor->model()->rowAt(row);
    const InterruptedJobs::TakeOver mode
        = resume ? InterruptedJobs::TakeOver::Resume : InterruptedJobs::TakeOver::CleanUp;
    if (const QString reason = InterruptedJobs::unavailableReason(job, mode); !reason.isEmpty()) {
        QMessageBox::warning(this, resume ? tr("Resume job") : tr("Clean up job"), reason);
        return;
    }
    if (m_takeOverRead.running() || !m_services->catalog())
        return;
    m_takeOverRead.start(this, m_services->catalogConfig(),
        [job](catalog::Catalog &db) { return InterruptedJobs::readInstanceNames(db, { job }); },
        [this, job, resume](const Result<QHash<QString, QString>> &names) {
            // Without the name the job is still taken over, under its own title.
            if (!names)
                emit statusMessage(tr("Could not read the instance of job %1: %2").arg(job.id, names.error()));
            submitTakeOver(job, resume, names ? names->value(job.targetId) : QString());
            updateActions();
        });
    updateActions();
}

void JobsPane::submitTakeOver(const jobs::JobInfo &job, bool resume, const QString &instanceName)
{
    if (!m_services)
        return;
    QString error;
    const QString newId = InterruptedJobs::submit(*m_services, job,
        resume ? InterruptedJobs::TakeOver::Resume : InterruptedJobs::TakeOver::CleanUp, instanceName, &error);
    if (newId.isEmpty()) {
        QMessageBox::warning(this, resume ? tr("Resume job") : tr("Clean up job"), error);
        return;
    }
    // Once the take-over succeeds, its body has closed the interrupted job
    // in the store; the model and the interrupted list follow here.
    connect(m_monitor, &JobMonitor::jobFinished, this, [this, newId, job, resume](const jobs::JobInfo &finished) {
        if (finished.id != newId || finished.state != jobs::JobState::Succeeded)
            return;
        jobs::JobInfo closed = job;
        closed.state = jobs::JobState::Cancelled;
        closed.error = resume ? tr("Interrupted; resumed as job %1.").arg(newId)
                              : tr("Interrupted; cleaned up by job %1.").arg(newId);
        m_monitor->update(closed);
        if (m_services)
            m_services->forgetInterruptedJob(job.id);
        emit interruptedJobsChanged();
    });
}

void JobsPane::updateActions()
{
    bool anyActive = false;
    for (const QString &id : selectedIds()) {
        if (const int row = m_monitor->model()->rowOf(id); row >= 0)
            anyActive = anyActive || !jobs::isFinal(m_monitor->model()->rowAt(row).state);
    }
    setActionAvailable(m_cancelAction, anyActive && m_monitor->runner(),
        tr("Select a queued or running job to cancel it."));

    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_monitor->model()->rowOf(ids.first()) : -1;
    const auto takeOverReason = [&](InterruptedJobs::TakeOver mode) -> QString {
        if (!m_services || !m_monitor->runner())
            return tr("No catalog is open.");
        if (row < 0)
            return tr("Select one interrupted job.");
        if (m_takeOverRead.running())
            return tr("Reading the interrupted job's instance; wait a moment.");
        return InterruptedJobs::unavailableReason(m_monitor->model()->rowAt(row), mode);
    };
    const QString resumeReason = takeOverReason(InterruptedJobs::TakeOver::Resume);
    const QString cleanUpReason = takeOverReason(InterruptedJobs::TakeOver::CleanUp);
    setActionAvailable(m_resumeAction, resumeReason.isEmpty(), resumeReason);
    setActionAvailable(m_cleanUpAction, cleanUpReason.isEmpty(), cleanUpReason);
    if (resumeReason.isEmpty())
        m_resumeAction->setToolTip(tr("Clean up what the interrupted job left behind, then run its action again."));
    if (cleanUpReason.isEmpty())
        m_cleanUpAction->setToolTip(tr("Remove what the interrupted job left behind and put its instance in "
                                       "the error state, from where it can be retried or deleted."));
    setActionAvailable(m_refreshAction, true);
}

QString JobsPane::detailsHtml(const QStringList &ids) const
{
    if (ids.isEmpty())
        return tr("<p>Select a job to read its log.</p>");
    if (ids.size() > 1)
        return tr("<p>%n jobs selected.</p>", nullptr, int(ids.size()));
    const JobTableModel *model = m_monitor->model();
    const int row = model->rowOf(ids.first());
    if (row < 0)
        return {};
    const jobs::JobInfo &job = model->rowAt(row);
    const QLocale locale;
    QString html = detailsTable(m_monitor->model()->title(job),
        {
            { tr("State"), StatusText::jobState(job.state) },
            { tr("Kind"), job.kind },
            { tr("Target"), tr("%1 %2").arg(job.targetType, job.targetId) },
            { tr("Step"), job.currentStepName() },
            { tr("Progress"), tr("%1 %").arg(job.progress) },
            { tr("Created"), locale.toString(job.createdAt.toLocalTime(), QLocale::ShortFormat) },
            { tr("Elapsed"),
                StatusText::duration(JobTableModel::elapsedSeconds(job, QDateTime::currentDateTimeUtc())) },
            { tr("Error"), job.error },
        });
    if (!m_monitor->runner())
        return html;
    const Result<QList<jobs::JobLogEntry>> log = m_monitor->runner()->store()->log(job.id);
    if (!log)
        return html + QStringLiteral("<p>%1</p>").arg(log.error().toHtmlEscaped());
    html += tr("<h4>Log</h4>");
    html += QStringLiteral("<pre>");
    for (const jobs::JobLogEntry &entry : log.value()) {
        const QString line = QStringLiteral("%1 %2 %3\n")
                                 .arg(locale.toString(entry.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                                     entry.level.toUpper().leftJustified(7), entry.message);
        html += line.toHtmlEscaped();
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace saasodoo::ui
