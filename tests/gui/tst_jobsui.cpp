// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window with real services and a slow job: the event loop keeps
// turning, the dock shows the job, closing needs a confirmation, and the
// status bar reports finished jobs. A job recorded without a title shows
// its instance's name.
#include "ui/consoleservices.h"
#include "ui/jobmonitor.h"
#include "ui/jobsdock.h"
#include "ui/jobspane.h"
#include "ui/jobtablemodel.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include "core/jobs/catalogjobstore.h"
#include "core/jobs/jobowner.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "ui/dashboardpane.h"

#include <QAction>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace saasodoo;
using namespace saasodoo::ui;

class TestJobsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eventLoopTurnsDuringSlowJob();
    void closeAsksWhileJobsRun();
    void closeWaitsForCancelledJobs();
    void cancelButtonStopsJob();
    void narrowDockKeepsCancelVisible();
    void finishedJobShowsInStatusBar();
    void untitledJobShowsInstanceName();
    void errorColumnShowsFirstLine();
    void otherProcessJobFollowsCatalog();

private:
    QString submitSlowJob(int seconds, std::atomic_bool *started = nullptr,
        const QString &title = QStringLiteral("Slow test job"));

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
};

void TestJobsUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_jobsui"));
}

void TestJobsUi::init()
{
    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog-%1.sqlite")
            .arg(QString::fromLatin1(QTest::currentTestFunction()))));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    QVERIFY2(m_services->catalog(), qPrintable(m_services->catalogError()));
}

void TestJobsUi::cleanup()
{
    m_services.reset();
}

QString TestJobsUi::submitSlowJob(int seconds, std::atomic_bool *started, const QString &title)
{
    jobs::JobInfo request;
    request.kind = QStringLiteral("test.slow");
    request.title = title;
    request.steps = { QStringLiteral("wait"), QStringLiteral("finish") };
    return m_services->jobRunner()->submit(request, [seconds, started](jobs::JobContext &context) -> Status {
        if (started)
            *started = true;
        context.beginStep(QStringLiteral("wait"));
        for (int i = 0; i < seconds * 20; ++i) {
            if (context.isCancelled())
                return context.checkCancelled();
            QThread::msleep(50);
        }
        context.beginStep(QStringLiteral("finish"));
        context.info(QStringLiteral("slow job done"));
        return {};
    });
}

void TestJobsUi::eventLoopTurnsDuringSlowJob()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    std::atomic_bool started = false;
    const QString jobId = submitSlowJob(2, &started);
    QTRY_VERIFY(started);

    int ticks = 0;
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();

    auto *dock = window.findChild<JobsDock *>(QStringLiteral("jobsDock"));
    QVERIFY(dock);
    QTRY_COMPARE(dock->runningRowCount(), 1);
    QVERIFY(dock->findChild<QProgressBar *>());

    // While the job sleeps on its worker, the UI thread's timer keeps firing.
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 1500);
    const std::optional<jobs::JobInfo> running = m_services->jobRunner()->job(jobId);
    QVERIFY(running);
    QVERIFY(running->state == jobs::JobState::Running);

    QTRY_COMPARE_WITH_TIMEOUT(dock->runningRowCount(), 0, 10000);
    QVERIFY(m_services->jobRunner()->job(jobId)->state == jobs::JobState::Succeeded);
}

void TestJobsUi::closeAsksWhileJobsRun()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString jobId = submitSlowJob(30);
    QTRY_COMPARE(window.jobMonitor()->activeJobs().size(), 1);

    Prompter::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Slow test job")), qPrintable(Prompter::lastText()));
    QVERIFY(Prompter::lastText().contains(QStringLiteral("cancels them")));

    m_services->jobRunner()->cancel(jobId);
    QTRY_COMPARE(window.jobMonitor()->activeJobs().size(), 0);
    QVERIFY(window.close());
}

void TestJobsUi::closeWaitsForCancelledJobs()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A stop without a title, as older jobs were stored, whose body takes
    // a second to notice the cancel, like a request that is slow to return.
    jobs::JobInfo request;
    request.kind = QStringLiteral("instance.stop");
    request.steps = { QStringLiteral("stop") };
    std::atomic_bool started = false;
    const QString jobId = m_services->jobRunner()->submit(request, [&started](jobs::JobContext &context) -> Status {
        started = true;
        context.beginStep(QStringLiteral("stop"));
        while (!context.isCancelled())
            QThread::msleep(20);
        QThread::msleep(1000);
        return context.checkCancelled();
    });
    QTRY_VERIFY(started);
    QTRY_COMPARE(window.jobMonitor()->activeJobs().size(), 1);

    Prompter::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!window.close());
    const QString prompt = Prompter::lastText();
    QVERIFY2(prompt.contains(QStringLiteral("Stop instance")), qPrintable(prompt));
    QVERIFY2(!prompt.contains(QStringLiteral("provisioning")), qPrintable(prompt));
    QVERIFY2(!prompt.contains(QStringLiteral("cancelled create")), qPrintable(prompt));

    // The window stays up, shows what it waits for, then closes itself.
    QVERIFY(window.isVisible());
    auto *waiting = window.findChild<QLabel *>(QStringLiteral("quitWaitLabel"));
    QVERIFY(waiting);
    QVERIFY2(waiting->text().contains(QStringLiteral("waiting for 1 job(s) to stop")), qPrintable(waiting->text()));
    QVERIFY(waiting->text().contains(QStringLiteral("Stop instance")));
    // A second close while waiting shows no prompt and keeps waiting.
    Prompter::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000);
    QVERIFY(m_services->jobRunner()->job(jobId)->state == jobs::JobState::Cancelled);
}

void TestJobsUi::cancelButtonStopsJob()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString jobId = submitSlowJob(30);

    QPushButton *cancel = nullptr;
    QTRY_VERIFY((cancel = window.findChild<QPushButton *>(QStringLiteral("cancelJob"))) != nullptr);
    // The dock opens wide enough to show Cancel whole.
    auto *dock = window.findChild<JobsDock *>(QStringLiteral("jobsDock"));
    QTRY_VERIFY(cancel->isVisible());
    const QPoint cancelRight = cancel->mapTo(dock, QPoint(cancel->width(), 0));
    QVERIFY2(cancelRight.x() <= dock->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(cancelRight.x()).arg(dock->width())));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->jobRunner()->job(jobId)->state == jobs::JobState::Cancelled, 5000);
    QTRY_COMPARE(window.findChild<JobsDock *>()->runningRowCount(), 0);
}

void TestJobsUi::narrowDockKeepsCancelVisible()
{
    MainWindow window(m_services.get());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString jobId = submitSlowJob(30, nullptr,
        QStringLiteral("Restore backup 2026-12-05 of instance acme-production-erp onto acme-staging-copy"));

    auto *dock = window.findChild<JobsDock *>(QStringLiteral("jobsDock"));
    QVERIFY(dock);
    QPushButton *cancel = nullptr;
    QTRY_VERIFY((cancel = dock->findChild<QPushButton *>(QStringLiteral("cancelJob"))) != nullptr);
    QVERIFY(dock->minimumSizeHint().width() >= 200);
    window.resizeDocks({ dock }, { dock->minimumSizeHint().width() }, Qt::Horizontal);
    QTRY_VERIFY(cancel->isVisible());
    QTest::qWait(50);

    auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
    QVERIFY(scroll);
    const QRect cancelArea(cancel->mapTo(scroll->viewport(), QPoint(0, 0)), cancel->size());
    QVERIFY2(scroll->viewport()->rect().contains(cancelArea),
        qPrintable(QStringLiteral("Cancel at %1,%2 %3x%4 outside the %5 px wide viewport")
                       .arg(cancelArea.x())
                       .arg(cancelArea.y())
                       .arg(cancelArea.width())
                       .arg(cancelArea.height())
                       .arg(scroll->viewport()->width())));
    QVERIFY(cancel->width() >= 16);
    QVERIFY(!cancel->toolTip().isEmpty());

    auto *elapsed = dock->findChild<QLabel *>(QStringLiteral("jobElapsed"));
    QVERIFY(elapsed);
    const QString firstElapsed = elapsed->text();
    QVERIFY(!firstElapsed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text() != firstElapsed, 3000);

    m_services->jobRunner()->cancel(jobId);
    QTRY_COMPARE_WITH_TIMEOUT(dock->runningRowCount(), 0, 5000);
}

void TestJobsUi::finishedJobShowsInStatusBar()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.jobMonitor(), &JobMonitor::jobFinished);
    const QString jobId = submitSlowJob(0);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Slow test job: done")),
        qPrintable(window.statusBar()->currentMessage()));
    const JobTableModel *model = window.jobMonitor()->model();
    const int row = model->rowOf(jobId);
    QVERIFY(row >= 0);
    QVERIFY(model->rowAt(row).state == jobs::JobState::Succeeded);
}

// A failed create's error carries the container's last log lines. The
// table shows its first line, so a row stays one line high, and the whole
// text in the tooltip.
void TestJobsUi::errorColumnShowsFirstLine()
{
    JobTableModel model;
    jobs::JobInfo job;
    job.id = QStringLiteral("job-multiline");
    job.title = QStringLiteral("Create instance acme-erp");
    job.state = jobs::JobState::Failed;
    job.error = QStringLiteral("Step \"Initialise the database\" failed: exit code 1.\nlog line 1\nlog line 2");
    model.upsert(job);
    const QModelIndex cell = model.index(0, JobTableModel::Error);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("Step \"Initialise the database\" failed: exit code 1."));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("log line 2")),
        qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

void TestJobsUi::untitledJobShowsInstanceName()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Customer customer;
    customer.name = QStringLiteral("Old Jobs Ltd");
    customer.email = QStringLiteral("old-jobs@example.co.zw");
    const Result<catalog::Customer> createdCustomer = db->createCustomer(customer);
    QVERIFY2(createdCustomer, qPrintable(createdCustomer.error()));
    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("Old jobs");
    tenant.slug = QStringLiteral("oldjobs");
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    catalog::Host host;
    host.name = QStringLiteral("old-jobs-host");
    host.dockerEndpoint = QStringLiteral("unix://%1").arg(m_dir.filePath(QStringLiteral("no-engine.sock")));
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.imageRepository = QStringLiteral("saasodoo/odoo-standin");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    catalog::Instance instance;
    instance.tenantId = createdTenant->id;
    instance.hostId = createdHost->id;
    instance.name = QStringLiteral("oldjobs-erp");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@example.co.zw");
    instance.databaseName = QStringLiteral("oldjobs_erp");
    instance.subdomain = QStringLiteral("oldjobs-erp");
    instance.status = catalog::InstanceStatus::Stopped;
    const Result<catalog::Instance> createdInstance = db->createInstance(instance);
    QVERIFY2(createdInstance, qPrintable(createdInstance.error()));

    // The catalog's job store keeps no title: only the kind and the target id.
    jobs::JobInfo job;
    job.id = QStringLiteral("11111111-2222-4333-8444-555555555555");
    job.kind = QStringLiteral("instance.stop");
    job.targetType = QStringLiteral("instance");
    job.targetId = createdInstance->id;
    job.state = jobs::JobState::Succeeded;
    job.createdAt = QDateTime::currentDateTimeUtc().addDays(-30);
    job.startedAt = job.createdAt;
    job.finishedAt = job.createdAt.addSecs(5);
    const Status saved = m_services->jobRunner()->store()->save(job);
    QVERIFY2(saved, qPrintable(saved.error()));
    // A job of an instance that no longer exists keeps its plain kind.
    jobs::JobInfo orphan = job;
    orphan.id = QStringLiteral("11111111-2222-4333-8444-666666666666");
    orphan.targetId = QStringLiteral("00000000-0000-4000-8000-00000000dead");
    QVERIFY(m_services->jobRunner()->store()->save(orphan));

    MainWindow window(m_services.get());
    JobTableModel *model = window.jobMonitor()->model();
    const int row = model->rowOf(job.id);
    QVERIFY(row >= 0);
    QTRY_COMPARE(model->index(row, JobTableModel::Title).data().toString(), QStringLiteral("Stop instance oldjobs-erp"));
    const int orphanRow = model->rowOf(orphan.id);
    QVERIFY(orphanRow >= 0);
    QCOMPARE(model->index(orphanRow, JobTableModel::Title).data().toString(), QStringLiteral("Stop instance"));
}

void TestJobsUi::otherProcessJobFollowsCatalog()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Customer customer;
    customer.name = QStringLiteral("CLI Jobs Ltd");
    customer.email = QStringLiteral("cli-jobs@example.co.zw");
    const Result<catalog::Customer> createdCustomer = db->createCustomer(customer);
    QVERIFY2(createdCustomer, qPrintable(createdCustomer.error()));
    catalog::Tenant tenant;
    tenant.customerId = createdCustomer->id;
    tenant.name = QStringLiteral("CLI jobs");
    tenant.slug = QStringLiteral("clijobs");
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    catalog::Host host;
    host.name = QStringLiteral("cli-jobs-host");
    host.dockerEndpoint = QStringLiteral("unix://%1").arg(m_dir.filePath(QStringLiteral("no-engine.sock")));
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    catalog::Instance instance;
    instance.tenantId = createdTenant->id;
    instance.hostId = createdHost->id;
    instance.name = QStringLiteral("clijobs-erp");
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@example.co.zw");
    instance.databaseName = QStringLiteral("clijobs_erp");
    instance.subdomain = QStringLiteral("clijobs-erp");
    instance.status = catalog::InstanceStatus::Stopped;
    const Result<catalog::Instance> createdInstance = db->createInstance(instance);
    QVERIFY2(createdInstance, qPrintable(createdInstance.error()));

    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobTableModel *model = window.jobMonitor()->model();

    // A stand-in for a CLI process running a job: the job's owner is this
    // child's pid. An empty start time makes the pid alone decide liveness.
    QProcess cli;
    cli.start(QStringLiteral("sleep"), { QStringLiteral("600") });
    QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    const QString machine = jobs::currentProcessOwner().section(u':', 0, 0);
    jobs::JobInfo job;
    job.id = QStringLiteral("22222222-3333-4444-8555-666666666666");
    job.kind = QStringLiteral("instance.start");
    job.targetType = QStringLiteral("instance");
    job.targetId = createdInstance->id;
    job.state = jobs::JobState::Running;
    job.steps = { QStringLiteral("start container") };
    job.currentStep = 0;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.startedAt = job.createdAt;
    job.owner = QStringLiteral("%1:%2:").arg(machine).arg(cli.processId());
    // The other process writes through a catalog session of its own.
    jobs::CatalogJobStore otherProcess(m_services->catalogConfig());
    const Status saved = otherProcess.save(job);
    QVERIFY2(saved, qPrintable(saved.error()));

    // The change stamps bring the job in without a click on Refresh.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(job.id) >= 0, 15000);
    QCOMPARE(model->rowAt(model->rowOf(job.id)).state, jobs::JobState::Running);
    // A live owner's job is never marked, by a refresh or by the poll.
    window.jobsPane()->reload();
    QTRY_VERIFY(!window.jobMonitor()->refreshing());
    QCOMPARE(otherProcess.jobs()->constFirst().state, jobs::JobState::Running);
    QCOMPARE(model->rowAt(model->rowOf(job.id)).state, jobs::JobState::Running);

    // SIGKILL, so the job never records an end.
    cli.kill();
    QVERIFY(cli.waitForFinished());
    QTRY_COMPARE_WITH_TIMEOUT(model->rowAt(model->rowOf(job.id)).state, jobs::JobState::Interrupted, 15000);
    const Result<QList<jobs::JobInfo>> stored = otherProcess.jobs();
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().state, jobs::JobState::Interrupted);

    // The console offers the take-over at once, without a restart.
    QList<QString> interruptedIds;
    for (const jobs::JobInfo &interrupted : m_services->interruptedJobs())
        interruptedIds.append(interrupted.id);
    QCOMPARE(interruptedIds, QList<QString> { job.id });
    window.showPane(MainWindow::Jobs);
    window.jobsPane()->selectId(job.id);
    QAction *resume = nullptr;
    QAction *cleanUp = nullptr;
    for (QAction *action : window.jobsPane()->actions()) {
        if (action->text() == QStringLiteral("R&esume job"))
            resume = action;
        if (action->text() == QStringLiteral("C&lean up job"))
            cleanUp = action;
    }
    QVERIFY(resume && cleanUp);
    QVERIFY2(resume->isEnabled(), qPrintable(resume->toolTip()));
    QVERIFY2(cleanUp->isEnabled(), qPrintable(cleanUp->toolTip()));

    // The dashboard's failed jobs list the interrupted job.
    window.showPane(MainWindow::Dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.dashboardPane()->html().contains(QStringLiteral("The process running this job stopped")), 15000);
}

QTEST_MAIN(TestJobsUi)
#include "tst_jobsui.moc"
