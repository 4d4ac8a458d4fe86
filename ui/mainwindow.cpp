// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backupspane.h"
#include "catalogread.h"
#include "consoleservices.h"
#include "customerspane.h"
#include "dashboardpane.h"
#include "hostspane.h"
#include "hosttablemodel.h"
#include "hostwatcher.h"
#include "instancespane.h"
#include "jobmonitor.h"
#include "jobsdock.h"
#include "interruptedjobs.h"
#include "jobspane.h"
#include "lockscreen.h"
#include "navigationsidebar.h"
#include "prompter.h"
#include "sessionlock.h"
#include "settingsdialog.h"
#include "statustext.h"
#include "subscriptionspane.h"
#include "tenantspane.h"
#include "themeicons.h"

#include "core/common/version.h"
#include "core/jobs/jobrunner.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace saasodoo::ui {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kPaneKey = QStringLiteral("mainWindow/pane");
} // namespace

MainWindow::MainWindow(ConsoleServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SaaSOdoo Console"));
    setWindowIcon(themedIcon(QStringLiteral("saasodoo-console"), QStringLiteral("saasodoo")));

    m_monitor = new JobMonitor(m_services ? m_services->jobRunner() : nullptr, this);
    m_sidebar = new NavigationSidebar(this);
    m_panes = new QStackedWidget(this);
    m_panes->setObjectName(QStringLiteral("panes"));

    m_dashboard = new DashboardPane(m_services, m_monitor, m_panes);
    m_customers = new CustomersPane(m_services, m_panes);
    m_tenants = new TenantsPane(m_services, m_panes);
    m_instances = new InstancesPane(m_services, m_panes);
    m_backups = new BackupsPane(m_services, m_panes);
    m_subscriptions = new SubscriptionsPane(m_services, m_panes);
    m_hosts = new HostsPane(m_services, m_panes);
    m_jobs = new JobsPane(m_monitor, m_panes);

    addPane(Dashboard, m_dashboard, QStringLiteral("dashboard"), tr("Dashboard"));
    addPane(Customers, m_customers, QStringLiteral("customers"), tr("Customers"));
    addPane(Tenants, m_tenants, QStringLiteral("tenants"), tr("Tenants"));
    addPane(Instances, m_instances, QStringLiteral("instances"), tr("Instances"));
    addPane(Backups, m_backups, QStringLiteral("backups"), tr("Backups"));
    addPane(Subscriptions, m_subscriptions, QStringLiteral("subscriptions"), tr("Subscriptions"));
    addPane(Hosts, m_hosts, QStringLiteral("hosts"), tr("Hosts"));
    addPane(Jobs, m_jobs, QStringLiteral("jobs"), tr("Jobs"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_panes);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 1000 });
    splitter->setChildrenCollapsible(false);
    m_sessionLock = new SessionLock(m_services ? m_services->secrets() : nullptr, this);
    m_lockScreen = new LockScreen(m_sessionLock, this);
    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("rootStack"));
    m_root->addWidget(splitter);
    m_root->addWidget(m_lockScreen);
    setCentralWidget(m_root);
    connect(m_sessionLock, &SessionLock::locked, this, [this] { showLocked(true); });
    connect(m_sessionLock, &SessionLock::unlocked, this, [this] { showLocked(false); });

    m_jobsDock = new JobsDock(m_monitor, this);
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);

    connect(m_sidebar, &NavigationSidebar::paneRequested, m_panes, &QStackedWidget::setCurrentIndex);
    const auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    for (ListPane *pane : std::initializer_list<ListPane *> {
             m_customers, m_tenants, m_instances, m_backups, m_hosts, m_jobs })
        connect(pane, &ListPane::statusMessage, this, showMessage);
    connect(m_customers, &CustomersPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_tenants, &TenantsPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_instances, &InstancesPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_hosts, &HostsPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_backups, &BackupsPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_subscriptions, &SubscriptionsPane::statusMessage, this, showMessage);
    connect(m_subscriptions, &SubscriptionsPane::catalogChanged, this, &MainWindow::reloadAll);
    connect(m_subscriptions, &SubscriptionsPane::billingWritten, m_dashboard, &DashboardPane::reload);
    connect(m_customers, &CustomersPane::newTenantRequested, this, [this](const QString &customerId) {
        showPane(Tenants);
        m_tenants->newTenant(customerId);
    });
    connect(m_tenants, &TenantsPane::newInstanceRequested, this, [this](const QString &tenantId) {
        showPane(Instances);
        m_instances->newInstance(tenantId);
    });
    connect(m_monitor, &JobMonitor::jobFinished, this, &MainWindow::notifyFinished);

    // Instance states follow the engines' events instead of a polling timer,
    // and a host whose engine is unreachable is retried with a growing delay.
    if (m_services && m_services->catalog()) {
        m_hostWatcher = new HostWatcher(m_services->catalogConfig(), m_services->secrets(), this);
        connect(m_hostWatcher, &HostWatcher::instancesChanged, this, [this] {
            m_instances->reload();
            m_dashboard->reload();
        });
        m_hosts->setHostWatcher(m_hostWatcher);

        m_stampRead = std::make_unique<BackgroundCatalogRead>();
        m_changePoll = new QTimer(this);
        m_changePoll->setInterval(std::chrono::seconds(5));
        connect(m_changePoll, &QTimer::timeout, this, &MainWindow::pollCatalogChanges);
        m_changePoll->start();
        // The watcher follows the hosts the Hosts pane last read.
        connect(m_hosts, &HostsPane::reloaded, m_hostWatcher, [this] {
            QStringList hostIds;
            for (const HostRow &row : m_hosts->model()->rows()) {
                if (row.host.status != catalog::HostStatus::Retired)
                    hostIds.append(row.host.id);
            }
            m_hostWatcher->watchHosts(hostIds);
        });
        m_dashboard->setHostWatcher(m_hostWatcher);
    }

    createMenus();

    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setObjectName(QStringLiteral("catalogLabel"));
    statusBar()->addPermanentWidget(m_catalogLabel);
    if (m_services && m_services->catalog()) {
        m_catalogLabel->setText(tr("Catalog: %1").arg(m_services->catalogConfig().displayName()));
        statusBar()->showMessage(tr("Ready"));
    } else if (m_services) {
        m_catalogLabel->setText(tr("Catalog not open"));
        statusBar()->showMessage(tr("The catalog could not be opened: %1").arg(m_services->catalogError()));
    } else {
        statusBar()->showMessage(tr("Ready"));
    }

    if (m_services) {
        m_interruptedNamesRead = std::make_unique<BackgroundCatalogRead>();
        showInterruptedJobs();
        m_jobs->setServices(m_services);
        connect(m_instances, &InstancesPane::takeOverRequested, m_jobs, &JobsPane::takeOver);
        connect(m_jobs, &JobsPane::interruptedJobsChanged, this, [this] {
            showInterruptedJobs();
            m_instances->reload();
        });
        connect(m_services->secrets(), &secrets::SecretStore::keychainUnavailable, this,
            [this](const QString &explanation) { statusBar()->showMessage(explanation, 15000); },
            Qt::QueuedConnection);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("SaaSOdoo Console"));
        m_tray->show();
    }

    const int idleMinutes = QSettings().value(QStringLiteral("security/idleLockMinutes"), 0).toInt();
    if (idleMinutes > 0)
        m_sessionLock->setIdleLimit(std::chrono::minutes(idleMinutes));

    reloadAll();
    // The first stamps are the baseline that later polls compare with.
    pollCatalogChanges();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::showInterruptedJobs()
{
    const QList<jobs::JobInfo> interrupted = m_services->interruptedJobs();
    m_jobsDock->setInterruptedJobs(interrupted);
    if (interrupted.isEmpty() || !m_services->catalog()) {
        m_interruptedNamesRead->drop();
        return;
    }
    // The dock names each job's instance, which CLI jobs' titles may not.
    m_interruptedNamesRead->start(this, m_services->catalogConfig(),
        [interrupted](catalog::Catalog &db) { return InterruptedJobs::readInstanceNames(db, interrupted); },
        [this, interrupted](const Result<QHash<QString, QString>> &names) {
            if (!names) {
                statusBar()->showMessage(
                    tr("Could not read the instances of the interrupted jobs: %1").arg(names.error()));
                return;
            }
            QList<jobs::JobInfo> described = interrupted;
            for (jobs::JobInfo &job : described)
                job.title = InterruptedJobs::describe(job, names->value(job.targetId));
            m_jobsDock->setInterruptedJobs(described);
        });
}

void MainWindow::addPane(Pane pane, QWidget *widget, const QString &iconName, const QString &title)
{
    widget->setObjectName(iconName + QStringLiteral("Pane"));
    m_panes->insertWidget(pane, widget);

    // Ctrl+1 … Ctrl+8 switch panes, in sidebar order.
    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(int(Qt::Key_1) + int(pane))));
    m_sidebar->addPane(iconName, title, shortcut.toString(QKeySequence::NativeText));
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, pane] { showPane(pane); });
    addAction(action);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("New &customer…"), this, [this] {
        showPane(Customers);
        m_customers->newCustomer();
    });
    fileMenu->addAction(tr("New &tenant…"), this, [this] {
        showPane(Tenants);
        m_tenants->newTenant();
    });
    fileMenu->addAction(tr("New &instance…"), this, [this] {
        showPane(Instances);
        m_instances->newInstance();
    });
    fileMenu->addAction(tr("Add &host…"), this, [this] {
        showPane(Hosts);
        m_hosts->addHost();
    });
    QAction *restoreFile = fileMenu->addAction(themedIcon(QStringLiteral("document-open"),
                                                   QStringLiteral("document-open")),
        tr("&Restore from file…"), this, [this] {
            showPane(Instances);
            m_instances->chooseFileToRestore(QString());
        });
    restoreFile->setObjectName(QStringLiteral("restoreFromFileAction"));
    restoreFile->setShortcut(QKeySequence::Open);
    restoreFile->setToolTip(tr("Restore an Odoo backup (.zip or .dump) as a new instance or into an instance"));
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(themedIcon(QStringLiteral("preferences-system"),
                                                      QStringLiteral("settings")),
        tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *signOut = fileMenu->addAction(tr("Sign &out"), m_sessionLock, &SessionLock::lock);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    signOut->setToolTip(tr("Drop every secret held in memory and lock the console until the keychain unlocks it"));
    QAction *idleLock = fileMenu->addAction(tr("Lock when &idle…"), this, &MainWindow::chooseIdleLock);
    idleLock->setObjectName(QStringLiteral("idleLockAction"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *dockAction = m_jobsDock->toggleViewAction();
    dockAction->setText(tr("&Running jobs"));
    dockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    viewMenu->addAction(dockAction);
    viewMenu->addAction(tr("Re&load all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
        &MainWindow::reloadAll);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SaaSOdoo Console"), this, [this] {
        QMessageBox::about(this, tr("About SaaSOdoo Console"),
            tr("SaaSOdoo Console %1\nHosting administration for Odoo.").arg(saasodoo::version()));
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_services, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.restartNeeded()
            ? tr("Settings saved. Restart the console for the catalog, backup and scheduler changes to take effect.")
            : tr("Settings saved."),
        15000);
    // Billing settings change invoice figures at once.
    m_subscriptions->reload();
    m_dashboard->reload();
}

void MainWindow::showLocked(bool locked)
{
    if (locked) {
        // Open dialogs may show secrets or customer data: close them. What
        // they had not saved is lost, as with any cancelled dialog.
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
                dialog->reject();
        }
        m_dockWasVisible = m_jobsDock->isVisible();
        m_jobsDock->hide();
        m_root->setCurrentWidget(m_lockScreen);
        menuBar()->setEnabled(false);
        m_lockScreen->unlockButton()->setFocus();
        statusBar()->showMessage(tr("Signed out: secrets dropped from memory."));
        return;
    }
    m_root->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_jobsDock->setVisible(m_dockWasVisible);
    statusBar()->showMessage(tr("Unlocked."), 5000);
    reloadAll();
}

void MainWindow::chooseIdleLock()
{
    bool ok = false;
    const int current = int(std::chrono::duration_cast<std::chrono::minutes>(m_sessionLock->idleLimit()).count());
    const int minutes = QInputDialog::getInt(this, tr("Lock when idle"),
        tr("Lock the console after this many minutes without keyboard or mouse input (0 turns it off):"), current, 0,
        24 * 60, 1, &ok);
    if (!ok)
        return;
    m_sessionLock->setIdleLimit(std::chrono::minutes(minutes));
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), minutes);
    statusBar()->showMessage(minutes > 0 ? tr("The console locks after %n idle minute(s).", nullptr, minutes)
                                         : tr("Idle lock turned off."),
        5000);
}

void MainWindow::reloadAll()
{
    m_customers->reload();
    m_tenants->reload();
    m_instances->reload();
    m_backups->reload();
    m_subscriptions->reload();
    m_hosts->reload();
    m_jobs->reload();
    m_dashboard->reload();
}

void MainWindow::notifyFinished(const jobs::JobInfo &job)
{
    const QString title = StatusText::jobTitle(job);
    QString message;
    switch (job.state) {
    case jobs::JobState::Succeeded: message = tr("%1: done.").arg(title); break;
    case jobs::JobState::Cancelled: message = tr("%1: cancelled.").arg(title); break;
    default: message = tr("%1: %2. %3").arg(title, StatusText::jobState(job.state), job.error); break;
    }
    statusBar()->showMessage(message, 15000);
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(tr("Job finished"), message,
            job.state == jobs::JobState::Succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    reloadAll();
}

MainWindow::Pane MainWindow::currentPane() const
{
    return static_cast<Pane>(m_panes->currentIndex());
}

void MainWindow::showPane(Pane pane)
{
    m_sidebar->setCurrentRow(pane);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<jobs::JobInfo> active = ownActiveJobs();
    if (m_quitting && !active.isEmpty()) {
        // Already cancelled: the window closes by itself when they stop.
        updateQuitWait();
        event->ignore();
        return;
    }
    if (!active.isEmpty()) {
        if (!confirmQuitWithJobs(active)) {
            event->ignore();
            return;
        }
        waitForJobsThenQuit(active);
        event->ignore();
        return;
    }
    for (ListPane *pane : std::initializer_list<ListPane *> {
             m_customers, m_tenants, m_instances, m_backups, m_hosts, m_jobs })
        pane->saveHeaderState();
    m_subscriptions->saveHeaderState();
    saveWindowState();
    event->accept();
}

bool MainWindow::hasOtherProcessesActiveJobs() const
{
    jobs::JobRunner *runner = m_monitor->runner();
    if (!runner)
        return false;
    for (const jobs::JobInfo &job : m_monitor->activeJobs()) {
        if (!runner->job(job.id))
            return true;
    }
    return false;
}

QList<jobs::JobInfo> MainWindow::ownActiveJobs() const
{
    // The runner lists only this process's jobs; the monitor's model also
    // shows other consoles' jobs, which quitting neither cancels nor waits for.
    if (jobs::JobRunner *runner = m_monitor->runner())
        return runner->activeJobs();
    return m_monitor->activeJobs();
}

bool MainWindow::confirmQuitWithJobs(const QList<jobs::JobInfo> &active)
{
    QStringList lines;
    bool creates = false;
    bool restores = false;
    for (const jobs::JobInfo &job : active) {
        lines.append(QStringLiteral("• ") + StatusText::jobTitle(job));
        creates = creates || job.kind == QLatin1String("instance.create");
        restores = restores || job.kind == QLatin1String("backup.restore");
    }
    QString text = tr("%n job(s) still queued or running:\n%1\n\nIf you quit, the console cancels them and stays "
                      "open until each has stopped at its next step. A queued job does not start.",
        nullptr, int(active.size()))
                       .arg(lines.join(QLatin1Char('\n')));
    if (creates) {
        text += QStringLiteral("\n\n")
            + tr("A cancelled create removes what it created and leaves the instance in the error state; you can "
                 "create it again later.");
    }
    if (restores) {
        text += QStringLiteral("\n\n")
            + tr("A cancelled restore into an instance leaves the instance as it was; a cancelled restore as a new "
                 "instance removes what it created.");
    }
    text += QStringLiteral("\n\n") + tr("Quit anyway?");
    const auto answer = Prompter::question(this, tr("Jobs are still running"), text,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void MainWindow::waitForJobsThenQuit(const QList<jobs::JobInfo> &active)
{
    m_quitting = true;
    if (jobs::JobRunner *runner = m_monitor->runner()) {
        for (const jobs::JobInfo &job : active)
            runner->cancel(job.id);
    }
    // Nothing new may start while the console waits to quit.
    m_root->setEnabled(false);
    if (!m_quitWaitLabel) {
        m_quitWaitLabel = new QLabel(this);
        m_quitWaitLabel->setObjectName(QStringLiteral("quitWaitLabel"));
        m_quitWaitLabel->setTextFormat(Qt::PlainText);
        statusBar()->addWidget(m_quitWaitLabel, 1);
        connect(m_monitor, &JobMonitor::jobFinished, this, &MainWindow::updateQuitWait);
    }
    updateQuitWait();
}

void MainWindow::updateQuitWait()
{
    if (!m_quitting)
        return;
    const QList<jobs::JobInfo> active = ownActiveJobs();
    if (active.isEmpty()) {
        // Closing from inside the signal that reported the last job would
        // tear the window down under the monitor's own slot.
        QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    QStringList titles;
    for (const jobs::JobInfo &job : active)
        titles.append(StatusText::jobTitle(job));
    const QString text = tr("Quitting: waiting for %n job(s) to stop: %1", nullptr, int(active.size()))
                             .arg(titles.join(QStringLiteral(", ")));
    m_quitWaitLabel->setText(text);
    setWindowTitle(tr("SaaSOdoo Console (quitting)"));
}

void MainWindow::pollCatalogChanges()
{
    if (!m_stampRead || m_stampRead->running() || m_quitting || !m_services || !m_services->catalog())
        return;
    m_stampRead->start(this, m_services->catalogConfig(),
        [](catalog::Catalog &db) { return catalog::readChangeStamps(db); },
        [this](Result<catalog::ChangeStamps> stamps) {
            // A catalog that cannot be read shows its error in the panes'
            // own reads; the next poll tries again.
            if (!stamps)
                return;
            const std::optional<catalog::ChangeStamps> previous = m_stamps;
            m_stamps = stamps.value();
            // A process killed in the middle of a job leaves no change in the
            // catalog, so while other processes' jobs are active the Jobs pane
            // rereads them and checks that their processes are still alive.
            const bool jobsChanged = previous && previous->jobs != m_stamps->jobs;
            if (jobsChanged || hasOtherProcessesActiveJobs())
                m_jobs->reload();
            if (!previous) {
                // The panes' first reads ran beside this one, so a change
                // made between the two is in these stamps but maybe not in
                // the panes: they read once more.
                reloadAll();
                return;
            }
            if (*previous == *m_stamps)
                return;
            if (previous->customers != m_stamps->customers)
                m_customers->reload();
            if (previous->tenants != m_stamps->tenants)
                m_tenants->reload();
            if (previous->hosts != m_stamps->hosts)
                m_hosts->reload();
            if (previous->instances != m_stamps->instances) {
                m_instances->reload();
                m_backups->reload();
            }
            if (previous->billingDiffers(*m_stamps))
                m_subscriptions->reload();
            m_dashboard->reload();
        });
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(kStateKey).toByteArray());
    const int pane = settings.value(kPaneKey, int(Dashboard)).toInt();
    showPane(pane >= 0 && pane < PaneCount ? static_cast<Pane>(pane) : Dashboard);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPaneKey, int(currentPane()));
}

} // namespace saasodoo::ui
