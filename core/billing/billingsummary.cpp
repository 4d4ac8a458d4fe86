// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/billing/billingsummary.h"

#include "core/catalog/catalog.h"

namespace saasodoo::billing {

Result<BillingSummary> summarizeBilling(catalog::Catalog &catalog, const QDate &today)
{
    catalog::InvoiceFilter filter;
    filter.statuses = { catalog::InvoiceStatus::Open, catalog::InvoiceStatus::Paid };
    const Result<QList<catalog::Invoice>> invoices = catalog.invoices(filter);
    if (!invoices)
        return makeError(invoices.error());

    BillingSummary summary;
    for (const catalog::Invoice &invoice : invoices.value()) {
        if (invoice.status == catalog::InvoiceStatus::Paid) {
            const QString month = invoice.paidAt.toUTC().toString(QStringLiteral("yyyy-MM"));
            summary.revenueByMonth[month][invoice.currency] += invoice.totalCents;
            continue;
        }
        summary.outstanding[invoice.currency] += invoice.totalCents;
        ++summary.openInvoices;
        if (invoice.dueDate < today) {
            summary.overdue[invoice.currency] += invoice.totalCents;
            ++summary.overdueInvoices;
        }
    }

    const Result<QList<catalog::Payment>> payments = catalog.payments();
    if (!payments)
        return makeError(payments.error());
    for (const catalog::Payment &payment : payments.value()) {
        if (!catalog::isRefundDue(payment.application))
            continue;
        summary.refundsDue[payment.currency] += payment.heldCents();
        ++summary.refundPayments;
    }
    return summary;
}

} // namespace saasodoo::billing
