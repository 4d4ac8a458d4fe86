// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "rowtablemodel.h"

#include <QCoreApplication>

namespace saasodoo::ui {

// Translated names of the billing statuses, as the Subscriptions pane shows them.
class BillingText
{
    Q_DECLARE_TR_FUNCTIONS(BillingText)

public:
    static QString subscriptionStatus(catalog::SubscriptionStatus status);
    static QString invoiceStatus(catalog::InvoiceStatus status);
    static QString paymentStatus(catalog::PaymentStatus status);
    static QString paymentMethod(catalog::PaymentMethod method);
    // Returns the invoice's number, or "Draft" for a draft.
    static QString invoiceLabel(const catalog::Invoice &invoice);
};

struct PlanRow
{
    catalog::Plan plan;
    int liveSubscriptions = 0; // subscriptions on the plan that are not cancelled
};

struct SubscriptionRow
{
    catalog::Subscription subscription;
    QString customerName;
    QString planName;
};

struct InvoiceRow
{
    catalog::Invoice invoice;
    QString customerName;
    bool overdue = false; // open and past its due date when the rows were read
    bool paymentPending = false; // a Paynow payment for it is still pending
};

struct PaymentRow
{
    catalog::Payment payment;
    QString invoiceNumber;
    QString customerName;
};

// The Plans view: one row per billing plan. The status filter values are
// "active" and "inactive".
class PlanTableModel final : public RowTableModel<PlanRow>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        PriceUsd,
        PriceZwg,
        Instances,
        Cpu,
        Memory,
        Storage,
        Retention,
        Trial,
        Subscriptions,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PlanTableModel(QObject *parent = nullptr);

protected:
    QString rowId(const PlanRow &row) const override { return row.plan.id; }
    bool sameContent(const PlanRow &left, const PlanRow &right) const override;
    QString statusKey(const PlanRow &row) const override;
    QString searchText(const PlanRow &row) const override;
};

// The Subscriptions view: one row per subscription, cancelled ones included.
class SubscriptionTableModel final : public RowTableModel<SubscriptionRow>
{
    Q_OBJECT

public:
    enum Column {
        Customer,
        Plan,
        Currency,
        Status,
        PeriodStart,
        PeriodEnd,
        NextInvoice,
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SubscriptionTableModel(QObject *parent = nullptr);

protected:
    QString rowId(const SubscriptionRow &row) const override { return row.subscription.id; }
    bool sameContent(const SubscriptionRow &left, const SubscriptionRow &right) const override;
    QString statusKey(const SubscriptionRow &row) const override;
    QString searchText(const SubscriptionRow &row) const override;
};

// The Invoices view. An open invoice past its due date has the status
// filter value "overdue" instead of "open".
class InvoiceTableModel final : public RowTableModel<InvoiceRow>
{
    Q_OBJECT

public:
    enum Column { Number, Customer, Period, Issued, Due, Total, Status, Paid, ColumnCount };
    Q_ENUM(Column)

    explicit InvoiceTableModel(QObject *parent = nullptr);

    // The translated status, "Overdue" for an open invoice past its due date.
    static QString statusText(const InvoiceRow &row);
    static QString filterStatus(const InvoiceRow &row);

protected:
    QString rowId(const InvoiceRow &row) const override { return row.invoice.id; }
    bool sameContent(const InvoiceRow &left, const InvoiceRow &right) const override;
    QString statusKey(const InvoiceRow &row) const override;
    QString searchText(const InvoiceRow &row) const override;
};

// The Payments view: one row per Paynow transaction, newest first. The
// status filter values are the payment statuses, except that a paid payment
// held for refund has "refund_due".
class PaymentTableModel final : public RowTableModel<PaymentRow>
{
    Q_OBJECT

public:
    static QString refundDueFilterKey() { return QStringLiteral("refund_due"); }

    enum Column {
        Reference,
        Invoice,
        Customer,
        Method,
        Phone,
        Amount,
        Status,
        PaynowStatus,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PaymentTableModel(QObject *parent = nullptr);

    // Replaces the stored payment of an existing row with `payment`, as a
    // status update arrives. Returns false when the payment has no row.
    bool updatePayment(const catalog::Payment &payment);

protected:
    QString rowId(const PaymentRow &row) const override { return row.payment.id; }
    bool sameContent(const PaymentRow &left, const PaymentRow &right) const override;
    QString statusKey(const PaymentRow &row) const override;
    QString searchText(const PaymentRow &row) const override;
};

} // namespace saasodoo::ui
