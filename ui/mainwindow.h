// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/changestamps.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QTimer;

namespace saasodoo::jobs {
struct JobInfo;
}

namespace saasodoo::ui {

class BackgroundCatalogRead;
class BackupsPane;
class ConsoleServices;
class CustomersPane;
class DashboardPane;
class HostWatcher;
class HostsPane;
class InstancesPane;
class JobMonitor;
class JobsDock;
class JobsPane;
class LockScreen;
class SessionLock;
class SubscriptionsPane;
class NavigationSidebar;
class TenantsPane;

// The console's main window: a navigation sidebar on the left, one pane per
// area of the business on the right, and a dock with the running jobs.
//
// `services` may be null (the panes then show empty lists); otherwise it
// must outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { Dashboard, Customers, Tenants, Instances, Backups, Subscriptions, Hosts, Jobs, PaneCount };
    Q_ENUM(Pane)

    explicit MainWindow(ConsoleServices *services = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPane(Pane pane);
    Pane currentPane() const;

    // Reads every pane's rows again from the catalog.
    void reloadAll();

    CustomersPane *customersPane() const { return m_customers; }
    TenantsPane *tenantsPane() const { return m_tenants; }
    InstancesPane *instancesPane() const { return m_instances; }
    BackupsPane *backupsPane() const { return m_backups; }
    SubscriptionsPane *subscriptionsPane() const { return m_subscriptions; }
    HostsPane *hostsPane() const { return m_hosts; }
    // Null when the catalog is not open.
    HostWatcher *hostWatcher() const { return m_hostWatcher; }
    JobsPane *jobsPane() const { return m_jobs; }
    DashboardPane *dashboardPane() const { return m_dashboard; }
    JobMonitor *jobMonitor() const { return m_monitor; }
    SessionLock *sessionLock() const { return m_sessionLock; }
    LockScreen *lockScreen() const { return m_lockScreen; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPane(Pane pane, QWidget *widget, const QString &iconName, const QString &title);
    void createMenus();
    void notifyFinished(const jobs::JobInfo &job);
    QList<jobs::JobInfo> ownActiveJobs() const;
    // Whether the Jobs pane lists a queued or running job of another process.
    bool hasOtherProcessesActiveJobs() const;
    bool confirmQuitWithJobs(const QList<jobs::JobInfo> &active);
    void waitForJobsThenQuit(const QList<jobs::JobInfo> &active);
    void updateQuitWait();
    void pollCatalogChanges();
    // Lists the interrupted jobs in the dock at once, then again with their
    // instances' names once a worker has read them.
    void showInterruptedJobs();
    void restoreWindowState();
    void saveWindowState() const;
    void showLocked(bool locked);
    void chooseIdleLock();
    void openSettings();

    ConsoleServices *m_services;
    JobMonitor *m_monitor = nullptr;
    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_panes = nullptr;
    DashboardPane *m_dashboard = nullptr;
    CustomersPane *m_customers = nullptr;
    TenantsPane *m_tenants = nullptr;
    InstancesPane *m_instances = nullptr;
    BackupsPane *m_backups = nullptr;
    SubscriptionsPane *m_subscriptions = nullptr;
    HostsPane *m_hosts = nullptr;
    HostWatcher *m_hostWatcher = nullptr;
    JobsPane *m_jobs = nullptr;
    JobsDock *m_jobsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QStackedWidget *m_root = nullptr; // the panes, or the lock screen
    SessionLock *m_sessionLock = nullptr;
    LockScreen *m_lockScreen = nullptr;
    bool m_dockWasVisible = true;
    // Set after the admin chose to quit while jobs ran: the window stays
    // open, saying how many jobs it waits for, and closes when none is left.
    bool m_quitting = false;
    QLabel *m_quitWaitLabel = nullptr;
    // Another console's writes reach this one only through the catalog, so
    // the window polls the catalog's change stamps and reloads what changed.
    QTimer *m_changePoll = nullptr;
    std::unique_ptr<BackgroundCatalogRead> m_stampRead;
    std::unique_ptr<BackgroundCatalogRead> m_interruptedNamesRead;
    std::optional<catalog::ChangeStamps> m_stamps;
};

} // namespace saasodoo::ui
