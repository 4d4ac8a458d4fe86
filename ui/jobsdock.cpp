// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsdock.h"

#include "jobmonitor.h"
#include "jobtablemodel.h"
#include "statustext.h"

#include "core/jobs/jobrunner.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace saasodoo::ui {

JobsDock::JobsDock(JobMonitor *monitor, QWidget *parent)
    : QDockWidget(tr("Running jobs"), parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("jobsDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);

    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_interrupted = new QLabel(m_content);
    m_interrupted->setObjectName(QStringLiteral("interruptedJobs"));
    m_interrupted->setWordWrap(true);
    m_interrupted->setVisible(false);
    m_empty = new QLabel(tr("No jobs are running."), m_content);
    m_empty->setObjectName(QStringLiteral("noJobs"));
    m_rowsLayout = new QVBoxLayout;
    layout->addWidget(m_interrupted);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    // A scroll area's size hint is narrow, so a new dock would open too
    // narrow for the progress bar and Cancel. The rows never scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
    m_scroll = scroll;
    updateMinimumWidth();

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &JobsDock::tick);

    connect(m_monitor, &JobMonitor::jobChanged, this, &JobsDock::update);
    for (const jobs::JobInfo &job : m_monitor->activeJobs())
        update(job);
    updateEmptyState();
}

void JobsDock::setInterruptedJobs(const QList<jobs::JobInfo> &jobs)
{
    if (jobs.isEmpty()) {
        m_interrupted->setVisible(false);
        return;
    }
    QStringList titles;
    for (const jobs::JobInfo &job : jobs)
        titles.append(StatusText::jobTitle(job));
    m_interrupted->setText(tr("%n job(s) stopped when the console last quit and are marked interrupted: %1. "
                              "Select each in the Jobs pane and choose Resume job or Clean up job.",
        nullptr, int(jobs.size()))
                               .arg(titles.join(QStringLiteral(", "))));
    m_interrupted->setToolTip(tr("An interrupted job leaves its instance in the state it had when the console "
                                 "stopped, and no action is offered on it until the job is resumed (cleaned up, "
                                 "then run again) or cleaned up (the instance goes to the error state, from where "
                                 "it can be retried or deleted)."));
    m_interrupted->setVisible(true);
}

void JobsDock::update(const jobs::JobInfo &job)
{
    auto found = m_rows.find(job.id);
    if (jobs::isFinal(job.state)) {
        if (found != m_rows.end()) {
            found->widget->deleteLater();
            m_rows.erase(found);
        }
        updateEmptyState();
        return;
    }
    bool added = false;
    if (found == m_rows.end()) {
        Row row;
        row.widget = new QWidget(m_content);
        row.widget->setObjectName(QStringLiteral("jobRow"));
        auto *grid = new QGridLayout(row.widget);
        grid->setContentsMargins(0, 4, 0, 4);
        row.title = new QLabel(row.widget);
        row.title->setObjectName(QStringLiteral("jobTitle"));
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.step = new QLabel(row.widget);
        row.step->setObjectName(QStringLiteral("jobStep"));
        row.progress = new QProgressBar(row.widget);
        row.progress->setRange(0, 100);
        row.elapsed = new QLabel(row.widget);
        row.elapsed->setObjectName(QStringLiteral("jobElapsed"));
        row.cancel = new QPushButton(tr("Cancel"), row.widget);
        row.cancel->setObjectName(QStringLiteral("cancelJob"));
        const QString jobId = job.id;
        connect(row.cancel, &QPushButton::clicked, this, [this, jobId] {
            m_monitor->runner()->cancel(jobId);
            if (auto it = m_rows.find(jobId); it != m_rows.end()) {
                it->cancel->setEnabled(false);
                it->cancel->setText(tr("Cancelling…"));
            }
        });
        grid->addWidget(row.title, 0, 0, 1, 2);
        grid->addWidget(row.progress, 1, 0);
        grid->addWidget(row.cancel, 1, 1);
        grid->addWidget(row.step, 2, 0);
        grid->addWidget(row.elapsed, 2, 1, Qt::AlignRight);
        m_rowsLayout->addWidget(row.widget);
        found = m_rows.insert(job.id, row);
        added = true;
    }
    found->job = job;
    updateRow(*found);
    if (added)
        updateMinimumWidth();
    updateEmptyState();
}

void JobsDock::updateRow(Row &row)
{
    const jobs::JobInfo &job = row.job;
    row.title->setText(StatusText::jobTitle(job));
    row.progress->setValue(job.progress);
    const QString step = job.currentStepName();
    row.step->setText(job.state == jobs::JobState::Queued ? tr("Queued")
            : step.isEmpty()                              ? StatusText::jobState(job.state)
            : job.steps.isEmpty()                         ? step
                                  : tr("%1 (step %2 of %3)").arg(step).arg(job.currentStep + 1).arg(job.steps.size()));
    row.elapsed->setText(StatusText::duration(JobTableModel::elapsedSeconds(job, QDateTime::currentDateTimeUtc())));
}

void JobsDock::updateMinimumWidth()
{
    // About 36 average characters: a job title, or a progress bar beside Cancel.
    const int width = qMax(m_content->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 36);
    m_scroll->setMinimumWidth(width + m_scroll->verticalScrollBar()->sizeHint().width()
        + 2 * m_scroll->frameWidth());
}

void JobsDock::updateEmptyState()
{
    m_empty->setVisible(m_rows.isEmpty());
    if (m_rows.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
}

void JobsDock::tick()
{
    for (Row &row : m_rows)
        updateRow(row);
}

} // namespace saasodoo::ui
