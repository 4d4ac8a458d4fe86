// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpane.h"

namespace saasodoo::ui {

class JobMonitor;

// The job history with each job's state, steps and log.
class JobsPane final : public ListPane
{
    Q_OBJECT

public:
    explicit JobsPane(JobMonitor *monitor, QWidget *parent = nullptr);

    void reload() override;
    void cancelSelected();

protected:
    void updateActions() override;
    QString detailsHtml(const QStringList &ids) const override;

private:
    JobMonitor *m_monitor;
    QAction *m_cancelAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace saasodoo::ui
