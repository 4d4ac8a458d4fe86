// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/jobtypes.h"

#include <QDockWidget>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace saasodoo::ui {

class JobMonitor;

// The running-jobs dock: one row per queued or running job with its
// progress bar, current step, elapsed time and a Cancel button.
class JobsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsDock(JobMonitor *monitor, QWidget *parent = nullptr);

    // Shows jobs that were running when the console last stopped.
    void setInterruptedJobs(const QList<jobs::JobInfo> &jobs);
    int runningRowCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *title = nullptr;
        QLabel *step = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *elapsed = nullptr;
        QPushButton *cancel = nullptr;
        jobs::JobInfo job;
    };

    void update(const jobs::JobInfo &job);
    void updateRow(Row &row);
    void updateEmptyState();
    void updateMinimumWidth();
    void tick();

    JobMonitor *m_monitor;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_interrupted = nullptr;
    QTimer *m_timer = nullptr;
    QHash<QString, Row> m_rows;
};

} // namespace saasodoo::ui
