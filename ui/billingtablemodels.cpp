// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingtablemodels.h"

#include "statuscolors.h"
#include "statustext.h"

#include <QColor>
#include <QLocale>

namespace saasodoo::ui {

using catalog::InvoiceStatus;
using catalog::PaymentMethod;
using catalog::PaymentStatus;
using catalog::SubscriptionStatus;

namespace {

using Cell = QVariant;

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

// Dates sort as ISO text, so a missing date sorts first.
QVariant dateSortKey(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Amounts sort by currency first, because amounts in USD and ZWG do not
// compare, then by the amount.
QString moneySortKey(qint64 cents, catalog::Currency currency)
{
    return catalog::toString(currency) + QStringLiteral("%1").arg(cents, 15, 10, QLatin1Char('0'));
}

} // namespace

QString BillingText::subscriptionStatus(SubscriptionStatus status)
{
    switch (status) {
    case SubscriptionStatus::Trial:
        return tr("Trial");
    case SubscriptionStatus::Active:
        return tr("Active");
    case SubscriptionStatus::PastDue:
        return tr("Past due");
    case SubscriptionStatus::Suspended:
        return tr("Suspended");
    case SubscriptionStatus::Cancelled:
        return tr("Cancelled");
    }
    return catalog::toString(status);
}

QString BillingText::invoiceStatus(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return tr("Draft");
    case InvoiceStatus::Open:
        return tr("Open");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Void:
        return tr("Void");
    }
    return catalog::toString(status);
}

QString BillingText::paymentStatus(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Pending:
        return tr("Pending");
    case PaymentStatus::Paid:
        return tr("Paid");
    case PaymentStatus::Cancelled:
        return tr("Cancelled");
    case PaymentStatus::Failed:
        return tr("Failed");
    case PaymentStatus::Flagged:
        return tr("Flagged");
    }
    return catalog::toString(status);
}

QString BillingText::paymentMethod(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Web:
        return tr("Web checkout");
    case PaymentMethod::EcoCash:
        return tr("EcoCash");
    case PaymentMethod::OneMoney:
        return tr("OneMoney");
    }
    return catalog::toString(method);
}

QString BillingText::invoiceLabel(const catalog::Invoice &invoice)
{
    return invoice.number.isEmpty() ? tr("Draft") : invoice.number;
}

// Plans

PlanTableModel::PlanTableModel(QObject *parent)
    : RowTableModel<PlanRow>(parent)
{
    setColumns({
        { tr("Plan"), [](const PlanRow &row) { return Cell(row.plan.name); } },
        { tr("USD / month"),
            [](const PlanRow &row) {
                return Cell(catalog::formatMoney(row.plan.priceUsdCents, catalog::Currency::Usd));
            },
            [](const PlanRow &row) { return Cell(row.plan.priceUsdCents); }, kNumber },
        { tr("ZWG / month"),
            [](const PlanRow &row) {
                return Cell(catalog::formatMoney(row.plan.priceZwgCents, catalog::Currency::Zwg));
            },
            [](const PlanRow &row) { return Cell(row.plan.priceZwgCents); }, kNumber },
        { tr("Instances"), [](const PlanRow &row) { return Cell(row.plan.maxInstances); }, nullptr, kNumber },
        { tr("CPU cores"),
            [](const PlanRow &row) {
                return Cell(QLocale().toString(row.plan.maxCpuMillicores / 1000.0, 'g', 4));
            },
            [](const PlanRow &row) { return Cell(row.plan.maxCpuMillicores); }, kNumber },
        { tr("Memory"),
            [](const PlanRow &row) { return Cell(StatusText::byteSize(row.plan.maxMemoryBytes)); },
            [](const PlanRow &row) { return Cell(row.plan.maxMemoryBytes); }, kNumber },
        { tr("Storage"),
            [](const PlanRow &row) { return Cell(StatusText::byteSize(row.plan.maxStorageBytes)); },
            [](const PlanRow &row) { return Cell(row.plan.maxStorageBytes); }, kNumber },
        { tr("Backup retention"),
            [](const PlanRow &row) { return Cell(tr("%n day(s)", nullptr, row.plan.backupRetentionDays)); },
            [](const PlanRow &row) { return Cell(row.plan.backupRetentionDays); }, kNumber },
        { tr("Trial"), [](const PlanRow &row) { return Cell(tr("%n day(s)", nullptr, row.plan.trialDays)); },
            [](const PlanRow &row) { return Cell(row.plan.trialDays); }, kNumber },
        { tr("Subscriptions"), [](const PlanRow &row) { return Cell(row.liveSubscriptions); }, nullptr,
            kNumber },
        { tr("Status"),
            [](const PlanRow &row) { return Cell(row.plan.active ? tr("Active") : tr("Inactive")); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString PlanTableModel::statusKey(const PlanRow &row) const
{
    return row.plan.active ? QStringLiteral("active") : QStringLiteral("inactive");
}

QString PlanTableModel::searchText(const PlanRow &row) const
{
    return row.plan.name;
}

bool PlanTableModel::sameContent(const PlanRow &left, const PlanRow &right) const
{
    return left.plan.rowVersion == right.plan.rowVersion && left.liveSubscriptions == right.liveSubscriptions;
}

// Subscriptions

SubscriptionTableModel::SubscriptionTableModel(QObject *parent)
    : RowTableModel<SubscriptionRow>(parent)
{
    setColumns({
        { tr("Customer"), [](const SubscriptionRow &row) { return Cell(row.customerName); } },
        { tr("Plan"), [](const SubscriptionRow &row) { return Cell(row.planName); } },
        { tr("Currency"),
            [](const SubscriptionRow &row) { return Cell(catalog::toString(row.subscription.currency)); } },
        { tr("Status"),
            [](const SubscriptionRow &row) {
                return Cell(BillingText::subscriptionStatus(row.subscription.status));
            },
            [](const SubscriptionRow &row) { return Cell(int(row.subscription.status)); } },
        { tr("Period start"),
            [](const SubscriptionRow &row) { return Cell(dateText(row.subscription.periodStart)); },
            [](const SubscriptionRow &row) { return dateSortKey(row.subscription.periodStart); } },
        // The stored end is the day after the period, so its last day is shown.
        { tr("Period end"),
            [](const SubscriptionRow &row) { return Cell(dateText(row.subscription.periodEnd.addDays(-1))); },
            [](const SubscriptionRow &row) { return dateSortKey(row.subscription.periodEnd); } },
        { tr("Next invoice"),
            [](const SubscriptionRow &row) { return Cell(dateText(row.subscription.nextInvoiceDate)); },
            [](const SubscriptionRow &row) { return dateSortKey(row.subscription.nextInvoiceDate); } },
        { tr("Updated"),
            [](const SubscriptionRow &row) { return Cell(timeText(row.subscription.updatedAt)); },
            [](const SubscriptionRow &row) { return Cell(row.subscription.updatedAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString SubscriptionTableModel::statusKey(const SubscriptionRow &row) const
{
    return catalog::toString(row.subscription.status);
}

QString SubscriptionTableModel::searchText(const SubscriptionRow &row) const
{
    return row.customerName % QLatin1Char(' ') % row.planName;
}

bool SubscriptionTableModel::sameContent(const SubscriptionRow &left, const SubscriptionRow &right) const
{
    return left.subscription.rowVersion == right.subscription.rowVersion && left.planName == right.planName
        && left.customerName == right.customerName;
}

// Invoices

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : RowTableModel<InvoiceRow>(parent)
{
    setColumns({
        { tr("Invoice"), [](const InvoiceRow &row) { return Cell(BillingText::invoiceLabel(row.invoice)); } },
        { tr("Customer"), [](const InvoiceRow &row) { return Cell(row.customerName); } },
        { tr("Period"),
            [](const InvoiceRow &row) {
                return Cell(
                    tr("%1 to %2")
                        .arg(dateText(row.invoice.periodStart), dateText(row.invoice.periodEnd.addDays(-1))));
            },
            [](const InvoiceRow &row) { return dateSortKey(row.invoice.periodStart); } },
        { tr("Issued"), [](const InvoiceRow &row) { return Cell(dateText(row.invoice.issueDate)); },
            [](const InvoiceRow &row) { return dateSortKey(row.invoice.issueDate); } },
        { tr("Due"), [](const InvoiceRow &row) { return Cell(dateText(row.invoice.dueDate)); },
            [](const InvoiceRow &row) { return dateSortKey(row.invoice.dueDate); } },
        { tr("Total"),
            [](const InvoiceRow &row) {
                return Cell(catalog::formatMoney(row.invoice.totalCents, row.invoice.currency));
            },
            [](const InvoiceRow &row) {
                return Cell(moneySortKey(row.invoice.totalCents, row.invoice.currency));
            },
            kNumber },
        { tr("Status"),
            [](const InvoiceRow &row) {
                return Cell(
                    row.paymentPending ? tr("%1, payment pending").arg(statusText(row)) : statusText(row));
            },
            [](const InvoiceRow &row) { return Cell(row.overdue ? -1 : int(row.invoice.status)); }, {},
            nullptr,
            [](const InvoiceRow &row) {
                return row.overdue ? Cell(StatusColors::forItemView(StatusColors::Tone::Error)) : Cell();
            } },
        { tr("Paid on"), [](const InvoiceRow &row) { return Cell(timeText(row.invoice.paidAt)); },
            [](const InvoiceRow &row) { return Cell(row.invoice.paidAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString InvoiceTableModel::statusText(const InvoiceRow &row)
{
    if (row.overdue)
        return tr("Overdue");
    return BillingText::invoiceStatus(row.invoice.status);
}

QString InvoiceTableModel::filterStatus(const InvoiceRow &row)
{
    return row.overdue ? QStringLiteral("overdue") : catalog::toString(row.invoice.status);
}

QString InvoiceTableModel::statusKey(const InvoiceRow &row) const
{
    return filterStatus(row);
}

QString InvoiceTableModel::searchText(const InvoiceRow &row) const
{
    return row.invoice.number % QLatin1Char(' ') % row.customerName;
}

bool InvoiceTableModel::sameContent(const InvoiceRow &left, const InvoiceRow &right) const
{
    return left.invoice.rowVersion == right.invoice.rowVersion && left.overdue == right.overdue
        && left.paymentPending == right.paymentPending && left.customerName == right.customerName;
}

// Payments

PaymentTableModel::PaymentTableModel(QObject *parent)
    : RowTableModel<PaymentRow>(parent)
{
    setColumns({
        { tr("Reference"), [](const PaymentRow &row) { return Cell(row.payment.reference); } },
        { tr("Invoice"), [](const PaymentRow &row) { return Cell(row.invoiceNumber); } },
        { tr("Customer"), [](const PaymentRow &row) { return Cell(row.customerName); } },
        { tr("Method"),
            [](const PaymentRow &row) { return Cell(BillingText::paymentMethod(row.payment.method)); },
            [](const PaymentRow &row) { return Cell(int(row.payment.method)); } },
        { tr("Phone"), [](const PaymentRow &row) { return Cell(row.payment.phone); } },
        { tr("Amount"),
            [](const PaymentRow &row) {
                return Cell(catalog::formatMoney(row.payment.amountCents, row.payment.currency));
            },
            [](const PaymentRow &row) {
                return Cell(moneySortKey(row.payment.amountCents, row.payment.currency));
            },
            kNumber },
        { tr("Status"),
            [](const PaymentRow &row) { return Cell(BillingText::paymentStatus(row.payment.status)); },
            [](const PaymentRow &row) { return Cell(int(row.payment.status)); } },
        { tr("Paynow status"), [](const PaymentRow &row) { return Cell(row.payment.paynowStatus); } },
        { tr("Requested"), [](const PaymentRow &row) { return Cell(timeText(row.payment.createdAt)); },
            [](const PaymentRow &row) { return Cell(row.payment.createdAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString PaymentTableModel::statusKey(const PaymentRow &row) const
{
    // Money held for refund is a paid payment that the "Refund due" filter
    // lists on its own, and the "Paid" filter lists with the others.
    if (row.payment.status == catalog::PaymentStatus::Paid && catalog::isRefundDue(row.payment.application))
        return refundDueFilterKey();
    return catalog::toString(row.payment.status);
}

QString PaymentTableModel::searchText(const PaymentRow &row) const
{
    const catalog::Payment &payment = row.payment;
    return payment.reference % QLatin1Char(' ') % payment.paynowReference % QLatin1Char(' ')
        % row.invoiceNumber % QLatin1Char(' ') % row.customerName % QLatin1Char(' ') % payment.phone;
}

bool PaymentTableModel::updatePayment(const catalog::Payment &payment)
{
    const int row = rowOf(payment.id);
    if (row < 0)
        return false;
    m_rows[row].payment = payment;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool PaymentTableModel::sameContent(const PaymentRow &left, const PaymentRow &right) const
{
    return left.payment.rowVersion == right.payment.rowVersion && left.invoiceNumber == right.invoiceNumber;
}

} // namespace saasodoo::ui
