// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace saasodoo::ui {

class ConsoleServices;
class JobMonitor;

// An overview from the catalog's rows: instances by status, each host with
// its capacity and load, and the latest failed jobs.
class DashboardPane final : public QWidget
{
    Q_OBJECT

public:
    DashboardPane(ConsoleServices *services, JobMonitor *monitor, QWidget *parent = nullptr);

    void reload();
    QString html() const;

private:
    ConsoleServices *m_services;
    JobMonitor *m_monitor;
    QTextBrowser *m_view = nullptr;
};

} // namespace saasodoo::ui
