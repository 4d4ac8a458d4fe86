// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console stays responsive while the catalog is slow: each test holds a
// lock on a catalog table from a second connection, so the panes' reads and
// the dialogs' writes wait on the PostgreSQL server, and checks that the
// event loop keeps running until the lock is released and the rows arrive.
#include "reloadwait.h"

#include "tests/catalog/catalogfixture.h"
#include "tests/support/testservices.h"
#include "ui/consoleservices.h"
#include "ui/customerdialog.h"
#include "ui/customerspane.h"
#include "ui/customertablemodel.h"
#include "ui/dashboardpane.h"
#include "ui/formchecks.h"
#include "ui/instancespane.h"
#include "ui/instancetablemodel.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/instancewizard.h"
#include "ui/jobspane.h"
#include "ui/prompter.h"
#include "ui/restorechoicedialog.h"
#include "ui/subscriptionspane.h"
#include "ui/tenantdialog.h"
#include "ui/tenantspane.h"

#include "core/billing/billingrun.h"
#include "core/billing/billingsettings.h"
#include "core/jobs/jobrunner.h"
#include "core/provisioning/provisioner.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>

using namespace saasodoo;
using namespace saasodoo::ui;

namespace {

QString shortId()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Holds an exclusive lock on catalog tables from its own connection, in an
// open transaction, until release() or destruction.
class TableLock
{
public:
    TableLock(const catalog::CatalogConfig &config, const QStringList &tables)
        : m_name(QStringLiteral("table-lock-") + shortId())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(config.pgHost);
        m_db.setPort(config.pgPort);
        m_db.setDatabaseName(config.pgDatabase);
        m_db.setUserName(config.pgUser);
        m_db.setPassword(config.pgPassword);
        if (!m_db.open()) {
            m_failure = m_db.lastError().text();
            return;
        }
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN"))
            || !query.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(tables.join(QLatin1Char(',')))))
            m_failure = query.lastError().text();
    }
    ~TableLock()
    {
        release();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    QString failure() const { return m_failure; }
    // How many other sessions wait for a lock.
    int waiting() const { return test::postgresLockWaits(m_db); }
    void release()
    {
        if (m_db.isOpen()) {
            QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
            m_db.close();
        }
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_failure;
};

// Counts a short timer's ticks, to show that the event loop keeps running.
class Ticker
{
public:
    Ticker()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start(10);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace

class TestSlowCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void instancesPaneWaitsOnWorker();
    void dashboardWaitsOnWorker();
    void mainWindowReloadWaitsOnWorker();
    void reloadKeepsSelectionAndScroll();
    void customerDialogSavesOnWorker();
    void settingsSaveBillingOnWorker();
    void billingActionWritesOnWorker();
    void editReadsRecordOnWorker();
    void newTenantReadsOnWorker();
    void editTenantReadsOnWorker();
    void newInstanceReadsOnWorker();
    void restoreChoiceReadsOnWorker();
    void subscriptionHistoryReadsOnWorker();
    void invoicePdfReadsOnWorker();
    void neverRanReadOnWorker();
    void interruptedJobsReadOnWorker();

private:
    // Creates an instance of the test's tenant and host in `status`.
    QString createInstance(const QString &name, catalog::InstanceStatus status);

    // Waits until a reader blocks on `lock`, checks that the timer kept
    // ticking meanwhile, then releases the lock.
    void expectResponsiveWhileLocked(TableLock &lock, const Ticker &ticker);
    // Runs `open` with `lock` held: it must return within a second and open
    // no dialog until the lock is gone, while `action` stays disabled with a
    // "Reading" tooltip. Then `inspect` reads and closes the modal dialog of
    // type `Dialog` that opens. Returns whether `inspect` ran.
    template<typename Dialog>
    bool expectDialogAfterLock(TableLock &lock, QAction *action, const std::function<void()> &open,
        const std::function<void(Dialog *)> &inspect);

    QTemporaryDir m_dir;
    std::unique_ptr<test::CatalogLocation> m_location;
    std::unique_ptr<ConsoleServices> m_services;
    QString m_customerId;
    QString m_tenantId;
    QString m_instanceId;
    QString m_hostId;
};

void TestSlowCatalog::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SaaSOdooTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_slowcatalog"));

    m_location = std::make_unique<test::CatalogLocation>(QStringLiteral("postgres"));
    QVERIFY2(m_location->failure().isEmpty(), qPrintable(m_location->failure()));
    ConsoleServices::Options options;
    options.catalog = m_location->config();
    options.keychainService = QStringLiteral("saasodoo-test");
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));

    catalog::Customer customer;
    customer.name = QStringLiteral("Slow Catalog Test");
    customer.email = QStringLiteral("slow-%1@example.co.zw").arg(shortId());
    const Result<catalog::Customer> createdCustomer = db->createCustomer(customer);
    QVERIFY2(createdCustomer, qPrintable(createdCustomer.error()));
    m_customerId = createdCustomer->id;
    catalog::Tenant tenant;
    tenant.customerId = m_customerId;
    tenant.name = QStringLiteral("Slow tenant");
    tenant.slug = QStringLiteral("s%1").arg(shortId());
    const Result<catalog::Tenant> createdTenant = db->createTenant(tenant);
    QVERIFY2(createdTenant, qPrintable(createdTenant.error()));
    m_tenantId = createdTenant->id;

    const test::PostgresService pg = test::postgres();
    catalog::Host host;
    host.name = QStringLiteral("host-%1").arg(shortId());
    // No engine listens there: the host watcher finds it unreachable.
    host.dockerEndpoint = QStringLiteral("unix://%1").arg(m_dir.filePath(QStringLiteral("no-engine.sock")));
    host.pgHost = pg.host;
    host.pgPort = pg.port;
    host.pgAdminUser = pg.adminUser;
    host.baseDomain = QStringLiteral("odoo.test");
    host.imageRepository = QStringLiteral("saasodoo/odoo-standin");
    host.cpuCores = 2;
    host.memoryBytes = 8LL * 1024 * 1024 * 1024;
    const Result<catalog::Host> createdHost = db->createHost(host);
    QVERIFY2(createdHost, qPrintable(createdHost.error()));
    m_hostId = createdHost->id;

    m_instanceId = createInstance(QStringLiteral("slow%1").arg(shortId()), catalog::InstanceStatus::Stopped);
    QVERIFY(!m_instanceId.isEmpty());
}

QString TestSlowCatalog::createInstance(const QString &name, catalog::InstanceStatus status)
{
    catalog::Instance instance;
    instance.tenantId = m_tenantId;
    instance.hostId = m_hostId;
    instance.name = name;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.type = catalog::InstanceType::Development;
    instance.cpuLimit = 1;
    instance.memoryLimitBytes = 1024LL * 1024 * 1024;
    instance.storageLimitBytes = 10LL * 1024 * 1024 * 1024;
    instance.adminEmail = QStringLiteral("admin@example.co.zw");
    instance.databaseName = QStringLiteral("db_%1").arg(instance.name);
    instance.subdomain = instance.name;
    instance.status = status;
    const Result<catalog::Instance> created = m_services->catalog()->createInstance(instance);
    if (!created) {
        qWarning("Could not create instance %s: %s", qPrintable(name), qPrintable(created.error()));
        return {};
    }
    return created->id;
}

void TestSlowCatalog::cleanupTestCase()
{
    m_services.reset();
    m_location.reset();
}

void TestSlowCatalog::expectResponsiveWhileLocked(TableLock &lock, const Ticker &ticker)
{
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    const int before = ticker.ticks();
    QTest::qWait(300);
    // At 10 ms, a free event loop ticks about 30 times in 300 ms.
    QVERIFY2(ticker.ticks() - before >= 10, qPrintable(QString::number(ticker.ticks() - before)));
    QVERIFY(lock.waiting() >= 1);
    lock.release();
}

void TestSlowCatalog::instancesPaneWaitsOnWorker()
{
    InstancesPane pane(m_services.get());
    pane.resize(900, 500);
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 0);

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("instances") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QSignalSpy reloaded(&pane, &InstancesPane::reloaded);
    QElapsedTimer call;
    call.start();
    pane.reload();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    expectResponsiveWhileLocked(lock, ticker);
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(pane.model()->rowCount(), 0);

    QVERIFY(reloaded.wait(10000));
    QCOMPARE(pane.model()->rowCount(), 1);
    QCOMPARE(pane.model()->rowAt(0).id, m_instanceId);
}

void TestSlowCatalog::dashboardWaitsOnWorker()
{
    TableLock lock(m_services->catalogConfig(), { QStringLiteral("instances") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    // The constructor reloads.
    DashboardPane dashboard(m_services.get(), nullptr);
    QSignalSpy overview(&dashboard, &DashboardPane::overviewUpdated);
    dashboard.show();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    QVERIFY2(dashboard.html().contains(QStringLiteral("Reading the catalog")), qPrintable(dashboard.html()));
    expectResponsiveWhileLocked(lock, ticker);

    QTRY_VERIFY_WITH_TIMEOUT(overview.count() >= 1, 10000);
    QVERIFY2(dashboard.html().contains(QStringLiteral("1 instance")), qPrintable(dashboard.html()));
    QVERIFY(!dashboard.html().contains(QStringLiteral("Reading the catalog")));
}

void TestSlowCatalog::mainWindowReloadWaitsOnWorker()
{
    MainWindow window(m_services.get());
    window.show();
    CustomersPane *customers = window.customersPane();
    QTRY_VERIFY_WITH_TIMEOUT(customers->model()->rowCount() >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.instancesPane()->model()->rowCount() == 1, 10000);

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("customers"), QStringLiteral("instances") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QSignalSpy customersReloaded(customers, &CustomersPane::reloaded);
    QSignalSpy instancesReloaded(window.instancesPane(), &InstancesPane::reloaded);
    QElapsedTimer call;
    call.start();
    // A pane's change reloads every pane.
    emit customers->catalogChanged();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    expectResponsiveWhileLocked(lock, ticker);

    QTRY_VERIFY_WITH_TIMEOUT(customersReloaded.count() >= 1 && instancesReloaded.count() >= 1, 10000);
    QVERIFY(customers->model()->rowOf(m_customerId) >= 0);
    QCOMPARE(window.instancesPane()->model()->rowCount(), 1);
}

void TestSlowCatalog::reloadKeepsSelectionAndScroll()
{
    catalog::Catalog *db = m_services->catalog();
    for (int index = 0; index < 80; ++index) {
        catalog::Customer customer;
        customer.name = QStringLiteral("Scroll %1").arg(index, 3, 10, QLatin1Char('0'));
        customer.email = QStringLiteral("scroll-%1@example.co.zw").arg(shortId());
        const Result<catalog::Customer> created = db->createCustomer(customer);
        QVERIFY2(created, qPrintable(created.error()));
    }
    CustomersPane pane(m_services.get());
    pane.resize(900, 300);
    pane.show();
    QVERIFY(reloadAndWait(pane));
    const QString chosen = pane.model()->rowAt(40).customer.id;
    pane.selectId(chosen);
    QScrollBar *scroll = pane.view()->verticalScrollBar();
    QVERIFY(scroll->maximum() > 0);
    scroll->setValue(scroll->maximum() / 2);
    const int position = scroll->value();
    QVERIFY(position > 0);

    QVERIFY(reloadAndWait(pane));
    QCOMPARE(pane.selectedIds(), QStringList { chosen });
    QCOMPARE(scroll->value(), position);
}

void TestSlowCatalog::customerDialogSavesOnWorker()
{
    TableLock lock(m_services->catalogConfig(), { QStringLiteral("customers") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    CustomersPane pane(m_services.get());
    pane.show();
    // Should a check below fail, the save must still end for exec() to return.
    QTimer::singleShot(30000, &pane, [&lock] { lock.release(); });

    const QString email = QStringLiteral("slow-write-%1@example.co.zw").arg(shortId());
    Ticker ticker;
    bool checked = false;
    QTimer::singleShot(0, &pane, [&] {
        auto *dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Slow Write Ltd"));
        dialog->findChild<QLineEdit *>(QStringLiteral("email"))->setText(email);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QElapsedTimer call;
        call.start();
        ok->click();
        QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
        // The dialog waits, busy, with its message, while the event loop turns.
        QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("saveError"))->text(), QStringLiteral("Saving…"));
        QVERIFY(!ok->isEnabled());
        expectResponsiveWhileLocked(lock, ticker);
        checked = true;
    });
    QSignalSpy changed(&pane, &CustomersPane::catalogChanged);
    pane.newCustomer();
    QVERIFY(checked);
    QCOMPARE(changed.count(), 1);

    const Result<QList<catalog::CustomerRow>> rows = m_services->catalog()->customerRows();
    QVERIFY2(rows, qPrintable(rows.error()));
    QVERIFY(std::any_of(rows->cbegin(), rows->cend(),
        [&email](const catalog::CustomerRow &row) { return row.customer.email == email; }));
}

void TestSlowCatalog::settingsSaveBillingOnWorker()
{
    // The dialog reads the billing settings when it opens, before the lock.
    SettingsDialog dialog(m_services.get());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("backupDirectoryPath"))->setText(m_dir.path());
    dialog.findChild<QLineEdit *>(QStringLiteral("vatRate"))->setText(QStringLiteral("14.50"));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QVERIFY2(save->isEnabled(), qPrintable(dialog.checks()->firstError()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("billing_settings") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    save->click();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));

    // The dialog waits with Save disabled and ignores Cancel meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QVERIFY(!save->isEnabled());
    dialog.reject();
    QVERIFY(dialog.isVisible());
    expectResponsiveWhileLocked(lock, ticker);

    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    const Result<billing::BillingSettings> stored = billing::loadBillingSettings(*m_services->catalog());
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->vatRateBasisPoints, 1450);
}

void TestSlowCatalog::billingActionWritesOnWorker()
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Plan plan;
    plan.name = QStringLiteral("Slow plan %1").arg(shortId());
    plan.priceUsdCents = 2500;
    plan.priceZwgCents = 65000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 4LL << 30;
    plan.maxStorageBytes = 50LL << 30;
    const Result<catalog::Plan> createdPlan = db->createPlan(plan);
    QVERIFY2(createdPlan, qPrintable(createdPlan.error()));
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const Result<catalog::Subscription> subscription
        = billing::subscribe(*db, m_customerId, createdPlan->id, catalog::Currency::Usd, month, false);
    QVERIFY2(subscription, qPrintable(subscription.error()));
    catalog::Invoice draft;
    draft.customerId = m_customerId;
    draft.subscriptionId = subscription->id;
    draft.periodStart = month;
    draft.periodEnd = month.addMonths(1);
    draft.dueDate = today.addDays(14);
    draft.vatRateBasisPoints = 1500;
    draft.lines = { { QStringLiteral("Odoo hosting"), 1, 2500, 0 } };
    const Result<catalog::Invoice> created = db->createInvoice(draft, false);
    QVERIFY2(created, qPrintable(created.error()));

    SubscriptionsPane pane(m_services.get());
    pane.show();
    QSignalSpy reloaded(&pane, &SubscriptionsPane::reloaded);
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
    InvoicesView *invoices = pane.invoicesView();
    invoices->selectId(created->id);
    QAction *issue = nullptr;
    for (QAction *action : invoices->actions()) {
        if (action->text() == QStringLiteral("&Issue draft"))
            issue = action;
    }
    QVERIFY(issue);
    QVERIFY2(issue->isEnabled(), qPrintable(issue->toolTip()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("invoices") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    QFuture<Status> issued = invoices->issueInvoice(created->id);
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));

    // The write waits on the lock. Meanwhile the pane shows it is busy, and a
    // second billing change fails at once instead of queueing behind it.
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QVERIFY(pane.writing());
    QVERIFY(!issue->isEnabled());
    QVERIFY2(issue->toolTip().contains(QStringLiteral("being saved")), qPrintable(issue->toolTip()));
    QFuture<Status> second = invoices->voidInvoice(created->id, QStringLiteral("Twice"));
    QVERIFY(second.isFinished());
    QVERIFY(!second.result());
    expectResponsiveWhileLocked(lock, ticker);

    QTRY_VERIFY_WITH_TIMEOUT(issued.isFinished(), 10000);
    QVERIFY2(issued.result(), qPrintable(issued.result().error()));
    QVERIFY(!pane.writing());
    const Result<catalog::Invoice> stored = db->invoice(created->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(catalog::InvoiceStatus::Open));
    QVERIFY(!stored->number.isEmpty());
}

void TestSlowCatalog::editReadsRecordOnWorker()
{
    CustomersPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_customerId);
    QAction *edit = nullptr;
    for (QAction *action : pane.actions()) {
        if (action->text() == QStringLiteral("&Edit…"))
            edit = action;
    }
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), qPrintable(edit->toolTip()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("customers") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    pane.editCustomer();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));

    // No dialog until the record arrives; Edit waits, disabled, meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(QStringLiteral("Reading")), qPrintable(edit->toolTip()));
    // The dialog opens with the stored record once the lock is gone. It runs
    // its own event loop, so a timer reads and closes it.
    QString shownName;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &pane, [&shownName] {
        auto *dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownName = dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text();
        dialog->reject();
    });
    poll.start(20);
    expectResponsiveWhileLocked(lock, ticker);
    QTRY_VERIFY_WITH_TIMEOUT(!shownName.isEmpty(), 10000);
    QCOMPARE(shownName, QStringLiteral("Slow Catalog Test"));
    QTRY_VERIFY(edit->isEnabled());
}

namespace {

QAction *actionNamed(QWidget *pane, const QString &text)
{
    for (QAction *action : pane->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

template<typename Dialog>
bool TestSlowCatalog::expectDialogAfterLock(TableLock &lock, QAction *action, const std::function<void()> &open,
    const std::function<void(Dialog *)> &inspect)
{
    bool inspected = false;
    [&] {
        QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
        Ticker ticker;
        QElapsedTimer call;
        call.start();
        open();
        QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));

        QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("Reading")), qPrintable(action->toolTip()));
        // The dialog runs its own event loop, so a timer reads and closes it.
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&inspected, &inspect] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog || inspected)
                return;
            inspected = true;
            inspect(dialog);
            dialog->reject();
        });
        poll.start(20);
        expectResponsiveWhileLocked(lock, ticker);
        QTRY_VERIFY_WITH_TIMEOUT(inspected, 10000);
        QTRY_VERIFY(action->isEnabled());
    }();
    return inspected;
}

void TestSlowCatalog::newTenantReadsOnWorker()
{
    TenantsPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    QAction *add = actionNamed(&pane, QStringLiteral("&New tenant…"));
    QVERIFY(add);
    QVERIFY2(add->isEnabled(), qPrintable(add->toolTip()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("customers") });
    QString chosenCustomer;
    QVERIFY(expectDialogAfterLock<TenantDialog>(lock, add, [&pane, this] { pane.newTenant(m_customerId); },
        [&chosenCustomer](TenantDialog *dialog) {
            chosenCustomer = dialog->findChild<QComboBox *>(QStringLiteral("customer"))->currentData().toString();
        }));
    QCOMPARE(chosenCustomer, m_customerId);
}

void TestSlowCatalog::editTenantReadsOnWorker()
{
    TenantsPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    pane.selectId(m_tenantId);
    QAction *edit = actionNamed(&pane, QStringLiteral("&Edit tenant…"));
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), qPrintable(edit->toolTip()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("tenants") });
    QString shownName;
    bool slugLocked = false;
    QVERIFY(expectDialogAfterLock<TenantDialog>(lock, edit, [&pane] { pane.editTenant(); },
        [&](TenantDialog *dialog) {
            shownName = dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text();
            // The tenant's instance uses the slug.
            slugLocked = dialog->findChild<QLineEdit *>(QStringLiteral("slug"))->isReadOnly();
        }));
    QCOMPARE(shownName, QStringLiteral("Slow tenant"));
    QVERIFY(slugLocked);
}

void TestSlowCatalog::newInstanceReadsOnWorker()
{
    InstancesPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    QAction *add = actionNamed(&pane, QStringLiteral("&New instance…"));
    QVERIFY(add);
    QVERIFY2(add->isEnabled(), qPrintable(add->toolTip()));

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("hosts") });
    QString chosenTenant;
    QVERIFY(expectDialogAfterLock<InstanceWizard>(lock, add, [&pane, this] { pane.newInstance(m_tenantId); },
        [&chosenTenant](InstanceWizard *wizard) {
            chosenTenant = wizard->findChild<QComboBox *>(QStringLiteral("tenant"))->currentData().toString();
        }));
    QCOMPARE(chosenTenant, m_tenantId);
}

void TestSlowCatalog::restoreChoiceReadsOnWorker()
{
    InstancesPane pane(m_services.get());
    pane.show();
    QVERIFY(reloadAndWait(pane));
    const QString path = m_dir.filePath(QStringLiteral("slow.dump"));
    QFile dump(path);
    QVERIFY(dump.open(QIODevice::WriteOnly));
    dump.write("PGDMP\x01\x0e\x00");
    dump.close();

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("hosts") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    pane.offerRestore({ path });
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    // The file is checked on one worker, the tenants and hosts are read on
    // another, and the choice opens only when both are done.
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QVERIFY(!pane.findChild<RestoreChoiceDialog *>());
    expectResponsiveWhileLocked(lock, ticker);

    RestoreChoiceDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = pane.findChild<RestoreChoiceDialog *>()) != nullptr, 10000);
    auto *tenants = dialog->findChild<QComboBox *>(QStringLiteral("tenant"));
    QVERIFY(tenants);
    QVERIFY(tenants->findData(m_tenantId) >= 0);
    QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("host"))->count() >= 1);
    dialog->reject();
}

void TestSlowCatalog::subscriptionHistoryReadsOnWorker()
{
    // billingActionWritesOnWorker, which runs before, subscribed the customer.
    const Result<QList<catalog::Subscription>> subscriptions = m_services->catalog()->subscriptions(m_customerId);
    QVERIFY2(subscriptions, qPrintable(subscriptions.error()));
    QVERIFY(!subscriptions->isEmpty());
    const QString subscriptionId = subscriptions->first().id;

    SubscriptionsPane pane(m_services.get());
    pane.show();
    QSignalSpy reloaded(&pane, &SubscriptionsPane::reloaded);
    pane.reload();
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 10000);
    SubscriptionsView *view = pane.subscriptionsView();

    TableLock lock(m_services->catalogConfig(), { QStringLiteral("subscription_events") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    view->selectId(subscriptionId);
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QVERIFY2(view->detailsPanel()->toPlainText().contains(QStringLiteral("Reading the history")),
        qPrintable(view->detailsPanel()->toPlainText()));
    expectResponsiveWhileLocked(lock, ticker);
    QTRY_VERIFY_WITH_TIMEOUT(view->detailsPanel()->toPlainText().contains(QStringLiteral("History")), 10000);
    QVERIFY2(view->detailsPanel()->toPlainText().contains(QStringLiteral("created as")),
        qPrintable(view->detailsPanel()->toPlainText()));
}

void TestSlowCatalog::invoicePdfReadsOnWorker()
{
    // billingActionWritesOnWorker, which runs before, issued an invoice.
    catalog::InvoiceFilter filter;
    filter.customerId = m_customerId;
    const Result<QList<catalog::Invoice>> invoices = m_services->catalog()->invoices(filter);
    QVERIFY2(invoices, qPrintable(invoices.error()));
    QString issuedId;
    for (const catalog::Invoice &invoice : invoices.value()) {
        if (!invoice.number.isEmpty())
            issuedId = invoice.id;
    }
    QVERIFY(!issuedId.isEmpty());

    SubscriptionsPane pane(m_services.get());
    pane.show();
    const QString path = m_dir.filePath(QStringLiteral("slow-invoice.pdf"));
    TableLock lock(m_services->catalogConfig(), { QStringLiteral("invoices") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    QFuture<Status> written = pane.invoicesView()->exportPdf(issuedId, path);
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    expectResponsiveWhileLocked(lock, ticker);
    QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 10000);
    QVERIFY2(written.result(), qPrintable(written.result().error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
}

void TestSlowCatalog::neverRanReadOnWorker()
{
    // An instance whose creation failed before it ever ran.
    const QString name = QStringLiteral("never%1").arg(shortId());
    const QString id = createInstance(name, catalog::InstanceStatus::Error);
    QVERIFY(!id.isEmpty());
    InstancesPane pane(m_services.get());
    pane.show();

    // The reload reads the job history with the rows, on a worker.
    TableLock lock(m_services->catalogConfig(), { QStringLiteral("jobs") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QSignalSpy reloaded(&pane, &InstancesPane::reloaded);
    QElapsedTimer call;
    call.start();
    pane.reload();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(lock.waiting() >= 1, 10000);
    QCOMPARE(reloaded.count(), 0);
    expectResponsiveWhileLocked(lock, ticker);
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);

    // The history shows no run, so only Retry creation and Delete are offered.
    pane.selectId(id);
    QAction *start = actionNamed(&pane, QStringLiteral("&Start"));
    QAction *retry = actionNamed(&pane, QStringLiteral("Retry &creation…"));
    QVERIFY(start);
    QVERIFY(retry);
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QStringLiteral("before it ever ran")), qPrintable(start->toolTip()));
    QVERIFY2(retry->isEnabled(), qPrintable(retry->toolTip()));
    QVERIFY(m_services->jobRunner()->activeJobs().isEmpty());
}

void TestSlowCatalog::interruptedJobsReadOnWorker()
{
    // A start job of a console process that is gone.
    const QString name = QStringLiteral("intr%1").arg(shortId());
    const QString instanceId = createInstance(name, catalog::InstanceStatus::Starting);
    QVERIFY(!instanceId.isEmpty());
    catalog::Job job;
    job.kind = QStringLiteral("instance.start");
    job.targetType = QStringLiteral("instance");
    job.targetId = instanceId;
    job.steps = provisioning::actionSteps(job.kind);
    job.state = catalog::JobState::Running;
    job.owner = QStringLiteral("a-process-that-is-gone");
    const Result<catalog::Job> stored = m_services->catalog()->createJob(job);
    QVERIFY2(stored, qPrintable(stored.error()));

    // A second console finds the job interrupted when it starts.
    ConsoleServices::Options options;
    options.catalog = m_services->catalogConfig();
    options.keychainService = QStringLiteral("saasodoo-test");
    ConsoleServices services(options);
    QVERIFY2(services.catalog(), qPrintable(services.catalogError()));
    const auto interrupted = std::find_if(services.interruptedJobs().cbegin(), services.interruptedJobs().cend(),
        [&stored](const jobs::JobInfo &info) { return info.id == stored->id; });
    QVERIFY(interrupted != services.interruptedJobs().cend());

    MainWindow window(&services);
    window.show();
    auto *note = window.findChild<QLabel *>(QStringLiteral("interruptedJobs"));
    QVERIFY(note);
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(name), 10000);

    // The dock lists the jobs again when they change; the instances' names
    // arrive from a worker.
    TableLock lock(m_services->catalogConfig(), { QStringLiteral("instances") });
    QVERIFY2(lock.failure().isEmpty(), qPrintable(lock.failure()));
    Ticker ticker;
    QElapsedTimer call;
    call.start();
    emit window.jobsPane()->interruptedJobsChanged();
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    QVERIFY(!note->isHidden());
    QVERIFY2(!note->text().contains(name), qPrintable(note->text()));
    expectResponsiveWhileLocked(lock, ticker);
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(name), 10000);

    // A take-over names the instance in its job's title, read on a worker.
    TableLock takeOverLock(m_services->catalogConfig(), { QStringLiteral("instances") });
    QVERIFY2(takeOverLock.failure().isEmpty(), qPrintable(takeOverLock.failure()));
    QSignalSpy queued(services.jobRunner(), &jobs::JobRunner::jobQueued);
    call.restart();
    window.jobsPane()->takeOver(stored->id, false);
    QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(takeOverLock.waiting() >= 1, 10000);
    QCOMPARE(queued.count(), 0);
    expectResponsiveWhileLocked(takeOverLock, ticker);
    QTRY_VERIFY_WITH_TIMEOUT(queued.count() >= 1, 10000);
    const auto cleanUp = queued.at(0).at(0).value<jobs::JobInfo>();
    QVERIFY2(cleanUp.title.contains(name), qPrintable(cleanUp.title));
    QVERIFY2(cleanUp.title.startsWith(QStringLiteral("Clean up after")), qPrintable(cleanUp.title));
    // The clean-up would wait for the engine that never responds at the
    // host's address; only its start matters here.
    services.jobRunner()->cancel(cleanUp.id);
    QTRY_VERIFY_WITH_TIMEOUT(services.jobRunner()->activeJobs().isEmpty(), 60000);
}

QTEST_MAIN(TestSlowCatalog)
#include "tst_slowcatalog.moc"
