// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsdock.h"

#include "jobmonitor.h"
#include "jobtablemodel.h"
#include "statustext.h"
#include "themeicons.h"

#include "core/jobs/jobrunner.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace saasodoo::ui {

namespace {

// A one-line label that shrinks to any width and elides its text at the
// right, with the whole text as its tooltip, so a long job title never
// pushes Cancel out of the dock.
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return { 0, QLabel::minimumSizeHint().height() }; }
    QSize sizeHint() const override { return { 0, QLabel::sizeHint().height() }; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
        painter.setPen(palette().color(foregroundRole()));
        painter.setFont(font());
        painter.drawText(area, int(Qt::AlignLeft | Qt::AlignVCenter), shown);
    }
};

} // namespace

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
    m_interrupted->setTextFormat(Qt::PlainText);
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
        row.title = new ElidedLabel(row.widget);
        row.title->setObjectName(QStringLiteral("jobTitle"));
        row.title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.step = new ElidedLabel(row.widget);
        row.step->setObjectName(QStringLiteral("jobStep"));
        row.step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.progress = new QProgressBar(row.widget);
        row.progress->setRange(0, 100);
        row.progress->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
        row.elapsed = new QLabel(row.widget);
        row.elapsed->setObjectName(QStringLiteral("jobElapsed"));
        row.elapsed->setToolTip(tr("Time since the job started"));
        // An icon button, so Cancel keeps its place however narrow the dock.
        row.cancel = new QPushButton(row.widget);
        row.cancel->setObjectName(QStringLiteral("cancelJob"));
        row.cancel->setIcon(themedIcon(QStringLiteral("process-stop"), QStringLiteral("process-stop")));
        row.cancel->setToolTip(tr("Cancel this job"));
        row.cancel->setAccessibleName(tr("Cancel"));
        row.cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        const QString jobId = job.id;
        connect(row.cancel, &QPushButton::clicked, this, [this, jobId] {
            m_monitor->runner()->cancel(jobId);
            if (auto it = m_rows.find(jobId); it != m_rows.end()) {
                it->cancel->setEnabled(false);
                it->cancel->setToolTip(tr("Cancelling…"));
                it->step->setText(tr("Cancelling…"));
            }
        });
        auto *stepLine = new QHBoxLayout;
        stepLine->addWidget(row.step, 1);
        stepLine->addWidget(row.elapsed);
        grid->addWidget(row.title, 0, 0);
        grid->addWidget(row.cancel, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(row.progress, 1, 0);
        grid->addLayout(stepLine, 2, 0, 1, 2);
        grid->setColumnStretch(0, 1);
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
    row.title->setToolTip(row.title->text());
    row.progress->setValue(job.progress);
    row.elapsed->setText(StatusText::duration(JobTableModel::elapsedSeconds(job, QDateTime::currentDateTimeUtc())));
    // After Cancel, the step line keeps "Cancelling…" until the job ends.
    if (!row.cancel->isEnabled())
        return;
    const QString step = job.currentStepName();
    row.step->setText(job.state == jobs::JobState::Queued ? tr("Queued")
            : step.isEmpty()                              ? StatusText::jobState(job.state)
            : job.steps.isEmpty()                         ? step
                                  : tr("%1 (step %2 of %3)").arg(step).arg(job.currentStep + 1).arg(job.steps.size()));
    row.step->setToolTip(row.step->text());
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
