// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/billing/billingsettings.h"
#include "core/billing/pagewriter.h"
#include "core/catalog/billingentities.h"
#include "core/catalog/entities.h"
#include "core/common/result.h"

#include <QString>

class QPainter;

namespace saasodoo::billing {

// Writes `invoice` as an A4 PDF to `path` with Qt's QPdfWriter: the
// company's details from the billing settings, the customer, the lines, VAT
// and totals. Text needs Qt's font database, so the process must run a
// QGuiApplication (the CLI starts one on the offscreen platform for this
// command), and the call fails otherwise. Any thread may call it.
Status writeInvoicePdf(const catalog::Invoice &invoice, const catalog::Customer &customer,
    const BillingSettings &settings, const QString &path);

// Paints the invoice onto `painter`, starting on its current page and
// going on to as many pages as it needs. Every value wraps inside its column,
// the table of lines continues on the next page with its header repeated,
// and each page ends with the invoice number and "Page N of M". Returns the
// number of pages, or an error when `pages.newPage` fails. writeInvoicePdf
// calls it, and tests paint onto an image with it.
Result<int> paintInvoice(QPainter &painter, const PageSetup &pages, const catalog::Invoice &invoice,
    const catalog::Customer &customer, const BillingSettings &settings);

} // namespace saasodoo::billing
