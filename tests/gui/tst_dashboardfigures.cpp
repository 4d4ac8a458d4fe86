// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dashboard's billing and backup figures against the records of a
// SQLite catalog, and the rule that decides when a backup is overdue.
#include "core/backup/backupoverdue.h"
#include "core/billing/billingrun.h"
#include "core/provisioning/hostcapacity.h"
#include "ui/billingtablemodels.h"
#include "ui/consoleservices.h"
#include "ui/dashboardpane.h"
#include "ui/mainwindow.h"
#include "ui/subscriptionspane.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace saasodoo;
using namespace saasodoo::ui;
using catalog::Currency;
using catalog::InstanceStatus;
using catalog::Invoice;

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overdueRule_data();
    void overdueRule();
    void figuresMatchCatalog();
    void capacitySourcePerFigure();
    void hostCapacityMatchesCore();
    void voidInConsoleRefreshesDashboard();
    void silentEngineLeavesGlobalPoolFree();
    void otherSessionBillingReloads();

private:
    QString addCustomer(const QString &name, Currency currency);
    Invoice addInvoice(const QString &customerId, int monthsBack, const QDate &dueDate, qint64 unitCents);
    QString addInstance(const QString &name, InstanceStatus status);
    void addBackup(const QString &instanceId, catalog::BackupState state, const QDateTime &createdAt);

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
    QString m_planId;
    QString m_tenantId;
    QString m_hostId;
    QHash<QString, QString> m_subscriptions; // customer id to subscription id
};

void TestDashboardFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardfigures"));
    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));

    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    plan.priceZwgCents = 65000;
    plan.maxInstances = 20;
    plan.maxCpuMillicores = 20000;
    plan.maxMemoryBytes = 64LL << 30;
    plan.maxStorageBytes = 500LL << 30;
    const Result<catalog::Plan> created = db->createPlan(plan);
    QVERIFY2(created, qPrintable(created.error()));
    m_planId = created->id;

    catalog::Customer customer;
    customer.name = QStringLiteral("Instance Owner");
    customer.email = QStringLiteral("owner@example.co.zw");
    const Result<catalog::Customer> owner = db->createCustomer(customer);
    QVERIFY2(owner, qPrintable(owner.error()));
    catalog::Tenant tenant;
    tenant.customerId = owner->id;
    tenant.name = QStringLiteral("Owner");
    tenant.slug = QStringLiteral("owner");
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    m_tenantId = createdTenant->id;
    catalog::Host host;
    host.name = QStringLiteral("host-1");
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 8;
    host.memoryBytes = 32LL << 30;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    m_hostId = createdHost->id;
}

QString TestDashboardFigures::addCustomer(const QString &name, Currency currency)
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Customer customer;
    customer.name = name;
    customer.email = name.toLower().replace(u' ', u'.') + QStringLiteral("@example.co.zw");
    const Result<catalog::Customer> created = db->createCustomer(customer);
    if (!created)
        qFatal("customer: %s", qPrintable(created.error()));
    const QDate start = QDate::currentDate().addMonths(-6);
    const Result<catalog::Subscription> subscription = billing::subscribe(
        *db, created->id, m_planId, currency, QDate(start.year(), start.month(), 1), false);
    if (!subscription)
        qFatal("subscription: %s", qPrintable(subscription.error()));
    m_subscriptions.insert(created->id, subscription->id);
    return created->id;
}

Invoice TestDashboardFigures::addInvoice(
    const QString &customerId, int monthsBack, const QDate &dueDate, qint64 unitCents)
{
    const Result<catalog::Subscription> subscription
        = m_services->catalog()->subscription(m_subscriptions.value(customerId));
    if (!subscription)
        qFatal("subscription: %s", qPrintable(subscription.error()));
    const QDate today = QDate::currentDate();
    Invoice invoice;
    invoice.customerId = customerId;
    invoice.subscriptionId = subscription->id;
    invoice.currency = subscription->currency;
    invoice.periodStart = QDate(today.year(), today.month(), 1).addMonths(-monthsBack);
    invoice.periodEnd = invoice.periodStart.addMonths(1);
    invoice.issueDate = qMin(invoice.periodStart, today);
    invoice.dueDate = dueDate;
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting"), 1, unitCents, 0 } };
    const Result<Invoice> created = m_services->catalog()->createInvoice(invoice, true);
    if (!created)
        qFatal("invoice: %s", qPrintable(created.error()));
    return created.value();
}

QString TestDashboardFigures::addInstance(const QString &name, InstanceStatus status)
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Instance instance;
    instance.tenantId = m_tenantId;
    instance.hostId = m_hostId;
    instance.name = name;
    instance.odooVersion = QStringLiteral("17.0");
    instance.imageTag = QStringLiteral("17.0");
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1LL << 30;
    instance.storageLimitBytes = 10LL << 30;
    instance.adminEmail = QStringLiteral("owner@example.co.zw");
    instance.databaseName = name;
    instance.subdomain = name;
    const Result<catalog::Instance> created = db->createInstance(instance);
    if (!created)
        qFatal("instance: %s", qPrintable(created.error()));
    const Result<catalog::Instance> moved = db->setInstanceStatus(created->id, created->rowVersion, status);
    if (!moved)
        qFatal("instance status: %s", qPrintable(moved.error()));
    return created->id;
}

void TestDashboardFigures::addBackup(
    const QString &instanceId, catalog::BackupState state, const QDateTime &createdAt)
{
    catalog::Backup backup;
    backup.instanceId = instanceId;
    backup.kind = catalog::BackupKind::Scheduled;
    backup.state = state;
    backup.location = m_dir.filePath(QStringLiteral("backup.zip"));
    backup.odooVersion = QStringLiteral("17.0");
    backup.createdAt = createdAt;
    if (state == catalog::BackupState::Completed)
        backup.sha256 = QString(64, u'a');
    const Result<catalog::Backup> created = m_services->catalog()->createBackup(backup);
    if (!created)
        qFatal("backup: %s", qPrintable(created.error()));
}

void TestDashboardFigures::overdueRule_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("intervalHours");
    QTest::addColumn<int>("hoursSinceBackup"); // -1: no completed backup
    QTest::addColumn<int>("hoursSinceCreation");
    QTest::addColumn<bool>("overdue");

    const int running = int(InstanceStatus::Running);
    QTest::newRow("within interval") << running << 24 << 23 << 500 << false;
    QTest::newRow("within slack") << running << 24 << 25 << 500 << false;
    QTest::newRow("past slack") << running << 24 << 27 << 500 << true;
    QTest::newRow("stopped past slack") << int(InstanceStatus::Stopped) << 24 << 27 << 500 << true;
    QTest::newRow("long interval") << running << 72 << 50 << 500 << false;
    QTest::newRow("schedule off") << running << 0 << 500 << 500 << false;
    QTest::newRow("suspended") << int(InstanceStatus::Suspended) << 24 << 500 << 500 << false;
    QTest::newRow("error") << int(InstanceStatus::Error) << 24 << 500 << 500 << false;
    QTest::newRow("never backed up, new") << running << 24 << -1 << 3 << false;
    QTest::newRow("never backed up, old") << running << 24 << -1 << 30 << true;
}

void TestDashboardFigures::overdueRule()
{
    QFETCH(int, status);
    QFETCH(int, intervalHours);
    QFETCH(int, hoursSinceBackup);
    QFETCH(int, hoursSinceCreation);
    QFETCH(bool, overdue);

    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    backup::BackupScheduleRow row;
    row.instanceId = QStringLiteral("i-1");
    row.instanceName = QStringLiteral("shop");
    row.status = static_cast<InstanceStatus>(status);
    row.intervalHours = intervalHours;
    row.instanceCreatedAt = now.addSecs(-3600LL * hoursSinceCreation);
    if (hoursSinceBackup >= 0)
        row.lastCompletedAt = now.addSecs(-3600LL * hoursSinceBackup);

    const QList<backup::OverdueBackup> found = backup::overdueBackups({ row }, now);
    QCOMPARE(found.size(), qsizetype(overdue ? 1 : 0));
    if (overdue) {
        QCOMPARE(found.first().instanceName, QStringLiteral("shop"));
        const QDateTime since = hoursSinceBackup >= 0 ? row.lastCompletedAt : row.instanceCreatedAt;
        QCOMPARE(found.first().dueSince, since.addSecs(3600LL * intervalHours));
    }
}

void TestDashboardFigures::capacitySourcePerFigure()
{
    // Record: 4 cores and 16 GiB; engine: 2 cores and 32 GiB. The CPU size
    // is the engine's, the memory size the record's.
    catalog::Host host;
    host.cpuCores = 4;
    host.memoryBytes = 16LL << 30;
    provisioning::HostCapacity capacity;
    capacity.host = host;
    capacity.engineCpus = 2;
    capacity.engineMemoryBytes = 32LL << 30;
    capacity.cpus = 2;
    capacity.memoryBytes = host.memoryBytes;
    capacity.memoryRegistered = true;
    const QString source = DashboardPane::capacitySource(capacity, true);
    QVERIFY2(source.contains(QLatin1String("CPU from the engine")), qPrintable(source));
    QVERIFY2(source.contains(QLatin1String("memory from the host record")), qPrintable(source));
    QVERIFY2(!source.contains(QLatin1String("2 core")), qPrintable(source));

    capacity.memoryRegistered = false;
    QCOMPARE(DashboardPane::capacitySource(capacity, true), QStringLiteral("engine"));
    QVERIFY(DashboardPane::capacitySource(capacity, false).contains(QLatin1String("not reached")));
}

void TestDashboardFigures::figuresMatchCatalog()
{
    catalog::Catalog *db = m_services->catalog();
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const QString harare = addCustomer(QStringLiteral("Harare Hardware"), Currency::Usd);
    const QString bulawayo = addCustomer(QStringLiteral("Bulawayo Bakery"), Currency::Zwg);
    // Issued oldest first, because invoice numbers follow issue dates.
    const Invoice usdPaid = addInvoice(harare, 4, today.addDays(-60), 3000);
    const Invoice usdOverdue1 = addInvoice(harare, 3, today.addDays(-40), 2500);
    const Invoice usdOverdue2 = addInvoice(harare, 2, today.addDays(-10), 4000);
    const Invoice zwgOverdue = addInvoice(bulawayo, 2, today.addDays(-3), 65000);
    const Invoice usdCurrent = addInvoice(harare, 1, today.addDays(5), 1000);
    const Invoice zwgVoid = addInvoice(bulawayo, 1, today.addDays(-30), 65000);
    QVERIFY(db->voidInvoice(zwgVoid.id, QStringLiteral("Wrong currency")));

    catalog::Payment payment;
    payment.invoiceId = usdPaid.id;
    payment.reference = usdPaid.number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=1");
    payment.amountCents = usdPaid.totalCents;
    payment.currency = Currency::Usd;
    const Result<catalog::Payment> stored = db->createPayment(payment);
    QVERIFY2(stored, qPrintable(stored.error()));
    catalog::Payment paid = stored.value();
    paid.status = catalog::PaymentStatus::Paid;
    paid.paynowStatus = QStringLiteral("Paid");
    QVERIFY(db->updatePaymentStatus(paid));
    const Result<catalog::PaymentApplication> applied = db->applyPayment(paid.id);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(int(applied.value()), int(catalog::PaymentApplication::Settled));

    const QString stale = addInstance(QStringLiteral("stale"), InstanceStatus::Running);
    addBackup(stale, catalog::BackupState::Completed, now.addDays(-2));
    const QString fresh = addInstance(QStringLiteral("fresh"), InstanceStatus::Running);
    addBackup(fresh, catalog::BackupState::Completed, now.addSecs(-3600));
    const QString failing = addInstance(QStringLiteral("failing"), InstanceStatus::Stopped);
    addBackup(failing, catalog::BackupState::Completed, now.addDays(-5));
    addBackup(failing, catalog::BackupState::Failed, now.addSecs(-600));
    const QString unscheduled = addInstance(QStringLiteral("unscheduled"), InstanceStatus::Running);
    addBackup(unscheduled, catalog::BackupState::Completed, now.addDays(-9));
    catalog::BackupPolicy off;
    off.instanceId = unscheduled;
    off.intervalHours = 0;
    QVERIFY(db->setBackupPolicy(off));
    const QString weekly = addInstance(QStringLiteral("weekly"), InstanceStatus::Running);
    addBackup(weekly, catalog::BackupState::Completed, now.addDays(-3));
    catalog::BackupPolicy weeklyPolicy;
    weeklyPolicy.instanceId = weekly;
    weeklyPolicy.intervalHours = 7 * 24;
    QVERIFY(db->setBackupPolicy(weeklyPolicy));
    const QString suspended = addInstance(QStringLiteral("suspended"), InstanceStatus::Suspended);
    addBackup(suspended, catalog::BackupState::Completed, now.addDays(-20));
    addInstance(QStringLiteral("brandnew"), InstanceStatus::Running);

    DashboardPane dashboard(m_services.get(), nullptr);
    QSignalSpy updated(&dashboard, &DashboardPane::figuresUpdated);
    dashboard.reload();
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 10000);
    QVERIFY(dashboard.figures().has_value());
    const DashboardFigures &figures = *dashboard.figures();
    QVERIFY2(figures.error.isEmpty(), qPrintable(figures.error));

    QCOMPARE(figures.billing.overdueInvoices, 3);
    QCOMPARE(figures.overdueCount.value(Currency::Usd), qint64(2));
    QCOMPARE(figures.overdueCount.value(Currency::Zwg), qint64(1));
    QCOMPARE(figures.billing.overdue.value(Currency::Usd), usdOverdue1.totalCents + usdOverdue2.totalCents);
    QCOMPARE(figures.billing.overdue.value(Currency::Zwg), zwgOverdue.totalCents);
    QCOMPARE(figures.billing.openInvoices, 4);
    QCOMPARE(figures.billing.outstanding.value(Currency::Usd),
        usdOverdue1.totalCents + usdOverdue2.totalCents + usdCurrent.totalCents);
    QCOMPARE(figures.billing.outstanding.value(Currency::Zwg), zwgOverdue.totalCents);
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    QCOMPARE(figures.billing.revenueByMonth.size(), qsizetype(1));
    QCOMPARE(figures.billing.revenueByMonth.value(month).value(Currency::Usd), usdPaid.totalCents);
    QVERIFY(!figures.billing.revenueByMonth.value(month).contains(Currency::Zwg));

    // The oldest overdue invoice comes first.
    QCOMPARE(figures.overdueInvoices.size(), qsizetype(3));
    QCOMPARE(figures.overdueInvoices.first().number, usdOverdue1.number);
    QCOMPARE(figures.overdueInvoices.first().customerName, QStringLiteral("Harare Hardware"));

    QStringList overdueNames;
    for (const backup::OverdueBackup &overdue : figures.overdueBackups)
        overdueNames.append(overdue.instanceName);
    QCOMPARE(overdueNames, QStringList({ QStringLiteral("failing"), QStringLiteral("stale") }));

    const QString html = dashboard.html();
    QVERIFY(html.contains(usdOverdue1.number));
    QVERIFY(html.contains(catalog::formatMoney(figures.billing.overdue.value(Currency::Usd), Currency::Usd)));
    QVERIFY(html.contains(catalog::formatMoney(usdPaid.totalCents, Currency::Usd)));
    QVERIFY(html.contains(QStringLiteral("failing")));
    QVERIFY(!html.contains(QStringLiteral("Reading the invoices and backups")));
}

void TestDashboardFigures::hostCapacityMatchesCore()
{
    catalog::Catalog *db = m_services->catalog();
    const Result<catalog::Host> host = db->host(m_hostId);
    QVERIFY2(host, qPrintable(host.error()));
    // No engine listens at the host's socket here, so the size is the host
    // record's: 8 cores and 32 GiB.
    const Result<provisioning::HostCapacity> before = provisioning::reserveCapacity(*db, host.value(), 0, 0);
    QVERIFY2(before, qPrintable(before.error()));
    addInstance(QStringLiteral("capacity-a"), InstanceStatus::Running);
    addInstance(QStringLiteral("capacity-b"), InstanceStatus::Stopped);
    addInstance(QStringLiteral("capacity-gone"), InstanceStatus::Deleted);

    const Result<QList<HostCapacityFigure>> figures
        = collectHostCapacities(m_services->catalogConfig(), m_services->secrets());
    QVERIFY2(figures, qPrintable(figures.error()));
    QCOMPARE(figures->size(), 1);
    const HostCapacityFigure &figure = figures->first();
    QVERIFY(!figure.engineError.isEmpty());
    const Result<provisioning::HostCapacity> core = provisioning::reserveCapacity(*db, host.value(), 0, 0);
    QVERIFY2(core, qPrintable(core.error()));
    QCOMPARE(figure.capacity.host.id, m_hostId);
    QCOMPARE(figure.capacity.cpus, core->cpus);
    QCOMPARE(figure.capacity.memoryBytes, core->memoryBytes);
    QCOMPARE(figure.capacity.reservedCpus, core->reservedCpus);
    QCOMPARE(figure.capacity.reservedMemoryBytes, core->reservedMemoryBytes);
    QCOMPARE(figure.capacity.freeCpus(), core->freeCpus());
    QCOMPARE(figure.capacity.freeMemoryBytes(), core->freeMemoryBytes());
    // The two live instances reserve 1 core and 1 GiB each; the deleted one nothing.
    QCOMPARE(figure.capacity.cpus, 8.0);
    QCOMPARE(figure.capacity.memoryBytes, 32LL << 30);
    QCOMPARE(figure.capacity.reservedCpus, before->reservedCpus + 2);
    QCOMPARE(figure.capacity.reservedMemoryBytes, before->reservedMemoryBytes + (2LL << 30));

    // NOTE: Qt 6.4 runs a .then(context) continuation at once when the
    // future has already finished, so capacitiesUpdated may come from inside
    // the constructor, before any spy exists. Poll the result instead.
    DashboardPane pane(m_services.get(), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(pane.capacities().has_value(), 30000);
    QVERIFY(pane.capacities()->ok());
    QCOMPARE(pane.capacities()->value().first().capacity.reservedMemoryBytes, core->reservedMemoryBytes);
    const QString html = pane.html();
    QVERIFY(html.contains(QStringLiteral("Host capacity")));
    QVERIFY2(html.contains(QStringLiteral("engine not reached")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("Asking the engines")));
}

void TestDashboardFigures::voidInConsoleRefreshesDashboard()
{
    const QString customerId = addCustomer(QStringLiteral("Mutare Motors"), Currency::Usd);
    const Invoice invoice = addInvoice(customerId, 0, QDate::currentDate().addDays(10), 1500);

    MainWindow window(m_services.get());
    auto *dashboard = window.findChild<DashboardPane *>();
    QVERIFY(dashboard);
    QSignalSpy updated(dashboard, &DashboardPane::figuresUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->figures().has_value(), 10000);
    const qint64 openBefore = dashboard->figures()->billing.openInvoices;
    QVERIFY(openBefore >= 1);

    auto *invoices = window.findChild<InvoicesView *>();
    QVERIFY(invoices);
    updated.clear();
    QFuture<Status> voided = invoices->voidInvoice(invoice.id, QStringLiteral("Issued in error"));
    QTRY_VERIFY_WITH_TIMEOUT(voided.isFinished(), 10000);
    QVERIFY2(voided.result(), qPrintable(voided.result().error()));
    // The dashboard reads its figures again without View › Reload all.
    QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->figures()->billing.openInvoices, openBefore - 1, 10000);
}

void TestDashboardFigures::silentEngineLeavesGlobalPoolFree()
{
    // An engine that accepts connections and never responds, as a dockerd
    // stopped with SIGSTOP does. The kernel accepts into the listen backlog,
    // so requests wait for their timeout.
    QLocalServer silentEngine;
    const QString socketPath = m_dir.filePath(QStringLiteral("silent-engine.sock"));
    QVERIFY2(silentEngine.listen(socketPath), qPrintable(silentEngine.errorString()));

    // A catalog of its own, so the other tests' host list stays as it is.
    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("silent-engine.sqlite")));
    options.keychainService = QStringLiteral("saasodoo-test");
    ConsoleServices services(options);
    QVERIFY2(services.catalog(), qPrintable(services.catalogError()));
    catalog::Host host;
    host.name = QStringLiteral("stopped-engine");
    host.dockerEndpoint = QStringLiteral("unix://") + socketPath;
    host.pgHost = QStringLiteral("127.0.0.1");
    host.pgPort = 5432;
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("odoo.test");
    host.cpuCores = 4;
    host.memoryBytes = 8LL << 30;
    const Result<catalog::Host> createdHost = services.catalog()->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));

    DashboardPane pane(&services, nullptr);
    QSignalSpy capacities(&pane, &DashboardPane::capacitiesUpdated);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QTRY_VERIFY_WITH_TIMEOUT(silentEngine.hasPendingConnections(), 10000);
    QVERIFY(pane.reloading());
    QVERIFY(!pane.capacities().has_value());

    // Qt 6.4's raster engine runs parts of its fills on the global pool and
    // the GUI thread waits for them, so no engine call may occupy that pool.
    // The fills of the first paint may hold its threads for a moment, but a
    // capacity read stuck there would hold one for its whole timeout.
    QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 1000);
    QVERIFY(!pane.capacities().has_value());
    pane.resize(1600, 1200);
    const QPixmap painted = pane.grab();
    QVERIFY(!painted.isNull());
    QCOMPARE(capacities.count(), 0);

    // Reloads asked for while the engine hangs run once, after the first.
    for (int i = 0; i < 5; ++i)
        pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(capacities.count() >= 1, 20000);
    QVERIFY(pane.capacities()->ok());
    QCOMPARE(pane.capacities()->value().size(), 1);
    QVERIFY2(!pane.capacities()->value().first().engineError.isEmpty(),
        "the silent engine must count as not reached");
    QTRY_VERIFY_WITH_TIMEOUT(!pane.reloading(), 20000);
    QCOMPARE(capacities.count(), 2);

    int connections = 0;
    while (QLocalSocket *connection = silentEngine.nextPendingConnection()) {
        ++connections;
        connection->deleteLater();
    }
    QCOMPARE(connections, 2);
}

void TestDashboardFigures::otherSessionBillingReloads()
{
    // The customer comes first: a new customer changes the customers table,
    // which reloaded every pane even before billing tables had stamps.
    const QString customerId = addCustomer(QStringLiteral("Gweru Grain"), Currency::Usd);

    MainWindow window(m_services.get());
    DashboardPane *dashboard = window.dashboardPane();
    PlanTableModel *plans = window.subscriptionsPane()->plansView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->figures().has_value() && !dashboard->reloading(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(plans->rowCount() > 0, 10000);
    const qint64 openBefore = dashboard->figures()->billing.openInvoices;
    const int plansBefore = plans->rowCount();

    // Another process, such as the CLI, writes only billing rows through its
    // own catalog session, and the window gets no signal of it.
    Result<std::unique_ptr<catalog::Catalog>> other = catalog::Catalog::open(m_services->catalogConfig());
    QVERIFY2(other, qPrintable(other.error()));
    catalog::Plan plan;
    plan.name = QStringLiteral("Other session plan");
    plan.priceUsdCents = 4000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 4LL << 30;
    plan.maxStorageBytes = 50LL << 30;
    const Result<catalog::Plan> createdPlan = other.value()->createPlan(plan);
    QVERIFY2(createdPlan, qPrintable(createdPlan.error()));
    const Result<catalog::Subscription> subscription
        = other.value()->subscription(m_subscriptions.value(customerId));
    QVERIFY2(subscription, qPrintable(subscription.error()));
    Invoice invoice;
    invoice.customerId = customerId;
    invoice.subscriptionId = subscription->id;
    invoice.currency = subscription->currency;
    const QDate today = QDate::currentDate();
    invoice.periodStart = QDate(today.year(), today.month(), 1);
    invoice.periodEnd = invoice.periodStart.addMonths(1);
    invoice.issueDate = invoice.periodStart;
    invoice.dueDate = today.addDays(14);
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting"), 1, 2500, 0 } };
    const Result<Invoice> createdInvoice = other.value()->createInvoice(invoice, true);
    QVERIFY2(createdInvoice, qPrintable(createdInvoice.error()));

    // The window polls the catalog's change stamps every few seconds.
    QTRY_COMPARE_WITH_TIMEOUT(plans->rowCount(), plansBefore + 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->figures()->billing.openInvoices, openBefore + 1, 15000);
}

QTEST_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
