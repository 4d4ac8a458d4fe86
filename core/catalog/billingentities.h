// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The billing records of the catalog: plans, subscriptions, invoices and
// Paynow payments. Money is always an integer number of cents (qint64) in
// the record's currency, never a floating-point number.
namespace saasodoo::catalog {

enum class Currency { Usd, Zwg };
enum class SubscriptionStatus { Trial, Active, PastDue, Suspended, Cancelled };
enum class InvoiceStatus { Draft, Open, Paid, Void };
enum class PaymentMethod { Web, EcoCash, OneMoney };
// Mirrors billing::PaymentState, which derives it from Paynow's status.
enum class PaymentStatus { Pending, Paid, Cancelled, Failed, Flagged };
// How a paid payment was applied to its invoice. None until it is applied.
// Overpayment and VoidInvoice are money to refund: the payment arrived for
// an invoice that was already paid or void, and no revenue counts it.
// Refunded: Paynow reported the payment refunded after it was applied.
// PaidAfterClose: Paynow reported it paid after it had failed, been
// cancelled by Paynow or refunded. The money is held until an admin refunds
// it or applies it to an invoice (Catalog::applyHeldPayment).
enum class PaymentApplication { None, Settled, Overpayment, VoidInvoice, Refunded, PaidAfterClose };

// Returns true for money an admin has to refund or apply: an overpayment,
// a payment for a void invoice, or one paid after it was closed.
bool isRefundDue(PaymentApplication application);

// The largest price, line amount or invoice total the catalog takes, in
// cents: 9,999,999,999.99 in either currency. Totals are computed in cents
// with overflow checks, and VAT multiplies by at most 10000 basis points, so
// every intermediate value stays far below the qint64 maximum.
inline constexpr qint64 maxAmountCents = 999'999'999'999;

// The window for billing dates (subscription periods, invoice dates):
// 2000-01-01 to 2099-12-31. A date outside it is a typing error, and keeping
// dates inside it keeps every computed period end a valid date.
QDate earliestBillingDate();
QDate latestBillingDate();
bool isBillingDateInRange(const QDate &date);

// Stored names: "USD" and "ZWG" for currencies (ISO 4217), lower case with
// '_' between words for the rest ("past_due").
QString toString(Currency value);
QString toString(SubscriptionStatus value);
QString toString(InvoiceStatus value);
QString toString(PaymentMethod value);
QString toString(PaymentStatus value);
QString toString(PaymentApplication value); // "" for None

// Parses the stored names. Currencies ignore case.
std::optional<Currency> currencyFromString(const QString &text);
std::optional<SubscriptionStatus> subscriptionStatusFromString(const QString &text);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString &text);
std::optional<PaymentMethod> paymentMethodFromString(const QString &text);
std::optional<PaymentStatus> paymentStatusFromString(const QString &text);
std::optional<PaymentApplication> paymentApplicationFromString(const QString &text);

// Formats cents with two decimals and the currency code: "USD 25.00".
QString formatMoney(qint64 cents, Currency currency);

// Dates are stored as ISO 8601 text ("2026-03-01") on both backends.
QVariant encodeDate(const QDate &date);
QDate decodeDate(const QVariant &value);

// A billing plan: monthly prices and limits. The limits are totals over
// the customer's instances that are not deleted.
struct Plan
{
    QString id;
    QString name; // unique, compared case-insensitively
    qint64 priceUsdCents = 0; // monthly
    qint64 priceZwgCents = 0; // monthly
    int maxInstances = 0;
    int maxCpuMillicores = 0; // total CPU limit of the customer's instances
    qint64 maxMemoryBytes = 0; // total memory limit
    qint64 maxStorageBytes = 0; // total storage limit
    int backupRetentionDays = 0;
    int trialDays = 0;
    bool active = true; // inactive plans take no new subscriptions
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;

    qint64 priceCents(Currency currency) const { return currency == Currency::Usd ? priceUsdCents : priceZwgCents; }
    // Whether the plan can be sold in `currency`. A free plan (no price in
    // either currency) sells in both. A priced plan sells only in the
    // currencies it has a price in.
    bool soldIn(Currency currency) const { return priceCents(currency) > 0 || priceUsdCents + priceZwgCents <= 0; }
};

// A customer's plan. A customer has at most one subscription that is not
// cancelled. The current period runs from periodStart up to, but not
// including, periodEnd. The next invoice is generated on nextInvoiceDate.
struct Subscription
{
    QString id;
    QString customerId;
    QString planId;
    Currency currency = Currency::Usd;
    SubscriptionStatus status = SubscriptionStatus::Active;
    QDate periodStart;
    QDate periodEnd;
    QDate nextInvoiceDate;
    QDate trialEndsOn; // null without a trial
    // The day of the month (1 to 31) periods start on. A month without that
    // day starts the period on its last day, and the next month returns to
    // the billing day, so 31 January is followed by 28 February, 31 March.
    // 0 when creating takes the day of nextInvoiceDate.
    int billingDay = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

// One entry of a subscription's history: a status or plan change.
struct SubscriptionEvent
{
    QString id;
    QString subscriptionId;
    QDateTime at;
    QString actor; // the admin or OS user, or "dunning" for automatic changes
    QString fromStatus; // empty for the creation
    QString toStatus;
    QString planId;
    QString note;
};

struct InvoiceLine
{
    QString description;
    qint64 quantity = 1;
    qint64 unitCents = 0;
    qint64 amountCents = 0; // quantity × unitCents
};

// An invoice. Drafts have no number, and issuing one gives it the next number
// of its issue year, such as INV-2026-000001, without gaps.
struct Invoice
{
    QString id;
    QString number; // empty for a draft
    QString customerId;
    QString subscriptionId;
    Currency currency = Currency::Usd;
    InvoiceStatus status = InvoiceStatus::Draft;
    QDate periodStart;
    QDate periodEnd; // exclusive
    QDate issueDate; // null for a draft
    QDate dueDate;
    int vatRateBasisPoints = 0; // 1500 is 15.00 %
    qint64 subtotalCents = 0;
    qint64 taxCents = 0;
    qint64 totalCents = 0;
    QList<InvoiceLine> lines;
    QString voidReason;
    QDateTime paidAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 rowVersion = 0;
};

struct InvoiceFilter
{
    QString customerId;
    QString subscriptionId;
    QList<InvoiceStatus> statuses;
};

// One Paynow transaction for an invoice. `reference` is the merchant
// reference sent to Paynow, unique across the catalog.
struct Payment
{
    QString id;
    QString invoiceId;
    QString reference;
    QString paynowReference;
    QString pollUrl;
    QString browserUrl; // web checkout only
    PaymentMethod method = PaymentMethod::Web;
    QString phone; // mobile payments: the normalised wallet number
    qint64 amountCents = 0;
    Currency currency = Currency::Usd;
    PaymentStatus status = PaymentStatus::Pending;
    QString paynowStatus; // Paynow's last status name, empty before the first update
    QDateTime appliedAt; // when the paid payment was applied to its invoice, set at most once
    PaymentApplication application = PaymentApplication::None;
    // Why the attempt failed before Paynow took it, or why an admin cancelled
    // it; empty otherwise.
    QString failureReason;
    // The last invoice that this payment paid after it was held as money to
    // refund (Catalog::applyHeldPayment, or a refund of another payment of
    // its invoice), set once nothing of it is held; empty otherwise. It may
    // differ from invoiceId.
    QString settledInvoiceId;
    // The part of a held payment that admins applied to open invoices with
    // Catalog::applyHeldPayment, in cents. 0 for a payment that settled its
    // own invoice directly, and again 0 after a refund.
    qint64 appliedCents = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;

    // The money still held to refund or apply: amountCents - appliedCents
    // while isRefundDue(application), else 0.
    qint64 heldCents() const;
};

// One application of a held payment to an open invoice
// (Catalog::applyHeldPayment). A payment larger than the invoice it is
// applied to keeps the rest held, so one payment may pay several invoices.
struct PaymentAllocation
{
    QString id;
    QString paymentId;
    QString invoiceId;
    QString invoiceNumber;
    qint64 amountCents = 0;
    QDateTime appliedAt;
    QString appliedBy;
    // When a refund of the payment reopened the invoice; null while the
    // allocation pays it.
    QDateTime refundedAt;
};

// Scope of a refund recorded by Catalog::refundPayment: the whole payment,
// or only the unapplied rest of a partly applied held payment.
enum class RefundScope { WholePayment, HeldRest };

// The changes that Catalog::refundPayment made.
struct PaymentRefund
{
    bool recorded = false; // false when the payment was not applied or was refunded already
    // The invoice that the refunded payment had paid and that the refund
    // reopened: settledInvoiceId for a payment applied to another invoice,
    // invoiceId otherwise. Empty when no invoice was reopened.
    QString reopenedInvoiceId;
    // The reference of a payment of reopenedInvoiceId, held as an
    // overpayment, that paid it again at once. Empty when it stays open.
    QString replacementReference;
    // The other invoices that a held payment split over several invoices
    // had paid, which the refund reopened too. They stay open.
    QStringList moreReopenedInvoiceIds;
};

// The sums over a customer's instances that are not deleted.
struct CustomerUsage
{
    int instances = 0;
    qint64 cpuMillicores = 0;
    qint64 memoryBytes = 0;
    qint64 storageBytes = 0;
};

// An instance that dunning suspended, so that a payment resumes exactly
// those and not instances an admin suspended by hand.
struct DunningSuspension
{
    QString instanceId;
    QString subscriptionId;
    QString invoiceId;
    QDateTime suspendedAt;
    // Running or Stopped: the state that resuming returns the instance to.
    // Only a running one is started again.
    InstanceStatus previousStatus = InstanceStatus::Running;
};

} // namespace saasodoo::catalog
