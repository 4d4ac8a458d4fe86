// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/billingsettings.h"
#include "core/catalog/billingentities.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace saasodoo::catalog {
class Catalog;
}
namespace saasodoo::jobs {
class JobContext;
}
namespace saasodoo::provisioning {
class Provisioner;
}

// The daily billing run: invoices for the periods that start, then dunning.
// An open invoice unpaid `graceDays` after its due date makes the
// subscription past due, and `suspendAfterDays` later the customer's
// instances are suspended (stopped, data kept). A settled subscription is reactivated
// and the instances dunning suspended are resumed.
namespace saasodoo::billing {

enum class BillingActionKind {
    GenerateInvoice,
    MarkPastDue,
    SuspendInstances,
    Reactivate,
};

// Returns the start of the period after the one starting on `periodStart`:
// the next month's `billingDay`, or its last day when the month is shorter.
// With billing day 31: 31 January, 28 February, 31 March.
QDate nextPeriodStart(const QDate &periodStart, int billingDay);

// Returns a stable name such as "generate_invoice", for JSON and logs.
QString billingActionName(BillingActionKind kind);

// One step of a billing run.
struct BillingAction
{
    BillingActionKind kind = BillingActionKind::GenerateInvoice;
    QString subscriptionId;
    QString customerId;
    QString customerName;
    QString planName;
    QDate periodStart; // GenerateInvoice: the period to invoice
    QDate periodEnd; // exclusive
    qint64 amountCents = 0; // GenerateInvoice: the total with VAT
    catalog::Currency currency = catalog::Currency::Usd;
    QString invoiceId; // dunning: the oldest overdue invoice
    QString invoiceNumber;
    QDate dueDate;
    QStringList instanceIds; // SuspendInstances and Reactivate
    QStringList instanceNames;
    // SuspendInstances: the subscription is suspended already and an
    // interrupted run left these instances running or stopping.
    bool finishSuspension = false;
    QString description; // one sentence for the preview and the job log
};

// Starts a subscription on `start`. With `trial`, a plan that has trial
// days and a customer who never had a subscription (trial or paid), it
// starts in trial and its first invoice is generated when the trial ends.
// Otherwise the first period is invoiced by the next billing run. Fails,
// as changePlan does, when the customer's instances do not fit the plan.
Result<catalog::Subscription> subscribe(catalog::Catalog &catalog, const QString &customerId, const QString &planId,
    catalog::Currency currency, const QDate &start, bool trial);

// Starts a subscription on `start` with a trial of `trialDays` days (0 for
// none, at most 365), whatever the plan's trial days and the customer's
// earlier subscriptions: for a trial an admin grants explicitly. Fails when
// the customer's instances do not fit the plan, naming every limit exceeded.
inline constexpr int maxTrialDays = 365; // as for a plan's trial days
Result<catalog::Subscription> subscribeWithTrial(catalog::Catalog &catalog, const QString &customerId,
    const QString &planId, catalog::Currency currency, const QDate &start, int trialDays);

// Returns true when the customer had a subscription before, cancelled or
// not. Such a customer gets no new trial unless an admin grants one.
Result<bool> hadSubscription(catalog::Catalog &catalog, const QString &customerId);

// Returns the first day that a subscription to `plan` started on `start`
// is billed for, which is the day its trial ends, or `start` without one.
QDate firstBilledDay(const catalog::Plan &plan, const QDate &start, bool trial);

// Returns the customer's invoice, draft, open or paid, whose period ends
// last, when that period ends after `firstBilledDay`. A new subscription
// billed from that day, as after a cancellation in the same period, would
// invoice those days a second time.
Result<std::optional<catalog::Invoice>> invoiceBilledFrom(catalog::Catalog &catalog, const QString &customerId,
    const QDate &firstBilledDay);

// Returns the sentence that warns of the second invoice for the days of
// `invoice` from `firstBilledDay` on.
QString doubleBillingWarning(const catalog::Invoice &invoice, const QDate &firstBilledDay);

// Returns the sentence that states what a recorded refund did to the invoice
// the payment had paid: it is open again, or a held overpayment paid it
// again at once. Empty when the refund reopened no invoice.
QString refundedInvoiceText(catalog::Catalog &catalog, const catalog::PaymentRefund &refund);

// Issues a new invoice for the period of the void invoice `voidedId`, dated
// `today`, at the subscription's current plan price and the VAT rate and
// payment terms of `settings`. Fails when the period has a live invoice.
Result<catalog::Invoice> reissueInvoice(catalog::Catalog &catalog, const BillingSettings &settings,
    const QString &voidedId, const QDate &today);

// Moves a subscription to another plan from its next invoice on. Fails when
// the customer's instances do not fit the new plan, naming every limit
// exceeded, and when the next invoice date is before `today`, because the
// periods that started then are invoiced at the old plan first.
Result<catalog::Subscription> changePlan(catalog::Catalog &catalog, const QString &subscriptionId,
    const QString &planId, const QDate &today);

Result<catalog::Subscription> cancelSubscription(catalog::Catalog &catalog, const QString &subscriptionId,
    const QString &reason);

// Decides what a billing run on `today` would do. Reads only: this is the
// preview of "what would run today".
Result<QList<BillingAction>> planBillingRun(catalog::Catalog &catalog, const QDate &today);

// Plans and runs the billing run of `today`, or with `invoicesOnly` only the
// invoice generation. Meant as the body of a job on a worker thread, with a
// catalog opened there: every action is written to the job log, and the
// catalog audits each change. Suspending and resuming instances goes through
// `provisioner`. Actions that fail are logged and the others still run.
// The run then fails with the failures listed.
Result<QList<BillingAction>> runBilling(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    jobs::JobContext &context, const QDate &today, bool invoicesOnly = false);

// Reactivates a past-due or suspended subscription whose customer has no
// overdue invoice left, and resumes the instances dunning suspended. A
// cancelled subscription stays cancelled, but its suspended instances
// resume. Does nothing for a subscription in good standing. For the job that follows a payment.
Status reactivateIfSettled(catalog::Catalog &catalog, provisioning::Provisioner *provisioner,
    jobs::JobContext &context, const QString &subscriptionId, const QDate &today);

// Counts the customer's open invoices, of all its subscriptions, whose due
// date is before `today`.
Result<int> overdueInvoiceCount(catalog::Catalog &catalog, const QString &customerId, const QDate &today);

// Returns true when the subscription would be reactivated on `today`: it is
// past due or suspended, or cancelled with instances dunning suspended, and
// none of the customer's open invoices is overdue.
Result<bool> needsReactivation(catalog::Catalog &catalog, const QString &subscriptionId, const QDate &today);

} // namespace saasodoo::billing
