// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "billingtablemodels.h"

#include "itemroles.h"
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

QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

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

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanRow &row = m_rows.at(index.row());
    const catalog::Plan &plan = row.plan;
    switch (role) {
    case IdRole:
        return plan.id;
    case StatusRole:
        return plan.active ? QStringLiteral("active") : QStringLiteral("inactive");
    case SearchRole:
        return plan.name;
    case Qt::TextAlignmentRole:
        return index.column() == Name || index.column() == Status ? QVariant() : rightAligned();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Name:
        return plan.name;
    case PriceUsd:
        return sorting ? QVariant(plan.priceUsdCents)
                       : QVariant(catalog::formatMoney(plan.priceUsdCents, catalog::Currency::Usd));
    case PriceZwg:
        return sorting ? QVariant(plan.priceZwgCents)
                       : QVariant(catalog::formatMoney(plan.priceZwgCents, catalog::Currency::Zwg));
    case Instances:
        return plan.maxInstances;
    case Cpu:
        return sorting ? QVariant(plan.maxCpuMillicores)
                       : QVariant(locale.toString(plan.maxCpuMillicores / 1000.0, 'g', 4));
    case Memory:
        return sorting ? QVariant(plan.maxMemoryBytes) : QVariant(StatusText::byteSize(plan.maxMemoryBytes));
    case Storage:
        return sorting ? QVariant(plan.maxStorageBytes)
                       : QVariant(StatusText::byteSize(plan.maxStorageBytes));
    case Retention:
        return sorting ? QVariant(plan.backupRetentionDays)
                       : QVariant(tr("%n day(s)", nullptr, plan.backupRetentionDays));
    case Trial:
        return sorting ? QVariant(plan.trialDays) : QVariant(tr("%n day(s)", nullptr, plan.trialDays));
    case Subscriptions:
        return row.liveSubscriptions;
    case Status:
        return plan.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Plan");
    case PriceUsd:
        return tr("USD / month");
    case PriceZwg:
        return tr("ZWG / month");
    case Instances:
        return tr("Instances");
    case Cpu:
        return tr("CPU cores");
    case Memory:
        return tr("Memory");
    case Storage:
        return tr("Storage");
    case Retention:
        return tr("Backup retention");
    case Trial:
        return tr("Trial");
    case Subscriptions:
        return tr("Subscriptions");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

bool PlanTableModel::sameContent(const PlanRow &left, const PlanRow &right) const
{
    return left.plan.rowVersion == right.plan.rowVersion && left.liveSubscriptions == right.liveSubscriptions;
}

// Subscriptions

int SubscriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubscriptionRow &row = m_rows.at(index.row());
    const catalog::Subscription &subscription = row.subscription;
    switch (role) {
    case IdRole:
        return subscription.id;
    case StatusRole:
        return catalog::toString(subscription.status);
    case SearchRole:
        return QString(row.customerName % QLatin1Char(' ') % row.planName);
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Customer:
        return row.customerName;
    case Plan:
        return row.planName;
    case Currency:
        return catalog::toString(subscription.currency);
    case Status:
        return sorting ? QVariant(int(subscription.status))
                       : QVariant(BillingText::subscriptionStatus(subscription.status));
    case PeriodStart:
        return sorting ? dateSortKey(subscription.periodStart) : QVariant(dateText(subscription.periodStart));
    case PeriodEnd:
        return sorting ? dateSortKey(subscription.periodEnd) : QVariant(dateText(subscription.periodEnd));
    case NextInvoice:
        return sorting ? dateSortKey(subscription.nextInvoiceDate)
                       : QVariant(dateText(subscription.nextInvoiceDate));
    case Updated:
        return sorting ? QVariant(subscription.updatedAt) : QVariant(timeText(subscription.updatedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Customer:
        return tr("Customer");
    case Plan:
        return tr("Plan");
    case Currency:
        return tr("Currency");
    case Status:
        return tr("Status");
    case PeriodStart:
        return tr("Period start");
    case PeriodEnd:
        return tr("Period end");
    case NextInvoice:
        return tr("Next invoice");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

bool SubscriptionTableModel::sameContent(const SubscriptionRow &left, const SubscriptionRow &right) const
{
    return left.subscription.rowVersion == right.subscription.rowVersion && left.planName == right.planName
        && left.customerName == right.customerName;
}

// Invoices

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceRow &row = m_rows.at(index.row());
    const catalog::Invoice &invoice = row.invoice;
    switch (role) {
    case IdRole:
        return invoice.id;
    case StatusRole:
        return filterStatus(row);
    case SearchRole:
        return QString(invoice.number % QLatin1Char(' ') % row.customerName);
    case Qt::TextAlignmentRole:
        return index.column() == Total ? rightAligned() : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && row.overdue)
            return StatusColors::forItemView(StatusColors::Tone::Error);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Number:
        return BillingText::invoiceLabel(invoice);
    case Customer:
        return row.customerName;
    case Period:
        return sorting
            ? dateSortKey(invoice.periodStart)
            : QVariant(
                tr("%1 to %2").arg(dateText(invoice.periodStart), dateText(invoice.periodEnd.addDays(-1))));
    case Issued:
        return sorting ? dateSortKey(invoice.issueDate) : QVariant(dateText(invoice.issueDate));
    case Due:
        return sorting ? dateSortKey(invoice.dueDate) : QVariant(dateText(invoice.dueDate));
    case Total:
        return sorting ? QVariant(moneySortKey(invoice.totalCents, invoice.currency))
                       : QVariant(catalog::formatMoney(invoice.totalCents, invoice.currency));
    case Status:
        if (sorting)
            return row.overdue ? -1 : int(invoice.status);
        return row.paymentPending ? tr("%1, payment pending").arg(statusText(row)) : statusText(row);
    case Paid:
        return sorting ? QVariant(invoice.paidAt) : QVariant(timeText(invoice.paidAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case Period:
        return tr("Period");
    case Issued:
        return tr("Issued");
    case Due:
        return tr("Due");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Paid:
        return tr("Paid on");
    case ColumnCount:
        break;
    }
    return {};
}

bool InvoiceTableModel::sameContent(const InvoiceRow &left, const InvoiceRow &right) const
{
    return left.invoice.rowVersion == right.invoice.rowVersion && left.overdue == right.overdue
        && left.paymentPending == right.paymentPending && left.customerName == right.customerName;
}

// Payments

int PaymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaymentRow &row = m_rows.at(index.row());
    const catalog::Payment &payment = row.payment;
    switch (role) {
    case IdRole:
        return payment.id;
    case StatusRole:
        return catalog::toString(payment.status);
    case SearchRole:
        return QString(payment.reference % QLatin1Char(' ') % payment.paynowReference % QLatin1Char(' ')
            % row.invoiceNumber % QLatin1Char(' ') % row.customerName % QLatin1Char(' ') % payment.phone);
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? rightAligned() : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Reference:
        return payment.reference;
    case Invoice:
        return row.invoiceNumber;
    case Customer:
        return row.customerName;
    case Method:
        return sorting ? QVariant(int(payment.method)) : QVariant(BillingText::paymentMethod(payment.method));
    case Phone:
        return payment.phone;
    case Amount:
        return sorting ? QVariant(moneySortKey(payment.amountCents, payment.currency))
                       : QVariant(catalog::formatMoney(payment.amountCents, payment.currency));
    case Status:
        return sorting ? QVariant(int(payment.status)) : QVariant(BillingText::paymentStatus(payment.status));
    case PaynowStatus:
        return payment.paynowStatus;
    case Created:
        return sorting ? QVariant(payment.createdAt) : QVariant(timeText(payment.createdAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Reference:
        return tr("Reference");
    case Invoice:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case Method:
        return tr("Method");
    case Phone:
        return tr("Phone");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case PaynowStatus:
        return tr("Paynow status");
    case Created:
        return tr("Requested");
    case ColumnCount:
        break;
    }
    return {};
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
