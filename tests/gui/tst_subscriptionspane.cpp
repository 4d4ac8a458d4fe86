// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tests of the Subscriptions pane on a SQLite catalog. The Paynow integration
// is in the harness keychain, and the test starts the local Paynow emulator on
// a free port and stops it by pid. Cases: the views' filters and actions, a web
// payment requested from the pane that turns its invoice paid, and a mobile
// number on the wrong network that is flagged and sends nothing.
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
#include "ui/consoleservices.h"
#include "ui/formchecks.h"
#include "ui/itemroles.h"
#include "ui/prompter.h"
#include "ui/subscriptionspane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <algorithm>

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

} // namespace

class TestSubscriptionsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void invoiceModelPassesTester();
    void invoiceFiltersFollowStatus();
    void invoiceActionsFollowSelection();
    void cancelWarnsOfOpenInvoices();
    void cancelNamesCustomer();
    void changePlanKeepsLimits();
    void exportPdfWritesFile();
    void webPaymentTurnsInvoicePaid();
    void wrongNetworkFlaggedAndNotSent();
    void heldPaymentAppliedToInvoice();
    void planChoicesNeedCurrencyPrice();
    void billingPreviewListsActions();
    void voidInvoiceReissued();

private:
    // A new customer with a subscription and one invoice of `periodStart`'s
    // month, issued unless `draft`.
    Invoice addInvoice(
        const QString &name, const QDate &periodStart, const QDate &dueDate, bool draft = false);
    void select(ListPane *view, const QString &id);
    InvoiceStatus invoiceStatus(const QString &invoiceId) const;
    int emulatorRequests();

    QTemporaryDir m_dir;
    test::PaynowEmulator m_emulator;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<SubscriptionsPane> m_pane;
    QString m_planId;
    QString m_biggerPlanId;
    Invoice m_open;
    Invoice m_overdue;
    Invoice m_draft;
    Invoice m_void;
    Invoice m_mobile;
};

void TestSubscriptionsPane::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.path(), QStringLiteral("tst_subscriptionspane"));

    const QString started = m_emulator.start(QStringLiteral(SAASODOO_PAYNOW_TEST_DIR "/emulator"), {});
    QVERIFY2(started.isEmpty(), qPrintable(started));

    ConsoleServices::Options options;
    options.catalog = catalog::CatalogConfig::sqlite(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    // Each run keeps its integration under its own keychain service.
    options.keychainService
        = QStringLiteral("saasodoo-test-subspane-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
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
    plan.name = QStringLiteral("Business");
    plan.priceUsdCents = 6000;
    plan.maxInstances = 5;
    const Result<catalog::Plan> bigger = db->createPlan(plan);
    QVERIFY2(bigger, qPrintable(bigger.error()));
    m_biggerPlanId = bigger->id;

    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    // The overdue invoice first, because invoice numbers follow issue dates.
    m_overdue = addInvoice(QStringLiteral("Rudo Chikwanha"), month.addMonths(-2), today.addDays(-20));
    m_open = addInvoice(QStringLiteral("Tendai Moyo"), month, today.addDays(10));
    m_draft = addInvoice(QStringLiteral("Farai Ncube"), month, today.addDays(14), true);
    m_void = addInvoice(QStringLiteral("Kuda Mlambo"), month, today.addDays(14));
    m_mobile = addInvoice(QStringLiteral("Nyasha Banda"), month, today.addDays(14));
    QVERIFY(!m_mobile.id.isEmpty());
    const Result<Invoice> voided = db->voidInvoice(m_void.id, QStringLiteral("Issued twice"));
    QVERIFY2(voided, qPrintable(voided.error()));

    m_pane = std::make_unique<SubscriptionsPane>(m_services.get());
    QVERIFY(m_pane->billingService());
    const Status stored = await(m_pane->billingService()->storePaynowCredentials(
        catalog::Currency::Usd, m_emulator.options().integrationId, m_emulator.options().integrationKey));
    QVERIFY2(stored, qPrintable(stored.error()));
    // Poll every 100 ms instead of Paynow's seconds, so the test stays short.
    billing::PollSchedule schedule;
    schedule.intervals = { 100ms };
    schedule.timeLimit = 20s;
    m_pane->paymentFollower()->setSchedule(schedule);
    m_pane->resize(1200, 700);
    m_pane->show();
}

void TestSubscriptionsPane::cleanupTestCase()
{
    m_pane.reset();
    if (m_services) {
        await(m_services->secrets()->remove(billing::paynowIntegrationIdKey(catalog::Currency::Usd)));
        await(m_services->secrets()->remove(billing::paynowIntegrationKeyKey(catalog::Currency::Usd)));
    }
    m_services.reset();
    m_emulator.stop();
}

void TestSubscriptionsPane::init()
{
    QVERIFY(m_emulator.isRunning());
    QVERIFY(
        m_emulator.post(QStringLiteral("/_emulator/reset")).object().value(QStringLiteral("reset")).toBool());
    QVERIFY(reloadAndWait(*m_pane));
}

Invoice TestSubscriptionsPane::addInvoice(
    const QString &name, const QDate &periodStart, const QDate &dueDate, bool draft)
{
    catalog::Catalog *db = m_services->catalog();
    catalog::Customer customer;
    customer.name = name;
    customer.email = name.toLower().replace(u' ', u'.') + QStringLiteral("@example.co.zw");
    const Result<catalog::Customer> created = db->createCustomer(customer);
    if (!created)
        qFatal("customer: %s", qPrintable(created.error()));
    const Result<catalog::Subscription> subscription
        = billing::subscribe(*db, created->id, m_planId, catalog::Currency::Usd, periodStart, false);
    if (!subscription)
        qFatal("subscription: %s", qPrintable(subscription.error()));
    Invoice invoice;
    invoice.customerId = created->id;
    invoice.subscriptionId = subscription->id;
    invoice.periodStart = periodStart;
    invoice.periodEnd = periodStart.addMonths(1);
    invoice.issueDate = draft ? QDate() : qMin(periodStart, QDate::currentDate());
    invoice.dueDate = dueDate;
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting, plan Starter"), 1, 2500, 0 } };
    const Result<Invoice> issued = db->createInvoice(invoice, !draft);
    if (!issued)
        qFatal("invoice: %s", qPrintable(issued.error()));
    return issued.value();
}

void TestSubscriptionsPane::select(ListPane *view, const QString &id)
{
    view->view()->clearSelection();
    view->selectId(id);
}

InvoiceStatus TestSubscriptionsPane::invoiceStatus(const QString &invoiceId) const
{
    InvoiceTableModel *model = m_pane->invoicesView()->model();
    const int row = model->rowOf(invoiceId);
    return row < 0 ? InvoiceStatus::Draft : model->rowAt(row).invoice.status;
}

int TestSubscriptionsPane::emulatorRequests()
{
    return int(m_emulator.get(QStringLiteral("/_emulator/requests")).array().size());
}

void TestSubscriptionsPane::invoiceModelPassesTester()
{
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_pane->invoicesView()->model()->rows());
    QCOMPARE(model.rowCount(), 5);
    QList<InvoiceRow> rows = model.rows();
    rows.removeLast();
    model.setRows(rows);
    QCOMPARE(model.rowCount(), 4);
}

void TestSubscriptionsPane::invoiceFiltersFollowStatus()
{
    InvoicesView *view = m_pane->invoicesView();
    QComboBox *filter = view->statusFilter();
    TableFilterProxy *proxy = view->proxy();
    QCOMPARE(proxy->rowCount(), 5);

    filter->setCurrentIndex(filter->findText(QStringLiteral("Overdue")));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(IdRole).toString(), m_overdue.id);
    QCOMPARE(proxy->index(0, InvoiceTableModel::Status).data().toString(), QStringLiteral("Overdue"));

    // Unpaid covers open invoices whether overdue or not.
    filter->setCurrentIndex(filter->findText(QStringLiteral("Unpaid")));
    QCOMPARE(proxy->rowCount(), 3);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Void")));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(IdRole).toString(), m_void.id);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Draft")));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, InvoiceTableModel::Number).data().toString(), QStringLiteral("Draft"));

    filter->setCurrentIndex(0);
    view->searchBox()->setText(QStringLiteral("chikwanha"));
    QCOMPARE(proxy->rowCount(), 1);
    view->searchBox()->setText(m_open.number);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, 0).data(IdRole).toString(), m_open.id);
    view->searchBox()->clear();
    QCOMPARE(proxy->rowCount(), 5);

    SubscriptionsView *subscriptions = m_pane->subscriptionsView();
    QCOMPARE(subscriptions->proxy()->rowCount(), 5);
    subscriptions->statusFilter()->setCurrentIndex(
        subscriptions->statusFilter()->findText(QStringLiteral("Cancelled")));
    QCOMPARE(subscriptions->proxy()->rowCount(), 0);
    subscriptions->statusFilter()->setCurrentIndex(0);
}

void TestSubscriptionsPane::invoiceActionsFollowSelection()
{
    InvoicesView *view = m_pane->invoicesView();
    QAction *request = actionNamed(view, QStringLiteral("Request &payment…"));
    QAction *voidAction = actionNamed(view, QStringLiteral("&Void…"));
    QAction *issue = actionNamed(view, QStringLiteral("&Issue draft"));
    QAction *pdf = actionNamed(view, QStringLiteral("E&xport PDF…"));
    QVERIFY(request && voidAction && issue && pdf);

    view->view()->clearSelection();
    QVERIFY(!request->isEnabled());
    QCOMPARE(request->toolTip(), QStringLiteral("Select one open invoice to request its payment."));

    select(view, m_open.id);
    QVERIFY(request->isEnabled());
    QVERIFY(voidAction->isEnabled());
    QVERIFY(pdf->isEnabled());
    QVERIFY(!issue->isEnabled());
    QCOMPARE(issue->toolTip(), QStringLiteral("Select one draft invoice to issue it."));

    select(view, m_draft.id);
    QVERIFY(!request->isEnabled());
    QVERIFY(issue->isEnabled());
    QVERIFY(!pdf->isEnabled());
    QVERIFY(voidAction->isEnabled());

    select(view, m_void.id);
    QVERIFY(!request->isEnabled());
    QVERIFY(!voidAction->isEnabled());
    QCOMPARE(voidAction->toolTip(),
        QStringLiteral("Select one open or draft invoice; paid and void invoices cannot be voided."));
    QVERIFY(pdf->isEnabled());

    // Two invoices: no single-invoice action applies.
    view->view()->selectAll();
    QVERIFY(!request->isEnabled());
    QVERIFY(!voidAction->isEnabled());
    QVERIFY(view->requestPayment() == nullptr);
}

void TestSubscriptionsPane::cancelWarnsOfOpenInvoices()
{
    SubscriptionsView *view = m_pane->subscriptionsView();

    // An invoice not due yet is named too: dunning acts on it later.
    select(view, m_open.subscriptionId);
    Prompter::setNextAnswer(QMessageBox::No);
    view->cancelSelected();
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Tendai Moyo has 1 open invoice(s), 0 of them overdue.")),
        qPrintable(Prompter::lastText()));

    select(view, m_overdue.subscriptionId);
    Prompter::setNextAnswer(QMessageBox::No);
    view->cancelSelected();
    QVERIFY2(Prompter::lastText().contains(QStringLiteral("Rudo Chikwanha has 1 open invoice(s), 1 of them overdue.")),
        qPrintable(Prompter::lastText()));

    // The customer whose only invoice is void gets no such paragraph.
    select(view, m_void.subscriptionId);
    Prompter::setNextAnswer(QMessageBox::No);
    view->cancelSelected();
    QVERIFY2(!Prompter::lastText().contains(QLatin1String("open invoice")), qPrintable(Prompter::lastText()));

    for (const QString &id : { m_open.subscriptionId, m_overdue.subscriptionId, m_void.subscriptionId }) {
        const Result<catalog::Subscription> stored = m_services->catalog()->subscription(id);
        QVERIFY2(stored, qPrintable(stored.error()));
        QCOMPARE(int(stored->status), int(catalog::SubscriptionStatus::Active));
    }
}

void TestSubscriptionsPane::cancelNamesCustomer()
{
    SubscriptionsView *view = m_pane->subscriptionsView();
    QAction *cancel = actionNamed(view, QStringLiteral("&Cancel subscription…"));
    QVERIFY(cancel);
    select(view, m_void.subscriptionId);
    QVERIFY(cancel->isEnabled());

    Prompter::setNextAnswer(QMessageBox::No);
    view->cancelSelected();
    QVERIFY(Prompter::lastText().contains(QStringLiteral("Kuda Mlambo")));
    QVERIFY(Prompter::lastText().contains(QStringLiteral("Starter")));
    Result<catalog::Subscription> stored = m_services->catalog()->subscription(m_void.subscriptionId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(catalog::SubscriptionStatus::Active));

    Prompter::setNextAnswer(QMessageBox::Yes);
    view->cancelSelected();
    // The cancellation runs on a worker, which may finish before
    // cancelSelected() returns.
    QTRY_VERIFY(!view->cancelling());
    stored = m_services->catalog()->subscription(m_void.subscriptionId);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(catalog::SubscriptionStatus::Cancelled));
    // The action follows the row once the reload shows it cancelled.
    QTRY_VERIFY(!cancel->isEnabled());
    QCOMPARE(cancel->toolTip(), QStringLiteral("Select one subscription that is not cancelled yet."));
}

void TestSubscriptionsPane::changePlanKeepsLimits()
{
    SubscriptionsView *view = m_pane->subscriptionsView();
    catalog::Catalog *db = m_services->catalog();
    Result<catalog::Subscription> subscription = db->subscription(m_draft.subscriptionId);
    QVERIFY2(subscription, qPrintable(subscription.error()));
    const QDate today = QDateTime::currentDateTimeUtc().date();

    // A next invoice date before today leaves a started period to invoice at
    // the old plan, so the change is rejected.
    subscription.value().nextInvoiceDate = today.addDays(-1);
    subscription = db->updateSubscription(subscription.value());
    QVERIFY2(subscription, qPrintable(subscription.error()));
    const Status early = await(view->changePlan(m_draft.subscriptionId, m_biggerPlanId));
    QVERIFY(!early);
    QVERIFY2(early.error().contains(QStringLiteral("not invoiced yet")), qPrintable(early.error()));
    QCOMPARE(db->subscription(m_draft.subscriptionId)->planId, m_planId);

    // The draft invoices this month, so the next invoice is next month's.
    subscription.value().nextInvoiceDate = m_draft.periodEnd;
    QVERIFY(m_draft.periodEnd > today);
    subscription = db->updateSubscription(subscription.value());
    QVERIFY2(subscription, qPrintable(subscription.error()));
    const Status changed = await(view->changePlan(m_draft.subscriptionId, m_biggerPlanId));
    QVERIFY2(changed, qPrintable(changed.error()));
    const int row = view->model()->rowOf(m_draft.subscriptionId);
    QVERIFY(row >= 0);
    // The reload that changePlan() started shows the new plan.
    QTRY_COMPARE(view->model()->rowAt(row).planName, QStringLiteral("Business"));

    PlansView *plans = m_pane->plansView();
    const int business = plans->model()->rowOf(m_biggerPlanId);
    QVERIFY(business >= 0);
    QCOMPARE(plans->model()->rowAt(business).liveSubscriptions, 1);
}

void TestSubscriptionsPane::exportPdfWritesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("invoice.pdf"));
    const Status written = await(m_pane->invoicesView()->exportPdf(m_open.id, path));
    QVERIFY2(written, qPrintable(written.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    const Status draft
        = await(m_pane->invoicesView()->exportPdf(m_draft.id, m_dir.filePath(QStringLiteral("draft.pdf"))));
    QVERIFY(!draft);
}

void TestSubscriptionsPane::webPaymentTurnsInvoicePaid()
{
    InvoicesView *view = m_pane->invoicesView();
    select(view, m_open.id);
    PaymentRequestDialog *dialog = view->requestPayment();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->setMethod(catalog::PaymentMethod::Web);
    QVERIFY(dialog->sendButton()->isEnabled());
    dialog->sendRequest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->payment().id.isEmpty(), 10000);

    const catalog::Payment payment = dialog->payment();
    QCOMPARE(payment.reference.section(u'-', 1), m_open.number + QStringLiteral("-1"));
    auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("paymentLink"));
    QVERIFY(link);
    QVERIFY(link->isVisibleTo(dialog));
    QVERIFY(link->text().startsWith(m_emulator.baseUrl().toString()));
    QVERIFY(!dialog->sendButton()->isEnabled());
    QVERIFY(m_pane->paymentFollower()->isFollowing(payment.id));
    QCOMPARE(emulatorRequests(), 1);

    PaymentTableModel *payments = m_pane->paymentsView()->model();
    QVERIFY(payments->rowOf(payment.id) >= 0);
    QCOMPARE(int(payments->rowAt(payments->rowOf(payment.id)).payment.status),
        int(catalog::PaymentStatus::Pending));
    QCOMPARE(int(invoiceStatus(m_open.id)), int(InvoiceStatus::Open));

    const QJsonObject marked
        = m_emulator
              .post(QStringLiteral("/_emulator/transactions/%1/status").arg(payment.reference),
                  QByteArrayLiteral("status=Paid"))
              .object();
    QVERIFY(!marked.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(int(invoiceStatus(m_open.id)), int(InvoiceStatus::Paid), 10000);
    QCOMPARE(
        int(payments->rowAt(payments->rowOf(payment.id)).payment.status), int(catalog::PaymentStatus::Paid));
    QVERIFY(dialog->statusText().startsWith(QStringLiteral("Paid.")));
    QTRY_VERIFY(!m_pane->paymentFollower()->isFollowing(payment.id));
    const Result<Invoice> stored = m_services->catalog()->invoice(m_open.id);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(int(stored->status), int(InvoiceStatus::Paid));
    QVERIFY(stored->paidAt.isValid());
    dialog->close();
}

void TestSubscriptionsPane::wrongNetworkFlaggedAndNotSent()
{
    InvoicesView *view = m_pane->invoicesView();
    select(view, m_mobile.id);
    PaymentRequestDialog *dialog = view->requestPayment();
    QVERIFY(dialog);
    dialog->setMethod(catalog::PaymentMethod::EcoCash);
    dialog->phoneEdit()->setText(QStringLiteral("0712 345 678")); // NetOne

    auto *error = dialog->findChild<QLabel *>(QStringLiteral("phoneError"));
    QVERIFY(error);
    QVERIFY(error->isVisibleTo(dialog));
    QVERIFY2(error->text().contains(QStringLiteral("0712345678")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("Econet")), qPrintable(error->text()));
    QVERIFY(!dialog->checks()->isValid());
    QVERIFY(!dialog->sendButton()->isEnabled());

    dialog->sendRequest();
    QVERIFY(dialog->payment().id.isEmpty());
    QCOMPARE(emulatorRequests(), 0);
    QCOMPARE(m_services->catalog()->payments(m_mobile.id)->size(), qsizetype(0));

    // The same number is right for OneMoney, and the flag clears.
    dialog->setMethod(catalog::PaymentMethod::OneMoney);
    QVERIFY(!error->isVisibleTo(dialog));
    QVERIFY(dialog->sendButton()->isEnabled());
    dialog->close();
}


void TestSubscriptionsPane::heldPaymentAppliedToInvoice()
{
    // A payment cancelled in the catalog that Paynow then reports paid is
    // held as a refund due, and its invoice stays open.
    const QDate today = QDate::currentDate();
    const Invoice invoice = addInvoice(QStringLiteral("Chipo Dube"), QDate(today.year(), today.month(), 1),
        today.addDays(14));
    catalog::Catalog *db = m_services->catalog();
    catalog::Payment attempt;
    attempt.invoiceId = invoice.id;
    attempt.amountCents = invoice.totalCents;
    const Result<catalog::Payment> stored = db->startPaymentAttempt(attempt);
    QVERIFY2(stored, qPrintable(stored.error()));
    const Result<catalog::Payment> cancelled
        = db->closePendingPayment(stored->id, catalog::PaymentStatus::Cancelled, QStringLiteral("by test"));
    QVERIFY2(cancelled, qPrintable(cancelled.error()));
    const Result<bool> held = db->markPaidAfterClose(stored->id);
    QVERIFY2(held, qPrintable(held.error()));
    QVERIFY(held.value());
    QVERIFY(reloadAndWait(*m_pane));

    // The invoice's details show the refund due, as 'invoice show' does.
    InvoicesView *invoices = m_pane->invoicesView();
    select(invoices, invoice.id);
    const QString amount = catalog::formatMoney(invoice.totalCents, catalog::Currency::Usd);
    QVERIFY2(invoices->detailsPanel()->toPlainText().contains(
                 QStringLiteral("Refund due to the customer: %1.").arg(amount)),
        qPrintable(invoices->detailsPanel()->toPlainText()));
    // Each payment names what it was applied to, besides its status.
    QVERIFY2(invoices->detailsPanel()->toPlainText().contains(QLatin1String("Cancelled; held: paid after it was closed")),
        qPrintable(invoices->detailsPanel()->toPlainText()));

    PaymentsView *view = m_pane->paymentsView();
    QAction *apply = actionNamed(view, QStringLiteral("&Apply to invoice…"));
    QVERIFY(apply);
    view->view()->clearSelection();
    QVERIFY(!apply->isEnabled());
    select(view, stored->id);
    QVERIFY(apply->isEnabled());

    Prompter::setNextAnswer(QMessageBox::Yes);
    apply->trigger();
    QVERIFY2(Prompter::lastText().contains(invoice.number), qPrintable(Prompter::lastText()));
    QTRY_VERIFY_WITH_TIMEOUT(invoiceStatus(invoice.id) == InvoiceStatus::Paid, 10000);
    const Result<catalog::Payment> applied = db->payment(stored->id);
    QVERIFY2(applied, qPrintable(applied.error()));
    QCOMPARE(catalog::toString(applied->application), QStringLiteral("settled"));
    QCOMPARE(applied->settledInvoiceId, invoice.id);
    select(view, stored->id);
    QVERIFY(!apply->isEnabled());
    select(invoices, invoice.id);
    QVERIFY2(!invoices->detailsPanel()->toPlainText().contains(QLatin1String("Refund due")),
        qPrintable(invoices->detailsPanel()->toPlainText()));
    QVERIFY2(invoices->detailsPanel()->toPlainText().contains(QLatin1String("Cancelled; settled this invoice")),
        qPrintable(invoices->detailsPanel()->toPlainText()));

    // Applying it again is rejected and changes nothing.
    const Status again = await(view->applyToInvoice(stored->id, invoice.id));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("applied to an invoice already")), qPrintable(again.error()));
}

void TestSubscriptionsPane::planChoicesNeedCurrencyPrice()
{
    const auto plan = [](const QString &id, qint64 usd, qint64 zwg, bool active = true) {
        catalog::Plan made;
        made.id = id;
        made.name = id;
        made.priceUsdCents = usd;
        made.priceZwgCents = zwg;
        made.active = active;
        return made;
    };
    catalog::Subscription subscription;
    subscription.planId = QStringLiteral("Current");
    subscription.currency = catalog::Currency::Zwg;
    const PlanChoices choices = planChoices({ plan(QStringLiteral("Current"), 1000, 26000),
                                                plan(QStringLiteral("UsdOnly"), 2500, 0),
                                                plan(QStringLiteral("Both"), 6000, 156000),
                                                plan(QStringLiteral("Free"), 0, 0),
                                                plan(QStringLiteral("Retired"), 900, 23400, false) },
        subscription);
    QCOMPARE(choices.ids, (QStringList { QStringLiteral("Both"), QStringLiteral("Free") }));
    QCOMPARE(choices.labels.first(), QStringLiteral("Both (ZWG 1560.00 a month)"));
    QCOMPARE(choices.withoutPrice, QStringList { QStringLiteral("UsdOnly") });
}

void TestSubscriptionsPane::billingPreviewListsActions()
{
    SubscriptionsView *view = m_pane->subscriptionsView();
    const BillingPreview preview = await(view->previewBillingRun());
    QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
    QCOMPARE(preview.day, QDateTime::currentDateTimeUtc().date());
    // The invoice due 20 days ago is past the 7 grace days.
    const auto pastDue = std::find_if(preview.actions.cbegin(), preview.actions.cend(), [](const QString &action) {
        return action.contains(QLatin1String("Rudo Chikwanha")) && action.contains(QLatin1String("past due"));
    });
    QVERIFY2(pastDue != preview.actions.cend(), qPrintable(preview.actions.join(u'\n')));

    // The action shows the same list and changes nothing.
    const int invoices = m_pane->invoicesView()->model()->rowCount();
    QAction *action = actionNamed(view, QStringLiteral("Pre&view billing run"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    Prompter::setNextAnswer(QMessageBox::Ok);
    action->trigger();
    QTRY_VERIFY(Prompter::lastText().contains(QLatin1String("This preview changes nothing")));
    QVERIFY2(Prompter::lastText().contains(*pastDue), qPrintable(Prompter::lastText()));
    QVERIFY(reloadAndWait(*m_pane));
    QCOMPARE(m_pane->invoicesView()->model()->rowCount(), invoices);
}

void TestSubscriptionsPane::voidInvoiceReissued()
{
    InvoicesView *view = m_pane->invoicesView();
    QAction *reissue = actionNamed(view, QStringLiteral("Reiss&ue period"));
    QVERIFY(reissue);
    select(view, m_open.id);
    QVERIFY(!reissue->isEnabled());
    QCOMPARE(reissue->toolTip(), QStringLiteral("Select one void invoice to invoice its period again."));
    select(view, m_void.id);
    QVERIFY(reissue->isEnabled());

    const Status reissued = await(view->reissueInvoice(m_void.id));
    QVERIFY2(reissued, qPrintable(reissued.error()));
    QVERIFY(reloadAndWait(*m_pane));
    const Invoice *issued = nullptr;
    for (const InvoiceRow &row : view->model()->rows()) {
        if (row.invoice.subscriptionId == m_void.subscriptionId && row.invoice.id != m_void.id)
            issued = &row.invoice;
    }
    QVERIFY(issued);
    QVERIFY(issued->status == InvoiceStatus::Open);
    QCOMPARE(issued->periodStart, m_void.periodStart);
    QCOMPARE(issued->periodEnd, m_void.periodEnd);
    QVERIFY(!issued->number.isEmpty());
    QVERIFY(issued->number != m_void.number);

    // The period has a live invoice again, so a second reissue fails.
    const Status twice = await(view->reissueInvoice(m_void.id));
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(QStringLiteral("already has an invoice for the period")), qPrintable(twice.error()));
}

QTEST_MAIN(TestSubscriptionsPane)
#include "tst_subscriptionspane.moc"
