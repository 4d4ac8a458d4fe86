// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/billingentities.h"
#include "core/common/result.h"

#include <QDate>
#include <QMap>

namespace saasodoo::catalog {
class Catalog;
}

namespace saasodoo::billing {

// Money per currency, in cents.
using CurrencyAmounts = QMap<catalog::Currency, qint64>;

// The dashboard's billing figures.
struct BillingSummary
{
    // Paid invoice totals by the month they were paid ("2026-03"), in UTC.
    QMap<QString, CurrencyAmounts> revenueByMonth;
    CurrencyAmounts outstanding; // open invoices
    CurrencyAmounts overdue; // open invoices past their due date
    int openInvoices = 0;
    int overdueInvoices = 0;
    // Paid payments that no invoice took (an overpayment, or a payment for
    // a void invoice): money to refund, never revenue.
    CurrencyAmounts refundsDue;
    int refundPayments = 0;
};

// Sums the catalog's invoices as of `today`. Void and draft invoices count
// nowhere. Reads only.
Result<BillingSummary> summarizeBilling(catalog::Catalog &catalog, const QDate &today);

} // namespace saasodoo::billing
