// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The billing tables and rules against real databases: every test runs on a
// SQLite file and on a PostgreSQL database from the harness.
#include "tests/catalog/catalogfixture.h"

#include "core/backup/backupjobs.h"
#include "core/backup/backuppolicy.h"
#include "core/billing/billingjobs.h"
#include "core/billing/billingrun.h"
#include "core/billing/billingsettings.h"
#include "core/billing/billingsummary.h"
#include "core/billing/customerlock.h"
#include "core/billing/planlimits.h"
#include "core/catalog/catalog.h"
#include "core/catalog/validation.h"
#include "core/jobs/jobrunner.h"
#include "core/jobs/jobstore.h"
#include "tests/support/testservices.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace saasodoo;
using namespace saasodoo::catalog;
using namespace saasodoo::test;

namespace {

constexpr qint64 gigabyte = 1024LL * 1024 * 1024;

Plan samplePlan(const QString &name)
{
    Plan plan;
    plan.name = name;
    plan.priceUsdCents = 2500;
    plan.priceZwgCents = 65000;
    plan.maxInstances = 2;
    plan.maxCpuMillicores = 2000;
    plan.maxMemoryBytes = 4 * gigabyte;
    plan.maxStorageBytes = 50 * gigabyte;
    plan.backupRetentionDays = 30;
    plan.trialDays = 14;
    return plan;
}

struct Owners
{
    Customer customer;
    Tenant tenant;
    Host host;
};

Owners createOwners(Catalog &catalog, const QString &suffix)
{
    Owners owners;
    Customer customer;
    customer.name = QStringLiteral("Rudo Ncube ") + suffix;
    customer.email = QStringLiteral("rudo-%1@ncube.co.zw").arg(suffix);
    customer.company = QStringLiteral("Ncube Farms");
    owners.customer = *catalog.createCustomer(customer);
    Tenant tenant;
    tenant.customerId = owners.customer.id;
    tenant.name = QStringLiteral("Ncube ") + suffix;
    tenant.slug = QStringLiteral("ncube-") + suffix;
    owners.tenant = *catalog.createTenant(tenant);
    Host host;
    host.name = QStringLiteral("host-") + suffix;
    host.dockerEndpoint = QStringLiteral("unix:///var/run/docker.sock");
    host.pgHost = QStringLiteral("10.0.0.5");
    host.pgAdminUser = QStringLiteral("saasodoo_admin");
    host.baseDomain = QStringLiteral("apps.example.co.zw");
    host.cpuCores = 8;
    host.memoryBytes = 32 * gigabyte;
    owners.host = *catalog.createHost(host);
    return owners;
}

Instance sampleInstance(const Owners &owners, const QString &name, double cpu, qint64 memory)
{
    Instance instance;
    instance.tenantId = owners.tenant.id;
    instance.hostId = owners.host.id;
    instance.name = name;
    instance.odooVersion = QStringLiteral("18.0");
    instance.imageTag = QStringLiteral("18.0");
    instance.cpuLimit = cpu;
    instance.memoryLimitBytes = memory;
    instance.storageLimitBytes = 10 * gigabyte;
    instance.adminEmail = QStringLiteral("admin@ncube.co.zw");
    instance.databaseName = QStringLiteral("ncube_") + name;
    instance.subdomain = QStringLiteral("ncube-") + name;
    return instance;
}

Invoice sampleInvoice(const Subscription &subscription, const QDate &start)
{
    Invoice invoice;
    invoice.customerId = subscription.customerId;
    invoice.subscriptionId = subscription.id;
    invoice.currency = Currency::Usd;
    invoice.periodStart = start;
    invoice.periodEnd = start.addMonths(1);
    invoice.issueDate = start;
    invoice.dueDate = start.addDays(14);
    invoice.vatRateBasisPoints = 1500;
    invoice.lines = { { QStringLiteral("Odoo hosting"), 1, 2500, 0 } };
    return invoice;
}

int countRows(Catalog &catalog, const QString &sql)
{
    QSqlQuery query(catalog.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Runs `body` as a job on a runner with an in-memory store and returns
// the job's final state.
jobs::JobInfo runJob(const std::function<Status(jobs::JobContext &)> &body)
{
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString id = runner.submit(jobs::JobInfo {}, body);
    runner.waitForFinished(id, 60000);
    return runner.job(id).value_or(jobs::JobInfo {});
}

} // namespace

class TestBillingCatalog : public QObject
{
    Q_OBJECT

private slots:
    void planRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void planRoundTrip();
    void subscriptionHistory_data() { addBackendColumn(); addBackendRows(); }
    void subscriptionHistory();
    void invoiceNumbersAndTotals_data() { addBackendColumn(); addBackendRows(); }
    void invoiceNumbersAndTotals();
    void refundAppliesHeldOverpayment_data() { addBackendColumn(); addBackendRows(); }
    void refundAppliesHeldOverpayment();
    void heldPaymentAppliedToOpenInvoice_data() { addBackendColumn(); addBackendRows(); }
    void heldPaymentAppliedToOpenInvoice();
    void refundOfReappliedPaymentReopensItsInvoice_data() { addBackendColumn(); addBackendRows(); }
    void refundOfReappliedPaymentReopensItsInvoice();
    void invoiceNumbersFollowIssueDates_data() { addBackendColumn(); addBackendRows(); }
    void invoiceNumbersFollowIssueDates();
    void invoiceNumbersUnderConcurrentWriters_data() { addBackendColumn(); addBackendRows(); }
    void invoiceNumbersUnderConcurrentWriters();
    void periodInvoicedOnceUnderConcurrentRuns_data() { addBackendColumn(); addBackendRows(); }
    void periodInvoicedOnceUnderConcurrentRuns();
    void paymentAppliedOnce_data() { addBackendColumn(); addBackendRows(); }
    void paymentAppliedOnce();
    void settingsRoundTrip_data() { addBackendColumn(); addBackendRows(); }
    void settingsRoundTrip();
    void planLimitsEnforced_data() { addBackendColumn(); addBackendRows(); }
    void planLimitsEnforced();
    void planRetentionAppliedToInstances_data() { addBackendColumn(); addBackendRows(); }
    void planRetentionAppliedToInstances();
    void billingRunPreviewAndDunning_data() { addBackendColumn(); addBackendRows(); }
    void billingRunPreviewAndDunning();
    void summaryPerCurrency_data() { addBackendColumn(); addBackendRows(); }
    void summaryPerCurrency();
    void zeroTotalInvoicePaidOnIssue_data() { addBackendColumn(); addBackendRows(); }
    void zeroTotalInvoicePaidOnIssue();
    void changePlanChecksCurrencyAndStatus_data() { addBackendColumn(); addBackendRows(); }
    void changePlanChecksCurrencyAndStatus();
    void amountsBoundedWithExactVat_data() { addBackendColumn(); addBackendRows(); }
    void amountsBoundedWithExactVat();
    void datesBoundedToWindow_data() { addBackendColumn(); addBackendRows(); }
    void datesBoundedToWindow();
    void billingDayKeptAfterShortMonth_data() { addBackendColumn(); addBackendRows(); }
    void billingDayKeptAfterShortMonth();
    void dunningOnceUnderConcurrentRuns_data() { addBackendColumn(); addBackendRows(); }
    void dunningOnceUnderConcurrentRuns();
    void reactivationWaitsForSuspension_data() { addBackendColumn(); addBackendRows(); }
    void reactivationWaitsForSuspension();
    void oneAttemptUnderConcurrentRequests_data() { addBackendColumn(); addBackendRows(); }
    void oneAttemptUnderConcurrentRequests();
    void heldPaymentSplitOverInvoices_data() { addBackendColumn(); addBackendRows(); }
    void heldPaymentSplitOverInvoices();
    void heldRestRefundedKeepsApplied_data() { addBackendColumn(); addBackendRows(); }
    void heldRestRefundedKeepsApplied();
    void referencesUniquePerCatalog_data() { addBackendColumn(); addBackendRows(); }
    void referencesUniquePerCatalog();
    void planLimitsBelowInstanceMinimum_data() { addBackendColumn(); addBackendRows(); }
    void planLimitsBelowInstanceMinimum();
};

#define OPEN_CATALOG(location, name)                                                                         \
    QFETCH(QString, backend);                                                                                \
    SAASODOO_REQUIRE_BACKEND(backend);                                                                       \
    CatalogLocation location(backend);                                                                       \
    QVERIFY2(location.failure().isEmpty(), qPrintable(location.failure()));                                  \
    auto name##Opened = location.open();                                                                     \
    QVERIFY2(name##Opened.ok(), qPrintable(name##Opened.error()));                                           \
    Catalog &name = **name##Opened

void TestBillingCatalog::planRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    const Result<Plan> created = catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const Result<Plan> read = catalog.planByName(QStringLiteral("STARTER"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->id, created->id);
    QCOMPARE(read->priceUsdCents, 2500);
    QCOMPARE(read->priceZwgCents, 65000);
    QCOMPARE(read->maxCpuMillicores, 2000);
    QCOMPARE(read->maxMemoryBytes, 4 * gigabyte);
    QCOMPARE(read->trialDays, 14);
    QVERIFY(read->active);

    // Names are unique ignoring case, and nothing is written for a duplicate.
    const Result<Plan> duplicate = catalog.createPlan(samplePlan(QStringLiteral("starter")));
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QLatin1String("already exists")), qPrintable(duplicate.error()));
    QCOMPARE(int(catalog.lastErrorKind()), int(ErrorKind::Validation));
    QCOMPARE(catalog.plans()->size(), 1);

    Plan negative = samplePlan(QStringLiteral("Broken"));
    negative.priceUsdCents = -1;
    QVERIFY(!catalog.createPlan(negative).ok());
    Plan negativeLimits = samplePlan(QStringLiteral("Broken"));
    negativeLimits.maxInstances = -1;
    negativeLimits.maxStorageBytes = -5;
    const Result<Plan> rejectedLimits = catalog.createPlan(negativeLimits);
    QVERIFY(!rejectedLimits.ok());
    QVERIFY2(rejectedLimits.error().contains(QLatin1String("(instances -1, storage -5 bytes)")),
        qPrintable(rejectedLimits.error()));

    // An update with a stale row version is a conflict.
    Plan changed = read.value();
    changed.priceUsdCents = 3000;
    QVERIFY(catalog.updatePlan(changed).ok());
    const Result<Plan> stale = catalog.updatePlan(changed);
    QVERIFY(!stale.ok());
    QCOMPARE(int(catalog.lastErrorKind()), int(ErrorKind::Conflict));
    QCOMPARE(catalog.plan(created->id)->priceUsdCents, 3000);
}

void TestBillingCatalog::subscriptionHistory()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Plan larger = *catalog.createPlan(samplePlan(QStringLiteral("Business")));

    const QDate start(2026, 3, 1);
    const Result<Subscription> created
        = billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, start, true);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(toString(created->status), QStringLiteral("trial"));
    QCOMPARE(created->trialEndsOn, start.addDays(14));
    QCOMPARE(created->nextInvoiceDate, start.addDays(14));

    // One live subscription per customer.
    const Result<Subscription> second
        = billing::subscribe(catalog, owners.customer.id, larger.id, Currency::Usd, start, false);
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QLatin1String("already has a subscription")), qPrintable(second.error()));

    // Dated the start day, before the trial's first invoice is due.
    QVERIFY(billing::changePlan(catalog, created->id, larger.id, start).ok());
    const Result<Subscription> cancelled = billing::cancelSubscription(catalog, created->id, QStringLiteral("moved"));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));

    const Result<QList<SubscriptionEvent>> events = catalog.subscriptionEvents(created->id);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).toStatus, QStringLiteral("trial"));
    QCOMPARE(events->at(1).planId, larger.id);
    QCOMPARE(events->at(2).fromStatus, QStringLiteral("trial"));
    QCOMPARE(events->at(2).toStatus, QStringLiteral("cancelled"));
    QVERIFY(events->at(2).note.contains(QLatin1String("moved")));

    // After the cancellation the customer may subscribe again, but with no
    // second trial unless one is granted explicitly.
    const Result<Subscription> again
        = billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Zwg, start, true);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(toString(again->status), QStringLiteral("active"));
    QVERIFY(!again->trialEndsOn.isValid());
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'subscription.%'")), 4);
    QVERIFY(billing::cancelSubscription(catalog, again->id, QStringLiteral("again")).ok());
    const Result<Subscription> granted
        = billing::subscribeWithTrial(catalog, owners.customer.id, plan.id, Currency::Usd, start, 7);
    QVERIFY2(granted.ok(), qPrintable(granted.error()));
    QCOMPARE(toString(granted->status), QStringLiteral("trial"));
    QCOMPARE(granted->trialEndsOn, start.addDays(7));
}

void TestBillingCatalog::invoiceNumbersAndTotals()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);

    // 15 % VAT on 3 × 33.33 = 99.99 is 14.9985, rounded to 15.00.
    Invoice first = sampleInvoice(subscription, QDate(2026, 1, 1));
    first.lines = { { QStringLiteral("Odoo hosting"), 3, 3333, 0 } };
    const Result<Invoice> issued = catalog.createInvoice(first, true);
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(issued->number, QStringLiteral("INV-2026-000001"));
    QCOMPARE(issued->subtotalCents, 9999);
    QCOMPARE(issued->taxCents, 1500);
    QCOMPARE(issued->totalCents, 11499);
    QCOMPARE(issued->lines.first().amountCents, 9999);

    // A draft has no number until it is issued; then it takes the next one.
    const Result<Invoice> draft = catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 2, 1)), false);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    QVERIFY(draft->number.isEmpty());
    QCOMPARE(toString(draft->status), QStringLiteral("draft"));
    const Result<Invoice> third = catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 3, 1)), true);
    QCOMPARE(third->number, QStringLiteral("INV-2026-000002"));
    const Result<Invoice> issuedDraft = catalog.issueInvoice(draft->id, QDate(2026, 3, 2));
    QVERIFY2(issuedDraft.ok(), qPrintable(issuedDraft.error()));
    QCOMPARE(issuedDraft->number, QStringLiteral("INV-2026-000003"));

    // A void invoice keeps its number, so the sequence has no gap.
    const Result<Invoice> voided = catalog.voidInvoice(third->id, QStringLiteral("wrong plan"));
    QVERIFY2(voided.ok(), qPrintable(voided.error()));
    QCOMPARE(catalog.invoiceByNumber(QStringLiteral("inv-2026-000002"))->voidReason, QStringLiteral("wrong plan"));
    QVERIFY(!catalog.voidInvoice(third->id, QStringLiteral("again")).ok());

    // The period can be invoiced again once its invoice is void, and not
    // twice otherwise. The new invoice is dated on or after the last one.
    Invoice again = sampleInvoice(subscription, QDate(2026, 3, 1));
    again.issueDate = QDate(2026, 3, 2);
    QVERIFY(catalog.createInvoice(again, true).ok());
    const Result<Invoice> twice = catalog.createInvoice(again, true);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QLatin1String("already has an invoice")), qPrintable(twice.error()));

    // Numbers restart each year.
    Invoice nextYear = sampleInvoice(subscription, QDate(2027, 1, 1));
    nextYear.issueDate = QDate(2027, 1, 1);
    QCOMPARE(catalog.createInvoice(nextYear, true)->number, QStringLiteral("INV-2027-000001"));

    // The failed duplicate above did not use up a number.
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT last_number FROM invoice_counters WHERE year = 2026")), 4);
}

void TestBillingCatalog::refundAppliesHeldOverpayment()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice invoice = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);

    // Two paid payments of one invoice: the first settles it, the second is
    // an overpayment held for refund.
    QStringList ids;
    for (const QString &suffix : { QStringLiteral("-2"), QStringLiteral("-1") }) {
        Payment payment;
        payment.invoiceId = invoice.id;
        payment.reference = invoice.number + suffix;
        payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=") + suffix;
        payment.amountCents = invoice.totalCents;
        const Result<Payment> created = catalog.createPayment(payment);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        Payment paid = created.value();
        paid.status = PaymentStatus::Paid;
        paid.paynowStatus = QStringLiteral("Paid");
        QVERIFY(catalog.updatePaymentStatus(paid).ok());
        QVERIFY(catalog.applyPayment(created->id).ok());
        ids.append(created->id);
    }
    QCOMPARE(toString(catalog.payment(ids.at(0))->application), QStringLiteral("settled"));
    QCOMPARE(toString(catalog.payment(ids.at(1))->application), QStringLiteral("overpayment"));

    // Paynow refunds the settling payment: the held overpayment pays the
    // invoice instead of being refunded too.
    const Result<PaymentRefund> refunded = catalog.refundPayment(ids.at(0));
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->recorded);
    QCOMPARE(refunded->reopenedInvoiceId, invoice.id);
    QCOMPARE(refunded->replacementReference, invoice.number + QStringLiteral("-1"));
    QCOMPARE(toString(catalog.payment(ids.at(0))->application), QStringLiteral("refunded"));
    QCOMPARE(toString(catalog.payment(ids.at(1))->application), QStringLiteral("settled"));
    QCOMPARE(toString(catalog.invoice(invoice.id)->status), QStringLiteral("paid"));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'invoice.reopen'")), 1);
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'invoice.paid'")), 2);

    // Refunding that one too leaves the invoice owed.
    const Result<PaymentRefund> second = catalog.refundPayment(ids.at(1));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(second->recorded);
    QCOMPARE(second->reopenedInvoiceId, invoice.id);
    QVERIFY(second->replacementReference.isEmpty());
    QCOMPARE(toString(catalog.invoice(invoice.id)->status), QStringLiteral("open"));
}

void TestBillingCatalog::heldPaymentAppliedToOpenInvoice()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Owners others = createOwners(catalog, QStringLiteral("b"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Subscription otherSubscription
        = *billing::subscribe(catalog, others.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice paidInvoice = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);
    const Invoice openInvoice = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 2, 1)), true);
    Invoice larger = sampleInvoice(subscription, QDate(2026, 3, 1));
    larger.lines.append({ QStringLiteral("Extra storage"), 1, 500, 0 });
    const Invoice largerInvoice = *catalog.createInvoice(larger, true);
    const Invoice otherInvoice = *catalog.createInvoice(sampleInvoice(otherSubscription, QDate(2026, 3, 1)), true);

    // The first payment settles the January invoice, the second is held as
    // an overpayment.
    QStringList ids;
    for (const QString &suffix : { QStringLiteral("-1"), QStringLiteral("-2") }) {
        Payment payment;
        payment.invoiceId = paidInvoice.id;
        payment.reference = paidInvoice.number + suffix;
        payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=") + suffix;
        payment.amountCents = paidInvoice.totalCents;
        const Result<Payment> created = catalog.createPayment(payment);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        Payment paid = created.value();
        paid.status = PaymentStatus::Paid;
        paid.paynowStatus = QStringLiteral("Paid");
        QVERIFY(catalog.updatePaymentStatus(paid).ok());
        QVERIFY(catalog.applyPayment(created->id).ok());
        ids.append(created->id);
    }
    const QString held = ids.at(1);
    QCOMPARE(toString(catalog.payment(held)->application), QStringLiteral("overpayment"));

    // Rejected, changing nothing: its own invoice is paid, another customer's
    // invoice, another amount, and a payment that is not held.
    const Result<Invoice> own = catalog.applyHeldPayment(held, {});
    QVERIFY(!own.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(own.error().contains(QLatin1String("only to an open invoice")), qPrintable(own.error()));
    const Result<Invoice> foreign = catalog.applyHeldPayment(held, otherInvoice.id);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().contains(QLatin1String("another customer")), qPrintable(foreign.error()));
    const Result<Invoice> otherAmount = catalog.applyHeldPayment(held, largerInvoice.id);
    QVERIFY(!otherAmount.ok());
    QVERIFY2(otherAmount.error().contains(QLatin1String("pays in full")), qPrintable(otherAmount.error()));
    const Result<Invoice> settledOne = catalog.applyHeldPayment(ids.at(0), openInvoice.id);
    QVERIFY(!settledOne.ok());
    QCOMPARE(toString(catalog.invoice(openInvoice.id)->status), QStringLiteral("open"));
    QCOMPARE(toString(catalog.payment(held)->application), QStringLiteral("overpayment"));

    // Applied to the open February invoice, exactly once.
    const Result<Invoice> applied = catalog.applyHeldPayment(held, openInvoice.id);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    QCOMPARE(applied->id, openInvoice.id);
    QCOMPARE(toString(catalog.invoice(openInvoice.id)->status), QStringLiteral("paid"));
    const Payment settled = *catalog.payment(held);
    QCOMPARE(toString(settled.application), QStringLiteral("settled"));
    QCOMPARE(settled.settledInvoiceId, openInvoice.id);
    QCOMPARE(settled.invoiceId, paidInvoice.id);
    const Result<Invoice> again = catalog.applyHeldPayment(held, openInvoice.id);
    QVERIFY(!again.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QCOMPARE(countRows(catalog,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'payment.apply' AND target_id = '%1'")
                     .arg(held)),
        2);

    // Refunding it later reopens the invoice it paid, not its own.
    const Result<PaymentRefund> refunded = catalog.refundPayment(held);
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->recorded);
    QCOMPARE(refunded->reopenedInvoiceId, openInvoice.id);
    QCOMPARE(toString(catalog.invoice(openInvoice.id)->status), QStringLiteral("open"));
    QCOMPARE(toString(catalog.invoice(paidInvoice.id)->status), QStringLiteral("paid"));
}

void TestBillingCatalog::refundOfReappliedPaymentReopensItsInvoice()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice january = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);
    const Invoice february = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 2, 1)), true);
    const auto payInvoice = [&](const Invoice &invoice, const QString &suffix) -> QString {
        Payment payment;
        payment.invoiceId = invoice.id;
        payment.reference = invoice.number + suffix;
        payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=") + suffix;
        payment.amountCents = invoice.totalCents;
        const Result<Payment> created = catalog.createPayment(payment);
        if (!created)
            return {};
        Payment paid = created.value();
        paid.status = PaymentStatus::Paid;
        paid.paynowStatus = QStringLiteral("Paid");
        if (!catalog.updatePaymentStatus(paid) || !catalog.applyPayment(created->id))
            return {};
        return created->id;
    };

    // January is paid twice; the overpayment is applied to February, and
    // then February is paid a second time, which is held as an overpayment.
    QVERIFY(!payInvoice(january, QStringLiteral("-1")).isEmpty());
    const QString moved = payInvoice(january, QStringLiteral("-2"));
    QVERIFY(!moved.isEmpty());
    const Result<Invoice> applied = catalog.applyHeldPayment(moved, february.id);
    QVERIFY2(applied.ok(), qPrintable(applied.error()));
    const QString held = payInvoice(february, QStringLiteral("-1"));
    QVERIFY(!held.isEmpty());
    QCOMPARE(toString(catalog.payment(held)->application), QStringLiteral("overpayment"));

    // Refunding the moved payment reopens February, which February's held
    // overpayment pays again at once. January stays paid.
    const Result<PaymentRefund> refunded = catalog.refundPayment(moved);
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->recorded);
    QCOMPARE(refunded->reopenedInvoiceId, february.id);
    QCOMPARE(refunded->replacementReference, february.number + QStringLiteral("-1"));
    QCOMPARE(toString(catalog.payment(held)->application), QStringLiteral("settled"));
    QCOMPARE(toString(catalog.invoice(february.id)->status), QStringLiteral("paid"));
    QCOMPARE(toString(catalog.invoice(january.id)->status), QStringLiteral("paid"));
    QCOMPARE(countRows(catalog,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'invoice.reopen' AND target_id = '%1'")
                     .arg(february.id)),
        1);
}

void TestBillingCatalog::invoiceNumbersFollowIssueDates()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2027, 1, 1), false);

    const Result<Invoice> later = catalog.createInvoice(sampleInvoice(subscription, QDate(2027, 1, 10)), true);
    QVERIFY2(later.ok(), qPrintable(later.error()));
    QCOMPARE(later->number, QStringLiteral("INV-2027-000001"));

    // An invoice dated before it cannot take a later number, by any route.
    const Result<Invoice> earlier = catalog.createInvoice(sampleInvoice(subscription, QDate(2027, 1, 5)), true);
    QVERIFY(!earlier.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(earlier.error().contains(QLatin1String("INV-2027-000001")), qPrintable(earlier.error()));
    Subscription advanced = *catalog.subscription(subscription.id);
    advanced.nextInvoiceDate = QDate(2027, 3, 1);
    Invoice periodInvoice = sampleInvoice(subscription, QDate(2027, 2, 1));
    periodInvoice.issueDate = QDate(2027, 1, 9);
    const Result<Invoice> period = catalog.issuePeriodInvoice(periodInvoice, advanced, QStringLiteral("Invoice %1 issued."));
    QVERIFY(!period.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QCOMPARE(catalog.subscription(subscription.id)->nextInvoiceDate, subscription.nextInvoiceDate);
    const Result<Invoice> draft = catalog.createInvoice(sampleInvoice(subscription, QDate(2027, 3, 1)), false);
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    QVERIFY(!catalog.issueInvoice(draft->id, QDate(2027, 1, 2)).ok());
    QCOMPARE(toString(catalog.invoice(draft->id)->status), QStringLiteral("draft"));

    // The rejected ones took no number, and the same day or a later one is fine.
    const Result<Invoice> sameDay = catalog.issueInvoice(draft->id, QDate(2027, 1, 10));
    QVERIFY2(sameDay.ok(), qPrintable(sameDay.error()));
    QCOMPARE(sameDay->number, QStringLiteral("INV-2027-000002"));

    // Another year has its own sequence.
    const Result<Invoice> nextYear = catalog.createInvoice(sampleInvoice(subscription, QDate(2028, 1, 5)), true);
    QVERIFY2(nextYear.ok(), qPrintable(nextYear.error()));
    QCOMPARE(nextYear->number, QStringLiteral("INV-2028-000001"));
}

void TestBillingCatalog::invoiceNumbersUnderConcurrentWriters()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);

    // Two writers, each with its own connection, issue invoices at the same
    // time; each invoice is for its own period.
    constexpr int perWriter = 25;
    std::atomic<int> failures { 0 };
    QStringList errors[2];
    auto writer = [&](int index) {
        auto opened = location.open();
        if (!opened.ok()) {
            errors[index].append(opened.error());
            ++failures;
            return;
        }
        for (int i = 0; i < perWriter; ++i) {
            Invoice invoice = sampleInvoice(subscription, QDate(2030 + index, 1, 1).addDays(i * 2));
            invoice.issueDate = QDate(2026, 6, 1);
            const Result<Invoice> created = opened.value()->createInvoice(invoice, true);
            if (!created.ok()) {
                errors[index].append(created.error());
                ++failures;
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(writer, 0));
    std::unique_ptr<QThread> second(QThread::create(writer, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QVERIFY2(failures == 0, qPrintable((errors[0] + errors[1]).join(u'\n')));

    const Result<QList<Invoice>> invoices = catalog.invoices();
    QVERIFY2(invoices.ok(), qPrintable(invoices.error()));
    QCOMPARE(invoices->size(), 2 * perWriter);
    QSet<QString> numbers;
    for (const Invoice &invoice : invoices.value())
        numbers.insert(invoice.number);
    QCOMPARE(numbers.size(), 2 * perWriter); // no duplicate
    for (int n = 1; n <= 2 * perWriter; ++n) // no gap
        QVERIFY2(numbers.contains(QStringLiteral("INV-2026-%1").arg(n, 6, 10, QLatin1Char('0'))), qPrintable(QString::number(n)));
}

void TestBillingCatalog::periodInvoicedOnceUnderConcurrentRuns()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("runs"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);

    // On PostgreSQL this session locks the subscription's row, so that both
    // runs reach the first period's write before either can commit it.
    QSqlQuery lock(catalog.database());
    if (location.isPostgres()) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        lock.prepare(QStringLiteral("SELECT id FROM subscriptions WHERE id = ? FOR UPDATE"));
        lock.addBindValue(subscription.id);
        QVERIFY2(lock.exec(), qPrintable(lock.lastError().text()));
    }

    // Two billing runs of the same day, each a job with its own connection,
    // both invoicing January to March.
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QDate today(2026, 3, 15);
    QStringList jobIds;
    for (int run = 0; run < 2; ++run)
        jobIds.append(runner.submit(billing::billingRunRequest(today, true),
            billing::billingRunBody(location.config(), nullptr, today, true)));

    if (location.isPostgres()) {
        QTRY_COMPARE_WITH_TIMEOUT(postgresLockWaits(catalog.database()), 2, 30000);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    }
    for (const QString &id : std::as_const(jobIds)) {
        QVERIFY(runner.waitForFinished(id, 60000));
        QVERIFY2(runner.job(id)->state == jobs::JobState::Succeeded, qPrintable(runner.job(id)->error));
    }
    // On PostgreSQL both runs planned all three periods before either
    // wrote, so the one that lost each period logs that. On SQLite the
    // second run may plan after the first finished and find nothing to do.
    int skipped = 0;
    for (const QString &id : std::as_const(jobIds)) {
        const Result<QList<jobs::JobLogEntry>> log = store.log(id);
        QVERIFY2(log.ok(), qPrintable(log.error()));
        for (const jobs::JobLogEntry &entry : log.value())
            skipped += entry.message.contains(QLatin1String("already generated by another run")) ? 1 : 0;
    }
    if (location.isPostgres())
        QCOMPARE(skipped, 3);
    else
        QVERIFY2(skipped <= 3, qPrintable(QString::number(skipped)));

    // Each period has exactly one invoice, numbered without gaps, and the
    // subscription moved on once per period.
    const Result<QList<Invoice>> invoices = catalog.invoices();
    QVERIFY2(invoices.ok(), qPrintable(invoices.error()));
    QCOMPARE(invoices->size(), 3);
    QSet<QDate> periods;
    QSet<QString> numbers;
    for (const Invoice &invoice : invoices.value()) {
        periods.insert(invoice.periodStart);
        numbers.insert(invoice.number);
    }
    QCOMPARE(periods, (QSet<QDate> { QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1) }));
    QCOMPARE(numbers, (QSet<QString> { QStringLiteral("INV-2026-000001"), QStringLiteral("INV-2026-000002"),
                          QStringLiteral("INV-2026-000003") }));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT last_number FROM invoice_counters WHERE year = 2026")), 3);
    const Result<Subscription> moved = catalog.subscription(subscription.id);
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QCOMPARE(moved->nextInvoiceDate, QDate(2026, 4, 1));
    QCOMPARE(moved->periodStart, QDate(2026, 3, 1));
    QCOMPARE(moved->rowVersion, subscription.rowVersion + 3);
}

void TestBillingCatalog::paymentAppliedOnce()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice invoice = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);

    Payment payment;
    payment.invoiceId = invoice.id;
    payment.reference = invoice.number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=1");
    payment.method = PaymentMethod::EcoCash;
    payment.phone = QStringLiteral("0771111111");
    payment.amountCents = invoice.totalCents;
    const Result<Payment> created = catalog.createPayment(payment);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(!catalog.createPayment(payment).ok()); // references are unique

    // A pending payment settles nothing.
    QCOMPARE(int(catalog.applyPayment(created->id).value()), int(PaymentApplication::None));

    Payment paid = created.value();
    paid.status = PaymentStatus::Paid;
    paid.paynowStatus = QStringLiteral("Paid");
    const Result<Payment> saved = catalog.updatePaymentStatus(paid);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(int(catalog.lastErrorKind()), int(ErrorKind::None));
    QVERIFY(!catalog.updatePaymentStatus(paid).ok()); // stale row version
    QCOMPARE(int(catalog.lastErrorKind()), int(ErrorKind::Conflict));

    // Two sessions apply the same payment: exactly one settles the invoice.
    auto other = location.open();
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const Result<PaymentApplication> firstApply = catalog.applyPayment(created->id);
    const Result<PaymentApplication> secondApply = other.value()->applyPayment(created->id);
    QVERIFY2(firstApply.ok() && secondApply.ok(), qPrintable(firstApply.error() + secondApply.error()));
    QCOMPARE(int(firstApply.value()), int(PaymentApplication::Settled));
    QCOMPARE(int(secondApply.value()), int(PaymentApplication::None));
    QCOMPARE(toString(catalog.invoice(invoice.id)->status), QStringLiteral("paid"));
    QVERIFY(catalog.invoice(invoice.id)->paidAt.isValid());
    QVERIFY(catalog.payment(created->id)->appliedAt.isValid());
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'payment.apply'")), 1);
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'invoice.paid'")), 1);

    // A paid invoice cannot be voided.
    QVERIFY(!catalog.voidInvoice(invoice.id, QStringLiteral("late")).ok());
}

void TestBillingCatalog::settingsRoundTrip()
{
    OPEN_CATALOG(location, catalog);
    const Result<billing::BillingSettings> defaults = billing::loadBillingSettings(catalog);
    QVERIFY2(defaults.ok(), qPrintable(defaults.error()));
    QCOMPARE(defaults->vatRateBasisPoints, 1500);

    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("vat_rate"), QStringLiteral("14.5%")).ok());
    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("grace_days"), QStringLiteral("3")).ok());
    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("company_name"), QStringLiteral("SaaSOdoo (Pvt) Ltd")).ok());
    const Status bad = billing::saveBillingSetting(catalog, QStringLiteral("vat_rate"), QStringLiteral("15.555"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QLatin1String("15.555")), qPrintable(bad.error()));
    QVERIFY(!billing::saveBillingSetting(catalog, QStringLiteral("grace_days"), QStringLiteral("-1")).ok());
    QVERIFY(!billing::saveBillingSetting(catalog, QStringLiteral("colour"), QStringLiteral("blue")).ok());

    const Result<billing::BillingSettings> stored = billing::loadBillingSettings(catalog);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->vatRateBasisPoints, 1450);
    QCOMPARE(stored->graceDays, 3);
    QCOMPARE(stored->companyName, QStringLiteral("SaaSOdoo (Pvt) Ltd"));
    QCOMPARE(catalog.billingSettings()->value(QStringLiteral("vat_rate")), QStringLiteral("14.50"));
}

void TestBillingCatalog::planLimitsEnforced()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    Plan small = samplePlan(QStringLiteral("Starter"));
    small.maxInstances = 2;
    small.maxCpuMillicores = 1500;
    small.maxMemoryBytes = 3 * gigabyte;
    const Plan plan = *catalog.createPlan(small);

    // Without a subscription nothing is limited.
    const Instance big = sampleInstance(owners, QStringLiteral("big"), 4, 16 * gigabyte);
    QVERIFY(billing::checkPlanLimits(catalog, big).ok());

    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Status cpu = billing::checkPlanLimits(catalog, big);
    QVERIFY(!cpu.ok());
    QVERIFY2(cpu.error().contains(QLatin1String("Plan Starter allows 1.5 CPU cores")), qPrintable(cpu.error()));

    const Result<Instance> first = catalog.createInstance(sampleInstance(owners, QStringLiteral("one"), 1, gigabyte));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(billing::checkPlanLimits(catalog, *first).ok());

    const Instance memoryHeavy = sampleInstance(owners, QStringLiteral("two"), 0.5, 3 * gigabyte);
    const Status memory = billing::checkPlanLimits(catalog, memoryHeavy);
    QVERIFY(!memory.ok());
    QVERIFY2(memory.error().contains(QLatin1String("Plan Starter allows 3G of memory")), qPrintable(memory.error()));

    QVERIFY(catalog.createInstance(sampleInstance(owners, QStringLiteral("two"), 0.5, gigabyte)).ok());
    const Status count = billing::checkPlanLimits(catalog, sampleInstance(owners, QStringLiteral("three"), 0.1, gigabyte / 4));
    QVERIFY(!count.ok());
    QVERIFY2(count.error().contains(QLatin1String("Plan Starter allows 2 instance(s)")), qPrintable(count.error()));

    // A resize counts the instance's new limits in place of its old ones.
    QVERIFY(billing::checkPlanLimitsForResize(location.config(), first->id, 1, 2 * gigabyte).ok());
    const Status resize = billing::checkPlanLimitsForResize(location.config(), first->id, 1.5, gigabyte);
    QVERIFY(!resize.ok());
    QVERIFY2(resize.error().contains(QLatin1String("CPU")), qPrintable(resize.error()));

    // A suspended subscription takes no new instances.
    Subscription suspended = *catalog.subscription(subscription.id);
    suspended.status = SubscriptionStatus::Suspended;
    QVERIFY(catalog.updateSubscription(suspended).ok());
    const Status blocked = billing::checkPlanLimits(catalog, *first);
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().contains(QLatin1String("suspended")), qPrintable(blocked.error()));
}

void TestBillingCatalog::planRetentionAppliedToInstances()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    Plan fortnight = samplePlan(QStringLiteral("Fortnight"));
    fortnight.backupRetentionDays = 14;
    const Plan plan = *catalog.createPlan(fortnight);
    const Result<Instance> follows = catalog.createInstance(sampleInstance(owners, QStringLiteral("follows"), 0.5, gigabyte));
    QVERIFY2(follows.ok(), qPrintable(follows.error()));
    const Result<Instance> own = catalog.createInstance(sampleInstance(owners, QStringLiteral("own"), 0.5, gigabyte));
    QVERIFY2(own.ok(), qPrintable(own.error()));
    BackupPolicy stored;
    stored.instanceId = own->id;
    stored.keepDaily = 3;
    stored.keepWeekly = 1;
    stored.keepMonthly = 1;
    stored.intervalHours = 12;
    QVERIFY(catalog.setBackupPolicy(stored).ok());

    // Without a subscription the built-in default applies.
    const Result<backup::AppliedBackupPolicy> unsubscribed = backup::appliedBackupPolicy(catalog, follows->id);
    QVERIFY2(unsubscribed.ok(), qPrintable(unsubscribed.error()));
    QCOMPARE(int(unsubscribed->source), int(backup::PolicySource::Default));
    QCOMPARE(unsubscribed->policy.keepDaily, 7);
    QCOMPARE(unsubscribed->policy.keepWeekly, 4);
    QCOMPARE(unsubscribed->policy.keepMonthly, 3);
    QCOMPARE(backup::policySourceText(unsubscribed.value()), QStringLiteral("default"));

    // A 14-day plan gives 7 daily, 2 weekly and no monthly slots to an
    // instance without a policy of its own.
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Result<backup::AppliedBackupPolicy> derived = backup::appliedBackupPolicy(catalog, follows->id);
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(int(derived->source), int(backup::PolicySource::Plan));
    QCOMPARE(derived->policy.keepDaily, 7);
    QCOMPARE(derived->policy.keepWeekly, 2);
    QCOMPARE(derived->policy.keepMonthly, 0);
    QCOMPARE(derived->policy.intervalHours, 24);
    QCOMPARE(derived->planName, QStringLiteral("Fortnight"));
    QCOMPARE(backup::policySourceText(derived.value()),
        QStringLiteral("from plan Fortnight (14 days of backup retention)"));

    // An instance with its own policy keeps it.
    const Result<backup::AppliedBackupPolicy> kept = backup::appliedBackupPolicy(catalog, own->id);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(int(kept->source), int(backup::PolicySource::Instance));
    QCOMPARE(kept->policy.keepDaily, 3);
    QCOMPARE(kept->policy.keepWeekly, 1);
    QCOMPARE(kept->policy.keepMonthly, 1);
    QCOMPARE(kept->policy.intervalHours, 12);
    QCOMPARE(backup::policySourceText(kept.value()), QStringLiteral("set for this instance"));

    // A retention run keeps exactly the derived set of one scheduled backup
    // a day from 1 February to Wednesday 4 March: the last 7 days, which
    // also hold the newest backups of ISO weeks 10 and 9.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QMap<QDate, Backup> records;
    const QDate last(2026, 3, 4);
    for (QDate day(2026, 2, 1); day <= last; day = day.addDays(1)) {
        Backup record;
        record.instanceId = follows->id;
        record.kind = BackupKind::Scheduled;
        record.state = BackupState::Completed;
        record.odooVersion = follows->odooVersion;
        record.createdAt = QDateTime(day, QTime(2, 0), Qt::UTC);
        record.location = directory.filePath(day.toString(Qt::ISODate) + QStringLiteral(".zip"));
        QFile file(record.location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("backup"), qint64(6));
        file.close();
        const Result<Backup> created = catalog.createBackup(record);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        records.insert(day, created.value());
    }
    backup::BackupSettings settings;
    settings.directory = directory.path();
    backup::BackupJobs backupJobs(location.config(), nullptr, settings);
    backup::RunDueOptions options;
    options.takeBackups = false;
    options.now = QDateTime(last, QTime(12, 0), Qt::UTC);
    backup::RunDueReport report;
    const jobs::JobInfo job = runJob([&](jobs::JobContext &context) { return backupJobs.runDue(context, options, &report); });
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    for (auto entry = records.cbegin(); entry != records.cend(); ++entry) {
        const bool keep = entry.key().daysTo(last) < 7;
        const Result<Backup> after = catalog.backup(entry.value().id);
        QVERIFY2(after.ok(), qPrintable(after.error()));
        QVERIFY2((after->state == BackupState::Completed) == keep, qPrintable(entry.key().toString(Qt::ISODate)));
        QVERIFY2(QFile::exists(entry.value().location) == keep, qPrintable(entry.key().toString(Qt::ISODate)));
        QCOMPARE(report.deleted.contains(entry.value().id), !keep);
    }
    QCOMPARE(report.deleted.size(), int(records.size()) - 7);

    // A plan of 0 days leaves the built-in default.
    Plan unset = *catalog.plan(plan.id);
    unset.backupRetentionDays = 0;
    QVERIFY(catalog.updatePlan(unset).ok());
    QCOMPARE(int(backup::appliedBackupPolicy(catalog, follows->id)->source), int(backup::PolicySource::Default));
    Plan restored = *catalog.plan(plan.id);
    restored.backupRetentionDays = 14;
    QVERIFY(catalog.updatePlan(restored).ok());

    // A suspended subscription is still live, so its plan still applies.
    Subscription suspended = *catalog.subscription(subscription.id);
    suspended.status = SubscriptionStatus::Suspended;
    QVERIFY(catalog.updateSubscription(suspended).ok());
    QCOMPARE(int(backup::appliedBackupPolicy(catalog, follows->id)->source), int(backup::PolicySource::Plan));

    // A cancelled subscription falls back to the built-in default.
    QVERIFY(billing::cancelSubscription(catalog, subscription.id, QStringLiteral("moved")).ok());
    const Result<backup::AppliedBackupPolicy> cancelled = backup::appliedBackupPolicy(catalog, follows->id);
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));
    QCOMPARE(int(cancelled->source), int(backup::PolicySource::Default));
    QCOMPARE(cancelled->policy.keepDaily, 7);
    QCOMPARE(cancelled->policy.keepWeekly, 4);
    QCOMPARE(cancelled->policy.keepMonthly, 3);
    QCOMPARE(int(backup::appliedBackupPolicy(catalog, own->id)->source), int(backup::PolicySource::Instance));
}

void TestBillingCatalog::billingRunPreviewAndDunning()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("payment_terms_days"), QStringLiteral("10")).ok());
    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("grace_days"), QStringLiteral("5")).ok());
    QVERIFY(billing::saveBillingSetting(catalog, QStringLiteral("suspend_after_days"), QStringLiteral("7")).ok());

    const QDate start(2026, 3, 1);
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, start, true);

    // During the trial there is nothing to do.
    QVERIFY(billing::planBillingRun(catalog, start.addDays(3))->isEmpty());

    // The preview on the day the trial ends lists one invoice and writes nothing.
    const int auditBefore = countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    const QDate trialEnd = start.addDays(14);
    const Result<QList<billing::BillingAction>> preview = billing::planBillingRun(catalog, trialEnd);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QCOMPARE(preview->size(), 1);
    QCOMPARE(billing::billingActionName(preview->first().kind), QStringLiteral("generate_invoice"));
    QCOMPARE(preview->first().amountCents, 2875); // 25.00 + 15 % VAT
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM audit_events")), auditBefore);
    QCOMPARE(catalog.invoices()->size(), 0);

    // The run issues it and ends the trial.
    const CatalogConfig config = location.config();
    auto runOn = [&](const QDate &day) {
        return runJob([&](jobs::JobContext &context) -> Status {
            auto opened = Catalog::open(config);
            if (!opened.ok())
                return makeError(opened.error());
            const auto done = billing::runBilling(*opened.value(), nullptr, context, day);
            return done.ok() ? Status() : Status(makeError(done.error()));
        });
    };
    jobs::JobInfo job = runOn(trialEnd);
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    const QList<Invoice> invoices = *catalog.invoices();
    QCOMPARE(invoices.size(), 1);
    QCOMPARE(invoices.first().periodStart, trialEnd);
    QCOMPARE(invoices.first().dueDate, trialEnd.addDays(10));
    QCOMPARE(invoices.first().totalCents, 2875);
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("active"));
    QCOMPARE(catalog.subscription(subscription.id)->nextInvoiceDate, trialEnd.addMonths(1));

    // Running the same day again does nothing more.
    QVERIFY(billing::planBillingRun(catalog, trialEnd)->isEmpty());

    // Unpaid 5 days after the due date: still in grace. One more day: past due.
    const QDate due = invoices.first().dueDate;
    QVERIFY(billing::planBillingRun(catalog, due.addDays(5))->isEmpty());
    job = runOn(due.addDays(6));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("past_due"));

    // Seven days later the instances are suspended; without instances the
    // run needs no provisioner.
    const Result<QList<billing::BillingAction>> suspend = billing::planBillingRun(catalog, due.addDays(13));
    QCOMPARE(suspend->size(), 1);
    QCOMPARE(billing::billingActionName(suspend->first().kind), QStringLiteral("suspend_instances"));
    job = runOn(due.addDays(13));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("suspended"));

    // Once the invoice is paid, the next run reactivates the subscription.
    Payment payment;
    payment.invoiceId = invoices.first().id;
    payment.reference = invoices.first().number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=2");
    payment.amountCents = invoices.first().totalCents;
    Payment stored = *catalog.createPayment(payment);
    stored.status = PaymentStatus::Paid;
    stored.paynowStatus = QStringLiteral("Paid");
    QVERIFY(catalog.updatePaymentStatus(stored).ok());
    QCOMPARE(int(catalog.applyPayment(stored.id).value()), int(PaymentApplication::Settled));
    const Result<QList<billing::BillingAction>> reactivate = billing::planBillingRun(catalog, due.addDays(14));
    QCOMPARE(reactivate->size(), 1);
    QCOMPARE(billing::billingActionName(reactivate->first().kind), QStringLiteral("reactivate"));
    job = runOn(due.addDays(14));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("active"));

    const Result<QList<SubscriptionEvent>> events = catalog.subscriptionEvents(subscription.id);
    QVERIFY2(events.ok(), qPrintable(events.error()));
    QStringList statuses;
    for (const SubscriptionEvent &event : events.value())
        statuses.append(event.toStatus);
    QCOMPARE(statuses.join(u','), QStringLiteral("trial,active,past_due,suspended,active"));
}

void TestBillingCatalog::summaryPerCurrency()
{
    OPEN_CATALOG(location, catalog);
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Owners usd = createOwners(catalog, QStringLiteral("usd"));
    const Owners zwg = createOwners(catalog, QStringLiteral("zwg"));
    const Subscription usdSubscription
        = *billing::subscribe(catalog, usd.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Subscription zwgSubscription
        = *billing::subscribe(catalog, zwg.customer.id, plan.id, Currency::Zwg, QDate(2026, 1, 1), false);

    // USD: January paid, February open and overdue on 2026-03-01, March open and not due.
    // Issued in date order, because invoice numbers follow issue dates.
    QList<Invoice> usdInvoices;
    for (int month = 1; month <= 2; ++month)
        usdInvoices.append(*catalog.createInvoice(sampleInvoice(usdSubscription, QDate(2026, month, 1)), true));
    Invoice zwgInvoice = sampleInvoice(zwgSubscription, QDate(2026, 2, 1));
    zwgInvoice.currency = Currency::Zwg;
    zwgInvoice.lines = { { QStringLiteral("Odoo hosting"), 1, 65000, 0 } };
    const Invoice zwgOpen = *catalog.createInvoice(zwgInvoice, true);
    usdInvoices.append(*catalog.createInvoice(sampleInvoice(usdSubscription, QDate(2026, 3, 1)), true));
    // A void invoice counts nowhere.
    const Invoice voided = *catalog.createInvoice(sampleInvoice(usdSubscription, QDate(2026, 4, 1)), true);
    QVERIFY(catalog.voidInvoice(voided.id, QStringLiteral("duplicate")).ok());

    Payment payment;
    payment.invoiceId = usdInvoices.first().id;
    payment.reference = usdInvoices.first().number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=3");
    payment.amountCents = usdInvoices.first().totalCents;
    Payment paid = *catalog.createPayment(payment);
    paid.status = PaymentStatus::Paid;
    QVERIFY(catalog.updatePaymentStatus(paid).ok());
    QCOMPARE(int(catalog.applyPayment(paid.id).value()), int(PaymentApplication::Settled));

    const Result<billing::BillingSummary> summary = billing::summarizeBilling(catalog, QDate(2026, 3, 1));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const QString paidMonth = catalog.invoice(usdInvoices.first().id)->paidAt.toString(QStringLiteral("yyyy-MM"));
    QCOMPARE(summary->revenueByMonth.size(), 1);
    QCOMPARE(summary->revenueByMonth.value(paidMonth).value(Currency::Usd), 2875);
    QCOMPARE(summary->outstanding.value(Currency::Usd), 2 * 2875);
    QCOMPARE(summary->outstanding.value(Currency::Zwg), zwgOpen.totalCents);
    QCOMPARE(zwgOpen.totalCents, 74750);
    QCOMPARE(summary->openInvoices, 3);
    // Due 2026-02-15: the USD February invoice and the ZWG one.
    QCOMPARE(summary->overdueInvoices, 2);
    QCOMPARE(summary->overdue.value(Currency::Usd), 2875);
    QCOMPARE(summary->overdue.value(Currency::Zwg), 74750);
}

void TestBillingCatalog::zeroTotalInvoicePaidOnIssue()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("free"));
    Plan free = samplePlan(QStringLiteral("Free"));
    free.priceUsdCents = 0;
    free.priceZwgCents = 0;
    free.trialDays = 0;
    const Plan plan = *catalog.createPlan(free);
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);

    const QDate today(2026, 1, 1);
    const jobs::JobInfo job = runJob(billing::billingRunBody(location.config(), nullptr, today, true));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    InvoiceFilter filter;
    filter.subscriptionId = subscription.id;
    const Result<QList<Invoice>> invoices = catalog.invoices(filter);
    QVERIFY2(invoices.ok(), qPrintable(invoices.error()));
    QCOMPARE(invoices->size(), 1);
    QCOMPARE(invoices->first().totalCents, 0);
    QCOMPARE(toString(invoices->first().status), QStringLiteral("paid"));
    QVERIFY(invoices->first().paidAt.isValid());
    QCOMPARE(invoices->first().number, QStringLiteral("INV-2026-000001"));

    // Long after its due date, dunning has nothing to do for it.
    const Result<QList<billing::BillingAction>> later = billing::planBillingRun(catalog, QDate(2026, 1, 31));
    QVERIFY2(later.ok(), qPrintable(later.error()));
    for (const billing::BillingAction &action : later.value())
        QCOMPARE(billing::billingActionName(action.kind), QStringLiteral("generate_invoice"));

    // A draft of zero is paid when issued, too.
    Invoice draft = sampleInvoice(subscription, QDate(2026, 6, 1));
    draft.lines = { { QStringLiteral("Goodwill credit"), 1, 0, 0 } };
    const Result<Invoice> created = catalog.createInvoice(draft, false);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Result<Invoice> issued = catalog.issueInvoice(created->id, QDate(2026, 6, 1));
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(toString(issued->status), QStringLiteral("paid"));
    QCOMPARE(toString(catalog.invoice(created->id)->status), QStringLiteral("paid"));
}

void TestBillingCatalog::changePlanChecksCurrencyAndStatus()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("change"));
    const Plan starter = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    Plan usdOnly = samplePlan(QStringLiteral("Dollar Pro"));
    usdOnly.priceZwgCents = 0;
    const Plan pro = *catalog.createPlan(usdOnly);
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, starter.id, Currency::Zwg, QDate(2026, 1, 1), false);

    const Result<Subscription> noPrice = billing::changePlan(catalog, subscription.id, pro.id, QDate(2026, 1, 1));
    QVERIFY(!noPrice.ok());
    QVERIFY2(noPrice.error().contains(QLatin1String("Dollar Pro")), qPrintable(noPrice.error()));
    QVERIFY2(noPrice.error().contains(QLatin1String("ZWG")), qPrintable(noPrice.error()));
    QCOMPARE(catalog.subscription(subscription.id)->planId, starter.id);

    QVERIFY(billing::cancelSubscription(catalog, subscription.id, QStringLiteral("moved away")).ok());
    Plan other = samplePlan(QStringLiteral("Business"));
    const Plan business = *catalog.createPlan(other);
    const Result<Subscription> cancelled = billing::changePlan(catalog, subscription.id, business.id, QDate(2026, 1, 1));
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().contains(QLatin1String("cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(catalog.subscription(subscription.id)->planId, starter.id);
    QVERIFY(!billing::cancelSubscription(catalog, subscription.id, QString()).ok()); // cancelled already
}

void TestBillingCatalog::amountsBoundedWithExactVat()
{
    OPEN_CATALOG(location, catalog);
    Plan huge = samplePlan(QStringLiteral("Huge"));
    huge.priceUsdCents = 99'999'999'999'999'999; // 999999999999999.99
    const Result<Plan> rejected = catalog.createPlan(huge);
    QVERIFY(!rejected.ok());
    QVERIFY2(rejected.error().contains(QLatin1String("maximum")), qPrintable(rejected.error()));
    huge.priceUsdCents = maxAmountCents;
    const Result<Plan> largest = catalog.createPlan(huge);
    QVERIFY2(largest.ok(), qPrintable(largest.error()));

    const Owners owners = createOwners(catalog, QStringLiteral("bounds"));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, largest->id, Currency::Usd, QDate(2026, 1, 1), false);

    // The largest price gets exact VAT: 999999999999 × 15 % = 149999999999.85, rounded up.
    Invoice top = sampleInvoice(subscription, QDate(2026, 1, 1));
    top.lines = { { QStringLiteral("Odoo hosting"), 1, maxAmountCents, 0 } };
    top.vatRateBasisPoints = 0;
    Result<Invoice> created = catalog.createInvoice(top, false);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->totalCents, maxAmountCents);
    top.vatRateBasisPoints = 1500;
    top.periodStart = QDate(2026, 2, 1);
    top.periodEnd = QDate(2026, 3, 1);
    top.lines = { { QStringLiteral("Odoo hosting"), 1, 800'000'000'000, 0 } };
    created = catalog.createInvoice(top, false);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->taxCents, 120'000'000'000);
    QCOMPARE(created->totalCents, 920'000'000'000);

    // Over the maximum, and products that overflow qint64, fail with a message.
    const QList<InvoiceLine> bad {
        { QStringLiteral("Two at the maximum"), 2, maxAmountCents, 0 },
        { QStringLiteral("Overflow"), 4'000'000'000'000, 4'000'000'000'000, 0 },
        { QStringLiteral("Negative overflow"), 4'000'000'000'000, -4'000'000'000'000, 0 },
    };
    for (const InvoiceLine &line : bad) {
        Invoice invoice = sampleInvoice(subscription, QDate(2026, 4, 1));
        invoice.lines = { line };
        const Result<Invoice> over = catalog.createInvoice(invoice, true);
        QVERIFY2(!over.ok(), qPrintable(line.description));
        QVERIFY2(over.error().contains(QLatin1String("maximum")), qPrintable(over.error()));
    }
    // The total with VAT is bounded too.
    Invoice withVat = sampleInvoice(subscription, QDate(2026, 4, 1));
    withVat.lines = { { QStringLiteral("Odoo hosting"), 1, 900'000'000'000, 0 } };
    const Result<Invoice> overTotal = catalog.createInvoice(withVat, true);
    QVERIFY(!overTotal.ok());
    QVERIFY2(overTotal.error().contains(QLatin1String("invoice total")), qPrintable(overTotal.error()));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM invoice_counters")), 0);
}

void TestBillingCatalog::datesBoundedToWindow()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("dates"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    for (const QDate &start : { QDate(1900, 1, 1), QDate(1999, 12, 31), QDate(2100, 1, 1), QDate(9999, 12, 1) }) {
        const Result<Subscription> subscribed
            = billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, start, false);
        QVERIFY2(!subscribed.ok(), qPrintable(start.toString(Qt::ISODate)));
        QVERIFY2(subscribed.error().contains(start.toString(Qt::ISODate)), qPrintable(subscribed.error()));
    }
    QCOMPARE(catalog.subscriptions(owners.customer.id)->size(), 0);

    // Inside the window it works, and the subscription can be cancelled.
    const Result<Subscription> subscribed
        = billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2099, 11, 1), false);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.error()));
    const Result<Subscription> cancelled = billing::cancelSubscription(catalog, subscribed->id, QString());
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error()));

    // A subscription stored before dates were checked, with a start in 9999
    // and no valid period end, can still be cancelled.
    const Subscription legacy
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    QSqlQuery corrupt(catalog.database());
    corrupt.prepare(QStringLiteral(
        "UPDATE subscriptions SET period_start = '9999-12-01', period_end = '', next_invoice_date = '' WHERE id = ?"));
    corrupt.addBindValue(legacy.id);
    QVERIFY2(corrupt.exec(), qPrintable(corrupt.lastError().text()));
    const Result<Subscription> cancelledLegacy = billing::cancelSubscription(catalog, legacy.id, QStringLiteral("typo"));
    QVERIFY2(cancelledLegacy.ok(), qPrintable(cancelledLegacy.error()));
    QCOMPARE(toString(catalog.subscription(legacy.id)->status), QStringLiteral("cancelled"));
    QCOMPARE(countRows(catalog, QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE period_start = '9999-12-01'")), 1);

    // An invoice dated outside the window is rejected by the catalog.
    const Subscription live
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    Invoice invoice = sampleInvoice(live, QDate(2026, 1, 1));
    invoice.dueDate = QDate(9999, 1, 1);
    const Result<Invoice> late = catalog.createInvoice(invoice, true);
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("9999-01-01")), qPrintable(late.error()));
}

void TestBillingCatalog::billingDayKeptAfterShortMonth()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("anchor"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 31), false);
    QCOMPARE(subscription.billingDay, 31);
    QCOMPARE(subscription.periodEnd, QDate(2026, 2, 28));

    const jobs::JobInfo job = runJob(billing::billingRunBody(location.config(), nullptr, QDate(2026, 5, 1), true));
    QVERIFY2(job.state == jobs::JobState::Succeeded, qPrintable(job.error));
    InvoiceFilter filter;
    filter.subscriptionId = subscription.id;
    QList<QDate> starts;
    const Result<QList<Invoice>> invoices = catalog.invoices(filter);
    QVERIFY2(invoices.ok(), qPrintable(invoices.error()));
    for (const Invoice &invoice : invoices.value())
        starts.append(invoice.periodStart);
    QCOMPARE(starts, (QList<QDate> { QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30) }));
    const Subscription moved = *catalog.subscription(subscription.id);
    QCOMPARE(moved.nextInvoiceDate, QDate(2026, 5, 31));
    QCOMPARE(moved.billingDay, 31);

    // In a leap year February ends on the 29th.
    QCOMPARE(billing::nextPeriodStart(QDate(2028, 1, 31), 31), QDate(2028, 2, 29));
    QCOMPARE(billing::nextPeriodStart(QDate(2028, 2, 29), 30), QDate(2028, 3, 30));
}

void TestBillingCatalog::dunningOnceUnderConcurrentRuns()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("dunning"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const jobs::JobInfo issued = runJob(billing::billingRunBody(location.config(), nullptr, QDate(2026, 1, 1), true));
    QVERIFY2(issued.state == jobs::JobState::Succeeded, qPrintable(issued.error));

    // Due 2026-01-15: by 2026-02-10 both past due (7 grace days) and
    // suspension (7 more) are due. On PostgreSQL this session locks the
    // subscription, so that both runs plan before either writes.
    QSqlQuery lock(catalog.database());
    if (location.isPostgres()) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        lock.prepare(QStringLiteral("SELECT id FROM subscriptions WHERE id = ? FOR UPDATE"));
        lock.addBindValue(subscription.id);
        QVERIFY2(lock.exec(), qPrintable(lock.lastError().text()));
    }
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QDate today(2026, 2, 10);
    QStringList jobIds;
    for (int run = 0; run < 2; ++run)
        jobIds.append(runner.submit(billing::billingRunRequest(today), billing::billingRunBody(location.config(), nullptr, today)));
    if (location.isPostgres()) {
        QTRY_COMPARE_WITH_TIMEOUT(postgresLockWaits(catalog.database()), 2, 30000);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    }
    for (const QString &id : std::as_const(jobIds)) {
        QVERIFY(runner.waitForFinished(id, 60000));
        QVERIFY2(runner.job(id)->state == jobs::JobState::Succeeded, qPrintable(runner.job(id)->error));
    }

    // Each status change happened once.
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("suspended"));
    const QString history = QStringLiteral("SELECT COUNT(*) FROM subscription_events WHERE subscription_id = '%1' "
                                           "AND to_status = '%2'");
    QCOMPARE(countRows(catalog, history.arg(subscription.id, QStringLiteral("past_due"))), 1);
    QCOMPARE(countRows(catalog, history.arg(subscription.id, QStringLiteral("suspended"))), 1);
}

void TestBillingCatalog::reactivationWaitsForSuspension()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("race"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const jobs::JobInfo issued = runJob(billing::billingRunBody(location.config(), nullptr, QDate(2026, 1, 1), true));
    QVERIFY2(issued.state == jobs::JobState::Succeeded, qPrintable(issued.error));

    // The run of 2026-02-10 invoices February, marks the subscription past
    // due and suspends it. It declares its actions as steps after its
    // planning step, so the log counts them.
    const QDate today(2026, 2, 10);
    const Result<QList<billing::BillingAction>> planned = billing::planBillingRun(catalog, today);
    QVERIFY2(planned.ok(), qPrintable(planned.error()));
    QCOMPARE(planned->size(), 3);
    jobs::InMemoryJobStore store;
    jobs::JobRunner runner(&store);
    const QString run
        = runner.submit(billing::billingRunRequest(today), billing::billingRunBody(location.config(), nullptr, today));
    QVERIFY(runner.waitForFinished(run, 60000));
    QVERIFY2(runner.job(run)->state == jobs::JobState::Succeeded, qPrintable(runner.job(run)->error));
    QCOMPARE(runner.job(run)->steps.size(), 4);
    QStringList runLog;
    for (const jobs::JobLogEntry &entry : store.log(run).value())
        runLog.append(entry.message);
    QVERIFY2(runLog.filter(QStringLiteral("Step 4 of 4")).size() == 1, qPrintable(runLog.join(u'\n')));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("suspended"));

    // The customer pays January's invoice; February's is not due yet.
    const Invoice invoice = *catalog.invoiceByNumber(QStringLiteral("INV-2026-000001"));
    Payment payment;
    payment.invoiceId = invoice.id;
    payment.reference = invoice.number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=race");
    payment.amountCents = invoice.totalCents;
    const Result<Payment> created = catalog.createPayment(payment);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Payment paid = created.value();
    paid.status = PaymentStatus::Paid;
    paid.paynowStatus = QStringLiteral("Paid");
    QVERIFY(catalog.updatePaymentStatus(paid).ok());
    QCOMPARE(int(catalog.applyPayment(paid.id).value()), int(PaymentApplication::Settled));

    // A job holds the customer's dunning lock, as a billing run does while
    // it suspends the instances.
    QSemaphore held;
    QSemaphore release;
    const QString holder = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) -> Status {
        Result<std::unique_ptr<Catalog>> opened = location.open();
        if (!opened)
            return makeError(opened.error());
        const Result<std::unique_ptr<billing::CustomerBillingLock>> lock = billing::CustomerBillingLock::acquire(
            *opened.value(), owners.customer.id, owners.customer.name, context);
        if (!lock)
            return makeError(lock.error());
        held.release();
        release.acquire();
        return {};
    });
    QVERIFY(held.tryAcquire(1, 30000));

    // Another taker with a short timeout gives up with a message saying why.
    const jobs::JobInfo impatient = runJob([&](jobs::JobContext &context) -> Status {
        Result<std::unique_ptr<Catalog>> opened = location.open();
        if (!opened)
            return makeError(opened.error());
        const Result<std::unique_ptr<billing::CustomerBillingLock>> lock = billing::CustomerBillingLock::acquire(
            *opened.value(), owners.customer.id, owners.customer.name, context, std::chrono::milliseconds(300));
        return lock ? Status() : Status(makeError(lock.error()));
    });
    QCOMPARE(jobs::stateName(impatient.state), jobs::stateName(jobs::JobState::Failed));
    QVERIFY2(impatient.error.contains(QLatin1String("Another billing job")), qPrintable(impatient.error));

    // The payment's reactivation waits for the lock and changes nothing
    // meanwhile.
    const QString reactivation = runner.submit(jobs::JobInfo {}, [&](jobs::JobContext &context) -> Status {
        Result<std::unique_ptr<Catalog>> opened = location.open();
        if (!opened)
            return makeError(opened.error());
        return billing::reactivateIfSettled(*opened.value(), nullptr, context, subscription.id, today);
    });
    QVERIFY(!runner.waitForFinished(reactivation, 1500));
    QCOMPARE(jobs::stateName(runner.job(reactivation)->state), jobs::stateName(jobs::JobState::Running));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("suspended"));

    // Once the holder finishes, the reactivation runs.
    release.release();
    QVERIFY(runner.waitForFinished(holder, 30000));
    QVERIFY(runner.waitForFinished(reactivation, 30000));
    QVERIFY2(runner.job(reactivation)->state == jobs::JobState::Succeeded, qPrintable(runner.job(reactivation)->error));
    QCOMPARE(toString(catalog.subscription(subscription.id)->status), QStringLiteral("active"));
    QStringList reactivationLog;
    for (const jobs::JobLogEntry &entry : store.log(reactivation).value())
        reactivationLog.append(entry.message);
    QVERIFY2(reactivationLog.filter(QStringLiteral("waiting for it to finish")).size() == 1,
        qPrintable(reactivationLog.join(u'\n')));
}

void TestBillingCatalog::oneAttemptUnderConcurrentRequests()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("attempts"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice invoice = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);

    // On PostgreSQL this session locks the invoice, so that both requests
    // are inside their transactions before either can insert.
    QSqlQuery lock(catalog.database());
    if (location.isPostgres()) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        lock.prepare(QStringLiteral("SELECT id FROM invoices WHERE id = ? FOR UPDATE"));
        lock.addBindValue(invoice.id);
        QVERIFY2(lock.exec(), qPrintable(lock.lastError().text()));
    }
    QString results[2];
    auto request = [&](int index) {
        auto opened = location.open();
        if (!opened.ok()) {
            results[index] = QStringLiteral("open failed: ") + opened.error();
            return;
        }
        Payment attempt;
        attempt.invoiceId = invoice.id;
        attempt.amountCents = invoice.totalCents;
        const Result<Payment> started = opened.value()->startPaymentAttempt(attempt);
        results[index] = started.ok() ? QStringLiteral("ok ") + started->reference : started.error();
    };
    std::unique_ptr<QThread> first(QThread::create(request, 0));
    std::unique_ptr<QThread> second(QThread::create(request, 1));
    first->start();
    second->start();
    if (location.isPostgres()) {
        QTRY_COMPARE_WITH_TIMEOUT(postgresLockWaits(catalog.database()), 2, 30000);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    }
    QVERIFY(first->wait(30000));
    QVERIFY(second->wait(30000));

    // One attempt is stored; the other is rejected because it is pending.
    const QStringList outcomes { results[0], results[1] };
    QCOMPARE(outcomes.filter(QStringLiteral("ok ")).size(), 1);
    QCOMPARE(outcomes.filter(QRegularExpression(QStringLiteral("^ok [2-9A-Z]{6}-%1-1$").arg(invoice.number))).size(), 1);
    QCOMPARE(outcomes.filter(QStringLiteral("pending since")).size(), 1);
    QCOMPARE(catalog.payments(invoice.id)->size(), 1);
}

void TestBillingCatalog::heldPaymentSplitOverInvoices()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice january = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);
    const Invoice february = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 2, 1)), true);
    const Invoice march = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 3, 1)), true);
    const Invoice april = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 4, 1)), true);
    const qint64 total = january.totalCents;

    // January is paid, then paid again with two and a half months' money,
    // which is held as an overpayment.
    const auto pay = [&](const QString &suffix, qint64 amount) -> QString {
        Payment payment;
        payment.invoiceId = january.id;
        payment.reference = january.number + suffix;
        payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=") + suffix;
        payment.amountCents = amount;
        const Result<Payment> created = catalog.createPayment(payment);
        if (!created)
            return {};
        Payment paid = created.value();
        paid.status = PaymentStatus::Paid;
        paid.paynowStatus = QStringLiteral("Paid");
        if (!catalog.updatePaymentStatus(paid) || !catalog.applyPayment(created->id))
            return {};
        return created->id;
    };
    QVERIFY(!pay(QStringLiteral("-1"), total).isEmpty());
    const QString held = pay(QStringLiteral("-2"), total * 5 / 2);
    QVERIFY(!held.isEmpty());
    QCOMPARE(catalog.payment(held)->heldCents(), total * 5 / 2);

    // February takes its total and the rest stays held.
    const Result<Invoice> first = catalog.applyHeldPayment(held, february.id);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(toString(catalog.invoice(february.id)->status), QStringLiteral("paid"));
    Payment partly = *catalog.payment(held);
    QCOMPARE(toString(partly.application), QStringLiteral("overpayment"));
    QCOMPARE(partly.appliedCents, total);
    QCOMPARE(partly.heldCents(), total * 3 / 2);
    QVERIFY(partly.settledInvoiceId.isEmpty());
    QCOMPARE(billing::summarizeBilling(catalog, QDate(2026, 3, 1))->refundsDue.value(Currency::Usd), total * 3 / 2);

    // March takes its total too. Half a month is left, which cannot pay
    // April in full, so April stays open and the half stays held.
    QVERIFY(catalog.applyHeldPayment(held, march.id).ok());
    const Result<Invoice> tooSmall = catalog.applyHeldPayment(held, april.id);
    QVERIFY(!tooSmall.ok());
    QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
    QVERIFY2(tooSmall.error().contains(QLatin1String("pays in full")), qPrintable(tooSmall.error()));
    QCOMPARE(toString(catalog.invoice(april.id)->status), QStringLiteral("open"));
    partly = *catalog.payment(held);
    QCOMPARE(partly.appliedCents, total * 2);
    QCOMPARE(partly.heldCents(), total / 2);
    QCOMPARE(toString(partly.application), QStringLiteral("overpayment"));

    const Result<QList<PaymentAllocation>> allocations = catalog.paymentAllocations(held);
    QVERIFY2(allocations.ok(), qPrintable(allocations.error()));
    QCOMPARE(allocations->size(), 2);
    QCOMPARE(allocations->at(0).invoiceNumber, february.number);
    QCOMPARE(allocations->at(0).amountCents, total);
    QCOMPARE(allocations->at(1).invoiceNumber, march.number);
    QVERIFY(!allocations->at(1).appliedBy.isEmpty());
    QCOMPARE(countRows(catalog,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'payment.apply' AND target_id = '%1'")
                     .arg(held)),
        3);

    // Paynow refunds the whole transaction: both invoices it paid are owed
    // again, and nothing is held any more.
    const Result<PaymentRefund> refunded = catalog.refundPayment(held);
    QVERIFY2(refunded.ok(), qPrintable(refunded.error()));
    QVERIFY(refunded->recorded);
    QCOMPARE(refunded->reopenedInvoiceId, february.id);
    QCOMPARE(refunded->moreReopenedInvoiceIds, QStringList { march.id });
    QCOMPARE(toString(catalog.invoice(february.id)->status), QStringLiteral("open"));
    QCOMPARE(toString(catalog.invoice(march.id)->status), QStringLiteral("open"));
    QCOMPARE(toString(catalog.invoice(january.id)->status), QStringLiteral("paid"));
    const Payment refundedPayment = *catalog.payment(held);
    QCOMPARE(toString(refundedPayment.application), QStringLiteral("refunded"));
    QCOMPARE(refundedPayment.appliedCents, 0);
    QCOMPARE(refundedPayment.heldCents(), 0);
    QVERIFY(catalog.paymentAllocations(held)->at(1).refundedAt.isValid());
}

void TestBillingCatalog::heldRestRefundedKeepsApplied()
{
    OPEN_CATALOG(location, catalog);
    const Owners owners = createOwners(catalog, QStringLiteral("a"));
    const Plan plan = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    const Subscription subscription
        = *billing::subscribe(catalog, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
    const Invoice january = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true);
    QVERIFY(catalog.voidInvoice(january.id, QStringLiteral("issued twice")).ok());
    const Invoice february = *catalog.createInvoice(sampleInvoice(subscription, QDate(2026, 2, 1)), true);

    // A payment of 100.00 for the void January invoice is held; February
    // takes its total and an admin sends the rest back.
    Payment payment;
    payment.invoiceId = january.id;
    payment.reference = january.number + QStringLiteral("-1");
    payment.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=void");
    payment.amountCents = 10000;
    const Result<Payment> created = catalog.createPayment(payment);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Payment paid = created.value();
    paid.status = PaymentStatus::Paid;
    paid.paynowStatus = QStringLiteral("Paid");
    QVERIFY(catalog.updatePaymentStatus(paid).ok());
    QCOMPARE(toString(catalog.applyPayment(paid.id).value()), QStringLiteral("void_invoice"));
    QVERIFY(catalog.applyHeldPayment(paid.id, february.id).ok());
    QCOMPARE(catalog.payment(paid.id)->heldCents(), 10000 - february.totalCents);

    const Result<PaymentRefund> rest = catalog.refundPayment(paid.id, RefundScope::HeldRest);
    QVERIFY2(rest.ok(), qPrintable(rest.error()));
    QVERIFY(rest->recorded);
    QVERIFY(rest->reopenedInvoiceId.isEmpty());
    const Payment settled = *catalog.payment(paid.id);
    QCOMPARE(toString(settled.application), QStringLiteral("settled"));
    QCOMPARE(settled.appliedCents, february.totalCents);
    QCOMPARE(settled.heldCents(), 0);
    QCOMPARE(toString(catalog.invoice(february.id)->status), QStringLiteral("paid"));
    QCOMPARE(countRows(catalog,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'payment.refund' AND target_id = '%1' "
                                "AND CAST(details AS TEXT) LIKE '%refunded_cents%'")
                     .arg(paid.id)),
        1);
}

void TestBillingCatalog::referencesUniquePerCatalog()
{
    OPEN_CATALOG(location, catalog);
    CatalogLocation otherLocation(backend);
    QVERIFY2(otherLocation.failure().isEmpty(), qPrintable(otherLocation.failure()));
    auto otherOpened = otherLocation.open();
    QVERIFY2(otherOpened.ok(), qPrintable(otherOpened.error()));
    Catalog &other = **otherOpened;

    // Both catalogs issue INV-2026-000001.
    QList<Invoice> invoices;
    for (Catalog *each : { &catalog, &other }) {
        const Owners owners = createOwners(*each, QStringLiteral("a"));
        const Plan plan = *each->createPlan(samplePlan(QStringLiteral("Starter")));
        const Subscription subscription
            = *billing::subscribe(*each, owners.customer.id, plan.id, Currency::Usd, QDate(2026, 1, 1), false);
        invoices.append(*each->createInvoice(sampleInvoice(subscription, QDate(2026, 1, 1)), true));
    }
    QCOMPARE(invoices.at(0).number, invoices.at(1).number);

    // A payment stored before catalogs had a prefix keeps its reference.
    Payment old;
    old.invoiceId = invoices.at(0).id;
    old.reference = invoices.at(0).number + QStringLiteral("-1");
    old.pollUrl = QStringLiteral("https://www.paynow.co.zw/Interface/CheckPayment/?guid=old");
    old.amountCents = invoices.at(0).totalCents;
    const Result<Payment> stored = catalog.createPayment(old);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QVERIFY(catalog.closePendingPayment(stored->id, PaymentStatus::Failed, QStringLiteral("timed out")).ok());

    Payment attempt;
    attempt.invoiceId = invoices.at(0).id;
    attempt.amountCents = invoices.at(0).totalCents;
    const Result<Payment> mine = catalog.startPaymentAttempt(attempt);
    QVERIFY2(mine.ok(), qPrintable(mine.error()));
    attempt.invoiceId = invoices.at(1).id;
    const Result<Payment> theirs = other.startPaymentAttempt(attempt);
    QVERIFY2(theirs.ok(), qPrintable(theirs.error()));

    // Each reference is the catalog's prefix, the invoice number and the
    // attempt number; the prefixes differ, so the references do too.
    const QRegularExpression format(QStringLiteral("^[2-9A-HJKMNP-Z]{6}-INV-2026-000001-[0-9]+$"));
    QVERIFY2(format.match(mine->reference).hasMatch(), qPrintable(mine->reference));
    QVERIFY2(format.match(theirs->reference).hasMatch(), qPrintable(theirs->reference));
    QVERIFY2(mine->reference.endsWith(QLatin1String("-INV-2026-000001-2")), qPrintable(mine->reference));
    QVERIFY2(theirs->reference.endsWith(QLatin1String("-INV-2026-000001-1")), qPrintable(theirs->reference));
    QVERIFY2(mine->reference.left(6) != theirs->reference.left(6),
        qPrintable(mine->reference + QStringLiteral(" ") + theirs->reference));
    QCOMPARE(catalog.paymentByReference(old.reference)->id, stored->id);
    QCOMPARE(catalog.paymentByReference(mine->reference)->id, mine->id);

    // The prefix is kept: the next attempt in the same catalog reuses it.
    QVERIFY(catalog.closePendingPayment(mine->id, PaymentStatus::Cancelled, QStringLiteral("customer left")).ok());
    attempt.invoiceId = invoices.at(0).id;
    const Result<Payment> next = catalog.startPaymentAttempt(attempt);
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next->reference, mine->reference.left(6) + QStringLiteral("-INV-2026-000001-3"));
}

void TestBillingCatalog::planLimitsBelowInstanceMinimum()
{
    OPEN_CATALOG(location, catalog);
    struct Case
    {
        const char *name;
        std::function<void(Plan &)> change;
        const char *minimum;
    };
    const Case cases[] = {
        { "memory", [](Plan &plan) { plan.maxMemoryBytes = 1024 * 1024; }, "the minimum is 6M" },
        { "storage", [](Plan &plan) { plan.maxStorageBytes = 512 * 1024; }, "the minimum is 1M" },
        { "cpu", [](Plan &plan) { plan.maxCpuMillicores = 5; }, "the minimum is 0.01" },
    };
    const Plan stored = *catalog.createPlan(samplePlan(QStringLiteral("Starter")));
    for (const Case &test : cases) {
        Plan plan = samplePlan(QStringLiteral("Tiny"));
        test.change(plan);
        const Result<Plan> created = catalog.createPlan(plan);
        QVERIFY2(!created.ok(), test.name);
        QCOMPARE(catalog.lastErrorKind(), ErrorKind::Validation);
        QVERIFY2(created.error().contains(QLatin1String(test.minimum)), qPrintable(created.error()));

        Plan changed = stored;
        test.change(changed);
        const Result<Plan> updated = catalog.updatePlan(changed);
        QVERIFY2(!updated.ok(), test.name);
        QVERIFY2(updated.error().contains(QLatin1String(test.minimum)), qPrintable(updated.error()));
    }
    QCOMPARE(catalog.plans()->size(), 1);
    QCOMPARE(catalog.plan(stored.id)->maxMemoryBytes, stored.maxMemoryBytes);

    // The minimums themselves and 0 (none) are accepted.
    Plan smallest = samplePlan(QStringLiteral("Smallest"));
    smallest.maxCpuMillicores = 10;
    smallest.maxMemoryBytes = 6 * 1024 * 1024;
    smallest.maxStorageBytes = 1024 * 1024;
    const Result<Plan> accepted = catalog.createPlan(smallest);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    Plan none = samplePlan(QStringLiteral("None"));
    none.maxInstances = 0;
    none.maxCpuMillicores = 0;
    none.maxMemoryBytes = 0;
    none.maxStorageBytes = 0;
    const Result<Plan> empty = catalog.createPlan(none);
    QVERIFY2(empty.ok(), qPrintable(empty.error()));
}

QTEST_GUILESS_MAIN(TestBillingCatalog)
#include "tst_billingcatalog.moc"
