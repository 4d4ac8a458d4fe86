// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tests of the billing dialogs and actions of the Subscriptions pane that
// tst_subscriptionspane leaves out. They run on a SQLite catalog, with the
// Paynow integration in the harness keychain and the local Paynow emulator.
// Cases: the plan dialog (create, edit, an invalid price flagged), the
// subscription dialog, the void prompt, "Generate invoices" as a job, and
// "Check with Paynow" on a payment that nothing follows.
#include "reloadwait.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingservice.h"
#include "core/billing/billingsettings.h"
#include "core/billing/paymentfollower.h"
#include "tests/support/catalogseed.h"
#include "tests/support/paynowemulator.h"
#include "tests/support/testservices.h"
#include "ui/billingdialogs.h"
#include "ui/billingtablemodels.h"
#include "ui/catalogwrite.h"
#include "ui/consoleservices.h"
#include "ui/formchecks.h"
#include "ui/itemroles.h"
#include "ui/prompter.h"
#include "ui/subscriptionspane.h"
#include "ui/tablefilterproxy.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

#include <functional>

using namespace saasodoo;
using namespace saasodoo::ui;
using namespace std::chrono_literals;
using catalog::Invoice;
using catalog::InvoiceStatus;

namespace {

QAction *actionNamed(QWidget *view, const QString &text)
{
    for (QAction *action : view->findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

template<typename T>
T await(QFuture<T> future)
{
    QDeadlineTimer deadline(15000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("A future did not finish in 15 s");
    return future.result();
}

// Runs `handle` on the next modal dialog once it is open. The dialog must be
// closed by `handle`; one still open after 15 s is rejected so that a failed
// check cannot hang the test.
void onNextModal(std::function<void(QDialog *)> handle)
{
    auto *poll = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(15000);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, deadline, handle] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && !deadline->hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (!dialog)
            return;
        handle(dialog);
        if (dialog->isVisible()) {
            QTimer::singleShot(15000, dialog, [dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
        }
    });
    poll->start(20);
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestBillingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void planDialogCreatesPlan();
    void planDialogFlagsInvalidPrice();
    void planDialogEditsPlan();
    void subscriptionDialogSubscribes();
    void secondTrialOnlyOnPurpose();
    void resubscribeConfirmsSecondInvoice();
    void voidPromptNamesInvoice();
    void voidPromptCancelKeepsInvoice();
    void voidPromptEmptyReasonStaysOpen();
    void generateInvoicesRunsJob();
    void checkWithPaynowUpdatesStatus();
    void cancelPaymentThenRefundOverpayment();

private:
    catalog::Customer addCustomer(const QString &name);
    Invoice addInvoice(const QString &customerName);

    QTemporaryDir m_dir;
    test::PaynowEmulator m_emulator;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<SubscriptionsPane> m_pane;
    QString m_planId;
};

void TestBillingUi::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_billingui"));

    const QString started = m_emulator.start(QStringLiteral(SAASODOO_PAYNOW_TEST_DIR "/emulator"), {});
    QVERIFY2(started.isEmpty(), qPrintable(started));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    options.keychainService
        = QStringLiteral("saasodoo-test-billingui-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_services = std::make_unique<ConsoleServices>(options);
    catalog::Catalog *db = m_services->catalog();
    QVERIFY2(db, qPrintable(m_services->catalogError()));
    const Status paynow = test::usePaynowEmulator(*db, m_emulator);
    QVERIFY2(paynow, qPrintable(paynow.error()));

    catalog::Plan plan;
    plan.name = QStringLiteral("Starter");
    plan.priceUsdCents = 2500;
    plan.priceZwgCents = 65000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 4LL << 30;
    plan.maxStorageBytes = 50LL << 30;
    const Result<catalog::Plan> created = db->createPlan(plan);
    QVERIFY2(created, qPrintable(created.error()));
    m_planId = created->id;

    m_pane = std::make_unique<SubscriptionsPane>(m_services.get());
    QVERIFY(m_pane->billingService());
    const Status stored = await(m_pane->billingService()->storePaynowCredentials(
        catalog::Currency::Usd, m_emulator.options().integrationId, m_emulator.options().integrationKey));
    QVERIFY2(stored, qPrintable(stored.error()));
    billing::PollSchedule schedule;
    schedule.intervals = { 100ms };
    schedule.timeLimit = 20s;
    m_pane->paymentFollower()->setSchedule(schedule);
    m_pane->resize(1200, 700);
    m_pane->show();
}

void TestBillingUi::cleanupTestCase()
{
    m_pane.reset();
    if (m_services) {
        await(m_services->secrets()->remove(billing::paynowIntegrationIdKey(catalog::Currency::Usd)));
        await(m_services->secrets()->remove(billing::paynowIntegrationKeyKey(catalog::Currency::Usd)));
    }
    m_services.reset();
    m_emulator.stop();
}

void TestBillingUi::init()
{
    QVERIFY(m_emulator.isRunning());
    QVERIFY(reloadAndWait(*m_pane));
}

catalog::Customer TestBillingUi::addCustomer(const QString &name)
{
    catalog::Customer customer;
    customer.name = name;
    customer.email = name.toLower().replace(u' ', u'.') + QStringLiteral("@example.co.zw");
    const Result<catalog::Customer> created = m_services->catalog()->createCustomer(customer);
    if (!created)
        qFatal("customer: %s", qPrintable(created.error()));
    return created.value();
}

Invoice TestBillingUi::addInvoice(const QString &customerName)
{
    catalog::Catalog *db = m_services->catalog();
    const catalog::Customer customer = addCustomer(customerName);
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const Result<catalog::Subscription> subscription
        = billing::subscribe(*db, customer.id, m_planId, catalog::Currency::Usd, month, false);
    if (!subscription)
        qFatal("subscription: %s", qPrintable(subscription.error()));
    Invoice invoice;
    invoice.customerId = customer.id;
    invoice.subscriptionId = subscription->id;
    invoice.periodStart = month;
    invoice.periodEnd = month.addMonths(1);
    // Dated today, as the billing run would issue it: "Generate invoices"
    // issues invoices dated today in this catalog, and invoice numbers
    // follow issue dates, so an invoice dated the 1st would be rejected after it.
    invoice.issueDate = today;
    invoice.dueDate = today.addDays(14);
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting, plan Starter"), 1, 2500, 0 } };
    const Result<Invoice> issued = db->createInvoice(invoice, true);
    if (!issued)
        qFatal("invoice: %s", qPrintable(issued.error()));
    // As the billing run would: the next invoice is the next period's, so
    // "Generate invoices" leaves this subscription alone.
    catalog::Subscription invoiced = subscription.value();
    invoiced.nextInvoiceDate = month.addMonths(1);
    const Result<catalog::Subscription> updated = db->updateSubscription(invoiced);
    if (!updated)
        qFatal("subscription update: %s", qPrintable(updated.error()));
    reloadAndWait(*m_pane);
    return issued.value();
}

void TestBillingUi::planDialogCreatesPlan()
{
    PlansView *view = m_pane->plansView();
    bool handled = false;
    onNextModal([&handled](QDialog *dialog) {
        handled = dialog->objectName() == QLatin1String("planDialog");
        // A new plan starts with OK disabled until the form is complete.
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Business"));
        dialog->findChild<QLineEdit *>(QStringLiteral("priceUsd"))->setText(QStringLiteral("60.00"));
        dialog->findChild<QLineEdit *>(QStringLiteral("priceZwg"))->setText(QStringLiteral("1560.00"));
        dialog->findChild<QLineEdit *>(QStringLiteral("cpu"))->setText(QStringLiteral("4"));
        dialog->findChild<QLineEdit *>(QStringLiteral("memory"))->setText(QStringLiteral("8G"));
        dialog->findChild<QLineEdit *>(QStringLiteral("storage"))->setText(QStringLiteral("100G"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    view->newPlan();
    QVERIFY(handled);

    // The new plan is selected once the reload shows it.
    QTRY_VERIFY(!view->selectedIds().isEmpty());
    const int row = view->model()->rowOf(view->selectedIds().value(0));
    QVERIFY(row >= 0);
    const catalog::Plan plan = view->model()->rowAt(row).plan;
    QCOMPARE(plan.name, QStringLiteral("Business"));
    const Result<catalog::Plan> stored = m_services->catalog()->plan(plan.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->priceUsdCents, 6000);
    QCOMPARE(stored->priceZwgCents, 156000);
    QCOMPARE(stored->maxCpuMillicores, 4000);
    QCOMPARE(stored->maxMemoryBytes, 8LL << 30);
}

void TestBillingUi::planDialogFlagsInvalidPrice()
{
    const qsizetype plansBefore = m_services->catalog()->plans()->size();
    PlanDialog dialog(catalog::Plan(),
        catalogWrite(*m_services, [](catalog::Catalog &db, const catalog::Plan &plan) { return db.createPlan(plan); }));
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Broken"));
    for (const QString &price : { QStringLiteral("25,00"), QStringLiteral("-5"), QStringLiteral("12.345"),
             QStringLiteral("twenty") }) {
        dialog.findChild<QLineEdit *>(QStringLiteral("priceUsd"))->setText(price);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("priceUsdError"));
        QVERIFY(error);
        QVERIFY2(!error->isHidden(), qPrintable(price));
        QVERIFY2(!error->text().isEmpty(), qPrintable(price));
        QVERIFY(!okButton(&dialog)->isEnabled());
    }
    // OK through the keyboard is refused too, and nothing is stored.
    dialog.accept();
    QTest::qWait(100);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_services->catalog()->plans()->size(), plansBefore);
}

void TestBillingUi::planDialogEditsPlan()
{
    PlansView *view = m_pane->plansView();
    view->view()->clearSelection();
    view->selectId(m_planId);
    bool handled = false;
    onNextModal([&handled](QDialog *dialog) {
        auto *price = dialog->findChild<QLineEdit *>(QStringLiteral("priceUsd"));
        // The dialog opens with the stored values.
        handled = price->text() == QLatin1String("25.00");
        price->setText(QStringLiteral("abc"));
        QVERIFY(!okButton(dialog)->isEnabled());
        price->setText(QStringLiteral("27.50"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
    });
    view->editPlan();
    // The plan is read on a worker before the dialog opens.
    QTRY_VERIFY(handled);
    QTRY_COMPARE(m_services->catalog()->plan(m_planId)->priceUsdCents, 2750);
    const Result<catalog::Plan> stored = m_services->catalog()->plan(m_planId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->priceUsdCents, 2750);
    QCOMPARE(stored->name, QStringLiteral("Starter"));
    QTRY_COMPARE(view->model()->rowAt(view->model()->rowOf(m_planId)).plan.priceUsdCents, 2750);
}

void TestBillingUi::subscriptionDialogSubscribes()
{
    const catalog::Customer customer = addCustomer(QStringLiteral("Chipo Dube"));
    QVERIFY(reloadAndWait(*m_pane));
    SubscriptionsView *view = m_pane->subscriptionsView();
    bool handled = false;
    onNextModal([&handled, customer, this](QDialog *dialog) {
        handled = dialog->objectName() == QLatin1String("subscriptionDialog");
        auto *customers = dialog->findChild<QComboBox *>(QStringLiteral("customer"));
        auto *plans = dialog->findChild<QComboBox *>(QStringLiteral("plan"));
        const int customerIndex = customers->findData(customer.id);
        QVERIFY(customerIndex >= 0);
        customers->setCurrentIndex(customerIndex);
        const int planIndex = plans->findData(m_planId);
        QVERIFY(planIndex >= 0);
        plans->setCurrentIndex(planIndex);
        okButton(dialog)->click();
    });
    view->newSubscription();
    QVERIFY(handled);

    const Result<QList<catalog::Subscription>> stored = m_services->catalog()->subscriptions();
    QVERIFY2(stored, qPrintable(stored.error()));
    QString subscriptionId;
    for (const catalog::Subscription &subscription : stored.value()) {
        if (subscription.customerId == customer.id)
            subscriptionId = subscription.id;
    }
    QVERIFY(!subscriptionId.isEmpty());
    QTRY_VERIFY(view->model()->rowOf(subscriptionId) >= 0);
    const int row = view->model()->rowOf(subscriptionId);
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->rowAt(row).subscription.planId, m_planId);

    // A customer with a live subscription is not offered again.
    bool offered = true;
    onNextModal([&offered, customer](QDialog *dialog) {
        offered = dialog->findChild<QComboBox *>(QStringLiteral("customer"))->findData(customer.id) >= 0;
        dialog->reject();
    });
    view->newSubscription();
    QVERIFY(!offered);
}

void TestBillingUi::secondTrialOnlyOnPurpose()
{
    catalog::Customer returning;
    returning.id = QStringLiteral("returning");
    returning.name = QStringLiteral("Returning");
    catalog::Customer fresh;
    fresh.id = QStringLiteral("fresh");
    fresh.name = QStringLiteral("Fresh");
    catalog::Plan plan;
    plan.id = QStringLiteral("plan");
    plan.name = QStringLiteral("Trial plan");
    plan.priceUsdCents = 1000;
    plan.trialDays = 14;
    SubscriptionDialog dialog({ fresh, returning }, { plan }, fresh.id,
        [](const SubscriptionDialog::Request &) -> Result<catalog::Subscription> { return makeError(QString()); });
    dialog.setEarlierSubscribers({ returning.id });
    auto *customers = dialog.findChild<QComboBox *>(QStringLiteral("customer"));
    auto *trial = dialog.findChild<QCheckBox *>(QStringLiteral("trial"));
    QVERIFY(customers && trial);

    // A customer who never subscribed gets the plan's trial by default.
    QVERIFY(trial->isChecked());
    QCOMPARE(dialog.request().trialDays, 14);

    // One who had a subscription gets none unless the admin ticks the box.
    customers->setCurrentIndex(customers->findData(returning.id));
    QVERIFY(trial->isEnabled());
    QVERIFY(!trial->isChecked());
    QVERIFY2(trial->text().contains(QLatin1String("had a subscription before")), qPrintable(trial->text()));
    QVERIFY(!dialog.request().trial);
    QCOMPARE(dialog.request().trialDays, 0);
    trial->setChecked(true);
    QCOMPARE(dialog.request().trialDays, 14);
}

void TestBillingUi::resubscribeConfirmsSecondInvoice()
{
    // This month is invoiced, then the subscription is cancelled. A new one
    // starting today would invoice the same days again.
    const Invoice invoice = addInvoice(QStringLiteral("Nyasha Moyo"));
    const Result<catalog::Subscription> cancelled
        = billing::cancelSubscription(*m_services->catalog(), invoice.subscriptionId, QStringLiteral("moving plan"));
    QVERIFY2(cancelled, qPrintable(cancelled.error()));
    QVERIFY(reloadAndWait(*m_pane));
    SubscriptionsView *view = m_pane->subscriptionsView();

    bool stayedOpen = false;
    QString declinedPrompt;
    onNextModal([&](QDialog *dialog) {
        auto *customers = dialog->findChild<QComboBox *>(QStringLiteral("customer"));
        const int customerIndex = customers->findData(invoice.customerId);
        QVERIFY(customerIndex >= 0);
        customers->setCurrentIndex(customerIndex);
        Prompter::setNextAnswer(QMessageBox::No);
        okButton(dialog)->click();
        declinedPrompt = Prompter::lastText();
        stayedOpen = dialog->isVisible();
        Prompter::setNextAnswer(QMessageBox::Yes);
        okButton(dialog)->click();
    });
    view->newSubscription();
    QVERIFY(stayedOpen);
    QVERIFY2(declinedPrompt.contains(invoice.number), qPrintable(declinedPrompt));
    QVERIFY2(declinedPrompt.contains(QLatin1String("a second time")), qPrintable(declinedPrompt));

    // Confirmed, the subscription is created.
    const Result<QList<catalog::Subscription>> stored = m_services->catalog()->subscriptions(invoice.customerId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->size(), 2);
}

void TestBillingUi::voidPromptNamesInvoice()
{
    const Invoice invoice = addInvoice(QStringLiteral("Tatenda Sibanda"));
    InvoicesView *view = m_pane->invoicesView();
    view->view()->clearSelection();
    view->selectId(invoice.id);
    QAction *voidAction = actionNamed(view, QStringLiteral("&Void…"));
    QVERIFY(voidAction);
    QVERIFY(voidAction->isEnabled());

    QString prompt;
    onNextModal([&prompt](QDialog *dialog) {
        auto *input = qobject_cast<VoidInvoiceDialog *>(dialog);
        QVERIFY(input);
        prompt = input->windowTitle() + QLatin1Char('\n') + input->findChild<QLabel *>(QStringLiteral("question"))->text();
        input->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Issued twice"));
        input->accept();
    });
    voidAction->trigger();
    QVERIFY2(prompt.contains(invoice.number), qPrintable(prompt));
    QVERIFY2(prompt.contains(QLatin1String("Tatenda Sibanda")), qPrintable(prompt));
    // The void writes on a worker.
    QTRY_VERIFY(!m_pane->writing());
    const Result<Invoice> stored = m_services->catalog()->invoice(invoice.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(InvoiceStatus::Void));
}

void TestBillingUi::voidPromptCancelKeepsInvoice()
{
    const Invoice invoice = addInvoice(QStringLiteral("Ruvimbo Zhou"));
    InvoicesView *view = m_pane->invoicesView();
    view->view()->clearSelection();
    view->selectId(invoice.id);
    QAction *voidAction = actionNamed(view, QStringLiteral("&Void…"));
    QVERIFY(voidAction->isEnabled());

    QString prompt;
    onNextModal([&prompt](QDialog *dialog) {
        auto *input = qobject_cast<VoidInvoiceDialog *>(dialog);
        QVERIFY(input);
        prompt = input->windowTitle() + QLatin1Char('\n') + input->findChild<QLabel *>(QStringLiteral("question"))->text();
        // A reason typed and then cancelled must change nothing.
        input->findChild<QLineEdit *>(QStringLiteral("reason"))->setText(QStringLiteral("Wrong customer"));
        input->reject();
    });
    voidAction->trigger();
    QVERIFY2(prompt.contains(invoice.number), qPrintable(prompt));
    const Result<Invoice> stored = m_services->catalog()->invoice(invoice.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(InvoiceStatus::Open));
    QVERIFY(stored->voidReason.isEmpty());
    const int row = view->model()->rowOf(invoice.id);
    QVERIFY(row >= 0);
    QCOMPARE(int(view->model()->rowAt(row).invoice.status), int(InvoiceStatus::Open));
}

void TestBillingUi::voidPromptEmptyReasonStaysOpen()
{
    const Invoice invoice = addInvoice(QStringLiteral("Farai Moyo"));
    InvoicesView *view = m_pane->invoicesView();
    view->view()->clearSelection();
    view->selectId(invoice.id);
    QAction *voidAction = actionNamed(view, QStringLiteral("&Void…"));
    QVERIFY(voidAction->isEnabled());

    bool stayedOpen = false;
    bool flagged = false;
    bool clearedOnTyping = false;
    onNextModal([&](QDialog *dialog) {
        auto *input = qobject_cast<VoidInvoiceDialog *>(dialog);
        QVERIFY(input);
        auto *reason = input->findChild<QLineEdit *>(QStringLiteral("reason"));
        auto *voidButton = input->findChild<QPushButton *>(QStringLiteral("voidInvoice"));
        QVERIFY(reason);
        QVERIFY(voidButton);
        // Void with no reason, then with blanks only: the dialog stays and flags the field.
        voidButton->click();
        reason->setText(QStringLiteral("   "));
        voidButton->click();
        stayedOpen = input->isVisible() && input->result() != QDialog::Accepted;
        auto *error = input->findChild<QLabel *>(QStringLiteral("reasonError"));
        flagged = error && error->isVisible() && error->text().contains(QLatin1String("Reason"));
        reason->setText(QStringLiteral("Sent to the wrong customer"));
        clearedOnTyping = error && !error->isVisible();
        voidButton->click();
    });
    voidAction->trigger();
    QVERIFY(stayedOpen);
    QVERIFY(flagged);
    QVERIFY(clearedOnTyping);
    QTRY_VERIFY(!m_pane->writing());
    const Result<Invoice> stored = m_services->catalog()->invoice(invoice.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(InvoiceStatus::Void));
    QCOMPARE(stored->voidReason, QStringLiteral("Sent to the wrong customer"));
}

void TestBillingUi::generateInvoicesRunsJob()
{
    // A subscription whose first period starts today has no invoice yet.
    const catalog::Customer customer = addCustomer(QStringLiteral("Tapiwa Gumbo"));
    const Result<catalog::Subscription> subscription = billing::subscribe(
        *m_services->catalog(), customer.id, m_planId, catalog::Currency::Usd, QDate::currentDate(), false);
    QVERIFY2(subscription, qPrintable(subscription.error()));
    QVERIFY(reloadAndWait(*m_pane));
    InvoicesView *view = m_pane->invoicesView();
    const auto customerInvoices = [view, customer] {
        int count = 0;
        for (const InvoiceRow &row : view->model()->rows())
            count += row.invoice.customerId == customer.id ? 1 : 0;
        return count;
    };
    QCOMPARE(customerInvoices(), 0);

    QAction *generate = actionNamed(view, QStringLiteral("&Generate invoices"));
    QVERIFY(generate);
    QVERIFY(generate->isEnabled());
    const QString jobId = view->generateInvoices();
    QVERIFY(!jobId.isEmpty());
    const std::optional<jobs::JobInfo> job = m_services->jobRunner()->job(jobId);
    QVERIFY(job);
    QVERIFY2(job->kind.startsWith(QLatin1String("billing.")), qPrintable(job->kind));

    // The pane reloads when the job finishes, without a manual refresh.
    QTRY_COMPARE_WITH_TIMEOUT(customerInvoices(), 1, 20000);
    const std::optional<jobs::JobInfo> finished = m_services->jobRunner()->job(jobId);
    QVERIFY(finished);
    QVERIFY2(finished->state == jobs::JobState::Succeeded, qPrintable(finished->error));
    for (const InvoiceRow &row : view->model()->rows()) {
        if (row.invoice.customerId == customer.id) {
            QCOMPARE(row.invoice.subscriptionId, subscription->id);
            QCOMPARE(row.invoice.periodStart, QDate::currentDate());
        }
    }
}

void TestBillingUi::checkWithPaynowUpdatesStatus()
{
    const Invoice invoice = addInvoice(QStringLiteral("Shingai Marufu"));
    // Requested through the core, so the pane is not following the payment.
    const Result<catalog::Payment> requested = await(m_pane->billingService()->requestWebPayment(invoice.id));
    QVERIFY2(requested, qPrintable(requested.error()));
    const catalog::Payment payment = requested.value();
    QVERIFY(!m_pane->paymentFollower()->isFollowing(payment.id));
    QVERIFY(reloadAndWait(*m_pane));

    const QJsonObject marked = m_emulator
                                   .post(QStringLiteral("/_emulator/transactions/%1/status").arg(payment.reference),
                                       QByteArrayLiteral("status=Paid"))
                                   .object();
    QVERIFY(!marked.isEmpty());
    PaymentsView *view = m_pane->paymentsView();
    const int before = view->model()->rowOf(payment.id);
    QVERIFY(before >= 0);
    QCOMPARE(int(view->model()->rowAt(before).payment.status), int(catalog::PaymentStatus::Pending));

    view->view()->clearSelection();
    view->selectId(payment.id);
    QAction *check = actionNamed(view, QStringLiteral("&Check with Paynow"));
    QVERIFY(check);
    QVERIFY(check->isEnabled());
    check->trigger();

    QTRY_COMPARE_WITH_TIMEOUT(int(view->model()->rowAt(view->model()->rowOf(payment.id)).payment.status),
        int(catalog::PaymentStatus::Paid), 15000);
    const Result<Invoice> stored = m_services->catalog()->invoice(invoice.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(InvoiceStatus::Paid));
}

void TestBillingUi::cancelPaymentThenRefundOverpayment()
{
    const Invoice invoice = addInvoice(QStringLiteral("Farai Dube"));
    const Result<catalog::Payment> first = await(m_pane->billingService()->requestWebPayment(invoice.id));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(reloadAndWait(*m_pane));
    PaymentsView *view = m_pane->paymentsView();
    QAction *cancel = actionNamed(view, QStringLiteral("Ca&ncel payment…"));
    QAction *refunded = actionNamed(view, QStringLiteral("Mark &refunded…"));
    QVERIFY(cancel);
    QVERIFY(refunded);
    view->view()->clearSelection();
    view->selectId(first->id);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!refunded->isEnabled());
    QVERIFY2(refunded->toolTip().contains(first->reference), qPrintable(refunded->toolTip()));
    QVERIFY2(refunded->toolTip().contains(QLatin1String("never applied")), qPrintable(refunded->toolTip()));

    // The confirmation names the payment, and the reason is kept.
    QString prompt;
    onNextModal([&prompt](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        prompt = input->windowTitle() + QLatin1Char('\n') + input->labelText();
        input->setTextValue(QStringLiteral("Customer pays by bank transfer"));
        input->accept();
    });
    cancel->trigger();
    QVERIFY2(prompt.contains(first->reference), qPrintable(prompt));
    QVERIFY2(prompt.contains(invoice.number), qPrintable(prompt));
    // The cancel writes on a worker.
    QTRY_VERIFY(!m_pane->writing());
    Result<catalog::Payment> stored = m_services->catalog()->payment(first->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(catalog::PaymentStatus::Cancelled));
    QCOMPARE(stored->failureReason, QStringLiteral("Customer pays by bank transfer"));
    QTRY_VERIFY(!cancel->isEnabled());
    QVERIFY2(cancel->toolTip().contains(first->reference), qPrintable(cancel->toolTip()));
    QVERIFY2(view->detailsPanel()->toPlainText().contains(QLatin1String("Customer pays by bank transfer")),
        qPrintable(view->detailsPanel()->toPlainText()));

    // The invoice takes a new request, which pays it.
    const Result<catalog::Payment> second = await(m_pane->billingService()->requestWebPayment(invoice.id));
    QVERIFY2(second, qPrintable(second.error()));
    for (const catalog::Payment &payment : { first.value(), second.value() }) {
        const QJsonObject marked = m_emulator
                                       .post(QStringLiteral("/_emulator/transactions/%1/status").arg(payment.reference),
                                           QByteArrayLiteral("status=Paid"))
                                       .object();
        QVERIFY(!marked.isEmpty());
    }
    const Result<billing::PaymentUpdateResult> paid = await(m_pane->billingService()->pollPayment(second->id));
    QVERIFY2(paid, qPrintable(paid.error()));
    QCOMPARE(int(paid->payment.application), int(catalog::PaymentApplication::Settled));
    // The customer paid the cancelled request too: money to refund.
    const Result<billing::PaymentUpdateResult> late = await(m_pane->billingService()->pollPayment(first->id));
    QVERIFY2(late, qPrintable(late.error()));
    QCOMPARE(int(late->payment.application), int(catalog::PaymentApplication::Overpayment));

    QVERIFY(reloadAndWait(*m_pane));
    const QString amount = catalog::formatMoney(first->amountCents, first->currency);
    auto *summary = view->findChild<QLabel *>(QStringLiteral("paneSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("refunds due")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(amount), qPrintable(summary->text()));

    // "Refund due" lists the held payment, and "Paid" lists both.
    QComboBox *filter = view->statusFilter();
    const auto listedIds = [view] {
        QStringList ids;
        for (int row = 0; row < view->proxy()->rowCount(); ++row)
            ids.append(view->proxy()->index(row, 0).data(IdRole).toString());
        return ids;
    };
    filter->setCurrentIndex(filter->findText(QStringLiteral("Refund due")));
    QVERIFY(filter->currentIndex() > 0);
    QVERIFY2(listedIds().contains(first->id), qPrintable(listedIds().join(u',')));
    QVERIFY2(!listedIds().contains(second->id), qPrintable(listedIds().join(u',')));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Paid")));
    QVERIFY2(listedIds().contains(first->id), qPrintable(listedIds().join(u',')));
    QVERIFY2(listedIds().contains(second->id), qPrintable(listedIds().join(u',')));
    filter->setCurrentIndex(0);

    view->view()->clearSelection();
    view->selectId(first->id);
    QVERIFY(refunded->isEnabled());
    QVERIFY2(view->detailsPanel()->toPlainText().contains(QLatin1String("Refund due")),
        qPrintable(view->detailsPanel()->toPlainText()));
    Prompter::setNextAnswer(QMessageBox::No);
    refunded->trigger();
    QVERIFY2(Prompter::lastText().contains(first->reference), qPrintable(Prompter::lastText()));
    stored = m_services->catalog()->payment(first->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->application), int(catalog::PaymentApplication::Overpayment));

    Prompter::setNextAnswer(QMessageBox::Yes);
    refunded->trigger();
    // The refund is recorded on a worker.
    QTRY_COMPARE(int(m_services->catalog()->payment(first->id)->application),
        int(catalog::PaymentApplication::Refunded));
    QTRY_VERIFY(!m_pane->writing());
    stored = m_services->catalog()->payment(first->id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->application), int(catalog::PaymentApplication::Refunded));
    // An overpayment never paid the invoice, so it stays paid.
    const Result<Invoice> storedInvoice = m_services->catalog()->invoice(invoice.id);
    QVERIFY2(storedInvoice, qPrintable(storedInvoice.error()));
    QCOMPARE(int(storedInvoice->status), int(InvoiceStatus::Paid));
    QTRY_VERIFY(!refunded->isEnabled());
    // The reload that follows the write shows the payment refunded.
    QTRY_VERIFY2(refunded->toolTip().contains(QLatin1String("refunded already")), qPrintable(refunded->toolTip()));
    QVERIFY2(!summary->text().contains(amount), qPrintable(summary->text()));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Refund due")));
    QTRY_VERIFY2(!listedIds().contains(first->id), qPrintable(listedIds().join(u',')));
    filter->setCurrentIndex(0);
}

QTEST_MAIN(TestBillingUi)
#include "tst_billingui.moc"
