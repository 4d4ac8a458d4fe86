// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogread.h"
#include "listpane.h"

#include "core/jobs/jobtypes.h"

namespace saasodoo::ui {

class ConsoleServices;
class JobMonitor;

// The job history with each job's state, steps and log.
class JobsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit JobsPane(JobMonitor *monitor, QWidget *parent = nullptr);

    // Enables Resume and Clean up for interrupted jobs; without services
    // they stay disabled.
    void setServices(ConsoleServices *services);
    // Reads, on a worker, the names of the instances behind jobs recorded
    // without a title, so that their rows name the instance.
    void resolveInstanceNames();

    // Merges the catalog's jobs into the list on a worker (JobMonitor::refresh),
    // so jobs of the CLI and of other consoles show and jobs whose process
    // died show as interrupted.
    void reload() override;
    void cancelSelected();
    // Takes over the selected interrupted job (resume, or clean up only).
    void resumeSelected();
    void cleanUpSelected();
    // Takes over interrupted job `jobId` once a worker has read the name of
    // its instance; shows why when it cannot. Returns at once.
    void takeOver(const QString &jobId, bool resume);

signals:
    // A take-over closed an interrupted job.
    void interruptedJobsChanged();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    void showSummary();
    // Runs once the monitor merged the catalog's jobs.
    void afterRefresh(const QString &error);
    void submitTakeOver(const jobs::JobInfo &job, bool resume, const QString &instanceName);

    JobMonitor *m_monitor;
    ConsoleServices *m_services = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_cleanUpAction = nullptr;
    QAction *m_refreshAction = nullptr;
    BackgroundCatalogRead m_namesRead;
    BackgroundCatalogRead m_takeOverRead; // the instance name that a take-over's title shows
};

} // namespace saasodoo::ui
